#!/usr/bin/env python3
"""Build the v37 extraction set from a git snapshot of dobbersc/fundus-evaluation (MIT).

The Fundus evaluation dataset (Dallabetta, Dobberstein, Breiding & Akbik, "Fundus: A Simple-to-Use News Scraper
Optimized for High Quality Extractions", ACL 2024 demo, arXiv 2403.15279): 80 English news articles, five from
each of 16 US/UK publishers, taken from the publishers' RSS feeds/sitemaps on 2024-02-28, stored gzip-compressed in
dataset/html/<Publisher>_<n>.html.gz. For each article the authors "manually extracted the plain text ... together
with information on the original paragraph structure" (upstream README) into dataset/ground_truth.json:
{"<file>": {"url", "crawl_date", "body": [paragraph, ...]}}. A paragraph written in square brackets is OPTIONAL
(a standfirst, a credit line, a bullet, a box: upstream scoring neither rewards nor penalises it).

    python3 convert.py --repo /work/.mirror/dobbersc+fundus-evaluation/repo \
        --out /work/data/extract/dev-v37-fundeval

Reads the bare repository with `git` only (no network), standard library only, deterministic (byte-identical
output on re-run). Writes <out>/html/<id>.html, <out>/truth.jsonl and <out>/SOURCE.txt.

Pages: all 80, in ground_truth.json key order sorted by (publisher, n); ids fe37-001 ... fe37-080.
Bytes: each page is the decompressed blob, unchanged (no annotation markup is in the pages).

Truth (fits /work/shared/tools/score.py):
  text           the REQUIRED paragraphs (not in brackets), whitespace runs -> one space, joined by "\\n" (full
                 text of the hand-made extraction, text_partial false). The few paragraphs the annotators copied
                 with markup are shown as a reader sees them: inline tags removed, HTML entities decoded.
  text_optional  the optional paragraphs, brackets removed (not in `text`; a scorer may ignore them either way).
  title, date, author, source   null: the dataset annotates none of them (crawl_date is the crawl time, not the
                 publication date; it is kept as `crawl_date`).
  url            the dataset's url.
  lang           the page's <html lang> (two letters), "en" when absent: 79 en, 1 fr (a Reuters French-edition page).
  site           the url's host; publisher = the file-name prefix.
"""
import argparse
import gzip
import hashlib
import html
import json
import os
import re
import subprocess
from urllib.parse import urlsplit

REPO_NAME = "dobbersc/fundus-evaluation"
COMMIT = "d43db54b2b393ae10a5114a2bddc512b11bf3227"  # HEAD of the snapshot, 2024-08-14
GT_PATH = "dataset/ground_truth.json"
HTML_DIR = "dataset/html"
PREFIX = "fe37"


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout


def norm(s):
    # a few hand-made paragraphs were copied with their markup: HTML entities (&amp;, &mdash;) and inline tags
    # (<em>...</em>) are turned into what a reader sees; nothing else is changed
    s = re.sub(r"</?[A-Za-z][^<>]*>", "", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def is_optional(p):
    s = p.strip()
    return len(s) >= 2 and s.startswith("[") and s.endswith("]")


def declared_charset(raw):
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", raw[:20000], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def page_lang(raw):
    # the page's own <html lang="..."> (one Reuters page is the French edition); "en" when absent
    m = re.search(rb"<html[^>]*\blang=[\"']?([A-Za-z]{2})", raw[:5000], re.I)
    return m.group(1).decode("ascii").lower() if m else "en"


def sort_key(name):
    pub, n = name[: -len(".html.gz")].rsplit("_", 1)
    return (pub.lower(), int(n))


def build(repo, out, commit=COMMIT):
    gt = json.loads(git(repo, "show", "%s:%s" % (commit, GT_PATH)).decode("utf-8"))
    names = sorted(gt, key=sort_key)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    for i, name in enumerate(names, 1):
        rec = gt[name]
        pid = "%s-%03d" % (PREFIX, i)
        raw = gzip.decompress(git(repo, "show", "%s:%s/%s" % (commit, HTML_DIR, name)))
        with open(os.path.join(out, "html", pid + ".html"), "wb") as f:
            f.write(raw)
        req = [norm(p) for p in rec["body"] if not is_optional(p)]
        req = [p for p in req if p]
        opt = [norm(p.strip()[1:-1]) for p in rec["body"] if is_optional(p)]
        opt = [p for p in opt if p]
        url = rec.get("url")
        host = urlsplit(url).hostname if url else None
        cs = declared_charset(raw)
        try:
            raw.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError:
            enc = cs or "unknown"
        rows.append({
            "id": pid, "url": url, "title": None, "date": None, "source": None, "author": None,
            "text": "\n".join(req), "text_partial": False, "text_optional": opt,
            "hijacked": False, "injections": [], "spam_strings": [], "legit": False, "lang": page_lang(raw),
            "kind": "real-page", "capture": "html", "site": host, "encoding": enc, "declared_charset": cs,
            "publisher": name[: -len(".html.gz")].rsplit("_", 1)[0], "crawl_date": rec.get("crawl_date"),
            "origin": "%s@%s:%s/%s" % (REPO_NAME, commit[:12], HTML_DIR, name),
            "sha256": hashlib.sha256(raw).hexdigest(),
        })
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    n_req = sum(len(r["text"].split("\n")) for r in rows)
    n_opt = sum(len(r["text_optional"]) for r in rows)
    langs = {}
    for r in rows:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(
            "repo: %s (https://github.com/%s)\n"
            "commit: %s\n"
            "files: %s (truth) and %s/*.html.gz (pages)\n"
            "licence: MIT (the repository's LICENSE, Copyright (c) 2024 Conrad Dobberstein); the pages are"
            " third-party news pages - keep outside the repository\n"
            "dataset: Fundus evaluation set (Dallabetta et al., ACL 2024 demo, arXiv 2403.15279): 16 English-language"
            " US/UK publishers x 5 articles, crawled 2024-02-28\n"
            "pages: %d of %d (all); lang from <html lang>: %s\n"
            "truth: text = the paragraphs the dataset's authors extracted BY HAND from each page (upstream README:"
            " 'we manually extracted the plain text from each article'), not a tool's output; bracketed (optional)"
            " paragraphs are left out of text and kept in text_optional (%d required, %d optional paragraphs);"
            " title, date, author, source = null (not annotated); url = the dataset's url; crawl_date = crawl time"
            " (not a publication date)\n"
            "html: the decompressed blobs, bytes unchanged\n"
            "built by: bench/data/dev/extract-v37/convert.py (git show, no network)\n"
            % (REPO_NAME, REPO_NAME, commit, GT_PATH, HTML_DIR, len(rows), len(gt),
               ", ".join("%s %d" % (k, v) for k, v in sorted(langs.items())), n_req, n_opt))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", default="/work/.mirror/dobbersc+fundus-evaluation/repo",
                    help="bare git dir of dobbersc/fundus-evaluation")
    ap.add_argument("--out", default="/work/data/extract/dev-v37-fundeval")
    ap.add_argument("--commit", default=COMMIT)
    a = ap.parse_args()
    rows = build(a.repo, a.out, a.commit)
    print("%d pages -> %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
