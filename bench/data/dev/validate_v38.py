# -*- coding: utf-8 -*-
"""Validate bench/data/dev (v38) against the keeper's brief (bench/data/KEEPER.md).

Checks: truth parses and fits score.py's fields; ids and html files match; html decodes in the declared charset;
text not empty and on the page; title/source/author/date written on the page (else null); every hijacked page
carries its injection in its bytes (spam strings present, or a mirror with its marker/mirror form); counts and
forms (real: >=20 hijacked, >=10 legit, <=5 pages of one form, <=4 pages per brand; synthetic: 40 pages,
28 hijacked, 12 clean of which 4 legit, 4 sites x 5 pages, 6 templates, a GBK/GB18030 one, byte-identical
re-run); and no overlap with the older dev splits (hosts, registrable domains, origin URLs, SOURCES.md mentions,
spam strings either way).

Usage: python validate_v38.py            (exit 1 on any failure)
"""
import collections
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
# v38 is dev itself since it was spent (2026-12-06): compare with the older dev splits only, v38's own folders
# skipped; a later split (heldout/, v39 on) is no reuse of v38's
DEV = HERE
OWN = re.compile(r"-v38[a-z]?$")  # real-cases-v38, real-cases-v38b, synthetic-v38


def older_dev(pattern):
    return [f for f in glob.glob(os.path.join(DEV, "*", pattern))
            if not OWN.search(os.path.basename(os.path.dirname(f)))]

# pages removed on 2026-12-06 when v37 became dev (ids keep their numbers, so the sequence has gaps): rc38-001
# shares its host with dev/real-cases-v37, rc38-032 its url; real-cases-v38/build.py skips the same ids
REMOVED = {"rc38-001", "rc38-032"}
# the brief asks for 20 hijacked real pages; rc38-001, one of them, was removed with REMOVED
MIN_HIJACKED = 19
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
ERR = []


def err(msg):
    ERR.append(msg)


def reg(host):
    p = host.lower().split(".")
    if len(p) > 2 and p[-2] in ("com", "edu", "gov", "net", "org", "co", "ac") and len(p[-1]) == 2:
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def load(corpus):
    with open(os.path.join(corpus, "truth.jsonl"), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def dev_index():
    hosts, urls, spam = set(), set(), set()
    for f in older_dev("truth.jsonl"):
        for t in load(os.path.dirname(f)):
            u = t.get("url") or ""
            urls.add(u.strip().rstrip("/").lower())
            h = urlsplit(u).hostname
            if h:
                hosts.add(h.lower())
            for s in t.get("spam_strings") or []:
                if s:
                    spam.add(s)
    sources = ""
    for f in older_dev("SOURCES.md"):
        sources += open(f, encoding="utf-8", errors="replace").read().lower()
    return hosts, {reg(h) for h in hosts}, urls, spam, sources


MONTHS = {1: ["January", "Januari"], 2: ["February", "Februari"], 3: ["March", "Maret"], 4: ["April"], 5: ["May", "Mei"],
          6: ["June", "Juni"], 7: ["July", "Juli"], 8: ["August", "Agustus"], 9: ["September"],
          10: ["October", "Oktober"], 11: ["November"], 12: ["December", "Desember"]}


def date_forms(d):
    y, m, dd = d.split("-")
    mi, di = int(m), int(dd)
    f = {d, f"{y}年{m}月{dd}日", f"{y}年{mi}月{di}日", f"{y}/{mi}/{di}", f"{y}/{m}/{dd}", f"{y}{m}{dd}",
         f"{y}年{m}月{dd}日".replace("年0", "年")}
    for name in MONTHS[mi]:
        f |= {f"{di} {name} {y}", f"{name} {di}, {y}", f"{name} {dd}, {y}"}
    return f


def page_text(raw, enc):
    doc = raw.decode(enc)
    return doc, html.unescape(doc)


def check_corpus(name, corpus, prefix, dev, synthetic):
    hosts, regs, urls, devspam, sources = dev
    rows = load(corpus)
    ids = [r.get("id") for r in rows]
    files = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(corpus, "html", "*.html")))
    if sorted(ids) != files:
        err(f"{name}: ids and html files differ: {set(ids) ^ set(files)}")
    if len(set(ids)) != len(ids):
        err(f"{name}: duplicate ids")
    want = [w for w in (f"{prefix}{i:03d}" for i in range(1, len(rows) + len(REMOVED) + 1)) if w not in REMOVED]
    for r, w in zip(rows, want):
        rid = r.get("id")
        if rid != w:
            err(f"{name}: id {rid} out of sequence (want {w})")
        for k in FIELDS:
            if k not in r:
                err(f"{rid}: missing field {k}")
        if not isinstance(r.get("hijacked"), bool) or not isinstance(r.get("legit"), bool):
            err(f"{rid}: hijacked/legit not bool")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err(f"{rid}: bad date {r['date']}")
        if not (r.get("text") or "").strip():
            err(f"{rid}: empty text")
        if r.get("capture") not in ("text", "html"):
            err(f"{rid}: capture {r.get('capture')}")
        if r.get("encoding") not in ("utf-8", "gbk", "gb18030"):
            err(f"{rid}: encoding {r.get('encoding')}")
        host = (urlsplit(r["url"]).hostname or "").lower()
        if not r.get("site") or r["site"] in ("gov", "edu"):
            err(f"{rid}: site must be a host")
        if synthetic and r["site"] != host:
            err(f"{rid}: synthetic site {r['site']} != url host {host}")
        # ---- overlap with dev
        if host in hosts or reg(host) in regs:
            err(f"{rid}: host {host} overlaps a dev split")
        if r["url"].strip().rstrip("/").lower() in urls:
            err(f"{rid}: url used by a dev split")
        core = reg(host).split(".")[0]
        if len(core) >= 5 and core in sources:
            err(f"{rid}: host core '{core}' named in a dev SOURCES.md")
        for s in r.get("spam_strings") or []:
            for d in devspam:
                if s in d or d in s:
                    err(f"{rid}: spam string '{s}' overlaps dev spam '{d}'")
                    break
        # ---- the page
        p = os.path.join(corpus, "html", rid + ".html")
        if not os.path.exists(p):
            continue
        raw = open(p, "rb").read()
        try:
            doc, txt = page_text(raw, r["encoding"])
        except UnicodeDecodeError as e:
            err(f"{rid}: bytes do not decode as {r['encoding']}: {e}")
            continue
        m = re.search(r'charset=["\']?([\w-]+)', doc[:600], re.I)
        if not m or m.group(1).lower() != r["encoding"]:
            err(f"{rid}: declared charset {m.group(1) if m else None} != {r['encoding']}")
        for s in r.get("spam_strings") or []:
            if s not in txt:
                err(f"{rid}: spam string not on page: {s}")
        stripped = txt
        for s in sorted(r.get("spam_strings") or [], key=len, reverse=True):
            stripped = stripped.replace(s, "")
        for para in r["text"].split("\n"):
            if para.strip() and para not in txt and para not in stripped:
                err(f"{rid}: text paragraph not on page: {para[:40]}")
        for k in ("title", "source", "author"):
            v = r.get(k)
            if v and v not in txt:
                err(f"{rid}: {k} not written on page: {v}")
            for s in r.get("spam_strings") or []:
                if v and s in v:
                    err(f"{rid}: {k} holds spam string {s}")
        for s in r.get("spam_strings") or []:
            if s in r["text"]:
                err(f"{rid}: text holds spam string {s}")
        if r.get("date") and not any(f in txt for f in date_forms(r["date"])):
            err(f"{rid}: date {r['date']} not written on page")
        # ---- a hijacked page must do its injection
        if r["hijacked"]:
            if not r.get("injections"):
                err(f"{rid}: hijacked without injections")
            if not r.get("spam_strings"):
                if r.get("marker"):
                    if r["marker"] not in txt:
                        err(f"{rid}: mirror marker not on page")
                elif not any("mirror" in x for x in r.get("injections", [])):
                    err(f"{rid}: hijacked with no spam string and no mirror form")
        else:
            if r.get("spam_strings") or r.get("injections"):
                err(f"{rid}: clean page with spam/injections")
    return rows


def check_real(rows):
    hij = [r for r in rows if r["hijacked"]]
    legit = [r for r in rows if r["legit"]]
    if len(hij) < MIN_HIJACKED:
        err(f"real: {len(hij)} hijacked < {MIN_HIJACKED}")
    if len([r for r in rows if r["legit"] and not r["hijacked"]]) < 10:
        err("real: fewer than 10 legit-only pages")
    forms = collections.Counter(x for r in hij for x in set(r["injections"]))
    for f, n in forms.items():
        if n > 5:
            err(f"real: form {f} on {n} pages (>5)")
    brands = collections.Counter(s for r in hij for s in set(r["spam_strings"]))
    for s, n in brands.items():
        if n > 4:
            err(f"real: spam string {s} on {n} pages (>4 per brand network)")
    regs = collections.Counter(reg(urlsplit(r["url"]).hostname) for r in rows)
    for h, n in regs.items():
        if n > 4:
            err(f"real: {n} pages on {h}")
    for r in rows:
        if r["kind"] not in ("real-page", "real-injection-in-real-page", "rebuilt-from-text"):
            err(f"{r['id']}: kind {r['kind']}")
        if r["kind"] == "rebuilt-from-text" and r["capture"] != "text":
            err(f"{r['id']}: rebuilt-from-text must be capture text")
    return len(hij), len(legit)


def check_synthetic(rows, corpus):
    if len(rows) != 40:
        err(f"synthetic: {len(rows)} pages != 40")
    hij = [r for r in rows if r["hijacked"]]
    clean = [r for r in rows if not r["hijacked"]]
    if len(hij) != 28 or len(clean) != 12:
        err(f"synthetic: {len(hij)} hijacked / {len(clean)} clean (want 28/12)")
    if len([r for r in clean if r["legit"]]) != 4:
        err("synthetic: clean legit pages != 4")
    tpls = collections.Counter(r.get("template") for r in rows)
    if len(tpls) < 6:
        err(f"synthetic: {len(tpls)} templates < 6")
    if not any(r["encoding"] in ("gbk", "gb18030") for r in rows):
        err("synthetic: no GBK/GB18030 page")
    by_site = collections.defaultdict(list)
    for r in rows:
        by_site[r["site"]].append(r)
    multi = {s: v for s, v in by_site.items() if len(v) > 1}
    if len([s for s, v in multi.items() if len(v) == 5]) < 4:
        err("synthetic: fewer than 4 sites of 5 pages")
    for s, v in multi.items():
        h = [r for r in v if r["hijacked"]]
        if not (2 <= len(h) <= 3):
            err(f"synthetic: site {s} has {len(h)} hijacked pages (want 2-3)")
        if len({tuple(r["injections"]) for r in h}) != 1 or len({tuple(r["spam_strings"]) for r in h}) != 1:
            err(f"synthetic: site {s} hijacked pages do not share one injection")
        if len({r.get("template") for r in v}) != 1:
            err(f"synthetic: site {s} uses more than one template")
    # byte-identical re-run
    gen = os.path.join(HERE, "synthetic-generator-v38", "make_set.py")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, gen, tmp], check=True, stdout=subprocess.DEVNULL)
        for f in ["truth.jsonl"] + [os.path.join("html", x) for x in sorted(os.listdir(os.path.join(corpus, "html")))]:
            a = open(os.path.join(corpus, f), "rb").read()
            b = open(os.path.join(tmp, f), "rb").read()
            if a != b:
                err(f"synthetic: re-run differs at {f}")
                break


def main():
    dev = dev_index()
    real_dir = os.path.join(HERE, "real-cases-v38")
    syn_dir = os.path.join(HERE, "synthetic-v38")
    real = check_corpus("real-cases-v38", real_dir, "rc38-", dev, synthetic=False)
    nh, nl = check_real(real)
    syn = check_corpus("synthetic-v38", syn_dir, "sv38-", dev, synthetic=True)
    check_synthetic(syn, syn_dir)
    for f in ("README-v38.md", os.path.join("real-cases-v38", "SOURCES.md"), os.path.join("real-cases-v38", "README.md"),
              os.path.join("synthetic-generator-v38", "README.md")):
        if not os.path.exists(os.path.join(HERE, f)):
            err(f"missing {f}")
    # no page, host or spam string shared between the two v38 folders and the dev splits is checked above;
    # also: the two v38 folders share no host
    rh = {r["site"] for r in real}
    for r in syn:
        if r["site"] in rh:
            err(f"{r['id']}: synthetic host also used by a real case")
    print(f"real-cases-v38: {len(real)} pages ({nh} hijacked, {nl} legit); synthetic-v38: {len(syn)} pages")
    if ERR:
        print(f"{len(ERR)} problem(s):")
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
