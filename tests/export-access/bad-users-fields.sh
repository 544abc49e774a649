#!/usr/bin/env bash
# A roster row with a field too many.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
echo 'u3,cdoe,c@example.edu,C,Doe,student,extra' >>c/users.csv
run_export c
