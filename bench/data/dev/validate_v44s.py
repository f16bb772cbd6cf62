# -*- coding: utf-8 -*-
"""Check dev/synthetic-v44/ (pending-v44/ at collection, heldout/ from 2026-12-07, dev since it was spent,
2026-12-07) against the keeper's brief (items 2, 5, 6, 7).

Usage: python3 validate_v44s.py [COMPARE_DIR ...] [--node]
  COMPARE_DIR: folders whose html and truth.jsonl files are compared with this split (recursively);
  default: bench/data/dev (the older dev splits). v44's own folders (real-cases-v44*, synthetic-v44,
  synthetic-generator-v44, extract-v44: any *-v44/*-v44b folder; pending-v44/ at collection) are skipped, and a
  held-out or pending folder (heldout/, pending-*: v45 on, later than v44) is never read, even when passed.
  --node: also run each page's inline scripts under four fake browsers (needs node) and require every
  code-only hijacked page to write, navigate or retitle in at least one.

Checks: json parses; ids match html files; required fields; counts (40 pages, 28 hijacked, 12 clean, 4 legit,
0 both); 4 sites x 5 pages with 2-3 hijacked pages sharing one injection (same spam strings/marker/forms) and the
rest clean; every spam string and marker occurs in the page as decoded with its declared charset; title, date,
source and author are written on the page; text not empty and on the page (paragraph by paragraph);
6 templates, at least one gbk and one gb18030; re-run of make_set.py into a temp folder is byte-identical;
no brand stem or spam string overlaps (either way) any spam_strings entry of the compared truth files; no
page host is a host of a compared truth url; item 7: no run of >= 120 characters (whitespace collapsed) of an
injected script/style/iframe/noscript/marquee/hidden block of a hijacked page occurs in any compared html.
Prints counts, ids and folders only (no strings, hosts or code).
"""
import html as htmlmod
import json
import os
import re
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "synthetic-v44")
GEN = os.path.join(HERE, "synthetic-generator-v44")
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
RUN = 120
CHUNK = RUN // 2
# v44 is dev itself since it was spent (2026-12-07): its own folders under dev/ are no older split; heldout/ and
# pending-* (v45 on, later than v44) are not read
NOT_OLDER = re.compile(r"-v44[a-z]?$|^pending-v44$|^(heldout|pending)($|-)")

errors = []


def err(msg):
    errors.append(msg)
    print("FAIL", msg)


def load_truth(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError:
                    err(f"{path}:{n} does not parse")
    return rows


def decode_any(data):
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def collapse(s):
    return re.sub(r"\s+", " ", s)


HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|-\d{3,}px|font-size\s*:\s*0|height\s*:\s*[01]px|width\s*:\s*1px|overflow\s*:\s*hidden|position\s*:\s*fixed")
BLOCK = re.compile(r"<(script|style|iframe|noscript|marquee)\b[^>]*>.*?</\1\s*>", re.S | re.I)
STYLED = re.compile(r"<(div|p|span|h[1-6]|ul|section|a|td)\b([^>]*style=\"[^\"]*\"[^>]*)>.*?</\1\s*>", re.S | re.I)


def injected_blocks(page):
    out = [m.group(0) for m in BLOCK.finditer(page)]
    out += [m.group(0) for m in STYLED.finditer(page) if HIDDEN.search(m.group(2))]
    out += re.findall(r"<meta[^>]+http-equiv=\"refresh\"[^>]*>", page, re.I)
    return [collapse(b) for b in out]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    use_node = "--node" in sys.argv
    compare = [os.path.abspath(a) for a in args] or [os.path.join(REPO, "bench", "data", "dev")]
    truth = load_truth(os.path.join(SET, "truth.jsonl"))
    ids = [t["id"] for t in truth]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SET, "html")) if f.endswith(".html"))
    if sorted(ids) != files or len(set(ids)) != len(ids):
        err("ids and html files differ")
    need = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
            "lang", "origin", "kind", "site", "capture", "encoding"]
    pages = {}
    for t in truth:
        miss = [k for k in need if k not in t]
        if miss:
            err(f"{t['id']} lacks {miss}")
        raw = open(os.path.join(SET, "html", t["id"] + ".html"), "rb").read()
        try:
            page = raw.decode(t["encoding"])
        except (UnicodeDecodeError, LookupError):
            err(f"{t['id']} does not decode as its encoding")
            page = decode_any(raw)
        m = re.search(r"charset=[\"']?([\w-]+)", page[:600], re.I)
        if not m or m.group(1).lower() != t["encoding"].lower():
            err(f"{t['id']} declared charset differs from truth encoding")
        pages[t["id"]] = page
        shown = htmlmod.unescape(page)
        if not t["text"].strip():
            err(f"{t['id']} empty text")
        for para in t["text"].split("\n"):
            if para not in shown:
                err(f"{t['id']} text paragraph not on page")
        for k in ("title", "date", "source", "author"):
            if t.get(k) and t[k] not in shown:
                err(f"{t['id']} {k} not on page")
        if t["hijacked"]:
            if not t["injections"]:
                err(f"{t['id']} hijacked without injection forms")
            if not t["spam_strings"] and not t.get("marker"):
                err(f"{t['id']} hijacked page carries neither spam strings nor marker")
        else:
            if t["spam_strings"] or t["injections"] or t.get("marker"):
                err(f"{t['id']} clean page with injection fields")
        for s in t["spam_strings"]:
            if s not in page and s not in shown:
                err(f"{t['id']} spam string not in page")
        if t.get("marker") and t["marker"] not in page:
            err(f"{t['id']} marker not in page")
    # counts
    n = len(truth)
    hij = sum(t["hijacked"] for t in truth)
    clean = n - hij
    legit = sum(t["legit"] for t in truth)
    both = sum(t["legit"] and t["hijacked"] for t in truth)
    print(f"pages {n}: hijacked {hij}, clean {clean}, legit {legit} (both {both})")
    if (n, hij, clean, legit, both) != (40, 28, 12, 4, 0):
        err("counts differ from 40/28/12/4/0")
    tpls = {}
    encs = {}
    for t in truth:
        tpls.setdefault(t.get("template"), set()).add(t["encoding"])
        encs[t["encoding"]] = encs.get(t["encoding"], 0) + 1
    print("templates", {k: sorted(v) for k, v in sorted(tpls.items())}, "encodings", dict(sorted(encs.items())))
    if len(tpls) != 6 or any(len(v) != 1 for v in tpls.values()):
        err("need 6 templates, one encoding each")
    if not any("gbk" in v for v in tpls.values()) or not any("gb18030" in v for v in tpls.values()):
        err("need a gbk and a gb18030 template")
    # sites
    by_site = {}
    for t in truth:
        by_site.setdefault(t["site"], []).append(t)
    multi = {s: v for s, v in by_site.items() if len(v) > 1}
    print(f"sites: {len(multi)} multi-page ({sorted(len(v) for v in multi.values())}), {len(by_site) - len(multi)} single")
    if len(multi) < 4 or any(len(v) != 5 for v in multi.values()):
        err("need >= 4 sites of 5 pages")
    for s, v in multi.items():
        if len({t.get("template") for t in v}) != 1:
            err(f"site of {v[0]['id']} mixes templates")
        h = [t for t in v if t["hijacked"]]
        if not 2 <= len(h) <= 3:
            err(f"site of {v[0]['id']}: {len(h)} hijacked")
        if len({(json.dumps(t["spam_strings"]), t.get("marker"), json.dumps(t["injections"])) for t in h}) != 1:
            err(f"site of {v[0]['id']}: hijacked pages do not share one injection")
        blocks = [set(injected_blocks(pages[t["id"]])) for t in h]
        if blocks and not set.intersection(*blocks) and not h[0]["spam_strings"]:
            err(f"site of {v[0]['id']}: no shared injected block")
    for t in truth:
        if t["site"] in ("gov", "edu") or urlsplit(t["url"]).hostname != t["site"]:
            err(f"{t['id']} site is not the url host")
    # re-run identity
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(GEN, "make_set.py"), tmp], check=True, stdout=subprocess.DEVNULL)
        same = True
        for rel in ["truth.jsonl"] + [os.path.join("html", f + ".html") for f in files]:
            a = open(os.path.join(SET, rel), "rb").read()
            b = open(os.path.join(tmp, rel), "rb").read()
            if a != b:
                same = False
                err(f"re-run differs: {rel}")
        extra = set(os.listdir(os.path.join(tmp, "html"))) ^ set(os.listdir(os.path.join(SET, "html")))
        if extra:
            same = False
            err("re-run file list differs")
        print("re-run byte-identical:", same)
    # compared folders
    cmp_truth, cmp_html = [], []
    for root in compare:
        if NOT_OLDER.search(os.path.basename(os.path.normpath(root))):
            continue
        for d, sub, fs in os.walk(root):
            sub[:] = sorted(x for x in sub if not NOT_OLDER.search(x))
            for f in sorted(fs):
                p = os.path.join(d, f)
                if f == "truth.jsonl":
                    cmp_truth.append(p)
                elif f.endswith((".html", ".htm")):
                    cmp_html.append(p)
    dev_spam, dev_hosts = set(), set()
    for p in cmp_truth:
        with open(p, encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(d, dict):
                    continue
                for s in d.get("spam_strings") or []:
                    if isinstance(s, str) and s:
                        dev_spam.add(s)
                u = d.get("url")
                if isinstance(u, str):
                    try:
                        h = urlsplit(u).hostname
                    except ValueError:
                        h = None
                    if h:
                        dev_hosts.add(h.lower())
    sys.path.insert(0, GEN)
    import make_set  # noqa: E402
    mine = set(make_set.BRANDS) | {s for t in truth for s in t["spam_strings"]}
    over = {}
    for s in mine:
        for d in dev_spam:
            if s in d or d in s:
                ids_s = [t["id"] for t in truth if s in t["spam_strings"]] or ["brand-list"]
                for i in ids_s:
                    over[i] = over.get(i, 0) + 1
    print(f"brand/spam overlap: {len(mine)} strings of this split vs {len(dev_spam)} compared ones from {len(cmp_truth)} truth files: {sum(over.values())} overlaps", sorted(over) if over else "")
    if over:
        err("spam/brand overlap with compared folders")
    def reg(h):
        parts = h.lower().split(".")
        return ".".join(parts[-3:] if parts[-2:-1] and parts[-2] in ("gov", "edu", "org", "com", "net", "ac") and parts[-1] == "cn" else parts[-2:])
    dev_regs = {reg(h) for h in dev_hosts}
    host_hits = sorted(t["id"] for t in truth if t["site"].lower() in dev_hosts or urlsplit(t["url"]).hostname.lower() in dev_hosts
                       or reg(t["site"]) in dev_regs)
    print(f"hosts or registrable domains shared with compared truth urls: {len(host_hits)}", host_hits)
    if host_hits:
        err("host overlap")
    inj_hits = set()
    chrome_hosts = {h.lower() for t in truth if not t["hijacked"] for h in re.findall(r"https?://([A-Za-z0-9.-]+)", pages[t["id"]])}
    for t in truth:
        if t["hijacked"]:
            for b in injected_blocks(pages[t["id"]]) + [" ".join(re.findall(r"<(?:meta|a)\b[^>]*>", pages[t["id"]]))]:
                for h in re.findall(r"https?://([A-Za-z0-9.-]+)", b):
                    h = h.lower()
                    if h not in chrome_hosts and h != "www.w3.org" and (h in dev_hosts or (reg(h) in dev_regs and not h.endswith(("gov.cn", "miit.gov.cn")))):
                        inj_hits.add(t["id"])
    print(f"hosts named in injected code shared with compared truth urls: {len(inj_hits)}", sorted(inj_hits))
    if inj_hits:
        err("injected host overlap")
    # item 7
    chunks = {}
    for t in truth:
        if not t["hijacked"]:
            continue
        for b in injected_blocks(pages[t["id"]]):
            for k in range(0, len(b) - CHUNK + 1, CHUNK):
                chunks.setdefault(b[k:k + CHUNK], set()).add(t["id"])
    hits = {}
    for p in cmp_html:
        text = collapse(decode_any(open(p, "rb").read()))
        for k in range(0, len(text) - CHUNK + 1):
            w = text[k:k + CHUNK]
            if w in chunks:
                # confirm a run of RUN characters around the hit
                for pid in chunks[w]:
                    for b in injected_blocks(pages[pid]):
                        j = b.find(w)
                        if j < 0:
                            continue
                        a0, b0 = k, j
                        while a0 > 0 and b0 > 0 and text[a0 - 1] == b[b0 - 1]:
                            a0 -= 1
                            b0 -= 1
                        e0, f0 = k + CHUNK, j + CHUNK
                        while e0 < len(text) and f0 < len(b) and text[e0] == b[f0]:
                            e0 += 1
                            f0 += 1
                        if e0 - a0 >= RUN:
                            hits.setdefault(pid, set()).add(os.path.relpath(os.path.dirname(p), REPO))
    print(f"item 7: {len(chunks)} chunks of injected code from {hij} hijacked pages vs {len(cmp_html)} compared html: {len(hits)} pages with a shared run >= {RUN}",
          {k: sorted(v) for k, v in sorted(hits.items())} if hits else "")
    if hits:
        err("shared injected code")
    if use_node:
        act = os.path.join(HERE, "synthetic-generator-v44", "check_act.js")
        for t in truth:
            if t["hijacked"] and not t["spam_strings"] and re.search(r'<meta[^>]+http-equiv="refresh"[^>]+url=https?://', pages[t["id"]], re.I):
                print(f"node {t['id']}: meta refresh to another host (acts without script)")
            elif t["hijacked"] and not t["spam_strings"]:
                out = subprocess.run(["node", act, os.path.join(SET, "html", t["id"] + ".html"), t["encoding"]],
                                     capture_output=True, text=True).stdout
                res = json.loads(out or "{}")
                did = any(a.startswith(("write:", "nav:", "title:")) for v in res.values() for a in v)
                print(f"node {t['id']}: {'acts' if did else 'DOES NOTHING'}")
                if not did:
                    err(f"{t['id']} script does nothing")
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
