# -*- coding: utf-8 -*-
"""Validate real-cases-v34b/ (the second v34 keeper's real cases). Run from anywhere:

    python3 validate_v34b.py

Uses validate_v34.check_folder for the common checks (truth lines parse and carry every field; ids
match html files one to one; pages decode in their declared encoding; text not empty; every spam
string occurs in the decoded page and none inside the truth text; title/source/author/date written on
the page; site == url host; a hijacked page carries its injection; clean pages carry no spam strings),
then adds, for this folder:
  - ids are rc34b-001... in order, kinds/captures are from the brief's lists;
  - the rebuild is deterministic (build.py re-run gives byte-identical files);
  - 10-15 hijacked pages, at most 3 legit-only pages;
  - at most 4 pages per injection form family, at most 2 copies with no injected string;
  - no url or host shared with real-cases-v34 or any dev split, and no spam string that is already a
    dev or real-cases-v34 spam string (generic spam-kit labels excepted);
  - every text is free of every spam string of its own page (squashed as score.py does).
Exit status 0 = all checks pass.
"""
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import validate_v34 as v  # noqa: E402

FOLDER = os.path.join(HERE, "real-cases-v34b")
V34 = os.path.join(HERE, "real-cases-v34")
DEV = os.path.normpath(os.path.join(HERE, "..", "dev"))
OWN = ("-v34", "-v34b")  # this split's own folders, skipped in the overlap checks once it is in dev
KINDS = {"real-page", "real-injection-in-real-page", "rebuilt-from-text"}
CAPTURES = {"text", "html"}
# form families (a page counts once per family it touches)
FAMILIES = {
    "brand-substitution": {"brand-in-institution-place", "brand-in-place-name"},
    "spun-filler": {"spun-copy-filler-names"},
    "keyword-headline": {"keyword-stuffed-headline", "keyword-quote-line"},
    "porn-line": {"porn-keyword-title", "spider-pool-footer-keyword-list"},
    "top-line": {"spam-keyword-top-line"},
    "credit-line": {"brand-credit-line", "site-credit-line"},
    "spliced-text": {"spliced-unrelated-teaser"},
}
# generic template labels of spam kits (not brands): may recur across splits
GENERIC = {"主站蜘蛛池模板"}
ZW = re.compile(r"[\u200b-\u200f\u2060\ufeff\s]")


def squash(s):
    return ZW.sub("", unicodedata.normalize("NFKC", s or "").strip()).lower()


def digest():
    h = hashlib.sha256()
    for p in sorted(glob.glob(os.path.join(FOLDER, "html", "*.html"))) + [os.path.join(FOLDER, "truth.jsonl"),
                                                                           os.path.join(FOLDER, "SOURCES.md")]:
        h.update(open(p, "rb").read())
    return h.hexdigest()


def load(path):
    rows = []
    for f in glob.glob(path):
        if "*" in path and os.path.basename(os.path.dirname(f)).endswith(OWN):
            continue  # v34 itself, since it moved to dev
        for line in open(f, encoding="utf-8"):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError:
                    pass
    return rows


def main():
    rows = v.check_folder(FOLDER, "real-v34b")
    err = v.err
    for n, r in enumerate(rows, 1):
        if r.get("id") != "rc34b-%03d" % n:
            err("real-v34b: id %r out of order (expected rc34b-%03d)" % (r.get("id"), n))
        if r.get("kind") not in KINDS:
            err("real-v34b %s: kind %r" % (r["id"], r.get("kind")))
        if r.get("capture") not in CAPTURES:
            err("real-v34b %s: capture %r" % (r["id"], r.get("capture")))
        txt = squash(r.get("text"))
        for s in r.get("spam_strings") or []:
            if squash(s) in txt:
                err("real-v34b %s: spam string in text after squashing: %r" % (r["id"], s))
    # deterministic rebuild
    before = digest()
    subprocess.run([sys.executable, os.path.join(FOLDER, "build.py")], check=True, stdout=subprocess.DEVNULL)
    if digest() != before:
        err("real-v34b: build.py re-run is not byte-identical")
    # counts and caps
    hij = [r for r in rows if r["hijacked"]]
    legit_only = [r for r in rows if r["legit"] and not r["hijacked"]]
    if not 10 <= len(hij) <= 15:
        err("real-v34b: %d hijacked pages (want 10-15)" % len(hij))
    if len(legit_only) > 3:
        err("real-v34b: %d legit-only pages (at most 3)" % len(legit_only))
    fam = Counter()
    for r in hij:
        forms = set(r["injections"])
        for name, members in FAMILIES.items():
            if forms & members:
                fam[name] += 1
    for name, c in fam.items():
        if c > 4:
            err("real-v34b: %d pages of form family %s (at most 4)" % (c, name))
    bare = [r["id"] for r in hij if not r["spam_strings"] and set(r["injections"]) <=
            {"copy-on-unrelated-host", "traditional-script-conversion"}]
    if len(bare) > 2:
        err("real-v34b: %d copies with no injected string (at most 2): %s" % (len(bare), bare))
    # no reuse of origins, hosts or spam strings
    others = load(os.path.join(V34, "truth.jsonl"))
    if os.path.isdir(DEV):
        others += load(os.path.join(DEV, "*", "truth.jsonl"))
    else:
        print("note: %s absent, dev overlap checks skipped" % DEV)
    urls = {o.get("url") for o in others}
    hosts = {urlparse(o.get("url") or "").hostname for o in others}
    spam = set()
    for o in others:
        spam.update(o.get("spam_strings") or [])
    for r in rows:
        if r["url"] in urls:
            err("real-v34b %s: url already used" % r["id"])
        if urlparse(r["url"]).hostname in hosts:
            err("real-v34b %s: host already used" % r["id"])
        for s in r["spam_strings"]:
            if s in spam and s not in GENERIC:
                err("real-v34b %s: spam string already used elsewhere: %r" % (r["id"], s))
    print("real-cases-v34b: %d pages, %d hijacked (%d also legit), %d legit-only; langs %s; encodings %s; "
          "families %s; bare copies %d" % (
              len(rows), len(hij), sum(1 for r in hij if r["legit"]), len(legit_only),
              dict(Counter(r["lang"] for r in rows)), dict(Counter(r["encoding"] for r in rows)), dict(fam), len(bare)))
    if v.errors:
        for e in v.errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK: all checks pass")


if __name__ == "__main__":
    main()
