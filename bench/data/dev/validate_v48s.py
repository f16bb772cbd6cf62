"""Check synthetic-v48 (bench/data/dev/synthetic-v48 since v48 was spent, 2026-12-07; held out in bench/data/heldout/
from 2026-12-07, when v47 was spent; pending-v48/ at collection; made by synthetic-generator-v48/make_set.py).

python3 validate_v48s.py [--node] [COMPARE_DIR ...]

COMPARE_DIR: folders whose splits synthetic-v48 must share no brands, hosts, templates or injected code with
(default bench/data/dev: since v48 is dev (2026-12-07), the older dev splits). Every file whose path holds "v48"
(this split's own folders and files, wherever they have been moved) is skipped, and so is any held-out or pending
folder (heldout/, heldout-*, pending-*: v49 on, later than v48), even when passed.
Checks (prints pass/fail lines with ids and counts only, never compared strings or code):
  1 re-run identity: make_set.py run twice into temporary folders, both byte-identical to the committed folder
  2 format: 33 pages / 24 hijacked / 9 clean / 4 legit (all clean); ids = html files; every field; declared
    charset = truth encoding; spam strings in the decoded page; code-only pages: marker in the page or in its
    decoded payload (reversed, \\x, \\u, base64); truth title, date, source, author written on the page; every
    text paragraph on the page
  3 sites (item 5): >= 3 hosts (4 asked; one removed for a skeleton shared with dev) with 5 pages, one template each, 2-3 hijacked pages with one shared injection
    (same forms, same spam strings and marker), the rest clean
  4 templates: 5 (S2 dropped by fx48), with gbk and gb18030 among the encodings; the family names not named by any compared
    generator; no page <body> sharing a run of >= 160 characters (whitespace collapsed) with compared html
  5 brands: every BRANDS stem and every spam string vs every compared spam_strings entry (containment either
    way) and vs the compared html text (held whole); page hosts and injected hosts (and registrable names) vs
    every host named in compared truth urls and html
  6 item 7: no run of >= 120 characters (whitespace collapsed) of an injected block of a hijacked page (every
    script, noscript, style or marquee block, whole, and every line holding a spam string, the marker, a meta
    refresh or a hiding style) occurs in compared html
  7 (--node) every code-only hijacked page acts (navigates, writes or appends with the marker) under >= 1 visitor
"""
import base64
import filecmp
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "synthetic-v48")
GEN = os.path.join(HERE, "synthetic-generator-v48")
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FAMILIES = ["XYHCMS", "行云海", "TerminalFour", "Terminal Four", "ESPCMS", "易思", "Jadu", "Vignette"]
COUNTS = (33, 24, 9, 4)  # fx48: template S2 (7 pages) dropped
NEED = ("id url title date source author text hijacked injections spam_strings legit lang origin kind site "
        "capture encoding template marker").split()

failures = []


def report(ok, line):
    print(("ok   " if ok else "FAIL ") + line)
    if not ok:
        failures.append(line)


def squeeze(s):
    return re.sub(r"\s+", " ", s)


def read_any(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def own(path):
    return "v48" in os.path.abspath(path) or any(re.match(r"(heldout|pending)($|-)", p)
                                                 for p in os.path.abspath(path).split(os.sep))


def registrable(host):
    parts = host.lower().strip(".").split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in ("gov.cn", "edu.cn", "com.cn", "org.cn", "net.cn", "ac.cn"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def decoded_views(text):
    views = [text, text[::-1]]
    views.append(re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), text))
    views.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text))
    for b in re.findall(r"[A-Za-z0-9+/=]{40,}", text):
        try:
            views.append(base64.b64decode(b).decode("utf-8", "replace"))
        except Exception:
            pass
    return views


class Corpus:
    """Compared html as one collapsed string (files joined by NUL) for fast substring runs."""

    def __init__(self, dirs):
        self.files, texts, self.spam, self.urls = 0, [], set(), set()
        self.generators = []
        for d in dirs:
            for f in glob.glob(os.path.join(d, "**", "*"), recursive=True):
                if own(f) or not os.path.isfile(f):
                    continue
                low = f.lower()
                if low.endswith((".html", ".htm")):
                    texts.append(squeeze(read_any(f)))
                    self.files += 1
                elif low.endswith("truth.jsonl"):
                    for line in open(f, encoding="utf-8", errors="replace"):
                        if not line.strip():
                            continue
                        try:
                            r = json.loads(line)
                        except ValueError:
                            continue
                        for s in r.get("spam_strings") or []:
                            if isinstance(s, str) and s:
                                self.spam.add(s)
                        if r.get("url"):
                            self.urls.add(str(r["url"]))
                if "synthetic-generator" in f and low.endswith((".py", ".md", ".js", ".txt")):
                    self.generators.append(read_any(f))
        self.big = "\x00".join(texts)
        self.hosts = set(h.lower() for h in re.findall(r"https?://([A-Za-z0-9.-]+)", self.big + " " + " ".join(self.urls)))
        self.reg = set(registrable(h) for h in self.hosts if "." in h)

    def shared_run(self, s, n):
        """True when s (collapsed) shares a run of >= n characters with the compared html."""
        half = n // 2
        if len(s) < n:
            return False
        for start in range(0, len(s) - half + 1, half):
            chunk = s[start:start + half]
            if len(chunk) < half or chunk not in self.big:
                continue
            for w in range(max(0, start - half), min(start, len(s) - n) + 1):
                if s[w:w + n] in self.big:
                    return True
        return False


def rerun():
    tmp = tempfile.mkdtemp(prefix="v48s-")
    try:
        diffs = 0
        ref = sorted(os.listdir(os.path.join(SET, "html")))
        for k in ("a", "b"):
            out = os.path.join(tmp, k)
            subprocess.run([sys.executable, os.path.join(GEN, "make_set.py"), out], check=True, stdout=subprocess.DEVNULL)
            got = sorted(os.listdir(os.path.join(out, "html")))
            if got != ref:
                diffs += 1
                continue
            diffs += sum(not filecmp.cmp(os.path.join(SET, "html", f), os.path.join(out, "html", f), shallow=False)
                         for f in ref)
            diffs += not filecmp.cmp(os.path.join(SET, "truth.jsonl"), os.path.join(out, "truth.jsonl"), shallow=False)
        report(diffs == 0, f"1 re-run: two runs byte-identical to the committed folder ({diffs} differences)")
    finally:
        shutil.rmtree(tmp)


HIDING = re.compile(r"overflow:hidden|font-size:0|font-size:1px|position:fixed|display:\s*none|visibility:\s*hidden|"
                    r"<iframe|<font color|http-equiv=\"refresh\"", re.I)
BLOCKS = re.compile(r"<script\b[^>]*>.*?</script\s*>|<noscript\b[^>]*>.*?</noscript>|<style\b[^>]*>.*?</style>|"
                    r"<marquee\b[^>]*>.*?</marquee>", re.I | re.S)


def injected_blocks(text, row):
    """Every script/noscript/style/marquee block (whole, across lines) and every line holding a spam string, the
    marker or a hiding style, each whitespace-collapsed."""
    keys = list(row["spam_strings"]) + ([row["marker"]] if row["marker"] else [])
    out = [squeeze(m.group(0)).strip() for m in BLOCKS.finditer(text)]
    for line in text.split("\n"):
        if any(k in line for k in keys) or HIDING.search(line):
            out.append(squeeze(line).strip())
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    compare = [os.path.abspath(a) for a in args] or [os.path.join(REPO, "bench", "data", "dev")]
    print("compare with: " + ", ".join(os.path.relpath(c, REPO) for c in compare))
    rerun()
    corpus = Corpus(compare)
    print(f"     compared: {corpus.files} html, {len(corpus.spam)} spam strings, {len(corpus.hosts)} hosts")

    rows = [json.loads(l) for l in open(os.path.join(SET, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(SET, "html")) if f.endswith(".html"))
    report(sorted(ids) == files and len(set(ids)) == len(ids), f"2 ids = html files ({len(ids)} rows, {len(files)} files)")
    hij = [r for r in rows if r["hijacked"]]
    legit = [r for r in rows if r["legit"]]
    got = (len(rows), len(hij), len(rows) - len(hij), len(legit))
    report(got == COUNTS and not any(r["hijacked"] for r in legit), f"2 counts pages/hijacked/clean/legit {got}")
    texts, bad = {}, []
    for r in rows:
        miss = [k for k in NEED if k not in r]
        if miss:
            bad.append((r["id"], "fields"))
        raw = open(os.path.join(SET, "html", r["id"] + ".html"), "rb").read()
        try:
            t = raw.decode(r["encoding"])
        except (UnicodeDecodeError, LookupError):
            bad.append((r["id"], "encoding"))
            continue
        texts[r["id"]] = t
        m = re.search(r"charset=\"?([\w-]+)", t, re.I)
        if not m or m.group(1).lower() != r["encoding"]:
            bad.append((r["id"], "declared charset"))
        if r["hijacked"] != bool(r["injections"]):
            bad.append((r["id"], "injections vs hijacked"))
        if r["hijacked"]:
            if not r["spam_strings"] and not r["marker"]:
                bad.append((r["id"], "hijacked with neither spam strings nor marker"))
            if any(s not in t for s in r["spam_strings"]):
                bad.append((r["id"], "spam string not on page"))
            if r["marker"] and not any(r["marker"] in v for v in decoded_views(t)):
                bad.append((r["id"], "marker not in page or payload"))
        elif r["spam_strings"] or r["marker"]:
            bad.append((r["id"], "clean page with spam"))
        for k in ("title", "source", "author"):
            if r[k] and r[k] not in t:
                bad.append((r["id"], k + " not on page"))
        if r["date"]:
            y, mo, d = r["date"].split("-")
            forms = [r["date"], f"{y}年{int(mo)}月{int(d)}日", f"{y}年{mo}月{d}日", f"{y}/{mo}/{d}", f"{y}.{mo}.{d}"]
            if not any(f in t for f in forms):
                bad.append((r["id"], "date not on page"))
        if not r["text"].strip() or any(p not in t for p in r["text"].split("\n")):
            bad.append((r["id"], "text empty or not on page"))
        if r["site"] != re.match(r"https?://([^/]+)", r["url"]).group(1):
            bad.append((r["id"], "site is not the url host"))
        for s in r["spam_strings"]:
            if r["title"] and s in r["title"] or r["source"] and s in r["source"] or r["author"] and s in r["author"] \
                    or s in r["text"]:
                bad.append((r["id"], "spam string in a truth field"))
    report(not bad, f"2 page checks ({len(bad)} problems){': ' + str(bad[:12]) if bad else ''}")

    # clean pages: no brand stem, spam host or any page's marker, in the page or its decoded payload
    sys.path.insert(0, GEN)
    import make_set  # noqa: E402  (module import draws no pages: main() is not run)
    keys = set(make_set.BRANDS) | set(make_set.SPAM_HOSTS)
    dirty = [r["id"] for r in rows if not r["hijacked"] and any(k in v for v in decoded_views(texts[r["id"]]) for k in keys)]
    report(not dirty, f"2 clean pages holding a brand stem or spam host: {len(dirty)} {dirty}")

    # 3 sites
    by_site = {}
    for r in rows:
        by_site.setdefault(r["site"], []).append(r)
    sites = {h: rs for h, rs in by_site.items() if len(rs) == 5}
    probs = []
    for h, rs in sites.items():
        hj = [r for r in rs if r["hijacked"]]
        if len({r["template"] for r in rs}) != 1:
            probs.append((h[:3] + "…", "templates"))
        if not 2 <= len(hj) <= 3:
            probs.append((rs[0]["id"], "hijacked count"))
        if len({(tuple(r["injections"]), tuple(r["spam_strings"]), r["marker"]) for r in hj}) != 1:
            probs.append((rs[0]["id"], "injection not shared"))
    singles = [h for h, rs in by_site.items() if len(rs) == 1]
    # 3, not the brief's 4: the engineers removed the fourth site (fx48), whose SPIP skeleton was dev v47's
    report(len(sites) >= 3 and not probs and len(singles) + 5 * len(sites) == len(rows),
           f"3 sites: {len(sites)} of 5 pages, {len(singles)} single pages {probs if probs else ''}")

    # 4 templates
    tpls = {}
    for r in rows:
        tpls.setdefault(r["template"], set()).add(r["encoding"])
    encs = set().union(*tpls.values())
    report(len(tpls) == 5 and all(len(v) == 1 for v in tpls.values()) and {"gbk", "gb18030"} <= encs,
           f"4 templates: {len(tpls)} ({', '.join(f'{k} {min(v)}' for k, v in sorted(tpls.items()))})")
    named = sum(1 for g in corpus.generators for w in FAMILIES if w.lower() in g.lower())
    report(named == 0, f"4 template family names named by compared generators: {named}")
    shared_body = []
    for r in rows:
        m = re.search(r"<body.*</body>", texts[r["id"]], re.S)
        if m and corpus.shared_run(squeeze(m.group(0)), 160):
            shared_body.append(r["id"])
    report(not shared_body, f"4 page bodies sharing 160+ characters of markup with compared html: {len(shared_body)} {shared_body}")

    # 5 brands and hosts
    mine = set(make_set.BRANDS) | {s for r in rows for s in r["spam_strings"]}
    over = sum(1 for a in mine for b in corpus.spam if a in b or b in a)
    report(over == 0, f"5 brand stems + spam strings ({len(make_set.BRANDS)} + "
                      f"{len({s for r in rows for s in r['spam_strings']})}) vs compared spam strings: {over} overlaps")
    held = sum(1 for a in mine if a in corpus.big)
    report(held == 0, f"5 brand stems + spam strings held whole in compared html: {held}")
    my_hosts = {r["site"] for r in rows} | set(make_set.SPAM_HOSTS) | {r["marker"] for r in rows if r["marker"]}
    host_over = sum(1 for h in my_hosts if h in corpus.hosts or registrable(h) in corpus.reg)
    report(host_over == 0, f"5 page and injected hosts ({len(my_hosts)}) vs compared hosts and registrable names: {host_over}")

    # 6 item 7
    shared = []
    nlines = 0
    for r in hij:
        for line in injected_blocks(texts[r["id"]], r):
            nlines += 1
            if corpus.shared_run(line, 120):
                shared.append(r["id"])
                break
    report(not shared, f"6 item 7: injected blocks of {len(hij)} hijacked pages ({nlines} blocks) sharing 120+ "
                       f"characters with compared html: {len(shared)} {shared}")

    # 7 node
    if "--node" in sys.argv:
        quiet = []
        code_only = [r for r in hij if not r["spam_strings"]]
        for r in code_only:
            t = texts[r["id"]]
            if re.search(r"http-equiv=\"refresh\"[^>]*" + re.escape(r["marker"]), t):
                continue
            out = subprocess.run(["node", os.path.join(GEN, "act_check.js"), os.path.join(SET, "html", r["id"] + ".html"),
                                  r["encoding"]], capture_output=True, text=True, timeout=60).stdout
            acts = json.loads(out or "{}")
            if not any(r["marker"] in a and not a.startswith("error:") for v in acts.values() for a in v):
                quiet.append(r["id"])
        report(not quiet, f"7 code-only hijacked pages acting under node: {len(code_only) - len(quiet)} of {len(code_only)}")

    print("OK" if not failures else f"{len(failures)} FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
