# The same archive path listed twice is refused, naming both records.
set -euo pipefail
echo data >f
mkdir -p d
printf 'x\0f\0y\0f\0x\0f\0' | pack-zip >out.zip
