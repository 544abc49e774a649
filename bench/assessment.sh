#!/usr/bin/env bash
# assessment: the pivot of assemble-csv against mlr doing the same
# long-to-wide reshape and roster join, on the OULAD courses (when the real
# data is there) and on generated courses of 10,000 students and 50
# assessments with 3 and 6 attempts each (the same peak memory: it is
# bounded by students x assessments, not by the attempts); and hash-ids on
# 10 million rows against a Python hmac loop.  Prints wall and CPU seconds,
# the ratio of wall times, and peak memory.
set -euo pipefail
TOP=${TOP:-$(cd "$(dirname "$0")/.." && pwd)}
SHARED=${SHARED:-$TOP/../shared}
d=$BENCHDIR/assessment
mkdir -p "$d"
key=$d/key
printf 'a benchmark key, not a secret' >"$key"

# run NAME CMD...: run CMD with stdout to $d/NAME.out, keep "wall cpu kb".
run() {
	local name=$1
	shift
	/usr/bin/time -f '%e %U %S %M' -o "$d/$name.time" "$@" >"$d/$name.out"
	awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 }' "$d/$name.time" \
	    >"$d/$name.t"
}

# row LABEL OURS THEIRS: one line of the table from two runs' .t files.
# The ratios are theirs over ours: of wall time, and of CPU time (which a
# busy machine disturbs less).
row() {
	local o t
	read -r -a o <"$d/$2.t"
	read -r -a t <"$d/$3.t"
	awk -v l="$1" -v ow="${o[0]}" -v oc="${o[1]}" -v om="${o[2]}" \
	    -v tw="${t[0]}" -v tc="${t[1]}" -v tm="${t[2]}" 'BEGIN {
		printf "%-34s %7.2f %7.2f %7.2f %7.2f %6.1fx %6.1fx %7.1f %7.1f\n",
		    l, ow, oc, tw, tc, tw / (ow > 0 ? ow : 0.01),
		    tc / (oc > 0 ? oc : 0.01), om / 1024, tm / 1024 }'
}

header() {
	printf '%-34s %7s %7s %7s %7s %7s %7s %7s %7s\n' "" "ours" "ours" \
	    "$1" "$1" "ratio" "ratio" "ours" "$1"
	printf '%-34s %7s %7s %7s %7s %7s %7s %7s %7s\n' "" "wall s" "cpu s" \
	    "wall s" "cpu s" "wall" "cpu" "peak MB" "peak MB"
}

# pivot NAME COURSE ASSIGNMENT: assemble-csv, and mlr's reshape and join.
pivot() {
	local c=$2 a=$3
	run "$1-ours" assemble-csv -k "$key" -a "$a" -g "$c/assignments/$a" \
	    -u "$c/users.csv" "$c/attempts.ndjson"
	run "$1-mlr1" mlr --ijsonl --ojson filter "\$assignment_id == \"$a\"" \
	    'then' put -q -f "$TOP/bench/pivot.mlr" 'then' unsparsify \
	    "$c/attempts.ndjson"
	run "$1-mlr2" mlr --ijson --ocsv join --ul -i csv -j user_id \
	    -f "$c/users.csv" 'then' unsparsify "$d/$1-mlr1.out"
	# The two mlr stages as one: times add up, memory is the larger.
	paste -d ' ' "$d/$1-mlr1.t" "$d/$1-mlr2.t" | awk '{
		printf "%.2f %.2f %d\n", $1 + $4, $2 + $5, ($3 > $6 ? $3 : $6) }' \
	    >"$d/$1-mlr.t"
}

header mlr
if [ -d "$SHARED/realdata/oulad" ]; then
	[ -d "$d/oulad/AAA-2013J" ] ||
	    "$TOP/fixtures/oulad-courses" "$SHARED/realdata/oulad" "$d/oulad"
	for c in "$d"/oulad/*/; do
		c=${c%/}
		pivot "oulad-$(basename "$c")" "$c" assessments
	done
	for w in ours mlr; do
		cat "$d"/oulad-*-"$w".t | awk '{ w += $1; c += $2;
		    if ($3 > m) m = $3 } END { printf "%.2f %.2f %d\n", w, c, m }' \
		    >"$d/oulad-$w.t"
	done
	row "OULAD: 22 courses, 173,912 results" oulad-ours oulad-mlr
else
	echo "(no OULAD data under $SHARED/realdata: skipped)"
fi
for n in 3 6; do
	c=$d/gen-10000x50x$n
	[ -f "$c/attempts.ndjson" ] ||
	    "$TOP/fixtures/gen-course" --students 10000 --assignments 1 \
	    --assessments 50 --attempts "$n" --events 1000 "$c" >/dev/null
	a=$(jq -r '.assignments[0].id' "$c/course.json")
	pivot "gen$n" "$c" "$a"
	row "10,000 x 50 x $n attempts" "gen$n-ours" "gen$n-mlr"
done

rows=$d/ids-10M.csv
[ -f "$rows" ] || {
	echo "user_id,score"
	seq 1 10000000 | awk '{ printf "u%07d,%d\n", $1, $1 % 101 }'
} >"$rows"
cat >"$d/hmac-loop.py" <<'PY'
import csv, hmac, sys
key = open(sys.argv[1], "rb").read()
r = csv.reader(sys.stdin)
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(next(r))
for row in r:
    row[0] = hmac.new(key, row[0].encode(), "sha256").hexdigest()[:32]
    w.writerow(row)
PY
run ids-ours hash-ids -k "$key" user_id "$rows"
run ids-py python3 -I "$d/hmac-loop.py" "$key" <"$rows"
echo
header python
row "hash-ids, 10,000,000 rows" ids-ours ids-py
if cmp -s "$d/ids-ours.out" "$d/ids-py.out"; then
	echo "(the same bytes from both)"
else
	echo "(the outputs differ!)"
fi
