#!/usr/bin/env bash
# A tree without .guides is not an assignment's: the tree named, status 1,
# no CSV.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
rm -r assignments/loops/.guides
assemble-csv -k ../key -a loops -g assignments/loops -u users.csv -e events.ndjson attempts.ndjson
