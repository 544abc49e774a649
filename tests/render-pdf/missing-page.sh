# A page listed in the order whose files are missing is reported on
# stderr and leaves a note in the PDF; the other pages render and the
# exit status is 0.
. "$CASEDIR/tree.bash"
v3_tree g here gone
v3_page g here "Here" <<<'Present text.'
echo '{"id": "g", "title": "Gone", "type": "page"}' >g/.guides/content/gone.json
render-pdf --now @0 g >out.pdf
qpdf --check out.pdf >/dev/null
pdf_text out.pdf | grep -E 'Present|Gone|missing'
