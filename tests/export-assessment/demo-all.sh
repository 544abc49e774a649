#!/usr/bin/env bash
# No assignment named: a zip of every assignment's CSV, ASSIGNMENT.csv
# each, that unzip -t, Python's zipfile and bsdtar all read, each entry the
# same bytes as the one-assignment export, each dated "now".
set -euo pipefail
export SOURCE_DATE_EPOCH=1780315200 EXPORT_KEY_FILE=$FIXTURES/demo-key.DEMO-ONLY
export-assessment "$FIXTURES/demo-course" >all.zip 2>/dev/null
unzip -tq all.zip
bsdtar -tf all.zip
python3 - <<'PY'
import zipfile
with zipfile.ZipFile("all.zip") as z:
    assert z.testzip() is None
    for i in z.infolist():
        print(i.filename, i.file_size, "%04d-%02d-%02d %02d:%02d:%02d" % i.date_time)
        z.extract(i, "x")
PY
for a in operators loops ch1 drafts; do
	export-assessment "$FIXTURES/demo-course" "$a" 2>/dev/null >one.csv
	cmp one.csv "x/$a.csv"
done
echo "every entry is the one-assignment export"
