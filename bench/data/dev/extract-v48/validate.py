#!/usr/bin/env python3
"""Check the v48 extraction set (default /work/data/extract/dev-v48-goosego since v48 was spent, 2026-12-07;
written as pending-v48-goosego, held out as heldout-v48-goosego from 2026-12-07, when v47 was spent).

usage: validate.py [SET_DIR] [--used DIR ...] [--compare DIR ...]

1. ids: unique `gs48-NNN` ids, one html/<id>.html per row and one row per html file, sha256 as recorded.
2. fields: text a non-empty string; title and url a non-empty string or null; date/author/source a string or
   null; url unique inside the set.
3. urls: no url of the set (scheme, leading www. and trailing / ignored) occurs in a truth.jsonl (or, under
   bench/data, in any text file) of the --used folders.  Default: /work/shared/corpus, bench/data/dev (since v48 is
   dev, 2026-12-07: the older dev splits) and the /work/data/extract/dev-* sets (50 since v48 was spent,
   dev-v48-goosego, the set itself, among them: the 49 older ones are read).
4. pages: no html of the set is byte-identical (sha256) to an html file under the --used folders.
5. item 7 (no shared code): for every row labelled hijacked, no run of 120 or more characters (whitespace
   collapsed) of its injected script/iframe/style/hidden blocks occurs in any html under the --compare folders
   (default bench/data/dev).  The set holds no hijacked page, so this check is vacuous here; it is kept so the
   engineers can run it against other folders later.
Folders named heldout, heldout-*, pending-*, and the set's own folder and anything named *v48*, are never
opened, even when passed (v48's own folders wherever they sit, dev-v48-goosego included; heldout/, heldout-*,
pending-*: v49 on, later than v48).  Only counts, ids and reasons are printed (no page text).  Exit status 0 when every
check passes.  Standard library only.
"""
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
DEFAULT_SET = "/work/data/extract/dev-v48-goosego"
RUN = 120
TEXT_EXT = (".html", ".htm", ".jsonl", ".json", ".txt", ".md", ".csv", ".tsv")
ID_RE = re.compile(r"^gs48-\d{3}$")


def norm_url(u):
    u = u.strip().lower()
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/")


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def skipped(path, own):
    parts = os.path.abspath(path).split(os.sep)
    if os.path.abspath(path).startswith(os.path.abspath(own)):
        return True
    return any(p == "heldout" or p.startswith("heldout-") or p.startswith("pending-") or "v48" in p
               for p in parts)


def walk(dirs, own):
    for d in dirs:
        if skipped(d, own) or not os.path.exists(d):
            continue
        for root, subdirs, files in os.walk(d):
            subdirs[:] = sorted(s for s in subdirs if not skipped(os.path.join(root, s), own))
            for fn in sorted(files):
                yield os.path.join(root, fn)


def read_text(path):
    with open(path, "rb") as f:
        raw = f.read()
    for enc in ("utf-8", "gb18030", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def injected_runs(doc):
    blocks = re.findall(r"(?is)<script\b.*?</script\s*>|<iframe\b.*?</iframe\s*>|<style\b.*?</style\s*>", doc)
    blocks += re.findall(r"(?is)<(div|span|p|a)\b[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden)[^>]*>.*?</\1>",
                         doc)
    out = []
    for b in blocks:
        b = collapse(b if isinstance(b, str) else b[0])
        for i in range(0, max(1, len(b) - RUN + 1), RUN // 2):
            if len(b[i:i + RUN]) == RUN:
                out.append(b[i:i + RUN])
    return out


def main(argv):
    set_dir, used, compare, cur = DEFAULT_SET, None, None, None
    for a in argv:
        if a in ("--used", "--compare"):
            cur = a
            if a == "--used":
                used = []
            else:
                compare = []
        elif cur == "--used":
            used.append(a)
        elif cur == "--compare":
            compare.append(a)
        else:
            set_dir = a
    if used is None:
        used = ["/work/shared/corpus", os.path.join(REPO, "bench/data/dev")] + sorted(
            glob.glob("/work/data/extract/dev-*"))
    if compare is None:
        compare = [os.path.join(REPO, "bench/data/dev")]
    problems = []
    if not os.path.isfile(os.path.join(set_dir, "truth.jsonl")):
        print("set folder %s has no truth.jsonl: build it first with convert.py (see README.md)" % set_dir)
        sys.exit(2)
    rows = [json.loads(l) for l in open(os.path.join(set_dir, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        problems.append(("*", "duplicate ids"))
    files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(set_dir, "html")) if f.endswith(".html")}
    for i in sorted(files - set(ids)):
        problems.append((i, "html without truth row"))
    seen_urls, hashes = {}, {}
    for r in rows:
        rid = r.get("id") or "?"
        if not ID_RE.match(rid):
            problems.append((rid, "bad id"))
        p = os.path.join(set_dir, "html", rid + ".html")
        if not os.path.exists(p):
            problems.append((rid, "no html file"))
            continue
        raw = open(p, "rb").read()
        h = hashlib.sha256(raw).hexdigest()
        hashes[h] = rid
        if r.get("sha256") != h:
            problems.append((rid, "sha256 differs"))
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            problems.append((rid, "empty text"))
        for k in ("title", "url"):
            if r.get(k) is not None and (not isinstance(r[k], str) or not r[k].strip()):
                problems.append((rid, "bad %s" % k))
        for k in ("date", "author", "source"):
            if k not in r or (r[k] is not None and not isinstance(r[k], str)):
                problems.append((rid, "bad %s" % k))
        if r.get("url"):
            nu = norm_url(r["url"])
            if nu in seen_urls:
                problems.append((rid, "url repeats %s" % seen_urls[nu]))
            seen_urls[nu] = rid
    # 3 + 4: urls and identical pages in the used folders
    n_files = n_rows = 0
    url_hits, page_hits, hosts_hit = {}, {}, set()
    set_hosts = {nu.split("/")[0] for nu in seen_urls}
    for path in walk(used, set_dir):
        low = path.lower()
        if low.endswith((".html", ".htm")):
            n_files += 1
            with open(path, "rb") as f:
                h = hashlib.sha256(f.read()).hexdigest()
            if h in hashes:
                page_hits.setdefault(hashes[h], 0)
                page_hits[hashes[h]] += 1
            if "/bench/data/" not in path:
                continue
        if low.endswith("truth.jsonl"):
            for line in open(path, encoding="utf-8", errors="replace"):
                try:
                    u = json.loads(line).get("url")
                except ValueError:
                    continue
                n_rows += 1
                if isinstance(u, str) and u.strip():
                    nu = norm_url(u)
                    if nu in seen_urls:
                        url_hits.setdefault(seen_urls[nu], 0)
                        url_hits[seen_urls[nu]] += 1
                    if nu.split("/")[0] in set_hosts:
                        hosts_hit.add(nu.split("/")[0])
        elif "/bench/data/" in path and low.endswith(TEXT_EXT):
            t = read_text(path).lower()
            for nu, rid in seen_urls.items():
                if nu in t:
                    url_hits.setdefault(rid, 0)
                    url_hits[rid] += 1
    for rid, n in sorted(url_hits.items()):
        problems.append((rid, "url found in %d used file(s)/row(s)" % n))
    for rid, n in sorted(page_hits.items()):
        problems.append((rid, "page bytes identical to %d used html file(s)" % n))
    # 5: item 7
    hij = [r for r in rows if r.get("hijacked")]
    runs = {}
    for r in hij:
        doc = read_text(os.path.join(set_dir, "html", r["id"] + ".html"))
        for run in injected_runs(doc):
            runs.setdefault(run, r["id"])
    n_cmp = 0
    if runs:
        for path in walk(compare, set_dir):
            if path.lower().endswith((".html", ".htm")):
                n_cmp += 1
                doc = collapse(read_text(path))
                for run, rid in list(runs.items()):
                    if run in doc:
                        problems.append((rid, "injected code shared with a compare html"))
                        del runs[run]
    print("set %s: %d rows, %d html; used: %d html files, %d truth rows; hosts of the set also in used truth "
          "urls: %d of %d (informative); hijacked rows: %d, compare html read: %d"
          % (set_dir, len(rows), len(files), n_files, n_rows, len(hosts_hit), len(set_hosts), len(hij), n_cmp))
    for rid, why in problems:
        print("PROBLEM %s: %s" % (rid, why))
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
