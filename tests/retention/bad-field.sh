#!/usr/bin/env bash
# A record without the field, or with a field that is not a string.
for line in '{"when": "2026-05-01T00:00:00Z"}' '{"time": null}' '{"time": 1777593600}'; do
	printf '%s\n' '{"time": "2026-05-01T00:00:00Z"}' "$line" >in.ndjson
	retention --now 2026-06-01T00:00:00Z in.ndjson
	echo "exit $?"
done
