# An assessment field of the wrong type stops the run with status 1 and
# a message naming the file, before a byte of PDF is written: type,
# source, name, instructions and guidance (read by every export), and a
# multiple choice's answers.  null stands for a missing field.
. "$CASEDIR/tree.bash"
v3_tree g p
v3_page g p "Quiz" <<<'{Try|assessment}(mc-1)'
mkdir -p g/.guides/assessments
good='{type: "multiple-choice", taskId: "mc-1",
  source: {name: "N", points: 1, instructions: "I", guidance: "G",
  multipleResponse: false,
  answers: [{answer: "a", correct: true}, {answer: "b", correct: false}]}}'
for edit in '.' '.type = 7' '.source = []' '.source.name = 5' \
    '.source.instructions = {}' '.source.guidance = {"a": 1}' \
    '.source.answers = "nope"' '.source.answers = 3' \
    '.source.answers = {}' '.source.answers[1] = 2' \
    '.source.answers[1].answer = ["b"]' \
    '.source.answers[1].correct = "false"' \
    '.source.multipleResponse = "yes"' \
    '.source.answers = null | .source.guidance = null | .type = null'; do
	jq -n "$good | $edit" >g/.guides/assessments/mc-1.json
	render-pdf --now @0 g >out.pdf 2>err
	echo "[$edit] exit $?, $(wc -c <out.pdf | tr -d ' ') bytes: $(cat err)" |
	    sed 's/, [1-9][0-9]* bytes:/, some bytes:/'
done
