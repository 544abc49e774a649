/*
 * pack-zip: a list of entries in, a zip (or with -t a .tar.zst) out.
 *
 * Input (stdin, or the file named): records of two NUL-terminated
 * fields, ARCHIVE_PATH and SOURCE_PATH, as list.c describes: a file, a
 * tree to walk, or an empty directory.  Output (stdout): the archive,
 * entries sorted by archive path, each directory holding an entry listed
 * too.  Symbolic links are kept only when they stay inside the tree
 * walked; other links, FIFOs, sockets and devices are skipped with a
 * warning and never opened.  A file that cannot be read stops the run
 * (exit 1), or with -k is skipped and named.
 */
#include <sys/types.h>

#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "etl.h"
#include "list.h"
#include "pack.h"

static const char synopsis[] =
    "usage: pack-zip [-knt] [-j threads] [-L level] [--now time] [list]\n";

/* argv without the long options; kept here so it stays reachable. */
static char **args;

static _Noreturn void usage(void);
static int number_arg(const char *s, int min, int max, const char *what);

int
main(int argc, char *argv[])
{
	struct pack_opts po = { 0, 0 };
	struct list_opts lo = { false, false, 0, zip_put, true };
	const char *nowopt = NULL, *name = "<stdin>";
	bool tflag = false;
	unsigned long skipped;
	FILE *fp = stdin;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	int ch, i, n;

	/* Long options, by hand: getopt_long is a GNU extension. */
	args = xcalloc((size_t)argc + 1, sizeof(*args));
	args[0] = argv[0];
	for (i = n = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			while (i < argc)
				args[n++] = argv[i++];
			break;
		}
		if (strcmp(argv[i], "--help") == 0) {
			printf("%s", synopsis);
			return 0;
		}
		if (strcmp(argv[i], "--version") == 0)
			print_version();
		if (strncmp(argv[i], "--now=", 6) == 0)
			nowopt = argv[i] + 6;
		else if (strcmp(argv[i], "--now") == 0 && i + 1 < argc)
			nowopt = argv[++i];
		else if (strncmp(argv[i], "--", 2) == 0) {
			warnx("unknown option %s", argv[i]);
			usage();
		} else
			args[n++] = argv[i];
	}
	argc = n;
	argv = args;

	po.nthreads = cpus > 0 ? (int)(cpus > 64 ? 64 : cpus) : 1;
	while ((ch = getopt(argc, argv, "j:kL:nt")) != -1) {
		switch (ch) {
		case 'j':
			po.nthreads = number_arg(optarg, 1, 256, "-j");
			break;
		case 'k':
			lo.kflag = true;
			break;
		case 'L':
			po.level = number_arg(optarg, 1, 19, "-L");
			break;
		case 'n':
			lo.nflag = true;
			break;
		case 't':
			tflag = true;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		usage();
	if (!tflag && po.level > 12) {
		warnx("-L %d: deflate levels are 1 to 12", po.level);
		usage();
	}
	if (isatty(STDOUT_FILENO)) {
		warnx("refusing to write an archive to a terminal");
		usage();
	}
	lo.now = now_time(nowopt);
	if (argc == 1 && strcmp(argv[0], "-") != 0)
		fp = xfopen_in(argv[0], &name);

	if (tflag) {
		lo.put = tarzst_put;
		lo.zip = false;
		tarzst_start(&po);
	} else {
		zip_start(&po);
	}
	skipped = pack_list(fp, name, &lo);
	if (tflag)
		tarzst_finish();
	else
		zip_finish();
	xfshut(stdout, "<stdout>");
	if (skipped > 0)
		warnx("%lu unreadable %s skipped", skipped,
		    skipped == 1 ? "entry" : "entries");
	free(args);
	return 0;
}

static int
number_arg(const char *s, int min, int max, const char *what)
{
	long long v;

	if (parse_number(s, min, max, &v) != 0) {
		warnx("%s \"%s\": want a number from %d to %d", what, s, min,
		    max);
		usage();
	}
	return (int)v;
}

static _Noreturn void
usage(void)
{
	fprintf(stderr, "%s", synopsis);
	exit(EXIT_USAGE);
}
