# A last field without its NUL is refused: the list was cut short.
set -euo pipefail
echo data >f
mkdir -p d
printf 'x\0f' | pack-zip >out.zip
