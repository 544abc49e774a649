/*
 * The tables, readers and row format of extract-access (see access.h).
 */
#define _DEFAULT_SOURCE /* tm_gmtoff */
#include <sys/types.h>
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "access.h"
#include "flatjson.h"

void
access_buf_reserve(struct access_buf *b, size_t more)
{
	if (b->cap - b->len >= more)
		return;
	while (b->cap - b->len < more)
		b->cap = b->cap == 0 ? 256 : b->cap * 2;
	b->p = xrealloc(b->p, b->cap);
}

void
access_buf_add(struct access_buf *b, const char *s, size_t n)
{
	access_buf_reserve(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

/* FNV-1a: short keys, few of them; good enough and simple. */
static size_t
hash(const char *k, size_t n)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)k[i];
		h *= 1099511628211ULL;
	}
	return (size_t)h;
}

static size_t
slot(const struct access_map *m, const char *k, size_t n)
{
	size_t i = hash(k, n) & (m->cap - 1);

	while (m->key[i] != NULL &&
	    (m->klen[i] != n || memcmp(m->key[i], k, n) != 0))
		i = (i + 1) & (m->cap - 1);
	return i;
}

void *
access_map_get(const struct access_map *m, const char *k, size_t n)
{
	size_t i;

	if (m->cap == 0)
		return NULL;
	i = slot(m, k, n);
	return m->key[i] == NULL ? NULL : m->val[i];
}

static void
grow(struct access_map *m)
{
	struct access_map old = *m;
	size_t i, j;

	m->cap = old.cap == 0 ? 64 : old.cap * 2;
	m->key = xcalloc(m->cap, sizeof(*m->key));
	m->klen = xcalloc(m->cap, sizeof(*m->klen));
	m->val = xcalloc(m->cap, sizeof(*m->val));
	for (i = 0; i < old.cap; i++) {
		if (old.key[i] == NULL)
			continue;
		j = slot(m, old.key[i], old.klen[i]);
		m->key[j] = old.key[i];
		m->klen[j] = old.klen[i];
		m->val[j] = old.val[i];
	}
	free(old.key);
	free(old.klen);
	free(old.val);
}

void *
access_map_put(struct access_map *m, const char *k, size_t n, void *v)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap)
		grow(m);
	i = slot(m, k, n);
	if (m->key[i] != NULL)
		return m->val[i];
	m->key[i] = xmalloc(n + 1);
	memcpy(m->key[i], k, n);
	m->key[i][n] = '\0';
	m->klen[i] = n;
	m->val[i] = v;
	m->n++;
	return NULL;
}

/* A whole file into memory, NUL-terminated. */
static char *
slurp(const char *path, const char **name, size_t *len)
{
	FILE *fp = xfopen_in(path, name);
	struct access_buf b = { NULL, 0, 0 };
	size_t n;

	do {
		access_buf_reserve(&b, 1 << 16);
		n = fread(b.p + b.len, 1, b.cap - b.len - 1, fp);
		b.len += n;
	} while (n > 0);
	if (ferror(fp))
		errx_at(*name, 0, "read error: %s", strerror(errno));
	if (fp != stdin)
		fclose(fp);
	b.p[b.len] = '\0';
	*len = b.len;
	return b.p;
}

static const char *
member_string(const char *file, const cJSON *obj, const char *key,
    bool required, const char *where)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	if (v == NULL || cJSON_IsNull(v)) {
		if (required)
			errx_at(file, 0, "%smissing field \"%s\"", where, key);
		return NULL;
	}
	if (!cJSON_IsString(v))
		errx_at(file, 0, "%sfield \"%s\" is not a string", where, key);
	return v->valuestring;
}

static void
load_assignments(struct access_course *c, const cJSON *list)
{
	const cJSON *a;
	const char *id, *name, *book;
	char where[64];
	int i = 0;

	if (list == NULL || cJSON_IsNull(list))
		return;
	if (!cJSON_IsArray(list))
		errx_at(c->name, 0, "field \"assignments\" is not an array");
	cJSON_ArrayForEach(a, list)
	{
		snprintf(where, sizeof(where), "assignment %d: ", ++i);
		if (!cJSON_IsObject(a))
			errx_at(c->name, 0, "%snot an object", where);
		id = member_string(c->name, a, "id", true, where);
		name = member_string(c->name, a, "name", true, where);
		book = member_string(c->name, a, "book", false, where);
		if (access_map_put(&c->names, id, strlen(id),
			xstrdup(book != NULL ? book : name)) != NULL)
			errx_at(c->name, 0, "%sduplicate id \"%s\"", where, id);
	}
}

void
access_course_load(struct access_course *c, const char *path)
{
	const char *zone;
	size_t len;
	char *text;
	cJSON *root;

	memset(c, 0, sizeof(*c));
	text = slurp(path, &c->name, &len);
	if (strlen(text) != len || !utf8_valid(text, len))
		errx_at(c->name, 0, "invalid UTF-8 or NUL byte");
	if ((root = cJSON_Parse(text)) == NULL)
		errx_at(c->name, 0, "malformed JSON");
	if (!cJSON_IsObject(root))
		errx_at(c->name, 0, "not a JSON object");
	zone = member_string(c->name, root, "timezone", false, "");
	if (zone == NULL)
		zone = "UTC";
	if (tz_set(zone) != 0)
		errx_at(c->name, 0, "unknown time zone \"%s\"", zone);
	load_assignments(
	    c, cJSON_GetObjectItemCaseSensitive(root, "assignments"));
	cJSON_Delete(root);
	free(text);
}

const char *
access_course_name(const struct access_course *c, const char *id, size_t n)
{
	const char *name;

	if (id == NULL)
		return "";
	name = access_map_get(&c->names, id, n);
	return name != NULL ? name : id;
}

static const char *const roster_cols[] = { "user_id", "username", "email",
	"first_name", "last_name", "role" };

/* The column of each of roster_cols in the header. */
static void
roster_header(
    const struct access_roster *r, const struct csv_record *h, long col[6])
{
	size_t i;

	for (i = 0; i < 6; i++) {
		if ((col[i] = csv_column_unique(h, roster_cols[i], r->name)) <
		    0)
			errx_at(r->name, h->line, "missing column \"%s\"",
			    roster_cols[i]);
		if (memchr(h->field[col[i]], '\0', h->len[col[i]] + 1) !=
		    h->field[col[i]] + h->len[col[i]])
			errx_at(r->name, h->line, "NUL byte in a field");
	}
}

static struct access_user *
roster_user(const struct access_roster *r, const struct csv_record *rec,
    const long col[6], size_t nheader)
{
	struct access_user *u;
	const char *role;
	int i;

	if (rec->nfields != nheader)
		errx_at(r->name, rec->line, "%zu fields, the header has %zu",
		    rec->nfields, nheader);
	for (i = 0; i < 6; i++)
		if (strlen(rec->field[col[i]]) != rec->len[col[i]])
			errx_at(r->name, rec->line, "NUL byte in field \"%s\"",
			    roster_cols[i]);
	if (rec->len[col[0]] == 0)
		errx_at(r->name, rec->line, "empty user_id");
	role = rec->field[col[5]];
	if (strcmp(role, "student") != 0 && strcmp(role, "teacher") != 0)
		errx_at(r->name, rec->line,
		    "role \"%s\" is neither student nor teacher", role);
	u = xcalloc(1, sizeof(*u));
	u->role = role[0] == 's' ? "Student" : "Teacher";
	u->id = xstrdup(rec->field[col[0]]);
	for (i = 0; i < 4; i++)
		u->fields[i] = xstrdup(rec->field[col[i + 1]]);
	u->line = rec->line;
	return u;
}

/* The user's first four cells, encoded once rather than on every row. */
static void
encode_cells(struct access_user *u, bool download)
{
	struct access_buf b = { NULL, 0, 0 };
	int i;

	for (i = 0; i < 4; i++)
		access_put_cell(
		    &b, download, i == 0, u->fields[i], strlen(u->fields[i]));
	u->cells = b.p;
	u->cellslen = b.len;
}

void
access_roster_load(struct access_roster *r, const char *path, bool download)
{
	const struct csv_record *rec;
	struct access_user *u, *dup;
	struct csv_reader *cr;
	size_t nheader;
	long col[6];
	FILE *fp;

	memset(r, 0, sizeof(*r));
	fp = xfopen_in(path, &r->name);
	cr = csv_reader_open(fp, r->name);
	if ((rec = csv_reader_next(cr)) == NULL)
		errx_at(r->name, 0, "empty: no header");
	roster_header(r, rec, col);
	nheader = rec->nfields;
	while ((rec = csv_reader_next(cr)) != NULL) {
		dup = rec->nfields == nheader
		    ? access_map_get(
			  &r->byid, rec->field[col[0]], rec->len[col[0]])
		    : NULL;
		if (dup != NULL)
			errx_at(r->name, rec->line,
			    "duplicate user_id \"%s\" (first on line %lu)",
			    dup->id, dup->line);
		u = roster_user(r, rec, col, nheader);
		encode_cells(u, download);
		access_map_put(&r->byid, u->id, strlen(u->id), u);
	}
	csv_reader_close(cr);
	if (fp != stdin)
		fclose(fp);
}

const struct access_user *
access_roster_find(const struct access_roster *r, const char *id, size_t n)
{
	return access_map_get(&r->byid, id, n);
}
