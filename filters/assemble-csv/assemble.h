/*
 * assemble.h: the parts of assemble-csv that are tested on their own.
 *
 *   strmap    a map from byte strings to indices (user ids, task ids)
 *   session   the Time_Spent rule, one student's state at a time
 *   rawjson   the text of a member's value as the line gives it, for
 *             number answers, which are written as given
 */
#ifndef ASSEMBLE_H
#define ASSEMBLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "etl.h"
#include "flatjson.h"

/* A map from byte strings (copied) to size_t values.  Open addressing. */
struct strmap {
	struct strmap_slot *slot;
	size_t cap; /* a power of two, or 0 */
	size_t n;
};
#define STRMAP_NONE ((size_t)-1)
void strmap_init(struct strmap *m);
/* Add key; false (and nothing changed) when it is there already. */
bool strmap_add(struct strmap *m, const char *key, size_t len, size_t val);
/* The value of key, or STRMAP_NONE. */
size_t strmap_get(const struct strmap *m, const char *key, size_t len);
void strmap_free(struct strmap *m);

/*
 * Time_Spent.  A session starts at a project_open of the assignment and
 * ends at the student's next project_close of it, or next login, logout or
 * project_open of anything, whichever comes first; it counts four hours
 * at most, and nothing when it never ends.  Feed one student's events in
 * time order.
 */
enum { EV_LOGIN, EV_LOGOUT, EV_OPEN, EV_CLOSE };
#define SESSION_CAP_NS (INT64_C(4) * 3600 * 1000000000)
struct session {
	struct etl_time start; /* of the session in progress */
	bool open;
	int64_t spent_ns; /* the ended sessions, in nanoseconds */
};
/* ours: the event's assignment is the one being assembled. */
void session_event(struct session *s, int type, bool ours, struct etl_time t);
/* spent_ns as H:MM:SS, whole seconds, hours unbounded; buf: 32 bytes. */
char *format_spent(int64_t ns, char *buf);

/*
 * In the JSON object text[0..len) (already known to be valid JSON), the
 * value of the first top-level member named key: sets [*start, *end) to
 * its text and returns true; false when there is no such member.
 */
bool rawjson_member(
    const char *text, size_t len, const char *key, size_t *start, size_t *end);

/* A growing string, always NUL-terminated once anything is added. */
struct strbuf {
	char *p;
	size_t len, cap;
};
void strbuf_add(struct strbuf *b, const char *s, size_t n);

/*
 * record: one NDJSON line at a time, read by flatjson's fast path when
 * the line is a flat object, else by cJSON; the fields come out the same.
 */
struct record {
	struct line_reader *lr;
	bool fast;
	struct fj_object fo;
	cJSON *obj;	  /* the line through cJSON, when not fast */
	char *strings;	  /* the fast path's unescaped strings */
	size_t used, cap; /* of strings */
};
void record_init(struct record *r, struct line_reader *lr);
/* The next line that is not blank; false at the end of input. */
bool record_next(struct record *r);
/*
 * A string field, NUL-terminated and valid until the next line, its
 * length in *len (when len is not NULL).  A field that is missing or null
 * gives NULL, or stops the program when required; one that is not a
 * string stops it.
 */
const char *record_string(
    struct record *r, const char *key, bool required, size_t *len);
/*
 * A field as an answer cell, into out: text as it is, a number as the
 * line writes it (*numeric set), the items of an array joined with "; ",
 * null or missing as nothing, anything else as compact JSON.
 */
void record_answer(
    struct record *r, const char *key, struct strbuf *out, bool *numeric);
/* A number, or a string holding a decimal one; 0 for null; a missing or
 * other field stops the program naming file and line. */
double record_number(struct record *r, const char *key);
/* Stop naming file and line unless the field key, when present, is an
 * answer: a string, a number, null, or a list of strings and numbers. */
void record_check_answer(struct record *r, const char *key);
void record_free(struct record *r);

#endif
