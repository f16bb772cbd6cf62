"""Validate dev v43 (bench/data/dev/real-cases-v43). Stdlib only; does not run newsvault.

Checks, for every page of real-cases-v43/:
  - truth.jsonl parses; every field present with the right type; ids rc43-NNN match html/<id>.html one to one;
  - the html decodes in its truth encoding; text is not empty; each truth paragraph is readable in the page's
    visible text (after spam strings are cut); title / date / source / author are written on the page;
  - every spam string occurs in the page as decoded (html entities unescaped); no spam string is left in the
    truth title / text / source / author;
  - every hijacked page carries its injection: a spam string on the page, or (mirrors) a copy form;
  - at most 5 pages of one primary form; site is the url host;
  - against the compared splits (default: bench/data/dev, the older dev splits; pass others as arguments):
      * no url, host or registrable domain reused;
      * no spam string of v43 equals, contains or is contained in a spam string of a compared split;
      * item 7, no shared code: no <script>/<iframe>/<style> block or hidden block of a hijacked page shares a
        run of >= 120 characters (whitespace collapsed) with any html of a compared split.
Folders of v43 itself (names ending in -v43/-v43b, or pending-v43 as collected) are skipped when comparing. v43 was
held out from 2026-12-07 (moved from pending-v43/ to heldout/ when v42 was spent) and is dev itself since it was
spent (2026-12-07): the checks compare with the older dev splits only, and a held-out or pending folder (heldout/,
pending-*: v44 on, later than v43) is never read, even when passed. Spam-string overlaps are printed by id and
compared folder only (no strings).
Usage: python3 validate_v43.py [--main /work/main] [COMPARE_DIR ...]
"""
import glob
import html as H
import json
import os
import re
import sys
import unicodedata
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
MAIN = "/work/main"
if "--main" in args:
    i = args.index("--main")
    MAIN = args[i + 1]
    del args[i:i + 2]
COMPARE = [a if os.path.isabs(a) else os.path.join(MAIN, a) for a in args] or [os.path.join(MAIN, "bench", "data", "dev")]
CORPORA = ["real-cases-v43"]
FIELDS = {"id": str, "url": str, "title": (str, type(None)), "date": (str, type(None)), "source": (str, type(None)),
          "author": (str, type(None)), "text": str, "hijacked": bool, "injections": list, "spam_strings": list,
          "legit": bool, "lang": str, "origin": str, "kind": str, "site": str, "capture": str, "encoding": str}
MIRROR_MARK = "copy-on-unrelated-host"
RUN = 120
# v43's own folders (dev/ since it was spent, 2026-12-07; heldout/ before, pending-v43/ at collection) are no compared
# split, and neither is a held-out or pending folder (heldout/, pending-*: v44 on, later than v43)
OWN = re.compile(r"(-v43[a-z]?|pending-v43)$|^(heldout|pending)($|-)")
# removed on 2026-12-07 when v42 became dev (ids keep their numbers, so the sequence has gaps): rc43-013's url (and so
# its host) is that of a page in dev/real-cases-v42; real-cases-v43/build.py skips the id
REMOVED = {"rc43-013"}
errors = []


def err(m):
    errors.append(m)


def reg(h):
    p = h.split(".")
    if len(p) >= 3 and p[-2] in ("com", "net", "org", "gov", "edu", "ac", "co") and len(p[-1]) == 2:
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def visible(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    return H.unescape(s)


def date_forms(d):
    y, m, dd = d.split("-")
    mi, di = int(m), int(dd)
    en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
    return [d, f"{y}年{m}月{dd}日", f"{y}年{mi}月{di}日", f"{y}年{m}月{di}日", f"{y}/{m}/{dd}", f"{y}.{m}.{dd}",
            f"{en[mi - 1]} {di}, {y}"]


def decode(b, enc):
    return b.decode({"GB18030": "gb18030", "GBK": "gbk", "utf-8": "utf-8"}.get(enc, enc))


# ---- compared splits ---------------------------------------------------------------------------------
def compared_files(pattern, recursive=False):
    out = []
    for base in COMPARE:
        for f in glob.glob(os.path.join(base, *pattern), recursive=recursive):
            parts = os.path.relpath(f, base).split(os.sep)
            if any(OWN.search(p) for p in parts[:-1]) or OWN.search(os.path.basename(base.rstrip(os.sep))):
                continue
            out.append(f)
    return out


p_urls, p_hosts, p_regs, p_spam = set(), set(), set(), {}
for f in compared_files(("*", "truth.jsonl")):
    for line in open(f, encoding="utf-8"):
        if line.strip():
            t = json.loads(line)
            u = t.get("url") or ""
            p_urls.add(u)
            h = (urlparse(u).hostname or "").lower()
            if h:
                p_hosts.add(h)
                p_regs.add(reg(h))
            for s in (t.get("spam_strings") or []):
                if s:
                    p_spam.setdefault(s, "/".join(f.split(os.sep)[-3:-1]))
docs = []
for f in compared_files(("**", "*.htm*"), recursive=True):
    b = open(f, "rb").read()
    for e in ("utf-8", "gb18030", "big5"):
        try:
            docs.append(ws(b.decode(e)))
            break
        except UnicodeDecodeError:
            continue
    else:
        docs.append(ws(b.decode("utf-8", "replace")))
BIG = "\x00".join(docs)

HIDE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(left|top)\s*:\s*-\d{3,}px|font-size\s*:\s*0|height\s*:\s*[01]px", re.I)


def code_blocks(page):
    blocks = re.findall(r"(?is)<(?:script|iframe|style)\b.*?</(?:script|iframe|style)>", page)
    for m in re.finditer(r'(?is)<(div|span|p|section|ul|marquee)\b([^>]*)>', page):
        st = re.search(r'style\s*=\s*"([^"]*)"', m.group(2))
        if st and HIDE.search(st.group(1)):
            end = page.find(f"</{m.group(1)}>", m.end())
            blocks.append(page[m.start(): end + len(m.group(1)) + 3 if end >= 0 else m.end() + 2000])
    return blocks


def shared_run(block):
    """True when the block shares a run of >= RUN chars (whitespace collapsed) with a compared html."""
    b = ws(block)
    if len(b) < RUN:
        return False
    for j in range(0, len(b) - 40 + 1, 40):
        if b[j:j + 40] in BIG:
            for s in range(max(0, j - RUN + 40), j + 1):
                w = b[s:s + RUN]
                if len(w) == RUN and w in BIG:
                    return True
    return False


# ---- the corpus ---------------------------------------------------------------------------------------
forms = {}
summary = dict(pages=0, hijacked=0, legit=0, both=0)
for corpus in CORPORA:
    d = os.path.join(HERE, corpus)
    rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r.get("id") for r in rows]
    htmls = sorted(os.path.splitext(x)[0] for x in os.listdir(os.path.join(d, "html")))
    if sorted(ids) != htmls:
        err(f"{corpus}: ids and html files differ: {sorted(set(ids) ^ set(htmls))}")
    if len(set(ids)) != len(ids):
        err(f"{corpus}: duplicate ids")
    for rid in sorted(REMOVED & set(ids)):
        err(f"{rid}: removed on 2026-12-07 (overlaps dev), still in truth.jsonl")
    my_spam = {}
    for r in rows:
        rid = r.get("id", "?")
        if not re.fullmatch(r"rc43-\d{3}", rid):
            err(f"{rid}: bad id")
        for k, ty in FIELDS.items():
            if k not in r:
                err(f"{rid}: missing {k}")
            elif not isinstance(r[k], ty):
                err(f"{rid}: {k} has type {type(r[k]).__name__}")
        summary["pages"] += 1
        summary["hijacked"] += r["hijacked"]
        summary["legit"] += r["legit"]
        summary["both"] += r["hijacked"] and r["legit"]
        try:
            page = decode(open(os.path.join(d, "html", rid + ".html"), "rb").read(), r["encoding"])
        except (OSError, UnicodeDecodeError) as e:
            err(f"{rid}: cannot read/decode html: {e}")
            continue
        full = H.unescape(page)
        shown = visible(page)
        for s in sorted(r["spam_strings"], key=len, reverse=True):
            shown = shown.replace(s, "")
        vis = squash(shown)
        if not r["text"].strip():
            err(f"{rid}: empty text")
        for para in r["text"].split("\n"):
            if squash(para) not in vis:
                err(f"{rid}: text paragraph not on page: {para[:40]}")
        if r["title"] and squash(r["title"]) not in vis:
            err(f"{rid}: title not on page")
        for k in ("source", "author"):
            if r[k] and squash(r[k]) not in vis:
                err(f"{rid}: {k} not on page")
        if r["date"]:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
                err(f"{rid}: bad date {r['date']}")
            elif not any(squash(f) in vis for f in date_forms(r["date"])):
                err(f"{rid}: date {r['date']} not written on page")
        out = squash(" ".join(str(r.get(k) or "") for k in ("title", "text", "source", "author")))
        for s in r["spam_strings"]:
            if s not in full:
                err(f"{rid}: spam string not in page: {s[:30]}")
            if squash(s) in out:
                err(f"{rid}: spam string left in truth fields: {s[:30]}")
            my_spam.setdefault(s, rid)
        if r["hijacked"] and not r["spam_strings"] and MIRROR_MARK not in r["injections"]:
            err(f"{rid}: hijacked page carries no injection (no spam string, no copy form)")
        if not r["hijacked"] and r["spam_strings"]:
            err(f"{rid}: not hijacked but has spam strings")
        host = (urlparse(r["url"]).hostname or "").lower()
        if r["site"] != host:
            err(f"{rid}: site {r['site']} is not the url host {host}")
        if r["url"] in p_urls:
            err(f"{rid}: url reused from a compared split")
        if host in p_hosts:
            err(f"{rid}: host reused from a compared split: {host}")
        elif reg(host) in p_regs:
            err(f"{rid}: registrable domain reused from a compared split: {reg(host)}")
        forms[r.get("form", "?")] = forms.get(r.get("form", "?"), 0) + 1
        if r["hijacked"]:
            for blk in code_blocks(page):
                if shared_run(blk):
                    err(f"{rid}: a code/hidden block shares >= {RUN} chars with a compared html")
    for s in sorted(my_spam):
        for q in p_spam:
            if s == q or s in q or q in s:
                how = "equals" if s == q else "held whole by" if s in q else "holds"
                err(f"{my_spam[s]}: spam string {how} a spam string of {p_spam[q]}")
                break
for f, n in sorted(forms.items()):
    if n > 5 and not f.startswith("legit"):
        err(f"form {f}: {n} pages (> 5)")

print("compared with:", ", ".join(os.path.relpath(c, MAIN) for c in COMPARE), f"({len(docs)} html files)")
print("summary:", summary, "forms:", forms)
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
