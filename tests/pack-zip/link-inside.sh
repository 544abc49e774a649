# Links that resolve inside the tree are kept as links (node_modules/.bin
# style); a chain that climbs out through another link is left out, and so
# is ".." taken from a link to the root.
set -euo pipefail
mkdir -p ws/node_modules/acorn/bin ws/node_modules/.bin
echo 'console.log(1)' >ws/node_modules/acorn/bin/acorn
ln -s ../acorn/bin/acorn ws/node_modules/.bin/acorn
ln -s node_modules/acorn ws/lib
ln -s /etc ws/etc
ln -s etc/passwd ws/via-etc
ln -s . ws/root
ln -s root/../outside ws/escape
find ws -exec touch -h -d 2025-05-05T05:05:05Z {} +
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" --list out.zip ws w/
bsdtar -tvf out.zip | awk '$1 ~ /^l/ { print $(NF-2), $(NF-1), $NF }'
