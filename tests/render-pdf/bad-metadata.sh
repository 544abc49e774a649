# Guide metadata that is not JSON stops the run with status 1, naming the
# file.
. "$CASEDIR/tree.bash"
v3_tree g p
v3_page g p "P" <<<'x'
echo '{"title": "broken", "order": [' >g/.guides/content/index.json
render-pdf --now @0 g >out.pdf
echo "exit $?, $(wc -c <out.pdf) bytes written"
