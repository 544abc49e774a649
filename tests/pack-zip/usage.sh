# Bad command lines exit 2 with the synopsis; --help prints it and exits 0,
# --version names the program.
set -euo pipefail
for args in "-x" "-j 0" "-j many" "-L 13" "-L 0" "--frobnicate" "a b"; do
	rc=0
	# shellcheck disable=SC2086
	pack-zip $args </dev/null >/dev/null 2>err || rc=$?
	echo "$args: exit $rc: $(head -n 1 err)"
done
pack-zip --help
pack-zip --version | sed 's/[0-9.]*$/VERSION/'
rc=0
pack-zip --now yesterday </dev/null >/dev/null 2>/dev/null || rc=$?
echo "--now yesterday: exit $rc"
