# A file record with an empty source is refused.
set -euo pipefail
echo data >f
mkdir -p d
printf 'x\0\0' | pack-zip >out.zip
