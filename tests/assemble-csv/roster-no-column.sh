#!/usr/bin/env bash
# A roster without a role column.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
cut -d, -f1-5 users.csv >u && mv u users.csv
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
