#!/usr/bin/env bash
# A roster naming one user id twice.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
row=$(sed -n 4p users.csv)
echo "$row" >>users.csv
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
