#!/usr/bin/env bash
# A record exactly at the cutoff stays, one a nanosecond before goes;
# kept lines are copied byte for byte, whatever their spacing, member
# order or offset; blank lines and CRs before the LF go.
printf '%s\n' \
    '{"time": "2025-12-01T11:59:59Z", "n": 1}' \
    '{"n":2,"time":"2025-12-01T12:00:00Z"}' \
    '{"time": "2025-12-01T11:59:59.999999999Z", "n": 3}' \
    '' \
    '  {  "time" : "2025-12-01T07:00:00-05:00" , "n" : 4 , "x": {"y": [1]} }  ' \
    '{"time": "2025-12-01T13:00:00+01:00", "n": 5}' \
    '{"time": "2026-05-01T00:00:00Z", "n": "6\u00e9"}' >in.ndjson
printf '{"time": "2026-01-01T00:00:00Z", "n": 7}\r\n' >>in.ndjson
retention --now 2026-06-01T12:00:00Z in.ndjson
