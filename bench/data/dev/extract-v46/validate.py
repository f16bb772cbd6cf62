#!/usr/bin/env python3
"""Check the v46x extraction set (default /work/data/extract/dev-v46-nkunews since v46 was spent, 2026-12-07;
written as pending-v46-nkunews, held out as heldout-v46-nkunews from 2026-12-07, when v45 was spent, until then).

usage: validate.py [SET_DIR] [--compare DIR ...]

1. ids: every truth row has a unique id `<prefix>-NNN`, an html/<id>.html, and
   every html file has a row; sha256 in the row matches the file.
2. fields: url, title and text are non-empty strings; date/author are a
   string or null; url is unique inside the set.
3. urls: no url of the set appears in /work/shared/corpus, in bench/data/dev
   (any truth/sources file, or anywhere in a text file) or in any older
   /work/data/extract/dev-* set (48 since v46 was spent, 2026-12-07, dev-v46-nkunews, the set
   itself, among them: the 47 older ones are read).  v46 is dev itself since it was spent: the
   set's own folder and any folder whose name holds 'v46' (dev-v46-*, real-cases-v46*,
   synthetic-v46, extract-v46, ...) are skipped, and so is any held-out or pending folder
   (heldout/, heldout-*, pending-*: v47 on, later than v46), even when passed.
4. item 7 (no shared code): for every hijacked page, no run of 120 or more
   consecutive characters (whitespace collapsed) of an injected
   script/iframe/style/hidden block occurs in any html under the compare
   folders (default bench/data/dev: the older dev splits).
   The set's own folders, v46's and later ones are skipped as under 3.  Whole pages (by sha256) shared with a
   compare folder are reported too.
Exit status 0 when every check passes.
"""
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
DEFAULT_SET = "/work/data/extract/dev-v46-nkunews"
CORPUS = "/work/shared/corpus"
RUN = 120
TEXT_EXT = (".html", ".htm", ".jsonl", ".json", ".txt", ".md", ".csv", ".tsv")


def norm_url(u):
    u = u.strip().lower()
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/")


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def read_text(path):
    with open(path, "rb") as f:
        raw = f.read()
    for enc in ("utf-8", "gb18030", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


# v46's own folders and a held-out or pending folder (heldout/, heldout-*, pending-*: v47 on, later than v46) are no
# older dev data
NOT_OLDER = re.compile(r"v46|^(heldout|pending)($|-)")


def skipped(path, own):
    return os.path.realpath(path) in own or bool(NOT_OLDER.search(os.path.basename(os.path.normpath(path))))


def files_under(root, own):
    if skipped(root, own):
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not skipped(os.path.join(dirpath, d), own))
        for name in sorted(filenames):
            yield os.path.join(dirpath, name)


def injected_blocks(doc, injections):
    """script/iframe/style/hidden blocks of a page that carry one of its injections."""
    blocks = [m.group(0) for m in re.finditer(r"(?is)<(script|iframe|style)\b.*?</\1\s*>", doc)]
    blocks += [m.group(0) for m in re.finditer(
        r"(?is)<(div|span|p|section|a)\b[^>]*(display\s*:\s*none|visibility\s*:\s*hidden|\bhidden\b)[^>]*>.*?</\1\s*>", doc)]
    keys = [collapse(i) for i in injections if isinstance(i, str) and i.strip()]
    if keys:
        blocks = [b for b in blocks if any(k in collapse(b) for k in keys)]
    return [collapse(b) for b in blocks if len(collapse(b)) >= RUN]


def main(argv):
    args = argv[1:]
    compare = []
    if "--compare" in args:
        i = args.index("--compare")
        compare = args[i + 1:]
        args = args[:i]
    set_dir = os.path.abspath(args[0] if args else DEFAULT_SET)
    if not compare:
        compare = [os.path.join(REPO, "bench", "data", "dev")]
    own = {os.path.realpath(set_dir), os.path.realpath(HERE)}
    errors, notes = [], []

    # 1-2. ids and fields
    rows = [json.loads(l) for l in open(os.path.join(set_dir, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    prefixes = {re.sub(r"-\d{3}$", "", i or "") for i in ids}
    if len(prefixes) != 1 or not all(re.fullmatch(r"[a-z0-9]+-\d{3}", i or "") for i in ids):
        errors.append(f"ids are not one <prefix>-NNN series: {sorted(prefixes)}")
    html_ids = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(set_dir, "html", "*.html"))}
    if html_ids != set(ids):
        errors.append(f"html/truth mismatch: {len(html_ids - set(ids))} html without row, {len(set(ids) - html_ids)} rows without html")
    urls = {}
    for r in rows:
        rid = r.get("id")
        for k in ("url", "title", "text"):
            if not isinstance(r.get(k), str) or not r[k].strip():
                errors.append(f"{rid}: empty {k}")
        for k in ("date", "author"):
            if k not in r or not (r[k] is None or (isinstance(r[k], str) and r[k].strip())):
                errors.append(f"{rid}: {k} must be a non-empty string or null")
        p = os.path.join(set_dir, "html", f"{rid}.html")
        if os.path.exists(p) and r.get("sha256"):
            if hashlib.sha256(open(p, "rb").read()).hexdigest() != r["sha256"]:
                errors.append(f"{rid}: sha256 differs from html")
        u = norm_url(r.get("url") or "")
        if u in urls:
            errors.append(f"{rid}: url also used by {urls[u]}")
        urls[u] = rid

    # 3. urls against corpus, bench/data/dev and the dev-* extraction sets
    sources = [CORPUS, os.path.join(REPO, "bench", "data", "dev")]
    sources += sorted(d for d in glob.glob("/work/data/extract/dev-*") if os.path.isdir(d) and not skipped(d, own))
    raw_urls = {r["url"] for r in rows if r.get("url")}
    url_res = {norm_url(u): re.compile(re.escape(norm_url(u)) + r"(?![\w/.%?=&-])") for u in raw_urls}
    seen_files = 0
    for root in sources:
        for path in files_under(root, own):
            if not path.lower().endswith(TEXT_EXT):
                continue
            seen_files += 1
            text = read_text(path)
            if path.endswith(".jsonl"):
                for line in text.splitlines():
                    try:
                        u = json.loads(line).get("url")
                    except (ValueError, AttributeError):
                        continue
                    if isinstance(u, str) and norm_url(u) in urls:
                        errors.append(f"{urls[norm_url(u)]}: url also in {path}")
            low = text.lower()
            for bare, rx in url_res.items():
                if bare in low and rx.search(low):
                    errors.append(f"{urls[bare]}: url text found in {path}")
    notes.append(f"url check: {len(raw_urls)} urls against {seen_files} files in {len(sources)} places")

    # 4. item 7 against the compare folders
    hijacked = [r for r in rows if r.get("hijacked")]
    runs = {}
    for r in hijacked:
        doc = read_text(os.path.join(set_dir, "html", f"{r['id']}.html"))
        for b in injected_blocks(doc, r.get("injections") or []):
            for i in range(0, len(b) - RUN + 1, 20):
                runs.setdefault(b[i:i + RUN], r["id"])
    own_sha = {r.get("sha256"): r["id"] for r in rows}
    compared = 0
    for root in compare:
        root = os.path.abspath(root)
        if os.path.realpath(root) in own:
            continue
        for path in files_under(root, own):
            if not path.lower().endswith((".html", ".htm")):
                continue
            compared += 1
            raw = open(path, "rb").read()
            sha = hashlib.sha256(raw).hexdigest()
            if sha in own_sha:
                errors.append(f"{own_sha[sha]}: same page bytes as {path}")
            if runs:
                other = collapse(read_text(path))
                for run, rid in runs.items():
                    if run in other:
                        errors.append(f"{rid}: injected code shared with {path}")
                        break
    notes.append(f"item 7: {len(hijacked)} hijacked pages, {len(runs)} {RUN}-char runs, {compared} html files compared under {', '.join(compare)}")

    for n in notes:
        print(n)
    print(f"{len(rows)} rows; {len(errors)} problems")
    for e in errors[:50]:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
