# A FIFO is left out with a warning and never opened: the export does not
# hang on it, listed or met in a tree.
set -euo pipefail
mkdir ws
echo data >ws/file
mkfifo ws/pipe
mkfifo listed-pipe
printf 'w/\0ws\0p\0listed-pipe\0' | timeout 20 pack-zip >out.zip
"$CASEDIR/zipcheck" out.zip ws w/
