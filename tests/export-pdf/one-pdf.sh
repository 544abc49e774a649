# One PDF of every published assignment, in course order, or of those
# named, in the order named; teacher-only pages only with --teacher-notes.
. "$CASEDIR/course.bash"
make_course c
export-pdf c --now 2026-06-01T00:00:00Z >all.pdf
qpdf --check all.pdf >/dev/null
pdfinfo all.pdf | grep -E '^(Title|Pages|CreationDate):'
pdftotext all.pdf - | grep -E 'Introduction|Loops|Draft|Body|Answer'
echo "== named, teacher notes"
export-pdf c loops draft --teacher-notes --now 2026-06-01T00:00:00Z >two.pdf
pdftotext two.pdf - | grep -E 'Introduction|Loops|Draft|Body|Answer'
