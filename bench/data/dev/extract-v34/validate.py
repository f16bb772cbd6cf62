#!/usr/bin/env python3
"""Check an extraction set written by convert.py (standard library only; does not run newsvault).

    python3 validate.py /work/data/extract/dev-v34-xmunews [--rebuild REPO_GIT_DIR]

Checks: truth.jsonl parses; ids unique and exactly the html/<id>.html files; required fields present
(id, url, title, date, source, author, text, lang); text non-empty; url null or http(s); date null or YYYY-MM-DD;
the page decodes with its `encoding` and its declared charset family agrees; sha256 of the bytes matches; the
truth text's lines (>= 8 characters) occur in the decoded page's visible text for >= 95 % of their characters;
a non-null title / author / source occurs in the page; hijacked pages carry their spam strings (none here).
With --rebuild, runs convert.py twice into temporary folders and checks both runs and the given folder are
byte-identical (determinism).
"""
import filecmp
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import convert as C  # noqa: E402

REQUIRED = ("id", "url", "title", "date", "source", "author", "text", "lang")


def check(d):
    errs = []
    rows = [json.loads(x) for x in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if x.strip()]
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(d, "html")) if f.endswith(".html"))
    if sorted(ids) != files:
        errs.append("ids and html files differ: %s" % sorted(set(ids) ^ set(files))[:5])
    for r in rows:
        pid = r["id"]
        for k in REQUIRED:
            if k not in r:
                errs.append("%s: missing %s" % (pid, k))
        if not (r.get("text") or "").strip():
            errs.append("%s: empty text" % pid)
        if r.get("url") is not None and not re.match(r"https?://", r["url"]):
            errs.append("%s: bad url" % pid)
        if r.get("date") is not None and not re.match(r"\d{4}-\d{2}-\d{2}$", r["date"]):
            errs.append("%s: bad date" % pid)
        p = os.path.join(d, "html", pid + ".html")
        if not os.path.exists(p):
            continue
        b = open(p, "rb").read()
        if r.get("sha256") and hashlib.sha256(b).hexdigest() != r["sha256"]:
            errs.append("%s: sha256 differs" % pid)
        try:
            s = b.decode(r.get("encoding") or "utf-8")
        except UnicodeDecodeError:
            errs.append("%s: does not decode as %s" % (pid, r.get("encoding")))
            continue
        cs = C.declared_charset(s)
        if cs and (cs in C.GB_LABELS) != (r.get("encoding") == "gb18030"):
            errs.append("%s: declared %s but encoding %s" % (pid, cs, r.get("encoding")))
        vis = C.squash(C.visible(s))
        cov, _, _ = C.coverage(r["text"], vis)
        if cov < 0.95:
            errs.append("%s: text coverage %.2f" % (pid, cov))
        raw = C.squash(C.one_line(re.sub(r"<[^>]+>", " ", s)))
        for k in ("title", "author", "source"):
            if r.get(k) and C.squash(r[k]) not in raw:
                errs.append("%s: %s not on the page" % (pid, k))
        for sp in r.get("spam_strings") or []:
            if C.squash(sp) not in C.squash(s):
                errs.append("%s: spam string not in page" % pid)
        if r.get("hijacked") and not r.get("spam_strings"):
            errs.append("%s: hijacked without spam strings" % pid)
    return rows, errs


def rebuild(repo, d):
    errs = []
    with tempfile.TemporaryDirectory() as t:
        outs = []
        for k in ("a", "b"):
            o = os.path.join(t, k)
            subprocess.run([sys.executable, os.path.join(HERE, "convert.py"), "--repo", repo, "--out", o],
                           check=True, capture_output=True)
            outs.append(o)
        for o in outs:
            for sub in ("truth.jsonl", "SOURCE.txt"):
                if not filecmp.cmp(os.path.join(o, sub), os.path.join(d, sub), shallow=False):
                    errs.append("rebuild differs: %s" % sub)
            cmp = filecmp.dircmp(os.path.join(o, "html"), os.path.join(d, "html"))
            if cmp.left_only or cmp.right_only:
                errs.append("rebuild file lists differ")
            _, mism, bad = filecmp.cmpfiles(os.path.join(o, "html"), os.path.join(d, "html"),
                                            sorted(os.listdir(os.path.join(d, "html"))), shallow=False)
            if mism or bad:
                errs.append("rebuild html differs: %s" % (mism + bad)[:5])
    return errs


def main():
    d = sys.argv[1]
    rows, errs = check(d)
    if "--rebuild" in sys.argv:
        errs += rebuild(sys.argv[sys.argv.index("--rebuild") + 1], d)
    enc = {}
    for r in rows:
        enc[r.get("encoding")] = enc.get(r.get("encoding"), 0) + 1
    print("%d pages; titles %d, urls %d, dates %d, authors %d; encodings %s; partial text %d" % (
        len(rows), sum(1 for r in rows if r.get("title")), sum(1 for r in rows if r.get("url")),
        sum(1 for r in rows if r.get("date")), sum(1 for r in rows if r.get("author")), enc,
        sum(1 for r in rows if r.get("text_partial"))))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
