"""Validate dev/synthetic-v45 (pending-v45/ at collection, held out from 2026-12-07, dev since it was spent, 2026-12-07): format, labels, sites, re-run identity, brands, no shared code (item 7).

Usage: python3 validate_v45s.py [COMPARE_DIR ...]
  COMPARE_DIR: folders whose **/truth.jsonl (spam_strings, hosts) and **/*.htm* files are compared against
  (default: bench/data/dev: the older dev splits). v45's own folders are skipped wherever they sit (pending-v45/
  at collection, and any folder named *-v45 or *-v45<letter>, e.g. synthetic-v45, synthetic-generator-v45,
  real-cases-v45), and a held-out or pending folder (heldout/, pending-*: v46 on, later than v45) is never read,
  even when passed. Overlaps are reported by id and folder only (no strings printed).
Stdlib only. Exit status 1 on any failure.
"""
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
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SET = os.path.join(HERE, "synthetic-v45")
GEN = os.path.join(HERE, "synthetic-generator-v45", "make_set.py")
WIN = 120
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
FAMILIES = ["Zikula", "ASPCMS", "KingCMS", "PHP-Fusion", "Geeklog", "WebsiteBaker"]
ERR = []
# removed on 2026-12-07 when v44 became dev (ids keep their numbers; make_set.py skips them): sv45-028 (hijacked, a
# single page), whose injected code shares a run of 120+ characters with a page of dev/synthetic-v44
REMOVED = {"sv45-028"}


def err(msg):
    ERR.append(msg)
    print("FAIL", msg)


def decode(b, enc=None):
    for e in ([enc] if enc else []) + ["utf-8", "gb18030"]:
        try:
            return b.decode(e)
        except (UnicodeDecodeError, LookupError):
            pass
    return b.decode("utf-8", "replace")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# v45 is dev itself since it was spent (2026-12-07): its own folders under dev/ are no older split; heldout/ and
# pending-* (v46 on, later than v45) are not read
OWN = re.compile(r"-v45[a-z]?$|^pending-v45$|^(heldout|pending)($|-)")


def own(path):
    parts = os.path.abspath(path).split(os.sep)
    return any(OWN.search(p) for p in parts[:-1] if p)


def compare_dirs(args):
    dirs = args or [os.path.join(REPO, "bench", "data", "dev")]
    out = []
    for d in dirs:
        if not os.path.isabs(d):
            d = os.path.join(os.getcwd(), d) if os.path.isdir(d) else os.path.join(REPO, d)
        out.append(os.path.abspath(d))
    return out


def load_rows():
    return [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]


def page_text(r):
    return open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read().decode(r["encoding"].lower())


# --- 1. format and truth reachable on the page --------------------------------------------------
def check_format(rows):
    files = sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(SET, "html")))
    if sorted(r["id"] for r in rows) != files:
        err("ids do not match html files")
    allspam = {s for r in rows for s in r["spam_strings"]}
    markers = {r["marker"] for r in rows if r.get("marker")}
    for r in rows:
        for k in FIELDS:
            if k not in r:
                err(f"{r.get('id')}: missing field {k}")
        if not r["text"].strip():
            err(f"{r['id']}: empty text")
        if r["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err(f"{r['id']}: bad date")
        raw = open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read()
        try:
            page = raw.decode(r["encoding"].lower())
        except UnicodeDecodeError:
            err(f"{r['id']}: not valid {r['encoding']}")
            continue
        decl = re.search(r'charset="?([\w-]+)', page[:600])
        if not decl or decl.group(1).lower() != r["encoding"].lower():
            err(f"{r['id']}: declared charset differs from {r['encoding']}")
        shown = H.unescape(page)
        for s in r["spam_strings"]:
            if s not in shown:
                err(f"{r['id']}: spam string not in page")
            for k in ("title", "text", "source", "author"):
                if r.get(k) and s in r[k]:
                    err(f"{r['id']}: spam string inside truth {k}")
        if r["hijacked"]:
            if not r["injections"]:
                err(f"{r['id']}: hijacked without injection form")
            if not r["spam_strings"] and not (r.get("marker") and r["marker"] in page):
                err(f"{r['id']}: hijacked page carries neither spam string nor marker")
            if "<!--" in page:
                err(f"{r['id']}: a comment on a hijacked page (an injection must not be commented out)")
        else:
            if r["spam_strings"] or r["injections"] or r.get("marker"):
                err(f"{r['id']}: clean page with spam fields")
            if any(s in shown for s in allspam) or any(m in page for m in markers):
                err(f"{r['id']}: clean page carries an injection of the set")
        for k in ("title", "source", "author"):
            if r.get(k) and r[k] not in shown:
                err(f"{r['id']}: truth {k} not written on the page")
        if r["date"]:
            y, m, d = (int(x) for x in r["date"].split("-"))
            forms = [r["date"], f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}/{m}/{d}"]
            if not any(f in shown for f in forms):
                err(f"{r['id']}: date not written on the page")
        for para in r["text"].split("\n"):
            if para not in shown:
                err(f"{r['id']}: text paragraph not on the page")
        if not r["url"].startswith(f"http://{r['site']}/"):
            err(f"{r['id']}: url not on site host")
    print(f"format: {len(rows)} rows checked")


# --- 2. counts and sites (item 2, item 5) ----------------------------------------------------------
def check_counts(rows):
    n, h = len(rows), sum(r["hijacked"] for r in rows)
    clean = [r for r in rows if not r["hijacked"]]
    lg = sum(r["legit"] for r in clean)
    print(f"pages {n}, hijacked {h}, clean {len(clean)} (legit {lg})")
    if (n, h, len(clean), lg) != (40 - len(REMOVED), 28 - len(REMOVED), 12, 4):
        err("counts differ from 40/28/12/4 less the removed hijacked page(s)")
    for r in rows:
        if r["id"] in REMOVED:
            err(f"{r['id']} removed on 2026-12-07 (overlaps dev), still in truth.jsonl")
    if any(r["legit"] and r["hijacked"] for r in rows):
        err("a legit page is labelled hijacked (no mirror in this set)")
    by = {}
    for r in rows:
        by.setdefault(r["site"], []).append(r)
    ok = 0
    for s, v in by.items():
        if len(v) == 1:
            continue
        hij = [r for r in v if r["hijacked"]]
        tpls = {r["template"] for r in v}
        forms = {tuple(r["injections"]) for r in hij}
        spam = {tuple(r["spam_strings"]) for r in hij}
        titles = {r["title"] for r in v}
        good = (len(v) == 5 and 2 <= len(hij) <= 3 and len(tpls) == 1 and len(forms) == 1 and len(spam) == 1
                and len(titles) == 5)
        ok += good
        print(f"site: {len(v)} pages, {len(hij)} hijacked, template {sorted(tpls)}, one shared injection: "
              f"{len(forms) == 1 and len(spam) == 1}, distinct articles: {len(titles) == 5}")
    if ok < 4:
        err("fewer than 4 sites of 5 pages with one template, one shared injection and distinct articles")
    tpl = {}
    for r in rows:
        tpl.setdefault(r["template"], set()).add(r["encoding"])
    print("templates:", {k: sorted(v) for k, v in sorted(tpl.items())})
    encs = {r["encoding"] for r in rows}
    if len(tpl) != 6 or "GBK" not in encs or "GB18030" not in encs:
        err("need 6 templates with at least one GBK and one GB18030")


# --- 3. re-run identity ----------------------------------------------------------------------------
def check_rerun():
    with tempfile.TemporaryDirectory() as t:
        subprocess.run([sys.executable, GEN, t], check=True, stdout=subprocess.DEVNULL)
        a = sorted(os.listdir(os.path.join(t, "html")))
        if a != sorted(os.listdir(os.path.join(SET, "html"))):
            err("re-run: different file list")
        for f in a:
            if not filecmp.cmp(os.path.join(t, "html", f), os.path.join(SET, "html", f), shallow=False):
                err(f"re-run: {f} differs")
        if not filecmp.cmp(os.path.join(t, "truth.jsonl"), os.path.join(SET, "truth.jsonl"), shallow=False):
            err("re-run: truth.jsonl differs")
    print("re-run identity checked")


# --- 4. brands, hosts and spam domains against the compare folders -------------------------------
URL = re.compile(r"https?://([A-Za-z0-9.-]+)")


def injected_blocks(page, r):
    """Injected code of a hijacked page: scripts, iframes, styles, marquees, hidden/off-screen blocks, meta
    refresh, <title>, and the element around every spam string or marker."""
    blocks = []
    for m in re.finditer(r"<(script|iframe|style|marquee|noscript)\b[^>]*>.*?</\1>", page, re.S | re.I):
        blocks.append(m.group(0))
    hidden = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{3,}px", re.I)
    for m in re.finditer(r"<(div|p|span|ul)\b([^>]*)>", page, re.I):
        if hidden.search(m.group(2)):
            tag, depth = m.group(1).lower(), 0
            for t in re.finditer(rf"</?{tag}\b[^>]*>", page[m.start():], re.I):
                depth += -1 if t.group(0).startswith("</") else 1
                if depth == 0:
                    blocks.append(page[m.start():m.start() + t.end()])
                    break
    for m in re.finditer(r"<meta[^>]+http-equiv=\"?refresh[^>]*>|<title>.*?</title>", page, re.I | re.S):
        blocks.append(m.group(0))
    for s in list(r["spam_strings"]) + ([r["marker"]] if r.get("marker") else []):
        i = page.find(s)
        if i >= 0:
            a = page.rfind("<", 0, max(0, page.rfind(">", 0, i)))
            b = page.find(">", i + len(s))
            blocks.append(page[max(0, a):b + 1])
    return blocks


def check_brands(rows, dirs):
    other, hosts, files = {}, set(), []
    for d in dirs:
        for f in glob.glob(os.path.join(d, "**", "truth.jsonl"), recursive=True):
            if own(f):
                continue
            for l in open(f, encoding="utf-8"):
                if not l.strip():
                    continue
                try:
                    o = json.loads(l)
                except ValueError:
                    continue
                for x in (o.get("spam_strings") or []):
                    if x:
                        other.setdefault(x, os.path.relpath(os.path.dirname(f), REPO))
                m = URL.match(o.get("url") or "")
                if m:
                    hosts.add(m.group(1).lower())
    mine = {}
    for r in rows:
        for s in r["spam_strings"]:
            mine.setdefault(s, r["id"])
    bad = 0
    for s in mine:
        for t in other:
            if s == t or s in t or t in s:
                bad += 1
                err(f"{mine[s]}: spam string overlaps a spam string of {other[t]}")
    for r in rows:
        page = H.unescape(page_text(r))
        for t in other:
            if not t.startswith("<") and t in page:
                bad += 1
                err(f"{r['id']}: a spam string of {other[t]} occurs on the page")
        if r["site"].lower() in hosts:
            err(f"{r['id']}: site host also used in a compare folder")
    # spam hosts of the injected code must not occur anywhere in the compare folders' html or truth
    spam_hosts = {}
    for r in rows:
        if r["hijacked"]:
            for b in injected_blocks(page_text(r), r):
                for h in URL.findall(b):
                    if h.lower() != r["site"].lower() and not h.endswith(("gov.cn", "edu.cn")):
                        spam_hosts.setdefault(h.lower(), r["id"])
    found = 0
    for d in dirs:
        for f in glob.glob(os.path.join(d, "**", "*"), recursive=True):
            if own(f) or not os.path.isfile(f) or not re.search(r"\.(html?|jsonl|md|txt)$", f):
                continue
            t = decode(open(f, "rb").read()).lower()
            for h, pid in spam_hosts.items():
                if h in t:
                    found += 1
                    err(f"{pid}: an injected host also occurs in {os.path.relpath(f, REPO)}")
    print(f"brands: {len(mine)} spam strings vs {len(other)} others, {bad} overlaps; {len(hosts)} page hosts "
          f"compared; {len(spam_hosts)} injected hosts, {found} found elsewhere")


# --- 5. item 7: no 120-char run of injected code shared with the compare folders -----------------
def check_shared_code(rows, dirs):
    wins = {}
    for r in rows:
        if not r["hijacked"]:
            continue
        for b in injected_blocks(page_text(r), r):
            b = ws(b)
            for i in range(0, len(b) - WIN + 1):
                wins.setdefault(b[i:i + WIN], r["id"])
    files = [f for d in dirs for f in glob.glob(os.path.join(d, "**", "*.htm*"), recursive=True) if not own(f)]
    heads = {w[:24] for w in wins}
    hits = set()
    for f in files:
        t = ws(decode(open(f, "rb").read()))
        for i in range(0, len(t) - WIN + 1):
            if t[i:i + 24] in heads and t[i:i + WIN] in wins:
                hits.add((wins[t[i:i + WIN]], os.path.relpath(f, REPO)))
    for pid, f in sorted(hits):
        err(f"item 7: {pid} shares a {WIN}-char run of injected code with {f}")
    print(f"item 7: {len(wins)} windows of injected code from hijacked pages vs {len(files)} html files, "
          f"{len(hits)} shared")


# --- 6. template families not named by the compare folders' generators ---------------------------
def check_families(dirs):
    n = 0
    for d in dirs:
        for f in glob.glob(os.path.join(d, "synthetic-generator-*", "*"), recursive=False):
            if own(f) or not os.path.isfile(f):
                continue
            t = decode(open(f, "rb").read()).lower()
            for fam in FAMILIES:
                if fam.lower() in t:
                    n += 1
                    err(f"template family {fam} also named in {os.path.relpath(f, REPO)}")
    print(f"template families: {len(FAMILIES)} checked, {n} named elsewhere")


def main():
    dirs = compare_dirs(sys.argv[1:])
    print("compare folders:", [os.path.relpath(d, REPO) for d in dirs])
    rows = load_rows()
    check_format(rows)
    check_counts(rows)
    check_rerun()
    check_brands(rows, dirs)
    check_shared_code(rows, dirs)
    check_families(dirs)
    print("OK" if not ERR else f"{len(ERR)} failures")
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
