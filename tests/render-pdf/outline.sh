# The outline lists the assignment, then its chapters and pages nested as
# in the guide; pdfinfo gives the title and page count; the creation date
# is --now and two runs give the same bytes.
. "$CASEDIR/tree.bash"
v3_tree g one part
v3_page g one "Page one" <<<'Text one.'
mkdir -p g/.guides/content/part
echo '{"id": "p", "type": "chapter", "title": "Part two", "order": ["two", "three"]}' \
    >g/.guides/content/part/index.json
echo '{"id": "2", "type": "page", "title": "Page two"}' >g/.guides/content/part/two.json
echo 'Text two.' >g/.guides/content/part/two.md
echo '{"id": "3", "type": "page", "title": "Page three"}' >g/.guides/content/part/three.json
echo 'Text three.' >g/.guides/content/part/three.md
render-pdf --now 2026-05-01T12:00:00Z -c "Course C" -n "Assignment A" g >a.pdf
render-pdf --now 2026-05-01T12:00:00Z -c "Course C" -n "Assignment A" g >b.pdf
cmp a.pdf b.pdf
qpdf --check a.pdf >/dev/null
outline a.pdf
pdfinfo a.pdf | grep -E '^(Title|Pages|CreationDate|Page size):'
pdf_text a.pdf
