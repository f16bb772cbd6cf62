#!/usr/bin/env python3
"""Validate dev/synthetic-v47 (keeper k47s; pending-v47/ at collection, held out from 2026-12-07, when v46 was spent; dev since v47 was spent, 2026-12-07): format, labels, sites, truth on page, re-run identity,
brands, injected hosts, no shared code (KEEPER.md item 7).

Usage: python3 validate_v47s.py [COMPARE_DIR ...]
  COMPARE_DIR: folders whose **/truth.jsonl (spam_strings) and all files (hosts), **/*.htm* (item 7) and
  synthetic-generator-*/ files (template family names) are compared against. Default: bench/data/dev: since v47
  is dev (2026-12-07), the older dev splits. v47's own folders are skipped wherever they sit (pending-v47/ at
  collection, and any folder named *-v47 or *-v47<letter>), and so are v47's own files beside them in dev/ (any file
  whose name holds 'v47': README-v47*.md, validate_v47*.py, check_act_v47b.js) and any held-out or pending folder
  (heldout/, heldout-*, pending-*: v48 on, later than v47), even when passed.
  Overlaps are reported by id and folder only (no strings printed). Stdlib only. Exit status 1 on any failure.
"""
import filecmp
import glob
import html as H
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SET = os.path.join(HERE, "synthetic-v47")
GEN = os.path.join(HERE, "synthetic-generator-v47", "make_set.py")
WIN = 120
GRAM = 30
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
FAMILIES = ["SPIP", "ImpressCMS", "Subrion", "Fork CMS", "Cotonti", "Kooboo"]
OWN = re.compile(r"-v47[a-z]?$|^pending-v47$|^(heldout|pending)($|-)")
ERR = []


def err(msg):
    ERR.append(msg)
    print("FAIL", msg)


def own(path):
    parts = os.path.abspath(path).split(os.sep)
    return any(OWN.search(p) for p in parts if p)


def decode(b, enc=None):
    for e in ([enc] if enc else []) + ["utf-8", "gb18030"]:
        try:
            return b.decode(e)
        except (UnicodeDecodeError, LookupError):
            pass
    return b.decode("utf-8", "replace")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def squash(s):
    return re.sub(r"[\s\u200b-\u200f\u2060\ufeff]", "", unicodedata.normalize("NFKC", s or "")).lower()


def walk(dirs):
    for d in dirs:
        for root, subdirs, files in os.walk(d):
            subdirs[:] = sorted(x for x in subdirs if not own(os.path.join(root, x)))
            if own(root):
                continue
            for f in sorted(files):
                if "v47" in f:  # v47's own files beside its folders (README-v47*.md, validate_v47*.py, ...)
                    continue
                yield os.path.join(root, f)


def load_gen():
    spec = importlib.util.spec_from_file_location("make_set_v47", GEN)
    mod = importlib.util.module_from_spec(spec)
    old = sys.argv
    sys.argv = [GEN, tempfile.gettempdir()]  # OUT is only used by main(), never called here
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.argv = old
    return mod


def main():
    compare = [os.path.abspath(a) for a in sys.argv[1:]] or [os.path.join(REPO, "bench", "data", "dev")]
    compare = [c for c in compare if not own(c)]
    # ------------------------------------------------------------ format
    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SET, "html")) if f.endswith(".html"))
    if sorted(ids) != files or len(set(ids)) != len(ids):
        err("ids do not match html files")
    pages = {}
    for r in rows:
        for k in FIELDS:
            if k not in r:
                err(f"{r['id']}: field {k} missing")
        raw = open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read()
        try:
            doc = raw.decode(r["encoding"])
        except (UnicodeDecodeError, LookupError):
            err(f"{r['id']}: does not decode as {r['encoding']}")
            doc = decode(raw)
        declared = re.search(r'charset="?([\w-]+)', doc[:600], re.I)
        if not declared or declared.group(1).lower() != r["encoding"].lower():
            err(f"{r['id']}: declared charset differs from truth encoding")
        pages[r["id"]] = doc
        shown = H.unescape(doc)
        flat = ws(re.sub(r"<[^>]+>", " ", shown))
        if not (r.get("text") or "").strip():
            err(f"{r['id']}: empty text")
        for para in r["text"].split("\n"):
            if para not in shown:
                err(f"{r['id']}: a text paragraph is not on the page")
        for k in ("title", "source", "author"):
            if r.get(k) and r[k] not in flat:
                err(f"{r['id']}: truth {k} is not written on the page")
        if r.get("date"):
            y, m, d = r["date"].split("-")
            forms = [r["date"], f"{y}/{int(m)}/{int(d)}", f"{y}年{m}月{d}日", f"{y}年{int(m)}月{int(d)}日"]
            if not any(f in flat for f in forms):
                err(f"{r['id']}: truth date is not written on the page")
        if r["hijacked"]:
            if not r["injections"]:
                err(f"{r['id']}: hijacked without injection forms")
            if not r["spam_strings"] and not (r.get("marker") and r["marker"] in doc):
                err(f"{r['id']}: hijacked page shows no spam string and carries no marker")
            if r.get("marker") and r["marker"] not in doc:
                err(f"{r['id']}: marker not in page bytes")
        else:
            if r["spam_strings"] or r["injections"]:
                err(f"{r['id']}: clean page with spam strings / injections")
        for s in r["spam_strings"]:
            if s not in shown:
                err(f"{r['id']}: a spam string is not in the decoded page")
            for k in ("title", "text", "source", "author"):
                if r.get(k) and squash(s) in squash(r[k]):
                    err(f"{r['id']}: a spam string occurs in truth {k}")
        if r["legit"] and r["hijacked"]:
            err(f"{r['id']}: legit and hijacked (no mirror in this set)")
    n_h = sum(r["hijacked"] for r in rows)
    n_l = sum(r["legit"] for r in rows)
    if (len(rows), n_h, len(rows) - n_h, n_l) != (40, 28, 12, 4):
        err(f"counts {len(rows)} pages, {n_h} hijacked, {n_l} legit (want 40/28/12/4)")
    encs = {r["encoding"] for r in rows}
    if not {"gbk", "gb18030"} <= encs:
        err("GBK and GB18030 templates missing")
    tpls = {r["template"] for r in rows}
    if len(tpls) != 6:
        err(f"{len(tpls)} templates (want 6)")
    # ------------------------------------------------------------ sites (item 5)
    by_site = {}
    for r in rows:
        by_site.setdefault(r["site"], []).append(r)
    multi = {h: rs for h, rs in by_site.items() if len(rs) > 1}
    if len(multi) < 4 or any(len(rs) != 5 for rs in multi.values()):
        err("want 4 sites of 5 pages")
    for h, rs in multi.items():
        hij = [r for r in rs if r["hijacked"]]
        if not 2 <= len(hij) <= 3:
            err(f"site {h}: {len(hij)} hijacked pages")
        if len({json.dumps([r["injections"], r["spam_strings"]]) for r in hij}) != 1:
            err(f"site {h}: hijacked pages do not share one injection")
        if len({r["template"] for r in rs}) != 1:
            err(f"site {h}: more than one template")
        if any("." not in r["site"] for r in rs):
            err(f"site {h}: site is no host")
    for h, rs in by_site.items():
        if len(rs) == 1 and len(multi) and rs[0]["site"] in multi:
            err("single page on a multi-page host")
    # ------------------------------------------------------------ re-run identity
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        for t in (t1, t2):
            subprocess.run([sys.executable, GEN, t], check=True, stdout=subprocess.DEVNULL)
        for t in (t1, t2):
            names = ["truth.jsonl"] + [os.path.join("html", f) for f in sorted(os.listdir(os.path.join(t, "html")))]
            same = all(filecmp.cmp(os.path.join(t, n), os.path.join(SET, n), shallow=False) for n in names)
            if not same or len(names) - 1 != len(files):
                err("re-run is not byte-identical to the committed set")
    # ------------------------------------------------------------ injections from the generator
    gen = load_gen()
    built = gen.build()
    inj_hosts = sorted({h for h in [v["host"] for v in gen.SITE_INJ.values()] + [f[2] for f in gen.SINGLE_FORMS] if h})
    code = {}  # id -> list of injected code snippets (as in the page)
    for pid, data, t, inj in built:
        if not t["hijacked"]:
            continue
        snippets = [v for k, v in inj.items() if isinstance(v, str) and k in (
            "footer", "body_top_html", "body_top_p", "body_mid_p", "body_end_p", "script_end", "head_script",
            "head_meta", "credit")]
        for k in ("friend", "related"):
            if inj.get(k):
                items = inj[k] if k == "friend" else [inj[k]]
                snippets += [f'<a href="{u}"' for _, u in items]
        for s in snippets:
            if s not in pages[pid]:
                err(f"{pid}: an injected snippet of the generator is not in the page")
        code[pid] = snippets
    for r in rows:
        if not r["hijacked"]:
            doc = pages[r["id"]]
            if any(c in doc for c in gen.BRAND_CORES) or any(h in doc for h in inj_hosts):
                err(f"{r['id']}: clean page carries an invented brand or injected host")
    # ------------------------------------------------------------ brands vs compare dirs
    other = set()
    truths = [p for p in walk(compare) if os.path.basename(p) == "truth.jsonl"]
    for p in truths:
        for l in open(p, encoding="utf-8", errors="replace"):
            l = l.strip()
            if not l:
                continue
            try:
                o = json.loads(l)
            except ValueError:
                continue
            for s in o.get("spam_strings") or []:
                if isinstance(s, str) and squash(s):
                    other.add(squash(s))
    mine = {(r["id"], squash(s)) for r in rows for s in r["spam_strings"]}
    mine |= {("core", squash(c)) for c in gen.BRAND_CORES}
    over = 0
    for pid, s in sorted(mine):
        for o in other:
            if s in o or o in s:
                over += 1
                print(f"  brand overlap: {pid} (a spam string or brand core) vs a compare-folder spam string")
                break
    if over:
        err(f"{over} brand overlaps")
    # ------------------------------------------------------------ hosts and item 7 against compare files
    all_files = list(walk(compare))
    htmls = [p for p in all_files if re.search(r"\.html?$", p, re.I)]
    grams = {}
    for pid, snippets in code.items():
        for si, s in enumerate(snippets):
            c = ws(s)
            if len(c) < WIN:
                continue
            for i in range(len(c) - GRAM + 1):
                grams.setdefault(c[i:i + GRAM], []).append((pid, si, i))
    host_hits, shared, site_hits = set(), set(), set()
    lh = [h.lower() for h in inj_hosts]
    sh = sorted({r["site"].lower() for r in rows})
    for p in all_files:
        try:
            raw = open(p, "rb").read()
        except OSError:
            continue
        low = raw.lower()
        for h in lh:
            if h.encode() in low:
                host_hits.add(h)
        for h in sh:
            if h.encode() in low:
                site_hits.add(h)
        if p not in htmls and not p.endswith(".jsonl"):
            continue
        if p in htmls:
            text = ws(decode(raw))
            step = WIN - GRAM  # every run of WIN chars holds a GRAM-gram starting at a multiple of step
            for j in range(0, max(1, len(text) - GRAM + 1), step):
                hits = grams.get(text[j:j + GRAM])
                if not hits:
                    continue
                for pid, si, i in hits:
                    c = ws(code[pid][si])
                    a, b = i, j
                    while a > 0 and b > 0 and c[a - 1] == text[b - 1]:
                        a, b = a - 1, b - 1
                    e = 0
                    while a + e < len(c) and b + e < len(text) and c[a + e] == text[b + e]:
                        e += 1
                    if e >= WIN:
                        shared.add((pid, os.path.relpath(os.path.dirname(os.path.dirname(p)), REPO)))
    for h in sorted(host_hits):
        err("an injected host of v47 occurs in a compare-folder file")
    for h in sorted(site_hits):
        err("a site host of v47 occurs in a compare-folder file")
    for pid, folder in sorted(shared):
        err(f"item 7: {pid} shares a run of {WIN}+ characters of injected code with a page of {folder}")
    # ------------------------------------------------------------ template families
    fam_hits = 0
    for p in all_files:
        if "synthetic-generator" not in p:
            continue
        try:
            t = open(p, encoding="utf-8", errors="replace").read().lower()
        except OSError:
            continue
        for fam in FAMILIES:
            if fam.lower() in t:
                fam_hits += 1
                err(f"template family {fam} named by {os.path.relpath(p, REPO)}")
    print(f"{'OK' if not ERR else 'FAILED'}: {len(rows)} pages ({n_h} hijacked, {len(rows) - n_h} clean, {n_l} legit), "
          f"{len(multi)} sites of 5, templates {len(tpls)}, encodings {sorted(encs)}; re-run byte-identical checked; "
          f"{len(mine)} spam strings/brand cores vs {len(other)} compare spam strings: {over} overlaps; "
          f"{len(inj_hosts)} injected hosts / {len(sh)} site hosts: {len(host_hits)} / {len(site_hits)} found in {len(all_files)} compare files; item 7: "
          f"{len(shared)} shared runs against {len(htmls)} compare html files ({len(code)} hijacked pages); "
          f"template families named by compare generators: {fam_hits}")
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
