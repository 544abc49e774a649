/*
 * flatjson: a fast path for NDJSON lines that hold a flat object.
 *
 * Most lines of an activity log are one object whose values are strings,
 * numbers, true, false or null.  fj_scan() checks such a line against the
 * JSON grammar and records where each member's key and value lie, without
 * allocating.  Anything else (a nested value, escapes in a key, more than
 * FJ_MAX members, a line it finds malformed) it leaves to cJSON through
 * ndjson_parse(), which is the judge of what is valid and words the
 * message; so the fast path never accepts a line cJSON would refuse.
 */
#ifndef FLATJSON_H
#define FLATJSON_H

#include <stdbool.h>
#include <stddef.h>

#include "etl.h"

enum { FJ_STRING, FJ_NUMBER, FJ_TRUE, FJ_FALSE, FJ_NULL };

struct fj_member {
	const char *key;
	size_t klen;
	const char *val; /* a string's text between its quotes, escapes kept */
	size_t vlen;
	int type;
	bool escaped; /* the string holds backslash escapes */
};

#define FJ_MAX 64
struct fj_object {
	size_t n;
	struct fj_member m[FJ_MAX];
};

/*
 * Scan s[0..len): 0 when it is one flat object in valid UTF-8, with o
 * filled in; -1 when the fast path cannot tell (the caller then uses
 * ndjson_parse(), which names the fault if there is one).
 */
int fj_scan(const char *s, size_t len, struct fj_object *o);
/* The first member named key (a NUL-terminated name), or NULL. */
const struct fj_member *fj_get(const struct fj_object *o, const char *key);
/*
 * The value of a string member, unescaped, NUL-terminated, into buf of at
 * least m->vlen + 1 bytes.  Returns its length, or -1 for an escape the
 * fast path does not decode (a \u0000 or a surrogate), which sends the
 * caller to cJSON.
 */
long fj_unescape(const struct fj_member *m, char *buf);

/*
 * The current line of lr (lr->buf, lr->len) through cJSON, checked as
 * ndjson_next() checks it: NUL bytes, malformed JSON and a value that is
 * not an object stop the program naming file and line.  The caller frees
 * the object.
 */
cJSON *ndjson_parse(const struct line_reader *lr);

/*
 * Stop the program naming file and line when the current line of lr,
 * valid JSON, holds a \u0000 escape: cJSON's strings end at a NUL, so the
 * rest of such a value would be lost.  Callers that read strings call it
 * after cJSON parses a line (the fast path sends those lines to cJSON).
 */
void ndjson_refuse_nul(const struct line_reader *lr);

#endif
