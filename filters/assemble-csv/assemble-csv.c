/*
 * assemble-csv: the assessment data of one assignment, as one wide CSV.
 *
 * Input:
 *   -u users.csv      the roster (user_id,username,email,first_name,
 *                     last_name,role; columns found by name)
 *   -g TREE           the assignment's project tree: its .guides give the
 *                     assessments, their points and their column order
 *   [attempts]        NDJSON attempts (time, user_id, assignment_id,
 *                     task_id, answer, points), a file or stdin
 *   -e events.ndjson  the activity log, for Time_Spent (optional)
 *
 * Output, on stdout: the header
 *   Student_Name,First_Name,Last_Name,Username,Hashed_ID,Email Address,
 *   Assignment_Name,Total_Points_Earned,Total_Points_Possible,Time_Spent
 * then NAME_Attempts,NAME_Answer,NAME_Earned_Points,
 * NAME_Total_Points_Possible for each assessment, in the order the guide
 * first embeds them and then those never embedded; one row per student
 * of the roster, in roster order.  Answer and Earned_Points are the last
 * attempt's (by time; the later line among equal times).  Attempts and
 * events before --since are not counted.  Teachers' attempts, attempts by
 * users not on the roster and attempts at tasks the guide does not define
 * are left out and counted in warnings.
 *
 * Memory: the roster, the assessments, and one cell per student and
 * assessment holding the last answer; the attempts and the log stream
 * through.  The log must be in time order for each student.
 */
#include <sys/types.h>
#include <sys/stat.h>

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "assemble.h"
#include "etl.h"
#include "guide.h"
#include "idhash.h"

#define TEACHER (STRMAP_NONE - 1) /* strmap value of a teacher's id */

struct student {
	char *user_id, *username, *email, *first, *last;
	size_t id_len;
	struct session sess;
	struct etl_time last_event; /* for the time-order check */
	unsigned long last_line;
};

/* A student's attempts at one assessment. */
struct cell {
	char *answer; /* the last attempt's, NULL for none */
	size_t answer_len, answer_cap;
	double points;
	struct etl_time time;
	unsigned long attempts;
	bool numeric; /* the answer was a JSON number */
};

struct column {
	const struct guide_assessment *a;
	char *name; /* the name, or "NAME (TASKID)" for a shared one */
};

struct job {
	const char *assignment, *name;
	struct etl_time since;
	bool has_since;
	struct student *students;
	size_t nstudents;
	struct strmap users; /* user id: student index, or TEACHER */
	struct guide guide;
	struct column *cols;
	size_t ncols;
	struct strmap tasks; /* task id: column index */
	struct cell *cells;  /* nstudents rows of ncols */
	unsigned long by_teachers, by_strangers, at_unknown;
	struct strbuf answer; /* the current line's */
	char *buf;	      /* a header or a name being built */
	size_t len, cap;
};

_Noreturn static void usage(int status);
static void long_options(int argc, char **argv);
static void parse_since(const char *s, struct job *job);
static void read_roster(struct job *job, const char *path);
static void load_columns(struct job *job, const char *tree);
static bool has_guides(const char *tree);
static void read_attempts(struct job *job, const char *path);
static void take_attempt(struct job *job, struct record *r);
static void left_out_warning(const struct job *job, const char *name);
static void read_events(struct job *job, const char *path);
static void write_csv(struct job *job, struct csv_writer *cw, struct idhash *h);
static void free_job(struct job *job);

static char opt_download[] = "-d", opt_key[] = "-k", opt_since[] = "-s";

static _Noreturn void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: assemble-csv [-d] [-e events] [-k keyfile] [-n name] "
	    "[-s since]\n"
	    "                    -a assignment -g tree -u users [attempts]\n");
	exit(status);
}

/*
 * --download, --key-file and --since are -d, -k and -s; --help and
 * --version answer at once.  Only the options getopt would see are
 * looked at.
 */
static void
long_options(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--help") == 0)
			usage(0);
		if (strcmp(argv[i], "--version") == 0)
			print_version();
		if (strcmp(argv[i], "--download") == 0)
			argv[i] = opt_download;
		else if (strcmp(argv[i], "--key-file") == 0)
			argv[i] = opt_key;
		else if (strcmp(argv[i], "--since") == 0)
			argv[i] = opt_since;
		/* Step over an option's argument given apart. */
		if (argv[i][1] != '-' && argv[i][2] == '\0' &&
		    strchr("aegknsu", argv[i][1]) != NULL)
			i++;
	}
}

/* --since: an RFC 3339 time, or @SECONDS since the epoch. */
static void
parse_since(const char *s, struct job *job)
{
	long long v;

	job->has_since = true;
	if (s[0] == '@' &&
	    parse_number(s + 1, -(1LL << 40), 1LL << 40, &v) == 0) {
		job->since.sec = v;
		job->since.nsec = 0;
	} else if (parse_rfc3339(s, &job->since) != 0)
		errx(EXIT_USAGE, "--since: \"%s\" is not an RFC 3339 time", s);
}

static char *
field_dup(const struct csv_record *rec, long col)
{
	char *s = xmalloc(rec->len[col] + 1);

	memcpy(s, rec->field[col], rec->len[col]);
	s[rec->len[col]] = '\0';
	return s;
}

/* The roster: every student in file order; teachers' ids kept apart. */
static void
read_roster(struct job *job, const char *path)
{
	static const char *const need[] = { "user_id", "username", "email",
		"first_name", "last_name", "role" };
	const struct csv_record *rec;
	struct csv_reader *cr;
	struct student *st;
	size_t cap = 0, nfields, i;
	long col[6];
	const char *name;
	FILE *fp;
	bool student;

	fp = xfopen_in(path, &name);
	cr = csv_reader_open(fp, name);
	if ((rec = csv_reader_next(cr)) == NULL)
		errx_at(name, 0, "no header row");
	for (i = 0; i < 6; i++)
		if ((col[i] = csv_column(rec, need[i])) < 0)
			errx_at(name, rec->line,
			    "no column \"%s\" in the header", need[i]);
	nfields = rec->nfields;
	while ((rec = csv_reader_next(cr)) != NULL) {
		if (rec->nfields != nfields)
			errx_at(name, rec->line,
			    "%zu field%s where the header has %zu",
			    rec->nfields, rec->nfields == 1 ? "" : "s",
			    nfields);
		if (rec->len[col[0]] == 0)
			errx_at(name, rec->line, "empty user_id");
		if (strcmp(rec->field[col[5]], "student") == 0)
			student = true;
		else if (strcmp(rec->field[col[5]], "teacher") == 0)
			student = false;
		else
			errx_at(name, rec->line,
			    "role \"%s\" is neither student nor teacher",
			    rec->field[col[5]]);
		if (!strmap_add(&job->users, rec->field[col[0]],
			rec->len[col[0]], student ? job->nstudents : TEACHER))
			errx_at(name, rec->line, "user_id \"%s\" is repeated",
			    rec->field[col[0]]);
		if (!student)
			continue;
		if (job->nstudents == cap) {
			cap = cap ? 2 * cap : 64;
			job->students = xrealloc(
			    job->students, cap * sizeof(*job->students));
		}
		st = &job->students[job->nstudents++];
		memset(st, 0, sizeof(*st));
		st->user_id = field_dup(rec, col[0]);
		st->id_len = rec->len[col[0]];
		st->username = field_dup(rec, col[1]);
		st->email = field_dup(rec, col[2]);
		st->first = field_dup(rec, col[3]);
		st->last = field_dup(rec, col[4]);
	}
	csv_reader_close(cr);
	if (fp != stdin)
		fclose(fp);
}

/*
 * The assessments in column order, from the guide.  Two assessments with
 * one name are both told apart by their task ids.
 */
static void
load_columns(struct job *job, const char *tree)
{
	const struct guide_assessment *a;
	struct stat st;
	size_t *order, i, j, n;
	struct column *c;
	int same;

	if (stat(tree, &st) == -1)
		err(EXIT_DATA, "%s", tree);
	if (!S_ISDIR(st.st_mode))
		errx(EXIT_DATA, "%s: not a folder", tree);
	if (!has_guides(tree))
		errx(EXIT_DATA,
		    "%s: no .guides folder: not an assignment's tree", tree);
	if (guide_load(&job->guide, tree, NULL, NULL) == -1)
		exit(EXIT_DATA);
	if (job->guide.assessments_from == NULL)
		warnx("%s: no .guides/assessments: the CSV has no assessment "
		      "columns",
		    tree);
	n = job->guide.nassessments;
	order = guide_assessment_order(&job->guide);
	job->cols = xcalloc(n ? n : 1, sizeof(*job->cols));
	job->ncols = n;
	for (i = 0; i < n; i++) {
		a = &job->guide.assessments[order[i]];
		job->cols[i].a = a;
		strmap_add(&job->tasks, a->task_id, strlen(a->task_id), i);
	}
	free(order);
	for (i = 0; i < n; i++) {
		c = &job->cols[i];
		for (same = 0, j = 0; j < n && !same; j++)
			same = j != i &&
			    strcmp(job->cols[j].a->name, c->a->name) == 0;
		if (!same) {
			c->name = xstrdup(c->a->name);
			continue;
		}
		c->name =
		    xmalloc(strlen(c->a->name) + strlen(c->a->task_id) + 4);
		sprintf(c->name, "%s (%s)", c->a->name, c->a->task_id);
	}
}

/* True when tree holds a .guides folder. */
static bool
has_guides(const char *tree)
{
	char *g = xmalloc(strlen(tree) + sizeof("/.guides"));
	struct stat st;
	bool yes;

	sprintf(g, "%s/.guides", tree);
	yes = stat(g, &st) == 0 && S_ISDIR(st.st_mode);
	free(g);
	return yes;
}

static void
read_attempts(struct job *job, const char *path)
{
	struct line_reader lr;
	struct record r;
	const char *name;
	FILE *fp;

	fp = xfopen_in(path, &name);
	line_reader_init(&lr, fp, name);
	record_init(&r, &lr);
	while (record_next(&r))
		take_attempt(job, &r);
	record_free(&r);
	line_reader_free(&lr);
	if (fp != stdin)
		fclose(fp);
	left_out_warning(job, name);
}

/*
 * One line on stderr for the attempts left out, when there are any:
 * "left out 3 attempts: 1 by teachers, 1 by users not on the roster, 1 at
 * tasks the guide does not define".
 */
static void
left_out_warning(const struct job *job, const char *name)
{
	unsigned long n =
	    job->by_teachers + job->by_strangers + job->at_unknown;
	char what[160];
	int len = 0;

	if (n == 0)
		return;
	what[0] = '\0';
	if (job->by_teachers > 0)
		len += snprintf(what + len, sizeof(what) - (size_t)len,
		    ", %lu by teachers", job->by_teachers);
	if (job->by_strangers > 0)
		len += snprintf(what + len, sizeof(what) - (size_t)len,
		    ", %lu by users not on the roster", job->by_strangers);
	if (job->at_unknown > 0)
		snprintf(what + len, sizeof(what) - (size_t)len,
		    ", %lu at tasks the guide does not define",
		    job->at_unknown);
	warnx("%s: left out %lu attempt%s: %s", name, n, n == 1 ? "" : "s",
	    what + 2);
}

/*
 * One attempt: every line is checked for its fields, whichever
 * assignment it is of, so that a bad line stops every export alike.
 */
static void
take_attempt(struct job *job, struct record *r)
{
	const char *s, *user, *task;
	size_t ulen, tlen, who, col;
	struct etl_time t;
	struct cell *c;
	double points;
	bool numeric;

	s = record_string(r, "time", true, NULL);
	if (parse_rfc3339(s, &t) != 0)
		errx_at(r->lr->name, r->lr->lineno, "bad time \"%s\"", s);
	user = record_string(r, "user_id", true, &ulen);
	task = record_string(r, "task_id", true, &tlen);
	s = record_string(r, "assignment_id", true, NULL);
	points = record_number(r, "points");
	record_check_answer(r, "answer");
	if (strcmp(s, job->assignment) != 0 ||
	    (job->has_since && time_cmp(t, job->since) < 0))
		return;
	if ((who = strmap_get(&job->users, user, ulen)) == STRMAP_NONE) {
		job->by_strangers++;
		return;
	}
	if (who == TEACHER) {
		job->by_teachers++;
		return;
	}
	if ((col = strmap_get(&job->tasks, task, tlen)) == STRMAP_NONE) {
		job->at_unknown++;
		return;
	}
	c = &job->cells[who * job->ncols + col];
	c->attempts++;
	if (c->attempts > 1 && time_cmp(t, c->time) < 0)
		return; /* an earlier attempt, read late */
	c->time = t;
	c->points = points;
	record_answer(r, "answer", &job->answer, &numeric);
	c->numeric = numeric;
	if (c->answer == NULL || job->answer.len > c->answer_cap) {
		/* Grown only, so a cell's later attempts rarely allocate. */
		free(c->answer);
		c->answer_cap = job->answer.len < 15 ? 15 : job->answer.len;
		c->answer = xmalloc(c->answer_cap + 1);
	}
	memcpy(c->answer, job->answer.p, job->answer.len);
	c->answer[job->answer.len] = '\0';
	c->answer_len = job->answer.len;
}

static void
append(struct job *job, const char *s, size_t n)
{
	if (job->len + n + 1 > job->cap) {
		job->cap = 2 * (job->len + n + 1);
		job->buf = xrealloc(job->buf, job->cap);
	}
	memcpy(job->buf + job->len, s, n);
	job->len += n;
}

/* The log, for Time_Spent: only sessions of roster students matter. */
static void
read_events(struct job *job, const char *path)
{
	struct line_reader lr;
	struct student *st;
	struct record r;
	const char *name, *s, *aid;
	struct etl_time t;
	size_t who, len;
	FILE *fp;
	int type;

	fp = xfopen_in(path, &name);
	line_reader_init(&lr, fp, name);
	record_init(&r, &lr);
	while (record_next(&r)) {
		s = record_string(&r, "type", true, NULL);
		if (strcmp(s, "login") == 0)
			type = EV_LOGIN;
		else if (strcmp(s, "logout") == 0)
			type = EV_LOGOUT;
		else if (strcmp(s, "project_open") == 0)
			type = EV_OPEN;
		else if (strcmp(s, "project_close") == 0)
			type = EV_CLOSE;
		else
			continue;
		s = record_string(&r, "user_id", true, &len);
		who = strmap_get(&job->users, s, len);
		if (who == STRMAP_NONE || who == TEACHER)
			continue;
		s = record_string(&r, "time", true, NULL);
		if (parse_rfc3339(s, &t) != 0)
			errx_at(name, lr.lineno, "bad time \"%s\"", s);
		if (job->has_since && time_cmp(t, job->since) < 0)
			continue;
		st = &job->students[who];
		if (st->last_line != 0 && time_cmp(t, st->last_event) < 0)
			errx_at(name, lr.lineno,
			    "out of time order: earlier than line %lu of the "
			    "same user",
			    st->last_line);
		st->last_event = t;
		st->last_line = lr.lineno;
		aid = type == EV_OPEN || type == EV_CLOSE
		    ? record_string(&r, "assignment_id", false, NULL)
		    : NULL;
		session_event(&st->sess, type,
		    aid != NULL && strcmp(aid, job->assignment) == 0, t);
	}
	record_free(&r);
	line_reader_free(&lr);
	if (fp != stdin)
		fclose(fp);
}

static void
put_number(struct csv_writer *cw, double v)
{
	char num[NUMBUF];

	csv_put_num(cw, format_number(v, num));
}

static void
write_header(struct job *job, struct csv_writer *cw)
{
	static const char *const fixed[] = { "Student_Name", "First_Name",
		"Last_Name", "Username", "Hashed_ID", "Email Address",
		"Assignment_Name", "Total_Points_Earned",
		"Total_Points_Possible", "Time_Spent" };
	static const char *const suffix[] = { "_Attempts", "_Answer",
		"_Earned_Points", "_Total_Points_Possible" };
	size_t i, k, n;

	for (i = 0; i < 10; i++)
		csv_put_str(cw, fixed[i]);
	for (i = 0; i < job->ncols; i++) {
		n = strlen(job->cols[i].name);
		for (k = 0; k < 4; k++) {
			job->len = 0;
			append(job, job->cols[i].name, n);
			append(job, suffix[k], strlen(suffix[k]));
			csv_put(cw, job->buf, job->len);
		}
	}
	csv_end_record(cw);
}

static void
write_csv(struct job *job, struct csv_writer *cw, struct idhash *h)
{
	char hashed[IDHASH_LEN + 1], spent[32], count[32];
	const struct student *st;
	const struct cell *c;
	double earned, possible = 0;
	size_t i, k;

	for (k = 0; k < job->ncols; k++)
		possible += job->cols[k].a->points;
	write_header(job, cw);
	for (i = 0; i < job->nstudents; i++) {
		st = &job->students[i];
		job->len = 0;
		append(job, st->first, strlen(st->first));
		if (st->first[0] != '\0' && st->last[0] != '\0')
			append(job, " ", 1);
		append(job, st->last, strlen(st->last));
		csv_put(cw, job->buf, job->len);
		csv_put_str(cw, st->first);
		csv_put_str(cw, st->last);
		csv_put_str(cw, st->username);
		idhash_id(h, st->user_id, st->id_len, hashed);
		csv_put(cw, hashed, IDHASH_LEN);
		csv_put_str(cw, st->email);
		csv_put_str(cw, job->name);
		earned = 0;
		for (k = 0; k < job->ncols; k++)
			earned += job->cells[i * job->ncols + k].points;
		put_number(cw, earned);
		put_number(cw, possible);
		csv_put_str(cw, format_spent(st->sess.spent_ns, spent));
		for (k = 0; k < job->ncols; k++) {
			c = &job->cells[i * job->ncols + k];
			snprintf(count, sizeof(count), "%lu", c->attempts);
			csv_put_num(cw, count);
			if (c->numeric)
				csv_put_num(cw, c->answer);
			else
				csv_put(cw, c->answer ? c->answer : "",
				    c->answer_len);
			put_number(cw, c->points);
			put_number(cw, job->cols[k].a->points);
		}
		csv_end_record(cw);
	}
}

static void
free_job(struct job *job)
{
	size_t i;

	for (i = 0; i < job->nstudents; i++) {
		free(job->students[i].user_id);
		free(job->students[i].username);
		free(job->students[i].email);
		free(job->students[i].first);
		free(job->students[i].last);
	}
	for (i = 0; i < job->nstudents * job->ncols; i++)
		free(job->cells[i].answer);
	for (i = 0; i < job->ncols; i++)
		free(job->cols[i].name);
	free(job->students);
	free(job->cells);
	free(job->cols);
	free(job->buf);
	free(job->answer.p);
	strmap_free(&job->users);
	strmap_free(&job->tasks);
	guide_free(&job->guide);
}

int
main(int argc, char *argv[])
{
	const char *events = NULL, *keyfile = NULL, *tree = NULL;
	const char *users = NULL;
	struct job job;
	struct csv_writer cw;
	struct idhash *h;
	int ch, mode = CSV_PLAIN;

	memset(&job, 0, sizeof(job));
	strmap_init(&job.users);
	strmap_init(&job.tasks);
	long_options(argc, argv);
	while ((ch = getopt(argc, argv, "a:de:g:k:n:s:u:")) != -1) {
		switch (ch) {
		case 'a':
			job.assignment = optarg;
			break;
		case 'd':
			mode = CSV_DOWNLOAD;
			break;
		case 'e':
			events = optarg;
			break;
		case 'g':
			tree = optarg;
			break;
		case 'k':
			keyfile = optarg;
			break;
		case 'n':
			job.name = optarg;
			break;
		case 's':
			parse_since(optarg, &job);
			break;
		case 'u':
			users = optarg;
			break;
		default:
			usage(EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1 || job.assignment == NULL || tree == NULL || users == NULL)
		usage(EXIT_USAGE);
	if (job.name == NULL)
		job.name = job.assignment;

	h = idhash_open(keyfile);
	read_roster(&job, users);
	load_columns(&job, tree);
	job.cells = xcalloc(job.nstudents * job.ncols + 1, sizeof(*job.cells));
	read_attempts(&job, argc == 1 ? argv[0] : "-");
	if (events != NULL)
		read_events(&job, events);
	csv_writer_init(&cw, stdout, mode);
	write_csv(&job, &cw, h);
	xfshut(stdout, "<stdout>");
	idhash_close(h);
	free_job(&job);
	return 0;
}
