#!/usr/bin/env python3
"""Build the v49 extraction set `dpppress` from a git snapshot of kiang/dpp.org.tw.

    python3 convert.py --mirror /work/.mirror/kiang+dpp.org.tw/repo \
                       --out /work/data/extract/dev-v49-dpppress

(dev-v49-dpppress since v49 was spent, 2026-12-07; written as pending-v49-dpppress, held out as heldout-v49-dpppress
from 2026-12-07, when v48 was spent.)

kiang/dpp.org.tw is a static mirror (2024-09/10) of the Democratic Progressive Party's web site
(traditional Chinese). This converter takes press releases (`media/contents/<n>.html`, one CMS
template) at the commit pinned in spec.json, keeps the pages that pass the selection rule of
spec.json, picks `pages_wanted` of them at evenly spaced ranks and writes

    <out>/html/dpp49-<n>.html   the page bytes as stored in the mirror (utf-8; the mirror rewrote links to relative files)
    <out>/truth.jsonl           one row per page (id, url, title, date, source, author, text, ...)
    <out>/SOURCE.txt            repository, commit, licence, rule summary

Truth is written by rule (spec.json, keeper k49x): text = the press release body, one line per
block; title = the article headline; date = the date line; source and author null.
Standard library and `git` only; reads the snapshot with `git show`; no network; deterministic
(same snapshot -> byte-identical html/ and truth.jsonl; SOURCE.txt names the output folder).
"""
import argparse
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = json.load(open(os.path.join(HERE, "spec.json"), encoding="utf-8"))

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr",
         "section", "article", "figure", "figcaption", "ul", "ol", "table", "dd", "dt", "dl"}
SKIP = {"script", "style", "noscript"}
WS = re.compile(r"\s+")
PAGE_RE = re.compile(r"^media/contents/(\d+)\.html$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class BlockText(HTMLParser):
    """Visible text of an HTML fragment, one line per block element and per <br>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip = [], [], 0

    def _flush(self):
        line = WS.sub(" ", "".join(self.cur)).strip()
        if line:
            self.lines.append(line)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK or tag == "br":
            self._flush()

    def handle_startendtag(self, tag, attrs):
        if tag == "br" or tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self._flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def text(self):
        self._flush()
        return "\n".join(self.lines)


def block_text(fragment):
    p = BlockText()
    p.feed(fragment)
    p.close()
    return p.text()


def inline_text(fragment):
    return WS.sub(" ", block_text(fragment).replace("\n", " ")).strip()


def git(mirror, *args):
    return subprocess.run(["git", "--git-dir", mirror, *args], check=True, capture_output=True).stdout


def after(s, marker, start=0):
    i = s.find(marker, start)
    return -1 if i < 0 else i + len(marker)


def parse_page(raw):
    """Return (fields, reason): fields is None when the page does not fit the template rule."""
    m = SPEC["markers"]
    s = raw.decode("utf-8")
    a = s.find(m["article"])
    if a < 0:
        return None, "no article block"
    d = after(s, m["date"], a)
    if d < 0:
        return None, "no date"
    date = inline_text(s[d:s.find("</p>", d)])
    if not DATE_RE.match(date):
        return None, "bad date"
    t = after(s, m["title"], a)
    title = inline_text(s[t:s.find("</h2>", t)]) if t >= 0 else ""
    if not title:
        return None, "no title"
    h = after(s, m["subtitle"], a)
    subtitle = inline_text(s[h:s.find("</h4>", h)]) if h >= 0 else ""
    b = s.find(m["body_start"], a)
    if b < 0:
        return None, "no body"
    b = s.find(">", b) + 1
    e = s.find(m["body_end"], b)
    if e < 0:
        return None, "no body end"
    body = s[b:e]
    if any(re.search(r"<%s\b" % tag, body, re.I) for tag in SPEC["exclude_body_tags"]):
        return None, "excluded tag in body"
    text = block_text(body)
    if not (SPEC["min_text_chars"] <= len(text) <= SPEC["max_text_chars"]):
        return None, "text too short" if len(text) < SPEC["min_text_chars"] else "text too long"
    og_url = re.search(r'<meta property="og:url"\s+content="([^"]+)"', s)
    og_title = re.search(r'<meta property="og:title"\s+content="([^"]*)"', s)
    if not og_url:
        return None, "no og:url"
    if not og_title or WS.sub(" ", html.unescape(og_title.group(1))).strip() != title:
        return None, "title differs from og:title"
    return dict(url=og_url.group(1), title=title, subtitle=subtitle or None, date=date, text=text), ""


def build(mirror, out):
    commit = SPEC["commit"]
    names = git(mirror, "ls-tree", "-r", "--name-only", commit, "media/contents/").decode().split("\n")
    pages = sorted((int(PAGE_RE.match(n).group(1)), n) for n in names if PAGE_RE.match(n))
    qualifying, reasons = [], {}
    for num, path in pages:
        raw = git(mirror, "show", "%s:%s" % (commit, path))
        fields, why = parse_page(raw)
        if fields is None:
            reasons[why] = reasons.get(why, 0) + 1
            continue
        qualifying.append((num, path, raw, fields))
    want = SPEC["pages_wanted"]
    if len(qualifying) < want:
        sys.exit("only %d qualifying pages" % len(qualifying))
    picks = [qualifying[(i * len(qualifying)) // want] for i in range(want)]
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    for num, path, raw, f in picks:
        pid = "%s-%05d" % (SPEC["set_prefix"], num)
        with open(os.path.join(out, "html", pid + ".html"), "wb") as fh:
            fh.write(raw)
        rows.append(dict(
            id=pid, url=f["url"], title=f["title"], date=f["date"], source=None, author=None,
            text=f["text"], text_partial=False, subtitle=f["subtitle"],
            hijacked=False, injections=[], spam_strings=[], legit=False,
            lang="zh", script="Hant", site=SPEC["site"], kind="real-page", capture="html",
            encoding="utf-8", origin="%s@%s:%s" % (SPEC["repo"], commit, path),
            sha256=hashlib.sha256(raw).hexdigest(), truth_by=SPEC["truth_by"]))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as fh:
        fh.write(
            "set: %s (%d pages, ids %s-<n>)\n"
            "repo: %s (https://github.com/%s), commit %s (HEAD, 2024-10-04)\n"
            "content: press releases (media/contents/<n>.html) of www.dpp.org.tw, traditional Chinese, one CMS template, "
            "from a static mirror made by the repository's author in 2024; page bytes as stored (utf-8; the mirror rewrote links to relative files)\n"
            "licence: %s\n"
            "truth: written by rule by keeper k49x (bench/data/dev/extract-v49/spec.json): text = press-release body, "
            "one line per block; title = the article headline; date = the date line; source/author null; no extractor output used\n"
            "selection: %d of %d press-release pages qualify (%s); %d picked at evenly spaced ranks\n"
            "built by: bench/data/dev/extract-v49/convert.py --mirror <snapshot> --out %s\n"
            % (os.path.basename(os.path.normpath(out)), len(rows), SPEC["set_prefix"], SPEC["repo"], SPEC["repo"], commit,
               SPEC["licence"], len(qualifying), len(pages),
               ", ".join("%s %d" % (k, v) for k, v in sorted(reasons.items())) or "none left out", want, out))
    return rows, len(qualifying), len(pages), reasons


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", required=True, help="bare git dir of kiang/dpp.org.tw")
    ap.add_argument("--out", required=True, help="output folder, e.g. /work/data/extract/dev-v49-dpppress")
    a = ap.parse_args()
    rows, q, n, reasons = build(a.mirror, a.out)
    print("%d pages written to %s (%d of %d qualify; left out: %s)" % (len(rows), a.out, q, n, reasons))


if __name__ == "__main__":
    main()
