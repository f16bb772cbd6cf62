# -*- coding: utf-8 -*-
"""Validate a v8 held-out folder: python3 validate_v8.py FOLDER [FOLDER...]
json parses; ids match html files; spam strings occur in the decoded html (after unescaping entities)
and not in truth title/text/source/author; text non-empty; required keys present."""
import html as H
import json
import os
import re
import sys

KEYS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
        "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
ZW = re.compile(r"[\u200b-\u200f\u2060\ufeff\s]")


def sq(s):
    return ZW.sub("", s or "").lower()


def check(folder):
    bad = 0
    rows = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = {f[:-5] for f in os.listdir(os.path.join(folder, "html")) if f.endswith(".html")}
    ids = [r["id"] for r in rows]
    if set(ids) != files or len(ids) != len(set(ids)):
        print("id/file mismatch", sorted(set(ids) ^ files)); bad += 1
    for r in rows:
        miss = [k for k in KEYS if k not in r]
        if miss:
            print(r["id"], "missing keys", miss); bad += 1
        raw = open(os.path.join(folder, "html", r["id"] + ".html"), "rb").read()
        doc = H.unescape(raw.decode(r.get("encoding") or "utf-8"))
        if not (r.get("text") or "").strip():
            print(r["id"], "empty text"); bad += 1
        if r.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
            print(r["id"], "bad date", r["date"]); bad += 1
        out = sq(" ".join(str(r.get(k) or "") for k in ("title", "text", "source", "author")))
        for s in r.get("spam_strings") or []:
            if s not in doc:
                print(r["id"], "spam string not in html:", s[:40]); bad += 1
            if sq(s) in out:
                print(r["id"], "spam string in truth:", s[:40]); bad += 1
        if r.get("hijacked") and not r.get("spam_strings"):
            print(r["id"], "hijacked without spam strings")
        if r.get("legit") and r.get("hijacked"):
            print(r["id"], "legit and hijacked")
        # truth text lines should be visible in the html (after tag stripping)
        vis = sq(re.sub(r"<[^>]+>", "", doc))
        for line in (r.get("text") or "").split("\n")[:3]:
            frag = sq(line)[:30]
            if frag and frag not in vis:
                print(r["id"], "text line not visible in html:", line[:30])
    print(folder, len(rows), "pages,", bad, "problems")
    return bad


if __name__ == "__main__":
    sys.exit(1 if sum(check(f) for f in sys.argv[1:]) else 0)
