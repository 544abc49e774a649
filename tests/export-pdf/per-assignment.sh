# --per-assignment: a zip of ASSIGNMENT.pdf, each a whole PDF, entries
# dated "now"; the same input gives the same bytes.
command -v pack-zip >/dev/null || { echo "no pack-zip" >&2; exit 77; }
. "$CASEDIR/course.bash"
make_course c
SOURCE_DATE_EPOCH=1780315200 export-pdf c --per-assignment >a.zip
SOURCE_DATE_EPOCH=1780315200 export-pdf c --per-assignment >b.zip
cmp a.zip b.zip
unzip -tq a.zip
python3 -c 'import sys, zipfile
for i in zipfile.ZipFile(sys.argv[1]).infolist():
    print(i.filename, i.date_time)' a.zip
mkdir x && cd x && unzip -q ../a.zip
for f in *.pdf; do
	qpdf --check "$f" >/dev/null && echo "$f: $(pdftotext "$f" - | grep Body)"
done
