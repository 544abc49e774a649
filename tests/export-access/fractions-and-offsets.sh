#!/usr/bin/env bash
# Fractional seconds and offsets other than Z: the same instants, shown
# in the course's zone to the second, in time order.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
cat >c/events.ndjson <<'NDJSON'
{"time": "2026-05-01T17:30:00.999+05:30", "user_id": "u1", "type": "login"}
{"time": "2026-05-01T12:00:00.5Z", "user_id": "u1", "type": "project_open", "assignment_id": "ch1", "project_path": "p", "ip": null}
{"time": "2026-05-01T08:00:01-04:00", "user_id": "u1", "type": "project_close", "assignment_id": "ch1", "project_path": "p"}
{"time": "2026-05-01t12:00:02.000000001z", "user_id": "u1", "type": "logout"}
{"time": "2026-05-01 12:00:03-00:00", "user_id": "u2", "type": "login"}
NDJSON
run_export --plain c
