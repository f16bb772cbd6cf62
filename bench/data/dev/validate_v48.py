#!/usr/bin/env python3
"""Validate real-cases-v48 (keeper k48; written under bench/data/pending-v48/ while v47 was held out; held out in
bench/data/heldout/ from 2026-12-07, when v47 was spent and moved to dev; dev since v48 was spent, 2026-12-07).

Usage: validate_v48.py [COMPARE_DIR ...] [--no-build]
  COMPARE_DIR: folders whose splits the set is compared with (default: bench/data/dev: since v48 is dev
  (2026-12-07), the older dev splits). Any file or folder whose path (relative to the compare dir, plus the dir's own
  name) has a part holding 'v48' is v48 itself and is skipped wherever it sits (real-cases-v48*, synthetic-v48,
  README-v48*, validate_v48*, ...), so the set never compares with itself, and so is any held-out or pending folder
  (heldout/, heldout-*, pending-*: v49 on, later than v48), even when passed.
  --no-build: skip the byte-identical re-run of build.py.

Checks:
  * truth.jsonl parses; every record has every field; ids unique, rc48-NNN, and match html/<id>.html one to one;
  * each page declares a charset, decodes with it, and the charset equals the record's `encoding`;
  * title/source/author (when not null) are written on the page, and the year of `date` is on the page;
  * `text` is not empty and each of its paragraphs is on the page (visible text, whitespace collapsed; a hijacked page
    may show a paragraph with a spam string spliced in, so the page is also read with its spam strings removed);
  * every spam string occurs in the page as decoded (raw or entity-escaped) and in no truth field;
  * a hijacked page with no spam string is labelled a mirror (`mirror` in injections); a clean page is legit and has
    no spam string or injection;
  * no url, host or registrable domain of a compared split is reused; no two v48 pages share a registrable domain;
  * no v48 spam string equals, contains or is contained in a spam string of a compared split (any length);
  * item 7 (no shared code): no run of >= 120 consecutive characters (whitespace collapsed) of an injected block of a
    hijacked page (script / iframe / style / hidden element, or any line carrying a spam string) occurs in any html of
    a compared split;
  * build.py re-run into a scratch folder gives the same bytes (html, truth.jsonl, SOURCES.md).
Prints ids and reason classes only (no strings, hosts or code). Exit status 1 on any error.
"""
import glob
import html as H
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "real-cases-v48")
DATA = os.path.dirname(HERE)
# v48's own folders (dev/ since v48 was spent, 2026-12-07; heldout/ before, pending-v48/ at collection) and any held-out
# or pending folder (v49 on, later than v48)
OWN = re.compile(r"v48|^(heldout|pending)($|-)")
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
WS = re.compile(r"\s+")
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR", msg)


def collapse(s):
    return WS.sub(" ", s).strip()


def host(u):
    try:
        h = urlsplit(u).hostname
    except ValueError:
        return None
    return h.lower() if h else None


def reg(h):
    p = h.split(".")
    if len(p) >= 3 and p[-2] in ("com", "net", "org", "gov", "edu", "co", "ac", "biz") and len(p[-1]) == 2:
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def own(path, root):
    parts = [os.path.basename(os.path.normpath(root))] + os.path.relpath(path, root).split(os.sep)
    return any(OWN.search(x) for x in parts)


def charset_of(raw):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:3000])
    return m.group(1).decode().lower() if m else None


def visible(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?is)<title>.*?</title>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", "\n", s)
    return H.unescape(s)


def index(roots):
    hosts, urls, spam, htmls = set(), set(), set(), []
    for root in roots:
        for f in glob.glob(os.path.join(root, "**", "truth.jsonl"), recursive=True):
            if own(f, root):
                continue
            for line in open(f, encoding="utf-8", errors="ignore"):
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(d, dict):
                    continue
                u = d.get("url") or ""
                if isinstance(u, str) and u:
                    urls.add(u)
                    h = host(u) if u.startswith("http") else None
                    if h:
                        hosts.add(h)
                spam.update(s for s in (d.get("spam_strings") or []) if isinstance(s, str) and s)
        for f in glob.glob(os.path.join(root, "**", "SOURCES.md"), recursive=True) + \
                glob.glob(os.path.join(root, "**", "README*.md"), recursive=True):
            if own(f, root):
                continue
            for u in re.findall(r"https?://[^\s|)\]>\"'`]+", open(f, encoding="utf-8", errors="ignore").read()):
                urls.add(u)
                h = host(u)
                if h:
                    hosts.add(h)
        for f in glob.glob(os.path.join(root, "**", "*.htm*"), recursive=True):
            if own(f, root) or not os.path.isfile(f):
                continue
            raw = open(f, "rb").read()
            cs = charset_of(raw) or "utf-8"
            try:
                t = raw.decode(cs)
            except (UnicodeDecodeError, LookupError):
                t = raw.decode("utf-8", "ignore")
            htmls.append(collapse(t))
    return hosts, {reg(h) for h in hosts}, urls, spam, htmls


def injected_blocks(raw, spam):
    b = []
    b += re.findall(r"(?is)<script\b.*?</script>", raw)
    b += re.findall(r"(?is)<iframe\b.*?(?:</iframe>|>)", raw)
    b += re.findall(r"(?is)<style\b.*?</style>", raw)
    b += re.findall(r"(?is)<(\w+)[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|\bhidden\b)[^>]*>.*?</\1>", raw)
    for ln in raw.split("\n"):
        if any(s in H.unescape(ln) for s in spam):
            b.append(ln)
    return [collapse(x) for x in b if x and len(collapse(x)) >= 120]


def shares_run(block, corpus, n=120, step=40):
    """True when some n-char window of block occurs in corpus (a list of collapsed htmls joined by NUL)."""
    for p in range(0, len(block) - step + 1, step):
        piece = block[p:p + step]
        if piece not in corpus:
            continue
        for o in range(max(0, p - (n - step)), min(p, len(block) - n) + 1):
            if block[o:o + n] in corpus:
                return True
    return False


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    roots = args or [os.path.join(DATA, "dev")]
    roots = [r for r in roots if os.path.isdir(r)]
    hosts, regs, urls, cspam, htmls = index(roots)
    corpus = "\x00".join(htmls)
    recs = []
    for n, line in enumerate(open(os.path.join(SET, "truth.jsonl"), encoding="utf-8")):
        try:
            recs.append(json.loads(line))
        except ValueError:
            err("line %d: json" % (n + 1))
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    files = sorted(os.path.basename(f)[:-5] for f in glob.glob(os.path.join(SET, "html", "*.html")))
    if sorted(ids) != files:
        err("ids and html files differ")
    seen_regs = {}
    n_blocks = 0
    for r in recs:
        rid = r.get("id", "?")
        miss = [f for f in FIELDS if f not in r]
        if miss:
            err("%s: missing fields %s" % (rid, miss))
            continue
        if not re.fullmatch(r"rc48-\d{3}", rid):
            err("%s: id form" % rid)
        path = os.path.join(SET, "html", rid + ".html")
        if not os.path.isfile(path):
            continue
        raw_b = open(path, "rb").read()
        cs = charset_of(raw_b)
        if cs != r["encoding"]:
            err("%s: declared charset differs from encoding" % rid)
        try:
            raw = raw_b.decode(cs or "utf-8")
        except (UnicodeDecodeError, LookupError):
            err("%s: does not decode with its charset" % rid)
            continue
        vis = collapse(visible(raw))
        spam = r["spam_strings"] or []
        vis_clean = vis
        for s in sorted(spam, key=len, reverse=True):
            vis_clean = vis_clean.replace(collapse(s), "")
        vis_clean = collapse(vis_clean)
        for f in ("title", "source", "author"):
            v = r[f]
            if v is not None and collapse(v) not in vis and collapse(v) not in vis_clean:
                err("%s: %s not on page" % (rid, f))
        if r["date"] is not None:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
                err("%s: date form" % rid)
            elif r["date"][:4] not in vis:
                err("%s: date year not on page" % rid)
        if not (r["text"] or "").strip():
            err("%s: empty text" % rid)
        for i, p in enumerate(r["text"].split("\n")):
            cp = collapse(p)
            if cp and cp not in vis and cp not in vis_clean:
                err("%s: text paragraph %d not on page" % (rid, i))
        for s in spam:
            if s not in raw and H.escape(s, quote=False) not in raw and H.escape(s) not in raw:
                err("%s: a spam string is not in the page" % rid)
            for f in ("title", "source", "author", "text"):
                if r[f] and s in r[f]:
                    err("%s: a spam string is in truth field %s" % (rid, f))
            for c in cspam:
                if s == c or s in c or c in s:
                    err("%s: a spam string equals/contains/is contained in a compared spam string" % rid)
                    break
        if r["hijacked"]:
            if not spam and "mirror" not in r["injections"]:
                err("%s: hijacked without spam string and not a mirror" % rid)
            blocks = injected_blocks(raw, spam)
            n_blocks += len(blocks)
            for b in blocks:
                if shares_run(b, corpus):
                    err("%s: injected block shares >=120 chars with a compared html" % rid)
                    break
        else:
            if spam or r["injections"]:
                err("%s: clean page with spam strings or injections" % rid)
            if not r["legit"]:
                err("%s: clean page not legit" % rid)
        u = r["url"]
        h = host(u)
        if u in urls:
            err("%s: url reused from a compared split" % rid)
        if not h:
            err("%s: url without host" % rid)
            continue
        if h in hosts:
            err("%s: host reused from a compared split" % rid)
        if reg(h) in regs:
            err("%s: registrable domain reused from a compared split" % rid)
        if reg(h) in seen_regs:
            err("%s: shares a registrable domain with %s" % (rid, seen_regs[reg(h)]))
        seen_regs[reg(h)] = rid
        site = h[4:] if h.startswith("www.") else h
        if r["site"] != site:
            err("%s: site is not the host" % rid)
    if "--no-build" not in argv:
        tmp = tempfile.mkdtemp()
        try:
            subprocess.run([sys.executable, os.path.join(SET, "build.py"), tmp], check=True)
            for rel in ["truth.jsonl", "SOURCES.md"] + ["html/%s.html" % i for i in ids]:
                a, b = os.path.join(SET, rel), os.path.join(tmp, rel)
                if not os.path.isfile(b) or open(a, "rb").read() != open(b, "rb").read():
                    err("build.py re-run differs: %s" % rel)
        finally:
            shutil.rmtree(tmp)
    hij = sum(1 for r in recs if r.get("hijacked"))
    print("real-cases-v48: %d pages (%d hijacked, %d not hijacked, %d legit); compared roots %d, compared htmls %d, "
          "compared spam strings %d, injected blocks >=120 chars %d; errors %d"
          % (len(recs), hij, len(recs) - hij, sum(1 for r in recs if r.get("legit")), len(roots), len(htmls),
             len(cspam), n_blocks, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
