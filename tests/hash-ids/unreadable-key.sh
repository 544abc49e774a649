#!/usr/bin/env bash
# A key file that cannot be read (no permission; root reads anything, so
# a folder stands in for it then), and a FIFO, which is never opened for a
# blocking read.
printf 'a key of more than sixteen bytes' >key
chmod 000 key
mkdir dir
mkfifo fifo
if [ "$(id -u)" -eq 0 ]; then k=dir; else k=key; fi
printf 'id\nu1\n' | hash-ids -k "$k" id 2>&1 | sed "s/^hash-ids: key file $k: .*/unreadable/"
printf 'id\nu1\n' | hash-ids -k fifo id
