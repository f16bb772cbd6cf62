# -*- coding: utf-8 -*-
"""Check synthetic-v50 (k50s; bench/data/dev/synthetic-v50 since v50 was spent, 2026-12-07; held out in
bench/data/heldout/ from 2026-12-07, when v49 was spent; pending-v50/ at collection).

    /usr/bin/python3 validate_v50s.py [--node] [COMPARE_DIR ...]

COMPARE_DIR defaults to bench/data/dev: since v50 is dev (2026-12-07), the older dev splits. Under each one every
*.html, truth.jsonl and generator file is read; paths holding "v50" (this split's own folders and files, wherever
they sit) and any heldout/, heldout-* or pending-* folder (v51 on, later than v50) are skipped, even when passed.
Checks: re-run byte-identical; counts 40/28/12/4; fields; encodings; truth fields on the page and free of spam;
spam strings / markers in the page; code decoding to its target (and, with --node, acting in a stub browser);
no brand on clean pages; 4 sites x 5 pages sharing one injection; 6 templates (gbk and gb18030), family names
in no compared generator; brand stems and spam strings vs compared spam strings (either way); stems and spam
hosts vs compared html; page and spam hosts vs compared url hosts; item 7 (no run of 120+ characters,
whitespace collapsed, of an injected script/iframe/style/hidden block in compared html); no page sharing 160+
characters of markup with compared html. Exit status 1 on any failure.
"""
import base64
import filecmp
import glob
import html as H
import json
import os
import re
import subprocess
import sys
import tempfile
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "synthetic-v50")
GEN = os.path.join(HERE, "synthetic-generator-v50")
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, GEN)
import make_set  # noqa: E402
from templates import TEMPLATES  # noqa: E402

FAMILY_WORDS = ["Lepton", "Crafter", "Mipcms", "b2evolution", "Nucleus", "Hippo"]
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
CODE_FORMS = {"mobile-ua-charcode-redirect", "search-referrer-iframe-cloak", "hex-docwrite-hidden-links",
              "base64-eval-loader", "meta-refresh-takeover"}

fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL", msg)


def skip_path(p):
    parts = p.replace("\\", "/").split("/")
    if "v50" in p:
        return True
    return any(x == "heldout" or x.startswith("heldout-") or x.startswith("pending-") for x in parts)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def read_any(path):
    b = open(path, "rb").read()
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', b[:3000])
    encs = []
    if m:
        encs.append(m.group(1).decode("ascii", "ignore").lower())
    encs += ["utf-8", "gb18030"]
    for enc in encs:
        try:
            return b.decode("gb18030" if enc in ("gb2312", "gbk") else enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return b.decode("utf-8", "replace")


def visible(text):
    """Page text as a reader (or a search snippet) gets it: title and body, tags dropped, entities decoded."""
    t = re.sub(r"(?is)<script\b.*?</script>", "\n", text)
    t = re.sub(r"(?is)<style\b.*?</style>", "\n", t)
    t = re.sub(r"<[^>]+>", "\n", t)
    return H.unescape(t)


# ------------------------------------------------------------------ compared material
def load_compare(dirs):
    htmls, spam, hosts, gens = [], set(), set(), []
    for d in dirs:
        d = os.path.abspath(d)
        for root, subdirs, files in os.walk(d):
            subdirs[:] = sorted(x for x in subdirs if not skip_path(os.path.join(root, x)))
            if skip_path(root):
                continue
            for f in sorted(files):
                p = os.path.join(root, f)
                if f.endswith((".html", ".htm")):
                    htmls.append(p)
                elif f == "truth.jsonl":
                    for line in open(p, encoding="utf-8"):
                        if not line.strip():
                            continue
                        r = json.loads(line)
                        for s in r.get("spam_strings") or []:
                            spam.add(s)
                        h = urlparse(r.get("url") or "").hostname
                        if h:
                            hosts.add(h.lower())
                elif "generator" in root and f.endswith((".py", ".md", ".js")):
                    gens.append(p)
    return htmls, spam, hosts, gens


# ------------------------------------------------------------------ common runs
def common_runs(blocks, texts, k):
    """blocks: {name: collapsed text}; texts: iterable of (path, collapsed text). Yield (name, path, length)
    for every common run of >= 2k characters (a run of 2k holds a k-window of the text at a multiple of k)."""
    index = {}
    for name, b in blocks.items():
        for i in range(0, max(0, len(b) - k + 1)):
            index.setdefault(b[i:i + k], []).append((name, i))
    for path, t in texts:
        seen = set()
        for j in range(0, len(t) - k + 1, k):
            hits = index.get(t[j:j + k])
            if not hits:
                continue
            for name, i in hits:
                lo = 0
                while i - lo - 1 >= 0 and j - lo - 1 >= 0 and blocks[name][i - lo - 1] == t[j - lo - 1]:
                    lo += 1
                hi = k
                while i + hi < len(blocks[name]) and j + hi < len(t) and blocks[name][i + hi] == t[j + hi]:
                    hi += 1
                n = lo + hi
                if n >= 2 * k and (name, path) not in seen:
                    seen.add((name, path))
                    yield name, path, n


def injected_blocks(text):
    """Scripts, iframes, styles, hidden or off-screen blocks, refresh metas and whatever follows </html>."""
    out = []
    for m in re.finditer(r"(?is)<script\b.*?</script>|<style\b.*?</style>|<iframe\b.*?</iframe>|<meta[^>]+refresh[^>]*>", text):
        out.append(m.group(0))
    for m in re.finditer(r'(?is)<(div|span|p)\b[^>]*style="[^"]*(display:\s*none|left:\s*-\d|font-size:\s*0|visibility:\s*hidden)[^"]*"[^>]*>.*?</\1>', text):
        out.append(m.group(0))
    tail = text.split("</html>", 1)
    if len(tail) == 2 and tail[1].strip():
        out.append(tail[1])
    return out


# ------------------------------------------------------------------ code decoders
def decode_code(r, text):
    inj = set(r["injections"])
    got = ""
    if "mobile-ua-charcode-redirect" in inj:
        m = re.search(r"var k=\[([0-9,]+)\]", text)
        got = "".join(chr(int(x)) for x in m.group(1).split(",")) if m else ""
    elif "search-referrer-iframe-cloak" in inj:
        m = re.search(r"document\.write\('(.*?)'\);", text, re.S)
        got = m.group(1).replace("'+'", "") if m else ""
    elif "hex-docwrite-hidden-links" in inj:
        m = re.search(r'document\.write\("((?:\\x[0-9a-f]{2}|\\u[0-9a-f]{4})+)"\)', text)
        got = re.sub(r"\\x([0-9a-f]{2})|\\u([0-9a-f]{4})", lambda q: chr(int(q.group(1) or q.group(2), 16)), m.group(1)) if m else ""
    elif "base64-eval-loader" in inj:
        m = re.search(r'eval\(atob\("([A-Za-z0-9+/=]+)"\)\)', text)
        got = base64.b64decode(m.group(1)).decode() if m else ""
    elif "meta-refresh-takeover" in inj:
        m = re.search(r'<meta http-equiv="refresh" content="[0-9.]+;url=([^"]+)"', text, re.I)
        got = m.group(1) if m else ""
    return got


NODE_HARNESS = r"""
const fs=require('fs');const code=fs.readFileSync(0,'utf8');const out=[];
const node=()=>({style:{},appendChild(n){out.push('append:'+(n&&n.src||''))}});
const loc={set href(v){out.push('nav:'+v)},get href(){return 'https://self/'},replace(v){out.push('nav:'+v)}};
global.navigator={userAgent:process.env.UA};global.window=global;global.top={location:loc};global.location=loc;
global.setTimeout=(f)=>f();
global.document={referrer:process.env.REF,title:'',write:(s)=>out.push('write:'+s),
  createElement:(t)=>({tag:t,style:{}}),head:node(),documentElement:node(),body:node(),
  getElementsByTagName:()=>[node()]};
global.atob=(s)=>Buffer.from(s,'base64').toString('binary');
try{eval(code)}catch(e){out.push('error:'+e.message)}
console.log(JSON.stringify(out));
"""


def node_act(text, ua, ref):
    outs = []
    for m in re.finditer(r"(?is)<script\b[^>]*>(.*?)</script>", text):
        body = m.group(1)
        if not body.strip():
            continue
        p = subprocess.run(["node", "-e", NODE_HARNESS], input=body, capture_output=True, text=True,
                           env=dict(os.environ, UA=ua, REF=ref), timeout=20)
        outs.append(p.stdout.strip())
    return " ".join(outs)


# ------------------------------------------------------------------ main
def main(argv):
    use_node = "--node" in argv
    dirs = [a for a in argv if not a.startswith("--")] or [os.path.join(REPO, "bench", "data", "dev")]

    # 1 re-run identity
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(GEN, "make_set.py"), tmp], check=True, capture_output=True)
        a = sorted(os.listdir(os.path.join(SET, "html")))
        b = sorted(os.listdir(os.path.join(tmp, "html")))
        if a != b:
            fail("re-run: file lists differ")
        for f in a:
            if f in b and not filecmp.cmp(os.path.join(SET, "html", f), os.path.join(tmp, "html", f), shallow=False):
                fail("re-run: %s differs" % f)
        if not filecmp.cmp(os.path.join(SET, "truth.jsonl"), os.path.join(tmp, "truth.jsonl"), shallow=False):
            fail("re-run: truth.jsonl differs")

    recs = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in recs]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SET, "html")))
    if sorted(ids) != files or len(set(ids)) != len(ids):
        fail("ids and html files differ")

    # 2 counts
    nh = sum(r["hijacked"] for r in recs)
    nl = sum(r["legit"] for r in recs)
    if (len(recs), nh, len(recs) - nh, nl) != (40, 28, 12, 4):
        fail("counts %s" % ((len(recs), nh, len(recs) - nh, nl),))
    if any(r["hijacked"] and r["legit"] for r in recs):
        fail("a page both hijacked and legit")

    stems = {v[0]: v[2] for v in make_set.BRANDS.values()}
    spam_hosts = set(stems.values())
    texts = {}
    for r in recs:
        for f in FIELDS:
            if f not in r:
                fail("%s: field %s missing" % (r["id"], f))
        raw = open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read()
        try:
            t = raw.decode(r["encoding"])
        except UnicodeDecodeError:
            fail("%s: does not decode as %s" % (r["id"], r["encoding"]))
            continue
        if r["encoding"] not in raw[:400].decode("ascii", "ignore").lower():
            fail("%s: charset %s not declared" % (r["id"], r["encoding"]))
        texts[r["id"]] = t
        vis = visible(t)
        visn = ws(vis)
        # truth fields on the page
        if not r["text"].strip():
            fail("%s: empty text" % r["id"])
        for para in r["text"].split("\n"):
            if para not in vis:
                fail("%s: paragraph not on page: %s" % (r["id"], para[:20]))
        for k in ("title", "source", "author"):
            if r[k] and r[k] not in vis:
                fail("%s: %s not on page" % (r["id"], k))
        if r["date"]:
            y, m, d = r["date"].split("-")
            forms = [r["date"], "%s/%s/%s" % (y, m, d), "%s.%s.%s" % (y, m, d), "%s年%d月%d日" % (y, int(m), int(d))]
            if not any(x in visn for x in forms):
                fail("%s: date not on page" % r["id"])
        for s in r["spam_strings"]:
            for k in ("title", "source", "author", "text"):
                if r[k] and s in r[k]:
                    fail("%s: spam string in truth %s" % (r["id"], k))
        # hijacked pages carry their injection
        if r["hijacked"]:
            if not r["injections"]:
                fail("%s: hijacked without injections" % r["id"])
            if not r["spam_strings"] and not r.get("marker"):
                fail("%s: hijacked with neither spam strings nor marker" % r["id"])
            for s in r["spam_strings"]:
                if s not in vis:
                    fail("%s: spam string not shown: %s" % (r["id"], s))
            if r.get("marker"):
                if r["marker"] not in t:
                    fail("%s: marker not in page" % r["id"])
                got = decode_code(r, t)
                if not r.get("target") or r["target"] not in got:
                    fail("%s: code does not decode to its target" % r["id"])
                if use_node and "meta-refresh-takeover" not in r["injections"]:
                    act = node_act(t, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile", "https://www.baidu.com/link?url=x")
                    if r["target"] not in act:
                        fail("%s: code does not act (node)" % r["id"])
            if set(r["injections"]) & CODE_FORMS and r["spam_strings"]:
                fail("%s: code-only form with spam strings" % r["id"])
        else:
            if r["injections"] or r["spam_strings"] or r.get("marker"):
                fail("%s: clean page with injection fields" % r["id"])
            for stem, host in stems.items():
                if stem in t or host in t:
                    fail("%s: brand %s on a clean page" % (r["id"], stem))

    # 5 sites
    by_site = {}
    for r in recs:
        by_site.setdefault(r["site"], []).append(r)
    big = {h: rs for h, rs in by_site.items() if len(rs) > 1}
    if sorted(len(v) for v in big.values()) != [5, 5, 5, 5] or len(by_site) != 24:
        fail("sites: %s" % sorted(len(v) for v in by_site.values()))
    for h, rs in big.items():
        if len({r["template"] for r in rs}) != 1:
            fail("site %s: more than one template" % h)
        hj = [r for r in rs if r["hijacked"]]
        if not 2 <= len(hj) <= 3:
            fail("site %s: %d hijacked" % (h, len(hj)))
        sig = {(tuple(r["injections"]), tuple(r["spam_strings"]), r.get("marker"), r.get("target")) for r in hj}
        if len(sig) != 1:
            fail("site %s: hijacked pages do not share one injection" % h)
    for r in recs:
        if r["site"] != urlparse(r["url"]).hostname:
            fail("%s: site is not the url host" % r["id"])

    # 6 templates
    tpls = {r["template"] for r in recs}
    encs = {TEMPLATES[t]["encoding"] for t in tpls}
    if len(tpls) != 6 or not {"gbk", "gb18030"} <= encs:
        fail("templates %s encodings %s" % (sorted(tpls), sorted(encs)))

    # compared material
    htmls, cspam, chosts, gens = load_compare(dirs)
    print("compared: %d html, %d spam strings, %d url hosts, %d generator files" % (len(htmls), len(cspam), len(chosts), len(gens)))
    for g in gens:
        gt = open(g, encoding="utf-8", errors="replace").read().lower()
        for w in FAMILY_WORDS:
            if w.lower() in gt:
                fail("family name %s in %s" % (w, os.path.relpath(g, REPO)))
    ours = set(stems) | {s for r in recs for s in r["spam_strings"]}
    for o in sorted(ours):
        for c in cspam:
            if o in c or c in o:
                fail("brand/spam overlap: ours %r vs compared %r" % (o, c))
    our_hosts = {r["site"] for r in recs} | spam_hosts
    for h in our_hosts:
        for c in chosts:
            if h == c or c.endswith("." + h) or h.endswith("." + c):
                fail("host overlap: %s vs %s" % (h, c))
    needles = [(s, [s.encode("utf-8"), s.encode("gb18030")]) for s in stems] + \
              [(h, [h.encode("ascii")]) for h in spam_hosts] + [(h, [h.encode("ascii")]) for h in {r["site"] for r in recs}]
    ctexts = []
    for p in htmls:
        b = open(p, "rb").read()
        for name, bs in needles:
            if any(x in b for x in bs):
                fail("%s found in compared %s" % (name, os.path.relpath(p, REPO)))
        ctexts.append((p, ws(read_any(p))))

    # 7 item 7: injected blocks, 120+ characters
    blocks = {}
    for r in recs:
        if r["hijacked"]:
            for i, blk in enumerate(injected_blocks(texts[r["id"]])):
                c = ws(blk)
                if len(c) >= 120:
                    blocks["%s#%d" % (r["id"], i)] = c
    n7 = 0
    for name, path, n in common_runs(blocks, ctexts, 60):
        n7 += 1
        fail("item 7: %s shares %d characters with %s" % (name, n, os.path.relpath(path, REPO)))
    print("item 7: %d injected blocks of 120+ characters checked" % len(blocks))
    # whole pages, 160+ characters
    pages = {rid: ws(t) for rid, t in texts.items()}
    for name, path, n in common_runs(pages, ctexts, 80):
        fail("markup: %s shares %d characters with %s" % (name, n, os.path.relpath(path, REPO)))

    print("OK" if not fails else "%d failures" % len(fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
