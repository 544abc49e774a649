#!/usr/bin/env bash
# Assessment columns: names with commas and quotes, two assessments with
# one name (told apart by task id), points as numeric strings, one embedded
# twice, one only on a teacher-only page, two never embedded, a missing
# page (a warning, not a stop), an embed of an unknown task.  The newer
# generation orders the never-embedded ones by task id, the older by
# assessments.json; the embedded ones come in first-embedding order in both.
set -euo pipefail
assess() { # TASKID TYPE NAME POINTS(JSON)
	printf '{"type": "%s", "taskId": "%s", "source": {"name": "%s", "points": %s}}' \
	    "$2" "$1" "$3" "$4"
}
defs=(
	"code-output-compare-4|code-output-compare|Never, embedded|0"
	'multiple-choice-1|multiple-choice|Pick \"one\", or two|"2"'
	"free-text-2|free-text|Same|1.5"
	'test-3|test|Same|"10"'
	'aaa-0|free-text|First by id|"0.25"'
)
intro='Read this.

{Check|assessment}(test-3)
{ Submit | assessment }(multiple-choice-1)
{Go|assessment}(unknown-9)'
hidden='For teachers.

{Check It!|assessment}(free-text-2)

{Again|assessment}(test-3)'

# Newer generation.
g=new/.guides
mkdir -p "$g/content" "$g/assessments"
echo '{"title": "T", "order": ["Intro-1111", "Gone-3333", "Hidden-2222"]}' \
    >"$g/content/index.json"
echo '{"id": "1111", "title": "Intro", "type": "page"}' >"$g/content/Intro-1111.json"
echo '{"id": "2222", "title": "Hidden", "type": "page", "teacherOnly": true}' \
    >"$g/content/Hidden-2222.json"
printf '%s\n' "$intro" >"$g/content/Intro-1111.md"
printf '%s\n' "$hidden" >"$g/content/Hidden-2222.md"
for d in "${defs[@]}"; do
	IFS='|' read -r id type name points <<<"$d"
	assess "$id" "$type" "$name" "$points" >"$g/assessments/$id.json"
done

# Older generation, with a book.
g=old/.guides
mkdir -p "$g/content"
printf '%s\n' "$intro" >"$g/content/Intro-1111.md"
printf '%s\n' "$hidden" >"$g/content/Hidden-2222.md"
cat >"$g/metadata.json" <<'J'
{"sections": [
 {"id": "1111", "title": "Intro", "type": "markdown", "content-file": ".guides/content/Intro-1111.md"},
 {"id": "2222", "title": "Hidden", "type": "markdown", "teacherOnly": true, "content-file": ".guides/content/Hidden-2222.md"}
]}
J
echo '{"name": "T", "children": [{"id": "b1", "title": "Intro", "type": "page", "pageId": "1111"}, {"id": "b2", "title": "Hidden", "type": "page", "pageId": "2222"}]}' \
    >"$g/book.json"
{
	echo "["
	sep=""
	for d in "${defs[@]}"; do
		IFS='|' read -r id type name points <<<"$d"
		printf '%s' "$sep"
		assess "$id" "$type" "$name" "$points"
		sep=$',\n'
	done
	echo "]"
} >"$g/assessments.json"

printf 'user_id,username,email,first_name,last_name,role\nu1,ann,a@example.org,Ann,,student\n' >users.csv
printf 'a key that is long enough' >key
for tree in new old; do
	echo "== $tree"
	assemble-csv -k key -a x -n 'Week 1, "intro"' -g "$tree" -u users.csv \
	    </dev/null >"$tree.csv"
	head -n 1 "$tree.csv"
	python3 -c 'import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
for h, v in zip(rows[0], rows[1]):
    print("%s = %s" % (h, v))' "$tree.csv" | grep -v Hashed_ID
done
