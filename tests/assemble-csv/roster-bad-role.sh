#!/usr/bin/env bash
# A roster role that is neither student nor teacher.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
sed -i '5s/student$/ta/' users.csv
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
