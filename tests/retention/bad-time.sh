#!/usr/bin/env bash
# A time that is not RFC 3339 stops the filter at its line.
printf '%s\n' '{"time": "2026-05-01T00:00:00Z"}' '{"time": "2026-02-30T00:00:00Z"}' >in.ndjson
retention --now 2026-06-01T00:00:00Z in.ndjson
