#!/usr/bin/env bash
# Which attempt is the last: by time, whatever the line order; of two at
# one instant, the later line.  Every attempt within retention is counted,
# one exactly at the cutoff too; one a nanosecond before is not.  Points
# as null, as a numeric string, and numbers in the export format.  Other
# assignments' attempts are passed over without a word.
set -euo pipefail
mkdir -p tree/.guides/assessments
for t in 1 2 3 4; do
	printf '{"type": "test", "taskId": "test-%s", "source": {"name": "T%s", "points": 1}}' \
	    "$t" "$t" >"tree/.guides/assessments/test-$t.json"
done
printf 'user_id,username,email,first_name,last_name,role\nu1,ann,a@x,Ann,A,student\nu2,bob,b@x,Bob,B,student\n' >users.csv
at() { # TIME USER TASK ANSWER POINTS [ASSIGNMENT]
	printf '{"time": "%s", "user_id": "%s", "assignment_id": "%s", "task_id": "test-%s", "answer": %s, "points": %s}\n' \
	    "$1" "$2" "${6:-x}" "$3" "$4" "$5"
}
{
	at 2026-05-03T00:00:00Z u1 1 '"third, the last"' 3
	at 2026-05-01T00:00:00Z u1 1 '"first"' 1
	at 2026-05-02T00:00:00Z u1 1 '"second"' 2
	at 2026-05-01T00:00:00+02:00 u1 2 '"same instant, earlier line"' 1
	at 2026-04-30T22:00:00Z u1 2 '"same instant, later line"' 0.5
	at 2026-04-01T00:00:00Z u1 3 '"at the cutoff"' null
	at 2026-03-31T23:59:59.999999999Z u1 3 '"a nanosecond before"' 1
	at 2026-05-01T00:00:00Z u1 4 '"other assignment"' 1 y
	at 2026-05-01T00:00:00Z u2 1 '"string points"' '"0.75"'
	at 2026-05-01T00:00:00Z u2 2 '"many places"' 3.33333
	at 2026-05-01T00:00:00Z u2 3 '"tiny"' 0.00004
	at 2026-05-01T00:00:00Z u2 4 '"not the last"' 2
	at 2026-05-02T00:00:00Z u2 4 '"negative"' -0.5
} >attempts.ndjson
printf 'a key that is long enough' >key
assemble-csv -k key -s 2026-04-01T00:00:00Z -a x -g tree -u users.csv \
    attempts.ndjson >out.csv
mlr --icsv --oxtab --infer-none cut -x -r -f '^(Student_Name|First_Name|Last_Name|Hashed_ID|Email Address|Assignment_Name|Time_Spent|.*_Total_Points_Possible)$' \
    out.csv
