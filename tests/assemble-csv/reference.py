"""An independent reading of the assessment CSV's rules, in Python.

    python3 reference.py COURSE ASSIGNMENT NAME CUTOFF KEYFILE CSV

Reads the course snapshot with json and csv, works out every row the
assessment export must have (attempts, last answers, points, totals,
Time_Spent by the session rule, Hashed_ID by hmac), reads CSV (plain or the
download form) back with csv, and checks that they agree cell by cell.  The
columns' order is taken from CSV's header, but their set must be the
assessments of the tree.  Prints one line saying how many rows agree, or
the first difference (and exits 1).
"""
import csv
import datetime
import glob
import hmac
import json
import os
import sys

course, assignment, name, cutoff, keyfile, path = sys.argv[1:]
cutoff = datetime.datetime.fromisoformat(cutoff)
key = open(keyfile, "rb").read()
tree = os.path.join(course, "assignments", assignment, ".guides")


class Raw(str):
    """A JSON number, kept as its text."""


def load(line):
    return json.loads(line, parse_float=Raw, parse_int=Raw)


def when(s):
    return datetime.datetime.fromisoformat(s)


if os.path.isdir(os.path.join(tree, "assessments")):
    defs = [json.load(open(p, encoding="utf-8"))
            for p in glob.glob(os.path.join(tree, "assessments", "*.json"))]
elif os.path.exists(os.path.join(tree, "assessments.json")):
    defs = json.load(open(os.path.join(tree, "assessments.json"),
                          encoding="utf-8"))
else:
    defs = []
tasks = {}
for d in defs:
    src = d.get("source") or {}
    n = src.get("name")
    tasks[d["taskId"]] = {"name": n if isinstance(n, str) else d["taskId"],
                          "points": float(src.get("points") or 0)}
names = [t["name"] for t in tasks.values()]
for tid, t in tasks.items():
    t["column"] = (t["name"] if names.count(t["name"]) == 1
                   else "%s (%s)" % (t["name"], tid))


def num(v):
    s = "%.4f" % round(v, 4)
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


with open(os.path.join(course, "users.csv"), newline="",
          encoding="utf-8") as f:
    users = list(csv.DictReader(f))
role = {u["user_id"]: u["role"] for u in users}
students = [u for u in users if u["role"] == "student"]

cells = {}
with open(os.path.join(course, "attempts.ndjson"), encoding="utf-8") as f:
    for line in f:
        a = load(line)
        t = when(a["time"])
        if a["assignment_id"] != assignment or t < cutoff:
            continue
        if role.get(a["user_id"]) != "student" or a["task_id"] not in tasks:
            continue
        c = cells.setdefault((a["user_id"], a["task_id"]),
                             {"n": 0, "t": None})
        c["n"] += 1
        if c["t"] is not None and t < c["t"]:
            continue
        ans = a.get("answer")
        if ans is None:
            ans = ""
        elif isinstance(ans, list):
            ans = "; ".join(ans)
        c.update(t=t, answer=ans, points=float(a.get("points") or 0))

spent, open_at = {}, {}
cap = datetime.timedelta(hours=4)
with open(os.path.join(course, "events.ndjson"), encoding="utf-8") as f:
    for line in f:
        e = load(line)
        u, kind, t = e["user_id"], e["type"], when(e["time"])
        if role.get(u) != "student" or t < cutoff or kind not in (
                "login", "logout", "project_open", "project_close"):
            continue
        ours = e.get("assignment_id") == assignment
        if u in open_at and (kind != "project_close" or ours):
            spent[u] = spent.get(u, datetime.timedelta()) + min(
                t - open_at.pop(u), cap)
        if kind == "project_open" and ours:
            open_at[u] = t


def hms(d):
    s = int(d.total_seconds())
    return "%d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)


with open(path, newline="", encoding="utf-8-sig") as f:
    got = list(csv.reader(f))
header, rows = got[0], got[1:]
order = [h[:-len("_Attempts")] for h in header[10:][::4]]
by_column = {t["column"]: tid for tid, t in tasks.items()}
if sorted(order) != sorted(by_column):
    sys.exit("columns %r, assessments %r" % (order, sorted(by_column)))
if len(rows) != len(students):
    sys.exit("%d rows for %d students" % (len(rows), len(students)))
possible = sum(t["points"] for t in tasks.values())
for s, row in zip(students, rows):
    uid = s["user_id"]
    full = " ".join(x for x in (s["first_name"], s["last_name"]) if x)
    want = [full, s["first_name"], s["last_name"], s["username"],
            hmac.new(key, uid.encode(), "sha256").hexdigest()[:32],
            s["email"], name, None, num(possible),
            hms(spent.get(uid, datetime.timedelta()))]
    earned = 0
    for col in order:
        tid = by_column[col]
        c = cells.get((uid, tid))
        if c:
            earned += c["points"]
            want += [str(c["n"]), c["answer"], num(c["points"])]
        else:
            want += ["0", "", "0"]
        want.append(num(tasks[tid]["points"]))
    want[7] = num(earned)
    if path.endswith(".download.csv"):
        row = [v[1:] if v[:2] in ("'=", "'+", "'-", "'@", "'\t", "'\r")
               else v for v in row]
    for h, w, g in zip(header, want, row):
        if w != g:
            sys.exit("%s, %s: want %r, got %r" % (s["username"], h, w, g))
    if len(want) != len(row):
        sys.exit("%s: %d cells, want %d" % (s["username"], len(row),
                                            len(want)))
print("%s: %d rows agree" % (assignment, len(rows)))
