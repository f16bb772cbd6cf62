#!/usr/bin/env python3
"""Validate pending-v28: real-cases-v28 and synthetic-v28 (format, injections in bytes, spam strings in decoded
html, truth fields written on the page, text paragraphs present once spam is taken out, site structure of the
synthetic set, no overlap of spam strings / hosts with any other truth.jsonl under bench/data; folders ending in
-v28 are skipped for the overlap) and that the synthetic generator re-runs byte-identically."""
import collections, glob, hashlib, html as htmllib, json, os, re, subprocess, sys, tempfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
# byte-level marks of each injection form (what a cleaner would have to find in the served bytes)
MARKS = {
    "spam-clause-in-article-sentence": None, "external-loader-plausible-host-docwrite": rb"document.write(",
    "info-row-source-replaced": None, "referrer-cloak-redirect-title-rewrite": rb"document.referrer",
    "title-prefix-brand": rb"<title>", "css-class-hidden-friend-links": rb"overflow:hidden",
}
errs = []

def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]

def check_set(name):
    d = os.path.join(HERE, name)
    rows = load(os.path.join(d, "truth.jsonl"))
    files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(d, "html"))}
    if {r["id"] for r in rows} != files or len(rows) != len(files):
        errs.append("%s: ids and html files differ" % name)
    for r in rows:
        rid = r.get("id")
        for k in FIELDS:
            if k not in r:
                errs.append("%s: missing %s" % (rid, k))
        raw = open(os.path.join(d, "html", rid + ".html"), "rb").read()
        m = re.search(rb'charset="?([\w-]+)', raw)
        if not m or m.group(1).decode().lower() != r["encoding"].lower():
            errs.append("%s: charset mismatch" % rid)
        page = raw.decode(r["encoding"])
        shown = htmllib.unescape(page)
        clean = shown
        for s in sorted(r["spam_strings"], key=len, reverse=True):
            clean = clean.replace(s, "")
        if not r["text"].strip():
            errs.append("%s: empty text" % rid)
        for p in r["text"].split("\n"):
            if p not in clean and p not in shown:
                errs.append("%s: text paragraph not in html: %r" % (rid, p[:30]))
        for f in ("title", "source", "author"):
            if r[f] and r[f] not in shown:
                errs.append("%s: truth %s not written on the page" % (rid, f))
        if r["date"]:
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
                errs.append("%s: bad date" % rid)
            y, mo, da = r["date"].split("-")
            if not any(x in shown for x in (r["date"], "%s年%s月%s日" % (y, mo, da), "%s年%d月%d日" % (y, int(mo), int(da)))):
                errs.append("%s: date not written on the page" % rid)
        for s in r["spam_strings"]:
            if s not in shown:
                errs.append("%s: spam string not in decoded html: %r" % (rid, s[:20]))
            if s.encode(r["encoding"]) not in raw and htmllib.escape(s, quote=False).encode(r["encoding"]) not in raw:
                errs.append("%s: spam string not in bytes" % rid)
            for f in ("title", "text", "source", "author"):
                if r[f] and s in r[f]:
                    errs.append("%s: spam string inside truth %s" % (rid, f))
        for form in r["injections"]:
            mk = MARKS.get(form)
            if mk and mk not in raw:
                errs.append("%s: injection form %s has no mark in bytes" % (rid, form))
        if r["hijacked"] != bool(r["spam_strings"]) or r["hijacked"] != bool(r["injections"]):
            errs.append("%s: hijacked/spam_strings/injections disagree" % rid)
        if r["legit"] and r["hijacked"]:
            errs.append("%s: legit and hijacked" % rid)
        if r["url"].split("/")[2] != r["site"]:
            errs.append("%s: site is not the url host" % rid)
    return rows

real = check_set("real-cases-v28")
syn = check_set("synthetic-v28")

# real-case counts and form caps
h = [r for r in real if r["hijacked"]]
if len(h) < 20:
    print("NOTE: real hijacked pages %d (< 20 asked)" % len(h))
if sum(r["legit"] for r in real) < 10:
    errs.append("fewer than 10 legit real pages")
forms = collections.Counter(r["injections"][0] for r in h)
for f, n in forms.items():
    if n > 5:
        errs.append("real form %s used %d times (> 5)" % (f, n))

# synthetic structure: 6 sites x 6 pages (3 hijacked sharing one form, 3 clean, one template) + 4 single legit
by = collections.defaultdict(list)
for r in syn:
    by[r["site"]].append(r)
good, sforms = 0, []
for site, rs in by.items():
    hs = [r for r in rs if r["hijacked"]]
    if len(rs) == 6 and len(hs) == 3 and len({tuple(r["injections"]) for r in hs}) == 1 and len({r.get("template") for r in rs}) == 1:
        good += 1
        sforms.append(hs[0]["injections"][0])
    elif not (len(rs) == 1 and rs[0]["legit"]):
        errs.append("synthetic site %s malformed" % site)
if good != 6 or len(set(sforms)) != 6 or len(syn) != 40 or sum(r["legit"] for r in syn) != 4:
    errs.append("synthetic set is not 6 sites x 6 pages with 6 distinct forms + 4 legit")
if not {r["encoding"] for r in syn} & {"gbk", "gb18030"}:
    errs.append("no GBK/GB18030 site")

# overlap with every other split (folders ending in -v28 skipped)
theirs, hosts = set(), set()
for f in glob.glob(os.path.join(DATA, "**", "truth.jsonl"), recursive=True):
    if any(part.endswith("-v28") for part in os.path.relpath(f, DATA).split(os.sep)):
        continue
    for d in load(f):
        theirs.update(s for s in (d.get("spam_strings") or []) if isinstance(s, str) and len(s.strip()) >= 3)
        for u in (d.get("url") or "", "//" + str(d.get("site") or "") + "/"):
            if "//" in u and u.split("/")[2]:
                hosts.add(u.split("/")[2].lower().removeprefix("www.").removeprefix("m."))
for r in real + syn:
    for s in r["spam_strings"]:
        for t in theirs:
            if t in s or s in t:
                errs.append("%s: spam string overlaps another split (%r)" % (r["id"], t[:15]))
    hst = r["url"].split("/")[2].lower().removeprefix("www.").removeprefix("m.")
    if hst in hosts:
        errs.append("%s: host used by another split" % r["id"])

# generator re-run is byte-identical
gen = os.path.join(HERE, "synthetic-generator-v28", "make_set.py")
def digest(d):
    hsh = hashlib.sha256()
    for root, _, fs in sorted(os.walk(d)):
        for fn in sorted(fs):
            hsh.update(fn.encode()); hsh.update(open(os.path.join(root, fn), "rb").read())
    return hsh.hexdigest()
before = digest(os.path.join(HERE, "synthetic-v28"))
subprocess.run([sys.executable, gen], check=True, stdout=subprocess.DEVNULL)
if digest(os.path.join(HERE, "synthetic-v28")) != before:
    errs.append("generator re-run is not byte-identical")

print("real: %d pages (%d hijacked, %d legit), forms %s" % (len(real), len(h), sum(r["legit"] for r in real), dict(forms)))
print("synthetic: %d pages, %d sites, forms %s" % (len(syn), good, sforms))
for e in errs:
    print("ERROR", e)
sys.exit(1 if errs else 0)
