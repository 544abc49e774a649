# Awkward names round-trip byte for byte: a backslash, a newline, a
# leading dash, the same name in NFC and NFD, a 255-byte name, Chinese and
# spaces.
set -euo pipefail
mkdir ws
cd ws
echo 1 >'back\slash'
echo 2 >"$(printf 'new\nline')"
echo 3 >'-rf'
echo 4 >"$(printf 'caf\xc3\xa9')"
echo 5 >"$(printf 'cafe\xcc\x81')"
echo 6 >"$(printf '%0255d' 0)"
echo 7 >'数字钟  2 + 1 = 3.c'
cd ..
find ws -exec touch -h -d 2025-05-05T05:05:05Z {} +
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" --list out.zip ws w/
