# shellcheck shell=bash
# Helpers the render-pdf cases source (not a case: no .sh ending).
#
#	v3_tree DIR STEM...	a newer-generation guide listing STEMs
#	v3_page DIR STEM TITLE [teacher]  a page; its markdown from stdin
#	pdf_text PDF		the text, blank lines and form feeds dropped
#	outline PDF		the outline titles, indented by depth

v3_tree() {
	local dir=$1 order
	shift
	mkdir -p "$dir/.guides/content"
	order=$(printf '%s\n' "$@" | jq -R . | jq -sc .)
	printf '{"title": "Test guide", "order": %s}\n' "$order" \
	    >"$dir/.guides/content/index.json"
}

v3_page() {
	local dir=$1 stem=$2 title=$3 teacher=false
	[ "${4:-}" = teacher ] && teacher=true
	jq -n --arg t "$title" --argjson to "$teacher" \
	    '{id: $t, title: $t, type: "page", teacherOnly: $to}' \
	    >"$dir/.guides/content/$stem.json"
	cat >"$dir/.guides/content/$stem.md"
}

pdf_text() {
	pdftotext -enc UTF-8 "$1" - | tr -d '\f' | grep -v '^[[:space:]]*$'
}

outline() {
	qpdf --json --json-key=outlines "$1" | python3 -c '
import json, sys
def walk(items, depth):
    for o in items:
        print("  " * depth + o["title"])
        walk(o.get("kids", []), depth + 1)
walk(json.load(sys.stdin)["outlines"], 0)'
}
