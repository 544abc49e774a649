#!/usr/bin/env bash
# Bad command lines: each a usage error (2) before any input is read.
for args in "" "-a x -g t" "-a x -u u" "-g t -u u" "-a x -g t -u u f1 f2" \
    "-z -a x -g t -u u" "-s yesterday -a x -g t -u u"; do
	# shellcheck disable=SC2086 # split on purpose
	assemble-csv $args </dev/null
	echo "exit $?"
done
assemble-csv --help
assemble-csv --version
