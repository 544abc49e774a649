#!/usr/bin/env bash
# The key never appears on the command line (the process list), in the
# environment, in the output or in a message, even a failing one.
set -euo pipefail
printf 'SECRET-KEY-0123456789' >key
mkfifo slow
hash-ids -k key id <slow >out.csv 2>err &
pid=$!
exec 3>slow
sleep 0.2
found=0
for f in cmdline environ; do
	if tr '\0' '\n' <"/proc/$pid/$f" | grep -q SECRET; then
		found=1
	fi
done
printf 'id\nu1\n' >&3
exec 3>&-
wait "$pid"
printf 'id\nu1\n' | hash-ids -k key nosuchcolumn 2>>err >>out.csv || true
if grep -q SECRET out.csv err; then found=1; fi
[ "$found" -eq 0 ] && echo "the key is nowhere to be seen"
