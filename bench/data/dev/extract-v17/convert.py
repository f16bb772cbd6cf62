# -*- coding: utf-8 -*-
"""Build the v17 extraction held-out set from a git snapshot of virus-warnning/twnews (MIT):
Taiwanese news pages (traditional Chinese) that twnews keeps as parser test samples, with the
title, publication time, reporter and a passage of the article asserted by its unit tests.

    python3 convert.py [--mirror /work/.mirror] [--out /work/data/extract] [--name dev-v17-twnews]

Reads the bare repository with `git` only (no network). Walks every commit; for every sample page
(samples/<channel>.html[.gz|.xz]) it decompresses the blob and reads that commit's test of the same
channel (test_01_sample / test_sample): assertIn(title), assertEqual(date), assertEqual(author),
assertIn(passage). A page is kept when the asserted title and passage both occur in its decoded text
(after unescaping); pages are de-duplicated by asserted title (newest commit wins).
Truth: title = the asserted headline (the tests use assertIn, so a headline suffix may be missing),
date = date part of the asserted time, author = asserted reporter (null where the test asserts None),
text = the asserted passage only (PARTIAL text: score recall-style, or use it as a must-contain check),
url = the page's canonical link or og:url where it has one, else null.
"""
import argparse
import gzip
import html
import json
import lzma
import os
import re
import subprocess
import sys

REPO = "virus-warnning/twnews"


def git(gd, *a, binary=False):
    out = subprocess.run(["git", "--git-dir", gd, *a], capture_output=True, check=True).stdout
    return out if binary else out.decode("utf-8", "replace")


def decode_page(raw):
    for enc in ("utf-8", "big5", "cp950", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def parse_test(src):
    m = re.search(r"def test_0?1_sample\(self\):(.*?)(?:\n    def |\Z)", src, re.S) or re.search(r"def test_sample\(self\):(.*?)(?:\n    def |\Z)", src, re.S)
    if not m:
        return None
    body = m.group(1)
    g = lambda pat: (re.search(pat, body) or [None, None])[1]  # noqa: E731
    title = g(r"assertIn\('([^']+)',\s*nsoup\.title\(\)\)")
    date = g(r"assertEqual\('(\d{4}-\d{2}-\d{2})[^']*',\s*nsoup\.date\(\)")
    am = re.search(r"assertEqual\((None|'[^']*'),\s*nsoup\.author\(\)\)", body)
    author = None if not am or am.group(1) == "None" else am.group(1).strip("'")
    passage = g(r"assertIn\('([^']+)',\s*nsoup\.contents\(\)\)")
    um = re.search(r"self\.url\s*=\s*'([^']+)'", src)
    return dict(title=title, date=date, author=author, passage=passage, url=um.group(1) if um else None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--out", default=os.environ.get("NEWSVAULT_DATA", "/work/data") + "/extract")
    ap.add_argument("--name", default="dev-v17-twnews")
    a = ap.parse_args()
    gd = os.path.join(a.mirror, REPO.replace("/", "+"), "repo")
    if os.path.isdir(os.path.join(gd, ".git")):
        gd = os.path.join(gd, ".git")
    head = git(gd, "rev-parse", "HEAD").strip()
    commits = git(gd, "rev-list", "--all", "--date-order").split()  # newest first
    found = {}
    for c in commits:
        files = git(gd, "ls-tree", "-r", "--name-only", c).split("\n")
        samples = [f for f in files if re.search(r"(^|/)samples/[a-z]+\.html(\.gz|\.xz)?$", f)]
        tests = {re.sub(r"^test_(soup_)?|\.py$", "", os.path.basename(f)): f for f in files
                 if re.search(r"tests/(soup/)?test_(soup_)?[a-z]+\.py$", f)}
        for s in samples:
            ch = re.search(r"samples/([a-z]+)\.html", s).group(1)
            if ch not in tests:
                continue
            t = parse_test(git(gd, "show", f"{c}:{tests[ch]}"))
            if not t or not t["title"] or not t["passage"]:
                continue
            if t["title"] in found:
                continue
            raw = git(gd, "show", f"{c}:{s}", binary=True)
            if not raw:
                continue
            try:
                if s.endswith(".xz"):
                    raw = lzma.decompress(raw)
                elif s.endswith(".gz"):
                    raw = gzip.decompress(raw)
            except Exception:  # noqa: BLE001
                continue
            txt, enc = decode_page(raw)
            plain = html.unescape(txt)
            if t["title"] not in plain or t["passage"] not in plain:
                continue
            cm = (re.search(r'<link[^>]+rel="canonical"[^>]+href="([^"]+)"', txt) or re.search(r'<meta[^>]+property="og:url"[^>]+content="([^"]+)"', txt)
                  or re.search(r'<meta[^>]+content="([^"]+)"[^>]+property="og:url"', txt))
            t["url"] = html.unescape(cm.group(1)) if cm else None
            found[t["title"]] = dict(channel=ch, commit=c, path=s, raw=raw, enc=enc, **t)
    outdir = os.path.join(a.out, a.name)
    os.makedirs(os.path.join(outdir, "html"), exist_ok=True)
    rows = []
    for i, (title, p) in enumerate(sorted(found.items(), key=lambda kv: (kv[1]["channel"], kv[1]["date"] or "")), 1):
        pid = f"twn-{i:03d}-{p['channel']}"
        with open(os.path.join(outdir, "html", pid + ".html"), "wb") as f:
            f.write(p["raw"])
        rows.append(dict(id=pid, url=p["url"], title=p["title"], date=p["date"], author=p["author"], source=None,
                         text=p["passage"], text_partial=True, lang="zh", channel=p["channel"],
                         origin=f"{REPO}@{p['commit']}:{p['path']}"))
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"repository: https://github.com/{REPO}\nsnapshot HEAD read: {head}\n"
                "licence: MIT (Copyright (c) 2018 Raymond Wu), see the repository's LICENSE\n"
                "content: Taiwanese news pages (appledaily, chinatimes, cna, ettoday, ltn, setn, udn; traditional Chinese) "
                "kept as parser test samples, from every commit of the repository's history, de-duplicated by headline\n"
                "truth: title / date / author / one passage asserted by the repository's unit tests (text is PARTIAL: the "
                "passage only; `text_partial: true`); url from the page's canonical link or og:url where present\n"
                f"built by: bench/data/dev/extract-v17/convert.py\n"
                f"pages: {len(rows)}\n")
    print(len(rows), "pages ->", outdir)


if __name__ == "__main__":
    sys.exit(main())
