/*
 * Unit tests of idhash: a published HMAC-SHA256 test vector (RFC 4231,
 * case 1: twenty 0x0b bytes as the key, "Hi There" as the data), the
 * empty id, and one byte of difference in the id.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "etl.h"
#include "idhash.h"

static int ntest;

static void
check(int ok, const char *name)
{
	printf("%sok %d - %s\n", ok ? "" : "not ", ++ntest, name);
}

int
main(void)
{
	char path[] = "/tmp/idhash-test.XXXXXX";
	unsigned char key[20];
	char a[IDHASH_LEN + 1], b[IDHASH_LEN + 1];
	struct idhash *h;
	int fd;

	memset(key, 0x0b, sizeof(key));
	if ((fd = mkstemp(path)) == -1 ||
	    write(fd, key, sizeof(key)) != (ssize_t)sizeof(key) ||
	    close(fd) == -1) {
		perror(path);
		return 1;
	}
	h = idhash_open(path);
	unlink(path);

	idhash_id(h, "Hi There", 8, a);
	check(strcmp(a, "b0344c61d8db38535ca8afceaf0bf12b") == 0,
	    "RFC 4231 case 1, first 32 hex digits");
	idhash_id(h, "Hi There", 8, b);
	check(strcmp(a, b) == 0, "the same id twice gives the same hash");
	idhash_id(h, "Hi Therf", 8, b);
	check(strcmp(a, b) != 0, "one byte more gives another hash");
	idhash_id(h, "", 0, b);
	check(strlen(b) == IDHASH_LEN &&
		strspn(b, "0123456789abcdef") == IDHASH_LEN,
	    "the empty id gives 32 lowercase hex digits");
	idhash_close(h);
	printf("1..%d\n", ntest);
	return 0;
}
