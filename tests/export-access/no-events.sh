#!/usr/bin/env bash
# A snapshot without its activity log has had no activity: the CSV is
# its header alone.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
rm c/events.ndjson
run_export c
