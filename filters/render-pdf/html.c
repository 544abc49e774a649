/*
 * html: raw HTML in guides reduced to what a page of print can show.
 *
 * Inline: <br> breaks the line; <b> <strong> <i> <em> <code> <kbd> <s>
 * <del> <u> <ins> <sup> <sub> <mark> <a href> style the text; <img src>
 * becomes a picture.  Blocks (and pages of contentType html): the text
 * between tags, white space collapsed and entities decoded; block tags
 * (p, div, details, li, tr, h1-h6...) end a paragraph; <summary> and
 * <th> are bold; table cells are separated by " | "; <pre> is code;
 * <iframe>, <video> and <audio> show their address; comments, <script>
 * and <style> are dropped.  Nothing is fetched.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "etl.h"
#include "render.h"

static const struct {
	const char *name;
	unsigned cp;
} entities[] = {
	{ "amp", '&' },
	{ "lt", '<' },
	{ "gt", '>' },
	{ "quot", '"' },
	{ "apos", '\'' },
	{ "nbsp", 0xa0 },
	{ "copy", 0xa9 },
	{ "reg", 0xae },
	{ "trade", 0x2122 },
	{ "hellip", 0x2026 },
	{ "mdash", 0x2014 },
	{ "ndash", 0x2013 },
	{ "lsquo", 0x2018 },
	{ "rsquo", 0x2019 },
	{ "ldquo", 0x201c },
	{ "rdquo", 0x201d },
	{ "times", 0xd7 },
	{ "divide", 0xf7 },
	{ "deg", 0xb0 },
	{ "plusmn", 0xb1 },
	{ "middot", 0xb7 },
	{ "bull", 0x2022 },
	{ "larr", 0x2190 },
	{ "rarr", 0x2192 },
	{ "uarr", 0x2191 },
	{ "darr", 0x2193 },
	{ "harr", 0x2194 },
	{ "le", 0x2264 },
	{ "ge", 0x2265 },
	{ "ne", 0x2260 },
	{ "laquo", 0xab },
	{ "raquo", 0xbb },
	{ "euro", 0x20ac },
	{ "pound", 0xa3 },
	{ "yen", 0xa5 },
	{ "cent", 0xa2 },
	{ "sect", 0xa7 },
	{ "para", 0xb6 },
	{ "shy", 0xad },
	{ "emsp", 0x2003 },
	{ "ensp", 0x2002 },
	{ "thinsp", 0x2009 },
	{ "infin", 0x221e },
	{ "alpha", 0x3b1 },
	{ "beta", 0x3b2 },
	{ "pi", 0x3c0 },
	{ "lambda", 0x3bb },
	{ "sigma", 0x3c3 },
	{ "check", 0x2713 },
};

static size_t
utf8_put(unsigned cp, char out[8])
{
	if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3f));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

size_t
entity_decode(const char *s, size_t n, char out[8])
{
	size_t i;

	if (n < 3 || s[0] != '&' || s[n - 1] != ';')
		return 0;
	if (s[1] == '#') {
		unsigned long cp = 0;
		int hex = s[2] == 'x' || s[2] == 'X';

		for (i = hex ? 3 : 2; i < n - 1; i++) {
			int c = tolower((unsigned char)s[i]);

			if (hex && isxdigit(c))
				cp = cp * 16 +
				    (unsigned long)(isdigit(c) ? c - '0'
							       : c - 'a' + 10);
			else if (!hex && isdigit(c))
				cp = cp * 10 + (unsigned long)(c - '0');
			else
				return 0;
			if (cp > 0x10ffff)
				cp = 0x110000;
		}
		return utf8_put((unsigned)cp, out);
	}
	for (i = 0; i < sizeof(entities) / sizeof(entities[0]); i++)
		if (strlen(entities[i].name) == n - 2 &&
		    memcmp(entities[i].name, s + 1, n - 2) == 0)
			return utf8_put(entities[i].cp, out);
	return 0;
}

struct tag {
	char name[16];
	int close, selfclose;
};

/* Parse "<name ...>" or "</name>"; 0 when s is not a tag. */
static int
parse_tag(const char *s, size_t n, struct tag *t)
{
	size_t i = 1, k = 0;

	memset(t, 0, sizeof(*t));
	if (n < 3 || s[0] != '<')
		return 0;
	if (s[1] == '/') {
		t->close = 1;
		i = 2;
	}
	while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '-')) {
		if (k + 1 < sizeof(t->name))
			t->name[k++] = (char)tolower((unsigned char)s[i]);
		i++;
	}
	t->name[k] = '\0';
	t->selfclose = n >= 2 && s[n - 2] == '/';
	return k > 0;
}

/* The value of attribute name in tag text s[0, n) into b; 0 if none. */
static int
attr(const char *s, size_t n, const char *name, struct buf *b)
{
	size_t nl = strlen(name), i;

	buf_clear(b);
	for (i = 1; i + nl < n; i++) {
		size_t j;
		char q;

		if (strncasecmp(s + i, name, nl) != 0 ||
		    !isspace((unsigned char)s[i - 1]))
			continue;
		j = i + nl;
		while (j < n && isspace((unsigned char)s[j]))
			j++;
		if (j >= n || s[j] != '=')
			continue;
		j++;
		while (j < n && isspace((unsigned char)s[j]))
			j++;
		q = '\0';
		if (j < n && (s[j] == '"' || s[j] == '\''))
			q = s[j++];
		while (j < n &&
		    (q ? s[j] != q
		       : !isspace((unsigned char)s[j]) && s[j] != '>'))
			buf_add(b, s + j++, 1);
		return 1;
	}
	return 0;
}

static int
style_tag(const char *name, enum span_kind *k)
{
	static const struct {
		const char *name;
		enum span_kind kind;
	} map[] = {
		{ "b", SP_STRONG },
		{ "strong", SP_STRONG },
		{ "i", SP_EM },
		{ "em", SP_EM },
		{ "cite", SP_EM },
		{ "var", SP_EM },
		{ "code", SP_CODE },
		{ "kbd", SP_CODE },
		{ "tt", SP_CODE },
		{ "samp", SP_CODE },
		{ "s", SP_DEL },
		{ "del", SP_DEL },
		{ "strike", SP_DEL },
		{ "u", SP_UNDERLINE },
		{ "ins", SP_UNDERLINE },
		{ "sup", SP_SUP },
		{ "sub", SP_SUB },
		{ "mark", SP_MARK },
		{ "small", SP_NOTE },
	};
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(map[i].name, name) == 0) {
			*k = map[i].kind;
			return 1;
		}
	return 0;
}

static void
media(struct mdr *m, const char *s, size_t n, const struct tag *t)
{
	struct buf b = { 0 };

	if (t->close || !attr(s, n, "src", &b))
		return;
	if (strcmp(t->name, "img") == 0) {
		mdr_flush(m);
		mdr_image(m, b.s, b.len);
	} else {
		size_t k;

		rich_adds(&m->cur, "[");
		rich_adds(&m->cur, t->name);
		rich_adds(&m->cur, ": ");
		k = rich_open(&m->cur, SP_LINK,
		    strncmp(b.s, "http", 4) == 0 ? b.s : NULL);
		rich_add(&m->cur, b.s, b.len);
		rich_close(&m->cur, k);
		rich_adds(&m->cur, "]");
	}
	buf_free(&b);
}

void
html_inline(struct mdr *m, const char *s, size_t n)
{
	struct tag t;
	enum span_kind k;
	struct buf b = { 0 };

	if (!parse_tag(s, n, &t))
		return;
	if (strcmp(t.name, "br") == 0) {
		rich_adds(&m->cur, "\n");
	} else if (strcmp(t.name, "img") == 0 ||
	    strcmp(t.name, "iframe") == 0 || strcmp(t.name, "video") == 0 ||
	    strcmp(t.name, "audio") == 0) {
		if (m->in_cell) {
			if (attr(s, n, "alt", &b) && b.len > 0)
				rich_add(&m->cur, b.s, b.len);
		} else {
			media(m, s, n, &t);
		}
	} else if (strcmp(t.name, "a") == 0) {
		if (t.close)
			mdr_link_close(m);
		else
			mdr_span_open(m, SP_LINK,
			    attr(s, n, "href", &b) &&
				    strncmp(b.s, "http", 4) == 0
				? b.s
				: NULL);
	} else if (style_tag(t.name, &k)) {
		if (t.close)
			mdr_span_close(m, k);
		else if (!t.selfclose)
			mdr_span_open(m, k, NULL);
	}
	buf_free(&b);
}

static int
is_block_tag(const char *name)
{
	static const char *const blocks[] = { "p", "div", "details", "section",
		"article", "header", "footer", "main", "nav", "aside", "ul",
		"ol", "li", "table", "thead", "tbody", "tfoot", "tr",
		"blockquote", "center", "figure", "figcaption", "dl", "dt",
		"dd", "h1", "h2", "h3", "h4", "h5", "h6", "form", "caption",
		"html", "body", "head", "title" };
	size_t i;

	for (i = 0; i < sizeof(blocks) / sizeof(blocks[0]); i++)
		if (strcmp(blocks[i], name) == 0)
			return 1;
	return 0;
}

/* Add text with white space collapsed and entities decoded. */
static void
html_text(struct mdr *m, const char *s, size_t n, int pre, struct buf *code)
{
	size_t i = 0;

	while (i < n) {
		if (s[i] == '&') {
			const char *e =
			    memchr(s + i, ';', n - i < 12 ? n - i : 12);
			char u[8];
			size_t k;

			if (e != NULL &&
			    (k = entity_decode(
				 s + i, (size_t)(e - s - i) + 1, u)) > 0) {
				if (pre)
					buf_add(code, u, k);
				else
					rich_add(&m->cur, u, k);
				i = (size_t)(e - s) + 1;
				continue;
			}
		}
		if (pre) {
			buf_add(code, s + i, 1);
		} else if (isspace((unsigned char)s[i])) {
			if (m->cur.len > 0 &&
			    m->cur.text[m->cur.len - 1] != ' ' &&
			    m->cur.text[m->cur.len - 1] != '\n')
				rich_adds(&m->cur, " ");
		} else {
			rich_add(&m->cur, s + i, 1);
		}
		i++;
	}
}

static const char *
skip_to(const char *s, const char *end, const char *what)
{
	size_t wl = strlen(what);

	for (; s + wl <= end; s++)
		if (strncasecmp(s, what, wl) == 0)
			return s + wl;
	return end;
}

void
html_block(struct mdr *m, const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	struct buf code = { 0 };
	int pre = 0, cells = 0;

	while (p < end) {
		const char *lt = memchr(p, '<', (size_t)(end - p));
		const char *gt;
		struct tag t;

		if (lt == NULL)
			lt = end;
		html_text(m, p, (size_t)(lt - p), pre, &code);
		if (lt == end)
			break;
		if (end - lt >= 4 && memcmp(lt, "<!--", 4) == 0) {
			p = skip_to(lt + 4, end, "-->");
			continue;
		}
		gt = memchr(lt, '>', (size_t)(end - lt));
		if (gt == NULL || !parse_tag(lt, (size_t)(gt - lt) + 1, &t)) {
			html_text(m, lt, 1, pre, &code);
			p = lt + 1;
			continue;
		}
		p = gt + 1;
		if (!t.close &&
		    (strcmp(t.name, "script") == 0 ||
			strcmp(t.name, "style") == 0)) {
			p = skip_to(p, end,
			    t.name[1] == 'c' ? "</script>" : "</style>");
		} else if (strcmp(t.name, "pre") == 0) {
			if (!t.close) {
				mdr_flush(m);
				pre = 1;
				buf_clear(&code);
			} else if (pre) {
				pre = 0;
				doc_code(m->d, code.s ? code.s : "", code.len);
			}
		} else if (pre) {
			continue;
		} else if (strcmp(t.name, "summary") == 0) {
			mdr_flush(m);
			if (!t.close)
				mdr_span_open(m, SP_STRONG, NULL);
			else
				mdr_span_close(m, SP_STRONG);
		} else if (strcmp(t.name, "td") == 0 ||
		    strcmp(t.name, "th") == 0) {
			if (t.close) {
				if (t.name[1] == 'h')
					mdr_span_close(m, SP_STRONG);
				continue;
			}
			if (cells++ > 0)
				rich_adds(&m->cur, " | ");
			if (t.name[1] == 'h')
				mdr_span_open(m, SP_STRONG, NULL);
		} else if (strcmp(t.name, "hr") == 0) {
			mdr_flush(m);
			doc_rule(m->d);
		} else if (t.name[0] == 'h' && t.name[1] >= '1' &&
		    t.name[1] <= '6' && t.name[2] == '\0') {
			mdr_flush(m);
			m->style = t.close
			    ? TS_BODY
			    : (enum text_style)(TS_H2 +
				  (t.name[1] > '5' ? 4 : t.name[1] - '1'));
		} else if (is_block_tag(t.name)) {
			mdr_flush(m);
			if (strcmp(t.name, "tr") == 0)
				cells = 0;
			if (strcmp(t.name, "li") == 0 && !t.close)
				rich_adds(&m->cur, "\xe2\x80\xa2 ");
		} else {
			html_inline(m, lt, (size_t)(gt - lt) + 1);
		}
	}
	if (pre)
		doc_code(m->d, code.s ? code.s : "", code.len);
	mdr_flush(m);
	m->style = TS_BODY;
	while (m->nspan > 0)
		free(m->span[--m->nspan].uri);
	rich_clear(&m->cur);
	buf_free(&code);
}
