# A course folder that is not there: status 1, nothing written.
set -euo pipefail
rc=0
printf 'a key for the tests only, 32 b.' >key
export-coursework no-such-course --key-file key >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
