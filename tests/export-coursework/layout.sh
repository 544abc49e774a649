# The coursework zip: everything under c1/, the roster in the download
# form without user ids, every student's workspace byte for byte and no
# teacher's; access.csv and the assessment CSVs when their producers are
# installed; Hashed_ID when hash-ids is.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
export-coursework course --key-file "$KEY" --now 2026-06-01T12:00:00Z \
    >out.zip 2>err
grep -v 'not installed' err >&2 || true
"$CASEDIR/zipparts" out.zip course c1/
names=$(unzip -Z1 out.zip)
if have_access; then
	grep -qx c1/access.csv <<<"$names"
else
	if grep -qx c1/access.csv <<<"$names"; then
		exit 1
	fi
fi
for a in a1 a2 draft; do
	if have_assessment; then
		grep -qx "c1/assessments/$a.csv" <<<"$names"
	else
		if grep -q "c1/assessments/" <<<"$names"; then
			exit 1
		fi
	fi
done
header=$(unzip -p out.zip c1/roster.csv | head -n 1 | tr -d '\r\357\273\277')
if command -v hash-ids >/dev/null; then
	[ "$header" = Username,Email,First_Name,Last_Name,Role,Hashed_ID ]
	if unzip -p out.zip c1/roster.csv | grep -q ',u[0-9]'; then
		exit 1
	fi
else
	[ "$header" = Username,Email,First_Name,Last_Name,Role ]
fi
