#!/usr/bin/env bash
# bench/nightly.sh: the nightly run over generated courses.
#
# 200 courses with one job and with one job per core: courses per minute
# and the speed-up (goal: 1.8 times on 2 cores).  Then 100, 200 and 400
# courses with one job per core: the time per course should not grow with
# the number of courses.  Beside it, the peer a user would write instead:
# xargs -P running nightly-course (no job log, no retries, no resume).
# Every run gets fresh hard-linked copies of the courses (the prune
# renames new files in, never writes the old ones) and an empty store.
# NIGHTLY_BENCH_SIZES="100 200 400" and NIGHTLY_BENCH_COURSES=200 change
# the counts.
set -euo pipefail

dir=$BENCHDIR/nightly
gen=$TOP/fixtures/gen-course
now=2026-06-01T12:00:00Z
cores=$(nproc)
sizes=${NIGHTLY_BENCH_SIZES:-100 200 400}
main=${NIGHTLY_BENCH_COURSES:-200}
export EXPORT_KEY_FILE=$TOP/fixtures/demo-key.DEMO-ONLY

[ -x "$gen" ] || { echo "no fixtures/gen-course: skipped"; exit 0; }
max=$main
for n in $sizes; do
	[ "$n" -le "$max" ] || max=$n
done

# The courses, made once and kept: small ones, so that the run's own
# cost (the prune, the store, the mail, the scheduling) shows.
mkdir -p "$dir/all"
have=$(find "$dir/all" -mindepth 1 -maxdepth 1 -type d | wc -l)
if [ "$have" -lt "$max" ]; then
	echo "generating $max courses in $dir/all"
	seq "$((have + 1))" "$max" | xargs -P "$cores" -I{} "$gen" \
	    --seed {} --students 8 --assignments 2 --assessments 3 \
	    --events 400 --attempts 2 --files 8 --file-size 2048 \
	    --now "$now" --id "c{}" "$dir/all/c{}" >/dev/null
fi
kinds=()
for k in export-coursework export-access export-assessment export-pdf \
    export-sources; do
	command -v "$k" >/dev/null && kinds+=("${k#export-}")
done
echo "exports installed: ${kinds[*]:-none}; $cores cores"

# run N JOBS [peer]: prints "seconds peak_kib" of one run over N courses.
run() {
	local n=$1 jobs=$2 peer=${3:-} w=$dir/run
	rm -rf "$w"
	mkdir -p "$w/courses" "$w/store"
	for ((i = 1; i <= n; i++)); do
		cp -al "$dir/all/c$i" "$w/courses/c$i"
	done
	if [ -n "$peer" ]; then
		# shellcheck disable=SC2016 # expanded by the inner shell
		/usr/bin/time -f '%e %M' -o "$w/time" bash -c '
		    ls -d "$1"/courses/* | xargs -P "$2" -I{} \
		        nightly-course --now "$3" {} "$1/store" >/dev/null || true
		' _ "$w" "$jobs" "$now"
	else
		/usr/bin/time -f '%e %M' -o "$w/time" \
		    nightly --jobs "$jobs" --now "$now" "$w/courses" "$w/store" \
		    2>"$w/log" || true
		grep -q " $n done" "$w/log" ||
		    { echo "not every course done:" >&2; tail -n 3 "$w/log" >&2; }
	fi
	tail -n 1 "$w/time"
}

per_min() {
	awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n * 60 / s }'
}

printf '%-28s %8s %8s %12s %10s\n' run courses seconds courses/min 'peak KiB'
read -r t1 m1 < <(run "$main" 1)
printf '%-28s %8d %8.1f %12s %10d\n' "nightly --jobs 1" "$main" "$t1" \
    "$(per_min "$main" "$t1")" "$m1"
read -r tn mn < <(run "$main" "$cores")
printf '%-28s %8d %8.1f %12s %10d\n' "nightly --jobs $cores" "$main" "$tn" \
    "$(per_min "$main" "$tn")" "$mn"
read -r tp mp < <(run "$main" "$cores" peer)
printf '%-28s %8d %8.1f %12s %10d\n' "xargs -P $cores nightly-course" \
    "$main" "$tp" "$(per_min "$main" "$tp")" "$mp"
awk -v a="$t1" -v b="$tn" -v c="$cores" -v p="$tp" 'BEGIN {
	printf "speed-up, %d jobs against 1: %.2f (goal: 1.8 on 2 cores)\n",
	    c, a / b
	printf "nightly against bare xargs: %.2f of its time\n", b / p
}'

echo "linearity, $cores jobs:"
for n in $sizes; do
	read -r t m < <(run "$n" "$cores")
	awk -v n="$n" -v t="$t" -v m="$m" 'BEGIN {
		printf "  %4d courses %8.1f s %8.3f s/course %10d KiB\n",
		    n, t, t / n, m
	}'
done
rm -rf "$dir/run"
