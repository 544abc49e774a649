#!/usr/bin/env bash
# The demo course's "drafts" within retention (cutoff 2025-12-01T12:00:00Z),
# plain.  Teachers' attempts, u999's and the one at an unknown task are
# left out with warnings.
cd "$FIXTURES/demo-course" || exit
assemble-csv -k ../demo-key.DEMO-ONLY -s 2025-12-01T12:00:00Z -a drafts \
    -n "Drafts (not yet published)" -g assignments/drafts -u users.csv -e events.ndjson \
    attempts.ndjson
