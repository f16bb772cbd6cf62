"""Build the v21 extraction set from WubabooTR/evan_extract (85 English news pages with hand-extracted text).

Reads the fetched snapshot (bare git dir) at a fixed commit with `git show`, no network:
    python3 convert.py --mirror /work/.mirror --out /work/data/extract/dev-v21-evanextract
Writes html/<id>.html (bytes as stored in the repository), truth.jsonl (id, url, title, date, author, text, lang)
and SOURCE.txt. `text` is the repository's hand-extracted .txt (paragraphs joined by "\n"); the repository has no
title/date/author truth, so those are null; `url` comes from the page's canonical link or og:url (null if neither).
The 39 pages under articles/no_content/ (404 pages, paywalls, index pages) are left out.
(Held out from v20 to v21's scoring; dev-v21-evanextract since.)
"""
import argparse
import json
import os
import re
import subprocess

REPO = "WubabooTR/evan_extract"
COMMIT = "a339d457cce63a06b705145b5db513922fad089e"


def git(gitdir, *args):
    return subprocess.run(["git", "-C", gitdir, *args], capture_output=True, check=True).stdout


def page_url(raw):
    head = raw[:200000].decode("utf-8", "replace")
    for pat in (r'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)', r'<link[^>]+href=["\']([^"\']+)["\'][^>]*rel=["\']canonical',
                r'<meta[^>]+property=["\']og:url["\'][^>]*content=["\']([^"\']+)', r'<meta[^>]+content=["\']([^"\']+)["\'][^>]*property=["\']og:url'):
        m = re.search(pat, head, re.I)
        if m and m.group(1).startswith("http"):
            return m.group(1).strip()
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--out", default="/work/data/extract/dev-v21-evanextract")
    a = ap.parse_args()
    gitdir = os.path.join(a.mirror, REPO.replace("/", "+"), "repo")
    names = git(gitdir, "ls-tree", "--name-only", COMMIT, "articles/").decode().split()
    stems = sorted({os.path.splitext(os.path.basename(n))[0] for n in names if n.endswith(".html")})
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    rows = []
    for s in stems:
        raw = git(gitdir, "show", f"{COMMIT}:articles/{s}.html")
        try:
            txt = git(gitdir, "show", f"{COMMIT}:articles/{s}.txt").decode("utf-8", "replace")
        except subprocess.CalledProcessError:
            continue
        paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n|\r\n\s*\r\n", txt.replace("\r\n", "\n"))]
        paras = [p for p in paras if p]
        if not paras:
            continue
        pid = "evan-" + re.sub(r"[^A-Za-z0-9_-]", "_", s)
        with open(os.path.join(a.out, "html", pid + ".html"), "wb") as f:
            f.write(raw)
        rows.append(dict(id=pid, url=page_url(raw), title=None, date=None, author=None, text="\n".join(paras),
                         lang="en", origin=f"{REPO}@{COMMIT[:7]}:articles/{s}.html"))
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"""Source repository: https://github.com/{REPO}
Commit: {COMMIT} (2021-08-27)
Files: articles/*.html with the hand-extracted articles/*.txt of the same name ("The texts have been manually
extracted from each html", README); articles/no_content/ (404, paywall and index pages) left out.
Licence: the repository has no licence file; used here as evaluation data only, not redistributed in the
newsvault repository (like CleanPortalEval).
Truth: text = the .txt, paragraphs (blank-line separated) joined by newline, whitespace collapsed; title, date,
author null (no truth in the repository); url from the page's canonical link or og:url.
Pages: {len(rows)} (English news and blog articles, 2020-2021).
Built by bench/data/dev/extract-v21/convert.py (newsvault branch k21).
""")
    print(len(rows), "pages ->", a.out)


if __name__ == "__main__":
    main()
