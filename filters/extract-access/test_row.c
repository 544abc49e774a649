/*
 * Unit tests of extract-access's row parts, printing TAP: its local times
 * (with their cached offsets) must be libetl's format_local() to the byte,
 * in zones with daylight saving, half- and quarter-hour offsets and
 * half-hour changes; its cells must be libetl's csv_put() to the byte.
 */
#include <stdlib.h>
#include <string.h>

#include "access.h"

static int nchecks;

static void
check(bool ok, const char *what)
{
	nchecks++;
	printf("%s %d - %s\n", ok ? "ok" : "not ok", nchecks, what);
}

/*
 * Every quarter hour and seconds around it, over a year with changes in
 * it (Apia skipped 30 December 2011): the cache must never carry an offset
 * across a change.
 */
static void
test_local_times(void)
{
	static const char *const zones[] = { "UTC", "America/New_York",
		"Europe/Dublin", "Australia/Lord_Howe", "Asia/Kathmandu",
		"America/St_Johns", "Pacific/Apia", "Africa/Casablanca" };
	static const int64_t steps[] = { 0, 1, 899 };
	char a[TIMEBUF], b[TIMEBUF], what[128];
	int64_t t, start = days_from_civil(2011, 1, 1) * 86400,
		   end = days_from_civil(2012, 1, 1) * 86400;
	size_t z, s;
	bool ok;

	for (z = 0; z < sizeof(zones) / sizeof(zones[0]); z++) {
		ok = tz_set(zones[z]) == 0;
		for (t = start; ok && t < end; t += 900)
			for (s = 0; ok && s < 3; s++) {
				access_local_time(t + steps[s], a);
				format_local(t + steps[s], b);
				ok = strcmp(a, b) == 0;
				if (!ok)
					printf("# %s: got %s, want %s\n",
					    zones[z], a, b);
			}
		/* Backwards too: the cache is not only for rising times. */
		for (t = end; ok && t > start; t -= 86400 + 1) {
			access_local_time(t, a);
			format_local(t, b);
			ok = strcmp(a, b) == 0;
		}
		snprintf(
		    what, sizeof(what), "local times in %s, 2011", zones[z]);
		check(ok, what);
	}
}

static void
test_cells(void)
{
	static const char *const cells[] = { "", "plain", "a,b", "say \"hi\"",
		"two\nlines", "cr\r", "=1+1", "+1", "-2", "@x", "\tx", "\rx",
		"=a,b", "caf\xc3\xa9", "'quoted" };
	struct access_buf b = { NULL, 0, 0 };
	struct csv_writer cw;
	char *mem = NULL;
	size_t memlen = 0, i;
	int mode;
	FILE *fp;

	for (mode = 0; mode < 2; mode++) {
		b.len = 0;
		fp = open_memstream(&mem, &memlen);
		csv_writer_init(&cw, fp, mode);
		csv_put_str(&cw, "x"); /* the mark, out of the way */
		access_buf_add(&b, "x", 1);
		for (i = 0; i < sizeof(cells) / sizeof(cells[0]); i++) {
			csv_put_str(&cw, cells[i]);
			access_put_cell(&b, mode == CSV_DOWNLOAD, false,
			    cells[i], strlen(cells[i]));
		}
		fclose(fp);
		if (mode == CSV_DOWNLOAD && memlen >= 3)
			check(memlen - 3 == b.len &&
				memcmp(mem + 3, b.p, b.len) == 0,
			    "cells as csv_put() writes them, download form");
		else
			check(memlen == b.len && memcmp(mem, b.p, b.len) == 0,
			    "cells as csv_put() writes them, plain form");
		free(mem);
		mem = NULL;
	}
	free(b.p);
}

int
main(void)
{
	test_local_times();
	test_cells();
	printf("1..%d\n", nchecks);
	return 0;
}
