#!/usr/bin/env python3
"""Check a folder written by convert.py: truth parses, every id has its html (bytes equal to the git
blob named in `origin`), text is not empty, title/source/author/text passages are in the page's text.

Usage: python3 validate.py OUT_DIR [--mirror BARE_GIT_DIR]
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convert import decode, page_text, squash  # noqa: E402


def main():
    out = sys.argv[1]
    mirror = sys.argv[sys.argv.index("--mirror") + 1] if "--mirror" in sys.argv else None
    bad = 0
    rows = [json.loads(l) for l in open(os.path.join(out, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        print("duplicate ids"); bad += 1
    files = sorted(f[:-5] for f in os.listdir(os.path.join(out, "html")) if f.endswith(".html"))
    if files != sorted(ids):
        print("html files and ids differ"); bad += 1
    for r in rows:
        raw = open(os.path.join(out, "html", r["id"] + ".html"), "rb").read()
        txt = squash(page_text(decode(raw)[0]))
        probs = []
        if not (r.get("text") or "").strip():
            probs.append("empty text")
        if not r.get("title"):
            probs.append("no title")
        for k in ("title", "source", "author"):
            if r.get(k) and squash(r[k]) not in txt:
                probs.append(f"{k} not on page")
        for p in (r.get("text") or "").split("\n"):
            if squash(p) not in txt:
                probs.append("passage not on page")
        if r.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
            probs.append("bad date")
        if mirror:
            m = re.search(r"@([0-9a-f]{40}):(\S+) ", r["origin"])
            blob = subprocess.run(["git", "-C", mirror, "show", f"{m.group(1)}:{m.group(2)}"],
                                  capture_output=True, check=True).stdout
            if blob != raw:
                probs.append("html bytes differ from the git blob")
        if probs:
            bad += 1
            print(r["id"], probs)
    print(f"{len(rows)} pages, {bad} with problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
