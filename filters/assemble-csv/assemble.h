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
void session_event(struct session *s, int type, bool ours,
    struct etl_time t);
/* spent_ns as H:MM:SS, whole seconds, hours unbounded; buf: 32 bytes. */
char *format_spent(int64_t ns, char *buf);

/*
 * In the JSON object text[0..len) (already known to be valid JSON), the
 * value of the first top-level member named key: sets [*start, *end) to
 * its text and returns true; false when there is no such member.
 */
bool rawjson_member(const char *text, size_t len, const char *key,
    size_t *start, size_t *end);

#endif
