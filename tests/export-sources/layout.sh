# The sources zip: one ID.tar.zst per published assignment (not the
# draft), each read by zstd -t and tar, each the tree under ID/ with the
# bytes of the source and its inside link kept.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
export-sources course --now 2026-06-01T12:00:00Z >out.zip
"$TOP/tests/pack-zip/zipcheck" --list out.zip
mkdir x
for a in a1 a2; do
	unzip -q -d x out.zip "$a.tar.zst"
	zstd -tq "x/$a.tar.zst"
	tar --zstd --utc --numeric-owner -tvf "x/$a.tar.zst"
	tar --zstd -xf "x/$a.tar.zst" -C x
	diff -r "course/assignments/$a" "x/$a"
done
