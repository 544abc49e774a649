# The Java tree (256 pages, GIFs, tables, <details>) renders with teacher
# notes (and, under make check-slow, without), with an outline entry for
# every page and its GIFs as images.
. "$CASEDIR/tree.bash"
R=$SHARED/realdata/codio
[ -d "$R" ] || { echo "no shared/realdata" >&2; exit 77; }
for t in "$R"/*/; do
	name=$(basename "$t")
	[ "$name" = Java ] || continue
	for f in ${SLOW:+""} --teacher-notes; do
		render-pdf --now @0 ${f:+"$f"} "$t" >out.pdf 2>err || echo "$name $f: exit $?"
		qpdf --check out.pdf >/dev/null || echo "$name $f: qpdf"
		shown=$(guide-dump "$t" | jq -s --arg f "$f" \
		    '[.[] | select(.record == "page") | select($f != "" or (.hidden | not))] | length')
		entries=$(outline out.pdf | tail -n +2 | wc -l)
		# The slow run without notes checks, and prints only a fault,
		# so that the expected output is the same with and without it.
		if [ -z "$f" ]; then
			[ "$entries" = "$shown" ] ||
			    echo "$name: $entries outline entries for $shown"
			continue
		fi
		echo "$name${f:+ $f}: $(pdfinfo out.pdf | awk '/^Pages:/ { print $2 }') pages," \
		    "$entries outline entries for $shown," \
		    "$(pdfimages -list out.pdf | awk 'NR > 2 && $3 == "image"' | wc -l) images"
	done
done
# Its pictures (GIFs among them) all came through: no placeholder.
echo "placeholders: $(pdftotext out.pdf - | grep -c 'image not' || true)"
