/*
 * select-rows: keep the records whose fields hold the values asked for.
 *
 * Input: CSV with a header row (RFC 4180, through libetl), or with -j
 * NDJSON, one object a line.  Each -w FIELD=VALUE names a column (or a
 * string member) and a value; a record is kept when, for every field
 * named, it holds one of the values given for that field.  Without -w
 * every record is kept.
 *
 * Output: CSV as plain CSV (or the teacher's download form with -D), the
 * columns -c picks in its order, each renamed where -c says; NDJSON lines
 * exactly as they came; with -b, each line left out becomes an empty one,
 * so that a kept line keeps its line number (NDJSON readers skip empty
 * lines).  Streams: memory holds one record.
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "etl.h"
#include "flatjson.h"

struct cond {
	char *field;
	char *value;
	long col; /* CSV: the column's index */
};

struct pick {
	char *from;
	const char *to;
	long col;
};

/* The long options, rewritten in place as their short forms. */
static char opt_D[] = "-D", opt_j[] = "-j";

static struct cond *conds;
static size_t nconds;
static struct pick *picks;
static size_t npicks;
static bool bflag;

static _Noreturn void usage(void);
static void add_cond(const char *arg);
static void add_picks(const char *arg);
static void select_csv(FILE *fp, const char *name, int mode);
static void select_ndjson(FILE *fp, const char *name);

static const char synopsis[] = "usage: select-rows [-bDj] [-c columns] "
			       "[-w field=value]... [file]\n";

int
main(int argc, char *argv[])
{
	const char *name = "<stdin>";
	bool Dflag = false, jflag = false;
	FILE *fp = stdin;
	int ch, i;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--help") == 0) {
			printf("%s", synopsis);
			return 0;
		}
		if (strcmp(argv[i], "--version") == 0)
			print_version();
		if (strcmp(argv[i], "--download") == 0)
			argv[i] = opt_D;
		else if (strcmp(argv[i], "--ndjson") == 0)
			argv[i] = opt_j;
		else if (strncmp(argv[i], "--", 2) == 0) {
			warnx("unknown option %s", argv[i]);
			usage();
		}
	}
	while ((ch = getopt(argc, argv, "bc:Djw:")) != -1) {
		switch (ch) {
		case 'b':
			bflag = true;
			break;
		case 'c':
			add_picks(optarg);
			break;
		case 'D':
			Dflag = true;
			break;
		case 'j':
			jflag = true;
			break;
		case 'w':
			add_cond(optarg);
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		usage();
	if (jflag && (Dflag || npicks > 0)) {
		warnx("-c and -D are for CSV");
		usage();
	}
	if (bflag && !jflag) {
		warnx("-b is for NDJSON");
		usage();
	}
	if (argc == 1)
		fp = xfopen_in(argv[0], &name);
	if (jflag)
		select_ndjson(fp, name);
	else
		select_csv(fp, name, Dflag ? CSV_DOWNLOAD : CSV_PLAIN);
	xfshut(stdout, "<stdout>");
	return 0;
}

static void
add_cond(const char *arg)
{
	const char *eq = strchr(arg, '=');

	if (eq == NULL || eq == arg) {
		warnx("-w \"%s\": want FIELD=VALUE", arg);
		usage();
	}
	conds = xrealloc(conds, (nconds + 1) * sizeof(*conds));
	conds[nconds].field = xstrdup(arg);
	conds[nconds].field[eq - arg] = '\0';
	conds[nconds].value = conds[nconds].field + (eq - arg) + 1;
	conds[nconds].col = -1;
	nconds++;
}

/* COLUMN[=NAME],... ; a name may not hold a comma. */
static void
add_picks(const char *arg)
{
	char *s = xstrdup(arg), *tok, *save = NULL;

	for (tok = strtok_r(s, ",", &save); tok != NULL;
	     tok = strtok_r(NULL, ",", &save)) {
		char *eq = strchr(tok, '=');

		picks = xrealloc(picks, (npicks + 1) * sizeof(*picks));
		picks[npicks].from = tok;
		picks[npicks].to = tok;
		if (eq != NULL) {
			*eq = '\0';
			picks[npicks].to = eq + 1;
		}
		if (*picks[npicks].from == '\0' || *picks[npicks].to == '\0') {
			warnx("-c \"%s\": empty column name", arg);
			usage();
		}
		npicks++;
	}
	if (npicks == 0) {
		warnx("-c \"%s\": no column", arg);
		usage();
	}
}

/*
 * True when the record passes every field: for each distinct field, one
 * of its conditions matches.  get() gives the record's value of a field.
 */
static bool
keep(const char *(*get)(size_t i, const void *rec), const void *rec)
{
	size_t i, j;

	for (i = 0; i < nconds; i++) {
		bool seen = false, hit = false;

		for (j = 0; j < i && !seen; j++)
			seen = strcmp(conds[j].field, conds[i].field) == 0;
		if (seen)
			continue;
		for (j = i; j < nconds && !hit; j++) {
			const char *v;

			if (strcmp(conds[j].field, conds[i].field) != 0)
				continue;
			v = get(j, rec);
			hit = v != NULL && strcmp(v, conds[j].value) == 0;
		}
		if (!hit)
			return false;
	}
	return true;
}

static const char *
csv_get(size_t i, const void *rec)
{
	const struct csv_record *r = rec;

	return (size_t)conds[i].col < r->nfields ? r->field[conds[i].col]
						 : NULL;
}

/*
 * The index of the column named col in the header r; a name the header
 * lacks, or holds twice, stops the program.
 */
static long
column_of(const struct csv_record *r, const char *col, const char *name)
{
	long c = csv_column(r, col);
	size_t i;

	if (c < 0)
		errx_at(name, r->line, "no column \"%s\"", col);
	for (i = (size_t)c + 1; i < r->nfields; i++)
		if (strlen(col) == r->len[i] &&
		    memcmp(r->field[i], col, r->len[i]) == 0)
			errx_at(
			    name, r->line, "column \"%s\" appears twice", col);
	return c;
}

static void
select_csv(FILE *fp, const char *name, int mode)
{
	struct csv_reader *cr = csv_reader_open(fp, name);
	const struct csv_record *r = csv_reader_next(cr);
	struct csv_writer cw;
	size_t i, nhead;

	if (r == NULL)
		errx_at(name, 1, "no header row");
	nhead = r->nfields;
	for (i = 0; i < nconds; i++)
		conds[i].col = column_of(r, conds[i].field, name);
	for (i = 0; i < npicks; i++)
		picks[i].col = column_of(r, picks[i].from, name);
	csv_writer_init(&cw, stdout, mode);
	for (i = 0; i < (npicks > 0 ? npicks : nhead); i++)
		if (npicks > 0)
			csv_put_str(&cw, picks[i].to);
		else
			csv_put(&cw, r->field[i], r->len[i]);
	csv_end_record(&cw);
	while ((r = csv_reader_next(cr)) != NULL) {
		if (r->nfields != nhead)
			errx_at(name, r->line,
			    "%zu fields where the header has "
			    "%zu",
			    r->nfields, nhead);
		if (!keep(csv_get, r))
			continue;
		for (i = 0; i < (npicks > 0 ? npicks : nhead); i++) {
			size_t c = npicks > 0 ? (size_t)picks[i].col : i;

			csv_put(&cw, r->field[c], r->len[c]);
		}
		csv_end_record(&cw);
	}
	csv_reader_close(cr);
}

static const struct line_reader *cur_lr;

static const char *
json_get(size_t i, const void *rec)
{
	return json_string(rec, conds[i].field, false, cur_lr);
}

static void
select_ndjson(FILE *fp, const char *name)
{
	struct line_reader lr;
	cJSON *obj;
	unsigned long done = 0; /* lines written, kept or blanked */

	line_reader_init(&lr, fp, name);
	cur_lr = &lr;
	while ((obj = ndjson_next(&lr)) != NULL) {
		ndjson_refuse_nul(&lr);
		if (keep(json_get, obj)) {
			for (; bflag && done + 1 < lr.lineno; done++)
				putchar('\n');
			done = lr.lineno;
			fwrite(lr.buf, 1, lr.len, stdout);
			putchar('\n');
		}
		cJSON_Delete(obj);
	}
	line_reader_free(&lr);
}

static _Noreturn void
usage(void)
{
	fprintf(stderr, "%s", synopsis);
	exit(EXIT_USAGE);
}
