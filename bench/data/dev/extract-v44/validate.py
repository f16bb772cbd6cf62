#!/usr/bin/env python3
"""Validate the v44 extraction set `rucnews` (stdlib only; never runs newsvault).

    python3 validate.py [--set /work/data/extract/dev-v44-rucnews]
                        [--compare bench/data/dev ...]        # item 7 (no shared code)
                        [--used DIR ...]                       # url / page-byte overlap
                        [--rebuild /work/.mirror/ShermanHou+Search_Engine/repo]

Checks: every truth line parses and has the fields; ids match html/<id>.html one to
one; text, title, date and source are non-empty where required and occur in the
page's visible text (whitespace ignored); sha256 matches the stored bytes; no url
and no page bytes shared with the used sets (/work/shared/corpus/*, bench/data/dev/*,
/work/data/extract/dev-*: 46 sets since v44 was spent, 2026-12-07, dev-v44-rucnews, the
set itself, among them); for every page labelled hijacked (none here), no run of 120+
characters (whitespace collapsed) of an injected script/iframe/style/hidden block occurs
in any html under the --compare folders (default bench/data/dev).
v44 is dev itself since it was spent (2026-12-07): under --used and --compare only older
dev data is read -- v44's own folders (dev-v44-*, real-cases-v44*, synthetic-v44,
extract-v44, ...) and any held-out or pending folder (heldout/, heldout-*, pending-*: v45
on, later than v44) are skipped, so the set is not compared with itself or a later split;
--rebuild re-runs convert.py into a temporary folder and requires identical bytes.
Exit status 1 on any problem.
"""
import argparse
import filecmp
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
from convert import to_lines  # noqa: E402  (same line rules as the truth)

FIELDS = ("id", "url", "title", "date", "source", "author", "text", "hijacked", "injections",
          "spam_strings", "legit", "lang", "site", "kind", "capture", "encoding", "origin", "sha256")
DEFAULT_USED = ["/work/shared/corpus/*", os.path.join(REPO, "bench/data/dev/*"), "/work/data/extract/dev-*"]
# v44's own folders and any later (held-out or pending) split: no older dev data (2026-12-07, v44 spent)
NOT_OLDER = re.compile(r"^(heldout|pending)($|-)|-v44[a-z]?($|-)")


def older(path):
    """True when no folder of path (the file's own name aside) is v44's own or a held-out/pending one."""
    parts = os.path.normpath(os.path.abspath(path)).split(os.sep)
    return not any(NOT_OLDER.search(p) for p in parts[:-1] if p)


def squash(s):
    return re.sub(r"\s+", "", s or "")


def folders(patterns, own):
    out = []
    for pat in patterns:
        for d in sorted(glob.glob(pat)):
            if not os.path.isdir(d) or not older(os.path.join(d, "x")):
                continue
            if os.path.realpath(d) in own:
                continue
            out.append(d)
    return out


def injected_blocks(doc):
    pats = [r"<script\b.*?</script>", r"<iframe\b.*?</iframe>", r"<style\b.*?</style>",
            r"<(div|span|p|a)\b[^>]*(display\s*:\s*none|visibility\s*:\s*hidden)[^>]*>.*?</\1>"]
    for p in pats:
        for m in re.finditer(p, doc, re.S | re.I):
            yield re.sub(r"\s+", " ", m.group(0)).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="/work/data/extract/dev-v44-rucnews")
    ap.add_argument("--compare", nargs="*", default=[os.path.join(REPO, "bench/data/dev")],
                    help="folders whose html the injected blocks of hijacked pages must not share")
    ap.add_argument("--used", nargs="*", default=DEFAULT_USED,
                    help="glob patterns of used sets (folders with truth.jsonl and html/)")
    ap.add_argument("--rebuild", help="mirror of ShermanHou/Search_Engine: re-run convert.py and compare bytes")
    args = ap.parse_args()
    sd = args.set
    own = {os.path.realpath(sd), os.path.realpath(HERE)}
    problems = []

    rows = []
    with open(os.path.join(sd, "truth.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                problems.append("truth line %d: %s" % (n, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    files = {f[:-5] for f in os.listdir(os.path.join(sd, "html")) if f.endswith(".html")}
    if files != set(ids):
        problems.append("ids/html mismatch: %s" % sorted(files ^ set(ids))[:5])
    if not os.path.exists(os.path.join(sd, "SOURCE.txt")):
        problems.append("no SOURCE.txt")

    for r in rows:
        pid = r.get("id")
        for f in FIELDS:
            if f not in r:
                problems.append("%s: no field %s" % (pid, f))
        path = os.path.join(sd, "html", "%s.html" % pid)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if hashlib.sha256(raw).hexdigest() != r.get("sha256"):
            problems.append("%s: sha256 differs" % pid)
        doc = raw.decode(r.get("encoding") or "utf-8", "replace")
        visible = squash("".join(to_lines(doc)))
        if not (r.get("text") or "").strip():
            problems.append("%s: empty text" % pid)
        for ln in (r.get("text") or "").split("\n"):
            if squash(ln) not in visible:
                problems.append("%s: text line not on page" % pid)
        for k in ("title", "source", "author"):
            if r.get(k) and squash(r[k]) not in visible:
                problems.append("%s: %s not on page" % (pid, k))
        if not r.get("title"):
            problems.append("%s: no title" % pid)
        if r.get("date"):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) or r["date"] not in doc:
                problems.append("%s: date bad or not on page" % pid)
        if not r.get("url") or not r["url"].startswith("http"):
            problems.append("%s: bad url" % pid)
        if r.get("hijacked"):
            for s in r.get("spam_strings") or []:
                if s not in doc:
                    problems.append("%s: spam string not in page bytes" % pid)

    # url and page-byte overlap with used sets
    urls = {r.get("url") for r in rows}
    byurl = {r.get("url"): r.get("id") for r in rows}
    shas = {r.get("sha256") for r in rows}
    used = folders(args.used, own)
    n_used_pages = 0
    for d in used:
        tj = os.path.join(d, "truth.jsonl")
        if os.path.exists(tj):
            for line in open(tj, encoding="utf-8", errors="replace"):
                try:
                    u = json.loads(line).get("url")
                except ValueError:
                    continue
                if u and u in urls:
                    problems.append("%s: url shared with %s" % (byurl[u], d))
        for h in glob.glob(os.path.join(d, "html", "*.html")):
            n_used_pages += 1
            if hashlib.sha256(open(h, "rb").read()).hexdigest() in shas:
                problems.append("page bytes shared with %s" % h)  # a used (dev) page's path

    # item 7: no shared injected code (only pages labelled hijacked)
    hij = [r for r in rows if r.get("hijacked")]
    if hij:
        corpus = []
        for base in args.compare:
            for h in glob.glob(os.path.join(base, "**", "*.html"), recursive=True):
                if any(os.path.realpath(h).startswith(o + os.sep) for o in own) or not older(h):
                    continue
                corpus.append(re.sub(r"\s+", " ", open(h, encoding="utf-8", errors="replace").read()))
        big = "\n".join(corpus)
        for r in hij:
            doc = open(os.path.join(sd, "html", r["id"] + ".html"), encoding="utf-8", errors="replace").read()
            for blk in injected_blocks(doc):
                for i in range(0, max(1, len(blk) - 119), 40):
                    if len(blk) >= 120 and blk[i:i + 120] in big:
                        problems.append("%s: injected block shares 120 chars with --compare html" % r["id"])
                        break

    if args.rebuild:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, os.path.basename(os.path.normpath(sd)))
            subprocess.run([sys.executable, os.path.join(HERE, "convert.py"), "--mirror", args.rebuild,
                            "--out", out], check=True, stdout=subprocess.DEVNULL)
            cmp = filecmp.dircmp(sd, out)
            stack = [cmp]
            while stack:
                c = stack.pop()
                if c.left_only or c.right_only or c.diff_files:
                    problems.append("rebuild differs: %s %s %s" % (c.left_only, c.right_only, c.diff_files))
                for f in c.common_files:
                    if not filecmp.cmp(os.path.join(c.left, f), os.path.join(c.right, f), shallow=False):
                        problems.append("rebuild differs: %s" % f)
                stack.extend(c.subdirs.values())

    print("%d pages, %d hijacked; compared with %d used folders (%d html); %d problems" % (
        len(rows), len(hij), len(used), n_used_pages, len(problems)))
    for p in problems[:50]:
        print("  " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
