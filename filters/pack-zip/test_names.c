/*
 * Unit tests of pack-zip's names, times and link judgement, printing TAP.
 * The link cases build a small tree in a temporary directory.
 */
#include <sys/stat.h>

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "etl.h"
#include "pack.h"

static int nchecks, nfailed;

static void
check(bool ok, const char *what)
{
	nchecks++;
	if (!ok)
		nfailed++;
	printf("%s %d - %s\n", ok ? "ok" : "not ok", nchecks, what);
}

static void
test_apath(void)
{
	static const struct {
		const char *p;
		bool ok;
	} cases[] = {
		{ "a", true },
		{ "a/b/", true },
		{ "-rf", true },
		{ "a b/c\\d", true },
		{ "", false },
		{ "/a", false },
		{ "a//b", false },
		{ "./a", false },
		{ "a/..", false },
		{ "../a", false },
		{ "a/../b", false },
		{ "a/.../b", true },
		{ "caf\xe9", false },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char what[80];

		snprintf(what, sizeof(what), "archive path \"%s\" %s",
		    cases[i].p, cases[i].ok ? "taken" : "refused");
		check((apath_problem(cases[i].p) == NULL) == cases[i].ok, what);
	}
}

static void
test_escape(void)
{
	bool changed;
	char *s = name_escape("caf\xc3\xa9", &changed);

	check(strcmp(s, "caf\xc3\xa9") == 0 && !changed, "UTF-8 kept");
	free(s);
	s = name_escape("caf\xe9.txt", &changed);
	check(strcmp(s, "caf%E9.txt") == 0 && changed, "Latin-1 escaped");
	free(s);
	s = name_escape("\xe6\x95\xb0\xff\xe5", &changed);
	check(strcmp(s, "\xe6\x95\xb0%FF%E5") == 0, "cut sequence escaped");
	free(s);
}

static void
test_times(void)
{
	uint16_t t, d;

	check(zip_clamp_time(0) == 315532800, "1970 clamps to 1980");
	check(zip_clamp_time(7258118400LL) == 4354819198LL,
	    "2200 clamps to 2107-12-31 23:59:58");
	check(ut_clamp_time(7258118400) == 2147483647,
	    "2200 clamps to 2038-01-19 in the extended timestamp");
	check(ut_clamp_time(-5000000000) == -2147483648LL,
	    "1811 clamps to 1901-12-13 in the extended timestamp");
	check(ut_clamp_time(0) == 0, "1970 kept in the extended timestamp");
	dos_datetime(1780315200, &t, &d);
	check(d == ((2026 - 1980) << 9 | 6 << 5 | 1) && t == (12 << 11),
	    "2026-06-01T12:00:00Z in MS-DOS form");
	dos_datetime(1780315201, &t, &d);
	check(t == (12 << 11), "odd seconds round down");
}

static void
test_stored(void)
{
	check(stored_by_name("a/b/photo.JPG"), "JPG stored");
	check(stored_by_name("x.tar.zst"), "zst stored");
	check(!stored_by_name("main.c"), "C deflated");
	check(!stored_by_name("Makefile"), "no extension deflated");
	check(!stored_by_name("dir.png/file"), "extension of a folder ignored");
}

static void
test_links(void)
{
	char tmpl[] = "/tmp/test_names.XXXXXX";
	char *dir = mkdtemp(tmpl);
	int fd;

	if (dir == NULL || chdir(dir) != 0) {
		check(false, "temporary tree");
		return;
	}
	(void)mkdir("sub", 0755);
	(void)mkdir("sub/deep", 0755);
	(void)symlink("/etc", "abs");
	(void)symlink(".", "here");
	(void)symlink("loop", "loop");
	(void)symlink("sub/deep", "deep");
	fd = open(".", O_RDONLY | O_DIRECTORY);
	check(link_resolve(fd, "", "sub/deep") == LINK_INSIDE, "plain inside");
	check(link_resolve(fd, "sub/deep", "../../x") == LINK_INSIDE,
	    "climb to the root");
	check(link_resolve(fd, "sub", "../../x") == LINK_OUTSIDE,
	    "climb above the root");
	check(link_resolve(fd, "", "/etc/passwd") == LINK_OUTSIDE, "absolute");
	check(link_resolve(fd, "", "abs/passwd") == LINK_OUTSIDE,
	    "through an absolute link");
	check(link_resolve(fd, "", "here/../x") == LINK_OUTSIDE,
	    "'..' after a link to the root");
	check(link_resolve(fd, "", "deep/../../x") == LINK_INSIDE,
	    "'..' after a link resolves physically");
	check(link_resolve(fd, "", "deep/../../../x") == LINK_OUTSIDE,
	    "'..' after a link climbs out");
	check(link_resolve(fd, "", "loop") == LINK_LOOP, "loop");
	check(link_resolve(fd, "", "missing/../../x") == LINK_OUTSIDE,
	    "lexical after a missing name");
	check(link_resolve(fd, "", "missing/x") == LINK_INSIDE, "dangling");
	close(fd);
	(void)unlink("abs");
	(void)unlink("here");
	(void)unlink("loop");
	(void)unlink("deep");
	(void)rmdir("sub/deep");
	(void)rmdir("sub");
	(void)chdir("/");
	(void)rmdir(dir);
}

int
main(void)
{
	test_apath();
	test_escape();
	test_times();
	test_stored();
	test_links();
	printf("1..%d\n", nchecks);
	return nfailed != 0;
}
