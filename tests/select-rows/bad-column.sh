# A column that the header lacks: file and line named, status 1.
set -euo pipefail
printf 'a,b\n1,2\n' >in.csv
select-rows -w c=1 in.csv
