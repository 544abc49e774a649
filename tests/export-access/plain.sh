#!/usr/bin/env bash
# The plain form: no byte-order mark, LF, values as they are.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
run_export --plain c
