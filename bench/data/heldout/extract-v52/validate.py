#!/usr/bin/env python3
"""Check the v52 extraction set heldout-v52-neteaseent (keeper k52x, split v52, KEEPER.md item 4; written as
pending-v52-neteaseent while v51 was held out, renamed heldout-v52-neteaseent on 2026-12-08, when v51 was spent).

Checks: truth.jsonl parses; ids are unique and match html/<id>.html one to one; url, title, text non-empty; text
lines, title, date, source and author are found on the page (whitespace-free comparison with the page's visible
text; the date as written in the byline); hijacked false; sha256 matches the page. Then, against the data the
engineers have seen: no url (scheme, www., trailing .html and slashes ignored) and no page bytes (sha256 of the
whole file) shared with any /work/data/extract/dev-* set, /work/shared/corpus or bench/data/dev of this worktree;
a warning when the opening 60 letters of a page's text occur in a compared truth text. Every folder named
'heldout*', 'pending-*' or holding 'v52' in its name is skipped wherever it sits, even when passed (held-out and
pending splits, this set's own folders; for a folder inside this worktree only its path below the worktree's root
counts, so the worktree's own name does not; passing bench/data/heldout or the set compares 0 files); the set
checked is named explicitly (default /work/data/extract/heldout-v52-neteaseent).
--rebuild MIRROR runs convert.py twice into temporary folders and compares html/ and truth.jsonl byte for byte
with each other and with the set. Standard library only.

Usage: python3 validate.py [SET] [--compare DIR ...] [--rebuild /work/.mirror/abhay123lp+newshtmlextractor/repo]
"""
import argparse
import filecmp
import glob
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SET = "/work/data/extract/heldout-v52-neteaseent"
WORKTREE = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))


def skipped(path):
    a = os.path.normpath(os.path.abspath(path))
    r = os.path.relpath(a, WORKTREE)  # inside the worktree: the parts below its root (not the worktree's name)
    parts = (a if r == ".." or r.startswith(".." + os.sep) else r).split(os.sep)
    return any("v52" in p or p.startswith("heldout") or p.startswith("pending-") for p in parts)


def default_compare():
    out = ["/work/shared/corpus", os.path.join(WORKTREE, "bench", "data", "dev")]
    out += sorted(glob.glob("/work/data/extract/dev-*"))
    return out


def norm_url(u):
    u = (u or "").strip()
    u = re.sub(r"^[a-z][a-z0-9+.-]*://", "", u, flags=re.I)
    host, _, rest = u.partition("/")
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    rest = re.sub(r"(\.s?html?)?/*$", "", rest)
    return host + "/" + rest


def squash(s):
    return re.sub(r"\s+", "", (s or "").replace("\u3000", " ").replace("\xa0", " "))


def visible(page):
    t = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    t = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", t, flags=re.I | re.S)
    t = re.sub(r"</?[A-Za-z!?][^>]*>", " ", t)
    return squash(html.unescape(t))


def walk_compare(dirs):
    for d in dirs:
        if skipped(d) or not os.path.isdir(d):
            continue
        for root, subdirs, files in os.walk(d):
            subdirs[:] = sorted(s for s in subdirs if not skipped(os.path.join(root, s)))
            for f in sorted(files):
                p = os.path.join(root, f)
                if f.endswith(".jsonl") and ("truth" in f or "gold" in f):
                    yield "truth", p
                elif f.lower().endswith((".html", ".htm")):
                    yield "html", p


def rebuild_check(mirror, set_dir, problems):
    with tempfile.TemporaryDirectory() as t:
        outs = []
        for k in ("a", "b"):
            out = os.path.join(t, "rebuild-" + k)
            subprocess.run([sys.executable, os.path.join(HERE, "convert.py"), "--mirror", mirror, "--out", out],
                           check=True, capture_output=True)
            outs.append(out)
        for other in (outs[1], set_dir):
            h0, h1 = os.path.join(outs[0], "html"), os.path.join(other, "html")
            cmp = filecmp.dircmp(h0, h1)
            if cmp.left_only or cmp.right_only or filecmp.cmpfiles(h0, h1, cmp.common_files, shallow=False)[1]:
                problems.append(f"rebuild: html/ differs from {other}")
            with open(os.path.join(outs[0], "truth.jsonl"), "rb") as f1, \
                    open(os.path.join(other, "truth.jsonl"), "rb") as f2:
                if f1.read() != f2.read():
                    problems.append(f"rebuild: truth.jsonl differs from {other}")
    return "identical" if not any(p.startswith("rebuild") for p in problems) else "DIFFERENT"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", nargs="?", default=DEFAULT_SET)
    ap.add_argument("--compare", nargs="*", default=None, help="folders to compare against")
    ap.add_argument("--rebuild", metavar="MIRROR", help="bare git dir of abhay123lp/newshtmlextractor")
    a = ap.parse_args()
    problems, warnings = [], []
    tpath = os.path.join(a.set, "truth.jsonl")
    rows = []
    with open(tpath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                problems.append(f"truth.jsonl line {i}: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    files = {f[:-5] for f in os.listdir(os.path.join(a.set, "html")) if f.endswith(".html")}
    if files != set(ids):
        problems.append(f"ids vs html files: {len(set(ids) - files)} ids without page, "
                        f"{len(files - set(ids))} pages without truth")
    own_sha, own_url, openings = {}, {}, {}
    for r in rows:
        rid = r.get("id")
        p = os.path.join(a.set, "html", f"{rid}.html")
        if not os.path.exists(p):
            continue
        data = open(p, "rb").read()
        page = data.decode("utf-8")
        vis = visible(page)
        sha = hashlib.sha256(data).hexdigest()
        if r.get("sha256") != sha:
            problems.append(f"{rid}: sha256 does not match the page")
        own_sha[sha] = rid
        for k in ("url", "title", "text"):
            if not r.get(k):
                problems.append(f"{rid}: empty {k}")
        own_url[norm_url(r.get("url"))] = rid
        if r.get("hijacked") is not False:
            problems.append(f"{rid}: hijacked is not false")
        for ln in (r.get("text") or "").split("\n"):
            if squash(ln) and squash(ln) not in vis:
                problems.append(f"{rid}: text line not on the page: {ln[:40]}")
        for k in ("title", "source", "author"):
            if r.get(k) and squash(r[k]) not in vis:
                problems.append(f"{rid}: {k} not on the page")
        if r.get("date"):
            y, m, d = r["date"].split("-")
            if not re.search(r"%s-0?%d-0?%d" % (y, int(m), int(d)), vis):
                problems.append(f"{rid}: date not on the page")
        op = squash(r.get("text"))[:60]
        if len(op) >= 30:
            openings[op] = rid
    n_truth = n_html = n_rows = 0
    dirs = a.compare if a.compare is not None else default_compare()
    for kind, p in walk_compare(dirs):
        if kind == "html":
            n_html += 1
            with open(p, "rb") as f:
                sha = hashlib.sha256(f.read()).hexdigest()
            if sha in own_sha:
                problems.append(f"{own_sha[sha]}: page bytes equal {p}")
            continue
        n_truth += 1
        with open(p, encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    t = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(t, dict):
                    continue
                n_rows += 1
                u = t.get("url")
                if isinstance(u, str) and u and norm_url(u) in own_url:
                    problems.append(f"{own_url[norm_url(u)]}: url also in {p}")
                txt = t.get("text")
                if isinstance(txt, str) and len(txt) > 30:
                    sq = squash(txt)
                    for op, rid in openings.items():
                        if op in sq:
                            warnings.append(f"{rid}: text opening also in {p} ({t.get('id')})")
    verdict = rebuild_check(a.rebuild, a.set, problems) if a.rebuild else "not run"
    for w in warnings:
        print("WARNING", w)
    for pr in problems:
        print("PROBLEM", pr)
    print(f"{a.set}: {len(rows)} rows, {len(problems)} problems, {len(warnings)} warnings; compared urls against "
          f"{n_rows} truth rows in {n_truth} truth files and pages against {n_html} html files "
          f"(skipping v52/heldout*/pending-*); rebuild {verdict}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
