/*
 * retention: drop the records older than a cutoff.
 *
 * Input: NDJSON (the default), one object a line, or with -c CSV with a
 * header; the files named, or stdin.  The time of a record is its member
 * or column named by -f (default "time"), an RFC 3339 time with Z or an
 * offset.
 *
 * Output: the same format, the records at or after the cutoff, in their
 * order.  NDJSON lines are copied byte for byte (blank lines dropped, a
 * CR before the LF and a byte-order mark before the line dropped); CSV is
 * written again in the plain form (a byte-order mark and CRLF of the input
 * are not kept; of several files, the header is written once and each
 * file's must match it).  The cutoff must fall in the years 0000 to 9999.
 *
 * Cutoff: -t TIME, or -d DAYS days before now, or -m MONTHS calendar
 * months before now (default 6): the same UTC wall time that many months
 * earlier, the day clamped to the month's end, so 31 August less six
 * months is 28 or 29 February.  "Now" is --now, else SOURCE_DATE_EPOCH,
 * else the clock.
 */
#include <err.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "etl.h"
#include "flatjson.h"

static _Noreturn void usage(void);
static struct etl_time cutoff_time(const char *nowopt);
static void filter_ndjson(FILE *fp, const char *name);
static void filter_csv(FILE *fp, const char *name);
static bool keep(const char *name, unsigned long line, const char *value);
static void print_cutoff(char *tb);

static int cflag;		   /* CSV input */
static const char *field = "time"; /* the member or column of the time */
static const char *dopt, *mopt, *topt;
static struct etl_time cutoff;
static char *tbuf; /* scratch for a time read by the fast path */
static size_t tcap;

static const struct option longopts[] = {
	{ "column", required_argument, NULL, 'f' },
	{ "csv", no_argument, NULL, 'c' },
	{ "cutoff", required_argument, NULL, 't' },
	{ "days", required_argument, NULL, 'd' },
	{ "field", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "months", required_argument, NULL, 'm' },
	{ "ndjson", no_argument, NULL, 'j' },
	{ "now", required_argument, NULL, 'n' },
	{ "print-cutoff", no_argument, NULL, 'P' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static _Noreturn void
usage(void)
{
	fprintf(stderr,
	    "usage: retention [-cjP] [-f name] [-m months | -d days | "
	    "-t cutoff]\n"
	    "                 [--now time] [file ...]\n");
	exit(EXIT_USAGE);
}

int
main(int argc, char *argv[])
{
	const char *nowopt = NULL, *name;
	char tb[TIMEBUF];
	int ch, i, pflag = 0;
	FILE *fp;

	while ((ch = getopt_long(argc, argv, "cd:f:hjm:Pt:", longopts, NULL)) !=
	    -1) {
		switch (ch) {
		case 'c':
			cflag = 1;
			break;
		case 'd':
			dopt = optarg;
			break;
		case 'f':
			field = optarg;
			break;
		case 'h':
			printf("usage: retention [-cjP] [-f name] [-m months | "
			       "-d days | -t cutoff] [--now time] "
			       "[file ...]\n");
			exit(0);
		case 'j':
			cflag = 0;
			break;
		case 'm':
			mopt = optarg;
			break;
		case 'n':
			nowopt = optarg;
			break;
		case 'P':
			pflag = 1;
			break;
		case 't':
			topt = optarg;
			break;
		case 'V':
			print_version();
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if ((dopt != NULL) + (mopt != NULL) + (topt != NULL) > 1) {
		warnx("-m, -d and -t each set the cutoff: give one");
		usage();
	}
	if (field == NULL || *field == '\0') {
		warnx("-f: the name is empty");
		usage();
	}
	cutoff = cutoff_time(nowopt);
	/* Years 0000 to 9999: what an RFC 3339 time can write. */
	if (cutoff.sec < -62167219200LL || cutoff.sec > 253402300799LL)
		errx(EXIT_USAGE,
		    "the cutoff is out of range: before the year "
		    "0000 or after 9999");
	if (pflag) {
		if (argc > 0)
			usage();
		print_cutoff(tb);
		xfshut(stdout, "<stdout>");
		return 0;
	}

	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	for (i = 0; i == 0 || i < argc; i++) {
		fp = xfopen_in(argc == 0 ? "-" : argv[i], &name);
		if (cflag)
			filter_csv(fp, name);
		else
			filter_ndjson(fp, name);
		if (fp != stdin)
			fclose(fp);
	}
	xfshut(stdout, "<stdout>");
	return 0;
}

static struct etl_time
cutoff_time(const char *nowopt)
{
	struct etl_time t = { 0, 0 };
	long long v;
	int64_t now;

	if (topt != NULL) {
		if (topt[0] == '@' &&
		    parse_number(topt + 1, -(1LL << 40), 1LL << 40, &v) == 0)
			t.sec = v;
		else if (topt[0] == '@' || parse_rfc3339(topt, &t) != 0)
			errx(EXIT_USAGE,
			    "-t: \"%s\" is not an RFC 3339 time or @SECONDS",
			    topt);
		return t;
	}
	now = now_time(nowopt);
	if (dopt != NULL) {
		if (parse_number(dopt, 0, 1000000, &v) != 0)
			errx(EXIT_USAGE, "-d: \"%s\" is not a number of days",
			    dopt);
		t.sec = now - v * 86400;
		return t;
	}
	v = 6;
	if (mopt != NULL && parse_number(mopt, 0, 12000, &v) != 0)
		errx(EXIT_USAGE, "-m: \"%s\" is not a number of months", mopt);
	t.sec = months_before(now, (int)v);
	return t;
}

/*
 * The cutoff as -P prints it: in UTC, with the fraction of a second when
 * it has one (from -t), so that what is printed is what is compared.
 */
static void
print_cutoff(char *tb)
{
	char frac[16];
	size_t n;

	format_utc(cutoff.sec, tb);
	if (cutoff.nsec != 0) {
		snprintf(frac, sizeof(frac), ".%09ld", (long)cutoff.nsec);
		for (n = strlen(frac); frac[n - 1] == '0'; n--)
			frac[n - 1] = '\0';
		/* In place of the final "Z". */
		tb[strlen(tb) - 1] = '\0';
		printf("%s%sZ\n", tb, frac);
	} else
		puts(tb);
}

/* Whether the record of value stays: its time is at or after the cutoff. */
static bool
keep(const char *name, unsigned long line, const char *value)
{
	struct etl_time t;

	if (parse_rfc3339(value, &t) != 0)
		errx_at(name, line,
		    "field \"%s\": \"%s\" is not an RFC 3339 time", field,
		    value);
	return time_cmp(t, cutoff) >= 0;
}

/* The time member of the current line, by the fast path or by cJSON. */
static bool
keep_line(const struct line_reader *lr)
{
	static cJSON *obj; /* static: still reachable if keep() stops */
	const struct fj_member *m;
	struct fj_object o;
	bool k;

	if (fj_scan(lr->buf, lr->len, &o) == 0) {
		m = fj_get(&o, field);
		if (m != NULL && m->type == FJ_STRING) {
			if (tcap < m->vlen + 1) {
				tcap = m->vlen + 1;
				tbuf = xrealloc(tbuf, tcap);
			}
			if (fj_unescape(m, tbuf) >= 0)
				return keep(lr->name, lr->lineno, tbuf);
		}
	}
	/* Everything else, faults included, as cJSON sees it. */
	obj = ndjson_parse(lr);
	k = keep(lr->name, lr->lineno, json_string(obj, field, true, lr));
	cJSON_Delete(obj);
	obj = NULL;
	return k;
}

static void
filter_ndjson(FILE *fp, const char *name)
{
	struct line_reader lr;
	const char *line, *p;

	line_reader_init(&lr, fp, name);
	while ((line = line_reader_next(&lr)) != NULL) {
		/*
		 * A byte-order mark, as an editor writes at the start of a
		 * file (and cat leaves inside one), is dropped: JSON
		 * readers skip it, and the output is to hold none.
		 */
		if (lr.len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
			memmove(lr.buf, lr.buf + 3, lr.len - 2);
			lr.len -= 3;
		}
		for (p = line; *p == ' ' || *p == '\t'; p++)
			continue;
		if ((size_t)(p - line) == lr.len)
			continue;
		if (keep_line(&lr)) {
			fwrite(line, 1, lr.len, stdout);
			putchar('\n');
		}
	}
	line_reader_free(&lr);
}

/*
 * The header of each CSV input must be the first one's, and is written
 * once: true for the first.
 */
static bool
same_header(const char *name, const struct csv_record *rec)
{
	static struct {
		char **field;
		size_t n;
	} first;
	size_t i;

	if (first.field == NULL) {
		first.n = rec->nfields;
		first.field = xcalloc(first.n, sizeof(*first.field));
		for (i = 0; i < first.n; i++)
			first.field[i] = xstrdup(rec->field[i]);
		return true;
	}
	for (i = 0; i < rec->nfields; i++)
		if (rec->nfields != first.n ||
		    strcmp(rec->field[i], first.field[i]) != 0)
			errx_at(name, rec->line,
			    "the header differs from the first file's");
	return false;
}

static void
filter_csv(FILE *fp, const char *name)
{
	const struct csv_record *rec;
	struct csv_reader *cr = csv_reader_open(fp, name);
	struct csv_writer cw;
	size_t i, nheader;
	long col;

	csv_writer_init(&cw, stdout, CSV_PLAIN);
	if ((rec = csv_reader_next(cr)) == NULL) {
		csv_reader_close(cr);
		return;
	}
	if ((col = csv_column_unique(rec, field, name)) < 0)
		errx_at(name, rec->line, "no column \"%s\"", field);
	nheader = rec->nfields;
	if (same_header(name, rec)) {
		for (i = 0; i < rec->nfields; i++)
			csv_put(&cw, rec->field[i], rec->len[i]);
		csv_end_record(&cw);
	}
	while ((rec = csv_reader_next(cr)) != NULL) {
		if (rec->nfields != nheader)
			errx_at(name, rec->line,
			    "%zu fields, the header has %zu", rec->nfields,
			    nheader);
		if (!keep(name, rec->line, rec->field[col]))
			continue;
		for (i = 0; i < rec->nfields; i++)
			csv_put(&cw, rec->field[i], rec->len[i]);
		csv_end_record(&cw);
	}
	csv_reader_close(cr);
}
