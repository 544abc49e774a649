/*
 * Unit tests of libetl, printing TAP.  Each check is one "ok" line.
 */
#include <stdlib.h>
#include <string.h>

#include "etl.h"

static int nchecks, nfailed;

static void
check(bool ok, const char *what)
{
	nchecks++;
	if (!ok)
		nfailed++;
	printf("%s %d - %s\n", ok ? "ok" : "not ok", nchecks, what);
}

static void
check_str(const char *got, const char *want, const char *what)
{
	check(strcmp(got, want) == 0, what);
	if (strcmp(got, want) != 0)
		printf("# got \"%s\", want \"%s\"\n", got, want);
}

static void
test_numbers(void)
{
	static const struct {
		double v;
		const char *want;
	} cases[] = {
		{ 1, "1" },
		{ 0.5, "0.5" },
		{ 2.25, "2.25" },
		{ 2.5000, "2.5" },
		{ 1e21, "1000000000000000000000" },
		{ 1.0 / 3, "0.3333" },
		{ 2.0 / 3, "0.6667" },
		{ -0.00001, "0" },
		{ -3.14159, "-3.1416" },
		{ 100, "100" },
		{ 0, "0" },
	};
	char buf[NUMBUF], what[64];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(what, sizeof(what), "format_number %s", cases[i].want);
		check_str(format_number(cases[i].v, buf), cases[i].want, what);
	}
}

static void
test_rfc3339(void)
{
	static const struct {
		const char *in;
		long long sec;
		int nsec;
	} good[] = {
		{ "1970-01-01T00:00:00Z", 0, 0 },
		{ "2026-05-01T12:34:56Z", 1777638896, 0 },
		{ "2026-05-01T08:34:56-04:00", 1777638896, 0 },
		{ "2026-05-01T14:04:56.25+01:30", 1777638896, 250000000 },
		{ "2024-02-29T00:00:00z", 1709164800, 0 },
		{ "2016-12-31T23:59:60Z", 1483228799, 0 },
		{ "1969-12-31T23:59:59Z", -1, 0 },
	};
	static const char *bad[] = { "2026-02-30T00:00:00Z",
		"2025-02-29T00:00:00Z", "2026-05-01T12:34:56",
		"2026-05-01T24:00:00Z", "2026-13-01T00:00:00Z",
		"2026-05-01T12:34:56+0100", "2026-05-01", "",
		"2026-05-01T12:34:56.Z", "2026-05-01T12:34:56Zjunk" };
	struct etl_time t;
	char what[96];
	size_t i;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		snprintf(what, sizeof(what), "rfc3339 reads %s", good[i].in);
		check(parse_rfc3339(good[i].in, &t) == 0 &&
			t.sec == good[i].sec && t.nsec == good[i].nsec,
		    what);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(what, sizeof(what), "rfc3339 refuses \"%s\"", bad[i]);
		check(parse_rfc3339(bad[i], &t) == -1, what);
	}
}

static int64_t
at(const char *s)
{
	struct etl_time t;

	if (parse_rfc3339(s, &t) != 0)
		abort();
	return t.sec;
}

static void
test_months(void)
{
	char buf[TIMEBUF];

	check_str(format_utc(months_before(at("2026-08-31T10:00:00Z"), 6), buf),
	    "2026-02-28T10:00:00Z", "31 August less 6 months");
	check_str(format_utc(months_before(at("2024-08-31T10:00:00Z"), 6), buf),
	    "2024-02-29T10:00:00Z", "31 August less 6 months, leap year");
	check_str(format_utc(months_before(at("2026-03-15T00:00:00Z"), 6), buf),
	    "2025-09-15T00:00:00Z", "across a year");
	check_str(format_utc(months_before(at("2026-06-01T12:00:00Z"), 0), buf),
	    "2026-06-01T12:00:00Z", "zero months");
	check_str(format_utc(months_before(at("2026-05-31T23:59:59Z"), 1), buf),
	    "2026-04-30T23:59:59Z", "31 May less 1 month");
	check_str(
	    format_utc(months_before(at("2026-01-31T00:00:00Z"), -1), buf),
	    "2026-02-28T00:00:00Z", "31 January plus 1 month");
}

static void
test_zones(void)
{
	char buf[TIMEBUF];

	check(tz_set("Not/AZone") == -1, "unknown zone refused");
	check(tz_set("../../etc/passwd") == -1, "path as a zone refused");
	check(tz_set("America/New_York") == 0, "America/New_York known");
	check_str(format_local(at("2026-05-01T12:34:56Z"), buf),
	    "2026-05-01T08:34:56-04:00", "New York in summer");
	check_str(format_local(at("2026-03-08T06:59:59Z"), buf),
	    "2026-03-08T01:59:59-05:00", "New York before the change");
	check_str(format_local(at("2026-03-08T07:00:00Z"), buf),
	    "2026-03-08T03:00:00-04:00", "New York after the change");
	check(tz_set("Asia/Kolkata") == 0, "Asia/Kolkata known");
	check_str(format_local(at("2026-01-01T00:00:00Z"), buf),
	    "2026-01-01T05:30:00+05:30", "a half-hour offset");
	check(tz_set("UTC") == 0, "UTC known");
	check_str(format_local(at("2026-01-01T00:00:00Z"), buf),
	    "2026-01-01T00:00:00+00:00", "UTC gives +00:00");
}

static void
test_utf8(void)
{
	check(utf8_valid("plain", 5), "ascii is UTF-8");
	check(utf8_valid("\xE4\xB8\xAD\xF0\x9F\x98\x80", 7),
	    "CJK and emoji are UTF-8");
	check(!utf8_valid("\xC0\xAF", 2), "overlong refused");
	check(!utf8_valid("\xED\xA0\x80", 3), "surrogate refused");
	check(!utf8_valid("\xE4\xB8", 2), "truncated refused");
	check(!utf8_valid("\xFF", 1), "0xFF refused");
}

static void
test_csv(void)
{
	static const char in[] = "\xEF\xBB\xBF"
				 "a,b\r\n"
				 " x ,\"multi\r\nline\"\r\n"
				 "\"q\"\"d\",\r\n";
	struct csv_writer cw;
	const struct csv_record *r;
	struct csv_reader *cr;
	char *out = NULL;
	size_t outlen = 0;
	FILE *fp;

	fp = fmemopen((void *)in, sizeof(in) - 1, "r");
	cr = csv_reader_open(fp, "mem");
	r = csv_reader_next(cr);
	check(r != NULL && r->nfields == 2 && strcmp(r->field[0], "a") == 0,
	    "csv header read past a byte-order mark");
	r = csv_reader_next(cr);
	check(r != NULL && strcmp(r->field[0], " x ") == 0 &&
		strcmp(r->field[1], "multi\r\nline") == 0 && r->line == 2,
	    "csv spaces kept, quoted newline kept, line counted");
	r = csv_reader_next(cr);
	check(r != NULL && strcmp(r->field[0], "q\"d") == 0 &&
		r->nfields == 2 && r->field[1][0] == '\0' && r->line == 4,
	    "csv doubled quote and empty last field");
	check(csv_reader_next(cr) == NULL, "csv end of input");
	csv_reader_close(cr);
	fclose(fp);

	fp = open_memstream(&out, &outlen);
	csv_writer_init(&cw, fp, CSV_DOWNLOAD);
	csv_put_str(&cw, "=1+1");
	csv_put_str(&cw, "a,\"b\"");
	csv_put_num(&cw, "-3");
	csv_put_str(&cw, "-x,y");
	csv_end_record(&cw);
	fclose(fp);
	check_str(out, "\xEF\xBB\xBF'=1+1,\"a,\"\"b\"\"\",-3,\"'-x,y\"\r\n",
	    "csv download form: mark, guard, quoting, CRLF");
	free(out);
}

int
main(void)
{
	test_numbers();
	test_rfc3339();
	test_months();
	test_zones();
	test_utf8();
	test_csv();
	printf("1..%d\n", nchecks);
	return nfailed == 0 ? 0 : 1;
}
