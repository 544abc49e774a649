#!/usr/bin/env bash
# A role that is neither student nor teacher.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo 'u3,cdoe,c@example.edu,C,Doe,admin' >>c/users.csv
run_export c
