#!/usr/bin/env bash
# Python's csv and mlr read every demo CSV, plain and download form, as the
# same rows: one per student, every row as wide as the header.
set -euo pipefail
c=$FIXTURES/demo-course
for a in operators loops ch1 drafts; do
	for opt in "" -d; do
		# shellcheck disable=SC2086 # an empty option is no option
		assemble-csv $opt -k "$FIXTURES/demo-key.DEMO-ONLY" \
		    -s 2025-12-01T12:00:00Z -a "$a" -g "$c/assignments/$a" \
		    -u "$c/users.csv" -e "$c/events.ndjson" \
		    "$c/attempts.ndjson" >out.csv 2>/dev/null
		python3 - out.csv >py.json <<'PY'
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
assert all(len(r) == len(rows[0]) for r in rows), "ragged"
print(json.dumps([dict(zip(rows[0], r)) for r in rows[1:]],
                 ensure_ascii=False, sort_keys=True))
PY
		mlr --icsv --ojson --infer-none --no-auto-unflatten cat out.csv |
		    python3 -c 'import json, sys
print(json.dumps(json.load(sys.stdin), ensure_ascii=False, sort_keys=True))' \
		    >mlr.json
		cmp py.json mlr.json
		echo "$a${opt:+ $opt}: $(python3 -c 'import json, sys
print(len(json.load(open(sys.argv[1]))))' py.json) rows, the same in both"
	done
done
