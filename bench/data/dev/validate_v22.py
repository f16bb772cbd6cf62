#!/usr/bin/env python3
"""Validate the v22 split: real-cases-v22/ and synthetic-v22/ (siblings of this file), optionally an extraction set.

Checks: truth parses; every id has html/<id>.html and vice versa; html decodes with the declared encoding; every
spam string occurs in the decoded html (raw or entity-unescaped); text non-empty; a page labelled hijacked carries
its injection in its bytes (a spam string, or an injection marker: script/iframe/meta refresh/hidden block; pages
of kind copy-on-unrelated-host carry none by definition); synthetic brands overlap no spam string of any other split
(every truth.jsonl under bench/data except the -v22 folders, wherever they sit).
Usage: python validate_v22.py [--extract DIR]
"""
import glob, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)  # bench/data
MARK = re.compile(r"<script|<iframe|http-equiv=\"?refresh|display:\s*none|left:\s*-\d+px|top:\s*-\d+px", re.I)
errors = []

def err(m):
    errors.append(m)

def check(folder, synthetic=False):
    tp = os.path.join(folder, "truth.jsonl")
    rows = [json.loads(l) for l in open(tp, encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("%s: duplicate ids" % folder)
    files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(folder, "html"))}
    if files != set(ids):
        err("%s: ids/html mismatch %s" % (folder, sorted(files ^ set(ids))[:5]))
    need = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
            "lang", "origin", "kind", "site", "capture", "encoding"]
    for r in rows:
        for k in need:
            if k not in r:
                err("%s %s: missing %s" % (folder, r["id"], k))
        raw = open(os.path.join(folder, "html", r["id"] + ".html"), "rb").read()
        try:
            doc = raw.decode(r["encoding"])
        except Exception as e:
            err("%s %s: decode %s" % (folder, r["id"], e)); continue
        un = html.unescape(doc)
        if not (r.get("text") or "").strip():
            err("%s %s: empty text" % (folder, r["id"]))
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err("%s %s: bad date" % (folder, r["id"]))
        for s in r.get("spam_strings") or []:
            if s not in doc and s not in un:
                err("%s %s: spam string not in html: %r" % (folder, r["id"], s[:30]))
            for fld in ("title", "text", "source", "author"):
                if r.get(fld) and s in r[fld]:
                    err("%s %s: spam string inside truth %s" % (folder, r["id"], fld))
        if r["hijacked"]:
            if not r.get("injections"):
                err("%s %s: hijacked without injections" % (folder, r["id"]))
            if not r.get("spam_strings") and not MARK.search(doc) and r.get("site") != "copy-on-unrelated-host":
                err("%s %s: hijacked page carries no injection" % (folder, r["id"]))
        if r["legit"] and r["hijacked"]:
            err("%s %s: legit and hijacked" % (folder, r["id"]))
        un2 = un
        for s in sorted(r.get("spam_strings") or [], key=len, reverse=True):
            un2 = un2.replace(s, "")
        for p in r["text"].split("\n"):
            if p and H_norm(p) not in H_norm(un2):
                err("%s %s: text paragraph not in page: %r" % (folder, r["id"], p[:30]))
    return rows

def H_norm(s):
    return re.sub(r"\s+", "", s)

real = check(os.path.join(HERE, "real-cases-v22"))
syn = check(os.path.join(HERE, "synthetic-v22"), synthetic=True)
if len(syn) != 40 or sum(r["hijacked"] for r in syn) != 28 or sum(r["legit"] for r in syn) != 4:
    err("synthetic counts off")
if sum(r["hijacked"] for r in real) < 20 or sum(r["legit"] for r in real) < 10:
    err("real counts off")
# brand overlap against every other split
other = set()
for tp in glob.glob(os.path.join(DATA, "**", "truth.jsonl"), recursive=True):
    if "-v22" in tp:
        continue
    for l in open(tp, encoding="utf-8"):
        if l.strip():
            for s in json.loads(l).get("spam_strings") or []:
                if len(s) >= 2:
                    other.add(s)
sys.path.insert(0, os.path.join(HERE, "synthetic-generator-v22"))
import make_set
for b in make_set.BR_GAMBLE + make_set.BR_PORN:
    hits = [s for s in other if b in s or s in b]
    if hits:
        err("brand %s overlaps %r" % (b, hits[:3]))
if "--extract" in sys.argv:
    d = sys.argv[sys.argv.index("--extract") + 1]
    rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(d, "html"))}
    if files != {r["id"] for r in rows}:
        err("extract: ids/html mismatch")
    for r in rows:
        for k in ("id", "url", "title", "text"):
            if k not in r:
                err("extract %s: missing %s" % (r.get("id"), k))
        if not (r.get("text") or "").strip():
            err("extract %s: empty text" % r["id"])
    print("extract:", len(rows), "pages")
print("real:", len(real), "synthetic:", len(syn))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
