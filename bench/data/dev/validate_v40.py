# -*- coding: utf-8 -*-
"""Validate dev v40 (real-cases-v40, synthetic-v40, synthetic-generator-v40) against every rule of
bench/data/KEEPER.md that a script can check. Exit 1 on any error.
Usage: python validate_v40.py"""
import collections, glob, html, json, os, re, subprocess, sys, tempfile
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from devset import load, reg  # dev hosts / registrable domains / urls / spam strings (older dev splits: v40's own
# folders skipped since v40 is dev, 2026-12-06)

# pages removed on 2026-12-06 when v39 became dev: rc40-030 (legit-only, the last id, so no gap) shares its
# registrable domain with dev/real-cases-v39; real-cases-v40/build.py skips the same id
REMOVED = {"rc40-030"}
# the brief asks for 10 legit-only real pages; rc40-030, one of them, was removed with REMOVED
MIN_LEGIT = 9
ERR = []
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
NO_STRING_FORMS = {"news-wire-mirror-gloss", "news-mirror-chrome-kept", "edu-page-mirror", "portal-mirror-traditional",
                   "referrer-cloak-redirect", "hex-js-loader"}
MIRROR_FORMS = {"news-wire-mirror-gloss", "news-mirror-chrome-kept", "edu-page-mirror", "portal-mirror-traditional"}


def err(m):
    ERR.append(m)


def decode(path, enc):
    raw = open(path, "rb").read()
    m = re.search(rb'charset="?([A-Za-z0-9_-]+)', raw[:600])
    declared = m.group(1).decode().lower() if m else None
    if declared and declared.replace("-", "") != enc.replace("-", "").lower():
        err("%s: declared charset %s != truth encoding %s" % (path, declared, enc))
    try:
        return raw.decode(enc)
    except Exception as e:
        err("%s: does not decode as %s (%s)" % (path, enc, e))
        return raw.decode(enc, "replace")


def visible(doc):
    d = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", doc)
    d = re.sub(r"(?s)<[^>]+>", "\n", d)
    return html.unescape(d)


def date_variants(d):
    y, m, dd = d.split("-")
    return [d, "%s年%s月%s日" % (y, m, dd), "%s年%d月%d日" % (y, int(m), int(dd)), "%s/%s/%s" % (y, m, dd),
            "%d %s %s" % (int(dd), {"05": "Mei"}.get(m, m), y)]


def check_corpus(folder, real):
    tp = os.path.join(folder, "truth.jsonl")
    rows = []
    for i, line in enumerate(open(tp, encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err("%s:%d json: %s" % (tp, i, e))
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("%s: duplicate ids" % tp)
    files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(folder, "html"))}
    if files != set(ids):
        err("%s: html files and ids differ: %s" % (folder, sorted(files ^ set(ids))))
    pref = "rc40-" if real else "sv40-"
    for n, r in enumerate(rows, 1):
        for k in FIELDS:
            if k not in r:
                err("%s: missing field %s" % (r.get("id"), k))
        if r["id"] != "%s%03d" % (pref, n):
            err("%s: id out of sequence (want %s%03d)" % (r["id"], pref, n))
        if not (r.get("text") or "").strip():
            err("%s: empty text" % r["id"])
        if r["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err("%s: bad date %r" % (r["id"], r["date"]))
        if r["site"] in ("gov", "edu") or not r["site"]:
            err("%s: site must be a host" % r["id"])
        if r["capture"] != ("text" if real else "html"):
            err("%s: capture %s" % (r["id"], r["capture"]))
        path = os.path.join(folder, "html", r["id"] + ".html")
        if not os.path.exists(path):
            continue
        doc = decode(path, r["encoding"])
        udoc = html.unescape(doc)
        vis = visible(doc)
        vis_clean = vis
        for s_ in sorted(r["spam_strings"], key=len, reverse=True):
            vis_clean = vis_clean.replace(s_, "")
        for line in r["text"].split("\n"):
            if line.strip() and line not in vis and line not in vis_clean:
                err("%s: text line not on page: %s" % (r["id"], line[:40]))
        if r["title"] and r["title"] not in vis:
            err("%s: title not on page" % r["id"])
        for k in ("source", "author"):
            if r[k] and r[k] not in vis:
                err("%s: %s not on page" % (r["id"], k))
        if r["date"] and not any(v in vis for v in date_variants(r["date"])):
            err("%s: date not written on page" % r["id"])
        shown = " ".join(str(r.get(k) or "") for k in ("title", "text", "source", "author"))
        for s in r["spam_strings"]:
            if s not in udoc:
                err("%s: spam string not in decoded html: %s" % (r["id"], s))
            if s in shown:
                err("%s: spam string inside truth fields: %s" % (r["id"], s))
        if r["hijacked"]:
            if not r["injections"]:
                err("%s: hijacked without injections" % r["id"])
            if not r["spam_strings"] and not (set(r["injections"]) & NO_STRING_FORMS):
                err("%s: hijacked, no spam string and no string-free form" % r["id"])
            if r.get("marker") and r["marker"] not in doc:
                err("%s: injection marker missing from bytes" % r["id"])
            if "hex-js-loader" in r["injections"] and not re.search(r"(\\x[0-9a-f]{2}){8}", doc):
                err("%s: hex loader missing" % r["id"])
            if "referrer-cloak-redirect" in r["injections"] and not re.search(r"document\.referrer.*location\.replace", doc):
                err("%s: cloak script missing" % r["id"])
            if "meta-refresh-takeover" in r["injections"] and 'http-equiv="refresh"' not in doc:
                err("%s: meta refresh missing" % r["id"])
            if "document-write-spam" in r["injections"] and "document.write(" not in doc:
                err("%s: document.write missing" % r["id"])
            if r["legit"] and not (set(r["injections"]) & MIRROR_FORMS):
                err("%s: hijacked+legit allowed only for mirrors of lawful gambling/lottery news" % r["id"])
        else:
            if r["injections"] or r["spam_strings"]:
                err("%s: clean page with injections/spam" % r["id"])
    return rows


def check_dev_overlap(rows, label):
    hosts, regs, urls, spam = load()
    long_dev = [d for d in spam if len(d) >= 4]
    for r in rows:
        h = (urlsplit(r["url"]).hostname or "").lower()
        if h in hosts or reg(h) in regs:
            err("%s %s: host/domain used by a dev split: %s" % (label, r["id"], h))
        if r["url"] in urls:
            err("%s %s: url used by a dev split" % (label, r["id"]))
        for s in r["spam_strings"]:
            if s in spam:
                err("%s %s: spam string equals a dev one: %s" % (label, r["id"], s))
            elif any(s in d for d in spam if len(s) >= 3) or any(d in s for d in long_dev):
                err("%s %s: spam string overlaps a dev one: %s" % (label, r["id"], s))


def main():
    rdir = os.path.join(HERE, "real-cases-v40")
    sdir = os.path.join(HERE, "synthetic-v40")
    real = check_corpus(rdir, True)
    syn = check_corpus(sdir, False)
    check_dev_overlap(real, "real")
    check_dev_overlap(syn, "synthetic")
    for f in ("SOURCES.md", "README.md"):
        if not os.path.exists(os.path.join(rdir, f)):
            err("real-cases-v40/%s missing" % f)
    # real: counts, forms, kinds
    hj = [r for r in real if r["hijacked"]]
    lg = [r for r in real if not r["hijacked"] and r["legit"]]
    for r in real:
        if r["id"] in REMOVED:
            err("%s: removed on 2026-12-06 (overlaps v39), still in truth.jsonl" % r["id"])
    if len(hj) < 20 or len(lg) < MIN_LEGIT:
        err("real: need >=20 hijacked and >=%d legit (got %d/%d)" % (MIN_LEGIT, len(hj), len(lg)))
    prim = collections.Counter(r["injections"][0] for r in hj)
    for f, n in prim.items():
        if n > 5:
            err("real: more than 5 pages of form %s" % f)
    for r in real:
        if r["kind"] not in ("real-page", "real-injection-in-real-page", "rebuilt-from-text"):
            err("%s: bad kind" % r["id"])
        if r["kind"] == "rebuilt-from-text" and r["capture"] != "text":
            err("%s: rebuilt-from-text must be capture text" % r["id"])
    # synthetic: counts, sites, templates, encodings
    if len(syn) != 40:
        err("synthetic: %d pages, want 40" % len(syn))
    if sum(r["hijacked"] for r in syn) != 28 or sum(not r["hijacked"] for r in syn) != 12:
        err("synthetic: want 28 hijacked / 12 clean")
    if sum(r["legit"] and not r["hijacked"] for r in syn) != 4:
        err("synthetic: want 4 legit clean pages")
    tpls = collections.Counter(r["template"] for r in syn)
    if len(tpls) != 6:
        err("synthetic: want 6 templates, got %s" % dict(tpls))
    if not any(r["encoding"] in ("gbk", "gb18030") for r in syn):
        err("synthetic: no GBK/GB18030 page")
    by_site = collections.defaultdict(list)
    for r in syn:
        by_site[r["site"]].append(r)
    multi = {s: v for s, v in by_site.items() if len(v) > 1}
    if sum(1 for v in multi.values() if len(v) == 5) < 4:
        err("synthetic: need >=4 sites of 5 pages")
    for s, v in multi.items():
        if len({r["template"] for r in v}) != 1:
            err("synthetic site %s: more than one template" % s)
        h = [r for r in v if r["hijacked"]]
        if not 2 <= len(h) <= 3 or not 2 <= len(v) - len(h) <= 3:
            err("synthetic site %s: want 2-3 hijacked and 2-3 clean" % s)
        if len({(tuple(r["injections"]), tuple(r["spam_strings"])) for r in h}) != 1:
            err("synthetic site %s: hijacked pages do not share one injection" % s)
    if sum(1 for v in by_site.values() if len(v) == 1) != 20:
        err("synthetic: want 20 single pages")
    # generator: byte-identical re-run
    gen = os.path.join(HERE, "synthetic-generator-v40", "make_set.py")
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, gen, td], check=True)
        for f in sorted(os.listdir(os.path.join(sdir, "html"))) + ["../truth.jsonl"]:
            a = open(os.path.join(sdir, "html", f), "rb").read()
            b = open(os.path.join(td, "html", f), "rb").read()
            if a != b:
                err("generator re-run differs: %s" % f)
    for m in ERR:
        print("ERROR", m)
    print("real: %d pages (%d hijacked, %d legit-only); synthetic: %d pages; %d errors"
          % (len(real), len(hj), len(lg), len(syn), len(ERR)))
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
