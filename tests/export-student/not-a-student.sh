# A teacher, or a name not on the roster: status 1, nothing written.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
for u in tina nobody; do
	rc=0
	export-student course "$u" --key-file "$KEY" >out.zip || rc=$?
	echo "[$u]: exit $rc"
	[ ! -s out.zip ]
done
