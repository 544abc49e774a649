#!/usr/bin/env bash
# Time_Spent by the session rule: a session that never ends, sessions that
# overlap (an open of another assignment ends ours; its close ends
# nothing), one across midnight, two across changes of daylight saving time
# (an hour of real time each), the four-hour cap, one ended by a login, a
# zero-length one, fractions of a second, other event types in between, a
# session opened before the cutoff, and one opened exactly at it.  The
# reference reading in Python agrees.
set -euo pipefail
mkdir -p c/assignments/a/.guides/assessments
echo '{"type": "test", "taskId": "test-1", "source": {"name": "T", "points": 1}}' \
    >c/assignments/a/.guides/assessments/test-1.json
{
	echo "user_id,username,email,first_name,last_name,role"
	for u in never overlap midnight dst cap login zero frac cutoff; do
		echo "$u,$u,$u@example.org,$u,User,student"
	done
	echo "t1,teach,t@example.org,T,Each,teacher"
} >c/users.csv
: >c/attempts.ndjson
ev() { # TIME USER TYPE [ASSIGNMENT]
	printf '{"time": "%s", "user_id": "%s", "type": "%s"%s}\n' "$1" "$2" \
	    "$3" "${4:+, \"assignment_id\": \"$4\", \"project_path\": \"p\"}"
}
{
	ev 2026-01-01T09:59:59Z cutoff project_open a
	ev 2026-01-01T10:00:00Z cutoff project_close a
	ev 2026-01-01T10:00:00Z cutoff project_open a
	ev 2026-01-01T10:00:00Z never login
	ev 2026-01-01T10:00:00Z never project_open a
	ev 2026-01-01T10:00:00Z overlap project_open a
	ev 2026-01-01T10:00:00Z t1 project_open a
	ev 2026-01-01T10:00:00Z zero project_open a
	ev 2026-01-01T10:00:00Z zero project_close a
	ev 2026-01-01T10:00:00.750Z frac project_open a
	ev 2026-01-01T10:00:02.250Z frac project_close a
	ev 2026-01-01T10:10:00Z cutoff guide_page_view
	ev 2026-01-01T10:15:00Z cutoff project_close b
	ev 2026-01-01T10:20:00Z overlap project_open b
	ev 2026-01-01T10:20:00Z cap project_open a
	ev 2026-01-01T10:20:00Z ghost project_close a
	ev 2026-01-01T10:30:00Z cutoff project_close a
	ev 2026-01-01T10:40:00Z overlap project_close a
	ev 2026-01-01T11:00:00Z overlap project_close b
	ev 2026-01-01T11:00:00.750Z frac project_open a
	ev 2026-01-01T11:00:02.250Z frac project_close a
	ev 2026-01-01T11:00:00Z t1 project_close a
	ev 2026-01-01T16:50:00Z cap project_close a
	ev 2026-01-01T17:00:00Z cap project_open a
	ev 2026-01-01T17:10:00Z cap logout
	ev 2026-01-02T23:40:00+05:30 midnight project_open a
	ev 2026-01-03T00:55:00+05:30 midnight project_close a
	ev 2026-01-05T08:00:00Z login project_open a
	ev 2026-01-05T08:30:00Z login login
	ev 2026-01-05T09:00:00Z login project_close a
	ev 2026-03-08T01:30:00-05:00 dst project_open a
	ev 2026-03-08T03:30:00-04:00 dst project_close a
	ev 2026-11-01T01:30:00-04:00 dst project_open a
	ev 2026-11-01T01:30:00-05:00 dst project_close a
} >c/events.ndjson
printf 'a key that is long enough' >key
assemble-csv -k key -s 2026-01-01T10:00:00Z -a a -g c/assignments/a \
    -u c/users.csv -e c/events.ndjson c/attempts.ndjson >out.csv
mlr --icsv --opprint cut -o -f Username,Time_Spent out.csv
python3 "$CASEDIR/reference.py" c a a 2026-01-01T10:00:00+00:00 key out.csv
