#!/usr/bin/env bash
# A FIFO as the log or the roster, a device as the roster: refused at
# once, never read (a FIFO would block, /dev/zero would never end).
# shellcheck source-path=SCRIPTDIR source=setup.bash
. "$CASEDIR/setup.bash"
mkfifo ff
timeout 5 extract-access -c course.json -u users.csv ff >/dev/null
echo "exit $?"
timeout 5 extract-access -c course.json -u ff </dev/null
echo "exit $?"
timeout 5 extract-access -c course.json -u /dev/zero </dev/null
echo "exit $?"
timeout 5 extract-access -c ff -u users.csv </dev/null
echo "exit $?"
