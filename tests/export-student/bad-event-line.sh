# A bad line of the activity log: the message names the course's file and
# the line of that file, not the scratch view the export reads; status 1,
# nothing written, no scratch folder left.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
n=$(grep -n '"user_id": "u3"' course/events.ndjson | tail -n 1 | cut -d: -f1)
sed -i "${n}s/\"time\": \"[^\"]*\"/\"time\": \"yesterday\"/" course/events.ndjson
echo "bad line $n"
mkdir tmp
rc=0
TMPDIR=$PWD/tmp export-student course bob --key-file "$KEY" \
    --now 2026-06-01T12:00:00Z >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
ls -A tmp
