# The demo course's guides, whole: every heading, paragraph, table cell and
# code line of every page shown comes out of the PDF in guide order; the
# teacher-only text (teacher-only pages and chapters, |||guidance blocks)
# is there only with --teacher-notes.  The outline has an entry for every
# page shown, and pdfimages finds the demo's pictures.
c=$FIXTURES/demo-course
export-pdf "$c" --now @0 >student.pdf
export-pdf "$c" --now @0 --teacher-notes >teacher.pdf
for f in student teacher; do
	qpdf --check "$f.pdf" >/dev/null || echo "$f: qpdf"
	pdftotext -raw -enc UTF-8 "$f.pdf" "$f.txt"
done
pdfinfo student.pdf | grep -E '^(Title|Pages):'
pdfinfo teacher.pdf | grep -E '^(Title|Pages):'
echo "outline entries: $(qpdf --json --json-key=outlines student.pdf |
    grep -c '"title"') student, $(qpdf --json --json-key=outlines teacher.pdf |
    grep -c '"title"') teacher"
echo "images: $(pdfimages -list student.pdf | awk 'NR > 2 && $3 == "image"' | wc -l)"
# Probes: text each page's markdown must show, in order.
for a in $(jq -r '.assignments[] | select(.published != false) | .id' "$c/course.json"); do
	guide-dump "$c/assignments/$a" | jq -r --arg a "$a" \
	    'select(.record == "page" and .body != null) |
	    [$a, (if .hidden then "teacher" else "all" end), .body] | @tsv'
done >pages.tsv
python3 - "$c" <<'PY'
import re, sys
course = sys.argv[1]
def norm(s):
    return re.sub(r"\s+", "", s)
def clean(t):
    """Markdown inline syntax off a line, as the PDF shows it."""
    t = re.sub(r"<[^>]*>", "", t)
    t = re.sub(r"\[([^\]]*)\]\(((?:https?|mailto):[^)]*)\)", r"\1 (\2)", t)
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)
    parts = t.split("`")
    for i in range(0, len(parts), 2):  # outside code spans
        parts[i] = parts[i].replace("**", "")
        parts[i] = re.sub(r"(?<=\S)\*|\*(?=\S)", "", parts[i])
        parts[i] = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", parts[i])
    return "".join(parts).strip()
def skip(t):
    """Lines the probe leaves alone: markup it cannot predict, right-to-left
    text (pdftotext reorders it), emoji (drawn as pictures)."""
    return (not t or t.startswith("<") or "$" in t or "{" in t or "[^" in t
            or "![" in t or re.match(r"^[-*_=|: ]+$", t)
            or re.search("[\u0590-\u08ff]|[\U0001F000-\U0001FFFF]", t))
def probes(md):
    """(text, guidance) pairs for the lines a reader must find."""
    out, fence, guidance = [], False, False
    for line in md.split("\n"):
        t = line.strip()
        if t.startswith("```") or t.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            if t:
                out.append((t, guidance))
            continue
        if t.startswith("|||"):
            kind = t[3:].strip()
            if kind == "guidance":
                guidance = True
            elif kind == "" and guidance:
                guidance = False
            continue
        if skip(t):
            continue
        if t.startswith("|"):
            for cell in t.strip("|").split("|"):
                cell = clean(cell)
                if cell and not re.match(r"^:?-+:?$", cell):
                    out.append((cell, guidance))
            continue
        t = clean(re.sub(r"^(#+|>|[-*+]|\d+[.)])\s+", "", t))
        if t:
            out.append((t, guidance))
    return out
text = {f: norm(open(f + ".txt", encoding="utf-8").read()) for f in ("student", "teacher")}
pos = {"student": 0, "teacher": 0}
found = missing = leaked = 0
rows = [r.rstrip("\n").split("\t") for r in open("pages.tsv", encoding="utf-8")]
def page(a, body):
    return open("%s/assignments/%s/%s" % (course, a, body), encoding="utf-8").read()
# Text students see anyway may also be in teacher-only material.
seen = {norm(p) for a, who, body in rows if who == "all"
        for p, g in probes(page(a, body)) if not g}
for a, who, body in rows:
    for p, guidance in probes(page(a, body)):
        teacher_only = who == "teacher" or guidance
        for f in ("student", "teacher"):
            if f == "student" and teacher_only:
                # Long enough to be the page's own words, not a name
                # students meet elsewhere too.
                if (norm(p) in text[f] and norm(p) not in seen
                        and len(norm(p)) >= 24):
                    leaked += 1
                    print("leaked to students:", p)
                continue
            i = text[f].find(norm(p), pos[f])
            if i < 0:
                missing += 1
                print("%s: not found in order: %s (%s)" % (f, p, body))
            else:
                pos[f] = i
                found += 1
print("%d probes found in order, %d missing, %d leaked" % (found, missing, leaked))
PY
