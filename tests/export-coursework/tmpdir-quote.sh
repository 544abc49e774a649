# A TMPDIR holding a quote: the export works and its scratch folder goes.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
mkdir "it's"
TMPDIR="$PWD/it's" export-coursework course --key-file "$KEY" \
    --now 2026-06-01T12:00:00Z >out.zip
unzip -tq out.zip
ls -A "it's"
