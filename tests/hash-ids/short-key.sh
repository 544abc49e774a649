#!/usr/bin/env bash
# A key shorter than 16 bytes is refused, its length said, never its bytes.
printf '15 bytes of key' >key
printf 'id\nu1\n' | hash-ids -k key id
