# The .tar.zst: zstd -t and tar read it, it extracts to the same bytes,
# owners are 0, links follow the same rule, special files are left out.
set -euo pipefail
mkdir -p ws/sub ws/empty
printf 'hello\n' >ws/sub/a.txt
seq 1 20000 >ws/numbers
ln -s sub/a.txt ws/link
ln -s /etc/passwd ws/out
mkfifo ws/pipe
touch -h -d 2025-02-03T04:05:06Z ws/sub/a.txt ws/numbers ws/link ws/sub \
    ws/empty ws
printf 'A/\0ws\0' | pack-zip -t >A.tar.zst
zstd -tq A.tar.zst
tar --zstd --utc --numeric-owner -tvf A.tar.zst |
    awk '{ $4 = ""; $5 = ""; print }'
mkdir x
tar --zstd -xf A.tar.zst -C x
cmp x/A/sub/a.txt ws/sub/a.txt
cmp x/A/numbers ws/numbers
[ "$(readlink x/A/link)" = sub/a.txt ]
bsdtar -tf A.tar.zst >/dev/null
