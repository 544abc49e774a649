# Bytes that are not UTF-8 (Latin-1 here) in a page's markdown print as
# U+FFFD, with their paragraphs kept, and one warning names the file;
# pango never sees them.  (JSON metadata that is not UTF-8 is refused
# when the guide is read.)
. "$CASEDIR/tree.bash"
v3_tree g p
printf 'Before.\n\nCaf\351 cr\350me and more.\n\nAfter \377 bytes.\n' |
    v3_page g p "Page"
printf '\n{Try|assessment}(mc-1)\n\nEnd \351.\n' >>g/.guides/content/p.md
mkdir -p g/.guides/assessments
printf '{"type": "multiple-choice", "taskId": "mc-1", "source": {"name": "N", "points": 1, "instructions": "Pick.", "answers": [{"answer": "a", "correct": true}]}}\n' \
    >g/.guides/assessments/mc-1.json
render-pdf --now @0 g >out.pdf 2>err
echo "exit $?"
cat err
qpdf --check out.pdf >/dev/null
pdf_text out.pdf
outline out.pdf
