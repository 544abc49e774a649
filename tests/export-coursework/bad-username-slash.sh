# A roster username "a/b" is refused: status 1, nothing written.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
echo 'u9,alice/a1,x@example.edu,X,X,student' >>course/users.csv
rc=0
export-coursework course --key-file "$KEY" >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
