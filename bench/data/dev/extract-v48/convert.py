#!/usr/bin/env python3
"""Convert the article test pages of advancedlogic/GoOse (Go port of Goose) into an extraction set (v48x,
dev-v48-goosego since v48 was spent, 2026-12-07; written as pending-v48-goosego, held out as heldout-v48-goosego
from 2026-12-07, when v47 was spent).

usage: convert.py MIRROR_GIT_DIR OUT_DIR
  MIRROR_GIT_DIR  bare git snapshot brought by the session's fetch tool
                  (/work/.mirror/advancedlogic+GoOse/repo); read with `git show` only, no network
  OUT_DIR         e.g. /work/data/extract/dev-v48-goosego (the folder's name is written into SOURCE.txt)

Writes OUT_DIR/html/<id>.html (the page bytes exactly as stored in sites/<domain>.html), OUT_DIR/truth.jsonl and
OUT_DIR/SOURCE.txt.  Deterministic: same snapshot and same output folder name give byte-identical files.

Source of truth: pkg/goose/crawler_test.go at the snapshot's HEAD.  Each Test_* function builds an expected
Article{Domain, Title, CleanedText, CanonicalLink, ...} for sites/<Domain>.html and requires GoOse's output to
have exactly that title and to contain that CleanedText.  The expected values are Goose's own output as accepted
by the test authors (extractor-made, hand-checked), not independent human annotation.

Rules (no judgement per page, all in this file):
  - text   = CleanedText, split on newlines, each line whitespace-collapsed, empty lines dropped, joined by "\n";
  - title  = Title (whitespace-collapsed); null when empty;
  - url    = CanonicalLink, else FinalURL, else the page's own rel=canonical / og:url, else null;
  - date, author, source = null (the tests assert none of them);
  - a test is kept when its page file exists, its text has >= 400 characters and >= 2 lines, its Domain is not a
    non-article fixture (NON_ARTICLE below: social-media posts, slide/audio players, the synthetic example page),
    and >= 90 % of its text lines (those of >= 20 characters) occur, whitespace-collapsed, in the page's own text
    (tags removed, entities decoded, all whitespace dropped on both sides; decoded with the page's declared
    charset, else utf-8, else latin-1);
  - ids gs48-001.. in the order of the tests in the file; the upstream test name and domain are kept per row.
"""
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from urllib.parse import urlparse

TEST_FILE = "pkg/goose/crawler_test.go"
NON_ARTICLE = {"twitter.com", "slideshare.net", "soundcloud.com", "soundcloud2.com", "example.com",
               "facebook.com", "post.facebook.com", "youtube.com", "instagram"}
MIN_CHARS, MIN_LINES, MIN_COVER = 400, 2, 0.90
PREFIX = "gs48"
STR = r'"((?:[^"\\\n]|\\.)*)"'


def git(gd, *args):
    return subprocess.run(["git", "--git-dir", gd, *args], check=True, capture_output=True).stdout


def go_unquote(s):
    out, i = [], 0
    simple = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "a": "\a", "b": "\b",
              "f": "\f", "v": "\v"}
    while i < len(s):
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = s[i + 1]
        if n in simple:
            out.append(simple[n])
            i += 2
        elif n == "x":
            out.append(chr(int(s[i + 2:i + 4], 16)))
            i += 4
        elif n == "u":
            out.append(chr(int(s[i + 2:i + 6], 16)))
            i += 6
        elif n == "U":
            out.append(chr(int(s[i + 2:i + 10], 16)))
            i += 10
        else:
            raise ValueError("unknown escape %r" % s[i:i + 4])
    return "".join(out)


def field(body, name):
    m = re.search(r"\b" + name + r":\s*" + STR, body)
    return go_unquote(m.group(1)) if m else ""


def collapse(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def squash(s):
    return re.sub(r"\s+", "", s)


def declared_charset(raw):
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", raw[:20000], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def decode_page(raw):
    cs = declared_charset(raw)
    for enc in ([cs] if cs else []) + ["utf-8", "latin-1"]:
        try:
            return raw.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace"), "utf-8"


def page_text(doc):
    doc = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1\s*>", " ", doc)
    doc = re.sub(r"(?s)<!--.*?-->", " ", doc)
    doc = re.sub(r"(?s)<[^>]+>", " ", doc)
    return collapse(html.unescape(doc))


def page_url(doc):
    """The page's own rel=canonical or og:url (absolute http(s) only), else None."""
    for pat in (r"<link[^>]+rel=[\"']canonical[\"'][^>]*>", r"<meta[^>]+property=[\"']og:url[\"'][^>]*>"):
        for tag in re.findall(pat, doc, re.I):
            m = re.search(r"(?:href|content)=[\"'](https?://[^\"']+)", tag, re.I)
            if m:
                return html.unescape(m.group(1)).strip()
    return None


def tests(src):
    parts = re.split(r"\nfunc (Test_\w+)\(t \*testing\.T\) \{", src)
    for k in range(1, len(parts), 2):
        yield parts[k], parts[k + 1]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gd, out = sys.argv[1], os.path.abspath(sys.argv[2])
    commit = git(gd, "rev-parse", "HEAD").decode().strip()
    src = git(gd, "show", "HEAD:" + TEST_FILE).decode("utf-8")
    have = set(git(gd, "ls-tree", "--name-only", "HEAD", "sites/").decode().split())
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows, skipped = [], []
    for name, body in tests(src):
        dom = field(body, "Domain")
        path = "sites/%s.html" % dom
        lines = [collapse(x) for x in field(body, "CleanedText").split("\n")]
        lines = [x for x in lines if x]
        text = "\n".join(lines)
        if path not in have:
            skipped.append((name, "no page file"))
            continue
        if dom in NON_ARTICLE:
            skipped.append((name, "non-article fixture"))
            continue
        if len(text) < MIN_CHARS or len(lines) < MIN_LINES:
            skipped.append((name, "text under %d chars or %d lines" % (MIN_CHARS, MIN_LINES)))
            continue
        raw = git(gd, "show", "HEAD:" + path)
        doc, enc = decode_page(raw)
        ptxt = page_text(doc)
        long_lines = [x for x in lines if len(x) >= 20]
        flat = squash(ptxt)
        found = sum(1 for x in long_lines if squash(x) in flat)
        cover = found / len(long_lines) if long_lines else 0.0
        if cover < MIN_COVER:
            skipped.append((name, "only %.0f%% of text lines on the page" % (100 * cover)))
            continue
        title = collapse(field(body, "Title")) or None
        url = field(body, "CanonicalLink") or field(body, "FinalURL") or page_url(doc)
        rid = "%s-%03d" % (PREFIX, len(rows) + 1)
        with open(os.path.join(out, "html", rid + ".html"), "wb") as f:
            f.write(raw)
        rows.append({
            "id": rid, "url": url, "title": title, "date": None, "author": None, "source": None, "text": text,
            "text_partial": False, "title_on_page": bool(title and squash(title) in squash(ptxt)),
            "line_coverage": round(cover, 3), "lang": None, "encoding": enc,
            "declared_charset": declared_charset(raw),
            "hijacked": False, "injections": [], "spam_strings": [], "legit": False, "kind": "real-page",
            "capture": "html", "site": urlparse(url).hostname if url else dom, "upstream_domain": dom,
            "upstream_test": name,
            "origin": "advancedlogic/GoOse@%s:%s + %s:%s" % (commit[:12], path, TEST_FILE, name),
            "sha256": hashlib.sha256(raw).hexdigest(),
            "truth_by": "GoOse test expectations (Goose's own output, accepted by the test authors)",
        })
    for r in rows:
        r["lang"] = LANG.get(r["upstream_domain"], "en")
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write("set: %s (%d pages, ids %s-001..%s-%03d)\n" % (os.path.basename(out), len(rows), PREFIX, PREFIX,
                                                              len(rows)))
        f.write("repo: advancedlogic/GoOse (https://github.com/advancedlogic/GoOse)\n")
        f.write("commit: %s\n" % commit)
        f.write("licence: Apache-2.0 (the repository's LICENSE); the pages in sites/ are third-party news and blog "
                "pages saved by the project's authors as test fixtures (2011-2015); kept outside the newsvault "
                "repository, used for evaluation only\n")
        f.write("truth: %s expectations (Title, CleanedText, CanonicalLink) = Goose's own output accepted by the "
                "test authors; date/author/source null\n" % TEST_FILE)
        f.write("built by: bench/data/dev/extract-v48/convert.py %s %s\n" % (gd, out))
        f.write("skipped (%d):\n" % len(skipped))
        for n, why in skipped:
            f.write("  %s: %s\n" % (n, why))
    print("%d pages written to %s, %d tests skipped" % (len(rows), out, len(skipped)))


LANG = {"globoesporte.globo.com": "pt", "vnexpress.net": "vi", "huffingtonpost.jp": "ja", "profit.lindorff.fi": "fi"}

if __name__ == "__main__":
    main()
