# A "teacherOnly" that is not a JSON boolean hides its page as the
# platform does (any truthy value), with a warning naming the file: on a
# page, on a chapter's index.json (its whole subtree) and on a legacy
# metadata.json section.  false, null, 0 and "" hide nothing.
. "$CASEDIR/tree.bash"
v3_tree g open s1 s2 s3 s4 ch
for v in false null 0 '""'; do
	printf 'Open %s body.\n\n' "$v"
done | v3_page g open "Open"
jq '.teacherOnly = null' g/.guides/content/open.json >t &&
    mv t g/.guides/content/open.json
n=1
for v in '"true"' 1 '"yes"' '"false"'; do
	v3_page g "s$n" "Secret $n" <<<"Secret body $n."
	jq --argjson v "$v" '.teacherOnly = $v' "g/.guides/content/s$n.json" \
	    >t && mv t "g/.guides/content/s$n.json"
	n=$((n + 1))
done
mkdir -p g/.guides/content/ch
echo '{"title": "Key chapter", "teacherOnly": "yes", "order": ["inner"]}' \
    >g/.guides/content/ch/index.json
echo '{"title": "Inner", "teacherOnly": false}' \
    >g/.guides/content/ch/inner.json
echo 'Inner secret body.' >g/.guides/content/ch/inner.md
render-pdf --now @0 g >student.pdf
echo "exit $?"
pdf_text student.pdf
render-pdf --now @0 --teacher-notes g 2>/dev/null >teacher.pdf
pdf_text teacher.pdf | grep -c 'Secret body\|Inner secret'

# The older generation: a metadata.json section.
mkdir -p l/.guides
cat >l/.guides/metadata.json <<'JSON'
{"sections": [
 {"id": "a", "title": "Shown", "content-file": ".guides/a.md"},
 {"id": "b", "title": "Hidden", "teacherOnly": "true",
  "content-file": ".guides/b.md"}]}
JSON
echo 'Shown body.' >l/.guides/a.md
echo 'Legacy secret body.' >l/.guides/b.md
render-pdf --now @0 l >legacy.pdf
echo "exit $?"
pdf_text legacy.pdf
