# -*- coding: utf-8 -*-
"""Build real-cases-v42: html/<id>.html + truth.jsonl + SOURCES.md from cases_hijacked.py / cases_legit.py.
Deterministic (re-running gives the same bytes). The text and injected strings are verbatim captures;
the HTML around them is a reconstruction in a few shells."""
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
JUNK = {
    "exnmd": ['<rp id="exnmd"><video id="exnmd"></video></rp>',
              '<ol id="exnmd"><strong id="exnmd"><td id="exnmd"></td></strong></ol>',
              '<ul><li><address id="exnmd"></address>', '<rp id="exnmd"></rp>',
              '<u id="exnmd"><option id="exnmd"></option></u></li>', '<li><cite id="exnmd"></cite></li></ul>'],
    "aicku": ['<ul><li><s id="aicku"></s>', '<sup id="aicku"><thead id="aicku"></thead></sup></li></ul>'],
}
LANG = {"zh": "zh-CN", "en": "en", "id": "id"}


def host_of(u):
    return urlsplit(u).hostname


def site_of(u):
    h = host_of(u)
    return h[4:] if h.startswith("www.") else h


def body_paras(c, pcls="p"):
    shown = c.get("shown") or c["paras"]
    caps = c.get("captions") or {}
    ra = c.get("readalso")
    out = []
    for i, p in enumerate(shown):
        if i in caps:
            out.append('<div class="pic"><span class="pic-cap">%s</span></div>' % E(caps[i]))
        if ra and ra[0] == i:
            out.append('<p class="baca"><a href="#">%s</a></p>' % E(ra[1]))
        out.append("<%s>%s</%s>" % (pcls, E(p), pcls))
    return out


def head(c, ptitle, extra_css):
    cs = {"gbk": "gbk", "gb18030": "gb18030"}.get(c["encoding"], "utf-8")
    return ['<!DOCTYPE html>', '<html lang="%s">' % LANG[c["lang"]], "<head>",
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs,
            "<title>%s</title>" % E(ptitle),
            '<link rel="stylesheet" href="%s">' % extra_css, "</head>", "<body>"]


def page(c):
    sh = c["shell"]
    host = host_of(c["url"])
    sn = c.get("site_name")
    title = c["title"]
    ptitle = c.get("ptitle") or (title + (" - " + sn if sn else "") if title else (sn or host))
    o = head(c, ptitle, "/css/%s.css" % sh)
    if c.get("junk"):
        o += JUNK[c["junk"]]
    if c.get("top") and sh not in ("equip",):
        o.append('<div class="hdline">%s</div>' % E(c["top"]))
    h1 = c.get("h1") or title
    if sh == "bare":
        o.append('<div class="wrap"><div class="art">')
        if h1:
            o.append("<h1>%s</h1>" % E(h1))
        if c.get("byline"):
            o.append('<div class="tm">%s</div>' % E(c["byline"]))
        o += body_paras(c)
        if c.get("tail"):
            o.append('<div class="zb">%s</div>' % E(c["tail"]))
        o.append("</div></div>")
    elif sh == "school":
        o.append('<div class="top-bar">%s</div>' % E(c.get("masthead") or sn or ""))
        o.append('<div class="banner"><a href="/">%s</a></div>' % E(sn or ""))
        o.append('<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk.htm">学校概况</a></li>'
                 '<li><a href="/xwzx.htm">新闻中心</a></li><li><a href="/jxky.htm">教学科研</a></li></ul>')
        if c.get("crumb"):
            o.append('<div class="dqwz">当前位置: %s</div>' % " &gt; ".join(E(x) for x in c["crumb"]))
        o.append('<div class="main"><div class="lm">%s</div><div class="content">' % E(c.get("column") or ""))
        o.append('<h2 class="tit">%s</h2>' % E(h1))
        if c.get("byline"):
            o.append('<div class="fbsj">%s</div>' % E(c["byline"]))
        o.append('<div class="v_news_content">')
        o += body_paras(c)
        o.append("</div></div></div>")
        o.append('<div class="foot">版权所有 &copy; %s</div>' % E(sn or ""))
    elif sh == "caishen":
        o.append('<div class="share">点击右上角微信好友 朋友圈 请使用浏览器分享功能进行分享</div>')
        if c.get("reading"):
            o.append('<div class="reading">%s</div>' % E(c["reading"]))
        if c.get("crumb"):
            o.append('<div class="crumb">%s</div>' % "&gt;".join(E(x) for x in c["crumb"]))
        o.append('<div class="article"><h1 class="h-title">%s</h1>' % E(c["farm_h1"]))
        o.append('<div class="h-info">%s</div>' % E(c["byline"]))
        o.append('<div class="lead">%s</div>' % E(c["farm_sub"]))
        o.append('<h2 class="sub">%s</h2>' % E(title))
        o.append('<div id="detail">')
        o += body_paras(c)
        o.append("</div>")
        if c.get("trailer"):
            o.append('<div class="more"><h3>%s</h3><p>%s</p></div>' % (E(c["trailer"][0]), E(c["trailer"][1])))
        o.append("</div>")
    elif sh in ("cnsold", "cnsnew"):
        o.append('<table class="topbar"><tr><td class="logo">%s</td><td class="chan">%s</td></tr></table>'
                 % (E(c.get("masthead") or ""), E(c.get("chan") or "")))
        if c.get("crumbtext"):
            o.append('<div class="local">%s</div>' % E(c["crumbtext"]))
        o.append('<div class="zt">【放大字體】 【縮小字體】</div>')
        o.append('<div class="left_zw"><h1 class="bt">%s</h1>' % E(h1))
        if c.get("byline"):
            o.append('<div class="left-t">%s</div>' % E(c["byline"]))
        o += body_paras(c)
        if c.get("notice"):
            o.append('<div class="bq">%s</div>' % E(c["notice"]))
        o.append("</div>")
    elif sh == "xinhua":
        o.append('<div class="header"><span class="logo">%s</span> <span class="zw">%s</span></div>'
                 % (E(c["masthead"]), E(c.get("column") or "")))
        o.append('<div class="h-title">%s</div>' % E(h1))
        o.append('<div class="h-info"><span class="h-time">%s</span></div>' % E(c["byline"]))
        o.append('<div class="h-share">%s</div>' % E(c.get("share") or ""))
        o.append('<div id="p-detail">')
        o += body_paras(c)
        o.append("</div>")
    elif sh == "equip":
        o.append('<div class="toplogin">%s</div>' % E(c["masthead"]))
        o.append('<div class="hdline">%s</div>' % E(c["top"]))
        o.append('<div class="topic"><a href="#">%s</a></div>' % E(c.get("column") or ""))
        o.append('<div class="newsview"><h1>%s</h1><div class="info">%s</div><div class="newscon">' % (E(h1), E(c["byline"])))
        o += body_paras(c)
        o.append("</div></div>")
    elif sh == "portal":
        if c.get("masthead"):
            o.append('<div class="masthead">%s</div>' % E(c["masthead"]))
        if c.get("nav"):
            o.append('<div class="topnav">%s</div>' % E(c["nav"]))
        if c.get("crumbtext"):
            o.append('<div class="position">%s</div>' % E(c["crumbtext"]))
        o.append('<div class="article"><h1>%s</h1>' % E(h1))
        if c.get("subtitle"):
            o.append('<h2 class="fbt">%s</h2>' % E(c["subtitle"]))
        if c.get("byline"):
            o.append('<div class="arc-info">%s</div>' % E(c["byline"]))
        o.append('<div class="arc-body">')
        o += body_paras(c)
        o.append("</div>")
        if c.get("keywords"):
            o.append('<div class="keys">%s</div>' % E(c["keywords"]))
        if c.get("related"):
            o.append('<div class="xgyd"><h4>相關閱讀</h4><p>%s</p></div>'
                     % "| ".join('<a href="/%d.html">%s</a>' % (i + 1, E(x)) for i, x in enumerate(c["related"])))
        o.append("</div>")
    elif sh == "roll":
        o.append('<div class="lanmu">%s</div>' % E(c["column"]))
        o.append('<div class="detail"><h1>%s</h1><div class="src">%s</div>' % (E(h1), E(c["byline"])))
        o += body_paras(c)
        o.append("</div>")
    elif sh == "gov":
        o.append('<div class="gov-head"><span>%s</span></div>' % E(sn or "政务公开"))
        if h1:
            o.append('<div class="xxgk-title">%s</div>' % E(h1))
        if c.get("meta"):
            o.append('<ul class="xxgk-meta">%s</ul>' % "".join("<li>%s:%s</li>" % (E(k), E(v)) for k, v in c["meta"]))
        o.append('<div class="TRS_Editor">')
        o += body_paras(c)
        for s in c.get("sign") or []:
            o.append('<p class="sign">%s</p>' % E(s))
        o.append("</div>")
        o.append('<div class="gov-foot">扫一扫在手机上查看当前页面</div>')
    elif sh == "epaper":
        if c.get("edition"):
            o.append('<div class="paper-date">%s</div>' % E(c["edition"]))
        o.append('<div class="paper-head">%s</div>' % E(sn))
        o.append('<div class="article"><h1>%s</h1>' % E(h1))
        if c.get("subtitle"):
            o.append('<h3 class="sub">%s</h3>' % E(c["subtitle"]))
        o.append('<founder-content>')
        o += body_paras(c)
        o.append("</founder-content></div>")
    elif sh == "lottery":
        o.append('<div class="cp-top"><a href="/">%s</a> | 开奖公告 | 走势图表 | 彩票资讯</div>' % E(sn))
        o.append('<div class="cp-pos">%s</div>' % E(c.get("crumbtext") or ""))
        o.append('<div class="cp-news"><h1>%s</h1><div class="cp-info">%s</div>' % (E(h1), E(c.get("byline") or "")))
        o += body_paras(c)
        if c.get("related"):
            o.append('<div class="xglj"><b>相关链接</b><ul>%s</ul></div>' % "".join("<li>%s</li>" % E(x) for x in c["related"]))
        o.append("</div>")
    elif sh == "app":
        o.append('<header class="app-h">%s</header>' % E(sn or ""))
        if c.get("crumbtext"):
            o.append('<div class="weizhi">%s</div>' % E(c["crumbtext"]))
        o.append("<article>")
        if h1:
            o.append("<h1>%s</h1>" % E(h1))
        if c.get("byline"):
            o.append('<div class="info">%s</div>' % E(c["byline"]))
        o += body_paras(c)
        o.append("</article>")
    elif sh in ("en", "id"):
        o.append('<header class="site"><a href="/">%s</a></header>' % E(sn))
        o.append("<main><article>")
        if c.get("kicker"):
            o.append('<div class="kicker">%s</div>' % E(c["kicker"]))
        if c.get("dateline"):
            o.append('<div class="release-date">%s</div>' % E(c["dateline"]))
        if h1:
            o.append('<h1 class="headline">%s</h1>' % E(h1))
        if c.get("deck"):
            o.append('<p class="deck">%s</p>' % E(c["deck"]))
        if c.get("caption_top"):
            o.append('<figure><figcaption>%s</figcaption></figure>' % E(c["caption_top"]))
        if c.get("byline"):
            o.append('<div class="byline">%s</div>' % E(c["byline"]))
        if c.get("posted"):
            o.append('<div class="timestamp">%s</div>' % E(c["posted"]))
        o.append('<div class="article-body">')
        o += body_paras(c)
        if c.get("credit"):
            o.append('<p class="credit">%s</p>' % E(c["credit"]))
        o.append("</div></article></main>")
    else:
        raise SystemExit("unknown shell " + sh)
    if c.get("boxes"):
        o.append('<div class="sidebox">%s</div>' % "".join("<h4>%s</h4>" % E(x) for x in c["boxes"]))
    if c.get("footer"):
        o.append('<div class="footer">%s</div>' % E(c["footer"]))
    o.append("</body>")
    o.append("</html>")
    s = "\n".join(o) + "\n"
    enc = {"gbk": "gbk", "gb18030": "gb18030"}.get(c["encoding"], "utf-8")
    return s.encode(enc)  # raises if a character cannot be encoded


def truth(cid, c, hijacked):
    return {
        "id": cid, "url": c["url"], "title": c["title"], "date": c["date"], "source": c["source"],
        "author": c["author"], "text": "\n".join(c["paras"]), "hijacked": hijacked,
        "injections": c.get("forms", []) if hijacked else [], "spam_strings": c.get("spam", []) if hijacked else [],
        "legit": bool(c.get("legit", not hijacked)), "lang": c["lang"], "origin": c["origin"],
        "kind": "rebuilt-from-text", "site": site_of(c["url"]), "capture": "text", "encoding": c["encoding"],
    }


# removed on 2026-12-06 when v41 became dev (ids keep their numbers, so the sequence has gaps): rc42-009's spam
# string occurs whole in a spam string of dev/real-cases-v41, rc42-004's in one of dev/real-cases-v29
# (validate_v42.py)
REMOVED = {"rc42-004", "rc42-009"}


def main():
    hd = os.path.join(HERE, "html")
    os.makedirs(hd, exist_ok=True)
    rows = []
    cases = [(c, True) for c in H] + [(c, False) for c in L]
    for i, (c, hj) in enumerate(cases, 1):
        cid = "rc42-%03d" % i
        if cid in REMOVED:
            continue
        with open(os.path.join(hd, cid + ".html"), "wb") as f:
            f.write(page(c))
        rows.append(truth(cid, c, hj))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    src = ["# SOURCES — real-cases-v42", "",
           "Every page was found with the session's `search` tool (corpus `pages`, stored public web pages) on 2026-12-06.",
           "All are `capture: text`: the article paragraphs and injected strings are verbatim from the stored capture; the",
           "HTML shell around them (header, nav, footer, class names, byline layout) is a reconstruction",
           "(`kind: rebuilt-from-text`) built by `build.py` from `cases_hijacked.py` / `cases_legit.py`. Captures are",
           "excerpt-length: a page holds only the captured paragraphs; cut-off last paragraphs and paragraphs holding",
           "mangled bytes are left out. Hosts, registrable domains, URLs and spam strings were checked against every dev",
           "split (`../validate_v42.py`). No real site yielded several clean pages, so every real page is its own site",
           "(truth `site` = host without `www.`).", "",
           "| id | hijacked | legit | lang | enc | origin URL | what |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        src.append("| %s | %s | %s | %s | %s | %s | %s |" % (r["id"], str(r["hijacked"]).lower(), str(r["legit"]).lower(),
                                                            r["lang"], r["encoding"], r["url"], r["origin"].replace("|", "/")))
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(src) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
