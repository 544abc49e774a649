# Times outside what a zip holds are clamped: 1970 to 1980-01-01, 2200 to
# 2107-12-31 23:59:58; the .tar.zst keeps them as they are.
set -euo pipefail
mkdir ws
echo old >ws/old
echo future >ws/future
echo now >ws/now
touch -d 1970-01-01T00:00:00Z ws/old
touch -d 2200-01-01T00:00:00Z ws/future
touch -d 2026-05-01T12:34:56Z ws/now ws
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" --list out.zip ws w/
printf 'w/\0ws\0' | pack-zip -t >out.tar.zst
tar --zstd --utc --full-time -tvf out.tar.zst | awk '{ print $4, $5, $6 }'
