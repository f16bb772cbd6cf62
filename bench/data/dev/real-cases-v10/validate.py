"""Validate a held-out folder: python validate.py <folder> [<folder> ...]
json parses, ids match html files, spam strings occur in the decoded html and not in the truth fields,
text is not empty, every truth paragraph occurs in the decoded page text."""
import glob, html, json, os, re, sys

def page_text(raw, enc):
    s = raw.decode(enc)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", "\n", s)
    return html.unescape(s)

def check(folder):
    bad = 0
    rows = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8") if l.strip()]
    ids = {r["id"] for r in rows}
    files = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(folder, "html", "*.html"))}
    if ids != files:
        print(folder, "id/file mismatch", sorted(ids ^ files)); bad += 1
    need = "id url title date source author text hijacked injections spam_strings legit lang origin kind site capture encoding".split()
    for r in rows:
        miss = [k for k in need if k not in r]
        if miss:
            print(r["id"], "missing", miss); bad += 1
        raw = open(os.path.join(folder, "html", r["id"] + ".html"), "rb").read()
        dec = html.unescape(raw.decode(r["encoding"]))
        txt = page_text(raw, r["encoding"])
        if not r["text"].strip():
            print(r["id"], "empty text"); bad += 1
        if r["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            print(r["id"], "bad date", r["date"]); bad += 1
        clean = txt
        for s in r["spam_strings"]:
            clean = clean.replace(s, "")
        for p in r["text"].split("\n"):
            if p.strip() and p.strip() not in clean:
                print(r["id"], "text paragraph not in page:", p[:40]); bad += 1
        if r["title"] and r["title"] not in txt and r["title"] not in dec:
            print(r["id"], "title not in page"); bad += 1
        for s in r["spam_strings"]:
            if s not in dec:
                print(r["id"], "spam string not in page:", s); bad += 1
            for k in ("title", "text", "source", "author"):
                if r[k] and s.lower() in r[k].lower():
                    print(r["id"], "spam string inside truth", k, s); bad += 1
        if r["hijacked"] and r["legit"]:
            print(r["id"], "hijacked and legit"); bad += 1
    print(folder, len(rows), "rows,", bad, "problems")
    return bad

if __name__ == "__main__":
    sys.exit(1 if sum(check(f) for f in sys.argv[1:]) else 0)
