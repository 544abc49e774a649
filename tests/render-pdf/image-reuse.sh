# A picture used many times (here a PNG 30 times, a JPEG twice under two
# names) is decoded once and stored in the PDF not once per use but once
# per use on the busiest page.
. "$CASEDIR/tree.bash"
v3_tree seed p
v3_page seed p "Seed" <<<'A page to make pictures from.'
render-pdf --now @0 seed >seed.pdf
v3_tree g p
mkdir -p g/img
pdftoppm -r 30 -png -singlefile seed.pdf g/img/pic
pdftoppm -r 20 -jpeg -singlefile seed.pdf g/img/photo
cp g/img/photo.jpg g/img/copy.jpg
for i in $(seq 30); do
	printf '![p%d](img/pic.png)\n\n' "$i"
done >md
printf '![a](img/photo.jpg)\n\n![b](img/copy.jpg)\n' >>md
v3_page g p "Many" <md
render-pdf --now @0 g >out.pdf
echo "exit $?"
qpdf --check out.pdf >/dev/null
# Per picture: its uses, and the image objects they share (as many as
# the most uses on one page: two pictures fit a page here).
pdfimages -list out.pdf | awk 'NR > 2 {
	k = $4 "x" $5 " " $9; uses[k]++
	if (!((k, $11) in seen)) { seen[k, $11] = 1; objs[k]++ }
}
END { for (k in uses) print k ": " uses[k] " uses, " objs[k] " objects" }' |
    sort
[ "$(wc -c <out.pdf)" -lt $((2 * $(wc -c <g/img/pic.png) + 60000)) ] ||
    echo "$(wc -c <out.pdf) bytes of PDF"
