# -*- coding: utf-8 -*-
"""Validate dev/real-cases-v39b (keeper k39b).

Checks: truth.jsonl parses; fields and types fit /work/shared/tools/score.py; ids match html files;
html decodes in its declared encoding; text not empty; every spam string occurs in the decoded html;
every hijacked page carries its injection in its bytes; truth title/source/author/date are written on
the page (or null); no host or spam string shared with any older dev split (bench/data/dev/*/truth.jsonl, v39's own folders
skipped),
no code source (stored file id / issue thread) named in a dev SOURCES.md; and, if node exists, runs
check_act_v39b.js and requires every hijacked page to act (loader/redirect/iframe/script) or to carry
static hidden-link markup, at most 5 real pages of one form.

Usage: python validate_v39b.py [repo_root]   (default: three levels up from this file)
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FOLDER = os.path.join(HERE, "real-cases-v39b")
# v39 is dev itself since it was spent (2026-12-06): compare with the older dev splits only, v39's own folders
# skipped; a later split (heldout/, v40 on) is no reuse of v39's
OWN = re.compile(r"-v39[a-z]?$")  # real-cases-v39, real-cases-v39b, synthetic-v39


def older_dev(name):
    return [p for p in glob.glob(os.path.join(ROOT, "bench", "data", "dev", "*", name))
            if not OWN.search(os.path.basename(os.path.dirname(p)))]


FIELDS = {"id": str, "url": str, "title": (str, type(None)), "date": (str, type(None)), "source": (str, type(None)),
          "author": (str, type(None)), "text": str, "hijacked": bool, "injections": list, "spam_strings": list,
          "legit": bool, "lang": str, "origin": str, "kind": str, "site": str, "capture": str, "encoding": str}
# code sources used here; none may appear in a dev SOURCES.md
CODE_SOURCES = ["16052910917", "maccms10/issues/232", "maccms10#232", "48227683981", "24488512753", "337970842", "24676560052", "44366404971",
                "Forum/issues/96", "Forum#96", "WP-Matomo", "Search-Replace-DB", "18570538240", "46516322101",
                "5716294419", "26112105408"]
STATIC_FORMS = {"display-none-strong-spam-link"}

errors = []


def err(msg):
    errors.append(msg)


def host(u):
    return (urllib.parse.urlparse(u).hostname or "").lower()


def main():
    rows = [json.loads(l) for l in open(os.path.join(FOLDER, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    files = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(FOLDER, "html", "*.html")))
    if sorted(ids) != files:
        err("ids and html files differ: %s" % sorted(set(ids) ^ set(files)))
    for r in rows:
        for k, t in FIELDS.items():
            if k not in r or not isinstance(r[k], t):
                err("%s: field %s missing or wrong type" % (r.get("id"), k))
        if not re.fullmatch(r"rc39b-\d{3}", r["id"]):
            err("%s: bad id" % r["id"])
        if r["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err("%s: bad date" % r["id"])
        if not r["text"].strip():
            err("%s: empty text" % r["id"])
        raw = open(os.path.join(FOLDER, "html", r["id"] + ".html"), "rb").read()
        try:
            page = raw.decode("gbk" if r["encoding"] == "gbk" else "utf-8")
        except UnicodeDecodeError:
            err("%s: does not decode as %s" % (r["id"], r["encoding"]))
            continue
        if ("charset=%s" % r["encoding"]) not in page[:400]:
            err("%s: declared charset differs from truth encoding" % r["id"])
        import html as H
        unesc = H.unescape(page)
        for s in r["spam_strings"]:
            if s not in page and s not in unesc:
                err("%s: spam string not in page: %r" % (r["id"], s[:40]))
        if r["hijacked"] and not r["spam_strings"] and "copy-on-unrelated-host" not in r["injections"]:
            err("%s: hijacked without any marker string" % r["id"])
        if not r["hijacked"] and (r["spam_strings"] or r["injections"]):
            err("%s: clean page with spam strings/injections" % r["id"])
        for f in ("title", "source", "author"):
            if r[f] and r[f] not in unesc:
                err("%s: %s not written on the page" % (r["id"], f))
        if r["date"]:
            y, m, d = r["date"].split("-")
            if not any(x in unesc for x in (r["date"], "%s年%d月%d日" % (y, int(m), int(d)), "%s %s" % (d, "April"), "%s年%s月%s日" % (y, m, d))):
                err("%s: date not written on the page" % r["id"])
        for para in r["text"].split("\n"):
            if para not in unesc:
                err("%s: text paragraph not on page: %r" % (r["id"], para[:30]))
    # forms per page: at most 5 real pages of one form
    form_count = Counter(f for r in rows for f in set(r["injections"]))
    for f, n in form_count.items():
        if n > 5:
            err("form %s on %d pages (>5)" % (f, n))
    # overlap with dev
    dev_hosts, dev_spam = set(), set()
    for p in older_dev("truth.jsonl"):
        for l in open(p, encoding="utf-8"):
            if l.strip():
                t = json.loads(l)
                dev_hosts.add(host(t.get("url") or ""))
                dev_spam.update(t.get("spam_strings") or [])
    dev_sources = "".join(open(p, encoding="utf-8", errors="replace").read()
                          for p in older_dev("SOURCES.md"))
    for r in rows:
        if host(r["url"]) in dev_hosts:
            err("%s: host used by a dev split" % r["id"])
        for s in r["spam_strings"]:
            if s in dev_spam or any(len(d) >= 6 and (d in s or s in d) for d in dev_spam):
                err("%s: spam string overlaps a dev spam string: %r" % (r["id"], s[:40]))
    for c in CODE_SOURCES:
        if c in dev_sources:
            err("code source %s is named in a dev SOURCES.md" % c)
    # does the code act?
    node = shutil.which("node")
    if node:
        out = subprocess.run([node, os.path.join(HERE, "check_act_v39b.js"), FOLDER], capture_output=True, text=True, timeout=300)
        if out.returncode != 0:
            err("check_act failed: %s" % out.stderr[:300])
        acts = {}
        for l in out.stdout.splitlines():
            j = json.loads(l)
            acts[j["id"]] = j["acts"]
        for r in rows:
            if r["hijacked"] and not acts.get(r["id"]):
                if STATIC_FORMS & set(r["injections"]):
                    continue  # static hidden markup, checked below
                err("%s: hijacked but its code does nothing in the fake browser" % r["id"])
    else:
        print("node not found: act check skipped")
    for r in rows:
        if STATIC_FORMS & set(r["injections"]):
            page = open(os.path.join(FOLDER, "html", r["id"] + ".html"), encoding="utf-8").read()
            if not re.search(r'style="display:none"><a href=', page):
                err("%s: static hidden-link markup missing" % r["id"])
    n_h = sum(r["hijacked"] for r in rows)
    print("pages %d, hijacked %d, not hijacked %d, legit %d" % (len(rows), n_h, len(rows) - n_h, sum(r["legit"] for r in rows)))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
