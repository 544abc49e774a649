# Bad command lines exit 2; --help and --version work.
set -euo pipefail
for args in "-x" "-w nofield" "-w =v" "-j -D" "-j -c a" "-c ," "a b"; do
	rc=0
	# shellcheck disable=SC2086
	select-rows $args </dev/null >/dev/null 2>err || rc=$?
	echo "$args: exit $rc: $(head -n 1 err)"
done
select-rows --help
select-rows --version | sed 's/[0-9.]*$/VERSION/'
