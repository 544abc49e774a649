# A device node is left out with a warning and never opened.
set -euo pipefail
mkdir ws
echo data >ws/file
mknod ws/null c 1 3 2>/dev/null || { echo "cannot make a device" >&2; exit 77; }
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" out.zip ws w/
