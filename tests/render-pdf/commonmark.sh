# Every example of the CommonMark spec and of the GFM spec renders, one
# page each, into a PDF qpdf accepts (under make check SANITIZE=... with
# no sanitizer report).
[ -d "$SHARED/realdata/commonmark" ] || { echo "no shared/realdata" >&2; exit 77; }
mkdir -p g/.guides/content
python3 - "$SHARED/realdata/commonmark" <<'PY'
import json, sys
stems = []
for f in ("commonmark.0.31.2.json", "gfm.0.29.json"):
    for ex in json.load(open(sys.argv[1] + "/" + f, encoding="utf-8")):
        stem = "%s-%d" % (f.split(".")[0], ex["example"])
        stems.append(stem)
        with open("g/.guides/content/%s.json" % stem, "w") as o:
            json.dump({"id": stem, "title": stem, "type": "page"}, o)
        with open("g/.guides/content/%s.md" % stem, "w", encoding="utf-8") as o:
            o.write(ex["markdown"])
with open("g/.guides/content/index.json", "w") as o:
    json.dump({"title": "Spec", "order": stems}, o)
print(len(stems), "examples")
PY
render-pdf --now @0 g >out.pdf
qpdf --check out.pdf >/dev/null && echo "qpdf: ok"
pdfinfo out.pdf | grep '^Pages:' | awk '{ print ($2 > 680) ? "pages: ok" : "pages: " $2 }'
