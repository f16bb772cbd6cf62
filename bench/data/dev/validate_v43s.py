"""Validate dev/synthetic-v43 (pending-v43/ at collection, heldout/ from 2026-12-07, dev since it was spent,
2026-12-07): format, labels, sites, re-run identity, brands, no shared code.

Usage: python3 validate_v43s.py [COMPARE_DIR ...]
  COMPARE_DIR: folders whose */truth.jsonl spam_strings and */html/*.html are compared against
  (default: bench/data/dev, the older dev splits). v43's own folders (real-cases-v43*, synthetic-v43,
  synthetic-generator-v43, extract-v43: any *-v43/*-v43b folder) are skipped, and a held-out or pending folder
  (heldout/, pending-*: v44 on, later than v43) is never read. Spam-string overlaps are printed by id and folder only
  (no strings).
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
SET = os.path.join(HERE, "synthetic-v43")
GEN = os.path.join(HERE, "synthetic-generator-v43", "make_set.py")
WIN = 120
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
ERR = []


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


def compare_dirs(args):
    dirs = args or [os.path.join(REPO, "bench", "data", "dev")]
    out = []
    for d in dirs:
        d = os.path.abspath(d if os.path.isabs(d) else os.path.join(os.getcwd(), d))
        if not os.path.isdir(d):
            d2 = os.path.join(REPO, os.path.relpath(d, os.getcwd()))
            d = d2 if os.path.isdir(d2) else d
        out.append(d)
    return out


# v43 is dev itself since it was spent (2026-12-07): its own folders under dev/ are no older split; heldout/ and
# pending-* (v44 on, later than v43) are not read
NOT_OLDER = re.compile(r"-v43[a-z]?$|^(heldout|pending)($|-)")


def own(path):
    """True for a file of v43 itself or of a later (held-out or pending) split."""
    parts = os.path.relpath(os.path.abspath(path), os.path.dirname(HERE)).split(os.sep)
    return any(NOT_OLDER.search(p) for p in parts[:-1])


# --- 1. format ---------------------------------------------------------------------------------
def check_format():
    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(SET, "html")))
    if sorted(r["id"] for r in rows) != files:
        err("ids do not match html files")
    for r in rows:
        for k in FIELDS:
            if k not in r:
                err(f"{r.get('id')}: missing field {k}")
        if not r["text"].strip():
            err(f"{r['id']}: empty text")
        if r["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err(f"{r['id']}: bad date")
        enc = r["encoding"].lower()
        raw = open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read()
        try:
            page = raw.decode(enc)
        except UnicodeDecodeError:
            err(f"{r['id']}: not valid {enc}")
            continue
        decl = re.search(r'charset="?([\w-]+)', page[:600])
        if not decl or decl.group(1).lower() != enc:
            err(f"{r['id']}: declared charset differs from {enc}")
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
        elif r["spam_strings"] or r["injections"]:
            err(f"{r['id']}: clean page with spam")
        for k in ("title", "source", "author"):
            if r.get(k) and r[k] not in shown:
                err(f"{r['id']}: truth {k} not written on the page")
        if r["date"]:
            y, m, d = (int(x) for x in r["date"].split("-"))
            forms = [r["date"], f"{y}年{m}月{d}日", f"{y}/{m}/{d}", f"{y}-{m:02d}-{d:02d}"]
            if not any(f in shown for f in forms):
                err(f"{r['id']}: date not written on the page")
        for para in r["text"].split("\n"):
            if para not in shown:
                err(f"{r['id']}: text paragraph not on the page")
        if not r["url"].startswith(f"http://{r['site']}/"):
            err(f"{r['id']}: url not on site host")
    return rows


# --- 2. counts and sites ------------------------------------------------------------------------
def check_counts(rows):
    n, h = len(rows), sum(r["hijacked"] for r in rows)
    clean = [r for r in rows if not r["hijacked"]]
    lg = sum(r["legit"] for r in clean)
    print(f"pages {n}, hijacked {h}, clean {len(clean)} (legit {lg})")
    if (n, h, len(clean), lg) != (40, 28, 12, 4):
        err("counts differ from 40/28/12/4")
    if any(r["legit"] and r["hijacked"] for r in rows):
        err("a legit page is labelled hijacked (no mirror in this set)")
    by = {}
    for r in rows:
        by.setdefault(r["site"], []).append(r)
    sites = {s: v for s, v in by.items() if len(v) > 1}
    ok = 0
    for s, v in sites.items():
        hij = [r for r in v if r["hijacked"]]
        tpls = {r["template"] for r in v}
        forms = {tuple(r["injections"]) for r in hij}
        spam = {tuple(r["spam_strings"]) for r in hij}
        good = len(v) == 5 and 2 <= len(hij) <= 3 and len(tpls) == 1 and len(forms) == 1 and len(spam) == 1
        ok += good
        print(f"site {len(v)} pages, {len(hij)} hijacked, template {tpls}, shared injection {len(forms) == 1 and len(spam) == 1}")
    if ok < 4:
        err("fewer than 4 sites of 5 pages with one template and one shared injection")
    tpl = {}
    for r in rows:
        tpl.setdefault(r["template"], set()).add(r["encoding"])
    print("templates:", {k: sorted(v) for k, v in sorted(tpl.items())})
    encs = {r["encoding"] for r in rows}
    if len(tpl) != 6 or "GBK" not in encs or "GB18030" not in encs:
        err("need 6 templates with at least one GBK and one GB18030")


# --- 3. re-run identity -----------------------------------------------------------------------
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


# --- 4. brands / spam strings against the compare folders' spam_strings -------------------------
def check_brands(rows, dirs):
    other, hosts = {}, set()
    for d in dirs:
        for f in glob.glob(os.path.join(d, "**", "truth.jsonl"), recursive=True):
            if own(f):
                continue
            for l in open(f, encoding="utf-8"):
                if l.strip():
                    o = json.loads(l)
                    for x in (o.get("spam_strings") or []):
                        if x:
                            other.setdefault(x, os.path.relpath(os.path.dirname(f), REPO))
                    m = re.match(r"https?://([^/:]+)", o.get("url") or "")
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
        page = H.unescape(open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read().decode(r["encoding"].lower()))
        for t in other:
            if not t.startswith("<") and t in page:
                bad += 1
                err(f"{r['id']}: a spam string of {other[t]} occurs on the page")
        if r["site"].lower() in hosts:
            err(f"{r['id']}: host also used in a compare folder")
    print(f"brands: {len(mine)} spam strings vs {len(other)} others, {bad} overlaps; {len(hosts)} hosts compared")


# --- 5. item 7: no 120-char run of injected code shared with compare folders --------------------
HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{3,}px", re.I)


def injected_blocks(page):
    blocks = []
    for m in re.finditer(r"<(script|iframe|style|marquee|noscript)\b[^>]*>.*?</\1>", page, re.S | re.I):
        blocks.append(m.group(0))
    for m in re.finditer(r"<(div|p|span|ul)\b([^>]*)>", page, re.I):
        if HIDDEN.search(m.group(2)):
            tag, depth, i = m.group(1).lower(), 0, m.start()
            for t in re.finditer(rf"</?{tag}\b[^>]*>", page[m.start():], re.I):
                depth += -1 if t.group(0).startswith("</") else 1
                if depth == 0:
                    blocks.append(page[i:m.start() + t.end()])
                    break
    for m in re.finditer(r"<meta[^>]+http-equiv=\"?refresh[^>]*>", page, re.I):
        blocks.append(m.group(0))
    return blocks


def check_shared_code(rows, dirs):
    wins = {}
    for r in rows:
        if not r["hijacked"]:
            continue
        page = open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read().decode(r["encoding"].lower())
        for b in injected_blocks(page):
            b = ws(b)
            for i in range(0, max(1, len(b) - WIN + 1)):
                if len(b) >= WIN:
                    wins.setdefault(b[i:i + WIN], r["id"])
    files = [f for d in dirs for f in glob.glob(os.path.join(d, "**", "*.htm*"), recursive=True) if not own(f)]
    hits = set()
    heads = {w[:24] for w in wins}
    for f in files:
        t = ws(decode(open(f, "rb").read()))
        for i in range(0, len(t) - WIN + 1):
            if t[i:i + 24] in heads and t[i:i + WIN] in wins:
                hits.add((wins[t[i:i + WIN]], os.path.relpath(f, REPO)))
    for pid, f in sorted(hits):
        err(f"item 7: {pid} shares a {WIN}-char run of injected code with {f}")
    print(f"item 7: {len(wins)} windows of injected code from hijacked pages vs {len(files)} html files, {len(hits)} shared")


def main():
    dirs = compare_dirs(sys.argv[1:])
    print("compare folders:", [os.path.relpath(d, REPO) for d in dirs])
    rows = check_format()
    check_counts(rows)
    check_rerun()
    check_brands(rows, dirs)
    check_shared_code(rows, dirs)
    print("OK" if not ERR else f"{len(ERR)} failures")
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
