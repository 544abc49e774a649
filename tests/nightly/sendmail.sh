#!/usr/bin/env bash
# Mail through a configured sendmail (named in STORE/nightly.conf): the
# mail server away (sendmail exits 75) makes the course fail for now,
# after its exports are filed; the rerun of the night sends each message
# once and builds no export again; a third run sends nothing.
# shellcheck source=tests/nightly/common.bash
. "$CASEDIR/common.bash"
fake_tools "$PWD/bin"
unset NIGHTLY_BASE_URL
export EXPORT_KEY_FILE=$PWD/key FAKE_CALLS=$PWD/calls
echo 0123456789abcdef >key
gen_course courses/c1 c1
gen_course courses/c2 c2
mkdir mail
cat >sendmail <<'SH'
#!/usr/bin/env bash
# Records each message as a file in mail/ with its recipients on the first line.
[ "$1" = -i ] && [ "$2" = -- ] || exit 64
shift 2
d=$(dirname "$0")/mail
[ -e "$d/../mail-down" ] && { echo "sendmail: connection refused" >&2; exit 75; }
{ echo "rcpt: $*"; cat; } >"$(mktemp "$d/msg.XXXXXX")"
SH
chmod +x sendmail
mkdir store
cat >store/nightly.conf <<CONF
# The nightly run's configuration.
base_url = https://dl.example.edu/store/
sendmail = $PWD/sendmail
mail_from = Course exports <exports@example.edu>
CONF
touch mail-down
nightly --retries 0 --now "$NOW" courses store 2>log
echo "exit $?"
sed "s|$PWD|.|g" log | sort
find mail -type f | wc -l
rm mail-down
nightly --now "$NOW" courses store 2>log
echo "rerun exit $?"
tail -n 1 log
find mail -type f | wc -l
sort calls | uniq -c | awk '{ print $1 }' | uniq -c
nightly --now "$NOW" courses store 2>log
find mail -type f | wc -l
# One message, as sendmail got it: LF line ends, headers, the link.
grep -l 'c1 access' mail/* | head -n 1 | xargs cat
