#!/usr/bin/env bash
# A log out of order on a pipe cannot be read twice: without -s the
# filter stops and says what to do; with -s it sorts in memory.
# shellcheck source-path=SCRIPTDIR source=setup.bash
. "$CASEDIR/setup.bash"
printf '%s\n' '{"time": "2026-05-01T12:00:01Z", "user_id": "u1", "type": "login"}' \
    '{"time": "2026-05-01T12:00:00Z", "user_id": "u2", "type": "login"}' >log
# A pipe, not a file: the filter cannot read it again.
# shellcheck disable=SC2002
cat log | extract-access -c course.json -u users.csv >/dev/null
echo "exit $?"
# shellcheck disable=SC2002
cat log | extract-access -s -c course.json -u users.csv
