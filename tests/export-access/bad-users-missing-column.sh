#!/usr/bin/env bash
# A roster without its role column.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
cut -d, -f1-5 c/users.csv >c/u && mv c/u c/users.csv
run_export c
