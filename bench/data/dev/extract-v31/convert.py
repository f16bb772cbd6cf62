#!/usr/bin/env python3
"""Build the v31 extraction held-out set `dev-v31-danielzh` from the DAniEL corpus (Chinese part).

Source: github.com/rundimeco/waddle, corpora/Corpus_daniel_v2.1/ (Lejeune & Zhu's re-annotation of the
DAniEL news corpus): html/<name> = the page as stored, reference/<name> = the hand-cleaned main content
(<p>...</p> per paragraph), doc_lg.json = language of every page.

Needs the repository's git snapshot (no work tree, no network), fetched once with the session's `fetch`
tool:  fetch github:rundimeco/waddle   -> /work/.mirror/rundimeco+waddle/repo
Run:   python3 convert.py [--repo /work/.mirror/rundimeco+waddle/repo] [--out DIR] [--commit SHA]
Default DIR: /work/data/extract/dev-v31-danielzh (rename to heldout-*/dev-* when the split is promoted).
Standard library only; reads git objects with `git show`; deterministic (same commit -> same bytes).

Selection (deterministic):
  1. pages whose doc_lg.json language is "Chinese" and that have both html/ and reference/ files;
  2. keep a page only if its reference has >= 2 paragraphs left after the headline is split off, >= 120
     characters of text, and >= 70 % of its paragraphs occur (whitespace-free) in the page's own text;
  3. one page per host: for each host (the file name's second field) the first eligible name in sorted order;
     hosts in EXCLUDE_HOSTS (already present in newsvault's development extraction sets) are left out;
  4. of those (sorted by name), N_PICK evenly spaced ones: index floor(i * n / N_PICK), i = 0..N_PICK-1.

Truth:
  text   = the reference paragraphs (tags stripped, entities unescaped, each paragraph's whitespace runs
           collapsed to one space), joined by "\n", WITHOUT the first paragraph when that paragraph was
           taken as the title (below). Nothing else is removed: byline/date lines the annotators kept stay.
  title  = the reference's first paragraph when it is at most 80 characters long, does not end in
           sentence punctuation, and occurs (whitespace-free) in the page's <title> or in its text;
           else null (and the first paragraph stays in text).
  date, author = null (the corpus does not label them); `crawl_date` (from the file name, YYYY-MM-DD) is
           the corpus's collection day, a hint only, NOT the publication date.
  url    = the served URL when the page spells it: the file name's last part is the sha224 of the URL the
           corpus fetched, so any absolute or host-relative link in the page whose sha224 matches it is that
           URL (29 of 60 pages); else the page's canonical link or og:url when present, else null (3 og:url
           values differ from the verified served URL); `host` = host from the file name.
"""
import argparse
import hashlib
import html as htmlmod
import json
import os
import re
import subprocess
import sys
from urllib.parse import urljoin

REPO = "/work/.mirror/rundimeco+waddle/repo"
OUT = "/work/data/extract/dev-v31-danielzh"
BASE = "corpora/Corpus_daniel_v2.1"
N_PICK = 60
ID_FMT = "dz31-{:03d}"
# hosts that already occur (by url) in newsvault's development extraction sets ($NEWSVAULT_DATA/extract/dev-*,
# checked 2026-12-05): left out so that no page of the held-out set comes from a host tuned on
EXCLUDE_HOSTS = {"hk.news.yahoo.com", "news.ifeng.com", "news.sina.com.tw", "news.southcn.com", "udn.com",
                 "www.taiwannews.com.tw", "www.voanews.com"}

WS = re.compile(r"\s+")


def git(repo, *args):
    gd = repo if not os.path.isdir(os.path.join(repo, ".git")) else os.path.join(repo, ".git")
    return subprocess.run(["git", "--git-dir", gd, *args], capture_output=True, check=True).stdout


def squash(s):
    return WS.sub("", s)


def ref_paragraphs(raw):
    s = raw.decode("utf-8", "replace")
    parts = re.split(r"</?p\s*>", s, flags=re.I)
    out = []
    for p in parts:
        p = re.sub(r"<[^>]*>", "", p)
        p = htmlmod.unescape(p)
        p = WS.sub(" ", p).strip()
        if p:
            out.append(p)
    return out


def page_text(h):
    s = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1\s*>", " ", h)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]*>", " ", s)
    return htmlmod.unescape(s)


def page_title(h):
    m = re.search(r"(?is)<title[^>]*>(.*?)</title>", h)
    return htmlmod.unescape(m.group(1)) if m else ""


def served_url(h, name):
    """The URL the corpus fetched: the file name ends in its sha224 (checked on the og:url pages)."""
    digest = name.rsplit("_", 1)[1]
    host = name.split("_")[1]
    cands = set(re.findall(r"https?://[^\s\"'<>()]+", h))
    for m in re.findall(r"(?i)(?:href|src|action|content)\s*=\s*[\"']?([^\"'\s>]+)", h):
        cands.add(urljoin(f"http://{host}/", htmlmod.unescape(m)))
    cands |= {htmlmod.unescape(c) for c in cands}
    for c in sorted(cands):
        if hashlib.sha224(c.encode()).hexdigest() == digest:
            return c
    return None


def page_url(h):
    for pat in (r'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)',
                r'<link[^>]+href=["\']([^"\']+)["\'][^>]*rel=["\']canonical',
                r'<meta[^>]+property=["\']og:url["\'][^>]*content=["\']([^"\']+)',
                r'<meta[^>]+content=["\']([^"\']+)["\'][^>]*property=["\']og:url'):
        m = re.search(pat, h, re.I)
        if m and m.group(1).startswith("http"):
            return htmlmod.unescape(m.group(1)).strip()
    return None


def decode(b):
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return b.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "replace"), "utf-8?"


def build(repo, out, commit):
    lg = json.loads(git(repo, "show", f"{commit}:{BASE}/doc_lg.json"))
    names = set()
    for line in git(repo, "ls-tree", "-r", "--name-only", commit, BASE).decode().splitlines():
        names.add(line)
    zh = sorted(k for k, v in lg.items() if v == "Chinese"
                and f"{BASE}/html/{k}" in names and f"{BASE}/reference/{k}" in names)
    first_per_host = {}
    stats = dict(chinese_pairs=len(zh), eligible=0)
    for k in zh:
        host = k.split("_")[1]
        if host in first_per_host or host in EXCLUDE_HOSTS:
            continue
        raw = git(repo, "show", f"{commit}:{BASE}/html/{k}")
        h, enc = decode(raw)
        paras = ref_paragraphs(git(repo, "show", f"{commit}:{BASE}/reference/{k}"))
        if not paras:
            continue
        ptxt = squash(page_text(h))
        ptitle = squash(page_title(h))
        title = None
        p0 = paras[0]
        if (len(p0) <= 80 and not re.search(r"[。！？!?；;]$", p0)
                and (squash(p0) in ptitle or squash(p0) in ptxt)):
            title = p0
        body = paras[1:] if title else paras
        text = "\n".join(body)
        found = sum(1 for p in body if squash(p) in ptxt)
        if len(body) < 2 or len(text) < 120 or found < 0.7 * len(body):
            continue
        stats["eligible"] += 1
        first_per_host[host] = dict(name=k, host=host, raw=raw, enc=enc, h=h, title=title, text=text,
                                    found=found, n=len(body))
    cands = sorted(first_per_host.values(), key=lambda d: d["name"])
    stats["hosts_eligible"] = len(cands)
    n = len(cands)
    pick = [cands[(i * n) // N_PICK] for i in range(min(N_PICK, n))]
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    for i, d in enumerate(pick, 1):
        pid = ID_FMT.format(i)
        with open(os.path.join(out, "html", pid + ".html"), "wb") as f:
            f.write(d["raw"])
        nm = d["name"]
        rows.append(dict(
            id=pid, url=served_url(d["h"], nm) or page_url(d["h"]), title=d["title"], date=None, author=None, source=None,
            text=d["text"], lang="zh", host=d["host"], crawl_date=f"{nm[:4]}-{nm[4:6]}-{nm[6:8]}",
            encoding=d["enc"], origin=f"rundimeco/waddle@{commit[:12]}:{BASE}/html/{nm}",
            truth="human (DAniEL re-annotation, Lejeune & Zhu 2018): reference/ paragraphs",
            ref_paragraphs_found_in_html=f"{d['found']}/{d['n']}",
        ))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    stats["picked"] = len(rows)
    stats["titled"] = sum(1 for r in rows if r["title"])
    return stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=REPO)
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--commit", default=None, help="default: the snapshot's HEAD")
    a = ap.parse_args()
    commit = a.commit or git(a.repo, "rev-parse", "HEAD").decode().strip()
    stats = build(a.repo, a.out, commit)
    stats["commit"] = commit
    print(json.dumps(stats))


if __name__ == "__main__":
    sys.exit(main())
