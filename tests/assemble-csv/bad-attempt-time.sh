#!/usr/bin/env bash
# An attempt at a time that is not RFC 3339 (30 February).
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
sed -i '7s/"time": "[^"]*"/"time": "2026-02-30T10:00:00Z"/' attempts.ndjson
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
