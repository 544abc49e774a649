#!/usr/bin/env bash
# An event of a user not on the roster is skipped and counted in one
# warning; an assignment course.json lacks is named by its id; a book's
# name is shown for a book-based assignment.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
cat >>c/events.ndjson <<'NDJSON'
{"time": "2026-05-02T12:00:00Z", "user_id": "u9", "type": "login"}
{"time": "2026-05-02T12:00:01Z", "user_id": "u9", "type": "logout"}
{"time": "2026-05-02T12:00:02Z", "user_id": "u2", "type": "project_open", "assignment_id": "gone", "project_path": "p/gone"}
{"time": "2026-05-02T12:00:03Z", "user_id": "u2", "type": "project_open", "assignment_id": "ch1", "project_path": "p/ch1"}
NDJSON
run_export --plain c
