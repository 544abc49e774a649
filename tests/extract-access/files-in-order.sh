#!/usr/bin/env bash
# Several logs are read as one, in the order given; a UTC course shows
# +00:00.
# shellcheck source-path=SCRIPTDIR source=setup.bash
. "$CASEDIR/setup.bash"
printf '%s\n' '{"time": "2026-01-01T00:00:00Z", "user_id": "u1", "type": "login"}' >one
printf '%s\n' '{"time": "2026-07-01T00:00:00Z", "user_id": "u2", "type": "project_open", "assignment_id": "a1", "project_path": "x"}' >two
extract-access -c course.json -u users.csv one two
sed -i 's|Europe/Berlin|UTC|' course.json
extract-access --course course.json --users users.csv --since 2026-06-01T00:00:00Z one two
sed -i 's|"timezone": "UTC",||' course.json
extract-access -c course.json -u users.csv --until @1767225601 one - <two
