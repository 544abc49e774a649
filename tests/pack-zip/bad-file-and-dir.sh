# A file where another record needs a directory is refused.
set -euo pipefail
echo data >f
mkdir -p d
printf 'a\0f\0a/b\0f\0' | pack-zip >out.zip
