#!/usr/bin/env bash
# Two roster rows with one user id.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo 'u1,alee2,ada2@example.edu,Ada,Lee,student' >>c/users.csv
run_export c
