# -*- coding: utf-8 -*-
"""Check v35 (real-cases-v35 and synthetic-v35). Run from anywhere: python3 validate_v35.py

- truth rows parse, carry every field, ids match html files one to one, text is not empty, dates are YYYY-MM-DD or null;
- every spam string, title, 来源, author and date of a row is written on its page (html decoded with the row's encoding);
- every synthetic hijacked page carries the bytes of each injection form it is labelled with (make_set.FORM_MARK);
  every real hijacked page carries its spam strings, or is a labelled copy (form name says mirror/copy/spun) with none;
- no spam string overlaps (substring either way) any spam_strings entry of bench/data/dev/*/ or heldout/*/ truth;
- no host is a host of any dev/heldout truth url;
- synthetic: 40 pages, 28 hijacked, 12 clean of which 4 legit, >= 4 sites of 5 pages with 2-3 hijacked pages sharing
  one injection, and make_set.py re-run into a temp copy gives the same bytes;
- both builders are deterministic (re-run, compare).
"""
import glob
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
REAL = os.path.join(HERE, "real-cases-v35")
SYN = os.path.join(HERE, "synthetic-v35")
GEN = os.path.join(HERE, "synthetic-generator-v35")
KEYS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit", "lang",
        "origin", "kind", "site", "capture", "encoding"]
COPY_FORMS = re.compile(r"mirror|copy|spinning|spin")
errors = []


def err(msg):
    errors.append(msg)


def load(folder):
    with open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") as f:
        return [json.loads(x) for x in f if x.strip()]


def page_text(folder, row):
    raw = open(os.path.join(folder, "html", row["id"] + ".html"), "rb").read()
    s = raw.decode(row["encoding"])
    return s, html.unescape(s)


def dev_refs():
    spam, hosts = set(), set()
    # dev only: every split older than v35 is dev now; a later split held out (v36 on) is no reuse of v35's
    for f in glob.glob(os.path.join(DATA, "dev", "*", "truth.jsonl")):
        if os.path.basename(os.path.dirname(f)).endswith("-v35"):
            continue  # v35 itself, once it is moved out of pending-v35
        for line in open(f, encoding="utf-8"):
            if not line.strip():
                continue
            t = json.loads(line)
            spam.update(s for s in (t.get("spam_strings") or []) if s)
            h = urlparse(t.get("url") or "").hostname
            if h:
                hosts.add(h.lower())
    return spam, hosts


def date_on_page(d, txt):
    y, m, dd = d.split("-")
    pats = [d, "%s年%s月%s日" % (y, m, dd), "%s年%d月%d日" % (y, int(m), int(dd)), "%s/%s/%s" % (y, m, dd), "%s.%s.%s" % (y, m, dd),
            "%d/%d/%s" % (int(dd), int(m), y), "%s %s %s" % (dd, m, y)]
    if any(p in txt for p in pats):
        return True
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return ("%s %s %s" % (dd, months[int(m) - 1], y)) in txt


def check_rows(folder, rows, dev_spam, dev_hosts, synthetic):
    files = sorted(os.path.splitext(x)[0] for x in os.listdir(os.path.join(folder, "html")))
    ids = [r["id"] for r in rows]
    if sorted(ids) != files or len(set(ids)) != len(ids):
        err("%s: ids and html files differ" % folder)
    marks = None
    if synthetic:
        sys.path.insert(0, GEN)
        import make_set  # noqa
        marks = make_set.FORM_MARK
    for r in rows:
        for k in KEYS:
            if k not in r:
                err("%s: missing %s" % (r.get("id"), k))
        if not (r.get("text") or "").strip():
            err("%s: empty text" % r["id"])
        if r["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
            err("%s: bad date %r" % (r["id"], r["date"]))
        raw, txt = page_text(folder, r)
        for s in r["spam_strings"]:
            if s not in txt:
                err("%s: spam string not on page: %r" % (r["id"], s[:40]))
            for d in dev_spam:
                if s in d or d in s:
                    err("%s: spam string overlaps a dev/heldout one: %r ~ %r" % (r["id"], s[:30], d[:30]))
                    break
        for k in ("title", "source", "author"):
            if r[k] and r[k] not in txt:
                err("%s: %s not on page: %r" % (r["id"], k, r[k]))
        if r["date"] and not date_on_page(r["date"], txt):
            err("%s: date not on page: %s" % (r["id"], r["date"]))
        flat = txt
        for s in sorted(r["spam_strings"], key=len, reverse=True):
            flat = flat.replace(s, "")
        flat = re.sub("[\U0001F300-\U0001FAFF\s]+", "", flat)
        for p in r["text"].split("\n"):
            probe = re.sub(r"\s+", "", p)[:12]
            if probe and probe not in flat:
                err("%s: text paragraph not on page: %r" % (r["id"], probe))
        for s in r["spam_strings"]:
            if s in r["text"] or (r["title"] and s in r["title"]) or (r["source"] and s in r["source"]) or (r["author"] and s in r["author"]):
                err("%s: spam string inside a truth field" % r["id"])
        h = (urlparse(r["url"]).hostname or "").lower()
        if h in dev_hosts:
            err("%s: host reused from dev/heldout: %s" % (r["id"], h))
        if r["hijacked"]:
            if not r["injections"]:
                err("%s: hijacked with no injection form" % r["id"])
            if synthetic:
                for form in r["injections"]:
                    if form not in marks:
                        err("%s: no marker for form %s" % (r["id"], form))
                    elif not re.search(marks[form], raw):
                        err("%s: form %s not in bytes" % (r["id"], form))
            elif not r["spam_strings"] and not any(COPY_FORMS.search(f) for f in r["injections"]):
                err("%s: real hijacked page with no spam string and no copy form" % r["id"])
        elif r["spam_strings"] or r["injections"]:
            err("%s: clean page with spam/injections" % r["id"])


def digest(folder):
    h = hashlib.sha256()
    for f in sorted(glob.glob(os.path.join(folder, "html", "*.html"))) + [os.path.join(folder, "truth.jsonl")]:
        h.update(os.path.basename(f).encode())
        h.update(open(f, "rb").read())
    return h.hexdigest()


def rerun(script_dir, script, out_rel):
    tmp = tempfile.mkdtemp()
    try:
        shutil.copytree(script_dir, os.path.join(tmp, os.path.basename(script_dir)))
        if out_rel:
            os.makedirs(os.path.join(tmp, out_rel), exist_ok=True)
        subprocess.run([sys.executable, script], cwd=os.path.join(tmp, os.path.basename(script_dir)), check=True, stdout=subprocess.DEVNULL)
        return digest(os.path.join(tmp, out_rel) if out_rel else os.path.join(tmp, os.path.basename(script_dir)))
    finally:
        shutil.rmtree(tmp)


def main():
    dev_spam, dev_hosts = dev_refs()
    real, syn = load(REAL), load(SYN)
    check_rows(REAL, real, dev_spam, dev_hosts, False)
    check_rows(SYN, syn, dev_spam, dev_hosts, True)
    # counts
    rh = sum(r["hijacked"] for r in real)
    rl = sum(r["legit"] and not r["hijacked"] for r in real)
    if rh < 20 or rl < 10:
        err("real: %d hijacked, %d legit-only (want >= 20, >= 10)" % (rh, rl))
    forms = defaultdict(int)
    for r in real:
        for f in r["injections"]:
            forms[f] += 1
    for f, n in forms.items():
        if n > 5:
            err("real: form %s on %d pages (> 5)" % (f, n))
    if len(syn) != 40 or sum(r["hijacked"] for r in syn) != 28 or sum(r["legit"] for r in syn) != 4 or any(r["legit"] and r["hijacked"] for r in syn):
        err("synthetic: counts off")
    sites = defaultdict(list)
    for r in syn:
        sites[r["site"]].append(r)
    full = 0
    for s, rs in sites.items():
        if len(rs) == 5:
            hj = [r for r in rs if r["hijacked"]]
            if 2 <= len(hj) <= 3 and len({tuple(r["injections"]) for r in hj}) == 1 and len({r["template"] for r in rs}) == 1:
                full += 1
    if full < 4:
        err("synthetic: %d complete sites (want 4)" % full)
    # determinism
    if rerun(GEN, "make_set.py", "synthetic-v35") != digest(SYN):
        err("synthetic: make_set.py re-run differs from synthetic-v35/")
    if rerun(REAL, "build.py", None) != digest(REAL):
        err("real: build.py re-run differs")
    print("real-cases-v35: %d pages, %d hijacked (%d also legit), %d legit-only" % (len(real), rh, sum(r["legit"] and r["hijacked"] for r in real), rl))
    print("synthetic-v35: %d pages, %d hijacked, %d legit, %d complete sites" % (len(syn), sum(r["hijacked"] for r in syn), sum(r["legit"] for r in syn), full))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
