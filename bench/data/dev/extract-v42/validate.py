#!/usr/bin/env python3
"""Check the v42 extraction set: files, fields, and that every truth field is written on its page.

usage: validate.py SETDIR [--used DIR ...]   (--used: folders whose html/ pages and truth urls must not overlap)
Checks: truth.jsonl parses; ids are unique and match html/<id>.html; text is not empty; title, author and source
occur in the page's visible text (NFKC, whitespace removed); the date occurs on the page in one of its usual
Japanese forms (or as an ISO timestamp in the page's metadata); no page bytes and no url also occur in --used.
v42 is dev itself since it was spent (2026-12-07): under --used only older dev data is read -- v42's own folders
(dev-v42-*, real-cases-v42*, synthetic-v42, ...) and any held-out or pending folder (heldout/, heldout-*, pending-*:
v43 on, later than v42) are skipped, so the set is not compared with itself or with a later split.
"""
import hashlib
import json
import os
import re
import sys
import unicodedata

from lxml import html as LH

# v42's own folders and any later (held-out or pending) split: no older dev data (2026-12-07, v42 spent)
NOT_OLDER = re.compile(r"^(heldout|pending)($|-)|-v42[a-z]?($|-)")


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def main():
    args = sys.argv[1:]
    setdir = args[0]
    used = args[args.index("--used") + 1:] if "--used" in args else []
    rows = [json.loads(l) for l in open(os.path.join(setdir, "truth.jsonl"), encoding="utf-8") if l.strip()]
    bad = 0
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        print("duplicate ids"); bad += 1
    htmls = {f[:-5] for f in os.listdir(os.path.join(setdir, "html"))}
    if htmls != set(ids):
        print("ids/html mismatch", sorted(htmls ^ set(ids))); bad += 1
    hashes = {}
    for r in rows:
        raw = open(os.path.join(setdir, "html", r["id"] + ".html"), "rb").read()
        hashes[hashlib.sha1(raw).hexdigest()] = r["id"]
        doc = LH.document_fromstring(raw, parser=LH.HTMLParser(encoding="utf-8"))
        for e in doc.xpath("//script|//style|//noscript"):
            e.drop_tree()
        vis = squash(doc.text_content())
        allraw = squash(raw.decode("utf-8", "replace"))
        if not r["text"].strip():
            print(r["id"], "empty text"); bad += 1
        for k in ("title", "author", "source"):
            v = r.get(k)
            if v and squash(v) not in vis and squash(v) not in allraw:
                print(r["id"], k, "not on page:", v); bad += 1
        for ln in r["text"].split("\n"):
            if squash(ln) and squash(ln)[:40] not in vis:
                print(r["id"], "text line not on page:", ln[:40]); bad += 1
        if r.get("date"):
            y, m, d = r["date"].split("-")
            forms = ["%s-%s-%s" % (y, m, d), "%s/%s/%s" % (y, m, d), "%s年%d月%d日" % (y, int(m), int(d)),
                     "%s/%d/%d" % (y, int(m), int(d)), "%d/%d(" % (int(m), int(d))]
            if not any(squash(f) in allraw for f in forms):
                print(r["id"], "date not on page:", r["date"]); bad += 1
    urls = {r["url"] for r in rows if r.get("url")}
    for u in used:
        if NOT_OLDER.search(os.path.basename(os.path.normpath(u))):
            continue
        for root, dirs, files in os.walk(u):
            dirs[:] = sorted(d for d in dirs if not NOT_OLDER.search(d))
            for f in files:
                p = os.path.join(root, f)
                if f.endswith(".html") or f.endswith(".htm"):
                    h = hashlib.sha1(open(p, "rb").read()).hexdigest()
                    if h in hashes:
                        print("page also in", p, hashes[h]); bad += 1
                elif f == "truth.jsonl":
                    for l in open(p, encoding="utf-8", errors="replace"):
                        try:
                            x = json.loads(l)
                        except ValueError:
                            continue
                        if x.get("url") in urls:
                            print("url also in", p, x.get("url")); bad += 1
    print("%d pages, %d problems" % (len(rows), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
