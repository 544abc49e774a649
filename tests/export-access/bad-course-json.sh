#!/usr/bin/env bash
# A course.json that is not JSON stops the export before any filter.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo '{"id": "t101",' >c/course.json
run_export c
