#!/usr/bin/env bash
# A snapshot without attempts.ndjson.
cp -r "$FIXTURES/demo-course" c
rm c/attempts.ndjson
EXPORT_KEY_FILE=$FIXTURES/demo-key.DEMO-ONLY export-assessment c operators
