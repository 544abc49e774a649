# NDJSON: lines kept as they came when the member matches; blank lines
# and objects without the member are dropped.
set -euo pipefail
printf '{"u": "a", "n": 1}\n\n{"u": "b"}\n{"x": 1}\n{ "u" : "a" }\n' |
    select-rows -j -w u=a
