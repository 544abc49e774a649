# A username that could not be one folder is refused before anything is
# read: status 2, nothing written.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
for u in ../x a/b . .. ""; do
	rc=0
	export-student course "$u" --key-file "$KEY" >out.zip || rc=$?
	echo "[$u]: exit $rc"
	[ ! -s out.zip ]
done
