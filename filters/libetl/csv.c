/*
 * CSV records in through libcsv, and out with minimal quoting.
 *
 * The reader feeds libcsv one input line at a time, so that it knows the
 * line each record starts on.  libcsv trims spaces and tabs around
 * unquoted fields unless told otherwise; values must come through as they
 * are, so the space test is replaced by one that matches nothing.  A NUL
 * byte is refused before libcsv sees it: no field may hold one.  libcsv
 * grows its field buffer by its block size, so the block is large, or a
 * long field would take time quadratic in its length.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "etl.h"

struct csv_reader {
	struct csv_parser parser;
	FILE *fp;
	const char *name;
	char *line;
	size_t cap;
	unsigned long lineno; /* lines read so far */
	unsigned long start;  /* line the record being built starts on */
	bool bad_utf8;
	/* The record being built. */
	struct csv_record cur;
	size_t fcap;
	/* Records complete but not yet returned, then the one returned. */
	struct csv_record *ready;
	size_t nready, rcap, next;
};

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void
free_record(struct csv_record *r)
{
	size_t i;

	for (i = 0; i < r->nfields; i++)
		free(r->field[i]);
	free(r->field);
	free(r->len);
	memset(r, 0, sizeof(*r));
}

static void
on_field(void *s, size_t len, void *data)
{
	struct csv_reader *cr = data;
	struct csv_record *r = &cr->cur;
	char *f;

	if (r->nfields == 0)
		r->line = cr->start;
	if (r->nfields == cr->fcap) {
		cr->fcap = cr->fcap == 0 ? 16 : cr->fcap * 2;
		r->field = xrealloc(r->field, cr->fcap * sizeof(*r->field));
		r->len = xrealloc(r->len, cr->fcap * sizeof(*r->len));
	}
	f = xmalloc(len + 1);
	if (len > 0)
		memcpy(f, s, len);
	f[len] = '\0';
	if (!utf8_valid(f, len))
		cr->bad_utf8 = true;
	r->field[r->nfields] = f;
	r->len[r->nfields] = len;
	r->nfields++;
}

static void
on_record(int c, void *data)
{
	struct csv_reader *cr = data;

	(void)c;
	if (cr->bad_utf8)
		errx_at(cr->name, cr->cur.line, "invalid UTF-8");
	if (cr->nready == cr->rcap) {
		cr->rcap = cr->rcap == 0 ? 4 : cr->rcap * 2;
		cr->ready = xrealloc(cr->ready, cr->rcap * sizeof(*cr->ready));
	}
	cr->ready[cr->nready++] = cr->cur;
	memset(&cr->cur, 0, sizeof(cr->cur));
	cr->fcap = 0;
	cr->start = cr->lineno + 1;
}

struct csv_reader *
csv_reader_open(FILE *fp, const char *name)
{
	struct csv_reader *cr = xcalloc(1, sizeof(*cr));

	if (csv_init(&cr->parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
		errx_at(name, 0, "cannot start the CSV parser");
	csv_set_space_func(&cr->parser, no_space);
	csv_set_blk_size(&cr->parser, (size_t)64 * 1024);
	cr->fp = fp;
	cr->name = name;
	cr->start = 1;
	return cr;
}

const char *
csv_reader_name(const struct csv_reader *cr)
{
	return cr->name;
}

static void
parse_error(struct csv_reader *cr)
{
	int e = csv_error(&cr->parser);

	/* In strict mode, a quote where RFC 4180 allows none. */
	if (e == CSV_EPARSE)
		errx_at(cr->name, cr->lineno,
		    "bad quote in field: a quote inside a field must be doubled"
		    " and the field quoted");
	errx_at(cr->name, cr->lineno, "%s", csv_strerror(e));
}

/* Feed lines to libcsv until a record is ready or the input ends. */
static void
fill(struct csv_reader *cr)
{
	ssize_t n;
	char *p;

	while (cr->nready == 0 && cr->fp != NULL) {
		errno = 0;
		n = getline(&cr->line, &cr->cap, cr->fp);
		if (n < 0) {
			if (ferror(cr->fp))
				errx_at(cr->name, cr->lineno + 1,
				    "read error: %s", strerror(errno));
			if (csv_fini(&cr->parser, on_field, on_record, cr) != 0)
				errx_at(cr->name, cr->start,
				    "quoted field not closed");
			cr->fp = NULL;
			break;
		}
		p = cr->line;
		cr->lineno++;
		/* A byte-order mark, as spreadsheets write. */
		if (cr->lineno == 1 && n >= 3 &&
		    memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
			p += 3;
			n -= 3;
		}
		if (memchr(p, '\0', (size_t)n) != NULL)
			errx_at(cr->name, cr->lineno, "NUL byte in field");
		if (csv_parse(&cr->parser, p, (size_t)n, on_field, on_record,
			cr) != (size_t)n)
			parse_error(cr);
	}
}

const struct csv_record *
csv_reader_next(struct csv_reader *cr)
{
	if (cr->next > 0) {
		free_record(&cr->ready[0]);
		memmove(cr->ready, cr->ready + 1,
		    (cr->nready - 1) * sizeof(*cr->ready));
		cr->nready--;
		cr->next = 0;
	}
	fill(cr);
	if (cr->nready == 0)
		return NULL;
	cr->next = 1;
	return &cr->ready[0];
}

void
csv_reader_close(struct csv_reader *cr)
{
	size_t i;

	if (cr == NULL)
		return;
	for (i = 0; i < cr->nready; i++)
		free_record(&cr->ready[i]);
	free_record(&cr->cur);
	free(cr->ready);
	free(cr->line);
	csv_free(&cr->parser);
	free(cr);
}

long
csv_column(const struct csv_record *header, const char *name)
{
	size_t i;

	for (i = 0; i < header->nfields; i++)
		if (strcmp(header->field[i], name) == 0)
			return (long)i;
	return -1;
}

long
csv_column_unique(
    const struct csv_record *header, const char *name, const char *file)
{
	long col = csv_column(header, name);
	size_t i;

	if (col < 0)
		return col;
	for (i = (size_t)col + 1; i < header->nfields; i++)
		if (strcmp(header->field[i], name) == 0)
			errx_at(file, header->line,
			    "column \"%s\" appears twice", name);
	return col;
}

void
csv_writer_init(struct csv_writer *cw, FILE *fp, int mode)
{
	memset(cw, 0, sizeof(*cw));
	cw->fp = fp;
	cw->mode = mode;
}

static void
start_field(struct csv_writer *cw)
{
	if (!cw->started) {
		if (cw->mode == CSV_DOWNLOAD)
			fputs("\xEF\xBB\xBF", cw->fp);
		cw->started = true;
	}
	if (cw->nfields++ > 0)
		putc(',', cw->fp);
}

static void
put_field(struct csv_writer *cw, const char *s, size_t len, bool guard)
{
	size_t i;

	start_field(cw);
	if (memchr(s, '"', len) == NULL && memchr(s, ',', len) == NULL &&
	    memchr(s, '\n', len) == NULL && memchr(s, '\r', len) == NULL) {
		if (guard)
			putc('\'', cw->fp);
		fwrite(s, 1, len, cw->fp);
		return;
	}
	putc('"', cw->fp);
	if (guard)
		putc('\'', cw->fp);
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			putc('"', cw->fp);
		putc(s[i], cw->fp);
	}
	putc('"', cw->fp);
}

void
csv_put(struct csv_writer *cw, const char *s, size_t len)
{
	bool guard = false;

	/*
	 * A spreadsheet runs a cell that starts with one of these as a
	 * formula; the quote makes it text.
	 */
	if (cw->mode == CSV_DOWNLOAD && len > 0) {
		switch (s[0]) {
		case '=':
		case '+':
		case '-':
		case '@':
		case '\t':
		case '\r':
			guard = true;
			break;
		default:
			break;
		}
	}
	put_field(cw, s, len, guard);
}

void
csv_put_str(struct csv_writer *cw, const char *s)
{
	csv_put(cw, s == NULL ? "" : s, s == NULL ? 0 : strlen(s));
}

void
csv_put_num(struct csv_writer *cw, const char *s)
{
	put_field(cw, s, strlen(s), false);
}

void
csv_end_record(struct csv_writer *cw)
{
	if (cw->nfields == 0)
		start_field(cw);
	fputs(cw->mode == CSV_DOWNLOAD ? "\r\n" : "\n", cw->fp);
	cw->nfields = 0;
}

void
csv_put_record(struct csv_writer *cw, const char *const *fields, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		csv_put_str(cw, fields[i]);
	csv_end_record(cw);
}
