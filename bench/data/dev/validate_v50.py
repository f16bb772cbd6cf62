#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validate the v50 split's real cases (keeper k50; pending-v50/ at collection, held out in bench/data/heldout/ from
2026-12-07, when v49 was spent and moved to dev; dev since v50 was spent, 2026-12-07) against its own rules and
against compared folders.

Usage:
  python3 validate_v50.py [COMPARED_FOLDER ...] [--check FOLDER ...] [--no-rebuild]

COMPARED_FOLDER: folders whose truth.jsonl files (searched recursively) and html files give the spam strings,
  url hosts and page code to compare with (default: bench/data/dev: since v50 is dev (2026-12-07), the older dev
  splits). Any path with a part containing 'v50' is skipped, so the split's own folders (wherever they sit:
  real-cases-v50*, synthetic-v50, ...) are never compared with themselves, and so is any held-out or pending folder
  (heldout/, heldout-*, pending-*: v51 on, later than v50), even when passed.
--check: the v50 folders to validate (default: real-cases-v50 beside this script).

Checks, per checked folder:
  1. truth.jsonl parses; every row has the fields of the truth format; ids are unique, follow rcNN-NNN and match
     html/<id>.html one to one;
  2. each html declares a charset equal to the row's encoding and decodes with it; text is not empty;
  3. every spam string occurs in the page as decoded (html entities resolved); a hijacked page either carries a
     spam string or is a copy whose injections say so (copy-on-unrelated-host); a legit-only page has none;
  4. truth title, source, author and date are written on the page (date in one of the usual layouts);
     every truth text paragraph occurs on the page (after removing the page's spam strings);
  5. at most 5 hijacked pages share one form;
  6. item 7 (no shared code): no run of 120+ characters (whitespace collapsed) of an injected script / iframe /
     style / hidden element / decoy-tag run of a hijacked page occurs in any html of the compared folders;
  7. no spam string equals, contains or is contained in a spam string of the compared folders;
     no url host or registrable domain is shared with the compared folders' truth urls;
  8. build.py, run into a scratch folder, rebuilds html/, truth.jsonl and SOURCES.md byte-identically.
Exit status 1 if any check fails.
"""
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
WS = re.compile(r"\s+")
TAGS = re.compile(r"<[^>]+>")
errors = []
# v50's own folders (dev/ since v50 was spent, 2026-12-07; heldout/ before, pending-v50/ at collection) and any
# held-out or pending folder (v51 on, later than v50)
HELD = re.compile(r"^(heldout|pending)($|-)")


def skipped(path):
    return any("v50" in p or HELD.search(p) for p in os.path.normpath(os.path.abspath(path)).split(os.sep))


def err(msg):
    errors.append(msg)
    print("FAIL", msg)


def reg_domain(h):
    p = h.split(".")
    if len(p) >= 3 and p[-2] in ("com", "net", "org", "gov", "edu", "ac", "co", "or", "go"):
        return ".".join(p[-3:])
    return ".".join(p[-2:])


def page_text(raw):
    """Visible-ish text of a page: tags out, entities resolved, whitespace kept as single spaces."""
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    s = TAGS.sub("\n", s)
    return html.unescape(s)


def injected_blocks(raw):
    blocks = []
    blocks += re.findall(r"(?is)<script\b.*?</script>", raw)
    blocks += re.findall(r"(?is)<iframe\b.*?(?:</iframe>|>)", raw)
    blocks += re.findall(r"(?is)<style\b.*?</style>", raw)
    blocks += re.findall(r"(?is)<(\w+)[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden)[^>]*>.*?</\1>", raw)
    # runs of empty decoy elements carrying ids (e.g. <label id="x"></label>)
    blocks += [m.group(0) for m in re.finditer(r'(?:\s*<(\w+) id="[^"]*">(?:\s*<\w+ id="[^"]*">\s*</\w+>)*\s*</\1>){2,}', raw)]
    return [WS.sub(" ", b).strip() for b in blocks if len(WS.sub(" ", b).strip()) >= 120]


def date_on_page(d, text):
    y, m, dd = d.split("-")
    mi, di = int(m), int(dd)
    pats = [d, f"{y}/{m}/{dd}", f"{y}年{mi}月{di}日", f"{y}년 {mi}월 {di}일", f"{y}-{mi}-{di}", f"{y}.{m}.{dd}"]
    if any(p in text for p in pats):
        return True
    cn = "一二三四五六七八九十"
    months = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十",
              11: "十一", 12: "十二"}
    return bool(re.search(rf"(?<!\d){di}(?!\d)", text) and (months[mi] + "月") in text and y in text and cn)


def load_compared(folders):
    spam, hosts, files = set(), set(), []
    for fo in folders:
        for tj in glob.glob(os.path.join(fo, "**", "truth.jsonl"), recursive=True):
            if skipped(tj):
                continue
            with open(tj, encoding="utf-8") as f:
                for line in f:
                    if not line.strip():
                        continue
                    try:
                        d = json.loads(line)
                    except ValueError:
                        continue
                    for s in d.get("spam_strings") or []:
                        if s:
                            spam.add(s)
                    h = urllib.parse.urlsplit(d.get("url") or "").hostname
                    if h:
                        hosts.add(h.lower())
        for h in glob.glob(os.path.join(fo, "**", "*.htm*"), recursive=True):
            if not skipped(h):
                files.append(h)
    return spam, hosts, files


def check_folder(folder, cspam, chosts, cfiles, rebuild=True):
    name = os.path.basename(folder.rstrip("/"))
    rows = []
    with open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"{name}: truth line {i} does not parse: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err(f"{name}: duplicate ids")
    files = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(folder, "html", "*.html"))}
    if files != set(ids):
        err(f"{name}: ids and html files differ: {sorted(files ^ set(ids))}")
    forms = {}
    my_hosts = {}
    for r in rows:
        rid = r.get("id")
        for k in FIELDS:
            if k not in r:
                err(f"{rid}: field {k} missing")
        if not re.fullmatch(r"rc50-\d{3}", rid or ""):
            err(f"{rid}: id not rc50-NNN")
        path = os.path.join(folder, "html", f"{rid}.html")
        if not os.path.exists(path):
            continue
        data = open(path, "rb").read()
        m = re.search(rb'<meta[^>]+charset="?([\w-]+)', data[:2048], re.I)
        decl = m.group(1).decode().lower() if m else None
        if decl != (r.get("encoding") or "").lower():
            err(f"{rid}: declared charset {decl} != truth encoding {r.get('encoding')}")
        try:
            raw = data.decode(r.get("encoding") or "utf-8")
        except (UnicodeDecodeError, LookupError) as e:
            err(f"{rid}: does not decode as {r.get('encoding')}: {e}")
            continue
        txt = page_text(raw)
        flat = html.unescape(raw)
        if not (r.get("text") or "").strip():
            err(f"{rid}: empty text")
        for s in r.get("spam_strings") or []:
            if s not in flat:
                err(f"{rid}: spam string not on page: {s[:40]}")
        if r.get("hijacked"):
            if not r.get("spam_strings") and "copy-on-unrelated-host" not in (r.get("injections") or []):
                err(f"{rid}: hijacked page with no spam string and no copy marker")
            forms[r.get("form")] = forms.get(r.get("form"), 0) + 1
        elif r.get("spam_strings"):
            err(f"{rid}: not hijacked but has spam strings")
        if not r.get("hijacked") and not r.get("legit"):
            err(f"{rid}: neither hijacked nor legit (this split holds only those two)")
        for k in ("title", "source", "author"):
            if r.get(k) and r[k] not in txt:
                err(f"{rid}: truth {k} not on page: {r[k]}")
        if r.get("date"):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
                err(f"{rid}: date not YYYY-MM-DD")
            elif not date_on_page(r["date"], txt):
                err(f"{rid}: date not on page: {r['date']}")
        clean = txt
        for s in r.get("spam_strings") or []:
            clean = clean.replace(s, "")
        clean_ws = WS.sub("", clean)
        for para in (r.get("text") or "").split("\n"):
            if WS.sub("", para) not in clean_ws:
                err(f"{rid}: text paragraph not on page: {para[:30]}")
        h = urllib.parse.urlsplit(r.get("url") or "").hostname or ""
        my_hosts[rid] = h.lower()
        if r.get("site") != h:
            err(f"{rid}: site {r.get('site')} is not the url host {h}")
        # item 7
        if r.get("hijacked"):
            for b in injected_blocks(raw):
                r["_blocks"] = r.get("_blocks", []) + [b]
    for form, n in forms.items():
        if n > 5:
            err(f"{name}: {n} hijacked pages of form {form} (at most 5)")
    # item 7 against compared html
    blocks = [(r["id"], b) for r in rows for b in r.get("_blocks", [])]
    if blocks and cfiles:
        for fp in cfiles:
            try:
                ftxt = WS.sub(" ", open(fp, "rb").read().decode("utf-8", "replace"))
            except OSError:
                continue
            for rid, b in blocks:
                samples = [b[i:i + 60] for i in range(0, len(b) - 59, 60)]
                if any(s in ftxt for s in samples):
                    for i in range(len(b) - 119):
                        if b[i:i + 120] in ftxt:
                            err(f"{rid}: injected code shares a 120-char run with {fp}")
                            break
    print(f"{name}: {len(rows)} rows; {len(blocks)} injected code blocks of 120+ chars checked against "
          f"{len(cfiles)} compared html files")
    # spam-string and host overlap
    for r in rows:
        for s in r.get("spam_strings") or []:
            for t in cspam:
                if s == t or s in t or t in s:
                    err(f"{r['id']}: spam string {s[:30]!r} overlaps compared spam string {t[:30]!r}")
                    break
    creg = {reg_domain(h) for h in chosts}
    for rid, h in my_hosts.items():
        if h in chosts:
            err(f"{rid}: host {h} is in the compared folders")
        elif reg_domain(h) in creg:
            err(f"{rid}: registrable domain of {h} is in the compared folders")
    # rebuild
    if rebuild and os.path.exists(os.path.join(folder, "build.py")):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, os.path.join(folder, "build.py"), tmp], check=True,
                           stdout=subprocess.DEVNULL)
            for rel in ["truth.jsonl", "SOURCES.md"] + [os.path.join("html", f"{i}.html") for i in ids]:
                a, b = os.path.join(folder, rel), os.path.join(tmp, rel)
                if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                    err(f"{name}: rebuild differs at {rel}")
            extra = set(os.listdir(os.path.join(tmp, "html"))) - {f"{i}.html" for i in ids}
            if extra:
                err(f"{name}: rebuild makes extra files {sorted(extra)}")
    return rows


def main(argv):
    compared, check, rebuild, mode = [], [], True, "cmp"
    for a in argv:
        if a == "--check":
            mode = "check"
        elif a == "--no-rebuild":
            rebuild = False
        elif mode == "check":
            check.append(a)
        else:
            compared.append(a)
    compared = [c for c in (compared or [os.path.join(REPO, "bench", "data", "dev")]) if not skipped(c)]
    check = check or [os.path.join(HERE, "real-cases-v50")]
    cspam, chosts, cfiles = load_compared(compared)
    print(f"compared: {compared}: {len(cspam)} spam strings, {len(chosts)} hosts, {len(cfiles)} html files")
    total = []
    for fo in check:
        total += check_folder(fo, cspam, chosts, cfiles, rebuild)
    hij = sum(1 for r in total if r.get("hijacked"))
    leg = sum(1 for r in total if r.get("legit"))
    print(f"{len(total)} pages, {hij} hijacked, {leg} legit; {len(errors)} failures")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
