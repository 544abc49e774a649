# A roster username holding a line break is refused, not read as two
# names (one of them another user's workspace folder): status 1, nothing
# written.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
sed -i 's/^u4,carol,/u4,"x\ntina\ny",/' course/users.csv
rc=0
export-coursework course --key-file "$KEY" >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
