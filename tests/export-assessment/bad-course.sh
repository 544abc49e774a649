#!/usr/bin/env bash
# Not a course: no folder, no course.json, a course.json whose assignments
# are not a list, an assignment id that is not a safe file name.
export EXPORT_KEY_FILE=$FIXTURES/demo-key.DEMO-ONLY
export-assessment nowhere; echo "exit $?"
mkdir c
export-assessment c; echo "exit $?"
cp "$FIXTURES/demo-course/users.csv" "$FIXTURES/demo-course/attempts.ndjson" \
    "$FIXTURES/demo-course/events.ndjson" c
echo '{"id": "c1", "assignments": {"a": 1}}' >c/course.json
export-assessment c; echo "exit $?"
echo '{"id": "c1", "assignments": [{"id": "../x", "name": "X"}]}' >c/course.json
export-assessment c; echo "exit $?"
