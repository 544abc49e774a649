#!/usr/bin/env bash
# bench/access.sh: the access export against what a user would run
# instead.  On one generated course of a million events, side by side on
# the same file: extract-access (the rows of access.csv, as export-access
# runs it), jq and mlr doing the same select-and-project to CSV (the four
# access types; user, time, type, assignment, path, ip), retention over
# the whole log, and the export-access pipeline end to end.  Then the
# peak memory of extract-access at one and at four million events.
#
# Outputs go to /dev/null: the times are the programs', not the disk's.
# Each time is the best of RUNS runs (default 3; jq and mlr run once, as
# they take seconds to minutes).  Courses are generated once into
# $BENCHDIR and kept.
set -euo pipefail
RUNS=${RUNS:-3}
ACCESS='login|logout|project_open|project_close'

# gen N: a course of N events in $BENCHDIR/access-N, made once.
gen() {
	local dir=$BENCHDIR/access-$1
	if [ ! -f "$dir/.done" ]; then
		rm -rf "$dir"
		echo "generating a course of $1 events in $dir" >&2
		"$TOP/fixtures/gen-course" --seed 7 --events "$1" \
		    --students 300 --teachers 3 --assessments 1 --attempts 1 \
		    "$dir" >&2
		touch "$dir/.done"
	fi
	printf '%s\n' "$dir"
}

# best N CMD...: the least wall time over N runs, with that run's CPU
# time (user + system) and peak memory, as "SECONDS CPU KB".  On a busy
# machine the wall time of a filter that waits for the CPU grows; its CPU
# time does not.
best() {
	local n=$1 i t u s m bt='' bc='' bm=''
	shift
	for ((i = 0; i < n; i++)); do
		/usr/bin/time -f '%e %U %S %M' -o "$BENCHDIR/time.out" "$@" \
		    >/dev/null
		read -r t u s m <"$BENCHDIR/time.out"
		if [ -z "$bt" ] || awk -v a="$t" -v b="$bt" \
		    'BEGIN { exit !(a < b) }'; then
			bt=$t bm=$m
			bc=$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')
		fi
	done
	echo "$bt $bc $bm"
}

ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 0.001) }'
}

c=$(gen 1000000)
ev=$c/events.ndjson
size=$(du -m "$ev" | cut -f1)
echo "course: $c, events.ndjson: $size MB, $(wc -l <"$ev") lines"

read -r ea ec em < <(best "$RUNS" extract-access -c "$c/course.json" \
    -u "$c/users.csv" "$ev")
read -r rt rc rm < <(best "$RUNS" retention -t 2025-12-01T12:00:00Z "$ev")
read -r pt pc pm < <(best "$RUNS" env SOURCE_DATE_EPOCH=1780315200 \
    export-access "$c")
read -r jt jc jm < <(best 1 jq -r "select(.type | test(\"^($ACCESS)\$\")) |
    [.user_id, .time, .type, .assignment_id, .project_path, .ip] | @csv" \
    "$ev")
read -r mt mc mm < <(best 1 mlr --ijsonl --ocsv \
    filter "\$type =~ \"^($ACCESS)\$\"" \
    'then' unsparsify -f user_id,time,type,assignment_id,project_path,ip \
    'then' cut -o -f user_id,time,type,assignment_id,project_path,ip "$ev")

row() {
	printf '%-28s %8s %8s %10s\n' "$@"
}
row "1,000,000 events" "wall s" "CPU s" "peak KB"
row "extract-access" "$ea" "$ec" "$em"
row "jq select-and-project" "$jt" "$jc" "$jm"
row "mlr select-and-project" "$mt" "$mc" "$mm"
row "retention (whole log)" "$rt" "$rc" "$rm"
row "export-access (pipeline)" "$pt" "$pc" "$pm"
echo "jq / extract-access:  $(ratio "$jt" "$ea")x wall," \
    "$(ratio "$jc" "$ec")x CPU (goal 15x)"
echo "mlr / extract-access: $(ratio "$mt" "$ea")x wall," \
    "$(ratio "$mc" "$ec")x CPU (goal 30x)"

c4=$(gen 4000000)
read -r e4 _ m4 < <(best 1 extract-access -c "$c4/course.json" \
    -u "$c4/users.csv" "$c4/events.ndjson")
read -r r4 _ rm4 < <(best 1 retention -t 2025-12-01T12:00:00Z \
    "$c4/events.ndjson")
echo "peak memory, extract-access: $em KB at 1M events," \
    "$m4 KB at 4M ($e4 s)"
echo "peak memory, retention:      $rm KB at 1M events," \
    "$rm4 KB at 4M ($r4 s)"
