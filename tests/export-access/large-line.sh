#!/usr/bin/env bash
# A single line of 100 MB: a project path of 100,000,000 bytes.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
{
	printf '{"time": "2026-05-02T12:00:00Z", "user_id": "u1", "type": "project_open", "assignment_id": "ops", "project_path": "'
	head -c 100000000 /dev/zero | tr '\0' 'p'
	printf '", "ip": "1"}\n'
} >>c/events.ndjson
run_export --plain c >out.csv
wc -c <out.csv
tail -n 1 out.csv | cut -c 1-60
tail -n 1 out.csv | cut -d, -f9 | tr -d p | wc -c
