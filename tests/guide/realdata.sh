#!/usr/bin/env bash
# The guide walker over every real Codio tree: for each, the generation,
# the number of outline entries, the first title, the teacher-only
# entries, the number of assessments, their points, and how many of them
# the pages embed, as guide-dump sees them and as counted here with jq and
# grep alone over the same JSON files.  The two must agree, and no real
# tree may draw a warning.
set -euo pipefail
R=$SHARED/realdata/codio
[ -d "$R" ] || { echo "no shared/realdata" >&2; exit 77; }

# Entries of a newer tree, in order: "title<TAB>teacherOnly<TAB>body".
walk_v3() {
	local dir=$1 stem j title t
	while IFS= read -r stem; do
		if [ -f "$dir/$stem/index.json" ]; then
			j=$dir/$stem/index.json
			title=$(jq -r '.title // empty' "$j")
			t=$(jq -r '.teacherOnly == true' "$j")
			if [ -f "$dir/$stem/index.md" ]; then
				printf '%s\t%s\t%s\n' "$title" "$t" \
				    "$dir/$stem/index.md"
			else
				printf '%s\t%s\t\n' "$title" "$t"
			fi
			walk_v3 "$dir/$stem"
		elif [ -f "$dir/$stem.json" ]; then
			j=$dir/$stem.json
			title=$(jq -r '.title // empty' "$j")
			t=$(jq -r '.teacherOnly == true' "$j")
			if [ "$(jq -r '.contentType // ""' "$j")" = html ]; then
				printf '%s\t%s\t%s\n' "$title" "$t" \
				    "$dir/$stem.html"
			else
				printf '%s\t%s\t%s\n' "$title" "$t" \
				    "$dir/$stem.md"
			fi
		else
			printf '%s\tfalse\t\n' "$stem"
		fi
	done < <(jq -r '.order // [] | .[]' "$dir/index.json")
}

# Entries of an older tree with book.json, in order, the same columns.
walk_book() {
	local g=$1/.guides
	jq -r --slurpfile m "$g/metadata.json" '
	    ($m[0].sections | map({key: .id, value: .}) | from_entries) as $s
	    | def nodes: .children // [] | .[] | ., nodes;
	    nodes | ($s[.pageId // ""] // {}) as $sec
	    | [.title, ($sec.teacherOnly == true),
	       ($sec["content-file"] // "" | if . == "" then "" else
	        "'"$1"'/" + . end)] | @tsv' "$g/book.json"
}

# Entries of an older tree without book.json.
walk_flat() {
	jq -r '.sections[] | [.title, (.teacherOnly == true),
	    "'"$1"'/" + .["content-file"]] | @tsv' "$1/.guides/metadata.json"
}

# The assessments of a tree, one compact object a line.
assessments() {
	if [ -d "$1/.guides/assessments" ]; then
		find "$1/.guides/assessments" -maxdepth 1 -name '*.json' \
		    ! -name '.*' -exec cat {} + | jq -c .
	elif [ -f "$1/.guides/assessments.json" ]; then
		jq -c '.[]' "$1/.guides/assessments.json"
	fi
}

# One line about a tree, counted without the walker.
count() {
	local t=$1 gen entries defined embedded
	if [ -f "$t/.guides/content/index.json" ]; then
		gen=v3
		entries=$(walk_v3 "$t/.guides/content")
	elif [ -f "$t/.guides/book.json" ]; then
		gen=legacy-book
		entries=$(walk_book "$t")
	else
		gen=legacy-flat
		entries=$(walk_flat "$t")
	fi
	defined=$(assessments "$t" | jq -r .taskId | LC_ALL=C sort)
	# Task ids embedded in the bodies of the pages walked, and defined.
	embedded=$(printf '%s\n' "$entries" | cut -f3 | grep -v '^$' |
	    while IFS= read -r f; do [ -f "$f" ] && cat "$f"; done |
	    grep -o '{[^{}]*|[[:blank:]]*assessment[[:blank:]]*}([^)]*)' |
	    sed 's/.*(//; s/)$//; s/[[:blank:]]//g' | LC_ALL=C sort -u |
	    LC_ALL=C comm -12 - <(printf '%s\n' "$defined") | grep -c . ||
	    true)
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${t##*/}" "$gen" \
	    "$(printf '%s\n' "$entries" | grep -c .)" \
	    "$(printf '%s\n' "$entries" | head -n 1 | cut -f1)" \
	    "$(printf '%s\n' "$entries" | cut -f2 | grep -c true || true)" \
	    "$(printf '%s\n' "$defined" | grep -c . || true)" \
	    "$(assessments "$t" | jq -s '[.[].source.points // 0 |
	        tonumber] | add // 0')" \
	    "$embedded"
}

# The same line from guide-dump.
dump() {
	guide-dump "$1" | jq -rs --arg n "${1##*/}" '
	    (map(select(.record == "page"))) as $p
	    | (map(select(.record == "assessment"))) as $a
	    | [$n, .[0].generation, ($p | length), ($p[0].title // ""),
	       ($p | map(select(.teacher_only)) | length), ($a | length),
	       ($a | map(.points) | add // 0),
	       ($a | map(select(.embedded)) | length)] | @tsv'
}

status=0
for t in "$R"/*/; do
	t=${t%/}
	[ -d "$t/.guides" ] || continue
	want=$(count "$t")
	got=$(dump "$t" 2>warnings)
	if [ -s warnings ]; then
		echo "${t##*/}: warnings:" >&2
		cat warnings >&2
		status=1
	fi
	if [ "$got" != "$want" ]; then
		printf 'mismatch\n  guide-dump: %s\n  jq:         %s\n' \
		    "$got" "$want" >&2
		status=1
	fi
	printf '%s\n' "$got"
done
exit "$status"
