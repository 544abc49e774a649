# A tree, a listed file and an empty directory: every reader opens the zip,
# the bytes match, directories (empty ones too) are there, modes are fixed,
# listed entries carry "now" with -n and walked files keep their times.
set -euo pipefail
mkdir -p ws/src ws/empty ws/deep/er/still
printf 'int main(void) { return 0; }\n' >ws/src/main.c
printf '#!/bin/sh\necho hi\n' >ws/run.sh
chmod 750 ws/run.sh
chmod 600 ws/src/main.c
head -c 3000 /dev/zero >ws/deep/er/still/zeros
: >ws/emptyfile
find ws -exec touch -h -d 2024-03-01T10:00:00Z {} +
printf 'a,b\n1,2\n' >gen.csv
printf 'top/tree/\0ws\0top/data.csv\0gen.csv\0top/made/\0\0' |
    pack-zip -n --now 2026-06-01T12:00:00Z >out.zip
"$CASEDIR/zipcheck" --list out.zip ws top/tree/
