#!/usr/bin/env bash
# The warning about users not on the roster names the log, and the line,
# where the first such user was met, not the roster.
# shellcheck source-path=SCRIPTDIR source=setup.bash
. "$CASEDIR/setup.bash"
printf '%s\n' '{"time": "2026-05-01T00:00:00Z", "user_id": "u1", "type": "login"}' >a.ndjson
printf '%s\n' '{"time": "2026-05-02T00:00:00Z", "user_id": "u1", "type": "login"}' \
    '{"time": "2026-05-02T00:00:01Z", "user_id": "u7", "type": "login"}' \
    '{"time": "2026-05-02T00:00:02Z", "user_id": "u8", "type": "logout"}' >b.ndjson
extract-access -c course.json -u users.csv a.ndjson b.ndjson | wc -l
