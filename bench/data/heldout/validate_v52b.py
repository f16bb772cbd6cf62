#!/usr/bin/env python3
"""Validate bench/data/heldout/real-cases-v52b (keeper k52b, split v52; written in pending-v52 while v51 was held out,
held out in bench/data/heldout/ since 2026-12-08, when v51 was spent and moved to dev).

Checks: build.py --check byte-identical; truth.jsonl parses, 20 ids = html files, fields of the scorer present;
every text paragraph, title, date, 来源 and author is on its page (decoded with the page's encoding, entities
unescaped); the page's meta charset is its truth encoding; every page carries its src/ code verbatim;
no url, host or registrable domain shared with the truth of the dev splits; item 7: no run of >= 120 characters
(whitespace collapsed) of a hijacked page's injected code occurs in any file of the dev tree; the jsdom runner
(check_act_v52b.js, 5 visitor profiles, no network) shows every hijacked page act under >= 1 profile and the
clean pages reach only their vendors' hosts (or their own) and never navigate.

The dev tree compared against is bench/data/dev/ (or --compare DIR). Any path part named `heldout`, starting
with `heldout-` or `pending-`, or holding `v52` is skipped, even when passed (parts below the repository root for a
folder inside it, so the worktree's own name does not count; passing bench/data/heldout compares 0 files): v52 is
held out (bench/data/heldout/) and v51, spent, is in dev; this set's own folder is bench/data/heldout/real-cases-v52b.
usage: validate_v52b.py [--compare DIR] [--no-js]"""
import html as htmlmod
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
SET = HERE / "real-cases-v52b"
ROOT = HERE.parent  # bench/data
REPO = ROOT.parent.parent
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
PROFILES = ["desktop", "search", "mobile", "msie", "spider"]
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL", msg)


def skipped(parts):
    return any(p == "heldout" or p.startswith("heldout-") or p.startswith("pending-") or "v52" in p for p in parts)


def reg(h):
    p = h.lower().split(".")
    if len(p) > 2 and p[-1] == "cn" and p[-2] in ("gov", "edu", "com", "net", "org", "ac"):
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def decode(b):
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "replace")


def main():
    args = sys.argv[1:]
    compare = ROOT / "dev"
    if "--compare" in args:
        compare = Path(args[args.index("--compare") + 1]).resolve()
    # 1 build
    r = subprocess.run([sys.executable, str(SET / "build.py"), "--check"], capture_output=True, text=True)
    print(r.stdout.strip() or r.stderr.strip())
    if r.returncode:
        fail("build.py --check")
    # 2 truth
    rows = [json.loads(l) for l in (SET / "truth.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [t["id"] for t in rows]
    htmls = sorted(p.stem for p in (SET / "html").glob("*.html"))
    if sorted(ids) != htmls or len(ids) != 20:
        fail("ids vs html files")
    pages = {}
    for t in rows:
        for f in FIELDS:
            if f not in t:
                fail("%s: missing field %s" % (t["id"], f))
        b = (SET / "html" / (t["id"] + ".html")).read_bytes()
        try:
            page = b.decode(t["encoding"])
        except UnicodeDecodeError:
            fail("%s: not %s" % (t["id"], t["encoding"]))
            continue
        if ("charset=%s" % t["encoding"]) not in page:
            fail("%s: meta charset is not %s" % (t["id"], t["encoding"]))
        pages[t["id"]] = page
        shown = htmlmod.unescape(re.sub(r"<[^>]+>", "", page))
        if not t["text"].strip():
            fail("%s: empty text" % t["id"])
        for para in t["text"].split("\n"):
            if para not in shown:
                fail("%s: paragraph not on page: %s" % (t["id"], para[:30]))
        for f in ("title", "source", "author"):
            if t[f] and t[f] not in shown:
                fail("%s: %s not on page" % (t["id"], f))
        if t["date"]:
            y, m, d = t["date"].split("-")
            if t["date"] not in shown and ("%s年%s月%s日" % (y, m, d)) not in shown and ("%s年%d月%d日" % (y, int(m), int(d))) not in shown:
                fail("%s: date not on page" % t["id"])
        for s in t["spam_strings"]:
            if s not in shown:
                fail("%s: spam string not on page" % t["id"])
        code = (SET / "src" / t["src"]).read_text(encoding="utf-8")
        if code.rstrip("\n") not in page:
            fail("%s: src code not carried verbatim" % t["id"])
        if t["hijacked"] == bool(t["legit"]) and t["hijacked"]:
            fail("%s: hijacked and legit" % t["id"])
    # 3 dev truth: urls / hosts / registrable domains; 4 item 7 corpus
    dev_urls, dev_files = set(), []
    # path parts judged: below the repository root when inside it (not the worktree's name), else the absolute path
    base = REPO if compare == REPO or REPO in compare.parents else Path(compare.anchor)
    for dp, dn, fn in os.walk(compare):
        rel = Path(dp).relative_to(base)
        if skipped(rel.parts):
            dn[:] = []
            continue
        dn[:] = [d for d in dn if not skipped([d])]
        for f in fn:
            if skipped([f]):
                continue
            p = Path(dp) / f
            dev_files.append(p)
            if f == "truth.jsonl":
                for l in p.read_text(encoding="utf-8").splitlines():
                    if l.strip():
                        u = json.loads(l).get("url") or ""
                        if u:
                            dev_urls.add(u)
    hosts = {urlparse(u).netloc.lower() for u in dev_urls}
    regs = {reg(h) for h in hosts if "." in h}
    for t in rows:
        h = urlparse(t["url"]).netloc.lower()
        if t["url"] in dev_urls or h in hosts or reg(h) in regs:
            fail("%s: url/host/registrable domain shared with dev truth" % t["id"])
    corpus = []
    for p in dev_files:
        try:
            corpus.append(collapse(decode(p.read_bytes())))
        except OSError:
            pass
    big = "\n".join(corpus)
    snippets = sorted({t["src"] for t in rows if t["hijacked"]})
    for s in snippets:
        c = collapse((SET / "src" / s).read_text(encoding="utf-8"))
        for i in range(0, max(0, len(c) - 119)):
            if c[i:i + 120] in big:
                fail("item 7: %s shares a 120-char run with the dev tree" % s)
                break
    print("item 7: %d injected snippets against %d dev files (%s)" % (len(snippets), len(dev_files), compare))
    # 5 acts
    if "--no-js" not in args:
        r = subprocess.run(["node", str(HERE / "check_act_v52b.js"), str(SET)], capture_output=True, text=True, timeout=900)
        if r.returncode:
            fail("check_act_v52b.js: " + r.stderr[-300:])
        acts = {}
        for l in r.stdout.splitlines():
            if l.strip():
                x = json.loads(l)
                acts[x["id"]] = x["profiles"]
        n_all = 0
        for t in rows:
            own = urlparse(t["url"]).netloc
            reach = set(t["reaches"]) | {own}
            prof = acts.get(t["id"], {})
            acting = []
            for pn in PROFILES:
                v = prof.get(pn, {})
                refs = v.get("inserted", []) + v.get("static_remote", [])
                hosts_hit = {r.split(" ")[1] for r in refs}
                did = bool(v.get("navigated") or v.get("title_changed") or (hosts_hit & set(t["reaches"])))
                if did:
                    acting.append(pn)
                if not t["hijacked"]:
                    if v.get("navigated"):
                        fail("%s (clean) navigates under %s" % (t["id"], pn))
                    extra = {h for h in hosts_hit if h not in reach}
                    if extra:
                        fail("%s (clean) reaches %s under %s" % (t["id"], sorted(extra), pn))
            if t["hijacked"]:
                if not acting:
                    fail("%s: hijacked but its code does nothing under any profile" % t["id"])
                if len(acting) == 5:
                    n_all += 1
                print("%s acts under %d/5 (%s)" % (t["id"], len(acting), ",".join(acting)))
        print("hijacked pages acting under all 5 profiles: %d" % n_all)
    nh = sum(t["hijacked"] for t in rows)
    print("%s, %d pages (%d hijacked, %d clean), %d failures" % ("OK" if not fails else "FAILED", len(rows), nh,
                                                               len(rows) - nh, len(fails)))
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
