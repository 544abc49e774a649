# An absolute archive path is refused, naming the record.
set -euo pipefail
echo data >f
mkdir -p d
printf 'ok\0f\0/etc/x\0f\0' | pack-zip >out.zip
