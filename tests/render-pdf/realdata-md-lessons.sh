# Markdown lessons wrapped in a minimal .guides render: the Rust book's
# chapters (GFM tables, SVG and PNG figures in <img> tags) and the shell
# lesson's episodes (SVG figures); no picture is left as a placeholder.
. "$CASEDIR/tree.bash"
R=$SHARED/realdata
[ -d "$R/md-rust-book" ] || { echo "no shared/realdata" >&2; exit 77; }
mkdir rust shell
cp -r "$R/md-rust-book/img" rust/
v3_tree rust chapter03 chapter04 chapter14
for c in chapter03 chapter04 chapter14; do
	v3_page rust "$c" "$c" <"$R/md-rust-book/$c.md"
done
cp -r "$R/md-shell-novice/episodes/fig" shell/
stems=()
for e in "$R"/md-shell-novice/episodes/*.md; do
	stems+=("$(basename "$e" .md)")
done
v3_tree shell "${stems[@]}"
for s in "${stems[@]}"; do
	v3_page shell "$s" "$s" <"$R/md-shell-novice/episodes/$s.md"
done
for t in rust shell; do
	render-pdf --now @0 "$t" >"$t.pdf"
	qpdf --check "$t.pdf" >/dev/null || echo "$t: qpdf"
	echo "$t: $(pdfimages -list "$t.pdf" | awk 'NR > 2 && $3 == "image"' | wc -l) raster images," \
	    "$(pdftotext "$t.pdf" - | grep -c 'image not') placeholders"
done
# A cell of chapter 3's table of integer types, and text from an SVG.
pdftotext rust.pdf - | grep -m 1 -o 'i128'
pdftotext rust.pdf - | grep -c -w 'ptr'
