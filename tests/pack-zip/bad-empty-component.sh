# An archive path with an empty component is refused.
set -euo pipefail
echo data >f
mkdir -p d
printf 'a//x\0f\0' | pack-zip >out.zip
