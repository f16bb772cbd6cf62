#!/usr/bin/env python3
"""Validate the v23 split (wherever it sits): json parses, ids match html files, spam_strings and
evidence occur in the decoded html, text non-empty, hijacked pages carry an injection, and no
spam_strings overlap with dev/heldout/pending splits (own -v23 folders left out)."""
import glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
KEYS = "id url title date source author text hijacked injections spam_strings legit lang origin kind site capture encoding".split()

def others():
    out = set()
    for p in glob.glob(os.path.join(DATA, "**", "truth.jsonl"), recursive=True):
        if "-v23" in p: continue
        for l in open(p, encoding="utf-8"):
            if l.strip():
                try: out.update(s for s in json.loads(l).get("spam_strings") or [] if len(s) >= 2)
                except Exception: pass
    return out

def check(folder, other, brands=()):
    bad = 0
    rows = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = {r["id"] for r in rows}
    files = {f[:-5] for f in os.listdir(os.path.join(folder, "html"))}
    if ids != files: print("id/file mismatch", ids ^ files); bad += 1
    for r in rows:
        miss = [k for k in KEYS if k not in r]
        if miss: print(r["id"], "missing keys", miss); bad += 1
        raw = open(os.path.join(folder, "html", r["id"] + ".html"), "rb").read()
        html = raw.decode(r.get("encoding") or "utf-8")
        if not r["text"].strip(): print(r["id"], "empty text"); bad += 1
        for s in r["spam_strings"]:
            if s not in html: print(r["id"], "spam string not in html"); bad += 1
        for s in r.get("evidence") or []:
            if s not in html: print(r["id"], "evidence not in html"); bad += 1
        if r["hijacked"] and not (r["spam_strings"] or r.get("evidence")): print(r["id"], "hijacked w/o injection"); bad += 1
        if r["hijacked"] and not r["injections"]: print(r["id"], "no injection forms"); bad += 1
        for s in r["spam_strings"]:
            for o in other:
                if s == o or (len(o) >= 4 and o in s) or (len(s) >= 4 and s in o):
                    print(r["id"], "overlaps a spent split's spam string"); bad += 1; break
    for b in brands:
        if any(b in o or o in b for o in other if len(o) >= 2): print("brand overlap:", b); bad += 1
    print(folder, len(rows), "pages", "OK" if not bad else f"{bad} problems")
    return bad

if __name__ == "__main__":
    other = others()
    sys.path.insert(0, os.path.join(HERE, "synthetic-generator-v23"))
    import make_set
    b = check(os.path.join(HERE, "synthetic-v23"), other, make_set.BRANDS)
    rc = os.path.join(HERE, "real-cases-v23")
    if os.path.isdir(rc): b += check(rc, other)
    sys.exit(1 if b else 0)
