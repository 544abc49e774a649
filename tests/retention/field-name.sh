#!/usr/bin/env bash
# Another field, on stdin; -m and -d set other ages.
printf '%s\n' '{"created": "2026-04-30T00:00:00Z"}' '{"created": "2026-05-02T00:00:00Z"}' |
    retention -f created -m 1 --now 2026-06-01T00:00:00Z
echo "=="
printf '%s\n' '{"time": "2026-05-01T23:59:59Z"}' '{"time": "2026-05-02T00:00:00Z"}' |
    retention -d 30 --now 2026-06-01T00:00:00Z
