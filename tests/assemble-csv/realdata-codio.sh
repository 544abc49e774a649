#!/usr/bin/env bash
# The real Codio trees of both generations: every assessment (twelve
# types) becomes its four columns, in the guide's embedding order, with its
# points (numbers and numeric strings), as an independent reading in Python
# (guide_order.py) says; and the older and newer copies of one guide agree
# on the embedded ones.  Prints, per tree, the columns and their points.
[ -d "$SHARED/realdata/codio" ] || { echo "no shared/realdata" >&2; exit 77; }
set -euo pipefail
printf 'user_id,username,email,first_name,last_name,role\nu1,ann,a@x,Ann,A,student\n' >users.csv
printf 'a key that is long enough' >key
types=()
for tree in "$SHARED"/realdata/codio/*/; do
	tree=${tree%/}
	t=$(basename "$tree")
	assemble-csv -k key -a x -g "$tree" -u users.csv </dev/null \
	    >"$t.csv" 2>/dev/null
	python3 - "$t.csv" >"$t.got" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
h, r = rows[0], rows[1]
for i in range(10, len(h), 4):
    assert h[i + 1:i + 4] == [h[i][:-9] + s for s in
        ("_Answer", "_Earned_Points", "_Total_Points_Possible")], h[i:i + 4]
    print("%s\t%s" % (h[i][:-len("_Attempts")], r[i + 3]))
PY
	python3 "$CASEDIR/guide_order.py" "$tree" >"$t.want"
	diff "$t.want" "$t.got" >&2
	echo "== $t: $(wc -l <"$t.got") assessments," \
	    "$(sed -n 2p "$t.csv" | cut -d, -f9) points"
	cat "$t.got"
	mapfile -t -O "${#types[@]}" types < <(
	    jq -r '.type' "$tree"/.guides/assessments/*.json 2>/dev/null ||
	    jq -r '.[].type' "$tree/.guides/assessments.json")
done
echo "== types: $(printf '%s\n' "${types[@]}" | sort -u | tr '\n' ' ')"
old=guides-assessments-demo.v1-02b03d0.guides-only
n=$(grep -c . "$old.got")
embedded=$(python3 - "$SHARED/realdata/codio/guides-assessments-demo" <<'PY'
import os, re, sys
n = set()
for d, _, fs in os.walk(os.path.join(sys.argv[1], ".guides", "content")):
    for f in fs:
        if f.endswith(".md"):
            n |= set(re.findall(r"\|\s*assessment\s*\}\(\s*([\w.-]+)", open(os.path.join(d, f)).read()))
print(len(n))
PY
)
cmp <(head -n "$embedded" "$old.got") \
    <(head -n "$embedded" guides-assessments-demo.got)
echo "== the older and newer guides-assessments-demo agree on their" \
    "$embedded embedded assessments of $n"
