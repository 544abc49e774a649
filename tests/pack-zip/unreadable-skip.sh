# With -k an unreadable file or directory is skipped, named, and counted;
# the rest is packed.
set -euo pipefail
. "$CASEDIR/nocaps"
mkdir -p ws/closed
echo fine >ws/a.txt
echo secret >ws/locked.txt
echo hidden >ws/closed/inside.txt
chmod 000 ws/locked.txt ws/closed
printf 'w/\0ws\0' | nocaps pack-zip -k >out.zip
chmod 755 ws/closed
python3 -c 'import zipfile, sys; print(*zipfile.ZipFile(sys.argv[1]).namelist(), sep="\n")' out.zip
unzip -tqq out.zip
