# A file time past 2038: the MS-DOS time clamps to 2107-12-31 and the
# extended timestamp, a signed 32-bit count, to 2038-01-19 instead of
# wrapping round to 1971; a time before 1980 keeps its own in the
# extended timestamp.
set -euo pipefail
mkdir -p t
touch -d 2200-01-01T00:00:00Z t/future
touch -d 1975-01-01T00:00:00Z t/past
printf 'w/\0t\0' | pack-zip >out.zip
unzip -q out.zip -d x
TZ=UTC ls -l --time-style=+%FT%T x/w | awk 'NR > 1 { print $6, $7 }'
python3 -c '
import zipfile
for i in zipfile.ZipFile("out.zip").infolist():
    if not i.is_dir():
        print(i.filename, "%04d-%02d-%02dT%02d:%02d:%02d" % i.date_time)
'
