#!/usr/bin/env python3
"""Validate the v49 real cases (keeper k49; pending-v49/ at collection, held out in bench/data/heldout/ from
2026-12-07, when v48 was spent and moved to dev; dev since v49 was spent, 2026-12-07).

usage: python3 validate_v49.py [COMPARE_DIR ...]
  COMPARE_DIR defaults to bench/data/dev (relative to the repository root found from this file): since v49 is dev
  (2026-12-07), the older dev splits.  Every truth.jsonl and every *.html under a compared folder is read, except
  folders of v49 itself (any path part containing 'v49', wherever it sits: real-cases-v49*, synthetic-v49, ...) and
  any held-out or pending folder (heldout/, heldout-*, pending-*: v50 on, later than v49), even when passed.  With no
  COMPARE_DIR the url hosts of the /work/data/extract/dev-* sets are read too, v49's own (dev-v49-dpppress) skipped.

Checks on real-cases-v49/:
  1. truth.jsonl parses; every record has the fields the scorer reads; ids rc49-NNN are unique and match html/<id>.html
     one to one.
  2. the charset declared in each html is the record's `encoding`, and the bytes decode with it.
  3. text is non-empty; every spam string occurs in the decoded page (raw or after unescaping entities); a hijacked
     page has a spam string or is a copy (`copy-on-unrelated-host` in injections); a page not hijacked has none.
  4. title, source and author, when not null, are written on the page; date, when not null, is written on the page
     as YYYY-MM-DD or as Y年M月D日.
  5. at most 5 hijacked pages of one `form`.
  6. item 7 (no shared code): for every hijacked page, no run of 120+ characters (whitespace collapsed) of an injected
     block — <script>, <iframe>, <style>, elements hidden by style or attribute, and every spam string — also occurs in
     any html of the compared folders.
  7. no spam string equals, contains or is contained in a spam string of the compared folders' truth.jsonl files.
  8. no page's host, nor its registrable domain, is a url host (or registrable domain) of the compared folders'
     truth.jsonl files (and, when no folder is given, of /work/data/extract/dev-*/truth.jsonl where present, v49's
     own dev-v49-dpppress skipped).
  9. build.py re-run into a scratch folder gives byte-identical html/, truth.jsonl and SOURCES.md.
Exit status 1 on any error.
"""
import filecmp
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "real-cases-v49")
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
          "lang", "origin", "kind", "site", "capture", "encoding"]
SECOND = {"com", "net", "org", "edu", "gov", "ac", "co", "or", "go", "gob", "mil"}
errors = []


def err(msg):
    errors.append(msg)


def reg_domain(host):
    p = host.lower().strip(".").split(".")
    if len(p) >= 3 and (p[-2] in SECOND or (len(p[-1]) == 2 and len(p[-2]) <= 3)):
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


# v49's own folders (dev/ since v49 was spent, 2026-12-07; heldout/ before, pending-v49/ at collection) and any
# held-out or pending folder (v50 on, later than v49)
HELD = re.compile(r"^(heldout|pending)($|-)")


def own(path):
    return any("v49" in part or HELD.search(part) for part in os.path.normpath(path).split(os.sep))


def walk(dirs, suffix):
    for d in dirs:
        for base, subs, files in os.walk(d):
            subs[:] = sorted(s for s in subs if not own(os.path.join(base, s)))
            if own(base):
                continue
            for f in sorted(files):
                if f.endswith(suffix):
                    yield os.path.join(base, f)


def read_html(path):
    raw = open(path, "rb").read()
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:2048])
    cs = m.group(1).decode() if m else "utf-8"
    try:
        return raw.decode(cs)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("utf-8", "replace")


def injected_blocks(doc):
    blocks = []
    for tag in ("script", "iframe", "style"):
        blocks += re.findall(rf"<{tag}\b.*?</{tag}>", doc, re.S | re.I)
    blocks += re.findall(r"<(\w+)[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|\bhidden\b)[^>]*>.*?</\1>",
                         doc, re.S | re.I)
    return [b if isinstance(b, str) else b[0] for b in blocks]


def shared_run(block, corpus, n=120, w=60):
    """Return (file, length) of a run >= n characters of block found in a corpus text, else None."""
    if len(block) < n:
        return None
    for start in range(0, len(block) - w + 1, w):
        win = block[start:start + w]
        for path, text in corpus:
            pos = text.find(win)
            while pos != -1:
                left = 0
                while start - left - 1 >= 0 and pos - left - 1 >= 0 and block[start - left - 1] == text[pos - left - 1]:
                    left += 1
                right = w
                while start + right < len(block) and pos + right < len(text) and block[start + right] == text[pos + right]:
                    right += 1
                if left + right >= n:
                    return path, left + right
                pos = text.find(win, pos + 1)
    return None


def main(argv):
    compare = [os.path.abspath(a) for a in argv] or [os.path.join(ROOT, "bench", "data", "dev")]
    compare = [d for d in compare if os.path.isdir(d) and not own(d)]

    recs = []
    with open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as x:
                err(f"truth.jsonl line {n}: {x}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SET, "html")) if f.endswith(".html"))
    if sorted(ids) != files:
        err(f"ids and html files differ: {sorted(set(ids) ^ set(files))}")

    forms = {}
    pages = {}
    for r in recs:
        rid = r.get("id", "?")
        for k in FIELDS:
            if k not in r:
                err(f"{rid}: field {k} missing")
        if not re.fullmatch(r"rc49-\d{3}", rid):
            err(f"{rid}: id form")
        path = os.path.join(SET, "html", rid + ".html")
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        m = re.search(rb"charset=([A-Za-z0-9_-]+)", raw[:1024])
        declared = m.group(1).decode().lower() if m else None
        if declared != (r.get("encoding") or "").lower():
            err(f"{rid}: declared charset {declared} != encoding {r.get('encoding')}")
        try:
            doc = raw.decode(declared or "utf-8")
        except (LookupError, UnicodeDecodeError) as x:
            err(f"{rid}: does not decode as {declared}: {x}")
            continue
        pages[rid] = doc
        shown = html.unescape(doc)
        if not (r.get("text") or "").strip():
            err(f"{rid}: empty text")
        for s in r.get("spam_strings") or []:
            if s not in doc and s not in shown:
                err(f"{rid}: spam string not on page: {s[:40]}")
        if r.get("hijacked"):
            forms[r.get("form")] = forms.get(r.get("form"), 0) + 1
            if not r.get("spam_strings") and "copy-on-unrelated-host" not in (r.get("injections") or []):
                err(f"{rid}: hijacked without spam string and not a copy")
        elif r.get("spam_strings"):
            err(f"{rid}: not hijacked but has spam strings")
        for k in ("title", "source", "author"):
            v = r.get(k)
            if v and v not in shown:
                err(f"{rid}: {k} not on page: {v[:40]}")
        d = r.get("date")
        if d:
            y, mo, da = d.split("-")
            if d not in shown and f"{int(y)}年{int(mo)}月{int(da)}日" not in shown:
                err(f"{rid}: date {d} not on page")
    for form, n in forms.items():
        if n > 5:
            err(f"form {form}: {n} hijacked pages (> 5)")

    # compared folders: truth records and html
    other_spam, other_hosts = set(), set()
    for p in walk(compare, "truth.jsonl"):
        with open(p, encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    o = json.loads(line)
                except json.JSONDecodeError:
                    continue
                for s in o.get("spam_strings") or []:
                    if isinstance(s, str) and s:
                        other_spam.add(s)
                u = o.get("url")
                if isinstance(u, str):
                    h = urlparse(u).hostname
                    if h:
                        other_hosts.add(h.lower())
    extract = "/work/data/extract"  # the dev-* extraction sets live outside the repository (hosts only)
    if not argv and os.path.isdir(extract):
        for d in sorted(os.listdir(extract)):
            p = os.path.join(extract, d, "truth.jsonl")
            if d.startswith("dev-") and not own(d) and os.path.exists(p):  # dev-v49-dpppress is v49's own
                with open(p, encoding="utf-8", errors="replace") as f:
                    for line in f:
                        try:
                            u = json.loads(line).get("url")
                        except (json.JSONDecodeError, AttributeError):
                            continue
                        h = urlparse(u).hostname if isinstance(u, str) else None
                        if h:
                            other_hosts.add(h.lower())
    other_regs = {reg_domain(h) for h in other_hosts}
    corpus = [(p, collapse(read_html(p))) for p in walk(compare, ".html")]

    blocks_checked = 0
    for r in recs:
        rid = r["id"]
        host = (urlparse(r["url"]).hostname or "").lower()
        if host in other_hosts:
            err(f"{rid}: host {host} is in a compared split")
        elif reg_domain(host) in other_regs:
            err(f"{rid}: registrable domain {reg_domain(host)} is in a compared split")
        for s in r.get("spam_strings") or []:
            hits = [o for o in other_spam if s == o or s in o or o in s]
            if hits:
                err(f"{rid}: spam string {s[:30]} overlaps compared spam {hits[0][:30]}")
        if r.get("hijacked") and rid in pages:
            for b in injected_blocks(pages[rid]) + list(r.get("spam_strings") or []):
                b = collapse(b)
                if len(b) < 120:
                    continue
                blocks_checked += 1
                hit = shared_run(b, corpus)
                if hit:
                    err(f"{rid}: {hit[1]} characters of an injected block also in {hit[0]}")

    # build reproducibility
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(SET, "build.py"), tmp], check=True, stdout=subprocess.DEVNULL)
        for name in ("truth.jsonl", "SOURCES.md"):
            if not filecmp.cmp(os.path.join(tmp, name), os.path.join(SET, name), shallow=False):
                err(f"build.py re-run: {name} differs")
        a, b = sorted(os.listdir(os.path.join(tmp, "html"))), sorted(os.listdir(os.path.join(SET, "html")))
        if a != b:
            err("build.py re-run: html file list differs")
        else:
            for f in a:
                if not filecmp.cmp(os.path.join(tmp, "html", f), os.path.join(SET, "html", f), shallow=False):
                    err(f"build.py re-run: html/{f} differs")

    nh = sum(1 for r in recs if r.get("hijacked"))
    nl = sum(1 for r in recs if r.get("legit") and not r.get("hijacked"))
    for m in errors:
        print("ERROR", m)
    print(f"{'OK' if not errors else 'FAIL'}: {len(recs)} pages ({nh} hijacked, {nl} legit not hijacked), "
          f"{len(errors)} errors; compared with {len(corpus)} html files and {len(other_spam)} spam strings "
          f"under {', '.join(os.path.relpath(d, ROOT) for d in compare) or '(nothing)'}; "
          f"{blocks_checked} injected blocks of 120+ characters checked")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
