#!/usr/bin/env bash
# --since at or after --until is a usage error, before anything is read.
# shellcheck source-path=SCRIPTDIR source=setup.bash
. "$CASEDIR/setup.bash"
extract-access -c course.json -u users.csv -S 2026-05-10T00:00:00Z \
    -U 2026-05-01T00:00:00Z </dev/null
echo "exit $?"
extract-access -c course.json -u users.csv -S @100 -U @100 </dev/null
echo "exit $?"
extract-access -c course.json -u users.csv -S @100 -U @101 </dev/null
echo "exit $?"
