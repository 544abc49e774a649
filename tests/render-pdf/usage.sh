# Bad command lines exit 2 with the usage; --help and --version work.
for args in "" "--paper a3 g" "--bogus g" "-n a -n b g" "--now nonsense g"; do
	# shellcheck disable=SC2086 # split on purpose
	render-pdf $args >/dev/null 2>err
	echo "[$args] exit $?: $(head -n 1 err)"
done
render-pdf --help 2>&1 | head -n 1
render-pdf --version
