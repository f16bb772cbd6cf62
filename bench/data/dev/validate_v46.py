#!/usr/bin/env python3
"""Validate dev/real-cases-v46 (keeper k46; pending-v46/ at collection, held out from 2026-12-07, when v45 was
spent and moved to dev; dev since v46 was spent, 2026-12-07).

Usage: validate_v46.py [COMPARE_DIR ...] [--no-extract]
  COMPARE_DIR: folders whose splits the set is compared with (default: bench/data/dev: the older dev splits). Files
  and folders of v46 itself (any path part holding 'v46') are skipped wherever they sit, so the set never compares
  with itself, and a held-out or pending folder (heldout/, heldout-*, pending-*: v47 on, later than v46) is never
  read, even when passed.
  --no-extract: skip the host check against the older dev-* extraction sets (/work/data/extract/dev-*/truth.jsonl,
  dev-v46-* skipped) and /work/shared/corpus (run by default when those folders exist).

Checks: truth.jsonl parses with every field; ids match html files and are unique; each page decodes with the charset it
declares and that charset matches `encoding`; title/source/author (when not null) and the year of `date` are written on
the page; `text` is not empty and every paragraph is on the page (a hijacked page may show a paragraph with a spam
string or emoji spliced in); every spam string is on the page as decoded and in no truth field; a hijacked page with no
spam string is labelled a mirror; a clean page is legit with no spam string; no url, host or registrable domain of a
compared split (or of an extraction set / the shared corpus) is reused; no two pages share a registrable domain; no
spam string equals, contains or is contained in a spam string of a compared split (any length); item 7 (no shared
code): no run of >= 120 consecutive characters (whitespace collapsed) of an injected block (script/iframe/style/hidden
element, a line above the masthead, or any line carrying a spam string) of a hijacked page occurs in any html of a
compared split; build.py re-run in a scratch copy gives the same bytes.
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
SET = os.path.join(HERE, "real-cases-v46")
DATA = os.path.dirname(HERE)
# v46's own folders (dev/ since it was spent, 2026-12-07; heldout/ before, pending-v46/ at collection) are no compared
# split, and neither is a held-out or pending folder (heldout/, heldout-*, pending-*: v47 on, later than v46)
OWN = re.compile(r"v46|^(heldout|pending)($|-)")
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
CHARSETS = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}
WS = re.compile(r"\s+")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR", msg)


def reg(h):
    p = h.split(".")
    if len(p) >= 3 and p[-2] in ("com", "net", "org", "gov", "edu", "co", "ac") and len(p[-1]) == 2:
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def own(path, root):
    parts = [os.path.basename(os.path.normpath(root))] + os.path.relpath(path, root).split(os.sep)
    return any(OWN.search(part) for part in parts)


def decode_any(b):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', b[:2000])
    cs = (m.group(1).decode().lower() if m else "utf-8")
    try:
        return b.decode(cs), cs
    except (UnicodeDecodeError, LookupError):
        return b.decode("utf-8", "ignore"), cs


def visible(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?is)<title>.*?</title>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", "\n", s)
    return H.unescape(s)


def collapse(s):
    return WS.sub(" ", s).strip()


def host(u):
    try:
        h = urlsplit(u).hostname
    except ValueError:
        h = None
    return h.lower() if h else None


def index(roots):
    hosts, urls, spam = set(), set(), set()
    for root in roots:
        for f in glob.glob(os.path.join(root, "**", "truth.jsonl"), recursive=True):
            if own(f, root):
                continue
            for line in open(f, encoding="utf-8", errors="ignore"):
                if not line.strip():
                    continue
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                u = d.get("url") or ""
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
    return hosts, {reg(h) for h in hosts}, urls, spam


def extract_hosts():
    hs = set()
    files = [f for f in glob.glob("/work/data/extract/dev-*/truth.jsonl") if "v46" not in f] + \
        glob.glob("/work/shared/corpus/**/*.jsonl", recursive=True)
    for f in files:
        for line in open(f, encoding="utf-8", errors="ignore"):
            for u in re.findall(r'"url":\s*"(https?://[^"]+)"', line):
                h = host(u)
                if h:
                    hs.add(h)
    return hs, {reg(h) for h in hs}, len(files)


def injected_blocks(raw, spam):
    blocks = []
    blocks += re.findall(r"(?is)<script\b.*?</script>", raw)
    blocks += re.findall(r"(?is)<iframe\b.*?(?:</iframe>|>)", raw)
    blocks += re.findall(r"(?is)<style\b.*?</style>", raw)
    blocks += re.findall(r"(?is)<(\w+)[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|\bhidden\b)[^>]*>.*?</\1>", raw)
    for ln in raw.split("\n"):
        if 'class="kx-top"' in ln or any(s and (s in H.unescape(ln) or H.escape(s, quote=True) in ln) for s in spam):
            blocks.append(ln)
    return [collapse(b) for b in blocks if b]


def corpus_texts(roots):
    out = []
    for root in roots:
        for f in glob.glob(os.path.join(root, "**", "*.htm*"), recursive=True):
            if own(f, root) or not os.path.isfile(f):
                continue
            b = open(f, "rb").read()
            out.append((f, {collapse(b.decode("utf-8", "ignore")), collapse(b.decode("gb18030", "ignore"))}))
    return out


def shares_run(block, texts, n=120):
    if len(block) < n:
        return False
    half = n // 2
    for k in range(0, len(block) - half + 1, half):
        chunk = block[k:k + half]
        for t in texts:
            if chunk in t:
                for a in range(max(0, k - half), min(k, len(block) - n) + 1):
                    if block[a:a + n] in t:
                        return True
    return False


def rebuild_check():
    tmp = tempfile.mkdtemp(prefix="v46build-")
    try:
        for f in ("build.py", "cases_hijacked.py", "cases_legit.py"):
            shutil.copy(os.path.join(SET, f), tmp)
        subprocess.run([sys.executable, os.path.join(tmp, "build.py")], check=True, stdout=subprocess.DEVNULL)
        rels = ["truth.jsonl", "SOURCES.md"] + ["html/" + x for x in sorted(os.listdir(os.path.join(SET, "html")))]
        for rel in rels:
            a, b = os.path.join(SET, rel), os.path.join(tmp, rel)
            if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                err("build.py re-run differs: %s" % rel)
        if len(os.listdir(os.path.join(tmp, "html"))) != len(os.listdir(os.path.join(SET, "html"))):
            err("build.py re-run makes a different number of pages")
    finally:
        shutil.rmtree(tmp)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    roots = [os.path.abspath(a) for a in args] or [os.path.join(DATA, "dev")]
    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    files = sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(SET, "html")))
    if sorted(ids) != files:
        err("ids and html files differ")
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    dhosts, dregs, durls, dspam = index(roots)
    if "--no-extract" in sys.argv:
        ehosts, eregs, nfiles = set(), set(), 0
    else:
        ehosts, eregs, nfiles = extract_hosts()
    raws = {}
    for r in rows:
        rid = r.get("id")
        miss = [k for k in FIELDS if k not in r]
        if miss:
            err("%s: missing field(s)" % rid)
            continue
        b = open(os.path.join(SET, "html", rid + ".html"), "rb").read()
        raw, cs = decode_any(b)
        if cs != CHARSETS.get(r["encoding"]):
            err("%s: declared charset differs from truth encoding" % rid)
        try:
            b.decode(cs)
        except (UnicodeDecodeError, LookupError):
            err("%s: page does not decode with its declared charset" % rid)
        raws[rid] = raw
        vis = collapse(visible(raw))
        dec = H.unescape(raw)
        for k in ("title", "source", "author"):
            if r[k] and collapse(r[k]) not in vis:
                err("%s: %s not on page" % (rid, k))
        if r["date"] and (not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) or r["date"][:4] not in vis):
            err("%s: date not on page" % rid)
        if not r["text"].strip():
            err("%s: empty text" % rid)
        vis_clean = EMOJI.sub("", vis)
        for s in sorted(r["spam_strings"], key=len, reverse=True):
            vis_clean = vis_clean.replace(s, "")
        for p in r["text"].split("\n"):
            p = collapse(p)
            if p and p not in vis and p not in vis_clean:
                err("%s: a text paragraph is not on the page" % rid)
        for s in r["spam_strings"]:
            if s not in dec:
                err("%s: a spam string is not on the page as decoded" % rid)
            if any(r[k] and s in r[k] for k in ("title", "source", "author", "text")):
                err("%s: a spam string is inside a truth field" % rid)
            if s in dspam:
                err("%s: a spam string equals a compared split's spam string" % rid)
            elif any(s in d for d in dspam):
                err("%s: a spam string is contained in a compared split's spam string" % rid)
            elif any(d in s for d in dspam):
                err("%s: a spam string contains a compared split's spam string" % rid)
        if r["hijacked"] and not r["spam_strings"] and "mirror" not in r["injections"]:
            err("%s: hijacked without spam string and not a mirror" % rid)
        if r["hijacked"] and not r["injections"]:
            err("%s: hijacked without injection forms" % rid)
        if not r["hijacked"] and (r["spam_strings"] or not r["legit"]):
            err("%s: clean page must be legit with no spam strings" % rid)
        h = host(r["url"])
        if r["url"] in durls or h in dhosts or reg(h) in dregs:
            err("%s: url/host/registrable domain used by a compared split" % rid)
        if h in ehosts or reg(h) in eregs:
            err("%s: host/registrable domain used by an extraction set or the shared corpus" % rid)
        if r["site"] != (h[4:] if h.startswith("www.") else h):
            err("%s: site is not the host" % rid)
    regs = [reg(host(r["url"])) for r in rows]
    if len(set(regs)) != len(regs):
        err("two pages share a registrable domain")
    texts = corpus_texts(roots)
    nblocks = 0
    for r in rows:
        if not r.get("hijacked") or r["id"] not in raws:
            continue
        blocks = [b for b in injected_blocks(raws[r["id"]], r["spam_strings"]) if len(b) >= 120]
        nblocks += len(blocks)
        hit = False
        for b in blocks:
            for f, t in texts:
                if shares_run(b, t):
                    hit = True
                    break
            if hit:
                break
        if hit:
            err("%s: injected block shares >=120 chars with a compared html" % r["id"])
    rebuild_check()
    n_h = sum(r["hijacked"] for r in rows)
    print("pages %d, hijacked %d (mirrors %d), legit %d (legit-only %d); compared roots %d, spam strings %d, html %d, "
          "extraction/corpus files %d, injected blocks >=120 chars %d"
          % (len(rows), n_h, sum("mirror" in r["injections"] for r in rows), sum(r["legit"] for r in rows),
             sum(r["legit"] and not r["hijacked"] for r in rows), len(roots), len(dspam), len(texts), nfiles, nblocks))
    print("OK" if not errors else "%d error(s)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
