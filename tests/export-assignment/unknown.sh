# An assignment not in course.json, or one that could not be a folder:
# status 2, nothing written.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
for a in nope .. a1/../a2; do
	rc=0
	export-assignment course "$a" --key-file "$KEY" >out.zip || rc=$?
	echo "[$a]: exit $rc"
	[ ! -s out.zip ]
done
