#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check bench/data/dev/synthetic-v51/ (keeper k51s; dev since 2026-12-08, when v51 was spent; held out in
bench/data/heldout/ from 2026-12-07, when v50 was spent and moved to dev; pending-v51/ at collection).

    /usr/bin/python3 validate_v51s.py [--node] [COMPARE_DIR ...]

--node: also run every injected <script> of the code-only pages under node with a stub browser (a search-engine
referrer and a phone user agent) and check it writes, loads or goes to its target host.

COMPARE_DIR defaults to bench/data/dev, every dev split (v51's own folders skipped).  Every truth.jsonl, *.html and
synthetic-generator-* file under the compare dirs is read, except this split's own folders and files (any path
part holding "v51": synthetic-v51, synthetic-generator-v51, the other v51 folders) and any heldout/, heldout-* or
pending-* folder (v52 on, later than v51), even when passed (passing bench/data/heldout compares 0 files).
Checks: make_set.py re-run byte-identical; counts 40 / 28 hijacked / 12 clean / 4 legit (clean); truth fields;
each page decodes strictly in its encoding (and says so in its meta); truth title/date/source/author and every
text paragraph are on the page, with no spam string in them; every spam string is on the page; code-only pages
carry their marker and their code decodes to the target host; clean pages carry no brand stem or spam host;
>= 4 sites of 5 pages, one template per site, 2-3 hijacked pages sharing one injection; 6 template families
(gbk and gb18030 among them) named in no compared generator file; brand stems and spam strings vs every compared
spam string (either way) and stems vs compared html; page and spam host domains vs compared url hosts and html; item 7: no run of
120+ characters (whitespace collapsed) of an injected block in any compared html; no page sharing 160+
characters of markup (its <!DOCTYPE> dropped) with a compared html.
Exit status 1 on any failure.
"""
import base64
import glob
import html as htmlmod
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from urllib.parse import unquote, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "synthetic-v51")
GEN = os.path.join(HERE, "synthetic-generator-v51")
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
OWN = ("synthetic-v51", "synthetic-generator-v51")
HELD = re.compile(r"^(heldout|pending)($|-)")
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
          "lang", "origin", "kind", "site", "capture", "encoding"]
RUN = 120
PAGE_RUN = 160
ERR = []


def fail(msg):
    ERR.append(msg)


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def visible(s):
    """page text as a reader gets it: tags dropped, entities decoded, whitespace collapsed."""
    s = re.sub(r"<[^>]+>", " ", s)
    return squash(htmlmod.unescape(s))


def decode_any(data):
    head = data[:3000].decode("ascii", "replace").lower()
    m = re.search(r"charset\s*=\s*[\"']?([a-z0-9_-]+)", head)
    enc = m.group(1) if m else "utf-8"
    if enc in ("gb2312", "gbk", "x-gbk"):
        enc = "gb18030"
    try:
        return data.decode(enc, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def own(path):
    """v51's own folders and files (OWN among them) and any held-out or pending folder, wherever they sit."""
    parts = os.path.normpath(os.path.abspath(path)).split(os.sep)
    return any(p in OWN or "v51" in p or HELD.search(p) for p in parts)


def load_gen():
    spec = importlib.util.spec_from_file_location("make_set_v51", os.path.join(GEN, "make_set.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    args = sys.argv[1:]
    use_node = "--node" in args
    args = [a for a in args if a != "--node"]
    compare = args or [os.path.join(REPO, "bench", "data", "dev")]
    # ---- re-run identity
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(GEN, "make_set.py"), tmp], check=True, stdout=subprocess.DEVNULL)
        a = sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, "**"), recursive=True) if os.path.isfile(p))
        b = sorted(os.path.relpath(p, SET) for p in glob.glob(os.path.join(SET, "**"), recursive=True) if os.path.isfile(p))
        if a != b:
            fail("re-run: file lists differ")
        for rel in a:
            if rel in b and open(os.path.join(tmp, rel), "rb").read() != open(os.path.join(SET, rel), "rb").read():
                fail("re-run: %s differs" % rel)
    gen = load_gen()
    pages, blocks = gen.build()
    stems = sorted({v[0] for v in gen.BR.values() if v[0]})
    spam_hosts = sorted({v[1] for v in gen.BR.values()})

    # ---- truth and pages
    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SET, "html")))
    if sorted(ids) != files or len(set(ids)) != len(ids):
        fail("ids and html files differ")
    hij = [r for r in rows if r["hijacked"]]
    clean = [r for r in rows if not r["hijacked"]]
    legit = [r for r in rows if r["legit"]]
    if (len(rows), len(hij), len(clean), len(legit)) != (40, 28, 12, 4):
        fail("counts %s" % ((len(rows), len(hij), len(clean), len(legit)),))
    if any(r["legit"] for r in hij):
        fail("a page is hijacked and legit")
    my_spam = set()
    for r in rows:
        pid = r["id"]
        for f in FIELDS:
            if f not in r:
                fail("%s: no field %s" % (pid, f))
        data = open(os.path.join(SET, "html", pid + ".html"), "rb").read()
        try:
            page = data.decode(r["encoding"])
        except UnicodeDecodeError:
            fail("%s: does not decode as %s" % (pid, r["encoding"]))
            continue
        m = re.search(r"charset=\"?([A-Za-z0-9-]+)", page[:600])
        if not m or m.group(1).lower() != r["encoding"]:
            fail("%s: meta charset %s vs %s" % (pid, m and m.group(1), r["encoding"]))
        vis = visible(page)
        raw = htmlmod.unescape(page)
        if not r["text"].strip():
            fail("%s: empty text" % pid)
        if not re.match(r"\d{4}-\d{2}-\d{2}$", r["date"] or ""):
            fail("%s: date" % pid)
        shown_dates = {r["date"], r["date"].replace("-", "/"), r["date"].replace("-", ".")}
        y, mo, d = r["date"].split("-")
        shown_dates |= {"%s年%s月%s日" % (y, mo, d), "%s年%d月%d日" % (y, int(mo), int(d))}
        if not any(x in vis for x in shown_dates):
            fail("%s: date not on page" % pid)
        for f in ("title", "source", "author"):
            if r[f] and r[f] not in vis:
                fail("%s: %s not on page" % (pid, f))
        stripped = page
        for blk in blocks.get(pid, []):
            stripped = stripped.replace(blk, "")
        vis_clean = visible(stripped)
        for para in r["text"].split("\n"):
            if para not in vis_clean:
                fail("%s: text paragraph not on page: %s" % (pid, para[:20]))
        for s in r["spam_strings"]:
            my_spam.add(s)
            if s not in raw:
                fail("%s: spam string not in page: %s" % (pid, s))
            for f in ("title", "source", "author", "text"):
                if r[f] and s in r[f]:
                    fail("%s: spam string inside truth %s" % (pid, f))
        if r["hijacked"]:
            if not r["injections"]:
                fail("%s: hijacked without injections" % pid)
            if not r["spam_strings"]:
                mk, tg = r.get("marker"), r.get("target")
                if not mk or mk not in page:
                    fail("%s: code-only page without its marker" % pid)
                if not tg or not acts(page, tg):
                    fail("%s: code does not lead to %s" % (pid, tg))
                if use_node:
                    for blk in blocks[pid]:
                        for js in re.findall(r"<script[^>]*>(.*?)</script>", blk, re.S):
                            out = run_node(js)
                            if tg not in out:
                                fail("%s: script does not reach %s under node" % (pid, tg))
            for blk in blocks[pid]:
                if blk not in page:
                    fail("%s: injected block missing from page" % pid)
        else:
            if r["spam_strings"] or r["injections"] or blocks[pid]:
                fail("%s: clean page with spam" % pid)
            for st in stems:
                if st in page:
                    fail("%s: clean page shows brand stem %s" % (pid, st))
            for h in spam_hosts:
                if h in page:
                    fail("%s: clean page names spam host" % pid)
        if r["site"] != urlparse(r["url"]).hostname:
            fail("%s: site is not the url host" % pid)

    # ---- sites
    by_site = defaultdict(list)
    for r in rows:
        by_site[r["site"]].append(r)
    multi = [s for s, rs in by_site.items() if len(rs) > 1]
    if len([s for s in multi if len(by_site[s]) == 5]) < 4:
        fail("fewer than 4 sites of 5 pages")
    for s in multi:
        rs = by_site[s]
        if len({r["template"] for r in rs}) != 1:
            fail("site %s: more than one template" % s)
        h = [r for r in rs if r["hijacked"]]
        if not 2 <= len(h) <= 3:
            fail("site %s: %d hijacked pages" % (s, len(h)))
        if len({tuple(r["injections"]) for r in h}) != 1 or len({tuple(blocks[r["id"]]) for r in h}) != 1:
            fail("site %s: hijacked pages do not share one injection" % s)
        if len({tuple(r["spam_strings"]) for r in h}) != 1:
            fail("site %s: spam strings differ" % s)

    # ---- templates
    fams = {r["template"]: r["encoding"] for r in rows}
    if len(fams) != 6:
        fail("%d template families" % len(fams))
    if "gbk" not in fams.values() or "gb18030" not in fams.values():
        fail("no gbk or no gb18030 template")

    # ---- compared material
    c_spam, c_hosts, c_html, c_gen = set(), set(), [], []
    for root in compare:
        for dp, dn, fn in os.walk(root):
            dn[:] = [d for d in dn if not own(os.path.join(dp, d))]
            if own(dp):
                continue
            for f in fn:
                p = os.path.join(dp, f)
                if own(p):
                    continue
                if f == "truth.jsonl":
                    for line in open(p, encoding="utf-8", errors="replace"):
                        if not line.strip():
                            continue
                        try:
                            t = json.loads(line)
                        except ValueError:
                            continue
                        c_spam.update(x for x in (t.get("spam_strings") or []) if isinstance(x, str) and x)
                        if t.get("url"):
                            c_hosts.add((urlparse(t["url"]).hostname or "").lower())
                elif f.endswith((".html", ".htm")):
                    c_html.append(p)
                if os.sep + "synthetic-generator-" in dp + os.sep or os.path.basename(dp).startswith("synthetic-generator-"):
                    c_gen.append(p)
    for p in c_gen:
        txt = open(p, "rb").read().decode("utf-8", "replace")
        for fam in fams:
            if fam in txt:
                fail("template family %s named in %s" % (fam, p))
    for st in stems:
        for c in c_spam:
            if st in c or c in st:
                fail("brand stem %s overlaps compared spam string %s" % (st, c))
    for s in my_spam:
        for c in c_spam:
            if s in c or c in s:
                fail("spam string %s overlaps compared spam string %s" % (s, c))
    c_bases = {base(c) for c in c_hosts if c}
    my_bases = sorted({base(r["site"]) for r in rows} | {base(h) for h in spam_hosts})
    for b0 in my_bases:
        if b0 in c_bases:
            fail("domain %s used by a compared split's url" % b0)
    # item 7: 60-char aligned chunks of each block, then the 120-windows around a hit
    chunks = []
    for pid, bl in sorted(blocks.items()):
        for blk in bl:
            b = squash(blk)
            if len(b) < RUN:
                continue
            for k in range(0, len(b) - 59, 60):
                chunks.append((pid, b, k))
    nblk = len({(pid, squash(x)) for pid, bl in blocks.items() for x in bl if len(squash(x)) >= RUN})
    # pages: no 160+ character run of markup shared with a compared page (the <!DOCTYPE> declaration dropped)
    pchunks = []
    for pid, data, t in pages:
        s = squash(re.sub(r"<!DOCTYPE[^>]*>", "", data.decode(t["encoding"]), flags=re.I))
        for k in range(0, len(s) - 79, 80):
            pchunks.append((pid, s, k))
    seen = set()
    for p in c_html:
        txt = squash(decode_any(open(p, "rb").read()))
        for st in stems:
            if st in txt:
                fail("brand stem %s occurs in %s" % (st, p))
        low = txt.lower()
        for b0 in my_bases:
            if b0 in low:
                fail("domain %s occurs in %s" % (b0, p))
        for pid, b, k in chunks:
            if (pid, p) not in seen and b[k:k + 60] in txt:
                for s0 in range(max(0, k - 60), min(k, len(b) - RUN) + 1):
                    if b[s0:s0 + RUN] in txt:
                        seen.add((pid, p))
                        fail("item 7: %s shares %d+ chars of an injected block with %s" % (pid, RUN, p))
                        break
        for pid, s, k in pchunks:
            if ("page", pid, p) not in seen and s[k:k + 80] in txt:
                for s0 in range(max(0, k - 80), min(k, len(s) - PAGE_RUN) + 1):
                    if s[s0:s0 + PAGE_RUN] in txt:
                        seen.add(("page", pid, p))
                        fail("%s shares %d+ characters of markup with %s" % (pid, PAGE_RUN, p))
                        break
    print("compared: %d html, %d spam strings, %d url hosts, %d generator files; %d injected blocks of %d+ chars"
          % (len(c_html), len(c_spam), len(c_hosts), len(c_gen), nblk, RUN))
    if ERR:
        for e in ERR:
            print("FAIL", e)
        sys.exit(1)
    print("OK: %d pages (%d hijacked, %d clean, %d legit), %d sites of 5, %d templates, re-run byte-identical"
          % (len(rows), len(hij), len(clean), len(legit), len([s for s in multi if len(by_site[s]) == 5]), len(fams)))


STUB = r"""
var OUT=[];function rec(x){OUT.push(String(x));}
var el=function(t){return {tagName:t,set src(v){rec('src '+v);},get src(){return '';},appendChild:function(c){}};};
var document={referrer:'https://www.baidu.com/link?url=x',title:'',write:function(s){rec('write '+s);},
  createElement:el,head:{appendChild:function(c){rec('append');}},body:{appendChild:function(c){}},
  getElementById:function(){return {style:{}};}};
var navigator={userAgent:'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148'};
var location={replace:function(u){rec('go '+u);},set href(u){rec('go '+u);},get href(){return 'https://x/';}};
var window={location:location,navigator:navigator,document:document};
function atob(s){return Buffer.from(s,'base64').toString('latin1');}
try{ %s
}catch(e){rec('ERR '+e);}
console.log(OUT.join('\n'));
"""


def run_node(js):
    js = js.replace("window.location", "location")
    try:
        r = subprocess.run(["node", "-e", STUB % js], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as e:
        return "ERR %s" % e
    return unquote(r.stdout)


def base(host):
    """registrable domain: the last three labels under gov.cn/edu.cn/org.cn/com.cn/net.cn, else the last two."""
    parts = host.lower().strip(".").split(".")
    if len(parts) >= 3 and parts[-1] == "cn" and parts[-2] in ("gov", "edu", "org", "com", "net", "ac"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def acts(page, target):
    """the code on the page names its target, directly, through unescape('%xx..') or through atob('..')."""
    if target in page:
        return True
    for m in re.finditer(r"unescape\('([^']+)'\)", page):
        if target in unquote(m.group(1)):
            return True
    for m in re.finditer(r"atob\('([A-Za-z0-9+/=]+)'\)", page):
        try:
            if target in base64.b64decode(m.group(1)).decode("utf-8", "replace"):
                return True
        except ValueError:
            pass
    return False


if __name__ == "__main__":
    main()
