# -*- coding: utf-8 -*-
"""Validate real-cases-v33/ and synthetic-v33/ (paths relative to this file).

Checks: truth.jsonl parses; required fields and types; ids unique and 1:1 with html/<id>.html; every page decodes
with its declared encoding and declares that charset; every spam string occurs in the decoded page (as shown, HTML
entities resolved) and not in the truth text; text is not empty; every hijacked page carries its injection in its
bytes (a spam string, or `injected_code` / `marker`); clean pages carry no spam strings; title/source/author, when
not null, are written on the page, and the date is written on the page in some common form; `site` is the URL host.
`--rerun` also regenerates the synthetic set into a temporary folder and compares it byte for byte.
Usage: python3 validate_v33.py [--rerun]
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ["real-cases-v33", "synthetic-v33"]
REQ = {"id": str, "url": str, "text": str, "hijacked": bool, "injections": list, "spam_strings": list,
       "legit": bool, "lang": str, "origin": str, "kind": str, "site": str, "capture": str, "encoding": str}
NULLABLE = ["title", "date", "source", "author"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date_forms(d):
    y, m, dd = d.split("-")
    mi, di = int(m), int(dd)
    forms = [d, "%s/%s/%s" % (y, m, dd), "%s年%d月%d日" % (y, mi, di), "%s年%s月%s日" % (y, m, dd),
             "%s년 %s월 %s일" % (y, m, dd), "%s.%s.%s" % (y, m, dd)]
    suf = "th" if 11 <= di <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(di % 10, "th")
    forms.append("%s %d%s, %s" % (MONTHS[mi - 1], di, suf, y))
    forms.append("%s %d, %s" % (MONTHS[mi - 1], di, y))
    return forms


def check_folder(name):
    errs = []
    d = os.path.join(HERE, name)
    rows = []
    with open(os.path.join(d, "truth.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errs.append("%s line %d: bad json: %s" % (name, n, e))
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("%s: duplicate ids" % name)
    files = sorted(x[:-5] for x in os.listdir(os.path.join(d, "html")) if x.endswith(".html"))
    if sorted(ids) != files:
        errs.append("%s: ids and html files differ: %s" % (name, sorted(set(ids) ^ set(files))))
    for r in rows:
        rid = r.get("id")
        for k, t in REQ.items():
            if not isinstance(r.get(k), t):
                errs.append("%s %s: field %s missing or not %s" % (name, rid, k, t.__name__))
        for k in NULLABLE:
            if k not in r or not (r[k] is None or isinstance(r[k], str)):
                errs.append("%s %s: field %s must be a string or null" % (name, rid, k))
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            errs.append("%s %s: bad date %r" % (name, rid, r["date"]))
        path = os.path.join(d, "html", "%s.html" % rid)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        enc = r.get("encoding", "utf-8")
        try:
            page = raw.decode(enc)
        except UnicodeDecodeError as e:
            errs.append("%s %s: does not decode as %s: %s" % (name, rid, enc, e))
            continue
        m = re.search(r'charset=["\']?([\w-]+)', page[:2000], re.I)
        if not m or m.group(1).lower() != enc.lower():
            errs.append("%s %s: declared charset %s != %s" % (name, rid, m and m.group(1), enc))
        shown = html.unescape(page)
        if not r.get("text", "").strip():
            errs.append("%s %s: empty text" % (name, rid))
        for s in r.get("spam_strings", []):
            if s not in shown:
                errs.append("%s %s: spam string not on page: %r" % (name, rid, s))
            if s in r.get("text", ""):
                errs.append("%s %s: spam string inside truth text: %r" % (name, rid, s))
        if r.get("hijacked"):
            if not r.get("injections"):
                errs.append("%s %s: hijacked without injections" % (name, rid))
            carried = bool(r.get("spam_strings"))
            for k in ("injected_code", "marker"):
                if r.get(k):
                    if r[k] in shown or r[k] in page:
                        carried = True
                    else:
                        errs.append("%s %s: %s not in page" % (name, rid, k))
            if not carried:
                errs.append("%s %s: hijacked page carries no injection in its bytes" % (name, rid))
        else:
            if r.get("spam_strings") or r.get("injections"):
                errs.append("%s %s: clean page with spam strings/injections" % (name, rid))
            if not r.get("legit") and False:
                pass
        for k in ("title", "source", "author"):
            if r.get(k) and r[k] not in shown:
                errs.append("%s %s: %s not written on page: %r" % (name, rid, k, r[k]))
        if r.get("date") and not any(f in shown for f in date_forms(r["date"])):
            errs.append("%s %s: date not written on page: %s" % (name, rid, r["date"]))
        host = (urlparse(r.get("url", "")).hostname or "").lower()
        if r.get("site") != host:
            errs.append("%s %s: site %r != url host %r" % (name, rid, r.get("site"), host))
    return rows, errs


def rerun_check():
    errs = []
    gen = os.path.join(HERE, "synthetic-generator-v33", "make_set.py")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, gen, "--out", tmp], check=True, stdout=subprocess.DEVNULL)
        ref = os.path.join(HERE, "synthetic-v33")
        for rel in ["truth.jsonl"] + ["html/" + x for x in sorted(os.listdir(os.path.join(ref, "html")))]:
            a = open(os.path.join(ref, rel), "rb").read()
            b_path = os.path.join(tmp, rel)
            if not os.path.exists(b_path) or open(b_path, "rb").read() != a:
                errs.append("rerun differs: synthetic-v33/%s" % rel)
    return errs


def main():
    allerr = []
    for name in FOLDERS:
        rows, errs = check_folder(name)
        h = sum(1 for r in rows if r.get("hijacked"))
        lg = sum(1 for r in rows if r.get("legit"))
        print("%s: %d pages, %d hijacked, %d clean, %d legit, %d errors" % (name, len(rows), h, len(rows) - h, lg, len(errs)))
        allerr += errs
    if "--rerun" in sys.argv:
        e = rerun_check()
        print("rerun: %s" % ("byte-identical" if not e else "%d files differ" % len(e)))
        allerr += e
    for e in allerr:
        print("  " + e)
    sys.exit(1 if allerr else 0)


if __name__ == "__main__":
    main()
