# A licensed child course is refused before anything is written: a clear
# message, status 1, no output.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
sed -i 's/"licensed_child": false/"licensed_child": true/' course/course.json
rc=0
export-sources course >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
