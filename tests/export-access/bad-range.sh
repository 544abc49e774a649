#!/usr/bin/env bash
# A range that is empty or backwards, or an empty --since, --until or
# --now, is a usage error.  The same day as --since and --until is that
# one day.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
run_export c --since 2026-05-10 --until 2026-05-01
echo "exit $?"
run_export c --since 2026-05-02 --until 2026-05-01
echo "exit $?"
run_export c --since 2026-05-01T12:00:00Z --until 2026-05-01T12:00:00Z
echo "exit $?"
run_export c --since= --until 2026-05-01
echo "exit $?"
run_export c --until=
echo "exit $?"
run_export c --since ''
echo "exit $?"
run_export c --now=
echo "exit $?"
run_export --plain c --since 2026-05-01 --until 2026-05-01 | wc -l
