#!/usr/bin/env bash
# The demo course's "loops" within retention (cutoff 2025-12-01T12:00:00Z),
# plain.  Teachers' attempts, u999's and the one at an unknown task are
# left out with warnings.
cd "$FIXTURES/demo-course" || exit
assemble-csv -k ../demo-key.DEMO-ONLY -s 2025-12-01T12:00:00Z -a loops \
    -n "Loops & Repetition" -g assignments/loops -u users.csv -e events.ndjson \
    attempts.ndjson
