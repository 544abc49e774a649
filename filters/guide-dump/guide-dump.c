/*
 * guide-dump: print a Codio guide as NDJSON.
 *
 * Input: assignment trees named on the command line, or, with none, their
 * paths read from stdin, one a line.  Output, for each tree in turn, one
 * JSON object a line:
 *
 *   {"record":"guide","tree":T,"generation":G,"title":S|null,
 *    "pages":N,"assessments":N,"assessments_from":S|null}
 *   {"record":"page","tree":T,"index":N,"depth":N,"parent":N|null,
 *    "type":"chapter"|"section"|"page","container":B,"title":S,
 *    "id":S|null,"page_id":S|null,"body":S|null,
 *    "content_type":"markdown"|"html","teacher_only":B,"hidden":B,
 *    "missing":B,"meta_file":S|null,"embeds":[TASKID...]}     per page
 *   {"record":"assessment","tree":T,"index":N,"column":N,"task_id":S,
 *    "type":S,"name":S,"points":X,"file":S,"embedded":B,
 *    "instructions":S|null,"guidance":S|null}              per assessment
 *
 * Pages come in reading order, assessments in their defining order;
 * "column" is the position in the assessment column order of the CSV
 * export.  With -s each assessment line also carries "json", the whole
 * object as defined.  Warnings about the tree go to stderr; a tree that
 * fails to load is reported and skipped, and the exit status is then 1.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "etl.h"
#include "guide.h"

static bool sflag; /* -s: whole assessment objects */

static _Noreturn void usage(void);
static int dump_tree(const char *);
static void put_line(cJSON *);
static cJSON *str_or_null(const char *);

static _Noreturn void
usage(void)
{
	fprintf(stderr, "usage: guide-dump [-s] [tree ...]\n");
	exit(EXIT_USAGE);
}

static cJSON *
str_or_null(const char *s)
{
	return s != NULL ? cJSON_CreateString(s) : cJSON_CreateNull();
}

/* Print one object as a line and free it. */
static void
put_line(cJSON *o)
{
	char *s = cJSON_PrintUnformatted(o);

	if (s == NULL)
		errx_at(NULL, 0, "out of memory");
	fputs(s, stdout);
	putchar('\n');
	free(s);
	cJSON_Delete(o);
}

static const char *
generation_name(int gen)
{
	switch (gen) {
	case GUIDE_LEGACY_BOOK:
		return "legacy-book";
	case GUIDE_LEGACY_FLAT:
		return "legacy-flat";
	case GUIDE_V3:
		return "v3";
	default:
		return "none";
	}
}

static const char *
kind_name(int kind)
{
	return kind == GUIDE_CHAPTER ? "chapter"
	    : kind == GUIDE_SECTION  ? "section"
				     : "page";
}

/*
 * The task ids page p embeds, in order, as a JSON array; used[] marks the
 * defined assessments seen.
 */
static cJSON *
page_embeds(const struct guide *g, const struct guide_page *p, bool *used)
{
	const struct guide_assessment *a;
	struct guide_embed e;
	cJSON *arr = cJSON_CreateArray();
	char *buf, *id;
	size_t len, pos = 0;

	if (p->body == NULL ||
	    guide_read_file(g->realroot, p->body, GUIDE_MAX_FILE, &buf, &len) !=
		GUIDE_OK)
		return arr; /* guide_assessment_order() reported it */
	while (guide_next_embed(buf, len, &pos, &e)) {
		id = xmalloc(e.task_id_len + 1);
		memcpy(id, buf + e.task_id, e.task_id_len);
		id[e.task_id_len] = '\0';
		cJSON_AddItemToArray(arr, cJSON_CreateString(id));
		free(id);
		a = guide_find_assessment(g, buf + e.task_id, e.task_id_len);
		if (a != NULL)
			used[a - g->assessments] = true;
	}
	free(buf);
	return arr;
}

static void
dump_page(const struct guide *g, size_t i, bool *used)
{
	const struct guide_page *p = &g->pages[i];
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "record", "page");
	cJSON_AddStringToObject(o, "tree", g->root);
	cJSON_AddNumberToObject(o, "index", (double)i);
	cJSON_AddNumberToObject(o, "depth", p->depth);
	if (p->parent >= 0)
		cJSON_AddNumberToObject(o, "parent", (double)p->parent);
	else
		cJSON_AddNullToObject(o, "parent");
	cJSON_AddStringToObject(o, "type", kind_name(p->kind));
	cJSON_AddBoolToObject(o, "container", p->container);
	cJSON_AddStringToObject(o, "title", p->title);
	cJSON_AddItemToObject(o, "id", str_or_null(p->id));
	cJSON_AddItemToObject(o, "page_id", str_or_null(p->page_id));
	cJSON_AddItemToObject(o, "body", str_or_null(p->body));
	cJSON_AddStringToObject(o, "content_type",
	    p->content_type == GUIDE_HTML ? "html" : "markdown");
	cJSON_AddBoolToObject(o, "teacher_only", p->teacher_only);
	cJSON_AddBoolToObject(o, "hidden", p->hidden);
	cJSON_AddBoolToObject(o, "missing", p->missing);
	cJSON_AddItemToObject(o, "meta_file", str_or_null(p->meta_file));
	cJSON_AddItemToObject(o, "embeds", page_embeds(g, p, used));
	put_line(o);
}

static void
dump_assessment(const struct guide *g, size_t i, size_t column, bool embedded)
{
	const struct guide_assessment *a = &g->assessments[i];
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "record", "assessment");
	cJSON_AddStringToObject(o, "tree", g->root);
	cJSON_AddNumberToObject(o, "index", (double)i);
	cJSON_AddNumberToObject(o, "column", (double)column);
	cJSON_AddStringToObject(o, "task_id", a->task_id);
	cJSON_AddStringToObject(o, "type", a->type);
	cJSON_AddStringToObject(o, "name", a->name);
	cJSON_AddNumberToObject(o, "points", a->points);
	cJSON_AddStringToObject(o, "file", a->file);
	cJSON_AddBoolToObject(o, "embedded", embedded);
	cJSON_AddItemToObject(o, "instructions", str_or_null(a->instructions));
	cJSON_AddItemToObject(o, "guidance", str_or_null(a->guidance));
	if (sflag)
		cJSON_AddItemToObject(
		    o, "json", cJSON_Duplicate(a->json, true));
	put_line(o);
}

static int
dump_tree(const char *tree)
{
	struct guide g;
	size_t i, *order, *column;
	bool *used;
	cJSON *o;

	if (guide_load(&g, tree, NULL, NULL) == -1)
		return -1;
	order = guide_assessment_order(&g);
	used = xcalloc(g.nassessments + 1, sizeof(*used));
	column = xcalloc(g.nassessments + 1, sizeof(*column));
	for (i = 0; i < g.nassessments; i++)
		column[order[i]] = i;
	o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "record", "guide");
	cJSON_AddStringToObject(o, "tree", g.root);
	cJSON_AddStringToObject(o, "generation", generation_name(g.generation));
	cJSON_AddItemToObject(o, "title", str_or_null(g.title));
	cJSON_AddNumberToObject(o, "pages", (double)g.npages);
	cJSON_AddNumberToObject(o, "assessments", (double)g.nassessments);
	cJSON_AddItemToObject(
	    o, "assessments_from", str_or_null(g.assessments_from));
	put_line(o);
	for (i = 0; i < g.npages; i++)
		dump_page(&g, i, used);
	for (i = 0; i < g.nassessments; i++)
		dump_assessment(&g, i, column[i], used[i]);
	free(used);
	free(column);
	free(order);
	guide_free(&g);
	return 0;
}

int
main(int argc, char *argv[])
{
	struct line_reader lr;
	char *line;
	int ch, rval = 0;

	if (argc > 1 && strcmp(argv[1], "--help") == 0) {
		printf("usage: guide-dump [-s] [tree ...]\n");
		xfshut(stdout, "<stdout>");
		return 0;
	}
	if (argc > 1 && strcmp(argv[1], "--version") == 0)
		print_version();
	while ((ch = getopt(argc, argv, "s")) != -1) {
		switch (ch) {
		case 's':
			sflag = true;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	if (argc > 0) {
		for (; argc > 0; argc--, argv++)
			if (dump_tree(argv[0]) == -1)
				rval = EXIT_DATA;
	} else {
		line_reader_init(&lr, stdin, "<stdin>");
		while ((line = line_reader_next(&lr)) != NULL) {
			if (line[0] == '\0')
				continue;
			if (dump_tree(line) == -1)
				rval = EXIT_DATA;
		}
		line_reader_free(&lr);
	}
	xfshut(stdout, "<stdout>");
	return rval;
}
