#!/usr/bin/env bash
# A roster whose header names one of its columns twice is refused.
# shellcheck source-path=SCRIPTDIR source=setup.bash
. "$CASEDIR/setup.bash"
printf '%s\n' 'user_id,username,email,first_name,last_name,role,email' \
    'u1,ann,ann@example.edu,Ann,A,student,x@example.edu' >users.csv
extract-access -c course.json -u users.csv </dev/null
echo "exit $?"
