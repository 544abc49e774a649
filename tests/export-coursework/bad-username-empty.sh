# An empty roster username is refused: status 1, nothing written.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
sed -i 's/,carol,/,,/' course/users.csv
rc=0
export-coursework course --key-file "$KEY" >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
