# A line that is not JSON: file and line named, status 1.
set -euo pipefail
printf '{"u": "a"}\nnot json\n' >in.ndjson
select-rows -j -w u=a in.ndjson
