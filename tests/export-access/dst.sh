#!/usr/bin/env bash
# Local times across both daylight-saving changes of 2026 in New York:
# 8 March 02:00 EST becomes 03:00 EDT; 1 November 02:00 EDT becomes 01:00
# EST, so 01:30 happens twice.  Now is 1 September: the cutoff 1 March.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
cat >c/events.ndjson <<'NDJSON'
{"time": "2026-03-08T06:59:59Z", "user_id": "u1", "type": "login"}
{"time": "2026-03-08T07:00:00Z", "user_id": "u1", "type": "logout"}
{"time": "2026-11-01T05:30:00Z", "user_id": "u1", "type": "login"}
{"time": "2026-11-01T05:59:59Z", "user_id": "u1", "type": "logout"}
{"time": "2026-11-01T06:00:00Z", "user_id": "u1", "type": "login"}
{"time": "2026-11-01T06:30:00Z", "user_id": "u1", "type": "logout"}
NDJSON
run_export --plain --now 2026-09-01T00:00:00Z c
