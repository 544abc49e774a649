#!/usr/bin/env bash
# Command-line faults exit 2.
# shellcheck source-path=SCRIPTDIR source=setup.bash
. "$CASEDIR/setup.bash"
extract-access -u users.csv </dev/null
echo "exit $?"
extract-access -c course.json </dev/null
echo "exit $?"
extract-access -c course.json -u users.csv --since yesterday </dev/null
echo "exit $?"
extract-access -c course.json -u users.csv -q </dev/null
echo "exit $?"
extract-access -c nothere.json -u users.csv </dev/null
echo "exit $?"
