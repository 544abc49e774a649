#!/usr/bin/env bash
# An empty activity log gives the header alone.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
: >c/events.ndjson
run_export --plain c
