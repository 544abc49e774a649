# Text is deflated; images, archives, PDFs and data that does not shrink
# are stored.
set -euo pipefail
mkdir ws
seq 1 5000 >ws/text.txt
head -c 20000 /dev/urandom >ws/photo.JPG
cp ws/text.txt ws/doc.pdf
head -c 20000 /dev/urandom >ws/random.bin
seq 1 100 | gzip -n >ws/x.gz
touch -d 2025-01-01T00:00:00Z ws/* ws
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" --list out.zip ws w/
