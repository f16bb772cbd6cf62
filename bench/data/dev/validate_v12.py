"""Validate a v12 held-out folder: json parses, ids match html files, spam_strings occur in the
decoded html (entities unescaped), text non-empty, article text occurs in the page (each paragraph)."""
import html, json, os, re, sys

def check(folder):
    bad = 0
    rows = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(folder, "html")))
    if sorted(r["id"] for r in rows) != files:
        print("id/html mismatch"); bad += 1
    need = "id url title date source author text hijacked injections spam_strings legit lang origin kind site capture encoding".split()
    for r in rows:
        miss = [k for k in need if k not in r]
        if miss: print(r["id"], "missing", miss); bad += 1
        raw = open(os.path.join(folder, "html", r["id"] + ".html"), "rb").read().decode(r["encoding"])
        m = re.search(r'charset=["\']?([\w-]+)', raw)
        if not m or m.group(1).lower() != r["encoding"]: print(r["id"], "charset decl", m and m.group(1)); bad += 1
        dec = html.unescape(raw)
        if not r["text"].strip(): print(r["id"], "empty text"); bad += 1
        for s in r["spam_strings"]:
            if s not in dec: print(r["id"], "spam not in html:", s[:40]); bad += 1
            if s in r["text"] or (r["title"] and s in r["title"]) or s in (r["source"] or "") or s in (r["author"] or ""):
                print(r["id"], "spam string inside truth fields:", s[:40]); bad += 1
        for p in ([] if "spliced_keyword" in r["injections"] else r["text"].split("\n")):
            if p not in dec: print(r["id"], "para not in html:", p[:40]); bad += 1
        if r["title"] and r["title"] not in dec: print(r["id"], "title not in html"); bad += 1
        if r["hijacked"] == r["legit"] and r["legit"]: print(r["id"], "both hijacked and legit"); bad += 1
        if r["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]): print(r["id"], "bad date"); bad += 1
    print(folder, len(rows), "rows,", bad, "problems")
    return bad

if __name__ == "__main__":
    sys.exit(1 if sum(check(f) for f in sys.argv[1:]) else 0)
