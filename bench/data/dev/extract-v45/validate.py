#!/usr/bin/env python3
"""Check the v45 extraction set (dev-v45-thunews since v45 was spent, 2026-12-07; written as pending-v45-thunews,
held out as heldout-v45-thunews until then).

Usage:  python3 validate.py [SET_DIR] [--used DIR ...] [--splits DIR ...]

SET_DIR   default /work/data/extract/dev-v45-thunews.
--used    folders (or globs) whose truth.jsonl urls and html bytes must not be shared with this set;
          default: every /work/data/extract/dev-* set (47 since v45 was spent, 2026-12-07, dev-v45-thunews, the
          set itself, among them: the 46 older ones are read), every /work/shared/corpus/* folder and bench/data/dev
          (the older dev splits).
--splits  folders whose html must share no 120-character run (whitespace collapsed) with the injected code of any
          hijacked page of this set (brief item 7), and no identical html file; default bench/data/dev.
v45 is dev itself since it was spent (2026-12-07): under --used and --splits only older dev data is read -- the set's
own folder and any folder whose name contains 'v45' (dev-v45-*, real-cases-v45*, synthetic-v45, extract-v45, ...)
are skipped, and so is any held-out or pending folder (heldout/, heldout-*, pending-*: v46 on, later than v45), even
when passed.
Checks: json parses; ids unique and equal to html/<id>.html; text and title non-empty; every truth field written on
its page (title, source, author, date, every text line, as decoded and whitespace-collapsed page text); spam_strings
in the page; date format; no url or identical html shared with --used; item 7 against --splits. Stdlib only.
Exit status 1 on any problem.
"""
import glob, hashlib, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
RUN = 120
# a held-out or pending folder (heldout/, heldout-*, pending-*: v46 on, later than v45) is no older dev data
LATER = re.compile(r"(heldout|pending)($|-)")


def squash(s):
    return re.sub(r"\s+", " ", s.replace("\u3000", " ")).strip()


def nospace(s):
    return re.sub(r"\s+", "", s.replace("\u3000", ""))


def page_text(raw):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return squash(html.unescape(t))


def norm_url(u):
    u = (u or "").strip().lower()
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/")


def own(path, set_dir):
    p = os.path.abspath(path)
    base = os.path.basename(p.rstrip("/"))
    return p == os.path.abspath(set_dir) or "v45" in base or bool(LATER.match(base))


def expand(items):
    out = []
    for it in items:
        out.extend(sorted(glob.glob(it)) or [it])
    return out


def args():
    a = sys.argv[1:]
    set_dir, used, splits, cur = "/work/data/extract/dev-v45-thunews", None, None, None
    for x in a:
        if x == "--used":
            used, cur = [], "u"
        elif x == "--splits":
            splits, cur = [], "s"
        elif cur == "u":
            used.append(x)
        elif cur == "s":
            splits.append(x)
        else:
            set_dir = x
    if used is None:
        used = ["/work/data/extract/dev-*", "/work/shared/corpus/*", os.path.join(REPO, "bench/data/dev")]
    if splits is None:
        splits = [os.path.join(REPO, "bench/data/dev")]
    used = [u for u in expand(used) if os.path.isdir(u) and not own(u, set_dir)]
    splits = [s for s in expand(splits) if os.path.isdir(s) and not own(s, set_dir)]
    return set_dir, used, splits


def walk(root, name=None, ext=None):
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if "v45" not in x and not LATER.match(x))
        for f in sorted(files):
            if (name and f == name) or (ext and f.endswith(ext)):
                yield os.path.join(d, f)


def main():
    set_dir, used, splits = args()
    probs = []
    rows = [json.loads(l) for l in open(os.path.join(set_dir, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(set_dir, "html")) if f.endswith(".html"))
    if len(set(ids)) != len(ids):
        probs.append("duplicate ids")
    if sorted(ids) != files:
        probs.append(f"ids and html files differ: {sorted(set(ids) ^ set(files))[:5]}")
    hashes = {}
    for r in rows:
        rid = r["id"]
        hp = os.path.join(set_dir, "html", rid + ".html")
        if not os.path.exists(hp):
            probs.append(f"{rid}: no html file")
            continue
        raw_b = open(hp, "rb").read()
        hashes[hashlib.sha256(raw_b).hexdigest()] = rid
        raw = raw_b.decode(r.get("encoding") or "utf-8", errors="replace")
        txt = page_text(raw)
        flat = nospace(txt)
        for k in ("id", "url", "title", "date", "source", "author", "text"):
            if k not in r:
                probs.append(f"{rid}: no field {k}")
        if not (r.get("text") or "").strip():
            probs.append(f"{rid}: empty text")
        if not (r.get("title") or "").strip():
            probs.append(f"{rid}: empty title")
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            probs.append(f"{rid}: bad date")
        if r.get("date") and r["date"] not in raw:
            probs.append(f"{rid}: date not written on the page")
        for k in ("title", "source", "author"):
            v = r.get(k)
            if v and nospace(v) not in flat:
                probs.append(f"{rid}: {k} not on the page")
        for line in (r.get("text") or "").split("\n"):
            if nospace(line) not in flat:
                probs.append(f"{rid}: text line not on the page")
        for s in r.get("spam_strings") or []:
            if s not in raw and s not in txt:
                probs.append(f"{rid}: spam string not in page")
        if r.get("hijacked") and not r.get("spam_strings") and not r.get("injections"):
            probs.append(f"{rid}: hijacked without injection")
    # urls and identical pages shared with used sets
    mine = {norm_url(r["url"]): r["id"] for r in rows if r.get("url")}
    n_urls = n_html = 0
    for u in used:
        for tj in walk(u, name="truth.jsonl"):
            for l in open(tj, encoding="utf-8", errors="replace"):
                try:
                    o = json.loads(l)
                except ValueError:
                    continue
                n_urls += 1
                k = norm_url(o.get("url"))
                if k and k in mine:
                    probs.append(f"{mine[k]}: url also in {tj}")
        for h in walk(u, ext=".html"):
            n_html += 1
            d = hashlib.sha256(open(h, "rb").read()).hexdigest()
            if d in hashes:
                probs.append(f"{hashes[d]}: identical html in {h}")
    # item 7: injected code of hijacked pages vs splits
    hij = [r for r in rows if r.get("hijacked")]
    n_split = 0
    if hij:
        runs = {}
        for r in hij:
            raw = open(os.path.join(set_dir, "html", r["id"] + ".html"), encoding="utf-8", errors="replace").read()
            for s in r.get("injected_code") or []:
                s = squash(s)
                for i in range(0, max(1, len(s) - RUN + 1)):
                    runs.setdefault(s[i:i + RUN], r["id"])
        for sp in splits:
            for h in walk(sp, ext=".html"):
                n_split += 1
                t = squash(open(h, encoding="utf-8", errors="replace").read())
                for run, rid in runs.items():
                    if len(run) == RUN and run in t:
                        probs.append(f"{rid}: injected code shared with {h}")
                        break
    for p in probs:
        print("PROBLEM", p)
    print(f"{len(rows)} pages, {len(hij)} hijacked; compared {len(mine)} urls with {n_urls} truth rows and "
          f"{len(hashes)} pages with {n_html} html files in {len(used)} used folders; item 7: "
          f"{'no hijacked page' if not hij else f'{n_split} html files in {len(splits)} split folders'}; "
          f"{len(probs)} problems")
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
