#!/usr/bin/env python3
"""Validate the v51 real cases (keeper k51): bench/data/dev/real-cases-v51/ (dev since 2026-12-08, when v51 was spent;
held out in bench/data/heldout/ from 2026-12-07, when v50 was spent and moved to dev; pending-v51/ at collection).

Usage: python3 validate_v51.py [COMPARE_DIR ...]     (default: bench/data/dev, every dev split but v51's own folders)

Checks on real-cases-v51:
  * truth.jsonl parses; required fields present and typed; ids rc51-NNN unique; ids <-> html/<id>.html one to one;
  * the html declares the charset named in `encoding` and decodes with it;
  * `text` is not empty and every text paragraph is written on the page (as decoded and unescaped);
  * every spam string occurs on the page as decoded; title, source and author (when set) are written on the page,
    and so is the date (as YYYY-MM-DD, YYYY年M月D日, 'Month D, YYYY' or YYYY年MM月DD日);
  * a hijacked page carries its injection: a spam string on the page, or (for copies with no injected string)
    an `injections` entry naming the copy ('mirror', 'spun-copy', 'parasite-subdomain');
  * at most 5 hijacked pages per `form`;
  * item 7: no run of 120+ consecutive characters (whitespace collapsed) of an injected block of a hijacked page
    (the injected keyword line, any <script>, <iframe>, <style> inside <body>, or element hidden by style) occurs
    in any html of the compared folders;
  * no spam string equals, contains or is contained in a spam string of the compared folders' truth.jsonl;
  * no url host (nor its registrable domain) is a url host of the compared folders' truth.jsonl;
  * build.py re-run into a scratch folder is byte-identical (html, truth.jsonl, SOURCES.md).
Compared folders: the arguments (default bench/data/dev, every dev split; v51's own folders and files beside them in
dev/ skipped). Any path containing 'v51' (this split's own folders and files) and any 'heldout/', 'heldout-*' or
'pending-*' folder (v52 on, later than v51) is skipped, even when passed (passing bench/data/heldout compares 0 files).
"""
import glob
import html as htmlmod
import json
import os
import re
import subprocess
import sys
import tempfile
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
RC = os.path.join(HERE, "real-cases-v51")
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
REQ = {"id": str, "url": str, "text": str, "hijacked": bool, "injections": list, "spam_strings": list,
       "legit": bool, "lang": str, "origin": str, "kind": str, "site": str, "capture": str, "encoding": str}
OPT = ("title", "date", "source", "author")
COPY_FORMS = {"mirror", "spun-copy", "parasite-subdomain"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WS = re.compile(r"\s+")
TAG = re.compile(r"<[^>]+>")
errors = []


def err(msg):
    errors.append(msg)


def skipped(path):
    p = os.path.abspath(path).replace(os.sep, "/")
    parts = p.split("/")
    return ("v51" in p or "heldout" in parts or any(x.startswith("heldout-") or x.startswith("pending-") for x in parts))


def decode_any(b):
    for enc in ("utf-8", "gb18030", "big5", "euc-kr", "tis-620"):
        try:
            return b.decode(enc)
        except (UnicodeDecodeError, LookupError):
            pass
    return b.decode("latin-1")


def page_text(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = TAG.sub(" ", s)
    return WS.sub(" ", htmlmod.unescape(s))


def squash(s):
    return WS.sub(" ", s).strip()


def reg(host):
    p = host.split(".")
    if len(p) >= 3 and p[-2] in ("com", "net", "org", "gov", "edu", "co", "ac", "go", "or"):
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def date_forms(d):
    y, m, dd = d.split("-")
    return [d, "%s年%d月%d日" % (y, int(m), int(dd)), "%s年%s月%s日" % (y, m, dd),
            "%s %d, %s" % (MONTHS[int(m) - 1], int(dd), y), "%s/%s/%s" % (y, m, dd)]


def injected_blocks(raw):
    """Injected blocks of a hijacked page: keyword lines, scripts, iframes, body styles, hidden elements."""
    out = []
    body = raw.split("<body", 1)[-1]
    for m in re.finditer(r'(?is)<div class="(?:kwbar|adtxt|kwtop|sexline)">.*?</div>', body):
        out.append(m.group(0))
    for m in re.finditer(r"(?is)<(script|iframe|style)\b.*?</\1>", body):
        out.append(m.group(0))
    for m in re.finditer(r'(?is)<(\w+)[^>]*style="[^"]*(?:display:\s*none|visibility:\s*hidden)[^"]*"[^>]*>.*?</\1>', body):
        out.append(m.group(0))
    return [squash(b) for b in out]


def main(argv):
    compare = argv or [os.path.join(ROOT, "bench", "data", "dev")]
    compare = [c for c in compare if not skipped(c)]
    with open(os.path.join(RC, "truth.jsonl"), encoding="utf-8") as f:
        rows = []
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err("truth.jsonl line %d: %s" % (i, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    files = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(RC, "html", "*.html"))}
    if files != set(ids):
        err("ids vs html files differ: %s" % sorted(files ^ set(ids)))
    forms = {}
    pages = {}
    for r in rows:
        rid = r.get("id", "?")
        if not re.fullmatch(r"rc51-\d{3}", rid):
            err("%s: bad id" % rid)
        for k, t in REQ.items():
            if not isinstance(r.get(k), t):
                err("%s: field %s missing or not %s" % (rid, k, t.__name__))
        for k in OPT:
            if k not in r or not (r[k] is None or isinstance(r[k], str)):
                err("%s: field %s missing or not str/null" % (rid, k))
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err("%s: date not YYYY-MM-DD" % rid)
        path = os.path.join(RC, "html", rid + ".html")
        if not os.path.exists(path):
            continue
        raw_b = open(path, "rb").read()
        enc = r.get("encoding", "")
        m = re.search(rb'<meta charset="([^"]+)"', raw_b)
        if not m or m.group(1).decode().lower() != enc.lower():
            err("%s: declared charset %s != encoding %s" % (rid, m and m.group(1), enc))
        try:
            raw = raw_b.decode(enc)
        except (UnicodeDecodeError, LookupError) as e:
            err("%s: does not decode as %s: %s" % (rid, enc, e))
            continue
        pages[rid] = raw
        shown = page_text(raw)
        if not r.get("text", "").strip():
            err("%s: empty text" % rid)
        for para in r.get("text", "").split("\n"):
            if squash(para) and squash(para) not in shown:
                err("%s: text paragraph not on page: %.40s" % (rid, para))
        for s in r.get("spam_strings", []):
            if squash(s) not in shown:
                err("%s: spam string not on page: %.40s" % (rid, s))
        for k in ("title", "source", "author"):
            if r.get(k) and squash(r[k]) not in shown:
                err("%s: %s not on page" % (rid, k))
        if r.get("date") and not any(x in shown for x in date_forms(r["date"])):
            err("%s: date not on page" % rid)
        if r.get("hijacked"):
            forms[r.get("form")] = forms.get(r.get("form"), 0) + 1
            if not r.get("spam_strings") and not (set(r.get("injections", [])) & COPY_FORMS):
                err("%s: hijacked without a spam string or a copy form" % rid)
        elif r.get("spam_strings"):
            err("%s: not hijacked but has spam strings" % rid)
    for f, n in forms.items():
        if n > 5:
            err("form %s: %d hijacked pages (max 5)" % (f, n))

    # compared folders
    dev_hosts, dev_spam, dev_html = set(), set(), []
    for c in compare:
        for tp in glob.glob(os.path.join(c, "**", "truth.jsonl"), recursive=True):
            if skipped(tp):
                continue
            for line in open(tp, encoding="utf-8", errors="replace"):
                try:
                    t = json.loads(line)
                except (json.JSONDecodeError, ValueError):
                    continue
                h = (urlparse(t.get("url") or "").hostname or "").lower()
                if h:
                    dev_hosts.add(h)
                for s in t.get("spam_strings") or []:
                    if isinstance(s, str) and s:
                        dev_spam.add(s)
        for hp in glob.glob(os.path.join(c, "**", "*.html"), recursive=True) + \
                glob.glob(os.path.join(c, "**", "*.htm"), recursive=True):
            if not skipped(hp):
                dev_html.append(hp)
    dev_regs = {reg(h) for h in dev_hosts}
    for r in rows:
        h = (urlparse(r["url"]).hostname or "").lower()
        if h in dev_hosts:
            err("%s: host %s in compared truth" % (r["id"], h))
        elif reg(h) in dev_regs:
            err("%s: registrable domain of %s in compared truth" % (r["id"], h))
        for s in r.get("spam_strings", []):
            hits = [d for d in dev_spam if d == s or d in s or s in d]
            if hits:
                err("%s: spam string overlaps compared spam %r" % (r["id"], hits[:3]))
    # item 7
    blocks = []
    for r in rows:
        if r.get("hijacked") and r["id"] in pages:
            for b in injected_blocks(pages[r["id"]]):
                if len(b) >= 120:
                    blocks.append((r["id"], b))
    checked = 0
    for hp in dev_html:
        txt = squash(decode_any(open(hp, "rb").read()))
        checked += 1
        for rid, b in blocks:
            for start in range(0, len(b) - 59, 60):
                chunk = b[start:start + 60]
                pos = txt.find(chunk)
                while pos >= 0:
                    # extend the common run both ways
                    i, j = start, pos
                    while i > 0 and j > 0 and b[i - 1] == txt[j - 1]:
                        i -= 1
                        j -= 1
                    k, l2 = start + 60, pos + 60
                    while k < len(b) and l2 < len(txt) and b[k] == txt[l2]:
                        k += 1
                        l2 += 1
                    if k - i >= 120:
                        err("%s: injected run of %d chars also in %s" % (rid, k - i, os.path.relpath(hp, ROOT)))
                        break
                    pos = txt.find(chunk, pos + 1)
    # byte-identical rebuild
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(RC, "build.py"), tmp], check=True, stdout=subprocess.DEVNULL)
        for rel in ["truth.jsonl", "SOURCES.md"] + ["html/%s.html" % i for i in ids]:
            a, b = os.path.join(RC, rel), os.path.join(tmp, rel)
            if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                err("rebuild differs: %s" % rel)
    hij = sum(1 for r in rows if r.get("hijacked"))
    leg = sum(1 for r in rows if r.get("legit"))
    print("real-cases-v51: %d pages (%d hijacked, %d legit in all); compared: %s; %d html files, %d spam strings, "
          "%d url hosts; %d injected blocks of 120+ chars checked" % (
              len(rows), hij, leg, ", ".join(os.path.relpath(c, ROOT) for c in compare) or "(none)", checked,
              len(dev_spam), len(dev_hosts), len(blocks)))
    for e in errors:
        print("FAIL", e)
    print("%d failures" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
