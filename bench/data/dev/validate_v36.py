# -*- coding: utf-8 -*-
"""Validate split v36 (real-cases-v36/ and synthetic-v36/). Run from anywhere:

    python3 validate_v36.py

Checks, for both folders: every truth line parses and has the fields score.py and the brief need; ids are unique and
match html/<id>.html one to one; each page decodes in its declared encoding; text is not empty; every spam string
occurs in the decoded page and none sits inside the truth text; every truth field that is set (title, source, author,
date) is written on the page; site == the url's host; a page labelled hijacked carries its injection in its bytes (a
spam string, or the form's script/markup marker from make_set.FORM_MARK, or — for a copy on an unrelated host — the
form name says so and the page shows no spam); clean pages carry no spam strings.
Synthetic set also: 40 pages / 28 hijacked / 12 clean of which 4 legit; 6 templates; a GBK/GB18030 template; >= 4
sites of 5 pages (one template, 2-3 hijacked pages sharing one injection); byte-identical regeneration.
Reuse: reports every spam string shared (exactly) with an earlier split (bench/data/dev/*/ truth), every
invented synthetic string overlapping (substring either way) any earlier spam string, and every real host already a
host of an earlier split.  Both builders are re-run and compared.  Exit status 0 = all checks pass.
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
DATA = os.path.dirname(HERE)
REAL = os.path.join(HERE, "real-cases-v36")
SYN = os.path.join(HERE, "synthetic-v36")
GEN = os.path.join(HERE, "synthetic-generator-v36")
OWN = re.compile(r"-v36[a-z]?$")  # this split's own folders (real-cases-v36, real-cases-v36b, synthetic-v36), skipped in the reuse checks

FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
errors, notes = [], []


def err(msg):
    errors.append(msg)


def date_variants(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return ["%d-%02d-%02d" % (y, m, d), "%d-%d-%d" % (y, m, d), "%d年%02d月%02d日" % (y, m, d), "%d年%d月%d日" % (y, m, d),
            "%d/%d/%d" % (y, m, d), "%d/%02d/%02d" % (y, m, d), "%d.%02d.%02d" % (y, m, d),
            "%s %d, %d" % (MONTHS[m - 1], d, y), "%d %s %d" % (d, MONTHS[m - 1], y)]


def form_marks():
    sys.path.insert(0, GEN)
    import make_set
    return make_set


def check_folder(folder, name, marks):
    rows = []
    with open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") as f:
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
            if s in (r.get("text") or ""):
                err("%s %s: a spam string is inside the truth text: %r" % (name, rid, s))
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
                mark = marks.get(form)
                if mark and mark in page:
                    carried = True
                if form.startswith("copy-on-unrelated-host") and not r.get("spam_strings"):
                    carried = True
                if name == "synthetic" and form in marks and marks[form] and marks[form] not in page:
                    err("%s %s: form %s labelled but its marker is not in the page" % (name, rid, form))
            if not carried:
                err("%s %s: hijacked page does not carry its injection in its bytes (%s)" % (name, rid, inj))
        else:
            if r.get("spam_strings"):
                err("%s %s: clean page with spam strings" % (name, rid))
    return rows


def digest(folder):
    h = hashlib.sha256()
    for p in sorted(glob.glob(os.path.join(folder, "html", "*.html"))) + [os.path.join(folder, "truth.jsonl")]:
        h.update(open(p, "rb").read())
    return h.hexdigest()


def check_synthetic(rows):
    n = len(rows)
    h = sum(1 for r in rows if r["hijacked"])
    legit = sum(1 for r in rows if r["legit"])
    if (n, h, n - h) != (40, 28, 12) or legit != 4 or any(r["legit"] and r["hijacked"] for r in rows):
        err("synthetic: expected 40 pages / 28 hijacked / 12 clean / 4 legit clean, got %d/%d/%d/%d" % (n, h, n - h, legit))
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
        if len(rs) < 2:
            continue
        hj = [r for r in rs if r["hijacked"]]
        forms = {tuple(r["injections"]) for r in hj}
        if len(rs) == 5 and 2 <= len(hj) <= 3 and len(forms) == 1 and len({r["template"] for r in rs}) == 1:
            good += 1
        else:
            err("synthetic: site %s does not have 5 pages / one template / 2-3 hijacked sharing one injection" % site)
    if good < 4:
        err("synthetic: only %d proper 5-page sites" % good)


def rebuild_same(folder, script, label):
    before = digest(folder)
    subprocess.run([sys.executable, script], check=True, stdout=subprocess.DEVNULL, cwd=os.path.dirname(script))
    if digest(folder) != before:
        err("%s: re-run is not byte-identical" % label)


def earlier():
    spam, hosts = set(), set()
    # dev only, without v36's own folders: every older split is dev (v36 itself since it was spent, 2026-12-06);
    # a later split (heldout/, v37 on) is no reuse of v36's
    files = [f for f in glob.glob(os.path.join(DATA, "dev", "*", "truth.jsonl"))
             if not OWN.search(os.path.basename(os.path.dirname(f)))]
    for f in files:
        for line in open(f, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                spam.update(r.get("spam_strings") or [])
                hosts.add(urlparse(r.get("url") or "").hostname)
    return spam, hosts, len(files)


def check_reuse(real, syn, make_set):
    spam, hosts, nfiles = earlier()
    if not nfiles:
        notes.append("no earlier split found under %s: reuse checks skipped" % DATA)
        return
    for r in real + syn:
        for s in r["spam_strings"]:
            if s in spam:
                err("%s: spam string shared with an earlier split: %r" % (r["id"], s))
    for r in real:
        if r["site"] in hosts:
            err("%s: host already used by an earlier split: %s" % (r["id"], r["site"]))
    terms = set(make_set.BRANDS.values()) | set(make_set.DOMAINS.values())
    terms |= {make_set.PORN_SITE, make_set.PORN_JUNK, make_set.PORN_LINE, make_set.PORN_TERM, make_set.STUFFED_TITLE}
    for r in syn:
        terms.update(r["spam_strings"])
    for t in sorted(terms):
        for s in spam:
            if t in s or s in t:
                err("synthetic: invented string %r overlaps an earlier spam string %r" % (t, s))


def main():
    make_set = form_marks()
    marks = dict(make_set.FORM_MARK)
    real = check_folder(REAL, "real", marks)
    syn = check_folder(SYN, "synthetic", marks)
    check_synthetic(syn)
    rebuild_same(SYN, os.path.join(GEN, "make_set.py"), "synthetic make_set.py")
    rebuild_same(REAL, os.path.join(REAL, "build.py"), "real build.py")
    check_reuse(real, syn, make_set)
    rh = sum(1 for r in real if r["hijacked"])
    print("real-cases-v36: %d pages, %d hijacked (%d also legit), %d legit-only, langs %s, encodings %s" % (
        len(real), rh, sum(1 for r in real if r["hijacked"] and r["legit"]),
        sum(1 for r in real if r["legit"] and not r["hijacked"]), dict(Counter(r["lang"] for r in real)),
        dict(Counter(r["encoding"] for r in real))))
    print("synthetic-v36: %d pages, %d hijacked, %d legit, templates %d, encodings %s" % (
        len(syn), sum(1 for r in syn if r["hijacked"]), sum(1 for r in syn if r["legit"]),
        len({r["template"] for r in syn}), dict(Counter(r["encoding"] for r in syn))))
    if rh < 20:
        print("warning: real-cases-v36 has %d hijacked pages (the brief asks for 20)" % rh)
    for n in notes:
        print("note:", n)
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK: all checks pass")


if __name__ == "__main__":
    main()
