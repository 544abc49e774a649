#!/usr/bin/env bash
# America/Santiago skips 2026-09-06 00:00 (00:00 -04 becomes 01:00 -03):
# that day starts at 01:00.  --until 2026-09-05 ends there and --since
# 2026-09-06 starts there.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
export SOURCE_DATE_EPOCH=1790000000 # 2026-09-21
mkcourse c
sed -i 's|America/New_York|America/Santiago|' c/course.json
cat >c/events.ndjson <<'NDJSON'
{"time": "2026-09-05T23:59:59-04:00", "user_id": "u1", "type": "login"}
{"time": "2026-09-06T01:00:00-03:00", "user_id": "u1", "type": "logout"}
{"time": "2026-09-06T01:00:01-03:00", "user_id": "u1", "type": "login"}
NDJSON
run_export --plain c --until 2026-09-05 | cut -d, -f5,6
run_export --plain c --since 2026-09-06 | cut -d, -f5,6
run_export --plain c --since 2026-09-06 --until 2026-09-06 | cut -d, -f5,6
