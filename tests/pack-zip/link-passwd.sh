# A link to /etc/passwd is left out with a warning and never followed.
set -euo pipefail
mkdir ws
echo mine >ws/notes.txt
ln -s /etc/passwd ws/passwd
ln -s ../../../../../../../etc/passwd ws/climb
find ws -exec touch -h -d 2025-05-05T05:05:05Z {} +
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" --list out.zip ws w/
if unzip -p out.zip | grep -q root:; then
	echo "passwd leaked into the zip" >&2
	exit 1
fi
