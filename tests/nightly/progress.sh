# On a terminal the run keeps one progress line, rewritten per course; in
# a log it writes one line per course (the other cases).
. "$CASEDIR/common.bash"
command -v script >/dev/null || { echo "no script(1) for a terminal" >&2; exit 77; }
fake_tools "$PWD/bin"
export EXPORT_KEY_FILE=$PWD/key
echo 0123456789abcdef >key
for c in c1 c2 c3; do gen_course "courses/$c" "$c"; done
script -qec "nightly --jobs 1 --now $NOW courses store" /dev/null >tty.out
echo "exit $?"
# What the terminal shows at the end, and the progress updates in order.
tr -d '\r' <tty.out | sed 's/\x1b\[K/\n/g' | grep -v '^$' | sed "s|$PWD|.|g"
grep -ao $'\r\x1b\\[K\\[' tty.out | wc -l
