#!/usr/bin/env bash
# The README's "last 30 days" example, run as written: the rows of the
# last 30 days, and no formula guard of the download form left in a cell.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
sed -i 's/^u1,alee,ada@example.edu,Ada,/u1,alee,ada@example.edu,=Ada,/' c/users.csv
cat >>c/events.ndjson <<'NDJSON'
{"time": "2026-05-20T12:00:00Z", "user_id": "u1", "type": "login"}
NDJSON
cmd=$(grep -F 'retention -c -f Date_Time -d 30' "$TOP/README.md" | sed 's/^ *\$ //')
echo "$cmd"
eval "$cmd"
cat recent.csv
