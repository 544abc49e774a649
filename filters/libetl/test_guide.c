/*
 * Unit tests of the guide walker, printing TAP.  Each test builds a small
 * assignment tree of its own in a temporary folder (both guide
 * generations and their faults), loads it, and checks the outline, the
 * assessments, the messages and the safe file reader.
 */
#define _XOPEN_SOURCE 700 /* nftw(3) */

#include <sys/types.h>
#include <sys/stat.h>

#include <errno.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "etl.h"
#include "guide.h"

static int nchecks, nfailed;
static char tree[4096];	    /* the current test tree */
static char messages[8192]; /* what the report hook got, one a line */
static int nerrors, nwarnings;

static void
check(bool ok, const char *what)
{
	nchecks++;
	if (!ok)
		nfailed++;
	printf("%s %d - %s\n", ok ? "ok" : "not ok", nchecks, what);
}

static void
check_str(const char *got, const char *want, const char *what)
{
	bool ok =
	    got != NULL && want != NULL ? strcmp(got, want) == 0 : got == want;

	check(ok, what);
	if (!ok)
		printf("# got \"%s\", want \"%s\"\n", got ? got : "(null)",
		    want ? want : "(null)");
}

static void
append(char *buf, size_t size, const char *s)
{
	size_t n = strlen(buf);

	snprintf(buf + n, size - n, "%s", s);
}

static void
hook(void *arg, int level, const char *msg)
{
	size_t n = strlen(messages);

	(void)arg;
	if (level == GUIDE_ERROR)
		nerrors++;
	else
		nwarnings++;
	snprintf(messages + n, sizeof(messages) - n, "%s\n", msg);
}

/* True when the messages hold a line "TREE/" + rest. */
static bool
said(const char *rest)
{
	char want[8192];

	snprintf(want, sizeof(want), "%s/%s\n", tree, rest);
	return strstr(messages, want) != NULL;
}

static void
check_said(const char *rest, const char *what)
{
	check(said(rest), what);
	if (!said(rest))
		printf("# messages:\n# %s", messages);
}

static int
rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* A fresh empty tree; the previous one is removed. */
static void
new_tree(void)
{
	if (tree[0] != '\0')
		nftw(tree, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	snprintf(tree, sizeof(tree), "%s/guide-test.XXXXXX",
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(tree) == NULL) {
		perror("mkdtemp");
		exit(1);
	}
	messages[0] = '\0';
	nerrors = nwarnings = 0;
}

/* mkdir -p for the folders of rel. */
static void
make_dirs(const char *rel)
{
	char path[8192], *p;

	snprintf(path, sizeof(path), "%s/%s", tree, rel);
	for (p = path + strlen(tree) + 1; (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		mkdir(path, 0755);
		*p = '/';
	}
}

/* Write a file of the tree, creating its folders. */
static void
put(const char *rel, const char *text)
{
	char path[8192];
	FILE *fp;

	make_dirs(rel);
	snprintf(path, sizeof(path), "%s/%s", tree, rel);
	if ((fp = fopen(path, "w")) == NULL) {
		perror(path);
		exit(1);
	}
	fputs(text, fp);
	fclose(fp);
}

static void
link_to(const char *target, const char *rel)
{
	char path[8192];

	make_dirs(rel);
	snprintf(path, sizeof(path), "%s/%s", tree, rel);
	if (symlink(target, path) == -1) {
		perror(path);
		exit(1);
	}
}

static void
fifo(const char *rel)
{
	char path[8192];

	make_dirs(rel);
	snprintf(path, sizeof(path), "%s/%s", tree, rel);
	if (mkfifo(path, 0644) == -1) {
		perror(path);
		exit(1);
	}
}

static int
load(struct guide *g)
{
	return guide_load(g, tree, hook, NULL);
}

/* The newer generation: nesting, bodies, html, teacher-only chapters. */
static void
test_v3(void)
{
	struct guide g;
	const struct guide_page *p;

	new_tree();
	put(".guides/content/index.json",
	    "{\"title\": \"Guide T\", \"order\": [\"Ch-1\", \"-dash-9\","
	    " \"Web-3\", \"Bare-4\"]}");
	put(".guides/content/Ch-1/index.json",
	    "{\"id\": \"c1\", \"type\": \"chapter\", \"title\": \"One\","
	    " \"contentType\": \"markdown\", \"teacherOnly\": true,"
	    " \"order\": [\"Sec-a\", \"Pg-b\"]}");
	put(".guides/content/Ch-1/index.md", "chapter body\n");
	put(".guides/content/Ch-1/Sec-a/index.json",
	    "{\"id\": \"s1\", \"type\": \"section\", \"title\": \"Sec\","
	    " \"order\": [\"Deep-c\"]}");
	put(".guides/content/Ch-1/Sec-a/Deep-c.json",
	    "{\"id\": \"d1\", \"type\": \"page\", \"title\": \"Deep\"}");
	put(".guides/content/Ch-1/Sec-a/Deep-c.md", "deep\n");
	put(".guides/content/Ch-1/Pg-b.json",
	    "{\"id\": \"p2\", \"title\": \"Pg\", \"teacherOnly\": false}");
	put(".guides/content/Ch-1/Pg-b.md", "pg\n");
	put(".guides/content/-dash-9.json",
	    "{\"id\": \"dd\", \"title\": \"== & !=\", \"type\": \"page\"}");
	put(".guides/content/-dash-9.md", "dash\n");
	put(".guides/content/Web-3.json",
	    "{\"id\": \"w3\", \"title\": \"Web\", \"contentType\": \"html\"}");
	put(".guides/content/Web-3.html", "<p>web</p>\n");
	put(".guides/content/Bare-4/index.json",
	    "{\"id\": \"b4\", \"type\": \"chapter\", \"title\": \"Bare\"}");
	put(".guides/content/Orphan-5.md", "never listed\n");

	check(load(&g) == 0, "v3: loads");
	check(g.generation == GUIDE_V3, "v3: generation");
	check_str(g.title, "Guide T", "v3: title from the root index.json");
	check(g.npages == 7, "v3: 7 entries, the orphan not among them");
	check(nwarnings == 0 && nerrors == 0, "v3: nothing reported");
	if (g.npages != 7) {
		guide_free(&g);
		return;
	}
	p = &g.pages[0];
	check_str(p->title, "One", "v3: first is the chapter");
	check(p->container && p->kind == GUIDE_CHAPTER && p->depth == 0 &&
		p->parent == -1,
	    "v3: chapter is a container at depth 0");
	check_str(p->body, ".guides/content/Ch-1/index.md",
	    "v3: chapter body is its index.md");
	check(p->teacher_only && p->hidden, "v3: chapter teacher-only");
	check_str(p->id, "c1", "v3: chapter id");
	check_str(p->meta_file, ".guides/content/Ch-1/index.json",
	    "v3: chapter meta_file");
	p = &g.pages[1];
	check(strcmp(p->title, "Sec") == 0 && p->kind == GUIDE_SECTION &&
		p->container && p->depth == 1 && p->parent == 0 &&
		p->body == NULL && !p->missing,
	    "v3: bare section inside, no body and not missing");
	p = &g.pages[2];
	check(strcmp(p->title, "Deep") == 0 && p->depth == 2 &&
		p->parent == 1 && !p->container,
	    "v3: page at depth 2");
	check(!p->teacher_only && p->hidden,
	    "v3: a teacher-only chapter hides its subtree");
	check_str(p->body, ".guides/content/Ch-1/Sec-a/Deep-c.md",
	    "v3: nested body path");
	p = &g.pages[3];
	check(strcmp(p->title, "Pg") == 0 && p->depth == 1 && p->parent == 0 &&
		p->hidden,
	    "v3: second child of the chapter, hidden");
	p = &g.pages[4];
	check_str(p->body, ".guides/content/-dash-9.md",
	    "v3: a stem starting with -");
	check_str(p->title, "== & !=", "v3: title as given");
	check(!p->hidden && p->depth == 0, "v3: top-level page visible");
	p = &g.pages[5];
	check(p->content_type == GUIDE_HTML, "v3: contentType html");
	check_str(p->body, ".guides/content/Web-3.html", "v3: html body");
	p = &g.pages[6];
	check(p->container && p->body == NULL && !p->missing,
	    "v3: container without contentType needs no body");
	check(g.nassessments == 0 && g.assessments_from == NULL,
	    "v3: no assessments folder, no assessments");
	guide_free(&g);
	check(g.npages == 0 && g.pages == NULL, "guide_free empties");
}

/* Missing pages are warnings, and the page stays. */
static void
test_missing(void)
{
	struct guide g;

	new_tree();
	put(".guides/content/index.json",
	    "{\"order\": [\"Gone-1\", \"NoBody-2\", \"Ok-3\", \"Ch-4\"]}");
	put(".guides/content/NoBody-2.json", "{\"title\": \"No body\"}");
	put(".guides/content/Ok-3.json", "{\"title\": \"Ok\"}");
	put(".guides/content/Ok-3.md", "ok\n");
	put(".guides/content/Ch-4/index.json",
	    "{\"title\": \"Ch\", \"contentType\": \"markdown\"}");
	check(load(&g) == 0, "missing: loads anyway");
	check(g.npages == 4, "missing: every entry kept");
	check(g.title == NULL, "missing: no title given, NULL");
	check_said(".guides/content/Gone-1.json: missing page \"Gone-1\"",
	    "missing: a stem with no file is named");
	check_said(".guides/content/NoBody-2.md: missing page \"No body\"",
	    "missing: a page without its .md is named with its title");
	check_said(".guides/content/Ch-4/index.md: missing page \"Ch\"",
	    "missing: a container with contentType and no index.md");
	check(nwarnings == 3 && nerrors == 0, "missing: three warnings");
	if (g.npages == 4) {
		check(g.pages[0].missing && g.pages[0].body == NULL &&
			strcmp(g.pages[0].title, "Gone-1") == 0,
		    "missing: stem stands in for the title");
		check(g.pages[1].missing && g.pages[1].body == NULL,
		    "missing: page kept without a body");
		check(!g.pages[2].missing && g.pages[2].body != NULL,
		    "missing: the next page is whole");
	}
	guide_free(&g);
}

/* Cycles and repeats in order are reported and skipped. */
static void
test_cycle(void)
{
	struct guide g;

	new_tree();
	put(".guides/content/index.json",
	    "{\"order\": [\"Ch-1\", \"Ch-1\", \"Twin-2\", \"../x\"]}");
	put(".guides/content/Ch-1/index.json",
	    "{\"title\": \"Ch\", \"order\": [\"Self-s\", \"Up-u\", \"P-p\"]}");
	link_to(".", ".guides/content/Ch-1/Self-s");
	link_to("..", ".guides/content/Ch-1/Up-u");
	put(".guides/content/Ch-1/P-p.json", "{\"title\": \"P\"}");
	put(".guides/content/Ch-1/P-p.md", "p\n");
	link_to("Ch-1", ".guides/content/Twin-2");
	check(load(&g) == 0, "cycle: loads");
	check(g.npages == 2, "cycle: only the chapter and its page");
	check_said(".guides/content/index.json: repeated stem \"Ch-1\" skipped",
	    "cycle: a repeated stem");
	check_said(".guides/content/Ch-1/index.json: cycle: \"Self-s\" is the "
		   "folder itself or an enclosing one, skipped",
	    "cycle: a folder listing itself");
	check_said(".guides/content/Ch-1/index.json: cycle: \"Up-u\" is the "
		   "folder itself or an enclosing one, skipped",
	    "cycle: a folder listing its parent");
	check_said(".guides/content/index.json: folder \"Twin-2\" listed "
		   "twice, skipped",
	    "cycle: one folder under two names");
	check_said(".guides/content/index.json: bad stem in \"order\" "
		   "skipped",
	    "cycle: a stem with a slash");
	guide_free(&g);
}

/*
 * Folders reached again through links are entered once: twenty levels of
 * two links each to the next level would otherwise make a million pages.
 */
static void
test_fanout(void)
{
	struct guide g;
	char rel[300], dir[256];
	int i;

	new_tree();
	snprintf(dir, sizeof(dir), ".guides/content");
	put(".guides/content/index.json", "{\"order\": [\"L\"]}");
	for (i = 0; i < 20; i++) {
		snprintf(rel, sizeof(rel), "%s/L/index.json", dir);
		put(rel,
		    i < 19 ? "{\"order\": [\"a\", \"b\"]}" : "{\"order\": []}");
		if (i < 19) {
			snprintf(rel, sizeof(rel), "%s/L/a", dir);
			link_to("L", rel);
			snprintf(rel, sizeof(rel), "%s/L/b", dir);
			link_to("L", rel);
		}
		snprintf(rel, sizeof(rel), "%s/L", dir);
		snprintf(dir, sizeof(dir), "%.250s", rel);
	}
	check(load(&g) == 0, "fan-out: loads");
	check(g.npages == 20, "fan-out: each folder once");
	check(nwarnings == 19, "fan-out: the second link of each level");
	check(g.npages == 20 && g.pages[19].depth == 19,
	    "fan-out: depth follows the first link");
	guide_free(&g);
}

/* The older generation with book.json. */
static void
test_legacy_book(void)
{
	static const char meta[] =
	    "{\"theme\": \"light\", \"sections\": ["
	    "{\"id\": \"s-intro\", \"title\": \"Intro (section)\","
	    " \"type\": \"markdown\","
	    " \"content-file\": \".guides/content/Intro-s.md\"},"
	    "{\"id\": \"s-deep\", \"title\": \"Deep\","
	    " \"content-file\": \"./.guides/content/Deep.md\"},"
	    "{\"id\": \"s-gone\", \"title\": \"Gone\","
	    " \"content-file\": \".guides/content/Gone.md\"},"
	    "{\"id\": \"s-up\", \"title\": \"Up\","
	    " \"content-file\": \".guides/../../etc/passwd\"},"
	    "{\"id\": \"s-abs\", \"title\": \"Abs\","
	    " \"content-file\": \"/etc/passwd\"},"
	    "{\"id\": \"s-t\", \"title\": \"Teacher\", \"teacherOnly\": true,"
	    " \"content-file\": \".guides/content/T.md\"},"
	    "{\"id\": \"s-orphan\", \"title\": \"Orphan\","
	    " \"content-file\": \".guides/content/O.md\"}"
	    "]}";
	static const char book[] =
	    "{\"name\": \"Book\", \"children\": ["
	    " {\"id\": \"n-intro\", \"pageId\": \"s-intro\", \"type\": \"page\","
	    "  \"title\": \"Intro\"},"
	    " {\"id\": \"n-ch\", \"type\": \"chapter\", \"title\": \"Ch\","
	    "  \"children\": ["
	    "  {\"id\": \"n-sec\", \"type\": \"section\", \"title\": \"Sec\","
	    "   \"children\": ["
	    "   {\"id\": \"n-sub\", \"type\": \"section\", \"title\": \"Sub\","
	    "    \"children\": ["
	    "    {\"id\": \"n-deep\", \"pageId\": \"s-deep\", \"type\": \"page\","
	    "     \"title\": \"Deep\"}]}]}]},"
	    " {\"id\": \"n-gone\", \"pageId\": \"s-gone\", \"type\": \"page\","
	    "  \"title\": \"Gone\"},"
	    " {\"id\": \"n-none\", \"pageId\": \"s-none\", \"type\": \"page\","
	    "  \"title\": \"Nowhere\"},"
	    " {\"id\": \"n-up\", \"pageId\": \"s-up\", \"title\": \"Up\"},"
	    " {\"id\": \"n-abs\", \"pageId\": \"s-abs\", \"title\": \"Abs\"},"
	    " {\"id\": \"n-t\", \"pageId\": \"s-t\", \"type\": \"chapter\","
	    "  \"title\": \"Teacher\", \"children\": ["
	    "  {\"id\": \"n-in\", \"pageId\": \"s-intro\", \"title\": \"Again\"}"
	    "]}]}";
	struct guide g;

	new_tree();
	put(".guides/metadata.json", meta);
	put(".guides/book.json", book);
	put(".guides/content/Intro-s.md", "intro\n");
	put(".guides/content/Deep.md", "deep\n");
	put(".guides/content/T.md", "teacher\n");
	put(".guides/content/O.md", "orphan\n");
	check(load(&g) == 0, "book: loads");
	check(g.generation == GUIDE_LEGACY_BOOK, "book: generation");
	check_str(g.title, "Book", "book: title is the book's name");
	check(g.npages == 11, "book: 11 nodes");
	if (g.npages != 11) {
		guide_free(&g);
		return;
	}
	check_str(g.pages[0].title, "Intro", "book: node title wins");
	check_str(g.pages[0].id, "n-intro", "book: id is the node's");
	check_str(g.pages[0].page_id, "s-intro", "book: page_id");
	check_str(g.pages[0].body, ".guides/content/Intro-s.md",
	    "book: body from content-file");
	check(g.pages[1].container && g.pages[1].body == NULL &&
		!g.pages[1].missing && g.pages[1].kind == GUIDE_CHAPTER,
	    "book: a chapter without pageId has no body");
	check(g.pages[4].depth == 3 && g.pages[4].parent == 3 &&
		g.pages[3].depth == 2 && g.pages[2].kind == GUIDE_SECTION,
	    "book: nesting four levels");
	check_str(g.pages[4].body, ".guides/content/Deep.md",
	    "book: ./ stripped from content-file");
	check_said(".guides/content/Gone.md: missing page \"Gone\"",
	    "book: missing content-file named");
	check(g.pages[5].missing, "book: missing page kept");
	check_said(".guides/book.json: missing page \"Nowhere\": no section "
		   "with id \"s-none\" in metadata.json",
	    "book: a pageId with no section");
	check_said(".guides/metadata.json: page \"Up\": content-file "
		   "\".guides/../../etc/passwd\" refused: it leaves the tree",
	    "book: .. in content-file refused");
	check_said(".guides/metadata.json: page \"Abs\": content-file "
		   "\"/etc/passwd\" refused: it leaves the tree",
	    "book: absolute content-file refused");
	check(g.pages[7].body == NULL && g.pages[8].body == NULL,
	    "book: refused pages have no body");
	check(g.pages[9].teacher_only && g.pages[9].container &&
		g.pages[9].body != NULL,
	    "book: a teacher-only chapter with its own body");
	check(!g.pages[10].teacher_only && g.pages[10].hidden &&
		g.pages[10].depth == 1,
	    "book: its child is hidden");
	check(nwarnings == 5 && nerrors == 0,
	    "book: five warnings (one a repeated pageId)");
	guide_free(&g);
}

/* The older generation without book.json: chapter flags. */
static void
test_legacy_flat(void)
{
	struct guide g;

	new_tree();
	put(".guides/metadata.json",
	    "{\"sections\": ["
	    "{\"id\": \"a\", \"title\": \"Before\", \"chapter\": false,"
	    " \"content-file\": \".guides/content/a.md\"},"
	    "{\"id\": \"b\", \"title\": \"Ch 1\", \"chapter\": true,"
	    " \"content-file\": \".guides/content/b.md\"},"
	    "{\"id\": \"c\", \"title\": \"In 1\","
	    " \"content-file\": \".guides/content/c.md\"},"
	    "{\"id\": \"d\", \"title\": \"Ch 2\", \"chapter\": true,"
	    " \"teacherOnly\": true,"
	    " \"content-file\": \".guides/content/d.md\"},"
	    "{\"id\": \"e\", \"title\": \"In 2\", \"teacherOnly\": false,"
	    " \"content-file\": \".guides/content/e.md\"},"
	    "{\"id\": \"f\", \"title\": \"Ch 3\", \"chapter\": true,"
	    " \"content-file\": \".guides/content/f.md\"}"
	    "]}");
	put(".guides/content/a.md", "a\n");
	put(".guides/content/b.md", "b\n");
	put(".guides/content/c.md", "c\n");
	put(".guides/content/d.md", "d\n");
	put(".guides/content/e.md", "e\n");
	put(".guides/content/f.md", "f\n");
	check(load(&g) == 0, "flat: loads");
	check(g.generation == GUIDE_LEGACY_FLAT, "flat: generation");
	check(g.title == NULL, "flat: no title");
	check(g.npages == 6, "flat: six pages");
	if (g.npages == 6) {
		check(g.pages[0].depth == 0 && g.pages[0].parent == -1 &&
			!g.pages[0].container,
		    "flat: a page before any chapter is at the top");
		check(g.pages[1].container && g.pages[1].depth == 0 &&
			g.pages[1].kind == GUIDE_CHAPTER,
		    "flat: chapter: true starts a chapter");
		check(g.pages[2].depth == 1 && g.pages[2].parent == 1,
		    "flat: the next page belongs to it");
		check(g.pages[4].hidden && !g.pages[4].teacher_only &&
			g.pages[4].parent == 3,
		    "flat: a teacher-only chapter hides its pages");
		check(!g.pages[5].hidden, "flat: the next chapter is visible");
		check_str(g.pages[2].id, "c", "flat: id is the section's");
		check(g.pages[2].meta != NULL &&
			cJSON_GetObjectItem(g.pages[2].meta, "content-file"),
		    "flat: the section is kept as meta");
	}
	check(nwarnings == 0, "flat: nothing reported");
	guide_free(&g);
}

/* Assessments: both storages, points as strings, defining order. */
static void
test_assessments(void)
{
	struct guide g;
	char want[8192];

	new_tree();
	put(".guides/metadata.json", "{\"sections\": []}");
	put(".guides/assessments.json",
	    "[{\"type\": \"free-text\", \"taskId\": \"z-1\","
	    "  \"source\": {\"name\": \"Zed\", \"points\": \"10\","
	    "  \"instructions\": \"Say\", \"guidance\": \"Teacher\"}},"
	    " {\"type\": \"multiple-choice\", \"taskId\": \"a-2\","
	    "  \"source\": {\"name\": \"Ay\", \"points\": 2.5}},"
	    " {\"type\": \"test\", \"taskId\": \"m-3\", \"source\": {}}]");
	check(load(&g) == 0, "assessments.json: loads");
	check(g.nassessments == 3, "assessments.json: three");
	check_str(g.assessments_from, ".guides/assessments.json",
	    "assessments.json: assessments_from");
	if (g.nassessments == 3) {
		check_str(g.assessments[0].task_id, "z-1",
		    "assessments.json: array order kept");
		check(g.assessments[0].points == 10,
		    "assessments.json: points \"10\" is 10");
		check(g.assessments[1].points == 2.5,
		    "assessments.json: points 2.5");
		check(g.assessments[2].points == 0 &&
			strcmp(g.assessments[2].name, "m-3") == 0,
		    "assessments.json: no points is 0, no name is the id");
		check_str(g.assessments[0].guidance, "Teacher",
		    "assessments.json: guidance");
		check_str(g.assessments[0].instructions, "Say",
		    "assessments.json: instructions");
		check(g.assessments[1].instructions == NULL,
		    "assessments.json: no instructions is NULL");
		check_str(g.assessments[1].type, "multiple-choice",
		    "assessments.json: type");
		check(g.assessments[1].source != NULL &&
			cJSON_IsObject(g.assessments[1].json),
		    "assessments.json: the raw object");
		check(
		    guide_find_assessment(&g, "z-1", 3) == &g.assessments[0] &&
			guide_find_assessment(&g, "a-2", 3) ==
			    &g.assessments[1] &&
			guide_find_assessment(&g, "m-3x", 3) ==
			    &g.assessments[2],
		    "find: in an unsorted array");
		check(guide_find_assessment(&g, "a", 1) == NULL &&
			guide_find_assessment(&g, "a-22", 4) == NULL &&
			guide_find_assessment(&g, "", 0) == NULL,
		    "find: no prefix matches");
	}
	guide_free(&g);

	/* The folder wins over assessments.json, sorted by task id. */
	put(".guides/assessments/b-2.json",
	    "{\"source\": {\"name\": \"Bee\", \"points\": \"1\"},"
	    " \"taskId\": \"b-2\", \"type\": \"fill-in-the-blanks\"}");
	put(".guides/assessments/B-1.json",
	    "{\"taskId\": \"B-1\", \"type\": \"test\","
	    " \"source\": {\"points\": 20}}");
	put(".guides/assessments/notes.txt", "not an assessment\n");
	check(load(&g) == 0, "assessments/: loads");
	check(g.nassessments == 2, "assessments/: the folder wins");
	check_str(g.assessments_from, ".guides/assessments",
	    "assessments/: assessments_from");
	if (g.nassessments == 2) {
		check_str(g.assessments[0].task_id, "B-1",
		    "assessments/: bytewise order by task id");
		check_str(g.assessments[1].file, ".guides/assessments/b-2.json",
		    "assessments/: file");
		check(
		    g.assessments[1].points == 1, "assessments/: points \"1\"");
	}
	guide_free(&g);

	/* A points string that is not a number. */
	put(".guides/assessments/c-3.json",
	    "{\"taskId\": \"c-3\", \"source\": {\"points\": \"ten\"}}");
	check(load(&g) == -1, "points \"ten\": an error");
	check_said(".guides/assessments/c-3.json: c-3: points \"ten\" is not "
		   "a number",
	    "points \"ten\": names file and task");
	check(g.npages == 0 && g.nassessments == 0, "error: guide left empty");
	guide_free(&g);
	put(".guides/assessments/c-3.json",
	    "{\"taskId\": \"c-3\", \"source\": {\"points\": \"0x10\"}}");
	check(load(&g) == -1, "points \"0x10\": an error");
	put(".guides/assessments/c-3.json",
	    "{\"taskId\": \"c-3\", \"source\": {\"points\": true}}");
	messages[0] = '\0';
	check(load(&g) == -1, "points true: an error");
	check_said(".guides/assessments/c-3.json: c-3: points is not a number",
	    "points true: message");
	put(".guides/assessments/c-3.json", "{\"source\": {}}");
	messages[0] = '\0';
	check(load(&g) == -1, "no taskId: an error");
	check_said(".guides/assessments/c-3.json: the assessment has no "
		   "\"taskId\"",
	    "no taskId: message");

	/* Malformed JSON names the line. */
	put(".guides/assessments/c-3.json", "{\n\"taskId\": \"c-3\",\n}\n");
	messages[0] = '\0';
	check(load(&g) == -1, "malformed assessment: an error");
	snprintf(want, sizeof(want),
	    ".guides/assessments/c-3.json:3: malformed JSON");
	check_said(want, "malformed assessment: file and line");
}

static void
test_malformed(void)
{
	struct guide g;

	new_tree();
	put(".guides/content/index.json", "{\"order\": [\"Bad-1\"]}");
	put(".guides/content/Bad-1.json",
	    "{\n  \"title\": \"x\"\n  \"id\": 1\n}");
	check(load(&g) == -1, "malformed page JSON: an error");
	check_said(".guides/content/Bad-1.json:3: malformed JSON",
	    "malformed page JSON: file and line");
	new_tree();
	put(".guides/metadata.json", "{\"sections\": 3}");
	check(load(&g) == -1, "metadata without sections: an error");
	check_said(".guides/metadata.json: no \"sections\" array",
	    "metadata without sections: message");
	new_tree();
	put(".guides/metadata.json", "{\"sections\": []}");
	put(".guides/book.json", "[1, 2");
	check(load(&g) == -1, "malformed book.json: an error");
	new_tree();
	put(".guides/content/index.json", "{\"order\": \"x\"}");
	check(load(&g) == -1, "order not an array: an error");
	new_tree();
	put(".guides/content/index.json", "{\"title\": \"\xff\"}");
	check(load(&g) == -1, "not UTF-8: an error");
	check_said(".guides/content/index.json: not valid UTF-8",
	    "not UTF-8: message");
	new_tree();
	put("README", "no guide here\n");
	check(load(&g) == 0 && g.generation == GUIDE_NONE && g.npages == 0,
	    "no .guides: an empty guide, no error");
	check(nwarnings == 0, "no .guides: no warning");
	guide_free(&g);
	put("converterV3AlreadyInProgress", "");
	check(load(&g) == 0 && nwarnings == 1, "conversion flag: loads");
	check_said("converterV3AlreadyInProgress: the guide is being "
		   "converted; read as found",
	    "conversion flag: a warning");
	guide_free(&g);
	check(guide_load(&g, "/nonexistent/tree", hook, NULL) == -1,
	    "a root that does not exist: an error");
}

/* FIFOs and links out of the tree, in the loader and the reader. */
static void
test_unsafe(void)
{
	struct guide g;
	char *buf;
	size_t len;

	new_tree();
	put(".guides/content/index.json",
	    "{\"order\": [\"Fifo-1\", \"Out-2\", \"In-3\", \"Meta-4\"]}");
	put(".guides/content/Fifo-1.json", "{\"title\": \"Fifo\"}");
	fifo(".guides/content/Fifo-1.md");
	put(".guides/content/Out-2.json", "{\"title\": \"Out\"}");
	link_to("/etc/passwd", ".guides/content/Out-2.md");
	put(".guides/content/In-3.json", "{\"title\": \"In\"}");
	put("shared/in.md", "inside\n");
	link_to("../../shared/in.md", ".guides/content/In-3.md");
	fifo(".guides/content/Meta-4.json");
	check(load(&g) == 0, "unsafe: loads");
	check(g.npages == 4, "unsafe: all kept");
	check_said(".guides/content/Fifo-1.md: page \"Fifo\": not a regular "
		   "file",
	    "unsafe: a FIFO body is refused");
	check_said(".guides/content/Out-2.md: page \"Out\": leaves the tree",
	    "unsafe: a link out of the tree is refused");
	check_said(".guides/content/Meta-4.json: page \"Meta-4\": not a "
		   "regular file",
	    "unsafe: a FIFO page JSON is refused");
	if (g.npages == 4) {
		check(g.pages[0].missing && g.pages[0].body == NULL,
		    "unsafe: FIFO page has no body");
		check_str(g.pages[2].body, ".guides/content/In-3.md",
		    "unsafe: a link inside the tree is fine");
	}

	/* The reader itself. */
	check(guide_read_file(tree, ".guides/content/In-3.md", 100, &buf,
		  &len) == GUIDE_OK &&
		len == 7 && strcmp(buf, "inside\n") == 0,
	    "read: through an inner link");
	free(buf);
	check(guide_read_file(tree, ".guides/content/Fifo-1.md", 100, &buf,
		  &len) == GUIDE_ENOTREG &&
		buf == NULL,
	    "read: a FIFO is not opened");
	check(guide_read_file(tree, ".guides/content/Out-2.md", 1 << 20, &buf,
		  &len) == GUIDE_EOUTSIDE,
	    "read: a link out");
	check(guide_read_file(tree, "shared/../../x", 100, &buf, &len) ==
		GUIDE_EOUTSIDE,
	    "read: .. above the root, even when missing");
	check(guide_read_file(
		  tree, "shared/../shared/in.md", 100, &buf, &len) == GUIDE_OK,
	    "read: .. that stays inside");
	free(buf);
	check(guide_read_file(tree, "/etc/passwd", 1 << 20, &buf, &len) ==
		GUIDE_EPATH,
	    "read: an absolute path");
	check(guide_read_file(tree, "", 100, &buf, &len) == GUIDE_EPATH,
	    "read: an empty path");
	check(guide_read_file(tree, "shared", 100, &buf, &len) == GUIDE_ENOTREG,
	    "read: a directory");
	check(guide_read_file(tree, ".", 100, &buf, &len) == GUIDE_ENOTREG,
	    "read: the root itself");
	check(guide_read_file(tree, "nope.md", 100, &buf, &len) == GUIDE_ENOENT,
	    "read: missing");
	check(guide_read_file(tree, "shared/in.md", 6, &buf, &len) ==
		GUIDE_ETOOBIG,
	    "read: larger than max");
	check(guide_read_file(tree, "shared/in.md", 7, &buf, &len) == GUIDE_OK,
	    "read: exactly max");
	free(buf);
	check(guide_check_file(tree, ".guides/content/Out-2.md") ==
		GUIDE_EOUTSIDE,
	    "check: a link out");
	check_str(guide_strerror(GUIDE_ENOTREG), "not a regular file",
	    "strerror: a phrase");
	guide_free(&g);

	guide_free(&g);
}

/* The content folder itself a link out of the tree. */
static void
test_content_outside(void)
{
	struct guide g;
	char dir[4200], file[4400];
	FILE *fp;

	new_tree();
	snprintf(dir, sizeof(dir), "%s-outside", tree);
	mkdir(dir, 0755);
	snprintf(file, sizeof(file), "%s/index.json", dir);
	if ((fp = fopen(file, "w")) != NULL) {
		fputs("{\"order\": []}", fp);
		fclose(fp);
	}
	make_dirs(".guides/x");
	link_to(dir, ".guides/content");
	check(load(&g) == -1, "content folder outside: an error");
	check_said(".guides/content/index.json: leaves the tree",
	    "content folder outside: message");
	remove(file);
	rmdir(dir);
}

static void
test_embeds(void)
{
	static const char text[] =
	    "Intro {Check It!|assessment}(multiple-choice-1)\n"
	    "{Submit | assessment}(free-text-2)\n"
	    "{ Go |Assessment }( test_3.x )\n"
	    "{a}(b) {a|assess}(b) {a|assessment}(b c) {a|assessment} (b)\n"
	    "{x\n|assessment}(y) {|assessment}(empty-label)"
	    "{a|b|assessment}(last-bar)";
	struct guide_embed e;
	size_t pos = 0;
	char got[1024] = "", one[256];

	while (guide_next_embed(text, sizeof(text) - 1, &pos, &e)) {
		snprintf(one, sizeof(one), "[%.*s|%.*s]", (int)e.label_len,
		    text + e.label, (int)e.task_id_len, text + e.task_id);
		append(got, sizeof(got), one);
	}
	check_str(got,
	    "[Check It!|multiple-choice-1][Submit|free-text-2]"
	    "[Go|test_3.x][|empty-label][a|b|last-bar]",
	    "embeds: lenient, and only embeds");
	pos = 0;
	guide_next_embed(text, sizeof(text) - 1, &pos, &e);
	check(e.start == 6 && text[e.end - 1] == ')' && pos == e.end,
	    "embeds: start and end");
	pos = 0;
	check(!guide_next_embed("{a|assessment}(b", 16, &pos, &e) && pos == 16,
	    "embeds: an unclosed one is not one");
	pos = 0;
	check(guide_next_embed("{a|assessment}(b)", 16, &pos, &e) == false,
	    "embeds: len is respected");
}

/* The column order: first embedding, then the rest in defining order. */
static void
test_order(void)
{
	struct guide g;
	size_t *order;
	char got[256] = "";
	size_t i;

	new_tree();
	put(".guides/content/index.json",
	    "{\"order\": [\"Ch-1\", \"P-2\", \"Gone-3\", \"P-4\"]}");
	put(".guides/content/Ch-1/index.json",
	    "{\"title\": \"T\", \"teacherOnly\": true, \"order\": [\"Q-1\"]}");
	put(".guides/content/Ch-1/index.md", "{x|assessment}(d)\n");
	put(".guides/content/Ch-1/Q-1.json", "{\"title\": \"Q\"}");
	put(".guides/content/Ch-1/Q-1.md",
	    "{x|assessment}(b)\n{x|assessment}(unknown)\n");
	put(".guides/content/P-2.json", "{\"title\": \"P\"}");
	put(".guides/content/P-2.md", "{x|assessment}(b)\n{x|assessment}(e)\n");
	put(".guides/content/P-4.json", "{\"title\": \"P4\"}");
	put(".guides/content/P-4.md", "{x|assessment}(d)\n");
	put(".guides/assessments/a.json", "{\"taskId\": \"a\"}");
	put(".guides/assessments/b.json", "{\"taskId\": \"b\"}");
	put(".guides/assessments/c.json", "{\"taskId\": \"c\"}");
	put(".guides/assessments/d.json", "{\"taskId\": \"d\"}");
	put(".guides/assessments/e.json", "{\"taskId\": \"e\"}");
	check(load(&g) == 0 && g.nassessments == 5, "order: loads");
	order = guide_assessment_order(&g);
	for (i = 0; i < g.nassessments; i++)
		append(got, sizeof(got), g.assessments[order[i]].task_id);
	check_str(got, "dbeac",
	    "order: first embedding (teacher-only too), then the rest");
	check(guide_find_assessment(&g, "cx", 1) == &g.assessments[2],
	    "find: by length");
	check(guide_find_assessment(&g, "zz", 2) == NULL, "find: unknown");
	free(order);
	guide_free(&g);
	check(guide_assessment_order(&g) == NULL, "order: none, NULL");
}

int
main(void)
{
	test_v3();
	test_missing();
	test_cycle();
	test_fanout();
	test_legacy_book();
	test_legacy_flat();
	test_assessments();
	test_malformed();
	test_unsafe();
	test_content_outside();
	test_embeds();
	test_order();
	if (tree[0] != '\0')
		nftw(tree, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	printf("1..%d\n", nchecks);
	return nfailed > 0;
}
