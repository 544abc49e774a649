# One assignment's zip: under c1-a1/, the whole roster, every student's
# a1 workspace and nothing of a2; the access rows, when that producer is
# installed, are a1's project opens and closes only.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
export-assignment course a1 --key-file "$KEY" --now 2026-06-01T12:00:00Z \
    >out.zip 2>err
grep -v 'not installed' err >&2 || true
"$CASEDIR/../export-coursework/zipparts" out.zip course c1-a1/
names=$(unzip -Z1 out.zip)
if grep -q a2 <<<"$names"; then
	exit 1
fi
if have_assessment; then
	grep -qx c1-a1/assessments/a1.csv <<<"$names"
fi
if have_access; then
	unzip -p out.zip c1-a1/access.csv | tail -n +2 |
	    grep -v ',Project Open,\|,Project Close,' && exit 1
fi
exit 0
