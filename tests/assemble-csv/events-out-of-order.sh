#!/usr/bin/env bash
# A student's event earlier than the one before it: stopped rather than a wrong Time_Spent.
cp -r "$FIXTURES/demo-course" c
cp "$FIXTURES/demo-key.DEMO-ONLY" key
cd c || exit
python3 - <<'PY'
lines = open('events.ndjson').read().splitlines(True)
i = next(n for n, l in enumerate(lines) if '"u205"' in l and 'project_close' in l)
j = next(n for n in range(i - 1, -1, -1) if '"u205"' in lines[n])
lines[i], lines[j] = lines[j], lines[i]
open('events.ndjson', 'w').writelines(lines)
PY
assemble-csv -k ../key -a operators -g assignments/operators -u users.csv -e events.ndjson attempts.ndjson
