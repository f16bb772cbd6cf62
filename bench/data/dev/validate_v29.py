#!/usr/bin/env python3
"""Checks real-cases-v29 and synthetic-v29: json parses, ids match html files, fields present, text not empty,
spam_strings occur in the decoded html, every hijacked page carries its injection in its bytes (a spam string or
its injected_code), dates well-formed, title/source/author written on the page."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = "id url title date source author text hijacked injections spam_strings legit lang origin kind site capture encoding".split()
bad = 0
def err(*a):
    global bad
    bad += 1
    print("ERR", *a)
for folder in ("real-cases-v29", "synthetic-v29"):
    d = os.path.join(HERE, folder)
    rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = {r["id"] for r in rows}
    files = {f[:-5] for f in os.listdir(os.path.join(d, "html")) if f.endswith(".html")}
    if ids != files:
        err(folder, "ids/files differ", sorted(ids ^ files))
    for r in rows:
        for k in FIELDS:
            if k not in r:
                err(r["id"], "missing", k)
        raw = open(os.path.join(d, "html", r["id"] + ".html"), "rb").read()
        page = raw.decode(r["encoding"])
        m = re.search(r'charset=([\w-]+)', page)
        if not m or m.group(1).lower() != r["encoding"].lower():
            err(r["id"], "declared charset", m and m.group(1))
        if not r["text"].strip():
            err(r["id"], "empty text")
        if r["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err(r["id"], "date", r["date"])
        for s in r["spam_strings"]:
            if s not in page:
                err(r["id"], "spam not in page", s[:30])
        if r["hijacked"]:
            if not r["injections"]:
                err(r["id"], "hijacked without injections")
            if not r["spam_strings"] and not (r.get("injected_code") and r["injected_code"] in page):
                err(r["id"], "hijacked page carries no injection")
        if r["legit"] and r["hijacked"]:
            err(r["id"], "legit and hijacked")
        for k in ("title", "source", "author"):
            v = r.get(k)
            if v and v not in page and __import__("html").escape(v, quote=False) not in page:
                err(r["id"], k, "not on page", v[:30])
        for p in ([] if set(r["injections"]) & {"brand-in-institution-place", "betting-keyword-substituted-for-school"} else r["text"].split("\n")):
            if p and __import__("html").escape(p, quote=False)[:40] not in page:
                err(r["id"], "text para not on page", p[:30])
    print(folder, len(rows), "pages", sum(r["hijacked"] for r in rows), "hijacked", sum(r["legit"] for r in rows), "legit")
print("errors:", bad)
sys.exit(1 if bad else 0)
