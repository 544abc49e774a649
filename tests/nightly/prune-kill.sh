# kill -9 in the middle of the retention prune: events.ndjson is still the
# old file, whole; the rerun prunes it and removes the half-written one.
. "$CASEDIR/common.bash"
fake_tools "$PWD/bin"
gen_course course c1 4
mkdir store
cp course/events.ndjson events.orig
FAKE_RETENTION_SLOW=30 setsid nightly-course --now "$NOW" course store \
    >/dev/null 2>&1 &
pid=$!
for _ in $(seq 100); do
	part=$(find course -name '.events.ndjson.prune.*' -size +0)
	[ -n "$part" ] && break
	sleep 0.1
done
[ -n "$part" ] || { echo "the prune never started"; kill -9 -- -"$pid"; exit 1; }
{ kill_session "$pid"; } 2>/dev/null
echo "half-written: $(wc -l <"$part") of $(wc -l <events.orig) lines"
cmp events.orig course/events.ndjson && echo "events.ndjson: the old file"
nightly-course --now "$NOW" course store
cmp -s events.orig course/events.ndjson || echo "events.ndjson: pruned"
wc -l <course/events.ndjson
ls -A course
