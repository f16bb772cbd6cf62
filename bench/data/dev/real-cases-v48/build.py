# -*- coding: utf-8 -*-
"""Build real-cases-v48 (keeper k48): html/<id>.html, truth.jsonl and SOURCES.md from cases_hijacked.py and
cases_legit.py. Deterministic: a re-run gives the same bytes. Paragraphs, headlines, bylines and injected strings are
verbatim captures (search corpus `pages`); the HTML around them is a reconstruction in thirteen shells written for this
split (yuan, yuan_tc, stream, portal, portal_tc, lotto, lotto_tw, epaper, blognews, jpnews, vnnews, printview,
gamingnews). Usage: python3 build.py [OUTDIR]  (default: this folder)."""
import html
import json
import os
import sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import H  # noqa: E402
from cases_legit import L  # noqa: E402

E = html.escape
FORMS = {
    "A": "betting brand standing for the institution's name",
    "B": "spam keyword line spliced into / set above a copied page",
    "C": "sold link in a copied page's friend-link block",
    "D": "simplified-script copy on an unrelated host (mirror)",
    "E": "traditional-script copy on an unrelated host (mirror)",
    "F": "character-spaced copy on an unrelated host (mirror)",
    "L": "legit report",
}
HTML_LANG = {"zh": "zh-CN", "en": "en", "id": "id", "vi": "vi"}
TC = {"yuan_tc", "portal_tc", "epaper", "lotto_tw"}


def site_of(u):
    h = urlsplit(u).hostname
    return h[4:] if h.startswith("www.") else h


def truth_text(c):
    out = []
    for i, p in enumerate(c["paras"]):
        for s in sorted(c.get("spam", []), key=len, reverse=True):
            p = p.replace(s, "")
        if i == 0 and c.get("skip_prefix") and p.startswith(c["skip_prefix"]):
            p = p[len(c["skip_prefix"]):]
        if c.get("strip_tail") and p.endswith(c["strip_tail"]):
            p = p[: -len(c["strip_tail"])]
        p = p.strip()
        if p:
            out.append(p)
    return "\n".join(out)


def figs(c, i, tag, cls):
    caps = (c.get("caps") or {}).get(i)
    if caps is None:
        return []
    out = []
    for k, cap in enumerate(caps.split("|")):
        src = "/upload/%s/p%d_%d.jpg" % (c["id"][-3:], i, k)
        if cap:
            out.append('<%s class="%s"><img src="%s" alt=""><br>%s</%s>' % (tag, cls, src, E(cap), tag))
        else:
            out.append('<%s class="%s"><img src="%s" alt=""></%s>' % (tag, cls, src, tag))
    return out


def paras(c, ptag="p", figtag="p", figcls="pic", indent=""):
    out = []
    for k, cap in enumerate(c.get("pre_caps") or []):
        out.append('%s<%s class="%s"><img src="/upload/%s/pre_%d.jpg" alt=""><br>%s</%s>'
                   % (indent, figtag, figcls, c["id"][-3:], k, E(cap), figtag))
    for i, p in enumerate(c["paras"]):
        out.append("%s<%s>%s</%s>" % (indent, ptag, E(p), ptag))
        out += [indent + f for f in figs(c, i, figtag, figcls)]
    return out


def byline(c, sep="&nbsp;&nbsp;"):
    items = []
    for lab, val in c.get("byline") or []:
        items.append(E(val) if not lab else "%s:%s" % (E(lab), E(val)))
    return sep.join(items)


def credit_lines(c, tag="p", cls="credit"):
    if not c.get("credit"):
        return []
    return ['<%s class="%s">%s</%s>' % (tag, cls, E(x), tag) for x in c["credit"].split("|")]


def head(c, css, extra=""):
    lang = HTML_LANG[c["lang"]]
    if c["lang"] == "zh" and c["shell"] in TC:
        lang = "zh-Hant"
    return ['<!DOCTYPE html>', '<html lang="%s">' % lang, "<head>",
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % c["enc"],
            "<title>%s</title>" % E(c["ptitle"]),
            '<link type="text/css" rel="stylesheet" href="%s">' % css] + ([extra] if extra else []) + ["</head>"]


def tops(c, cls):
    return ['<div class="%s">%s</div>' % (cls, E(t)) for t in c.get("top") or []]


# ---------------------------------------------------------------- shells
def sh_yuan(c, tc=False):
    nav = c.get("nav") or (["首頁", "學院概況", "新聞中心", "教學科研", "黨群工作", "聯系我們"] if tc else
                           ["首页", "学院概况", "新闻中心", "教学科研", "党群工作", "联系我们"])
    o = head(c, "/_css/yuan%s.css" % ("_tc" if tc else ""))
    o += ['<body class="yuan-body">'] + tops(c, "yx-strip")
    o += ['<div id="yx-head">', '  <div class="yx-logo"><a href="/">%s</a></div>' % E(c["site_name"]),
          '  <ul class="yx-nav">'] + ['    <li><a href="/c%d/list.htm">%s</a></li>' % (i + 11, E(n)) for i, n in enumerate(nav)]
    o += ["  </ul>", "</div>", '<div id="yx-main">']
    if c.get("crumbs"):
        o.append('  <div class="yx-pos">%s</div>' % " &gt;&gt; ".join(E(x) for x in c["crumbs"]))
    o.append('  <div class="yx-art">')
    if c.get("title"):
        o.append('    <h2 class="yx-tit">%s</h2>' % E(c["title"]))
    if c.get("byline"):
        if c.get("byline_ol"):
            o.append('    <ol class="yx-meta">' + "".join("<li>%s:%s</li>" % (E(a), E(b)) for a, b in c["byline"]) + "</ol>")
        else:
            o.append('    <div class="yx-meta">%s</div>' % byline(c))
    o.append('    <div class="yx-con" id="vsb_content">')
    o += paras(c, indent="      ", figcls="yx-img")
    o += ["      " + x for x in credit_lines(c, cls="yx-author")]
    o.append("    </div>")
    if c.get("close"):
        o.append('    <div class="yx-close"><a href="javascript:window.close()">关闭</a></div>')
    o += ["  </div>", "</div>", '<div id="yx-foot">',
          "  <p>%s</p>" % ("版權所有 &copy; %s" % E(c["site_name"]) if tc else "版权所有 &copy; %s" % E(c["site_name"])),
          "</div>", "</body>", "</html>"]
    return o


def sh_stream(c):
    o = head(c, "/static/live/main.css")
    o += ['<body>', '<header class="lv-top"><a class="lv-brand" href="/">%s</a>' % E(c["site_name"]),
          '<nav><a href="/nba/">NBA</a> <a href="/zuqiu/">足球</a> <a href="/yuyanzhibo/shijiebeizhibo/">世界杯</a> <a href="/luxiang/">录像</a></nav></header>',
          '<main class="lv-wrap">', '<article class="lv-news">', '<h1>%s</h1>' % E(c["title"]),
          '<time class="lv-date">%s</time>' % byline(c), '<div class="lv-text">']
    o += paras(c)
    o += ["</div>", "</article>", '<aside class="lv-side"><h3>热门直播</h3><ul><li>英超</li><li>西甲</li><li>CBA</li></ul></aside>',
          "</main>", '<footer class="lv-foot">%s</footer>' % E(c["site_name"]), "</body>", "</html>"]
    return o


def sh_portal(c, tc=False):
    o = head(c, "/templets/portal/%s.css" % ("big" if tc else "gb"))
    o += ["<body>"] + tops(c, "pt-kw")
    o += ['<table class="pt-head" width="1000" align="center"><tr>',
          '<td class="pt-logo"><a href="/">%s</a></td>' % E(c["site_name"])]
    o += ['<td class="pt-under">%s</td>' % "<br>".join(E(x) for x in c.get("under") or [])]
    o += ["</tr></table>", '<table class="pt-body" width="1000" align="center"><tr><td>']
    if c.get("crumbs"):
        o.append('<div class="pt-crumb">%s</div>' % " &gt; ".join(E(x) for x in c["crumbs"]))
    if c.get("title"):
        o.append('<h1 class="pt-h1">%s</h1>' % E(c["title"]))
    if c.get("byline"):
        o.append('<div class="pt-info">%s</div>' % byline(c, "&nbsp;&nbsp;&nbsp;"))
    if c.get("kw"):
        o.append('<div class="pt-kw-row">%s</div>' % E(c["kw"]))
    o.append('<div class="pt-content">')
    o += paras(c, figcls="pt-pic")
    o += credit_lines(c, cls="pt-editor")
    o.append("</div>")
    if c.get("links"):
        o += ['<div class="pt-links"><b>%s</b>' % ("友情鏈接:" if tc else "友情链接:"), "<ul>"]
        o += ['<li><a href="http://link%d.example/" target="_blank">%s</a></li>' % (i + 1, E(x)) for i, x in enumerate(c["links"])]
        o += ["</ul>", "</div>"]
    o.append("</td></tr></table>")
    foot = c.get("foot") or [("版權所有 " if tc else "版权所有 ") + c["site_name"]]
    o += ['<div class="pt-foot">'] + ["<p>%s</p>" % E(x) for x in foot]
    o += ["</div>", "</body>", "</html>"]
    return o


def sh_lotto(c):
    o = head(c, "/css/tcw2019.css")
    o += ["<body>", '<div class="tc-slogan">%s</div>' % E(c.get("slogan", "")),
          '<div class="tc-logo"><h1><a href="/">%s</a></h1></div>' % E(c["site_name"]),
          '<div class="tc-menu"><a href="/">首页</a>|<a href="/html/kjgg/">开奖公告</a>|<a href="/html/gyty/">公益体彩</a>|<a href="/html/jhly/">精彩内容</a>|<a href="/html/wdcx/">网点查询</a></div>',
          '<div class="tc-box">', '<div class="tc-where">%s</div>' % " &gt; ".join(E(x) for x in c["crumbs"]),
          '<h2 class="tc-t">%s</h2>' % E(c["title"]), '<div class="tc-i">%s</div>' % byline(c, " "), '<div class="tc-c">']
    o += paras(c, figcls="tc-p")
    o += ["</div>", "</div>", '<div class="tc-ft">理性购彩 量力而行 | 不向未成年人销售彩票</div>', "</body>", "</html>"]
    return o


def sh_lotto_tw(c):
    o = head(c, "/style/lotto.css")
    o += ["<body>", '<div id="lt-top"><img src="/images/logo.gif" alt="%s"></div>' % E(c["site_name"]),
          '<div id="lt-menu"><a href="/">首頁</a> <a href="/result.htm">開獎號碼</a> <a href="/news.htm">最新消息</a> <a href="/welfare.htm">愛心公益</a></div>',
          '<table id="lt-tb" width="760" cellpadding="6"><tr><td class="lt-cell">',
          '<div class="lt-pos">%s</div>' % " ＞ ".join(E(x) for x in c["crumbs"])]
    o += paras(c)
    o += ["</td></tr></table>", '<div id="lt-ft">未滿十八歲者不得購買或兌領彩券</div>', "</body>", "</html>"]
    return o


def sh_epaper(c):
    o = head(c, "/css/epaper.css")
    o += ["<body>", '<table class="ep-bar" width="100%"><tr>',
          '<td class="ep-name">%s</td>' % E(c["site_name"]),
          '<td class="ep-ed">%s 上一版3&nbsp;&nbsp;4下一版</td>' % E(c["edition"]),
          '<td class="ep-date">當前報紙日期:%s</td>' % E(c["paperdate"]), "</tr></table>",
          '<table width="100%"><tr><td class="ep-left" valign="top">', '<div class="ep-toc-t">本版標題導航</div>', "<ul>"]
    o += ["<li>%s</li>" % E(x) for x in c["toc"]]
    o += ["</ul>", '</td><td class="ep-right" valign="top">', '<div class="ep-kicker">%s</div>' % E(c["kicker"]),
          '<div class="ep-deck">%s</div>' % E(c["deck"]), '<h1 class="ep-title">%s</h1>' % E(c["title"]),
          '<div class="ep-text">']
    o += paras(c)
    o += ["</div>", "</td></tr></table>", '<div class="ep-foot">[ 設為首頁 ] | [ 返回主頁 ]</div>', "</body>", "</html>"]
    return o


def sh_blognews(c):
    o = head(c, "/wp-content/themes/newsberita/style.css")
    o += ['<body class="single single-post">', '<header id="masthead"><p class="site-title"><a href="/" rel="home">%s</a></p>' % E(c["site_name"]),
          '<nav class="main-navigation"><ul>' + "".join('<li><a href="/label/%s">%s</a></li>' % (x.lower(), E(x)) for x in c["crumbs"]) + "</ul></nav></header>",
          '<div id="content"><article class="post hentry">', '<div class="entry-content">']
    o += paras(c)
    o += credit_lines(c, cls="has-text-align-right")
    o += ["</div>", "</article></div>", '<footer id="colophon"><div class="site-info">&copy; %s</div></footer>' % E(c["site_name"]),
          "</body>", "</html>"]
    return o


def sh_jpnews(c):
    o = head(c, "/assets/jp/desktop.css")
    o += ["<body>", '<div class="jp-date">%s</div>' % E(c["today"]),
          '<div class="jp-logo"><a href="/">%s</a></div>' % E(c["site_name"]),
          '<div class="jp-cat">%s</div>' % E(c["crumbs"][0]), '<h1 class="jp-title">%s</h1>' % E(c["title"]),
          '<div class="jp-body">']
    o += paras(c)
    o += ["</div>", '<div class="jp-foot">Jawa Pos Group</div>', "</body>", "</html>"]
    return o


def sh_vnnews(c):
    o = head(c, "/css/detail.css")
    o += ["<body>", '<div class="vn-top"><a href="/" class="vn-logo">%s</a></div>' % E(c["site_name"]),
          '<div class="vn-cat">%s</div>' % E(c["crumbs"][0]), '<div class="vn-detail">']
    if c.get("title"):
        o.append('<h1 class="vn-title">%s</h1>' % E(c["title"]))
    if c.get("topfig"):
        o.append('<figure class="vn-fig"><img src="/img/%s_top.jpg" alt=""><figcaption>%s</figcaption></figure>' % (c["id"][-3:], E(c["topfig"])))
    o.append('<div class="vn-body">')
    body = paras(c, figtag="figure", figcls="vn-fig")
    if c.get("sapo"):
        body.insert(0, '<p class="vn-sapo"><strong>%s</strong></p>' % E(c["sapo"]))
        if c.get("byline"):
            body.insert(1, '<p class="vn-author">%s</p>' % byline(c))
    o += body
    o += credit_lines(c, cls="vn-note")
    o += ["</div>", "</div>", '<div class="vn-foot">&copy; %s</div>' % E(c["site_name"]), "</body>", "</html>"]
    return o


def sh_printview(c):
    o = head(c, "/wp-content/plugins/print/print.css")
    o += ['<body class="print">', '<p class="pv-site">%s</p>' % E(c["site_name"]), '<h1 class="pv-title">%s</h1>' % E(c["title"]),
          '<div class="pv-entry">', '<p><em>%s</em></p>' % byline(c)]
    o += paras(c)
    o += ['<p><a href="https://www.reviewjournal.com/">%s</a></p>' % E(c["more"]), "</div>", "</body>", "</html>"]
    return o


def sh_gamingnews(c):
    o = head(c, "/css/usap.css")
    o += ["<body>", '<div class="up-notice">%s</div>' % E(c["notice"]),
          '<div class="up-logo"><a href="/">%s</a></div>' % E(c["site_name"]),
          '<div class="up-article">', '<h1>%s</h1>' % E(c["title"]), '<div class="up-meta">%s</div>' % byline(c)]
    o += paras(c)
    o += ["</div>", '<div class="up-foot">Gamble responsibly.</div>', "</body>", "</html>"]
    return o


SHELLS = {
    "yuan": sh_yuan, "yuan_tc": lambda c: sh_yuan(c, True), "stream": sh_stream, "portal": sh_portal,
    "portal_tc": lambda c: sh_portal(c, True), "lotto": sh_lotto, "lotto_tw": sh_lotto_tw, "epaper": sh_epaper,
    "blognews": sh_blognews, "jpnews": sh_jpnews, "vnnews": sh_vnnews, "printview": sh_printview,
    "gamingnews": sh_gamingnews,
}


def text_of(c):
    t = truth_text(c)
    if c.get("sapo"):
        t = c["sapo"] + "\n" + t
    return t


def record(c, hijacked):
    return {
        "id": c["id"], "url": c["url"], "title": c.get("t_title"), "date": c.get("t_date"),
        "source": c.get("t_source"), "author": c.get("t_author"), "text": text_of(c),
        "hijacked": hijacked, "injections": c.get("injections", []) if hijacked else [],
        "spam_strings": c.get("spam", []) if hijacked else [],
        "legit": (not hijacked) or bool(c.get("legit")), "lang": c["lang"], "origin": c["origin"],
        "kind": "rebuilt-from-text", "site": site_of(c["url"]), "capture": "text", "encoding": c["enc"],
    }


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    recs = []
    rows = []
    for c, hij in [(c, True) for c in H] + [(c, False) for c in L]:
        page = "\n".join(SHELLS[c["shell"]](c)) + "\n"
        data = page.encode(c["enc"])  # strict: a character the charset lacks is an error
        with open(os.path.join(out, "html", c["id"] + ".html"), "wb") as f:
            f.write(data)
        r = record(c, hij)
        recs.append(r)
        form = FORMS[c.get("form", "L")]
        rows.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["id"], str(r["hijacked"]).lower(), str(r["legit"]).lower(), r["lang"], r["encoding"], form, r["url"],
            r["origin"].replace("|", "/")))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    src = ["# SOURCES — real-cases-v48", "",
           "Every page was found with the session's `search` tool (corpus `pages`, stored public web pages) on 2026-12-07.",
           "All are `capture: text`: paragraphs, headlines, bylines and injected strings are verbatim from the stored capture;",
           "the HTML shell around them (masthead, nav, footer, class names, byline layout) is a reconstruction",
           "(`kind: rebuilt-from-text`) made by `build.py` from `cases_hijacked.py` / `cases_legit.py`. Captures are",
           "excerpt-length: a page holds only the captured paragraphs; cut-off paragraphs are left out. No code was taken from",
           "any repository. Hosts, registrable domains and spam strings were checked against every dev split",
           "(`../validate_v48.py`). No real site gave several usable pages, so every page is its own site (truth `site` = host",
           "without `www.`).", "",
           "| id | hijacked | legit | lang | enc | form | origin URL | what |", "|---|---|---|---|---|---|---|---|"] + rows
    with open(os.path.join(out, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(src) + "\n")


if __name__ == "__main__":
    main()
