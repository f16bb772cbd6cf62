#!/usr/bin/env python3
"""Validate the v50 extraction set `dev-v50-cctwblog` (keeper k50x; dev-v50-cctwblog since v50 was spent, 2026-12-07;
written as pending-v50-cctwblog, held out as heldout-v50-cctwblog from 2026-12-07, when v49 was spent).

    /usr/bin/python3 validate.py [SET] [--compare DIR ...] [--rebuild MIRROR]

SET defaults to /work/data/extract/dev-v50-cctwblog. Checks:
- truth.jsonl parses; ids unique; one html/<id>.html per row and no other file; sha256 matches the bytes;
- text non-empty; title, date and author (when given) occur in the page's visible text; every text line
  occurs in the page's visible text (whitespace ignored); url present and https://creativecommons.tw/...;
- no url of the set occurs in a compared folder's truth (urls normalised: scheme, 'www.', trailing '/',
  '.html' and case of the host ignored); no page is byte-identical to an html file there; a warning when a
  compared truth row has the same host;
- no shared code (KEEPER.md item 7): for every page labelled hijacked, no run of 120 characters (whitespace
  collapsed) of its script/iframe/style blocks occurs in a compared html file (the set has no hijacked page);
- --rebuild MIRROR: convert.py run twice into temporary folders gives byte-identical html/ and truth.jsonl,
  equal to SET's.

Compared folders (--compare, any number): default /work/shared/corpus, bench/data/dev (of this worktree; since v50
is dev, 2026-12-07: the older dev splits) and every /work/data/extract/dev-* folder (52 since v50 was spent,
dev-v50-cctwblog, the set itself, among them: the 51 older ones are read). Any folder whose name holds 'v50', or
starts with 'heldout' or 'pending-', is skipped even when passed (v50's own folders wherever they sit,
dev-v50-cctwblog included; heldout/, heldout-*, pending-*: v51 on, later than v50). Standard library only.
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
sys.dont_write_bytecode = True  # importing convert leaves no __pycache__ in the worktree
sys.path.insert(0, HERE)
import convert  # noqa: E402

DEFAULT_SET = "/work/data/extract/dev-v50-cctwblog"
WORKTREE = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))


def skipped(path):
    parts = os.path.normpath(os.path.abspath(path)).split(os.sep)
    return any("v50" in p or p.startswith("heldout") or p.startswith("pending-") for p in parts)


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
    rest = re.sub(r"(\.html?)?/*$", "", rest)
    return host + "/" + rest


def host_of(u):
    return norm_url(u).split("/")[0]


def squash(s):
    return re.sub(r"\s+", "", s or "")


def walk_compare(dirs):
    """Yield ('truth', path) and ('html', path) for the compared folders, skipping v50/heldout/pending."""
    for d in dirs:
        if skipped(d) or not os.path.isdir(d):
            continue
        for root, subdirs, files in os.walk(d):
            subdirs[:] = sorted(s for s in subdirs if not skipped(os.path.join(root, s)))
            for f in sorted(files):
                p = os.path.join(root, f)
                if f == "truth.jsonl":
                    yield "truth", p
                elif f.lower().endswith((".html", ".htm")):
                    yield "html", p


def blocks_of(html):
    return [re.sub(r"\s+", " ", m.group(0)) for m in
            re.finditer(r"<(script|iframe|style)\b.*?</\1\s*>", html, flags=re.I | re.S)]


def rebuild_check(mirror, set_dir, problems):
    with tempfile.TemporaryDirectory() as t:
        outs = []
        for k in ("a", "b"):
            out = os.path.join(t, "rebuild-check-" + k)
            subprocess.run([sys.executable, os.path.join(HERE, "convert.py"), "--mirror", mirror, "--out", out],
                           check=True, capture_output=True)
            outs.append(out)
        for other in (outs[1], set_dir):
            cmp = filecmp.dircmp(os.path.join(outs[0], "html"), os.path.join(other, "html"))
            if cmp.left_only or cmp.right_only or filecmp.cmpfiles(
                    os.path.join(outs[0], "html"), os.path.join(other, "html"), cmp.common_files,
                    shallow=False)[1]:
                problems.append(f"rebuild: html/ differs from {other}")
            with open(os.path.join(outs[0], "truth.jsonl"), "rb") as f1, \
                    open(os.path.join(other, "truth.jsonl"), "rb") as f2:
                if f1.read() != f2.read():
                    problems.append(f"rebuild: truth.jsonl differs from {other}")
    return "identical" if not any(p.startswith("rebuild") for p in problems) else "DIFFERENT"


def main():
    ap = argparse.ArgumentParser(description="validate the v50 extraction set")
    ap.add_argument("set", nargs="?", default=DEFAULT_SET)
    ap.add_argument("--compare", nargs="*", default=None, help="folders to compare against")
    ap.add_argument("--rebuild", metavar="MIRROR", help="bare git dir of ocftw/creativecommons.tw")
    a = ap.parse_args()
    problems, warnings = [], []
    set_dir = a.set
    rows = []
    with open(os.path.join(set_dir, "truth.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                problems.append(f"truth.jsonl line {i}: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    files = set(os.listdir(os.path.join(set_dir, "html")))
    want = {f"{i}.html" for i in ids}
    for f in sorted(files - want):
        problems.append(f"html/{f}: no truth row")
    need = ("id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
            "legit", "lang", "origin", "kind", "site", "capture", "encoding")
    my_urls, my_hosts, my_sha, hijacked = {}, set(), {}, []
    for r in rows:
        rid = r.get("id")
        for k in need:
            if k not in r:
                problems.append(f"{rid}: field {k} missing")
        p = os.path.join(set_dir, "html", f"{rid}.html")
        if not os.path.exists(p):
            problems.append(f"{rid}: html file missing")
            continue
        data = open(p, "rb").read()
        sha = hashlib.sha256(data).hexdigest()
        if r.get("sha256") != sha:
            problems.append(f"{rid}: sha256 differs")
        my_sha[sha] = rid
        if not (r.get("text") or "").strip():
            problems.append(f"{rid}: empty text")
            continue
        if not str(r.get("url", "")).startswith("https://creativecommons.tw/"):
            problems.append(f"{rid}: unexpected url {r.get('url')}")
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            problems.append(f"{rid}: date not YYYY-MM-DD")
        page = squash("\n".join(convert.lines_of(convert.parse(data.decode(r.get("encoding") or "utf-8")))))
        for k in ("title", "date", "author", "source"):
            if r.get(k) and squash(r[k]) not in page:
                problems.append(f"{rid}: {k} not in the page's visible text")
        for ln in r["text"].split("\n"):
            if squash(ln) not in page:
                problems.append(f"{rid}: text line not in the page's visible text: {ln[:40]!r}")
                break
        for s in r.get("spam_strings") or []:
            if s not in data.decode("utf-8", "replace"):
                problems.append(f"{rid}: spam string not in page")
        if r.get("hijacked"):
            hijacked.append((rid, data.decode("utf-8", "replace")))
        my_urls[norm_url(r["url"])] = rid
        my_hosts.add(host_of(r["url"]))
    compare = a.compare if a.compare is not None else default_compare()
    n_rows = n_html = 0
    grams = {}
    for rid, html in hijacked:
        for b in blocks_of(html):
            for i in range(0, max(1, len(b) - 119), 40):
                grams.setdefault(b[i:i + 120], rid)
    for kind, p in walk_compare(compare):
        if kind == "truth":
            with open(p, encoding="utf-8", errors="replace") as f:
                for line in f:
                    try:
                        t = json.loads(line)
                    except ValueError:
                        continue
                    n_rows += 1
                    u = t.get("url")
                    if not u:
                        continue
                    if norm_url(u) in my_urls:
                        problems.append(f"{my_urls[norm_url(u)]}: url also in {p} ({t.get('id')})")
                    elif host_of(u) in my_hosts:
                        warnings.append(f"host creativecommons.tw also in {p} ({t.get('id')})")
        else:
            n_html += 1
            data = open(p, "rb").read()
            sha = hashlib.sha256(data).hexdigest()
            if sha in my_sha:
                problems.append(f"{my_sha[sha]}: byte-identical to {p}")
            if grams:
                text = re.sub(r"\s+", " ", data.decode("utf-8", "replace"))
                for g, rid in grams.items():
                    if g in text:
                        problems.append(f"{rid}: 120-character run of an injected block also in {p}")
                        break
    if a.rebuild:
        state = rebuild_check(a.rebuild, set_dir, problems)
        print(f"rebuild: {state}")
    print(f"{len(rows)} rows ({sum(1 for r in rows if r.get('hijacked'))} hijacked), compared urls against "
          f"{n_rows} truth rows and pages against {n_html} html files in {len(compare)} folders "
          f"(skipping v50/heldout*/pending-*)")
    for w in sorted(set(warnings)):
        print("warning:", w)
    for p in problems:
        print("problem:", p)
    print(f"{len(problems)} problems, {len(set(warnings))} warnings")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
