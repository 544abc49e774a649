# Zip64 for the count alone (slow): 70,000 tiny files need the Zip64 end
# record and no entry needs a Zip64 field.  Every reader opens it.
set -euo pipefail
[ -n "${SLOW:-}" ] || { echo "slow: make check-slow" >&2; exit 77; }
python3 - <<'PY'
import os
for d in range(70):
    os.makedirs("ws/d%02d" % d)
    for f in range(1000):
        with open("ws/d%02d/f%04d.txt" % (d, f), "w") as fp:
            fp.write("%d %d\n" % (d, f))
PY
printf 'w/\0ws\0' | pack-zip --now 2026-06-01T12:00:00Z >out.zip
"$CASEDIR/zipcheck" out.zip ws w/
python3 - out.zip <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(len(z.infolist()), "entries;",
      sum(1 for i in z.infolist() if b"\x01\x00" == i.extra[:2]),
      "with a Zip64 field")
data = open(sys.argv[1], "rb")
data.seek(-200, 2)
print("end of central directory 64:", b"PK\x06\x06" in data.read())
PY
