#!/usr/bin/env python3
"""Validate pending-v26/synthetic-v26: format, spam_strings in decoded html, site structure, no overlap
with the spam_strings / hosts of every other truth.jsonl under bench/data (folders ending in -v26 left out)."""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
SET = os.path.join(HERE, "synthetic-v26")
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
errs = []
rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
htmls = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(SET, "html"))}
if {r["id"] for r in rows} != htmls or len(rows) != len(htmls):
    errs.append("ids and html files differ")
for r in rows:
    for k in FIELDS:
        if k not in r:
            errs.append("%s: missing %s" % (r.get("id"), k))
    raw = open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read()
    m = re.search(rb'charset=([\w-]+)', raw)
    if not m or m.group(1).decode().lower() != r["encoding"].lower():
        errs.append("%s: charset mismatch" % r["id"])
    html = raw.decode(r["encoding"])
    if not r["text"].strip():
        errs.append("%s: empty text" % r["id"])
    for p in r["text"].split("\n"):
        if p not in html:
            errs.append("%s: text paragraph not in html" % r["id"])
    if r["title"] and r["title"] not in html:
        errs.append("%s: title not in html" % r["id"])
    if r["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
        errs.append("%s: bad date" % r["id"])
    for s in r["spam_strings"]:
        if s not in html:
            errs.append("%s: spam string not in html" % r["id"])
        for f in ("title", "text", "source", "author"):
            if r[f] and s in r[f]:
                errs.append("%s: spam string inside truth %s" % (r["id"], f))
    if r["hijacked"] != bool(r["spam_strings"]) or r["hijacked"] != bool(r["injections"]):
        errs.append("%s: hijacked/spam_strings/injections disagree" % r["id"])
    if r["legit"] and r["hijacked"]:
        errs.append("%s: legit and hijacked" % r["id"])
    if r["url"].split("/")[2] != r["site"]:
        errs.append("%s: url not on site host" % r["id"])
# site structure: >=4 sites with >=5 pages, 2-3 hijacked sharing one injection form, >=2 clean
by = collections.defaultdict(list)
for r in rows:
    by[r["site"]].append(r)
ok_sites = 0
for site, rs in by.items():
    h = [r for r in rs if r["hijacked"]]
    forms = {tuple(r["injections"]) for r in h}
    tpls = {r.get("template") for r in rs}
    if len(rs) >= 5 and 2 <= len(h) <= 3 and len(rs) - len(h) >= 2 and len(forms) == 1 and len(tpls) == 1:
        ok_sites += 1
if ok_sites < 4:
    errs.append("fewer than 4 well-formed sites")
if len({r["encoding"] for r in rows} & {"gbk", "gb18030", "gb2312"}) == 0:
    errs.append("no GBK/GB18030 template")
# overlap with other splits
theirs, hosts = set(), set()
for f in glob.glob(os.path.join(DATA, "**", "truth.jsonl"), recursive=True):
    if any(part.endswith("-v26") for part in os.path.relpath(f, DATA).split(os.sep)):
        continue
    for l in open(f, encoding="utf-8"):
        if l.strip():
            d = json.loads(l)
            theirs.update(s for s in (d.get("spam_strings") or []) if isinstance(s, str))
            u = d.get("url") or ""
            if "//" in u:
                hosts.add(u.split("/")[2].lower())
            if d.get("site"):
                hosts.add(str(d["site"]).lower())
mine = {s for r in rows for s in r["spam_strings"]}
for s in mine:
    for t in theirs:
        if len(t.strip()) >= 3 and (t in s or s in t):
            errs.append("spam overlap with another split: %r" % t[:20])
sys.path.insert(0, os.path.join(HERE, "synthetic-generator-v26"))
import make_set
for b in [x["brand"] for x in make_set.SITES]:
    for t in theirs:
        if b in t or (len(t.strip()) >= 3 and t in b):
            errs.append("brand overlap with another split: %r" % t[:20])
for site in by:
    if site.lower() in hosts:
        errs.append("host reused from another split")
print("pages", len(rows), "sites", len(by), "well-formed sites", ok_sites,
      "hijacked", sum(r["hijacked"] for r in rows), "legit", sum(r["legit"] for r in rows))
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
