# -b: each NDJSON line left out (an empty one too) becomes an empty line,
# so a kept line keeps its number; a reader of the result names it.
set -euo pipefail
printf '{"a":"x"}\n\n{"a":"y"}\n{"a":"x","t":1}\n{"a":"z"}\n' >in.ndjson
select-rows -b -j -w a=x in.ndjson | cat -A
select-rows -b -w a=x in.ndjson 2>&1 | head -n 1 || true
