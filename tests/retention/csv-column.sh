#!/usr/bin/env bash
# CSV in, by a named column: access.csv's Date_Time with local offsets,
# read from the download form (byte-order mark, CRLF), written plain.
{
	printf '\xef\xbb\xbfUsername,Date_Time,Note\r\n'
	printf 'a,2025-12-01T06:59:59-05:00,"before, by a second"\r\n'
	printf 'b,2025-12-01T07:00:00-05:00,at the cutoff\r\n'
	printf 'c,2026-03-01T00:00:00+09:00,"multi\r\nline ""quoted"""\r\n'
} >in.csv
retention -c -f Date_Time --now 2026-06-01T12:00:00Z in.csv
echo "== two files: one header"
printf 'Username,Date_Time,Note\nd,2026-05-01T00:00:00Z,\n' >in2.csv
retention --csv --column Date_Time --cutoff 2026-01-01T00:00:00Z in.csv in2.csv
