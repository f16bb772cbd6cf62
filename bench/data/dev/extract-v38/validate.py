#!/usr/bin/env python3
"""Check an extraction set written by convert.py: truth parses, ids match html files, text not empty,
titles and (most) text lines occur in the page as decoded, no url host+path is in an older dev-* truth (v38's own
dev-v38-* sets skipped: v38 is dev itself since it was spent, 2026-12-06), no duplicate url. Usage: python validate.py SET_DIR [--dev-extract /work/data/extract]"""
import html as H
import json
import os
import re
import sys
from urllib.parse import urlsplit, unquote


def squash(s):
    return re.sub(r"\s+", "", s or "")


def hostpath(url):
    u = urlsplit(url)
    h = (u.hostname or "").lower()
    h = h[4:] if h.startswith("www.") else h
    return h + unquote(u.path).rstrip("/")


def main():
    d = sys.argv[1]
    dev_root = sys.argv[sys.argv.index("--dev-extract") + 1] if "--dev-extract" in sys.argv else "/work/data/extract"
    seen = set()
    for name in os.listdir(dev_root):
        f = os.path.join(dev_root, name, "truth.jsonl")
        if name.startswith("dev-") and not name.startswith("dev-v38-") and os.path.exists(f):
            for line in open(f, encoding="utf-8"):
                if line.strip():
                    u = json.loads(line).get("url")
                    if u:
                        seen.add(hostpath(u))
    truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = set(f[:-5] for f in os.listdir(os.path.join(d, "html")) if f.endswith(".html"))
    ids = [t["id"] for t in truth]
    errs = []
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    if set(ids) != files:
        errs.append("ids/html mismatch: %s" % sorted(set(ids) ^ files))
    urls = [t["url"] for t in truth if t.get("url")]
    if len(urls) != len(set(urls)):
        errs.append("duplicate urls")
    need = ("id", "url", "title", "date", "source", "author", "text", "hijacked", "injections",
            "spam_strings", "legit", "lang")
    lines_total = lines_found = 0
    for t in truth:
        for k in need:
            if k not in t:
                errs.append("%s: missing %s" % (t["id"], k))
        if not (t.get("text") or "").strip():
            errs.append("%s: empty text" % t["id"])
        if t.get("url") and hostpath(t["url"]) in seen:
            errs.append("%s: url in a dev set" % t["id"])
        if t.get("date") and not re.match(r"^\d{4}-\d{2}-\d{2}$", t["date"]):
            errs.append("%s: bad date" % t["id"])
        raw = open(os.path.join(d, "html", t["id"] + ".html"), "rb").read()
        dec = raw.decode(t.get("encoding") or "utf-8", errors="replace")
        page = squash(H.unescape(dec))
        bare = squash(H.unescape(re.sub(r"<[^>]+>", "", re.sub(r"(?is)<(script|style)\b.*?</\1>", "", dec))))
        if t.get("title") and squash(t["title"]) not in page and squash(t["title"]) not in bare:
            errs.append("%s: title not in page" % t["id"])
        for line in t["text"].split("\n"):
            lines_total += 1
            lines_found += (squash(line) in page) or (squash(line) in bare)
    print("pages", len(truth), "text lines found in page %d/%d" % (lines_found, lines_total))
    for e in errs:
        print("ERROR", e)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
