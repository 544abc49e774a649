# Bad command lines exit 2; --help and --version work.
set -euo pipefail
for args in "" "--frobnicate" "a b" "--key-file"; do
	rc=0
	# shellcheck disable=SC2086
	export-coursework $args >/dev/null 2>err || rc=$?
	echo "[$args]: exit $rc: $(head -n 1 err)"
done
export-coursework --help
export-coursework --version
