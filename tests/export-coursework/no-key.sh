# Without a key the export stops before writing anything, status 2.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
rc=0
export-coursework course >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
