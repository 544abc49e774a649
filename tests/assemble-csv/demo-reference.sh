#!/usr/bin/env bash
# Every cell of every demo assignment's CSV, plain and download form,
# agrees with an independent reading of the rules in Python
# (reference.py): attempts, last answers, points, totals, Time_Spent,
# Hashed_ID.
set -euo pipefail
c=$FIXTURES/demo-course
for a in operators loops ch1 drafts; do
	for form in plain download; do
		opt=()
		[ "$form" = plain ] || opt=(-d)
		assemble-csv "${opt[@]}" -k "$FIXTURES/demo-key.DEMO-ONLY" \
		    -s 2025-12-01T12:00:00Z -a "$a" -n "Name of $a" \
		    -g "$c/assignments/$a" -u "$c/users.csv" \
		    -e "$c/events.ndjson" "$c/attempts.ndjson" \
		    >"$a.$form.csv" 2>/dev/null
		python3 "$CASEDIR/reference.py" "$c" "$a" "Name of $a" \
		    2025-12-01T12:00:00+00:00 \
		    "$FIXTURES/demo-key.DEMO-ONLY" "$a.$form.csv"
	done
done
