#!/usr/bin/env bash
# Every line needs its type, even one the export would ignore.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo '{"time": "2026-05-02T12:00:00Z", "user_id": "u1"}' >>c/events.ndjson
run_export c
