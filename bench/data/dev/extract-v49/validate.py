#!/usr/bin/env python3
"""Validate the v49 extraction set `dpppress` (keeper k49x; dev-v49-dpppress since v49 was spent, 2026-12-07;
written as pending-v49-dpppress, held out as heldout-v49-dpppress from 2026-12-07, when v48 was spent).

    python3 validate.py [SET] [--against DIR ...] [--rebuild MIRROR]

SET defaults to /work/data/extract/dev-v49-dpppress. Checks:
  * truth.jsonl parses; ids unique, of the form dpp49-NNNNN; html/<id>.html exists for every row and
    every html file has a row; sha256 of the page matches the row;
  * text, title, url non-empty; date YYYY-MM-DD; source/author null (the pages show none);
    hijacked false with no injections/spam_strings (clean pages);
  * the truth is on the page: the title occurs in the page's visible text, the date too, and
    every text line occurs in the visible text (whitespace ignored);
  * no url of the set occurs in the truth rows of the folders compared against (default:
    /work/shared/corpus, bench/data/dev (since v49 is dev, 2026-12-07: the older dev splits), /work/data/extract/dev-*
    (51 since v49 was spent, dev-v49-dpppress, the set itself, among them: the 50 older ones are read)); urls
    compared without scheme, "www.", query, fragment and trailing "/" or ".html"; folders named heldout*, pending-*
    or *v49* are never opened, even when passed (v49's own folders wherever they sit, dev-v49-dpppress included;
    heldout/, heldout-*, pending-*: v50 on, later than v49);
  * hosts shared with those folders are reported as warnings (count only);
  * no page is byte-identical to an html file there;
  * --rebuild MIRROR: converts twice into temporary folders and compares html/ and truth.jsonl
    byte for byte with SET.
Exit status 1 if a problem is found. Standard library only.
"""
import argparse
import filecmp
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
DEFAULT_SET = "/work/data/extract/dev-v49-dpppress"
DEFAULT_AGAINST = ["/work/shared/corpus", os.path.join(REPO, "bench", "data", "dev")] + \
    sorted(glob.glob("/work/data/extract/dev-*"))
ID_RE = re.compile(r"^dpp49-\d{5}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WS = re.compile(r"\s+")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible(raw):
    p = Visible()
    p.feed(raw.decode("utf-8", "replace"))
    p.close()
    return WS.sub("", "".join(p.out))


def skipped(path):
    base = os.path.basename(os.path.normpath(path)).lower()
    return base.startswith("heldout") or base.startswith("pending-") or "v49" in base


def norm_url(u):
    u = (u or "").strip().lower()
    u = re.sub(r"^[a-z]+://", "", u)
    u = u.split("#")[0].split("?")[0]
    if u.startswith("www."):
        u = u[4:]
    u = u.rstrip("/")
    if u.endswith(".html"):
        u = u[:-5]
    return u


def host(u):
    return norm_url(u).split("/")[0]


def walk(roots, pattern):
    for root in roots:
        if not os.path.isdir(root) or skipped(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not skipped(d))
            for f in sorted(filenames):
                if re.search(pattern, f):
                    yield os.path.join(dirpath, f)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", nargs="?", default=DEFAULT_SET)
    ap.add_argument("--against", nargs="*", default=None, help="folders to compare urls/pages with")
    ap.add_argument("--rebuild", metavar="MIRROR", help="bare git dir of kiang/dpp.org.tw")
    a = ap.parse_args()
    problems, warnings = [], []
    rows = []
    with open(os.path.join(a.set, "truth.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                problems.append("truth.jsonl line %d: %s" % (n, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(a.set, "html"))}
    for extra in sorted(files - set(ids)):
        problems.append("html without truth row: %s" % extra)
    pages = {}
    for r in rows:
        i = r.get("id") or "?"
        if not ID_RE.match(i):
            problems.append("%s: bad id" % i)
        path = os.path.join(a.set, "html", i + ".html")
        if not os.path.exists(path):
            problems.append("%s: no html" % i)
            continue
        raw = open(path, "rb").read()
        pages[i] = raw
        if hashlib.sha256(raw).hexdigest() != r.get("sha256"):
            problems.append("%s: sha256 differs" % i)
        for k in ("text", "title", "url"):
            if not (r.get(k) or "").strip():
                problems.append("%s: empty %s" % (i, k))
        if not DATE_RE.match(r.get("date") or ""):
            problems.append("%s: bad date" % i)
        if r.get("source") is not None or r.get("author") is not None:
            problems.append("%s: source/author should be null" % i)
        if r.get("hijacked") or r.get("injections") or r.get("spam_strings"):
            problems.append("%s: labelled hijacked but the set holds clean pages only" % i)
        vis = visible(raw)
        if WS.sub("", r.get("title") or "") not in vis:
            problems.append("%s: title not on page" % i)
        if (r.get("date") or "") not in vis:
            problems.append("%s: date not on page" % i)
        lines = [l for l in (r.get("text") or "").split("\n") if l.strip()]
        missing = [l for l in lines if WS.sub("", l) not in vis]
        if missing:
            problems.append("%s: %d of %d text lines not on page" % (i, len(missing), len(lines)))
    against = a.against if a.against is not None else DEFAULT_AGAINST
    mine = {norm_url(r.get("url")): r.get("id") for r in rows}
    my_hosts = {host(r.get("url")) for r in rows}
    n_truth = n_html = 0
    host_hits = 0
    for tpath in walk(against, r"^truth\.jsonl$"):
        with open(tpath, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    u = json.loads(line).get("url")
                except ValueError:
                    continue
                n_truth += 1
                if not u:
                    continue
                if norm_url(u) in mine:
                    problems.append("%s: url shared with %s" % (mine[norm_url(u)], tpath))
                if host(u) in my_hosts:
                    host_hits += 1
    digests = {hashlib.sha256(b).hexdigest(): i for i, b in pages.items()}
    for hpath in walk(against, r"\.html?$"):
        n_html += 1
        try:
            d = hashlib.sha256(open(hpath, "rb").read()).hexdigest()
        except OSError:
            continue
        if d in digests:
            problems.append("%s: page identical to %s" % (digests[d], hpath))
    if host_hits:
        warnings.append("%d truth rows elsewhere share this set's host" % host_hits)
    if a.rebuild:
        for k in range(2):
            with tempfile.TemporaryDirectory() as tmp:
                out = os.path.join(tmp, "dev-v49-dpppress")
                subprocess.run([sys.executable, os.path.join(HERE, "convert.py"), "--mirror", a.rebuild,
                                "--out", out], check=True, capture_output=True)
                if open(os.path.join(out, "truth.jsonl"), "rb").read() != \
                        open(os.path.join(a.set, "truth.jsonl"), "rb").read():
                    problems.append("rebuild %d: truth.jsonl differs" % (k + 1))
                cmp = filecmp.dircmp(os.path.join(out, "html"), os.path.join(a.set, "html"))
                if cmp.left_only or cmp.right_only:
                    problems.append("rebuild %d: html file lists differ" % (k + 1))
                for f in sorted(cmp.common_files):
                    if not filecmp.cmp(os.path.join(out, "html", f), os.path.join(a.set, "html", f), shallow=False):
                        problems.append("rebuild %d: %s differs" % (k + 1, f))
    print("%d rows, %d problems, %d warnings (urls against %d truth rows and pages against %d html files in %d folders)"
          % (len(rows), len(problems), len(warnings), n_truth, n_html, len(against)))
    for p in problems:
        print("PROBLEM", p)
    for w in warnings:
        print("WARNING", w)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
