# A run over three courses, a folder that is not a course, a licensed
# child course and a broken course.json: the exports are filed, listed in
# the manifest, mailed once each, and a rerun of the same night changes
# nothing.
. "$CASEDIR/common.bash"
fake_tools "$PWD/bin"
export EXPORT_KEY_FILE=$PWD/key
echo 0123456789abcdef >key
for c in c1 c2; do gen_course "courses/$c" "$c"; done
gen_course courses/child child
jq '.licensed_child = true' courses/child/course.json >x && mv x courses/child/course.json
mkdir courses/not-a-course courses/.hidden
echo stray >courses/stray-file
gen_course courses/broken broken
echo '{"id": "broken",' >courses/broken/course.json

rc=0
nightly --jobs 2 --now "$NOW" courses store 2>log || rc=$?
echo "exit $rc"
sed "s|$PWD|.|g" log | sort
store_check store
# The retention prune kept the last six months only.
wc -l <courses/c1/events.ndjson
wc -l <courses/c1/attempts.ndjson
# The mail, read back by Python's email parser.
python3 - store/outbox <<'PY'
import email, email.policy, os, sys
d = sys.argv[1]
for name in sorted(os.listdir(d)):
    raw = open(os.path.join(d, name), "rb").read()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), name
    m = email.message_from_bytes(raw, policy=email.policy.default)
    body = m.get_content()
    link = [l.strip() for l in body.splitlines() if l.strip().startswith("https://")]
    print(name, m["To"], m["Subject"], m["Date"], link[0], sep=" | ")
PY
# A rerun of the same night files nothing twice and sends nothing twice.
cp store/manifest.csv manifest.before
ls store/outbox >outbox.before
nightly --jobs 2 --now "$NOW" courses store 2>log2 || echo "rerun exit $?"
cmp manifest.before store/manifest.csv
ls store/outbox | cmp outbox.before -
tail -n 3 log2 | sed "s|$PWD|.|g"
