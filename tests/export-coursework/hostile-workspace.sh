# A workspace holding a link to /etc/passwd, a link into another
# student's workspace, a link to itself, a dangling link and a FIFO: the
# export goes through, packs none of them but the link that stays inside,
# and a student folder that is a link is not followed.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
w=course/workspaces/alice/a1
ln -s /etc/passwd "$w/passwd"
ln -s ../../bob/a1/answer.txt "$w/bobs.txt"
ln -s loop "$w/loop"
ln -s src/gone.py "$w/dangling"
ln -s src/main.py "$w/inside"
mkfifo "$w/fifo"
mkdir elsewhere
mv course/workspaces/bob elsewhere/bob
ln -s ../../elsewhere/bob course/workspaces/bob
find course -exec touch -h -d 2026-04-01T08:00:00Z {} +
timeout 60 export-coursework course --key-file "$KEY" \
    --now 2026-06-01T12:00:00Z >out.zip 2>err
grep -v 'not installed' err >&2 || true
"$CASEDIR/zipparts" out.zip course c1/ | grep workspaces
bsdtar -tvf out.zip | awk '$1 ~ /^l/ { print $(NF-2), $(NF-1), $NF }'
