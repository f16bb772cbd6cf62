# -*- coding: utf-8 -*-
"""Validate the v37 folders: real-cases-v37/ and synthetic-v37/ (run from anywhere).

Checks: truth.jsonl parses, required fields, ids <-> html files, each page decodes with its encoding,
every spam string occurs in the decoded page, no spam string in truth title/text/source/author,
non-empty text, title/source/author written on the page, each truth paragraph on the page (warn only
for pages whose text was mended), a hijacked page carries an injected string or is labelled a copy,
sites of the synthetic set (>=4 sites with >=5 pages; mixed hijacked/clean).
"""
import collections
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REQ = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
       "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
TAG = re.compile(r"<[^>]+>")
COPY_FORMS = {"copy-on-unrelated-host", "spun-copy-on-unrelated-host"}


def page_text(raw):
    s = re.sub(r"(?is)<(style)[^>]*>.*?</\1>", " ", raw)
    return html.unescape(TAG.sub(" ", s))


def check(folder, synthetic=False):
    errs, warns = [], []
    path = os.path.join(HERE, folder)
    rows = [json.loads(x) for x in open(os.path.join(path, "truth.jsonl"), encoding="utf-8") if x.strip()]
    files = {f[:-5] for f in os.listdir(os.path.join(path, "html")) if f.endswith(".html")}
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if set(ids) != files:
        errs.append(f"ids/html mismatch: {sorted(set(ids) ^ files)}")
    for r in rows:
        rid = r["id"]
        for k in REQ:
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        raw_b = open(os.path.join(path, "html", rid + ".html"), "rb").read()
        try:
            raw = raw_b.decode(r["encoding"])
        except Exception as e:  # noqa: BLE001
            errs.append(f"{rid}: does not decode as {r['encoding']}: {e}")
            continue
        if r["encoding"].lower() not in raw[:400].lower():
            errs.append(f"{rid}: charset {r['encoding']} not declared")
        dec = html.unescape(raw)
        vis = page_text(raw)
        if not (r["text"] or "").strip():
            errs.append(f"{rid}: empty text")
        for s in r["spam_strings"]:
            if s not in dec:
                errs.append(f"{rid}: spam string not in page: {s[:30]}")
            for k in ("title", "text", "source", "author"):
                if r.get(k) and s in r[k]:
                    errs.append(f"{rid}: spam string in truth {k}")
        if r["hijacked"] and not r["spam_strings"] and not (set(r["injections"]) & COPY_FORMS):
            errs.append(f"{rid}: hijacked with no spam string and not a copy")
        if not r["hijacked"] and r["spam_strings"]:
            errs.append(f"{rid}: clean page with spam strings")
        for k in ("title", "source", "author"):
            if r.get(k) and r[k] not in vis:
                errs.append(f"{rid}: {k} not on page")
        if r.get("date"):
            y, m, d = r["date"].split("-")
            forms = [r["date"], f"{y}年{int(m)}月{int(d)}日", f"{y}年{m}月{d}日", f"{y}/{m}/{d}", f"{y}.{m}.{d}",
                     f"{y}/{int(m)}/{int(d)}", f"{y}-{int(m)}-{int(d)}", f"{y}年{int(m):d}月{int(d):d}"]
            if not any(f in vis for f in forms):
                errs.append(f"{rid}: date not on page")
        for p in r["text"].split("\n"):
            if p and p not in vis:
                warns.append(f"{rid}: truth paragraph not verbatim on page: {p[:24]}")
    by_site = collections.defaultdict(list)
    for r in rows:
        by_site[r["site"]].append(r)
    if synthetic:
        big = [s for s, v in by_site.items() if len(v) >= 5]
        if len(big) < 4:
            errs.append(f"only {len(big)} sites with >=5 pages")
        for s in big:
            h = sum(1 for r in by_site[s] if r["hijacked"])
            if not 2 <= h <= 3:
                errs.append(f"site {s}: {h} hijacked of {len(by_site[s])}")
            inj = {json.dumps(r["spam_strings"], ensure_ascii=False) for r in by_site[s] if r["hijacked"]}
            if len(inj) != 1:
                errs.append(f"site {s}: hijacked pages do not share one injection")
    c = collections.Counter((r["hijacked"], r["legit"]) for r in rows)
    print(f"{folder}: {len(rows)} pages; hijacked {sum(r['hijacked'] for r in rows)}, legit {sum(r['legit'] for r in rows)}, "
          f"legit-only {c[(False, True)]}, clean {sum(not r['hijacked'] for r in rows)}; "
          f"langs {dict(collections.Counter(r['lang'] for r in rows))}; enc {dict(collections.Counter(r['encoding'] for r in rows))}")
    for w in warns:
        print("  warn:", w)
    for e in errs:
        print("  ERROR:", e)
    return not errs


if __name__ == "__main__":
    ok = True
    for folder, syn in (("real-cases-v37", False), ("synthetic-v37", True)):
        if os.path.isdir(os.path.join(HERE, folder)) and os.path.exists(os.path.join(HERE, folder, "truth.jsonl")):
            ok &= check(folder, syn)
    sys.exit(0 if ok else 1)
