"""Validate the v31 held-out split: real-cases-v31/ and synthetic-v31/ next to this file.

Checks, for every folder: truth.jsonl parses; required fields present; ids unique and match html/<id>.html one to one;
each page decodes in its declared encoding; every spam string occurs in the decoded, entity-unescaped page; text is
not empty; title/source/author (when not null) are written on the page; the date (when not null) is written on the
page in some common form; hijacked pages carry their injection in their bytes (spam strings visible, or the recorded
injected_code / marker present); clean pages have no spam strings; no truth field (title/text/source/author) contains
a spam string. For synthetic-v31 also: the generator re-run is byte-identical (run with --rerun).
Usage: python3 validate_v31.py [--rerun]
"""
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ["real-cases-v31", "synthetic-v31"]
REQ = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
       "lang", "origin", "kind", "site", "capture", "encoding"]
MIRROR_FORMS = {"traditional-mirror-on-unrelated-host", "simplified-copy-on-unrelated-host", "mirror-copy"}
TAG = re.compile(r"<[^>]+>")
WS = re.compile(r"\s+")


def page_text(raw):
    t = TAG.sub(" ", raw)
    return html.unescape(t)


def squash(s):
    return WS.sub("", s)


def date_forms(d):
    y, m, dd = d.split("-")
    mi, di = str(int(m)), str(int(dd))
    return [d, f"{y}/{m}/{dd}", f"{y}.{m}.{dd}", f"{y}年{m}月{dd}日", f"{y}年{mi}月{di}日", f"{y}/{mi}/{di}",
            f"{y}.{mi}.{di}", f"{dd}/{m}/{y}", f"{y}-{mi}-{di}"]


def check_folder(name):
    errs = []
    d = os.path.join(HERE, name)
    tpath = os.path.join(d, "truth.jsonl")
    rows = []
    with open(tpath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                errs.append(f"{name}:{i}: bad json {e}")
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        errs.append(f"{name}: duplicate ids")
    files = {os.path.splitext(x)[0] for x in os.listdir(os.path.join(d, "html")) if x.endswith(".html")}
    if files != set(ids):
        errs.append(f"{name}: ids/html mismatch: {sorted(files ^ set(ids))}")
    for r in rows:
        rid = r.get("id")
        for k in REQ:
            if k not in r:
                errs.append(f"{rid}: missing field {k}")
        raw_b = open(os.path.join(d, "html", rid + ".html"), "rb").read()
        try:
            raw = raw_b.decode(r["encoding"])
        except Exception as e:  # noqa: BLE001
            errs.append(f"{rid}: does not decode as {r['encoding']}: {e}")
            continue
        decl = re.search(r"charset=([\w-]+)", raw[:600], re.I)
        if not decl or decl.group(1).lower() != r["encoding"].lower():
            errs.append(f"{rid}: declared charset {decl and decl.group(1)} != {r['encoding']}")
        full = html.unescape(raw)
        vis = page_text(raw)
        svis = squash(vis)
        if not (r.get("text") or "").strip():
            errs.append(f"{rid}: empty text")
        for s in r.get("spam_strings") or []:
            if s not in full:
                errs.append(f"{rid}: spam string not in page: {s[:30]!r}")
            for fld in ("title", "text", "source", "author"):
                if r.get(fld) and s in r[fld]:
                    errs.append(f"{rid}: spam string inside truth {fld}")
        for fld in ("title", "source", "author"):
            v = r.get(fld)
            if v and squash(html.unescape(v)) not in svis:
                errs.append(f"{rid}: {fld} not written on page: {v[:30]!r}")
        if r.get("date"):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
                errs.append(f"{rid}: bad date {r['date']}")
            elif not any(squash(x) in svis for x in date_forms(r["date"])):
                errs.append(f"{rid}: date not written on page")
        # text lines should be on the page (allowing removed spam); check a share of lines
        lines = [x for x in r["text"].split("\n") if x.strip()]
        miss = [x for x in lines if squash(x) not in svis]
        if r.get("hijacked") is False and miss:
            errs.append(f"{rid}: {len(miss)} text lines not on a clean page, e.g. {miss[0][:30]!r}")
        if r.get("hijacked"):
            ok = bool(r.get("spam_strings"))
            code = r.get("injected_code")
            if code:
                ok = code in raw or code in full
                if not ok:
                    errs.append(f"{rid}: injected_code not in bytes")
            marker = r.get("marker")
            if marker:
                ok = marker in raw
                if not ok:
                    errs.append(f"{rid}: marker not in bytes")
            if not (ok or code or marker) and not (set(r.get("injections") or []) & MIRROR_FORMS):
                errs.append(f"{rid}: hijacked page with nothing to detect")
        else:
            if r.get("spam_strings"):
                errs.append(f"{rid}: clean page with spam strings")
    return rows, errs


def rerun_check():
    gen = os.path.join(HERE, "synthetic-generator-v31", "make_set.py")
    out = os.path.join(HERE, "synthetic-v31")
    def digest(p):
        h = hashlib.sha256()
        for root, _, fs in sorted(os.walk(p)):
            for fn in sorted(fs):
                fp = os.path.join(root, fn)
                h.update(os.path.relpath(fp, p).encode())
                h.update(open(fp, "rb").read())
        return h.hexdigest()
    with tempfile.TemporaryDirectory() as t:
        subprocess.run([sys.executable, gen, "--out", t], check=True, stdout=subprocess.DEVNULL)
        same = digest(t) == digest(out)
    return same


def main():
    total_err = 0
    for name in FOLDERS:
        rows, errs = check_folder(name)
        h = sum(1 for r in rows if r.get("hijacked"))
        lg = sum(1 for r in rows if r.get("legit"))
        print(f"{name}: {len(rows)} pages, hijacked {h}, legit {lg}, errors {len(errs)}")
        for e in errs:
            print("  ", e)
        total_err += len(errs)
    if "--rerun" in sys.argv:
        same = rerun_check()
        print("synthetic re-run byte-identical:", same)
        total_err += 0 if same else 1
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
