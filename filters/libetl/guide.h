/*
 * guide: walking a Codio guide, the one way every filter does it.
 *
 * An assignment is a project tree whose .guides/ folder holds the guide in
 * one of two generations:
 *
 *   older  .guides/metadata.json sections[] (each with a content-file path
 *          from the tree's root), ordered by .guides/book.json when it is
 *          there (nodes linked to sections by pageId; a node without pageId
 *          is a container with no body), else in sections[] order where
 *          "chapter": true starts a chapter; assessments in the array
 *          .guides/assessments.json.
 *   newer  .guides/content/index.json and each container folder's
 *          index.json list their children as stems in "order": a child is
 *          the folder STEM/ when STEM/index.json exists, else the page
 *          STEM.json with its body STEM.md (STEM.html when contentType is
 *          "html"); a container's own body is its index.md (index.html);
 *          assessments are .guides/assessments/TASKID.json.
 *
 * guide_load() walks the order (never globs, never derives a file name
 * from a title) into a flat array of pages in reading order, each with its
 * depth, and reads the assessments.  Pages are kept even when their files
 * are missing; only metadata that cannot be trusted (malformed JSON, bad
 * points, an assessment without task id) fails the load.
 *
 * Every file is read through guide_read_file(), which never leaves the tree
 * (.. and symbolic links are resolved and checked against the root) and
 * never opens a FIFO, device or socket.
 *
 * Reports.  Warnings and errors are handed to the report hook given to
 * guide_load() as one line of text without the program name, in the form
 * "TREE/RELPATH: problem", where TREE is the root as the caller gave it
 * (a trailing slash removed).  A NULL hook prints them with warnx_at() of
 * etl.h (as warnx(3) does, after flushing stdout), so a filter's message
 * reads "prog: TREE/.guides/content/A-1b2c.md: missing
 * page \"A\"".  The hook is kept in the guide and used again by the later
 * calls that take the guide (guide_assessment_order()).  Errors are
 * reported once through the hook and then returned as -1: the caller
 * decides whether to exit (status 1) or go on with the next tree.
 *
 * Out of memory exits with status 1 (xmalloc of etl.h).
 */
#ifndef GUIDE_H
#define GUIDE_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

/* Generations (struct guide.generation). */
enum {
	GUIDE_NONE = 0,	   /* no .guides/content/index.json nor metadata.json */
	GUIDE_LEGACY_BOOK, /* metadata.json ordered by book.json */
	GUIDE_LEGACY_FLAT, /* metadata.json alone: sections[] order */
	GUIDE_V3	   /* .guides/content/index.json tree */
};

/* Page kinds (struct guide_page.kind), from the node's "type" as given. */
enum {
	GUIDE_PAGE = 0, /* "page", or anything unknown */
	GUIDE_CHAPTER,	/* "chapter"; older flat: "chapter": true */
	GUIDE_SECTION	/* "section" */
};

/* Content types (struct guide_page.content_type). */
enum {
	GUIDE_MARKDOWN = 0, /* "markdown", or missing */
	GUIDE_HTML	    /* "html" */
};

/* Report levels handed to the hook. */
enum { GUIDE_WARNING = 0, GUIDE_ERROR = 1 };

/* Largest metadata JSON file read (64 MiB); larger is an error. */
#define GUIDE_MAX_JSON ((size_t)64 << 20)
/* Suggested limit for page bodies and images (64 MiB). */
#define GUIDE_MAX_FILE ((size_t)64 << 20)
/* Containers nested deeper than this are reported and not entered. */
#define GUIDE_MAX_DEPTH 32

/*
 * One entry of the table of contents: a page, or a container (chapter or
 * section) that may also have a body of its own.
 */
struct guide_page {
	char *title; /* never NULL; a stem or "" stands in for a missing one */
	/*
	 * The id: newer, the page's or container's "id"; older with a book,
	 * the book node's "id" (which may differ from pageId); older flat,
	 * the section's "id".  NULL when the metadata gives none.
	 */
	char *id;
	/* Older with a book: the node's pageId, NULL when none. */
	char *page_id;
	/*
	 * Depth in the outline, 0 for the top level.  Older flat: a chapter
	 * is at 0 and the pages after it at 1 (pages before the first
	 * chapter at 0).  Reading order is array order; a page's children
	 * follow it directly at depth + 1.
	 */
	int depth;
	long parent;	/* index of the enclosing container, -1 at top level */
	int kind;	/* GUIDE_PAGE, GUIDE_CHAPTER or GUIDE_SECTION */
	bool container; /* a folder with index.json, a book node with
			   children or of type chapter/section, or a flat
			   "chapter": true section */
	/*
	 * The body, a path relative to the tree's root ("a/b.md", without
	 * "./"), or NULL when the entry has none: a container without a
	 * body, or a page whose file is missing (then missing is true).
	 * The path was checked to stay inside the tree when the guide was
	 * loaded; read it with guide_read_file().
	 */
	char *body;
	int content_type;  /* GUIDE_MARKDOWN or GUIDE_HTML */
	bool missing;	   /* the page's JSON or body file is not there */
	bool teacher_only; /* "teacherOnly": true on this entry itself */
	/* Effective: this entry or an enclosing container is teacher-only
	   (older flat: also the chapter it belongs to). */
	bool hidden;
	/*
	 * The metadata file that describes the entry, relative to the root
	 * (".guides/content/x/index.json", ".guides/metadata.json"), NULL
	 * for a stem whose file is missing.
	 */
	char *meta_file;
	/*
	 * The entry's metadata as read: the page or index.json object
	 * (newer), the sections[] object (older), or NULL.  Owned by the
	 * guide; read-only.  Fields such as "files" and "layout" are here.
	 */
	cJSON *meta;
};

/* One assessment, as defined (embedded or not). */
struct guide_assessment {
	char *task_id; /* "taskId"; never NULL */
	char *type;    /* "type", "" when missing */
	/* source.name; the task id stands in when it is missing or not a
	   string.  Not unique: callers tell duplicates apart. */
	char *name;
	/* source.points: a number, or a string holding one; 0 when missing
	   or null. */
	double points;
	char *instructions; /* source.instructions, NULL when missing */
	char *guidance;	    /* source.guidance, NULL when missing */
	/* The file it was read from, relative to the root. */
	char *file;
	/* The whole object ({type, taskId, source, ...}); owned by the
	   guide.  source points into it (NULL when there is none).  For the
	   answers and type-specific fields. */
	cJSON *json;
	const cJSON *source;
};

struct guide {
	char *root;	/* the root as given, trailing slashes removed */
	char *realroot; /* realpath(3) of the root */
	int generation; /* GUIDE_NONE, GUIDE_LEGACY_BOOK, ... */
	/* The guide's title: book.json "name" (older), the root index.json
	   "title" (newer); NULL when none is given. */
	char *title;
	struct guide_page *pages; /* reading order */
	size_t npages;
	/*
	 * In their defining order: .guides/assessments.json array order, or
	 * by task id (bytewise, strcmp) for .guides/assessments/.  When the
	 * folder exists it is read and assessments.json is ignored.  Task
	 * ids are unique (a repeat is reported and dropped).
	 */
	struct guide_assessment *assessments;
	size_t nassessments;
	/* ".guides/assessments" or ".guides/assessments.json", NULL when the
	   tree defines none. */
	const char *assessments_from;
	/* The report hook and its argument, as given to guide_load(). */
	void (*report)(void *arg, int level, const char *msg);
	void *report_arg;
	/* Private: assessment indices sorted by task id, for lookups. */
	size_t *by_task_id;
};

/*
 * Load the guide of the tree at root into *g (which the call initialises).
 * report: the hook (NULL: warnx(3)); arg is handed to it.
 *
 * Returns 0, with warnings reported (the page kept, marked missing, with
 * no body) for: a page or stem whose file is missing ("missing page
 * \"TITLE\""); a book pageId with no section; a page's STEM.json, body or
 * content-file that is not a regular file or leaves the tree (through
 * "..", an absolute path or a symbolic link: refused).  Also warnings,
 * the entry skipped: a stem listed twice in one order ("repeated stem"), a
 * folder that is the container itself or an enclosing one through a
 * symbolic link ("cycle"), a folder reached twice, nesting deeper than
 * GUIDE_MAX_DEPTH, a stem that is not a plain file name.  A tree without
 * a guide loads as GUIDE_NONE with no pages; a tree without assessments
 * has none.
 *
 * Returns -1 after reporting an error for: a malformed metadata JSON
 * file ("TREE/FILE:LINE: malformed JSON"), or one not valid UTF-8 or not
 * of the expected shape (index.json, a container's index.json,
 * STEM.json, metadata.json, book.json, an assessment file); the root
 * index.json, metadata.json, book.json or an assessment file that is not
 * a regular file or leaves the tree; an assessment without taskId; points
 * that are not a number nor a string holding one ("TASKID: points \"x\"
 * is not a number").  *g is then freed and empty.
 */
int guide_load(struct guide *g, const char *root,
    void (*report)(void *arg, int level, const char *msg), void *arg);

/* Free everything *g holds; *g is left empty (safe to free again). */
void guide_free(struct guide *g);

/* The assessment with this task id (len bytes), or NULL (a binary
   search: cheap enough to call once per attempt record). */
const struct guide_assessment *guide_find_assessment(
    const struct guide *g, const char *task_id, size_t len);

/*
 * Embeds: {LABEL|assessment}(TASKID) in page text.  Lenient: blanks
 * (spaces, tabs) around "|", around "assessment" and inside the
 * parentheses are allowed, the word "assessment" in any case; the label is
 * any text without braces or newline (may be empty); TASKID is one or more
 * of [A-Za-z0-9_.-].  Several may sit on one line or consecutive lines.
 * Embeds inside code (fenced or indented blocks, backtick spans) are found
 * too; no real guide puts one there.
 */
struct guide_embed {
	size_t start, end;	     /* the whole embed: text[start, end) */
	size_t label, label_len;     /* the label, trimmed of blanks */
	size_t task_id, task_id_len; /* the task id */
};

/*
 * Find the first embed in text[*pos, len) (text need not be
 * NUL-terminated).  Returns true and fills *e, with *pos moved past it;
 * false when there is none left.  Start with *pos = 0.
 */
bool guide_next_embed(
    const char *text, size_t len, size_t *pos, struct guide_embed *e);

/*
 * The assessment column order: indices into g->assessments, first the
 * assessments in the order the guide first embeds them (every page with a
 * body, teacher-only ones too, in reading order, embeds of unknown task ids
 * ignored), then those never embedded in their defining order.  Returns an
 * array of g->nassessments indices (free() it; NULL when there are none).
 * A page body that cannot be read is reported as a warning and skipped.
 */
size_t *guide_assessment_order(const struct guide *g);

/*
 * Read the file rel (a path relative to the tree's root) into memory,
 * safely: rel must not be absolute or empty; after resolving ".." and
 * symbolic links it must still be inside the root; it must be a regular
 * file (checked with lstat before it is opened, so a FIFO or device is
 * never opened, then opened with O_NONBLOCK | O_NOFOLLOW and checked again
 * with fstat); at most max bytes.  On success returns 0 and sets *buf to
 * a malloc'd copy with a NUL byte after the *len bytes of content.
 * Otherwise returns one of the GUIDE_E* codes below and reports nothing:
 * describe it with guide_strerror() (for GUIDE_EIO, before errno changes).
 * root may be a struct guide's realroot or any directory path.
 */
enum {
	GUIDE_OK = 0,
	GUIDE_ENOENT,	/* no such file */
	GUIDE_EPATH,	/* absolute or empty path */
	GUIDE_EOUTSIDE, /* resolves to a place outside the tree */
	GUIDE_ENOTREG,	/* not a regular file (directory, FIFO, device...) */
	GUIDE_ETOOBIG,	/* larger than max */
	GUIDE_EIO	/* another system error, in errno */
};
int guide_read_file(
    const char *root, const char *rel, size_t max, char **buf, size_t *len);
/* A phrase for a GUIDE_E* code ("not a regular file"); for GUIDE_EIO,
   strerror(errno). */
const char *guide_strerror(int code);

/*
 * Check rel as guide_read_file() does, without reading it.  Returns
 * GUIDE_OK for a regular file inside the tree, else a GUIDE_E* code.
 */
int guide_check_file(const char *root, const char *rel);

#endif
