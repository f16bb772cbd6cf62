#!/usr/bin/env python3
"""Check the v37 extraction set written by convert.py.

    python3 validate.py /work/data/extract/dev-v37-fundeval \
        [--rebuild /work/.mirror/dobbersc+fundus-evaluation/repo] [--used /work/data/extract/dev-* ...]

Checks: every truth line parses and has the fields score.py reads; ids are unique, fe37-NNN, and match the html
files one to one; text is non-empty; title/date/author/source are null; every required text paragraph is looked
up in the page's visible text and, failing that, in the whole decoded page (whitespace collapsed, entities
decoded, whitespace ignored) and the counts are printed; with --rebuild the converter is run twice into temporary folders and every
file must be byte-identical to the folder checked; with --used, no page's url and no 50-character probe from its
longest paragraph occurs in the truth.jsonl files under the given folders (sets already used).
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

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def squash(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def nos(s):
    # compared without whitespace: inline elements split words differently in a parser's output
    return re.sub(r"\s+", "", s)


def same_tree(a, b):
    fa = sorted(os.path.relpath(os.path.join(d, f), a) for d, _, fs in os.walk(a) for f in fs)
    fb = sorted(os.path.relpath(os.path.join(d, f), b) for d, _, fs in os.walk(b) for f in fs)
    if fa != fb:
        return False
    return all(open(os.path.join(a, f), "rb").read() == open(os.path.join(b, f), "rb").read() for f in fa)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--rebuild")
    ap.add_argument("--used", nargs="*", default=[])
    a = ap.parse_args()
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(a.folder, "truth.jsonl"), encoding="utf-8")]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(a.folder, "html")) if f.endswith(".html"))
    if sorted(ids) != files:
        errs.append("ids and html files differ")
    vis_ok = raw_ok = miss = 0
    worst = []
    for r in rows:
        for k in FIELDS:
            if k not in r:
                errs.append("%s: no %s" % (r["id"], k))
        if not re.fullmatch(r"fe37-\d{3}", r["id"]):
            errs.append("%s: bad id" % r["id"])
        if not (r.get("text") or "").strip():
            errs.append("%s: empty text" % r["id"])
        for k in ("title", "date", "author", "source"):
            if r.get(k) is not None:
                errs.append("%s: %s not null" % (r["id"], k))
        raw = open(os.path.join(a.folder, "html", r["id"] + ".html"), "rb").read().decode("utf-8", "replace")
        v = Visible()
        v.feed(raw)
        vis = nos(squash(" ".join(v.out)))
        whole = nos(squash(html.unescape(raw)))
        m = 0
        for p in r["text"].split("\n"):
            p = nos(squash(p))
            if p in vis:
                vis_ok += 1
            elif p in whole or p.replace('"', '\\"') in whole:
                raw_ok += 1
            else:
                miss += 1
                m += 1
        if m:
            worst.append((m, r["id"]))
    print("pages %d; required paragraphs: in visible text %d, only elsewhere in the page (script/JSON/attributes) %d,"
          " not found verbatim %d" % (len(rows), vis_ok, raw_ok, miss))
    if worst:
        print("pages with unfound paragraphs:", ", ".join("%s(%d)" % (i, m) for m, i in sorted(worst, reverse=True)))
    if a.used:
        probes = {}
        urls = {}
        for r in rows:
            longest = max(r["text"].split("\n"), key=len)
            probes[r["id"]] = longest[10:60]
            if r.get("url"):
                urls[r["url"].rstrip("/").split("://")[-1]] = r["id"]
        for pat in a.used:
            for f in glob.glob(os.path.join(pat, "**", "truth.jsonl"), recursive=True) + glob.glob(pat + "/truth.jsonl"):
                for line in open(f, encoding="utf-8"):
                    t = json.loads(line)
                    u = (t.get("url") or "").rstrip("/").split("://")[-1]
                    if u in urls:
                        errs.append("%s: url in %s" % (urls[u], f))
                    txt = t.get("text") or ""
                    for i, p in probes.items():
                        if p in txt:
                            errs.append("%s: text in %s" % (i, f))
    if a.rebuild:
        with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
            for t in (t1, t2):
                subprocess.run([sys.executable, os.path.join(HERE, "convert.py"), "--repo", a.rebuild, "--out", t],
                               check=True, capture_output=True)
            if not same_tree(t1, t2):
                errs.append("two runs differ")
            if not same_tree(t1, a.folder):
                errs.append("folder differs from a fresh build")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
