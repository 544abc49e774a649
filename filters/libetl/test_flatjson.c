/*
 * Unit tests of flatjson, printing TAP.  The rule checked above all: the
 * fast path never takes a line cJSON refuses, and where it takes one it
 * reads the members cJSON reads.
 */
#include <stdlib.h>
#include <string.h>

#include "flatjson.h"

static int nchecks;

static void
check(bool ok, const char *what, const char *line)
{
	nchecks++;
	printf("%s %d - %s: %s\n", ok ? "ok" : "not ok", nchecks, what, line);
}

/* Lines the fast path takes (1) or leaves to cJSON (0). */
static const struct {
	const char *line;
	int fast;
} lines[] = {
	{ "{}", 1 },
	{ " { } ", 1 },
	{ "{\"a\":\"b\"}", 1 },
	{ "{\"a\": \"b\", \"n\": -1.5e+3, \"t\": true, \"f\": false, "
	  "\"z\": null}",
	    1 },
	{ "{\"a\": \"caf\xc3\xa9\", \"b\": \"tab\\tquote\\\"\\u00e9\"}", 1 },
	{ "{\"a\": \"0123456789abcdefghijklmnopqrstuvwxyz\"}", 1 },
	{ "{\"a\": 0, \"b\": 0.25, \"c\": 10E2}", 1 },
	{ "{\"a\": {\"b\": 1}}", 0 },
	{ "{\"a\": [1]}", 0 },
	{ "{\"a\\u0041\": 1}", 0 },
	{ "{\"a\": \"\\u0000\"}", 0 }, /* a NUL: cJSON path names it */
	{ "{\"a\": \"\\ud83d\\ude00\"}", 1 },
	/* Faults: never taken. */
	{ "{\"a\": 1,}", 0 },
	{ "{\"a\" 1}", 0 },
	{ "{\"a\": 01}", 0 },
	{ "{\"a\": 1.}", 0 },
	{ "{\"a\": .5}", 0 },
	{ "{\"a\": +1}", 0 },
	{ "{\"a\": tru}", 0 },
	{ "{\"a\": \"b}", 0 },
	{ "{\"a\": \"\\x\"}", 0 },
	{ "{\"a\": \"\\u12\"}", 0 },
	{ "{\"a\": \"tab\there\"}", 0 },
	{ "{\"a\": \"\xff\"}", 0 },
	{ "{\"a\": \"\xc3\"}", 0 },
	{ "{\"a\": \"\xed\xa0\x80\"}", 0 },
	{ "{\"a\": 1} x", 0 },
	{ "{\"a\": 1}}", 0 },
	{ "[1]", 0 },
	{ "\"a\"", 0 },
	{ "", 0 },
	{ "{", 0 },
	{ "{\"a\": 1 \"b\": 2}", 0 },
};

static void
test_lines(void)
{
	struct fj_object o;
	size_t i, k;
	cJSON *j, *v;
	char *buf;
	long n;
	bool same;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		const char *s = lines[i].line;
		int r = fj_scan(s, strlen(s), &o);

		check((r == 0) == lines[i].fast,
		    lines[i].fast ? "taken" : "left to cJSON", s);
		if (r != 0)
			continue;
		j = cJSON_Parse(s);
		same = j != NULL && cJSON_IsObject(j);
		for (k = 0; same && k < o.n; k++) {
			char key[64];

			snprintf(key, sizeof(key), "%.*s", (int)o.m[k].klen,
			    o.m[k].key);
			v = cJSON_GetObjectItemCaseSensitive(j, key);
			if (v == NULL || o.m[k].type != FJ_STRING)
				continue;
			buf = malloc(o.m[k].vlen + 1);
			n = fj_unescape(&o.m[k], buf);
			/* -1: an escape left to cJSON; else the same text. */
			same = n < 0 ||
			    (cJSON_IsString(v) &&
				strcmp(buf, v->valuestring) == 0);
			free(buf);
		}
		check(same, "cJSON reads the same", s);
		cJSON_Delete(j);
	}
}

static void
test_get(void)
{
	const char *s = "{\"type\": \"login\", \"type\": \"logout\", \"t\": 1}";
	const struct fj_member *m;
	struct fj_object o;

	fj_scan(s, strlen(s), &o);
	m = fj_get(&o, "type");
	check(m != NULL && m->vlen == 5 && memcmp(m->val, "login", 5) == 0,
	    "the first of two members of one name, as cJSON", s);
	check(fj_get(&o, "typ") == NULL && fj_get(&o, "t") != NULL,
	    "names match whole", s);
}

int
main(void)
{
	test_lines();
	test_get();
	printf("1..%d\n", nchecks);
	return 0;
}
