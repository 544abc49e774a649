# A course or assignment name that is not UTF-8 is a bad command line:
# exit 2 before any byte of PDF is written.
. "$CASEDIR/tree.bash"
v3_tree g p
v3_page g p "P" <<<'x'
render-pdf -c $'Bad\xff' g >out.pdf 2>err
echo "exit $?, $(wc -c <out.pdf) bytes: $(head -n 1 err)"
render-pdf -n ok -n $'Bad\xe9' g g >out.pdf 2>err
echo "exit $?, $(wc -c <out.pdf) bytes: $(head -n 1 err)"
