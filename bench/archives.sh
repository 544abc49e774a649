#!/usr/bin/env bash
# Archives: pack-zip against the tools a user would pick instead, on the
# workspaces of a generated course at two sizes.
#
#   zip:      pack-zip    zip -r    bsdtar --format zip    7z a -tzip
#   tar.zst:  pack-zip -t    tar --zstd
#
# For each: the best wall time of RUNS runs (default 3), the CPU time
# (user and system, children included) of that run, the archive's size,
# wall time and size as ratios to the peer (zip -r; tar --zstd), and the
# peak resident memory (/usr/bin/time %M).  On a loaded machine the wall
# times wander; the CPU times less so.  Goals on 2 cores: the zip twice as
# fast as zip -r and no larger, the .tar.zst no slower than tar --zstd,
# memory flat from the small course to the large.
set -euo pipefail
TOP=${TOP:-$(cd "$(dirname "$0")/.." && pwd)}
BENCHDIR=${BENCHDIR:-$TOP/build/bench}
RUNS=${RUNS:-3}
GEN=${GEN_COURSE:-$TOP/fixtures/gen-course}
export LC_ALL=C.UTF-8

# A course of FILES workspace files of about 4 KB each.
course() {
	local dir=$BENCHDIR/archives-$1 files=$1
	if [ ! -d "$dir/workspaces" ]; then
		rm -rf "$dir"
		"$GEN" --seed 7 --students 100 \
		    --assignments 6 --files "$files" --file-size 4096 \
		    --events 10 --attempts 0 "$dir" >&2
	fi
	echo "$dir"
}

# Best wall time, its CPU time, and peak memory of RUNS runs of a
# command, which writes its archive to $out: prints "SECONDS CPU KB".
measure() {
	local best='' cpu='' mem=0 i t u s m
	for ((i = 0; i < RUNS; i++)); do
		rm -f "$out"
		/usr/bin/time -f '%e %U %S %M' -o "$BENCHDIR/time" "$@" \
		    >/dev/null 2>&1
		read -r t u s m <"$BENCHDIR/time"
		if [ -z "$best" ] || awk -v a="$t" -v b="$best" \
		    'BEGIN { exit !(a < b) }'; then
			best=$t
			cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')
		fi
		[ "$m" -le "$mem" ] || mem=$m
	done
	echo "$best $cpu $mem"
}

row() {
	local name=$1 t=$2 c=$3 m=$4 size=$5 base_t=$6 base_s=$7
	awk -v n="$name" -v t="$t" -v c="$c" -v m="$m" -v s="$size" \
	    -v bt="$base_t" -v bs="$base_s" 'BEGIN {
		printf "  %-20s %6.2f s (cpu %6.2f s)  x%5.2f faster" \
		    "  %8.1f MB  size %5.3f  %6.1f MB peak\n", n, t, c,
		    bt / (t > 0 ? t : 0.01), s / 1e6, s / bs, m / 1024 }'
}

command -v pack-zip >/dev/null || { echo "pack-zip not built" >&2; exit 1; }
[ -x "$GEN" ] || { echo "$GEN: no course generator" >&2; exit 1; }
echo "cores: $(nproc); runs: best of $RUNS"
for files in 12000 36000; do
	dir=$(course "$files")
	nfiles=$(find "$dir/workspaces" -type f | wc -l)
	bytes=$(du -sb "$dir/workspaces" | cut -f1)
	echo "workspaces: $nfiles files, $((bytes / 1000000)) MB"
	cd "$dir"
	# Warm the page cache, as every tool after the first would find it.
	tar -cf - workspaces assignments >/dev/null

	out=$BENCHDIR/zip-r.zip
	read -r zt zc zm < <(measure zip -qr "$out" workspaces)
	zs=$(stat -c %s "$out")
	row "zip -r" "$zt" "$zc" "$zm" "$zs" "$zt" "$zs"
	out=$BENCHDIR/pack.zip
	read -r t c m < <(measure sh -c \
	    "printf 'workspaces/\\0workspaces\\0' | pack-zip >'$out'")
	row "pack-zip" "$t" "$c" "$m" "$(stat -c %s "$out")" "$zt" "$zs"
	out=$BENCHDIR/bsdtar.zip
	read -r t c m < <(measure bsdtar --format zip -cf "$out" workspaces)
	row "bsdtar --format zip" "$t" "$c" "$m" "$(stat -c %s "$out")" "$zt" "$zs"
	out=$BENCHDIR/7z.zip
	read -r t c m < <(measure 7z a -tzip -bd -bso0 -bsp0 "$out" workspaces)
	row "7z a -tzip" "$t" "$c" "$m" "$(stat -c %s "$out")" "$zt" "$zs"

	out=$BENCHDIR/tar.tar.zst
	read -r tt tc tm < <(measure tar --zstd -cf "$out" workspaces assignments)
	ts=$(stat -c %s "$out")
	row "tar --zstd" "$tt" "$tc" "$tm" "$ts" "$tt" "$ts"
	out=$BENCHDIR/pack.tar.zst
	read -r t c m < <(measure sh -c "printf 'workspaces/\\0workspaces\\0assignments/\\0assignments\\0' | pack-zip -t >'$out'")
	row "pack-zip -t" "$t" "$c" "$m" "$(stat -c %s "$out")" "$tt" "$ts"
	cd - >/dev/null
done
