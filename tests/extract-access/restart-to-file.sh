#!/usr/bin/env bash
# Out of order with files in and a file out: the filter starts over and
# sorts, leaving the output whole; an output opened for appending keeps
# what was before it.
# shellcheck source-path=SCRIPTDIR source=setup.bash
. "$CASEDIR/setup.bash"
for i in 5 3 4 1 2; do
	printf '{"time": "2026-05-01T12:00:0%sZ", "user_id": "u1", "type": "login", "ip": "%s"}\n' "$i" "$i"
done >log
extract-access -c course.json -u users.csv log >out.csv
cat out.csv
echo "before" >app.csv
extract-access -c course.json -u users.csv log >>app.csv
cat app.csv
