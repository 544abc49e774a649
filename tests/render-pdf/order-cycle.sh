# A chapter that lists itself in its order (a cycle) is reported and the
# guide still renders, each page once.
. "$CASEDIR/tree.bash"
v3_tree g ch
mkdir -p g/.guides/content/ch
echo '{"id": "p", "type": "page", "title": "Only page"}' >g/.guides/content/ch/p.json
echo 'Body once.' >g/.guides/content/ch/p.md
ln -s .. g/.guides/content/ch/loop
echo '{"id": "c", "type": "chapter", "title": "Chapter", "order": ["p", "loop"]}' \
    >g/.guides/content/ch/index.json
render-pdf --now @0 g >out.pdf
qpdf --check out.pdf >/dev/null
pdf_text out.pdf | grep -c 'Body once'
