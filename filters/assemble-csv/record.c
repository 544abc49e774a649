/*
 * record: the fields of one NDJSON line, whichever parser read it.
 *
 * Most lines of attempts and of the activity log are flat objects, which
 * flatjson's fast path reads without allocating; the rest (an array
 * answer, an escape it leaves alone) go through cJSON.  Callers ask for
 * fields by name and get the same answers, and the same messages for a
 * missing or mistyped field, either way.
 */
#include <err.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "assemble.h"

void
strbuf_add(struct strbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = 2 * (b->len + n + 1);
		b->p = xrealloc(b->p, b->cap);
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void
strbuf_reserve(struct strbuf *b, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = 2 * (b->len + n + 1);
		b->p = xrealloc(b->p, b->cap);
	}
}

void
record_init(struct record *r, struct line_reader *lr)
{
	memset(r, 0, sizeof(*r));
	r->lr = lr;
}

void
record_free(struct record *r)
{
	cJSON_Delete(r->obj);
	free(r->strings);
	r->obj = NULL;
	r->strings = NULL;
}

static void
go_slow(struct record *r)
{
	if (r->obj == NULL) {
		r->obj = ndjson_parse(r->lr);
		ndjson_refuse_nul(r->lr);
	}
	r->fast = false;
}

bool
record_next(struct record *r)
{
	const char *line, *p;
	size_t need;

	cJSON_Delete(r->obj);
	r->obj = NULL;
	while ((line = line_reader_next(r->lr)) != NULL) {
		for (p = line; *p == ' ' || *p == '\t'; p++)
			continue;
		if ((size_t)(p - line) == r->lr->len)
			continue; /* a blank line */
		/*
		 * Unescaped strings are never longer than their text, so
		 * this much room keeps every string of the line in place.
		 */
		need = r->lr->len + FJ_MAX + 1;
		if (need > r->cap) {
			free(r->strings);
			r->cap = need;
			r->strings = xmalloc(need);
		}
		r->used = 0;
		r->fast = fj_scan(line, r->lr->len, &r->fo) == 0;
		if (!r->fast)
			go_slow(r);
		return true;
	}
	return false;
}

const char *
record_string(struct record *r, const char *key, bool required, size_t *len)
{
	const struct fj_member *m;
	const char *s;
	long n;

	if (r->fast) {
		m = fj_get(&r->fo, key);
		if (m == NULL || m->type == FJ_NULL) {
			if (required)
				errx_at(r->lr->name, r->lr->lineno,
				    "missing field \"%s\"", key);
			return NULL;
		}
		if (m->type != FJ_STRING)
			errx_at(r->lr->name, r->lr->lineno,
			    "field \"%s\" is not a string", key);
		if ((n = fj_unescape(m, r->strings + r->used)) >= 0) {
			s = r->strings + r->used;
			r->used += (size_t)n + 1;
			if (len != NULL)
				*len = (size_t)n;
			return s;
		}
		go_slow(r);
	}
	s = json_string(r->obj, key, required, r->lr);
	if (s != NULL && len != NULL)
		*len = strlen(s);
	return s;
}

static void
add_json(struct strbuf *out, const cJSON *v)
{
	char *s;

	if (cJSON_IsString(v)) {
		strbuf_add(out, v->valuestring, strlen(v->valuestring));
		return;
	}
	if ((s = cJSON_PrintUnformatted(v)) == NULL)
		errx(EXIT_DATA, "out of memory");
	strbuf_add(out, s, strlen(s));
	cJSON_free(s);
}

static void
slow_answer(
    struct record *r, const char *key, struct strbuf *out, bool *numeric)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(r->obj, key), *item;
	size_t start, end;

	if (v == NULL || cJSON_IsNull(v))
		return;
	if (cJSON_IsNumber(v) &&
	    rawjson_member(r->lr->buf, r->lr->len, key, &start, &end)) {
		strbuf_add(out, r->lr->buf + start, end - start);
		*numeric = true;
		return;
	}
	if (!cJSON_IsArray(v)) {
		add_json(out, v);
		return;
	}
	cJSON_ArrayForEach(item, v)
	{
		if (item != v->child)
			strbuf_add(out, "; ", 2);
		add_json(out, item);
	}
}

void
record_answer(
    struct record *r, const char *key, struct strbuf *out, bool *numeric)
{
	const struct fj_member *m;
	long n;

	out->len = 0;
	strbuf_reserve(out, 0);
	out->p[0] = '\0';
	*numeric = false;
	if (!r->fast) {
		slow_answer(r, key, out, numeric);
		return;
	}
	m = fj_get(&r->fo, key);
	if (m == NULL || m->type == FJ_NULL)
		return;
	switch (m->type) {
	case FJ_STRING:
		strbuf_reserve(out, m->vlen);
		if ((n = fj_unescape(m, out->p)) < 0) {
			go_slow(r);
			slow_answer(r, key, out, numeric);
			return;
		}
		out->len = (size_t)n;
		break;
	case FJ_NUMBER:
		strbuf_add(out, m->val, m->vlen);
		*numeric = true;
		break;
	default:
		strbuf_add(out, m->type == FJ_TRUE ? "true" : "false",
		    m->type == FJ_TRUE ? 4 : 5);
		break;
	}
}

/*
 * True when s is a decimal number: an optional sign, digits with an
 * optional fraction, an optional exponent.  strtod also takes hex,
 * "inf", "nan" and leading blanks, which a points field never means.
 */
static bool
is_decimal(const char *s)
{
	size_t digits = 0;

	if (*s == '-' || *s == '+')
		s++;
	for (; *s >= '0' && *s <= '9'; s++)
		digits++;
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++)
			digits++;
	if (digits == 0)
		return false;
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '-' || *s == '+')
			s++;
		if (*s < '0' || *s > '9')
			return false;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return *s == '\0';
}

/* A number as text: the whole of s, decimal, finite. */
static bool
to_number(const char *s, double *d)
{
	char *end;

	if (!is_decimal(s))
		return false;
	errno = 0;
	*d = strtod(s, &end);
	return *end == '\0' && errno == 0 && isfinite(*d);
}

double
record_number(struct record *r, const char *key)
{
	const struct fj_member *m;
	const cJSON *v;
	char num[64];
	const char *s;
	double d;

	if (r->fast) {
		m = fj_get(&r->fo, key);
		if (m == NULL)
			goto missing;
		if (m->type == FJ_NULL)
			return 0;
		if (m->type == FJ_NUMBER && m->vlen < sizeof(num)) {
			memcpy(num, m->val, m->vlen);
			num[m->vlen] = '\0';
			if (to_number(num, &d))
				return d;
		}
		if (m->type == FJ_STRING &&
		    (s = record_string(r, key, true, NULL)) != NULL &&
		    to_number(s, &d))
			return d;
		if (r->fast)
			goto bad;
	}
	v = cJSON_GetObjectItemCaseSensitive(r->obj, key);
	if (v == NULL)
		goto missing;
	if (cJSON_IsNull(v))
		return 0;
	if (cJSON_IsNumber(v))
		return v->valuedouble;
	if (cJSON_IsString(v) && to_number(v->valuestring, &d))
		return d;
	goto bad;
missing:
	errx_at(r->lr->name, r->lr->lineno, "missing field \"%s\"", key);
bad:
	errx_at(
	    r->lr->name, r->lr->lineno, "field \"%s\" is not a number", key);
}

/* An answer's form: a string, a number, null, or a list of strings and
 * numbers. */
static bool
answer_ok(const cJSON *v)
{
	const cJSON *item;

	if (v == NULL || cJSON_IsNull(v) || cJSON_IsString(v) ||
	    cJSON_IsNumber(v))
		return true;
	if (!cJSON_IsArray(v))
		return false;
	cJSON_ArrayForEach(item, v)
	{
		if (!cJSON_IsString(item) && !cJSON_IsNumber(item))
			return false;
	}
	return true;
}

void
record_check_answer(struct record *r, const char *key)
{
	const struct fj_member *m;
	bool ok;

	if (r->fast) {
		m = fj_get(&r->fo, key);
		ok = m == NULL || (m->type != FJ_TRUE && m->type != FJ_FALSE);
	} else
		ok = answer_ok(cJSON_GetObjectItemCaseSensitive(r->obj, key));
	if (!ok)
		errx_at(r->lr->name, r->lr->lineno,
		    "field \"%s\" is not a string, a list of strings, a "
		    "number or null",
		    key);
}
