/*
 * Names, times and links for pack-zip.
 *
 * Archive paths are relative, '/'-separated, with no empty, "." or ".."
 * component; a directory's ends in '/'.  A name that is not UTF-8 is kept
 * readable by writing each byte that breaks the encoding as "%XX".
 *
 * A symbolic link is judged by resolving its target inside the tree the
 * way the kernel would, link by link, starting from the link's own
 * directory: it is safe when no step climbs above the tree's root, no
 * step meets an absolute target, and the chain of links ends.  A
 * component that does not exist makes the rest of the walk lexical (the
 * kernel would stop there), which is still checked against the root.
 */
#include <sys/types.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "etl.h"
#include "pack.h"

#define MAX_HOPS 40 /* links followed in one resolution, as Linux allows */

/* The first zip (MS-DOS) time, 1980-01-01, and the last, 2107-12-31. */
#define ZIP_TIME_MIN 315532800LL

const char *
apath_problem(const char *p)
{
	const char *c = p;

	if (*p == '\0')
		return "empty archive path";
	if (*p == '/')
		return "archive path is absolute";
	if (!utf8_valid(p, strlen(p)))
		return "archive path is not UTF-8";
	while (*c != '\0') {
		size_t n = strcspn(c, "/");

		if (n == 0)
			return "archive path has an empty component";
		if ((n == 1 && c[0] == '.') ||
		    (n == 2 && c[0] == '.' && c[1] == '.'))
			return "archive path has a \".\" or \"..\" component";
		c += n;
		if (*c == '/')
			c++;
	}
	return NULL;
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static size_t
utf8_seq(const unsigned char *s, size_t n)
{
	size_t k;

	if (s[0] < 0x80)
		return 1;
	k = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : 2;
	if (k > n || !utf8_valid((const char *)s, k))
		return 0;
	return k;
}

char *
name_escape(const char *name, bool *changed)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *s = (const unsigned char *)name;
	size_t n = strlen(name), i = 0, o = 0;
	char *out;

	*changed = !utf8_valid(name, n);
	if (!*changed)
		return xstrdup(name);
	out = xmalloc(3 * n + 1);
	while (i < n) {
		size_t k = utf8_seq(s + i, n - i);

		if (k == 0) {
			out[o++] = '%';
			out[o++] = hex[s[i] >> 4];
			out[o++] = hex[s[i] & 0xf];
			i++;
			continue;
		}
		memcpy(out + o, s + i, k);
		o += k;
		i += k;
	}
	out[o] = '\0';
	return out;
}

/*
 * name with each '\\' written as "%5C", for zips: Windows extractors read
 * a backslash as a separator.  Takes name, returns it or its copy.
 */
char *
backslash_escape(char *name, bool *changed)
{
	size_t n = 0, o = 0;
	const char *c;
	char *out;

	for (c = name; *c != '\0'; c++)
		n += *c == '\\';
	*changed = n > 0;
	if (n == 0)
		return name;
	out = xmalloc(strlen(name) + 2 * n + 1);
	for (c = name; *c != '\0'; c++) {
		if (*c == '\\') {
			memcpy(out + o, "%5C", 3);
			o += 3;
		} else
			out[o++] = *c;
	}
	out[o] = '\0';
	free(name);
	return out;
}

/* A growing string. */
struct buf {
	char *s;
	size_t len, cap;
};

static void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = 2 * (b->len + n + 1);
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* Read the link at path under rootfd into a fresh string, or NULL. */
static char *
read_link_at(int rootfd, const char *path)
{
	size_t cap = 256;

	for (;;) {
		char *t = xmalloc(cap);
		ssize_t n = readlinkat(rootfd, path, t, cap);

		if (n < 0) {
			free(t);
			return NULL;
		}
		if ((size_t)n < cap) {
			t[n] = '\0';
			return t;
		}
		free(t);
		cap *= 2;
	}
}

enum link_verdict
link_resolve(int rootfd, const char *parent, const char *target)
{
	struct buf cur = { 0 }, pend = { 0 };
	enum link_verdict v = LINK_INSIDE;
	size_t pos = 0, hops = 0;
	bool lexical = false;

	if (target[0] == '/')
		return LINK_OUTSIDE;
	buf_add(&cur, parent, strlen(parent));
	buf_add(&pend, target, strlen(target));
	while (pos < pend.len) {
		const char *c = pend.s + pos;
		size_t n = strcspn(c, "/"), next = pos + n, keep;
		struct stat st;
		char *lt;

		if (pend.s[next] == '/')
			next++;
		if (n == 0 || (n == 1 && c[0] == '.')) {
			pos = next;
			continue;
		}
		if (n == 2 && c[0] == '.' && c[1] == '.') {
			char *slash;

			if (cur.len == 0) {
				v = LINK_OUTSIDE;
				break;
			}
			slash = strrchr(cur.s, '/');
			cur.len = slash != NULL ? (size_t)(slash - cur.s) : 0;
			cur.s[cur.len] = '\0';
			pos = next;
			continue;
		}
		keep = cur.len;
		if (cur.len > 0)
			buf_add(&cur, "/", 1);
		buf_add(&cur, c, n);
		pos = next;
		if (lexical)
			continue;
		if (fstatat(rootfd, cur.s, &st, AT_SYMLINK_NOFOLLOW) != 0) {
			lexical = true;
			continue;
		}
		if (!S_ISLNK(st.st_mode))
			continue;
		if (++hops > MAX_HOPS) {
			v = LINK_LOOP;
			break;
		}
		lt = read_link_at(rootfd, cur.s);
		if (lt == NULL || lt[0] == '/') {
			free(lt);
			v = LINK_OUTSIDE;
			break;
		}
		/* The link's text replaces it; resolve from its directory. */
		cur.len = keep;
		cur.s[cur.len] = '\0';
		{
			struct buf np = { 0 };

			buf_add(&np, lt, strlen(lt));
			buf_add(&np, "/", 1);
			buf_add(&np, pend.s + pos, pend.len - pos);
			free(pend.s);
			pend = np;
			pos = 0;
		}
		free(lt);
	}
	free(cur.s);
	free(pend.s);
	return v;
}

int64_t
zip_clamp_time(int64_t t)
{
	int64_t max = days_from_civil(2107, 12, 31) * 86400 + 86398;

	if (t < ZIP_TIME_MIN)
		return ZIP_TIME_MIN;
	if (t > max)
		return max;
	return t;
}

/*
 * t clamped to what the extended-timestamp field holds: a signed 32-bit
 * count of seconds, 1901-12-13T20:45:52Z .. 2038-01-19T03:14:07Z.
 */
int64_t
ut_clamp_time(int64_t t)
{
	if (t < INT32_MIN)
		return INT32_MIN;
	if (t > INT32_MAX)
		return INT32_MAX;
	return t;
}

/* MS-DOS date and time of t, read as UTC: zips do not name a zone. */
void
dos_datetime(int64_t t, uint16_t *dtime, uint16_t *ddate)
{
	int64_t y, s;
	unsigned m, d;

	t = zip_clamp_time(t);
	civil_from_days(t / 86400, &y, &m, &d);
	s = t % 86400;
	*ddate = (uint16_t)((y - 1980) << 9 | m << 5 | d);
	*dtime =
	    (uint16_t)((s / 3600) << 11 | (s / 60 % 60) << 5 | (s % 60) / 2);
}

/*
 * Formats that are compressed already: deflating them again costs time
 * and saves nothing, so they are stored.
 */
bool
stored_by_name(const char *name)
{
	static const char *const ext[] = { "7z", "avif", "bz2", "docx", "epub",
		"gif", "gz", "heic", "jar", "jpeg", "jpg", "lz4", "lzma", "m4a",
		"mkv", "mov", "mp3", "mp4", "odp", "ods", "odt", "ogg", "pdf",
		"png", "pptx", "rar", "tgz", "txz", "war", "webm", "webp",
		"whl", "xlsx", "xz", "zip", "zst" };
	const char *dot = strrchr(name, '.');
	size_t i;

	if (dot == NULL || strchr(dot, '/') != NULL)
		return false;
	for (i = 0; i < sizeof(ext) / sizeof(ext[0]); i++)
		if (strcasecmp(dot + 1, ext[i]) == 0)
			return true;
	return false;
}

unsigned
norm_mode(mode_t m)
{
	if (S_ISDIR(m))
		return 0755;
	if (S_ISLNK(m))
		return 0777;
	return (m & 0111) != 0 ? 0755 : 0644;
}

ssize_t
read_full(int fd, void *buf, size_t n)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = read(fd, (char *)buf + got, n - got);

		if (r < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return (ssize_t)got;
}
