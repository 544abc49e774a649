#!/usr/bin/env bash
# A log event of a student with a bad time.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
sed -i '/"u201", "type": "login"/{s/"time": "[^"]*"/"time": "yesterday"/;}' events.ndjson
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
