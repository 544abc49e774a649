#!/usr/bin/env bash
# Assessment points that are a string but not a number.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
sed -i 's/"points": [^,}]*/"points": "ten"/' assignments/loops/.guides/assessments.json
assemble-csv -k ../key -a loops -g assignments/loops -u users.csv attempts.ndjson
