#!/usr/bin/env python3
"""Checks the v16 folders: truth.jsonl parses, ids match html files, fields are present and typed,
pages decode with their declared encoding, every spam string and every evidence string occurs in
the decoded page, no spam string occurs in the truth's title/text/source/author, hijacked pages
carry their injection (spam string or evidence), texts are non-empty and mostly found in the page.
Usage: python3 validate_v16.py [folder ...]   (default: real-cases-v16 and synthetic-v16 next to it)"""
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections",
          "spam_strings", "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
ZW = re.compile(r"[\u200b-\u200f\u2060\ufeff\s]")
TAG = re.compile(r"<[^>]+>")


def squash(s):
    return ZW.sub("", unicodedata.normalize("NFKC", s or "")).lower()


def check(folder):
    errs, warn = [], []
    truth = os.path.join(folder, "truth.jsonl")
    rows = []
    with open(truth, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as ex:
                    errs.append(f"line {i}: {ex}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    files = {os.path.splitext(n)[0] for n in os.listdir(os.path.join(folder, "html")) if n.endswith(".html")}
    if files != set(ids):
        errs.append(f"ids/html mismatch: {sorted(files ^ set(ids))[:5]}")
    for r in rows:
        rid = r.get("id")
        for k in FIELDS:
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if not (r.get("text") or "").strip():
            errs.append(f"{rid}: empty text")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
            errs.append(f"{rid}: bad date {r['date']}")
        if r.get("hijacked") and r.get("legit"):
            errs.append(f"{rid}: hijacked and legit")
        path = os.path.join(folder, "html", f"{rid}.html")
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        enc = r.get("encoding") or "utf-8"
        try:
            doc = raw.decode(enc)
        except (UnicodeDecodeError, LookupError) as ex:
            errs.append(f"{rid}: does not decode as {enc}: {ex}")
            continue
        m = re.search(r"charset=[\"']?([\w-]+)", doc[:2000], re.I)
        if not m or m.group(1).lower() != enc.lower():
            errs.append(f"{rid}: declared charset {m.group(1) if m else None} != {enc}")
        shown = html.unescape(doc)
        for s in r.get("spam_strings") or []:
            if s not in doc and s not in shown:
                errs.append(f"{rid}: spam string not in page: {s[:30]!r}")
        for s in r.get("evidence") or []:
            if s not in doc and s not in shown:
                errs.append(f"{rid}: evidence not in page: {s[:30]!r}")
        if r.get("hijacked") and not (r.get("spam_strings") or r.get("evidence")):
            errs.append(f"{rid}: hijacked page without spam string or evidence")
        out = squash(" ".join(str(r.get(k) or "") for k in ("title", "text", "source", "author")))
        for s in r.get("spam_strings") or []:
            if squash(s) in out:
                errs.append(f"{rid}: spam string inside the truth: {s[:30]!r}")
        plain = html.unescape(TAG.sub("\n", doc))
        paras = [p for p in r["text"].split("\n") if p.strip()]
        found = sum(1 for p in paras if p in plain)
        if paras and found / len(paras) < 0.5:
            warn.append(f"{rid}: only {found}/{len(paras)} text paragraphs found verbatim in the page")
        if r.get("title") and r["title"] not in plain and html.escape(r["title"], quote=False) not in doc:
            warn.append(f"{rid}: truth title not shown verbatim")
    return rows, errs, warn


def main():
    folders = sys.argv[1:] or [os.path.join(HERE, "real-cases-v16"), os.path.join(HERE, "synthetic-v16")]
    bad = 0
    for folder in folders:
        if not os.path.isdir(folder):
            print(f"{folder}: absent")
            continue
        rows, errs, warn = check(folder)
        h = sum(1 for r in rows if r.get("hijacked"))
        lg = sum(1 for r in rows if r.get("legit"))
        print(f"{os.path.basename(folder)}: {len(rows)} pages, {h} hijacked, {lg} legit, {len(errs)} errors, {len(warn)} warnings")
        for x in errs:
            print("  ERROR", x)
        for x in warn:
            print("  warn ", x)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
