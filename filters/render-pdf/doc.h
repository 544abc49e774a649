/*
 * doc: the page layout engine of render-pdf.
 *
 * Blocks (text, code, rules, images, tables) go in one at a time and are
 * laid out with pango and drawn with cairo on the current page at once;
 * a block taller than the room left is split between lines, so nothing
 * but the block being drawn is ever held.  A page is written out when it
 * is full.  Containers (block quotes, callout boxes, list items) are a
 * stack: each line drawn gets the bars and backgrounds of the containers
 * open around it, so a container may span any number of pages.
 *
 * Text comes as a struct rich: UTF-8 text and a list of styled spans
 * (emphasis, code, links...).  Links become clickable areas; the outline
 * (bookmarks) is built as titles are placed.
 */
#ifndef DOC_H
#define DOC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum span_kind {
	SP_EM,
	SP_STRONG,
	SP_CODE,
	SP_DEL,
	SP_UNDERLINE,
	SP_LINK, /* uri set */
	SP_MATH,
	SP_SUP,
	SP_SUB,
	SP_NOTE, /* small grey text: a URL shown for print, a tag */
	SP_MARK
};

struct span {
	size_t start, end; /* byte offsets into the text; end = open */
	enum span_kind kind;
	char *uri;
};

struct rich {
	char *text;
	size_t len, cap;
	struct span *spans;
	size_t nspans, spancap;
};

void rich_init(struct rich *r);
void rich_free(struct rich *r);
void rich_clear(struct rich *r);
void rich_add(struct rich *r, const char *s, size_t n);
void rich_adds(struct rich *r, const char *s);
/* Open a span at the end of the text; returns its index for rich_close. */
size_t rich_open(struct rich *r, enum span_kind kind, const char *uri);
void rich_close(struct rich *r, size_t i);
/* True when the text holds something other than white space. */
int rich_blank(const struct rich *r);

/*
 * s[0..n) with each byte that is not part of valid UTF-8 replaced by
 * U+FFFD: a new string (its length in *outn when not NULL).
 */
char *utf8_repair(const char *s, size_t n, size_t *outn);
char *utf8_repairs(const char *s);
/* The last guard before text reaches pango: bad bytes become '?' in
   place, keeping every offset. */
void utf8_mask(char *s, size_t n);

enum text_style {
	TS_BODY,
	TS_H1, /* a page's title */
	TS_H2,
	TS_H3,
	TS_H4,
	TS_H5,
	TS_H6,
	TS_CAPTION, /* small grey: placeholders, box titles */
	TS_BOXTITLE
};

enum box_kind {
	BOX_QUOTE,
	BOX_CALLOUT, /* a |||kind block: tinted background and bar */
	BOX_TEACHER, /* teacher-only material: a different tint */
	BOX_ITEM     /* a list item: indent only */
};

struct doc_opts {
	double page_w, page_h; /* points */
	const char *title;     /* the PDF's Title, or NULL */
	int64_t now;	       /* creation date, seconds since the epoch */
};

struct doc;

struct doc *doc_open(FILE *out, const struct doc_opts *opts);
/* Finish the PDF; returns 0, or -1 when cairo reports an error. */
int doc_close(struct doc *d);

/* Start a fresh page unless the current one is empty. */
void doc_page_break(struct doc *d);
/* A title page: big text lines centred on a fresh page. */
void doc_title_page(struct doc *d, const char *over, const char *title);
/*
 * An outline entry pointing at the current position, under parent
 * (0 for the top level); returns its id for children.
 */
int doc_outline(struct doc *d, int parent, const char *title, int open);

/* A block of text in a style; a rich of only white space draws nothing. */
void doc_text(struct doc *d, const struct rich *r, enum text_style st);
/* Preformatted text in a monospace font, wrapped at the margin. */
void doc_code(struct doc *d, const char *text, size_t len);
void doc_rule(struct doc *d);
/* Vertical space in points (collapses at the top of a page). */
void doc_space(struct doc *d, double pt);

/*
 * Containers.  doc_item_begin() opens a list item whose first line gets
 * marker (e.g. "3." or a bullet) hung to its left.
 */
void doc_box_begin(struct doc *d, enum box_kind kind, const char *title);
void doc_box_end(struct doc *d);
void doc_item_begin(struct doc *d, const char *marker);
void doc_item_end(struct doc *d);

/*
 * Images, from bytes already read.  kind is "png", "jpeg", "gif", "svg"
 * or "pdf" (every page drawn); a picture that cannot be decoded draws
 * a framed placeholder naming path, and so does data NULL, with kind
 * saying why ("" for "image not found").
 */
void doc_image(struct doc *d, const unsigned char *data, size_t len,
    const char *kind, const char *path);

/* Tables: cells are added row by row, then the whole is drawn. */
struct table;
struct table *table_new(void);
/* align: 0 default, 1 left, 2 centre, 3 right. */
void table_cell(struct table *t, const struct rich *r, int header, int align);
void table_row_end(struct table *t);
void doc_table(struct doc *d, struct table *t);
void table_free(struct table *t);

/* Pages finished so far (the current one counts). */
int doc_page(const struct doc *d);

#endif
