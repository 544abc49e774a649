# Teacher-only material (a teacherOnly page, a |||guidance block, an
# assessment's right answer and guidance) appears with --teacher-notes
# and nowhere without; what students see appears in both.
. "$CASEDIR/tree.bash"
v3_tree g lesson secret
v3_page g lesson "Lesson" <<'MD'
Visible to all.

|||guidance
Teacher hint alpha.
|||

|||info
## Remember
Visible callout.
|||

{Check It!|assessment}(multiple-choice-1)
MD
v3_page g secret "Answers page" teacher <<'MD'
Teacher page body.
MD
mkdir -p g/.guides/assessments
cat >g/.guides/assessments/multiple-choice-1.json <<'JSON'
{"type": "multiple-choice", "taskId": "multiple-choice-1",
 "source": {"name": "Pick one", "points": "2", "instructions": "Which is even?",
  "guidance": "Teacher rationale beta.",
  "answers": [{"_id": "a", "answer": "Three", "correct": false},
              {"_id": "b", "answer": "Four", "correct": true}]}}
JSON
render-pdf --now @0 g >student.pdf
render-pdf --now @0 --teacher-notes g >teacher.pdf
for f in student teacher; do
	echo "== $f"
	pdf_text "$f.pdf" | grep -E 'Visible|Remember|Teacher|Answers|Pick one|even|Three|Four|correct'
done
