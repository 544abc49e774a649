# A dangling link that points inside the tree is kept as a link; one
# that points out of it (absolute or climbing) is left out.
set -euo pipefail
mkdir -p ws/sub
ln -s sub/not-yet ws/inside
ln -s /home/someone/venv/lib ws/absolute
ln -s ../../nowhere ws/sub/climbs
find ws -exec touch -h -d 2025-05-05T05:05:05Z {} +
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" --list out.zip ws w/
