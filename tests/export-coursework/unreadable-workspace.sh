# A workspace file that cannot be read fails the export with its name;
# nothing reaches stdout.
set -euo pipefail
. "$TOP/tests/pack-zip/nocaps"
. "$CASEDIR/mkcourse"
mkcourse course
chmod 000 course/workspaces/bob/a1/answer.txt
rc=0
nocaps export-coursework course --key-file "$KEY" >out.zip 2>err || rc=$?
grep -v 'not installed' err >&2 || true
echo "exit $rc"
[ ! -s out.zip ]
