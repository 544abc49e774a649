# The same course, key and clock give the same bytes twice.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
export SOURCE_DATE_EPOCH=1780315200 EXPORT_KEY_FILE=$KEY
export-coursework course >a.zip 2>/dev/null
export-coursework course >b.zip 2>/dev/null
cmp a.zip b.zip
