# What is quietly wrong gets a warning: a tree with no guide (still a
# PDF saying so, status 0), an embed of an assessment nobody defined, a
# book listing a pageId twice, a missing page with no title (named by
# its pageId).  A tree that is not a directory stops the run.
. "$CASEDIR/tree.bash"
echo 'not a tree' >file
mkdir -p bare half/.guides/content
echo 'x' >half/.guides/content/p.md
for t in file bare half; do
	render-pdf --now @0 "$t" >out.pdf
	echo "[$t] exit $?, $(wc -c <out.pdf | tr -d ' ') bytes" |
	    sed 's/, [1-9][0-9]* bytes/, some bytes/'
done
pdf_text out.pdf | grep 'no guide'

v3_tree g p
v3_page g p "Page" <<<'{Go|assessment}(NOPE)'
render-pdf --now @0 g >out.pdf
echo "exit $?"
pdf_text out.pdf | grep 'NOPE'

mkdir -p l/.guides
cat >l/.guides/metadata.json <<'JSON'
{"sections": [{"id": "s1", "title": "One", "content-file": ".guides/one.md"}]}
JSON
echo 'Body one.' >l/.guides/one.md
cat >l/.guides/book.json <<'JSON'
{"name": "Book", "children": [
 {"id": "a", "pageId": "s1", "type": "page"},
 {"id": "b", "pageId": "s1", "type": "page"},
 {"id": "c", "pageId": "s-gone", "type": "page"}]}
JSON
render-pdf --now @0 l >out.pdf
echo "exit $?"
