#!/usr/bin/env bash
# An assessment without source.points counts as 0 points, with a warning
# naming its file.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
files=(assignments/operators/.guides/assessments/*.json)
f=${files[0]}
jq -c 'del(.source.points)' "$f" >x && mv x "$f"
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv \
    -e events.ndjson attempts.ndjson | head -n 1 | tr ',' '\n' | grep -c Points
