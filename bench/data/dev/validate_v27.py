#!/usr/bin/env python3
"""Validate pending-v27 (real-cases-v27, synthetic-v27). Usage: python validate_v27.py"""
import collections
import filecmp
import glob
import html as H
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
          "lang", "origin", "kind", "site", "capture", "encoding"]
SIG = {  # synthetic forms: a byte-level signature each hijacked page must carry
    "hidden-link-farm": r'left:-\d+px;top:-\d+px',
    "ua-referrer-cloak-title": r'document\.referrer.*?document\.title=',
    "hex-packed-js-docwrite": r'_0x5e1a=\["\\x73.*?document\.write\(',
    "spam-keyword-line-above-article": r'<p class="tags-line">',
    "sold-friend-links": r'<h4>友情链接</h4><ul>(?:(?!</ul>).)*llf\d+\.net',
    "brand-credit-source-footer": r'技术支持：\S*骁腾',
}
errs = []


def err(m):
    errs.append(m)


def strip(h):
    h = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", h)
    h = re.sub(r"(?s)<[^>]+>", "\n", h)
    return H.unescape(h)


def others_spam():
    S = {}
    for f in glob.glob(os.path.join(DATA, "*", "*", "truth.jsonl")):
        folder = os.path.basename(os.path.dirname(f))
        if folder.endswith("-v27"):
            continue
        for line in open(f, encoding="utf-8"):
            if line.strip():
                for s in json.loads(line).get("spam_strings") or []:
                    S.setdefault(s, os.path.relpath(f, DATA))
    return S


def check(folder, synthetic):
    tp = os.path.join(HERE, folder, "truth.jsonl")
    rows = [json.loads(l) for l in open(tp, encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err(folder + ": duplicate ids")
    files = sorted(os.path.splitext(x)[0] for x in os.listdir(os.path.join(HERE, folder, "html")))
    if sorted(ids) != files:
        err(folder + ": ids and html files differ")
    for r in rows:
        for k in FIELDS:
            if k not in r:
                err("%s %s: missing %s" % (folder, r["id"], k))
        raw = open(os.path.join(HERE, folder, "html", r["id"] + ".html"), "rb").read()
        try:
            doc = raw.decode(r["encoding"])
        except Exception as e:  # noqa: BLE001
            err("%s %s: does not decode as %s: %s" % (folder, r["id"], r["encoding"], e))
            continue
        if not (r.get("text") or "").strip():
            err("%s %s: empty text" % (folder, r["id"]))
        if r["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err("%s %s: bad date" % (folder, r["id"]))
        if r["hijacked"]:
            if not r["injections"]:
                err("%s %s: hijacked without injections" % (folder, r["id"]))
            if not r["spam_strings"]:
                err("%s %s: hijacked without spam_strings" % (folder, r["id"]))
            if synthetic:
                for form in r["injections"]:
                    if not re.search(SIG[form], doc, re.S):
                        err("%s %s: injection %s not in bytes" % (folder, r["id"], form))
        elif r["spam_strings"]:
            err("%s %s: spam_strings on a clean page" % (folder, r["id"]))
        if r["hijacked"] and r["legit"]:
            err("%s %s: hijacked and legit" % (folder, r["id"]))
        for s in r["spam_strings"]:
            if s not in doc and s not in H.unescape(doc):
                err("%s %s: spam string not in decoded html: %r" % (folder, r["id"], s[:20]))
            for k in ("title", "text", "source", "author"):
                if s and r.get(k) and s in r[k]:
                    err("%s %s: spam string inside truth %s" % (folder, r["id"], k))
        vis = strip(doc)
        for x in sorted(r["spam_strings"], key=len, reverse=True):
            vis = vis.replace(x, "")
        vis = re.sub(r"\s+", "", vis)
        for p in r["text"].split("\n"):
            if re.sub(r"\s+", "", p) not in vis:
                err("%s %s: text paragraph not in page: %r" % (folder, r["id"], p[:20]))
        if r["title"] and re.sub(r"\s+", "", r["title"]) not in vis:
            err("%s %s: title not in page" % (folder, r["id"]))
        host = re.sub(r"^https?://([^/]+)/?.*$", r"\1", r["url"])
        if not (host == r["site"] or host.endswith("." + r["site"])):
            err("%s %s: site %s is not the url's host" % (folder, r["id"], r["site"]))
    return rows


def sites(rows, folder, strict):
    by = collections.defaultdict(list)
    for r in rows:
        by[r["site"]].append(r)
    multi = {k: v for k, v in by.items() if len(v) > 1}
    if strict:
        if len(multi) != 6 or any(len(v) != 6 for v in multi.values()):
            err("%s: want 6 sites x 6 pages, got %s" % (folder, sorted(len(v) for v in multi.values())))
        forms = set()
        for k, v in multi.items():
            hj = [r for r in v if r["hijacked"]]
            if len(hj) != 3:
                err("%s %s: %d hijacked pages, want 3" % (folder, k, len(hj)))
            if len({json.dumps([r["injections"], r["spam_strings"]], ensure_ascii=False) for r in hj}) != 1:
                err("%s %s: hijacked pages do not share one injection" % (folder, k))
            forms.add(tuple(hj[0]["injections"]) if hj else ())
            sfx = set()
            for r in v:
                doc = open(os.path.join(HERE, folder, "html", r["id"] + ".html"), "rb").read().decode(r["encoding"])
                t = re.search(r"(?s)<title>(.*?)</title>", doc).group(1)
                sfx.add(t.replace(H.escape(r["title"], quote=False), ""))
            if len(sfx) != 1:
                err("%s %s: title suffix differs" % (folder, k))
        if len(forms) != 6:
            err("%s: want 6 different injection forms" % folder)
        singles = [v for v in by.values() if len(v) == 1]
        if len(singles) != 4 or not all(v[0]["legit"] for v in singles):
            err("%s: want 4 single legit pages" % folder)
    return {k: len(v) for k, v in multi.items()}


def main():
    other = others_spam()
    allspam = set()
    realspam = set()
    for folder, syn in (("real-cases-v27", False), ("synthetic-v27", True)):
        if not os.path.isdir(os.path.join(HERE, folder)):
            err("missing " + folder)
            continue
        rows = check(folder, syn)
        m = sites(rows, folder, syn)
        c = collections.Counter((r["hijacked"], r["legit"]) for r in rows)
        print(folder, len(rows), "pages; hijacked", c[(True, False)], "legit", c[(False, True)],
              "clean", c[(False, False)], "; multi-page sites", m)
        for r in rows:
            (allspam if syn else realspam).update(r["spam_strings"])
    for s in sorted(allspam):
        for o, where in other.items():
            if len(o) >= 4 and len(s) >= 4 and (o in s or s in o):
                err("spam string overlaps %s: %r ~ %r" % (where, s[:12], o[:12]))
                break
    # real cases: overlap with spent splits is reported, not an error (real brand networks recur)
    for s in sorted(realspam):
        hits = [w for o, w in other.items() if len(o) >= 4 and len(s) >= 4 and (o in s or s in o)]
        if hits:
            print("note: real-case spam string shared with", len(set(hits)), "earlier truth file(s)")
    # determinism of the generator
    gen = os.path.join(HERE, "synthetic-generator-v27", "make_set.py")
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, gen, td], check=True, stdout=subprocess.DEVNULL)
        ref = os.path.join(HERE, "synthetic-v27")
        for rel in ["truth.jsonl"] + ["html/" + x for x in os.listdir(os.path.join(ref, "html"))]:
            if not filecmp.cmp(os.path.join(td, rel), os.path.join(ref, rel), shallow=False):
                err("generator re-run differs: " + rel)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
