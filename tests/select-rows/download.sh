# The download form: byte-order mark, CRLF, formula cells guarded.
set -euo pipefail
printf 'a,b\n=1+1,@x\nok,-5\n' | select-rows -D | od -An -c
