#!/usr/bin/env python3
"""Build real-cases-v4 (html/<id>.html + truth.jsonl + SOURCES.md) from cases.py.
Keeper of held-out v4; no cleaner code read or used. Deterministic output."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import SPAM, COMP, LEGIT
from cases_more import SPAM2, LEGIT2

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape
CAP = ("text-only capture from the stored public-web-page corpus of the search tool (search excerpt, may stop "
       "mid-article); HTML markup is the keeper's reconstruction in a CMS-like template (`tpl`) around the captured "
       "lines, keeping their order; spam strings and article text are verbatim from the capture")

# Markup shells, one per template family (keeper-written; names hint at the CMS they imitate).
SHELL = {
 "vsb": ('<div class="header"><div class="logo"><img src="/images/logo.png" alt=""></div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx.htm">新闻中心</a></li></ul></div>\n<div class="main_con">{crumb}\n<form name="_newscontent_fromname"><div class="content-title">{h1}</div><div class="content-info">{info}</div>\n<div id="vsb_content"><div class="v_news_content">{body}</div></div></form></div>', "</div>"),
 "novel": ('<div id="wrapper"><div class="header_logo">{pre}</div><div class="box_con"><div class="con_top">{crumb}</div><div class="bookname">{h1}</div>\n<div id="content">{body}</div></div></div>', ""),
 "wp": ('<div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">Home</a></p></header>\n<main id="main"><article class="post type-post status-publish"><header class="entry-header">{h1}<div class="entry-meta">{info}</div></header>\n<div class="entry-content">{body}</div></article></main>', "</div>"),
 "plain": ('<div class="top"><a href="/">首页</a></div>\n<div class="wrap">{h1}<div class="txt">{body}</div></div>', ""),
 "discuz": ('<div id="hd"><div class="wp"><h2><a href="./">论坛</a></h2></div></div>\n<div id="wp" class="wp"><div id="pt" class="bm cl">{crumb}</div>\n<table cellspacing="0" cellpadding="0"><tr><td class="plc"><h1 class="ts"><span id="thread_subject">{h1text}</span></h1>\n<div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1">{bodybr}</td></tr></table></div></div></td></tr></table></div>', ""),
 "table": ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="90" background="/images/top.jpg"></td></tr>\n<tr><td><table width="100%" border="0"><tr><td class="title" align="center">{h1text}</td></tr><tr><td align="center" class="info">{info}</td></tr>\n<tr><td class="content">{body}</td></tr></table></td></tr></table>', ""),
 "corp": ('<div class="banner"><p>NEWS AND INFORMATION</p><h3>新闻中心</h3></div>\n<div class="location">{crumb}</div><div class="newsdetail"><p class="tit">详细内容</p>{h1}<div class="newstext">{body}</div></div>', ""),
 "trs": ('<div class="gov-header"><div class="gov-logo">政府信息公开</div></div>\n<div class="xxgk-main"><div class="TRS_Title">{h1}</div><div class="info">{info}</div><div class="zoom">字体大小:<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a></div>\n<div class="TRS_Editor"><div class="TRS_Editor">{body}</div></div></div>', ""),
 "news": ('<div id="top_bar"><a href="/">首页</a></div>\n<div class="article-wrap"><div class="crumb">{crumb}</div>{h1}<div class="date-source">{info}</div>\n<div id="artibody" class="article">{body}</div></div>', ""),
 "mobile": ('<div class="app-bar">打开APP</div>\n<section class="m-article">{h1}<p class="m-meta">{info}</p><div class="m-content">{body}</div></section>', ""),
 "epaper": ('<div class="paper-nav">第A2版</div>\n<div class="detail">{h1}<div class="content" id="ozoom">{body}</div></div>', ""),
 "gov_en": ('<header class="govuk-header"><a href="/" class="govuk-header__link">Gambling Commission</a></header>\n<main class="govuk-main-wrapper">{h1}<p class="govuk-body-s">{info}</p><div class="govuk-grid-column-two-thirds">{body}</div></main>', ""),
}

def page(c, script=None, where=None):
    lang = {"zh": "zh-CN", "en": "en", "id": "id"}[c["lang"]]
    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{E(c['page_title'])}</title>"]
    if script and where == "head_end":
        head.append(script)
    paras = list(c.get("pre_body") or []) + list(c["body"])
    body_html = "\n".join(f"<p>{E(p)}</p>" for p in paras)
    bodybr = "<br />\n".join(E(p) for p in paras)
    h1text = E(c.get("headline") or "")
    tpl, tail_close = SHELL[c["tpl"]]
    inner = tpl.format(
        crumb=f'<div class="crumb">{E(c["crumb"])}</div>' if c.get("crumb") else "",
        h1=f"<h1>{h1text}</h1>" if c.get("headline") else "",
        h1text=h1text, info=E(c.get("info") or ""), body=body_html, bodybr=bodybr,
        pre="".join(f"<p>{E(p)}</p>" for p in (c.get("pre") or [])))
    parts = []
    if script and where == "body_start":
        parts.append(script)
    if c.get("pre") and c["tpl"] != "novel":
        parts.append('<div class="site-top">' + "".join(f"<span>{E(p)}</span>" for p in c["pre"]) + "</div>")
    parts.append(inner + tail_close)
    if script and where == "after_article":
        parts.append(script)
    if c.get("tail"):
        parts.append('<div class="related">' + "".join(f"<p>{E(t)}</p>" for t in c["tail"]) + "</div>")
    parts.append(f'<div class="footer">{E(c.get("footer") or ("Copyright" if c["lang"] != "zh" else "版权所有"))}</div>')
    if script and where == "body_end":
        parts.append(script)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, "\n".join(head), "\n".join(parts)))

def text_of(c):
    if c.get("text_override"):
        return c["text_override"]
    out = []
    for p in c["body"]:
        if p in (c.get("drop") or []):
            continue
        for a, b in (c.get("text_sub") or {}).items():
            p = p.replace(a, b)
        p = p.strip()
        if p:
            out.append(p)
    return "\n".join(out)

rows = []
def add(c, hijacked, legit, kind, origin, inj, spam, script=None, where=None, note=None, capture=CAP):
    cid = "rc4-%03d" % (len(rows) + 1)
    h = page(c, script, where)
    for s in spam:
        assert s in html.unescape(h), (cid, s)
    t = text_of(c)
    for s in spam:
        assert s not in t, (cid, s)
        if c.get("title"):
            assert s not in c["title"], (cid, s)
    with open(os.path.join(OUT, "html", cid + ".html"), "w", encoding="utf-8") as f:
        f.write(h)
    rows.append({"id": cid, "url": c["url"], "encoding": "utf-8", "lang": c["lang"], "title": c["title"], "date": c["date"],
                 "source": c["source"], "author": c["author"], "text": t, "hijacked": hijacked, "injections": inj,
                 "spam_strings": spam, "legit": legit, "origin": origin, "kind": kind, "site": c["site"],
                 "capture": capture, "template": c["tpl"], "note": note})

os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
for c in SPAM:
    add(c, True, False, "real-page", f"pages corpus capture of {c['url']} (search: '{c['search']}')", c["inj"], c["spam"], note=c.get("note"))
for c in COMP:
    add(c, True, False, "real-injection-in-real-page",
        f"injection: {c['origin_inj']} | host: pages corpus capture of {c['url']} (search: '{c['search']}')",
        c["inj"], c["spam"], script=c["script"], where=c["where"], note=c.get("note"),
        capture=CAP + ". The injected code is quoted from a public GitHub issue thread or file (see origin for exactly what is verbatim).")
for c in SPAM2:
    add(c, True, False, "real-page", f"pages corpus capture of {c['url']} (search: '{c['search']}')", c["inj"], c["spam"], note=c.get("note"))
for c in LEGIT + LEGIT2:
    add(c, False, True, "real-page", f"pages corpus capture of {c['url']} (search: '{c['search']}')", [], [],
        note="legit page about gambling/lotteries: " + c["topic"] + "; must not be flagged and must keep every sentence")
with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
    f.write("# real-cases-v4 — origins\n\nEvery case, its origin and how it was rebuilt (see truth.jsonl `capture`, `template`).\n"
            "No host or URL of bench/data/dev/*/SOURCES.md, $NEWSVAULT_DATA/real-cases/SOURCES.md or a dev truth file is reused.\n\n"
            "| id | kind | hijacked | legit | lang | origin |\n|---|---|---|---|---|---|\n")
    for r in rows:
        f.write(f"| {r['id']} | {r['kind']} | {r['hijacked']} | {r['legit']} | {r['lang']} | {r['origin'].replace('|', '/')} |\n")
print(len(rows), "pages;", sum(r["hijacked"] for r in rows), "hijacked;", sum(r["legit"] for r in rows), "legit")
