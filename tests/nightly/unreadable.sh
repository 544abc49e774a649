# A course the run may not read (a folder, then a file, without read
# permission): it fails for good with the reason, the rest are done.  Root
# reads everything, so as root the run is made as the user nobody.
. "$CASEDIR/common.bash"
if [ "$(id -u)" -eq 0 ]; then
	# The scratch folder's parents are closed to other users.
	w=$(mktemp -d /tmp/nightly-unreadable.XXXXXX)
	trap 'rm -rf "$w"' EXIT
	cd "$w"
	export TMPDIR=$w
fi
fake_tools "$PWD/bin"
echo 0123456789abcdef >key
gen_course courses/a-ok a-ok
gen_course courses/b-closed b-closed
gen_course courses/c-events c-events
chmod 000 courses/b-closed
chmod 000 courses/c-events/events.ndjson
mkdir store
as=()
if [ "$(id -u)" -eq 0 ]; then
	command -v setpriv >/dev/null || { echo "no setpriv" >&2; exit 77; }
	chown -R nobody: . 2>/dev/null
	chmod 755 . 2>/dev/null
	as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
	"${as[@]}" test -r "$PWD/courses/a-ok/course.json" ||
	    { echo "nobody cannot read the scratch folder" >&2; exit 77; }
fi
"${as[@]}" env PATH="$PATH" HOME="$PWD" EXPORT_KEY_FILE="$PWD/key" \
    nightly --jobs 1 --now "$NOW" courses store 2>log
echo "exit $?"
sed "s|$PWD|.|g" log
store_check store | cut -d, -f1 | uniq -c
