"""The assessment columns a tree should give, worked out on its own.

    python3 guide_order.py TREE

Prints one line per assessment, in column order: the column name, a tab,
its points.  Pages are read in guide order (newer generation: the "order"
arrays of .guides/content; older: book.json's nodes through their pageId,
or sections[] order without a book), teacher-only ones too; embeds are
{LABEL|assessment}(TASKID).  The first embedding orders the embedded
assessments; the others follow in defining order (assessments.json, or task
id for a .guides/assessments folder).  A test oracle, kept apart from the C
walker on purpose.
"""
import json
import os
import re
import sys

tree = sys.argv[1]
guides = os.path.join(tree, ".guides")
EMBED = re.compile(r"\{[^{}\n]*\|[ \t]*assessment[ \t]*\}\([ \t]*"
                   r"([A-Za-z0-9_.-]+)[ \t]*\)", re.I)


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return ""


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def newer(folder):
    index = load(os.path.join(folder, "index.json"))
    for stem in index.get("order", []):
        sub = os.path.join(folder, stem)
        if os.path.exists(os.path.join(sub, "index.json")):
            meta = load(os.path.join(sub, "index.json"))
            ext = "html" if meta.get("contentType") == "html" else "md"
            yield read(os.path.join(sub, "index." + ext))
            yield from newer(sub)
        elif os.path.exists(sub + ".json"):
            meta = load(sub + ".json")
            ext = "html" if meta.get("contentType") == "html" else "md"
            yield read(sub + "." + ext)


def older():
    meta = load(os.path.join(guides, "metadata.json"))
    sections = {s.get("id"): s for s in meta.get("sections", [])}

    def body(section):
        return read(os.path.join(tree, section.get("content-file") or ""))

    def walk(nodes):
        for n in nodes:
            if n.get("pageId") in sections:
                yield body(sections[n["pageId"]])
            yield from walk(n.get("children") or [])

    book = os.path.join(guides, "book.json")
    if os.path.exists(book):
        yield from walk(load(book).get("children") or [])
    else:
        for s in meta.get("sections", []):
            yield body(s)


if os.path.isdir(os.path.join(guides, "assessments")):
    folder = os.path.join(guides, "assessments")
    defs = [load(os.path.join(folder, f))
            for f in sorted(os.listdir(folder)) if f.endswith(".json")]
    defs.sort(key=lambda d: d["taskId"].encode())
elif os.path.exists(os.path.join(guides, "assessments.json")):
    defs = load(os.path.join(guides, "assessments.json"))
else:
    defs = []
if os.path.exists(os.path.join(guides, "content", "index.json")):
    pages = newer(os.path.join(guides, "content"))
elif os.path.exists(os.path.join(guides, "metadata.json")):
    pages = older()
else:
    pages = []

by_id = {d["taskId"]: d for d in defs}
order = []
for text in pages:
    for m in EMBED.finditer(text):
        if m.group(1) in by_id and m.group(1) not in order:
            order.append(m.group(1))
order += [d["taskId"] for d in defs if d["taskId"] not in order]
names = [by_id[t]["source"].get("name", t) for t in order]
for t, n in zip(order, names):
    col = n if names.count(n) == 1 else "%s (%s)" % (n, t)
    points = float(by_id[t]["source"].get("points") or 0)
    print("%s\t%s" % (col, ("%.4f" % points).rstrip("0").rstrip(".")))
