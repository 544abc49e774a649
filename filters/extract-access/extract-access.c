/*
 * extract-access: the activity log in, the course access rows out.
 *
 * Input: NDJSON events (the files named, or stdin), one object a line:
 * "time" (RFC 3339), "user_id", "type", and for project_open and
 * project_close "assignment_id" and "project_path"; "ip" may be absent or
 * null.  Events of any other type are checked to be objects with a string
 * "type" and are otherwise ignored.  -c names course.json (its "timezone"
 * and "assignments"), -u the roster, users.csv.
 *
 * Output: CSV, a header and one row per login, logout, project open and
 * project close of a user on the roster, oldest first; rows at the same
 * instant keep the log's order.
 *
 *	Username,Email,First_Name,Last_Name,Date_Time,Access_Type,
 *	Assignment_Name,Role,Project_Path,IP_Address
 *
 * Date_Time is the local time in the course's zone with its offset.  An
 * event of a user not on the roster is skipped and counted in one warning;
 * an assignment missing from course.json is named by its id.
 *
 * Order: a log is normally in time order, and then rows stream out with
 * memory that does not grow.  At the first event earlier than the one
 * before, the filter starts over holding every row in memory and sorts
 * them at the end; it can start over only when every input is a regular
 * file and stdout is one too, and otherwise stops unless -s asked for the
 * in-memory sort from the start.
 */
#define _DEFAULT_SOURCE /* tm_gmtoff */
#include <sys/types.h>
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "access.h"
#include "etl.h"
#include "flatjson.h"

static _Noreturn void usage(void);
static struct etl_time parse_time_opt(const char *opt, const char *s);
static bool run(char **files, int nfiles, bool sorting);
static bool process_file(FILE *fp, const char *name, bool sorting);
static bool handle_event(const struct line_reader *lr, bool sorting);
static void emit_sorted(void);

static int dflag; /* the teacher's download form */
static int sflag; /* sort in memory from the start */
static bool have_since, have_until;
static struct etl_time since, until;
static struct access_course course;
static struct access_roster roster;

/* State of one pass over the input. */
static struct etl_time last; /* time of the last row kept */
static bool have_last;
static unsigned long skipped;	 /* events of users not on the roster */
static char *skipped_first;	 /* the first such user, for the warning */
static const char *skipped_name; /* and the log and line it is on */
static unsigned long skipped_line;
static struct access_rows rows; /* the rows held when sorting */
static struct {
	const char *name;
	unsigned long line;
} disorder; /* where the log first went back in time */
static struct access_buf line_out, scratch;
static cJSON *obj; /* the line as cJSON read it, when the fast path did not */

static const struct option longopts[] = {
	{ "course", required_argument, NULL, 'c' },
	{ "download", no_argument, NULL, 'd' },
	{ "help", no_argument, NULL, 'h' },
	{ "sort", no_argument, NULL, 's' },
	{ "since", required_argument, NULL, 'S' },
	{ "until", required_argument, NULL, 'U' },
	{ "users", required_argument, NULL, 'u' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static _Noreturn void
usage(void)
{
	fprintf(stderr,
	    "usage: extract-access [-ds] -c course.json -u users.csv "
	    "[-S time] [-U time]\n"
	    "                      [file ...]\n");
	exit(EXIT_USAGE);
}

int
main(int argc, char *argv[])
{
	const char *coursefile = NULL, *usersfile = NULL;
	static char dash[] = "-";
	char *stdin_only[] = { dash };
	int ch;

	while ((ch = getopt_long(argc, argv, "c:dhsS:U:u:", longopts, NULL)) !=
	    -1) {
		switch (ch) {
		case 'c':
			coursefile = optarg;
			break;
		case 'd':
			dflag = 1;
			break;
		case 'h':
			printf("usage: extract-access [-ds] -c course.json "
			       "-u users.csv [-S time] [-U time] [file ...]\n");
			exit(0);
		case 's':
			sflag = 1;
			break;
		case 'S':
			since = parse_time_opt("--since", optarg);
			have_since = true;
			break;
		case 'U':
			until = parse_time_opt("--until", optarg);
			have_until = true;
			break;
		case 'u':
			usersfile = optarg;
			break;
		case 'V':
			print_version();
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (coursefile == NULL || usersfile == NULL) {
		warnx("-c course.json and -u users.csv are both needed");
		usage();
	}

	if (have_since && have_until && time_cmp(since, until) >= 0) {
		warnx("--since must be before --until");
		usage();
	}

	access_course_load(&course, coursefile);
	access_roster_load(&roster, usersfile, dflag);
	if (argc == 0) {
		argv = stdin_only;
		argc = 1;
	}
	/*
	 * A large buffer: rows are written whole, and the log is read in
	 * one pass, so fewer system calls are most of the speed left.
	 */
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	access_out_mark(stdout);
	if (!run(argv, argc, sflag)) {
		if (!access_can_restart(argv, argc, stdout))
			errx_at(disorder.name, disorder.line,
			    "event out of time order, and the input cannot be "
			    "read again: give -s to sort in memory");
		(void)run(argv, argc, true);
	}
	xfshut(stdout, "<stdout>");
	if (skipped > 0)
		warnx_at(skipped_name, skipped_line,
		    "%lu event%s skipped: user not on the roster, "
		    "such as \"%s\"",
		    skipped, skipped == 1 ? "" : "s", skipped_first);
	return 0;
}

static struct etl_time
parse_time_opt(const char *opt, const char *s)
{
	struct etl_time t = { 0, 0 };
	long long v;

	if (s[0] == '@') {
		if (parse_number(s + 1, -(1LL << 40), 1LL << 40, &v) == 0) {
			t.sec = v;
			return t;
		}
	} else if (parse_rfc3339(s, &t) == 0)
		return t;
	errx(EXIT_USAGE, "%s: \"%s\" is not an RFC 3339 time or @SECONDS", opt,
	    s);
}

/*
 * One pass over every input, the header first.  Returns false when it
 * met an event out of time order while streaming; the output is then to
 * be thrown away.
 */
static bool
run(char **files, int nfiles, bool sorting)
{
	static const char *const header[] = { "Username", "Email", "First_Name",
		"Last_Name", "Date_Time", "Access_Type", "Assignment_Name",
		"Role", "Project_Path", "IP_Address" };
	struct csv_writer cw;
	const char *name;
	FILE *fp;
	int i;

	have_last = false;
	skipped = 0;
	rows.n = 0;
	rows.arena.len = 0;
	csv_writer_init(&cw, stdout, dflag ? CSV_DOWNLOAD : CSV_PLAIN);
	csv_put_record(&cw, header, sizeof(header) / sizeof(header[0]));
	for (i = 0; i < nfiles; i++) {
		fp = xfopen_in(files[i], &name);
		if (!process_file(fp, name, sorting)) {
			if (fp != stdin)
				fclose(fp);
			return false;
		}
		if (fp != stdin)
			fclose(fp);
	}
	if (sorting)
		emit_sorted();
	return true;
}

static bool
process_file(FILE *fp, const char *name, bool sorting)
{
	struct line_reader lr;
	const char *line, *p;

	line_reader_init(&lr, fp, name);
	while ((line = line_reader_next(&lr)) != NULL) {
		for (p = line; *p == ' ' || *p == '\t'; p++)
			continue;
		if (*p == '\0' && (size_t)(p - line) == lr.len)
			continue; /* a blank line */
		if (!handle_event(&lr, sorting)) {
			line_reader_free(&lr);
			return false;
		}
	}
	line_reader_free(&lr);
	return true;
}

/* The event of the current line, whichever parser read it. */
struct event {
	int kind;
	const char *time, *user, *aid, *path, *ip;
	size_t userlen, aidlen, pathlen, iplen;
};

static bool
handle_event(const struct line_reader *lr, bool sorting)
{
	struct event ev;
	struct etl_time t;
	const struct access_user *u;

	access_buf_reserve(&scratch, lr->len + 8);
	if (access_read_fast(lr, &ev.kind, &scratch, &ev.time, &ev.user,
		&ev.userlen, &ev.aid, &ev.aidlen, &ev.path, &ev.pathlen, &ev.ip,
		&ev.iplen) != 0) {
		obj = ndjson_parse(lr);
		access_read_json(lr, obj, &ev.kind, &ev.time, &ev.user,
		    &ev.userlen, &ev.aid, &ev.aidlen, &ev.path, &ev.pathlen,
		    &ev.ip, &ev.iplen);
	}
	if (ev.kind == ACCESS_NONE)
		goto done;
	if (parse_rfc3339(ev.time, &t) != 0)
		errx_at(lr->name, lr->lineno,
		    "field \"time\": \"%s\" is not an RFC 3339 time", ev.time);
	if ((have_since && time_cmp(t, since) < 0) ||
	    (have_until && time_cmp(t, until) >= 0))
		goto done;
	if ((u = access_roster_find(&roster, ev.user, ev.userlen)) == NULL) {
		if (skipped++ == 0 && skipped_first == NULL) {
			skipped_first = xstrdup(ev.user);
			skipped_name = lr->name;
			skipped_line = lr->lineno;
		}
		goto done;
	}
	if (!sorting && have_last && time_cmp(t, last) < 0) {
		disorder.name = lr->name;
		disorder.line = lr->lineno;
		cJSON_Delete(obj);
		obj = NULL;
		return false;
	}
	last = t;
	have_last = true;
	line_out.len = 0;
	access_format_row(&line_out, dflag, u, t.sec, ev.kind,
	    access_course_name(&course, ev.aid, ev.aidlen), ev.path, ev.pathlen,
	    ev.ip, ev.iplen);
	if (sorting)
		access_rows_add(&rows, t, line_out.p, line_out.len);
	else if (fwrite(line_out.p, 1, line_out.len, stdout) != line_out.len)
		xfshut(stdout, "<stdout>");
done:
	cJSON_Delete(obj);
	obj = NULL;
	return true;
}

static void
emit_sorted(void)
{
	size_t i;
	const char *p;
	size_t len;

	access_rows_sort(&rows);
	for (i = 0; i < rows.n; i++) {
		access_rows_get(&rows, i, &p, &len);
		if (fwrite(p, 1, len, stdout) != len)
			xfshut(stdout, "<stdout>");
	}
}
