# A paragraph of 256 KB and a code block of 5,000 long lines are laid out
# across pages: the first and last words and every code line reach the
# PDF, nothing cut at the margin.  (make check-slow: a 10 MB paragraph.)
. "$CASEDIR/tree.bash"
v3_tree g para code
size=262144
[ -z "${SLOW:-}" ] || size=10485760
awk -v n="$size" 'BEGIN {
	srand(1); split("alpha beta gamma delta lorem ipsum dolor", w, " ")
	printf "FIRSTWORD"
	for (len = 9; len < n; len += length(x) + 1) {
		x = w[int(rand() * 7) + 1]
		printf " %s", x
	}
	print " LASTWORD"
}' | v3_page g para "Long paragraph"
{
	echo '```'
	for i in $(seq 1 5000); do
		echo "line $i: total += value[i] * weight[i]; /* long enough to wrap past the right margin of the page */ END$i"
	done
	echo '```'
} | v3_page g code "Long code"
render-pdf --now @0 g >out.pdf
qpdf --check out.pdf >/dev/null
pdftotext out.pdf out.txt
grep -c FIRSTWORD out.txt
grep -c LASTWORD out.txt
# Every code line, in order, its end included.
grep -o 'END[0-9]*' out.txt | sed 's/END//' >ends
seq 1 5000 | cmp - ends && echo "all 5000 code lines"
