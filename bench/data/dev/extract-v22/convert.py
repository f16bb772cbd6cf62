#!/usr/bin/env python3
"""Convert newspaper4k's own test pages (the ones not in newspaper3k's test data, which newsvault used) into
$NEWSVAULT_DATA/extract/dev-v22-newspaper4k (named heldout-v22-newspaper4k while v22 was held out).
Reads a bare git snapshot with `git show`; no network. Usage:
  python convert.py --mirror /work/.mirror/AndyTheFactory+newspaper4k/repo --out /work/data/extract
"""
import argparse, ast, json, os, re, subprocess

PAGES = ["chinese_article_001", "chinese_article_002", "cnn_001", "cnn_002", "cnn_test_nlp", "fox13now_001", "time_001",
         "wired_001", "video_article_01", "video_article_02", "yna_co_kr", "article_with_br", "article_with_divs",
         "spanish_article"]
NAME = "dev-v22-newspaper4k"

def show(repo, path, binary=False):
    out = subprocess.run(["git", "--git-dir", repo, "show", "HEAD:" + path], capture_output=True, check=True).stdout
    return out if binary else out.decode("utf-8")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    repo = a.mirror
    head = subprocess.run(["git", "--git-dir", repo, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    dest = os.path.join(a.out, NAME)
    os.makedirs(os.path.join(dest, "html"), exist_ok=True)
    rows = []
    for i, name in enumerate(PAGES, 1):
        pid = "np4-%03d" % i
        html = show(repo, "tests/data/html/%s.html" % name, binary=True)
        meta = json.loads(show(repo, "tests/data/metadata/%s.json" % name))
        text = show(repo, "tests/data/txt/%s.txt" % name)
        paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n|\n", text)]
        text = "\n".join(p for p in paras if p)
        authors = meta.get("authors")
        if isinstance(authors, str):
            try:
                authors = ast.literal_eval(authors)
            except Exception:
                authors = [authors] if authors else []
        date = meta.get("publish_date")
        date = date[:10] if isinstance(date, str) and re.match(r"\d{4}-\d{2}-\d{2}", date) else None
        url = meta.get("url") or meta.get("canonical_link")
        if not (isinstance(url, str) and url.startswith("http")):
            url = None
        authors = [x for x in (authors or []) if "www." not in x and "http" not in x]
        with open(os.path.join(dest, "html", pid + ".html"), "wb") as f:
            f.write(html)
        rows.append(dict(id=pid, url=url, title=meta.get("title") or None, date=date, source=None,
                         author=", ".join(authors) if authors else None, text=text,
                         lang=meta.get("language") or "en", origin_file=name))
    with open(os.path.join(dest, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(dest, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"""{NAME} - built by bench/data/dev/extract-v22/convert.py (newsvault)
repository: https://github.com/AndyTheFactory/newspaper4k
snapshot HEAD read: {head}
licence: MIT (the repository's LICENSE, Copyright (c) 2013 Lucas Ou-Yang); the pages are third-party web pages
pages: {len(rows)} (2 Chinese, 11 English, 1 Spanish): tests/data/html/<name>.html with tests/data/txt/<name>.txt
(the text the library's tests expect) and tests/data/metadata/<name>.json (url, title, authors, publish_date);
only the pages absent from newspaper3k's test data (codelucas/newspaper, used by newsvault) are taken.
caveat: the expected text is the maintainers' committed extractor output, not an independent hand annotation;
author = the authors list joined by ", " (entries that are web addresses dropped; null when empty); date = publish_date[:10] (null when absent); source null.
rename to dev-v22-newspaper4k when v22 is spent
""")
    print(len(rows), "pages ->", dest)

if __name__ == "__main__":
    main()
