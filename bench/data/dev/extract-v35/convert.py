#!/usr/bin/env python3
"""Build the v35 extraction set from a git snapshot of the BoilerNet repository's GoogleTrends-2017 pages.

GoogleTrends-2017 (Leonhardt, Anand, Khosla: "Boilerplate Removal using a Neural Sequence Labeling Model",
WWW 2020 companion) is 180 English web pages reached from Google Trends search topics of 2017-2018, each
annotated by hand in the browser: the annotators put a `__label` attribute on the elements holding the page's
title, date, author, main text, captions, comments, ... The pages were committed in the first commit of
mrjleo/boilernet (31de39a, 2019-12-11, datasets/googletrends/raw_html/*.html), which that repository later
rewrote away; the commit survives in the history of the fork sakata-yusuke-75/boilernet_japanese.

    python3 convert.py --repo /work/.mirror/sakata-yusuke-75+boilernet_japanese/repo \
        --out /work/data/extract/dev-v35-gtrends

Reads the bare repository with `git` only (no network), standard library only, deterministic (byte-identical
output on re-run). Writes <out>/html/<id>.html, <out>/truth.jsonl and <out>/SOURCE.txt.

Labels are read with html.parser: every text node (outside script/style/noscript/template/svg) takes the
label of its innermost labelled ancestor, or "comment" when any ancestor is labelled comment; consecutive text
under one labelled element (nested elements with the same label merged into the outermost) and between block
tags (p, div, br, li, h1-h6, tr, td, ...) is one line. Label spellings are normalised (" main " -> main,
"commen" -> comment, 'title"' -> title, "substitle" -> subtitle).

Selection (an article with a dated byline, not a listing, shop, wiki or roster page), in file-name order:
  - at most one title line (none: title null);
  - main text >= 400 characters in >= 2 lines, <= 300 main lines, no U+FFFD in title or text;
  - 1-4 date lines outside comments, one of them with an absolute date (see below);
  - <= 5 author lines outside comments;
  - main text without a video player's control text ("Current Time 0:00", "Duration Time ...": the
    annotators labelled a container holding an embedded player);
  - main text differs from every earlier page's.
Ids gt35-001... in that order.

Truth (fits /work/shared/tools/score.py):
  text    the lines labelled main, whitespace runs -> one space, joined by "\\n" (full text, text_partial
          false); captions, subtitles, image/video labels, comments, title, date and author lines are NOT in it.
  title   the line labelled title (as the page shows it); null when no element is labelled title.
  date    the first absolute date (ISO, "Month D, YYYY", "D Month YYYY", "Sept. 24, 2018", "24th September
          2018", dd.mm.yyyy, unambiguous m/d/yyyy) in the first date line outside comments that has one, as
          YYYY-MM-DD; relative dates ("7 hours ago") do not count. `date_raw` keeps the labelled line.
  author  the first author line outside comments, cleaned by rule: a leading "by"/"By" (and a leading
          "11:38am PT by") removed, cut at " | ", a bullet, an "@" handle run on after the name, " For <Outlet>",
          and (unless it names several people with "and") at the first ", " (role, outlet or city after the
          name); leading punctuation dropped; a name written twice in a row kept once. `author_raw` and
          `author_labels` keep what was labelled.
  url     the page's rel=canonical or og:url (absolute http/https), else null.
  source  null (no credited outlet is labelled).

Bytes: each page is written as stored, with only the annotators' `__label` attributes removed (a reader of the
served page never saw them and they would give the answer away). The stored pages are the annotators' saves:
typographic characters (curly quotes, dashes) are often literal "?" in them, in page and truth alike.
"""
import argparse
import datetime
import hashlib
import html
import json
import os
import re
import subprocess
from html.parser import HTMLParser

REPO_NAME = "sakata-yusuke-75/boilernet_japanese"
DATA_COMMIT = "31de39a335bfc6c41da78cb502e75670996cb6d1"  # mrjleo's original "Initial Commit", 2019-12-11
DATA_DIR = "datasets/googletrends/raw_html"
PREFIX = "gt35"

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "command"}
SKIP = {"script", "style", "noscript", "template", "svg"}
BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
         "blockquote", "section", "article", "header", "footer", "pre", "dd", "dt", "dl", "figure", "figcaption",
         "hr", "aside", "main", "nav", "form", "time"}
PLAYER_RE = re.compile(r"\b(?:Current Time \d|Duration Time \d)")  # a media player's control text
LABEL_FIX = {"commen": "comment", "substitle": "subtitle"}
ATTR_RE = re.compile(rb"""\s__label\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)""")


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo] + list(args), check=True, capture_output=True).stdout


def norm_label(v):
    v = html.unescape(v or "").strip().strip('"').strip().lower().lstrip("\u00b4")
    return LABEL_FIX.get(v, v)


class LabelParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, label or None, element id)
        self.skip = 0
        self.eid = 0
        self.chunks = []  # None = block boundary, else (label, key, text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        lab = norm_label(a["__label"]) if "__label" in a else None
        if tag in BLOCK:
            self.chunks.append(None)
        if tag in VOID:
            return
        if tag in SKIP:
            self.skip += 1
        self.eid += 1
        self.stack.append((tag, lab, self.eid))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.chunks.append(None)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, _, _ in self.stack[i:]:
                    if t in SKIP:
                        self.skip -= 1
                del self.stack[i:]
                break
        if tag in BLOCK:
            self.chunks.append(None)

    def handle_data(self, d):
        if self.skip:
            return
        labs = [(l, e) for _, l, e in self.stack if l]
        if not labs:
            self.chunks.append(("", 0, d))
            return
        if any(l == "comment" for l, _ in labs):
            first = next(e for l, e in labs if l == "comment")
            self.chunks.append(("comment", first, d))
            return
        lab, key = labs[-1]
        for l, e in reversed(labs):
            if l != lab:
                break
            key = e
        self.chunks.append((lab, key, d))


def labelled_lines(text):
    p = LabelParser()
    p.feed(text)
    p.close()
    res, cur, buf = [], None, []
    for c in p.chunks:
        if c is None or (cur is not None and (c[0], c[1]) != cur):
            if cur is not None:
                res.append((cur[0], "".join(buf)))
            cur, buf = None, []
            if c is None:
                continue
        cur = (c[0], c[1])
        buf.append(c[2])
    if cur is not None:
        res.append((cur[0], "".join(buf)))
    out = []
    for lab, t in res:
        t = re.sub(r"\s+", " ", t).strip()
        if lab and t:
            out.append((lab, t))
    return out


MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DATE_RES = [
    ("ymd", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})")),
    ("mdy", re.compile(MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)),
    ("dmy", re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + MON + r",?\s+(\d{4})", re.I)),
    ("dotted", re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})")),
    ("slash", re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})")),
]


def parse_date(s):
    """Earliest absolute date in s as YYYY-MM-DD, else None."""
    found = []
    for kind, rx in DATE_RES:
        for m in rx.finditer(s):
            g = m.groups()
            try:
                if kind == "ymd":
                    y, mo, d = int(g[0]), int(g[1]), int(g[2])
                elif kind == "mdy":
                    mo, d, y = MONTHS[g[0].lower()[:3]], int(g[1]), int(g[2])
                elif kind == "dmy":
                    d, mo, y = int(g[0]), MONTHS[g[1].lower()[:3]], int(g[2])
                elif kind == "dotted":
                    d, mo, y = int(g[0]), int(g[1]), int(g[2])
                else:  # m/d/yyyy only when unambiguous
                    a, b, y = int(g[0]), int(g[1]), int(g[2])
                    if a <= 12 < b:
                        mo, d = a, b
                    elif b <= 12 < a:
                        mo, d = b, a
                    else:
                        continue
                if not 1995 <= y <= 2019:
                    continue
                found.append((m.start(), datetime.date(y, mo, d).isoformat()))
            except (ValueError, KeyError):
                continue
    return min(found)[1] if found else None


def clean_author(s):
    a = s.strip()
    a = re.sub(r"^\d{1,2}:\d{2}\s*[ap]m(?:\s+[A-Z]{1,4})?\s+by\s+", "", a, flags=re.I)
    a = re.split(r"\s+\|\s+|\s*[\u2022\u00b7]\s*", a)[0]
    a = re.sub(r"^[^\w@]+", "", a)
    a = re.sub(r"^by\s+", "", a, flags=re.I)
    a = re.sub(r"^By(?=[A-Z])", "", a)
    if "@" in a and a.index("@") > 0:  # a handle or address run on after the name
        a = a[:a.index("@")]
    a = re.split(r"\s+For\s+(?=[A-Z])", a)[0]  # "X For Dailymail.com"
    if " and " not in a:
        a = a.split(", ")[0]  # "Name, Role" / "Name, Outlet" / "Name, City"
    a = a.strip(" ,;:-")
    w = a.split()
    if len(w) >= 2 and len(w) % 2 == 0 and w[:len(w) // 2] == w[len(w) // 2:]:
        a = " ".join(w[:len(w) // 2])
    return a or None


def page_url(text):
    for tag in re.findall(r"<link\b[^>]*>", text, re.I):
        if re.search(r"""rel\s*=\s*["']?canonical""", tag, re.I):
            m = re.search(r"""href\s*=\s*["']([^"']+)["']""", tag, re.I)
            if m and m.group(1).startswith(("http://", "https://")):
                return html.unescape(m.group(1)).strip()
    for tag in re.findall(r"<meta\b[^>]*>", text, re.I):
        if re.search(r"""property\s*=\s*["']og:url["']""", tag, re.I):
            m = re.search(r"""content\s*=\s*["']([^"']+)["']""", tag, re.I)
            if m and m.group(1).startswith(("http://", "https://")):
                return html.unescape(m.group(1)).strip()
    return None


def declared_charset(raw):
    m = re.search(rb"""<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_-]+)""", raw[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def build(repo, out):
    head = git(repo, "rev-parse", "HEAD").decode().strip()
    names = [n for n in git(repo, "ls-tree", "--name-only", DATA_COMMIT, DATA_DIR + "/").decode().split("\n")
             if n.endswith(".html")]
    names.sort()
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows, seen, reasons = [], set(), {}
    for path in names:
        raw = git(repo, "show", "%s:%s" % (DATA_COMMIT, path))
        text = raw.decode("utf-8", "replace")
        lines = labelled_lines(text)
        by = {}
        for lab, t in lines:
            by.setdefault(lab, []).append(t)
        titles = by.get("title", [])
        main = by.get("main", [])
        dates = by.get("date", [])
        authors = by.get("author", [])
        body = "\n".join(main)
        why = None
        date = date_raw = None
        for dl in dates:
            date = parse_date(dl)
            if date:
                date_raw = dl
                break
        if len(titles) > 1:
            why = "title lines > 1"
        elif len(body) < 400 or len(main) < 2:
            why = "main text short"
        elif len(main) > 300:
            why = "main lines > 300"
        elif "\ufffd" in body or "\ufffd" in "".join(titles):
            why = "U+FFFD in truth"
        elif not 1 <= len(dates) <= 4:
            why = "date lines 0 or > 4"
        elif not date:
            why = "no absolute date"
        elif PLAYER_RE.search(body):
            why = "video player controls in main"
        elif len(authors) > 5:
            why = "author lines > 5"
        elif body in seen:
            why = "duplicate text"
        if why:
            reasons[why] = reasons.get(why, 0) + 1
            continue
        seen.add(body)
        pid = "%s-%03d" % (PREFIX, len(rows) + 1)
        clean = ATTR_RE.sub(b"", raw)
        assert not ATTR_RE.search(clean), path
        with open(os.path.join(out, "html", pid + ".html"), "wb") as f:
            f.write(clean)
        url = page_url(text)
        blob = git(repo, "rev-parse", "%s:%s" % (DATA_COMMIT, path)).decode().strip()
        try:
            raw.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError:
            enc = "utf-8 (with invalid bytes)"
        author = clean_author(authors[0]) if authors else None
        rows.append({
            "id": pid,
            "url": url,
            "title": titles[0] if titles else None,
            "date": date,
            "source": None,
            "author": author,
            "text": body,
            "text_partial": False,
            "hijacked": False,
            "injections": [],
            "spam_strings": [],
            "legit": False,
            "lang": "en",
            "kind": "real-page",
            "capture": "html",
            "site": re.sub(r"^https?://([^/:]+).*$", r"\1", url).lower() if url else None,
            "encoding": enc,
            "declared_charset": declared_charset(raw),
            "origin": "%s@%s:%s (blob %s)" % (REPO_NAME, DATA_COMMIT, path, blob[:12]),
            "date_raw": date_raw,
            "author_raw": authors[0] if authors else None,
            "author_labels": authors,
            "labels": {k: len(v) for k, v in sorted(by.items())},
            "sha256": hashlib.sha256(clean).hexdigest(),
        })
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(
            "repo: %s (https://github.com/%s), fork of mrjleo/boilernet\n"
            "commit: %s (mrjleo's original 'Initial Commit' of BoilerNet, 2019-12-11, kept in the fork's history;"
            " fork HEAD %s)\n"
            "files: %s/*.html (GoogleTrends-2017, Leonhardt, Anand & Khosla, WWW 2020; 180 pages)\n"
            "licence: GPL-3.0 (the repository's LICENSE, for the code); the dataset itself states no licence"
            " (its authors distribute it for research from a Google Drive link); the pages are third-party web pages"
            " - keep outside the repository\n"
            "pages: %d of %d (selection in convert.py; left out: %s)\n"
            "truth: text = the annotators' 'main' elements (full text); title = the 'title' element; date = first"
            " absolute date in the 'date' elements (YYYY-MM-DD); author = first 'author' element, cleaned by rule;"
            " url = canonical/og:url; source null; lang en\n"
            "html: as stored, with the annotators' __label attributes removed\n"
            "built by: bench/data/dev/extract-v35/convert.py (git show, no network)\n"
            % (REPO_NAME, REPO_NAME, DATA_COMMIT, head, DATA_DIR, len(rows), len(names),
               ", ".join("%s %d" % (k, v) for k, v in sorted(reasons.items()))))
    return rows, reasons, len(names)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", required=True, help="bare git dir of sakata-yusuke-75/boilernet_japanese")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rows, reasons, n = build(a.repo, a.out)
    print("%d pages of %d written to %s; left out: %s" % (len(rows), n, a.out, reasons))


if __name__ == "__main__":
    main()
