#!/usr/bin/env bash
# course.json faults the filter itself checks.
# shellcheck source-path=SCRIPTDIR source=setup.bash
. "$CASEDIR/setup.bash"
for json in '{"timezone": 5}' '{"assignments": {}}' '{"assignments": [{"id": "a"}]}' \
    '{"assignments": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}' \
    '{"timezone": "../../etc/passwd"}' '[]' '{'; do
	echo "$json" >course.json
	extract-access -c course.json -u users.csv </dev/null
	echo "exit $?"
done
