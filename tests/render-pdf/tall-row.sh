# A table row taller than a page (a cell of 150 lines) is not cut: its
# cells follow one another across pages, and the rows after it come
# back as a table.
. "$CASEDIR/tree.bash"
v3_tree g p
{
	echo '| A | B |'
	echo '|---|---|'
	printf '| top '
	for i in $(seq 1 150); do printf 'line%d<br>' "$i"; done
	echo ' bottom | short |'
	echo '| after | row |'
} | v3_page g p "Tall row"
render-pdf --now @0 g >out.pdf
qpdf --check out.pdf >/dev/null
pdftotext out.pdf - | grep -o 'line[0-9]*' | sort -u | wc -l
pdftotext out.pdf - | grep -E '^(top|bottom|short|after|row)'
