#!/usr/bin/env bash
# The teacher's download form of "operators": a byte-order mark, CRLF, and
# a quote before the answers that begin with - or @ or a tab; numbers, the
# negative ones too, never guarded.
cd "$FIXTURES/demo-course" || exit
assemble-csv --download --key-file ../demo-key.DEMO-ONLY \
    --since @1764590400 -a operators -n Operators -g assignments/operators \
    -u users.csv -e events.ndjson attempts.ndjson 2>/dev/null
