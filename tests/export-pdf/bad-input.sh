# Failures exit non-zero, say why, and write nothing to stdout.
. "$CASEDIR/course.bash"
make_course c
check() {
	local rc=0
	export-pdf "$@" >out 2>err || rc=$?
	echo "[$*] exit $rc, $(wc -c <out) bytes: $(head -n 1 err)"
}
check c nosuch
check c --paper a3
check
check nowhere
make_course d
echo '{"title": "g", "order": [' >d/assignments/intro/.guides/content/index.json
check d
