#!/usr/bin/env bash
# EXPORT_KEY_FILE names the key when -k is absent; -k wins over it; the
# same key gives the same pseudonym in every run.
set -euo pipefail
printf 'first key, 21 bytes.' >one
printf 'second key, 22 bytes.' >two
printf 'id\nu1\n' >in.csv
a=$(EXPORT_KEY_FILE=one hash-ids id in.csv)
b=$(hash-ids --key-file one id in.csv)
c=$(EXPORT_KEY_FILE=two hash-ids -k one id <in.csv)
d=$(EXPORT_KEY_FILE=two hash-ids id - <in.csv)
[ "$a" = "$b" ] && [ "$b" = "$c" ] && [ "$a" != "$d" ]
echo "$a"
echo "$d"
