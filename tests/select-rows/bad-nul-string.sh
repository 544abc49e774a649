# A \u0000 in a string would cut the value short ("x\u0000y" read as
# "x"): file and line named, status 1.  An escaped backslash before
# "u0000" is no NUL.
set -euo pipefail
printf '{"a": "x\\\\u0000"}\n{"a": "x"}\n' >ok.ndjson
select-rows -j -w a=x ok.ndjson
printf '{"a": "x"}\n{"a": "x\\u0000y"}\n' >in.ndjson
select-rows -j -w a=x in.ndjson
