# -*- coding: utf-8 -*-
"""Validate split v39 (bench/data/dev/) against the keeper's brief (bench/data/KEEPER.md).

Run from the repository root or anywhere:  python bench/data/dev/validate_v39.py
Exit status 0 when every check passes; every failure is printed.

Checks
  both folders: truth parses; every field of the truth format present; ids unique, prefixed, one html per id and
    none extra; text non-empty; lang/encoding/capture/kind set; site set (synthetic: the url's host);
    the html decodes with its truth encoding and declares it; every spam string occurs in the decoded html;
    a page labelled hijacked carries its injection in its bytes (a spam string, or for a string-less copy the
    copy marker: a copy-form injection and, in synthetic pages, a canonical link to another host);
    every non-null title/source/author is written on the page and every date (YYYY-MM-DD or 年月日);
    every truth paragraph is on the page; no spam string inside title/source/author/text truth.
  real-cases-v39: >= 19 hijacked (the brief asks 20; 2 of 21 removed, see REMOVED), >= 10 legit and not hijacked;
    ids rc39-NNN; at most 4 pages per brand
    (spam string) and at most 5 pages per form (first injection); kind/capture values allowed.
  synthetic-v39: 40 pages, 28 hijacked, 12 clean of which >= 4 legit; ids sv39-NNN; 6 templates, at least one
    GBK/GB18030; >= 4 sites of 5 pages, one template per site, 2-3 hijacked pages sharing one injection
    (same spam strings and injections) and the rest clean; generator re-run byte-identical.
  overlap with dev: no url, host or registrable domain of any dev truth/SOURCES.md; no spam string equal to,
    containing or contained in any dev spam string.
"""
import glob
import hashlib
import html as H
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
DEV = os.path.join(DATA, "dev")
# v39 is dev itself since it was spent (2026-12-06): compare with the older dev splits only, v39's own folders
# skipped; a later split (heldout/, v40 on) is no reuse of v39's
OWN = re.compile(r"-v39[a-z]?$")  # real-cases-v39, real-cases-v39b, synthetic-v39


def older_dev(pattern):
    return [f for f in glob.glob(os.path.join(DEV, "*", pattern))
            if not OWN.search(os.path.basename(os.path.dirname(f)))]


# pages removed on 2026-12-06 when v38 became dev (ids keep their numbers, so the sequence has gaps): rc39-013,
# rc39-016 (both hijacked) and rc39-024 (legit) share their url with dev/real-cases-v38; real-cases-v39/build.py
# skips the same ids
REMOVED = {"rc39-013", "rc39-016", "rc39-024"}
# the brief asks for 20 hijacked real pages; rc39-013 and rc39-016, two of them, were removed with REMOVED
MIN_HIJACKED = 19
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
COPY_FORMS = {"copy-on-unrelated-host"}
ERR = []


def err(msg):
    ERR.append(msg)


def load(folder):
    rows = []
    with open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except Exception as e:  # noqa
                    err(f"{folder}: line {n} does not parse: {e}")
    return rows


def visible(doc):
    doc = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", doc)
    doc = re.sub(r"(?s)<[^>]+>", " ", doc)
    return H.unescape(doc)


def squash(s):
    return re.sub(r"\s+", "", H.unescape(s or ""))


def regdom(h):
    p = h.split(".")
    if len(p) > 2 and p[-2] in ("com", "net", "org", "gov", "edu", "ac", "co") and len(p[-1]) == 2:
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def dev_sets():
    hosts, urls, spam = set(), set(), set()
    for f in older_dev("truth.jsonl"):
        for line in open(f, encoding="utf-8"):
            if not line.strip():
                continue
            try:
                t = json.loads(line)
            except Exception:
                continue
            u = t.get("url") or ""
            urls.add(u)
            h = (urlparse(u).hostname or "").lower()
            if h:
                hosts.add(h)
            for s in t.get("spam_strings") or []:
                if s:
                    spam.add(s)
    for f in older_dev("SOURCES.md"):
        for u in re.findall(r"https?://[^\s)`'\"<>]+", open(f, encoding="utf-8", errors="replace").read()):
            urls.add(u)
            h = (urlparse(u).hostname or "").lower()
            if h:
                hosts.add(h)
    return hosts, urls, spam


def check_folder(folder, prefix, synthetic):
    rows = load(folder)
    name = os.path.basename(folder)
    ids = [r.get("id") for r in rows]
    for i, c in Counter(ids).items():
        if c > 1:
            err(f"{name}: duplicate id {i}")
    files = {os.path.splitext(x)[0] for x in os.listdir(os.path.join(folder, "html")) if x.endswith(".html")}
    if files != set(ids):
        err(f"{name}: html files and ids differ: {sorted(files ^ set(ids))}")
    for r in rows:
        rid = r.get("id", "?")
        for k in FIELDS:
            if k not in r:
                err(f"{rid}: missing field {k}")
        if not re.fullmatch(prefix + r"-\d{3}", rid):
            err(f"{rid}: id not {prefix}-NNN")
        if not (r.get("text") or "").strip():
            err(f"{rid}: empty text")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err(f"{rid}: bad date {r['date']}")
        for k in ("lang", "encoding", "capture", "kind", "site", "origin"):
            if not r.get(k):
                err(f"{rid}: {k} empty")
        if synthetic and r.get("site") != urlparse(r["url"]).hostname:
            err(f"{rid}: site is not the url's host")
        path = os.path.join(folder, "html", rid + ".html")
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        enc = r.get("encoding") or "utf-8"
        try:
            doc = raw.decode(enc)
        except Exception as e:
            err(f"{rid}: does not decode as {enc}: {e}")
            continue
        if not re.search(r"charset=?\"?" + re.escape(enc), doc[:600], re.I):
            err(f"{rid}: charset {enc} not declared")
        udoc = H.unescape(doc)
        vis = squash(visible(doc))
        for s in r.get("spam_strings") or []:
            if s not in udoc:
                err(f"{rid}: spam string not in html: {s[:30]}")
            for k in ("title", "source", "author", "text"):
                if r.get(k) and squash(s) in squash(r[k]):
                    err(f"{rid}: spam string inside truth {k}")
        if r.get("hijacked"):
            inj = r.get("injections") or []
            if not inj:
                err(f"{rid}: hijacked without injections")
            if not r.get("spam_strings"):
                if not COPY_FORMS & set(inj):
                    err(f"{rid}: hijacked, no spam string and no copy form")
                if synthetic:
                    m = re.search(r'<link rel="canonical" href="([^"]+)"', doc)
                    if not m or urlparse(m.group(1)).hostname == urlparse(r["url"]).hostname:
                        err(f"{rid}: string-less synthetic copy without a canonical link to another host")
        else:
            if r.get("spam_strings") or r.get("injections"):
                err(f"{rid}: clean page with spam strings/injections")
        for k in ("title", "source", "author"):
            v = r.get(k)
            if v and squash(v) not in vis and squash(v) not in squash(udoc):
                err(f"{rid}: truth {k} not written on the page: {v[:30]}")
        if r.get("date"):
            y, m, d = r["date"].split("-")
            forms = [r["date"], f"{y}年{int(m)}月{int(d)}日", f"{y}年{m}月{d}日", f"{int(d):02d} "]
            if not any(squash(f) in vis for f in forms[:3]) and not (r.get("lang") == "en" and y in vis):
                err(f"{rid}: date not written on the page")
        for p in (r.get("text") or "").split("\n"):
            if p.strip() and squash(p) not in vis:
                err(f"{rid}: truth paragraph not on the page: {p[:30]}")
    return rows


def main():
    hosts, urls, dspam = dev_sets()
    dreg = {regdom(h) for h in hosts}
    real = check_folder(os.path.join(HERE, "real-cases-v39"), "rc39", False)
    for r in real:
        if r["id"] in REMOVED:
            err(f"{r['id']}: removed on 2026-12-06 (overlaps v38), still in truth.jsonl")
    syn = check_folder(os.path.join(HERE, "synthetic-v39"), "sv39", True)

    # real counts and limits
    hij = [r for r in real if r["hijacked"]]
    leg = [r for r in real if r["legit"] and not r["hijacked"]]
    if len(hij) < MIN_HIJACKED:
        err(f"real: {len(hij)} hijacked < {MIN_HIJACKED}")
    if len(leg) < 10:
        err(f"real: {len(leg)} legit-not-hijacked < 10")
    forms = Counter((r["injections"] or ["-"])[0] for r in hij)
    for f, c in forms.items():
        if c > 5:
            err(f"real: form {f} on {c} pages > 5")
    brands = Counter(s for r in real for s in set(r["spam_strings"]))
    for s, c in brands.items():
        if c > 4:
            err(f"real: brand/spam string on {c} pages > 4: {s[:20]}")
    for r in real:
        if r["kind"] not in ("real-page", "real-injection-in-real-page", "rebuilt-from-text"):
            err(f"{r['id']}: kind {r['kind']}")
        if r["capture"] not in ("text", "html"):
            err(f"{r['id']}: capture {r['capture']}")

    # synthetic counts, templates, sites
    if len(syn) != 40:
        err(f"synthetic: {len(syn)} pages != 40")
    sh = sum(r["hijacked"] for r in syn)
    clean = [r for r in syn if not r["hijacked"]]
    if sh != 28 or len(clean) != 12:
        err(f"synthetic: {sh} hijacked / {len(clean)} clean, want 28 / 12")
    if sum(r["legit"] for r in clean) < 4:
        err("synthetic: fewer than 4 legit clean pages")
    tpls = {r.get("template") for r in syn}
    if len(tpls) != 6:
        err(f"synthetic: {len(tpls)} templates != 6")
    if not any(r["encoding"].lower() in ("gbk", "gb18030") for r in syn):
        err("synthetic: no GBK/GB18030 page")
    bysite = defaultdict(list)
    for r in syn:
        bysite[r["site"]].append(r)
    sites = [s for s, v in bysite.items() if len(v) >= 5]
    if len(sites) < 4:
        err(f"synthetic: {len(sites)} sites of 5+ pages < 4")
    for s in sites:
        v = bysite[s]
        if len({r.get("template") for r in v}) != 1:
            err(f"site {s}: more than one template")
        h = [r for r in v if r["hijacked"]]
        if not 2 <= len(h) <= 3 or len(v) - len(h) < 2:
            err(f"site {s}: {len(h)} hijacked of {len(v)}")
        if len({(tuple(r["spam_strings"]), tuple(r["injections"])) for r in h}) != 1:
            err(f"site {s}: hijacked pages do not share one injection")
    # re-run generator: byte-identical
    gen = os.path.join(HERE, "synthetic-generator-v39", "make_set.py")
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, gen, td], check=True, stdout=subprocess.DEVNULL)
        for fn in ["truth.jsonl"] + [os.path.join("html", x) for x in sorted(os.listdir(os.path.join(td, "html")))]:
            a = hashlib.sha256(open(os.path.join(td, fn), "rb").read()).hexdigest()
            bp = os.path.join(HERE, "synthetic-v39", fn)
            b = hashlib.sha256(open(bp, "rb").read()).hexdigest() if os.path.exists(bp) else None
            if a != b:
                err(f"synthetic: re-run differs at {fn}")

    # overlap with dev
    for r in real + syn:
        u = r["url"]
        h = (urlparse(u).hostname or "").lower()
        if u in urls:
            err(f"{r['id']}: url used in dev")
        if h in hosts:
            err(f"{r['id']}: host used in dev: {h}")
        elif regdom(h) in dreg:
            err(f"{r['id']}: registrable domain used in dev: {regdom(h)}")
        for s in r["spam_strings"]:
            for d in dspam:
                if d in s or s in d:
                    err(f"{r['id']}: spam string overlaps dev spam string {d[:20]}")
                    break

    print(f"real-cases-v39: {len(real)} pages ({len(hij)} hijacked, {len(leg)} legit-only); "
          f"synthetic-v39: {len(syn)} pages ({sh} hijacked, {len(sites)} sites)")
    if ERR:
        print(f"{len(ERR)} problem(s):")
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
