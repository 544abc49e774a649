/*
 * Errors, allocation and the small pieces of I/O every filter needs.
 * Messages go to stderr as "PROGRAM: FILE:LINE: MESSAGE", the program name
 * being the one <err.h> uses.
 */
#define _GNU_SOURCE /* program_invocation_short_name */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "etl.h"

static void
prefix(const char *file, unsigned long line)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", program_invocation_short_name);
	if (file != NULL && line > 0)
		fprintf(stderr, "%s:%lu: ", file, line);
	else if (file != NULL)
		fprintf(stderr, "%s: ", file);
}

void
errx_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	prefix(file, line);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(EXIT_DATA);
}

void
warnx_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	prefix(file, line);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
xfshut(FILE *fp, const char *name)
{
	if (fflush(fp) == EOF || ferror(fp)) {
		int e = errno;

		fprintf(stderr, "%s: %s: %s\n", program_invocation_short_name,
		    name, e != 0 ? strerror(e) : "write error");
		exit(EXIT_DATA);
	}
}

void
print_version(void)
{
	printf("%s (course-exports) %s\n", program_invocation_short_name,
	    ETL_VERSION);
	xfshut(stdout, "<stdout>");
	exit(0);
}

static _Noreturn void
out_of_memory(size_t n)
{
	fprintf(stderr, "%s: out of memory allocating %zu bytes\n",
	    program_invocation_short_name, n);
	exit(EXIT_DATA);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n == 0 ? 1 : n);

	if (p == NULL)
		out_of_memory(n);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size);

	if (p == NULL)
		out_of_memory(n * size);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n == 0 ? 1 : n);
	if (p == NULL)
		out_of_memory(n);
	return p;
}

char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

int
parse_number(const char *s, long long min, long long max, long long *out)
{
	char *end;
	long long v;

	errno = 0;
	if (*s == '\0' || *s == ' ' || *s == '\t' || *s == '+') {
		errno = EINVAL;
		return -1;
	}
	v = strtoll(s, &end, 10);
	if (*end != '\0') {
		errno = EINVAL;
		return -1;
	}
	if (errno == ERANGE || v < min || v > max) {
		errno = ERANGE;
		return -1;
	}
	*out = v;
	return 0;
}

FILE *
xfopen_in(const char *path, const char **name)
{
	struct stat st;
	FILE *fp;
	int fd, flags;

	if (strcmp(path, "-") == 0) {
		*name = "<stdin>";
		return stdin;
	}
	*name = path;
	/*
	 * Only a regular file: a FIFO, a device or a socket could block
	 * forever or never end.  O_NONBLOCK keeps the open itself from
	 * waiting for a FIFO's writer; reads are made blocking again.
	 */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)) == -1)
		errx_at(path, 0, "%s", strerror(errno));
	if (fstat(fd, &st) == -1)
		errx_at(path, 0, "%s", strerror(errno));
	if (!S_ISREG(st.st_mode))
		errx_at(path, 0, "not a regular file");
	if ((flags = fcntl(fd, F_GETFL)) == -1 ||
	    fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == -1)
		errx_at(path, 0, "%s", strerror(errno));
	if ((fp = fdopen(fd, "r")) == NULL)
		errx_at(path, 0, "%s", strerror(errno));
	return fp;
}

void
line_reader_init(struct line_reader *lr, FILE *fp, const char *name)
{
	memset(lr, 0, sizeof(*lr));
	lr->fp = fp;
	lr->name = name;
}

char *
line_reader_next(struct line_reader *lr)
{
	ssize_t n;

	errno = 0;
	n = getline(&lr->buf, &lr->cap, lr->fp);
	if (n < 0) {
		if (ferror(lr->fp))
			errx_at(lr->name, lr->lineno + 1, "read error: %s",
			    strerror(errno));
		lr->len = 0;
		return NULL;
	}
	lr->lineno++;
	if (n > 0 && lr->buf[n - 1] == '\n')
		n--;
	if (n > 0 && lr->buf[n - 1] == '\r')
		n--;
	lr->buf[n] = '\0';
	lr->len = (size_t)n;
	return lr->buf;
}

void
line_reader_free(struct line_reader *lr)
{
	free(lr->buf);
	lr->buf = NULL;
	lr->cap = 0;
}
