#!/usr/bin/env bash
# A reader that closes the pipe early (head) ends the export quietly with
# the status of SIGPIPE, 141, whether SIGPIPE kills or is ignored; and
# nothing is left behind.  A full disk is still a failure with a message.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
# About 1 MB of export, far more than a pipe holds.
for i in $(seq 10000); do
	printf '{"time": "2026-05-02T12:00:00Z", "user_id": "u1", "type": "login", "ip": "%s"}\n' "$i"
done >>c/events.ndjson
run_export --plain c | head -1
echo "status ${PIPESTATUS[0]}"
(trap '' PIPE; run_export --plain c) | head -1
echo "status ${PIPESTATUS[0]}"
run_export --plain c >/dev/full
echo "status $?"
