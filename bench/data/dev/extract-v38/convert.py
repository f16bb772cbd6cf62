#!/usr/bin/env python3
"""Converters of the two v38 extraction sets (keeper k38x, v38, brief KEEPER.md item 4).

Usage: python convert.py twevent MIRROR_GIT_DIR OUT_DIR [--dev-extract /work/data/extract]
       python convert.py crawlertest MIRROR_GIT_DIR OUT_DIR [--dev-extract /work/data/extract]
(without a set name the first form is assumed, for the first commit's command line)

--- twevent: the Taiwanese event/activity page set of MichelleHS777/Boilerplate-Removal ---

Reads the repository with `git show` only (no network, no work tree). Deterministic.
Source files (at the commit recorded in SOURCE.txt):
  multitask-boilerplate-removal/newdata/original/NNNN.html           the pages as saved (66)
  multitask-boilerplate-removal/data/cleaneval/mix/newdata_zh/new_zh_NNNN.csv  node labels, pages 0000-0033
  multitask-boilerplate-removal/newdata/preprocess/newdata_zh/new_zh_NNNN.csv  node labels, pages 0034-0067
  multitask-boilerplate-removal/newdata/ESPURL-220210.csv            list page -> two clicked pages (URLs)
Each label CSV lists the page's text nodes in document order (tag path, text, label 0/1, depth);
label 1 = main content (the annotator marked the first and last main-content node and the repository's
tools/autotagging.py filled the span between them).
Truth:
  text   = label-1 nodes in order, one per line, minus the node taken as title
  title  = first label-1 node whose tag path ends in h1-h3 and whose text is inside the page's <title>
           (whitespace-insensitive), else first label-1 h1 node, else the first of the first three
           label-1 nodes (6-120 characters) whose text is inside <title>, else null
  url    = the ESPURL clicked-page URL whose host and distinctive path/query token both occur in the
           page (unique match; column 0000-0033 -> first clicked page, 0034-0067 -> second preferred);
           else the page's own canonical/og:url when absolute and not a site root; else null.
           A page whose url (host+path+query) repeats an earlier page's (saved twice) is dropped.
  date/author/source: null (not annotated)
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
from urllib.parse import urlsplit, unquote

P = "multitask-boilerplate-removal/"
LAB_DIRS = (P + "data/cleaneval/mix/newdata_zh/", P + "newdata/preprocess/newdata_zh/")
ID_PREFIX = "tw38-"


def git(repo, *args, binary=False):
    r = subprocess.run(["git", "-C", repo, *args], capture_output=True, check=False)
    return r.stdout if binary else r.stdout.decode("utf-8")


def show(repo, path):
    return git(repo, "show", "HEAD:" + path, binary=True)


def squash(s):
    return re.sub(r"\s+", "", s or "")


def norm_line(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def hostpath(url):
    u = urlsplit(url)
    h = (u.hostname or "").lower()
    if h.startswith("www."):
        h = h[4:]
    return h + unquote(u.path).rstrip("/")


def load_urls(repo):
    raw = show(repo, P + "newdata/ESPURL-220210.csv").decode("utf-8-sig")
    rows = {}
    for r in csv.reader(io.StringIO(raw)):
        if len(r) < 6 or not r[0].strip().isdigit():
            continue
        rows[int(r[0])] = (r[3].strip(), r[4].strip(), r[5].strip())
    return rows


def url_tokens(u):
    """Distinctive pieces of a URL: its path (when not the root) and its id-like key=value pairs,
    each raw and unquoted."""
    sp = urlsplit(u)
    toks = []
    if sp.path.strip("/") and len(sp.path) >= 6:
        toks.append(sp.path.rstrip("/"))
    for kv in sp.query.split("&"):
        if "=" in kv:
            k, v = kv.split("=", 1)
            if k.lower() not in ("uselanguage", "request_locale", "lang", "page", "reset", "option", "q",
                                 "act", "route", "idk", "exec", "ap") and len(v) >= 2:
                toks.append(kv)
    out = []
    for t in toks:
        for x in (t, unquote(t)):
            if x not in out:
                out.append(x)
    return out


def find_url(page_no, html_text, rows):
    """The ESPURL clicked-page URL whose host and distinctive path/query token both occur in the page
    (preferring the column the number suggests; unique match); else the page's own canonical/og:url
    when absolute and not a site root; else None."""
    pref = 1 if page_no < 34 else 2
    cands = []
    for idx, (lst, c1, c2) in sorted(rows.items()):
        for col, u in ((1, c1), (2, c2)):
            h = (urlsplit(u).hostname or "").lower()
            if not h:
                continue
            hh = h[4:] if h.startswith("www.") else h
            if hh not in html_text:
                continue
            toks = url_tokens(u)
            if toks and any(t in html_text for t in toks):
                cands.append((0 if col == pref else 1, idx, u))
    if cands:
        cands.sort()
        best = [c for c in cands if c[0] == cands[0][0]]
        urls = sorted(set(c[2] for c in best))
        if len(urls) == 1:
            return urls[0]
    return canonical_url(html_text)


def main_twevent(argv):
    repo, out = argv[0], argv[1]
    dev_root = "/work/data/extract"
    if "--dev-extract" in sys.argv:
        dev_root = sys.argv[sys.argv.index("--dev-extract") + 1]
    commit = git(repo, "rev-parse", "HEAD").strip()
    # host+path of every url already in a dev-* truth
    seen = set()
    for d in sorted(os.listdir(dev_root)):
        if not d.startswith("dev-") or d.startswith("dev-v38-"):  # older dev sets only (v38 is dev since 2026-12-06)
            continue
        f = os.path.join(dev_root, d, "truth.jsonl")
        if not os.path.exists(f):
            continue
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    u = json.loads(line).get("url")
                    if u:
                        seen.add(hostpath(u))
    rows = load_urls(repo)
    names = git(repo, "ls-tree", "--name-only", "HEAD", P + "newdata/original/").split()
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth, skipped, own = [], [], {}
    for name in sorted(names):
        if not name.endswith(".html"):
            continue
        num = os.path.basename(name)[:-5]
        lab, labpath = None, None
        for d in LAB_DIRS:
            x = show(repo, d + "new_zh_%s.csv" % num)
            if x:
                lab, labpath = x, d + "new_zh_%s.csv" % num
                break
        if lab is None:
            skipped.append((num, "no label file"))
            continue
        raw = show(repo, name)
        m = re.search(rb"charset=[\"']?([\w-]+)", raw[:4000], re.I)
        enc = (m.group(1).decode().lower() if m else "utf-8")
        text_html = raw.decode(enc, errors="replace")
        recs = list(csv.DictReader(io.StringIO(lab.decode("utf-8-sig"))))
        pos = [(r["tag"].strip(), norm_line(r["content"])) for r in recs if r["label"].strip() == "1"]
        pos = [(t, c) for t, c in pos if c]
        if not pos:
            skipped.append((num, "no main-content node"))
            continue
        tm = re.search(r"<title[^>]*>(.*?)</title>", text_html, re.S | re.I)
        import html as H
        page_title = squash(H.unescape(tm.group(1))) if tm else ""
        title_i = None
        for i, (t, c) in enumerate(pos):
            if re.search(r"\bh[1-3]$", t) and squash(c) and squash(c) in page_title:
                title_i = i
                break
        if title_i is None:
            for i, (t, c) in enumerate(pos):
                if re.search(r"\bh1$", t):
                    title_i = i
                    break
        if title_i is None:
            for i, (t, c) in enumerate(pos[:3]):
                if len(squash(c)) >= 6 and squash(c) in page_title and len(c) <= 120:
                    title_i = i
                    break
        title = pos[title_i][1] if title_i is not None else None
        lines = [c for i, (t, c) in enumerate(pos) if i != title_i]
        text = "\n".join(lines)
        if len(squash(text)) < 30:
            skipped.append((num, "main text under 30 characters"))
            continue
        url = find_url(int(num), text_html, rows)
        if url and hostpath(url) in seen:
            skipped.append((num, "url already in a dev set"))
            continue
        key = (hostpath(url) + "?" + urlsplit(url).query) if url else None
        if key and key in own:
            skipped.append((num, "same url as " + own[key]))
            continue
        if key:
            own[key] = num
        pid = ID_PREFIX + num
        with open(os.path.join(out, "html", pid + ".html"), "wb") as fh:
            fh.write(raw)
        site = (urlsplit(url).hostname if url else None)
        truth.append(dict(
            id=pid, url=url, title=title, date=None, source=None, author=None, text=text,
            hijacked=False, injections=[], spam_strings=[], legit=False, lang="zh-Hant",
            origin="MichelleHS777/Boilerplate-Removal@%s:%s + %s" % (commit[:12], name, labpath),
            kind="real-page", site=site, capture="html", encoding=enc,
        ))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("pages", len(truth), "skipped", skipped, file=sys.stderr)


def dev_hostpaths(dev_root):
    seen = set()
    for d in sorted(os.listdir(dev_root)):
        f = os.path.join(dev_root, d, "truth.jsonl")
        if d.startswith("dev-") and not d.startswith("dev-v38-") and os.path.exists(f):  # older dev sets only
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        u = json.loads(line).get("url")
                        if u:
                            seen.add(hostpath(u))
    return seen


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def date_on_page(iso, page_lower):
    """True when the date (YYYY-MM-DD) is written in the page in a common form (ISO in markup or
    metadata, M/D/YYYY, 'Month D, YYYY', 'D Month YYYY', abbreviated month names)."""
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    forms = [iso, "%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%d.%d.%d" % (d, m, y),
             "%02d.%02d.%d" % (d, m, y), "%d%02d%02d" % (y, m, d)]
    for name in (MONTHS[m - 1], MONTHS[m - 1][:3], MONTHS[m - 1][:3] + "."):
        forms += ["%s %d, %d" % (name, d, y), "%s %02d, %d" % (name, d, y), "%d %s %d" % (d, name, y),
                  "%s %d %d" % (name, d, y)]
    return any(f in page_lower for f in forms)


def canonical_url(html_text):
    import html as H
    for pat in (r'<link[^>]+rel=["\']canonical["\'][^>]*href=["\'](https?://[^"\']+)',
                r'<link[^>]+href=["\'](https?://[^"\']+)["\'][^>]*rel=["\']canonical',
                r'<meta[^>]+property=["\']og:url["\'][^>]*content=["\'](https?://[^"\']+)',
                r'<meta[^>]+content=["\'](https?://[^"\']+)["\'][^>]*property=["\']og:url'):
        m = re.search(pat, html_text, re.I)
        if m:
            u = H.unescape(m.group(1)).strip()
            if urlsplit(u).path.strip("/") or urlsplit(u).query:
                return u
            return None
    return None


def main_crawlertest(argv):
    """--- crawlertest: alan-turing-institute/misinformation-crawler's per-site test pages ---
    tests/site_test_data/<site>/article-N_article.html  the page as saved by the crawler's tests
    tests/site_test_data/<site>/article-N_extracted_data.json  the expected record: article_url, title,
        byline, publication_datetime, plain_text (list of paragraphs), made with the site's own XPath
        configuration (site_configs.yml) and committed as the test expectation.
    One page per site (the lowest article number that qualifies). Truth:
      text   = plain_text paragraphs joined by newlines (full)
      title  = expected title when it is written in the page (whitespace-insensitive), else null
      author = expected byline when it is written in the page (case-insensitive; the page's casing is
               kept), else null
      date   = publication_datetime[:10] when the page writes that date in a common form, else null
      url    = article_url (null when absent); where the test stored the file name as the url, the
               page's own canonical/og:url (not a site root), else null"""
    import html as H
    repo, out = argv[0], argv[1]
    dev_root = argv[argv.index("--dev-extract") + 1] if "--dev-extract" in argv else "/work/data/extract"
    commit = git(repo, "rev-parse", "HEAD").strip()
    seen = dev_hostpaths(dev_root)
    names = git(repo, "ls-tree", "-r", "--name-only", "HEAD", "tests/site_test_data/").split()
    pages = {}
    for n in names:
        m = re.match(r"tests/site_test_data/([^/]+)/article-(\d+)_article\.html$", n)
        if m and "tests/site_test_data/%s/article-%s_extracted_data.json" % m.groups() in names:
            pages.setdefault(m.group(1), []).append(int(m.group(2)))
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth, skipped, own = [], [], set()
    for site in sorted(pages):
        for num in sorted(pages[site]):
            base = "tests/site_test_data/%s/article-%d_" % (site, num)
            raw = show(repo, base + "article.html")
            rec = json.loads(show(repo, base + "extracted_data.json").decode("utf-8"))
            m = re.search(rb"charset=[\"']?([\w-]+)", raw[:5000], re.I)
            enc = m.group(1).decode().lower() if m else "utf-8"
            try:
                page = raw.decode(enc)
            except (LookupError, UnicodeDecodeError):
                enc = "utf-8"
                page = raw.decode(enc, errors="replace")
            paras = [norm_line(p.get("text") if isinstance(p, dict) else p) for p in (rec.get("plain_text") or [])]
            paras = [p for p in paras if p]
            text = "\n".join(paras)
            if len(text) < 200:
                skipped.append((site, num, "text under 200 characters"))
                continue
            url = rec.get("article_url") or None
            if url and re.search(r"/article-\d+_article\.html$", url):
                # the test wrote the file name as the url: take the page's own canonical/og:url
                url = canonical_url(page)
            if url and hostpath(url) in seen:
                skipped.append((site, num, "url in a dev set"))
                continue
            if url and hostpath(url) in own:
                skipped.append((site, num, "url repeated"))
                continue
            plain = H.unescape(re.sub(r"<[^>]+>", " ", page))
            sq_page = squash(H.unescape(page))
            sq_low = sq_page.lower()
            title = norm_line(rec.get("title")) or None
            if title and squash(title) not in sq_page:
                title = None
            author = None
            by = norm_line(rec.get("byline"))
            if by:
                i = re.sub(r"\s+", " ", plain).lower().find(by.lower())
                if i >= 0:
                    author = re.sub(r"\s+", " ", plain)[i:i + len(by)]
                date = None
            dt = rec.get("publication_datetime")
            if dt and re.match(r"^\d{4}-\d{2}-\d{2}", dt):
                low = re.sub(r"\s+", " ", H.unescape(page)).lower()
                if date_on_page(dt[:10], low):
                    date = dt[:10]
            pid = "mc38-%s-%d" % (re.sub(r"[^a-z0-9]+", "-", site.lower()).strip("-"), num)
            with open(os.path.join(out, "html", pid + ".html"), "wb") as fh:
                fh.write(raw)
            if url:
                own.add(hostpath(url))
            truth.append(dict(
                id=pid, url=url, title=title, date=date, source=None, author=author, text=text,
                hijacked=False, injections=[], spam_strings=[], legit=False, lang="en",
                origin="alan-turing-institute/misinformation-crawler@%s:%sarticle.html + extracted_data.json"
                       % (commit[:12], base),
                kind="real-page", site=(urlsplit(url).hostname if url else site), capture="html", encoding=enc,
            ))
            break
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("pages", len(truth), "skipped", skipped, file=sys.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "crawlertest":
        main_crawlertest(args[1:])
    elif args and args[0] == "twevent":
        main_twevent(args[1:])
    else:
        main_twevent(args)
