/*
 * rich: UTF-8 text with styled spans, the unit of text render-pdf lays
 * out.  Spans are kept in the order they were opened; a span still open
 * when the text is drawn runs to its end.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "etl.h"

void
rich_init(struct rich *r)
{
	memset(r, 0, sizeof(*r));
}

void
rich_clear(struct rich *r)
{
	size_t i;

	for (i = 0; i < r->nspans; i++)
		free(r->spans[i].uri);
	r->len = 0;
	r->nspans = 0;
	if (r->text != NULL)
		r->text[0] = '\0';
}

void
rich_free(struct rich *r)
{
	rich_clear(r);
	free(r->text);
	free(r->spans);
	rich_init(r);
}

void
rich_add(struct rich *r, const char *s, size_t n)
{
	if (r->len + n + 1 > r->cap) {
		size_t cap = r->cap ? r->cap : 256;

		while (cap < r->len + n + 1)
			cap *= 2;
		r->text = xrealloc(r->text, cap);
		r->cap = cap;
	}
	memcpy(r->text + r->len, s, n);
	r->len += n;
	r->text[r->len] = '\0';
}

void
rich_adds(struct rich *r, const char *s)
{
	rich_add(r, s, strlen(s));
}

size_t
rich_open(struct rich *r, enum span_kind kind, const char *uri)
{
	struct span *sp;

	if (r->nspans == r->spancap) {
		r->spancap = r->spancap ? r->spancap * 2 : 16;
		r->spans = xrealloc(r->spans, r->spancap * sizeof(*r->spans));
	}
	sp = &r->spans[r->nspans];
	sp->start = r->len;
	sp->end = (size_t)-1;
	sp->kind = kind;
	sp->uri = uri != NULL ? xstrdup(uri) : NULL;
	return r->nspans++;
}

void
rich_close(struct rich *r, size_t i)
{
	if (i < r->nspans)
		r->spans[i].end = r->len;
}

int
rich_blank(const struct rich *r)
{
	size_t i;

	for (i = 0; i < r->len; i++)
		if (r->text[i] != ' ' && r->text[i] != '\n' &&
		    r->text[i] != '\t' && r->text[i] != '\r')
			return 0;
	return 1;
}

/* The length of the UTF-8 sequence its lead byte c announces, 0 if none. */
static size_t
seq_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return 2;
	if (c >= 0xe0 && c <= 0xef)
		return 3;
	if (c >= 0xf0 && c <= 0xf4)
		return 4;
	return 0;
}

char *
utf8_repair(const char *s, size_t n, size_t *outn)
{
	char *out = xmalloc(n * 3 + 1);
	size_t i = 0, j = 0, k;

	while (i < n) {
		k = seq_len((unsigned char)s[i]);
		if (k > 0 && k <= n - i && utf8_valid(s + i, k)) {
			memcpy(out + j, s + i, k);
			j += k;
			i += k;
		} else {
			memcpy(out + j, "\xef\xbf\xbd", 3);
			j += 3;
			i++;
		}
	}
	out[j] = '\0';
	if (outn != NULL)
		*outn = j;
	return out;
}

char *
utf8_repairs(const char *s)
{
	return utf8_repair(s, strlen(s), NULL);
}

void
utf8_mask(char *s, size_t n)
{
	size_t i = 0, k;

	while (i < n) {
		k = seq_len((unsigned char)s[i]);
		if (k > 0 && k <= n - i && utf8_valid(s + i, k))
			i += k;
		else
			s[i++] = '?';
	}
}
