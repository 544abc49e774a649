# kill -9 of the whole run mid-way, then a rerun of the same night: every
# export is filed and mailed exactly once, as a run that was never killed
# would have done, and nothing temporary is left.
. "$CASEDIR/common.bash"
fake_tools "$PWD/bin"
export EXPORT_KEY_FILE=$PWD/key
echo 0123456789abcdef >key
for i in 1 2 3 4 5 6; do
	gen_course "courses/c$i" "c$i"
	echo 0.3 >"courses/c$i/.slow"
done
cp -r courses clean
find clean -name .slow -delete
nightly --jobs 1 --now "$NOW" clean reference 2>/dev/null

setsid nightly --jobs 2 --now "$NOW" courses store >/dev/null 2>&1 &
pid=$!
for _ in $(seq 100); do
	[ -n "$(ls store/.nightly/runs/*/status 2>/dev/null)" ] && break
	sleep 0.1
done
sleep 0.5
{ kill_session "$pid"; } 2>/dev/null
n=$(ls store/.nightly/runs/*/status | wc -l)
[ "$n" -ge 1 ] && [ "$n" -lt 6 ] && echo "killed with some courses done"
find courses -name .slow -delete
nightly --jobs 2 --now "$NOW" courses store 2>log
echo "rerun exit $?"
tail -n 1 log
store_check store >after
cat after
store_check reference | cmp - after && echo "same exports as a run never killed"
mlr --icsv --onidx cut -f sha256 then sort -f sha256 store/manifest.csv >a
mlr --icsv --onidx cut -f sha256 then sort -f sha256 reference/manifest.csv |
    cmp - a && echo "same bytes"
ls store/outbox | wc -l
ls store/outbox | cmp - <(ls reference/outbox) && echo "same mail"
