# Two runs at once on one store: the second stops (exit 75) without
# touching anything, or with --wait waits for the first, then finds the
# night's work done and does none of it twice.
. "$CASEDIR/common.bash"
fake_tools "$PWD/bin"
export EXPORT_KEY_FILE=$PWD/key FAKE_CALLS=$PWD/calls
echo 0123456789abcdef >key
gen_course courses/c1 c1
gen_course courses/c2 c2
echo 0.5 >courses/c1/.slow
nightly --jobs 1 --now "$NOW" courses store 2>first.log &
first=$!
for _ in $(seq 100); do
	[ -s calls ] && break
	sleep 0.1
done
nightly --now "$NOW" courses store 2>&1 | sed "s|$PWD|.|g"
echo "second exit ${PIPESTATUS[0]}"
nightly --wait --now "$NOW" courses store 2>third.log
echo "third exit $?"
wait "$first"
echo "first exit $?"
tail -n 1 third.log
sort calls | uniq -c
store_check store | wc -l
