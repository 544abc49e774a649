# A multiple choice's answers are inline markdown: text that would start
# a block (a quote, a heading, a list item, a rule, a fence, indented
# code) prints as written, while emphasis and code spans still work.
. "$CASEDIR/tree.bash"
v3_tree g p
v3_page g p "Quiz" <<<'{Try|assessment}(mc-1)'
mkdir -p g/.guides/assessments
jq -n '{type: "multiple-choice", taskId: "mc-1",
  source: {name: "Operators", points: 1, instructions: "Pick.",
  answers: ([">=", "# hash", "- dash", "+ plus", "1. one", "2) two",
    "* star", "***", "    indented", "```fence", "==", "| a | b |",
    "**bold** and `x < y`", "a\n===", "a\n---"]
    | map({answer: ., correct: false}))}}' \
    >g/.guides/assessments/mc-1.json
render-pdf --now @0 g >out.pdf
echo "exit $?"
pdf_text out.pdf
