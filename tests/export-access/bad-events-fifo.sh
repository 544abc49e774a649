#!/usr/bin/env bash
# events.ndjson a FIFO: refused as not a regular file, without waiting
# for a writer.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
rm c/events.ndjson
mkfifo c/events.ndjson
# shellcheck disable=SC2016 # expanded by the inner bash
timeout 5 bash -c '. "$CASEDIR/course.bash"; run_export c'
