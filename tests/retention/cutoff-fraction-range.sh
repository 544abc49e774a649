#!/usr/bin/env bash
# -P prints the cutoff as it is compared, with its fraction of a second;
# a record a little after the whole second but before the cutoff goes.
# A cutoff outside the years 0000 to 9999 is a usage error.
retention -P -t 2026-02-28T10:00:00.5Z
retention -P -t 2026-02-28T12:00:00.123456789+02:00
printf '%s\n' '{"time": "2026-02-28T10:00:00.2Z"}' '{"time": "2026-02-28T10:00:00.5Z"}' |
    retention -t 2026-02-28T10:00:00.5Z
retention -P -m 12000 --now 0001-01-01T00:00:00Z
echo "exit $?"
retention -P -t @253402300800
echo "exit $?"
retention -P -t @-62167219201
echo "exit $?"
retention -P -t @253402300799
retention -P -t @-62167219200
