#!/usr/bin/env python3
"""Build real-cases-v3 (html/<id>.html + truth.jsonl) from cases.py. Keeper of held-out v3; no cleaner code used."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from cases import SPAM, COMP, LEGIT, SPAM2, CAP
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape

def page(c, script=None, where=None):
    lang = "zh-CN" if c["lang"] == "zh" else "en"
    head = [f'<meta charset="utf-8">', f"<title>{E(c['page_title'])}</title>"]
    if script and where == "head_end":
        head.append(script)
    body = ['<div class="header"><div class="logo">网站首页</div></div>' if c["lang"] == "zh" else '<div class="header"><a href="/">Home</a></div>']
    if c.get("pre"):
        body.append(f'<div class="top">{E(c["pre"])}</div>')
    if c.get("crumb"):
        body.append(f'<div class="crumb">{E(c["crumb"])}</div>')
    body.append('<div class="article">')
    if c.get("headline"):
        body.append(f'<h1>{E(c["headline"])}</h1>')
    if c.get("info"):
        body.append(f'<div class="info">{E(c["info"])}</div>')
    body.append('<div class="content">')
    body += [f"<p>{E(p)}</p>" for p in c["body"]]
    body.append("</div></div>")
    if c.get("tail"):
        body.append('<ul class="related">' + "".join(f"<li>{E(t)}</li>" for t in c["tail"]) + "</ul>")
    body.append('<div class="footer">版权所有</div>' if c["lang"] == "zh" else '<div class="footer">Copyright</div>')
    if script and where == "body_end":
        body.append(script)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, "\n".join(head), "\n".join(body)))

EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
def text_of(c):
    ps = list(c["body"])
    if c.get("strip_emoji"):
        ps = [EMOJI.sub("", p) for p in ps]
    out = []
    for p in ps:
        for a, b in (c.get("text_sub") or {}).items():
            p = p.replace(a, b)
        p = p.strip()
        if p:
            out.append(p)
    return "\n".join(out)

rows = []
n = 0
def add(c, hijacked, legit, kind, origin, inj, spam, script=None, where=None, note=None, capture=CAP):
    global n
    n += 1
    cid = "rc3-%03d" % n
    h = page(c, script, where)
    for s in spam:
        assert s in h, (cid, s)
    t = text_of(c)
    for s in spam:
        assert s not in t, (cid, s)
    with open(os.path.join(OUT, "html", cid + ".html"), "w", encoding="utf-8") as f:
        f.write(h)
    title = c["title"]
    if c.get("title_sub") and title:
        for a, b in (c.get("text_sub") or {}).items():
            title = title.replace(a, b)
    rows.append({"id": cid, "url": c["url"], "encoding": "utf-8", "lang": c["lang"], "title": title, "date": c["date"],
                 "source": c["source"], "author": c["author"], "text": t, "hijacked": hijacked, "injections": inj,
                 "spam_strings": spam, "legit": legit, "origin": origin, "kind": kind, "site": c["site"],
                 "capture": capture, "note": note})

os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
for c in SPAM:
    add(c, True, False, "real-page", f"pages corpus capture of {c['url']} (search: '{c['search']}')", c["inj"], c["spam"], note=c.get("note"))
for c in COMP:
    add(c, True, False, "real-injection-in-real-page",
        f"injection: {c['origin_inj']} | host: pages corpus capture of {c['url']} (search: '{c['search']}')",
        c["inj"], c["spam"], script=c["script"], where=c["where"], note=c.get("note"),
        capture=CAP + ". The injected script is verbatim from the stored file.")
for c in LEGIT:
    add(c, False, True, "real-page", f"pages corpus capture of {c['url']} (search: '{c['search']}')", [], [],
        note="legit page about gambling/lotteries: " + c["topic"] + "; must not be flagged and must keep every sentence")
for c in SPAM2:
    add(c, True, False, "real-page", f"pages corpus capture of {c['url']} (search: '{c['search']}')", c["inj"], c["spam"], note=c.get("note"))
with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
    f.write("# real-cases-v3 — origins\n\nEvery case, its origin and how it was rebuilt (see truth.jsonl `capture`).\n\n| id | kind | hijacked | legit | origin |\n|---|---|---|---|---|\n")
    for r in rows:
        f.write(f"| {r['id']} | {r['kind']} | {r['hijacked']} | {r['legit']} | {r['origin'].replace('|', '/')} |\n")
print(len(rows), sum(r["hijacked"] for r in rows), sum(r["legit"] for r in rows))
