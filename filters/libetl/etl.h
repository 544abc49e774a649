/*
 * libetl: what the filters share.
 *
 * Errors that name program, file and line; allocation that exits on
 * failure; a line reader that counts lines; NDJSON objects through cJSON;
 * CSV records in through libcsv and out with minimal quoting, plain or in
 * the teacher's download form; numbers in the export format; RFC 3339
 * times; local times in an IANA zone; the clock; calendar-month cutoffs.
 *
 * Every function whose name starts with x exits with status 1 (data or I/O
 * failure) instead of returning an error.
 */
#ifndef ETL_H
#define ETL_H

#include <sys/types.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#define ETL_VERSION "1.0.0"

/* Exit codes shared by every filter (documented in each man page). */
#define EXIT_DATA 1  /* bad input, or an I/O failure */
#define EXIT_USAGE 2 /* bad command line */

/*
 * Errors.  The program name comes from <err.h> (program_invocation_short_name).
 * The _at forms prefix "FILE:LINE: "; a line of 0 prints "FILE: " alone.
 */
_Noreturn void errx_at(const char *file, unsigned long line, const char *fmt,
    ...) __attribute__((format(printf, 3, 4)));
void warnx_at(const char *file, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Flush and check a stream; exit 1 naming it on a write error. */
void xfshut(FILE *fp, const char *name);
/* Print the version line "NAME (course-exports) VERSION" and exit 0. */
_Noreturn void print_version(void);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/*
 * Parse a whole decimal integer in [min, max] into *out.  Returns 0, or -1
 * with errno set (EINVAL for not a number, ERANGE for out of range).
 */
int parse_number(const char *s, long long min, long long max, long long *out);

/*
 * Open FILE for reading, "-" meaning stdin; exit 1 naming it on failure
 * or when it is not a regular file (a FIFO or a device could block or
 * never end).
 */
FILE *xfopen_in(const char *path, const char **name);

/*
 * A line reader.  Lines may be of any length; the trailing "\n" (and a
 * "\r" before it) is removed.  lineno is 1-based and counts the line just
 * returned.
 */
struct line_reader {
	FILE *fp;
	const char *name; /* for messages: a path, or "<stdin>" */
	unsigned long lineno;
	char *buf;
	size_t cap;
	size_t len; /* length of the current line */
};
void line_reader_init(struct line_reader *lr, FILE *fp, const char *name);
/* Returns the line, or NULL at end of input; exits 1 on a read error. */
char *line_reader_next(struct line_reader *lr);
void line_reader_free(struct line_reader *lr);

/* True when s[0..n) is well-formed UTF-8 (no overlongs, no surrogates). */
bool utf8_valid(const char *s, size_t n);

/*
 * NDJSON.  ndjson_next() returns the next object, skipping blank lines,
 * or NULL at end of input.  A line that is not valid UTF-8, not JSON, or
 * not an object stops the program with a message naming file and line.
 * The caller frees the object with cJSON_Delete().
 */
cJSON *ndjson_next(struct line_reader *lr);
/*
 * A string member of obj.  A missing or null member gives NULL when
 * optional; anything else that is not a string stops the program.
 */
const char *json_string(const cJSON *obj, const char *key, bool required,
    const struct line_reader *lr);

/*
 * CSV records in, through libcsv (RFC 4180; a byte-order mark and CRLF
 * line ends are accepted).  line is the line the record starts on.
 * Fields are NUL-terminated; len[] gives their lengths.  A NUL byte in
 * the input, a stray quote and invalid UTF-8 stop the reader naming the
 * file and line.
 */
struct csv_record {
	size_t nfields;
	char **field;
	size_t *len;
	unsigned long line;
};
struct csv_reader;
struct csv_reader *csv_reader_open(FILE *fp, const char *name);
/* The next record, valid until the next call; NULL at end of input. */
const struct csv_record *csv_reader_next(struct csv_reader *cr);
const char *csv_reader_name(const struct csv_reader *cr);
void csv_reader_close(struct csv_reader *cr);
/* Index of the column named name in the header rec, or -1. */
long csv_column(const struct csv_record *header, const char *name);
/*
 * The same, for a column whose value matters: a header naming it twice
 * stops with "FILE:LINE: column "NAME" appears twice", since either could
 * be meant.
 */
long csv_column_unique(
    const struct csv_record *header, const char *name, const char *file);

/*
 * CSV out.  Fields are quoted only where needed (a comma, a quote, CR or
 * LF inside).  CSV_DOWNLOAD is the teacher's form: a byte-order mark first,
 * CRLF line ends, and text fields that begin with = + - @ TAB or CR get a
 * leading single quote.  Numeric fields are never guarded.
 */
enum { CSV_PLAIN = 0, CSV_DOWNLOAD = 1 };
struct csv_writer {
	FILE *fp;
	int mode;
	size_t nfields; /* fields written in the current record */
	bool started;
};
void csv_writer_init(struct csv_writer *cw, FILE *fp, int mode);
void csv_put(struct csv_writer *cw, const char *s, size_t len);
void csv_put_str(struct csv_writer *cw, const char *s);
/* A field that is a number: never guarded. */
void csv_put_num(struct csv_writer *cw, const char *s);
void csv_end_record(struct csv_writer *cw);
/* Write a whole record of NUL-terminated text fields. */
void csv_put_record(struct csv_writer *cw, const char *const *fields, size_t n);

/*
 * Numbers in the export format: rounded to four decimal places, then the
 * shortest form, never an exponent ("1", "0.5", "2.25", "-3.1416").
 * buf must hold NUMBUF bytes.  Returns buf.
 */
#define NUMBUF 352
char *format_number(double v, char *buf);

/*
 * Times.  A time is seconds since the epoch plus nanoseconds.
 * parse_rfc3339() takes YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM) (a
 * space or lowercase t and z accepted), checks every field (no 30
 * February, no hour 24, leap second 60 folded to 59) and returns 0, or -1
 * when the text is not such a time.
 */
struct etl_time {
	int64_t sec;
	int32_t nsec;
};
int parse_rfc3339(const char *s, struct etl_time *t);
int time_cmp(struct etl_time a, struct etl_time b);
/* "2026-05-01T12:34:56Z" for a UTC time, to the second.  buf: TIMEBUF. */
#define TIMEBUF 40
char *format_utc(int64_t sec, char *buf);

/*
 * Local time in an IANA zone.  tz_set() checks that zone names a real
 * zone in the system's database and makes it the zone format_local() uses;
 * it returns -1 for an unknown zone.  format_local() writes
 * "2026-05-01T08:34:56-04:00" ("+00:00" for UTC).
 */
int tz_set(const char *zone);
char *format_local(int64_t sec, char *buf);

/*
 * The clock.  now_time() resolves "now" once: the --now option if given
 * (RFC 3339, or @SECONDS), else SOURCE_DATE_EPOCH, else the system clock.
 * A bad --now or SOURCE_DATE_EPOCH stops the program with status 2.
 */
int64_t now_time(const char *nowopt);

/*
 * Calendar months: the same UTC wall time months earlier, with the day
 * clamped to the month's last day (31 August less six months is 28 or 29
 * February).
 */
int64_t months_before(int64_t sec, int months);
/* Days from civil date, and back (proleptic Gregorian, any year). */
int64_t days_from_civil(int64_t y, unsigned m, unsigned d);
void civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d);

#endif
