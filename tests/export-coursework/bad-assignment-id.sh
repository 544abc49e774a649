# An assignment id ".." in course.json is refused: status 1, nothing
# written.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
sed -i 's/"id": "a2"/"id": ".."/' course/course.json
rc=0
export-coursework course --key-file "$KEY" >out.zip 2>err || rc=$?
grep -v 'not installed' err >&2 || true
echo "exit $rc"
[ ! -s out.zip ]
