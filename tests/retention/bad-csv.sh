#!/usr/bin/env bash
# CSV without the column, with a short row, with headers that differ.
printf 'a,b\n1,2\n' >no-column.csv
retention -c --now 2026-06-01T00:00:00Z no-column.csv
echo "exit $?"
printf 'time,b\n2026-05-01T00:00:00Z\n' >short.csv
retention -c --now 2026-06-01T00:00:00Z short.csv
echo "exit $?"
printf 'time,b\n' >one.csv
printf 'time,c\n' >two.csv
retention -c --now 2026-06-01T00:00:00Z one.csv two.csv
echo "exit $?"
