# Text in Latin, Greek, Cyrillic, Chinese, Japanese, Korean, Arabic and
# emoji comes back out of the PDF as the same text (no boxes), from fonts
# that cover it.
. "$CASEDIR/tree.bash"
v3_tree g p
v3_page g p "Scripts" <<'MD'
Latin: naïve façade Ærøskøbing

Greek: Καλημέρα κόσμε

Cyrillic: Здравствуй, мир

Chinese: 紅樓夢 你好世界

Japanese: こんにちは カタカナ

Korean: 안녕하세요

Arabic: مرحبا بالعالم

Emoji: ❤ 😀 🎉

`код 代码 κώδικας`
MD
render-pdf --now @0 g >out.pdf
qpdf --check out.pdf >/dev/null
pdftotext out.pdf - | grep -E '^(Latin|Greek|Cyrillic|Chinese|Japanese|Korean|Emoji|код)'
# Arabic is laid out right to left; its words come back whole.
pdftotext out.pdf - | grep -o -E 'مرحبا|بالعالم' | sort
# The fonts: Noto Sans, Noto CJK, DejaVu for Arabic and code; the colour
# emoji come as pictures.
pdffonts out.pdf | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u
pdfimages -list out.pdf | awk 'NR > 2 && $3 == "image"' | wc -l
