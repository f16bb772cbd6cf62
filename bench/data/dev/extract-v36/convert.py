#!/usr/bin/env python3
"""Build the v36 extraction set from a git snapshot of krdwrd/data (the KrdWrd CANOLA corpus).

KrdWrd (2008-2011, Osnabrueck) had volunteers tag every text block of a web page in a browser add-on as
"bad" (boilerplate), "unknown" or "good" (content); the submissions of several annotators per page were merged
by majority vote. CANOLA is its English corpus: 216 pages, 208 of them the main corpus. The repository holds,
for each main-corpus page, the merged result `canola/merged.20100908.combined/<page id>` (the DOM dump the
annotators saw, every text block wrapped in <kw class="krdwrd-tag-N"> and some parents carrying the class:
1 = bad, 2 = unknown, the default, 3 = good), and `canola/urls` (page id -> URL).

    python convert.py /work/.mirror/krdwrd+data/repo /work/data/extract/dev-v36-canola [--max 150]

Reads the bare repository with `git` only (no network); needs lxml (the project's .venv has it); deterministic
(byte-identical output on re-run). Writes <out>/html/<id>.html, <out>/truth.jsonl and <out>/SOURCE.txt.

Page bytes: the merged file with the annotation removed - <kw> wrapper tags dropped, `krdwrd-tag-N` tokens
dropped from class attributes (an attribute left empty is dropped) - UTF-8 as stored. Nothing else changes, so
the page shows exactly the text the annotators tagged.

Truth (fits /work/shared/tools/score.py):
  text   the text tagged "good" (3) by the merged vote, in document order: text nodes outside
         script/style/noscript/head/select/textarea get the tag of their nearest tagged ancestor (none: 2);
         block elements (p, div, td, li, h1-h6, br, tr, ...) end a line; on each line the good pieces are joined
         as they stand (one space where a bad or unknown piece between them was left out; whitespace-only
         text between pieces is kept whatever its tag); whitespace runs -> one space; empty lines dropped; joined by "\\n". Full text of the
         annotated content (`text_partial` false) - not only an article: CANOLA pages are of every kind
         (articles, blogs, forums, shops, journal papers, home pages), and annotators tagged all content.
  title  not annotated; set by rule only where the page shows it as its headline: the <h1> elements whose text
         is non-empty, tagged good and contained in the page's <title>; when exactly one distinct such text
         exists it is the title (`title_from` "h1"), else null.
  url    canola/urls.
  date, author, source: null (not annotated).

Selection: merged pages whose good text is >= 300 characters, whose unknown share (tag 2 or untagged) is
<= 15 % of the visible text, and whose good share is < 98 % (a page that is all content tests nothing); of the Q
such pages (sorted by page id) the ones at index floor(i*Q/N), i = 0..N-1, N = min(Q, --max) are taken.
Ids ca36-<page id>.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
from urllib.parse import urlsplit

from lxml import html as lxml_html

REPO_NAME = "krdwrd/data"
MERGED = "canola/merged.20100908.combined"
URLS = "canola/urls"
LICENCE = "CC-BY-SA-4.0 (the repository's LICENSE.txt); the pages themselves are third-party web pages"

TAG_RE = re.compile(r"\bkrdwrd-tag-(\d)\b")
KW_RE = re.compile(r"</?kw\b[^>]*>", re.I)
CLASS_RE = re.compile(r"""\sclass=(["'])(.*?)\1""", re.I | re.S)
WS_RE = re.compile(r"\s+")

BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "iframe", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
}
SKIP = {"script", "style", "noscript", "head", "title", "select", "option", "textarea", "template"}

MIN_GOOD = 300
MAX_UNKNOWN = 0.15
MAX_GOOD_SHARE = 0.98


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True).stdout


def norm(s):
    return WS_RE.sub(" ", s.replace("\xa0", " ")).strip()


def strip_annotation(src):
    """The merged page without the KrdWrd annotation (text unchanged)."""
    out = KW_RE.sub("", src)

    def fix(m):
        toks = [t for t in m.group(2).split() if not TAG_RE.fullmatch(t)]
        if not toks:
            return ""
        return " class=%s%s%s" % (m.group(1), " ".join(toks), m.group(1))

    return CLASS_RE.sub(lambda m: fix(m) if TAG_RE.search(m.group(2)) else m.group(0), out)


def own_tag(el):
    c = el.get("class")
    if c:
        found = TAG_RE.findall(c)
        if found:
            return found[-1]
    return None


def inherited_tag(el):
    """The tag of the nearest tagged ancestor of el (el excluded); "2" (unknown) if none."""
    p = el.getparent()
    while p is not None:
        t = own_tag(p)
        if t:
            return t
        p = p.getparent()
    return "2"


def segments(root, inherited="2"):
    """Document-order stream of (text, tag) pieces and None line breaks under root."""
    out = []

    def walk(el, inherited):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in SKIP:
            return
        lab = own_tag(el) or inherited
        block = tag in BLOCK
        if block:
            out.append(None)
        if el.text:
            out.append((el.text, lab))
        for ch in el:
            if isinstance(ch.tag, str):
                walk(ch, lab)
            if ch.tail:
                out.append((ch.tail, lab))
        if block:
            out.append(None)

    walk(root, inherited)
    return out


def lines_of(segs, keep):
    """Lines of the kept pieces: adjacent text nodes are joined as they stand (a node boundary is no word
    boundary); a space stands where a piece with another tag was left out between two kept pieces."""
    lines, cur, gap = [], [], False
    for s in segs + [None]:
        if s is None:
            line = norm("".join(cur))
            if line:
                lines.append(line)
            cur, gap = [], False
        elif not s[0].strip():
            cur.append(" ")  # whitespace between pieces, whatever its tag
        elif s[1] in keep:
            cur.append((" " if gap and cur else "") + s[0])
            gap = False
        else:
            gap = True
    return lines


def counts(segs):
    c = {"1": 0, "2": 0, "3": 0}
    for s in segs:
        if s is not None:
            n = len(norm(s[0]))
            c[s[1] if s[1] in c else "2"] += n
    return c


def title_rule(doc):
    t = doc.find(".//title")
    page_title = norm(t.text_content()) if t is not None else ""
    if not page_title:
        return None
    cands = set()
    for h in doc.iter("h1"):
        txt = norm(h.text_content())
        if not txt or txt not in page_title:
            continue
        tags = [x[1] for x in segments(h, inherited_tag(h)) if x is not None and x[0].strip()]
        if tags and all(x == "3" for x in tags):
            cands.add(txt)
    return cands.pop() if len(cands) == 1 else None


def build(repo, out, maxn=150):
    commit = git(repo, "rev-parse", "HEAD").decode().strip()
    names = git(repo, "ls-tree", "--name-only", "HEAD", MERGED + "/").decode().split()
    pids = sorted((n.rsplit("/", 1)[1] for n in names if not n.endswith(".org")), key=int)
    urls = {}
    for line in git(repo, "show", "HEAD:" + URLS).decode("utf-8").splitlines():
        parts = line.split(None, 1)
        if len(parts) == 2:
            urls[parts[0]] = parts[1].strip()

    qualified = []
    for pid in pids:
        raw = git(repo, "show", "HEAD:%s/%s" % (MERGED, pid))
        src = raw.decode("utf-8")
        doc = lxml_html.document_fromstring(src)
        segs = segments(doc)
        c = counts(segs)
        total = sum(c.values()) or 1
        if c["3"] < MIN_GOOD or c["2"] / total > MAX_UNKNOWN or c["3"] / total >= MAX_GOOD_SHARE:
            continue
        qualified.append((pid, src, doc, segs, c, total))

    q = len(qualified)
    n = min(q, maxn)
    picked = [qualified[(i * q) // n] for i in range(n)]

    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    for pid, src, doc, segs, c, total in picked:
        rid = "ca36-%s" % pid
        page = strip_annotation(src).encode("utf-8")
        with open(os.path.join(out, "html", rid + ".html"), "wb") as f:
            f.write(page)
        text = "\n".join(lines_of(segs, {"3"}))
        url = urls.get(pid)
        title = title_rule(doc)
        rows.append({
            "id": rid,
            "url": url,
            "title": title,
            "date": None,
            "source": None,
            "author": None,
            "text": text,
            "text_partial": False,
            "title_from": "h1" if title else None,
            "hijacked": False,
            "injections": [],
            "spam_strings": [],
            "legit": False,
            "lang": "en",
            "origin": "%s@%s:%s/%s (CANOLA page %s)" % (REPO_NAME, commit[:12], MERGED, pid, pid),
            "kind": "real-page",
            "site": urlsplit(url).hostname if url else None,
            "capture": "html",
            "encoding": "utf-8",
            "chars_good": c["3"],
            "chars_bad": c["1"],
            "chars_unknown": c["2"],
            "sha256": hashlib.sha256(page).hexdigest(),
        })
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    titled = sum(1 for r in rows if r["title"])
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(
            "dev-v36-canola - extraction set collected by keeper k36x (v36; brief KEEPER.md item 4; held out until\n"
            "2026-12-06 07:35, spent)\n\n"
            "repository : https://github.com/%s (snapshot read with git only, no network)\n"
            "commit     : %s\n"
            "dataset    : KrdWrd CANOLA corpus - 216 English web pages (KrdWrd project, 2008-2011; 208 in the main\n"
            "             corpus) whose text blocks were tagged bad/unknown/good by several volunteers in the\n"
            "             KrdWrd add-on and merged by vote (merge of 2010-09-08);\n"
            "             canola/merged.20100908.combined/<id> = merged page, canola/urls = page id -> URL.\n"
            "             Corpus description: the repository's README.md and krdwrd/doc_CANOLA (canola.pdf).\n"
            "licence    : %s.\n             Kept outside the newsvault repository; evaluation only.\n"
            "build      : python bench/data/dev/extract-v36/convert.py %s <out>   (lxml; deterministic)\n"
            "selection  : %d merged pages; %d qualify (good text >= %d chars, unknown <= %d %%, good < %d %%);\n"
            "             %d taken evenly by page id.\n"
            "truth      : text = all text the merged vote tagged good (full, not partial); title by the h1 rule\n"
            "             on %d pages, else null; url from canola/urls; date/author/source null (not annotated).\n"
            "caveat     : not news-only and not Chinese: CANOLA pages are English pages of every kind; the\n"
            "             truth is all annotated content, not just an article body.\n"
            % (REPO_NAME, commit, LICENCE, repo, len(pids), q, MIN_GOOD, int(MAX_UNKNOWN * 100),
               int(MAX_GOOD_SHARE * 100), n, titled))
    return rows, commit, len(pids), q


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("repo", help="git dir of the krdwrd/data snapshot (e.g. /work/.mirror/krdwrd+data/repo)")
    ap.add_argument("out", help="output folder, e.g. /work/data/extract/dev-v36-canola")
    ap.add_argument("--max", type=int, default=150)
    a = ap.parse_args()
    rows, commit, total, q = build(a.repo, a.out, a.max)
    print("read %s@%s: %d merged pages, %d qualify, %d written to %s (%d with title)"
          % (REPO_NAME, commit[:12], total, q, len(rows), a.out, sum(1 for r in rows if r["title"])))


if __name__ == "__main__":
    main()
