#!/usr/bin/env bash
# A byte that is not UTF-8 in the roster (Latin-1 é).
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
printf 'u3,cdoe,c@example.edu,Ren\xe9,Doe,student\n' >>c/users.csv
run_export c
