# The same input and clock give the same bytes, whatever the thread count
# and the order of the list; for the zip and the .tar.zst alike.
set -euo pipefail
mkdir -p t/a t/b
for i in $(seq 1 40); do
	seq 1 "$((i * 50))" >"t/a/f$i.txt"
	head -c "$((i * 97))" /dev/urandom >"t/b/r$i.bin"
done
touch -d 2025-01-02T03:04:05Z t/a/* t/b/* t/a t/b t
export SOURCE_DATE_EPOCH=1780315200
list1() { printf 'x/t/\0t\0x/one\0t/a/f1.txt\0x/e/\0\0'; }
list2() { printf 'x/e/\0\0x/one\0t/a/f1.txt\0x/t/\0t\0'; }
list1 | pack-zip -j1 >a.zip
list2 | pack-zip -j2 >b.zip
list1 | pack-zip -j7 >c.zip
cmp a.zip b.zip
cmp a.zip c.zip
list1 | pack-zip -t -j1 >a.tar.zst
list2 | pack-zip -t -j2 >b.tar.zst
cmp a.tar.zst b.tar.zst
# A later clock changes only the made entries.
list1 >list
SOURCE_DATE_EPOCH=1780401600 pack-zip list >d.zip
if cmp -s a.zip d.zip; then
	echo "the clock changed nothing" >&2
	exit 1
fi
"$CASEDIR/zipcheck" a.zip t x/t/
