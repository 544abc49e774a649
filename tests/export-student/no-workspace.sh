# A student without any workspace still gets the zip: roster row and
# generated files, no workspaces folder.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
export-student course carol --key-file "$KEY" --now 2026-06-01T12:00:00Z \
    >out.zip 2>err
grep -v 'not installed' err >&2 || true
"$CASEDIR/../export-coursework/zipparts" out.zip course c1-carol/
