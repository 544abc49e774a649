/*
 * The entry list and the tree walk of pack-zip.
 *
 * The list is a sequence of records, each two NUL-terminated fields,
 * ARCHIVE_PATH and SOURCE_PATH:
 *
 *	NAME\0FILE\0	the regular file FILE as NAME
 *	NAME/\0DIR\0	the tree DIR, walked, as NAME/ and everything below
 *	NAME/\0\0	an empty directory NAME/
 *
 * Records are sorted by archive path (bytewise, a directory's path ending
 * in '/'), so the order of the list does not matter.  Each directory that
 * holds an entry gets an entry of its own.  A walked tree lists each
 * directory's children in the same order, so the whole archive is sorted
 * by archive path.  Listed directories, made parents and (with -n) listed
 * files carry "now"; everything a walk finds keeps its own time.
 */
#include <sys/types.h>
#include <sys/stat.h>

#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "etl.h"
#include "list.h"
#include "pack.h"

enum item_kind { IT_FILE, IT_DIR, IT_TREE };

struct item {
	char *key; /* archive path */
	char *src;
	enum item_kind kind;
	unsigned long recno;
};

/* One child of a directory met by the walk. */
struct child {
	char *name; /* as on disk */
	char *key;  /* as in the archive: escaped, '/' after a directory */
	struct stat st;
};

static const struct list_opts *opts;
static const char *list_name;
static unsigned long nskipped;

static int
item_cmp(const void *a, const void *b)
{
	return strcmp(
	    ((const struct item *)a)->key, ((const struct item *)b)->key);
}

static int
child_cmp(const void *a, const void *b)
{
	return strcmp(
	    ((const struct child *)a)->key, ((const struct child *)b)->key);
}

/* Read one NUL-terminated field; NULL at a clean end of input. */
static char *
read_field(FILE *fp, unsigned long recno)
{
	char *s = NULL;
	size_t cap = 0;
	ssize_t n = getdelim(&s, &cap, '\0', fp);

	if (n < 0) {
		if (ferror(fp))
			err(EXIT_DATA, "%s", list_name);
		free(s);
		return NULL;
	}
	if (s[n - 1] != '\0')
		errx_at(list_name, recno, "last field is not ended by a NUL");
	return s;
}

static struct item *
read_list(FILE *fp, size_t *np)
{
	struct item *it = NULL;
	size_t n = 0, cap = 0;
	char *key;

	while ((key = read_field(fp, n + 1)) != NULL) {
		struct item *e;
		const char *why = apath_problem(key);
		size_t len = strlen(key);

		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			it = xrealloc(it, cap * sizeof(*it));
		}
		e = &it[n++];
		e->recno = n;
		e->key = key;
		e->src = read_field(fp, n);
		if (e->src == NULL)
			errx_at(list_name, n,
			    "archive path \"%s\" has no source", key);
		if (why != NULL)
			errx_at(list_name, n, "%s: \"%s\"", why, key);
		if (opts->zip) {
			bool changed;

			e->key = key = backslash_escape(key, &changed);
			if (changed)
				warnx("%s:%zu: archive path holds a backslash; "
				      "stored as \"%s\"",
				    list_name, n, key);
			len = strlen(key);
		}
		if (key[len - 1] == '/')
			e->kind = e->src[0] == '\0' ? IT_DIR : IT_TREE;
		else if (e->src[0] == '\0')
			errx_at(list_name, n, "file \"%s\" has an empty source",
			    key);
		else
			e->kind = IT_FILE;
	}
	*np = n;
	return it;
}

/* Stop when an entry would clash with another in the archive. */
static void
check_list(const struct item *it, size_t n)
{
	const struct item *tree = NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		const char *k = it[i].key;
		const char *s;

		if (i > 0 && strcmp(it[i - 1].key, k) == 0)
			errx_at(list_name, it[i].recno,
			    "archive path \"%s\" is listed twice (also record "
			    "%lu)",
			    k, it[i - 1].recno);
		if (tree != NULL &&
		    strncmp(k, tree->key, strlen(tree->key)) == 0)
			errx_at(list_name, it[i].recno,
			    "\"%s\" lies inside the tree of record %lu", k,
			    tree->recno);
		if (it[i].kind == IT_TREE)
			tree = &it[i];
		/* A file may not share its path with a directory. */
		for (s = strchr(k, '/'); s != NULL; s = strchr(s + 1, '/')) {
			struct item probe, *hit;
			char *dir = strndup(k, (size_t)(s - k));

			if (dir == NULL)
				err(EXIT_DATA, NULL);
			probe.key = dir;
			hit = bsearch(&probe, it, n, sizeof(*it), item_cmp);
			free(dir);
			if (hit != NULL)
				errx_at(list_name, it[i].recno,
				    "\"%s\" needs a directory where record %lu "
				    "is a file",
				    k, hit->recno);
		}
	}
}

/* A file or directory that cannot be read: stop, or skip with -k. */
static bool
unreadable(const char *src, int errnum)
{
	if (!opts->kflag)
		errx(EXIT_DATA, "%s: %s", src, strerror(errnum));
	warnx("%s: %s; skipped", src, strerror(errnum));
	nskipped++;
	return false;
}

static void
put_dir(const char *path, const char *src, int64_t mtime)
{
	struct pentry e = { 0 };

	e.kind = PE_DIR;
	e.path = path;
	e.src = src;
	e.mtime = mtime;
	e.mode = 0755;
	opts->put(&e);
}

/*
 * A regular file, opened without following a link and without blocking
 * (a FIFO swapped in after the check must not hang the export).
 */
static void
put_file(
    int dirfd, const char *name, const char *path, const char *src, bool now)
{
	struct pentry e = { 0 };
	struct stat st;
	int fd = openat(dirfd, name,
	    O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);

	if (fd < 0) {
		unreadable(src, errno);
		return;
	}
	if (fstat(fd, &st) != 0)
		err(EXIT_DATA, "%s", src);
	if (!S_ISREG(st.st_mode)) {
		warnx("%s: no longer a regular file; skipped", src);
		close(fd);
		return;
	}
	e.kind = PE_FILE;
	e.path = path;
	e.src = src;
	e.mtime = now ? opts->now : (int64_t)st.st_mtime;
	e.mode = norm_mode(st.st_mode);
	e.fd = fd;
	e.size = (uint64_t)st.st_size;
	opts->put(&e);
}

static const char *
kind_name(mode_t m)
{
	if (S_ISFIFO(m))
		return "a FIFO";
	if (S_ISSOCK(m))
		return "a socket";
	if (S_ISCHR(m) || S_ISBLK(m))
		return "a device";
	return "not a regular file";
}

static char *
join(const char *a, const char *sep, const char *b)
{
	size_t n = strlen(a) + strlen(sep) + strlen(b) + 1;
	char *s = xmalloc(n);

	(void)snprintf(s, n, "%s%s%s", a, sep, b);
	return s;
}

static void walk(int rootfd, int dirfd, const char *rel, const char *prefix,
    const char *src);

static struct child *
read_children(int dirfd, const char *src, size_t *np)
{
	struct child *c = NULL;
	size_t n = 0, cap = 0, i;
	struct dirent *de;
	int fd = dup(dirfd);
	DIR *d;

	if (fd < 0 || (d = fdopendir(fd)) == NULL)
		err(EXIT_DATA, "%s", src);
	errno = 0;
	while ((de = readdir(d)) != NULL) {
		struct child *ch;
		bool changed;
		char *esc;

		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			c = xrealloc(c, cap * sizeof(*c));
		}
		ch = &c[n];
		if (fstatat(dirfd, de->d_name, &ch->st, AT_SYMLINK_NOFOLLOW) !=
		    0)
			continue; /* gone since it was listed */
		ch->name = xstrdup(de->d_name);
		esc = name_escape(de->d_name, &changed);
		if (changed)
			warnx("%s/%s: name is not UTF-8; stored as \"%s\"", src,
			    de->d_name, esc);
		if (opts->zip) {
			esc = backslash_escape(esc, &changed);
			if (changed)
				warnx("%s/%s: name holds a backslash; stored "
				      "as \"%s\"",
				    src, de->d_name, esc);
		}
		ch->key = S_ISDIR(ch->st.st_mode) ? join(esc, "/", "") : esc;
		if (ch->key != esc)
			free(esc);
		n++;
		errno = 0;
	}
	if (errno != 0)
		err(EXIT_DATA, "%s", src);
	closedir(d);
	if (n > 1)
		qsort(c, n, sizeof(*c), child_cmp);
	for (i = 1; i < n; i++)
		if (strcmp(c[i - 1].key, c[i].key) == 0)
			errx(EXIT_DATA, "%s: two names are stored as \"%s\"",
			    src, c[i].key);
	*np = n;
	return c;
}

static void
walk_link(int rootfd, int dirfd, const struct child *ch, const char *rel,
    const char *path, const char *src)
{
	struct pentry e = { 0 };
	char *target = NULL;
	size_t cap = 256;
	ssize_t n;

	for (;;) {
		target = xrealloc(target, cap);
		n = readlinkat(dirfd, ch->name, target, cap);
		if (n < 0) {
			free(target);
			unreadable(src, errno);
			return;
		}
		if ((size_t)n < cap)
			break;
		cap *= 2;
	}
	target[n] = '\0';
	if (!utf8_valid(target, (size_t)n)) {
		warnx("%s: link target is not UTF-8; skipped", src);
	} else {
		switch (link_resolve(rootfd, rel, target)) {
		case LINK_INSIDE:
			e.kind = PE_LINK;
			e.path = path;
			e.src = src;
			e.mtime = (int64_t)ch->st.st_mtime;
			e.mode = 0777;
			e.target = target;
			opts->put(&e);
			break;
		case LINK_OUTSIDE:
			warnx("%s: symbolic link to \"%s\" leads out of the "
			      "tree; skipped",
			    src, target);
			break;
		case LINK_LOOP:
			warnx("%s: symbolic link to \"%s\" loops; skipped", src,
			    target);
			break;
		}
	}
	free(target);
}

/* Recursion depth is the tree's depth. */
static void
/* NOLINTNEXTLINE(misc-no-recursion) */
walk_child(int rootfd, int dirfd, const struct child *ch, const char *rel,
    const char *prefix, const char *src)
{
	char *path = join(prefix, "", ch->key);
	char *csrc = join(src, "/", ch->name);
	char *crel =
	    rel[0] != '\0' ? join(rel, "/", ch->name) : xstrdup(ch->name);
	mode_t m = ch->st.st_mode;

	if (S_ISDIR(m)) {
		int fd = openat(dirfd, ch->name,
		    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		struct stat st;

		if (fd < 0) {
			unreadable(csrc, errno);
		} else {
			if (fstat(fd, &st) != 0)
				err(EXIT_DATA, "%s", csrc);
			put_dir(path, csrc, (int64_t)st.st_mtime);
			walk(rootfd, fd, crel, path, csrc);
			close(fd);
		}
	} else if (S_ISREG(m)) {
		put_file(dirfd, ch->name, path, csrc, false);
	} else if (S_ISLNK(m)) {
		walk_link(rootfd, dirfd, ch, rel, path, csrc);
	} else {
		warnx("%s: is %s; skipped", csrc, kind_name(m));
	}
	free(path);
	free(csrc);
	free(crel);
}

/*
 * Walk the directory open as dirfd, rel below the root open as rootfd,
 * whose archive path is prefix (ending in '/').  Recursion depth is the
 * tree's depth.
 */
static void
/* NOLINTNEXTLINE(misc-no-recursion) */
walk(
    int rootfd, int dirfd, const char *rel, const char *prefix, const char *src)
{
	size_t n, i;
	struct child *c = read_children(dirfd, src, &n);

	for (i = 0; i < n; i++) {
		walk_child(rootfd, dirfd, &c[i], rel, prefix, src);
		free(c[i].name);
		free(c[i].key);
	}
	free(c);
}

static void
put_tree(const struct item *it)
{
	struct stat st;
	int fd;

	if (lstat(it->src, &st) != 0)
		errx_at(
		    list_name, it->recno, "%s: %s", it->src, strerror(errno));
	if (S_ISLNK(st.st_mode)) {
		warnx("%s: tree is a symbolic link; skipped", it->src);
		return;
	}
	if (!S_ISDIR(st.st_mode))
		errx_at(list_name, it->recno, "%s: not a directory", it->src);
	fd = open(it->src, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		unreadable(it->src, errno);
		return;
	}
	if (fstat(fd, &st) != 0)
		err(EXIT_DATA, "%s", it->src);
	put_dir(it->key, it->src, (int64_t)st.st_mtime);
	walk(fd, fd, "", it->key, it->src);
	close(fd);
}

static void
put_listed_file(const struct item *it)
{
	struct stat st;

	if (lstat(it->src, &st) != 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			errx_at(list_name, it->recno, "%s: %s", it->src,
			    strerror(errno));
		unreadable(it->src, errno);
		return;
	}
	if (S_ISLNK(st.st_mode)) {
		warnx("%s: is a symbolic link; skipped", it->src);
		return;
	}
	if (!S_ISREG(st.st_mode)) {
		warnx("%s: is %s; skipped", it->src, kind_name(st.st_mode));
		return;
	}
	put_file(AT_FDCWD, it->src, it->key, it->src, opts->nflag);
}

/*
 * Emit the directories between the open one (dirs, ending in '/') and
 * key, then the entry itself.
 */
static void
put_item(const struct item *it, char **dirs)
{
	char *d = *dirs;
	size_t dl = strlen(d), i;

	while (dl > 0 && strncmp(it->key, d, dl) != 0) {
		dl--;
		while (dl > 0 && d[dl - 1] != '/')
			dl--;
		d[dl] = '\0';
	}
	for (i = dl; it->key[i] != '\0'; i++) {
		if (it->key[i] != '/' || it->key[i + 1] == '\0')
			continue;
		d = xrealloc(d, i + 2);
		memcpy(d, it->key, i + 1);
		d[i + 1] = '\0';
		put_dir(d, d, opts->now);
	}
	*dirs = d;
	switch (it->kind) {
	case IT_DIR:
		put_dir(it->key, it->key, opts->now);
		break;
	case IT_FILE:
		put_listed_file(it);
		break;
	case IT_TREE:
		put_tree(it);
		break;
	}
	if (it->kind != IT_FILE) {
		free(*dirs);
		*dirs = xstrdup(it->key);
	}
}

unsigned long
pack_list(FILE *fp, const char *name, const struct list_opts *o)
{
	struct item *it;
	char *dirs = xstrdup("");
	size_t n, i;

	opts = o;
	list_name = name;
	it = read_list(fp, &n);
	if (n > 1)
		qsort(it, n, sizeof(*it), item_cmp);
	check_list(it, n);
	for (i = 0; i < n; i++) {
		put_item(&it[i], &dirs);
		free(it[i].key);
		free(it[i].src);
	}
	free(it);
	free(dirs);
	return nskipped;
}
