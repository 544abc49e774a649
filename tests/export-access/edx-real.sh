#!/usr/bin/env bash
# Real Open edX tracking logs: each becomes a course (fixtures/edx-events.jq
# maps the log, the roster and assignments come from it), and its access
# export must hold, row for row and in order, what jq finds in the raw log
# by its own reading: sign-ins, log-outs, courseware pages opened and
# closed, at or after the cutoff.  Now is set six months after the middle
# access event, so retention drops about half of each log.
[ -d "$SHARED/realdata/edx-tracking" ] || {
	echo "no shared/realdata" >&2
	exit 77
}
set -euo pipefail
access='select(.type | test("^(login|logout|project_open|project_close)$"))'

for log in "$SHARED"/realdata/edx-tracking/*.log; do
	c=$(basename "$log" .log)
	mkdir "$c"
	jq -nRc -f "$TOP/fixtures/edx-events.jq" "$log" >"$c/events.ndjson"
	jq -rs "[.[] | $access | .user_id] | unique | .[] |
	    [., ., (if test(\"@\") then . else . + \"@example.org\" end),
	    \"\", \"\", \"student\"] | @csv" "$c/events.ndjson" |
	    cat <(echo user_id,username,email,first_name,last_name,role) - \
	    >"$c/users.csv"
	jq -s "{id: \"edx\", name: \"edX\", timezone: \"America/New_York\",
	    assignments: [.[] | $access | .assignment_id // empty] | unique |
	    map({id: ., name: (\"Chapter \" + .[0:8]), book: null})}" \
	    "$c/events.ndjson" >"$c/course.json"

	# The cutoff: the day of the middle access event (a day of the month
	# no later than the 28th, where date's month arithmetic is exact).
	mid=$(jq -r "$access | .time" "$c/events.ndjson" | sort |
	    awk '{ t[NR] = $0 } END { print t[int((NR + 1) / 2)] }')
	[ -n "$mid" ] || mid=2020-01-01
	day=${mid:0:10}
	[ "${day:8:2}" -le 28 ] || day=${day:0:8}28
	now=$(date -u -d "$day + 6 months" +%Y-%m-%dT00:00:00Z)

	# The raw log's own times are all UTC, so comparing their text is
	# comparing their instants.
	grep -v '^#' "$log" | grep -v '^[[:space:]]*$' |
	    jq -e -s 'all(.time | test("\\+00:00$"))' >/dev/null

	# jq's reading of the raw log: the rows the export must hold.
	grep -v '^#' "$log" | grep -v '^[[:space:]]*$' | jq -rs --arg cut "${day}T00:00:00" '
	    def page: sub("^https?://[^/]+"; "") | sub("[?#].*$"; "");
	    def chapter: [capture("^/courses/.+/courseware/(?<c>[^/]+)/").c] | first;
	    def form: if (.event | type) == "string" then (.event | fromjson? // {}) else (.event // {}) end | .POST // {};
	    [.[] | (.username // "") as $u |
	     if (.event_type | IN("/user_api/v1/account/login_session/", "/login_ajax")) and (form.email | type) == "array" then
	       {who: form.email[0], what: "Log In", a: "", p: ""}
	     elif .event_type == "/logout" and $u != "" then
	       {who: $u, what: "Log Out", a: "", p: ""}
	     elif .event_source == "server" and $u != "" and (.event_type | page | chapter) != null then
	       {who: $u, what: "Project Open", a: (.event_type | page | chapter), p: (.event_type | page)}
	     elif .event_type == "page_close" and $u != "" and ((.page // "") | page | chapter) != null then
	       {who: $u, what: "Project Close", a: (.page | page | chapter), p: (.page | page)}
	     else empty end
	     + {t: .time, ip: (.ip // "")}]
	    | map(select(.t[0:19] >= $cut)) | sort_by(.t)[]
	    | [.t[0:19] + "Z", .who, .what,
	       (if .a == "" then "" else "Chapter " + .a[0:8] end), .p, .ip] | @tsv' >expected.tsv

	mkdir -p tmp
	TMPDIR=$PWD/tmp export-access "$c" --plain --now "$now" >"$c/access.csv"
	[ -z "$(ls -A tmp)" ]
	# mlr's reading of the export, local times back to UTC.
	# shellcheck disable=SC2016 # mlr's own $ fields
	mlr --icsv --otsv --headerless-tsv-output put '
	    s = strptime(substr1($Date_Time, 1, 19) . "Z", "%Y-%m-%dT%H:%M:%SZ");
	    o = substr1($Date_Time, 20, 25);
	    off = (substr1(o, 1, 1) == "-" ? -1 : 1) *
	        ((int("1" . substr1(o, 2, 3)) - 100) * 3600 +
	        (int("1" . substr1(o, 5, 6)) - 100) * 60);
	    $Date_Time = sec2gmt(s - off)' 'then' cut -o -f \
	    Date_Time,Username,Access_Type,Assignment_Name,Project_Path,IP_Address \
	    "$c/access.csv" >got.tsv
	diff expected.tsv got.tsv
	printf '%s: %s of %s access events since %s\n' "$c" \
	    "$(wc -l <got.tsv)" "$(jq -c "$access" "$c/events.ndjson" | wc -l)" "$day"
done
