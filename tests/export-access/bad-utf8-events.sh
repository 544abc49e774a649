#!/usr/bin/env bash
# A byte that is not UTF-8 in the log.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
printf '{"time": "2026-05-02T12:00:00Z", "user_id": "u1", "type": "login", "ip": "\xff"}\n' >>c/events.ndjson
run_export c
