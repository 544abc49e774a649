#!/usr/bin/env bash
# An answer holding \u0000 would be cut short at the NUL ("a\u0000b" as
# "a"): file and line named, status 1, in a flat line (the fast path) and
# in one cJSON reads (a list answer).
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
cp attempts.ndjson a.orig
n=$(grep -n '"answer": "' a.orig | head -n 1 | cut -d: -f1)
sed "${n}s/\"answer\": \"[^\"]*\"/\"answer\": \"a\\\\u0000b\"/" a.orig >attempts.ndjson
grep -c 'u0000' attempts.ndjson
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
echo "exit $?"
sed '8s/"answer": \[[^]]*\]/"answer": ["<", "a\\u0000b"]/' a.orig >attempts.ndjson
grep -c 'u0000' attempts.ndjson
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
echo "exit $?"
