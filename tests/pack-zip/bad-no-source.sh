# A record with an archive path and no source is refused.
set -euo pipefail
echo data >f
mkdir -p d
printf 'x\0f\0y\0' | pack-zip >out.zip
