"""Validate held-out v13 folders: json parses, ids match html files, spam_strings occur in the decoded html,
text not empty, spam_strings absent from truth title/text/source/author."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = "id url title date source author text hijacked injections spam_strings legit lang origin kind site capture encoding".split()
bad = 0
for folder in sys.argv[1:] or ["real-cases-v13", "synthetic-v13"]:
    d = os.path.join(HERE, folder)
    rows = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(d, "html")))
    ids = [r["id"] for r in rows]
    if sorted(ids) != files or len(set(ids)) != len(ids):
        print(folder, "id/file mismatch"); bad += 1
    for r in rows:
        miss = [k for k in KEYS if k not in r]
        if miss: print(r["id"], "missing keys", miss); bad += 1
        raw = open(os.path.join(d, "html", r["id"] + ".html"), "rb").read()
        try:
            page = raw.decode(r["encoding"])
        except Exception as e:
            print(r["id"], "decode", e); bad += 1; continue
        if not r["text"].strip(): print(r["id"], "empty text"); bad += 1
        for s in r["spam_strings"]:
            import html as H
            if s not in page and s not in H.unescape(page): print(r["id"], "spam not in page", s); bad += 1
            for k in ("title", "text", "source", "author"):
                if r.get(k) and s in r[k]: print(r["id"], "spam in truth", k, s); bad += 1
        if r["hijacked"] == r["legit"] and r["legit"]: print(r["id"], "hijacked and legit"); bad += 1
        if r["date"] and len(r["date"]) != 10: print(r["id"], "date", r["date"]); bad += 1
        for p in ([] if r["spam_strings"] else r["text"].split("\n")[:3]):
            import html as H
            if p.strip() and p not in H.unescape(page): print(r["id"], "truth para not in page:", p[:40]); bad += 1
    print(folder, len(rows), "rows checked")
print("problems:", bad); sys.exit(1 if bad else 0)
