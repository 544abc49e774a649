# |||guidance is hidden from students whatever its case and inside a
# quote too; one left open hides the rest of its page (failing closed)
# with a warning naming the line where it began.
. "$CASEDIR/tree.bash"
v3_tree g a b
v3_page g a "Cases" <<'MD'
Shown one.

|||Guidance
Secret capital.
|||

|||GUIDANCE
Secret upper.
|||

> Quoted and shown.
> |||guidance
> Secret quoted.
> |||

Shown two.
MD
v3_page g b "Open" <<'MD'
Shown three.

|||guidance
Secret unclosed.

More secret.
MD
for who in student teacher; do
	echo "== $who"
	opt=
	[ "$who" = teacher ] && opt=--teacher-notes
	# shellcheck disable=SC2086 # empty on purpose
	render-pdf --now @0 $opt g >out.pdf
	echo "exit $?"
	pdf_text out.pdf | grep -E 'Shown|Secret|Quoted|Guidance'
done
