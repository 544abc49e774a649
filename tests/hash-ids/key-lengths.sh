#!/usr/bin/env bash
# Keys of 16, 63, 64, 65 and 4096 bytes (HMAC hashes a key longer than
# SHA-256's 64-byte block first): Python's hmac agrees on every one.
set -euo pipefail
printf 'id\nu1\nu201\n' >in.csv
for n in 16 63 64 65 4096; do
	head -c "$n" /dev/urandom >key
	hash-ids -k key id in.csv >out.csv
	python3 - "$n" <<'PY'
import csv, hmac, sys
key = open("key", "rb").read()
rows = list(csv.reader(open("out.csv", newline="")))
want = [hmac.new(key, u, "sha256").hexdigest()[:32] for u in (b"u1", b"u201")]
assert [r[0] for r in rows[1:]] == want, (rows, want)
print("a key of %s bytes: Python's hmac agrees" % sys.argv[1])
PY
done
