/*
 * Events in and rows out for extract-access (see access.h): the two ways
 * of reading an event, the CSV row, local times, and the rows held for
 * sorting.
 */
#define _DEFAULT_SOURCE /* tm_gmtoff */
#include <sys/types.h>
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "access.h"
#include "flatjson.h"

static int
kind_of(const char *s, size_t n)
{
	if (n == 5 && memcmp(s, "login", 5) == 0)
		return ACCESS_LOGIN;
	if (n == 6 && memcmp(s, "logout", 6) == 0)
		return ACCESS_LOGOUT;
	if (n == 12 && memcmp(s, "project_open", 12) == 0)
		return ACCESS_OPEN;
	if (n == 13 && memcmp(s, "project_close", 13) == 0)
		return ACCESS_CLOSE;
	return ACCESS_NONE;
}

/*
 * One string member by the fast path, unescaped into scratch.  The
 * messages are json_string()'s, so both paths word a fault alike.
 */
static int
fast_field(const struct line_reader *lr, const struct fj_object *o,
    const char *key, bool required, struct access_buf *scratch,
    const char **out, size_t *len)
{
	const struct fj_member *m = fj_get(o, key);
	char *dst;
	long n;

	*out = NULL;
	*len = 0;
	if (m == NULL || m->type == FJ_NULL) {
		if (required)
			errx_at(
			    lr->name, lr->lineno, "missing field \"%s\"", key);
		return 0;
	}
	if (m->type != FJ_STRING)
		errx_at(
		    lr->name, lr->lineno, "field \"%s\" is not a string", key);
	dst = scratch->p + scratch->len;
	if ((n = fj_unescape(m, dst)) < 0)
		return -1;
	scratch->len += (size_t)n + 1;
	*out = dst;
	*len = (size_t)n;
	return 0;
}

int
access_read_fast(const struct line_reader *lr, int *kind,
    struct access_buf *scratch, const char **time, const char **user,
    size_t *userlen, const char **aid, size_t *aidlen, const char **path,
    size_t *pathlen, const char **ip, size_t *iplen)
{
	struct fj_object o;
	const char *type;
	size_t n;

	scratch->len = 0;
	*aid = *path = *ip = NULL;
	*aidlen = *pathlen = *iplen = 0;
	if (fj_scan(lr->buf, lr->len, &o) != 0 ||
	    fast_field(lr, &o, "type", true, scratch, &type, &n) != 0)
		return -1;
	if ((*kind = kind_of(type, n)) == ACCESS_NONE)
		return 0;
	if (fast_field(lr, &o, "time", true, scratch, time, &n) != 0 ||
	    fast_field(lr, &o, "user_id", true, scratch, user, userlen) != 0)
		return -1;
	if ((*kind == ACCESS_OPEN || *kind == ACCESS_CLOSE) &&
	    (fast_field(lr, &o, "assignment_id", true, scratch, aid, aidlen) !=
		    0 ||
		fast_field(
		    lr, &o, "project_path", true, scratch, path, pathlen) != 0))
		return -1;
	return fast_field(lr, &o, "ip", false, scratch, ip, iplen);
}

static const char *
json_field(const struct line_reader *lr, const cJSON *obj, const char *key,
    bool required, size_t *len)
{
	const char *s = json_string(obj, key, required, lr);

	*len = s != NULL ? strlen(s) : 0;
	return s;
}

void
access_read_json(const struct line_reader *lr, const cJSON *obj, int *kind,
    const char **time, const char **user, size_t *userlen, const char **aid,
    size_t *aidlen, const char **path, size_t *pathlen, const char **ip,
    size_t *iplen)
{
	const char *type;
	size_t n;

	*aid = *path = *ip = NULL;
	*aidlen = *pathlen = *iplen = 0;
	type = json_field(lr, obj, "type", true, &n);
	if ((*kind = kind_of(type, n)) == ACCESS_NONE)
		return;
	*time = json_field(lr, obj, "time", true, &n);
	*user = json_field(lr, obj, "user_id", true, userlen);
	if (*kind == ACCESS_OPEN || *kind == ACCESS_CLOSE) {
		*aid = json_field(lr, obj, "assignment_id", true, aidlen);
		*path = json_field(lr, obj, "project_path", true, pathlen);
	}
	*ip = json_field(lr, obj, "ip", false, iplen);
}

/* What makes a cell need quotes, or a guard in the download form. */
static bool
needs_quotes(const char *s, size_t n)
{
	static const bool special[256] = {
		['"'] = true, [','] = true, ['\n'] = true, ['\r'] = true
	};
	size_t i;

	for (i = 0; i < n; i++)
		if (special[(unsigned char)s[i]])
			return true;
	return false;
}

/* The same cells csv_put() writes, into a buffer. */
void
access_put_cell(
    struct access_buf *b, bool download, bool first, const char *s, size_t n)
{
	bool guard = download && n > 0 &&
	    (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
		s[0] == '\t' || s[0] == '\r');
	size_t i;

	access_buf_reserve(b, 2 * n + 4);
	if (!first)
		b->p[b->len++] = ',';
	if (!needs_quotes(s, n)) {
		if (guard)
			b->p[b->len++] = '\'';
		memcpy(b->p + b->len, s, n);
		b->len += n;
		return;
	}
	b->p[b->len++] = '"';
	if (guard)
		b->p[b->len++] = '\'';
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			b->p[b->len++] = '"';
		b->p[b->len++] = s[i];
	}
	b->p[b->len++] = '"';
}

static long
gmtoff(int64_t sec)
{
	time_t t = (time_t)sec;
	struct tm tm;

	return localtime_r(&t, &tm) != NULL ? tm.tm_gmtoff : 0;
}

/*
 * The zone's offset at sec.  Asking the C library costs more than the
 * rest of a row, and offsets change a few times a year, so the offset of
 * a quarter hour is kept when it is the same at both ends (no zone has
 * two changes within one quarter hour).
 */
static long
offset_at(int64_t sec)
{
	static int64_t lo = 1, hi = 0;
	static long off;
	int64_t block = sec - ((sec % 900) + 900) % 900;
	long a, z;

	if (sec >= lo && sec < hi)
		return off;
	a = gmtoff(block);
	z = gmtoff(block + 899);
	if (a != z)
		return gmtoff(sec);
	lo = block;
	hi = block + 900;
	off = a;
	return off;
}

static char *
two(char *p, unsigned v)
{
	*p++ = (char)('0' + v / 10);
	*p++ = (char)('0' + v % 10);
	return p;
}

size_t
access_local_time(int64_t sec, char *buf)
{
	long off = offset_at(sec), aoff = labs(off);
	int64_t local = sec + off, days, y;
	unsigned m, d, rem;
	char *p = buf;

	days = local / 86400 - (local % 86400 < 0);
	rem = (unsigned)(local - days * 86400);
	civil_from_days(days, &y, &m, &d);
	if (y < 0 || y > 9999)
		return strlen(format_local(sec, buf));
	p = two(p, (unsigned)(y / 100));
	p = two(p, (unsigned)(y % 100));
	*p++ = '-';
	p = two(p, m);
	*p++ = '-';
	p = two(p, d);
	*p++ = 'T';
	p = two(p, rem / 3600);
	*p++ = ':';
	p = two(p, rem / 60 % 60);
	*p++ = ':';
	p = two(p, rem % 60);
	*p++ = off < 0 ? '-' : '+';
	p = two(p, (unsigned)(aoff / 3600 % 100));
	*p++ = ':';
	p = two(p, (unsigned)(aoff / 60 % 60));
	*p = '\0';
	return (size_t)(p - buf);
}

void
access_format_row(struct access_buf *b, bool download,
    const struct access_user *u, int64_t sec, int kind, const char *aname,
    const char *path, size_t pathlen, const char *ip, size_t iplen)
{
	/* The cells that never need quotes or a guard, with their commas. */
	static const char *const types[] = { "", ",Log In,", ",Log Out,",
		",Project Open,", ",Project Close," };
	static const size_t typelen[] = { 0, 8, 9, 14, 15 };
	char tbuf[TIMEBUF + 1] = ",";
	size_t tlen = access_local_time(sec, tbuf + 1) + 1;

	access_buf_add(b, u->cells, u->cellslen);
	if (tbuf[1] == '-') /* a year before 1: not a number, text */
		access_put_cell(b, download, false, tbuf + 1, tlen - 1);
	else
		access_buf_add(b, tbuf, tlen);
	access_buf_add(b, types[kind], typelen[kind]);
	if (kind == ACCESS_LOGIN || kind == ACCESS_LOGOUT)
		aname = "";
	access_put_cell(b, download, true, aname, strlen(aname));
	access_buf_add(b, ",", 1);
	access_buf_add(b, u->role, 7);
	access_put_cell(b, download, false, path != NULL ? path : "", pathlen);
	access_put_cell(b, download, false, ip != NULL ? ip : "", iplen);
	access_buf_add(b, download ? "\r\n" : "\n", download ? 2 : 1);
}

void
access_rows_add(
    struct access_rows *r, struct etl_time t, const char *p, size_t n)
{
	if (r->n == r->cap) {
		r->cap = r->cap == 0 ? 1024 : r->cap * 2;
		r->row = xrealloc(r->row, r->cap * sizeof(*r->row));
	}
	r->row[r->n].t = t;
	r->row[r->n].seq = r->n;
	r->row[r->n].off = r->arena.len;
	r->row[r->n].len = n;
	r->n++;
	access_buf_add(&r->arena, p, n);
}

static int
row_cmp(const void *a, const void *b)
{
	const struct access_row *x = a, *y = b;
	int c = time_cmp(x->t, y->t);

	if (c != 0)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
access_rows_sort(struct access_rows *r)
{
	if (r->n > 1)
		qsort(r->row, r->n, sizeof(*r->row), row_cmp);
}

void
access_rows_get(
    const struct access_rows *r, size_t i, const char **p, size_t *n)
{
	*p = r->arena.p + r->row[i].off;
	*n = r->row[i].len;
}

static bool out_marked;
static off_t out_start;

void
access_out_mark(FILE *out)
{
	struct stat st;

	int fd = fileno(out), fl;

	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (fl = fcntl(fd, F_GETFL)) == -1)
		return;
	/* Appending, the output starts at the end, wherever the offset is. */
	out_start = (fl & O_APPEND) != 0 ? st.st_size : ftello(out);
	out_marked = out_start >= 0;
}

bool
access_can_restart(char **files, int nfiles, FILE *out)
{
	struct stat st;
	int i;

	if (!out_marked)
		return false;
	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i], "-") == 0 || stat(files[i], &st) != 0 ||
		    !S_ISREG(st.st_mode))
			return false;
	if (fflush(out) == EOF || ftruncate(fileno(out), out_start) != 0 ||
	    fseeko(out, out_start, SEEK_SET) != 0)
		err(EXIT_DATA, "<stdout>");
	return true;
}
