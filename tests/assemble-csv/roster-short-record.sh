#!/usr/bin/env bash
# A roster record with a field missing.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
echo 'u300,x,x@example.org,X' >>users.csv
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
