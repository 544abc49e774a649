#!/usr/bin/env bash
# A field of 4 MB passes through whole, in time linear in its length (the
# timeout catches a reader that grows its buffer a little at a time,
# which under the sanitizers took tens of seconds).
set -euo pipefail
cd "$FIXTURES/demo-course"
{
	echo 'user_id,notes'
	printf 'u1,"'
	head -c 4194304 /dev/zero | tr '\0' 'x'
	printf '"\n'
} >"$OLDPWD/in.csv"
timeout 20 hash-ids -k ../demo-key.DEMO-ONLY user_id "$OLDPWD/in.csv" |
    tail -n 1 | cut -d, -f2 | wc -c
