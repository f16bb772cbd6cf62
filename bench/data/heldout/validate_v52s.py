#!/usr/bin/env python3
"""validate_v52s.py (keeper k52s): checks bench/data/heldout/synthetic-v52/ (this set's folder, named explicitly; written
under bench/data/pending-v52/ while v51 was held out, held out in bench/data/heldout/ since 2026-12-08, when v51 was spent).

usage: python3 validate_v52s.py [--node] [COMPARE_DIR ...]   (default COMPARE_DIR: bench/data/dev)
Compared trees: every path holding "heldout", "pending-" or "v52" is skipped, even when passed (a held-out or pending
split is never opened; v52 is this split; a passed folder inside this repository is judged by its path below the
repository root, so the worktree's own name does not count; passing bench/data/heldout compares 0 files).  --node runs every page's scripts in jsdom (check_act_v52s.js; NODE_PATH must reach jsdom,
default /tmp/k52sj/node_modules) and checks that each code injection acts for its visitor and that clean pages do nothing.
Checks: re-run byte-identical; counts 40/28/12/4; fields; decoding; truth title/date/source/author and every text
paragraph on the page, no spam string in them; spam strings / markers on the page, code decoding to its target; no brand
or spam host on clean pages; sites (4+ of 5 pages, one template, hijacked pages sharing one injection); 6 templates with
gbk and gb18030; family names in no compared generator file; brand stems and spam strings vs compared spam strings
(either way); stems and hosts vs compared html and url hosts; item 7 (injected blocks of 120+ characters vs compared html);
no page sharing 160+ characters of markup with compared html."""
import base64
import filecmp
import html as H
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
SET = HERE / "synthetic-v52"
GEN = HERE / "synthetic-generator-v52"
REPO = HERE.parent.parent.parent
sys.path.insert(0, str(GEN))
import make_set  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL", msg)


def skip_path(p):
    s = str(p)
    return "heldout" in s or "pending-" in s or "v52" in s


def root_words(p):
    """A compared folder's path as judged by skip_path(): below the repository root when inside it, else absolute."""
    a = Path(p).resolve()
    return a.relative_to(REPO) if a == REPO or REPO in a.parents else a


def collapse(s):
    return " ".join(s.split())


def sniff_decode(b):
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', b[:3000])
    enc = m.group(1).decode("ascii", "replace").lower() if m else "utf-8"
    if enc in ("gbk", "gb2312", "gb18030", "x-gbk"):
        enc = "gb18030"
    try:
        return b.decode(enc, "replace")
    except LookupError:
        return b.decode("utf-8", "replace")


def decode_code(s):
    """Undo the encodings the injections use, for the target check."""
    out = [s]
    t = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), s)
    t = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), t)
    t = re.sub(r"%u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), t)
    out.append(t)
    for m in re.finditer(r'atob\("([A-Za-z0-9+/=]+)"\)', s):
        out.append(base64.b64decode(m.group(1)).decode("latin-1"))
    for m in re.finditer(r"fromCharCode\(([0-9,\s]+)\)", s):
        out.append("".join(chr(int(x)) for x in m.group(1).split(",") if x.strip()))
    for m in re.finditer(r'\[((?:"[^"]*",?)+)\]\.join\(""\)', s):
        out.append("".join(re.findall(r'"([^"]*)"', m.group(1))))
    out.append(re.sub(r'"\s*\+\s*"', "", s))
    return "\n".join(out)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    node = "--node" in sys.argv
    compare = [Path(a) for a in args] or [REPO / "bench/data/dev"]

    # ---- re-run byte-identical
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, str(GEN / "make_set.py"), td], check=True, stdout=subprocess.DEVNULL)
        a = sorted(p.relative_to(td) for p in Path(td).rglob("*") if p.is_file())
        b = sorted(p.relative_to(SET) for p in SET.rglob("*") if p.is_file())
        if a != b:
            fail("re-run file list differs")
        for rel in a:
            if not filecmp.cmp(Path(td) / rel, SET / rel, shallow=False):
                fail("re-run differs: %s" % rel)
    print("re-run byte-identical: checked")

    rows = [json.loads(l) for l in (SET / "truth.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    need = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
            "lang", "origin", "kind", "site", "capture", "encoding"]
    for r in rows:
        for k in need:
            if k not in r:
                fail("%s: field %s missing" % (r.get("id"), k))
    ids = [r["id"] for r in rows]
    files = sorted(p.stem for p in (SET / "html").glob("*.html"))
    if sorted(ids) != files or len(set(ids)) != len(ids):
        fail("ids do not match html files")
    hij = [r for r in rows if r["hijacked"]]
    clean = [r for r in rows if not r["hijacked"]]
    legit = [r for r in clean if r["legit"]]
    print("pages %d, hijacked %d, clean %d, legit %d" % (len(rows), len(hij), len(clean), len(legit)))
    if (len(rows), len(hij), len(clean), len(legit)) != (40, 28, 12, 4) or any(r["legit"] for r in hij):
        fail("counts")

    pages = {}
    for r in rows:
        raw = (SET / "html" / ("%s.html" % r["id"])).read_bytes()
        try:
            s = raw.decode(r["encoding"])
        except UnicodeDecodeError:
            fail("%s does not decode as %s" % (r["id"], r["encoding"]))
            s = raw.decode(r["encoding"], "replace")
        m = re.search(r'charset\s*=\s*"?([\w-]+)', s[:600])
        if not m or m.group(1).lower() != r["encoding"]:
            fail("%s declared charset differs" % r["id"])
        pages[r["id"]] = s
        vis = H.unescape(s)
        for k in ("title", "source", "author"):
            if r[k] is not None and r[k] not in vis:
                fail("%s: %s not on page" % (r["id"], k))
        if not r["title"] or not r["text"]:
            fail("%s: empty title/text" % r["id"])
        if r["date"]:
            y, mo, d = r["date"].split("-")
            forms = [r["date"], "%s年%s月%s日" % (y, mo, d), "%s年%d月%d日" % (y, int(mo), int(d)), "%s/%s/%s" % (y, mo, d),
                     "%s/%d/%d" % (y, int(mo), int(d)), "%s.%s.%s" % (y, mo, d)]
            if not any(f in vis for f in forms):
                fail("%s: date not on page" % r["id"])
        for p in r["text"].split("\n"):
            if p not in vis:
                fail("%s: paragraph not on page: %s" % (r["id"], p[:20]))
        for sp in r["spam_strings"]:
            if sp not in s:
                fail("%s: spam string not on page" % r["id"])
            for k in ("title", "source", "author", "text"):
                if r[k] and sp in r[k]:
                    fail("%s: spam string inside truth %s" % (r["id"], k))
        if r["site"] != urlparse(r["url"]).hostname:
            fail("%s: site is not the url host" % r["id"])
        if r["hijacked"]:
            if not r["injections"]:
                fail("%s: hijacked without form" % r["id"])
            if not r["spam_strings"]:
                if not r.get("marker") or r["marker"] not in s:
                    fail("%s: code-only page without its marker" % r["id"])
                if not r.get("target") or r["target"] not in decode_code(s):
                    fail("%s: code does not decode to its target" % r["id"])
        else:
            if r["injections"] or r["spam_strings"] or r.get("marker"):
                fail("%s: clean page with injection fields" % r["id"])

    # ---- brands / hosts absent from clean pages
    stems = sorted(set(make_set.BRANDS.values()) | {"凤尾竹娱乐"})
    spam_hosts = sorted(set(make_set.HOSTS.values()))
    for r in clean:
        s = pages[r["id"]]
        for x in stems + spam_hosts:
            if x in s:
                fail("%s: clean page holds %s" % (r["id"], x))
    print("brands: %d stems, %d spam hosts; none on the %d clean pages" % (len(stems), len(spam_hosts), len(clean)))

    # ---- sites
    by_site = defaultdict(list)
    for r in rows:
        by_site[r["site"]].append(r)
    big = {h: rs for h, rs in by_site.items() if len(rs) >= 5}
    for h, rs in big.items():
        if len(rs) != 5 or len({r["template"] for r in rs}) != 1:
            fail("site %s: not 5 pages of one template" % h)
        hj = [r for r in rs if r["hijacked"]]
        if not (2 <= len(hj) <= 3):
            fail("site %s: %d hijacked" % (h, len(hj)))
        sig = {(tuple(r["injections"]), tuple(r["spam_strings"]), r.get("target"), r.get("marker")) for r in hj}
        if len(sig) != 1:
            fail("site %s: hijacked pages do not share one injection" % h)
    if len(big) < 4:
        fail("fewer than 4 sites of 5 pages")
    print("sites of 5 pages: %d; single pages: %d" % (len(big), sum(1 for rs in by_site.values() if len(rs) == 1)))

    tpl = Counter(r["template"] for r in rows)
    encs = {r["template"]: r["encoding"] for r in rows}
    if len(tpl) != 6 or "gbk" not in encs.values() or "gb18030" not in encs.values():
        fail("templates/encodings")
    print("templates:", dict(sorted(tpl.items())), "encodings:", dict(sorted(Counter(r["encoding"] for r in rows).items())))

    # ---- compared material
    cmp_html, cmp_spam, cmp_hosts, cmp_gen = [], set(), set(), []
    def walk(root):  # prunes skipped folders before listing them: a held-out split is never listed or opened
        for dp, dns, fns in os.walk(root):
            dns[:] = sorted(d for d in dns if not skip_path(d))
            for fn in sorted(fns):
                if not skip_path(fn):
                    yield Path(dp) / fn
    for root in compare:
        if skip_path(root_words(root)):
            print("compared: %s skipped (heldout / pending- / v52)" % root)
            continue
        for p in walk(root):
            rel = p.relative_to(root)
            if p.suffix in (".html", ".htm"):
                cmp_html.append(p)
            elif p.name == "truth.jsonl":
                for l in p.read_text(encoding="utf-8", errors="replace").splitlines():
                    try:
                        t = json.loads(l)
                    except ValueError:
                        continue
                    for x in t.get("spam_strings") or []:
                        if isinstance(x, str) and x.strip():
                            cmp_spam.add(x.strip())
                    u = t.get("url")
                    if isinstance(u, str) and urlparse(u).hostname:
                        cmp_hosts.add(urlparse(u).hostname.lower())
            if "synthetic-generator" in str(rel) and p.suffix in (".py", ".md", ".txt", ".js", ".json"):
                cmp_gen.append(p)
    print("compared: %d html, %d spam strings, %d url hosts, %d generator files" % (len(cmp_html), len(cmp_spam), len(cmp_hosts), len(cmp_gen)))

    fams = ["Exponent", "ZZZCMS", "OctoberCMS", "October CMS", "Radiant", "Automad", "Croogo"]
    for p in cmp_gen:
        txt = p.read_text(encoding="utf-8", errors="replace").lower()
        for f in fams:
            if f.lower() in txt:
                fail("family name %s in %s" % (f, p))
    ours = set(stems)
    for r in hij:
        ours.update(r["spam_strings"])
    for x in ours:
        for d in cmp_spam:
            if d in x or x in d:
                fail("brand/spam overlap: %r vs compared %r" % (x, d))
    our_hosts = set(spam_hosts) | {r["site"] for r in rows}
    for h in our_hosts:
        for ch in cmp_hosts:
            if h == ch or ch.endswith("." + h) or h.endswith("." + ch):
                fail("host %s vs compared url host %s" % (h, ch))

    # ---- compared html: stems/hosts, item 7 blocks, 160-char markup
    blocks = []  # (page id, collapsed block)
    pat = re.compile(r"<script\b.*?</script>|<iframe\b.*?(?:</iframe>|>)|<style\b.*?</style>|<marquee\b.*?</marquee>|"
                     r"<noindex>.*?</noindex>|<(div|p|span)\s+style=\"[^\"]*(?:display:none|position:absolute|font-size:0)[^\"]*\".*?</\1>|"
                     r"<meta http-equiv=\"refresh\"[^>]*>|<meta name=\"keywords\"[^>]*>", re.S | re.I)
    for r in hij:
        for m in pat.finditer(pages[r["id"]]):
            c = collapse(m.group(0))
            if len(c) >= 120:
                blocks.append((r["id"], c))
    W = 40
    def index(texts):
        idx = defaultdict(list)
        for key, t in texts:
            for i in range(0, max(0, len(t) - W + 1)):
                idx[t[i:i + W]].append((key, i))
        return idx
    bidx = index([(i, b) for i, (_, b) in enumerate(blocks)])
    pcoll = {pid: collapse(s) for pid, s in pages.items()}
    pidx = index(list(pcoll.items()))
    needles = re.compile("|".join(re.escape(x) for x in sorted(stems + spam_hosts, key=len, reverse=True)))
    worst_b, worst_p = 0, 0
    seen = set()
    for p in cmp_html:
        d = collapse(sniff_decode(p.read_bytes()))
        m = needles.search(d)
        if m:
            fail("stem/host %s in compared %s" % (m.group(0), p))
        for idx, texts, lim, what in ((bidx, [b for _, b in blocks], 120, "item 7"), (pidx, None, 160, "markup")):
            for j in range(0, len(d) - W + 1, W):
                for key, i in idx.get(d[j:j + W], ()):
                    t = texts[key] if texts is not None else pcoll[key]
                    a, b2 = i, j
                    while a > 0 and b2 > 0 and t[a - 1] == d[b2 - 1]:
                        a -= 1; b2 -= 1
                    e, f = i + W, j + W
                    while e < len(t) and f < len(d) and t[e] == d[f]:
                        e += 1; f += 1
                    run = e - a
                    if what == "item 7":
                        worst_b = max(worst_b, run)
                    else:
                        worst_p = max(worst_p, run)
                    who = key if texts is None else blocks[key][0]
                    if run >= lim and (what, who) not in seen:
                        seen.add((what, who))
                        fail("%s: %s shares %d characters with %s (first found)" % (what, who, run, p))
    print("item 7: %d injected blocks of 120+ characters checked, longest run shared with compared html %d" % (len(blocks), worst_b))
    print("markup: longest run of a page shared with compared html %d (limit 160)" % worst_p)

    if node:
        check_node(rows, pages)
    print("RESULT:", "OK" if not FAIL else "%d failures" % len(FAIL))
    return 1 if FAIL else 0


def check_node(rows, pages):
    T = make_set.TRIGGERS
    jobs = []
    plain = [("pc", make_set.PC_UA, "", "", 10), ("phone-baidu", make_set.PHONE_UA, make_set.BAIDU_REF, "_pv_zz=5", 21),
             ("spider", make_set.SPIDER_UA, "", "", 10), ("pc-google", make_set.PC_UA, make_set.GOOGLE_REF, "", 13)]
    for r in rows:
        for v, ua, ref, ck, hr in plain:
            jobs.append(dict(id=r["id"], visit=v, url=r["url"], html=pages[r["id"]], ua=ua, referrer=ref, cookie=ck, hour=hr))
        for f in r["injections"]:
            if f in T:
                t = T[f]
                jobs.append(dict(id=r["id"], visit="trigger:" + f, url=r["url"], html=pages[r["id"]], ua=t["ua"],
                                 referrer=t["referrer"], cookie=t["cookie"], hour=t["hour"]))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(jobs, fh, ensure_ascii=False)
        jf = fh.name
    env = dict(os.environ)
    env.setdefault("NODE_PATH", "/tmp/k52sj/node_modules")
    out = subprocess.run(["node", str(HERE / "check_act_v52s.js"), jf], capture_output=True, text=True, env=env)
    os.unlink(jf)
    if out.returncode != 0:
        fail("node failed: %s" % out.stderr[-400:])
        return
    res = defaultdict(dict)
    for l in out.stdout.splitlines():
        x = json.loads(l)
        res[x["id"]][x["visit"]] = x
    byid = {r["id"]: r for r in rows}
    acted = 0
    stems = set(make_set.BRANDS.values()) | {"凤尾竹娱乐"}
    for pid, visits in sorted(res.items()):
        r = byid[pid]
        host = r["site"]
        for v, x in visits.items():
            if x["errors"]:
                fail("%s %s: script errors %s" % (pid, v, x["errors"][:2]))
            foreign = [u for u in x["navs"] + x["scripts"] + x["iframes"] if urlparse(u).hostname not in (None, host, "")]
            if not r["hijacked"]:
                if x["navs"] or foreign or any(s in w for w in x["writes"] for s in stems):
                    fail("%s (clean) acts on visit %s" % (pid, v))
        for f in r["injections"]:
            if f not in T:
                continue
            t = T[f]
            x = visits["trigger:" + f]
            tg = r["target"]
            hosts = lambda us: {urlparse(u).hostname for u in us}  # noqa: E731
            ok = {"navigate": tg in hosts(x["navs"]), "script": tg in hosts(x["scripts"]), "iframe": tg in hosts(x["iframes"]),
                  "write": any(tg in w for w in x["writes"]),
                  "refresh": bool(re.search(r'http-equiv="refresh" content="\d+;URL=https://%s' % re.escape(tg), pages[pid]))}[t["act"]]
            if not ok:
                fail("%s: %s does not act (%s) for its visitor" % (pid, f, t["act"]))
            else:
                acted += 1
            if f == "search-referrer-redirect-title-restore" and visits["pc"]["title"] != r["title"]:
                fail("%s: title not restored for a direct visitor" % pid)
    print("node: %d pages run (%d visits); %d code injections act for their visitor; clean pages do nothing" %
          (len(res), sum(len(v) for v in res.values()), acted))


if __name__ == "__main__":
    sys.exit(main())
