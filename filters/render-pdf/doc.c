/*
 * doc: lay out blocks with pango and draw them with cairo into a PDF,
 * page by page (see doc.h for the contract).
 *
 * Coordinates are PDF points, y growing down the page.  Every vertical
 * move goes through advance(), which paints the bars and tints of the
 * containers open at that height, so a box may run across pages.  A
 * page is shown (written out) as soon as it is full; only the block
 * being drawn is held.  Long texts are cut into chunks of at most CHUNK
 * bytes at line or word boundaries before pango sees them, as pango's
 * cost for one huge paragraph grows faster than its length.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>
#include <poppler.h>

#include "doc.h"
#include "etl.h"

#define MARGIN_X 56.0
#define MARGIN_TOP 56.0
#define MARGIN_BOTTOM 62.0
#define CHUNK 8192
#define MAXBOX 64
#define PAD 4.0
#define MAX_PIXELS 40e6 /* a larger picture is not decoded */
#define PRINT_DPI 300.0 /* pictures keep no more pixels than this needs */

#define FONT_SANS "Noto Sans, DejaVu Sans, Noto Sans CJK SC"
#define FONT_MONO "DejaVu Sans Mono, Noto Sans Mono, Noto Sans Mono CJK SC"
#define FONT_MATH "DejaVu Serif, Noto Serif"

struct box {
	enum box_kind kind;
	double x0;    /* left edge of the box */
	double inner; /* left edge of what it holds */
	double rpad;  /* room kept on the right */
};

struct doc {
	FILE *out;
	cairo_surface_t *surf;
	cairo_t *cr;
	PangoContext *pc;
	double pw, ph;
	double top, bottom;
	double y;
	double pending; /* vertical space owed before the next block */
	int page;
	int page_used; /* something drawn on the current page */
	struct box box[MAXBOX];
	int nbox;
	int deep; /* boxes past MAXBOX, not drawn */
	char *marker;
	int write_failed;
	/* Pictures decoded so far, so that one used again is stored once. */
	struct picture *pics;
	size_t npics, piccap;
};

/* A decoded raster picture, by its file's bytes. */
struct picture {
	unsigned char *data; /* a copy of the file, to tell pictures apart */
	size_t len;
	uint64_t hash;
	int w, h;      /* its size in pixels as the file gives it */
	int jpeg_kept; /* carries the JPEG stream itself */
	cairo_surface_t *s;
	/*
	 * The surfaces drawn, and the page each was drawn on last.  cairo
	 * 1.16 names an image twice in a page's resources when it is drawn
	 * twice there, so a page drawing the picture again takes a copy:
	 * the PDF holds it as often as the most uses on one page.
	 */
	cairo_surface_t **use;
	int *use_page;
	size_t nuse;
};

struct table_cell {
	struct rich r;
	size_t row;
	int header, align;
};

struct table {
	struct table_cell *cell;
	size_t n, cap;
	size_t nrows;
};

static cairo_status_t
write_out(void *closure, const unsigned char *data, unsigned int len)
{
	struct doc *d = closure;

	if (fwrite(data, 1, len, d->out) != len) {
		d->write_failed = 1;
		return CAIRO_STATUS_WRITE_ERROR;
	}
	return CAIRO_STATUS_SUCCESS;
}

struct doc *
doc_open(FILE *out, const struct doc_opts *o)
{
	struct doc *d = xcalloc(1, sizeof(*d));
	cairo_font_options_t *fo;
	char date[TIMEBUF];

	d->out = out;
	d->pw = o->page_w;
	d->ph = o->page_h;
	d->top = MARGIN_TOP;
	d->bottom = o->page_h - MARGIN_BOTTOM;
	d->y = d->top;
	d->page = 1;
	d->surf =
	    cairo_pdf_surface_create_for_stream(write_out, d, d->pw, d->ph);
	cairo_pdf_surface_restrict_to_version(d->surf, CAIRO_PDF_VERSION_1_5);
	format_utc(o->now, date);
	cairo_pdf_surface_set_metadata(
	    d->surf, CAIRO_PDF_METADATA_CREATE_DATE, date);
	cairo_pdf_surface_set_metadata(
	    d->surf, CAIRO_PDF_METADATA_CREATOR, "render-pdf (course-exports)");
	if (o->title != NULL)
		cairo_pdf_surface_set_metadata(
		    d->surf, CAIRO_PDF_METADATA_TITLE, o->title);
	d->cr = cairo_create(d->surf);
	/*
	 * cairo 1.16 writes link annotations outside any structure
	 * element with a dangling reference; one element around the whole
	 * document keeps the file valid.
	 */
	cairo_tag_begin(d->cr, "Document", "");
	d->pc = pango_cairo_create_context(d->cr);
	fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(d->pc, fo);
	cairo_font_options_destroy(fo);
	return d;
}

static void
footer(struct doc *d)
{
	PangoLayout *l = pango_layout_new(d->pc);
	PangoFontDescription *fd =
	    pango_font_description_from_string(FONT_SANS " 8");
	char num[32];
	int w, h;

	(void)snprintf(num, sizeof(num), "%d", d->page);
	pango_layout_set_font_description(l, fd);
	pango_layout_set_text(l, num, -1);
	pango_layout_get_size(l, &w, &h);
	cairo_set_source_rgb(d->cr, 0.4, 0.4, 0.4);
	cairo_move_to(d->cr, (d->pw - (double)w / PANGO_SCALE) / 2,
	    d->ph - MARGIN_BOTTOM / 2);
	pango_cairo_show_layout(d->cr, l);
	cairo_set_source_rgb(d->cr, 0, 0, 0);
	pango_font_description_free(fd);
	g_object_unref(l);
}

static void
new_page(struct doc *d)
{
	footer(d);
	cairo_show_page(d->cr);
	d->page++;
	d->y = d->top;
	d->pending = 0;
	d->page_used = 0;
}

int
doc_close(struct doc *d)
{
	cairo_status_t st;
	size_t i;
	int rc = 0;

	footer(d);
	cairo_tag_end(d->cr, "Document");
	g_object_unref(d->pc);
	cairo_destroy(d->cr);
	cairo_surface_finish(d->surf);
	st = cairo_surface_status(d->surf);
	if (st != CAIRO_STATUS_SUCCESS || d->write_failed)
		rc = -1;
	cairo_surface_destroy(d->surf);
	for (i = 0; i < d->npics; i++) {
		struct picture *p = &d->pics[i];

		while (p->nuse > 0)
			cairo_surface_destroy(p->use[--p->nuse]);
		free(p->use);
		free(p->use_page);
		cairo_surface_destroy(p->s);
		free(p->data);
	}
	free(d->pics);
	free(d->marker);
	free(d);
	return rc;
}

int
doc_page(const struct doc *d)
{
	return d->page;
}

static double
left(const struct doc *d)
{
	return d->nbox ? d->box[d->nbox - 1].inner : MARGIN_X;
}

static double
right(const struct doc *d)
{
	double r = d->pw - MARGIN_X;
	int i;

	for (i = 0; i < d->nbox; i++)
		r -= d->box[i].rpad;
	return r;
}

/* Paint the containers' tints and bars over [y, y + h). */
static void
decorate(struct doc *d, double h)
{
	cairo_t *cr = d->cr;
	double r = d->pw - MARGIN_X;
	int i;

	if (h <= 0)
		return;
	for (i = 0; i < d->nbox; i++) {
		struct box *b = &d->box[i];

		switch (b->kind) {
		case BOX_CALLOUT:
			cairo_set_source_rgb(cr, 0.93, 0.95, 0.99);
			cairo_rectangle(cr, b->x0, d->y, r - b->x0, h);
			cairo_fill(cr);
			cairo_set_source_rgb(cr, 0.25, 0.45, 0.8);
			cairo_rectangle(cr, b->x0, d->y, 3, h);
			cairo_fill(cr);
			break;
		case BOX_TEACHER:
			cairo_set_source_rgb(cr, 1.0, 0.95, 0.88);
			cairo_rectangle(cr, b->x0, d->y, r - b->x0, h);
			cairo_fill(cr);
			cairo_set_source_rgb(cr, 0.85, 0.5, 0.1);
			cairo_rectangle(cr, b->x0, d->y, 3, h);
			cairo_fill(cr);
			break;
		case BOX_QUOTE:
			cairo_set_source_rgb(cr, 0.7, 0.7, 0.7);
			cairo_rectangle(cr, b->x0, d->y, 2.5, h);
			cairo_fill(cr);
			break;
		case BOX_ITEM:
			break;
		}
		r -= b->rpad;
	}
	cairo_set_source_rgb(cr, 0, 0, 0);
}

static void
advance(struct doc *d, double h)
{
	decorate(d, h);
	d->y += h;
}

/* Make room for h points, starting a new page when needed. */
static void
room(struct doc *d, double h)
{
	if (d->y + h > d->bottom && d->y > d->top + 0.5)
		new_page(d);
}

static void
flush_space(struct doc *d)
{
	double s = d->pending;

	d->pending = 0;
	if (d->y <= d->top + 0.5)
		return;
	if (d->y + s > d->bottom)
		s = d->bottom - d->y;
	if (s > 0)
		advance(d, s);
}

void
doc_space(struct doc *d, double pt)
{
	if (pt > d->pending)
		d->pending = pt;
}

void
doc_page_break(struct doc *d)
{
	if (d->page_used)
		new_page(d);
	d->pending = 0;
}

static PangoFontDescription *
style_font(enum text_style st)
{
	static const char *const spec[] = {
		[TS_BODY] = FONT_SANS " 10",
		[TS_H1] = FONT_SANS " Bold 18",
		[TS_H2] = FONT_SANS " Bold 15",
		[TS_H3] = FONT_SANS " Bold 12.5",
		[TS_H4] = FONT_SANS " Bold 11",
		[TS_H5] = FONT_SANS " Bold 10",
		[TS_H6] = FONT_SANS " Bold Italic 10",
		[TS_CAPTION] = FONT_SANS " 8.5",
		[TS_BOXTITLE] = FONT_SANS " Bold 10",
	};

	return pango_font_description_from_string(spec[st]);
}

static void
add_attr(PangoAttrList *al, PangoAttribute *a, size_t s, size_t e)
{
	a->start_index = (guint)s;
	a->end_index = (guint)e;
	pango_attr_list_insert(al, a);
}

/* The attributes of the spans of r that fall in [a, b), rebased to a. */
static PangoAttrList *
chunk_attrs(const struct rich *r, size_t a, size_t b)
{
	PangoAttrList *al = pango_attr_list_new();
	size_t i;

	for (i = 0; i < r->nspans; i++) {
		const struct span *sp = &r->spans[i];
		size_t s = sp->start > a ? sp->start : a;
		size_t e = sp->end < b ? sp->end : b;

		if (s >= e)
			continue;
		s -= a;
		e -= a;
		switch (sp->kind) {
		case SP_EM:
			add_attr(
			    al, pango_attr_style_new(PANGO_STYLE_ITALIC), s, e);
			break;
		case SP_STRONG:
			add_attr(
			    al, pango_attr_weight_new(PANGO_WEIGHT_BOLD), s, e);
			break;
		case SP_CODE:
			add_attr(al, pango_attr_family_new(FONT_MONO), s, e);
			add_attr(al, pango_attr_scale_new(0.9), s, e);
			add_attr(al,
			    pango_attr_background_new(0xee00, 0xee00, 0xee00),
			    s, e);
			break;
		case SP_DEL:
			add_attr(al, pango_attr_strikethrough_new(TRUE), s, e);
			break;
		case SP_UNDERLINE:
			add_attr(al,
			    pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), s,
			    e);
			break;
		case SP_LINK:
			add_attr(al,
			    pango_attr_foreground_new(0x1000, 0x4000, 0xb000),
			    s, e);
			add_attr(al,
			    pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), s,
			    e);
			break;
		case SP_MATH:
			add_attr(al, pango_attr_family_new(FONT_MATH), s, e);
			add_attr(
			    al, pango_attr_style_new(PANGO_STYLE_ITALIC), s, e);
			break;
		case SP_SUP:
		case SP_SUB:
			add_attr(al,
			    pango_attr_rise_new(
				(sp->kind == SP_SUP ? 4 : -2) * PANGO_SCALE),
			    s, e);
			add_attr(al, pango_attr_scale_new(0.7), s, e);
			break;
		case SP_NOTE:
			add_attr(al,
			    pango_attr_foreground_new(0x6000, 0x6000, 0x6000),
			    s, e);
			add_attr(al, pango_attr_scale_new(0.85), s, e);
			break;
		case SP_MARK:
			add_attr(al,
			    pango_attr_background_new(0xff00, 0xf000, 0x8000),
			    s, e);
			break;
		}
	}
	return al;
}

/* Cut a chunk of at most CHUNK bytes from text[a, n): returns its end. */
static size_t
chunk_end(const char *text, size_t a, size_t n)
{
	size_t lim, i;

	if (n - a <= CHUNK)
		return n;
	lim = a + CHUNK;
	for (i = lim; i > a + CHUNK / 2; i--)
		if (text[i - 1] == '\n')
			return i;
	for (i = lim; i > a + CHUNK / 2; i--)
		if (text[i - 1] == ' ')
			return i;
	/* No break: cut at a character boundary. */
	for (i = lim; i > a + 1 && ((unsigned char)text[i] & 0xc0) == 0x80; i--)
		;
	return i;
}

static void
draw_marker(struct doc *d, double baseline)
{
	PangoLayout *l;
	PangoFontDescription *fd;
	int w, h, base;

	if (d->marker == NULL)
		return;
	l = pango_layout_new(d->pc);
	fd = style_font(TS_BODY);
	pango_layout_set_font_description(l, fd);
	pango_layout_set_text(l, d->marker, -1);
	pango_layout_get_size(l, &w, &h);
	base = pango_layout_get_baseline(l);
	cairo_move_to(d->cr, left(d) - 5 - (double)w / PANGO_SCALE,
	    baseline - (double)base / PANGO_SCALE);
	pango_cairo_show_layout(d->cr, l);
	pango_font_description_free(fd);
	g_object_unref(l);
	free(d->marker);
	d->marker = NULL;
}

/*
 * The attributes of a link tag.  cairo 1.16 copies the URI into the PDF
 * string as it is, unbalanced parentheses and backslashes included, so
 * every byte that could upset it (or a reader) is percent-encoded first.
 */
static char *
tag_attr(const char *uri, double x, double y, double w, double h)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(uri), i, j = 0;
	char *esc = xmalloc(3 * n + 1), *out;
	int len;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)uri[i];

		if (c <= 0x20 || c >= 0x7f || strchr("()\\'\"<>{}|^`[]", c)) {
			esc[j++] = '%';
			esc[j++] = hex[c >> 4];
			esc[j++] = hex[c & 15];
		} else {
			esc[j++] = (char)c;
		}
	}
	esc[j] = '\0';
	len = snprintf(
	    NULL, 0, "uri='%s' rect=[%.2f %.2f %.2f %.2f]", esc, x, y, w, h);
	out = xmalloc((size_t)len + 1);
	(void)snprintf(out, (size_t)len + 1,
	    "uri='%s' rect=[%.2f %.2f %.2f %.2f]", esc, x, y, w, h);
	free(esc);
	return out;
}

/* Clickable areas for the links of r that this line shows. */
static void
line_links(struct doc *d, PangoLayoutLine *line, const struct rich *r,
    size_t base, double x, double h)
{
	size_t ls = base + (size_t)line->start_index;
	size_t le = ls + (size_t)line->length;
	size_t i;

	for (i = 0; i < r->nspans; i++) {
		const struct span *sp = &r->spans[i];
		size_t s, e;
		int *rg = NULL, nr = 0, k;

		if (sp->kind != SP_LINK || sp->uri == NULL)
			continue;
		s = sp->start > ls ? sp->start : ls;
		e = sp->end < le ? sp->end : le;
		if (s >= e)
			continue;
		pango_layout_line_get_x_ranges(
		    line, (int)(s - base), (int)(e - base), &rg, &nr);
		for (k = 0; k < nr; k++) {
			double x0 = x + (double)rg[(size_t)k * 2] / PANGO_SCALE;
			double x1 =
			    x + (double)rg[(size_t)k * 2 + 1] / PANGO_SCALE;
			char *a = tag_attr(sp->uri, x0, d->y, x1 - x0, h);

			cairo_tag_begin(d->cr, CAIRO_TAG_LINK, a);
			cairo_tag_end(d->cr, CAIRO_TAG_LINK);
			free(a);
		}
		g_free(rg);
	}
}

/*
 * Draw a laid-out chunk line by line at x, breaking pages between lines.
 * bg, when set, tints each line's band (code blocks) from bx to bx2.
 */
static void
show_layout(struct doc *d, PangoLayout *l, double x, const struct rich *r,
    size_t base, const double *bg, double bx, double bx2)
{
	PangoLayoutIter *it = pango_layout_get_iter(l);

	do {
		PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
		PangoRectangle log;
		double h, bl;

		pango_layout_iter_get_line_extents(it, NULL, &log);
		h = (double)log.height / PANGO_SCALE;
		bl = (double)(pango_layout_iter_get_baseline(it) - log.y) /
		    PANGO_SCALE;
		room(d, h);
		decorate(d, h);
		if (bg != NULL) {
			cairo_set_source_rgb(d->cr, bg[0], bg[1], bg[2]);
			cairo_rectangle(d->cr, bx, d->y, bx2 - bx, h);
			cairo_fill(d->cr);
			cairo_set_source_rgb(d->cr, 0, 0, 0);
		}
		draw_marker(d, d->y + bl);
		cairo_move_to(
		    d->cr, x + (double)log.x / PANGO_SCALE, d->y + bl);
		pango_cairo_show_layout_line(d->cr, line);
		if (r != NULL)
			line_links(d, line, r, base, x, h);
		d->y += h;
		d->page_used = 1;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}

static PangoLayout *
make_layout(struct doc *d, const char *text, size_t n, PangoAttrList *al,
    PangoFontDescription *fd, double width, PangoWrapMode wrap)
{
	PangoLayout *l = pango_layout_new(d->pc);

	pango_layout_set_font_description(l, fd);
	if (width > 0) {
		pango_layout_set_width(l, (int)(width * PANGO_SCALE));
		pango_layout_set_wrap(l, wrap);
	}
	if (utf8_valid(text, n)) {
		pango_layout_set_text(l, text, (int)n);
	} else {
		char *copy = xmalloc(n + 1);

		memcpy(copy, text, n);
		copy[n] = '\0';
		utf8_mask(copy, n);
		pango_layout_set_text(l, copy, (int)n);
		free(copy);
	}
	/*
	 * No hyphen is drawn where a word is broken: copied text (code
	 * above all) must read as it was written.
	 */
	if (al == NULL)
		al = pango_attr_list_new();
	else
		pango_attr_list_ref(al);
	pango_attr_list_insert(al, pango_attr_insert_hyphens_new(FALSE));
	pango_layout_set_attributes(l, al);
	pango_attr_list_unref(al);
	return l;
}

/* Lay out and draw r in chunks. */
static void
show_rich(struct doc *d, const struct rich *r, PangoFontDescription *fd,
    double x, double width, PangoAlignment align)
{
	size_t a = 0, b;

	while (a < r->len) {
		PangoAttrList *al;
		PangoLayout *l;

		b = chunk_end(r->text, a, r->len);
		al = chunk_attrs(r, a, b);
		l = make_layout(
		    d, r->text + a, b - a, al, fd, width, PANGO_WRAP_WORD_CHAR);
		pango_layout_set_alignment(l, align);
		show_layout(d, l, x, r, a, NULL, 0, 0);
		g_object_unref(l);
		pango_attr_list_unref(al);
		a = b;
	}
}

void
doc_text(struct doc *d, const struct rich *r, enum text_style st)
{
	PangoFontDescription *fd;
	double before = 0, after = 6;

	if (rich_blank(r)) {
		return;
	}
	switch (st) {
	case TS_H1:
		before = 0;
		after = 10;
		break;
	case TS_H2:
	case TS_H3:
		before = 12;
		after = 6;
		break;
	case TS_H4:
	case TS_H5:
	case TS_H6:
		before = 8;
		after = 4;
		break;
	case TS_BOXTITLE:
		after = 3;
		break;
	default:
		break;
	}
	doc_space(d, before);
	flush_space(d);
	/* Keep a heading with a few lines of what follows. */
	if (st >= TS_H1 && st <= TS_H6)
		room(d, 60);
	fd = style_font(st);
	if (st == TS_H1 || st == TS_H2) {
		show_rich(
		    d, r, fd, left(d), right(d) - left(d), PANGO_ALIGN_LEFT);
		cairo_set_source_rgb(d->cr, 0.75, 0.75, 0.75);
		cairo_rectangle(d->cr, left(d), d->y + 1, right(d) - left(d),
		    st == TS_H1 ? 1.2 : 0.6);
		cairo_fill(d->cr);
		cairo_set_source_rgb(d->cr, 0, 0, 0);
		advance(d, 3);
	} else if (st == TS_CAPTION) {
		cairo_set_source_rgb(d->cr, 0.35, 0.35, 0.35);
		show_rich(
		    d, r, fd, left(d), right(d) - left(d), PANGO_ALIGN_LEFT);
		cairo_set_source_rgb(d->cr, 0, 0, 0);
	} else {
		show_rich(
		    d, r, fd, left(d), right(d) - left(d), PANGO_ALIGN_LEFT);
	}
	pango_font_description_free(fd);
	doc_space(d, after);
}

void
doc_code(struct doc *d, const char *text, size_t len)
{
	static const double bg[3] = { 0.95, 0.95, 0.95 };
	PangoFontDescription *fd =
	    pango_font_description_from_string(FONT_MONO " 8.5");
	double x = left(d), w = right(d) - x;
	size_t a = 0, b;

	while (len > 0 && text[len - 1] == '\n')
		len--;
	doc_space(d, 2);
	flush_space(d);
	room(d, 14);
	decorate(d, 0);
	if (d->y > d->top + 0.5 || d->marker != NULL) {
		cairo_set_source_rgb(d->cr, bg[0], bg[1], bg[2]);
		cairo_rectangle(d->cr, x, d->y, w, PAD);
		cairo_fill(d->cr);
		cairo_set_source_rgb(d->cr, 0, 0, 0);
		advance(d, PAD);
	}
	if (len == 0) {
		/* An empty block still shows as an empty band. */
		static const char sp[] = " ";

		PangoLayout *l = make_layout(
		    d, sp, 1, NULL, fd, w - 2 * PAD, PANGO_WRAP_CHAR);
		show_layout(d, l, x + PAD, NULL, 0, bg, x, x + w);
		g_object_unref(l);
	}
	while (a < len) {
		PangoLayout *l;

		b = chunk_end(text, a, len);
		l = make_layout(d, text + a, b - a, NULL, fd, w - 2 * PAD,
		    PANGO_WRAP_WORD_CHAR);
		show_layout(d, l, x + PAD, NULL, 0, bg, x, x + w);
		g_object_unref(l);
		a = b;
	}
	if (d->y + PAD <= d->bottom) {
		decorate(d, PAD);
		cairo_set_source_rgb(d->cr, bg[0], bg[1], bg[2]);
		cairo_rectangle(d->cr, x, d->y, w, PAD);
		cairo_fill(d->cr);
		cairo_set_source_rgb(d->cr, 0, 0, 0);
		d->y += PAD;
	}
	pango_font_description_free(fd);
	doc_space(d, 8);
}

void
doc_rule(struct doc *d)
{
	doc_space(d, 6);
	flush_space(d);
	room(d, 8);
	decorate(d, 8);
	cairo_set_source_rgb(d->cr, 0.7, 0.7, 0.7);
	cairo_rectangle(d->cr, left(d), d->y + 3.5, right(d) - left(d), 0.8);
	cairo_fill(d->cr);
	cairo_set_source_rgb(d->cr, 0, 0, 0);
	d->y += 8;
	d->page_used = 1;
	doc_space(d, 6);
}

void
doc_title_page(struct doc *d, const char *over, const char *title)
{
	struct rich r;
	PangoFontDescription *fd;
	double w = d->pw - 2 * MARGIN_X;

	doc_page_break(d);
	d->y = d->ph / 3;
	rich_init(&r);
	if (over != NULL && *over != '\0') {
		rich_adds(&r, over);
		fd = pango_font_description_from_string(FONT_SANS " 14");
		cairo_set_source_rgb(d->cr, 0.35, 0.35, 0.35);
		show_rich(d, &r, fd, MARGIN_X, w, PANGO_ALIGN_CENTER);
		cairo_set_source_rgb(d->cr, 0, 0, 0);
		pango_font_description_free(fd);
		d->y += 12;
		rich_clear(&r);
	}
	rich_adds(&r, title);
	fd = pango_font_description_from_string(FONT_SANS " Bold 26");
	show_rich(d, &r, fd, MARGIN_X, w, PANGO_ALIGN_CENTER);
	pango_font_description_free(fd);
	rich_free(&r);
	d->page_used = 1;
	d->y += 24;
}

int
doc_outline(struct doc *d, int parent, const char *title, int open)
{
	char dest[96], *t = utf8_repairs(title);
	double y;
	int id;

	flush_space(d);
	y = d->y > d->top + 0.5 ? d->y : 0;
	(void)snprintf(dest, sizeof(dest), "page=%d pos=[0 %.2f]", d->page, y);
	id = (int)cairo_pdf_surface_add_outline(
	    d->surf, parent, t, dest, open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
	free(t);
	return id;
}

static void
push_box(struct doc *d, enum box_kind kind, double indent, double rpad)
{
	double x = left(d);

	if (d->nbox == MAXBOX) {
		d->deep++;
		return;
	}
	d->box[d->nbox].kind = kind;
	d->box[d->nbox].x0 = x;
	d->box[d->nbox].inner = x + indent;
	d->box[d->nbox].rpad = rpad;
	/* Never let the text column shrink to nothing. */
	if (right(d) - d->box[d->nbox].inner - rpad < 60) {
		d->box[d->nbox].inner = x;
		d->box[d->nbox].rpad = 0;
	}
	d->nbox++;
}

static void
pop_box(struct doc *d)
{
	if (d->deep > 0)
		d->deep--;
	else if (d->nbox > 0)
		d->nbox--;
}

void
doc_box_begin(struct doc *d, enum box_kind kind, const char *title)
{
	doc_space(d, 4);
	flush_space(d);
	if (kind == BOX_QUOTE) {
		push_box(d, kind, 12, 0);
		return;
	}
	room(d, 40);
	push_box(d, kind, 10, 6);
	advance(d, PAD);
	if (title != NULL && *title != '\0') {
		struct rich r;

		rich_init(&r);
		rich_adds(&r, title);
		doc_text(d, &r, TS_BOXTITLE);
		rich_free(&r);
	}
}

void
doc_box_end(struct doc *d)
{
	int quote = d->nbox > 0 && d->deep == 0 &&
	    d->box[d->nbox - 1].kind == BOX_QUOTE;

	d->pending = 0;
	if (!quote && d->y + PAD <= d->bottom && d->y > d->top + 0.5)
		advance(d, PAD);
	pop_box(d);
	doc_space(d, 8);
}

void
doc_item_begin(struct doc *d, const char *marker)
{
	flush_space(d);
	push_box(d, BOX_ITEM, 18, 0);
	free(d->marker);
	d->marker = xstrdup(marker);
}

void
doc_item_end(struct doc *d)
{
	if (d->marker != NULL) {
		room(d, 14);
		draw_marker(d, d->y + 10);
		advance(d, 14);
	}
	pop_box(d);
	doc_space(d, 2);
}

/* A framed box naming a picture that could not be shown. */
static void
placeholder(struct doc *d, const char *what, const char *path)
{
	struct rich r;
	double y0;

	rich_init(&r);
	rich_adds(&r, what);
	rich_adds(&r, ": ");
	rich_adds(&r, path);
	flush_space(d);
	room(d, 30);
	advance(d, PAD);
	y0 = d->y;
	doc_text(d, &r, TS_CAPTION);
	d->pending = 0;
	advance(d, PAD);
	cairo_set_source_rgb(d->cr, 0.6, 0.6, 0.6);
	cairo_set_line_width(d->cr, 0.8);
	cairo_rectangle(d->cr, left(d) - 2, y0 - PAD, right(d) - left(d) + 4,
	    d->y - y0 + PAD);
	cairo_stroke(d->cr);
	cairo_set_source_rgb(d->cr, 0, 0, 0);
	rich_free(&r);
	doc_space(d, 6);
}

/* Fit w x h (points) into the column and the page; returns the scale. */
static double
fit(const struct doc *d, double w, double h)
{
	double maxw = right(d) - left(d), maxh = (d->bottom - d->top) * 0.9;
	double s = 1;

	if (w * s > maxw)
		s = maxw / w;
	if (h * s > maxh)
		s = maxh / h;
	return s;
}

static cairo_surface_t *
pixbuf_surface(GdkPixbuf *pb)
{
	GdkPixbuf *rgba = gdk_pixbuf_add_alpha(pb, FALSE, 0, 0, 0);
	int w = gdk_pixbuf_get_width(rgba), h = gdk_pixbuf_get_height(rgba);
	int sstride = gdk_pixbuf_get_rowstride(rgba);
	const guchar *src = gdk_pixbuf_read_pixels(rgba);
	cairo_surface_t *s =
	    cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
	unsigned char *dst;
	int dstride, x, y;

	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		g_object_unref(rgba);
		return s;
	}
	cairo_surface_flush(s);
	dst = cairo_image_surface_get_data(s);
	dstride = cairo_image_surface_get_stride(s);
	for (y = 0; y < h; y++) {
		const guchar *p = src + (size_t)y * (size_t)sstride;
		uint32_t *q =
		    (uint32_t *)(void *)(dst + (size_t)y * (size_t)dstride);

		for (x = 0; x < w; x++, p += 4) {
			uint32_t a = p[3];
			uint32_t r = (p[0] * a + 127) / 255;
			uint32_t g = (p[1] * a + 127) / 255;
			uint32_t b = (p[2] * a + 127) / 255;

			q[x] = a << 24 | r << 16 | g << 8 | b;
		}
	}
	cairo_surface_mark_dirty(s);
	g_object_unref(rgba);
	return s;
}

static void
place(struct doc *d, double h)
{
	flush_space(d);
	room(d, h);
	decorate(d, h);
	draw_marker(d, d->y + 10);
}

/* What a picture's header said, before its pixels are decoded. */
struct header {
	struct doc *d;
	int w, h;   /* its size in pixels */
	int refuse; /* over MAX_PIXELS: not decoded */
};

/*
 * The loader knows the size: refuse a picture over MAX_PIXELS (a zero
 * size makes the loader give up before it allocates the pixels), and ask
 * for no more pixels than the printed size needs at PRINT_DPI.
 */
static void
size_prepared(GdkPixbufLoader *ld, gint w, gint h, gpointer arg)
{
	struct header *hd = arg;
	double pw = w * 0.75, ph = h * 0.75, sc, tw, th;

	hd->w = w;
	hd->h = h;
	if (w <= 0 || h <= 0 || (double)w * (double)h > MAX_PIXELS) {
		hd->refuse = 1;
		gdk_pixbuf_loader_set_size(ld, 0, 0);
		return;
	}
	sc = fit(hd->d, pw, ph);
	tw = ceil(pw * sc * PRINT_DPI / 72);
	th = ceil(ph * sc * PRINT_DPI / 72);
	if (tw < w && th < h)
		gdk_pixbuf_loader_set_size(
		    ld, (int)fmax(tw, 1), (int)fmax(th, 1));
}

static uint64_t
fnv1a(const unsigned char *p, size_t n)
{
	uint64_t h = 14695981039346656037ULL;

	while (n-- > 0)
		h = (h ^ *p++) * 1099511628211ULL;
	return h;
}

/* The picture with these bytes decoded before, or NULL. */
static struct picture *
find_picture(
    struct doc *d, const unsigned char *data, size_t len, uint64_t hash)
{
	size_t i;

	for (i = 0; i < d->npics; i++)
		if (d->pics[i].hash == hash && d->pics[i].len == len &&
		    memcmp(d->pics[i].data, data, len) == 0)
			return &d->pics[i];
	return NULL;
}

/*
 * Decode a picture into a new entry of d's pictures.  Returns it, NULL
 * when it cannot be read, or with *refused set when it is too large.
 */
static struct picture *
decode(struct doc *d, const unsigned char *data, size_t len, uint64_t hash,
    int jpeg, int *refused)
{
	GdkPixbufLoader *ld = gdk_pixbuf_loader_new();
	struct header hd = { d, 0, 0, 0 };
	struct picture *pic;
	GdkPixbuf *pb;
	cairo_surface_t *s;
	size_t off, n;
	int good = 1;

	g_signal_connect(ld, "size-prepared", G_CALLBACK(size_prepared), &hd);
	/* In pieces, so that a refused picture stops being fed early. */
	for (off = 0; off < len && good && !hd.refuse; off += n) {
		n = len - off < CHUNK ? len - off : CHUNK;
		good = gdk_pixbuf_loader_write(ld, data + off, n, NULL);
	}
	(void)gdk_pixbuf_loader_close(ld, NULL);
	*refused = hd.refuse;
	if (hd.refuse || !good ||
	    (pb = gdk_pixbuf_loader_get_pixbuf(ld)) == NULL || hd.w <= 0 ||
	    hd.h <= 0) {
		g_object_unref(ld);
		return NULL;
	}
	s = pixbuf_surface(pb);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(s);
		g_object_unref(ld);
		return NULL;
	}
	if (d->npics == d->piccap) {
		d->piccap = d->piccap ? d->piccap * 2 : 8;
		d->pics = xrealloc(d->pics, d->piccap * sizeof(*d->pics));
	}
	pic = &d->pics[d->npics];
	pic->data = xmalloc(len);
	memcpy(pic->data, data, len);
	pic->len = len;
	pic->hash = hash;
	pic->w = hd.w;
	pic->h = hd.h;
	pic->jpeg_kept = jpeg && gdk_pixbuf_get_width(pb) == hd.w;
	pic->s = s;
	pic->use = NULL;
	pic->use_page = NULL;
	pic->nuse = 0;
	if (pic->jpeg_kept) {
		/* Embed the JPEG stream itself, not a re-encoding. */
		unsigned char *copy = xmalloc(len);

		memcpy(copy, data, len);
		cairo_surface_set_mime_data(
		    s, CAIRO_MIME_TYPE_JPEG, copy, len, free, copy);
	}
	d->npics++;
	g_object_unref(ld);
	return pic;
}

/* A surface of pic not drawn on this page yet (see struct picture). */
static cairo_surface_t *
use_of(struct doc *d, struct picture *pic, size_t index)
{
	cairo_surface_t *s;
	unsigned char *u, *copy;
	const unsigned char *jpg;
	unsigned long jlen;
	char id[48];
	size_t k, n;
	cairo_t *cr;

	for (k = 0; k < pic->nuse; k++)
		if (pic->use_page[k] != d->page) {
			pic->use_page[k] = d->page;
			return pic->use[k];
		}
	if (k == 0) {
		s = cairo_surface_reference(pic->s);
	} else {
		s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32,
		    cairo_image_surface_get_width(pic->s),
		    cairo_image_surface_get_height(pic->s));
		cr = cairo_create(s);
		cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
		cairo_set_source_surface(cr, pic->s, 0, 0);
		cairo_paint(cr);
		cairo_destroy(cr);
		cairo_surface_get_mime_data(
		    pic->s, CAIRO_MIME_TYPE_JPEG, &jpg, &jlen);
		if (jpg != NULL) {
			copy = xmalloc(jlen);
			memcpy(copy, jpg, jlen);
			cairo_surface_set_mime_data(
			    s, CAIRO_MIME_TYPE_JPEG, copy, jlen, free, copy);
		}
	}
	/* One image object in the PDF for every page that draws it. */
	n = (size_t)snprintf(id, sizeof(id), "picture-%zu-%zu", index, k);
	u = xmalloc(n);
	memcpy(u, id, n);
	cairo_surface_set_mime_data(
	    s, CAIRO_MIME_TYPE_UNIQUE_ID, u, n, free, u);
	/* An array of surface pointers: clang-tidy misreads the sizeof. */
	/* NOLINTNEXTLINE(bugprone-sizeof-expression) */
	pic->use = xrealloc(pic->use, (k + 1) * sizeof(*pic->use));
	pic->use_page = xrealloc(pic->use_page, (k + 1) * sizeof(int));
	pic->use[k] = s;
	pic->use_page[k] = d->page;
	pic->nuse = k + 1;
	return s;
}

/*
 * A PNG, JPEG, GIF or BMP picture, decoded once per run however often it
 * is used.  Returns 0, -1 when it cannot be read, or 1 when it is too
 * large to decode.
 */
static int
raster(struct doc *d, const unsigned char *data, size_t len, int jpeg)
{
	uint64_t hash = fnv1a(data, len);
	struct picture *pic = find_picture(d, data, len, hash);
	double w, h, sc;
	int refused = 0, pw, ph;

	if (pic == NULL &&
	    (pic = decode(d, data, len, hash, jpeg, &refused)) == NULL)
		return refused ? 1 : -1;
	pw = cairo_image_surface_get_width(pic->s);
	ph = cairo_image_surface_get_height(pic->s);
	w = pic->w * 0.75;
	h = pic->h * 0.75;
	sc = fit(d, w, h);
	place(d, h * sc);
	cairo_save(d->cr);
	cairo_translate(d->cr, left(d), d->y);
	/* Points per decoded pixel: less than 0.75 when downsampled. */
	cairo_scale(d->cr, w * sc / pw, h * sc / ph);
	cairo_set_source_surface(
	    d->cr, use_of(d, pic, (size_t)(pic - d->pics)), 0, 0);
	cairo_paint(d->cr);
	cairo_restore(d->cr);
	d->y += h * sc;
	d->page_used = 1;
	return 0;
}

/* Does the SVG text reuse its own elements (<use>)? */
static int
reuses(const unsigned char *data, size_t len)
{
	size_t i;

	for (i = 0; i + 4 <= len; i++)
		if (memcmp(data + i, "<use", 4) == 0 &&
		    (i + 4 == len || !isalnum(data[i + 4])))
			return 1;
	return 0;
}

static int
vector_svg(struct doc *d, const unsigned char *data, size_t len)
{
	RsvgHandle *h = rsvg_handle_new_from_data(data, len, NULL);
	gdouble w = 0, ht = 0;
	RsvgRectangle vp;
	double sc;

	if (h == NULL)
		return -1;
	if (!rsvg_handle_get_intrinsic_size_in_pixels(h, &w, &ht) || w <= 0 ||
	    ht <= 0) {
		w = 400;
		ht = 300;
	}
	w *= 0.75;
	ht *= 0.75;
	sc = fit(d, w, ht);
	place(d, ht * sc);
	if (reuses(data, len)) {
		/*
		 * Nested <use> can multiply a small file into millions of
		 * shapes, each recorded by the PDF surface: draw those into
		 * pixels at the printed size instead.
		 */
		int pw = (int)ceil(w * sc * PRINT_DPI / 72);
		int ph = (int)ceil(ht * sc * PRINT_DPI / 72);
		cairo_surface_t *img = cairo_image_surface_create(
		    CAIRO_FORMAT_ARGB32, pw > 0 ? pw : 1, ph > 0 ? ph : 1);
		cairo_t *cr = cairo_create(img);

		vp.x = vp.y = 0;
		vp.width = pw;
		vp.height = ph;
		(void)rsvg_handle_render_document(h, cr, &vp, NULL);
		cairo_destroy(cr);
		cairo_save(d->cr);
		cairo_translate(d->cr, left(d), d->y);
		cairo_scale(d->cr, 72 / PRINT_DPI, 72 / PRINT_DPI);
		cairo_set_source_surface(d->cr, img, 0, 0);
		cairo_paint(d->cr);
		cairo_restore(d->cr);
		cairo_surface_destroy(img);
	} else {
		vp.x = left(d);
		vp.y = d->y;
		vp.width = w * sc;
		vp.height = ht * sc;
		cairo_save(d->cr);
		(void)rsvg_handle_render_document(h, d->cr, &vp, NULL);
		cairo_restore(d->cr);
	}
	d->y += ht * sc;
	d->page_used = 1;
	g_object_unref(h);
	return 0;
}

static int
pdf_pages(struct doc *d, const unsigned char *data, size_t len)
{
	GBytes *b = g_bytes_new(data, len);
	PopplerDocument *pd = poppler_document_new_from_bytes(b, NULL, NULL);
	int i, n;

	g_bytes_unref(b);
	if (pd == NULL)
		return -1;
	n = poppler_document_get_n_pages(pd);
	for (i = 0; i < n; i++) {
		PopplerPage *p = poppler_document_get_page(pd, i);
		double w, h, sc;

		if (p == NULL)
			continue;
		poppler_page_get_size(p, &w, &h);
		if (w <= 0 || h <= 0) {
			g_object_unref(p);
			continue;
		}
		sc = fit(d, w, h);
		place(d, h * sc);
		cairo_save(d->cr);
		cairo_translate(d->cr, left(d), d->y);
		cairo_scale(d->cr, sc, sc);
		cairo_rectangle(d->cr, 0, 0, w, h);
		cairo_clip(d->cr);
		poppler_page_render_for_printing(p, d->cr);
		cairo_restore(d->cr);
		cairo_set_source_rgb(d->cr, 0.6, 0.6, 0.6);
		cairo_set_line_width(d->cr, 0.5);
		cairo_rectangle(d->cr, left(d), d->y, w * sc, h * sc);
		cairo_stroke(d->cr);
		cairo_set_source_rgb(d->cr, 0, 0, 0);
		d->y += h * sc;
		d->page_used = 1;
		doc_space(d, 6);
		g_object_unref(p);
	}
	g_object_unref(pd);
	return 0;
}

void
doc_image(struct doc *d, const unsigned char *data, size_t len,
    const char *kind, const char *path)
{
	int rc = -1;

	if (data == NULL) {
		placeholder(d, *kind != '\0' ? kind : "image not found", path);
		return;
	}
	if (strcmp(kind, "svg") == 0)
		rc = vector_svg(d, data, len);
	else if (strcmp(kind, "pdf") == 0)
		rc = pdf_pages(d, data, len);
	else
		rc = raster(d, data, len, strcmp(kind, "jpeg") == 0);
	if (rc == 1)
		placeholder(d, "image too large (over 40 megapixels)", path);
	else if (rc != 0)
		placeholder(d, "image not readable", path);
	else
		doc_space(d, 6);
}

struct table *
table_new(void)
{
	return xcalloc(1, sizeof(struct table));
}

void
table_cell(struct table *t, const struct rich *r, int header, int align)
{
	struct table_cell *c;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 32;
		t->cell = xrealloc(t->cell, t->cap * sizeof(*t->cell));
	}
	c = &t->cell[t->n++];
	rich_init(&c->r);
	rich_add(&c->r, r->text != NULL ? r->text : "", r->len);
	for (size_t i = 0; i < r->nspans; i++) {
		size_t k = rich_open(&c->r, r->spans[i].kind, r->spans[i].uri);

		c->r.spans[k].start = r->spans[i].start;
		c->r.spans[k].end = r->spans[i].end;
	}
	c->row = t->nrows;
	c->header = header;
	c->align = align;
}

void
table_row_end(struct table *t)
{
	t->nrows++;
}

void
table_free(struct table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->n; i++)
		rich_free(&t->cell[i].r);
	free(t->cell);
	free(t);
}

/*
 * Column widths.  Each column wants its widest cell unwrapped (want) and
 * needs at least its longest word (need).  When the wants fit, each
 * column gets its want; else when the needs fit, the room past the needs
 * is shared in proportion to what each column wants beyond its need, and
 * cells wrap between words; else every column gets its need and the
 * whole table is drawn scaled down to the column's width.  Returns the
 * scale.
 */
static double
col_widths(const double *want, const double *need, size_t nc, double avail,
    double *width)
{
	double sw = 0, sn = 0;
	size_t i;

	for (i = 0; i < nc; i++) {
		sw += want[i];
		sn += need[i];
	}
	if (sw <= avail) {
		memcpy(width, want, nc * sizeof(double));
		return 1;
	}
	if (sn <= avail) {
		for (i = 0; i < nc; i++)
			width[i] = need[i] +
			    (avail - sn) * (want[i] - need[i]) / (sw - sn);
		return 1;
	}
	memcpy(width, need, nc * sizeof(double));
	return avail / sn;
}

/* Clickable areas for the links of a cell drawn at (x, y), scaled by s. */
static void
cell_links(struct doc *d, PangoLayout *l, const struct rich *r, double x,
    double y, double s)
{
	PangoLayoutIter *it = pango_layout_get_iter(l);

	do {
		PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
		PangoRectangle log;
		double save = d->y;

		pango_layout_iter_get_line_extents(it, NULL, &log);
		if (s == 1) {
			d->y = y + (double)log.y / PANGO_SCALE;
			line_links(
			    d, line, r, 0, x, (double)log.height / PANGO_SCALE);
		}
		d->y = save;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}

struct tablegeo {
	double *x, *w; /* column edges and widths, in table units */
	double x0;     /* the table's left edge on the page */
	double scale;  /* table units to points */
	PangoFontDescription *fd, *fdb;
};

/*
 * A row taller than a page cannot be drawn as one: its cells go one
 * under the other, each across the column's width and free to break
 * between pages, with a rule between them.
 */
static void
tall_row(struct doc *d, struct table *t, size_t first, size_t end,
    PangoLayout **l, PangoAttrList **al)
{
	double w = right(d) - left(d);
	size_t i;

	for (i = first; i < end; i++) {
		size_t col = i - first;

		pango_layout_set_width(l[col], (int)(w * PANGO_SCALE));
		room(d, 14);
		decorate(d, 1);
		cairo_set_source_rgb(d->cr, 0.65, 0.65, 0.65);
		cairo_rectangle(d->cr, left(d), d->y, w, 0.5);
		cairo_fill(d->cr);
		cairo_set_source_rgb(d->cr, 0, 0, 0);
		d->y += 1;
		advance(d, PAD);
		draw_marker(d, d->y + 10);
		show_layout(d, l[col], left(d), &t->cell[i].r, 0, NULL, 0, 0);
		advance(d, PAD);
		g_object_unref(l[col]);
		pango_attr_list_unref(al[col]);
	}
	d->page_used = 1;
}

static void
draw_row(struct doc *d, struct table *t, size_t first, size_t end,
    const struct tablegeo *g)
{
	PangoLayout **l = xcalloc(end - first, sizeof(PangoLayout *));
	PangoAttrList **al = xcalloc(end - first, sizeof(PangoAttrList *));
	static const PangoAlignment am[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT,
		PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT };
	double h = 0, s = g->scale;
	size_t i;
	int hdr = 0;

	for (i = first; i < end; i++) {
		struct table_cell *c = &t->cell[i];
		size_t col = i - first;
		int lh;

		al[col] = chunk_attrs(&c->r, 0, c->r.len);
		l[col] = make_layout(d, c->r.text ? c->r.text : "", c->r.len,
		    al[col], c->header ? g->fdb : g->fd, g->w[col] - 2 * PAD,
		    PANGO_WRAP_WORD_CHAR);
		pango_layout_set_alignment(l[col], am[c->align & 3]);
		pango_layout_get_size(l[col], NULL, &lh);
		if ((double)lh / PANGO_SCALE > h)
			h = (double)lh / PANGO_SCALE;
		hdr |= c->header;
	}
	h += 2 * PAD;
	if (h * s > d->bottom - d->top) {
		tall_row(d, t, first, end, l, al);
		free(l);
		free(al);
		return;
	}
	room(d, h * s);
	decorate(d, h * s);
	draw_marker(d, d->y + 10);
	cairo_save(d->cr);
	cairo_translate(d->cr, g->x0, d->y);
	cairo_scale(d->cr, s, s);
	cairo_set_line_width(d->cr, 0.5);
	for (i = first; i < end; i++) {
		size_t col = i - first;

		if (hdr) {
			cairo_set_source_rgb(d->cr, 0.92, 0.92, 0.92);
			cairo_rectangle(d->cr, g->x[col], 0, g->w[col], h);
			cairo_fill(d->cr);
		}
		cairo_set_source_rgb(d->cr, 0.65, 0.65, 0.65);
		cairo_rectangle(d->cr, g->x[col], 0, g->w[col], h);
		cairo_stroke(d->cr);
		cairo_set_source_rgb(d->cr, 0, 0, 0);
		cairo_move_to(d->cr, g->x[col] + PAD, PAD);
		pango_cairo_show_layout(d->cr, l[col]);
	}
	cairo_restore(d->cr);
	for (i = first; i < end; i++) {
		size_t col = i - first;

		cell_links(d, l[col], &t->cell[i].r, g->x0 + g->x[col] + PAD,
		    d->y + PAD, s);
		g_object_unref(l[col]);
		pango_attr_list_unref(al[col]);
	}
	d->y += h * s;
	d->page_used = 1;
	free(l);
	free(al);
}

/* A cell's width unwrapped, and its longest word, in points. */
static void
measure(struct doc *d, const struct table_cell *c, PangoFontDescription *fd,
    double *wide, double *word)
{
	PangoLayout *l = make_layout(d, c->r.text ? c->r.text : "", c->r.len,
	    NULL, fd, 0, PANGO_WRAP_WORD);
	PangoRectangle log;

	pango_layout_get_extents(l, NULL, &log);
	*wide = (double)log.width / PANGO_SCALE;
	pango_layout_set_width(l, 1);
	pango_layout_get_extents(l, NULL, &log);
	*word = (double)log.width / PANGO_SCALE;
	g_object_unref(l);
}

void
doc_table(struct doc *d, struct table *t)
{
	size_t nc = 0, i, run = 0, row;
	double *want, *need, avail = right(d) - left(d);
	struct tablegeo g;

	for (i = 0; i < t->n; i++) {
		run = (i > 0 && t->cell[i].row == t->cell[i - 1].row) ? run + 1
								      : 1;
		if (run > nc)
			nc = run;
	}
	if (nc == 0)
		return;
	want = xcalloc(nc, sizeof(double));
	need = xcalloc(nc, sizeof(double));
	g.x = xcalloc(nc, sizeof(double));
	g.w = xcalloc(nc, sizeof(double));
	g.fd = pango_font_description_from_string(FONT_SANS " 9");
	g.fdb = pango_font_description_copy(g.fd);
	pango_font_description_set_weight(g.fdb, PANGO_WEIGHT_BOLD);
	for (i = 0, run = 0; i < t->n; i++) {
		double wide, word;

		run = (i > 0 && t->cell[i].row == t->cell[i - 1].row) ? run + 1
								      : 0;
		measure(d, &t->cell[i], t->cell[i].header ? g.fdb : g.fd, &wide,
		    &word);
		if (wide + 2 * PAD + 2 > want[run])
			want[run] = wide + 2 * PAD + 2;
		if (word + 2 * PAD + 2 > need[run])
			need[run] = word + 2 * PAD + 2;
	}
	/* A word wider than the page wraps inside itself instead. */
	for (i = 0; i < nc; i++)
		if (need[i] > avail / 2)
			need[i] = avail / 2;
	g.scale = col_widths(want, need, nc, avail, g.w);
	g.x0 = left(d);
	for (i = 1; i < nc; i++)
		g.x[i] = g.x[i - 1] + g.w[i - 1];
	doc_space(d, 4);
	flush_space(d);
	for (i = 0; i < t->n; i = row) {
		for (row = i + 1; row < t->n &&
		     t->cell[row].row == t->cell[i].row && row - i < nc;
		     row++)
			;
		draw_row(d, t, i, row, &g);
	}
	pango_font_description_free(g.fd);
	pango_font_description_free(g.fdb);
	free(want);
	free(need);
	free(g.x);
	free(g.w);
	doc_space(d, 8);
}
