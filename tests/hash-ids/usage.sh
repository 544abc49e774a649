#!/usr/bin/env bash
# No column, too many files, an unknown option: usage errors.
for args in "" "id a b" "-x id"; do
	# shellcheck disable=SC2086 # split on purpose
	hash-ids -k "$FIXTURES/demo-key.DEMO-ONLY" $args </dev/null
	echo "exit $?"
done
hash-ids --help
hash-ids --version
