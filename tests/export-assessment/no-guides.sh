#!/usr/bin/env bash
# An assignment whose tree has no .guides: the tree named, status 1,
# nothing written.
cp -r "$FIXTURES/demo-course" c
rm -r c/assignments/loops/.guides
EXPORT_KEY_FILE=$FIXTURES/demo-key.DEMO-ONLY export-assessment c loops >out.csv
echo "exit $?"
[ ! -s out.csv ] || echo "output left"
