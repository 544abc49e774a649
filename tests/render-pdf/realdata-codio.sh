# Every real Codio tree but Java (realdata-java.sh) renders with and
# without teacher notes into a PDF qpdf accepts, with an outline entry for
# every page shown.  ThinkC's figures are images in the PDF; HSA's
# teacher-only page is there only with --teacher-notes.
. "$CASEDIR/tree.bash"
R=$SHARED/realdata/codio
[ -d "$R" ] || { echo "no shared/realdata" >&2; exit 77; }
for t in "$R"/*/; do
	name=$(basename "$t")
	[ "$name" != Java ] || continue
	for f in "" --teacher-notes; do
		render-pdf --now @0 ${f:+"$f"} "$t" >out.pdf 2>err || echo "$name $f: exit $?"
		qpdf --check out.pdf >/dev/null || echo "$name $f: qpdf"
		shown=$(guide-dump "$t" | jq -s --arg f "$f" \
		    '[.[] | select(.record == "page") | select($f != "" or (.hidden | not))] | length')
		entries=$(outline out.pdf | tail -n +2 | wc -l)
		echo "$name${f:+ $f}: $(pdfinfo out.pdf | awk '/^Pages:/ { print $2 }') pages," \
		    "$entries outline entries for $shown," \
		    "$(pdfimages -list out.pdf | awk 'NR > 2 && $3 == "image"' | wc -l) images"
	done
done
# HSA's challenge page leaves its guidance callout open: a warning each
# time, and the guidance hidden from students.
render-pdf --now @0 "$R/HSA-M12-Debugging" 2>err | pdftotext - - | grep -c 'Teacher Resources'
sed "s|$R/||" err
render-pdf --now @0 --teacher-notes "$R/HSA-M12-Debugging" 2>err | pdftotext - - | grep -c 'Teacher Resources'
sed "s|$R/||" err
