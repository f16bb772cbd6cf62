#!/usr/bin/env python3
"""Build the v19 extraction held-out set from a git snapshot of AndyTheFactory/article-extraction-dataset.

Reads the bare repository fetched under the mirror folder with `git` only (no network) and writes
<out>/<name>/html/<id>.html (the page bytes as stored), <out>/<name>/truth.jsonl and <out>/<name>/SOURCE.txt.

    python3 convert.py [--mirror /work/.mirror] [--out /work/data/extract] [--name dev-v19-articlex]

Truth per page (from the dataset's articles.json): title, date (YYYY-MM-DD), author (the dataset's `authors`
string, null when empty), text (the dataset's articleBody, blank-line-separated paragraphs joined by "\\n").
source is null (not annotated); lang "en" (the dataset's pages are English).
Rename the output to dev-v19-articlex when v19 is spent.
"""
import argparse
import html as htmlmod
import json
import os
import re
import subprocess
import sys

REPO = "AndyTheFactory/article-extraction-dataset"
NAME = "articlex"


def git(gd, *args, binary=False):
    out = subprocess.run(["git", "--git-dir", gd, *args], check=True, capture_output=True)
    return out.stdout if binary else out.stdout.decode("utf-8")


def find_gitdir(mirror):
    base = os.path.join(mirror, REPO.replace("/", "+"))
    for cand in (os.path.join(base, "repo"), base):
        if os.path.isdir(cand) and os.path.exists(os.path.join(cand, "HEAD")):
            return cand
    sys.exit(f"no snapshot of {REPO} under {mirror} (fetch it first)")


def norm_text(s):
    paras = [re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n|\n", s or "")]
    return "\n".join(p for p in paras if p)


def visible_share(raw, text):
    """Share of truth paragraphs whose first 50 characters occur in the page's tag-stripped text."""
    h = raw.decode("utf-8", "replace")
    h = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", h)
    h = re.sub(r"\s+", "", htmlmod.unescape(re.sub(r"<[^>]+>", " ", h)))
    ps = text.split("\n")
    return sum(1 for p in ps if re.sub(r"\s+", "", p)[:50] in h) / len(ps)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--out", default="/work/data/extract")
    ap.add_argument("--name", default=f"dev-v19-{NAME}")
    a = ap.parse_args()
    gd = find_gitdir(a.mirror)
    head = git(gd, "rev-parse", "HEAD").strip()
    arts = json.loads(git(gd, "show", f"{head}:articles.json"))
    files = set(git(gd, "ls-tree", "--name-only", head, "html/").split())
    licence = git(gd, "show", f"{head}:LICENSE").splitlines()[0:3]
    dest = os.path.join(a.out, a.name)
    os.makedirs(os.path.join(dest, "html"), exist_ok=True)
    rows, absent, unmatched = [], [], []
    for key in sorted(arts, key=lambda k: (arts[k].get("id") or 0, k)):
        v = arts[key]
        path = f"html/{key}.html"
        if path not in files:
            continue
        text = norm_text(v.get("articleBody"))
        if not text:
            continue
        pid = f"ax{int(v.get('id') or 0):03d}-{key[:8]}"
        try:
            raw = git(gd, "show", f"{head}:{path}", binary=True)
        except subprocess.CalledProcessError:
            absent.append(path)  # blob left out of the snapshot (files of 4 MiB and more)
            continue
        if visible_share(raw, text) < 0.5:
            unmatched.append(path)  # the stored page does not show most of the truth text
            continue
        with open(os.path.join(dest, "html", pid + ".html"), "wb") as f:
            f.write(raw)
        date = (v.get("date") or "")[:10]
        rows.append(dict(
            id=pid, url=v.get("url"), title=(v.get("title") or "").strip() or None,
            date=date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None, source=None,
            author=(v.get("authors") or "").strip() or None, text=text, hijacked=False, injections=[],
            spam_strings=[], legit=False, lang="en", site=v.get("site"),
            origin=f"{REPO}@{head}:{path} (truth: articles.json[{key}])"))
    with open(os.path.join(dest, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(dest, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"repository: https://github.com/{REPO}\n"
                f"snapshot HEAD read: {head}\n"
                "licence: Apache-2.0 (the repository's LICENSE: " + " ".join(x.strip() for x in licence if x.strip()) + ")\n"
                "what: the article-extraction evaluation dataset published by the newspaper4k maintainer: 424 English news "
                "and blog pages (2 per site, 212 sites, late 2023) with title, authors, date and articleBody per page "
                "(articles.json, keyed like html/<key>.html); the repository does not describe how the truth was made\n"
                f"converted by bench/data/dev/extract-v19/convert.py: {len(rows)} pages ({len(absent)} left out: "
                "their HTML blob is absent from the snapshot, files of 4 MiB and more; "
                f"{len(unmatched)} left out: under half of their truth paragraphs occur in the stored page's text); "
                "text = articleBody with blank-line paragraphs joined by a newline; author = the authors string (null when empty); source null\n"
                "rename to dev-v19-articlex when v19 is spent\n")
    print(dest, len(rows), "pages;", len(absent), "absent;", len(unmatched), "unmatched")


if __name__ == "__main__":
    main()
