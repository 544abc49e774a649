# A table of 40 columns fits the page: every cell's text is in the PDF
# and the drawing stays inside the paper.
. "$CASEDIR/tree.bash"
v3_tree g t
{
	for r in 0 1 2 3; do
		row="|"
		for c in $(seq 1 40); do
			if [ "$r" -eq 1 ]; then row="$row---|"; else row="${row}r${r}c${c}|"; fi
		done
		echo "$row"
	done
} | v3_page g t "Wide table"
render-pdf --now @0 g >out.pdf
qpdf --check out.pdf >/dev/null
pdftotext out.pdf - | grep -o 'r[0-9]c[0-9]*' | sort -u | wc -l
# The words sit inside the page: pdftotext -bbox gives their boxes.
pdftotext -bbox out.pdf - | awk -F'"' '/<word/ && ($6 > 595.3 || $2 < 0) { bad++ }
	END { print bad + 0, "words off the page" }'
