#!/usr/bin/env bash
# An assignment that course.json does not list: a usage error, no output.
cd "$FIXTURES" || exit
EXPORT_KEY_FILE=demo-key.DEMO-ONLY export-assessment demo-course operators nope
