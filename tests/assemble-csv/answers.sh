#!/usr/bin/env bash
# Answers that CSV must carry whole: commas, quotes, CR, LF, CRLF, a
# leading tab, =1+1, 40,000 characters of code, numbers as written, arrays
# of such, null, non-Latin text, an escaped surrogate pair.  Python's
# csv and mlr read them back as they were; in the download form only text
# cells get the guard quote.
set -euo pipefail
mkdir -p tree/.guides/assessments
cat >tree/.guides/assessments/free-text-1.json <<'J'
{"type": "free-text", "taskId": "free-text-1", "source": {"name": "Say it", "points": 10}}
J
python3 - <<'PY'
import json
answers = [
    "a, b, and c", 'she said "no"', "cr\ronly", "two\nlines",
    "crlf\r\nline", "\tleading tab", "=1+1", "-2+3", "@SUM(A1)", "+1",
    "\"\"\"", "def f():\n" + "    x = 'a,\"b\"'\r\n" * 2665 + "    return 1\n",
    -3, 2.5, ["a, b", '"c"', "=d"], None, "紅樓夢 ñíá ☺", "",
    "an emoji \U0001F600, escaped as a surrogate pair",
]
with open("answers.json", "w") as f:
    json.dump(answers, f)
with open("users.csv", "w") as f:
    f.write("user_id,username,email,first_name,last_name,role\n")
    for i in range(len(answers)):
        f.write("u%d,s%d,s%d@example.org,S,%d,student\n" % (i, i, i, i))
with open("attempts.ndjson", "w") as f:
    for i, a in enumerate(answers):
        line = json.dumps({"time": "2026-05-01T00:00:00Z", "user_id": "u%d" % i,
            "assignment_id": "x", "task_id": "free-text-1", "answer": a,
            "points": 1})
        f.write(line.replace("2.5,", "2.50,") + "\n")
print("longest answer:", max(len(a) for a in answers if isinstance(a, str)))
PY
printf 'a key that is long enough' >key
assemble-csv -k key -a x -g tree -u users.csv attempts.ndjson >plain.csv
assemble-csv -d -k key -a x -g tree -u users.csv attempts.ndjson >dl.csv
python3 - <<'PY'
import csv, json, subprocess
answers = json.load(open("answers.json"))
def cell(a):
    if a is None: return ""
    if isinstance(a, list): return "; ".join(a)
    if a == 2.5: return "2.50"
    return str(a)
want = [cell(a) for a in answers]
with open("plain.csv", newline="", encoding="utf-8") as f:
    got = [r["Say it_Answer"] for r in csv.DictReader(f)]
assert got == want, [(w[:40], g[:40]) for w, g in zip(want, got) if w != g][:2]
print("csv: %d answers back as they were" % len(got))
out = subprocess.run(["mlr", "--icsv", "--ojson", "--infer-none", "cut",
    "-f", "Say it_Answer", "plain.csv"], capture_output=True, check=True)
got = [r["Say it_Answer"] for r in json.loads(out.stdout)]
# mlr reads CRLF inside a quoted field as LF; everything else must match.
lf = [w.replace("\r\n", "\n") for w in want]
assert got == lf, [(w[:40], g[:40]) for w, g in zip(lf, got) if w != g][:2]
print("mlr: %d answers back as they were (CRLF inside a field as LF)"
      % len(got))
with open("dl.csv", newline="", encoding="utf-8-sig") as f:
    got = [r["Say it_Answer"] for r in csv.DictReader(f)]
for a, w, g in zip(answers, want, got):
    guarded = isinstance(a, (str, list)) and w[:1] in ("=", "+", "-", "@", "\t", "\r")
    assert g == ("'" + w if guarded else w), (w[:40], g[:40])
    if guarded or isinstance(a, (int, float)):
        print("download: %-14r as %r" % (w[:12], g[:13]))
PY
