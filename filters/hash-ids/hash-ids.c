/*
 * hash-ids: replace a column of user ids with their keyed pseudonyms.
 *
 * Input: CSV (RFC 4180) with a header row, on stdin or in FILE.  Output:
 * the same CSV, plain (LF line ends, no byte-order mark, minimal quoting),
 * with every value of COLUMN replaced by the lowercase hexadecimal of
 * HMAC-SHA256(key, value), its first 32 digits, and the column renamed
 * when -r is given.  An empty value stays empty.  The key is the whole
 * content of the file named by -k or EXPORT_KEY_FILE; it never appears on
 * the command line.  A record whose field count differs from the header's
 * stops the program.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "etl.h"
#include "idhash.h"

_Noreturn static void usage(int status);
static void long_options(int argc, char **argv);
static void hash_column(struct csv_reader *cr, struct csv_writer *cw,
    struct idhash *h, const char *column, const char *rename);

static char opt_k[] = "-k", opt_r[] = "-r";

static _Noreturn void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: hash-ids [-k keyfile] [-r name] column [file]\n");
	exit(status);
}

/*
 * Turn --key-file and --rename into -k and -r, and answer --help and
 * --version, looking only where getopt would look for options.
 */
static void
long_options(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		else if (strcmp(argv[i], "--help") == 0)
			usage(0);
		else if (strcmp(argv[i], "--version") == 0)
			print_version();
		else if (strcmp(argv[i], "--key-file") == 0)
			argv[i] = opt_k;
		else if (strcmp(argv[i], "--rename") == 0)
			argv[i] = opt_r;
		if (strcmp(argv[i], "-k") == 0 || strcmp(argv[i], "-r") == 0)
			i++; /* skip the option's argument */
	}
}

static void
hash_column(struct csv_reader *cr, struct csv_writer *cw, struct idhash *h,
    const char *column, const char *rename)
{
	const struct csv_record *rec;
	const char *name = csv_reader_name(cr);
	char hashed[IDHASH_LEN + 1];
	size_t nfields, i;
	long col;

	if ((rec = csv_reader_next(cr)) == NULL)
		errx_at(name, 0, "no header row");
	if ((col = csv_column_unique(rec, column, name)) < 0)
		errx_at(
		    name, rec->line, "no column \"%s\" in the header", column);
	nfields = rec->nfields;
	for (i = 0; i < nfields; i++) {
		if (i == (size_t)col && rename != NULL)
			csv_put_str(cw, rename);
		else
			csv_put(cw, rec->field[i], rec->len[i]);
	}
	csv_end_record(cw);
	while ((rec = csv_reader_next(cr)) != NULL) {
		if (rec->nfields != nfields)
			errx_at(name, rec->line,
			    "%zu field%s where the header has %zu",
			    rec->nfields, rec->nfields == 1 ? "" : "s",
			    nfields);
		for (i = 0; i < nfields; i++) {
			if (i == (size_t)col && rec->len[i] > 0) {
				idhash_id(
				    h, rec->field[i], rec->len[i], hashed);
				csv_put(cw, hashed, IDHASH_LEN);
			} else
				csv_put(cw, rec->field[i], rec->len[i]);
		}
		csv_end_record(cw);
	}
}

int
main(int argc, char *argv[])
{
	const char *keyfile = NULL, *rename = NULL, *name;
	struct csv_reader *cr;
	struct csv_writer cw;
	struct idhash *h;
	FILE *fp;
	int ch;

	long_options(argc, argv);
	while ((ch = getopt(argc, argv, "k:r:")) != -1) {
		switch (ch) {
		case 'k':
			keyfile = optarg;
			break;
		case 'r':
			rename = optarg;
			break;
		default:
			usage(EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1 || argc > 2 || argv[0][0] == '\0')
		usage(EXIT_USAGE);

	h = idhash_open(keyfile);
	fp = xfopen_in(argc == 2 ? argv[1] : "-", &name);
	cr = csv_reader_open(fp, name);
	csv_writer_init(&cw, stdout, CSV_PLAIN);
	hash_column(cr, &cw, h, argv[0], rename);
	csv_reader_close(cr);
	if (fp != stdin)
		fclose(fp);
	idhash_close(h);
	xfshut(stdout, "<stdout>");
	return 0;
}
