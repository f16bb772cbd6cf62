# -*- coding: utf-8 -*-
"""Build real-cases-v46 (keeper k46): html/<id>.html + truth.jsonl + SOURCES.md from cases_hijacked.py and
cases_legit.py. Deterministic (a re-run gives the same bytes). Paragraphs, headlines, bylines and injected strings are
verbatim captures; the HTML around them is a reconstruction in ten shells written for this split (campus, campus_tc,
campus_en, portal, portal_tc, corp, gov, bbs, archive, wpnews)."""
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
TC_SHELLS = {"campus_tc", "portal_tc", "bbs", "archive"}


def host_of(u):
    return urlsplit(u).hostname


def site_of(u):
    h = host_of(u)
    return h[4:] if h.startswith("www.") else h


def text_paras(c):
    idx = c.get("text_paras")
    paras = [p for i, p in enumerate(c["paras"]) if idx is None or i in idx]
    out = []
    for p in paras:
        for s in sorted(c.get("spam", []), key=len, reverse=True):
            p = p.replace(s, "")
        p = EMOJI.sub("", p).strip()
        if p:
            out.append(p)
    return out


def html_lang(c):
    if c["lang"] == "zh" and c["shell"] in TC_SHELLS:
        return "zh-TW"
    return LANG[c["lang"]]


def head(c, css):
    t = c.get("ptitle") or c["site_name"]
    return ['<!DOCTYPE html>', '<html lang="%s">' % html_lang(c), '<head>',
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % c["enc"],
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<title>%s</title>' % E(t), '<link rel="stylesheet" href="%s">' % css, '</head>', '<body>']


def tops(c):
    return ['<div class="kx-top">%s</div>' % E(t) for t in c.get("top", [])]


def body(c, ptag="p", cls=None):
    out = []
    caps = c.get("captions") or {}
    lst = set(c.get("list_paras") or [])
    open_list = False
    a = ' class="%s"' % cls if cls else ""
    for i, p in enumerate(c["paras"]):
        if i in caps:
            out.append('<div class="kx-fig"><img src="/uploads/img_%d.jpg" alt=""><span>%s</span></div>' % (i, E(caps[i])))
        if i in lst:
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append("<li>%s</li>" % E(p))
            continue
        if open_list:
            out.append("</ul>")
            open_list = False
        out.append("<%s%s>%s</%s>" % (ptag, a, E(p), ptag))
    if open_list:
        out.append("</ul>")
    n = len(c["paras"])
    if n in caps:
        out.append('<div class="kx-fig"><span>%s</span></div>' % E(caps[n]))
    for x in c.get("after", []):
        out.append('<p class="kx-credit">%s</p>' % E(x))
    return out


def byline_zh(c, sep="&nbsp;&nbsp;"):
    bits = []
    if c.get("date_shown"):
        bits.append("<span>%s</span>" % E(c["date_shown"]))
    if c.get("source_shown"):
        bits.append("<span>%s</span>" % E(c["source_shown"]))
    if c.get("author_shown"):
        bits.append("<span>%s</span>" % E(c["author_shown"]))
    if c.get("extra_meta"):
        bits.append("<span>%s</span>" % E(c["extra_meta"]))
    return ['<div class="kx-info">%s</div>' % sep.join(bits)] if bits else []


def headlines(c, tag="h1"):
    out = []
    if c.get("headline"):
        out.append("<%s>%s</%s>" % (tag, E(c["headline"]), tag))
    if c.get("headline2"):
        out.append('<div class="kx-sub">%s</div>' % E(c["headline2"]))
    return out


def foot_zh(c, extra=""):
    return ['<div class="kx-foot">', '<p>版权所有:%s %s</p>' % (E(c["site_name"]), extra), '</div>', '</body>', '</html>']


def shell_campus(c):
    o = head(c, "/static/css/k-main.css") + tops(c)
    o += ['<div class="kx-banner"><div class="kx-logo">%s</div>' % E(c["site_name"]),
          '<ul class="kx-menu"><li><a href="/">首页</a></li><li><a href="/xwzx.htm">新闻中心</a></li><li><a href="/tzgg.htm">通知公告</a></li><li><a href="/djgz.htm">党建工作</a></li><li><a href="/xsgz.htm">学生工作</a></li></ul></div>',
          '<div class="kx-wrap"><div class="kx-pos">当前位置:%s</div>' % E(c["crumb"]), '<div class="kx-article">']
    o += headlines(c) + byline_zh(c) + ['<div class="kx-content">'] + body(c) + ['</div>', '</div></div>']
    return o + foot_zh(c, "地址:校本部行政楼")


def shell_campus_tc(c):
    o = head(c, "/css/style_tc.css") + tops(c)
    o += ['<header class="kx-hd"><div class="kx-name">%s</div>' % E(c["site_name"]),
          '<nav><a href="/">首頁</a> | <a href="/xwdt/">新聞動態</a> | <a href="/tzgg/">通知公告</a> | <a href="/xygk/">學院概況</a></nav></header>',
          '<main><p class="kx-pos">%s</p><article>' % E(c["crumb"])]
    o += headlines(c, "h2") + byline_zh(c) + ['<section class="kx-content">'] + body(c) + ['</section></article></main>']
    return o + ['<footer class="kx-foot"><p>版權所有:%s</p></footer>' % E(c["site_name"]), '</body>', '</html>']


def shell_campus_en(c):
    o = head(c, "/_css/en_site.css") + tops(c)
    o += ['<div class="kx-top-bar"><span class="kx-name">%s</span> <a href="/">中文</a></div>' % E(c["site_name"]),
          '<div class="kx-nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About</a> <a href="/research/">Research</a></div>',
          '<div class="kx-pos">%s</div>' % E(c["crumb"]), '<div class="kx-article">']
    o += headlines(c) + byline_zh(c, sep="") + ['<div class="kx-content">'] + body(c) + ['</div>', '</div>']
    return o + ['<div class="kx-foot">Copyright © %s</div>' % E(c["site_name"]), '</body>', '</html>']


def shell_portal(c):
    o = head(c, "/assets/portal.css") + tops(c)
    o += ['<div class="kx-head"><a class="kx-brand" href="/">%s</a>' % E(c["site_name"]),
          '<div class="kx-channels"><a href="/">要闻</a><a href="/">时事</a><a href="/">财经</a><a href="/">体育</a><a href="/">教育</a></div></div>',
          '<div class="kx-main"><div class="kx-crumb">%s</div>' % E(c["crumb"])]
    o += headlines(c) + byline_zh(c) + ['<div class="kx-text">'] + body(c) + ['</div>']
    o += ['<div class="kx-related"><h4>相关推荐</h4></div>', '</div>']
    return o + foot_zh(c)


def shell_portal_tc(c):
    o = head(c, "/static/css/news_tc.css") + tops(c)
    o += ['<div class="kx-head"><a class="kx-brand" href="/">%s</a>' % E(c["site_name"]),
          '<div class="kx-channels"><a href="/">首頁</a><a href="/">要聞</a><a href="/">社會</a><a href="/">體育</a><a href="/">國際</a></div></div>',
          '<div class="kx-main"><div class="kx-crumb">%s</div>' % E(c["crumb"])]
    o += headlines(c) + byline_zh(c) + ['<div class="kx-text">'] + body(c) + ['</div>', '</div>']
    return o + ['<div class="kx-foot"><p>%s 版權所有</p></div>' % E(c["site_name"]), '</body>', '</html>']


def shell_corp(c):
    o = head(c, "/template/default/css/main.css") + tops(c)
    o += ['<div class="kx-corp-top"><div class="kx-logo">%s</div>' % E(c["site_name"]),
          '<ul class="kx-menu"><li><a href="/">网站首页</a></li><li><a href="/about/">关于我们</a></li><li><a href="/xinwenzixun/">新闻资讯</a></li><li><a href="/contact/">联系我们</a></li></ul></div>',
          '<div class="kx-wrap"><div class="kx-side"><h3>新闻资讯</h3><ul><li><a href="/xinwenzixun/gongsixinwen/">公司新闻</a></li><li><a href="/xinwenzixun/xingyezixun/">行业资讯</a></li></ul></div>',
          '<div class="kx-detail"><div class="kx-pos">您的位置:%s</div>' % E(c["crumb"])]
    o += headlines(c) + byline_zh(c) + ['<div class="kx-content">'] + body(c) + ['</div>', '</div></div>']
    return o + foot_zh(c, "技术支持:网站建设")


def shell_gov(c):
    o = head(c, "/images/gov_css.css") + tops(c)
    o += ['<table class="kx-top-table" width="100%"><tr><td class="kx-name">' + E(c["site_name"]) + '</td></tr></table>',
          '<div class="kx-nav"><a href="/">首页</a> <a href="/jwdt/">工作动态</a> <a href="/tzgg/">通知公告</a> <a href="/bsfw/">办事服务</a></div>',
          '<div class="kx-pos">%s</div>' % E(c["crumb"]), '<div class="kx-article">']
    o += headlines(c) + byline_zh(c) + ['<div class="kx-content">'] + body(c) + ['</div>', '</div>']
    return o + foot_zh(c, "主办单位")


def shell_bbs(c):
    o = head(c, "/Themes/default/print.css") + tops(c)
    o += ['<h1 class="kx-forum">%s</h1>' % E(c["site_name"]), '<div class="kx-linktree">%s</div>' % E(c["crumb"]),
          '<hr>', '<div class="kx-post-subject">%s</div>' % E(c["post_subject"]),
          '<div class="kx-post-by">%s</div>' % E(c["post_by"]), '<hr>', '<div class="kx-post">']
    o += ['<div class="kx-quote-title">%s</div>' % E(c["headline"])]
    o += ['<div class="kx-quote-by">%s</div>' % E(c["date_shown"])] if c.get("date_shown") else []
    o += body(c, "div", "kx-line") + ['</div>', '<hr>', '<div class="kx-copy">SMF</div>', '</body>', '</html>']
    return o


def shell_archive(c):
    o = head(c, "/ndap/css/query.css") + tops(c)
    o += ['<div class="kx-db">%s</div>' % E(c["site_name"]), '<div class="kx-pos">%s</div>' % E(c["crumb"]),
          '<table class="kx-rec"><tr><td class="kx-rec-title">%s</td></tr>' % E(c["headline"]),
          '<tr><td class="kx-rec-date">%s</td></tr>' % E(c["date_shown"]), '<tr><td class="kx-rec-body">']
    o += body(c) + ['</td></tr></table>', '<div class="kx-foot">資料庫檢索系統</div>', '</body>', '</html>']
    return o


def shell_wpnews(c):
    o = head(c, "/wp-content/themes/kx-news/style.css") + tops(c)
    o += ['<header class="kx-site-header"><p class="kx-site-title"><a href="/">%s</a></p></header>' % E(c["site_name"]),
          '<nav class="kx-breadcrumb">%s</nav>' % E(c["crumb"]), '<article class="kx-post">']
    o += headlines(c, "h1") + byline_zh(c, sep=" ") + ['<div class="kx-entry-content">'] + body(c)
    for r in c.get("related", []):
        o.append('<p class="kx-related-link"><a href="#">%s</a></p>' % E(r))
    o += ['</div>', '</article>', '<footer class="kx-site-footer">© %s</footer>' % E(c["site_name"]), '</body>', '</html>']
    return o


SHELLS = {"campus": shell_campus, "campus_tc": shell_campus_tc, "campus_en": shell_campus_en, "portal": shell_portal,
          "portal_tc": shell_portal_tc, "corp": shell_corp, "gov": shell_gov, "bbs": shell_bbs, "archive": shell_archive,
          "wpnews": shell_wpnews}


def truth(cid, c, hijacked):
    return {
        "id": cid, "url": c["url"], "title": c.get("title"), "date": c.get("date"), "source": c.get("source"),
        "author": c.get("author"), "text": "\n".join(text_paras(c)), "hijacked": hijacked,
        "injections": list(c.get("injections", [])) if hijacked else [],
        "spam_strings": list(c.get("spam", [])) if hijacked else [],
        "legit": bool(c.get("legit")) if hijacked else True, "lang": c["lang"], "origin": c["origin"],
        "kind": "rebuilt-from-text", "site": site_of(c["url"]), "capture": "text", "encoding": c["enc"],
    }


def main():
    out_html = os.path.join(HERE, "html")
    os.makedirs(out_html, exist_ok=True)
    for f in os.listdir(out_html):
        os.remove(os.path.join(out_html, f))
    rows = []
    cases = [(c, True) for c in H] + [(c, False) for c in L]
    for n, (c, hij) in enumerate(cases, 1):
        cid = "rc46-%03d" % n
        page = "\n".join(SHELLS[c["shell"]](c)) + "\n"
        data = page.encode(c["enc"], errors="strict")
        with open(os.path.join(out_html, cid + ".html"), "wb") as fh:
            fh.write(data)
        rows.append(truth(cid, c, hij))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    src = ["# SOURCES — real-cases-v46", "",
           "Every page was found with the session's `search` tool (corpus `pages`, stored public web pages) on 2026-12-07.",
           "All are `capture: text`: the paragraphs, headlines, bylines and injected strings are verbatim from the stored",
           "capture; the HTML shell around them (masthead, nav, footer, class names, byline layout) is a reconstruction",
           "(`kind: rebuilt-from-text`) made by `build.py` from `cases_hijacked.py` / `cases_legit.py`. Captures are",
           "excerpt-length: a page holds only the captured paragraphs; cut-off paragraphs are left out. URLs, hosts,",
           "registrable domains and spam strings were checked against every dev split (`../validate_v46.py`) and, at",
           "collection, against the hosts of the dev-* extraction sets and /work/shared/corpus. No real site gave several",
           "usable pages, so every page is its own site (truth `site` = host without `www.`).", "",
           "| id | hijacked | legit | lang | enc | form | origin URL | what |", "|---|---|---|---|---|---|---|---|"]
    for (c, hij), r in zip(cases, rows):
        form = c.get("form", "legit report") if hij else "legit report"
        src.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["id"], str(r["hijacked"]).lower(), str(r["legit"]).lower(), r["lang"], r["encoding"], form, r["url"],
            r["origin"].replace("|", "/")))
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(src) + "\n")
    print("built %d pages" % len(rows))


if __name__ == "__main__":
    main()
