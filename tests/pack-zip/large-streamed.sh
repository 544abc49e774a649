# Files larger than what is read whole are streamed: deflated with a data
# descriptor, or, when their name says compressed, stored in two passes.
set -euo pipefail
mkdir ws
seq 1 1500000 >ws/big.txt
head -c 6000000 /dev/urandom >ws/big.png
echo small >ws/small.txt
touch -d 2025-01-01T00:00:00Z ws/* ws
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" --list out.zip ws w/
