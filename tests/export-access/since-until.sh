#!/usr/bin/env bash
# --since and --until as days of the course's zone, and as times; --since
# never reaches past retention.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
cat >c/events.ndjson <<'NDJSON'
{"time": "2025-11-30T12:00:00Z", "user_id": "u1", "type": "login"}
{"time": "2026-05-01T03:59:59Z", "user_id": "u1", "type": "login"}
{"time": "2026-05-01T04:00:00Z", "user_id": "u1", "type": "logout"}
{"time": "2026-05-02T03:59:59Z", "user_id": "u1", "type": "login"}
{"time": "2026-05-02T04:00:00Z", "user_id": "u1", "type": "logout"}
NDJSON
for args in "--since 2026-05-01" "--until 2026-05-01" "--since 2026-05-01 --until 2026-05-01" \
    "--since 2020-01-01" "--since=2026-05-01T04:00:00Z --until=2026-05-02T03:59:59Z"; do
	echo "== $args"
	# shellcheck disable=SC2086 # split on purpose
	run_export --plain $args c
done
