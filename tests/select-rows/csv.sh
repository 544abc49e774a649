# CSV: rows kept by one field with two values and a second field; columns
# picked, reordered and renamed; quoting kept right.
set -euo pipefail
cat >in.csv <<'CSV'
id,name,role,note
1,Ann,student,"a, b"
2,Bo,teacher,plain
3,Cy,student,"say ""hi"""
4,Di,student,"two
lines"
CSV
select-rows -w role=student -w id=1 -w id=4 -c note=Note,name in.csv
echo ---
select-rows in.csv | cmp - in.csv
