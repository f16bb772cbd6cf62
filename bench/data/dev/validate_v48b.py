#!/usr/bin/env python3
"""Validate real-cases-v48b (keeper k48b; pending-v48/ at collection, held out in bench/data/heldout/ from
2026-12-07, when v47 was spent and moved to dev; dev since v48 was spent, 2026-12-07).

  python3 validate_v48b.py [COMPARE_FOLDER ...] [--no-act]

COMPARE_FOLDER: folders whose html (recursively) and truth.jsonl are compared against v48b for item 7 (no run of
>=120 consecutive characters, whitespace collapsed, of an injected block also in any compared html) and for
url/host/registrable-domain reuse. Default: bench/data/dev: since v48 is dev (2026-12-07), the older dev splits.
Any folder (or sub-folder) whose name holds 'v48' is skipped (our own split, wherever it sits), and so is any held-out
or pending folder (heldout/, heldout-*, pending-*: v49 on, later than v48), even when passed.
Checks also: truth parses and fits the scorer's fields, ids <-> html files, text/fields written on the page,
spam_strings on the page, every hijacked page carries its src/ code verbatim, build.py re-run byte-identical,
and (unless --no-act, needs node + jsdom via K48B_JSDOM) every hijacked page acts under >= 1 visitor profile and
clean pages reach only their vendor's hosts."""
import glob, html as htmlmod, json, os, re, shutil, subprocess, sys, tempfile
from urllib.parse import urlparse

# v48's own folders (dev/ since v48 was spent, 2026-12-07; heldout/ before, pending-v48/ at collection) and any
# held-out or pending folder (v49 on, later than v48)
SKIP = re.compile(r"v48|^(heldout|pending)($|-)")

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.join(HERE, "real-cases-v48b")
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
VENDOR_HOSTS = {"cnzz.com", "doubleclick.net", "adnxs.com", "asadcdn.com", "eqtracking.com"}
RUN = 120

fails = []
def fail(msg):
    fails.append(msg)
    print("FAIL", msg)

def norm(s):
    return re.sub(r"\s+", " ", s)

def decode(b):
    head = b[:800].decode("latin-1").lower()
    m = re.search(r"charset=[\"']?([a-z0-9-]+)", head)
    enc = m.group(1) if m else "utf-8"
    for e in (enc, "utf-8", "gb18030", "big5", "latin-1"):
        try:
            return b.decode(e)
        except (UnicodeDecodeError, LookupError):
            continue

def visible(h):
    h = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", h)
    h = re.sub(r"(?s)<[^>]+>", "\n", h)
    return norm(htmlmod.unescape(h))

def regdom(host):
    parts = (host or "").lower().split(".")
    if len(parts) >= 3 and parts[-1] in ("cn", "hk", "tw", "uk", "jp") and parts[-2] in ("com", "edu", "gov", "org", "net", "ac", "co"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    no_act = "--no-act" in sys.argv
    compare = args or [os.path.join(REPO, "bench", "data", "dev")]
    truth_path = os.path.join(FOLDER, "truth.jsonl")
    rows = [json.loads(l) for l in open(truth_path, encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    htmls = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(FOLDER, "html", "*.html")))
    if sorted(ids) != htmls or len(set(ids)) != len(ids):
        fail("ids and html files differ: %s vs %s" % (ids, htmls))
    pages = {}
    for r in rows:
        for f in FIELDS:
            if f not in r:
                fail("%s: missing field %s" % (r.get("id"), f))
        if r["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            fail("%s: bad date %r" % (r["id"], r["date"]))
        if not r["text"].strip():
            fail("%s: empty text" % r["id"])
        raw = open(os.path.join(FOLDER, "html", r["id"] + ".html"), "rb").read()
        page = decode(raw)
        pages[r["id"]] = page
        vis = visible(page)
        for para in r["text"].split("\n"):
            if norm(para).strip() not in vis:
                fail("%s: text paragraph not on page: %s" % (r["id"], para[:40]))
        for f in ("title", "source", "author"):
            if r[f] and norm(r[f]) not in vis:
                fail("%s: %s not on page" % (r["id"], f))
        if r["date"]:
            y, m, d = r["date"].split("-")
            if r["date"] not in vis and ("%s年%d月%d日" % (y, int(m), int(d))) not in vis:
                fail("%s: date not on page" % r["id"])
        for s in r["spam_strings"]:
            if s not in htmlmod.unescape(page):
                fail("%s: spam string not on page" % r["id"])
        srcs = re.findall(r"\[src/([^;\]]+);", r["origin"])
        if not srcs:
            fail("%s: origin names no src/ file" % r["id"])
        for name in (srcs[0].split(",") if srcs else []):
            code = open(os.path.join(FOLDER, "src", name), encoding="utf-8").read().rstrip("\n")
            if code not in page:
                fail("%s: src/%s not carried verbatim" % (r["id"], name))
        if r["hijacked"] and not r["injections"]:
            fail("%s: hijacked without injections" % r["id"])
        if r["site"] != urlparse(r["url"]).hostname:
            fail("%s: site is not the url host" % r["id"])
    # --- compared folders: hosts/domains and item 7
    comp_html, comp_urls = [], []
    for c in compare:
        for root, dirs, files in os.walk(c):
            if SKIP.search(os.path.basename(os.path.normpath(root))):
                dirs[:] = []  # a skipped folder's sub-folders are skipped too (heldout/real-cases-v49 ...)
                continue
            dirs[:] = [d for d in dirs if not SKIP.search(d)]
            for fn in files:
                p = os.path.join(root, fn)
                if fn.endswith((".html", ".htm")):
                    try:
                        comp_html.append((p, norm(decode(open(p, "rb").read()))))
                    except Exception:
                        pass
                elif fn == "truth.jsonl":
                    for l in open(p, encoding="utf-8", errors="replace"):
                        try:
                            d = json.loads(l)
                        except Exception:
                            continue
                        if d.get("url"):
                            comp_urls.append(d["url"])
    comp_hosts = {urlparse(u).hostname for u in comp_urls if urlparse(u).hostname}
    comp_doms = {regdom(h) for h in comp_hosts}
    for r in rows:
        h = urlparse(r["url"]).hostname
        if r["url"] in comp_urls:
            fail("%s: url reused from compared folders" % r["id"])
        elif h in comp_hosts:
            fail("%s: host %s in compared folders" % (r["id"], h))
        elif regdom(h) in comp_doms:
            fail("%s: registrable domain %s in compared folders" % (r["id"], regdom(h)))
    blocks = set()
    for r in rows:
        if not r["hijacked"]:
            continue
        for name in re.findall(r"\[src/([^;\]]+);", r["origin"])[0].split(","):
            blocks.add(name)
    overlaps = 0
    for name in sorted(blocks):
        b = norm(open(os.path.join(FOLDER, "src", name), encoding="utf-8").read())
        half = RUN // 2
        probes = [(i, b[i:i + half]) for i in range(0, max(1, len(b) - half + 1), half) if len(b[i:i + half]) == half]
        for p, doc in comp_html:
            hit = False
            for i, probe in probes:
                if hit:
                    break
                j = doc.find(probe)
                while j != -1:
                    # extend the match both ways
                    a, c = i, j
                    while a > 0 and c > 0 and b[a - 1] == doc[c - 1]:
                        a -= 1; c -= 1
                    e1, e2 = i + half, j + half
                    while e1 < len(b) and e2 < len(doc) and b[e1] == doc[e2]:
                        e1 += 1; e2 += 1
                    if e1 - a >= RUN:
                        overlaps += 1
                        fail("item 7: src/%s shares %d chars with %s" % (name, e1 - a, os.path.relpath(p, REPO)))
                        hit = True
                        break
                    j = doc.find(probe, j + 1)
    print("compared: %d html files, %d urls in %s" % (len(comp_html), len(comp_urls), ", ".join(os.path.relpath(c, REPO) for c in compare)))
    # --- build.py byte-identical
    tmp = tempfile.mkdtemp(prefix="v48b-build-")
    try:
        dst = os.path.join(tmp, "real-cases-v48b")
        shutil.copytree(FOLDER, dst, ignore=shutil.ignore_patterns("html", "truth.jsonl", "__pycache__"))
        subprocess.run([sys.executable, os.path.join(dst, "build.py")], check=True, stdout=subprocess.DEVNULL)
        for r in rows:
            a = open(os.path.join(FOLDER, "html", r["id"] + ".html"), "rb").read()
            b2 = open(os.path.join(dst, "html", r["id"] + ".html"), "rb").read()
            if a != b2:
                fail("%s: build.py output differs" % r["id"])
        if open(truth_path, "rb").read() != open(os.path.join(dst, "truth.jsonl"), "rb").read():
            fail("truth.jsonl: build.py output differs")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # --- acts (node + jsdom)
    if not no_act:
        js = os.path.join(HERE, "check_act_v48b.js")
        try:
            out = subprocess.run(["node", js, FOLDER, "--json"], check=True, capture_output=True, text=True, timeout=1800).stdout
            rep = {x["id"]: x for x in json.loads(out)}
            for r in rows:
                x = rep[r["id"]]
                if r["hijacked"] and not x["acts_under"]:
                    fail("%s: hijacked page does nothing under any profile" % r["id"])
                if not r["hijacked"]:
                    for prof in x["profiles"].values():
                        for h in prof["remote"]:
                            if regdom(h) not in VENDOR_HOSTS:
                                fail("%s: clean page reaches %s" % (r["id"], h))
        except (OSError, subprocess.SubprocessError, ValueError) as ex:
            fail("act check could not run (%s); rerun with node and K48B_JSDOM, or --no-act" % ex)
    hij = sum(r["hijacked"] for r in rows)
    print("%s: %d pages (%d hijacked, %d clean), %d failures" % ("OK" if not fails else "FAILED", len(rows), hij, len(rows) - hij, len(fails)))
    sys.exit(1 if fails else 0)

if __name__ == "__main__":
    main()
