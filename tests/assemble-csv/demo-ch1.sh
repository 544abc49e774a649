#!/usr/bin/env bash
# The demo course's "ch1" within retention (cutoff 2025-12-01T12:00:00Z),
# plain.  Teachers' attempts, u999's and the one at an unknown task are
# left out with warnings.
cd "$FIXTURES/demo-course" || exit
assemble-csv -k ../demo-key.DEMO-ONLY -s 2025-12-01T12:00:00Z -a ch1 \
    -n "Chapter 1: First Programs" -g assignments/ch1 -u users.csv -e events.ndjson \
    attempts.ndjson
