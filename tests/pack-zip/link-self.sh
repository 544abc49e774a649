# A link to itself, and two links to each other, are left out.
set -euo pipefail
mkdir ws
ln -s self ws/self
ln -s ping ws/pong
ln -s pong ws/ping
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" out.zip ws w/
