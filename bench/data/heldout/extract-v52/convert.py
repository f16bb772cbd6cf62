#!/usr/bin/env python3
"""Build the v52 extraction set heldout-v52-neteaseent from abhay123lp/newshtmlextractor.

(heldout-v52-neteaseent since 2026-12-08, when v51 was spent; written as pending-v52-neteaseent.)

Keeper k52x, split v52, brief bench/data/KEEPER.md item 4. The repository (a 2012 Google-Code-era Java news
extractor, GitHub mirror abhay123lp/newshtmlextractor) keeps saved NetEase entertainment article pages
(http___ent.163.com_<yy>_<mmdd>_<hh>_<docid>.html, 2005-2010, several page templates) in temp4/, trunk/temp4/,
testdatabase/ and trunk/testdatabase/ at different commits. This script walks every commit reachable from the
pinned commit (newest first, `git rev-list --topo-order`), keeps the newest version of every page name, writes the
page bytes as stored and truth written by the fixed rules below (the repository's own *.html.txt files are its
extractor's output and are NOT used).

Rules (the whole truth; nothing is hand-edited):
  title  = text of the first <h1> whose class is not "hidden" (the headline above the byline).
  date   = the first YYYY-MM-DD in the byline (the page source between the end of that <h1> and the start of
           the body container), as YYYY-MM-DD; null if none.
  source = the 来源 of the byline: the link text (or the plain text) after "来源:"/"来源："
           up to "(", "（", whitespace or a tag; null if the byline has none.
  author = the name after "作者:"/"作者：" in the byline, else in the body's closing credit line
           ("（本文来源：… 作者：…）"); null if neither has one. 责任编辑 (editor) is not an author.
  text   = the body container (the element with id="endText", else id="text"): its text, one line per block
           (p, div, br, center, tr, li, h1-h6, table, ul, ol, dl, dt, dd, blockquote, pre, hr start a new line;
           td/th add a space), with script/style/iframe/noscript/form/select/textarea/object/embed and comments
           left out, U+3000 and NBSP read as spaces, runs of whitespace collapsed, empty lines dropped. Image
           captions inside the container are kept. Left out as boilerplate: closing credit/editor lines (a line
           that starts, after an optional bracket, with 本文来源/责任编辑/来源 followed by a colon) and
           pager lines (a line under 40 characters holding 上一页 or 下一页), editor lines ("作者：编辑：…") and
           link lines (a line with at least 8 letters/digits inside <a> links and at most 4 outside them, e.g.
           "相关：" + a related-article link, the comment-counter link; short linked names stay) and the bare
           heading of a related-links block ("相关新闻链接：", "[相关新闻]", "更多图片", "没有相关新闻").
  url    = the page's own address, read from the file name (http___ent.163.com_05_1101_10_X.html ->
           http://ent.163.com/05/1101/10/X.html).
  A page qualifies when title and date are found and the text has at least 2 lines and 80 characters; a page
  whose bytes or text repeat an earlier one is left out. At most 100 are picked, at evenly spaced ranks of the
  url order.

Usage: python3 convert.py --mirror /work/.mirror/abhay123lp+newshtmlextractor/repo \
           --out /work/data/extract/heldout-v52-neteaseent
Standard library only; reads git objects with `git`; no network; deterministic (same commit -> same bytes).
"""
import argparse
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys

REPO = "abhay123lp/newshtmlextractor"
PINNED = "56e0917874dbfc8932b0a95f9a5a01f3ecc2427b"  # HEAD of the snapshot, 2012-09-25
ID_PREFIX = "nhe52-"
MAX_PAGES = 100
NAME_RE = re.compile(r"^http___ent\.163\.com_(\d\d)_(\d{4})_(\d\d)_([0-9A-Za-z]{16})\.html$")

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "basefont", "frame", "isindex", "keygen"}
SKIP = {"script", "style", "iframe", "noscript", "form", "select", "textarea", "object", "embed"}
BLOCK = {"p", "div", "br", "center", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl",
         "dt", "dd", "blockquote", "pre", "hr"}
CLOSES_P = BLOCK - {"br"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        if tag in CLOSES_P:  # an open <p> ends where a block starts
            n = self.cur
            while n is not self.root and n.tag not in ("p",) and n.tag not in ("div", "td", "table", "center"):
                n = n.parent
            if n.tag == "p":
                self.cur = n.parent
        node = Node(tag, [(k, v or "") for k, v in attrs], self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, [(k, v or "") for k, v in attrs], self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(text):
    b = TreeBuilder()
    b.feed(text)
    b.close()
    return b.root


def squash_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u3000", " ").replace("\xa0", " ")).strip()


def lines_of(node, with_links=False):
    """The node's text, one line per block; with_links: (line, characters of the line outside links)."""
    out, buf, own = [], [], []

    def flush():
        line = squash_ws("".join(buf))
        if line:
            out.append((line, squash_ws("".join(own))) if with_links else line)
        buf.clear()
        own.clear()

    def walk(n, in_link):
        for c in n.children:
            if isinstance(c, str):
                buf.append(c)
                if not in_link:
                    own.append(c)
            elif c.tag in SKIP:
                continue
            elif c.tag in BLOCK:
                flush()
                walk(c, in_link)
                flush()
            elif c.tag in ("td", "th"):
                buf.append(" ")
                own.append(" ")
                walk(c, in_link)
                buf.append(" ")
                own.append(" ")
            else:
                walk(c, in_link or c.tag == "a")
    walk(node, False)
    flush()
    return out


def text_of(node):
    return squash_ws(" ".join(lines_of(node)))


CREDIT = re.compile(r"^[(（\[【]?\s*(本文来源|责任编辑|来源|(作者\s*[:：]\s*)?编辑)\s*[:：]")
RELATED = re.compile(r"^[\[【]?(相关(新闻|文章|链接|报道|新闻链接)?|更多图片|没有相关新闻)[\]】]?\s*[:：]?$")
LINKISH = re.compile(r"[\s\W_]+")
PAGER = re.compile(r"上一页|下一页")
AUTHOR = re.compile(r"作者\s*[:：]\s*(?!编辑)([^<)）(（\s\u3000:：]+)")
SOURCE = re.compile(r"来源\s*[:：]\s*(?:&nbsp;|\s|\u3000)*(?:<a\b[^>]*>)?\s*([^<(（\s\u3000]+)", re.I)
DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def examine(name, data):
    m = NAME_RE.match(name)
    if not m:
        return None, "not an article file name"
    url = "http://ent.163.com/%s/%s/%s/%s.html" % m.groups()
    try:
        page = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, "not utf-8"
    root = parse(page)
    nodes = list(root.iter())
    h1 = next((n for n in nodes if n.tag == "h1" and "hidden" not in n.attrs.get("class", "").split()), None)
    title = text_of(h1) if h1 is not None else ""
    if not title:
        return None, "no headline"
    box = next((n for n in nodes if n.attrs.get("id") == "endText"), None) or \
        next((n for n in nodes if n.attrs.get("id") == "text"), None)
    if box is None:
        return None, "no body container"
    # byline = raw source between the headline's end and the container's start tag
    t_end = page.find("</h1>", page.find(title[:10]) if title[:10] in page else 0)
    c_start = re.search(r"<div\b[^>]*\bid\s*=\s*[\"']?%s[\"'\s>]" % re.escape(box.attrs["id"]), page, re.I)
    if t_end < 0 or c_start is None or c_start.start() < t_end:
        return None, "no byline between headline and body"
    byline = page[t_end:c_start.start()]
    dm = DATE.search(re.sub(r"<[^>]+>", " ", byline))
    if not dm:
        return None, "no date in byline"
    date = "%04d-%02d-%02d" % tuple(int(x) for x in dm.groups())
    sm = SOURCE.search(byline)
    source = squash_ws(sm.group(1)) if sm else None
    lines = lines_of(box, with_links=True)
    am = AUTHOR.search(byline)
    author = am.group(1) if am else None
    kept = []
    for ln, own in lines:
        if CREDIT.match(ln):
            if author is None:
                m2 = AUTHOR.search(ln)
                author = m2.group(1) if m2 else None
            continue
        if (len(ln) < 40 and PAGER.search(ln)) or RELATED.match(ln):
            continue
        if len(LINKISH.sub("", own)) <= 4 and len(LINKISH.sub("", ln)) - len(LINKISH.sub("", own)) >= 8:
            continue  # a link line: related links, comment counters (at most 4 letters outside links)
        kept.append(ln)
    text = "\n".join(kept)
    if len(kept) < 2 or len(text) < 80:
        return None, "body under 2 lines or 80 characters"
    return {"url": url, "title": title, "date": date, "source": source or None, "author": author,
            "text": text}, None


def git(mirror, *args):
    return subprocess.run(["git", "--git-dir", mirror, *args], check=True, capture_output=True).stdout


def collect(mirror):
    """name -> (commit, path, blob) of the newest version reachable from PINNED."""
    seen = {}
    for c in git(mirror, "rev-list", "--topo-order", PINNED).decode().split():
        for line in git(mirror, "ls-tree", "-r", "-z", c).decode("utf-8").split("\0"):
            if not line:
                continue
            meta, path = line.split("\t", 1)
            name = path.rsplit("/", 1)[-1]
            if NAME_RE.match(name) and name not in seen:
                seen[name] = (c, path, meta.split()[2])
    return seen


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", required=True, help="bare git dir of abhay123lp/newshtmlextractor (fetch tool)")
    ap.add_argument("--out", required=True, help="output folder, e.g. /work/data/extract/heldout-v52-neteaseent")
    a = ap.parse_args()
    seen = collect(a.mirror)
    qual, reasons, by_blob, by_text = [], {}, set(), set()
    for name in sorted(seen):
        c, path, blob = seen[name]
        data = git(a.mirror, "cat-file", "blob", blob)
        row, why = examine(name, data)
        if row is not None:
            th = hashlib.sha256(row["text"].encode()).hexdigest()
            if blob in by_blob or th in by_text:
                row, why = None, "same bytes or body as an earlier page"
            by_blob.add(blob)
            by_text.add(th)
        if row is None:
            reasons[why] = reasons.get(why, 0) + 1
            continue
        row.update(commit=c, path=path, data=data)
        qual.append(row)
    qual.sort(key=lambda r: r["url"])
    n = min(MAX_PAGES, len(qual))
    if n == 0:
        sys.exit("no qualifying page")
    picked = [qual[(i * len(qual)) // n] for i in range(n)]
    hdir = os.path.join(a.out, "html")
    os.makedirs(hdir, exist_ok=True)
    for f in os.listdir(hdir):
        os.remove(os.path.join(hdir, f))
    rows = []
    for i, r in enumerate(picked, 1):
        rid = "%s%03d" % (ID_PREFIX, i)
        with open(os.path.join(hdir, rid + ".html"), "wb") as f:
            f.write(r["data"])
        rows.append({
            "id": rid, "url": r["url"], "title": r["title"], "date": r["date"], "source": r["source"],
            "author": r["author"], "text": r["text"], "text_partial": False, "hijacked": False,
            "injections": [], "spam_strings": [], "legit": False, "lang": "zh", "script": "Hans",
            "site": "ent.163.com", "kind": "real-page", "capture": "html",
            "encoding": "utf-8 (the page declares gb2312; the crawler stored it re-encoded as utf-8)",
            "origin": "%s@%s:%s" % (REPO, r["commit"], r["path"]),
            "sha256": hashlib.sha256(r["data"]).hexdigest(), "truth_by": "keeper k52x rules (convert.py docstring)",
        })
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    setname = os.path.basename(os.path.normpath(a.out))
    cnt = lambda k: sum(1 for r in rows if r[k])
    with open(os.path.join(a.out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write("set: %s (%d pages, ids %s001-%s%03d)\n" % (setname, len(rows), ID_PREFIX, ID_PREFIX, len(rows)))
        f.write("repo: %s (https://github.com/%s), commit %s (HEAD of the snapshot, 2012-09-25); pages read from "
                "every commit reachable from it, newest version of each file name\n" % (REPO, REPO, PINNED))
        f.write("content: saved NetEase entertainment-channel article pages (ent.163.com, 2005-2010, several "
                "templates), test pages of a 2012 Java news-extraction project; page bytes as the repository "
                "stores them (utf-8, one line, meta charset still gb2312)\n")
        f.write("licence: the repository states none (no LICENSE file, no README); the pages are third-party "
                "news pages, kept outside the newsvault repository and used for evaluation only\n")
        f.write("truth: written by rule by keeper k52x (docstring of bench/data/heldout/extract-v52/convert.py): "
                "text = the body container, one line per block, credit/editor and pager lines left out; title = "
                "the headline; date = first date of the byline; source = byline 来源; author = 作者 of the byline "
                "or closing credit, else null; the repository's *.html.txt extractor output is not used\n")
        f.write("fields: text %d, title %d, date %d, source %d, author %d, url %d of %d\n"
                % (cnt("text"), cnt("title"), cnt("date"), cnt("source"), cnt("author"), cnt("url"), len(rows)))
        f.write("selection: %d of %d page names qualify (%s); %d picked at evenly spaced ranks of the url order\n"
                % (len(qual), len(seen), ", ".join("%s %d" % kv for kv in sorted(reasons.items())) or "none left out",
                   len(rows)))
        f.write("built by: bench/data/heldout/extract-v52/convert.py --mirror <snapshot> --out %s\n" % a.out)
    print("%d pages written to %s (%d of %d qualify; %s)" % (len(rows), a.out, len(qual), len(seen), reasons))


if __name__ == "__main__":
    main()
