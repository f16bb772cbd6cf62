#!/usr/bin/env python3
"""Converts leogao2/htmltotext-benchmark (hand-made html-to-text pairs in several languages) into
$NEWSVAULT_DATA/extract/<name>/ (html/<id>.html + truth.jsonl + SOURCE.txt), reading the git snapshot
with `git show` (no network). Only pages whose html and hand-made text share a file name are kept.
Truth: text = the hand-made text, paragraphs (non-empty lines) joined by "\n"; title/date/author/url
null (the repository does not label them); lang from the folder.

Usage: python3 convert.py MIRROR_GIT_DIR OUT_DIR
  e.g. python3 convert.py /work/.mirror/leogao2+htmltotext-benchmark/repo /work/data/extract/dev-v16-htmltotext
"""
import json
import os
import re
import subprocess
import sys


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout


def main():
    repo, out = sys.argv[1], sys.argv[2]
    commit = git(repo, "rev-parse", "HEAD").decode().strip()
    names = git(repo, "ls-tree", "-r", "--name-only", commit).decode().splitlines()
    html = {n for n in names if re.fullmatch(r"benchmarkdata/[a-z]{2}/html/[^/]+\.html", n)}
    text = {n for n in names if re.fullmatch(r"benchmarkdata/[a-z]{2}/text/[^/]+\.txt", n)}
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    for h in sorted(html):
        lang, stem = h.split("/")[1], os.path.basename(h)[:-5]
        t = f"benchmarkdata/{lang}/text/{stem}.txt"
        if t not in text:
            continue
        raw = git(repo, "show", f"{commit}:{h}")
        gold = git(repo, "show", f"{commit}:{t}").decode("utf-8", "replace")
        paras = [ln.strip() for ln in gold.splitlines() if ln.strip()]
        if not paras:
            continue
        pid = f"h2t-{lang}-{len([r for r in rows if r['lang'] == lang]) + 1:02d}"
        with open(os.path.join(out, "html", pid + ".html"), "wb") as f:
            f.write(raw)
        head = raw[:200000].decode("utf-8", "replace")
        m = (re.search(r'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)', head, re.I)
             or re.search(r'<meta[^>]+property=["\']og:url["\'][^>]*content=["\']([^"\']+)', head, re.I))
        url = m.group(1) if m and m.group(1).startswith("http") else None
        rows.append(dict(id=pid, url=url, title=None, date=None, author=None, text="\n".join(paras),
                         lang=lang, origin_file=h))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    langs = {}
    for r in rows:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"repo: leogao2/htmltotext-benchmark (https://github.com/leogao2/htmltotext-benchmark)\n"
                f"commit: {commit}\n"
                f"licence: none stated in the repository (no LICENSE file; community-contributed benchmark data; the pages are third-party web pages)\n"
                f"pages: {len(rows)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}); html files without a same-named hand-made text are left out\n"
                f"truth: text = the repository's hand-made extraction (non-empty lines, joined by newline); title/date/author not labelled (null); url = canonical/og:url when the page has one, else null; `origin_file` names the source file\n"
                f"built by: bench/data/dev/extract-v16/convert.py (git show, no network)\n")
    print(len(rows), "pages", langs)


if __name__ == "__main__":
    main()
