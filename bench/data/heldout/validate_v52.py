#!/usr/bin/env python3
"""Validate real-cases-v52 (bench/data/heldout/real-cases-v52), keeper k52.  Written in pending-v52/ while v51 was
held out; held out in bench/data/heldout/ since 2026-12-08, when v51 was spent and moved to dev.

usage: python3 validate_v52.py [DEV_DIR ...]        (default: <repo>/bench/data/dev)

Checks the set's own folder (bench/data/heldout/real-cases-v52, named explicitly) and compares it with the
given folders; any path containing 'heldout', 'pending-' or 'v52' in a compared folder is skipped, even when
passed (a passed folder inside this repository is judged by its path below the repository root, so the name of
the worktree holding it does not count; a folder outside it by its absolute path).  Passing bench/data/heldout
compares 0 files.  Exit status 1 on any failure.
"""
import glob
import hashlib
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "real-cases-v52")
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
REQ = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
       "lang", "origin", "kind", "site", "capture", "encoding"]
SL2 = set("""com.cn gov.cn edu.cn org.cn net.cn ac.cn ac.id go.id co.id or.id sch.id web.id my.id co.uk org.uk ac.uk
gov.uk com.tw org.tw gov.tw edu.tw net.tw idv.tw com.hk gov.hk edu.hk org.hk co.kr go.kr or.kr ac.kr com.au gov.au
edu.au org.au net.au ac.th go.th co.th or.th in.th com.my gov.my edu.my org.my com.sg gov.sg edu.sg com.ph gov.ph
edu.ph com.vn gov.vn edu.vn net.vn org.vn com.mo gov.mo edu.mo ne.jp co.jp or.jp ac.jp go.jp com.br gov.br com.ar
co.nz govt.nz co.za gov.za com.mx gob.mx co.in gov.in ac.in nic.in com.pk edu.pl com.pl gov.pl""".split())
ERR = []


def err(msg):
    ERR.append(msg)


def skipped(path):
    p = path.replace("\\", "/")
    return "heldout" in p or "pending-" in p or "v52" in p


def root_words(d):
    """A compared folder's path as judged by skipped(): below the repository root when inside it, else absolute."""
    a = os.path.abspath(d)
    r = os.path.relpath(a, REPO)
    return a if r == ".." or r.startswith(".." + os.sep) else r


def hostname(url):
    h = (urlsplit(url).hostname or "").lower()
    return h[4:] if h.startswith("www.") else h


def regdom(h):
    p = h.strip(".").split(".")
    if len(p) >= 3 and ".".join(p[-2:]) in SL2:
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def visible(doc):
    d = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", doc)
    d = re.sub(r"(?s)<!--.*?-->", " ", d)
    d = re.sub(r"(?s)<[^>]+>", "\n", d)
    return ws(html.unescape(d))


def date_forms(d):
    y, m, dd = d.split("-")
    mi, di = str(int(m)), str(int(dd))
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return {f"{y}-{m}-{dd}", f"{y}.{m}.{dd}", f"{y}/{m}/{dd}", f"{y}年{m}月{dd}日", f"{y}年{mi}月{di}日",
            f"{months[int(m) - 1]} {di}, {y}"}


def injected_blocks(doc):
    """Blocks that carry injections: scripts, iframes, meta keyword/description, and the spam-line classes."""
    out = re.findall(r"(?is)<script\b.*?</script>", doc)
    out += re.findall(r"(?is)<iframe\b.*?</iframe>", doc)
    out += re.findall(r'(?i)<meta name="(?:keywords|description)"[^>]*>', doc)
    out += re.findall(r'(?is)<div class="(?:kw|tail|wsite-multicol promo-box)"[^>]*>.*?</div>', doc)
    return [ws(b) for b in out]


def load_set():
    rows = []
    with open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"truth.jsonl line {n}: {e}")
    return rows


def check_own(rows):
    ids = [t.get("id") for t in rows]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    files = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(SET, "html", "*.html"))}
    if files != set(ids):
        err(f"ids and html files differ: {sorted(set(ids) ^ files)}")
    docs = {}
    for t in rows:
        i = t.get("id")
        for k in REQ:
            if k not in t:
                err(f"{i}: missing field {k}")
        if not re.fullmatch(r"rc52-\d{3}", i or ""):
            err(f"{i}: bad id")
        raw = open(os.path.join(SET, "html", i + ".html"), "rb").read()
        m = re.search(rb'<meta charset="([^"]+)"', raw)
        cs = m.group(1).decode() if m else None
        if not cs or cs.lower() != t["encoding"].lower():
            err(f"{i}: declared charset {cs} != encoding {t['encoding']}")
        try:
            doc = raw.decode(cs or "utf-8")
        except (UnicodeDecodeError, LookupError) as e:
            err(f"{i}: does not decode as {cs}: {e}")
            continue
        docs[i] = doc
        vis = visible(doc)
        full = html.unescape(doc)
        if not (t.get("text") or "").strip():
            err(f"{i}: empty text")
        for p in t["text"].split("\n"):
            if ws(p) not in vis:
                err(f"{i}: text paragraph not on page: {p[:40]}")
        for k in ("title", "source", "author"):
            if t.get(k) and ws(t[k]) not in vis:
                err(f"{i}: {k} not on page")
        if t.get("date"):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t["date"]):
                err(f"{i}: bad date {t['date']}")
            elif not any(f in vis for f in date_forms(t["date"])):
                err(f"{i}: date not on page")
        out = ws(" ".join(str(t.get(k) or "") for k in ("title", "text", "source", "author")))
        for s in t.get("spam_strings") or []:
            if s not in full:
                err(f"{i}: spam string not in page: {s[:30]}")
            if ws(s) in out:
                err(f"{i}: spam string inside truth fields: {s[:30]}")
        if t["hijacked"]:
            marks = t.get("markers") or []
            if not (t.get("spam_strings") or marks or t.get("copy")):
                err(f"{i}: hijacked page that is not a copy has neither spam strings nor injection markers")
            for mk in marks:
                if mk not in doc:
                    err(f"{i}: injection marker missing: {mk}")
            if not t.get("injections"):
                err(f"{i}: hijacked page without injection names")
        elif t.get("spam_strings"):
            err(f"{i}: spam strings on a page not labelled hijacked")
    hij = [t for t in rows if t["hijacked"]]
    legit = [t for t in rows if t["legit"] and not t["hijacked"]]
    copies = [t for t in hij if t.get("copy")]
    if len(hij) < 20:
        err(f"only {len(hij)} hijacked pages")
    if len(legit) < 10:
        err(f"only {len(legit)} legit pages")
    if 2 * len(copies) > len(hij):
        err(f"{len(copies)} of {len(hij)} hijacked pages are copies (more than half)")
    for form, n in Counter(t.get("form") for t in hij).items():
        if n > 5:
            err(f"form {form}: {n} hijacked pages (more than 5)")
    return docs


def compare(rows, docs, dev_dirs):
    hosts, spams, htmls = set(), set(), []
    for d in dev_dirs:
        if skipped(root_words(d)):
            print(f"skipping compared folder {d}")
            continue
        for tp in glob.glob(os.path.join(d, "**", "truth.jsonl"), recursive=True):
            if skipped(os.path.relpath(tp, d)):
                continue
            with open(tp, encoding="utf-8") as f:
                for line in f:
                    if not line.strip():
                        continue
                    t = json.loads(line)
                    hosts.add(hostname(t.get("url") or ""))
                    for s in t.get("spam_strings") or []:
                        spams.add(s)
        for hp in glob.glob(os.path.join(d, "**", "*.html"), recursive=True):
            if skipped(os.path.relpath(hp, d)):
                continue
            with open(hp, "rb") as f:
                htmls.append(ws(f.read().decode("utf-8", "replace")))
    regs = {regdom(h) for h in hosts if h}
    print(f"compared with {len(hosts)} hosts, {len(spams)} spam strings, {len(htmls)} html files")
    low_spams = {s.lower(): s for s in spams}
    for t in rows:
        h = hostname(t["url"])
        if h in hosts:
            err(f"{t['id']}: host {h} in compared truth")
        elif regdom(h) in regs:
            err(f"{t['id']}: registrable domain {regdom(h)} in compared truth")
        for s in t.get("spam_strings") or []:
            ls = s.lower()
            for od in low_spams:
                if od == ls or (len(od) >= 2 and od in ls) or ls in od:
                    err(f"{t['id']}: spam string {s[:30]} overlaps compared spam string {low_spams[od][:30]}")
                    break
    for t in rows:
        if not t["hijacked"]:
            continue
        for b in injected_blocks(docs[t["id"]]):
            if len(b) < 120:
                continue
            chunks = {b[k:k + 60] for k in range(0, len(b) - 59, 60)}
            hit = None
            for other in htmls:
                if any(c in other for c in chunks):
                    for k in range(0, len(b) - 119):
                        if b[k:k + 120] in other:
                            hit = b[k:k + 60]
                            break
                if hit:
                    break
            if hit:
                err(f"{t['id']}: injected block shares a 120-character run with compared html: {hit!r}")


def check_rebuild():
    spec = importlib.util.spec_from_file_location("b52", os.path.join(SET, "build.py"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(SET, "build.py"), tmp], check=True)
        for rel in ["truth.jsonl", "SOURCES.md"] + [os.path.join("html", os.path.basename(p))
                                                     for p in glob.glob(os.path.join(SET, "html", "*.html"))]:
            a = open(os.path.join(SET, rel), "rb").read()
            b = open(os.path.join(tmp, rel), "rb").read()
            if hashlib.sha1(a).digest() != hashlib.sha1(b).digest():
                err(f"rebuild differs: {rel}")
    del spec


def main():
    dev_dirs = sys.argv[1:] or [os.path.join(REPO, "bench", "data", "dev")]
    rows = load_set()
    docs = check_own(rows)
    compare(rows, docs, dev_dirs)
    check_rebuild()
    hij = sum(t["hijacked"] for t in rows)
    print(f"real-cases-v52: {len(rows)} pages, {hij} hijacked "
          f"({sum(1 for t in rows if t['hijacked'] and t.get('copy'))} copies), "
          f"{sum(1 for t in rows if t['legit'] and not t['hijacked'])} legit, "
          f"{sum(1 for t in rows if not t['hijacked'] and not t['legit'])} clean")
    for e in ERR:
        print("FAIL", e)
    print("OK" if not ERR else f"{len(ERR)} failures")
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
