# A clock that goes back between runs: the second run stops (exit 75)
# before it prunes or files anything; the first run's exports stay; a
# lookup with the early clock still refuses what the later run saw expire.
. "$CASEDIR/common.bash"
fake_tools "$PWD/bin"
export EXPORT_KEY_FILE=$PWD/key
echo 0123456789abcdef >key
gen_course courses/c1 c1
nightly --now 2026-06-01T03:00:00Z courses store 2>/dev/null
echo "first exit $?"
nightly --now 2026-06-10T03:00:00Z courses store 2>/dev/null
echo "second exit $?"
cp -r store store.before
cp courses/c1/events.ndjson events.before
nightly --now 2026-06-05T03:00:00Z courses store 2>&1 | sed "s|$PWD|.|g"
echo "back exit ${PIPESTATUS[0]}"
diff -r store.before store && echo "store unchanged"
cmp events.before courses/c1/events.ndjson && echo "inputs unchanged"
# The 06-01 export expired on 06-08 and was swept on 06-10.
export-store --now 2026-06-05T03:00:00Z lookup store c1 access 2>&1 |
    sed "s|$PWD|.|g"
export-store --now 2026-06-05T03:00:00Z lookup store \
    exports/c1/20260601T030000Z/c1-access.csv
echo "[exit $?]"
# The same night again is not going back.
nightly --now 2026-06-10T03:00:00Z courses store 2>/dev/null
echo "same night exit $?"
