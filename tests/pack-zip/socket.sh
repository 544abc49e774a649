# A socket is left out with a warning.
set -euo pipefail
mkdir ws
echo data >ws/file
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' \
    ws/sock
printf 'w/\0ws\0' | pack-zip >out.zip
"$CASEDIR/zipcheck" out.zip ws w/
