# Bad use and bad configuration: exit 2 and a message, before any course
# is touched.
. "$CASEDIR/common.bash"
fake_tools "$PWD/bin"
gen_course courses/c1 c1
echo 0123456789abcdef >key
t() {
	echo "\$ $*"
	"$@" 2>&1 | sed "s|$PWD|.|g"
	echo "[exit ${PIPESTATUS[0]}]"
}
t nightly
t nightly courses
t nightly --jobs many courses store
t nightly --now 'not a time' courses store
t nightly --chunk 0 --slurm courses store
t nightly nowhere store
# No key file while exports that need one are installed.
t env -u EXPORT_KEY_FILE nightly courses store
export EXPORT_KEY_FILE=$PWD/key
printf 'base_url = https://x.example\nsend_mail = /usr/sbin/sendmail\n' >bad.conf
t nightly --config bad.conf courses store
printf 'base_url https://x.example\n' >bad.conf
t nightly --config bad.conf courses store
printf 'sendmail = /nonexistent/sendmail\n' >bad.conf
t nightly --config bad.conf courses store
t nightly --config missing.conf courses store
t nightly-course
t nightly-course --now never courses/c1 store
t nightly-course courses/c1 nowhere
[ ! -e courses/c1/.nightly ] && [ -z "$(ls -A store/exports 2>/dev/null)" ] &&
    echo "nothing filed"
wc -l <courses/c1/events.ndjson
