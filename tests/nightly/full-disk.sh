# A full disk under the store (a 1 MiB tmpfs): the course whose export does
# not fit fails, for now (exit 75), with the system's own message; the
# courses that fit are filed; the store's manifest and files stay whole,
# nothing temporary is left, and the course inputs are untouched.
. "$CASEDIR/common.bash"
[ "$(id -u)" -eq 0 ] || { echo "a tmpfs mount needs root" >&2; exit 77; }
mkdir store
mount -t tmpfs -o size=1m tmpfs store 2>/dev/null ||
    { echo "mount -t tmpfs is not permitted here" >&2; exit 77; }
trap 'umount store' EXIT
fake_tools "$PWD/bin"
export EXPORT_KEY_FILE=$PWD/key
echo 0123456789abcdef >key
gen_course courses/a-small a-small
gen_course courses/b-big b-big
# Two megabytes that do not compress: the coursework zip cannot fit.
head -c 1500000 /dev/urandom | base64 -w 76 | sed 's/^/x,y,z,/; s/$/,w,student/' \
    >>courses/b-big/users.csv
gen_course courses/c-small c-small
cp -r courses before
nightly --jobs 1 --now "$NOW" courses store 2>log
echo "exit $?"
sed "s|$PWD|.|g; s|/tmp/[^ :]*|TMP|g" log
store_check store
# The inputs: the prune ran (before the disk filled), nothing else changed.
diff -r before/b-big/course.json courses/b-big/course.json &&
    cmp before/b-big/users.csv courses/b-big/users.csv && echo "inputs intact"
[ -z "$(find store -name 'b-big-coursework*')" ] &&
    echo "nothing left of the export that did not fit"
# Room again: the rerun of the night finishes the course, nothing twice.
mount -o remount,size=16m store
nightly --jobs 1 --now "$NOW" courses store 2>log
echo "rerun exit $?"
tail -n 1 log
store_check store | grep -c b-big
