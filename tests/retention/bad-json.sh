#!/usr/bin/env bash
# Malformed JSON, a line not an object, invalid UTF-8: each stops the
# filter naming the file and line.
for line in '{"time": "2026-05-01T00:00:00Z",}' '"2026-05-01T00:00:00Z"' \
    "$(printf '{"time": "2026-05-01T00:00:00Z", "x": "\xc3"}')"; do
	printf '%s\n' '{"time": "2026-05-01T00:00:00Z"}' "$line" >in.ndjson
	retention --now 2026-06-01T00:00:00Z in.ndjson
	echo "exit $?"
done
