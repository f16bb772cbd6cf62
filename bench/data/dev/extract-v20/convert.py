"""Build the v20 extraction set from Omnivore's Readability test pages.

Source: the public repository omnivore-app/omnivore, packages/readabilityjs/test/test-pages/<name>/
(source.html, expected.html = the reviewed reader-view output, expected-metadata.json = title/byline/
publishedDate, url.txt). Read from a snapshot fetched with the session's `fetch` tool (a bare git directory under
/work/.mirror) with git only, no network. Pages whose directory name or source.html blob also occurs in
mozilla/readability's test pages (the set newsvault already uses as dev-readability) are left out when that
snapshot is present.

    python3 convert.py [--mirror /work/.mirror] [--out /work/data/extract] [--name dev-v20-omnivore]

Writes <out>/<name>/html/<id>.html (the source bytes as committed), truth.jsonl (id, url, title, date, author,
text, lang, source=null) and SOURCE.txt.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

REPO = "omnivore-app/omnivore"
BASE = "packages/readabilityjs/test/test-pages"
MOZ = "mozilla/readability"
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "blockquote", "pre", "tr", "table",
         "figcaption", "figure", "section", "article", "header", "footer", "dd", "dt", "hr", "td", "th"}
SKIP = {"script", "style", "noscript", "template"}


def git(gitdir, *args, binary=False):
    out = subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout
    return out if binary else out.decode("utf-8", "replace")


def find_gitdir(mirror, repo):
    d = os.path.join(mirror, repo.replace("/", "+"))
    for cand in (os.path.join(d, "repo"), d):
        if os.path.isdir(cand) and os.path.exists(os.path.join(cand, "HEAD")):
            return cand
    return None


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip = [], [], 0

    def flush(self):
        s = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if s:
            self.lines.append(s)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def text(self):
        self.flush()
        return "\n".join(self.lines)


def to_text(h):
    p = Text()
    p.feed(h)
    p.close()
    return p.text()


def lang_of(t):
    cjk = len(re.findall(r"[\u3400-\u9fff]", t))
    kana = len(re.findall(r"[\u3040-\u30ff]", t))
    arab = len(re.findall(r"[\u0600-\u06ff]", t))
    n = max(1, len(re.sub(r"\s", "", t)))
    if kana / n > 0.05:
        return "ja"
    if cjk / n > 0.2:
        return "zh"
    if arab / n > 0.2:
        return "ar"
    return "en"  # Latin-script pages are not told apart further


def iso_date(s):
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s or "")
    return "%s-%s-%s" % m.groups() if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--out", default="/work/data/extract")
    ap.add_argument("--name", default="dev-v20-omnivore")
    a = ap.parse_args()
    gd = find_gitdir(a.mirror, REPO)
    if not gd:
        sys.exit("no snapshot of %s under %s (fetch it first)" % (REPO, a.mirror))
    commit = git(gd, "rev-parse", "HEAD").strip()
    moz_names, moz_blobs = set(), set()
    md = find_gitdir(a.mirror, MOZ)
    if md:
        for line in git(md, "ls-tree", "-r", "HEAD", "test/test-pages/").splitlines():
            meta, path = line.split("\t", 1)
            parts = path.split("/")
            moz_names.add(parts[2])
            if parts[-1] == "source.html":
                moz_blobs.add(meta.split()[2])
    files = {}
    for line in git(gd, "ls-tree", "-r", "HEAD", BASE + "/").splitlines():
        meta, path = line.split("\t", 1)
        rel = path[len(BASE) + 1:].split("/")
        if len(rel) == 2:
            files.setdefault(rel[0], {})[rel[1]] = meta.split()[2]
    outdir = os.path.join(a.out, a.name)
    os.makedirs(os.path.join(outdir, "html"), exist_ok=True)
    rows, skipped = [], []
    for name in sorted(files):
        f = files[name]
        if not {"source.html", "expected.html"} <= set(f):
            skipped.append((name, "incomplete"))
            continue
        if name in moz_names or f["source.html"] in moz_blobs:
            skipped.append((name, "also in mozilla/readability"))
            continue
        src = git(gd, "cat-file", "-p", f["source.html"], binary=True)
        exp = git(gd, "cat-file", "-p", f["expected.html"])
        meta = {}
        if "expected-metadata.json" in f:
            try:
                meta = json.loads(git(gd, "cat-file", "-p", f["expected-metadata.json"]))
            except ValueError:
                meta = {}
        text = to_text(exp)
        if len(text) < 200:
            skipped.append((name, "expected text under 200 chars"))
            continue
        url = git(gd, "cat-file", "-p", f["url.txt"]).strip() if "url.txt" in f else None
        # the reader view repeats the headline and byline above the story: those lines are not story text
        lines = text.split("\n")
        heads = {re.sub(r"\s+", " ", html.unescape(x)).strip() for x in (meta.get("title"), meta.get("byline")) if x}
        while lines and lines[0] in heads:
            lines.pop(0)
        text = "\n".join(lines)
        rid = "omni-" + re.sub(r"[^A-Za-z0-9._-]+", "_", name)
        with open(os.path.join(outdir, "html", rid + ".html"), "wb") as fh:
            fh.write(src)
        title = (meta.get("title") or "").strip() or None
        rows.append(dict(id=rid, url=url or "http://fakehost/" + name, title=html.unescape(title) if title else None,
                         date=iso_date(meta.get("publishedDate")), source=None,
                         author=(meta.get("byline") or "").strip() or None, text=text, lang=lang_of(text),
                         origin="%s %s/%s (expected.html, expected-metadata.json)" % (REPO, BASE, name)))
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    langs = {}
    for r in rows:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    with open(os.path.join(outdir, "SOURCE.txt"), "w", encoding="utf-8") as fh:
        fh.write(
            "repository: https://github.com/%s\ncommit: %s\npath: %s/<name>/{source.html,expected.html,expected-metadata.json,url.txt}\n"
            "licence: GNU AGPL-3.0 (repository LICENSE; test pages are third-party web pages kept as test fixtures)\n"
            "built by: bench/data/dev/extract-v20/convert.py (git only, no network)\n"
            "pages: %d (%s); left out: %d (%s)\n"
            "truth: text = block-level text of expected.html (Omnivore's reviewed Readability output, so it follows\n"
            "Readability's choices: it may keep captions, date lines or short asides and drop some lead lines; leading\n"
            "lines equal to the title or byline are dropped); title/author =\n"
            "expected-metadata.json title/byline (byline as shown, e.g. with a 'By' prefix); date = the date part of\n"
            "publishedDate as stored (UTC, may be one day off local time; null when absent); source null.\n"
            % (REPO, commit, BASE, len(rows), ", ".join("%s %d" % kv for kv in sorted(langs.items())), len(skipped),
               "; ".join("%s: %s" % s for s in skipped) or "none"))
    print("%d pages -> %s (skipped %d)" % (len(rows), outdir, len(skipped)))


if __name__ == "__main__":
    main()
