#!/usr/bin/env bash
# Sourced by the export-access cases: a small course to spoil one thing
# of, and a way to run the export that checks it leaves nothing behind.
#
#   mkcourse DIR    a valid course in America/New_York, now 2026-06-01
#   run_export ARGS export-access with a private TMPDIR; reports anything
#                   left in it, and returns the export's status

export SOURCE_DATE_EPOCH=1780315200 # 2026-06-01T12:00:00Z

mkcourse() {
	mkdir -p "$1"
	cat >"$1/course.json" <<'JSON'
{"id": "t101", "name": "Test course", "timezone": "America/New_York",
 "assignments": [
  {"id": "ops", "name": "Operators", "book": null, "published": true},
  {"id": "ch1", "name": "Chapter 1", "book": "Think C", "published": true}
 ]}
JSON
	cat >"$1/users.csv" <<'CSV'
user_id,username,email,first_name,last_name,role
u1,alee,ada@example.edu,Ada,Lee,student
u2,bkim,bo@example.edu,Bo,"Kim, Jr.",teacher
CSV
	cat >"$1/events.ndjson" <<'NDJSON'
{"time": "2026-05-01T12:00:00Z", "user_id": "u1", "type": "login", "ip": "203.0.113.5"}
{"time": "2026-05-01T12:01:00Z", "user_id": "u1", "type": "project_open", "assignment_id": "ops", "project_path": "p/ops/alee", "ip": "203.0.113.5"}
{"time": "2026-05-01T12:02:00Z", "user_id": "u1", "type": "page_view"}
{"time": "2026-05-01T12:30:00Z", "user_id": "u1", "type": "project_close", "assignment_id": "ops", "project_path": "p/ops/alee", "ip": "203.0.113.5"}
{"time": "2026-05-01T12:31:00Z", "user_id": "u1", "type": "logout"}
NDJSON
}

run_export() {
	local rc=0
	mkdir -p tmp
	TMPDIR=$PWD/tmp export-access "$@" || rc=$?
	if [ -n "$(ls -A tmp)" ]; then
		echo "left behind in TMPDIR: $(ls -A tmp)" >&2
		rc=99
	fi
	return "$rc"
}
