#!/usr/bin/env bash
# One assignment named twice would make a zip with two entries of one name.
cd "$FIXTURES" || exit
EXPORT_KEY_FILE=demo-key.DEMO-ONLY export-assessment demo-course loops loops
