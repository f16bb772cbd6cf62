"""Check the v19 folders: truth parses, ids match html files, spam strings / evidence occur in the decoded
html, texts are not empty, every hijacked page carries its injection in its bytes, invented brands of the
synthetic set do not overlap earlier splits' spam strings.

python3 validate_v19.py [--extract /work/data/extract/dev-v19-<name>]
"""
import glob
import html as H
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]


def decode(b, enc):
    return b.decode({"utf-8": "utf-8"}.get(enc, enc), errors="strict")


def visible(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return H.unescape(s)


def check_split(folder, prefix, errors):
    rows = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append(f"{folder}: duplicate ids")
    files = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(folder, "html", "*.html")))
    if sorted(ids) != files:
        errors.append(f"{folder}: ids and html files differ: {set(ids) ^ set(files)}")
    for r in rows:
        for k in FIELDS:
            if k not in r:
                errors.append(f"{r.get('id')}: missing field {k}")
        if not r["id"].startswith(prefix):
            errors.append(f"{r['id']}: id prefix")
        if not (r.get("text") or "").strip():
            errors.append(f"{r['id']}: empty text")
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            errors.append(f"{r['id']}: bad date {r['date']}")
        p = os.path.join(folder, "html", r["id"] + ".html")
        if not os.path.exists(p):
            continue
        raw = open(p, "rb").read()
        try:
            src = decode(raw, r["encoding"])
        except Exception as e:  # noqa: BLE001
            errors.append(f"{r['id']}: does not decode as {r['encoding']}: {e}")
            continue
        if r["encoding"] != "utf-8":
            m = re.search(r"charset=\"?([A-Za-z0-9-]+)", src[:2000])
            if not m or m.group(1).lower() != r["encoding"]:
                errors.append(f"{r['id']}: declared charset differs from {r['encoding']}")
        unesc = H.unescape(src)
        vis = visible(src)
        for s in r.get("spam_strings") or []:
            if s not in unesc:
                errors.append(f"{r['id']}: spam string not in html: {s[:30]!r}")
            if s in (r.get("text") or "") or s in (r.get("title") or "") or s == r.get("source") or s == r.get("author"):
                errors.append(f"{r['id']}: spam string inside truth")
        for ev in r.get("evidence") or []:
            if ev not in src and ev not in unesc:
                errors.append(f"{r['id']}: evidence not in html: {ev[:40]!r}")
        if r["hijacked"] and not (r.get("spam_strings") or r.get("evidence")):
            errors.append(f"{r['id']}: hijacked page with neither spam string nor evidence")
        if r["hijacked"] and not r.get("injections"):
            errors.append(f"{r['id']}: hijacked page without injection names")
        if not r["hijacked"] and (r.get("spam_strings") or r.get("injections")):
            errors.append(f"{r['id']}: clean page with spam")
        if r["legit"] and r["hijacked"]:
            errors.append(f"{r['id']}: legit and hijacked")
        # truth text should be visible on the page (paragraph by paragraph, whitespace-insensitive)
        vcl = vis
        for s in sorted(r.get("spam_strings") or [], key=len, reverse=True):
            vcl = vcl.replace(s, "")
        vcl = re.sub("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u200D\uFE0F]", "", vcl)
        vsq = re.sub(r"\s+", "", vcl)
        for para in (r.get("text") or "").split("\n"):
            if re.sub(r"\s+", "", para)[:40] not in vsq:
                errors.append(f"{r['id']}: truth paragraph not visible: {para[:20]!r}")
                break
    return rows


def earlier_spam():
    out = set()
    for pat in ("dev/*/truth.jsonl", "heldout/*/truth.jsonl", "pending-*/*/truth.jsonl"):
        for p in glob.glob(os.path.join(DATA, pat)):
            if "-v19" in p:  # v19 itself
                continue
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    out.update(s for s in json.loads(l).get("spam_strings") or [] if s)
    return out


def main():
    errors = []
    rc = check_split(os.path.join(HERE, "real-cases-v19"), "rc19-", errors)
    syn = []
    if os.path.exists(os.path.join(HERE, "synthetic-v19", "truth.jsonl")):
        syn = check_split(os.path.join(HERE, "synthetic-v19"), "syn19-", errors)
        old = earlier_spam()
        bj = os.path.join(HERE, "synthetic-generator-v19", "brands.json")
        invented = json.load(open(bj, encoding="utf-8")) if os.path.exists(bj) else []
        for b in invented:
            for o in old:
                if b in o or o in b:
                    errors.append(f"invented string overlaps an earlier split's spam string: {b!r}")
                    break
    if "--extract" in sys.argv:
        d = sys.argv[sys.argv.index("--extract") + 1]
        ex = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
        for r in ex:
            for k in ("id", "url", "title", "text"):
                if k not in r:
                    errors.append(f"extract {r.get('id')}: missing {k}")
            if not (r.get("text") or "").strip():
                errors.append(f"extract {r['id']}: empty text")
            if not os.path.exists(os.path.join(d, "html", r["id"] + ".html")):
                errors.append(f"extract {r['id']}: no html")
        if not os.path.exists(os.path.join(d, "SOURCE.txt")):
            errors.append("extract: no SOURCE.txt")
        print("extract:", len(ex), "pages")
    for label, rows in (("real-cases-v19", rc), ("synthetic-v19", syn)):
        if rows:
            h = sum(r["hijacked"] for r in rows)
            lg = sum(r["legit"] for r in rows)
            print(f"{label}: {len(rows)} pages, hijacked {h}, legit {lg}, clean {len(rows) - h}")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
