# shellcheck shell=bash
# common.sh: what the export pipelines share.  Sourced, not run:
#
#	. "$(dirname "${BASH_SOURCE[0]}")/common.sh" 2>/dev/null ||
#	    . "$(dirname "${BASH_SOURCE[0]}")/../share/course-exports/common.sh"
#
# It sets PROG (the script's name, for messages), puts the filters on PATH,
# and gives:
#
#	die MESSAGE...		"PROG: MESSAGE" on stderr, exit 1
#	usage_error MESSAGE...	"PROG: MESSAGE" and the usage line, exit 2
#	course_load DIR		check a course snapshot and read course.json:
#				sets COURSE_DIR, COURSE_ID, COURSE_NAME, COURSE_TZ;
#				course.json, users.csv, events.ndjson and
#				attempts.ndjson, those present, must be
#				regular files inside DIR
#	work_dir		make the private scratch folder WORK, removed
#				on exit however the script ends
#	emit FILE		copy the finished export to stdout; a
#				closed pipe ends the script quietly (141)
#	day_start DATE		seconds since the epoch of a day's start
#				in COURSE_TZ (YYYY-MM-DD: its midnight, or
#				its first instant where a clock change skips
#				midnight) or of an RFC 3339 time
#
# The rule every pipeline keeps: the export is built whole in WORK and only
# then copied to stdout, so a failure in any stage produces no output at
# all.  A script that defines usage() has it called by usage_error.
#
# The filters are found, in order: on PATH as set by the caller; beside
# the script (an installed copy); in the build folder of a checkout.

PROG=$(basename "$0")

die() {
	printf '%s: %s\n' "$PROG" "$*" >&2
	exit 1
}

usage_error() {
	printf '%s: %s\n' "$PROG" "$*" >&2
	if declare -F usage >/dev/null; then
		usage >&2
	fi
	exit 2
}

# Put the filters on PATH unless they already are.
_ce_find_filters() {
	local here
	here=$(cd "$(dirname "$0")" && pwd)
	command -v extract-access >/dev/null 2>&1 && return 0
	if [ -x "$here/extract-access" ]; then
		PATH=$here:$PATH
	elif [ -d "$here/../build/rel/bin" ]; then
		PATH=$here/../build/rel/bin:$PATH
	fi
}
_ce_find_filters

# DIR/NAME must be a regular file (a FIFO or a device would block the
# export or never end) and, if reached through a symbolic link, one inside
# DIR: an export never reads outside the course it was given.
_ce_check_file() {
	local dir=$1 f=$1/$2 real top
	real=$(realpath -e -- "$f" 2>/dev/null) ||
	    die "$f: symbolic link to nothing"
	top=$(realpath -e -- "$dir") || die "$dir: not a course folder"
	case $real in
	"$top"/*) ;;
	*) die "$f: symbolic link out of the course folder" ;;
	esac
	[ -f "$real" ] || die "$f: not a regular file"
}

# Check the course snapshot DIR and read what the pipelines need from its
# course.json.  jq does the reading: a course.json that is not JSON, or
# lacks an id of the allowed form, stops the export here.
course_load() {
	local dir=$1 json
	[ -n "$dir" ] || usage_error "no course given"
	[ -d "$dir" ] || die "$dir: not a course folder"
	json=$dir/course.json
	[ -e "$json" ] || [ -L "$json" ] || die "$json: no such file"
	_ce_check_file "$dir" course.json
	local f
	for f in users.csv events.ndjson attempts.ndjson; do
		if [ -e "$dir/$f" ] || [ -L "$dir/$f" ]; then
			_ce_check_file "$dir" "$f"
		fi
	done
	COURSE_DIR=$dir
	COURSE_ID=$(jq -er 'if type == "object" and (.id | type) == "string"
	    then .id else error("no id") end' "$json" 2>/dev/null) ||
	    die "$json: not a course: want an object with a string \"id\""
	[[ $COURSE_ID =~ ^[A-Za-z0-9._-]+$ ]] ||
	    die "$json: bad course id \"$COURSE_ID\""
	COURSE_NAME=$(jq -r '.name // ""' "$json")
	COURSE_TZ=$(jq -r 'if .timezone == null then "UTC"
	    elif (.timezone | type) == "string" then .timezone
	    else error("timezone") end' "$json" 2>/dev/null) ||
	    die "$json: \"timezone\" is not a string"
	export COURSE_DIR COURSE_ID COURSE_NAME COURSE_TZ
}

# The scratch folder.  Everything half-made lives here and goes with it.
work_dir() {
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/$PROG.XXXXXX") ||
	    die "cannot make a scratch folder"
	# shellcheck disable=SC2064 # expand WORK now, it is fixed
	trap "rm -rf '$WORK'" EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	trap 'exit 129' HUP
}

# Copy the finished export to stdout.  A write failure (a full disk) is a
# failure of the export.  A reader that closed the pipe early (as head
# does) wanted no more: that ends the script quietly with the status of
# SIGPIPE, 141, as it ends any filter, even where SIGPIPE is ignored.
emit() {
	local rc=0 msg
	{ msg=$(cat -- "$1" 2>&1 >&3 3>&-) || rc=$?; } 3>&1
	[ "$rc" -ne 0 ] || return 0
	if [ "$rc" -eq 141 ] || [[ $msg == *"Broken pipe"* ]]; then
		exit 141
	fi
	[ -z "$msg" ] || printf '%s\n' "$msg" >&2
	die "cannot write the export to stdout"
}

# A --since or --until value as seconds since the epoch: YYYY-MM-DD is
# the start of that day in the course's zone (its midnight, or the first
# instant after a clock change that skips midnight); anything else must be an
# RFC 3339 time with its offset.
day_start() {
	local v=$1
	if [[ $v =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then
		# date takes some days that are not (2026-02-30 as 2 March):
		# noon of a real day reads back as itself.
		[ "$(date -u -d "$v 12:00" +%F 2>/dev/null)" = "$v" ] ||
		    usage_error "bad date \"$v\": no such day"
		# A day whose midnight a clock change skips starts where the
		# day before ends: one second after its 23:59:59.
		local t prev
		if ! t=$(TZ=$COURSE_TZ date -d "$v 00:00:00" +%s 2>/dev/null)
		then
			prev=$(date -u -d "$v 12:00 1 day ago" +%F)
			t=$(TZ=$COURSE_TZ date -d "$prev 23:59:59" +%s \
			    2>/dev/null) ||
			    usage_error "bad date \"$v\": no start in $COURSE_TZ"
			t=$((t + 1))
			[ "$(TZ=$COURSE_TZ date -d "@$t" +%F)" = "$v" ] ||
			    usage_error "bad date \"$v\": no start in $COURSE_TZ"
		fi
		echo "$t"
	elif [[ $v =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt\ ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$ ]]; then
		date -d "$v" +%s 2>/dev/null ||
		    usage_error "bad time \"$v\""
	else
		usage_error "bad date \"$v\": want YYYY-MM-DD or an RFC 3339 time"
	fi
}
