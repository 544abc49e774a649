#!/usr/bin/env bash
# A broken assessment file: the message names it.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
f=assignments/operators/.guides/assessments/fill-in-the-blanks-1175320846.json
printf '{"type": "test", "taskId": ' >"$f"
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
