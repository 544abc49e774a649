# A licensed_child that is neither true nor false is refused too.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
sed -i 's/"licensed_child": false/"licensed_child": "yes"/' course/course.json
rc=0
export-sources course >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
