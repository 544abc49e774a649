#!/usr/bin/env bash
# CSV whose header names the time column twice is refused.
printf 'Date_Time,Date_Time\n2026-05-01T00:00:00Z,2020-01-01T00:00:00Z\n' |
    retention -c -f Date_Time --now 2026-06-01T00:00:00Z
echo "exit $?"
