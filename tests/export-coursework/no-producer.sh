# A producer missing from the installation stops the export (status 1,
# nothing written) instead of leaving its part out.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
mkdir bin
for f in "$TOP"/pipelines/* "$(dirname "$(command -v pack-zip)")"/*; do
	ln -s "$f" bin/
done
rm bin/extract-access
rc=0
PATH=$PWD/bin:/usr/bin:/bin export-coursework course --key-file "$KEY" \
    >out.zip || rc=$?
echo "exit $rc"
[ ! -s out.zip ]
