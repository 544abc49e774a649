#!/usr/bin/env bash
# 30 February does not exist.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo '{"time": "2026-02-30T12:00:00Z", "user_id": "u1", "type": "login"}' >>c/events.ndjson
run_export c
