#!/usr/bin/env python3
"""Convert the Chinese pages of harukip/multitask-boilerplate-removal (data/cleaneval/zh/*.csv: one row per
text node with its tag path, the text and a content label 1/0) into an extraction set:
OUT_DIR/html/<id>.html + truth.jsonl + SOURCE.txt.

Usage: python convert.py MIRROR_GIT_DIR OUT_DIR [CWCED_GIT_DIR]
  MIRROR_GIT_DIR: bare git directory of the snapshot (e.g. /work/.mirror/harukip+multitask-boilerplate-removal/repo)
  CWCED_GIT_DIR: optional, immortal-autumn/Chinese-Web-Content-Extraction-Dataset's snapshot: its original/ keeps
  49 of the same CleanEval-2007 Chinese pages with their CleanEval wrapper <text id="URL">; a page whose first
  three content lines (>= 15 characters, whitespace dropped) all occur in exactly one wrapped page gets that
  URL (43 of 50 at 99d0ef0; the csv numbering follows the same URL order). Without it url stays null.

The repository holds no raw HTML, only the node table, so each page is rebuilt from it: the tag paths are
re-nested (consecutive nodes sharing a path prefix share those elements), each text node becomes one
element with its text. Truth text = the label-1 nodes in order, one per line; when the first label-1 node
is short and followed by a label-0 node it is taken as the headline (truth title, also put in <title>)
and left out of the text. No url, date or author is given by the data (null; url see CWCED_GIT_DIR). Read with git only.
"""
import csv
import html
import io
import json
import os
import re
import subprocess
import sys

SKIP = {"html", "body", "text", "head"}
OK_TAG = re.compile(r"^[a-z][a-z0-9]*$")
VOID = {"br", "img", "hr", "input", "meta", "link"}


def git(gd, *a):
    return subprocess.run(["git", "--git-dir", gd, *a], check=True, capture_output=True).stdout


def rebuild(rows):
    out, stack = [], []
    for path, content, _ in rows:
        toks = [t for t in path.split() if t not in SKIP and OK_TAG.match(t) and t not in VOID] or ["div"]
        parent, leaf = toks[:-1], toks[-1]
        k = 0
        while k < len(stack) and k < len(parent) and stack[k] == parent[k]:
            k += 1
        for t in reversed(stack[k:]):
            out.append("</%s>" % t)
        for t in parent[k:]:
            out.append("<%s>" % t)
        stack = parent
        out.append("<%s>%s</%s>" % (leaf, html.escape(content, quote=False), leaf))
    for t in reversed(stack):
        out.append("</%s>" % t)
    return "\n".join(out)


def squash(s):
    return re.sub(r"\s+", "", s)


def cleaneval_urls(gd):
    """(url, tag-stripped text without whitespace) of each CWCED original in a CleanEval wrapper."""
    out = []
    for n in git(gd, "ls-tree", "-r", "--name-only", "HEAD", "original/").decode().split("\n"):
        if not n:
            continue
        b = git(gd, "show", "HEAD:" + n)
        for enc in ("utf-8", "gb18030"):
            try:
                t = b.decode(enc)
                break
            except UnicodeDecodeError:
                pass
        else:
            t = b.decode("utf-8", "replace")
        m = re.search(r'<text id="(https?://[^"]+)"', t)
        if m:
            out.append((html.unescape(m.group(1)), squash(re.sub(r"<[^>]+>", "", t))))
    return out


def page_url(wrapped, text):
    lines = [squash(x) for x in text.split("\n") if len(squash(x)) >= 15][:3]
    hits = [u for u, t in wrapped if lines and all(x in t for x in lines)]
    return hits[0] if len(hits) == 1 else None


def main():
    gd, outdir = sys.argv[1], sys.argv[2]
    wrapped = cleaneval_urls(sys.argv[3]) if len(sys.argv) > 3 else []
    commit = git(gd, "rev-parse", "HEAD").decode().strip()
    names = [n for n in git(gd, "ls-tree", "-r", "--name-only", "HEAD", "data/cleaneval/zh/").decode().split("\n") if n.endswith(".csv")]
    names.sort(key=lambda n: int(re.sub(r"\D", "", os.path.basename(n)) or 0))
    os.makedirs(os.path.join(outdir, "html"), exist_ok=True)
    truth = []
    for n in names:
        raw = git(gd, "show", "HEAD:" + n).decode("utf-8", errors="replace")
        rows = []
        for r in csv.DictReader(io.StringIO(raw)):
            c = (r.get("content") or "").strip()
            if not c:
                continue
            rows.append((r.get("tag") or "", c, int(r.get("label") or 0)))
        pos = [i for i, r in enumerate(rows) if r[2] == 1]
        if not pos:
            continue
        title = None
        first = pos[0]
        if len(rows[first][1]) <= 60 and first + 1 < len(rows) and rows[first + 1][2] == 0:
            title = rows[first][1]
        text = "\n".join(rows[i][1] for i in pos if not (title is not None and i == first))
        if not text.strip():
            continue
        pid = "mbzh-" + os.path.splitext(os.path.basename(n))[0]
        page = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n%s</head>\n<body>\n%s\n</body>\n</html>\n" % (
            ("<title>%s</title>\n" % html.escape(title, quote=False)) if title else "", rebuild(rows))
        with open(os.path.join(outdir, "html", pid + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        truth.append(dict(id=pid, url=page_url(wrapped, text), title=title, date=None, author=None, text=text, lang="zh",
                          origin="harukip/multitask-boilerplate-removal:" + n))
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write("Source: https://github.com/harukip/multitask-boilerplate-removal (data/cleaneval/zh/*.csv)\n"
                "Commit: %s\nLicence: none stated in the repository (no LICENSE file); research data, kept outside the repository.\n"
                "Pages: %d Chinese news pages (2005-era portals), labelled per text node (1 = main content).\n"
                "Conversion: bench/data/dev/extract-v27/convert.py - pages rebuilt from the node table (tag paths\n"
                "re-nested, one element per text node; the original HTML is not in the repository); truth text = label-1\n"
                "nodes one per line; headline = first label-1 node when short and followed by a label-0 node (then not in\n"
                "the text). date/author: null (not in the data). url: from CWCED's CleanEval wrapper of the same page when\n"
                "that snapshot is given (%d pages), else null.\n" % (commit, len(truth), sum(1 for t in truth if t["url"])))
    print(len(truth), "pages ->", outdir)


if __name__ == "__main__":
    main()
