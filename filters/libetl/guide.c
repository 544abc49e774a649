/*
 * guide: walking a Codio guide (see guide.h for the contract).
 *
 * Loading reads only the metadata (index.json, STEM.json, metadata.json,
 * book.json and the assessments) and checks that each body file exists
 * and is a regular file inside the tree; bodies are read later, by the
 * caller, through guide_read_file().  Every path handed out is relative
 * to the root and was built from the metadata, never from a directory
 * listing (except the assessments folder, whose files are the
 * definitions themselves).
 */
#define _DEFAULT_SOURCE /* realpath(3) */

#include <sys/types.h>
#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "etl.h"
#include "guide.h"

/* The walk's state beside the guide being filled. */
struct loader {
	struct guide *g;
	size_t pages_cap;
	size_t ass_cap;
	/* realpaths of the containers entered, for cycles and repeats */
	char **seen;
	size_t nseen, seen_cap;
	char *stack[GUIDE_MAX_DEPTH + 2]; /* realpaths of open containers */
	int nstack;
};

static void report(const struct guide *, int, const char *, unsigned long,
    const char *, ...) __attribute__((format(printf, 5, 6)));
static char *path_join(const char *, const char *);
static char *concat(const char *, const char *);
static int resolve(const char *, const char *, bool, char **);
static int read_json(struct loader *, const char *, cJSON **);
static int read_json_required(struct loader *, const char *, cJSON **);
static const char *jstr(const cJSON *, const char *);
static bool jtrue(const cJSON *, const char *);
static bool teacher_only(struct loader *, const cJSON *, const char *);
static struct guide_page *new_page(struct loader *);
static void set_body(
    struct loader *, size_t, const char *, const char *, int, bool);
static int walk_v3(struct loader *, const char *, const cJSON *, const char *,
    int, long, bool);
static int add_v3_child(
    struct loader *, const char *, const char *, const char *, int, long, bool);
static const char *take_meta(
    struct loader *, size_t, cJSON *, const char *, const char *, bool);
static bool may_enter(
    struct loader *, const char *, const char *, const char *, int);
static int add_v3_container(
    struct loader *, const char *, const char *, const char *, int, long, bool);
static int add_v3_page(
    struct loader *, const char *, const char *, int, long, bool);
static int load_v3(struct loader *);
struct section_ref;
static bool page_seen(const struct guide *, const char *);
static int walk_book(struct loader *, const cJSON *, const struct section_ref *,
    size_t, int, long, bool);
static const cJSON *find_section(
    const struct section_ref *, size_t, const char *);
static void add_section_body(struct loader *, size_t, const cJSON *);
static int load_legacy(struct loader *);
static int add_assessment(struct loader *, cJSON *, const char *, const char *);
static int load_assessment_dir(struct loader *, const char *);
static int load_assessments(struct loader *);
static int cmp_assessment(const void *, const void *);
static void index_assessments(struct guide *);
static int cmp_str(const void *, const void *);
static bool is_blank(char);

/*
 * Report "ROOT/REL:LINE: message" through the guide's hook (REL may be
 * NULL, LINE 0 for none).
 */
static void
report(const struct guide *g, int level, const char *rel, unsigned long lineno,
    const char *fmt, ...)
{
	va_list ap;
	char *msg, *line, where[32] = "";
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	msg = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(msg, (size_t)n + 1, fmt, ap);
	va_end(ap);
	if (lineno > 0)
		snprintf(where, sizeof(where), ":%lu", lineno);
	if (rel != NULL) {
		n = snprintf(NULL, 0, "%s/%s%s: %s", g->root, rel, where, msg);
		line = xmalloc((size_t)n + 1);
		snprintf(line, (size_t)n + 1, "%s/%s%s: %s", g->root, rel,
		    where, msg);
	} else {
		n = snprintf(NULL, 0, "%s: %s", g->root, msg);
		line = xmalloc((size_t)n + 1);
		snprintf(line, (size_t)n + 1, "%s: %s", g->root, msg);
	}
	if (g->report != NULL)
		g->report(g->report_arg, level, line);
	else
		warnx_at(NULL, 0, "%s", line);
	free(line);
	free(msg);
}

static char *
path_join(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 2;
	char *p = xmalloc(n);

	snprintf(p, n, "%s/%s", a, b);
	return p;
}

/* a followed by the suffix b, in new memory. */
static char *
concat(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 1;
	char *p = xmalloc(n);

	snprintf(p, n, "%s%s", a, b);
	return p;
}

const char *
guide_strerror(int code)
{
	switch (code) {
	case GUIDE_OK:
		return "no error";
	case GUIDE_ENOENT:
		return "no such file";
	case GUIDE_EPATH:
		return "not a relative path";
	case GUIDE_EOUTSIDE:
		return "leaves the tree";
	case GUIDE_ENOTREG:
		return "not a regular file";
	case GUIDE_ETOOBIG:
		return "file too large";
	default:
		return strerror(errno);
	}
}

/*
 * Resolve rel under root into *out (malloc'd realpath), checking that it
 * stays inside.  A ".." that climbs above the root is refused before the
 * file system is asked, so a missing file outside reads as outside, not
 * as missing.  The root itself is GUIDE_ENOTREG unless dir_ok (a folder
 * is wanted, and a link back to the root must resolve for the cycle
 * check).
 */
static int
resolve(const char *root, const char *rel, bool dir_ok, char **out)
{
	const char *p;
	char *rroot, *full, *real;
	size_t n;
	long depth = 0;
	int code;

	*out = NULL;
	if (rel == NULL || rel[0] == '\0' || rel[0] == '/')
		return GUIDE_EPATH;
	for (p = rel; *p != '\0';) {
		n = strcspn(p, "/");
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (--depth < 0)
				return GUIDE_EOUTSIDE;
		} else if (n > 0 && !(n == 1 && p[0] == '.'))
			depth++;
		p += n;
		p += strspn(p, "/");
	}
	if ((rroot = realpath(root, NULL)) == NULL)
		return errno == ENOENT || errno == ENOTDIR ? GUIDE_ENOENT
							   : GUIDE_EIO;
	full = path_join(root, rel);
	real = realpath(full, NULL);
	free(full);
	if (real == NULL) {
		code = errno == ENOENT || errno == ENOTDIR ? GUIDE_ENOENT
							   : GUIDE_EIO;
		free(rroot);
		return code;
	}
	n = strlen(rroot);
	if (n == 1 && rroot[0] == '/')
		n = 0; /* the root is "/": everything is inside */
	if (dir_ok && strcmp(real, rroot) == 0) {
		free(rroot);
		*out = real;
		return GUIDE_OK;
	}
	if (strncmp(real, rroot, n) != 0 || (real[n] != '/' && n > 0) ||
	    real[n] == '\0') {
		/* Outside, or the root itself (a directory). */
		code = real[n] == '\0' && strcmp(real, rroot) == 0
		    ? GUIDE_ENOTREG
		    : GUIDE_EOUTSIDE;
		free(real);
		free(rroot);
		return code;
	}
	free(rroot);
	*out = real;
	return GUIDE_OK;
}

int
guide_check_file(const char *root, const char *rel)
{
	struct stat st;
	char *real;
	int code;

	if ((code = resolve(root, rel, false, &real)) != GUIDE_OK)
		return code;
	code = GUIDE_OK;
	if (lstat(real, &st) == -1)
		code = errno == ENOENT ? GUIDE_ENOENT : GUIDE_EIO;
	else if (!S_ISREG(st.st_mode))
		code = GUIDE_ENOTREG;
	free(real);
	return code;
}

int
guide_read_file(
    const char *root, const char *rel, size_t max, char **buf, size_t *len)
{
	struct stat lst, st;
	char *real, *b = NULL;
	size_t n = 0, cap;
	ssize_t r;
	int fd, code, saved;

	*buf = NULL;
	*len = 0;
	if ((code = resolve(root, rel, false, &real)) != GUIDE_OK)
		return code;
	/*
	 * lstat before open, so a device is never opened at all; then
	 * open without following a link and without blocking, and check
	 * that what was opened is what was looked at.
	 */
	if (lstat(real, &lst) == -1) {
		code = errno == ENOENT ? GUIDE_ENOENT : GUIDE_EIO;
		goto out;
	}
	if (!S_ISREG(lst.st_mode)) {
		code = GUIDE_ENOTREG;
		goto out;
	}
	fd = open(
	    real, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
	if (fd == -1) {
		code = errno == ENOENT ? GUIDE_ENOENT
		    : errno == ELOOP   ? GUIDE_EOUTSIDE
				       : GUIDE_EIO;
		goto out;
	}
	if (fstat(fd, &st) == -1) {
		code = GUIDE_EIO;
		goto close;
	}
	if (!S_ISREG(st.st_mode) || st.st_dev != lst.st_dev ||
	    st.st_ino != lst.st_ino) {
		code = GUIDE_ENOTREG;
		goto close;
	}
	if (st.st_size < 0 || (unsigned long long)st.st_size > max) {
		code = GUIDE_ETOOBIG;
		goto close;
	}
	/* The size may change while reading: read to the end, up to max. */
	cap = (size_t)st.st_size + 1;
	b = xmalloc(cap + 1);
	for (;;) {
		if (n == cap) {
			if (cap > max) {
				code = GUIDE_ETOOBIG;
				goto close;
			}
			cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			b = xrealloc(b, cap + 1);
		}
		r = read(fd, b + n, cap - n);
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1) {
			code = GUIDE_EIO;
			goto close;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (n > max) {
		code = GUIDE_ETOOBIG;
		goto close;
	}
	b[n] = '\0';
	*buf = b;
	*len = n;
	b = NULL;
close:
	saved = errno;
	close(fd);
	errno = saved;
out:
	saved = errno;
	free(b);
	free(real);
	errno = saved;
	return code;
}

/*
 * Read and parse a JSON file.  Returns 0 with *out set; -1 after reporting
 * an error (malformed, not UTF-8, too large, a system error); or, with
 * nothing reported, GUIDE_ENOENT, GUIDE_ENOTREG, GUIDE_EOUTSIDE or
 * GUIDE_EPATH, for the caller to judge.
 */
static int
read_json(struct loader *L, const char *rel, cJSON **out)
{
	const char *end = NULL, *p;
	unsigned long line = 1;
	char *buf;
	size_t len;
	int code;

	*out = NULL;
	code = guide_read_file(L->g->realroot, rel, GUIDE_MAX_JSON, &buf, &len);
	if (code == GUIDE_ENOENT || code == GUIDE_ENOTREG ||
	    code == GUIDE_EOUTSIDE || code == GUIDE_EPATH)
		return code;
	if (code != GUIDE_OK) {
		report(L->g, GUIDE_ERROR, rel, 0, "%s", guide_strerror(code));
		return -1;
	}
	if (!utf8_valid(buf, len)) {
		report(L->g, GUIDE_ERROR, rel, 0, "not valid UTF-8");
		free(buf);
		return -1;
	}
	*out = cJSON_ParseWithLengthOpts(buf, len + 1, &end, true);
	if (*out == NULL) {
		if (end == NULL || end < buf || end > buf + len)
			end = buf + len;
		for (p = buf; p < end; p++)
			if (*p == '\n')
				line++;
		report(L->g, GUIDE_ERROR, rel, line, "malformed JSON");
		free(buf);
		return -1;
	}
	free(buf);
	return 0;
}

/* read_json(), every failure an error (reported). */
static int
read_json_required(struct loader *L, const char *rel, cJSON **out)
{
	int code = read_json(L, rel, out);

	if (code > 0) {
		report(L->g, GUIDE_ERROR, rel, 0, "%s", guide_strerror(code));
		return -1;
	}
	return code;
}

/* A string member, or NULL. */
static const char *
jstr(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static bool
jtrue(const cJSON *obj, const char *key)
{
	return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(obj, key));
}

/*
 * Is obj's "teacherOnly" set?  As the platform reads it: any truthy value
 * hides.  false, null, 0 and "" (or none) do not; true does; anything else
 * (a string such as "false", a number, an array) hides too, with a
 * warning naming file, so that a doubtful flag keeps the page from
 * students.
 */
static bool
teacher_only(struct loader *L, const cJSON *obj, const char *file)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "teacherOnly");
	bool set;

	if (v == NULL || cJSON_IsFalse(v) || cJSON_IsNull(v))
		return false;
	if (cJSON_IsTrue(v))
		return true;
	if (cJSON_IsNumber(v))
		set = v->valuedouble != 0 && v->valuedouble == v->valuedouble;
	else if (cJSON_IsString(v))
		set = v->valuestring[0] != '\0';
	else
		set = true;
	if (set)
		report(L->g, GUIDE_WARNING, file, 0,
		    "\"teacherOnly\" is not true or false: taken as true");
	return set;
}

static int
kind_of(const char *type)
{
	if (type != NULL && strcmp(type, "chapter") == 0)
		return GUIDE_CHAPTER;
	if (type != NULL && strcmp(type, "section") == 0)
		return GUIDE_SECTION;
	return GUIDE_PAGE;
}

static struct guide_page *
new_page(struct loader *L)
{
	struct guide *g = L->g;
	struct guide_page *p;

	if (g->npages == L->pages_cap) {
		L->pages_cap = L->pages_cap ? L->pages_cap * 2 : 32;
		g->pages = xrealloc(g->pages, L->pages_cap * sizeof(*g->pages));
	}
	p = &g->pages[g->npages++];
	memset(p, 0, sizeof(*p));
	p->parent = -1;
	return p;
}

/*
 * Give page i the body rel (a file expected to exist when required).  A
 * missing required body is a warning naming the page; a body that is not
 * a regular file or leaves the tree is a warning with the reason.  Either
 * way the page is kept, without a body.
 */
static void
set_body(struct loader *L, size_t i, const char *rel, const char *alt,
    int alt_type, bool required)
{
	struct guide_page *p = &L->g->pages[i];
	int code;

	code = guide_check_file(L->g->realroot, rel);
	if (code == GUIDE_ENOENT && alt != NULL &&
	    guide_check_file(L->g->realroot, alt) == GUIDE_OK) {
		p->body = xstrdup(alt);
		p->content_type = alt_type;
		return;
	}
	if (code == GUIDE_OK) {
		p->body = xstrdup(rel);
		return;
	}
	if (code == GUIDE_ENOENT && !required)
		return;
	p->missing = true;
	if (code == GUIDE_ENOENT)
		report(L->g, GUIDE_WARNING, rel, 0, "missing page \"%s\"",
		    p->title);
	else
		report(L->g, GUIDE_WARNING, rel, 0, "page \"%s\": %s", p->title,
		    guide_strerror(code));
}

/* True when stem is usable as one path component. */
static bool
good_stem(const char *s)
{
	return s[0] != '\0' && strchr(s, '/') == NULL && strcmp(s, ".") != 0 &&
	    strcmp(s, "..") != 0;
}

/*
 * Walk the order of the container whose folder is dir (relative), whose
 * index.json (already parsed) is index and was read from index_file.
 */
static int
walk_v3(struct loader *L, const char *dir, const cJSON *index,
    const char *index_file, int depth, long parent, bool hidden)
{
	const cJSON *order, *item, *prev;

	order = cJSON_GetObjectItemCaseSensitive(index, "order");
	if (order == NULL || cJSON_IsNull(order))
		return 0;
	if (!cJSON_IsArray(order)) {
		report(L->g, GUIDE_ERROR, index_file, 0,
		    "\"order\" is not an array");
		return -1;
	}
	cJSON_ArrayForEach(item, order)
	{
		if (!cJSON_IsString(item) || !good_stem(item->valuestring)) {
			report(L->g, GUIDE_WARNING, index_file, 0,
			    "bad stem in \"order\" skipped");
			continue;
		}
		for (prev = order->child; prev != item; prev = prev->next)
			if (cJSON_IsString(prev) &&
			    strcmp(prev->valuestring, item->valuestring) == 0)
				break;
		if (prev != item) {
			report(L->g, GUIDE_WARNING, index_file, 0,
			    "repeated stem \"%s\" skipped", item->valuestring);
			continue;
		}
		if (add_v3_child(L, dir, item->valuestring, index_file, depth,
			parent, hidden) == -1)
			return -1;
	}
	return 0;
}

/*
 * Page i takes what its metadata says: title (the stem when none), id,
 * kind, teacher-only flag and content type.  Returns the contentType
 * given, or NULL.
 */
static const char *
take_meta(struct loader *L, size_t i, cJSON *meta, const char *file,
    const char *stem, bool hidden)
{
	struct guide_page *p = &L->g->pages[i];
	const char *title = jstr(meta, "title"), *ct;

	p->meta = meta;
	p->meta_file = xstrdup(file);
	p->title = xstrdup(title != NULL ? title : stem);
	p->id = jstr(meta, "id") ? xstrdup(jstr(meta, "id")) : NULL;
	p->kind = kind_of(jstr(meta, "type"));
	p->teacher_only = teacher_only(L, meta, file);
	p->hidden = hidden || p->teacher_only;
	ct = jstr(meta, "contentType");
	p->content_type =
	    ct != NULL && strcmp(ct, "html") == 0 ? GUIDE_HTML : GUIDE_MARKDOWN;
	return ct;
}

/*
 * May the container folder whose realpath is real be entered?  Not when it
 * is open already (a cycle), was entered before, or lies too deep.
 */
static bool
may_enter(struct loader *L, const char *real, const char *stem,
    const char *index_file, int depth)
{
	int k;
	size_t j;

	for (k = 0; k < L->nstack; k++)
		if (strcmp(L->stack[k], real) == 0) {
			report(L->g, GUIDE_WARNING, index_file, 0,
			    "cycle: \"%s\" is the folder itself or an "
			    "enclosing one, skipped",
			    stem);
			return false;
		}
	for (j = 0; j < L->nseen; j++)
		if (strcmp(L->seen[j], real) == 0) {
			report(L->g, GUIDE_WARNING, index_file, 0,
			    "folder \"%s\" listed twice, skipped", stem);
			return false;
		}
	if (depth >= GUIDE_MAX_DEPTH) {
		report(L->g, GUIDE_WARNING, index_file, 0,
		    "\"%s\" nested deeper than %d levels, skipped", stem,
		    GUIDE_MAX_DEPTH);
		return false;
	}
	if (L->nseen == L->seen_cap) {
		L->seen_cap = L->seen_cap ? L->seen_cap * 2 : 16;
		L->seen = xrealloc(L->seen, L->seen_cap * sizeof(*L->seen));
	}
	L->seen[L->nseen++] = xstrdup(real);
	return true;
}

/* The container folder sub (its index.json is there), and its children. */
static int
add_v3_container(struct loader *L, const char *sub, const char *stem,
    const char *index_file, int depth, long parent, bool hidden)
{
	struct guide *g = L->g;
	char *json, *real, *md, *html;
	const char *ct;
	cJSON *meta;
	size_t i;
	int rc = 0;

	if (resolve(g->realroot, sub, true, &real) != GUIDE_OK)
		real = xstrdup(sub);
	if (!may_enter(L, real, stem, index_file, depth)) {
		free(real);
		return 0;
	}
	json = path_join(sub, "index.json");
	if ((rc = read_json_required(L, json, &meta)) != 0 ||
	    !cJSON_IsObject(meta)) {
		if (rc == 0)
			report(g, GUIDE_ERROR, json, 0, "not a JSON object");
		cJSON_Delete(meta);
		free(json);
		free(real);
		return -1;
	}
	i = g->npages;
	new_page(L);
	g->pages[i].depth = depth;
	g->pages[i].parent = parent;
	g->pages[i].container = true;
	ct = take_meta(L, i, meta, json, stem, hidden);
	if (g->pages[i].kind == GUIDE_PAGE)
		g->pages[i].kind = depth == 0 ? GUIDE_CHAPTER : GUIDE_SECTION;
	md = path_join(sub, "index.md");
	html = path_join(sub, "index.html");
	/* A body is expected only when contentType says so. */
	if (g->pages[i].content_type == GUIDE_HTML)
		set_body(L, i, html, md, GUIDE_MARKDOWN, true);
	else
		set_body(L, i, md, html, GUIDE_HTML, ct != NULL);
	free(md);
	free(html);
	free(json);
	L->stack[L->nstack++] = real;
	rc = walk_v3(L, sub, g->pages[i].meta, g->pages[i].meta_file, depth + 1,
	    (long)i, g->pages[i].hidden);
	free(L->stack[--L->nstack]);
	return rc;
}

/* The page STEM.json with its body STEM.md or STEM.html. */
static int
add_v3_page(struct loader *L, const char *sub, const char *stem, int depth,
    long parent, bool hidden)
{
	struct guide *g = L->g;
	struct guide_page *p;
	char *json, *md, *html;
	cJSON *meta;
	size_t i;
	int rc;

	json = concat(sub, ".json");
	if ((rc = read_json(L, json, &meta)) == -1 ||
	    (rc == 0 && !cJSON_IsObject(meta))) {
		if (rc == 0)
			report(g, GUIDE_ERROR, json, 0, "not a JSON object");
		cJSON_Delete(meta);
		free(json);
		return -1;
	}
	i = g->npages;
	p = new_page(L);
	p->depth = depth;
	p->parent = parent;
	p->hidden = hidden;
	if (rc > 0) {
		/* Neither STEM/index.json nor STEM.json, or not a file. */
		p->title = xstrdup(stem);
		p->missing = true;
		if (rc == GUIDE_ENOENT)
			report(g, GUIDE_WARNING, json, 0, "missing page \"%s\"",
			    stem);
		else
			report(g, GUIDE_WARNING, json, 0, "page \"%s\": %s",
			    stem, guide_strerror(rc));
		free(json);
		return 0;
	}
	take_meta(L, i, meta, json, stem, hidden);
	md = concat(sub, ".md");
	html = concat(sub, ".html");
	if (g->pages[i].content_type == GUIDE_HTML)
		set_body(L, i, html, md, GUIDE_MARKDOWN, true);
	else
		set_body(L, i, md, html, GUIDE_HTML, true);
	free(md);
	free(html);
	free(json);
	return 0;
}

/*
 * The child stem of the container folder dir: the folder STEM when it
 * holds index.json, else the page STEM.json.
 */
static int
add_v3_child(struct loader *L, const char *dir, const char *stem,
    const char *index_file, int depth, long parent, bool hidden)
{
	struct guide_page *p;
	char *sub, *json;
	int code, rc;

	sub = path_join(dir, stem);
	json = path_join(sub, "index.json");
	code = guide_check_file(L->g->realroot, json);
	if (code == GUIDE_OK)
		rc = add_v3_container(
		    L, sub, stem, index_file, depth, parent, hidden);
	else if (code == GUIDE_ENOENT)
		rc = add_v3_page(L, sub, stem, depth, parent, hidden);
	else {
		/* STEM/index.json is a FIFO, or a link out of the tree. */
		p = new_page(L);
		p->title = xstrdup(stem);
		p->depth = depth;
		p->parent = parent;
		p->hidden = hidden;
		p->container = true;
		p->kind = depth == 0 ? GUIDE_CHAPTER : GUIDE_SECTION;
		p->missing = true;
		report(L->g, GUIDE_WARNING, json, 0, "page \"%s\": %s", stem,
		    guide_strerror(code));
		rc = 0;
	}
	free(json);
	free(sub);
	return rc;
}

static int
load_v3(struct loader *L)
{
	struct guide *g = L->g;
	const char *index_file = ".guides/content/index.json";
	const char *title;
	cJSON *index;
	char *real;
	int rc;

	if (read_json_required(L, index_file, &index) != 0)
		return -1;
	if (!cJSON_IsObject(index)) {
		report(g, GUIDE_ERROR, index_file, 0, "not a JSON object");
		cJSON_Delete(index);
		return -1;
	}
	title = jstr(index, "title");
	g->title = title != NULL ? xstrdup(title) : NULL;
	if (resolve(g->realroot, ".guides/content", true, &real) != GUIDE_OK)
		real = xstrdup(".guides/content");
	L->stack[L->nstack++] = real;
	rc = walk_v3(L, ".guides/content", index, index_file, 0, -1, false);
	free(L->stack[--L->nstack]);
	cJSON_Delete(index);
	return rc;
}

/* A section by id, for the book's pageId links. */
struct section_ref {
	const char *id;
	const cJSON *s;
	size_t pos; /* array position: the first of equal ids wins */
};

static int
cmp_section_ref(const void *a, const void *b)
{
	const struct section_ref *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	if (c != 0)
		return c;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* The sections with an id, sorted by id; *n is set to their number. */
static struct section_ref *
index_sections(const cJSON *sections, size_t *n)
{
	struct section_ref *refs;
	const cJSON *s;
	size_t k = 0;

	refs = xcalloc((size_t)cJSON_GetArraySize(sections) + 1, sizeof(*refs));
	cJSON_ArrayForEach(s, sections)
	{
		if (jstr(s, "id") == NULL)
			continue;
		refs[k].id = jstr(s, "id");
		refs[k].s = s;
		refs[k].pos = k;
		k++;
	}
	if (k > 1)
		qsort(refs, k, sizeof(*refs), cmp_section_ref);
	*n = k;
	return refs;
}

/* The first section whose id is id, or NULL. */
static const cJSON *
find_section(const struct section_ref *refs, size_t n, const char *id)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(refs[mid].id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(refs[lo].id, id) == 0 ? refs[lo].s : NULL;
}

/*
 * Page i takes its body, content type and metadata from section s.  The
 * content-file is a path from the root; one that is absolute or holds a
 * ".." is refused (the page is kept without a body).
 */
static void
add_section_body(struct loader *L, size_t i, const cJSON *s)
{
	struct guide_page *p = &L->g->pages[i];
	const char *file, *type, *c;
	size_t n;

	p->meta = cJSON_Duplicate(s, true);
	p->meta_file = xstrdup(".guides/metadata.json");
	type = jstr(s, "type");
	p->content_type = type != NULL && strcmp(type, "html") == 0
	    ? GUIDE_HTML
	    : GUIDE_MARKDOWN;
	file = jstr(s, "content-file");
	if (file == NULL || file[0] == '\0') {
		p->missing = true;
		report(L->g, GUIDE_WARNING, ".guides/metadata.json", 0,
		    "page \"%s\" has no content-file", p->title);
		return;
	}
	while (file[0] == '.' && file[1] == '/')
		file += 2 + strspn(file + 2, "/");
	for (c = file; *c != '\0'; c += strspn(c, "/")) {
		n = strcspn(c, "/");
		if (n == 2 && c[0] == '.' && c[1] == '.')
			break;
		c += n;
	}
	if (file[0] == '/' || *c != '\0') {
		p->missing = true;
		report(L->g, GUIDE_WARNING, ".guides/metadata.json", 0,
		    "page \"%s\": content-file \"%s\" refused: it leaves the "
		    "tree",
		    p->title, jstr(s, "content-file"));
		return;
	}
	set_body(L, i, file, NULL, 0, true);
}

/* Walk the children of a book.json node. */
/* Has a book node with this pageId been added already? */
static bool
page_seen(const struct guide *g, const char *page_id)
{
	size_t i;

	for (i = 0; i < g->npages; i++)
		if (g->pages[i].page_id != NULL &&
		    strcmp(g->pages[i].page_id, page_id) == 0)
			return true;
	return false;
}

static int
walk_book(struct loader *L, const cJSON *children,
    const struct section_ref *refs, size_t nrefs, int depth, long parent,
    bool hidden)
{
	const cJSON *node, *kids, *s;
	struct guide_page *p;
	const char *title, *page_id, *type;
	size_t i;
	bool has_kids;

	if (children == NULL || cJSON_IsNull(children))
		return 0;
	if (!cJSON_IsArray(children)) {
		report(L->g, GUIDE_ERROR, ".guides/book.json", 0,
		    "\"children\" is not an array");
		return -1;
	}
	cJSON_ArrayForEach(node, children)
	{
		if (!cJSON_IsObject(node)) {
			report(L->g, GUIDE_ERROR, ".guides/book.json", 0,
			    "a node is not a JSON object");
			return -1;
		}
		page_id = jstr(node, "pageId");
		/* Kept (the platform lists it twice), but likely a slip. */
		if (page_id != NULL && page_seen(L->g, page_id))
			report(L->g, GUIDE_WARNING, ".guides/book.json", 0,
			    "repeated pageId \"%s\"", page_id);
		s = page_id != NULL ? find_section(refs, nrefs, page_id) : NULL;
		title = jstr(node, "title");
		if (title == NULL && s != NULL)
			title = jstr(s, "title");
		type = jstr(node, "type");
		kids = cJSON_GetObjectItemCaseSensitive(node, "children");
		has_kids = cJSON_GetArraySize(kids) > 0;
		i = L->g->npages;
		p = new_page(L);
		p->title = xstrdup(title != NULL ? title : "");
		p->id = jstr(node, "id") ? xstrdup(jstr(node, "id")) : NULL;
		p->page_id = page_id != NULL ? xstrdup(page_id) : NULL;
		p->kind = kind_of(type);
		p->container = has_kids || p->kind != GUIDE_PAGE;
		p->depth = depth;
		p->parent = parent;
		p->teacher_only = teacher_only(L, node, ".guides/book.json") ||
		    (s != NULL && teacher_only(L, s, ".guides/metadata.json"));
		p->hidden = hidden || p->teacher_only;
		if (s != NULL)
			add_section_body(L, i, s);
		else if (page_id != NULL) {
			p->missing = true;
			report(L->g, GUIDE_WARNING, ".guides/book.json", 0,
			    "missing page \"%s\": no section with id \"%s\" "
			    "in metadata.json",
			    *p->title != '\0' ? p->title : page_id, page_id);
		}
		if (!has_kids)
			continue;
		if (depth + 1 >= GUIDE_MAX_DEPTH) {
			report(L->g, GUIDE_WARNING, ".guides/book.json", 0,
			    "\"%s\" nested deeper than %d levels, skipped",
			    L->g->pages[i].title, GUIDE_MAX_DEPTH);
			continue;
		}
		if (walk_book(L, kids, refs, nrefs, depth + 1, (long)i,
			L->g->pages[i].hidden) == -1)
			return -1;
	}
	return 0;
}

static int
load_legacy(struct loader *L)
{
	struct guide *g = L->g;
	cJSON *meta, *book = NULL;
	const cJSON *sections, *s;
	struct section_ref *refs;
	struct guide_page *p;
	const char *title;
	long chapter = -1;
	size_t i, nrefs;
	int rc;

	if (read_json_required(L, ".guides/metadata.json", &meta) != 0)
		return -1;
	sections = cJSON_GetObjectItemCaseSensitive(meta, "sections");
	if (!cJSON_IsObject(meta) || !cJSON_IsArray(sections)) {
		report(g, GUIDE_ERROR, ".guides/metadata.json", 0,
		    "no \"sections\" array");
		cJSON_Delete(meta);
		return -1;
	}
	cJSON_ArrayForEach(s, sections)
	{
		if (!cJSON_IsObject(s)) {
			report(g, GUIDE_ERROR, ".guides/metadata.json", 0,
			    "a section is not a JSON object");
			cJSON_Delete(meta);
			return -1;
		}
	}
	rc = read_json(L, ".guides/book.json", &book);
	if (rc > 0 && rc != GUIDE_ENOENT) {
		report(g, GUIDE_ERROR, ".guides/book.json", 0, "%s",
		    guide_strerror(rc));
		rc = -1;
	}
	if (rc == -1) {
		cJSON_Delete(meta);
		return -1;
	}
	if (rc == 0) {
		g->generation = GUIDE_LEGACY_BOOK;
		if (!cJSON_IsObject(book)) {
			report(g, GUIDE_ERROR, ".guides/book.json", 0,
			    "not a JSON object");
			rc = -1;
		} else {
			title = jstr(book, "name");
			g->title = title != NULL ? xstrdup(title) : NULL;
			refs = index_sections(sections, &nrefs);
			rc = walk_book(L,
			    cJSON_GetObjectItemCaseSensitive(book, "children"),
			    refs, nrefs, 0, -1, false);
			free(refs);
		}
		cJSON_Delete(book);
		cJSON_Delete(meta);
		return rc;
	}
	/* No book: sections[] order, "chapter": true starting a chapter. */
	g->generation = GUIDE_LEGACY_FLAT;
	cJSON_ArrayForEach(s, sections)
	{
		i = g->npages;
		p = new_page(L);
		title = jstr(s, "title");
		p->title = xstrdup(title != NULL ? title : "");
		p->id = jstr(s, "id") ? xstrdup(jstr(s, "id")) : NULL;
		p->teacher_only = teacher_only(L, s, ".guides/metadata.json");
		if (jtrue(s, "chapter")) {
			p->kind = GUIDE_CHAPTER;
			p->container = true;
			p->hidden = p->teacher_only;
			chapter = (long)i;
		} else if (chapter >= 0) {
			p->depth = 1;
			p->parent = chapter;
			p->hidden = p->teacher_only || g->pages[chapter].hidden;
		} else
			p->hidden = p->teacher_only;
		add_section_body(L, i, s);
	}
	cJSON_Delete(meta);
	return 0;
}

/*
 * Parse points: a number, or a string holding one (blanks around it
 * allowed).  Returns 0, or -1 when it is neither.
 */
static int
parse_points(const cJSON *v, double *out)
{
	const char *s;
	char *end;
	double d;

	*out = 0;
	if (v == NULL || cJSON_IsNull(v))
		return 0;
	if (cJSON_IsNumber(v)) {
		*out = v->valuedouble;
		return isfinite(*out) ? 0 : -1;
	}
	if (!cJSON_IsString(v))
		return -1;
	s = v->valuestring;
	while (is_blank(*s))
		s++;
	if (*s == '\0')
		return -1;
	errno = 0;
	d = strtod(s, &end);
	if (end == s || errno == ERANGE || !isfinite(d))
		return -1;
	while (is_blank(*end))
		end++;
	if (*end != '\0')
		return -1;
	/* strtod takes hex, "inf" and "nan"; a points field holds decimals. */
	for (; s < end; s++)
		if (!isdigit((unsigned char)*s) &&
		    strchr("+-.eE \t", *s) == NULL)
			return -1;
	*out = d;
	return 0;
}

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/*
 * Take the assessment object a (ownership passes to the guide, or it is
 * freed).  Returns 0 (a repeated task id is reported and dropped), or -1
 * after reporting an error.
 */
/* Is the value of key in obj absent, null or a string? */
static bool
string_or_none(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	return v == NULL || cJSON_IsNull(v) || cJSON_IsString(v);
}

/*
 * Are the assessment's type, source, and the source's name, instructions
 * and guidance of the types every export reads them as?  Reports the
 * first that is not.
 */
static bool
well_typed(
    struct loader *L, const cJSON *a, const char *file, const char *task_id)
{
	static const char *const fields[] = { "name", "instructions",
		"guidance" };
	const cJSON *src = cJSON_GetObjectItemCaseSensitive(a, "source");
	size_t i;

	if (!string_or_none(a, "type")) {
		report(L->g, GUIDE_ERROR, file, 0,
		    "%s: \"type\" is not a string", task_id);
		return false;
	}
	if (src != NULL && !cJSON_IsNull(src) && !cJSON_IsObject(src)) {
		report(L->g, GUIDE_ERROR, file, 0,
		    "%s: \"source\" is not a JSON object", task_id);
		return false;
	}
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (!string_or_none(src, fields[i])) {
			report(L->g, GUIDE_ERROR, file, 0,
			    "%s: \"%s\" is not a string", task_id, fields[i]);
			return false;
		}
	return true;
}

static int
add_assessment(struct loader *L, cJSON *a, const char *file, const char *what)
{
	struct guide *g = L->g;
	struct guide_assessment *x;
	const cJSON *src;
	const char *task_id, *s;
	size_t k;
	double points;

	if (!cJSON_IsObject(a)) {
		report(
		    g, GUIDE_ERROR, file, 0, "%s is not a JSON object", what);
		cJSON_Delete(a);
		return -1;
	}
	task_id = jstr(a, "taskId");
	if (task_id == NULL || task_id[0] == '\0') {
		report(g, GUIDE_ERROR, file, 0, "%s has no \"taskId\"", what);
		cJSON_Delete(a);
		return -1;
	}
	if (!well_typed(L, a, file, task_id)) {
		cJSON_Delete(a);
		return -1;
	}
	src = cJSON_GetObjectItemCaseSensitive(a, "source");
	if (!cJSON_IsObject(src))
		src = NULL;
	if (src == NULL ||
	    cJSON_GetObjectItemCaseSensitive(src, "points") == NULL)
		report(g, GUIDE_WARNING, file, 0,
		    "%s: no \"source.points\"; counted as 0", task_id);
	if (parse_points(cJSON_GetObjectItemCaseSensitive(src, "points"),
		&points) == -1) {
		if ((s = jstr(src, "points")) != NULL)
			report(g, GUIDE_ERROR, file, 0,
			    "%s: points \"%s\" is not a number", task_id, s);
		else
			report(g, GUIDE_ERROR, file, 0,
			    "%s: points is not a number", task_id);
		cJSON_Delete(a);
		return -1;
	}
	for (k = 0; k < g->nassessments; k++)
		if (strcmp(g->assessments[k].task_id, task_id) == 0)
			break;
	if (k < g->nassessments) {
		report(g, GUIDE_WARNING, file, 0,
		    "task id \"%s\" defined twice, the second skipped",
		    task_id);
		cJSON_Delete(a);
		return 0;
	}
	if (g->nassessments == L->ass_cap) {
		L->ass_cap = L->ass_cap ? L->ass_cap * 2 : 16;
		g->assessments = xrealloc(
		    g->assessments, L->ass_cap * sizeof(*g->assessments));
	}
	x = &g->assessments[g->nassessments++];
	memset(x, 0, sizeof(*x));
	x->json = a;
	x->source = src;
	x->task_id = xstrdup(task_id);
	x->type = xstrdup(jstr(a, "type") ? jstr(a, "type") : "");
	s = jstr(src, "name");
	x->name = xstrdup(s != NULL ? s : task_id);
	x->points = points;
	s = jstr(src, "instructions");
	x->instructions = s != NULL ? xstrdup(s) : NULL;
	s = jstr(src, "guidance");
	x->guidance = s != NULL ? xstrdup(s) : NULL;
	x->file = xstrdup(file);
	return 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A task id and the index of its assessment. */
struct task_ref {
	const char *id;
	size_t idx;
};

static int
cmp_task_ref(const void *a, const void *b)
{
	return strcmp(
	    ((const struct task_ref *)a)->id, ((const struct task_ref *)b)->id);
}

/* Fill g->by_task_id, for guide_find_assessment(). */
static void
index_assessments(struct guide *g)
{
	struct task_ref *refs;
	size_t k;

	refs = xcalloc(g->nassessments + 1, sizeof(*refs));
	for (k = 0; k < g->nassessments; k++) {
		refs[k].id = g->assessments[k].task_id;
		refs[k].idx = k;
	}
	if (g->nassessments > 1)
		qsort(refs, g->nassessments, sizeof(*refs), cmp_task_ref);
	g->by_task_id = xcalloc(g->nassessments + 1, sizeof(*g->by_task_id));
	for (k = 0; k < g->nassessments; k++)
		g->by_task_id[k] = refs[k].idx;
	free(refs);
}

static int
cmp_assessment(const void *a, const void *b)
{
	return strcmp(((const struct guide_assessment *)a)->task_id,
	    ((const struct guide_assessment *)b)->task_id);
}

/* Read every NAME.json in the folder dir (already checked inside). */
static int
load_assessment_dir(struct loader *L, const char *real)
{
	const char *dir = ".guides/assessments";
	struct dirent *de;
	char **names = NULL, *rel;
	size_t n = 0, cap = 0, k, len;
	cJSON *a;
	DIR *d;
	int rc = 0;

	if ((d = opendir(real)) == NULL) {
		report(L->g, GUIDE_ERROR, dir, 0, "%s", strerror(errno));
		return -1;
	}
	while ((errno = 0, de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (de->d_name[0] == '.' || len <= 5 ||
		    strcmp(de->d_name + len - 5, ".json") != 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = xrealloc(names, cap * sizeof(*names));
		}
		names[n++] = xstrdup(de->d_name);
	}
	if (errno != 0) {
		report(L->g, GUIDE_ERROR, dir, 0, "%s", strerror(errno));
		rc = -1;
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(*names), cmp_str);
	for (k = 0; k < n && rc == 0; k++) {
		rel = path_join(dir, names[k]);
		if (read_json_required(L, rel, &a) != 0)
			rc = -1;
		else
			rc = add_assessment(L, a, rel, "the assessment");
		free(rel);
	}
	for (k = 0; k < n; k++)
		free(names[k]);
	free(names);
	if (rc == 0 && L->g->nassessments > 1)
		qsort(L->g->assessments, L->g->nassessments,
		    sizeof(*L->g->assessments), cmp_assessment);
	return rc;
}

static int
load_assessments(struct loader *L)
{
	struct guide *g = L->g;
	const char *file = ".guides/assessments.json";
	struct stat st;
	char *real, what[64];
	cJSON *arr, *a;
	size_t k;
	int code, rc;

	code = resolve(g->realroot, ".guides/assessments", true, &real);
	if (code == GUIDE_OK && stat(real, &st) == 0 && S_ISDIR(st.st_mode)) {
		g->assessments_from = ".guides/assessments";
		rc = load_assessment_dir(L, real);
		free(real);
		return rc;
	}
	free(real);
	if (code == GUIDE_EOUTSIDE) {
		report(g, GUIDE_ERROR, ".guides/assessments", 0,
		    "leaves the tree");
		return -1;
	}
	rc = read_json(L, file, &arr);
	if (rc == GUIDE_ENOENT)
		return 0;
	if (rc > 0)
		report(g, GUIDE_ERROR, file, 0, "%s", guide_strerror(rc));
	if (rc != 0)
		return -1;
	if (!cJSON_IsArray(arr)) {
		report(g, GUIDE_ERROR, file, 0, "not a JSON array");
		cJSON_Delete(arr);
		return -1;
	}
	g->assessments_from = file;
	for (k = 1; arr->child != NULL; k++) {
		a = cJSON_DetachItemViaPointer(arr, arr->child);
		snprintf(what, sizeof(what), "assessment %zu", k);
		if (add_assessment(L, a, file, what) == -1) {
			cJSON_Delete(arr);
			return -1;
		}
	}
	cJSON_Delete(arr);
	return 0;
}

int
guide_load(struct guide *g, const char *root,
    void (*hook)(void *arg, int level, const char *msg), void *arg)
{
	struct loader L;
	struct stat st;
	size_t n;
	int rc, code;

	memset(g, 0, sizeof(*g));
	memset(&L, 0, sizeof(L));
	L.g = g;
	g->report = hook;
	g->report_arg = arg;
	n = strlen(root);
	while (n > 1 && root[n - 1] == '/')
		n--;
	g->root = xmalloc(n + 1);
	memcpy(g->root, root, n);
	g->root[n] = '\0';
	if ((g->realroot = realpath(root, NULL)) == NULL) {
		report(g, GUIDE_ERROR, NULL, 0, "%s", strerror(errno));
		guide_free(g);
		return -1;
	}
	if (stat(g->realroot, &st) != 0 || !S_ISDIR(st.st_mode)) {
		report(g, GUIDE_ERROR, NULL, 0, "not a directory");
		guide_free(g);
		return -1;
	}
	/*
	 * Codio's converter to the newer generation writes content_v3 and
	 * this flag file while it works, and a tree copied meanwhile is half
	 * converted: say so, and read what is there.
	 */
	if (guide_check_file(g->realroot, "converterV3AlreadyInProgress") !=
	    GUIDE_ENOENT)
		report(g, GUIDE_WARNING, "converterV3AlreadyInProgress", 0,
		    "the guide is being converted; read as found");
	code = guide_check_file(g->realroot, ".guides/content/index.json");
	if (code == GUIDE_OK) {
		g->generation = GUIDE_V3;
		rc = load_v3(&L);
	} else if (code != GUIDE_ENOENT) {
		report(g, GUIDE_ERROR, ".guides/content/index.json", 0, "%s",
		    guide_strerror(code));
		rc = -1;
	} else if ((code = guide_check_file(
			g->realroot, ".guides/metadata.json")) == GUIDE_OK)
		rc = load_legacy(&L);
	else if (code != GUIDE_ENOENT) {
		report(g, GUIDE_ERROR, ".guides/metadata.json", 0, "%s",
		    guide_strerror(code));
		rc = -1;
	} else
		rc = 0;
	if (rc == 0)
		rc = load_assessments(&L);
	if (rc == 0)
		index_assessments(g);
	for (n = 0; n < L.nseen; n++)
		free(L.seen[n]);
	free(L.seen);
	if (rc != 0) {
		guide_free(g);
		return -1;
	}
	return 0;
}

void
guide_free(struct guide *g)
{
	size_t i;

	for (i = 0; i < g->npages; i++) {
		free(g->pages[i].title);
		free(g->pages[i].id);
		free(g->pages[i].page_id);
		free(g->pages[i].body);
		free(g->pages[i].meta_file);
		cJSON_Delete(g->pages[i].meta);
	}
	free(g->pages);
	for (i = 0; i < g->nassessments; i++) {
		free(g->assessments[i].task_id);
		free(g->assessments[i].type);
		free(g->assessments[i].name);
		free(g->assessments[i].instructions);
		free(g->assessments[i].guidance);
		free(g->assessments[i].file);
		cJSON_Delete(g->assessments[i].json);
	}
	free(g->assessments);
	free(g->by_task_id);
	free(g->title);
	free(g->root);
	free(g->realroot);
	memset(g, 0, sizeof(*g));
}

/* Compare a task id of len bytes with a NUL-terminated one. */
static int
cmp_id_len(const char *id, size_t len, const char *t)
{
	int c = strncmp(id, t, len);

	if (c != 0)
		return c;
	return t[len] == '\0' ? 0 : -1;
}

const struct guide_assessment *
guide_find_assessment(const struct guide *g, const char *task_id, size_t len)
{
	size_t lo = 0, hi = g->nassessments, mid;
	int c;

	if (memchr(task_id, '\0', len) != NULL)
		return NULL;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = cmp_id_len(
		    task_id, len, g->assessments[g->by_task_id[mid]].task_id);
		if (c == 0)
			return &g->assessments[g->by_task_id[mid]];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static bool
is_task_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

/* Try to match an embed whose "{" is at text[i]. */
static bool
match_embed(const char *t, size_t len, size_t i, struct guide_embed *e)
{
	static const char word[] = "assessment";
	size_t j, bar, a, b, k;

	/* The braces: no newline or brace inside. */
	for (j = i + 1; j < len && t[j] != '}'; j++)
		if (t[j] == '\n' || t[j] == '{')
			return false;
	if (j >= len)
		return false;
	for (bar = j; bar > i && t[bar] != '|'; bar--)
		;
	if (bar == i)
		return false;
	for (a = bar + 1; a < j && is_blank(t[a]); a++)
		;
	for (b = j; b > a && is_blank(t[b - 1]); b--)
		;
	if (b - a != sizeof(word) - 1)
		return false;
	for (k = 0; k < b - a; k++)
		if (tolower((unsigned char)t[a + k]) != word[k])
			return false;
	e->start = i;
	for (a = i + 1; a < bar && is_blank(t[a]); a++)
		;
	for (b = bar; b > a && is_blank(t[b - 1]); b--)
		;
	e->label = a;
	e->label_len = b - a;
	/* The parentheses: "(", blanks, the id, blanks, ")". */
	k = j + 1;
	if (k >= len || t[k] != '(')
		return false;
	for (k++; k < len && is_blank(t[k]); k++)
		;
	e->task_id = k;
	while (k < len && is_task_char(t[k]))
		k++;
	e->task_id_len = k - e->task_id;
	if (e->task_id_len == 0)
		return false;
	while (k < len && is_blank(t[k]))
		k++;
	if (k >= len || t[k] != ')')
		return false;
	e->end = k + 1;
	return true;
}

bool
guide_next_embed(
    const char *text, size_t len, size_t *pos, struct guide_embed *e)
{
	const char *p;
	size_t i = *pos;

	while (i < len) {
		p = memchr(text + i, '{', len - i);
		if (p == NULL)
			break;
		i = (size_t)(p - text);
		if (match_embed(text, len, i, e)) {
			*pos = e->end;
			return true;
		}
		i++;
	}
	*pos = len;
	return false;
}

size_t *
guide_assessment_order(const struct guide *g)
{
	const struct guide_assessment *a;
	struct guide_embed e;
	size_t *order, n = 0, i, pos, len, k;
	bool *used;
	char *buf;
	int code;

	if (g->nassessments == 0)
		return NULL;
	order = xcalloc(g->nassessments, sizeof(*order));
	used = xcalloc(g->nassessments, sizeof(*used));
	for (i = 0; i < g->npages && n < g->nassessments; i++) {
		if (g->pages[i].body == NULL)
			continue;
		code = guide_read_file(
		    g->realroot, g->pages[i].body, GUIDE_MAX_FILE, &buf, &len);
		if (code != GUIDE_OK) {
			report(g, GUIDE_WARNING, g->pages[i].body, 0,
			    "page \"%s\": %s", g->pages[i].title,
			    guide_strerror(code));
			continue;
		}
		pos = 0;
		while (guide_next_embed(buf, len, &pos, &e)) {
			a = guide_find_assessment(
			    g, buf + e.task_id, e.task_id_len);
			if (a == NULL)
				continue;
			k = (size_t)(a - g->assessments);
			if (!used[k]) {
				used[k] = true;
				order[n++] = k;
			}
		}
		free(buf);
	}
	for (k = 0; k < g->nassessments; k++)
		if (!used[k])
			order[n++] = k;
	free(used);
	return order;
}
