/*
 * idhash: HMAC-SHA256 pseudonyms of user ids (see idhash.h).
 *
 * HMAC (RFC 2104) is H((K ^ opad) || H((K ^ ipad) || id)).  The two keyed
 * prefixes are hashed once, into two SHA-256 contexts; each id then starts
 * from copies of them, so an id of a few bytes costs two compression
 * rounds and no key schedule.  The test of idhash checks the result
 * against RFC 4231's vector, and the tests of hash-ids against Python's
 * hmac.  The key and the padded blocks are wiped as soon as the contexts
 * hold them.
 */
#include <sys/types.h>
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "etl.h"
#include "idhash.h"

#define BLOCK 64 /* SHA-256's block size */

struct idhash {
	EVP_MD_CTX *inner, *outer; /* keyed with K ^ ipad, K ^ opad */
	EVP_MD_CTX *work;
};

static size_t read_key(const char *path, unsigned char *key);
_Noreturn static void crypto_fail(const char *what);

static _Noreturn void
crypto_fail(const char *what)
{
	errx(EXIT_DATA, "libcrypto: %s failed", what);
}

/*
 * Read the whole key file into key[IDHASH_KEY_MAX + 1]; return its
 * length.  The file must be a regular file: a FIFO or a device could
 * block or never end.
 */
static size_t
read_key(const char *path, unsigned char *key)
{
	struct stat st;
	size_t len = 0;
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);
	if (fd == -1)
		err(EXIT_DATA, "key file %s", path);
	if (fstat(fd, &st) == -1)
		err(EXIT_DATA, "key file %s", path);
	if (!S_ISREG(st.st_mode))
		errx(EXIT_DATA, "key file %s: not a regular file", path);
	while (len <= IDHASH_KEY_MAX) {
		n = read(fd, key + len, IDHASH_KEY_MAX + 1 - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			err(EXIT_DATA, "key file %s", path);
		if (n == 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	if (len > IDHASH_KEY_MAX) {
		OPENSSL_cleanse(key, IDHASH_KEY_MAX + 1);
		errx(EXIT_DATA, "key file %s: longer than %d bytes", path,
		    IDHASH_KEY_MAX);
	}
	if (len < IDHASH_KEY_MIN) {
		OPENSSL_cleanse(key, IDHASH_KEY_MAX + 1);
		errx(EXIT_DATA, "key file %s: %zu bytes, at least %d needed",
		    path, len, IDHASH_KEY_MIN);
	}
	return len;
}

struct idhash *
idhash_open(const char *keyfile)
{
	unsigned char key[IDHASH_KEY_MAX + 1], pad[2][BLOCK];
	unsigned int klen;
	struct idhash *h;
	size_t len, i;

	if (keyfile == NULL) {
		keyfile = getenv("EXPORT_KEY_FILE");
		if (keyfile == NULL || *keyfile == '\0')
			errx(EXIT_USAGE,
			    "no key: give --key-file FILE or set "
			    "EXPORT_KEY_FILE");
	}
	len = read_key(keyfile, key);
	/* A key longer than a block is hashed first, as HMAC says. */
	if (len > BLOCK) {
		if (!EVP_Digest(key, len, key, &klen, EVP_sha256(), NULL))
			crypto_fail("SHA-256");
		len = klen;
	}
	memset(pad, 0, sizeof(pad));
	memcpy(pad[0], key, len);
	memcpy(pad[1], key, len);
	for (i = 0; i < BLOCK; i++) {
		pad[0][i] ^= 0x36;
		pad[1][i] ^= 0x5c;
	}
	h = xmalloc(sizeof(*h));
	if ((h->inner = EVP_MD_CTX_new()) == NULL ||
	    (h->outer = EVP_MD_CTX_new()) == NULL ||
	    (h->work = EVP_MD_CTX_new()) == NULL)
		crypto_fail("a digest context");
	if (!EVP_DigestInit_ex(h->inner, EVP_sha256(), NULL) ||
	    !EVP_DigestUpdate(h->inner, pad[0], BLOCK) ||
	    !EVP_DigestInit_ex(h->outer, EVP_sha256(), NULL) ||
	    !EVP_DigestUpdate(h->outer, pad[1], BLOCK))
		crypto_fail("SHA-256");
	OPENSSL_cleanse(key, sizeof(key));
	OPENSSL_cleanse(pad, sizeof(pad));
	return h;
}

void
idhash_id(struct idhash *h, const char *id, size_t len, char *out)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned int maclen;
	size_t i;

	if (!EVP_MD_CTX_copy_ex(h->work, h->inner) ||
	    !EVP_DigestUpdate(h->work, id, len) ||
	    !EVP_DigestFinal_ex(h->work, mac, &maclen) ||
	    !EVP_MD_CTX_copy_ex(h->work, h->outer) ||
	    !EVP_DigestUpdate(h->work, mac, maclen) ||
	    !EVP_DigestFinal_ex(h->work, mac, &maclen))
		crypto_fail("HMAC-SHA256");
	for (i = 0; i < IDHASH_LEN / 2; i++) {
		out[2 * i] = hex[mac[i] >> 4];
		out[2 * i + 1] = hex[mac[i] & 0xf];
	}
	out[IDHASH_LEN] = '\0';
}

void
idhash_close(struct idhash *h)
{
	if (h == NULL)
		return;
	EVP_MD_CTX_free(h->inner);
	EVP_MD_CTX_free(h->outer);
	EVP_MD_CTX_free(h->work);
	free(h);
}
