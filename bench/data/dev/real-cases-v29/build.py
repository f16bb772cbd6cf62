#!/usr/bin/env python3
"""Builds real-cases-v29 (html/ + truth.jsonl) from cases_*.py: verbatim captured text in a rebuilt CMS-like shell."""
import html, json, os, sys, urllib.parse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import cases_a, cases_b
try:
    import cases_c
    EXTRA = cases_c.CASES
except ImportError:
    EXTRA = []

HERE = os.path.dirname(os.path.abspath(__file__))
ENC = {"http://www.bjxmtkj.com": "gb18030"}
ENC_BY_HOST = {"bjxmtkj.com": "gb18030", "gdjyfc.com": "gbk", "www.ilqhs.club": "gbk"}

def esc(s):
    return html.escape(s, quote=False)

def shell(i, c):
    title = c.get("title")
    tt = c.get("title_tag") or ((title + " - " + c["sitename"]) if title else c["sitename"])
    if c.get("title_inject"):
        tt = (title or c["sitename"]) + c["title_inject"]
        title_tag_html = "<title>%s</title>" % tt  # raw: inside <title> the tag is text
        h1 = "<h1>%s%s</h1>" % (esc(title or ""), c["title_inject"])
    else:
        title_tag_html = "<title>%s</title>" % esc(tt)
        h1 = ("<h1>%s</h1>" % esc(title)) if title else ""
    top = ""
    if c.get("top"):
        top = '<div class="topline">%s</div>' % esc(c["top"])
    if c.get("tagsoup"):
        top = c["tagsoup"] + "\n" + top
    by = '<div class="info">%s</div>' % esc(c["byline"]) if c.get("byline") else ""
    after = c.get("after_title", "")
    body = "\n".join("<p>%s</p>" % esc(p) for p in c["paras"]) + ("\n" + c["after_text"] if c.get("after_text") else "")
    v = i % 3
    if v == 0:
        core = '<div id="header"><span class="logo">%s</span></div>\n%s\n<div id="main">%s\n%s\n%s\n<div class="content">\n%s\n</div></div>\n<div id="footer">Copyright &copy; %s</div>' % (
            esc(c["sitename"]), top, h1, after, by, body, esc(c["sitename"]))
    elif v == 1:
        core = '%s\n<header class="site"><a href="/">%s</a><nav><a href="/">首页</a> <a href="/news/">新闻</a></header>\n<article>%s%s\n%s\n<div class="article-body">\n%s\n</div></article>\n<footer>%s</footer>' % (
            top, esc(c["sitename"]), h1, after, by, body, esc(c["sitename"]))
    else:
        core = '<table width="100%%"><tr><td class="brand">%s</td></tr></table>\n%s\n<div class="pos">当前位置: 首页 &gt; 正文</div>\n<div class="wz">%s\n%s\n%s\n<div id="zoom">\n%s\n</div></div>\n<div class="bottom">%s</div>' % (
            esc(c["sitename"]), top, h1, by, after, body, esc(c["sitename"]))
    return title_tag_html, core

def main():
    out = HERE
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    allc = [dict(c, _part="a") for c in cases_a.CASES] + [dict(c, _part="b") for c in cases_b.CASES] + [dict(c, _part="c") for c in EXTRA]
    # hijacked first, then legit
    allc.sort(key=lambda c: bool(c.get("legit")))
    for i, c in enumerate(allc):
        pid = "rc29-%03d" % (i + 1)
        host = urllib.parse.urlparse(c["url"]).netloc
        enc = ENC_BY_HOST.get(host, "utf-8")
        tt, core = shell(i, c)
        lang_attr = {"zh": "zh-CN", "en": "en", "id": "id"}[c["lang"]]
        doc = '<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s\n</head>\n<body>\n%s\n</body></html>\n' % (
            lang_attr, enc, tt, core)
        with open(os.path.join(out, "html", pid + ".html"), "wb") as f:
            f.write(doc.encode(enc))
        legit = bool(c.get("legit"))
        hij = not legit
        spam = list(c.get("spam", []))
        paras = c["paras"]
        if c.get("form") in ("brand-in-institution-place", "betting-keyword-substituted-for-school"):
            paras = [p for p in (x for x in paras)]
            for s in spam:
                paras = [p.replace(s, "") for p in paras]
        kind = c.get("kind") or "rebuilt-from-text"
        origin = "search corpus 'pages' capture of %s" % c["url"]
        if c.get("inj_issue"):
            origin += "; injected snippet verbatim from %s" % c["inj_issue"]
        origin += "; " + c.get("note", "")
        row = {"id": pid, "url": c["url"], "title": c.get("title"), "date": c.get("date"), "source": c.get("source"),
               "author": c.get("author"), "text": "\n".join(paras), "hijacked": hij,
               "injections": [c["form"]] if hij else [], "spam_strings": spam, "legit": legit, "lang": c["lang"],
               "origin": origin, "kind": kind, "site": host, "capture": "text", "encoding": enc}
        if c.get("code"):
            row["injected_code"] = c["code"]
        rows.append(row)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), sum(r["hijacked"] for r in rows), sum(r["legit"] for r in rows))

if __name__ == "__main__":
    main()
