#!/usr/bin/env bash
# A log not in time order comes out oldest first; events of one instant
# keep the log's order.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
cat >c/events.ndjson <<'NDJSON'
{"time": "2026-05-01T12:00:05Z", "user_id": "u1", "type": "logout"}
{"time": "2026-05-01T12:00:00Z", "user_id": "u1", "type": "login", "ip": "first"}
{"time": "2026-05-01T13:00:00+01:00", "user_id": "u2", "type": "login", "ip": "second"}
{"time": "2026-05-01T12:00:00Z", "user_id": "u1", "type": "login", "ip": "third"}
{"time": "2026-05-01T11:00:00Z", "user_id": "u2", "type": "logout"}
NDJSON
run_export --plain c
