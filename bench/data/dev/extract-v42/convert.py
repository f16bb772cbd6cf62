#!/usr/bin/env python3
"""Build the v42 extraction set `dev-v42-kaoriya` (held out as `heldout-v42-kaoriya` until it was spent) from koron/java-extractarticle's test pages.

Source: github.com/koron/java-extractarticle, src/test/resources/000001.html ... 000041.html ("Test Data for
Article Extraction": 41 Japanese pages saved in 2021 -- Yahoo!ニュース, 朝日, 読売, 産経, 毎日, 日経 articles and
FC2/Ameba/はてな/goo/エキサイト blog entries) and src/test/resources/README.md (id -> URL table). The repository
ships pages only (its unit test checks a score threshold, not a text), so the truth is the keeper's, written by hand
in spec.json next to this file: for every page the article container(s) as XPath, lines inside them that are not
article text (share buttons, paywall prompts, "[PR]" markers, related links), and the title, date, author and
source as the page shows them. Pages whose article is behind a login (no article text on the page) are left out.

Reads the bare git snapshot with `git show` only (no network); deterministic; needs lxml (the repo's .venv).
usage: convert.py --repo /work/.mirror/koron+java-extractarticle/repo --out DIR [--commit SHA] [--lines ID]
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata

from lxml import html as LH

HERE = os.path.dirname(os.path.abspath(__file__))
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "blockquote", "figure",
         "figcaption", "section", "article", "header", "footer", "aside", "pre", "dl", "dt", "dd", "br", "hr", "main"}
SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "button", "form", "select", "textarea"}


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout


def lines_of(el):
    out, cur = [], []

    def flush():
        s = re.sub(r"[ \t\r\n\f\v\u00a0]+", " ", "".join(cur)).strip()
        if s:
            out.append(s)
        cur.clear()

    def walk(e):
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in SKIP:
            if e.tail:
                cur.append(e.tail)
            return
        blk = tag in BLOCK
        if blk:
            flush()
        if tag and e.text:
            cur.append(e.text)
        for c in e:
            walk(c)
        if blk:
            flush()
        if e.tail:
            cur.append(e.tail)

    tail, el.tail = el.tail, None
    walk(el)
    el.tail = tail
    flush()
    return out


def page_lines(raw, spec):
    doc = LH.document_fromstring(raw, parser=LH.HTMLParser(encoding="utf-8", remove_comments=True))
    for xp in spec.get("remove", []):
        for e in doc.xpath(xp):
            e.drop_tree()
    lines = []
    for xp in spec["container"]:
        found = doc.xpath(xp)
        if len(found) != 1:
            raise SystemExit("%s: container %r matched %d nodes" % (spec["id"], xp, len(found)))
        lines += lines_of(found[0])
    return lines


def keep(lines, spec):
    drops = [re.compile(p) for p in spec.get("drop", [])]
    cut_after = [re.compile(p) for p in spec.get("stop", [])]
    out = []
    for ln in lines:
        if any(c.search(ln) for c in cut_after):
            break
        if any(d.search(ln) for d in drops):
            continue
        out.append(ln)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default="/work/.mirror/koron+java-extractarticle/repo")
    ap.add_argument("--out", default=None)
    ap.add_argument("--commit", default="HEAD")
    ap.add_argument("--lines", default=None, help="print the container lines of one id (for writing spec.json)")
    a = ap.parse_args()
    repo = a.repo if a.repo.endswith(".git") or os.path.exists(os.path.join(a.repo, "HEAD")) else os.path.join(a.repo, ".git")
    commit = git(repo, "rev-parse", a.commit).decode().strip()
    with open(os.path.join(HERE, "spec.json"), encoding="utf-8") as f:
        specs = json.load(f)
    readme = git(repo, "show", "%s:src/test/resources/README.md" % commit).decode("utf-8")
    urls = dict(re.findall(r"^(\d{6})\s*\|.*\|\s*<(https?://[^>]+)>\s*$", readme, re.M))
    if a.lines:
        s = next(x for x in specs if x["src"] == a.lines)
        raw = git(repo, "show", "%s:src/test/resources/%s.html" % (commit, s["src"]))
        for i, ln in enumerate(page_lines(raw, s)):
            mark = " " if ln in keep([ln], s) else "x"
            print("%3d %s %s" % (i, mark, ln))
        return
    out = a.out
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    for s in specs:
        raw = git(repo, "show", "%s:src/test/resources/%s.html" % (commit, s["src"]))
        text_lines = keep(page_lines(raw, s), s)
        text = "\n".join(text_lines)
        if not text:
            raise SystemExit("%s: empty text" % s["id"])
        with open(os.path.join(out, "html", s["id"] + ".html"), "wb") as f:
            f.write(raw)
        rows.append({
            "id": s["id"], "url": urls.get(s["src"]), "title": s.get("title"), "date": s.get("date"),
            "source": s.get("source"), "author": s.get("author"), "text": text,
            "hijacked": False, "injections": [], "spam_strings": [], "legit": False, "lang": "ja",
            "site": (urls.get(s["src"]) or "").split("/")[2] if urls.get(s["src"]) else None,
            "origin": "koron/java-extractarticle src/test/resources/%s.html (%s); truth by the keeper" % (s["src"], s["kind"]),
            "kind": s["kind"], "encoding": "utf-8",
            "sha1": hashlib.sha1(raw).hexdigest(),
        })
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write("dev-v42-kaoriya - extraction set collected by keeper k42x (v42; brief KEEPER.md item 4), spent and dev\n"
                "repository : https://github.com/koron/java-extractarticle (bare git snapshot read with git only)\n"
                "commit     : %s\n"
                "pages      : src/test/resources/<id>.html as committed (UTF-8), urls from src/test/resources/README.md\n"
                "licence    : none stated (no LICENSE file); third-party news/blog pages, kept outside the repository\n"
                "truth      : the keeper's, by hand (bench/data/dev/extract-v42/spec.json): article container,\n"
                "             non-article lines inside it, title/date/author/source as shown on the page; lang ja\n"
                "left out   : %s\n"
                "count      : %d pages\n" % (commit, ", ".join(sorted(set(urls) - {s["src"] for s in specs})), len(rows)))
    print("wrote %d pages to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
