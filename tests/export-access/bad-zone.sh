#!/usr/bin/env bash
# A time zone the zone database does not have.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
sed -i 's|America/New_York|Mars/Olympus_Mons|' c/course.json
run_export c
