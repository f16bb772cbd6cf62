#!/usr/bin/env python3
"""Validate a v41 extraction set written by convert.py (standard library only; does not run newsvault).

  python3 validate.py /work/data/extract/dev-v41-pkfixtures \
      [--others /work/data/extract] [--rebuild /work/.mirror/pankaj28843+article-extractor/repo]

Checks: truth.jsonl parses; ids unique and match html/<id>.html one to one; required fields present
(id, url, title, text, date, author, source); text non-empty; date null or YYYY-MM-DD; a non-null title occurs
in its page (entities decoded, whitespace collapsed); urls unique and in no other <others>/*/truth.jsonl;
SOURCE.txt present; with --rebuild, a fresh conversion into a temporary folder is byte-identical.
v41 is dev itself since it was spent (2026-12-06): among <others> only the older dev sets (dev-*) are read, the set
itself (dev-v41-*) skipped; no held-out set (heldout-*, later than v41) is read.
"""
import argparse, filecmp, html, json, os, re, subprocess, sys, tempfile

REQ = ("id", "url", "title", "text", "date", "author", "source")
# v41 is dev since it was spent (2026-12-06): compare with the older dev sets only, the set itself skipped
OLDER_DEV = lambda d: d.startswith("dev-") and not d.startswith("dev-v41-")  # noqa: E731


def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s or "")).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--others", nargs="*", default=["/work/data/extract"])
    ap.add_argument("--rebuild")
    a = ap.parse_args()
    errs = []
    rows = []
    for i, line in enumerate(open(os.path.join(a.folder, "truth.jsonl"), encoding="utf-8"), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errs.append(f"line {i}: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    files = {f[:-5] for f in os.listdir(os.path.join(a.folder, "html")) if f.endswith(".html")}
    if files != set(ids):
        errs.append(f"ids/html mismatch: {sorted(files ^ set(ids))[:5]}")
    urls = [r.get("url") for r in rows]
    if len(set(urls)) != len(urls):
        errs.append("duplicate urls")
    for r in rows:
        for k in REQ:
            if k not in r:
                errs.append(f"{r.get('id')}: missing {k}")
        if not (r.get("text") or "").strip():
            errs.append(f"{r['id']}: empty text")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            errs.append(f"{r['id']}: bad date")
        if r.get("title"):
            page = open(os.path.join(a.folder, "html", r["id"] + ".html"), "rb").read().decode("utf-8", "replace")
            if norm(r["title"]) not in norm(page):
                errs.append(f"{r['id']}: title not on page")
    mine = {u.rstrip("/") for u in urls if u}
    for base in a.others:
        if not os.path.isdir(base):
            continue
        for d in sorted(os.listdir(base)):
            f = os.path.join(base, d, "truth.jsonl")
            if (os.path.abspath(os.path.join(base, d)) == os.path.abspath(a.folder) or not OLDER_DEV(d)
                    or not os.path.isfile(f)):
                continue
            for line in open(f, encoding="utf-8"):
                if line.strip():
                    u = (json.loads(line).get("url") or "").rstrip("/")
                    if u in mine:
                        errs.append(f"url also in {d}: {u}")
    if not os.path.isfile(os.path.join(a.folder, "SOURCE.txt")):
        errs.append("no SOURCE.txt")
    if a.rebuild:
        with tempfile.TemporaryDirectory() as t:
            out = os.path.join(t, os.path.basename(a.folder.rstrip("/")))
            conv = os.path.join(os.path.dirname(os.path.abspath(__file__)), "convert.py")
            subprocess.run([sys.executable, conv, "--repo", a.rebuild, "--out", out, "--others", *a.others],
                           check=True, capture_output=True)
            cmp = filecmp.dircmp(a.folder, out)
            bad = cmp.diff_files + cmp.left_only + cmp.right_only
            h = filecmp.dircmp(os.path.join(a.folder, "html"), os.path.join(out, "html"))
            bad += h.diff_files + h.left_only + h.right_only
            if bad:
                errs.append(f"rebuild differs: {bad[:5]}")
    langs = {}
    for r in rows:
        langs[r.get("lang")] = langs.get(r.get("lang"), 0) + 1
    print(f"{len(rows)} pages, {len({r.get('site') for r in rows})} sites, langs {langs}, "
          f"titles {sum(1 for r in rows if r.get('title'))}, dates {sum(1 for r in rows if r.get('date'))}, "
          f"authors {sum(1 for r in rows if r.get('author'))}")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
