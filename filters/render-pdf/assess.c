/*
 * assess: an embedded assessment drawn as a box.
 *
 * Everyone sees its name, type and points, its instructions (markdown),
 * and what a student works with: the choices of a multiple choice, the
 * text of a fill in the blanks with its blanks empty.  Teachers also see
 * the right answers (marked choices, filled blanks, the expected output
 * of each code test case, the Parsons solution, rubrics and model
 * solutions) and the guidance.  An embed of a task id the tree does not
 * define leaves a visible note.
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "etl.h"
#include "render.h"

static const struct {
	const char *type, *name;
} type_names[] = {
	{ "multiple-choice", "Multiple choice" },
	{ "fill-in-the-blanks", "Fill in the blanks" },
	{ "ecornell-fib", "Fill in the blanks" },
	{ "free-text", "Free text" },
	{ "free-text-auto", "Free text, autograded" },
	{ "code-output-compare", "Standard code test" },
	{ "test", "Advanced code test" },
	{ "parsons-puzzle", "Parsons puzzle" },
	{ "grade-book", "Grade book" },
	{ "llm-based-rubric", "LLM rubric" },
	{ "llm-based-auto-rubric", "LLM rubric, autograded" },
	{ "math-stack", "Math (STACK)" },
	{ "splice", "SPLICE activity" },
	{ "random", "Random assessment" },
};

static const char *
str(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* Checked by assessment_check(): a boolean, null or absent. */
static int
truthy(const cJSON *o, const char *key)
{
	return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, key));
}

/* Does any string in v fail to be UTF-8? */
static int
bad_utf8(const cJSON *v)
{
	const cJSON *c;

	if (cJSON_IsString(v))
		return !utf8_valid(v->valuestring, strlen(v->valuestring));
	cJSON_ArrayForEach(c, v)
	{
		if (bad_utf8(c))
			return 1;
	}
	return 0;
}

static void
md(struct mdr *m, const char *raw)
{
	struct mdr sub;
	char *s;

	if (raw == NULL || *raw == '\0')
		return;
	s = utf8_repairs(raw);
	/* Nested guides (instructions quoting embeds) stop somewhere. */
	if (m->depth > 4) {
		struct rich r;

		rich_init(&r);
		rich_adds(&r, s);
		doc_text(m->d, &r, TS_BODY);
		rich_free(&r);
		free(s);
		return;
	}
	memset(&sub, 0, sizeof(sub));
	sub.d = m->d;
	sub.o = m->o;
	sub.depth = m->depth + 1;
	rich_init(&sub.cur);
	render_md4c(&sub, s, strlen(s));
	rich_free(&sub.cur);
	buf_free(&sub.code);
	buf_free(&sub.html);
	buf_free(&sub.imgsrc);
	buf_free(&sub.tagpart);
	table_free(sub.tab);
	free(s);
}

static void
label(struct mdr *m, const char *raw)
{
	struct rich r;
	size_t k;
	char *s = utf8_repairs(raw);

	rich_init(&r);
	k = rich_open(&r, SP_STRONG, NULL);
	rich_adds(&r, s);
	free(s);
	rich_close(&r, k);
	doc_text(m->d, &r, TS_BODY);
	rich_free(&r);
}

/*
 * Append s to b as inline markdown only: each line's leading blanks are
 * dropped (no indented code) and what would start a block there (a
 * quote, heading, list item, rule, fence, table or setext underline) is
 * escaped with a backslash, which leaves the character itself.
 */
static void
inline_md(struct buf *b, const char *s)
{
	const char *e;
	size_t n, k;

	for (; *s != '\0'; s = *e != '\0' ? e + 1 : e) {
		while (*s == ' ' || *s == '\t')
			s++;
		e = s + strcspn(s, "\n");
		n = (size_t)(e - s);
		for (k = 0; k < n && s[k] >= '0' && s[k] <= '9'; k++)
			;
		if ((n > 0 && strchr(">#+-=|", s[0]) != NULL) ||
		    (n > 0 && (s[0] == '*' || s[0] == '_') &&
			(n == 1 || s[1] == ' ' || s[1] == '\t' ||
			    strspn(s, "*_ \t") >= n)) ||
		    (n >= 3 && (s[0] == '`' || s[0] == '~') && s[1] == s[0] &&
			s[2] == s[0]))
			buf_add(b, "\\", 1);
		else if (k > 0 && k < n && (s[k] == '.' || s[k] == ')') &&
		    (k + 1 == n || s[k + 1] == ' ' || s[k + 1] == '\t')) {
			buf_add(b, s, k);
			buf_add(b, "\\", 1);
			s += k;
			n -= k;
		}
		buf_add(b, s, n);
		if (*e == '\n')
			buf_add(b, "\n", 1);
	}
}

static void
choices(struct mdr *m, const cJSON *src)
{
	const cJSON *a;
	int multi = truthy(src, "multipleResponse");

	cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(src, "answers"))
	{
		int right = m->o->teacher && truthy(a, "correct");
		const char *box = multi
		    ? (right ? "\xe2\x98\x91" : "\xe2\x98\x90")
		    : (right ? "\xe2\x97\x89" : "\xe2\x97\x8b");
		struct buf b = { 0 };

		doc_item_begin(m->d, box);
		if (str(a, "answer") != NULL)
			inline_md(&b, str(a, "answer"));
		if (right)
			buf_add(&b, " *(correct)*", 12);
		md(m, b.s != NULL ? b.s : "");
		buf_free(&b);
		doc_item_end(m->d);
	}
}

/* The text with its <<<answer>>> blanks empty, or filled for teachers. */
static void
blanks(struct mdr *m, const char *text)
{
	struct buf b = { 0 };
	const char *p = text, *o, *c;

	while ((o = strstr(p, "<<<")) != NULL &&
	    (c = strstr(o + 3, ">>>")) != NULL) {
		buf_add(&b, p, (size_t)(o - p));
		if (m->o->teacher) {
			buf_add(&b, "**[", 3);
			buf_add(&b, o + 3, (size_t)(c - o - 3));
			buf_add(&b, "]**", 3);
		} else {
			buf_add(&b, "\\_\\_\\_\\_\\_\\_\\_\\_", 16);
		}
		p = c + 3;
	}
	buf_add(&b, p, strlen(p));
	md(m, b.s);
	buf_free(&b);
}

static void
code_field(struct mdr *m, const char *name, const char *s)
{
	char *fixed;
	size_t n;

	if (s == NULL || *s == '\0')
		return;
	label(m, name);
	fixed = utf8_repair(s, strlen(s), &n);
	doc_code(m->d, fixed, n);
	free(fixed);
}

static void
answers(struct mdr *m, const cJSON *src)
{
	const cJSON *v;
	int n = 0;
	char title[64];

	cJSON_ArrayForEach(v, cJSON_GetObjectItemCaseSensitive(src, "sequence"))
	{
		(void)snprintf(title, sizeof(title), "Test case %d", ++n);
		label(m, title);
		code_field(m, "Arguments", str(v, "arguments"));
		code_field(m, "Input", str(v, "input"));
		code_field(m, "Expected output", str(v, "output"));
	}
	code_field(m, "Solution (lines in order)", str(src, "initial"));
	cJSON_ArrayForEach(v, cJSON_GetObjectItemCaseSensitive(src, "rubrics"))
	{
		struct buf b = { 0 };
		const char *t = str(v, "title"), *d = str(v, "description");
		const char *msg = str(v, "message");

		buf_add(&b, "Rubric: ", 8);
		if (t != NULL)
			buf_add(&b, t, strlen(t));
		if (d != NULL) {
			buf_add(&b, " \xe2\x80\x94 ", 5);
			buf_add(&b, d, strlen(d));
		}
		if (msg != NULL)
			buf_add(&b, msg, strlen(msg));
		md(m, b.s);
		buf_free(&b);
	}
	cJSON_ArrayForEach(
	    v, cJSON_GetObjectItemCaseSensitive(src, "solutions"))
	{
		code_field(m, str(v, "path") ? str(v, "path") : "Solution",
		    str(v, "content"));
	}
}

static int
none(const cJSON *v)
{
	return v == NULL || cJSON_IsNull(v);
}

static int
flag_ok(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return none(v) || cJSON_IsBool(v);
}

int
assessment_check(const struct guide *g, const struct guide_assessment *a)
{
	const cJSON *src = a->source, *v, *ans;
	const char *bad = NULL;
	int n = 0;

	if (src == NULL)
		return 0;
	v = cJSON_GetObjectItemCaseSensitive(src, "text");
	if (!none(v) && !cJSON_IsString(v))
		bad = "\"text\" is not a string";
	if (strcmp(a->type, "multiple-choice") == 0) {
		ans = cJSON_GetObjectItemCaseSensitive(src, "answers");
		if (!flag_ok(src, "multipleResponse"))
			bad = "\"multipleResponse\" is not true or false";
		else if (!none(ans) && !cJSON_IsArray(ans))
			bad = "\"answers\" is not an array";
		else
			cJSON_ArrayForEach(v, ans)
			{
				const cJSON *t;

				n++;
				t = cJSON_GetObjectItemCaseSensitive(
				    v, "answer");
				if (!cJSON_IsObject(v))
					bad = "is not a JSON object";
				else if (!none(t) && !cJSON_IsString(t))
					bad = "\"answer\" is not a string";
				else if (!flag_ok(v, "correct"))
					bad =
					    "\"correct\" is not true or false";
				if (bad != NULL)
					break;
			}
	}
	if (bad == NULL)
		return 0;
	if (n > 0)
		warnx("%s/%s: %s: answer %d: %s", g->root, a->file, a->task_id,
		    n, bad);
	else
		warnx("%s/%s: %s: %s", g->root, a->file, a->task_id, bad);
	return -1;
}

void
render_assessment(struct mdr *m, const char *task_id, size_t len)
{
	const struct guide_assessment *a;
	const char *tn;
	char title[512], *name;
	struct rich r;
	size_t i;

	a = guide_find_assessment(m->o->g, task_id, len);
	if (a == NULL) {
		warnx("%s/%s: assessment \"%.*s\" is not defined",
		    m->o->g->root, m->o->page != NULL ? m->o->page : "",
		    (int)len, task_id);
		rich_init(&r);
		rich_adds(&r, "[assessment ");
		rich_add(&r, task_id, len);
		rich_adds(&r, " is not defined]");
		doc_text(m->d, &r, TS_CAPTION);
		rich_free(&r);
		return;
	}
	if (bad_utf8(a->json))
		warnx("%s/%s: not valid UTF-8", m->o->g->root, a->file);
	name = utf8_repairs(a->name);
	tn = a->type;
	for (i = 0; i < sizeof(type_names) / sizeof(type_names[0]); i++)
		if (strcmp(type_names[i].type, a->type) == 0)
			tn = type_names[i].name;
	if (a->points == (double)(long long)a->points)
		(void)snprintf(title, sizeof(title),
		    "%s \xe2\x80\x94 %s, %lld point%s", name, tn,
		    (long long)a->points, a->points == 1 ? "" : "s");
	else
		(void)snprintf(title, sizeof(title),
		    "%s \xe2\x80\x94 %s, %g points", name, tn, a->points);
	free(name);
	doc_box_begin(m->d, BOX_CALLOUT, title);
	md(m, a->instructions);
	if (a->source != NULL) {
		const char *text = str(a->source, "text");

		if (strcmp(a->type, "multiple-choice") == 0)
			choices(m, a->source);
		if (text != NULL)
			blanks(m, text);
	}
	if (m->o->teacher && a->source != NULL) {
		doc_box_begin(m->d, BOX_TEACHER, "Answers (teacher notes)");
		answers(m, a->source);
		if (a->guidance != NULL && *a->guidance != '\0') {
			label(m, "Guidance");
			md(m, a->guidance);
		}
		doc_box_end(m->d);
	}
	doc_box_end(m->d);
}
