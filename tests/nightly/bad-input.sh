# Folders that are not courses, or not good ones: each is skipped or fails
# with its reason, for good (exit 1), and the others are still done.
. "$CASEDIR/common.bash"
fake_tools "$PWD/bin"
export EXPORT_KEY_FILE=$PWD/key
echo 0123456789abcdef >key
gen_course courses/good good
mkdir courses/empty
mkdir -p courses/lost+found/x
gen_course courses/bad-json bad-json
printf '{"id": "bad-json", "name": ' >courses/bad-json/course.json
gen_course courses/bad-id 'x y'
gen_course courses/fifo fifo
rm courses/fifo/events.ndjson
mkfifo courses/fifo/events.ndjson
gen_course courses/export-fails export-fails
echo '1 export-fails/data.bin: bad record' >courses/export-fails/.fail
gen_course courses/bad-roster bad-roster
printf 'user_id,username,email,first_name,last_name,role\n"u1,x\n' \
    >courses/bad-roster/users.csv
gen_course courses/no-id no-id
echo '{"id": 7, "name": "A number for an id"}' >courses/no-id/course.json
gen_course courses/link link
echo 'not the course' >outside.ndjson
cp outside.ndjson outside.before
ln -sf "$PWD/outside.ndjson" courses/link/attempts.ndjson
nightly --jobs 2 --now "$NOW" courses store 2>log
echo "exit $?"
sed "s|$PWD|.|g" log | sort
store_check store | cut -d, -f1,2
cmp outside.ndjson outside.before && echo "the link's target untouched"
