# shellcheck shell=bash
# A small course for the export-pdf cases: two assignments with guides
# (one with a teacher-only page) and an unpublished one.
make_course() {
	local c=$1 a
	mkdir -p "$c/assignments"
	cat >"$c/course.json" <<'JSON'
{"id": "c1", "name": "Course One", "timezone": "UTC",
 "assignments": [
  {"id": "intro", "name": "Introduction", "book": null, "published": true},
  {"id": "loops", "name": "Loops", "book": null, "published": true},
  {"id": "draft", "name": "Draft", "book": null, "published": false}]}
JSON
	for a in intro loops draft; do
		mkdir -p "$c/assignments/$a/.guides/content"
		echo '{"title": "g", "order": ["p", "t"]}' \
		    >"$c/assignments/$a/.guides/content/index.json"
		echo "{\"id\": \"p\", \"title\": \"Page of $a\", \"type\": \"page\"}" \
		    >"$c/assignments/$a/.guides/content/p.json"
		echo "Body of $a." >"$c/assignments/$a/.guides/content/p.md"
		echo '{"id": "t", "title": "Key", "type": "page", "teacherOnly": true}' \
		    >"$c/assignments/$a/.guides/content/t.json"
		echo "Answer key of $a." >"$c/assignments/$a/.guides/content/t.md"
	done
}
