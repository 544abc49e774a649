#!/usr/bin/env bash
# The teacher's download: byte-order mark, CRLF, and text cells that a
# spreadsheet would run as a formula get a leading quote.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
cat >>c/users.csv <<'CSV'
u3,=HYPERLINK(1),x@example.edu,+1,-2,student
u4,@home,y@example.edu,"	tab",ok,student
CSV
cat >>c/events.ndjson <<'NDJSON'
{"time": "2026-05-02T12:00:00Z", "user_id": "u3", "type": "project_open", "assignment_id": "=cmd", "project_path": "-p", "ip": "@1"}
{"time": "2026-05-02T12:00:01Z", "user_id": "u4", "type": "login", "ip": "+1"}
NDJSON
run_export c
