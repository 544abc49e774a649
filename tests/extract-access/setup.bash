#!/usr/bin/env bash
# Sourced by the extract-access cases: course.json and users.csv of a
# small course in Europe/Berlin.
cat >course.json <<'JSON'
{"id": "t1", "name": "T", "timezone": "Europe/Berlin",
 "assignments": [{"id": "a1", "name": "First", "book": null}]}
JSON
printf '%s\n' 'user_id,username,email,first_name,last_name,role' \
    'u1,ann,ann@example.edu,Ann,A,student' 'u2,bob,bob@example.edu,Bob,B,teacher' >users.csv
