#!/usr/bin/env bash
# The named column is not in the header.
cd "$FIXTURES/demo-course" || exit
hash-ids -k ../demo-key.DEMO-ONLY userid users.csv
