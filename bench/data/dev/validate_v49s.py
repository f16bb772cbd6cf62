"""Check synthetic-v49 (keeper k49s; bench/data/dev/synthetic-v49 since v49 was spent, 2026-12-07; held out in
bench/data/heldout/ from 2026-12-07, when v48 was spent; pending-v49/ at collection).

python3 validate_v49s.py [--node] [COMPARE_DIR ...]     (default: bench/data/dev: since v49 is dev, the older splits)

Compared folders: every file under each COMPARE_DIR except paths holding "v49" (this split's own folders and files,
wherever they sit) and any `heldout`, `heldout-*` or `pending-*` folder (v50 on, later than v49; skipped even when
passed).

Checks:
 1. make_set.py re-run twice into temporary folders: byte-identical to each other and to synthetic-v49/.
 2. counts: 40 pages, 28 hijacked, 12 clean, 4 legit (all clean), ids sv49-001..040 = html files; truth fields.
 3. each page decodes strictly in its truth encoding and declares that charset; truth title, date (as shown in one
    of the template's layouts), source, author and every text paragraph are on the page; no spam string in them.
 4. hijacked pages carry their injection in their bytes: every spam string in the decoded html (entities
    unescaped); code-only pages: the marker in the bytes and the code decodes to the target host.
    Clean pages: no spam string, no brand stem, no spam host.
 5. sites: >= 4 hosts with 5 pages each, one template per site, 2-3 hijacked pages sharing one injection (same
    forms, same spam strings / marker), the rest clean.
 6. templates: 6, encodings include gbk and gb18030; template family names appear in no compared generator file.
 7. brands: no brand stem or spam string of this split contains, or is contained in, any compared spam_strings
    entry; no brand stem and no spam host occurs in any compared html; no page host is a compared url host.
 8. KEEPER item 7: no run of 120+ consecutive characters (whitespace collapsed) of an injected block (every
    injection slot, spliced body line) occurs in any compared html.
 9. no page (its <?xml?>/DOCTYPE/<html> opening cut) shares 160+ characters of markup (whitespace collapsed)
    with any compared html (templates unlike the compared ones).
10. with --node: every script of a code-only page, run under synthetic-generator-v49/act_check.js (a stub phone
    browser arriving from a search engine), writes, loads or navigates to its target host.
"""
import base64
import glob
import html as htmlmod
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "synthetic-v49")
GEN = os.path.join(HERE, "synthetic-generator-v49")
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
errors = []


def err(msg):
    if msg not in errors:
        errors.append(msg)


def skipped(path):
    p = path.replace(os.sep, "/")
    return "v49" in p or re.search(r"(^|/)(heldout|heldout-[^/]*|pending-[^/]*)(/|$)", p) is not None


def compared_files(dirs):
    for d in dirs:
        for root, subdirs, files in os.walk(d):
            subdirs[:] = sorted(x for x in subdirs if not skipped(os.path.join(root, x)))
            if skipped(root):
                continue
            for f in sorted(files):
                yield os.path.join(root, f)


def decode_any(b):
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "replace")


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(h):
    h = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", h)
    h = re.sub(r"(?s)<[^>]+>", "", h)
    return htmlmod.unescape(h)


def js_unescape(s):
    return re.sub(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1) or m.group(2), 16)), s)


def decoded_code(h):
    """What the page's loaders write or load, decoded (for code-only pages)."""
    out = [js_unescape(x) for x in re.findall(r'document\.write\("((?:\\[xu][0-9a-fA-F]+)+)"\)', h)]
    out += [base64.b64decode(x).decode() for x in re.findall(r'atob\("([A-Za-z0-9+/=]+)"\)', h)]
    for arr, k in re.findall(r"var _q7=\[([0-9,]+)\].*?fromCharCode\(_q7\[_i\]-(\d+)\)", h):
        out.append("".join(chr(int(c) - int(k)) for c in arr.split(",")))
    out += [x[::-1] for x in re.findall(r'var _u="([^"]+)"\.split\(""\)\.reverse\(\)', h)]
    out += re.findall(r'location\.replace\("([^"]+)"', h)
    return "\n".join(out)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    dirs = [os.path.abspath(a) for a in args] or [os.path.join(REPO, "bench", "data", "dev")]
    dirs = [d for d in dirs if not skipped(d)]

    # 1. re-run identity
    with tempfile.TemporaryDirectory() as t:
        outs = []
        for k in ("a", "b"):
            o = os.path.join(t, k)
            subprocess.run([sys.executable, os.path.join(GEN, "make_set.py"), o], check=True)
            outs.append(o)
        for rel in ["truth.jsonl"] + [os.path.join("html", f) for f in sorted(os.listdir(os.path.join(SET, "html")))]:
            blobs = [open(os.path.join(x, rel), "rb").read() for x in outs + [SET]]
            if not (blobs[0] == blobs[1] == blobs[2]):
                err(f"re-run differs: {rel}")
        if sorted(os.listdir(os.path.join(outs[0], "html"))) != sorted(os.listdir(os.path.join(SET, "html"))):
            err("re-run writes other html files")

    sys.path.insert(0, GEN)
    ms = importlib.import_module("make_set")
    tpl = importlib.import_module("templates")
    built = {p["id"]: p for p in ms.build()}

    # 2. counts and fields
    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    fields = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
              "lang", "origin", "kind", "site", "capture", "encoding"]
    for r in rows:
        for f in fields:
            if f not in r:
                err(f"{r.get('id')}: field {f} missing")
        if not r["text"].strip():
            err(f"{r['id']}: empty text")
        if r["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err(f"{r['id']}: date format")
    ids = [r["id"] for r in rows]
    if ids != [f"sv49-{i:03d}" for i in range(1, 41)]:
        err("ids are not sv49-001..040")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SET, "html")) if f.endswith(".html"))
    if files != sorted(ids):
        err("html files do not match ids")
    nh = sum(r["hijacked"] for r in rows)
    nl = sum(r["legit"] for r in rows)
    if (len(rows), nh, len(rows) - nh, nl) != (40, 28, 12, 4) or any(r["legit"] and r["hijacked"] for r in rows):
        err(f"counts {len(rows)}/{nh}/{len(rows) - nh}/{nl}")

    brands = ms.BRANDS
    spam_hosts = sorted({ms.shost(b, sub) for b in brands for sub in ("", "m.", "www.", "app.", "cp.", "dw.", "cdn.", "wap.")})
    all_spam = sorted({s for r in rows for s in r["spam_strings"]})

    # 3./4. pages
    pages = {}
    for r in rows:
        raw = open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read()
        try:
            h = raw.decode(r["encoding"])
        except UnicodeDecodeError:
            err(f"{r['id']}: does not decode as {r['encoding']}")
            continue
        pages[r["id"]] = h
        if f"charset={r['encoding']}" not in h.lower().replace('"', "").replace("charset=utf-8", "charset=utf-8"):
            if not re.search(r'charset="?' + re.escape(r["encoding"]), h, re.I):
                err(f"{r['id']}: charset not declared")
        hu = htmlmod.unescape(h)
        txt = page_text(h)
        for s in r["spam_strings"]:
            txt = txt.replace(s, "")
        for k in ("title", "source", "author"):
            if r[k] and r[k] not in hu:
                err(f"{r['id']}: truth {k} not on page")
        if r["date"]:
            y, m, d = r["date"].split("-")
            forms = [r["date"], f"{y}年{int(m)}月{int(d)}日", f"{y}年{m}月{d}日", f"{y}/{m}/{d}"]
            if not any(f in hu for f in forms):
                err(f"{r['id']}: truth date not on page")
        for p in r["text"].split("\n"):
            if p not in txt:
                err(f"{r['id']}: text paragraph not on page: {p[:20]}")
        for s in all_spam:
            for k in ("title", "text", "source", "author"):
                if r[k] and s in r[k]:
                    err(f"{r['id']}: a spam string in truth {k}")
        if r["hijacked"]:
            if not r["injections"]:
                err(f"{r['id']}: hijacked without injections")
            if not r["spam_strings"] and not r.get("marker"):
                err(f"{r['id']}: hijacked page with neither spam strings nor marker")
            for s in r["spam_strings"]:
                if s not in hu:
                    err(f"{r['id']}: spam string not in page")
            if r.get("marker"):
                if r["marker"].encode(r["encoding"]) not in raw:
                    err(f"{r['id']}: marker not in bytes")
                if r.get("target") and r["target"] not in decoded_code(h):
                    err(f"{r['id']}: code does not decode to its target")
        else:
            if r["spam_strings"] or r["injections"] or r.get("marker"):
                err(f"{r['id']}: clean page with spam fields")
            for s in list(brands) + spam_hosts + all_spam:
                if s in hu:
                    err(f"{r['id']}: clean page shows a brand/spam host/spam string")
                    break

    # 5. sites
    by_site = defaultdict(list)
    for r in rows:
        by_site[r["site"]].append(r)
    multi = {s: rs for s, rs in by_site.items() if len(rs) > 1}
    if len([s for s, rs in multi.items() if len(rs) == 5]) < 4:
        err("fewer than 4 sites of 5 pages")
    for s, rs in multi.items():
        if len({r["template"] for r in rs}) != 1:
            err(f"site {s}: several templates")
        hj = [r for r in rs if r["hijacked"]]
        if not 2 <= len(hj) <= 3:
            err(f"site {s}: {len(hj)} hijacked pages")
        if len({(tuple(r["injections"]), tuple(r["spam_strings"]), r.get("marker")) for r in hj}) != 1:
            err(f"site {s}: hijacked pages do not share one injection")
    for r in rows:
        if r["site"] not in r["url"]:
            err(f"{r['id']}: site is not the url host")

    # 6. templates
    tpls = {r["template"] for r in rows}
    encs = {r["encoding"] for r in rows}
    if len(tpls) != 6 or not {"gbk", "gb18030"} <= encs:
        err(f"templates {sorted(tpls)} encodings {sorted(encs)}")

    # 7./8. against compared folders
    comp_spam, comp_hosts = set(), set()
    gen_text = []
    html_files = []
    for f in compared_files(dirs):
        base = os.path.basename(f)
        if base == "truth.jsonl":
            for line in open(f, encoding="utf-8"):
                if line.strip():
                    t = json.loads(line)
                    comp_spam.update(x for x in (t.get("spam_strings") or []) if x)
                    m = re.match(r"https?://([^/:?#]+)", t.get("url") or "")
                    if m:
                        comp_hosts.add(m.group(1).lower())
        elif "synthetic-generator" in f and base.endswith((".py", ".md", ".js")):
            gen_text.append(open(f, encoding="utf-8", errors="replace").read().lower())
        elif base.endswith((".html", ".htm")):
            html_files.append(f)
    for t, fam in tpl.FAMILY.items():
        if any(fam.lower() in g for g in gen_text):
            err(f"template {t}: family name {fam} in a compared generator")
    for x in list(brands) + all_spam:
        for c in comp_spam:
            if x in c or c in x:
                err(f"brand/spam string overlaps a compared spam string ({len(x)} / {len(c)} chars)")
                break
    for r in rows:
        if r["site"].lower() in comp_hosts:
            err(f"{r['id']}: page host is a compared url host")
    for h in spam_hosts:
        if h in comp_hosts:
            err("spam host is a compared url host")

    blocks = []
    for pid, p in built.items():
        if not p["injections"]:
            continue
        parts = [v for v in p["inj"].values() if v]
        parts += [x for x in p["paras"] if x.startswith("<")]
        for part in parts:
            c = collapse(part)
            if len(c) >= 120:
                blocks.append((pid, c))
    chunks = defaultdict(set)
    for i, (pid, c) in enumerate(blocks):
        for k in range(0, len(c) - 59, 60):
            chunks[c[k:k + 60]].add(i)
    needles = list(brands) + spam_hosts
    for f in html_files:
        h = collapse(decode_any(open(f, "rb").read()))
        for n in needles:
            if n in h:
                err(f"brand stem or spam host in compared html {os.path.relpath(f, REPO)}")
        for ch, idxs in chunks.items():
            if ch in h:
                for i in idxs:
                    c = blocks[i][1]
                    if any(c[k:k + 120] in h for k in range(0, len(c) - 119)):
                        err(f"item 7: {blocks[i][0]} shares 120+ characters with {os.path.relpath(f, REPO)}")

    mine = {}
    for pid, h in pages.items():
        mine[pid] = re.sub(r"^(<\?xml[^>]*> )?<!DOCTYPE[^>]*> <html[^>]*>", "", collapse(h))
    pchunks = defaultdict(set)
    for pid, c in mine.items():
        for k in range(0, len(c) - 79, 80):
            pchunks[c[k:k + 80]].add(pid)
    for f in html_files:
        h = collapse(decode_any(open(f, "rb").read()))
        for ch, pids in pchunks.items():
            if ch in h:
                for pid in pids:
                    c = mine[pid]
                    i = c.index(ch)
                    if any(c[k:k + 160] in h for k in range(max(0, i - 80), min(len(c) - 159, i + 80))):
                        err(f"{pid}: shares 160+ characters of markup with {os.path.relpath(f, REPO)}")

    if "--node" in sys.argv:
        for pid, p in built.items():
            if not p["marker"]:
                continue
            acted = ""
            for v in p["inj"].values():
                for js in re.findall(r"(?s)<script[^>]*>(.*?)</script>", v):
                    with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False, encoding="utf-8") as t:
                        t.write(js)
                    r = subprocess.run(["node", os.path.join(GEN, "act_check.js"), t.name], capture_output=True, text=True)
                    os.unlink(t.name)
                    acted += r.stdout
            if p["target"] not in acted:
                err(f"{pid}: code does not act under node")

    n_html = len(html_files)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} errors")
        sys.exit(1)
    print(f"OK: 40 pages ({nh} hijacked, {nl} legit), re-run byte-identical; compared with {n_html} html files, "
          f"{len(comp_spam)} spam strings, {len(comp_hosts)} url hosts; {len(blocks)} injected blocks of 120+ characters checked")


if __name__ == "__main__":
    main()
