#!/usr/bin/env bash
# The demo course's "operators" within retention (cutoff 2025-12-01T12:00:00Z),
# plain.  Teachers' attempts, u999's and the one at an unknown task are
# left out with warnings.
cd "$FIXTURES/demo-course" || exit
assemble-csv -k ../demo-key.DEMO-ONLY -s 2025-12-01T12:00:00Z -a operators \
    -n "Operators" -g assignments/operators -u users.csv -e events.ndjson \
    attempts.ndjson
