# A tree whose source is not a directory stops the run.
set -euo pipefail
echo data >f
mkdir -p d
printf 't/\0f\0' | pack-zip >out.zip
