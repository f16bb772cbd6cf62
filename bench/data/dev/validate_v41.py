"""Validate dev v41 (real-cases-v41, synthetic-v41). Stdlib only; does not run newsvault.

Checks: truth fields and types; ids <-> html files; html decodes in its declared encoding; every spam
string occurs in the decoded page; every hijacked page carries its injection (a spam string, or a
copy-on-unrelated-host mark for mirrors); text non-empty and each truth paragraph readable on the page
(after spam strings are cut); title/source/author/date written on the page; site is the url host;
no url, host or registrable domain of an older dev split is reused; no spam string overlaps an older dev
spam string; code overlap: no <script>/<iframe>/<style> block or hidden block of a hijacked page shares
a run of >=120 characters (whitespace collapsed) with any html of an older dev split.
v41 was collected in pending-v41/ (checked against dev/ and heldout/, v40 then), held out from 2026-12-06 (v40 dev
included) and is dev itself since it was spent (2026-12-06): the checks compare with the older dev splits only,
v41's own folders under dev/ skipped; a later split (heldout/, v42 on) is no reuse of v41's and is not read.
Usage: python3 validate_v41.py [--main /work/main]
"""
import glob
import html as H
import json
import os
import re
import sys
import unicodedata
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = sys.argv[sys.argv.index("--main") + 1] if "--main" in sys.argv else "/work/main"
DATA = os.path.join(MAIN, "bench", "data")
CORPORA = ["real-cases-v41", "synthetic-v41"]
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
RUN = 120
errors = []


def err(msg):
    errors.append(msg)


def reg(h):
    p = h.split(".")
    if len(p) >= 3 and p[-2] in ("com", "net", "org", "gov", "edu", "ac", "co") and len(p[-1]) == 2:
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def decode(b, enc):
    e = {"GB18030": "gb18030", "GBK": "gbk", "utf-8": "utf-8"}.get(enc, enc)
    return b.decode(e)


def visible(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return H.unescape(s)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def date_forms(d):
    y, m, dd = d.split("-")
    mi, di = int(m), int(dd)
    months_id = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    return [d, f"{y}年{m}月{dd}日", f"{y}年{mi}月{di}日", f"{y}/{m}/{dd}", f"{y}.{m}.{dd}", f"{di} {months_id[mi - 1]} {y}"]


# ---- prior splits: urls, hosts, registrable domains, spam strings, html text --------------------
# v41 was held out from 2026-12-06 (moved from pending-v41/ when v40 was spent) and is dev itself since it was spent
# (2026-12-06): its own folders in dev/ (real-cases-v41, real-cases-v41b, synthetic-v41, synthetic-generator-v41,
# extract-v41) are no prior split, and heldout/ (v42 on, later than v41) is not read
OWN = re.compile(r"-v41[a-z]?$")


def prior(*pattern, recursive=False):
    out = []
    for split in ("dev",):
        base = os.path.join(DATA, split)
        for f in glob.glob(os.path.join(base, *pattern), recursive=recursive):
            top = os.path.relpath(f, base).split(os.sep)[0]
            if not OWN.search(top):
                out.append(f)
    return out


prior_urls, prior_hosts, prior_regs, prior_spam = set(), set(), set(), set()
for f in prior("*", "truth.jsonl"):
    for line in open(f, encoding="utf-8"):
        if not line.strip():
            continue
        t = json.loads(line)
        u = t.get("url") or ""
        prior_urls.add(u)
        h = (urlparse(u).hostname or "").lower()
        if h:
            prior_hosts.add(h)
            prior_regs.add(reg(h))
        for s in t.get("spam_strings") or []:
            prior_spam.add(s)
prior_docs = []
for f in prior("**", "*.htm*", recursive=True):
    b = open(f, "rb").read()
    for e in ("utf-8", "gb18030"):
        try:
            prior_docs.append(ws(b.decode(e)))
            break
        except UnicodeDecodeError:
            continue
    else:
        prior_docs.append(ws(b.decode("utf-8", "replace")))


def hidden_classes(page):
    cls = set()
    for css in re.findall(r"(?is)<style\b[^>]*>(.*?)</style>", page):
        for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
            if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden|left\s*:\s*-\d{3,}|top\s*:\s*-\d{3,}|font-size\s*:\s*0", body):
                cls.update(re.findall(r"\.([\w-]+)", sel))
    return cls


HIDE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(left|top)\s*:\s*-\d{3,}px|font-size\s*:\s*0|height\s*:\s*[01]px", re.I)


def code_blocks(page):
    blocks = re.findall(r"(?is)<(?:script|iframe|style)\b.*?</(?:script|iframe|style)>", page)
    hc = hidden_classes(page)
    for m in re.finditer(r'(?is)<(div|span|p|section|ul|marquee)\b([^>]*)>', page):
        attrs = m.group(2)
        st = re.search(r'style\s*=\s*"([^"]*)"', attrs)
        cl = re.search(r'class\s*=\s*"([^"]*)"', attrs)
        if (st and HIDE.search(st.group(1))) or (cl and set(cl.group(1).split()) & hc):
            end = page.find(f"</{m.group(1)}>", m.end())
            blocks.append(page[m.start(): end + len(m.group(1)) + 3 if end >= 0 else m.end() + 2000])
    return blocks


def shared_run(block):
    """Longest run >= RUN shared with a prior html, or 0. Anchored pieces of 40 at stride 40 (exact)."""
    b = ws(block)
    if len(b) < RUN:
        return 0
    best = 0
    for j in range(0, len(b) - 40 + 1, 40):
        piece = b[j:j + 40]
        for doc in prior_docs:
            k = doc.find(piece)
            while k >= 0:
                lo = 0
                while j - lo - 1 >= 0 and k - lo - 1 >= 0 and b[j - lo - 1] == doc[k - lo - 1]:
                    lo += 1
                hi = 40
                while j + hi < len(b) and k + hi < len(doc) and b[j + hi] == doc[k + hi]:
                    hi += 1
                best = max(best, lo + hi)
                if best >= RUN:
                    return best
                k = doc.find(piece, k + 1)
    return best


# ---- corpora ------------------------------------------------------------------------------------
summary = {}
for name in CORPORA:
    d = os.path.join(HERE, name)
    rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    files = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(d, "html", "*.html")))
    if sorted(ids) != files or len(set(ids)) != len(ids):
        err(f"{name}: ids and html files differ")
    n_code_fail = 0
    for r in rows:
        rid = r["id"]
        for k in FIELDS:
            if k not in r:
                err(f"{rid}: missing field {k}")
        if not (r.get("text") or "").strip():
            err(f"{rid}: empty text")
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err(f"{rid}: bad date {r['date']}")
        try:
            page = decode(open(os.path.join(d, "html", rid + ".html"), "rb").read(), r["encoding"])
        except Exception as e:  # noqa: BLE001
            err(f"{rid}: does not decode as {r['encoding']}: {e}")
            continue
        raw = H.unescape(page)
        vis = visible(page)
        host = (urlparse(r["url"]).hostname or "").lower()
        if r["site"] != host and not (r["site"] == reg(host)):
            err(f"{rid}: site {r['site']} is not the url host {host}")
        if r["url"] in prior_urls or host in prior_hosts or reg(host) in prior_regs:
            err(f"{rid}: url/host/registrable domain reused from an older dev split: {host}")
        for s in r["spam_strings"]:
            if s not in raw:
                err(f"{rid}: spam string not in page: {s[:30]}")
            for p in prior_spam:
                if s == p or (len(p) >= 6 and p in s) or (len(s) >= 6 and s in p):
                    err(f"{rid}: spam string overlaps a prior split's: {s[:20]} ~ {p[:20]}")
        if r["hijacked"] and not r["spam_strings"] and "copy-on-unrelated-host" not in r["injections"]:
            err(f"{rid}: hijacked page with no spam string and no copy mark")
        if not r["hijacked"] and r["spam_strings"]:
            err(f"{rid}: clean page with spam strings")
        cut = squash(vis)
        for s in r["spam_strings"]:
            cut = cut.replace(squash(s), "")
        for para in r["text"].split("\n"):
            if squash(para) and squash(para) not in cut:
                err(f"{rid}: truth paragraph not readable on page: {para[:30]}")
        for k in ("title", "source", "author"):
            if r.get(k) and squash(r[k]) not in squash(vis):
                err(f"{rid}: {k} not written on page: {r[k][:30]}")
        if r.get("date") and not any(f in vis for f in date_forms(r["date"])):
            err(f"{rid}: date not written on page: {r['date']}")
        if r["hijacked"]:
            for blk in code_blocks(page):
                run = shared_run(blk)
                if run >= RUN:
                    n_code_fail += 1
                    err(f"{rid}: injected block shares a {run}-char run with older dev html")
    c = lambda f: sum(1 for r in rows if f(r))  # noqa: E731
    summary[name] = dict(pages=len(rows), hijacked=c(lambda r: r["hijacked"]), legit=c(lambda r: r["legit"]),
                         legit_only=c(lambda r: r["legit"] and not r["hijacked"]), clean=c(lambda r: not r["hijacked"]),
                         code_overlap_failures=n_code_fail)
    if name.startswith("real"):
        if summary[name]["hijacked"] < 20 or summary[name]["legit_only"] < 10:
            err(f"{name}: needs >=20 hijacked and >=10 legit, has {summary[name]}")
        forms = {}
        for r in rows:
            forms[r.get("form")] = forms.get(r.get("form"), 0) + 1
        for f, n in forms.items():
            if n > 5:
                err(f"{name}: {n} pages of form {f} (max 5)")
    else:
        s = summary[name]
        if (s["pages"], s["hijacked"], s["clean"], s["legit"]) != (40, 28, 12, 4):
            err(f"{name}: counts {s}")
        sites = {}
        for r in rows:
            sites.setdefault(r["site"], []).append(r)
        multi = [h for h, rs in sites.items() if len(rs) == 5 and 2 <= sum(x["hijacked"] for x in rs) <= 3]
        if len(multi) < 4:
            err(f"{name}: fewer than 4 sites of 5 pages with 2-3 hijacked")
        for h in multi:
            sigs = {tuple(x["spam_strings"]) for x in sites[h] if x["hijacked"]}
            if len(sigs) != 1:
                err(f"{name}: site {h} hijacked pages do not share one injection")
        if not any(r["encoding"] in ("GBK", "GB18030") for r in rows):
            err(f"{name}: no GBK/GB18030 page")

print(json.dumps(summary, ensure_ascii=False))
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
