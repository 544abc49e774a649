#!/usr/bin/env bash
# The Open University's 173,912 real assessment results, turned into one
# course snapshot per module presentation (fixtures/oulad-courses) and
# exported: every presentation's points earned, results and students add up
# to what mlr sums from the dataset on its own.
[ -d "$SHARED/realdata/oulad" ] || { echo "no shared/realdata" >&2; exit 77; }
set -euo pipefail
src=$SHARED/realdata/oulad
"$TOP/fixtures/oulad-courses" "$src" courses
head -c 32 /dev/urandom >key
for c in courses/*; do
	# Every result is dated 2013 to 2016: a "now" before them all keeps
	# them all within retention.
	export-assessment --plain --now 2013-01-01T00:00:00Z --key-file key \
	    "$c" assessments >"$c.csv"
	# shellcheck disable=SC2016 # a Miller expression, not shell
	mlr --icsv --ojson put -q '
	    @points += $Total_Points_Earned; @students += 1;
	    for (k, v in $*) { if (k =~ "_Attempts$") { @results += v } }
	    end { emit (@points, @results, @students) }' "$c.csv" |
	    jq -r --arg c "$(basename "$c")" \
	    '.[] | [$c, .points, .results, .students] | @tsv'
done >ours.tsv
mlr --icsv --ojson join -j id_assessment -f "$src/assessments.csv" \
    'then' stats1 -a sum,count -f score -g code_module,code_presentation \
    "$src/studentAssessment.csv" |
    jq -r '.[] | ["\(.code_module)-\(.code_presentation)", .score_sum,
    .score_count] | @tsv' | sort >sums.tsv
mlr --icsv --ojson count -g code_module,code_presentation \
    "$src/studentInfo.csv" |
    jq -r '.[] | ["\(.code_module)-\(.code_presentation)", .count] | @tsv' |
    sort >students.tsv
# score_count leaves out the empty scores, which are results all the same.
mlr --icsv --ojson join -j id_assessment -f "$src/assessments.csv" \
    'then' count -g code_module,code_presentation \
    "$src/studentAssessment.csv" |
    jq -r '.[] | ["\(.code_module)-\(.code_presentation)", .count] | @tsv' |
    sort >results.tsv
join -t "$(printf '\t')" sums.tsv results.tsv |
    join -t "$(printf '\t')" - students.tsv | cut -f 1,2,4,5 >theirs.tsv
diff theirs.tsv ours.tsv
echo "presentation	points	results	students"
cat ours.tsv
awk -F '\t' '{ p += $2; r += $3; s += $4 } END { print "total", p, r, s }' ours.tsv
