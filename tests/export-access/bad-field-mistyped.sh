#!/usr/bin/env bash
# A user id that is a number, not a string.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo '{"time": "2026-05-02T12:00:00Z", "user_id": 1, "type": "login"}' >>c/events.ndjson
run_export c
