# A roster username "../x" is refused, never followed: status 1, nothing
# written.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
mkdir -p x/a1
echo "outside the course" >x/a1/secret.txt
echo 'u9,../x,x@example.edu,X,X,student' >>course/users.csv
rc=0
export-coursework course --key-file "$KEY" >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
