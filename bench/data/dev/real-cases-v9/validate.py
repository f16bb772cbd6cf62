#!/usr/bin/env python3
"""Format check for a real-cases / synthetic folder: python3 validate.py DIR"""
import html, json, os, re, sys
d = sys.argv[1]
ids = set(); bad = 0
need = "id url title date source author text hijacked injections spam_strings legit lang".split()
for line in open(os.path.join(d, "truth.jsonl"), encoding="utf-8"):
    t = json.loads(line); ids.add(t["id"])
    for k in need:
        if k not in t: print(t["id"], "missing", k); bad += 1
    raw = open(os.path.join(d, "html", t["id"] + ".html"), "rb").read()
    m = re.search(rb'charset="?([\w-]+)', raw)
    enc = m.group(1).decode() if m else "utf-8"
    doc = html.unescape(raw.decode(enc))
    if not t["text"].strip(): print(t["id"], "empty text"); bad += 1
    if t.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", t["date"]): print(t["id"], "bad date"); bad += 1
    for s in t["spam_strings"]:
        if s not in doc: print(t["id"], "spam not in html:", s[:20]); bad += 1
        for k in ("title", "text", "source", "author"):
            if t.get(k) and s.lower() in t[k].lower(): print(t["id"], "spam in truth", k, s[:20]); bad += 1
    flat = doc
    for s in t["spam_strings"]:
        flat = flat.replace(s, "")
    flat = re.sub(r"<[^>]+>", "", flat).replace(",,", ",")
    for p in t["text"].split("\n"):
        if p[:12] not in flat: print(t["id"], "text para not in html:", p[:20]); bad += 1
    if t.get("title") and t["title"] not in doc: print(t["id"], "title not in html"); bad += 1
    if t["hijacked"] and t["legit"]: print(t["id"], "hijacked and legit"); bad += 1
files = {f[:-5] for f in os.listdir(os.path.join(d, "html"))}
if files != ids: print("id/file mismatch", files ^ ids); bad += 1
print(len(ids), "pages,", bad, "problems")
sys.exit(1 if bad else 0)
