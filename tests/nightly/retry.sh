# GNU parallel retries a course that failed for now (exit 75), and only
# such a course: one that failed for good is tried once.  The job log
# tells which is which.
. "$CASEDIR/common.bash"
fake_tools "$PWD/bin"
export EXPORT_KEY_FILE=$PWD/key FAKE_CALLS=$PWD/calls
echo 0123456789abcdef >key
gen_course courses/flaky flaky
echo '75 the license server is away' >courses/flaky/.fail-once
gen_course courses/down down
echo '75 the license server is away' >courses/down/.fail
gen_course courses/broken broken
echo '1 broken/users.csv:3: bad record' >courses/broken/.fail
nightly --jobs 1 --retries 2 --now "$NOW" courses store 2>log
echo "exit $?"
sed "s|$PWD|.|g" log
# export-coursework runs first: its calls count the attempts.
grep -c 'export-coursework flaky' calls
grep -c 'export-coursework down' calls
grep -c 'export-coursework broken' calls
mlr --itsv --onidx cut -f Exitval,Command then sort -f Command \
    store/.nightly/runs/*/joblog | sed 's| @.*/courses/| |; s| /.*||'
