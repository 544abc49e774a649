/*
 * flatjson: scan a flat JSON object in place (see flatjson.h).
 *
 * The grammar is RFC 8259's, kept strict: whitespace is space, tab, CR
 * and LF; a number is -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?; a
 * string holds no control character and only the escapes \" \\ \/ \b \f
 * \n \r \t \uXXXX.  Whatever the scanner does not accept goes to cJSON,
 * so being strict here only costs speed on odd lines, never correctness.
 */
#include <stdint.h>
#include <string.h>

#include "flatjson.h"

static const char *
skip_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

static bool
is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

/*
 * A string starting after its opening quote: returns the closing quote,
 * or NULL.  *esc tells whether it holds escapes, *high whether it holds
 * bytes past ASCII.
 */
/*
 * The first byte at or after p that a string scan must look at: a quote,
 * a backslash, a control character or a byte past ASCII.  Eight bytes at
 * a time by the usual bit tricks: the lowest flagged byte of a word is a
 * true one, as borrows only run upward.
 */
static const char *
next_special(const char *p, const char *end)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t highs = 0x8080808080808080ULL;
	uint64_t v, m;

	for (; end - p >= 8; p += 8) {
		memcpy(&v, p, 8);
		m = ((v ^ ones * '"') - ones) | ((v ^ ones * '\\') - ones) |
		    (v - ones * 0x20) | v;
		if ((m &= highs) != 0)
			return p + __builtin_ctzll(m) / 8;
	}
#endif
	while (p < end && (unsigned char)*p >= 0x20 && *p != '"' &&
	    *p != '\\' && (unsigned char)*p < 0x80)
		p++;
	return p;
}

/*
 * A string starting after its opening quote: returns the closing quote,
 * or NULL.  *esc tells whether it holds escapes, *high whether it holds
 * bytes past ASCII.
 */
static const char *
scan_string(const char *p, const char *end, bool *esc, bool *high)
{
	for (; (p = next_special(p, end)) < end; p++) {
		unsigned char c = (unsigned char)*p;

		if (c == '"')
			return p;
		if (c < 0x20)
			return NULL;
		if (c >= 0x80)
			*high = true;
		else {
			*esc = true;
			if (++p == end)
				return NULL;
			switch (*p) {
			case '"':
			case '\\':
			case '/':
			case 'b':
			case 'f':
			case 'n':
			case 'r':
			case 't':
				break;
			case 'u':
				if (end - p < 5 || !is_hex(p[1]) ||
				    !is_hex(p[2]) || !is_hex(p[3]) ||
				    !is_hex(p[4]))
					return NULL;
				/* A NUL: the caller's cJSON path names it. */
				if (memcmp(p + 1, "0000", 4) == 0)
					return NULL;
				p += 4;
				break;
			default:
				return NULL;
			}
		}
	}
	return NULL;
}

static const char *
scan_digits(const char *p, const char *end)
{
	const char *q = p;

	while (q < end && *q >= '0' && *q <= '9')
		q++;
	return q == p ? NULL : q;
}

/* A number: returns the byte after it, or NULL. */
static const char *
scan_number(const char *p, const char *end)
{
	if (p < end && *p == '-')
		p++;
	if (p < end && *p == '0')
		p++;
	else if ((p = scan_digits(p, end)) == NULL)
		return NULL;
	if (p < end && *p == '.' && (p = scan_digits(p + 1, end)) == NULL)
		return NULL;
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if ((p = scan_digits(p, end)) == NULL)
			return NULL;
	}
	return p;
}

static const char *
scan_word(const char *p, const char *end, const char *w)
{
	size_t n = strlen(w);

	if ((size_t)(end - p) < n || memcmp(p, w, n) != 0)
		return NULL;
	return p + n;
}

/* One value at p into m: returns the byte after it, or NULL. */
static const char *
scan_value(const char *p, const char *end, struct fj_member *m, bool *high)
{
	const char *q;

	m->escaped = false;
	switch (*p) {
	case '"':
		if ((q = scan_string(p + 1, end, &m->escaped, high)) == NULL)
			return NULL;
		m->type = FJ_STRING;
		m->val = p + 1;
		m->vlen = (size_t)(q - p - 1);
		return q + 1;
	case 't':
		m->type = FJ_TRUE;
		q = scan_word(p, end, "true");
		break;
	case 'f':
		m->type = FJ_FALSE;
		q = scan_word(p, end, "false");
		break;
	case 'n':
		m->type = FJ_NULL;
		q = scan_word(p, end, "null");
		break;
	default:
		/* Objects and arrays too: nested values are cJSON's. */
		m->type = FJ_NUMBER;
		q = scan_number(p, end);
		break;
	}
	if (q != NULL) {
		m->val = p;
		m->vlen = (size_t)(q - p);
	}
	return q;
}

int
fj_scan(const char *s, size_t len, struct fj_object *o)
{
	const char *p = s, *end = s + len, *q;
	bool esc, high = false;
	struct fj_member *m;

	o->n = 0;
	p = skip_ws(p, end);
	if (p == end || *p != '{')
		return -1;
	p = skip_ws(p + 1, end);
	if (p < end && *p == '}')
		goto close;
	for (;;) {
		if (p == end || *p != '"' || o->n == FJ_MAX)
			return -1;
		m = &o->m[o->n];
		esc = false;
		q = scan_string(p + 1, end, &esc, &high);
		if (q == NULL || esc)
			return -1;
		m->key = p + 1;
		m->klen = (size_t)(q - p - 1);
		p = skip_ws(q + 1, end);
		if (p == end || *p != ':')
			return -1;
		p = skip_ws(p + 1, end);
		if (p == end || (p = scan_value(p, end, m, &high)) == NULL)
			return -1;
		o->n++;
		p = skip_ws(p, end);
		if (p < end && *p == ',') {
			p = skip_ws(p + 1, end);
			continue;
		}
		if (p < end && *p == '}')
			break;
		return -1;
	}
close:
	if (skip_ws(p + 1, end) != end)
		return -1;
	if (high && !utf8_valid(s, len))
		return -1;
	return 0;
}

const struct fj_member *
fj_get(const struct fj_object *o, const char *key)
{
	size_t i, n = strlen(key);

	for (i = 0; i < o->n; i++)
		if (o->m[i].klen == n && memcmp(o->m[i].key, key, n) == 0)
			return &o->m[i];
	return NULL;
}

static unsigned
hex4(const char *p)
{
	unsigned v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		char c = p[i];

		v = v * 16 +
		    (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
	}
	return v;
}

long
fj_unescape(const struct fj_member *m, char *buf)
{
	const char *p = m->val, *end = m->val + m->vlen;
	char *b = buf;
	unsigned u;

	if (!m->escaped) {
		memcpy(buf, m->val, m->vlen);
		buf[m->vlen] = '\0';
		return (long)m->vlen;
	}
	while (p < end) {
		if (*p != '\\') {
			*b++ = *p++;
			continue;
		}
		p++;
		switch (*p++) {
		case 'b':
			*b++ = '\b';
			break;
		case 'f':
			*b++ = '\f';
			break;
		case 'n':
			*b++ = '\n';
			break;
		case 'r':
			*b++ = '\r';
			break;
		case 't':
			*b++ = '\t';
			break;
		case 'u':
			u = hex4(p);
			p += 4;
			/* NUL and surrogates: left to cJSON. */
			if (u == 0 || (u >= 0xD800 && u <= 0xDFFF))
				return -1;
			if (u < 0x80)
				*b++ = (char)u;
			else if (u < 0x800) {
				*b++ = (char)(0xC0 | u >> 6);
				*b++ = (char)(0x80 | (u & 0x3F));
			} else {
				*b++ = (char)(0xE0 | u >> 12);
				*b++ = (char)(0x80 | (u >> 6 & 0x3F));
				*b++ = (char)(0x80 | (u & 0x3F));
			}
			break;
		default: /* " \ / stand for themselves */
			*b++ = p[-1];
			break;
		}
	}
	*b = '\0';
	return (long)(b - buf);
}

cJSON *
ndjson_parse(const struct line_reader *lr)
{
	const char *end = NULL, *ep;
	cJSON *obj;

	if (strlen(lr->buf) != lr->len)
		errx_at(lr->name, lr->lineno, "NUL byte in line");
	if (!utf8_valid(lr->buf, lr->len))
		errx_at(lr->name, lr->lineno, "invalid UTF-8");
	obj = cJSON_ParseWithOpts(lr->buf, &end, true);
	if (obj == NULL) {
		ep = cJSON_GetErrorPtr();
		errx_at(lr->name, lr->lineno, "malformed JSON near byte %zu",
		    ep != NULL && ep >= lr->buf && ep <= lr->buf + lr->len
			? (size_t)(ep - lr->buf) + 1
			: (size_t)1);
	}
	if (!cJSON_IsObject(obj)) {
		cJSON_Delete(obj);
		errx_at(lr->name, lr->lineno, "line is not a JSON object");
	}
	return obj;
}

void
ndjson_refuse_nul(const struct line_reader *lr)
{
	const char *p = lr->buf, *end = lr->buf + lr->len;

	/* Valid JSON has backslashes only in strings, each starting an
	 * escape of two characters or of six (\uXXXX). */
	while ((p = memchr(p, '\\', (size_t)(end - p))) != NULL) {
		if (end - p >= 6 && p[1] == 'u' &&
		    memcmp(p + 2, "0000", 4) == 0)
			errx_at(lr->name, lr->lineno, "NUL in a string");
		p += 2;
		if (p >= end)
			break;
	}
}
