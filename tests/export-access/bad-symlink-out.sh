#!/usr/bin/env bash
# A snapshot file that is a symbolic link out of the course folder is
# refused, each of the four; a link inside the folder is followed.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
mkcourse outside
echo "{}" >outside/attempts.ndjson
mkdir c/sub
mv c/users.csv c/sub/users.csv
ln -s sub/users.csv c/users.csv
run_export --plain c | wc -l
for f in course.json users.csv events.ndjson attempts.ndjson; do
	rm -f "c/$f"
	ln -s "../outside/$f" "c/$f"
	run_export c
	echo "exit $?"
	rm "c/$f"
	mkcourse c
	rm -f c/attempts.ndjson
done
ln -s /nonexistent c/attempts.ndjson
run_export c
echo "exit $?"
