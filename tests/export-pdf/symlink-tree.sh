# An assignment tree that is a symbolic link out of the course is refused
# (status 1, nothing on stdout); one resolving inside the course is read.
. "$CASEDIR/course.bash"
make_course c
mkdir -p elsewhere
mv c/assignments/loops elsewhere/loops
ln -s "$PWD/elsewhere/loops" c/assignments/loops
export-pdf c --now @0 >out.pdf 2>err
echo "exit $?, $(wc -c <out.pdf | tr -d ' ') bytes"
sed "s|$(pwd -P)/||" err
rm c/assignments/loops
mkdir -p c/store
mv elsewhere/loops c/store/loops
ln -s ../store/loops c/assignments/loops
export-pdf c --now @0 >out.pdf
echo "exit $?"
pdftotext out.pdf - | grep -E 'Body'
