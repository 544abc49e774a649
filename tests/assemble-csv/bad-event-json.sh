#!/usr/bin/env bash
# An activity log line that is not JSON stops at its line.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
sed -i '40s/,/;/' events.ndjson
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
