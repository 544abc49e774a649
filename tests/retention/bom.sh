#!/usr/bin/env bash
# A byte-order mark at the start of NDJSON (and so inside two files run
# together) is dropped: the lines come out as plain NDJSON, every one a
# line jq reads.
printf '\357\273\277{"time": "2026-05-01T00:00:00Z", "n": 1}\n' >a.ndjson
cat a.ndjson a.ndjson >b.ndjson
retention --now 2026-06-01T00:00:00Z a.ndjson b.ndjson >out.ndjson
od -An -c out.ndjson | head -2
jq -c .n out.ndjson
