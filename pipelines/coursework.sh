# shellcheck shell=bash
# coursework.sh: the zip that export-coursework, export-student and
# export-assignment share.  Sourced after common.sh, not run.
#
#	coursework_zip SCOPE VALUE OUT
#
# writes to OUT the zip of the course loaded by course_load, every entry
# under one folder:
#
#	SCOPE all	COURSEID/		the whole course
#	SCOPE student	COURSEID-USERNAME/	that student's rows and workspaces
#	SCOPE assignment COURSEID-ASSIGNMENT/	that assignment's
#
# holding course.json, roster.csv (Username, Email, First_Name, Last_Name,
# Role, Hashed_ID), access.csv, assessments/ASSIGNMENT.csv and
# workspaces/USERNAME/ASSIGNMENT/.  Each part is one step below, made by
# its own producer (export-access, export-assessment, hash-ids); a step
# whose producer is not installed is left out with a warning, never faked.
# The generated files carry "now" (NOW, else SOURCE_DATE_EPOCH, else the
# clock); workspace files keep their own times.
#
# Usernames and assignment ids become folder names: a roster username or
# an id that is empty, ".", "..", or holds a "/" stops the export.
# Workspace folders are taken from the disk and packed only for students
# on the roster; pack-zip never follows a link out of a workspace.
#
# Needs: WORK (work_dir), COURSE_DIR, COURSE_ID; optional NOW and
# KEY_FILE (else EXPORT_KEY_FILE).

# The command line of these exports: N operands (into the array args),
# --key-file FILE (KEY_FILE), --now TIME (NOW), --help, --version.
coursework_options() {
	local n=$1
	shift
	args=() NOW='' KEY_FILE=''
	while [ $# -gt 0 ]; do
		case $1 in
		--key-file) [ $# -ge 2 ] || usage_error "--key-file wants a file"
			KEY_FILE=$2; shift 2 ;;
		--key-file=*) KEY_FILE=${1#*=}; shift ;;
		--now) [ $# -ge 2 ] || usage_error "--now wants a time"
			NOW=$2; shift 2 ;;
		--now=*) NOW=${1#*=}; shift ;;
		--help) usage; exit 0 ;;
		--version) echo "$PROG (course-exports) 1.0.0"; exit 0 ;;
		--) shift; args+=("$@"); break ;;
		-*) usage_error "unknown option \"$1\"" ;;
		*) args+=("$1"); shift ;;
		esac
	done
	[ "${#args[@]}" -ge 1 ] || usage_error "no course given"
	[ "${#args[@]}" -eq "$n" ] || usage_error "wrong number of operands"
}

# A name that may become one folder: not empty, not "." or "..", no "/".
safe_component() {
	case $1 in
	'' | . | .. | */*) return 1 ;;
	esac
	return 0
}

# True when every command named is installed.  A producer counts as
# installed with the filters it runs.
have() {
	local c
	for c in "$@"; do
		command -v "$c" >/dev/null 2>&1 || return 1
	done
}

# One column of users.csv, one value a line, of the rows the select-rows
# options that follow pick.  Values CSV quoted are unquoted when they fit
# on one line.  Run it in $(...) followed by || exit.
roster_column() {
	local file=$1 col=$2 v
	shift 2
	select-rows "$@" -c "$col" "$file" >"$WORK/column.csv" || exit 1
	tail -n +2 "$WORK/column.csv" | while IFS= read -r v; do
		if [[ $v == \"*\" ]]; then
			v=${v:1:${#v}-2}
			v=${v//\"\"/\"}
		fi
		printf '%s\n' "$v"
	done
}

# Stop when a roster username could not be a folder name.
check_usernames() {
	local users=$1 names bad
	names=$(roster_column "$users" username) || exit 1
	bad=$(grep -m 1 -E '^$|^\.\.?$|/' <<<"$names" || true)
	[ -z "$bad" ] && return 0
	die "$users: username \"$bad\" cannot be a folder name; refused"
}

# The course's assignment ids, in course order, each checked.
assignment_ids() {
	local id ids
	ids=$(jq -r '(.assignments // [])[] | .id' \
	    "$COURSE_DIR/course.json") ||
	    die "$COURSE_DIR/course.json: bad \"assignments\""
	while IFS= read -r id; do
		[ -n "$id" ] || continue
		if ! [[ $id =~ ^[A-Za-z0-9._-]+$ ]] ||
		    ! safe_component "$id"; then
			die "$COURSE_DIR/course.json: assignment id \"$id\"" \
			    "cannot be a folder name; refused"
		fi
		printf '%s\n' "$id"
	done <<<"$ids"
}

# roster.csv: the roster's columns renamed, the user id replaced by its
# keyed hash.
make_roster() {
	local users=$1 out=$2
	if have hash-ids; then
		hash-ids -k "$KEY_FILE" -r Hashed_ID user_id \
		    "$users" >"$WORK/roster-hashed.csv"
		select-rows -D -c "username=Username,email=Email,first_name=First_Name,last_name=Last_Name,role=Role,Hashed_ID" \
		    "$WORK/roster-hashed.csv" >"$out"
	else
		# XXX: hash-ids is not installed: the column is left out
		# rather than filled with anything else.
		echo "$PROG: hash-ids not installed: roster.csv has no" \
		    "Hashed_ID column" >&2
		select-rows -D -c "username=Username,email=Email,first_name=First_Name,last_name=Last_Name,role=Role" \
		    "$users" >"$out"
	fi
}

# A view of the course for one student or one assignment: a folder with
# copies of course.json and users.csv, a link to the assignments, and the
# scoped logs written anew.  The pipelines refuse a course file that is a
# symbolic link out of its course folder, so the files they check are
# never links here.
make_view() {
	local view=$1 scope=$2 value=$3 uid=${4:-} f
	mkdir -p "$view"
	for f in course.json users.csv; do
		[ -e "$COURSE_DIR/$f" ] || continue
		cp -- "$COURSE_DIR/$f" "$view/$f"
	done
	if [ -e "$COURSE_DIR/assignments" ]; then
		ln -s "$(cd "$COURSE_DIR" && pwd)/assignments" \
		    "$view/assignments"
	fi
	case $scope in
	student)
		rm -f "$view/users.csv"
		select-rows -w "username=$value" "$COURSE_DIR/users.csv" \
		    >"$view/users.csv"
		for f in events.ndjson attempts.ndjson; do
			[ -e "$COURSE_DIR/$f" ] || continue
			select-rows -j -w "user_id=$uid" "$COURSE_DIR/$f" \
			    >"$view/$f"
		done
		;;
	assignment-access)
		# Only the assignment's own rows: its project opens and
		# closes (log ins and outs belong to no assignment).
		select-rows -j -w "assignment_id=$value" \
		    "$COURSE_DIR/events.ndjson" >"$view/events.ndjson"
		;;
	esac
}

coursework_zip() {
	local scope=$1 value=$2 out=$3 prefix users uid role list a u w
	local -a ids=() students=() nowarg=() keyarg=()
	KEY_FILE=${KEY_FILE:-${EXPORT_KEY_FILE:-}}
	if [ -z "$KEY_FILE" ]; then
		echo "$PROG: no key: give --key-file FILE or set" \
		    "EXPORT_KEY_FILE" >&2
		exit 2
	fi
	[ -z "${NOW:-}" ] || nowarg=(--now "$NOW")
	keyarg=(--key-file "$KEY_FILE")
	users=$COURSE_DIR/users.csv
	[ -f "$users" ] || die "$users: no such file"
	check_usernames "$users"
	list=$(assignment_ids) || exit 1
	[ -z "$list" ] || mapfile -t ids <<<"$list"

	case $scope in
	all)
		prefix=$COURSE_ID
		;;
	student)
		prefix=$COURSE_ID-$value
		uid=$(roster_column "$users" user_id -w "username=$value") ||
		    exit 1
		[ -n "$uid" ] || die "$users: no user \"$value\""
		role=$(roster_column "$users" role -w "username=$value") ||
		    exit 1
		[ "$role" = student ] ||
		    die "$users: \"$value\" is not a student"
		;;
	assignment)
		prefix=$COURSE_ID-$value
		ids=("$value")
		;;
	esac

	local g=$WORK/gen
	mkdir -p "$g/assessments"
	: >"$WORK/list"
	add() {
		printf '%s\0%s\0' "$prefix/$1" "$2" >>"$WORK/list"
	}

	# course.json, as the snapshot has it.
	cp "$COURSE_DIR/course.json" "$g/course.json"
	add course.json "$g/course.json"

	# The views the producers read.
	local vroster=$COURSE_DIR vaccess=$COURSE_DIR
	if [ "$scope" = student ]; then
		make_view "$WORK/view" student "$value" "$uid"
		vroster=$WORK/view vaccess=$WORK/view
	elif [ "$scope" = assignment ]; then
		make_view "$WORK/view" assignment-access "$value"
		vaccess=$WORK/view
	fi

	# roster.csv
	make_roster "$vroster/users.csv" "$g/roster.csv"
	add roster.csv "$g/roster.csv"

	# access.csv
	if have export-access extract-access retention &&
	    [ -f "$COURSE_DIR/events.ndjson" ]; then
		export-access "${nowarg[@]}" "$vaccess" >"$g/access.csv"
		add access.csv "$g/access.csv"
	else
		echo "$PROG: export-access not installed or no events:" \
		    "no access.csv" >&2
	fi

	# assessments/ASSIGNMENT.csv
	if have export-assessment assemble-csv retention &&
	    [ -f "$COURSE_DIR/attempts.ndjson" ]; then
		for a in "${ids[@]}"; do
			export-assessment "${nowarg[@]}" "${keyarg[@]}" \
			    "$vroster" "$a" >"$g/assessments/$a.csv"
			add "assessments/$a.csv" "$g/assessments/$a.csv"
		done
	else
		echo "$PROG: export-assessment not installed or no attempts:" \
		    "no assessments/" >&2
	fi

	# workspaces/USERNAME/ASSIGNMENT/, students of the roster only.  A
	# student's folder that is a link is not followed.
	if [ "$scope" = student ]; then
		students=("$value")
	else
		list=$(roster_column "$users" username -w role=student) ||
		    exit 1
		[ -z "$list" ] || mapfile -t students <<<"$list"
	fi
	for u in "${students[@]}"; do
		w=$COURSE_DIR/workspaces/$u
		[ -d "$w" ] || continue
		if [ -L "$w" ]; then
			echo "$PROG: $w: a symbolic link; skipped" >&2
			continue
		fi
		for a in "${ids[@]}"; do
			[ -d "$w/$a" ] || continue
			add "workspaces/$u/$a/" "$w/$a"
		done
	done
	# Generated files carry "now", made directories too.
	pack-zip -n "${nowarg[@]}" "$WORK/list" >"$out"
}
