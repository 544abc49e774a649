# A4 by default, Letter on request; the text fits either.
. "$CASEDIR/tree.bash"
v3_tree g p
v3_page g p "Paper" <<<'Some text.'
render-pdf --now @0 g | pdfinfo - | grep '^Page size:'
render-pdf --now @0 --paper letter g | pdfinfo - | grep '^Page size:'
render-pdf --now @0 -p letter g | pdftotext - - | grep 'Some text'
