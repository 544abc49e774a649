#!/usr/bin/env bash
# A time without Z or an offset is not a point in time.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo '{"time": "2026-05-02T12:00:00", "user_id": "u1", "type": "login"}' >>c/events.ndjson
run_export c
