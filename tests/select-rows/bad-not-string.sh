# A member named that is not a string: file and line named, status 1.
set -euo pipefail
printf '{"u": 5}\n' | select-rows -j -w u=5
