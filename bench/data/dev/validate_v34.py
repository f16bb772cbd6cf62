# -*- coding: utf-8 -*-
"""Validate the v34 split (real-cases-v34/ and synthetic-v34/). Run from anywhere:

    python3 validate_v34.py

Checks, for both folders: every truth line parses and has the fields score.py and the brief need;
ids are unique and match html/<id>.html one to one; each page decodes in its declared encoding;
text is not empty; every spam string occurs in the decoded page; every truth field that is set
(title, source, author, date) is written on the page; site == the url's host; a page labelled
hijacked carries its injection in its bytes (a spam string, or the form's script/markup marker, or,
for a copy on an unrelated host, the injection name says so); clean pages carry no spam strings.
For the synthetic set also: 40 pages, 28 hijacked, 12 clean of which 4 legit, 6 templates, at
least one GBK/GB18030 template, >= 4 sites of 5 pages each with 2-3 hijacked pages sharing one
injection, byte-identical regeneration, and (when bench/data/dev exists) no invented brand,
domain or spam string overlapping any dev spam_strings entry.  Exit status 0 = all checks pass.
"""
import glob
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, "real-cases-v34")
SYN = os.path.join(HERE, "synthetic-v34")
GEN = os.path.join(HERE, "synthetic-generator-v34")
DEV = os.path.normpath(os.path.join(HERE, "..", "dev"))
OWN = ("-v34", "-v34b")  # this split's own folders, skipped in the overlap checks once it is in dev

FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
# script/markup marker of each synthetic form (a page with that form must carry it in its bytes)
MARKERS = {
    "referrer-cloak-redirect": "document.referrer", "hidden-offscreen-links": "left:-9999px",
    "meta-refresh-keyword-title": 'http-equiv="refresh"', "document-write-hidden-links": "document.write('<div",
    "hex-script-loader": "\\x68\\x74\\x74\\x70", "mobile-iframe-takeover": "<iframe",
    "base64-eval-redirect": "eval(atob(", "popup-layer-script": "document.createElement(\"div\")",
    "js-title-rewrite": "document.title=", "unicode-document-write": "document.write(\"\\u003c",
    "junk-tags-porn-title": '<sup id="', "sold-friend-links": "友情链接",
}
errors = []


def err(msg):
    errors.append(msg)


def date_variants(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return ["%d-%02d-%02d" % (y, m, d), "%d年%02d月%02d日" % (y, m, d), "%d年%d月%d日" % (y, m, d),
            "%d/%d/%d" % (y, m, d), "%d.%02d.%02d" % (y, m, d), "%s %d, %d" % (MONTHS[m - 1], d, y),
            "%s %d, %d" % (SHORT[m - 1], d, y)]


def check_folder(folder, name):
    path = os.path.join(folder, "truth.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: bad json (%s)" % (name, n, e))
    ids = [r.get("id") for r in rows]
    for i, c in Counter(ids).items():
        if c > 1:
            err("%s: duplicate id %s" % (name, i))
    files = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(folder, "html", "*.html"))}
    for i in set(ids) - files:
        err("%s: %s has no html file" % (name, i))
    for i in files - set(ids):
        err("%s: html/%s.html has no truth line" % (name, i))
    for r in rows:
        rid = r.get("id")
        for k in FIELDS:
            if k not in r:
                err("%s %s: missing field %s" % (name, rid, k))
        if not (r.get("text") or "").strip():
            err("%s %s: empty text" % (name, rid))
        raw = open(os.path.join(folder, "html", rid + ".html"), "rb").read()
        try:
            page = raw.decode(r.get("encoding") or "utf-8")
        except (UnicodeDecodeError, LookupError) as e:
            err("%s %s: does not decode as %s (%s)" % (name, rid, r.get("encoding"), e))
            continue
        shown = html.unescape(page)
        for s in r.get("spam_strings") or []:
            if s not in shown:
                err("%s %s: spam string not on page: %r" % (name, rid, s))
        for k in ("title", "source", "author"):
            v = r.get(k)
            if v and v not in shown:
                err("%s %s: %s not written on page: %r" % (name, rid, k, v))
        if r.get("date"):
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", r["date"]):
                err("%s %s: bad date %r" % (name, rid, r["date"]))
            elif not any(v in shown for v in date_variants(r["date"])):
                err("%s %s: date %s not written on page" % (name, rid, r["date"]))
        if r.get("site") != urlparse(r.get("url", "")).hostname:
            err("%s %s: site %r is not the url's host" % (name, rid, r.get("site")))
        if r.get("hijacked"):
            inj = r.get("injections") or []
            if not inj:
                err("%s %s: hijacked page without injections" % (name, rid))
            carried = any(s in shown for s in (r.get("spam_strings") or []))
            for form in inj:
                if form in MARKERS and MARKERS[form] in page:
                    carried = True
            if "copy-on-unrelated-host" in inj:
                carried = True
            if not carried:
                err("%s %s: hijacked page does not carry its injection in its bytes (%s)" % (name, rid, inj))
        else:
            if r.get("spam_strings"):
                err("%s %s: clean page with spam strings" % (name, rid))
        if r.get("text") and any(s and s in r["text"] for s in (r.get("spam_strings") or [])):
            err("%s %s: a spam string is inside the truth text" % (name, rid))
    return rows


def check_synthetic(rows):
    n = len(rows)
    h = sum(1 for r in rows if r["hijacked"])
    legit = sum(1 for r in rows if r["legit"])
    clean = n - h
    if (n, h, clean) != (40, 28, 12) or legit != 4 or any(r["legit"] and r["hijacked"] for r in rows):
        err("synthetic: expected 40 pages / 28 hijacked / 12 clean / 4 legit clean, got %d/%d/%d/%d" % (n, h, clean, legit))
    tpls = Counter(r.get("template") for r in rows)
    if len(tpls) != 6:
        err("synthetic: expected 6 templates, got %s" % dict(tpls))
    if not any(r["encoding"] in ("gbk", "gb18030") for r in rows):
        err("synthetic: no GBK/GB18030 page")
    by_site = defaultdict(list)
    for r in rows:
        by_site[r["site"]].append(r)
    good = 0
    for site, rs in by_site.items():
        if len(rs) < 5:
            continue
        hj = [r for r in rs if r["hijacked"]]
        forms = {tuple(r["injections"]) for r in hj}
        tp = {r["template"] for r in rs}
        if len(rs) == 5 and 2 <= len(hj) <= 3 and len(forms) == 1 and len(tp) == 1:
            good += 1
        else:
            err("synthetic: site %s does not have 5 pages / one template / 2-3 hijacked sharing one injection" % site)
    if good < 4:
        err("synthetic: only %d proper 5-page sites" % good)
    # regeneration is byte-identical
    before = digest(SYN)
    subprocess.run([sys.executable, os.path.join(GEN, "make_set.py")], check=True, stdout=subprocess.DEVNULL)
    if digest(SYN) != before:
        err("synthetic: make_set.py re-run is not byte-identical")


def digest(folder):
    hsh = hashlib.sha256()
    for p in sorted(glob.glob(os.path.join(folder, "html", "*.html"))) + [os.path.join(folder, "truth.jsonl")]:
        hsh.update(open(p, "rb").read())
    return hsh.hexdigest()


def check_brands(syn_rows, real_rows):
    if not os.path.isdir(DEV):
        print("note: %s absent, brand overlap check skipped" % DEV)
        return
    dev = set()
    for f in glob.glob(os.path.join(DEV, "*", "truth.jsonl")):
        if os.path.basename(os.path.dirname(f)).endswith(OWN):
            continue  # v34 itself, since it moved to dev
        for line in open(f, encoding="utf-8"):
            if line.strip():
                dev.update(json.loads(line).get("spam_strings") or [])
    sys.path.insert(0, GEN)
    import make_set
    terms = set(make_set.BRANDS.values()) | set(make_set.DOMAINS.values()) | {make_set.PORN_LINE}
    for r in syn_rows:
        terms.update(r["spam_strings"])
    for t in sorted(terms):
        for s in dev:
            if t in s or s in t:
                err("synthetic: invented string %r overlaps dev spam string %r" % (t, s))
    for r in real_rows:
        for t in r["spam_strings"]:
            if t in dev:
                err("real %s: spam string already a dev spam string: %r" % (r["id"], t))


def main():
    real = check_folder(REAL, "real")
    syn = check_folder(SYN, "synthetic")
    check_synthetic(syn)
    check_brands(syn, real)
    rh = sum(1 for r in real if r["hijacked"])
    rl = sum(1 for r in real if r["legit"])
    print("real-cases-v34: %d pages, %d hijacked (%d also legit), %d legit, langs %s" % (
        len(real), rh, sum(1 for r in real if r["hijacked"] and r["legit"]), rl, dict(Counter(r["lang"] for r in real))))
    print("synthetic-v34: %d pages, %d hijacked, %d legit, templates %d, encodings %s" % (
        len(syn), sum(1 for r in syn if r["hijacked"]), sum(1 for r in syn if r["legit"]),
        len({r["template"] for r in syn}), dict(Counter(r["encoding"] for r in syn))))
    if rh < 20:
        print("warning: real-cases-v34 has %d hijacked pages (the brief asks for 20)" % rh)
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK: all checks pass")


if __name__ == "__main__":
    main()
