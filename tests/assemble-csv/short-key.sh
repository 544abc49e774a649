#!/usr/bin/env bash
# A key file that is too short.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
printf 'short' >../key
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
