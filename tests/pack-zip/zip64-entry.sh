# Zip64 exactly where needed (slow): an entry of 4 GiB or more, deflated
# (streamed, sizes after the data) and stored (its name says compressed),
# so the archive passes 4 GiB and the next entry's offset needs Zip64 too.
# Sparse files: the disk holds little.  Every reader opens it.
set -euo pipefail
[ -n "${SLOW:-}" ] || { echo "slow: make check-slow" >&2; exit 77; }
mkdir ws
truncate -s $((4 * 1024 * 1024 * 1024 + 4096)) ws/big.bin
truncate -s $((4 * 1024 * 1024 * 1024 + 1)) ws/big.png
echo after >ws/z-after.txt
touch -d 2025-01-01T00:00:00Z ws/* ws
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" --list out.zip ws w/
python3 - out.zip <<'PY'
import struct, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for i in z.infolist():
    tags, x = [], i.extra
    while len(x) >= 4:
        tag, n = struct.unpack("<HH", x[:4])
        tags.append(tag)
        x = x[4 + n:]
    print(i.filename, "zip64" if 1 in tags else "classic",
          "offset %s 4 GiB" % (">=" if i.header_offset >= 1 << 32 else "<"))
data = open(sys.argv[1], "rb")
data.seek(-200, 2)
print("end of central directory 64:", b"PK\x06\x06" in data.read())
PY
