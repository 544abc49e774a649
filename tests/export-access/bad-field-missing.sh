#!/usr/bin/env bash
# A login without its user.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo '{"time": "2026-05-02T12:00:00Z", "type": "login"}' >>c/events.ndjson
run_export c
