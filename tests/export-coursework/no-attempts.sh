# A course without attempts.ndjson or events.ndjson still has every
# part: access.csv its header alone, an assessment row of no attempts
# for each student.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
rm course/attempts.ndjson course/events.ndjson
export-coursework course --key-file "$KEY" --now 2026-06-01T12:00:00Z \
    >out.zip
bsdtar -tf out.zip | grep -v workspaces/
unzip -p out.zip c1/access.csv | wc -l
unzip -p out.zip c1/assessments/a1.csv | python3 -c '
import csv, sys
for r in csv.DictReader(sys.stdin.read().lstrip("\ufeff").splitlines()):
    print(r["Username"], r["Total_Points_Earned"], r["Time_Spent"])
'
