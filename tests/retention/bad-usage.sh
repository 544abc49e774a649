#!/usr/bin/env bash
# Command-line faults exit 2.
for args in "-m 6 -d 3" "-m six" "-d -1" "-t yesterday" "--now 2026-13-01T00:00:00Z" "-f ''" "-x"; do
	# shellcheck disable=SC2086 # split on purpose
	eval retention -P $args
	echo "[$args] exit $?"
done
SOURCE_DATE_EPOCH=soon retention -P
echo "[SOURCE_DATE_EPOCH=soon] exit $?"
