#!/usr/bin/env bash
# An attempts line that is not UTF-8 (a lone 0xFF byte in the answer).
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
printf '{"time": "2026-05-01T00:00:00Z", "answer": "\377"}\n' >>attempts.ndjson
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
