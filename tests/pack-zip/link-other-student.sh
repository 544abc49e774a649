# A link from one student's workspace into another's is left out: the
# tree packed is the workspace, not the course.
set -euo pipefail
mkdir -p workspaces/u1/a1 workspaces/u2/a1
echo "u2's answer" >workspaces/u2/a1/answer.py
ln -s ../../u2/a1/answer.py workspaces/u1/a1/copied.py
ln -s ../../u2/a1 workspaces/u1/a1/theirs
find workspaces -exec touch -h -d 2025-05-05T05:05:05Z {} +
printf 'c/workspaces/u1/a1/\0workspaces/u1/a1\0' | pack-zip --now 2026-06-01T12:00:00Z >out.zip
"$CASEDIR/zipcheck" --list out.zip workspaces/u1/a1 c/workspaces/u1/a1/
