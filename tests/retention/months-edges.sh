#!/usr/bin/env bash
# Six calendar months before now, exact at the month ends: 31 August less
# six months is the end of February, 28 days in 2026 and 29 in 2028; a
# day that exists in both months stays the same day, at the same UTC time.
for now in 2026-08-31T10:20:30Z 2028-08-31T00:00:00Z 2026-08-29T23:59:59Z \
    2026-03-31T12:00:00Z 2026-01-15T00:00:00.75Z 2100-08-31T12:00:00Z \
    2026-09-01T03:00:00+05:00; do
	printf '%s -> %s\n' "$now" "$(retention -P --now "$now")"
done
printf '%s -> %s\n' "-m 12 2028-02-29" "$(retention -P -m 12 --now 2028-02-29T06:00:00Z)"
printf '%s -> %s\n' "-m 0" "$(retention -P -m 0 --now 2026-05-01T00:00:00Z)"
printf '%s -> %s\n' "-d 30" "$(retention -P -d 30 --now 2026-03-01T00:00:00Z)"
printf '%s -> %s\n' "-t" "$(retention -P -t 2026-01-01T00:00:00-05:00)"
printf '%s -> %s\n' "SOURCE_DATE_EPOCH" "$(SOURCE_DATE_EPOCH=1780315200 retention -P)"
