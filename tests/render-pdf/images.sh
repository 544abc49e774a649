# PNG, JPEG, GIF and SVG pictures and a PDF's pages (as a picture and as
# an <embed>) are drawn, by paths from the tree's root, in <img> tags too; pdfimages finds the three
# raster ones.  Paths that leave the tree (.., absolute, a symbolic link
# out) and missing files leave a visible placeholder naming the path and
# are never read.
. "$CASEDIR/tree.bash"
v3_tree seed p
v3_page seed p "Seed" <<<'A page to make pictures from.'
render-pdf --now @0 seed >seed.pdf
v3_tree g p
mkdir -p g/img
pdftoppm -r 20 -png -singlefile seed.pdf g/img/pic
pdftoppm -r 20 -jpeg -singlefile seed.pdf g/img/photo
printf 'GIF89a\001\000\001\000\200\000\000\000\000\000\377\377\377!\371\004\001\000\000\000\000,\000\000\000\000\001\000\001\000\000\002\002D\001\000;' \
    >g/img/dot.gif
cat >g/img/shape.svg <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60">
<rect x="5" y="5" width="110" height="50" fill="teal"/>
<text x="20" y="38" font-size="20">Vector</text></svg>
SVG
cp seed.pdf g/img/doc.pdf
ln -s /etc/passwd g/img/escape.png
v3_page g p "Pictures" <<'MD'
![a png](img/pic.png)

![a jpeg](./img/photo.jpg "with a title")

Inline <img src="img/dot.gif" alt="gif"> in text.

![svg](img/shape.svg)

![pdf](img/doc.pdf)

<embed src="img/doc.pdf" type="application/pdf">

![up](../../etc/passwd)

![abs](/etc/passwd)

![link](img/escape.png)

![gone](img/missing.png)
MD
render-pdf --now @0 g >out.pdf
qpdf --check out.pdf >/dev/null
pdfimages -list out.pdf | awk 'NR > 2 { print $3, $4, $5, $9 }'
pdf_text out.pdf
