import json, sys, re, html as H, os
D = sys.argv[1]
rows = [json.loads(l) for l in open(f"{D}/truth.jsonl", encoding="utf-8")]
req = "id url title date source author text hijacked injections spam_strings legit lang".split()
ids = set()
bad = 0
for r in rows:
    assert r["id"] not in ids; ids.add(r["id"])
    for k in req: assert k in r, (r["id"], k)
    p = f"{D}/html/{r['id']}.html"
    raw = open(p, "rb").read()
    enc = r.get("encoding") or "utf-8"
    page = H.unescape(raw.decode(enc))
    vis = re.sub(r"<[^>]+>", "\n", re.sub(r"(?s)<script.*?</script>", "", page))
    for line in r["text"].split("\n"):
        if line and line not in vis:
            bad += 1; print("text line not in page", r["id"], line[:40])
    for s in r["spam_strings"]:
        if s not in page: bad += 1; print("spam not in page", r["id"], s)
        if s in r["text"] or s in (r["title"] or ""): bad += 1; print("spam in truth", r["id"], s)
    if r["title"] and r["title"] not in vis: print("title not visible", r["id"])
    if r["date"] and not re.match(r"\d{4}-\d\d-\d\d$", r["date"]): bad += 1; print("date fmt", r["id"])
    assert r["hijacked"] != r["legit"] or not r["legit"]
print(len(rows), "rows; problems:", bad)
