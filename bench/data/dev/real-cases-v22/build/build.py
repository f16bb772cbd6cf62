#!/usr/bin/env python3
"""Rebuild real-cases-v22 (html/ + truth.jsonl) from the verbatim captures in cases_*.py. Deterministic."""
import html as H, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_a import CASES_A
from cases_b import COPIES, COMPOSITES, SNIP_MACCMS, SNIP_FFLINK, SNIP_ENTITY, SNIP_CKAN_LINKS, SNIP_CKAN_REDIRECT, SNIP_CKAN_R2
from cases_c import LEGIT

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = H.escape

def ps(paras):
    return "\n".join("<p>%s</p>" % E(p) for p in paras)

def page(shell, c, head="", top="", title_tag=None, h1=None, byline="", body=None, foot="", end="", lang="zh-CN"):
    enc = c["enc"]
    tt = E(title_tag if title_tag is not None else (c.get("title") or h1 or ""))
    h1 = E(h1 if h1 is not None else (c.get("title") or ""))
    body = body if body is not None else ps(c["paras"])
    by = E(byline or c.get("byline", ""))
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % enc
    if shell in ("S1", "N1"):
        return f"""<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{tt}</title>{head}</head><body>{top}
<div class="header"><div class="logo"></div><ul class="nav"><li>首页</li><li>资讯</li><li>专题</li></ul></div>
<div class="main"><div class="crumb">当前位置:首页 &gt; 正文</div><div class="article"><h1>{h1}</h1><div class="info">{by}</div>
<div class="content">{body}</div></div></div><div class="footer">{foot}</div>{end}</body></html>"""
    if shell in ("S2", "N2"):
        return f"""<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{tt}</title>{head}</head><body>{top}
<header class="site-header"><nav><a href="/">Home</a></nav></header><main><article class="post"><h1 class="entry-title">{h1}</h1>
<div class="entry-meta">{by}</div><div class="entry-content">{body}</div></article></main><footer>{foot}</footer>{end}</body></html>"""
    if shell in ("S3", "N3"):
        return f"""<!DOCTYPE html><html><head>{meta}<title>{tt}</title>{head}</head><body>{top}
<table width="960" align="center"><tr><td class="top"></td></tr><tr><td><div class="tit">{h1}</div><div class="date">{by}</div>
<div id="text">{body}</div></td></tr><tr><td class="bottom">{foot}</td></tr></table>{end}</body></html>"""
    if shell in ("S4", "S5", "S6", "G1", "G2", "G3"):
        return f"""<!DOCTYPE html><html><head>{meta}<title>{tt}</title>{head}</head><body>{top}
<div class="wrap"><div class="banner"></div><div class="menu"><a>首页</a><a>新闻动态</a><a>通知公告</a></div>
<div class="list-right"><div class="position">您现在的位置: 首页 &gt; 新闻动态 &gt; 正文</div>
<form name="_newscontent_fromname"><div class="news-title"><h2>{h1}</h2></div><div class="news-info">{by}</div>
<div class="v_news_content">{body}</div></form></div><div class="foot">{foot}</div></div>{end}</body></html>"""
    raise ValueError(shell)

def strip_brand(p, b):
    return p.replace(b, "")

rows = []
def add(c, html_text, truth):
    rows.append((c, html_text, truth))

# ---- hijacked text captures
for c in CASES_A:
    k = c["key"]; spam = c["spam"]; paras = list(c["paras"]); truth_paras = list(paras)
    kw = {}
    if k == "taxpress":
        kw = dict(title_tag=c["spam_title"], h1=c["spam_title"],
                  byline="%s 作者:%s %s" % (c["date_line"], c["author_shown"], c["views"]))
    elif k == "aixin":
        kw = dict(title_tag=c["spam_title"] + "_" + c["title"], top='<div class="site-name">%s</div>' % E(c["spam_title"]))
    elif k == "nethb":
        a, b = c["splice"]
        shown = [p.replace(a, a + b, 1) for p in paras]
        kw = dict(body=ps(shown), top='<div class="ticker">最新消息:%s</div>' % E(c["title"]))
    elif k == "yccp05":
        kw = dict(title_tag=c["title"] + c["headline_suffix"], h1=c["title"] + c["headline_suffix"],
                  foot="信息来源:%s" % E(c["source"]))
    elif k in ("zhxm", "tapoo"):
        kw = dict(title_tag=c["spam_title"], top='<div class="top-kw">%s</div>' % E(c["spam_title"]))
    elif k == "paidajpm":
        kw = dict(title_tag=c["spam_title"], top='<div class="kw">%s</div>' % E(c["spam_line"]), h1=c["title"])
    elif k == "quansy":
        kw = dict(h1="龙8网站是多少党委理论学习中心组举行年度第18次集中学习", byline=" ".join(c["byline_lines"]))
        truth_paras = [strip_brand(p, "龙8网站是多少") for p in paras]
        c["spam"] = spam = ["龙8网站是多少"]
    elif k == "maine13th":
        kw = dict(h1=c["title_shown"], title_tag=c["title_shown"], byline=" ".join(c["byline_lines"]),
                  top='<div class="lm">学生会</div>')
        truth_paras = [strip_brand(p, "环球ug登录网站") for p in paras]
    h = page(c["shell"], c, **kw)
    add(c, h, dict(url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"), author=c.get("author"),
                   text="\n".join(truth_paras), hijacked=True, injections=c["injections"], spam_strings=spam, legit=False,
                   lang=c["lang"], origin="search:pages " + c["url"], kind="rebuilt-from-text", site=c["site"], capture="text",
                   encoding=c["enc"]))

# ---- copies (hijacked, no injected string)
for c in COPIES:
    h = page(c["shell"], c)
    add(c, h, dict(url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"), author=c.get("author"),
                   text="\n".join(c["paras"]), hijacked=True, injections=["copy-on-unrelated-host", "traditional-script-copy"],
                   spam_strings=[], legit=False, lang=c["lang"], origin="search:pages " + c["url"], kind="rebuilt-from-text",
                   site="copy-on-unrelated-host", capture="text", encoding=c["enc"]))

# ---- composites
for c in COMPOSITES:
    inj = c["inj"]; kw = {}
    if inj == "maccms":
        kw = dict(end="<script>%s</script>" % SNIP_MACCMS)
    elif inj == "fflink":
        kw = dict(foot='<div class="copyright">版权所有</div>' + SNIP_FFLINK + "</div>")
    elif inj == "entity":
        kw = dict(end='<div style="display:none">\n%s\n</div>' % "\n".join(SNIP_ENTITY))
    elif inj == "ckanlinks":
        kw = dict(foot='<div style="position:absolute;top:-999px;left:-999px">%s</div>' % " ".join(
            '<a href="%s">%s</a>' % (u, u.rsplit(".", 2)[-2][6:] + ".html") for u in SNIP_CKAN_LINKS))
    elif inj == "ckanredirect":
        kw = dict(head='<script>if(/android|iphone|ipad|mobile/i.test(navigator.userAgent)){window.location.href="%s";}</script>' % SNIP_CKAN_REDIRECT)
    elif inj == "r2refresh":
        kw = dict(head='<meta http-equiv="refresh" content="0; url=%s">' % SNIP_CKAN_R2)
    h = page(c["shell"], c, lang=("id" if c["lang"] == "id" else "zh-CN"), **kw)
    add(c, h, dict(url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"), author=c.get("author"),
                   text="\n".join(c["paras"]), hijacked=True, injections=c["injections"], spam_strings=c["spam"], legit=False,
                   lang=c["lang"], origin="search:pages " + c["url"] + " + injected snippet (see SOURCES.md)",
                   kind="real-injection-in-real-page", site=c["site"], capture="text", encoding=c["enc"]))

# ---- legit
for c in LEGIT:
    foot = E(c.get("editor_line", ""))
    h = page(c["shell"], c, foot=foot, lang={"zh": "zh", "ko": "ko", "en": "en", "id": "id"}[c["lang"]])
    add(c, h, dict(url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"), author=c.get("author"),
                   text="\n".join(c["paras"]), hijacked=False, injections=[], spam_strings=[], legit=True, lang=c["lang"],
                   origin="search:pages " + c["url"], kind="real-page", site=c["site"], capture="text", encoding=c["enc"]))

# fixed interleaving order
order = []
hij = [r for r in rows if r[2]["hijacked"]]; leg = [r for r in rows if not r[2]["hijacked"]]
while hij or leg:
    for _ in range(2):
        if hij: order.append(hij.pop(0))
    if leg: order.append(leg.pop(0))
os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as tf:
    for i, (c, h, t) in enumerate(order, 1):
        pid = "rc22-%03d" % i
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(h.encode(c["enc"]))
        rec = dict(id=pid); rec.update(t)
        tf.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(order), "pages")
