# A record with more fields than the header: file and line named,
# status 1.
set -euo pipefail
printf 'a,b\n1,2\n1,2,3\n' >in.csv
select-rows in.csv
