#!/usr/bin/env bash
# A course of one assignment, none named: its CSV, not a zip of one, the
# same bytes as when it is named.
set -euo pipefail
cp -r "$FIXTURES/demo-course" c
jq '.assignments |= [.[] | select(.id == "loops")]' \
    "$FIXTURES/demo-course/course.json" >c/course.json
export SOURCE_DATE_EPOCH=1780315200 EXPORT_KEY_FILE=$FIXTURES/demo-key.DEMO-ONLY
export-assessment c >all 2>/dev/null
export-assessment c loops >loops.csv 2>/dev/null
cmp all loops.csv
head -c 3 all | od -An -c
