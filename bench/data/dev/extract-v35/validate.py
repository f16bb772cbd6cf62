#!/usr/bin/env python3
"""Check the v35 extraction set written by convert.py.

    python3 validate.py /work/data/extract/dev-v35-gtrends \
        [--rebuild /work/.mirror/sakata-yusuke-75+boilernet_japanese/repo] [--used /work/data/extract ...]

Checks: every truth line parses and has the fields score.py reads; ids are unique, gt35-NNN, and match the
html files one to one; text is non-empty; no __label attribute is left in a page; every text line, the title,
the date's labelled line and the author are found in the page's visible text (whitespace collapsed); dates are
YYYY-MM-DD; with --rebuild the converter is run twice into temporary folders and every file must be
byte-identical to the folder checked; with --used, no page's url and no 60-character probe from its longest text
line occurs in the truth.jsonl files under the given folders (sets already used).
"""
import argparse
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang"]


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template", "svg"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template", "svg") and self.skip:
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def squash(s):
    return re.sub(r"\s+", "", s or "")


def visible(path):
    p = Visible()
    p.feed(open(path, "rb").read().decode("utf-8", "replace"))
    p.close()
    return squash("".join(p.out))


def check(folder, used):
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8")]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    files = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(folder, "html", "*.html")))
    if sorted(ids) != files:
        errs.append("ids and html files differ")
    for r in rows:
        for f in FIELDS:
            if f not in r:
                errs.append("%s: no field %s" % (r["id"], f))
        if not re.fullmatch(r"gt35-\d{3}", r["id"]):
            errs.append("%s: bad id" % r["id"])
        if not r["text"].strip():
            errs.append("%s: empty text" % r["id"])
        if r["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            errs.append("%s: bad date" % r["id"])
        path = os.path.join(folder, "html", r["id"] + ".html")
        raw = open(path, "rb").read()
        if re.search(rb"\s__label\s*=", raw):
            errs.append("%s: __label attribute left" % r["id"])
        vis = visible(path)
        for line in r["text"].split("\n"):
            if squash(line) not in vis:
                errs.append("%s: text line not on page: %r" % (r["id"], line[:60]))
        for k in ("title", "author", "date_raw"):
            if r.get(k) and squash(r[k]) not in vis:
                errs.append("%s: %s not on page" % (r["id"], k))
    if used:
        texts, urls = [], set()
        for u in used:
            for t in glob.glob(os.path.join(u, "**", "truth.jsonl"), recursive=True):
                if os.path.abspath(os.path.dirname(t)) == os.path.abspath(folder):
                    continue
                for l in open(t, encoding="utf-8", errors="replace"):
                    try:
                        o = json.loads(l)
                    except ValueError:
                        continue
                    texts.append(squash(str(o.get("text") or "")))
                    if o.get("url"):
                        urls.add(str(o["url"]).rstrip("/"))
        big = "\n".join(texts)
        for r in rows:
            if r["url"] and r["url"].rstrip("/") in urls:
                errs.append("%s: url in a used set" % r["id"])
            longest = max(r["text"].split("\n"), key=len)
            probe = squash(longest)[:60]
            if len(probe) >= 40 and probe in big:
                errs.append("%s: text probe found in a used set" % r["id"])
    return rows, errs


def rebuild_same(folder, repo):
    errs = []
    for _ in range(2):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, os.path.join(HERE, "convert.py"), "--repo", repo, "--out", tmp],
                           check=True, capture_output=True)
            a = sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, "**"), recursive=True)
                       if os.path.isfile(p))
            b = sorted(os.path.relpath(p, folder) for p in glob.glob(os.path.join(folder, "**"), recursive=True)
                       if os.path.isfile(p))
            if a != b:
                errs.append("rebuild: file lists differ")
                continue
            for rel in a:
                if open(os.path.join(tmp, rel), "rb").read() != open(os.path.join(folder, rel), "rb").read():
                    errs.append("rebuild: %s differs" % rel)
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--rebuild")
    ap.add_argument("--used", nargs="*", default=[])
    a = ap.parse_args()
    rows, errs = check(a.folder, a.used)
    if a.rebuild:
        errs += rebuild_same(a.folder, a.rebuild)
    for e in errs:
        print("ERROR", e)
    n = len(rows)
    print("%d pages; title %d, date %d, author %d, url %d; %d errors" % (
        n, sum(1 for r in rows if r["title"]), sum(1 for r in rows if r["date"]),
        sum(1 for r in rows if r["author"]), sum(1 for r in rows if r["url"]), len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
