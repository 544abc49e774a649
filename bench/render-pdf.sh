# render-pdf against its peers on the ThinkC guide (about 210 KB of
# markdown, 150 pages of guide): pandoc to HTML then weasyprint, and
# pandoc to HTML then wkhtmltopdf.  Prints the best of three runs' wall
# and CPU (user + system) times, the ratios, and peak memory (maximum resident set) of render-pdf for
# the guide once and for the same guide ten times over, which must not
# grow with the pages.  Needs the real data (../shared/realdata).
set -euo pipefail
SHARED=${SHARED:-$TOP/../shared}
tree=$SHARED/realdata/codio/ThinkC
if [ ! -d "$tree" ]; then
	echo "render-pdf: no $tree, skipped"
	exit 0
fi
out=$BENCHDIR/render-pdf
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$out

# The pages' bodies in guide order, for pandoc.
mapfile -t bodies < <(guide-dump "$tree" |
    jq -r 'select(.record == "page" and .body != null) | .body')
echo "ThinkC: ${#bodies[@]} page bodies," \
    "$(cd "$tree" && cat -- "${bodies[@]}" | wc -c) bytes of markdown"

# best TIMEFILE: the least wall time of the runs recorded in it.
best() {
	sort -n "$1" | head -n 1 | cut -d' ' -f1
}
# cpu TIMEFILE: the least user + system time of the runs.
cpu() {
	awk '{ print $3 + $4 }' "$1" | sort -n | head -n 1
}
# run NAME CMD...: three timed runs, times and peak memory to $out/NAME.
run() {
	local name=$1
	shift
	: >"$out/$name.time"
	for _ in 1 2 3; do
		/usr/bin/time -f '%e %M %U %S' -a -o "$out/$name.time" "$@" \
		    >/dev/null 2>>"$out/$name.err"
	done
}

run render-pdf render-pdf --now @0 "$tree"
# The peers: pandoc to one standalone HTML page, then to PDF, run from
# the tree's root so that figure paths resolve.
printf '%s\n' "${bodies[@]}" >"$out/bodies"
cat >"$out/peer.sh" <<'PEER'
set -euo pipefail
cd "$1"
mapfile -t b <"$2/bodies"
pandoc -f gfm -t html5 -s --metadata title=ThinkC -- "${b[@]}" \
    >"$2/guide.html"
case $3 in
weasyprint) weasyprint -q "$2/guide.html" "$2/weasy.pdf" ;;
wkhtmltopdf) wkhtmltopdf -q --enable-local-file-access "$2/guide.html" \
    "$2/wk.pdf" ;;
esac
PEER
run weasyprint bash "$out/peer.sh" "$tree" "$out" weasyprint
run wkhtmltopdf bash "$out/peer.sh" "$tree" "$out" wkhtmltopdf

r=$(best "$out/render-pdf.time") rc=$(cpu "$out/render-pdf.time")
w=$(best "$out/weasyprint.time") wc=$(cpu "$out/weasyprint.time")
k=$(best "$out/wkhtmltopdf.time") kc=$(cpu "$out/wkhtmltopdf.time")
printf '%-24s %8s %8s\n' "" "wall s" "cpu s" "render-pdf" "$r" "$rc" \
    "pandoc + weasyprint" "$w" "$wc" "pandoc + wkhtmltopdf" "$k" "$kc"
awk -v r="$r" -v w="$w" -v k="$k" -v rc="$rc" -v wc="$wc" -v kc="$kc" '
function ratio(a, b) { return b > 0 ? a / b : a / 0.01 }
BEGIN {
	printf "render-pdf is %.1f times as fast as pandoc + weasyprint" \
	    " (cpu %.1f)\n", ratio(w, r), ratio(wc, rc)
	printf "render-pdf is %.1f times as fast as pandoc + wkhtmltopdf" \
	    " (cpu %.1f)\n", ratio(k, r), ratio(kc, rc)
}'
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"

# Memory: the guide once, and ten times in one PDF.
set -- "$tree" "$tree" "$tree" "$tree" "$tree" "$tree" "$tree" "$tree" \
    "$tree" "$tree"
/usr/bin/time -f '%M' -o "$out/mem1" render-pdf --now @0 "$tree" >"$out/one.pdf"
/usr/bin/time -f '%M' -o "$out/mem10" render-pdf --now @0 "$@" >"$out/ten.pdf"
echo "peak memory, guide once:      $(cat "$out/mem1") KB" \
    "($(pdfinfo "$out/one.pdf" | awk '/^Pages:/ { print $2 }') pages)"
echo "peak memory, guide ten times: $(cat "$out/mem10") KB" \
    "($(pdfinfo "$out/ten.pdf" | awk '/^Pages:/ { print $2 }') pages)"
