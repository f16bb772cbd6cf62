# -*- coding: utf-8 -*-
"""Build real-cases-v44: html/<id>.html + truth.jsonl + SOURCES.md from cases_hijacked.py / cases_legit.py.
Deterministic (re-running gives the same bytes). Paragraphs and injected strings are verbatim captures; the HTML
around them is a reconstruction in five shells (vsb, portal, portal_en, govopen, paper, wp)."""
import html
import json
import os
import re
import sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import H  # noqa: E402
from cases_legit import L  # noqa: E402

E = html.escape
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")
LANG = {"zh": "zh-CN", "en": "en", "id": "id", "vi": "vi", "th": "th"}
CS = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}


def site_of(u):
    h = urlsplit(u).hostname
    return h[4:] if h.startswith("www.") else h


def truth_paras(c):
    if c.get("paras_override"):
        return list(c["paras_override"])
    out = []
    for p in c["shown"]:
        for s in sorted(c.get("spam", []), key=len, reverse=True):
            p = p.replace(s, "")
        p = EMOJI.sub("", p).strip()
        if p:
            out.append(p)
    return out


def body(c, tag="p"):
    out = []
    caps = c.get("captions") or {}
    for i, p in enumerate(c["shown"]):
        if i in caps:
            out.append('<div class="pic"><img src="/upload/%s_%d.jpg" alt=""><p class="pic-cap">%s</p></div>'
                       % (site_of(c["url"]).split(".")[0], i, E(caps[i])))
        out.append("<%s>%s</%s>" % (tag, E(p), tag))
    n = len(c["shown"])
    if n in caps:
        out.append('<div class="pic"><p class="pic-cap">%s</p></div>' % E(caps[n]))
    return out


def head(c, css):
    return ['<!DOCTYPE html>', '<html lang="%s">' % LANG[c["lang"]], "<head>",
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % CS[c["enc"]],
            "<title>%s</title>" % E(c["ptitle"]), '<link rel="stylesheet" href="%s">' % css, "</head>", "<body>"]


def tops(c):
    return ['<div class="tline">%s</div>' % E(t) for t in c.get("top", [])]


def afters(c, cls="after"):
    return ['<p class="%s">%s</p>' % (cls, E(a)) for a in c.get("after", [])]


def feet(c):
    return ['<div class="flinks">%s</div>' % E(f) for f in c.get("foot", [])]


def shell_vsb(c):
    o = head(c, "/dfiles/vsb/style.css") + tops(c)
    if c.get("banner"):
        o.append('<div class="topbar"><span class="welcome">%s</span><a href="#">设为首页</a> <a href="#">加入收藏</a></div>' % E(c["banner"]))
    o += ['<div class="header"><div class="logo"><img src="/images/logo.png" alt=""></div>',
          '<ul class="nav"><li><a href="/">首页</a></li><li><a href="#">新闻</a></li><li><a href="#">通知公告</a></li><li><a href="#">党建工作</a></li></ul></div>',
          '<div class="main"><div class="crumb">%s</div>' % E(c.get("crumb") or "首页 > 正文"),
          '<form name="_newscontent_fromname"><div class="content-title">']
    if c.get("h1"):
        o.append("<h1>%s</h1>" % E(c["h1"]))
    if c.get("byline"):
        o.append('<div class="info">%s</div>' % E(c["byline"]))
    o += ["</div>", '<div id="vsb_content"><div class="v_news_content">'] + body(c) + ["</div></div>"]
    o += afters(c) + ["</form></div>", '<div class="footer"><p>版权所有 Copyright &copy; All Rights Reserved</p>'] + feet(c) + ["</div>", "</body>", "</html>"]
    return o


def shell_portal(c):
    o = head(c, "/css/article.css") + tops(c)
    o += ['<div class="top"><a href="/">首頁</a> | <a href="#">新聞中心</a> | <a href="#">國內</a> | <a href="#">教育</a></div>',
          '<div class="mast"><img src="/img/masthead.gif" alt=""></div>', '<div class="wrap">']
    if c.get("crumb"):
        o.append('<div class="position">%s</div>' % E(c["crumb"]))
    o.append('<div class="article">')
    if c.get("h1"):
        o.append('<h1 class="headline">%s</h1>' % E(c["h1"]))
    if c.get("deck"):
        o.append('<h2 class="deck">%s</h2>' % E(c["deck"]))
    if c.get("byline"):
        o.append('<div class="source">%s</div>' % E(c["byline"]).replace("\n", "<br>"))
    o += ['<div class="text" id="text">'] + body(c) + ["</div>"] + afters(c) + ["</div>",
          '<div class="related"><h3>相關新聞</h3><ul><li><a href="#">…</a></li></ul></div>', "</div>",
          '<div class="bottom"><p>關于我們 | 聯系我們 | 網站地圖</p>'] + feet(c) + ["</div>", "</body>", "</html>"]
    return o


def shell_portal_en(c):
    o = head(c, "/static/css/article.css") + tops(c)
    o += ['<div class="topnav">Global Edition | ASIA | 中文 | 雙語 | Fran?ais</div>',
          '<div class="masthead"><a href="/">China Daily</a></div>',
          '<div class="crumb">%s</div>' % E(c["crumb"]), '<div class="lft_art">',
          '<h1>%s</h1>' % E(c["h1"]), '<div class="info"><span class="info_l">%s</span><span class="info_r">Share - WeChat</span></div>' % E(c["byline"]),
          '<div id="Content">'] + body(c) + ["</div>", "</div>", '<div class="footer"><p>Copyright. All rights reserved.</p></div>', "</body>", "</html>"]
    return o


def shell_govopen(c):
    o = head(c, "/images/xxgk.css")
    o += ['<div class="gov-head"><img src="/images/banner.jpg" alt=""></div>',
          '<div class="gov-nav"><a href="/">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>',
          '<div class="crumb">%s</div>' % E(c["crumb"]),
          '<table class="xxgk-meta"><tr><td>索引号:</td><td>—</td><td>主题分类:</td><td>文化、广电、新闻出版</td></tr></table>']
    if c.get("h1"):
        o.append('<h1 class="art-title">%s</h1>' % E(c["h1"]))
    if c.get("byline"):
        o.append('<div class="art-info">%s</div>' % E(c["byline"]))
    o += ['<div class="TRS_Editor">'] + body(c) + afters(c, "sign") + ["</div>",
          '<div class="gov-foot"><p>主办单位:本级人民政府办公室</p><p>网站标识码 政府网站找错</p></div>', "</body>", "</html>"]
    return o


def shell_paper(c):
    o = head(c, "/css/paper.css")
    o += ['<div class="paper-top">%s</div>' % E(c["crumb"]), '<div class="paper-main"><div class="paper-nav">第A版</div>',
          '<div class="article-content" id="ozoom">'] + body(c) + afters(c) + ["</div></div>",
          '<div class="paper-foot">数字报刊</div>', "</body>", "</html>"]
    return o


def shell_wp(c):
    o = head(c, "/wp-content/themes/newsroom/style.css")
    o += ['<header class="site-header"><a class="site-title" href="/">%s</a>' % E(site_of(c["url"])),
          '<nav class="main-nav"><a href="/">Home</a> <a href="#">%s</a></nav></header>' % E(c.get("crumb") or "News"),
          '<main id="main"><article class="post type-post">', '<header class="entry-header">']
    if c.get("h1"):
        o.append('<h1 class="entry-title">%s</h1>' % E(c["h1"]))
    if c.get("deck"):
        o.append('<p class="entry-excerpt">%s</p>' % E(c["deck"]))
    o += ["</header>", '<div class="entry-content">'] + body(c) + afters(c, "byline-end") + ["</div>", "</article></main>",
          '<footer class="site-footer"><p>&copy; All rights reserved.</p></footer>', "</body>", "</html>"]
    return o


SHELLS = {"vsb": shell_vsb, "portal": shell_portal, "portal_en": shell_portal_en, "govopen": shell_govopen,
          "paper": shell_paper, "wp": shell_wp}


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    for n, (c, hij) in enumerate([(c, True) for c in H] + [(c, False) for c in L], 1):
        rid = "rc44-%03d" % n
        text = "\n".join(truth_paras(c))
        data = ("\n".join(SHELLS[c["shell"]](c)) + "\n").encode(CS[c["enc"]])
        with open(os.path.join(HERE, "html", rid + ".html"), "wb") as f:
            f.write(data)
        rows.append(dict(id=rid, url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
                         text=text, hijacked=hij, injections=(c.get("inj") or []), spam_strings=(c.get("spam") or []),
                         legit=bool(c.get("legit", not hij)), lang=c["lang"], origin=c["origin"],
                         kind="rebuilt-from-text", site=site_of(c["url"]), capture="text", encoding=c["enc"]))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    src = ["# SOURCES — real-cases-v44", "",
           "Every page was found with the session's `search` tool (corpus `pages`, stored public web pages) on 2026-12-07.",
           "All are `capture: text`: the paragraphs and injected strings are verbatim from the stored capture; the HTML shell",
           "around them (header, nav, footer, class names, byline layout) is a reconstruction (`kind: rebuilt-from-text`) built",
           "by `build.py` from `cases_hijacked.py` / `cases_legit.py`. Captures are excerpt-length: a page holds only the",
           "captured paragraphs; cut-off last paragraphs and paragraphs holding mangled bytes are left out. URLs, hosts,",
           "registrable domains and spam strings were checked against every dev split (`../validate_v44.py`). No real site",
           "gave several usable pages, so every page is its own site (truth `site` = host without `www.`).", "",
           "| id | hijacked | legit | lang | enc | origin URL | what |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        src.append("| %s | %s | %s | %s | %s | %s | %s |" % (r["id"], str(r["hijacked"]).lower(), str(r["legit"]).lower(),
                                                         r["lang"], r["encoding"], r["url"], r["origin"].replace("|", "/")))
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(src) + "\n")
    print("%d pages" % len(rows))


if __name__ == "__main__":
    main()
