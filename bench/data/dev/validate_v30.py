#!/usr/bin/env python3
"""Validate pending-v30 folders: json, ids<->html, spam strings present (after JS-escape decoding), text non-empty,
hijacked pages carry an injection, brands do not overlap dev/heldout spam_strings, truth fields written on page."""
import codecs, glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = "id url title date source author text hijacked injections spam_strings legit lang origin kind site capture encoding".split()
def unesc(h):
    h2 = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), h)
    h2 = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), h2)
    return h2
old = set()
for p in glob.glob(os.path.join(HERE, "..", "dev", "*", "truth.jsonl")) + glob.glob(os.path.join(HERE, "..", "heldout", "*", "truth.jsonl")):
    if "-v30" in p:  # its own folders, once moved beside the other splits
        continue
    for l in open(p, encoding="utf-8"):
        if l.strip():
            for s in json.loads(l).get("spam_strings") or []:
                old.add(s)
bad = 0
MONTHS = "January February March April May June July August September October November December".split()
for d in sorted(glob.glob(os.path.join(HERE, "*-v30"))):
    tp = os.path.join(d, "truth.jsonl")
    if not os.path.exists(tp):
        continue
    rows = [json.loads(l) for l in open(tp, encoding="utf-8") if l.strip()]
    files = {os.path.splitext(f)[0] for f in os.listdir(os.path.join(d, "html"))}
    ids = [r["id"] for r in rows]
    if set(ids) != files or len(ids) != len(set(ids)):
        print("ID MISMATCH", d, set(ids) ^ files); bad += 1
    for r in rows:
        miss = [f for f in FIELDS if f not in r]
        if miss: print(r["id"], "missing fields", miss); bad += 1
        raw = open(os.path.join(d, "html", r["id"] + ".html"), "rb").read()
        html = raw.decode(r.get("encoding") or "utf-8")
        import html as H
        vis = H.unescape(html); dec = unesc(vis)
        if not r["text"].strip(): print(r["id"], "empty text"); bad += 1
        if r["hijacked"] and not r["spam_strings"] and not r["injections"]:
            print(r["id"], "hijacked without injection"); bad += 1
        if r["hijacked"] != bool(r["injections"]): print(r["id"], "hijacked/injections disagree"); bad += 1
        for s in r["spam_strings"]:
            for k in ("title", "text", "source", "author"):
                if r.get(k) and s in r[k]: print(r["id"], "spam string in truth", k, s); bad += 1
            if s not in vis and s not in dec: print(r["id"], "spam string absent", s); bad += 1
        for k in ("title", "source", "author"):
            if r.get(k) and r[k] not in vis: print(r["id"], k, "not on page"); bad += 1
        if r.get("date"):
            y, m, dd = r["date"].split("-")
            if r["date"] not in vis and f"{int(y)}年{int(m)}月{int(dd)}日" not in vis and f"{y}年{m}月{dd}日" not in vis and f"{y}/{m}/{dd}" not in vis and f"{y}.{m}.{dd}" not in vis and f"{dd}/{m}/{y}" not in vis and f"{int(dd)} {MONTHS[int(m)-1]} {y}" not in vis:
                print(r["id"], "date not on page"); bad += 1
        for para in r["text"].split("\n")[:3]:
            vis2 = vis
            for sp in r["spam_strings"]:
                vis2 = vis2.replace(sp, "")
            if para[:12] not in vis and para[:12] not in vis2: print(r["id"], "text para not on page:", para[:12]); bad += 1; break
        if "synthetic" in d:
            for s in r["spam_strings"]:
                for o in old:
                    if len(s) >= 2 and len(o) >= 2 and (s in o or o in s) and len(min(s, o, key=len)) >= 3:
                        print(r["id"], "overlaps old spam string", s); bad += 1; break
    print(os.path.basename(d), len(rows), "pages,", sum(r["hijacked"] for r in rows), "hijacked,", sum(r["legit"] for r in rows), "legit")
print("problems:", bad); sys.exit(1 if bad else 0)
