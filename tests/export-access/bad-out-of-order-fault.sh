#!/usr/bin/env bash
# A fault after the log has gone out of order (the restart path) is still
# reported with its line, and nothing is written.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo '{"time": "2026-05-01T11:00:00Z", "user_id": "u1", "type": "login"}' >>c/events.ndjson
echo '{"time": "2026-05-01T11:00:00+01:00", "user_id": "u1", "type": "logout"' >>c/events.ndjson
run_export c
