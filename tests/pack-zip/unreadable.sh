# A file that cannot be read stops the export with its name and status 1.
set -euo pipefail
. "$CASEDIR/nocaps"
mkdir ws
echo fine >ws/a.txt
echo secret >ws/locked.txt
chmod 000 ws/locked.txt
rc=0
printf 'w/\0ws\0' | nocaps pack-zip >out.zip || rc=$?
echo "exit $rc"
