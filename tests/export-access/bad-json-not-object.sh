#!/usr/bin/env bash
# A line that is JSON but not an object.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo '["2026-05-02T12:00:00Z", "u1", "login"]' >>c/events.ndjson
run_export c
