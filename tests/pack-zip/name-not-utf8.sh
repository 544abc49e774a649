# A name that is not UTF-8 is stored readable, each bad byte as %XX, with
# a warning; its bytes are kept.
set -euo pipefail
mkdir ws
printf 'latin-1 bytes\n' >"ws/$(printf 'caf\xe9.txt')"
printf 'w/\0ws\0' | pack-zip >out.zip
unzip -tqq out.zip
python3 -c '
import zipfile, sys
z = zipfile.ZipFile(sys.argv[1])
for i in z.infolist():
    print(repr(i.filename), repr(z.read(i)))' out.zip
