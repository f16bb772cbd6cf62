"""Validate v24: real-cases-v24 and synthetic-v24 (json parses, ids match html files, every spam string occurs in
the decoded html, text not empty, every hijacked page carries its injection in its bytes, no spam string shared with
an earlier split). Run from anywhere: python validate_v24.py"""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
ok = True

def fail(msg):
    global ok
    ok = False
    print("FAIL", msg)

earlier = set()
for f in glob.glob(os.path.join(DATA, "*", "*", "truth.jsonl")):
    if "-v24" in os.path.basename(os.path.dirname(f)):  # its own folders, wherever v24 lives
        continue
    for line in open(f, encoding="utf-8"):
        if line.strip():
            for s in json.loads(line).get("spam_strings") or []:
                if len(s) >= 3:
                    earlier.add(s.lower())

for folder in ("real-cases-v24", "synthetic-v24"):
    d = os.path.join(HERE, folder)
    rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    files = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(d, "html", "*.html")))
    if sorted(ids) != files or len(set(ids)) != len(ids):
        fail(f"{folder}: ids and html files differ")
    for r in rows:
        for k in ("id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit", "lang", "origin", "kind", "site", "capture", "encoding"):
            if k not in r:
                fail(f"{r['id']}: missing {k}")
        raw = open(os.path.join(d, "html", r["id"] + ".html"), "rb").read()
        try:
            doc = raw.decode(r["encoding"])
        except Exception as e:
            fail(f"{r['id']}: does not decode as {r['encoding']}: {e}")
            continue
        if not r["text"].strip():
            fail(f"{r['id']}: empty text")
        for s in r["spam_strings"]:
            if s not in doc:
                fail(f"{r['id']}: spam string not in html: {s!r}")
            if s.lower() in earlier or any(len(e) >= 3 and (e in s.lower() or s.lower() in e) for e in earlier):
                fail(f"{r['id']}: spam string overlaps an earlier split: {s!r}")
            if s in r["text"] or (r.get("title") and s in r["title"]):
                fail(f"{r['id']}: spam string inside truth text/title")
        if r["hijacked"]:
            marker = r.get("marker")
            if not r["spam_strings"] and not (marker and marker in doc) and "traditional-mirror-pinyin-gloss" not in r["injections"]:
                fail(f"{r['id']}: hijacked page without injected string or marker")
            if "traditional-mirror-pinyin-gloss" in r["injections"] and "(" not in doc:
                fail(f"{r['id']}: mirror without glosses")
            if not r["injections"]:
                fail(f"{r['id']}: hijacked without injection form")
        if r["legit"] and r["hijacked"]:
            fail(f"{r['id']}: legit and hijacked")
        if r["date"] and not (len(r["date"]) == 10 and r["date"][4] == "-"):
            fail(f"{r['id']}: bad date {r['date']}")
    print(folder, len(rows), "pages,", sum(r["hijacked"] for r in rows), "hijacked,", sum(r["legit"] for r in rows), "legit")
print("OK" if ok else "ERRORS")
sys.exit(0 if ok else 1)
