# -*- coding: utf-8 -*-
"""Build real-cases-v51: html/<id>.html, truth.jsonl and SOURCES.md from cases_hijacked.py / cases_legit.py.

Usage: python3 build.py [OUTDIR]   (default: this folder). No clock, no randomness: a re-run is byte-identical.
Every shell below was written for this split by keeper k51 (no dev generator or repository code was used).
Captured strings are inserted verbatim (HTML-escaped); labels such as 首頁, 新聞中心, Berita are generic chrome.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import HIJACKED  # noqa: E402
from cases_legit import LEGIT  # noqa: E402

ORDER = [
    "zbfsgm", "baonghean", "destiny", "isdhk", "metaverse", "jefferson", "chakhaoden", "continuum",
    "cqzaitu", "blzq", "islandv", "herborn", "azcapitol", "lupn", "strainblog", "pptv", "duanyuan",
    "rznews", "awaguine", "lcbyok", "tcelue", "sz816", "ririo", "lampost", "hit008", "yizhekk",
    "siamrath", "meijuboshi", "zjtz", "vaol", "jzmfx", "baosuckhoe", "ipmoa",
]

E = html.escape


def P(s, tag="p", cls=None):
    c = ' class="%s"' % cls if cls else ""
    return "<%s%s>%s</%s>" % (tag, c, E(s), tag)


def body_parts(c):
    """(page_blocks, text_paras): page blocks in order; text paras for the truth."""
    caps = set(c.get("caption_idx", []))
    noise = set(c.get("noise_idx", []))
    lists = set(c.get("list_idx", []))
    blocks, text = [], []
    n = len(c["paras"])
    for i, s in enumerate(c["paras"]):
        if i in caps:
            blocks.append(("cap", s))
        elif i in noise:
            blocks.append(("noise", s))
        elif i in lists:
            s2 = s[2:] if s.startswith("- ") else s
            blocks.append(("li", s2))
            text.append(s2)
        else:
            blocks.append(("p", s))
            if i == n - 1 and c.get("text_last"):
                text.append(c["text_last"])
            else:
                text.append(s)
    return blocks, text


def render_blocks(blocks, ptag="p", pcls=None, capcls="pic-note", sep="\n"):
    out, in_list = [], False
    for kind, s in blocks:
        if kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>%s</li>" % E(s))
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if kind == "cap":
            out.append(P(s, "p", capcls))
        elif kind == "noise":
            out.append('<font class="jammer">%s</font><br>' % E(s))
        else:
            out.append(P(s, ptag, pcls))
    if in_list:
        out.append("</ul>")
    return sep.join(out)


def doc(c, title, css, body, lang_attr):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"%s\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n") % (
        lang_attr, c["_charset"], E(title), css, body)


def spam_line(c, cls):
    return '<div class="%s">%s</div>\n' % (cls, E(c["spam_top"])) if c.get("spam_top") else ""


def metas(c, cls, tag="span"):
    return "".join('<%s class="%s">%s</%s>' % (tag, cls, E(m), tag) for m in c.get("meta", []))


def extras(c, cls, tag="p"):
    return "\n".join('<%s class="%s">%s</%s>' % (tag, cls, E(x), tag) for x in c.get("extra", []))


# ---------------------------------------------------------------- shells (one per page style)

def sh_essay_farm(c, blocks):
    css = "body{margin:0;font:14px/1.8 SimSun,serif;background:#f4f1ea}.kwbar{font-size:12px;color:#999;padding:2px 8px}.lw-wrap{width:980px;margin:0 auto;background:#fff}.lw-pos{padding:8px 16px;border-bottom:1px dotted #ccc}.lw-art h1{font-size:22px;text-align:center}.lw-info{text-align:center;color:#888}.lw-body p{text-indent:2em}"
    b = (spam_line(c, "kwbar") + '<div class="lw-wrap">\n<div class="lw-pos">%s</div>\n<div class="lw-art">\n<h1>%s</h1>\n'
         '<div class="lw-info">%s</div>\n<div class="lw-body">\n%s\n</div>\n</div>\n<div class="lw-foot">論文大全</div>\n</div>') % (
        E(c["crumb"]), E(c["h1"]), metas(c, "lw-i"), render_blocks(blocks))
    return doc(c, c["h1"], css, b, "zh-Hant")


def sh_novel_farm(c, blocks):
    css = "body{background:#e9e4d9;font-family:'Microsoft JhengHei',sans-serif}#hd{height:60px}.logo{font-size:26px;color:#7a3b12}.lang-sw{float:right}#reader{width:860px;margin:0 auto;background:#fbf7ee;padding:20px 40px}#reader h1{text-align:center}#chaptercontent p{font-size:19px;line-height:2}.bm{text-align:center;color:#a66}"
    b = (spam_line(c, "adtxt") + '<div id="hd"><span class="logo">%s</span><span class="lang-sw">%s</span></div>\n'
         '<div id="reader">\n<div class="path">%s</div>\n<h1>%s</h1>\n<div id="chaptercontent">\n%s\n</div>\n%s\n</div>') % (
        E(c["site_name"]), E(c["meta"][0]), E(c["crumb"]), E(c["h1"]), render_blocks(blocks), extras(c, "bm", "div"))
    return doc(c, "%s - %s" % (c["h1"], c["site_name"]), css, b, "zh-Hant")


def sh_gov_portal_tc(c, blocks):
    css = "body{margin:0;font-family:'PMingLiU',serif}.kwtop{font-size:12px;color:#666}.gov-head{background:#b3131b;color:#fff;padding:14px 30px}.gov-head .emb{margin-right:10px}.gov-nav ul{list-style:none;margin:0;padding:0;background:#8c0f15}.gov-nav li{display:inline-block;padding:8px 14px;color:#fff}.xl-box{width:1000px;margin:20px auto}.xl-box h1{color:#9d0a0e;text-align:center}.xl-tool{text-align:right;color:#666}.xl-txt p{text-indent:2em;line-height:2}.pic-cap{text-align:center;color:#555}"
    nav = "".join("<li>%s</li>" % E(x) for x in c["nav"])
    b = (spam_line(c, "kwtop") + '<div class="gov-head"><span class="emb">國徽</span><strong>%s</strong></div>\n'
         '<div class="gov-nav"><ul>%s</ul></div>\n<div class="xl-box">\n<h1>%s</h1>\n<div class="xl-tool">%s</div>\n'
         '<div class="xl-txt">\n%s\n</div>\n%s\n</div>') % (
        E(c["site_name"]), nav, E(c["h1"]), metas(c, "tl"), render_blocks(blocks), extras(c, "pic-cap"))
    return doc(c, c["h1"], css, b, "zh-Hant")


def sh_people_tc(c, blocks):
    css = "body{font:14px/1.7 'Microsoft YaHei',sans-serif;margin:0}.sexline{font-size:12px;background:#eee}.rmw-top{border-bottom:3px solid #c00;padding:10px 40px;font-size:24px;color:#c00}.rmw-main{width:1000px;margin:0 auto}.rmw-path{font-size:12px;color:#666;margin:10px 0}.rmw-main h1{font-size:28px}.rmw-box{color:#777;border-bottom:1px solid #ddd;padding-bottom:6px}.rmw-box span{margin-right:18px}.rmw-pic{text-align:center;color:#666;font-size:13px}.rmw-text p{text-indent:2em}.rmw-edit{text-align:right;color:#999}"
    caps = "\n".join('<div class="rmw-pic">%s</div>' % E(x) for x in c.get("captions", []))
    ex = c.get("extra", [])
    b = (spam_line(c, "sexline") + '<div class="rmw-top">%s</div>\n<div class="rmw-main">\n<div class="rmw-path">%s</div>\n'
         '<h1>%s</h1>\n<div class="rmw-box">%s</div>\n%s\n<div class="rmw-text">\n%s\n</div>\n'
         '<div class="rmw-edit">%s</div>\n<div class="rmw-share">%s</div>\n<a class="rmw-back" href="#">%s</a>\n</div>') % (
        E(c["site_name"]), E(c["crumb"]), E(c["h1"]), metas(c, "bx"), caps, render_blocks(blocks), E(ex[0]), E(ex[1]), E(ex[2]))
    return doc(c, c["h1"], css, b, "zh-Hant")


def sh_cms_show(c, blocks):
    css = "body{background:#f7f7f7;font-size:15px}.topbar{height:48px;background:#1d5fa6;color:#fff;line-height:48px;padding-left:20px}.main-w{width:1100px;margin:16px auto;display:flex}.lcol{width:240px}.rcol{flex:1;background:#fff;padding:24px}.article-con p{line-height:1.9}.pic-note{text-align:center;font-size:13px;color:#777}"
    b = ('<div class="topbar">新闻资讯</div>\n<div class="main-w">\n<div class="lcol"><ul><li>最新动态</li><li>行业资讯</li><li>通知公告</li></ul></div>\n'
         '<div class="rcol"><div class="article-con">\n%s\n</div></div>\n</div>\n<div class="ftr">Powered by CMS</div>') % render_blocks(blocks)
    return doc(c, "新闻资讯", css, b, "zh-CN")


def sh_spun_blog(c, blocks):
    css = "body{max-width:760px;margin:40px auto;font:16px/1.8 Georgia,serif;color:#222}header a{color:#333;text-decoration:none}.entry-content p{margin:0 0 1.2em}footer{color:#aaa;font-size:12px}"
    b = ('<header><a href="/">News</a> · <a href="/news/">Archive</a></header>\n<article class="post">\n<div class="entry-content">\n%s\n</div>\n</article>\n'
         '<footer>© blog</footer>') % render_blocks(blocks)
    return doc(c, "News", css, b, "zh-CN")


def sh_plain_tc(c, blocks):
    css = "body{font-size:14px}.main{width:900px;margin:0 auto}.con{padding:10px;border:1px solid #e5e5e5}"
    b = '<div class="main">\n<div class="con">\n%s\n</div>\n</div>' % render_blocks(blocks)
    return doc(c, "資訊", css, b, "zh-Hant")


def sh_county_detail_tc(c, blocks):
    css = "body{font-family:'Microsoft JhengHei';margin:0}.dt-head{background:#0b5394;height:70px}.dt-wrap{width:1040px;margin:0 auto;padding:20px}.dt-info{background:#f2f6fb;padding:6px 10px;color:#556;font-size:13px}.dt-con p{text-indent:2em;line-height:2;font-size:16px}"
    b = ('<div class="dt-head"></div>\n<div class="dt-wrap">\n<div class="dt-info">%s</div>\n<div class="dt-con">\n%s\n</div>\n</div>\n'
         '<div class="dt-foot">首頁 | 聯系我們</div>') % (metas(c, "dti", "span"), render_blocks(blocks))
    return doc(c, "詳情", css, b, "zh-Hant")


def sh_company_news_tc(c, blocks):
    css = "body{margin:0;font:14px/1.8 Arial,'Microsoft JhengHei'}.c-top{background:#222;color:#eee;padding:10px 30px}.c-menu a{margin-right:20px;color:#333}.c-news{width:1100px;margin:20px auto}.c-news .c-tit{border-left:4px solid #e60012;padding-left:10px}.c-news .c-body p{text-indent:2em}"
    b = ('<div class="c-top">歡迎訪問本站</div>\n<div class="c-menu"><a href="/">首頁</a><a href="/about/">公司簡介</a><a href="/news/">新聞中心</a><a href="/contact/">聯系我們</a></div>\n'
         '<div class="c-news">\n<div class="c-tit">新聞中心</div>\n<div class="c-body">\n%s\n</div>\n</div>') % render_blocks(blocks)
    return doc(c, "新聞中心", css, b, "zh-Hant")


def sh_mobile_news_tc(c, blocks):
    css = "body{margin:0;font-size:17px}.m-bar{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:10px}.m-art{padding:12px 14px}.m-art p{line-height:1.75;margin:.6em 0}"
    b = '<div class="m-bar">&lt; 返回</div>\n<section class="m-art">\n%s\n</section>\n<div class="m-foot">手機版</div>' % render_blocks(blocks)
    return doc(c, "新聞", css, b, "zh-Hant")


def sh_regional_news_tc(c, blocks):
    css = "body{font-size:15px}.rn-h h1{font-size:24px;color:#123}.rn-pics{display:flex;gap:8px;color:#666}.rn-t p{line-height:1.9}.rn-wx{color:#080;font-size:13px}"
    caps = "".join('<figure><figcaption>%s</figcaption></figure>' % E(x) for x in c.get("captions", []))
    b = ('<div class="rn-h"><h1>%s</h1></div>\n<div class="rn-pics">%s</div>\n<div class="rn-t">\n%s\n</div>\n%s') % (
        E(c["h1"]), caps, render_blocks(blocks), extras(c, "rn-wx"))
    return doc(c, c["h1"], css, b, "zh-Hant")


def sh_content_show_tc(c, blocks):
    css = "body{background:#fff}.cs-main{width:960px;margin:30px auto}.cs-main .txt{font-size:16px;line-height:2}"
    b = '<div class="cs-main">\n<div class="txt">\n%s\n</div>\n</div>' % render_blocks(blocks, "div", "para")
    return doc(c, "內容", css, b, "zh-Hant")


def sh_b2b_news_tc(c, blocks):
    css = "table{border-collapse:collapse}td{vertical-align:top}.b2b-l{width:200px;background:#eef}.b2b-c{padding:12px}.b2b-c p{line-height:1.8}"
    b = ('<table width="1000" align="center"><tr><td class="b2b-l">行業資訊<br>供應信息<br>求購信息</td>\n<td class="b2b-c">\n%s\n</td></tr></table>') % render_blocks(blocks)
    return doc(c, "行業資訊", css, b, "zh-Hant")


def sh_epaper_tc(c, blocks):
    css = "body{background:#ddd}.ep-page{width:720px;margin:0 auto;background:#fff;padding:20px}.ep-page .ep-art{font-family:serif;font-size:15px}"
    b = '<div class="ep-page">\n<div class="ep-ban">第一版</div>\n<div class="ep-art">\n%s\n</div>\n</div>' % render_blocks(blocks)
    return doc(c, "電子報", css, b, "zh-Hant")


def sh_daily_tc(c, blocks):
    css = "body{margin:0}.dl-wrap{width:1180px;margin:0 auto;display:grid;grid-template-columns:1fr 300px;gap:24px}.dl-art h1{font-size:26px}.dl-art p{text-indent:2em;line-height:1.9}.dl-side h3{border-bottom:2px solid #036}"
    side = "\n".join("<h3>%s</h3>" % E(x) for x in c.get("sidebar", []))
    b = '<div class="dl-wrap">\n<div class="dl-art">\n<h1>%s</h1>\n%s\n</div>\n<aside class="dl-side">\n%s\n</aside>\n</div>' % (
        E(c["h1"]), render_blocks(blocks), side)
    return doc(c, c["h1"], css, b, "zh-Hant")


def sh_info_tc(c, blocks):
    css = ".if-top{background:#300;color:#fc6;padding:8px}.if-body{margin:20px 10%}.if-body p{font-size:15px}"
    b = '<div class="if-top">資訊</div>\n<div class="if-body">\n%s\n</div>' % render_blocks(blocks)
    return doc(c, "資訊", css, b, "zh-Hant")


def sh_gov_doc_tc(c, blocks):
    css = "body{font-family:FangSong,serif}.gd-box{width:960px;margin:0 auto}.gd-box h1{font-size:22px;text-align:center;color:#c00}.gd-meta{text-align:center;color:#666;font-size:13px}.gd-code{color:#999;font-size:12px}.gd-text p{line-height:2;font-size:16px}"
    m = c["meta"]
    b = ('<div class="gd-box">\n<h1>%s</h1>\n<div class="gd-meta">%s</div>\n<div class="gd-code">%s</div>\n<div class="gd-text">\n%s\n</div>\n</div>') % (
        E(c["h1"]), E(m[0]), E(m[1]), render_blocks(blocks))
    return doc(c, c["h1"], css, b, "zh-Hant")


def sh_simple_cn(c, blocks):
    css = "body{font-size:14px}.s-art{width:880px;margin:0 auto}.s-art h2{text-align:center}.s-date{text-align:center;color:#999}"
    b = '<div class="s-art">\n<h2>%s</h2>\n<div class="s-date">%s</div>\n%s\n</div>' % (E(c["h1"]), metas(c, "d"), render_blocks(blocks))
    return doc(c, c["h1"], css, b, "zh-CN")


def sh_blog_cn(c, blocks):
    css = "body{background:#fafafa}.bg-post{max-width:780px;margin:30px auto;background:#fff;padding:30px;box-shadow:0 1px 3px #ccc}.bg-post h1{font-size:24px}"
    b = '<main class="bg-post">\n<h1>%s</h1>\n<div class="bg-content">\n%s\n</div>\n</main>' % (E(c["h1"]), render_blocks(blocks))
    return doc(c, c["h1"], css, b, "zh-CN")


def sh_dede_cn(c, blocks):
    css = "body{font:12px/1.6 SimSun}.dd-title h1{font-size:20px;text-align:center}.dd-info{text-align:center;color:#888;background:#f5f5f5}.dd-content p{font-size:14px;line-height:2}.dd-lic{color:#aaa}"
    ex = c.get("extra", [])
    b = ('<div class="dd-title"><h1>%s</h1></div>\n<div class="dd-info">%s</div>\n<div class="dd-content">\n%s\n</div>\n'
         '<div class="dd-lic">%s</div>\n<div class="dd-editor">%s</div>') % (
        E(c["h1"]), metas(c, "i"), render_blocks(blocks), E(ex[0]), E(ex[1]))
    return doc(c, c["h1"], css, b, "zh-CN")


def sh_ip_cms_cn(c, blocks):
    css = ".ipc-stamp{font-size:12px;color:#aaa}.ipc-h{font-size:22px;font-weight:bold;text-align:center}.ipc-m{text-align:center;color:#777;font-size:12px}.ipc-c p{line-height:2}"
    ex = c.get("extra", [])
    b = ('<div class="ipc-stamp">%s</div>\n<div class="ipc-h">%s</div>\n<div class="ipc-m">%s</div>\n<div class="ipc-c">\n%s\n</div>\n'
         '<div class="ipc-rel"><b>%s</b></div>\n<div class="ipc-links"><b>%s</b></div>') % (
        E(c["stamp"]), E(c["h1"]), metas(c, "m"), render_blocks(blocks), E(ex[0]), E(ex[1]))
    return doc(c, c["h1"], css, b, "zh-CN")


def sh_vi_daily(c, blocks):
    css = "body{font-family:Arial,sans-serif}.vn-head{background:#0a3d91;color:#fff;padding:12px}.vn-detail{width:760px;margin:0 auto}.vn-detail p{font-size:17px;line-height:1.6}"
    b = '<div class="vn-head">Thời sự · Pháp luật</div>\n<div class="vn-detail">\n%s\n</div>' % render_blocks(blocks)
    return doc(c, "Pháp luật", css, b, "vi")


def sh_vi_roundup(c, blocks):
    css = ".sk-top{border-bottom:2px solid #2e7d32}.sk-body{max-width:700px;margin:0 auto}.sk-body p{text-align:justify}"
    b = '<div class="sk-top">Tin tức pháp luật</div>\n<article class="sk-body">\n%s\n</article>' % render_blocks(blocks)
    return doc(c, "Tin tức pháp luật", css, b, "vi")


def sh_th_local(c, blocks):
    css = ".th-top{background:#063;color:#fff;padding:6px}.th-news{width:800px;margin:auto}.th-news p{font-size:17px}"
    b = '<div class="th-top">ข่าวเด่น</div>\n<div class="th-news">\n%s\n</div>' % render_blocks(blocks)
    return doc(c, "ข่าวเด่น", css, b, "th")


def sh_th_tv(c, blocks):
    css = ".tv-nav{background:#111;color:#fff}.tv-story{max-width:720px;margin:20px auto}.tv-story p{line-height:1.8}"
    b = '<nav class="tv-nav">ข่าว สังคม</nav>\n<section class="tv-story">\n%s\n</section>' % render_blocks(blocks)
    return doc(c, "ข่าว สังคม", css, b, "th")


def sh_th_daily(c, blocks):
    css = ".sr-h{border-bottom:3px double #900}.sr-c{width:740px;margin:auto}.sr-c p{font-size:18px}"
    b = '<div class="sr-h">ข่าว</div>\n<div class="sr-c">\n%s\n</div>' % render_blocks(blocks, sep="\n<br>\n")
    return doc(c, "ข่าว", css, b, "th")


def sh_hk_press(c, blocks):
    css = "body{font-family:'Microsoft YaHei'}#pressrelease{width:800px;margin:0 auto}#PRHeadlineSpan{font-weight:bold;font-size:18px}.rule{color:#888}.pr-end{margin-top:1em}"
    b = ('<div id="pressrelease">\n<span id="PRHeadlineSpan">%s</span>\n<div class="rule">%s</div>\n<div id="pressrelease-body">\n%s\n</div>\n'
         '<div class="pr-end">%s</div>\n</div>') % (E(c["h1"]), E(c["rule"]), render_blocks(blocks), "<br>".join(E(x) for x in c["extra"]))
    return doc(c, c["h1"], css, b, "zh-CN")


def sh_cn_county_gov(c, blocks):
    css = ".qg-head{height:90px;background:#1a4f9c}.qg-main{width:1000px;margin:0 auto}.qg-main .TRS_Editor p{font-size:16px;line-height:2;text-indent:2em}"
    b = ('<div class="qg-head"></div>\n<div class="qg-main">\n<div class="qg-pos">首页 &gt; 通知公告</div>\n<div class="TRS_Editor">\n%s\n</div>\n</div>'
         '\n<div class="qg-foot">网站标识码</div>') % render_blocks(blocks)
    return doc(c, "通知公告", css, b, "zh-CN")


def sh_cn_epaper(c, blocks):
    css = "body{background:#e8e8e8}.ep-w{width:760px;margin:0 auto;background:#fff;padding:24px}.ep-w .ep-c p{text-indent:2em;font-size:15px}"
    b = '<div class="ep-w">\n<div class="ep-ban">数字报</div>\n<div class="ep-c">\n%s\n</div>\n</div>' % render_blocks(blocks)
    return doc(c, "数字报", css, b, "zh-CN")


def sh_cn_city_bureau(c, blocks):
    css = ".zt-h{background:#c8102e;height:80px}.zt-c{width:1000px;margin:auto}.zt-c .zt-title{font-size:22px;text-align:center;font-weight:bold}.zt-c table{width:100%}"
    b = ('<div class="zt-h"></div>\n<div class="zt-c">\n<table><tr><td class="zt-title">%s</td></tr>\n<tr><td class="zt-body">\n%s\n</td></tr></table>\n</div>') % (
        E(c["h1"]), render_blocks(blocks))
    return doc(c, c["h1"], css, b, "zh-CN")


def sh_forum_printable(c, blocks):
    css = "body{font:12px/1.6 Verdana,sans-serif}.pv-h{font-weight:bold}.pv-m{color:#666}.pv-c{font-size:14px}"
    b = ('<div class="pv-board">%s</div>\n<div class="pv-h">标题: %s</div>\n<div class="pv-print">[打印本页]</div>\n'
         '<div class="pv-m">作者: %s</div>\n<div class="pv-m">时间: %s</div>\n<div class="pv-h">标题: %s</div>\n<div class="pv-c">\n%s\n</div>') % (
        E(c["board"]), E(c["h1"]), E(c["poster"]), E(c["posted"]), E(c["h1"]), render_blocks(blocks, "div", "pv-p"))
    return doc(c, c["h1"], css, b, "zh-CN")


def sh_en_capitol(c, blocks):
    css = "body{font-family:Georgia,serif}.act-wrap{max-width:720px;margin:0 auto}.act-wrap h1{font-size:32px}.act-by{color:#666;font-size:13px}.act-body p{font-size:18px;line-height:1.6}"
    b = ('<div class="act-wrap">\n<article>\n<h1>%s</h1>\n<div class="act-by">%s</div>\n<div class="act-body">\n%s\n</div>\n</article>\n</div>') % (
        E(c["h1"]), E(c["meta"][0]), render_blocks(blocks))
    return doc(c, c["h1"], css, b, "en")


def sh_id_portal(c, blocks):
    css = ".lp-top{background:#b71c1c;color:#fff;padding:8px}.lp-read{max-width:700px;margin:0 auto}.lp-read p{font-size:17px}"
    b = '<div class="lp-top">Berita · Hukum</div>\n<div class="lp-read">\n%s\n</div>' % render_blocks(blocks)
    return doc(c, "Hukum", css, b, "id")


SHELLS = {k[3:]: v for k, v in globals().items() if k.startswith("sh_")}


def build(outdir):
    cases = {c["key"]: dict(c, hijacked=True) for c in HIJACKED}
    for c in LEGIT:
        cases[c["key"]] = dict(c, hijacked=False, legit=True, injections=[], spam_strings=[])
    assert sorted(cases) == sorted(ORDER), set(cases) ^ set(ORDER)
    os.makedirs(os.path.join(outdir, "html"), exist_ok=True)
    rows, srcs = [], []
    for n, key in enumerate(ORDER, 1):
        c = dict(cases[key])
        cid = "rc51-%03d" % n
        blocks, text = body_parts(c)
        enc = c["encoding"]
        for attempt in (enc, "utf-8"):
            c["_charset"] = attempt
            page = SHELLS[c["shell"]](c, blocks)
            try:
                data = page.encode(attempt)
                break
            except UnicodeEncodeError:
                continue
        c["encoding"] = c["_charset"]
        with open(os.path.join(outdir, "html", cid + ".html"), "wb") as f:
            f.write(data)
        host = c["url"].split("/")[2]
        row = dict(id=cid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
                   author=c.get("author"), text="\n".join(text), hijacked=c["hijacked"], injections=c["injections"],
                   spam_strings=c["spam_strings"], legit=bool(c.get("legit")), lang=c["lang"], origin=c["origin"],
                   kind="rebuilt-from-text", site=host, capture="text", encoding=c["encoding"], form=c["form"],
                   template=c["shell"])
        rows.append(row)
        lab = ("hijacked and legit" if c["hijacked"] and c.get("legit") else "hijacked" if c["hijacked"] else "legit (not hijacked)")
        srcs.append("- `%s` — %s; form `%s`; lang %s; template `%s`; encoding %s. Text: pages corpus, %s. %s" % (
            cid, lab, c["form"], c["lang"], c["shell"], c["encoding"], c["url"], c["origin"]))
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "SOURCES.head.md"), encoding="utf-8") as f:
        head = f.read()
    with open(os.path.join(outdir, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(head.rstrip("\n") + "\n\n" + "\n".join(srcs) + "\n")
    return rows


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    rows = build(out)
    print("%d pages written to %s" % (len(rows), out))
