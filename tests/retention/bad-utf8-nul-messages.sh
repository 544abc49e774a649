#!/usr/bin/env bash
# Invalid UTF-8 and a NUL byte anywhere in a line are named as such, as
# extract-access names them (libetl's NDJSON reader), never as malformed
# JSON; whether the byte is in the time, another member or outside.
base='{"time": "2026-05-01T00:00:00Z", "x": "abc"}'
for b in '\303' '\377' '\000'; do
	for i in 1 10 20 39 41 44; do
		printf "%s$b%s\n" "${base:0:$i}" "${base:$i}" |
		    retention --now 2026-06-01T00:00:00Z 2>&1
	done
done | sort | uniq -c
