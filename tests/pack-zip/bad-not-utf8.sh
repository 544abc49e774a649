# An archive path that is not UTF-8 is refused.
set -euo pipefail
echo data >f
mkdir -p d
printf 'caf\351\0f\0' | pack-zip >out.zip
