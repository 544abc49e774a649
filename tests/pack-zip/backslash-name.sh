# A backslash in a file name is a separator to Windows extractors: in a
# zip it is stored as "%5C", with a warning; a .tar.zst keeps the name.
set -euo pipefail
mkdir -p 't/sub'
echo evil >'t/..\..\evil.txt'
echo ok >'t/sub/a\b'
printf 'w/\0t\0' | pack-zip >out.zip
python3 -c '
import zipfile
for n in sorted(zipfile.ZipFile("out.zip").namelist()):
    print(n)
'
unzip -tq out.zip
printf 'w/\0t\0' | pack-zip -t | bsdtar -tf - | LC_ALL=C sort
