#!/usr/bin/env python3
"""Validate real-cases-v51b (keeper k51b; pending-v51/ at collection, held out in bench/data/heldout/ from 2026-12-07,
when v50 was spent and moved to dev; bench/data/dev/real-cases-v51b since 2026-12-08, when v51 was spent).

Checks: truth.jsonl parses and fits the scorer's fields; ids match html files; every page decodes with its
declared encoding; build.py --check is byte-identical; every text paragraph, title, date, 来源 and author is
on its page; spam_strings occur; every hijacked page carries its src/ code verbatim; no url, host or
registrable domain shared with the compared splits' truth; item 7 (no run of >= 120 characters, whitespace
collapsed, of any injected snippet in any compared file); and, with node + jsdom (K51B_JSDOM=<jsdom dir>),
that every hijacked page acts (check_act_v51b.js) and clean pages reach only their vendors' hosts.

Usage: validate_v51b.py [--compare DIR ...] [--no-act] [--all-files]
  --compare   folders to compare with (default: bench/data/dev, every dev split; v51's own folders and files
              skipped). Any folder whose path holds 'v51', 'heldout', 'pending-' (v52 on, later than v51), and
              any file whose name holds 'v51', is skipped, even when passed (passing bench/data/heldout compares
              0 files).
  --all-files compare item 7 against html/js/py/md/jsonl/txt/json files (default: html and js only)
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "real-cases-v51b")
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, SET)
from cases import CASES, SNIPPETS, VENDORS  # noqa: E402

FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
RUN = 120
Q = 30


def reg(h):
    p = h.lower().split(".")
    if len(p) >= 3 and ".".join(p[-2:]) in ("gov.cn", "edu.cn", "com.cn", "org.cn", "net.cn", "ac.cn"):
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def collapse(s):
    return re.sub(r"\s+", " ", s)


def skipped(path):
    p = path.replace("\\", "/")
    return "v51" in p or "/heldout" in p or p.startswith("heldout") or "pending-" in p


def walk(dirs, exts):
    for d in dirs:
        if skipped(os.path.abspath(d)):
            continue
        for root, subdirs, files in os.walk(d):
            subdirs[:] = [s for s in subdirs if not skipped(os.path.join(root, s))]
            for f in files:
                if f.rsplit(".", 1)[-1].lower() in exts and "v51" not in f:  # v51's own files, wherever they sit
                    yield os.path.join(root, f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--compare", nargs="*", default=[os.path.join(REPO, "bench", "data", "dev")])
    ap.add_argument("--no-act", action="store_true")
    ap.add_argument("--all-files", action="store_true")
    a = ap.parse_args()
    fails = []

    def fail(msg):
        fails.append(msg)
        print("FAIL", msg)

    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SET, "html")) if f.endswith(".html"))
    if sorted(ids) != files or len(set(ids)) != len(ids):
        fail("ids do not match html files")
    # build reproducible
    rc = subprocess.run([sys.executable, os.path.join(SET, "build.py"), "--check"], capture_output=True, text=True)
    if rc.returncode != 0:
        fail("build.py --check: " + rc.stdout.strip())
    pages = {}
    for r in rows:
        for k in FIELDS:
            if k not in r:
                fail("%s missing field %s" % (r["id"], k))
        if not r["text"].strip():
            fail(r["id"] + " empty text")
        if r["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            fail(r["id"] + " bad date")
        raw = open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read()
        try:
            doc = raw.decode(r["encoding"])
        except Exception as e:  # noqa: BLE001
            fail("%s does not decode as %s: %s" % (r["id"], r["encoding"], e))
            continue
        if ("charset=" + r["encoding"]) not in doc.replace('charset="', "charset=").lower():
            fail(r["id"] + " declared charset differs")
        pages[r["id"]] = doc
        shown = html.unescape(doc)
        for para in r["text"].split("\n"):
            if para not in shown:
                fail("%s paragraph not on page: %s" % (r["id"], para[:30]))
        for k in ("title", "date", "source", "author"):
            if r[k] and r[k] not in shown:
                fail("%s %s not on page" % (r["id"], k))
        for s in r["spam_strings"]:
            if s not in shown:
                fail("%s spam string not on page" % r["id"])
        for s in r["src"]:
            code = open(os.path.join(SET, "src", s), encoding="utf-8").read()
            if code not in doc:
                fail("%s does not carry src/%s verbatim" % (r["id"], s))
        if r["hijacked"] != any(s in SNIPPETS or s.startswith("allyouwant") for s in r["src"]):
            fail(r["id"] + " label does not follow its code")
    # hosts vs compared truth
    dev_urls, dev_hosts, dev_regs = set(), set(), set()
    for p in walk(a.compare, {"jsonl"}):
        if not p.endswith("truth.jsonl"):
            continue
        for l in open(p, encoding="utf-8", errors="ignore"):
            try:
                u = json.loads(l).get("url") or ""
            except Exception:  # noqa: BLE001
                continue
            h = urlparse(u).hostname
            dev_urls.add(u)
            if h:
                dev_hosts.add(h.lower())
                dev_regs.add(reg(h))
    for r in rows:
        h = urlparse(r["url"]).hostname.lower()
        if r["url"] in dev_urls or h in dev_hosts or reg(h) in dev_regs:
            fail("%s url/host/domain shared with compared truth: %s" % (r["id"], h))
    # item 7
    snippets = {}
    for r in rows:
        if r["hijacked"]:
            for s in r["src"]:
                snippets[s] = collapse(open(os.path.join(SET, "src", s), encoding="utf-8").read())
    grams = {}
    for name, s in snippets.items():
        for i in range(0, max(0, len(s) - Q + 1)):
            grams.setdefault(s[i:i + Q], []).append((name, i))
    exts = {"html", "htm", "js", "py", "md", "jsonl", "txt", "json"} if a.all_files else {"html", "htm", "js"}
    nfiles = 0
    hits = {}
    stride = RUN - Q
    for p in walk(a.compare, exts):
        nfiles += 1
        t = collapse(open(p, "rb").read().decode("utf-8", errors="ignore"))
        for j in range(0, max(0, len(t) - Q + 1), stride):
            g = t[j:j + Q]
            if g not in grams:
                continue
            for name, i in grams[g]:
                s = snippets[name]
                b = 0
                while i - b - 1 >= 0 and j - b - 1 >= 0 and s[i - b - 1] == t[j - b - 1]:
                    b += 1
                f = 0
                while i + Q + f < len(s) and j + Q + f < len(t) and s[i + Q + f] == t[j + Q + f]:
                    f += 1
                if b + Q + f >= RUN:
                    hits.setdefault(name, set()).add(os.path.relpath(p, REPO))
    for name, ps in hits.items():
        fail("item 7: src/%s shares >= %d chars with %s" % (name, RUN, sorted(ps)[:3]))
    print("item 7: %d injected snippets against %d compared files" % (len(snippets), nfiles))
    # acts
    if not a.no_act:
        jsd = os.environ.get("K51B_JSDOM")
        if not jsd:
            fail("K51B_JSDOM not set (or pass --no-act)")
        else:
            out = subprocess.run(["node", os.path.join(HERE, "check_act_v51b.js"), os.path.join(SET, "html"),
                                  os.path.join(SET, "truth.jsonl")], capture_output=True, text=True,
                                 env=dict(os.environ), timeout=900)
            if out.returncode != 0:
                fail("check_act crashed: " + out.stderr[-300:])
            res = {}
            for l in out.stdout.splitlines():
                o = json.loads(l)
                res.setdefault(o["id"], []).append(o)
            full = 0
            for r in rows:
                own = urlparse(r["url"]).hostname
                got = res.get(r["id"], [])
                if r["hijacked"]:
                    acting = [o for o in got if o["acts"] and set(o["hosts"]) & set(r["reaches"])]
                    if not acting:
                        fail(r["id"] + " hijacked page does not act under any profile")
                    full += len(acting) == len(got) and len(got) > 0
                else:
                    for o in got:
                        extra = set(o["hosts"]) - set(r["reaches"]) - {own}
                        if extra:
                            fail("%s clean page reaches non-vendor hosts %s (%s)" % (r["id"], sorted(extra), o["profile"]))
            print("acts: %d hijacked pages act under all %d profiles" % (full, len({o['profile'] for v in res.values() for o in v})))
    nh = sum(r["hijacked"] for r in rows)
    print("%s: %d pages (%d hijacked, %d clean), %d failures" % ("OK" if not fails else "FAILED", len(rows), nh,
                                                                   len(rows) - nh, len(fails)))
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
