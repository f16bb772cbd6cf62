#!/usr/bin/env python3
"""Validate a v11 folder: python validate_v11.py <folder> [dev_spam.json]"""
import json, os, sys, html as H
from bs4 import BeautifulSoup
d = sys.argv[1]
dev = set(json.load(open(sys.argv[2]))) if len(sys.argv) > 2 else set()
bad = 0
rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
files = {f[:-5] for f in os.listdir(os.path.join(d, "html"))}
ids = [r["id"] for r in rows]
if set(ids) != files or len(ids) != len(set(ids)):
    print("ID MISMATCH", set(ids) ^ files); bad += 1
keys = "id url title date source author text hijacked injections spam_strings legit lang origin kind site capture encoding".split()
for r in rows:
    for k in keys:
        if k not in r: print(r["id"], "missing", k); bad += 1
    raw = open(os.path.join(d, "html", r["id"] + ".html"), "rb").read()
    doc = raw.decode(r["encoding"])
    vis = H.unescape(doc)
    txt = BeautifulSoup(doc, "lxml").get_text(" ")
    if not r["text"].strip(): print(r["id"], "empty text"); bad += 1
    if r["hijacked"] != bool(r["injections"]): print(r["id"], "hijacked/injections disagree"); bad += 1
    if r["legit"] and r["hijacked"]: print(r["id"], "legit+hijacked"); bad += 1
    for s in r["spam_strings"]:
        if s not in vis and s not in txt and s not in "".join(txt.split()): print(r["id"], "spam not in html:", s[:40]); bad += 1
        for t in dev:
            if s and t and len(t) >= 2 and (s in t or t in s): print(r["id"], "overlaps dev spam:", s[:30], "~", t[:30]); bad += 1
        for f in ("title", "text", "source", "author"):
            if r.get(f) and s in r[f]: print(r["id"], "spam in truth", f); bad += 1
    import re
    flat = re.sub('[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\u2190-\u21FF\u2B00-\u2BFF]', '', txt)
    for s in r["spam_strings"]:
        flat = flat.replace(s, "")
    for p in r["text"].split("\n"):
        if p[:30] and p[:30] not in " ".join(txt.split()) and p[:30] not in txt and p[:30] not in flat: print(r["id"], "para not in page:", p[:30]); bad += 1
    if r["title"] and r["title"] not in txt: print(r["id"], "title not in page"); bad += 1
print(d, len(rows), "pages", "hijacked", sum(r["hijacked"] for r in rows), "legit", sum(r["legit"] for r in rows), "problems", bad)
