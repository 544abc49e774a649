#!/usr/bin/env bash
# users.csv as a spreadsheet saves it: byte-order mark, CRLF line ends,
# quoted fields, the columns in another order.
# shellcheck source-path=SCRIPTDIR source=course.bash
. "$CASEDIR/course.bash"
mkcourse c
printf '\xef\xbb\xbfrole,user_id,username,email,first_name,last_name\r\n' >c/users.csv
printf 'student,u1,alee,ada@example.edu,"Ada ""A""",Lee\r\n' >>c/users.csv
printf 'teacher,u2,bkim,bo@example.edu,"Bo\r\nB",Kim\r\n' >>c/users.csv
echo '{"time": "2026-05-01T13:00:00Z", "user_id": "u2", "type": "login"}' >>c/events.ndjson
run_export --plain c
