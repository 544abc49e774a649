# A listed entry inside a walked tree is refused.
set -euo pipefail
echo data >f
mkdir -p d
printf 't/\0d\0t/x\0f\0' | pack-zip >out.zip
