# A published assignment without its tree stops the export: status 1,
# nothing written.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
rm -r course/assignments/a2
rc=0
export-sources course >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
