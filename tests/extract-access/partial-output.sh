#!/usr/bin/env bash
# On bad input extract-access stops, and the rows written before the
# fault stay on stdout; its manual says so, and says that the pipelines
# build the export whole before writing it.
# shellcheck source-path=SCRIPTDIR source=setup.bash
. "$CASEDIR/setup.bash"
printf '%s\n' '{"time": "2026-05-01T00:00:00Z", "user_id": "u1", "type": "login"}' \
    '{"time": "2026-05-01T00:01:00Z", "user_id": "u1", "type": "logout"}' \
    '{"time": "2026-05-01T00:02:00Z", "user_id": "u1", "type": "login",' >log.ndjson
extract-access -c course.json -u users.csv log.ndjson | cut -d, -f5,6
echo "exit ${PIPESTATUS[0]}"
tr -s '\n' ' ' <"$TOP/filters/extract-access/extract-access.1" |
    grep -o -e 'what it wrote before it stays on the standard output' \
    -e 'build the export whole before writing any of it'
