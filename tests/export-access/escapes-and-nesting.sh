#!/usr/bin/env bash
# JSON escapes are decoded (a newline in a path makes a quoted cell);
# members nested in objects or arrays are read through the full parser.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
cat >c/events.ndjson <<'NDJSON'
{"time": "2026-05-01T12:00:00Z", "user_id": "\u0075\u0031", "type": "log\u0069n", "ip": "a\"b"}
{"time": "2026-05-01T12:00:01Z", "user_id": "u1", "type": "project_open", "assignment_id": "ops", "project_path": "line1\nline2,\u00e9\ud83d\ude00", "ip": "x"}
{"time": "2026-05-01T12:00:02Z", "user_id": "u1", "type": "logout", "meta": {"a": [1, 2, {"b": null}]}, "ip": "y"}
   
{"type": "something_else", "payload": [true, false, null, -1.5e3]}
NDJSON
run_export --plain c
