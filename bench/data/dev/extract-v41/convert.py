#!/usr/bin/env python3
"""Build the v41 extraction set `dev-v41-pkfixtures` from a bare git snapshot of
github.com/pankaj28843/article-extractor (MIT): its hand-curated "full page -> article HTML" fixtures
(tests/fixtures/fullpage_to_article_html/<host>/<case>/{raw.html,expected.html,meta.json}).

Reads the mirror with `git` only (no network, no work tree), standard library only, deterministic.

  python3 convert.py --repo /work/.mirror/pankaj28843+article-extractor/repo \
      --out /work/data/extract/dev-v41-pkfixtures [--commit SHA] [--others /work/data/extract]

Writes html/<id>.html (raw.html bytes as stored), truth.jsonl and SOURCE.txt.
Truth per page: id, url (meta.json), title (meta.json extracted_title, kept only if it occurs in the page),
text (expected.html's text, one block per line), date/author/source null (the fixtures do not give them),
lang, site (host), origin. Pages whose url is in any other <others>/*/truth.jsonl are dropped; since v41 is dev
(spent on 2026-12-06), only the older dev sets <others>/dev-*/truth.jsonl count there, the set itself (dev-v41-*)
skipped, and no held-out set (heldout-*, later than v41) is read.
"""
import argparse, html, json, os, re, subprocess, sys
from html.parser import HTMLParser

REPO_NAME = "pankaj28843/article-extractor"
ROOT = "tests/fixtures/fullpage_to_article_html/"
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr",
         "section", "article", "header", "footer", "figure", "figcaption", "dl", "dt", "dd", "br", "hr",
         "aside", "main", "nav", "form", "address", "td", "th", "caption", "details", "summary"}
SKIP = {"script", "style", "noscript", "template", "svg", "head", "title"}


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            # expected.html is prettified (wrapped lines inside paragraphs): whitespace in text is a space
            self.parts.append(re.sub(r"\s+", " ", data))


def html_text(s):
    p = Text()
    p.feed(s)
    p.close()
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", ln).strip() for ln in "".join(p.parts).split("\n")]
    return "\n".join(ln for ln in lines if ln)


def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s or "")).strip()


def older_dev_set(d):
    """An extraction set older than v41 that is dev: dev-*, the set itself (dev-v41-*) excluded."""
    return d.startswith("dev-") and not d.startswith(("dev-v41-", "pending-v41-", "heldout-v41-"))


def other_urls(others):
    urls = set()
    for base in others:
        if not os.path.isdir(base):
            continue
        for d in sorted(os.listdir(base)):
            f = os.path.join(base, d, "truth.jsonl")
            # the set itself (written as pending-v41-*, renamed heldout-v41-* when v40 was spent and dev-v41-* when v41
            # was spent, 2026-12-06); since v41 is dev, only the older dev sets are compared (no heldout-*/pending-*)
            if not older_dev_set(d) or not os.path.isfile(f):
                continue
            for line in open(f, encoding="utf-8"):
                line = line.strip()
                if line:
                    u = json.loads(line).get("url")
                    if u:
                        urls.add(u.rstrip("/"))
    return urls


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default="/work/.mirror/pankaj28843+article-extractor/repo")
    ap.add_argument("--out", default="/work/data/extract/dev-v41-pkfixtures")
    ap.add_argument("--commit", default="HEAD")
    ap.add_argument("--others", nargs="*", default=["/work/data/extract"])
    a = ap.parse_args()
    commit = git(a.repo, "rev-parse", a.commit).decode().strip()
    index = json.loads(git(a.repo, "show", f"{commit}:{ROOT}fixtures_index.json"))
    seen = other_urls(a.others)
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    rows, dropped = [], []
    cases = sorted(index["cases"], key=lambda c: (c["host"], c["case"]))
    n = 0
    for c in cases:
        base = f"{ROOT}{c['host']}/{c['case']}/"
        raw = git(a.repo, "show", f"{commit}:{base}raw.html")
        exp = git(a.repo, "show", f"{commit}:{base}expected.html").decode("utf-8")
        meta = json.loads(git(a.repo, "show", f"{commit}:{base}meta.json"))
        url = meta.get("url") or c.get("url")
        if url and url.rstrip("/") in seen:
            dropped.append(url)
            continue
        text = html_text(exp)
        if not text:
            dropped.append(url)
            continue
        page = raw.decode("utf-8", errors="replace")
        title = meta.get("extracted_title") or None
        if title and norm(title) not in norm(page):
            title = None
        n += 1
        pid = "pk41-%03d" % n
        with open(os.path.join(a.out, "html", pid + ".html"), "wb") as f:
            f.write(raw)
        rows.append({
            "id": pid, "url": url, "title": title, "date": None, "author": None, "source": None,
            "text": text, "lang": "en", "site": c["host"],
            "origin": f"{REPO_NAME}@{commit[:7]} {base} (expected.html: {meta.get('expected_strategy') or 'curated'}"
                      + (f", selector {meta['expected_selector']}" if meta.get("expected_selector") else "") + ")",
            "hijacked": False, "injections": [], "spam_strings": [], "legit": False,
            "kind": "extraction", "capture": "html",
        })
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(f"repository: https://github.com/{REPO_NAME}\ncommit: {commit}\n"
                "licence: MIT (the repository's LICENSE; the pages themselves are third-party web pages, kept outside the repository)\n"
                f"path: {ROOT}<host>/<case>/{{raw.html,expected.html,meta.json}}\n"
                "html: raw.html bytes as stored (a Playwright-rendered full page)\n"
                "truth: text = text of expected.html (the hand-curated article fragment), one block per line; "
                "title = meta.json extracted_title when it occurs in the page, else null; date/author/source null\n"
                f"pages: {len(rows)} written, {len(dropped)} dropped (url already in another extraction set, or empty truth)\n")
    print(f"{len(rows)} pages -> {a.out}; dropped {len(dropped)}", file=sys.stderr)


if __name__ == "__main__":
    main()
