# A listed file that does not exist stops the run.
set -euo pipefail
echo data >f
mkdir -p d
printf 'x\0no-such-file\0' | pack-zip >out.zip
