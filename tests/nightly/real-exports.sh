# The nightly run with the real pipelines, over the demo course, two
# generated courses and a licensed child course: every export whose
# pipeline is installed is filed once per course (no sources for the
# licensed child), each opens in a real client, the events and attempts
# are pruned to retention, and every export has its mail.
[ -n "$(command -v retention)" ] && [ -n "$(command -v extract-access)" ] ||
    { echo "the retention and access filters have not landed" >&2; exit 77; }
[ -x "$FIXTURES/gen-course" ] || { echo "no fixtures/gen-course" >&2; exit 77; }
kinds=()
for k in coursework:export-coursework access:export-access \
    assessment:export-assessment guide:export-pdf sources:export-sources; do
	command -v "${k#*:}" >/dev/null && kinds+=("${k%%:*}")
done
export EXPORT_KEY_FILE=$FIXTURES/demo-key.DEMO-ONLY
now=2026-06-01T12:00:00Z
mkdir courses
cp -r "$FIXTURES/demo-course" courses/demo
"$FIXTURES/gen-course" --seed 1 --students 4 --events 300 \
    --attempts 60 --id gen1 --now "$now" courses/gen1 >/dev/null
"$FIXTURES/gen-course" --seed 2 --students 3 --events 200 \
    --attempts 40 --id child --now "$now" courses/child >/dev/null
jq '.licensed_child = true' courses/child/course.json >x &&
    mv x courses/child/course.json
nightly --now "$now" courses store 2>log
echo "exit $?"
grep -E 'done|failed' log | sed "s|$PWD|.|g; s/: [0-9]* exports$/: N exports/"  | sort
for c in courses/*; do
	id=$(jq -r .id "$c/course.json")
	for k in "${kinds[@]}"; do
		if [ "$id" = child ] && [ "$k" = sources ]; then
			continue
		fi
		n=$(mlr --icsv --onidx filter "\$course == \"$id\" && \$kind == \"$k\"" \
		    then count store/manifest.csv)
		[ "$n" = 1 ] || echo "$id $k: filed ${n:-0} times"
	done
	[ -f "$c/events.ndjson" ] &&
	    retention --now="$now" --ndjson --field=time <"$c/events.ndjson" |
	    cmp -s - "$c/events.ndjson" || echo "$id: events not pruned"
done
mlr --icsv --onidx --ofs ' ' cut -o -f kind,file store/manifest.csv |
    while read -r k f; do
	case $f in
	*.zip) unzip -tq "store/$f" >/dev/null || echo "$f: bad zip" ;;
	*.csv) python3 -c 'import csv, sys; list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))' \
	    "store/$f" || echo "$f: bad CSV" ;;
	*.pdf) qpdf --check "store/$f" >/dev/null || echo "$f: bad PDF" ;;
	*) echo "$f: unknown kind of file" ;;
	esac
done
[ "$(ls store/outbox | wc -l)" = "$(($(wc -l <store/manifest.csv) - 1))" ] ||
    echo "not one mail per export"
