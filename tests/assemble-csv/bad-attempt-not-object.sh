#!/usr/bin/env bash
# An attempts line that is JSON but not an object.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
sed -i '3s/.*/[1, 2]/' attempts.ndjson
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
