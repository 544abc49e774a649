/*
 * md: a guide page's markdown into doc blocks.
 *
 * First a pass over the lines for what md4c does not know: |||kind
 * callouts (|||guidance only for teachers), {Label|assessment}(TASKID)
 * embeds, {Label}(command) buttons and [text](open_file ...) action
 * links (kept as plain labels), and [^label] footnotes (numbered, their
 * text listed after the page).  Fenced code is passed through untouched.
 * The markdown between callout edges and embeds goes to md4c (CommonMark
 * with GitHub tables, strike-through, task lists, autolinks and $math$);
 * its events become rich text and doc blocks.
 */
#include <ctype.h>
#include <err.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <md4c.h>

#include "etl.h"
#include "render.h"

#define MAXCALLOUT 32

void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;

		while (cap < b->len + n + 1)
			cap *= 2;
		b->s = xrealloc(b->s, cap);
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_clear(struct buf *b)
{
	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}

void
buf_free(struct buf *b)
{
	free(b->s);
	memset(b, 0, sizeof(*b));
}

void
mdr_flush(struct mdr *m)
{
	int i;

	if (m->in_cell)
		return;
	if (m->cur.len > 0)
		doc_text(m->d, &m->cur, m->style);
	rich_clear(&m->cur);
	/* Spans still open go on in the next block. */
	for (i = 0; i < m->nspan; i++)
		m->span[i].idx =
		    rich_open(&m->cur, m->span[i].kind, m->span[i].uri);
}

void
mdr_span_open(struct mdr *m, enum span_kind kind, const char *uri)
{
	size_t idx = rich_open(&m->cur, kind, uri);

	if (m->nspan == MAXSPAN)
		return;
	m->span[m->nspan].kind = kind;
	m->span[m->nspan].uri = uri != NULL ? xstrdup(uri) : NULL;
	m->span[m->nspan].idx = idx;
	m->nspan++;
}

void
mdr_span_close(struct mdr *m, enum span_kind kind)
{
	int i;

	for (i = m->nspan - 1; i >= 0; i--)
		if (m->span[i].kind == kind)
			break;
	if (i < 0)
		return;
	rich_close(&m->cur, m->span[i].idx);
	free(m->span[i].uri);
	memmove(&m->span[i], &m->span[i + 1],
	    (size_t)(m->nspan - i - 1) * sizeof(m->span[0]));
	m->nspan--;
}

/*
 * Close the innermost link, then show its address for print unless the
 * text already is it.
 */
void
mdr_link_close(struct mdr *m)
{
	int i;
	char *uri = NULL;
	size_t start = 0;

	for (i = m->nspan - 1; i >= 0; i--)
		if (m->span[i].kind == SP_LINK)
			break;
	if (i >= 0 && m->span[i].uri != NULL) {
		uri = xstrdup(m->span[i].uri);
		start = m->cur.spans[m->span[i].idx].start;
	}
	mdr_span_close(m, SP_LINK);
	if (uri != NULL &&
	    (m->cur.len - start != strlen(uri) ||
		memcmp(m->cur.text + start, uri, strlen(uri)) != 0)) {
		const char *show = uri;
		size_t k;

		if (strncmp(show, "mailto:", 7) == 0 &&
		    m->cur.len - start == strlen(show + 7) &&
		    memcmp(m->cur.text + start, show + 7, strlen(show + 7)) ==
			0)
			show = NULL;
		if (show != NULL) {
			rich_adds(&m->cur, " ");
			k = rich_open(&m->cur, SP_NOTE, NULL);
			rich_adds(&m->cur, "(");
			rich_adds(&m->cur, show);
			rich_adds(&m->cur, ")");
			rich_close(&m->cur, k);
		}
	}
	free(uri);
}

static const char *
image_kind(const unsigned char *p, size_t n)
{
	size_t i;

	if (n >= 8 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0)
		return "png";
	if (n >= 3 && p[0] == 0xff && p[1] == 0xd8 && p[2] == 0xff)
		return "jpeg";
	if (n >= 6 && memcmp(p, "GIF8", 4) == 0)
		return "gif";
	if (n >= 5 && memcmp(p, "%PDF-", 5) == 0)
		return "pdf";
	if (n >= 2 && p[0] == 'B' && p[1] == 'M')
		return "bmp";
	for (i = 0; i + 4 <= n && i < 4096; i++)
		if (memcmp(p + i, "<svg", 4) == 0)
			return "svg";
	return NULL;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/*
 * An image by its source text: a path from the tree's root (%XX decoded,
 * "./" and a "#frag" or "?query" dropped) read only inside the tree, or a
 * URL, which is never fetched (Codio's box URL maps to the root).
 */
void
mdr_image(struct mdr *m, const char *src, size_t n)
{
	static const char box[] = "https://global-pixel.codio.io/";
	char *path = xmalloc(n + 1), *data = NULL;
	const char *kind;
	size_t i, j = 0, len = 0;
	int rc;

	if (n >= sizeof(box) - 1 && memcmp(src, box, sizeof(box) - 1) == 0) {
		src += sizeof(box) - 1;
		n -= sizeof(box) - 1;
	} else if (n > 7 &&
	    (memcmp(src, "http://", 7) == 0 ||
		memcmp(src, "https:/", 7) == 0)) {
		memcpy(path, src, n);
		path[n] = '\0';
		doc_image(
		    m->d, NULL, 0, "image not fetched (on the web)", path);
		free(path);
		return;
	}
	for (i = 0; i < n && src[i] != '?' && src[i] != '#'; i++) {
		if (src[i] == '%' && i + 2 < n && hexval(src[i + 1]) >= 0 &&
		    hexval(src[i + 2]) >= 0) {
			path[j++] = (char)(hexval(src[i + 1]) * 16 +
			    hexval(src[i + 2]));
			i += 2;
		} else {
			path[j++] = src[i];
		}
	}
	path[j] = '\0';
	while (path[0] == '.' && path[1] == '/')
		memmove(path, path + 2, strlen(path + 2) + 1);
	rc = guide_read_file(
	    m->o->g->realroot, path, GUIDE_MAX_FILE, &data, &len);
	if (rc != GUIDE_OK) {
		char why[96];

		(void)snprintf(why, sizeof(why), "image not shown (%s)",
		    guide_strerror(rc));
		doc_image(m->d, NULL, 0, why, path);
	} else if ((kind = image_kind((unsigned char *)data, len)) == NULL) {
		doc_image(m->d, (unsigned char *)"", 0, "unknown", path);
	} else {
		doc_image(m->d, (unsigned char *)data, len, kind, path);
	}
	free(data);
	free(path);
}

static void
attr_text(const MD_ATTRIBUTE *a, struct buf *b)
{
	unsigned i;

	buf_clear(b);
	if (a->text == NULL)
		return;
	for (i = 0; a->substr_offsets[i] < a->size; i++) {
		const char *s = a->text + a->substr_offsets[i];
		size_t n = a->substr_offsets[i + 1] - a->substr_offsets[i];
		char u[8];
		size_t k;

		if (a->substr_types[i] == MD_TEXT_ENTITY &&
		    (k = entity_decode(s, n, u)) > 0)
			buf_add(b, u, k);
		else
			buf_add(b, s, n);
	}
}

static int
printable_uri(const char *u)
{
	return strncmp(u, "http://", 7) == 0 ||
	    strncmp(u, "https://", 8) == 0 || strncmp(u, "mailto:", 7) == 0 ||
	    strncmp(u, "ftp://", 6) == 0;
}

static const char *const bullets[] = { "\xe2\x80\xa2", "\xe2\x97\xa6",
	"\xe2\x96\xaa" };

static int
enter_block(MD_BLOCKTYPE t, void *detail, void *ud)
{
	struct mdr *m = ud;
	char mk[48];

	if (t != MD_BLOCK_TH && t != MD_BLOCK_TD)
		mdr_flush(m);
	switch (t) {
	case MD_BLOCK_QUOTE:
		doc_box_begin(m->d, BOX_QUOTE, NULL);
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		if (m->nlist < MAXLIST) {
			m->list[m->nlist].ordered = t == MD_BLOCK_OL;
			if (t == MD_BLOCK_OL) {
				MD_BLOCK_OL_DETAIL *o = detail;

				m->list[m->nlist].next = o->start;
				m->list[m->nlist].delim = o->mark_delimiter;
			}
		}
		m->nlist++;
		break;
	case MD_BLOCK_LI: {
		MD_BLOCK_LI_DETAIL *li = detail;
		int k = m->nlist > MAXLIST ? MAXLIST - 1 : m->nlist - 1;

		if (li->is_task)
			(void)snprintf(mk, sizeof(mk), "%s",
			    li->task_mark == ' ' ? "\xe2\x98\x90"
						 : "\xe2\x98\x91");
		else if (k >= 0 && m->list[k].ordered)
			(void)snprintf(mk, sizeof(mk), "%u%c",
			    m->list[k].next++, m->list[k].delim);
		else
			(void)snprintf(
			    mk, sizeof(mk), "%s", bullets[(k < 0 ? 0 : k) % 3]);
		doc_item_begin(m->d, mk);
		break;
	}
	case MD_BLOCK_HR:
		doc_rule(m->d);
		break;
	case MD_BLOCK_H: {
		MD_BLOCK_H_DETAIL *h = detail;
		unsigned lv = h->level > 5 ? 5 : h->level;

		m->style = (enum text_style)(TS_H2 + lv - 1);
		break;
	}
	case MD_BLOCK_CODE:
		m->in_code = 1;
		buf_clear(&m->code);
		break;
	case MD_BLOCK_HTML:
		m->in_html = 1;
		buf_clear(&m->html);
		break;
	case MD_BLOCK_TABLE:
		table_free(m->tab);
		m->tab = table_new();
		break;
	case MD_BLOCK_TH:
	case MD_BLOCK_TD: {
		MD_BLOCK_TD_DETAIL *td = detail;

		rich_clear(&m->cur);
		m->in_cell = 1;
		m->cell_header = t == MD_BLOCK_TH;
		m->cell_align = (int)td->align;
		break;
	}
	default:
		break;
	}
	return 0;
}

static int
leave_block(MD_BLOCKTYPE t, void *detail, void *ud)
{
	struct mdr *m = ud;

	(void)detail;
	switch (t) {
	case MD_BLOCK_QUOTE:
		mdr_flush(m);
		doc_box_end(m->d);
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		mdr_flush(m);
		m->nlist--;
		doc_space(m->d, 4);
		break;
	case MD_BLOCK_LI:
		mdr_flush(m);
		doc_item_end(m->d);
		break;
	case MD_BLOCK_CODE:
		m->in_code = 0;
		doc_code(m->d, m->code.s ? m->code.s : "", m->code.len);
		break;
	case MD_BLOCK_HTML:
		m->in_html = 0;
		html_block(m, m->html.s ? m->html.s : "", m->html.len);
		break;
	case MD_BLOCK_TH:
	case MD_BLOCK_TD:
		if (m->tab != NULL)
			table_cell(
			    m->tab, &m->cur, m->cell_header, m->cell_align);
		m->in_cell = 0;
		rich_clear(&m->cur);
		break;
	case MD_BLOCK_TR:
		if (m->tab != NULL)
			table_row_end(m->tab);
		break;
	case MD_BLOCK_TABLE:
		if (m->tab != NULL)
			doc_table(m->d, m->tab);
		table_free(m->tab);
		m->tab = NULL;
		break;
	default:
		mdr_flush(m);
		break;
	}
	m->style = TS_BODY;
	return 0;
}

static int
enter_span(MD_SPANTYPE t, void *detail, void *ud)
{
	struct mdr *m = ud;
	struct buf b = { 0 };

	if (m->in_img) {
		m->in_img++;
		return 0;
	}
	switch (t) {
	case MD_SPAN_EM:
		mdr_span_open(m, SP_EM, NULL);
		break;
	case MD_SPAN_STRONG:
		mdr_span_open(m, SP_STRONG, NULL);
		break;
	case MD_SPAN_CODE:
		mdr_span_open(m, SP_CODE, NULL);
		break;
	case MD_SPAN_DEL:
		mdr_span_open(m, SP_DEL, NULL);
		break;
	case MD_SPAN_U:
		mdr_span_open(m, SP_UNDERLINE, NULL);
		break;
	case MD_SPAN_LATEXMATH:
	case MD_SPAN_LATEXMATH_DISPLAY:
		mdr_span_open(m, SP_MATH, NULL);
		break;
	case MD_SPAN_A: {
		MD_SPAN_A_DETAIL *a = detail;

		attr_text(&a->href, &b);
		mdr_span_open(
		    m, SP_LINK, b.s != NULL && printable_uri(b.s) ? b.s : NULL);
		buf_free(&b);
		break;
	}
	case MD_SPAN_IMG: {
		MD_SPAN_IMG_DETAIL *im = detail;

		attr_text(&im->src, &m->imgsrc);
		if (m->in_cell) {
			/* A picture in a table cell shows as its alt text. */
			mdr_span_open(m, SP_NOTE, NULL);
			break;
		}
		m->in_img = 1;
		break;
	}
	default:
		break;
	}
	return 0;
}

static int
leave_span(MD_SPANTYPE t, void *detail, void *ud)
{
	struct mdr *m = ud;

	(void)detail;
	if (m->in_img) {
		if (--m->in_img == 0) {
			mdr_flush(m);
			mdr_image(
			    m, m->imgsrc.s ? m->imgsrc.s : "", m->imgsrc.len);
		}
		return 0;
	}
	switch (t) {
	case MD_SPAN_EM:
		mdr_span_close(m, SP_EM);
		break;
	case MD_SPAN_STRONG:
		mdr_span_close(m, SP_STRONG);
		break;
	case MD_SPAN_CODE:
		mdr_span_close(m, SP_CODE);
		break;
	case MD_SPAN_DEL:
		mdr_span_close(m, SP_DEL);
		break;
	case MD_SPAN_U:
		mdr_span_close(m, SP_UNDERLINE);
		break;
	case MD_SPAN_LATEXMATH:
	case MD_SPAN_LATEXMATH_DISPLAY:
		mdr_span_close(m, SP_MATH);
		break;
	case MD_SPAN_A:
		mdr_link_close(m);
		break;
	case MD_SPAN_IMG:
		mdr_span_close(m, SP_NOTE);
		break;
	default:
		break;
	}
	return 0;
}

static int
text(MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *ud)
{
	struct mdr *m = ud;
	char u[8];
	size_t k;

	if (m->in_code) {
		buf_add(&m->code, s, n);
		return 0;
	}
	if (m->in_html) {
		buf_add(&m->html, s, n);
		return 0;
	}
	if (m->in_img)
		return 0;
	switch (t) {
	case MD_TEXT_NULLCHAR:
		rich_adds(&m->cur, "\xef\xbf\xbd");
		break;
	case MD_TEXT_BR:
		rich_adds(&m->cur, "\n");
		break;
	case MD_TEXT_SOFTBR:
		rich_adds(&m->cur, " ");
		break;
	case MD_TEXT_ENTITY:
		if ((k = entity_decode(s, n, u)) > 0)
			rich_add(&m->cur, u, k);
		else
			rich_add(&m->cur, s, n);
		break;
	case MD_TEXT_HTML:
		/* A tag split over lines comes in pieces, one a line. */
		if (m->tagpart.len > 0 || (n > 0 && s[n - 1] != '>')) {
			if (m->tagpart.len > 0)
				buf_add(&m->tagpart, " ", 1);
			buf_add(&m->tagpart, s, n);
			if (n > 0 && s[n - 1] == '>') {
				html_inline(m, m->tagpart.s, m->tagpart.len);
				buf_clear(&m->tagpart);
			}
			break;
		}
		html_inline(m, s, n);
		break;
	default:
		rich_add(&m->cur, s, n);
		break;
	}
	return 0;
}

void
render_md4c(struct mdr *m, const char *s, size_t n)
{
	MD_PARSER p;

	memset(&p, 0, sizeof(p));
	p.flags = MD_DIALECT_GITHUB | MD_FLAG_LATEXMATHSPANS;
	p.enter_block = enter_block;
	p.leave_block = leave_block;
	p.enter_span = enter_span;
	p.leave_span = leave_span;
	p.text = text;
	(void)md_parse(s, (MD_SIZE)n, &p, m);
	buf_clear(&m->tagpart);
	mdr_flush(m);
	while (m->nspan > 0)
		free(m->span[--m->nspan].uri);
	rich_clear(&m->cur);
	m->style = TS_BODY;
}

/* ---- The Codio layer ---- */

struct pre {
	struct mdr *m;
	struct buf seg; /* markdown waiting for md4c */
	int callout[MAXCALLOUT];
	int ncallout;
	int skip; /* depth of hidden callouts (guidance for students) */
	/* A callout opened, drawn at its first line (a heading: its title). */
	int pending;
	int pending_guidance;
	char pending_title[64];
	char fence;
	size_t fence_len;
	unsigned long lineno;	 /* of the line at hand */
	unsigned long open_line; /* where the outermost open callout began */
	unsigned long skip_line; /* where the hidden callout began */
};

static void
seg_flush(struct pre *p)
{
	if (p->seg.len > 0)
		render_md4c(p->m, p->seg.s, p->seg.len);
	buf_clear(&p->seg);
}

static size_t
indent(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && i < 4 && s[i] == ' ')
		i++;
	return i;
}

/* A fence opener or closer: returns its length, 0 when none. */
static size_t
fence_run(const char *s, size_t n, char *c)
{
	size_t i = indent(s, n), k = i;

	if (i > 3 || i >= n || (s[i] != '`' && s[i] != '~'))
		return 0;
	while (k < n && s[k] == s[i])
		k++;
	if (k - i < 3)
		return 0;
	*c = s[i];
	return k - i;
}

static int
footnote_num(struct mdr *m, const char *label, size_t n)
{
	size_t i;

	for (i = 0; i < m->nnotes; i++)
		if (strlen(m->notes[i].label) == n &&
		    memcmp(m->notes[i].label, label, n) == 0)
			return m->notes[i].num;
	m->notes = xrealloc(m->notes, (m->nnotes + 1) * sizeof(*m->notes));
	m->notes[m->nnotes].label = xmalloc(n + 1);
	memcpy(m->notes[m->nnotes].label, label, n);
	m->notes[m->nnotes].label[n] = '\0';
	m->notes[m->nnotes].text = NULL;
	m->notes[m->nnotes].num = (int)m->nnotes + 1;
	return (int)++m->nnotes;
}

/*
 * One line outside code, with the inline extras rewritten into seg:
 * buttons and action links as labels, footnote references as
 * superscript numbers.  Backtick code spans are left alone.
 */
static void
inline_line(struct pre *p, const char *s, size_t n)
{
	size_t i = 0, tick = 0;

	while (i < n) {
		const char *c = s + i;
		size_t rest = n - i, k;

		if (*c == '`') {
			for (k = 0; k < rest && c[k] == '`'; k++)
				;
			if (tick == 0)
				tick = k;
			else if (tick == k)
				tick = 0;
			buf_add(&p->seg, c, k);
			i += k;
			continue;
		}
		if (tick != 0) {
			buf_add(&p->seg, c, 1);
			i++;
			continue;
		}
		/*
		 * {Label}(command) or {Label | kind}(command): a button,
		 * shown as its label.  A brace right after a letter, a
		 * backslash or the like is TeX ($\mathcal{O}(n)$), not one.
		 */
		if (*c == '{' &&
		    (i == 0 ||
			(!isalnum((unsigned char)c[-1]) &&
			    strchr("\\_^}$", c[-1]) == NULL))) {
			const char *e = memchr(c, '}', rest);

			if (e != NULL && e + 1 < s + n && e[1] == '(' &&
			    memchr(c + 1, '{', (size_t)(e - c - 1)) == NULL) {
				const char *q =
				    memchr(e, ')', (size_t)(s + n - e));

				if (q != NULL) {
					const char *bar =
					    memchr(c, '|', (size_t)(e - c));
					const char *le = bar != NULL ? bar : e;

					while (le > c + 1 && le[-1] == ' ')
						le--;
					buf_add(&p->seg, "**\\[", 4);
					buf_add(&p->seg, c + 1,
					    (size_t)(le - c - 1));
					buf_add(&p->seg, "\\]**", 4);
					i = (size_t)(q - s) + 1;
					continue;
				}
			}
		}
		/* [^label]: a footnote reference. */
		if (rest > 3 && c[0] == '[' && c[1] == '^') {
			const char *e = memchr(c, ']', rest);

			if (e != NULL && e > c + 2 &&
			    memchr(c, ' ', (size_t)(e - c)) == NULL) {
				char num[40];
				int f = footnote_num(
				    p->m, c + 2, (size_t)(e - c - 2));

				(void)snprintf(
				    num, sizeof(num), "<sup>%d</sup>", f);
				buf_add(&p->seg, num, strlen(num));
				i = (size_t)(e - s) + 1;
				continue;
			}
		}
		/* [text](open_file x panel=0): an action, shown as text. */
		if (*c == ']' && rest > 2 && c[1] == '(') {
			size_t w = 2;

			while (w < rest &&
			    (islower((unsigned char)c[w]) || c[w] == '_'))
				w++;
			if (w > 2 && w < rest && (c[w] == ' ' || c[w] == ')') &&
			    (memchr(c + 2, '_', w - 2) != NULL ||
				(w - 2 == 3 && memcmp(c + 2, "cmd", 3) == 0))) {
				const char *q = memchr(c + w, ')', rest - w);
				const char *o;

				/* Drop the "[" that opened the text. */
				for (o = p->seg.s + p->seg.len;
				     o > p->seg.s && o[-1] != '['; o--)
					;
				if (q != NULL && o > p->seg.s) {
					size_t at = (size_t)(o - p->seg.s) - 1;

					memmove(p->seg.s + at,
					    p->seg.s + at + 1,
					    p->seg.len - at - 1);
					p->seg.len--;
					p->seg.s[p->seg.len] = '\0';
					i = (size_t)(q - s) + 1;
					continue;
				}
			}
		}
		buf_add(&p->seg, c, 1);
		i++;
	}
	buf_add(&p->seg, "\n", 1);
}

/* [^label]: text, a footnote's definition. */
static int
footnote_def(struct pre *p, const char *s, size_t n)
{
	size_t i = indent(s, n);
	const char *e;
	struct footnote *f;
	int num;

	if (i > 3 || n - i < 5 || s[i] != '[' || s[i + 1] != '^')
		return 0;
	e = memchr(s + i, ']', n - i);
	if (e == NULL || e + 1 >= s + n || e[1] != ':' || e == s + i + 2)
		return 0;
	num = footnote_num(p->m, s + i + 2, (size_t)(e - s - i - 2));
	f = &p->m->notes[num - 1];
	free(f->text);
	e += 2;
	while (e < s + n && *e == ' ')
		e++;
	f->text = xmalloc((size_t)(s + n - e) + 1);
	memcpy(f->text, e, (size_t)(s + n - e));
	f->text[s + n - e] = '\0';
	return 1;
}

static void
callout_open(struct pre *p, const char *kind, size_t n)
{
	int guidance = n == 8 && strncasecmp(kind, "guidance", 8) == 0;
	char title[64];
	size_t i;

	if (p->skip > 0 || (guidance && !p->m->o->teacher)) {
		if (p->skip++ == 0)
			p->skip_line = p->lineno;
		return;
	}
	if (p->ncallout == 0)
		p->open_line = p->lineno;
	seg_flush(p);
	if (n > 40)
		n = 40;
	if (guidance) {
		(void)snprintf(
		    title, sizeof(title), "Guidance (teacher notes)");
	} else {
		memcpy(title, kind, n);
		title[n] = '\0';
		title[0] = (char)toupper((unsigned char)title[0]);
		for (i = 0; i < n; i++)
			if (title[i] == '-' || title[i] == '_')
				title[i] = ' ';
	}
	if (p->ncallout < MAXCALLOUT)
		p->callout[p->ncallout] = guidance;
	p->ncallout++;
	p->pending = 1;
	p->pending_guidance = guidance;
	(void)snprintf(p->pending_title, sizeof(p->pending_title), "%s", title);
}

/* Draw the callout opened last, titled by heading h (or its kind). */
static void
callout_start(struct pre *p, const char *h, size_t n)
{
	char title[512];

	p->pending = 0;
	if (h != NULL) {
		if (n > 400)
			n = 400;
		(void)snprintf(title, sizeof(title), "%s%.*s",
		    p->pending_guidance ? "Guidance (teacher notes): " : "",
		    (int)n, h);
	}
	doc_box_begin(p->m->d, p->pending_guidance ? BOX_TEACHER : BOX_CALLOUT,
	    h != NULL ? title : p->pending_title);
}

static void
callout_close(struct pre *p)
{
	if (p->skip > 0) {
		p->skip--;
		return;
	}
	if (p->ncallout == 0)
		return;
	seg_flush(p);
	if (p->pending)
		callout_start(p, NULL, 0);
	p->ncallout--;
	doc_box_end(p->m->d);
}

/* One line outside fenced code. */
static void
codio_line(struct pre *p, const char *s, size_t n)
{
	size_t i = indent(s, n), pos = 0, done = 0, q;
	struct guide_embed e;

	/* A callout's edge counts inside a quote too ("> |||guidance"). */
	for (q = i; i <= 3 && q < n && s[q] == '>';) {
		q++;
		while (q < n && (s[q] == ' ' || s[q] == '\t'))
			q++;
	}
	if (q > i && n - q >= 3 && memcmp(s + q, "|||", 3) == 0)
		i = q;
	if (i <= 3 && n - i >= 3 && memcmp(s + i, "|||", 3) == 0) {
		const char *k = s + i + 3, *end = s + n;

		while (k < end && (*k == ' ' || *k == '\t'))
			k++;
		while (end > k && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		if (k == end)
			callout_close(p);
		else
			callout_open(p, k, (size_t)(end - k));
		return;
	}
	if (p->skip > 0)
		return;
	if (p->pending) {
		const char *h = s + i, *end = s + n;

		if (h == end)
			return;
		if (*h == '#') {
			while (h < end && *h == '#')
				h++;
			while (h < end && *h == ' ')
				h++;
			while (end > h && (end[-1] == ' ' || end[-1] == '#'))
				end--;
			callout_start(p, h, (size_t)(end - h));
			return;
		}
		callout_start(p, NULL, 0);
	}
	if (footnote_def(p, s, n))
		return;
	while (guide_next_embed(s, n, &pos, &e)) {
		if (e.start > done)
			inline_line(p, s + done, e.start - done);
		seg_flush(p);
		render_assessment(p->m, s + e.task_id, e.task_id_len);
		done = e.end;
	}
	if (done == 0)
		inline_line(p, s, n);
	else if (done < n)
		inline_line(p, s + done, n - done);
}

static void
footnotes(struct mdr *m)
{
	struct buf b = { 0 };
	size_t i;
	char num[32];

	if (m->nnotes == 0)
		return;
	doc_rule(m->d);
	for (i = 0; i < m->nnotes; i++) {
		(void)snprintf(num, sizeof(num), "%d.", m->notes[i].num);
		doc_item_begin(m->d, num);
		buf_clear(&b);
		if (m->notes[i].text != NULL)
			buf_add(&b, m->notes[i].text, strlen(m->notes[i].text));
		render_md4c(m, b.s != NULL ? b.s : "", b.len);
		doc_item_end(m->d);
	}
	buf_free(&b);
}

void
render_markdown(
    struct doc *d, const struct render_opts *o, const char *s, size_t n)
{
	struct mdr m;
	struct pre p;
	size_t at = 0, i;

	memset(&m, 0, sizeof(m));
	memset(&p, 0, sizeof(p));
	m.d = d;
	m.o = o;
	rich_init(&m.cur);
	p.m = &m;
	while (at < n) {
		const char *nl = memchr(s + at, '\n', n - at);
		size_t len = nl != NULL ? (size_t)(nl - s - at) : n - at;
		size_t ln = len;
		char c;
		size_t f;

		if (ln > 0 && s[at + ln - 1] == '\r')
			ln--;
		p.lineno++;
		if (p.fence != 0) {
			if (p.skip == 0) {
				buf_add(&p.seg, s + at, ln);
				buf_add(&p.seg, "\n", 1);
			}
			f = fence_run(s + at, ln, &c);
			if (f >= p.fence_len && c == p.fence)
				p.fence = 0;
		} else if ((f = fence_run(s + at, ln, &c)) > 0 &&
		    (c == '~' || memchr(s + at + f, '`', ln - f) == NULL)) {
			if (p.pending && p.skip == 0)
				callout_start(&p, NULL, 0);
			p.fence = c;
			p.fence_len = f;
			if (p.skip == 0) {
				buf_add(&p.seg, s + at, ln);
				buf_add(&p.seg, "\n", 1);
			}
		} else {
			codio_line(&p, s + at, ln);
		}
		at += len + (nl != NULL);
	}
	seg_flush(&p);
	if (p.pending)
		callout_start(&p, NULL, 0);
	if (p.ncallout > 0 || p.skip > 0)
		warnx("%s/%s:%lu: callout not closed by a ||| line%s",
		    o->g->root, o->page,
		    p.ncallout > 0 ? p.open_line : p.skip_line,
		    p.ncallout > 0 ? "" : ": hidden to the end of the page");
	while (p.ncallout > 0) {
		p.ncallout--;
		doc_box_end(d);
	}
	footnotes(&m);
	for (i = 0; i < m.nnotes; i++) {
		free(m.notes[i].label);
		free(m.notes[i].text);
	}
	free(m.notes);
	buf_free(&p.seg);
	buf_free(&m.code);
	buf_free(&m.html);
	buf_free(&m.imgsrc);
	buf_free(&m.tagpart);
	table_free(m.tab);
	rich_free(&m.cur);
}

void
render_html(struct doc *d, const struct render_opts *o, const char *s, size_t n)
{
	struct mdr m;

	memset(&m, 0, sizeof(m));
	m.d = d;
	m.o = o;
	rich_init(&m.cur);
	html_block(&m, s, n);
	buf_free(&m.code);
	buf_free(&m.html);
	buf_free(&m.imgsrc);
	buf_free(&m.tagpart);
	rich_free(&m.cur);
}
