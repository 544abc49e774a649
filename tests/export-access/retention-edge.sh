#!/usr/bin/env bash
# Now is 2026-06-01T12:00:00Z, so the cutoff is 2025-12-01T12:00:00Z: an
# event exactly at it stays, one a second or a nanosecond before goes.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
cat >c/events.ndjson <<'NDJSON'
{"time": "2025-12-01T11:59:59Z", "user_id": "u1", "type": "login"}
{"time": "2025-12-01T11:59:59.999999999Z", "user_id": "u1", "type": "logout"}
{"time": "2025-12-01T12:00:00Z", "user_id": "u1", "type": "login"}
{"time": "2025-12-01T07:00:00-05:00", "user_id": "u2", "type": "login"}
NDJSON
run_export --plain c
