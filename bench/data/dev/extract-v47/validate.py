#!/usr/bin/env python3
"""Validate the v47 extraction set (keeper k47x; dev-v47-palladian since v47 was spent, 2026-12-07; written as
pending-v47-palladian, held out as heldout-v47-palladian from 2026-12-07, when v46 was spent). Stdlib only.

usage: python3 validate.py [SET_DIR] [--used DIR_OR_GLOB ...] [--splits DIR ...] [--rebuild MIRROR_GIT_DIR]
  SET_DIR   default /work/data/extract/dev-v47-palladian
  --used    folders whose truth.jsonl urls / html bytes must not be shared (default: /work/shared/corpus/*,
            bench/data/dev/* (since v47 is dev, 2026-12-07: the older dev splits), /work/data/extract/dev-* (49
            since v47 was spent, dev-v47-palladian, the set itself, among them: the 48 older ones are read));
            folders named heldout*/pending-*/*v47* are never opened, even when passed (v47's own folders wherever
            they sit; heldout/, heldout-*, pending-*: v48 on, later than v47)
  --splits  folders for brief item 7 (no 120-char run of injected code shared; default bench/data/dev) -- this set has
            no hijacked page, so the check is vacuous and only counts hijacked rows
  --rebuild convert twice into temporary folders and compare byte for byte
Prints failures by id and reason only.
"""
import argparse, glob, hashlib, html as H, json, os, re, subprocess, sys, tempfile, filecmp

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))


def skip(path):
    b = os.path.basename(os.path.normpath(path))
    return b.startswith("heldout") or b.startswith("pending-") or "v47" in b


def visible(b):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', b[:5000])
    try:
        t = b.decode(m.group(1).decode() if m else "utf-8", "replace")
    except LookupError:
        t = b.decode("utf-8", "replace")
    t = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return re.sub(r"\s+", " ", H.unescape(t)).strip()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set", nargs="?", default="/work/data/extract/dev-v47-palladian")
    ap.add_argument("--used", nargs="*", default=["/work/shared/corpus/*", os.path.join(REPO, "bench/data/dev/*"),
                                                 "/work/data/extract/dev-*"])
    ap.add_argument("--splits", nargs="*", default=[os.path.join(REPO, "bench/data/dev")])
    ap.add_argument("--rebuild")
    a = ap.parse_args()
    probs, warns = [], []
    rows = [json.loads(l) for l in open(os.path.join(a.set, "truth.jsonl"), encoding="utf-8")]
    ids = [r["id"] for r in rows]
    htmls = {f[:-5] for f in os.listdir(os.path.join(a.set, "html")) if f.endswith(".html")}
    if len(set(ids)) != len(ids):
        probs.append(("*", "duplicate ids"))
    for i in sorted(set(ids) ^ htmls):
        probs.append((i, "id without html or html without id"))
    mine_urls, mine_sha = {}, {}
    for r in rows:
        i = r["id"]
        for k in ("id", "url", "title", "date", "author", "text"):
            if k not in r:
                probs.append((i, f"missing field {k}"))
        if not (r.get("text") or "").strip():
            probs.append((i, "empty text"))
        if r.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
            probs.append((i, "date not YYYY-MM-DD"))
        if r.get("hijacked"):
            probs.append((i, "hijacked page in an extraction set"))
        if i not in htmls:
            continue
        b = open(os.path.join(a.set, "html", i + ".html"), "rb").read()
        if hashlib.sha256(b).hexdigest() != r.get("sha256"):
            probs.append((i, "sha256 mismatch"))
        vis = norm(visible(b))
        if r.get("title") and norm(r["title"]) not in vis and norm(r["title"]) not in norm(H.unescape(b.decode("utf-8", "replace"))):
            warns.append((i, "title not found verbatim in page"))
        visn = re.sub(r"\s+", "", vis)
        for s in r.get("with", []):
            if re.sub(r"\s+", "", s) not in visn:
                warns.append((i, "a `with` snippet not found verbatim in visible text"))
        if not r.get("text_partial"):
            miss = sum(re.sub(r"\s+", "", l) not in visn for l in r.get("text", "").split("\n"))
            if miss:
                warns.append((i, f"{miss} text line(s) not found verbatim in visible text"))
        if r.get("url"):
            mine_urls[r["url"].rstrip("/")] = i
        mine_sha[r.get("sha256")] = i
    # used folders
    folders = sorted({f for g in a.used for f in glob.glob(g) if os.path.isdir(f) and not skip(f)})
    nrows = nhtml = 0
    for f in folders:
        t = os.path.join(f, "truth.jsonl")
        if os.path.exists(t):
            for l in open(t, encoding="utf-8", errors="replace"):
                try:
                    u = (json.loads(l).get("url") or "").rstrip("/")
                except Exception:
                    continue
                nrows += 1
                if u in mine_urls:
                    probs.append((mine_urls[u], "url shared with a used folder"))
        for h in glob.glob(os.path.join(f, "**", "*.htm*"), recursive=True):
            if skip(os.path.dirname(h)):
                continue
            nhtml += 1
            s = hashlib.sha256(open(h, "rb").read()).hexdigest()
            if s in mine_sha:
                probs.append((mine_sha[s], "identical html in a used folder"))
    hij = sum(bool(r.get("hijacked")) for r in rows)
    splits = [s for s in a.splits if not skip(s)]
    print(f"item 7: {hij} hijacked rows, nothing to compare against {len(splits)} split folder(s)")
    if a.rebuild:
        conv = os.path.join(HERE, "convert.py")
        with tempfile.TemporaryDirectory() as d:
            o1, o2 = os.path.join(d, "x", os.path.basename(os.path.normpath(a.set))), os.path.join(d, "y", os.path.basename(os.path.normpath(a.set)))
            for o in (o1, o2):
                subprocess.run([sys.executable, conv, a.rebuild, o], check=True, capture_output=True)
            for o in (o2, a.set):
                c = filecmp.dircmp(o1, o)
                bad = c.diff_files + c.left_only + c.right_only + filecmp.dircmp(os.path.join(o1, "html"), os.path.join(o, "html")).diff_files
                if bad:
                    probs.append(("*", f"rebuild differs from {'second run' if o == o2 else 'set'}: {len(bad)} files"))
    print(f"{len(rows)} pages; compared with {len(folders)} used folders ({nrows} truth rows, {nhtml} html files)")
    for i, w in warns:
        print("warn", i, w)
    for i, p in probs:
        print("FAIL", i, p)
    print(f"{len(probs)} problems, {len(warns)} warnings")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
