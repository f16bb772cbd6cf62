#!/usr/bin/env python3
"""Validate the v51 extraction set `dev-v51-wxbeitong` (keeper k51x; dev-v51-wxbeitong since 2026-12-08, when v51 was
spent; heldout-v51-wxbeitong from 2026-12-07, when v50 was spent; written as pending-v51-wxbeitong).

    /usr/bin/python3 validate.py [SET] [--against FOLDER ...] [--rebuild MIRROR]

SET defaults to /work/data/extract/dev-v51-wxbeitong. Checks:
  - truth.jsonl parses; ids unique; ids and html/<id>.html match one to one; sha256 of each page as recorded;
  - every row has url, title, date (YYYY-MM-DD), text (non-empty), author (string or null), source (null);
  - the title, the author and every text line occur in the page (tags stripped, entities decoded, whitespace
    removed), and the date's day is shown in the page's publish time;
  - no row is hijacked and none carries spam strings (the set is clean pages only; KEEPER.md item 7, no shared
    injected code, therefore has nothing to check here);
  - no url of the set occurs in any truth.jsonl, and no page is byte-identical to any .html, under the
    folders compared against. Default: /work/shared/corpus,
    bench/data/dev (of the repository holding this file; every dev split, v51's own folders skipped) and every
    /work/data/extract/dev-* folder (53 since v51 was spent, dev-v51-wxbeitong among them and skipped as its own).
    Folders named heldout* or pending-* and folders whose name holds "v51" are skipped, even when passed, so the
    set never compares with itself (dev-v51-wxbeitong is its own name; the extract-v51 and other v51 folders in
    bench/data/dev are its own) and held-out sets are not read (heldout/ and heldout-v52-neteaseent hold v52
    since 2026-12-08).
With --rebuild, convert.py is re-run from the mirror into a temporary folder and html/ and truth.jsonl must be
byte-identical. Standard library only.
"""
import argparse
import glob
import hashlib
import html as htmlmod
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
DEFAULT_SET = "/work/data/extract/dev-v51-wxbeitong"
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def default_against():
    return ["/work/shared/corpus", os.path.join(REPO_ROOT, "bench", "data", "dev")] + \
        sorted(glob.glob("/work/data/extract/dev-*"))


def skipped(folder):
    name = os.path.basename(os.path.normpath(folder))
    return name.startswith("heldout") or name.startswith("pending-") or "v51" in name


def norm_url(u):
    u = (u or "").strip().lower()
    u = re.sub(r"^[a-z]+://", "", u)
    u = u.split("#", 1)[0]
    return u.rstrip("/")


def squash(s):
    return re.sub(r"\s+", "", ZERO_WIDTH.sub("", s))


def page_text(raw):
    h = raw.decode("utf-8")
    h = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", h)
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?s)<[^>]*>", "", h)
    return squash(htmlmod.unescape(h))


def page_hashes(folder):
    """sha256 of every .html file under folder (skipping held-out/pending/v51 subfolders)."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not skipped(d))
        for fn in filenames:
            if fn.endswith(".html"):
                with open(os.path.join(dirpath, fn), "rb") as f:
                    out.setdefault(hashlib.sha256(f.read()).hexdigest(), os.path.join(dirpath, fn))
    return out


def truth_urls(folder):
    """url fields of every truth.jsonl under folder (skipping held-out/pending/v51 subfolders)."""
    urls = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not skipped(d))
        if "truth.jsonl" in filenames:
            with open(os.path.join(dirpath, "truth.jsonl"), encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        u = json.loads(line).get("url")
                    except (json.JSONDecodeError, AttributeError):
                        continue
                    if u:
                        urls.setdefault(norm_url(u), dirpath)
    return urls


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", nargs="?", default=DEFAULT_SET)
    ap.add_argument("--against", nargs="*", default=None, help="folders whose truth urls must not overlap")
    ap.add_argument("--rebuild", metavar="MIRROR", help="re-run convert.py from this mirror and compare bytes")
    a = ap.parse_args()
    problems = []
    rows = []
    with open(os.path.join(a.set, "truth.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"line {n}: bad json ({e})")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    files = {f[:-5] for f in os.listdir(os.path.join(a.set, "html")) if f.endswith(".html")}
    if files != set(ids):
        problems.append(f"ids and html files differ: {len(set(ids) - files)} without page, "
                        f"{len(files - set(ids))} without truth")
    if not 25 <= len(rows) <= 151:
        problems.append(f"{len(rows)} pages, outside 25..151")
    for r in rows:
        rid = r.get("id")
        path = os.path.join(a.set, "html", f"{rid}.html")
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if r.get("sha256") and hashlib.sha256(raw).hexdigest() != r["sha256"]:
            problems.append(f"{rid}: sha256 differs")
        for k in ("url", "title", "text"):
            if not isinstance(r.get(k), str) or not r[k].strip():
                problems.append(f"{rid}: empty {k}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.get("date") or ""):
            problems.append(f"{rid}: date not YYYY-MM-DD")
        if r.get("source") is not None:
            problems.append(f"{rid}: source should be null")
        if r.get("author") is not None and not isinstance(r["author"], str):
            problems.append(f"{rid}: author neither string nor null")
        if r.get("hijacked") or r.get("spam_strings"):
            problems.append(f"{rid}: marked hijacked or with spam strings")
        body = page_text(raw)
        if squash(r.get("title") or "") not in body:
            problems.append(f"{rid}: title not in page")
        if r.get("author") and squash(r["author"]) not in body:
            problems.append(f"{rid}: author not in page")
        y, m, d = (r.get("date") or "0-0-0").split("-")
        shown = r.get("published_shown") or ""
        if f"{int(y)}年{m}月{d}日" not in squash(shown) and f"{int(y)}年{int(m)}月{int(d)}日" not in squash(shown):
            problems.append(f"{rid}: date not the shown publish day")
        elif squash(shown) not in body:
            problems.append(f"{rid}: shown publish time not in page")
        missing = [ln for ln in (r.get("text") or "").split("\n") if squash(ln) not in body]
        if missing:
            problems.append(f"{rid}: {len(missing)} text lines not in page")
    # url overlap
    against = a.against if a.against is not None else default_against()
    own = {norm_url(r.get("url")): r.get("id") for r in rows}
    if len(own) != len(rows):
        problems.append("duplicate urls in the set")
    compared = 0
    overlap = 0
    hosts = {re.sub(r"^[a-z]+://", "", (r.get("url") or "").lower()).split("/")[0] for r in rows}
    host_rows = 0
    own_pages = {r.get("sha256"): r.get("id") for r in rows}
    same_pages = 0
    for folder in against:
        if skipped(folder) or not os.path.isdir(folder):
            continue
        compared += 1
        urls = truth_urls(folder)
        for u in urls:
            if u in own:
                overlap += 1
                problems.append(f"{own[u]}: url also in {urls[u]}")
            if u.split("/")[0] in hosts:
                host_rows += 1
        for hsh, where in page_hashes(folder).items():
            if hsh in own_pages:
                same_pages += 1
                problems.append(f"{own_pages[hsh]}: page byte-identical to {where}")
    # rebuild
    if a.rebuild:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, os.path.basename(os.path.normpath(a.set)))
            subprocess.run([sys.executable, os.path.join(HERE, "convert.py"), "--mirror", a.rebuild, "--out", out],
                           check=True, capture_output=True)
            for name in ["truth.jsonl"] + [os.path.join("html", f"{i}.html") for i in sorted(ids)]:
                p1, p2 = os.path.join(a.set, name), os.path.join(out, name)
                if not os.path.exists(p2) or open(p1, "rb").read() != open(p2, "rb").read():
                    problems.append(f"rebuild differs: {name}")
            if sorted(os.listdir(os.path.join(out, "html"))) != sorted(os.listdir(os.path.join(a.set, "html"))):
                problems.append("rebuild gives another page list")
    print(f"{len(rows)} pages; compared urls with {compared} folders: {overlap} shared; "
          f"{host_rows} truth rows elsewhere on the set's host(s); {same_pages} byte-identical pages; "
          f"{len(problems)} problems")
    for p in problems:
        print("  " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
