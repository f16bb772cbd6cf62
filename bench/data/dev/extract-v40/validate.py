#!/usr/bin/env python3
"""Validate an extraction set built by convert.py: json parses, ids match html files one to one,
text is not empty, and (reported, not fatal) whether the title, each text line's words, the author
and the date can be found in the page's decoded text.  --rebuild REPO... converts twice into
temporary folders and compares every file byte for byte.

Usage: python3 validate.py OUT_DIR [--rebuild --repo R --postlight P --omnivore O [--dev-root D]]
"""
import argparse
import filecmp
import html as htmlmod
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TAG = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->|<[^>]+>", re.S | re.I)
WS = re.compile(r"\s+")


sys.path.insert(0, HERE)
from convert import decode_page, date_forms  # noqa: E402  (same decoding as the converter)


def page_text(raw):
    s = decode_page(raw)
    full = WS.sub(" ", htmlmod.unescape(s))           # includes attributes, scripts (json-ld)
    vis = WS.sub(" ", htmlmod.unescape(TAG.sub(" ", s)))
    return vis, full


def squash(s):
    return re.sub(r"[\s\u00a0\u200b]+", "", htmlmod.unescape(s or "")).lower()


def check(out):
    truth = [json.loads(l) for l in open(os.path.join(out, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [t["id"] for t in truth]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(out, "html")) if f.endswith(".html"))
    errors, notes = [], {"title_not_in_page": [], "text_line_not_visible": [], "author_not_in_page": [], "date_not_in_page": []}
    if sorted(ids) != files or len(set(ids)) != len(ids):
        errors.append("ids and html files differ")
    for t in truth:
        for k in ("id", "url", "title", "text"):
            if k not in t:
                errors.append("%s: no %s" % (t.get("id"), k))
        if not (t.get("text") or "").strip():
            errors.append("%s: empty text" % t["id"])
        raw = open(os.path.join(out, "html", t["id"] + ".html"), "rb").read()
        vis, full = page_text(raw)
        sv, sf = squash(vis), squash(full)
        if t.get("title") and squash(t["title"]) not in sf:
            notes["title_not_in_page"].append(t["id"])
        for line in (t.get("text") or "").split("\n"):
            if squash(line) and squash(line) not in sv:
                notes["text_line_not_visible"].append(t["id"])
                break
        if t.get("author") and squash(t["author"]) not in sf:
            notes["author_not_in_page"].append(t["id"])
        if t.get("date"):
            import datetime
            if not any(f in full.lower() for f in date_forms(datetime.date.fromisoformat(t["date"]))):
                notes["date_not_in_page"].append(t["id"])
    return len(truth), errors, notes


def rebuild_same(args, out):
    outs = []
    for _ in range(2):
        d = tempfile.mkdtemp(prefix="k40x-")
        cmd = [sys.executable, os.path.join(HERE, "convert.py"), "--repo", args.repo, "--postlight", args.postlight,
               "--omnivore", args.omnivore, "--out", d]
        if args.dev_root:
            cmd += ["--dev-root", args.dev_root]
        for x in args.exclude:
            cmd += ["--exclude", x]
        if args.new_hosts_only:
            cmd.append("--new-hosts-only")
        if args.prefix:
            cmd += ["--prefix", args.prefix]
        subprocess.run(cmd, check=True, capture_output=True)
        outs.append(d)
    same = True
    for a, b in ((outs[0], outs[1]), (outs[0], out)):
        for rel in ["truth.jsonl", "convert-log.json"] + ["html/" + f for f in sorted(os.listdir(os.path.join(a, "html")))]:
            if not filecmp.cmp(os.path.join(a, rel), os.path.join(b, rel), shallow=False):
                print("differs:", rel, b)
                same = False
    return same


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--repo")
    ap.add_argument("--postlight")
    ap.add_argument("--omnivore")
    ap.add_argument("--dev-root")
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--new-hosts-only", action="store_true")
    ap.add_argument("--prefix")
    a = ap.parse_args()
    n, errors, notes = check(a.out)
    print("pages", n, "errors", len(errors))
    for e in errors:
        print("ERROR", e)
    for k, v in notes.items():
        print(k, len(v), " ".join(v))
    if a.rebuild:
        print("byte-identical rebuild:", rebuild_same(a, a.out))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
