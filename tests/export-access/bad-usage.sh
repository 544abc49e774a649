#!/usr/bin/env bash
# Command-line faults exit 2 with the usage line.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
for args in "" "c c" "c --since" "c --since 2026-02-30" "c --until yesterday" "c --now soon" "c --frobnicate"; do
	rc=0
	# shellcheck disable=SC2086 # split on purpose
	run_export $args || rc=$?
	echo "[$args] exit $rc"
done
