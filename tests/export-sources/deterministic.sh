# The same course and clock give the same bytes twice.
set -euo pipefail
. "$CASEDIR/../export-coursework/mkcourse"
mkcourse course
export SOURCE_DATE_EPOCH=1780315200
export-sources course >a.zip
export-sources course >b.zip
cmp a.zip b.zip
