#!/usr/bin/env bash
# The download form of the demo course as Python's csv module and mlr
# read it: every row has the ten columns, and both see the same rows.
export SOURCE_DATE_EPOCH=1780315200
mkdir tmp
cp -R "$FIXTURES/demo-course" demo
TMPDIR=$PWD/tmp export-access demo >access.csv
python3 - <<'PY'
import csv
with open("access.csv", newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
assert rows[0] == ["Username", "Email", "First_Name", "Last_Name",
    "Date_Time", "Access_Type", "Assignment_Name", "Role", "Project_Path",
    "IP_Address"], rows[0]
assert all(len(r) == 10 for r in rows)
print("python:", len(rows) - 1, "rows")
with open("py.tsv", "w") as out:
    for r in rows[1:]:
        out.write("\t".join(r) + "\n")
PY
mlr --icsv --otsv --headerless-tsv-output cat access.csv >mlr.tsv
cmp py.tsv mlr.tsv && echo "mlr: the same rows"
