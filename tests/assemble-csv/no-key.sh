#!/usr/bin/env bash
# No key named: the export cannot make Hashed_ID.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
unset EXPORT_KEY_FILE
assemble-csv -a operators -g assignments/operators -u users.csv attempts.ndjson
