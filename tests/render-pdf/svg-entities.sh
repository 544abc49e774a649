# An SVG declaring internal XML entities is drawn, its entity expanded,
# and (in a sanitizer build) libxml2's entity table, which librsvg never
# frees, is not reported as a leak of render-pdf.
. "$CASEDIR/tree.bash"
v3_tree g p
mkdir -p g/img
cat >g/img/ent.svg <<'SVG'
<?xml version="1.0"?>
<!DOCTYPE svg [ <!ENTITY word "Entity text"> ]>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">
<text x="5" y="25" font-size="16">&word;</text></svg>
SVG
v3_page g p "Entities" <<<'![e](img/ent.svg)'
render-pdf --now @0 g >out.pdf
echo "exit $?"
pdf_text out.pdf
