#!/usr/bin/env bash
# A line cut short: the filter names file and line, nothing is written.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo '{"time": "2026-05-02T12:00:00Z", "user_id": "u1", "type": "login"' >>c/events.ndjson
run_export c
