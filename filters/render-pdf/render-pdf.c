/*
 * render-pdf: guide trees in, one PDF out.
 *
 * Each TREE is an assignment's project tree whose .guides/ holds its guide
 * (either generation).  For each, in the order given: a title page (the
 * course's name over the assignment's), then every page of the guide in
 * reading order, each starting a new sheet under its title.  Teacher-only
 * pages, chapters, |||guidance blocks and the answers and guidance of
 * assessments appear only with --teacher-notes.  The PDF has page numbers
 * and an outline by assignment, chapter and page; it goes to stdout.
 *
 * A missing page file is reported and leaves a visible note; a tree whose
 * guide metadata cannot be read stops the program with status 1.
 */
#include <err.h>
#include <getopt.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "etl.h"
#include "guide.h"
#include "render.h"

struct opts {
	const char *course;
	const char **names;
	int nnames;
	int teacher;
	double pw, ph;
	const char *now;
};

static _Noreturn void
usage(void)
{
	(void)fprintf(stderr,
	    "usage: render-pdf [-t] [-c course] [-n name]... [-p a4|letter]\n"
	    "                  [--now time] tree ...\n");
	exit(EXIT_USAGE);
}

static void
note(struct doc *d, const char *a, const char *b)
{
	struct rich r;

	rich_init(&r);
	rich_adds(&r, a);
	if (b != NULL)
		rich_adds(&r, b);
	doc_text(d, &r, TS_CAPTION);
	rich_free(&r);
}

static void
page_title(struct doc *d, const struct guide *g, const struct guide_page *p)
{
	struct rich r;
	size_t k;
	char *t = utf8_repairs(p->title);

	if (strcmp(t, p->title) != 0)
		warnx("%s/%s: not valid UTF-8", g->root,
		    p->meta_file != NULL ? p->meta_file : "");
	rich_init(&r);
	rich_adds(&r, *t != '\0' ? t : "(untitled)");
	free(t);
	if (p->hidden) {
		rich_adds(&r, " ");
		k = rich_open(&r, SP_NOTE, NULL);
		rich_adds(&r, "(teacher only)");
		rich_close(&r, k);
	}
	doc_text(d, &r, TS_H1);
	rich_free(&r);
}

static void
page_body(struct doc *d, const struct guide *g, const struct guide_page *p,
    int teacher)
{
	struct render_opts ro;
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (p->body == NULL) {
		if (p->missing)
			note(d, "[this page's file is missing]", NULL);
		return;
	}
	rc = guide_read_file(g->realroot, p->body, GUIDE_MAX_FILE, &text, &len);
	if (rc != GUIDE_OK) {
		warnx("%s/%s: %s", g->root, p->body, guide_strerror(rc));
		note(d, "[this page's file cannot be read: ", p->body);
		return;
	}
	if (!utf8_valid(text, len)) {
		char *fixed = utf8_repair(text, len, &len);

		warnx("%s/%s: not valid UTF-8", g->root, p->body);
		free(text);
		text = fixed;
	}
	ro.g = g;
	ro.teacher = teacher;
	ro.page = p->body;
	if (p->content_type == GUIDE_HTML) {
		render_html(d, &ro, text, len);
	} else {
		render_markdown(d, &ro, text, len);
	}
	free(text);
}

static void
render_tree(struct doc *d, struct guide *gp, const char *root, const char *name,
    const struct opts *o)
{
	struct guide g = *gp;
	int top, *ids;
	size_t i;
	int title_only = 0;
	char *copy, *base;

	copy = xstrdup(root);
	base = basename(copy);
	if (name == NULL)
		name = g.title != NULL ? g.title : base;
	doc_page_break(d);
	top = doc_outline(d, 0, name, 0);
	doc_title_page(d, o->course, name);
	if (g.generation == GUIDE_NONE) {
		warnx("%s: no guide (neither .guides/content/index.json nor "
		      ".guides/metadata.json)",
		    g.root);
		note(d, "[this assignment has no guide]", NULL);
	}
	ids = xcalloc(g.npages + 1, sizeof(int));
	for (i = 0; i < g.npages; i++) {
		const struct guide_page *p = &g.pages[i];
		int parent = p->parent >= 0 && (size_t)p->parent < i
		    ? ids[p->parent]
		    : top;

		if (p->hidden && !o->teacher)
			continue;
		if (!title_only)
			doc_page_break(d);
		else
			doc_space(d, 16);
		ids[i] = doc_outline(
		    d, parent, *p->title ? p->title : "(untitled)", 0);
		page_title(d, &g, p);
		page_body(d, &g, p, o->teacher);
		/* A chapter with no body shares its sheet with what follows. */
		title_only = p->container && p->body == NULL && !p->missing;
	}
	free(ids);
	free(copy);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "course", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ "name", required_argument, NULL, 'n' },
		{ "now", required_argument, NULL, 'N' },
		{ "paper", required_argument, NULL, 'p' },
		{ "teacher-notes", no_argument, NULL, 't' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct opts o;
	struct doc_opts dopts;
	struct doc *d;
	struct guide *guides;
	int ch, i;

	memset(&o, 0, sizeof(o));
	o.pw = 595.276;
	o.ph = 841.89;
	o.names = xcalloc((size_t)argc, sizeof(char *));
	while (
	    (ch = getopt_long(argc, argv, "c:hn:p:t", longopts, NULL)) != -1) {
		switch (ch) {
		case 'N':
			o.now = optarg;
			break;
		case 'V':
			print_version();
		case 'c':
			o.course = optarg;
			break;
		case 'h':
			usage();
		case 'n':
			o.names[o.nnames++] = optarg;
			break;
		case 'p':
			if (strcmp(optarg, "a4") == 0 ||
			    strcmp(optarg, "A4") == 0) {
				o.pw = 595.276;
				o.ph = 841.89;
			} else if (strcmp(optarg, "letter") == 0 ||
			    strcmp(optarg, "Letter") == 0) {
				o.pw = 612;
				o.ph = 792;
			} else {
				warnx("unknown paper \"%s\" (a4 or letter)",
				    optarg);
				usage();
			}
			break;
		case 't':
			o.teacher = 1;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage();
	if (o.nnames > argc) {
		warnx("%d names for %d trees", o.nnames, argc);
		usage();
	}
	if (o.course != NULL && !utf8_valid(o.course, strlen(o.course))) {
		warnx("-c: not valid UTF-8");
		usage();
	}
	for (i = 0; i < o.nnames; i++)
		if (o.names[i] == NULL ||
		    !utf8_valid(o.names[i], strlen(o.names[i]))) {
			warnx("-n: not valid UTF-8");
			usage();
		}
	dopts.page_w = o.pw;
	dopts.page_h = o.ph;
	dopts.now = now_time(o.now);
	dopts.title = o.course != NULL ? o.course
	    : o.nnames > 0	       ? o.names[0]
				       : NULL;
	/*
	 * Every guide is loaded (its table of contents and assessments,
	 * not its pages) before the PDF is begun, so bad metadata stops the
	 * run before a byte is written.
	 */
	guides = xcalloc((size_t)argc, sizeof(*guides));
	for (i = 0; i < argc; i++) {
		size_t k;

		if (guide_load(&guides[i], argv[i], NULL, NULL) != 0)
			exit(EXIT_DATA);
		for (k = 0; k < guides[i].nassessments; k++)
			if (assessment_check(
				&guides[i], &guides[i].assessments[k]) != 0)
				exit(EXIT_DATA);
	}
	d = doc_open(stdout, &dopts);
	for (i = 0; i < argc; i++) {
		render_tree(d, &guides[i], argv[i],
		    i < o.nnames ? o.names[i] : NULL, &o);
		guide_free(&guides[i]);
	}
	free(guides);
	if (doc_close(d) != 0)
		errx(EXIT_DATA, "<stdout>: cannot write the PDF");
	xfshut(stdout, "<stdout>");
	free(o.names);
	return 0;
}
