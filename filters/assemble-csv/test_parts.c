/*
 * Unit tests of assemble-csv's parts: the session rule (what ends a
 * session, the four-hour cap, a session that never ends, fractions of a
 * second), H:MM:SS, the raw text of a JSON member, and the string map.
 */
#include <stdio.h>
#include <string.h>

#include "assemble.h"

static int ntest;

static void
check(int ok, const char *name)
{
	printf("%sok %d - %s\n", ok ? "" : "not ", ++ntest, name);
}

static struct etl_time
at(const char *s)
{
	struct etl_time t = { 0, 0 };

	if (parse_rfc3339(s, &t) != 0)
		printf("# bad time %s\n", s);
	return t;
}

static void
test_sessions(void)
{
	struct session s;
	char buf[32];

	memset(&s, 0, sizeof(s));
	session_event(&s, EV_OPEN, true, at("2026-01-01T10:00:00Z"));
	session_event(&s, EV_CLOSE, false, at("2026-01-01T10:10:00Z"));
	session_event(&s, EV_CLOSE, true, at("2026-01-01T10:30:00Z"));
	check(s.spent_ns == INT64_C(1800) * 1000000000 && !s.open,
	    "a close of another assignment ends nothing; ours ends it");

	memset(&s, 0, sizeof(s));
	session_event(&s, EV_OPEN, true, at("2026-01-01T10:00:00Z"));
	session_event(&s, EV_OPEN, false, at("2026-01-01T10:20:00Z"));
	session_event(&s, EV_CLOSE, true, at("2026-01-01T11:00:00Z"));
	check(s.spent_ns == INT64_C(1200) * 1000000000,
	    "an open of anything ends the session; the stray close adds "
	    "nothing");

	memset(&s, 0, sizeof(s));
	session_event(&s, EV_OPEN, true, at("2026-01-01T10:00:00Z"));
	session_event(&s, EV_OPEN, true, at("2026-01-01T10:05:00Z"));
	session_event(&s, EV_LOGOUT, false, at("2026-01-01T10:06:00Z"));
	check(s.spent_ns == INT64_C(360) * 1000000000,
	    "a second open of ours ends the first and starts another");

	memset(&s, 0, sizeof(s));
	session_event(&s, EV_OPEN, true, at("2026-01-01T10:00:00Z"));
	session_event(&s, EV_LOGIN, false, at("2026-01-01T11:00:00Z"));
	check(s.spent_ns == INT64_C(3600) * 1000000000,
	    "a login ends the session");

	memset(&s, 0, sizeof(s));
	session_event(&s, EV_OPEN, true, at("2026-01-01T10:00:00Z"));
	session_event(&s, EV_CLOSE, true, at("2026-01-01T16:30:00Z"));
	check(s.spent_ns == SESSION_CAP_NS, "four hours at most");

	memset(&s, 0, sizeof(s));
	session_event(&s, EV_OPEN, true, at("2026-01-01T10:00:00Z"));
	session_event(&s, EV_CLOSE, true, at("2026-01-01T14:00:00Z"));
	check(s.spent_ns == SESSION_CAP_NS, "exactly four hours counts whole");

	memset(&s, 0, sizeof(s));
	session_event(&s, EV_CLOSE, true, at("2026-01-01T09:00:00Z"));
	session_event(&s, EV_OPEN, true, at("2026-01-01T10:00:00Z"));
	check(s.spent_ns == 0 && s.open,
	    "a close before any open ends nothing; an open never closed "
	    "counts nothing");

	memset(&s, 0, sizeof(s));
	session_event(&s, EV_OPEN, true, at("2026-03-08T01:30:00-05:00"));
	session_event(&s, EV_CLOSE, true, at("2026-03-08T03:30:00-04:00"));
	check(s.spent_ns == INT64_C(3600) * 1000000000,
	    "across a change to daylight saving time: real time");

	memset(&s, 0, sizeof(s));
	session_event(&s, EV_OPEN, true, at("2026-01-01T10:00:00.750Z"));
	session_event(&s, EV_CLOSE, true, at("2026-01-01T10:00:02.250Z"));
	session_event(&s, EV_OPEN, true, at("2026-01-01T11:00:00.750Z"));
	session_event(&s, EV_CLOSE, true, at("2026-01-01T11:00:02.250Z"));
	check(s.spent_ns == INT64_C(3000000000) &&
		strcmp(format_spent(s.spent_ns, buf), "0:00:03") == 0,
	    "fractions add up before they are cut to seconds");

	check(strcmp(format_spent(INT64_C(0), buf), "0:00:00") == 0,
	    "no time is 0:00:00");
	check(strcmp(format_spent(INT64_C(3723999999999), buf), "1:02:03") == 0,
	    "H:MM:SS cuts, never rounds up");
	check(strcmp(format_spent(INT64_C(360000) * 1000000000, buf),
		  "100:00:00") == 0,
	    "hours are not capped at 99");
}

static void
test_rawjson(void)
{
	static const char line[] =
	    "{\"a\": [1, {\"answer\": 5}], "
	    "\"s\": \"x\\\"}\", \"answer\" : 2.50 , \"z\": null}";
	static const char esc[] = "{\"\\u0061nswer\":-0.10}";
	static const char last[] = "{\"answer\":1e3}";
	size_t s, e;

	check(rawjson_member(line, strlen(line), "answer", &s, &e) &&
		e - s == 4 && memcmp(line + s, "2.50", 4) == 0,
	    "a top-level member past nested ones and a quoted brace");
	check(rawjson_member(esc, strlen(esc), "answer", &s, &e) &&
		e - s == 5 && memcmp(esc + s, "-0.10", 5) == 0,
	    "a key written with an escape");
	check(rawjson_member(last, strlen(last), "answer", &s, &e) &&
		e - s == 3 && memcmp(last + s, "1e3", 3) == 0,
	    "the last member, before the closing brace");
	check(!rawjson_member(line, strlen(line), "points", &s, &e),
	    "no such member");
}

static void
test_strmap(void)
{
	struct strmap m;
	char key[32];
	size_t i;
	int ok = 1;

	strmap_init(&m);
	check(strmap_get(&m, "u1", 2) == STRMAP_NONE, "an empty map");
	for (i = 0; i < 10000; i++) {
		snprintf(key, sizeof(key), "u%zu", i);
		ok &= strmap_add(&m, key, strlen(key), i);
	}
	check(ok && m.n == 10000, "ten thousand keys go in");
	check(!strmap_add(&m, "u42", 3, 7) && strmap_get(&m, "u42", 3) == 42,
	    "a key added twice keeps its first value");
	for (i = 0; i < 10000; i++) {
		snprintf(key, sizeof(key), "u%zu", i);
		ok &= strmap_get(&m, key, strlen(key)) == i;
	}
	check(ok, "every key finds its value after the map grew");
	check(strmap_add(&m, "a\0b", 3, 1) &&
		strmap_get(&m, "a", 1) == STRMAP_NONE &&
		strmap_get(&m, "a\0b", 3) == 1,
	    "keys are bytes, NUL included");
	strmap_free(&m);
}

int
main(void)
{
	test_sessions();
	test_rawjson();
	test_strmap();
	printf("1..%d\n", ntest);
	return 0;
}
