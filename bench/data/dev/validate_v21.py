"""Validate the v21 split: real-cases-v21/, synthetic-v21/ (and an extraction set with --extract DIR).

Checks: truth.jsonl parses; every id has html/<id>.html and every html has a truth row; required fields;
text not empty; every spam string occurs in the html as decoded with its declared encoding; every hijacked
page carries its injection in its bytes (a spam string, or for pages without one the `evidence` markers
listed below); for synthetic-v21, no spam string overlaps any spam string of the other splits'
truth.jsonl (dev/*, heldout/*, pending-*/* except this split's own -v21 folders), in either direction.
Usage: python3 validate_v21.py [--extract /work/data/extract/dev-v21-evanextract]
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding"]
# byte markers that stand for an injection when a hijacked page shows no string
EVIDENCE_MARKERS = [b"document.write", b"new Function", b"navigator.userAgent", b"document.referrer",
                    b"http-equiv=\"refresh\"", b"String.fromCharCode", b"eval(", b"display:none", b"new Function", b"navigator.platform", b"XMLHttpRequest"]


def charset_of(raw, declared):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2000])
    return (m.group(1).decode() if m else declared).lower()


def check_corpus(d, errors, other_spam=None, plain_ok=True):
    rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = {r["id"] for r in rows}
    files = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(d, "html", "*.html"))}
    if ids != files:
        errors.append(f"{d}: ids/html mismatch {sorted(ids ^ files)[:5]}")
    for r in rows:
        for k in FIELDS:
            if k not in r:
                errors.append(f"{r['id']}: missing field {k}")
        if not (r.get("text") or "").strip():
            errors.append(f"{r['id']}: empty text")
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            errors.append(f"{r['id']}: bad date {r['date']}")
        raw = open(os.path.join(d, "html", r["id"] + ".html"), "rb").read()
        enc = charset_of(raw, r.get("encoding") or "utf-8")
        try:
            page = raw.decode(enc)
        except (UnicodeDecodeError, LookupError) as e:
            errors.append(f"{r['id']}: does not decode as {enc}: {e}")
            continue
        for s in r.get("spam_strings") or []:
            if s not in page:
                errors.append(f"{r['id']}: spam string not in page: {s!r}")
        if r.get("hijacked") and not r.get("spam_strings"):
            if not r.get("evidence"):
                errors.append(f"{r['id']}: hijacked, no spam string and no evidence")
            elif r.get("kind") == "real-injection-in-real-page" or any(
                    ("script" in i and "script_mirror" not in i) or "loader" in i or "redirect" in i
                    for i in r.get("injections", [])):
                if not any(m in raw for m in EVIDENCE_MARKERS):
                    errors.append(f"{r['id']}: script-form page without injected script bytes")
        if r.get("legit") and r.get("spam_strings"):
            errors.append(f"{r['id']}: legit page with spam strings")
        if other_spam is not None:
            for s in r.get("spam_strings") or []:
                sl = s.lower()
                for o in other_spam:
                    ol = o.lower()
                    if len(ol) >= 2 and len(sl) >= 2 and (ol in sl or sl in ol):
                        errors.append(f"{r['id']}: spam {s!r} overlaps other split's {o!r}")
                        break
    return rows


def other_spam_strings():
    out = set()
    pats = ["dev/*/truth.jsonl", "heldout/*/truth.jsonl", "pending-*/*/truth.jsonl"]
    for pat in pats:
        for p in glob.glob(os.path.join(DATA, pat)):
            if "-v21" in p.replace(os.path.join(DATA, "pending-v21"), ""):
                continue
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    out.update(json.loads(l).get("spam_strings") or [])
    return out


def check_extract(d, errors):
    rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(d, "html", "*.html"))}
    ids = {r["id"] for r in rows}
    if ids != files:
        errors.append(f"{d}: ids/html mismatch")
    for r in rows:
        for k in ("id", "url", "title", "text"):
            if k not in r:
                errors.append(f"{r['id']}: missing {k}")
        if not (r.get("text") or "").strip():
            errors.append(f"{r['id']}: empty text")
    if not os.path.exists(os.path.join(d, "SOURCE.txt")):
        errors.append(f"{d}: no SOURCE.txt")
    return rows


def main():
    errors = []
    real = check_corpus(os.path.join(HERE, "real-cases-v21"), errors)
    syn_dir = os.path.join(HERE, "synthetic-v21")
    syn = check_corpus(syn_dir, errors, other_spam=other_spam_strings()) if os.path.exists(os.path.join(syn_dir, "truth.jsonl")) else []
    print(f"real-cases-v21: {len(real)} pages, hijacked {sum(r['hijacked'] for r in real)}, legit {sum(r['legit'] for r in real)}")
    print(f"synthetic-v21: {len(syn)} pages, hijacked {sum(r['hijacked'] for r in syn)}, legit {sum(r['legit'] for r in syn)}")
    if "--extract" in sys.argv:
        d = sys.argv[sys.argv.index("--extract") + 1]
        ex = check_extract(d, errors)
        print(f"extract {os.path.basename(d)}: {len(ex)} pages")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
