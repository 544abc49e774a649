#!/usr/bin/env bash
# A key file of more than 4096 bytes is not a key (most likely the wrong
# file).
head -c 4097 /dev/zero | tr '\0' k >key
printf 'id\nu1\n' | hash-ids -k key id
