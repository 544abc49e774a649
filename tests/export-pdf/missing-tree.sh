# An assignment whose tree is missing is reported; the PDF still holds the
# others, and its title page says it has no guide.
. "$CASEDIR/course.bash"
make_course c
rm -r c/assignments/loops
export-pdf c --now @0 >out.pdf
echo "exit $?"
qpdf --check out.pdf >/dev/null
pdftotext out.pdf - | grep -E 'Introduction|Loops|Body|no guide'
