#!/usr/bin/env python3
"""Check the extraction set written by convert.py (does not run newsvault).

    python validate.py /work/data/extract/dev-v36-canola [--rebuild REPO_GIT_DIR] [--others DIR ...]

Checks: truth.jsonl parses; ids unique and exactly the html/<id>.html files; required fields present
(id, url, title, date, source, author, text, lang, hijacked, injections, spam_strings, legit); text non-empty;
url null or http(s); date null or YYYY-MM-DD; sha256 of the bytes matches; the page decodes as UTF-8 and holds no
KrdWrd annotation any more; >= 99 % of the truth text's word tokens occur in the page's visible text (read
with the standard-library HTML parser, independently of convert.py's lxml walk), and >= 80 % of the characters of
its lines (>= 8 characters) occur there as whole lines (a line that joins good pieces around a bad one does not); a non-null title occurs in the page; no page is hijacked (no spam strings).
--others: folders of other extraction sets (each with truth.jsonl; subfolders are scanned one level deep) whose
URLs and hosts must not be shared with this set (reports overlaps); heldout-* folders are skipped.
--rebuild: runs convert.py twice into temporary folders and checks both runs and the given folder are
byte-identical (determinism).
"""
import argparse
import filecmp
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
REQUIRED = ("id", "url", "title", "date", "source", "author", "text", "lang", "hijacked", "injections",
            "spam_strings", "legit")
BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "iframe", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul", "img", "input", "button",
}
SKIP = {"script", "style", "noscript", "head", "title", "select", "option", "textarea", "template"}
WS = re.compile(r"\s+")
TOKEN = re.compile(r"\w+")


def norm(s):
    return WS.sub(" ", s.replace("\xa0", " ")).strip()


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.depth += 1
        if tag in BLOCK or tag in SKIP:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP and self.depth:
            self.depth -= 1
        if tag in BLOCK or tag in SKIP:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def visible_text(s):
    p = Visible()
    p.feed(s)
    p.close()
    return norm("".join(p.parts))


def check(d):
    errs, notes = [], []
    rows = [json.loads(x) for x in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if x.strip()]
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(d, "html")) if f.endswith(".html"))
    if sorted(ids) != files:
        errs.append("ids and html files differ: %s" % sorted(set(ids) ^ set(files))[:5])
    worst = worst_tok = 1.0
    for r in rows:
        pid = r["id"]
        for k in REQUIRED:
            if k not in r:
                errs.append("%s: missing %s" % (pid, k))
        if not (r.get("text") or "").strip():
            errs.append("%s: empty text" % pid)
        if r.get("url") is not None and not re.match(r"https?://", r["url"]):
            errs.append("%s: bad url" % pid)
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
            errs.append("%s: bad date" % pid)
        if r.get("hijacked") or r.get("spam_strings") or r.get("injections"):
            errs.append("%s: marked hijacked / carries spam strings" % pid)
        path = os.path.join(d, "html", pid + ".html")
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if hashlib.sha256(raw).hexdigest() != r.get("sha256"):
            errs.append("%s: sha256 mismatch" % pid)
        try:
            page = raw.decode(r.get("encoding") or "utf-8")
        except UnicodeDecodeError:
            errs.append("%s: does not decode as %s" % (pid, r.get("encoding")))
            continue
        if re.search(r"krdwrd-tag|<kw\b", page, re.I):
            errs.append("%s: annotation left in the page" % pid)
        vis = visible_text(page)
        tot = found = 0
        for line in r["text"].split("\n"):
            if len(line) < 8:
                continue
            tot += len(line)
            if line in vis:
                found += len(line)
        share = found / tot if tot else 1.0
        worst = min(worst, share)
        tt, vt = Counter(TOKEN.findall(r["text"].lower())), Counter(TOKEN.findall(vis.lower()))
        cover = sum(min(n, vt[w]) for w, n in tt.items()) / (sum(tt.values()) or 1)
        worst_tok = min(worst_tok, cover)
        if cover < 0.99:
            errs.append("%s: only %.3f of the truth tokens found in the page" % (pid, cover))
        if share < 0.80:
            errs.append("%s: only %.2f of the truth lines found whole in the page" % (pid, share))
        if r.get("title") and norm(r["title"]) not in norm(page):
            errs.append("%s: title not in page" % pid)
        if len(vis) < 500:
            errs.append("%s: page text under 500 characters (stub?)" % pid)
    notes.append("%d pages; lowest share of truth tokens found in the page %.3f, of truth-line characters found "
                 "as whole lines %.3f" % (len(rows), worst_tok, worst))
    return rows, errs, notes


def overlaps(rows, others, me):
    mine_urls = {r["url"] for r in rows if r.get("url")}
    mine_hosts = {urlsplit(u).hostname for u in mine_urls}
    found = []
    for base in others:
        cands = [base] + [os.path.join(base, x) for x in sorted(os.listdir(base))
                          if os.path.isdir(os.path.join(base, x))]
        for c in cands:
            t = os.path.join(c, "truth.jsonl")
            if not os.path.exists(t) or os.path.realpath(c) == me or os.path.basename(c).startswith("heldout-"):
                continue  # a held-out set is not read, not even its URLs
            for line in open(t, encoding="utf-8", errors="replace"):
                try:
                    u = json.loads(line).get("url")
                except ValueError:
                    continue
                if not u:
                    continue
                h = urlsplit(u).hostname
                if u in mine_urls:
                    found.append((os.path.basename(c), "url", u))
                elif h in mine_hosts:
                    found.append((os.path.basename(c), "host", h))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--rebuild", metavar="REPO_GIT_DIR")
    ap.add_argument("--others", nargs="*", default=[])
    a = ap.parse_args()
    rows, errs, notes = check(a.folder)
    for n in notes:
        print(n)
    if a.others:
        ov = overlaps(rows, a.others, os.path.realpath(a.folder))
        kinds = {}
        for s, k, v in ov:
            kinds.setdefault((s, k), set()).add(v)
        for (s, k), v in sorted(kinds.items()):
            print("shared %s with %s: %d (%s)" % (k, s, len(v), ", ".join(sorted(v)[:5])))
        if any(k == "url" for _, k, _ in ov):
            errs.append("pages shared with another set (same URL)")
        if not ov:
            print("no URL or host shared with the other sets")
    if a.rebuild:
        with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
            for t in (t1, t2):
                subprocess.run([sys.executable, os.path.join(HERE, "convert.py"), a.rebuild, t], check=True,
                               stdout=subprocess.DEVNULL)
            for t in (t2, a.folder):
                cmp = filecmp.dircmp(t1, t)
                diff = cmp.diff_files + cmp.left_only + cmp.right_only
                sub = filecmp.dircmp(os.path.join(t1, "html"), os.path.join(t, "html"))
                diff += sub.diff_files + sub.left_only + sub.right_only
                # dircmp compares shallowly; check contents too
                for name in sorted(os.listdir(os.path.join(t1, "html"))):
                    if not filecmp.cmp(os.path.join(t1, "html", name), os.path.join(t, "html", name), False):
                        diff.append(name)
                for name in ("truth.jsonl", "SOURCE.txt"):
                    if not filecmp.cmp(os.path.join(t1, name), os.path.join(t, name), False):
                        diff.append(name)
                if diff:
                    errs.append("rebuild differs from %s: %s" % (t, sorted(set(diff))[:5]))
        print("rebuild: %s" % ("identical" if not any(e.startswith("rebuild") for e in errs) else "DIFFERS"))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d error(s)" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
