# Sourced by the nightly cases: tiny generated courses, and stand-ins for
# the export pipelines and the retention filter, so that the cases test the
# nightly run itself (its store, its crash safety, its faults) in a second
# or two.  tests/nightly/real-exports.sh runs the real pipelines.
#
# The stand-ins read the course like the real ones and write real files
# (CSV, zip).  A course steers its own stand-ins for the fault cases:
#   COURSE/.fail           "RC MESSAGE": every export exits RC saying MESSAGE
#   COURSE/.fail-once      the same, once: the file is removed
#   COURSE/.slow           every export sleeps this many seconds first
# and with FAKE_CALLS set, each export call appends a line to that file;
# FAKE_RETENTION_SLOW=N makes the retention stand-in write half its
# output, then sleep N seconds before the rest.

# shellcheck shell=bash disable=SC2034 # NOW is for the cases
NOW=2026-06-01T03:00:00Z
# A job killed by a case leaves its log here, not in /tmp.
export TMPDIR=$PWD
export NIGHTLY_BASE_URL=https://exports.example.edu/dl

# gen_course DIR ID [STUDENTS]: a small course with events and attempts
# on both sides of the retention cutoff (six months before $NOW).
gen_course() {
	local dir=$1 id=$2 n=${3:-3} i
	mkdir -p "$dir"
	cat >"$dir/course.json" <<JSON
{"id": "$id", "name": "Course $id: Tests", "timezone": "UTC",
 "licensed_child": false,
 "assignments": [{"id": "a1", "name": "First", "book": null, "published": true}]}
JSON
	{
		echo user_id,username,email,first_name,last_name,role
		echo "t1,teach,teacher-$id@example.edu,Ada,\"Lovelace, PhD\",teacher"
		for ((i = 1; i <= n; i++)); do
			echo "u$i,s$i,s$i@example.edu,Stu,Dent $i,student"
		done
	} >"$dir/users.csv"
	{
		for ((i = 1; i <= n; i++)); do
			echo "{\"time\": \"2025-10-0${i}T10:00:00Z\", \"user_id\": \"u$i\", \"type\": \"login\"}"
			echo "{\"time\": \"2026-05-0${i}T10:00:00Z\", \"user_id\": \"u$i\", \"type\": \"login\"}"
		done
	} >"$dir/events.ndjson"
	{
		for ((i = 1; i <= n; i++)); do
			echo "{\"time\": \"2025-09-0${i}T10:00:00Z\", \"user_id\": \"u$i\", \"assignment_id\": \"a1\", \"task_id\": \"t\", \"answer\": \"A\", \"points\": 1}"
			echo "{\"time\": \"2026-05-0${i}T11:00:00Z\", \"user_id\": \"u$i\", \"assignment_id\": \"a1\", \"task_id\": \"t\", \"answer\": \"B\", \"points\": 0}"
		done
	} >"$dir/attempts.ndjson"
}

# fake_tools DIR: the stand-ins, in DIR, first on PATH.
fake_tools() {
	local bin=$1 k
	mkdir -p "$bin"
	cat >"$bin/retention" <<'SH'
#!/usr/bin/env bash
# retention --now=@EPOCH --ndjson --field=NAME: keep the last 183 days.
set -euo pipefail
case "$1 $2 $3" in
"--now=@"*" --ndjson --field="*) ;;
*) echo "retention: usage" >&2; exit 2 ;;
esac
now=${1#--now=@}
field=${3#--field=}
cut=$((now - 183 * 86400))
if [ -n "${FAKE_RETENTION_SLOW:-}" ]; then
	lines=$(cat)
	n=$(printf '%s\n' "$lines" | wc -l)
	printf '%s\n' "$lines" | head -n $((n / 2))
	sleep "$FAKE_RETENTION_SLOW"
	printf '%s\n' "$lines" | tail -n +$((n / 2 + 1)) |
	    jq -c --argjson c "$cut" --arg f "$field" 'select((.[$f] | fromdateiso8601) >= $c)'
	exit 0
fi
jq -c --argjson c "$cut" --arg f "$field" 'select((.[$f] | fromdateiso8601) >= $c)'
SH
	for k in access assessment coursework pdf sources; do
		cat >"$bin/export-$k" <<SH
#!/usr/bin/env bash
set -euo pipefail
kind=$k
SH
		cat >>"$bin/export-$k" <<'SH'
[ "$1" = -- ] || { echo "export-$kind: want -- before the course" >&2; exit 2; }
c=$2
[ -f "$c/.slow" ] && sleep "$(cat "$c/.slow")"
[ -z "${FAKE_CALLS:-}" ] || echo "export-$kind $(basename "$c")" >>"$FAKE_CALLS"
if [ -f "$c/.fail-once" ]; then
	read -r rc msg <"$c/.fail-once"
	rm "$c/.fail-once"
	echo "export-$kind: $msg" >&2
	exit "$rc"
fi
if [ -f "$c/.fail" ]; then
	read -r rc msg <"$c/.fail"
	echo "export-$kind: $msg" >&2
	exit "$rc"
fi
[ "$kind" = sources ] && [ "$(jq -r .licensed_child "$c/course.json")" = true ] &&
    { echo "export-sources: licensed child course" >&2; exit 1; }
id=$(jq -r .id "$c/course.json")
case $kind in
access | assessment)
	echo "Username,Kind,Events,Time"
	echo "$id,$kind,$(wc -l <"$c/events.ndjson"),$SOURCE_DATE_EPOCH"
	;;
pdf)
	printf '%%PDF-1.4\n%% the guide of %s\n%%%%EOF\n' "$id"
	;;
*)
	t=$(mktemp -d)
	mkdir -p "$t/$id"
	cp "$c/course.json" "$c/users.csv" "$t/$id/"
	touch -d "@$SOURCE_DATE_EPOCH" "$t/$id" "$t/$id"/*
	(cd "$t" && zip -qrX - "$id")
	rm -rf "$t"
	;;
esac
SH
		chmod +x "$bin/export-$k"
	done
	chmod +x "$bin/retention"
	PATH=$bin:$PATH
}

# store_check STORE: every manifest line names a file of its bytes and
# sha256, no file is filed twice, no temporary file is left; prints the
# manifest's course,kind,file columns.
store_check() {
	local store=$1
	mlr --icsv --ojson cat "$store/manifest.csv" >/dev/null
	mlr --icsv --onidx --ofs ' ' cut -o -f file,bytes,sha256 \
	    "$store/manifest.csv" | while read -r f b s; do
		[ "$(stat -c %s "$store/$f")" = "$b" ] || echo "bad size: $f"
		[ "$(sha256sum <"$store/$f" | cut -d' ' -f1)" = "$s" ] ||
		    echo "bad sha256: $f"
	done
	mlr --icsv --onidx cut -f course,kind "$store/manifest.csv" |
	    sort | uniq -d | sed 's/^/filed twice: /'
	find "$store/.tmp" -mindepth 1 | sed 's/^/left over: /'
	mlr --icsv --ocsv cut -o -f course,kind,file 'then' sort -f course,kind \
	    "$store/manifest.csv"
}

# kill_session PID: kill -9 every process of the session PID leads (the
# jobs GNU parallel starts sit in process groups of their own, but stay in
# the session), as a power cut would.
kill_session() {
	local sid=$1 pids
	for _ in 1 2 3 4 5; do
		pids=$(ps -o pid= --sid "$sid" 2>/dev/null | tr -d ' ')
		[ -n "$pids" ] || break
		# shellcheck disable=SC2086 # a list of pids
		kill -9 $pids 2>/dev/null
		sleep 0.1
	done
	wait "$sid" 2>/dev/null
}
