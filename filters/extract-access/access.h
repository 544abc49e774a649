/*
 * The parts of extract-access: course.json and users.csv loaded into
 * tables, events read from a line (fast path or cJSON), rows formatted
 * as CSV, and rows held for sorting.
 */
#ifndef ACCESS_H
#define ACCESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "etl.h"

/* A growing byte buffer. */
struct access_buf {
	char *p;
	size_t len, cap;
};
void access_buf_reserve(struct access_buf *b, size_t more);
void access_buf_add(struct access_buf *b, const char *s, size_t n);

/* A table from strings to values, open addressing. */
struct access_map {
	char **key;
	size_t *klen;
	void **val;
	size_t cap, n;
};
void *access_map_get(const struct access_map *m, const char *k, size_t n);
/* Returns the value already there, or NULL after adding v. */
void *access_map_put(struct access_map *m, const char *k, size_t n, void *v);

struct access_course {
	const char *name;	 /* the file, for messages */
	struct access_map names; /* assignment id -> name shown */
};
/* Load course.json: the zone is set for the local times; exits on error. */
void access_course_load(struct access_course *c, const char *path);
/*
 * The display name of an assignment: its book for a book-based one, its
 * name otherwise, its id when course.json lacks it.  NUL-terminated.
 */
const char *access_course_name(
    const struct access_course *c, const char *id, size_t n);

struct access_user {
	char *id;
	char *fields[4];  /* username, email, first_name, last_name */
	const char *role; /* "Student" or "Teacher" */
	unsigned long line;
	char *cells; /* the four fields as CSV cells, joined by commas */
	size_t cellslen;
};
struct access_roster {
	const char *name;
	struct access_map byid;
};
/* Load users.csv; download: encode the cells in the download form. */
void access_roster_load(
    struct access_roster *r, const char *path, bool download);
const struct access_user *access_roster_find(
    const struct access_roster *r, const char *id, size_t n);

enum { ACCESS_NONE, ACCESS_LOGIN, ACCESS_LOGOUT, ACCESS_OPEN, ACCESS_CLOSE };

/*
 * An event's fields from the current line of lr by the flat-object fast
 * path, unescaped into scratch (reserved to at least the line's length
 * plus 8).  Returns -1 when the line must go to cJSON instead; a field of
 * the wrong type or a missing one stops the program.
 */
int access_read_fast(const struct line_reader *lr, int *kind,
    struct access_buf *scratch, const char **time, const char **user,
    size_t *userlen, const char **aid, size_t *aidlen, const char **path,
    size_t *pathlen, const char **ip, size_t *iplen);
/* The same from an object cJSON parsed. */
void access_read_json(const struct line_reader *lr, const cJSON *obj, int *kind,
    const char **time, const char **user, size_t *userlen, const char **aid,
    size_t *aidlen, const char **path, size_t *pathlen, const char **ip,
    size_t *iplen);

/*
 * Append one CSV row to b: the user's fields, the local time of sec, the
 * access type of kind, the assignment name (empty for log in and out),
 * the role, the project path and the IP address.  download: CRLF and the
 * formula guard.
 */
void access_format_row(struct access_buf *b, bool download,
    const struct access_user *u, int64_t sec, int kind, const char *aname,
    const char *path, size_t pathlen, const char *ip, size_t iplen);
/* Append one CSV cell, with a comma before it unless first. */
void access_put_cell(
    struct access_buf *b, bool download, bool first, const char *s, size_t n);
/* The local time of sec in the zone tz_set() set, as format_local(). */
size_t access_local_time(int64_t sec, char *buf);

/* Rows held for sorting: their times and bytes. */
struct access_row {
	struct etl_time t;
	size_t seq, off, len;
};
struct access_rows {
	struct access_row *row;
	size_t n, cap;
	struct access_buf arena;
};
void access_rows_add(
    struct access_rows *r, struct etl_time t, const char *p, size_t n);
/* Oldest first; rows of one instant keep the order they were added in. */
void access_rows_sort(struct access_rows *r);
void access_rows_get(
    const struct access_rows *r, size_t i, const char **p, size_t *n);

/* Record where the output starts, before anything is written. */
void access_out_mark(FILE *out);
/*
 * Make ready to write the output again from its start: true when every
 * input is a regular file and out is a regular file, now cut back to
 * where it started.
 */
bool access_can_restart(char **files, int nfiles, FILE *out);

#endif
