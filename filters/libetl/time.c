/*
 * Times: RFC 3339 in, UTC and local ISO 8601 out, the clock, and calendar
 * arithmetic.  Civil dates use the proleptic Gregorian calendar through
 * the day-count algorithms below, so any year a 64-bit count of seconds
 * can hold works without the C library's help; only the local offset of
 * an IANA zone comes from the C library, which reads the system's zone
 * database.
 */
#define _DEFAULT_SOURCE /* tm_gmtoff */
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "etl.h"

int64_t
days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

void
civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t era;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (int64_t)yoe + era * 400 + (*m <= 2);
}

static unsigned
days_in_month(int64_t y, unsigned m)
{
	static const unsigned char len[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
		31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : len[m - 1];
}

/* Read exactly n digits at *s into *v, advancing *s. */
static bool
digits(const char **s, int n, unsigned *v)
{
	unsigned x = 0;

	while (n-- > 0) {
		if (**s < '0' || **s > '9')
			return false;
		x = x * 10 + (unsigned)(*(*s)++ - '0');
	}
	*v = x;
	return true;
}

static bool
expect(const char **s, const char *any)
{
	if (**s == '\0' || strchr(any, **s) == NULL)
		return false;
	(*s)++;
	return true;
}

int
parse_rfc3339(const char *s, struct etl_time *t)
{
	unsigned y, mo, d, h, mi, sec, oh = 0, om = 0;
	int32_t nsec = 0;
	int sign = 0, scale = 100000000;

	if (!digits(&s, 4, &y) || !expect(&s, "-") || !digits(&s, 2, &mo) ||
	    !expect(&s, "-") || !digits(&s, 2, &d) || !expect(&s, "Tt ") ||
	    !digits(&s, 2, &h) || !expect(&s, ":") || !digits(&s, 2, &mi) ||
	    !expect(&s, ":") || !digits(&s, 2, &sec))
		return -1;
	if (*s == '.') {
		if (*++s < '0' || *s > '9')
			return -1;
		for (; *s >= '0' && *s <= '9'; s++, scale /= 10)
			nsec += (*s - '0') * scale;
	}
	if (*s == 'Z' || *s == 'z')
		s++;
	else if (*s == '+' || *s == '-') {
		sign = *s++ == '-' ? -1 : 1;
		if (!digits(&s, 2, &oh) || !expect(&s, ":") ||
		    !digits(&s, 2, &om) || oh > 23 || om > 59)
			return -1;
	} else
		return -1;
	if (*s != '\0' || mo < 1 || mo > 12 || d < 1 ||
	    d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 60)
		return -1;
	if (sec == 60) /* a leap second: the instant before the next minute */
		sec = 59;
	t->sec = days_from_civil(y, mo, d) * 86400 + (int64_t)h * 3600 +
	    (int64_t)mi * 60 + sec -
	    sign * ((int64_t)oh * 3600 + (int64_t)om * 60);
	t->nsec = nsec;
	return 0;
}

int
time_cmp(struct etl_time a, struct etl_time b)
{
	if (a.sec != b.sec)
		return a.sec < b.sec ? -1 : 1;
	if (a.nsec != b.nsec)
		return a.nsec < b.nsec ? -1 : 1;
	return 0;
}

static int64_t
floor_div(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* Write the civil date and time of sec (no zone) as YYYY-MM-DDTHH:MM:SS. */
static int
format_civil(int64_t sec, char *buf)
{
	int64_t days = floor_div(sec, 86400), y;
	int64_t rem = sec - days * 86400;
	unsigned m, d;

	civil_from_days(days, &y, &m, &d);
	return snprintf(buf, TIMEBUF, "%04lld-%02u-%02uT%02d:%02d:%02d",
	    (long long)y, m, d, (int)(rem / 3600), (int)(rem / 60 % 60),
	    (int)(rem % 60));
}

char *
format_utc(int64_t sec, char *buf)
{
	int n = format_civil(sec, buf);

	snprintf(buf + n, (size_t)(TIMEBUF - n), "Z");
	return buf;
}

int
tz_set(const char *zone)
{
	const char *dir = getenv("TZDIR");
	char path[4096], magic[4];
	struct stat st;
	FILE *fp;
	bool ok;

	/* A zone name is a relative path inside the database, no more. */
	if (*zone == '\0' || *zone == '/' || strstr(zone, "..") != NULL ||
	    strlen(zone) > 255)
		return -1;
	if (dir == NULL || *dir == '\0')
		dir = "/usr/share/zoneinfo";
	snprintf(path, sizeof(path), "%s/%s", dir, zone);
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return -1;
	if ((fp = fopen(path, "rb")) == NULL)
		return -1;
	ok = fread(magic, 1, 4, fp) == 4 && memcmp(magic, "TZif", 4) == 0;
	fclose(fp);
	if (!ok)
		return -1;
	if (setenv("TZ", zone, 1) != 0)
		return -1;
	tzset();
	return 0;
}

char *
format_local(int64_t sec, char *buf)
{
	time_t t = (time_t)sec;
	struct tm tm;
	long off = 0;
	int n;

	if (localtime_r(&t, &tm) != NULL)
		off = tm.tm_gmtoff;
	n = format_civil(sec + off, buf);
	snprintf(buf + n, (size_t)(TIMEBUF - n), "%c%02ld:%02ld",
	    off < 0 ? '-' : '+', labs(off) / 3600, labs(off) / 60 % 60);
	return buf;
}

int64_t
now_time(const char *nowopt)
{
	const char *sde;
	struct etl_time t;
	long long v;

	if (nowopt != NULL) {
		if (nowopt[0] == '@' &&
		    parse_number(nowopt + 1, -(1LL << 40), 1LL << 40, &v) == 0)
			return v;
		if (parse_rfc3339(nowopt, &t) == 0)
			return t.sec;
		errx(EXIT_USAGE, "--now: \"%s\" is not an RFC 3339 time",
		    nowopt);
	}
	if ((sde = getenv("SOURCE_DATE_EPOCH")) != NULL && *sde != '\0') {
		if (parse_number(sde, 0, 1LL << 40, &v) != 0)
			errx(EXIT_USAGE,
			    "SOURCE_DATE_EPOCH: \"%s\" is not a count of seconds",
			    sde);
		return v;
	}
	return (int64_t)time(NULL);
}

int64_t
months_before(int64_t sec, int months)
{
	int64_t days = floor_div(sec, 86400), y, mi;
	int64_t rem = sec - days * 86400;
	unsigned m, d, last;

	civil_from_days(days, &y, &m, &d);
	mi = y * 12 + (m - 1) - months;
	y = floor_div(mi, 12);
	m = (unsigned)(mi - y * 12) + 1;
	last = days_in_month(y, m);
	if (d > last)
		d = last;
	return days_from_civil(y, m, d) * 86400 + rem;
}
