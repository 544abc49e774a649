/*
 * render: a guide page's markdown (Codio's dialect) into doc blocks.
 *
 * md.c reads the page line by line for Codio's extras (callouts,
 * assessment embeds, buttons, action links, footnotes), hands the plain
 * markdown between them to md4c, and turns md4c's events into doc calls.
 * html.c reduces raw HTML to text and styles; assess.c draws embedded
 * assessments.
 */
#ifndef RENDER_H
#define RENDER_H

#include <stddef.h>

#include "doc.h"
#include "guide.h"

struct render_opts {
	const struct guide *g; /* the tree: its root, its assessments */
	int teacher;	       /* show teacher-only material */
	const char *page;      /* the page's body path, for messages */
};

#define MAXSPAN 64
#define MAXLIST 64

struct open_span {
	enum span_kind kind;
	char *uri;
	size_t idx;
};

struct buf {
	char *s;
	size_t len, cap;
};

struct footnote {
	char *label;
	char *text;
	int num;
};

struct mdr {
	struct doc *d;
	const struct render_opts *o;
	struct rich cur;
	enum text_style style;
	struct open_span span[MAXSPAN];
	int nspan;
	struct {
		int ordered;
		unsigned next;
		char delim;
	} list[MAXLIST];
	int nlist;
	int in_code, in_html, in_img, in_cell, cell_header, cell_align;
	int quiet; /* drop text (inside an image's alt) */
	struct buf code;
	struct buf html;
	struct buf imgsrc;
	struct buf tagpart; /* an inline tag spread over lines */
	struct table *tab;
	struct footnote *notes;
	size_t nnotes;
	int depth; /* nesting of render_markdown (assessments) */
};

void buf_add(struct buf *b, const char *s, size_t n);
void buf_clear(struct buf *b);
void buf_free(struct buf *b);

/* Render a whole page (or any markdown text) through the Codio layer. */
void render_markdown(
    struct doc *d, const struct render_opts *o, const char *text, size_t len);
/* Render a page of contentType html. */
void render_html(
    struct doc *d, const struct render_opts *o, const char *text, size_t len);
/* Render plain markdown (no Codio layer) with md4c into m's doc. */
void render_md4c(struct mdr *m, const char *text, size_t len);

/* The current rich text out as a block. */
void mdr_flush(struct mdr *m);
void mdr_span_open(struct mdr *m, enum span_kind kind, const char *uri);
void mdr_span_close(struct mdr *m, enum span_kind kind);
/* Close a link, its address shown after it for print. */
void mdr_link_close(struct mdr *m);
/* An image by its path from the tree's root (or an http URL). */
void mdr_image(struct mdr *m, const char *src, size_t len);

/* html.c */
/* Decode one entity ("&amp;", "&#x41;") into UTF-8; 0 when unknown. */
size_t entity_decode(const char *s, size_t n, char out[8]);
/* One inline tag or comment within a paragraph. */
void html_inline(struct mdr *m, const char *s, size_t n);
/* A raw HTML block, or a page of contentType html. */
void html_block(struct mdr *m, const char *s, size_t n);

/* assess.c: an embed of task_id, labelled label. */
void render_assessment(struct mdr *m, const char *task_id, size_t len);
/*
 * Are the fields of a the PDF reads (a multiple choice's answers, a fill
 * in the blanks' text) of the right types?  Returns 0, or -1 with a
 * message naming its file.
 */
int assessment_check(const struct guide *g, const struct guide_assessment *a);

#endif
