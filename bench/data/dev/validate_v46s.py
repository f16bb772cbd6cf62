"""Check synthetic-v46 (bench/data/dev/synthetic-v46 -- pending-v46/ at collection, held out from 2026-12-07, when
v45 was spent and moved to dev, dev since v46 was spent, 2026-12-07 -- made by synthetic-generator-v46/make_set.py).

python3 validate_v46s.py [--node] [COMPARE_DIR ...]

COMPARE_DIR: folders whose splits the set must not share brands, hosts or code with (default: bench/data/dev: the
older dev splits).  Any folder path containing "v46" is skipped (our own), and a held-out or pending folder
(heldout/, heldout-*, pending-*: v47 on, later than v46) is never read, even when passed.
Checks:
  1. re-run identity: make_set.py written twice into temporary folders; both byte-identical to the committed folder
  2. format: 35 pages, 25 hijacked, 10 clean, 3 legit (clean) -- 40/28/12/4 at collection, less the site of five pages
     removed on 2026-12-07 (sv46-011..015) --, ids = html files, fields, spam strings and markers in
     the decoded page, truth title/source/author/date written on the page, text non-empty and on the page
  3. sites (brief item 5): >= 3 hosts with 5 pages (4 at collection), one template each, 2-3 hijacked pages sharing one injection
  4. templates: 6, at least one gbk and one gb18030; family names not named by any compared generator; no page's
     <body> shares a run of >= 160 characters (whitespace collapsed) with any compared html
  5. brand overlap: every BRANDS stem and every spam string vs every spam_strings entry of COMPARE_DIR/*/truth.jsonl,
     containment either way (0 allowed), and none held whole in any compared html; page and injected hosts (and the
     injected hosts' registrable names) vs every compared html/truth url
  6. item 7: no run of >= 120 characters (whitespace collapsed) of an injected script/iframe/style/noscript/marquee/
     meta-refresh/hidden block of a hijacked page occurs in any compared html
  7. (--node) every code-only hijacked page acts under at least one visitor of act_check.js
Prints pass/fail lines, ids and reason classes only (no compared strings, text or code).
"""
import filecmp
import glob
import html as htmlmod
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "synthetic-v46")
GEN = os.path.join(HERE, "synthetic-generator-v46")
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FAMILY_WORDS = ["ZCMS", "Squiz", "五指CMS", "Geeklog", "PHP-Fusion", "PHPFusion", "eZ Publish", "eZ-Publish", "Ibexa"]

fails = []
# removed on 2026-12-07 when v45 became dev (ids keep their numbers; make_set.py still generates every page and skips
# them when writing): sv46-011 to sv46-015, the five pages of one site (3 hijacked, 2 clean, 1 of them legit), whose
# host's registrable domain is that of pages of dev/synthetic-v15 and dev/synthetic-v29; so 35/25/10/3 and 3 sites
REMOVED = {"sv46-011", "sv46-012", "sv46-013", "sv46-014", "sv46-015"}


# v46's own files (any path holding "v46") and a held-out or pending folder (heldout/, heldout-*, pending-*: v47 on,
# later than v46) are not compared
LATER = re.compile(r"^(heldout|pending)($|-)")


def skip(f):
    return "v46" in f or any(LATER.match(p) for p in os.path.abspath(f).split(os.sep))


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        fails.append(what)


def decode(b):
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("latin-1")


def collapse(s):
    return re.sub(r"\s+", " ", s)


def rerun():
    tmp = tempfile.mkdtemp(prefix="v46s-")
    try:
        outs = []
        for k in (1, 2):
            o = os.path.join(tmp, str(k))
            subprocess.run([sys.executable, os.path.join(GEN, "make_set.py"), o], check=True)
            outs.append(o)
        bad = 0
        ref = sorted(os.listdir(os.path.join(SET, "html")))
        for o in outs:
            if sorted(os.listdir(os.path.join(o, "html"))) != ref:
                bad += 1
                continue
            for f in ref:
                if not filecmp.cmp(os.path.join(SET, "html", f), os.path.join(o, "html", f), shallow=False):
                    bad += 1
            if not filecmp.cmp(os.path.join(SET, "truth.jsonl"), os.path.join(o, "truth.jsonl"), shallow=False):
                bad += 1
        check(bad == 0, f"1 re-run: two runs of make_set.py byte-identical to the folder ({bad} differences)")
    finally:
        shutil.rmtree(tmp)


INJ_RE = [
    r"<script\b[^>]*>.*?</script\s*>", r"<noscript\b[^>]*>.*?</noscript>", r"<marquee\b[^>]*>.*?</marquee>",
    r"<iframe\b[^>]*>", r"<style\b[^>]*>.*?</style>", r"<meta[^>]+refresh[^>]*>",
    r"<(div|h\d|p|span|ul)\b[^>]*style=\"[^\"]*(?:display:\s*none|position:\s*(?:fixed|absolute)|text-indent:\s*-|"
    r"visibility:\s*hidden|height:\s*0)[^\"]*\"[^>]*>.*?</\1>",
    r"<div class=\"(?:flink|gl_notice)\">.*?</div>", r"<p class=\"tech\">.*?</p>",
]


def injected_blocks(text):
    out = []
    for rx in INJ_RE:
        for m in re.finditer(rx, text, re.S | re.I):
            out.append(collapse(m.group(0)))
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    node = "--node" in sys.argv
    compare = args or [os.path.join(REPO, "bench", "data", "dev")]
    print(f"compare with: {', '.join(os.path.relpath(c, REPO) for c in compare)}")
    rerun()

    # ---------------------------------------------------------------- 2 format
    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SET, "html")) if f.endswith(".html"))
    check(sorted(ids) == files and len(set(ids)) == len(ids), f"2 ids match html files ({len(ids)} rows, {len(files)} files)")
    hij = [r for r in rows if r["hijacked"]]
    clean = [r for r in rows if not r["hijacked"]]
    legit = [r for r in rows if r["legit"]]
    check((len(rows), len(hij), len(clean), len(legit)) == (35, 25, 10, 3) and all(not r["hijacked"] for r in legit)
          and not REMOVED & set(ids),
          f"2 counts pages/hijacked/clean/legit = {len(rows)}/{len(hij)}/{len(clean)}/{len(legit)} (want 35/25/10/3: "
          f"40/28/12/4 at collection less the removed site, legit clean)")
    need = "id url title date source author text hijacked injections spam_strings legit lang origin kind site capture encoding".split()
    pages = {}
    bad = []
    for r in rows:
        miss = [k for k in need if k not in r]
        raw = open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read()
        try:
            t = raw.decode(r["encoding"])
        except UnicodeDecodeError:
            bad.append((r["id"], "encoding"))
            continue
        m = re.search(r"charset=\"?([\w-]+)", t)
        if not m or m.group(1).lower() != r["encoding"]:
            bad.append((r["id"], "declared charset"))
        u = htmlmod.unescape(t)
        pages[r["id"]] = (t, u)
        if miss:
            bad.append((r["id"], "missing fields"))
        if not r["text"].strip():
            bad.append((r["id"], "empty text"))
        for p in r["text"].split("\n"):
            if p not in u:
                bad.append((r["id"], "text paragraph not on page"))
        for k in ("title", "source", "author"):
            if r[k] and r[k] not in u:
                bad.append((r["id"], f"{k} not on page"))
        if r["date"]:
            y, mo, d = r["date"].split("-")
            forms = [r["date"], f"{int(y)}年{int(mo)}月{int(d)}日", f"{y}年{mo}月{d}日"]
            if not any(f in u for f in forms):
                bad.append((r["id"], "date not on page"))
        if r["site"] != r["url"].split("/")[2]:
            bad.append((r["id"], "site is not the url host"))
        for s in r["spam_strings"]:
            if s not in u:
                bad.append((r["id"], "spam string not in decoded page"))
            for k in ("title", "source", "author", "text"):
                if r[k] and s in r[k]:
                    bad.append((r["id"], f"spam string inside truth {k}"))
        if r["hijacked"]:
            if not r["spam_strings"] and not (r.get("marker") and r["marker"] in t):
                bad.append((r["id"], "hijacked page carries neither spam string nor marker"))
            if not r["injections"]:
                bad.append((r["id"], "no injection form"))
        elif r["spam_strings"] or r["injections"] or r.get("marker"):
            bad.append((r["id"], "clean page with injection fields"))
    for i, why in bad:
        print(f"     {i}: {why}")
    check(not bad, f"2 format, fields on page, spam strings/markers in bytes ({len(bad)} problems)")

    # ---------------------------------------------------------------- 3 sites
    by_site = {}
    for r in rows:
        by_site.setdefault(r["site"], []).append(r)
    sites = {h: rs for h, rs in by_site.items() if len(rs) >= 5}
    sbad = []
    for h, rs in sites.items():
        hs = [r for r in rs if r["hijacked"]]
        if len({r["template"] for r in rs}) != 1:
            sbad.append("template")
        if not 2 <= len(hs) <= 3 or not 2 <= len(rs) - len(hs) <= 3:
            sbad.append("hijacked/clean split")
        if len({(tuple(r["injections"]), tuple(r["spam_strings"]), r.get("marker")) for r in hs}) != 1:
            sbad.append("injection not shared")
    check(len(sites) >= 3 and len(sites) * 5 == sum(len(v) for v in sites.values()) and not sbad,
          f"3 sites: {len(sites)} hosts with 5 pages, {len(by_site) - len(sites)} single hosts ({', '.join(sbad) or 'one template, 2-3 hijacked sharing one injection each'})")

    # ---------------------------------------------------------------- 4 templates
    tpls = {}
    for r in rows:
        tpls.setdefault(r["template"], set()).add(r["encoding"])
    encs = {e for v in tpls.values() for e in v}
    check(len(tpls) == 6 and all(len(v) == 1 for v in tpls.values()) and {"gbk", "gb18030"} <= encs,
          f"4 templates: {len(tpls)} ({', '.join(f'{k} {min(v)}' for k, v in sorted(tpls.items()))})")
    named = 0
    for c in compare:
        for f in glob.glob(os.path.join(c, "*", "*.py")) + glob.glob(os.path.join(c, "*", "*.md")) + glob.glob(os.path.join(c, "*.md")):
            if skip(f):
                continue
            t = open(f, encoding="utf-8", errors="replace").read().lower()
            named += sum(1 for w in FAMILY_WORDS if w.lower() in t)
    check(named == 0, f"4 template families (ZCMS, Squiz Matrix, 五指CMS, Geeklog, PHP-Fusion, eZ Publish) named by compared generators/READMEs: {named}")

    # ---------------------------------------------------------------- 5 brands and hosts
    sys.path.insert(0, GEN)
    import make_set
    their = set()
    urls = set()
    for c in compare:
        for f in glob.glob(os.path.join(c, "*", "truth.jsonl")):
            if skip(f):
                continue
            for l in open(f, encoding="utf-8"):
                if l.strip():
                    o = json.loads(l)
                    their.update(s for s in (o.get("spam_strings") or []) if s and s.strip())
                    if o.get("url"):
                        urls.add(str(o["url"]).lower())
    ours = set(make_set.BRANDS) | {s for r in rows for s in r["spam_strings"]}
    over = [s for s in ours if any(s in x or x in s for x in their)]
    check(not over, f"5 brands/spam strings: {len(make_set.BRANDS)} stems + {len(ours) - len(make_set.BRANDS)} strings vs {len(their)} compared spam strings, containment either way: {len(over)} overlaps")
    if over:
        print("     overlapping ids: " + ", ".join(sorted({r["id"] for r in rows for s in r["spam_strings"] if s in over})) +
              f"; stems: {sum(1 for b in make_set.BRANDS if b in over)}")

    htmls = []
    for c in compare:
        for f in glob.glob(os.path.join(c, "**", "*.htm*"), recursive=True):
            if skip(f):
                continue
            htmls.append(collapse(decode(open(f, "rb").read())))
    print(f"     {len(htmls)} compared html files")
    raw_all = "\n".join(htmls)
    held = [x for x in ours if x in raw_all]
    check(not held, f"5 brand stems and spam strings held whole in compared html: {len(held)}")
    hosts = {r["site"].lower() for r in rows} | {h.lower() for h in make_set.SPAM_HOSTS}
    big = "\n".join(htmls).lower() + "\n" + "\n".join(urls)
    hit = sorted(h for h in hosts if h in big)
    # registrable names (second-level label + suffix) of the injected hosts
    reg = {".".join(h.split(".")[-2:]) for h in make_set.SPAM_HOSTS}
    rhit = [h for h in reg if h in big]
    check(not hit and not rhit, f"5 hosts: {len(hosts)} page/injected hosts, {len(reg)} injected registrable names vs compared html and urls: {len(hit) + len(rhit)} found")

    # ---------------------------------------------------------------- 6 item 7, shared code
    K = 40
    index = {}
    for fi, t in enumerate(htmls):
        for p in range(0, len(t) - K + 1, K):
            index.setdefault(t[p:p + K], []).append((fi, p))
    cbad = []
    nblocks = 0
    for r in hij:
        t, _ = pages[r["id"]]
        for b in injected_blocks(t):
            nblocks += 1
            if len(b) < 120:
                continue
            best = 0
            for i in range(0, len(b) - K + 1):
                for fi, p in index.get(b[i:i + K], ()):
                    d = htmls[fi]
                    s0, s1 = i, p
                    while s0 > 0 and s1 > 0 and b[s0 - 1] == d[s1 - 1]:
                        s0 -= 1
                        s1 -= 1
                    e0, e1 = i + K, p + K
                    while e0 < len(b) and e1 < len(d) and b[e0] == d[e1]:
                        e0 += 1
                        e1 += 1
                    best = max(best, e0 - s0)
            if best >= 120:
                cbad.append(r["id"])
    check(not cbad, f"6 item 7: {nblocks} injected blocks of {len(hij)} hijacked pages, 120+ character runs shared with compared html: {len(cbad)}"
          + (f" ({', '.join(sorted(set(cbad)))})" if cbad else ""))

    # ---------------------------------------------------------------- 4b template markup (body only: the
    # doctype/<head> prologue is boilerplate every generator writes)
    mbad = []
    for r in rows:
        t, _ = pages[r["id"]]
        m = re.search(r"<body\b", t)
        b = collapse(t[m.start():] if m else t)
        best = 0
        for i in range(0, len(b) - K + 1):
            for fi, p in index.get(b[i:i + K], ()):
                d = htmls[fi]
                s0, s1 = i, p
                while s0 > 0 and s1 > 0 and b[s0 - 1] == d[s1 - 1]:
                    s0 -= 1
                    s1 -= 1
                e0, e1 = i + K, p + K
                while e0 < len(b) and e1 < len(d) and b[e0] == d[e1]:
                    e0 += 1
                    e1 += 1
                best = max(best, e0 - s0)
        if best >= 160:
            mbad.append(r["id"])
    check(not mbad, f"4 template markup: pages whose <body> shares a 160+ character run with compared html: {len(mbad)}"
          + (f" ({', '.join(mbad)})" if mbad else ""))

    # ---------------------------------------------------------------- 7 code-only pages act
    code_only = [r for r in hij if not r["spam_strings"]]
    if node and shutil.which("node"):
        quiet = []
        for r in code_only:
            t, _ = pages[r["id"]]
            if re.search(r"<meta[^>]+http-equiv=\"refresh\"[^>]+url=", t, re.I):
                continue  # a browser follows a meta refresh by itself
            o = subprocess.run(["node", os.path.join(GEN, "act_check.js"), os.path.join(SET, "html", r["id"] + ".html"),
                                r["encoding"]], capture_output=True, text=True)
            acts = json.loads(o.stdout or "{}")
            if not any(a for v in acts.values() for a in v if not a.startswith("error")):
                quiet.append(r["id"])
        check(not quiet, f"7 node: {len(code_only)} code-only hijacked pages act under at least one visitor: {len(code_only) - len(quiet)}")
    else:
        print(f"skip 7 node check ({len(code_only)} code-only pages; pass --node with node on PATH)")

    print("RESULT:", "OK" if not fails else f"{len(fails)} failing checks")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
