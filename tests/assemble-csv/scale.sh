#!/usr/bin/env bash
# A generated course of 10,000 students, 50 assessments and 3 attempts
# each (1.5 million attempts) and 200,000 events: every cell agrees with
# the Python reading of the rules.  (Its peak memory, which the sanitizers
# inflate, is measured by make bench.)
[ -n "${SLOW:-}" ] || { echo "slow case: run by make check-slow" >&2; exit 77; }
set -euo pipefail
"$TOP/fixtures/gen-course" --students 10000 --assignments 1 \
    --assessments 50 --attempts 3 --events 200000 c >/dev/null
a=$(jq -r '.assignments[0].id' c/course.json)
n=$(jq -r '.assignments[0].name' c/course.json)
printf 'a key that is long enough' >key
assemble-csv -k key -s 2025-12-01T12:00:00Z \
    -a "$a" -n "$n" -g "c/assignments/$a" -u c/users.csv \
    -e c/events.ndjson c/attempts.ndjson >out.csv
python3 "$CASEDIR/reference.py" c "$a" "$n" 2025-12-01T12:00:00+00:00 key \
    out.csv
