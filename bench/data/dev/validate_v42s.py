#!/usr/bin/env python3
"""Validate bench/data/dev/synthetic-v42 (keeper k42s, items 2 and 5; item 7 code-overlap check).

Usage: python bench/data/dev/validate_v42s.py
Checks: truth parses and fits score.py's fields; ids match html files; declared charset = truth encoding; every
truth field (title, date, source, author, each text paragraph) is written on its page; every spam string occurs
in the decoded html; every hijacked page carries its injection (spam strings, marker and the generator's injected
block); counts (40 = 28 hijacked + 12 clean, 4 legit); sites (>= 4 hosts of 5 pages, one template, 2-3 hijacked
pages sharing one injection); 6 templates, one or more GBK/GB18030; invented brands and domains share nothing with
any older dev spam_strings entry; hosts unused by the older dev splits; byte-identical re-run; no run of >= 120
characters (whitespace collapsed) of any injected block occurs in an html of an older dev split.
v42 was collected in pending-v42/, held out from 2026-12-06 and is dev itself since it was spent (2026-12-07): the
checks compare with the older dev splits only, v42's own folders under dev/ skipped; a later split (heldout/, v43
on) is no reuse of v42's and is not read.
"""
import collections
import filecmp
import glob
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
SET = os.path.join(HERE, "synthetic-v42")
GEN = os.path.join(HERE, "synthetic-generator-v42", "make_set.py")
# v42 is dev itself since it was spent (2026-12-07): its own folders in dev/ (real-cases-v42*, synthetic-v42,
# synthetic-generator-v42, extract-v42) are no older split; heldout/ (v43 on, later than v42) is not read
OWN = re.compile(r"-v42[a-z]?$")


def older(f):
    return not OWN.search(os.path.relpath(f, os.path.join(DATA, "dev")).split(os.sep)[0])
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
errors = []


def err(msg):
    errors.append(msg)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def load_gen():
    spec = importlib.util.spec_from_file_location("make_set_v42", GEN)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def date_forms(d):
    y, m, dd = d.split("-")
    return [d, f"{y}年{m}月{dd}日", f"{int(y)}/{int(m)}/{int(dd)}", f"{y}年{int(m)}月{int(dd)}日"]


def main():
    rows = [json.loads(x) for x in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if x.strip()]
    ids = [r["id"] for r in rows]
    if ids != [f"sv42-{i:03d}" for i in range(1, 41)]:
        err("ids are not sv42-001..sv42-040")
    files = sorted(os.path.basename(f)[:-5] for f in glob.glob(os.path.join(SET, "html", "*.html")))
    if files != sorted(ids):
        err("html files do not match ids")
    gen = load_gen()
    built = {p["id"]: p for p in gen.build()}
    texts = {}
    for r in rows:
        i = r["id"]
        for f in FIELDS:
            if f not in r:
                err(f"{i}: missing field {f}")
        raw = open(os.path.join(SET, "html", i + ".html"), "rb").read()
        try:
            h = raw.decode(r["encoding"])
        except UnicodeDecodeError:
            err(f"{i}: does not decode as {r['encoding']}")
            continue
        texts[i] = h
        m = re.search(r'charset=["\']?([A-Za-z0-9_-]+)', h[:600])
        if not m or m.group(1).lower() != r["encoding"].lower():
            err(f"{i}: declared charset {m and m.group(1)} != {r['encoding']}")
        if not r["text"].strip():
            err(f"{i}: empty text")
        for para in r["text"].split("\n"):
            if para not in h:
                err(f"{i}: text paragraph not on page")
        for f in ("title", "source", "author"):
            if r[f] is not None and r[f] not in h:
                err(f"{i}: {f} not on page")
        if r["date"] and not any(x in h for x in date_forms(r["date"])):
            err(f"{i}: date not on page")
        for s in r["spam_strings"]:
            if s not in h:
                err(f"{i}: spam string not in decoded html")
            for f in ("title", "text", "source", "author"):
                if r[f] and s in r[f]:
                    err(f"{i}: spam string inside truth {f}")
        if r["hijacked"]:
            if not r["injections"]:
                err(f"{i}: hijacked without injections")
            if not r["spam_strings"] and not r.get("marker"):
                err(f"{i}: hijacked page with neither spam strings nor marker")
            if r.get("marker") and r["marker"] not in h:
                err(f"{i}: marker not in page")
            blk = built[i]["inj_html"]
            if blk and collapse(blk) not in collapse(h):
                err(f"{i}: generator's injected block not in page")
        else:
            if r["spam_strings"] or r["injections"]:
                err(f"{i}: clean page with spam strings/injections")
        if r["site"] != urlparse(r["url"]).hostname:
            err(f"{i}: site != host")
    # counts
    hj = sum(r["hijacked"] for r in rows)
    lg = [r for r in rows if r["legit"]]
    print(f"pages {len(rows)}, hijacked {hj}, clean {len(rows) - hj}, legit {len(lg)} (hijacked among legit: {sum(r['hijacked'] for r in lg)})")
    if (len(rows), hj, len(lg)) != (40, 28, 4) or any(r["hijacked"] for r in lg):
        err("counts differ from 40 / 28 hijacked / 4 legit clean")
    # sites
    by = collections.defaultdict(list)
    for r in rows:
        by[r["site"]].append(r)
    big = {k: v for k, v in by.items() if len(v) >= 5}
    print(f"sites with >=5 pages: {len(big)}; single-page hosts: {sum(1 for v in by.values() if len(v) == 1)}")
    if len(big) < 4:
        err("fewer than 4 sites of 5 pages")
    for host, v in big.items():
        if len({r["template"] for r in v}) != 1:
            err(f"site {host}: more than one template")
        h = [r for r in v if r["hijacked"]]
        if not 2 <= len(h) <= 3 or not 2 <= len(v) - len(h) <= 3:
            err(f"site {host}: hijacked/clean split {len(h)}/{len(v) - len(h)}")
        if len({tuple(r["injections"]) for r in h}) != 1 or len({json.dumps(r["spam_strings"]) + str(r.get("marker")) for r in h}) != 1:
            err(f"site {host}: hijacked pages do not share one injection")
        blocks = set()
        for r in h:
            b = collapse(built[r["id"]]["inj_html"])
            blocks.add(re.sub(r"_[^_<]*</title>$", "", b))  # the stuffed title keeps each page's own headline
        if len(blocks) != 1:
            err(f"site {host}: injected blocks differ")
    tpls = collections.Counter(r["template"] for r in rows)
    encs = collections.Counter(r["encoding"] for r in rows)
    forms = collections.Counter(f for r in rows for f in r["injections"])
    print(f"templates {dict(sorted(tpls.items()))}; encodings {dict(encs)}")
    print(f"forms {len(forms)}: {dict(sorted(forms.items()))}")
    if len(tpls) != 6 or not ({"gbk", "gb18030"} & set(encs)):
        err("need 6 templates and a GBK/GB18030 one")
    # brands vs dev spam strings; hosts vs dev hosts
    dev_ss, dev_hosts = set(), set()
    for t in filter(older, glob.glob(os.path.join(DATA, "dev", "*", "truth.jsonl"))):
        for line in open(t, encoding="utf-8"):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            dev_ss.update(x for x in d.get("spam_strings") or [] if isinstance(x, str) and len(x.strip()) >= 2)
            if d.get("url"):
                hn = urlparse(d["url"]).hostname or ""
                dev_hosts.add(hn)
                dev_hosts.add(".".join(hn.split(".")[-3:]))
    mine = set(gen.ZH_GAMBLE + gen.ZH_PORN + gen.ID_SLOT + gen.DOMAINS_ALL)
    for r in rows:
        mine.update(r["spam_strings"])
    dev_low = {x.lower() for x in dev_ss}
    bad = 0
    for s in mine:
        sl = s.lower()
        if sl in dev_low or any(d in sl or sl in d for d in dev_low):
            bad += 1
            err("an invented brand/domain overlaps an older dev spam_strings entry")
    print(f"invented strings checked against {len(dev_ss)} older dev spam strings: {len(mine)} strings, {bad} overlaps")
    for r in rows:
        hn = r["site"]
        if hn in dev_hosts or ".".join(hn.split(".")[-3:]) in dev_hosts:
            err(f"{r['id']}: host used by an older dev split")
    # byte-identical re-run
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, GEN, "--out", td], check=True, stdout=subprocess.DEVNULL)
        same = all(filecmp.cmp(os.path.join(SET, "html", i + ".html"), os.path.join(td, "html", i + ".html"), shallow=False) for i in ids)
        same = same and filecmp.cmp(os.path.join(SET, "truth.jsonl"), os.path.join(td, "truth.jsonl"), shallow=False)
    print(f"re-run byte-identical: {same}")
    if not same:
        err("re-run differs")
    # item 7: no shared run of >= 120 chars of an injected block
    W = 120
    shingles = collections.defaultdict(set)
    for r in rows:
        if not r["hijacked"]:
            continue
        b = collapse(built[r["id"]]["inj_html"])
        for k in range(0, max(0, len(b) - W + 1)):
            shingles[b[k:k + W]].add(r["id"])

    def scan(paths):
        hit = set()
        for pth in paths:
            raw = open(pth, "rb").read()
            for enc in ("utf-8", "gb18030"):
                t = collapse(raw.decode(enc, errors="replace"))
                for k in range(0, max(0, len(t) - W + 1)):
                    ids_ = shingles.get(t[k:k + W])
                    if ids_:
                        hit |= ids_
        return hit

    dev_hit = scan(list(filter(older, glob.glob(os.path.join(DATA, "dev", "**", "*.html"), recursive=True))))
    for r in rows:
        if r["hijacked"]:
            print(f"{r['id']} shares >=120 chars of injected code with older dev: {'yes' if r['id'] in dev_hit else 'no'}")
    if dev_hit:
        err("injected code shared with older dev html")
    if errors:
        print(f"FAILED: {len(errors)} problems")
        for e in errors[:60]:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
