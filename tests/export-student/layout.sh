# One student's zip: under c1-alice/, only alice's roster row and her
# workspaces; her access rows only when that producer is installed.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
export-student course alice --key-file "$KEY" --now 2026-06-01T12:00:00Z \
    >out.zip 2>err
grep -v 'not installed' err >&2 || true
"$CASEDIR/../export-coursework/zipparts" out.zip course c1-alice/
if have_access; then
	[ "$(unzip -p out.zip c1-alice/access.csv | tail -n +2 | cut -d, -f1 |
	    sort -u)" = alice ]
fi
