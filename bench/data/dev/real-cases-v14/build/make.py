# -*- coding: utf-8 -*-
"""Build real-cases-v14: python3 make.py  (writes ../html/*.html, ../truth.jsonl, ../SOURCES.md). Deterministic."""
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_a import CASES_A  # noqa: E402
from cases_b import CASES_B  # noqa: E402
from cases_c import CASES_C  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
EMOJI = re.compile("[\U0001F000-\U0001FFFF\u2600-\u27BF\u200d\ufe0f\u2b50\u2b06\u2194-\u21ff]")

ORDER = ["kabar69", "heping", "hainiu11", "prambors", "gist", "esserebelli", "vipc", "wuhai", "baojinsuo", "redaksipil",
         "gzhu", "bcygmv", "cmslawnow", "fzrjxy", "dgguoxing", "beritabaru", "finding", "fsstain", "benxi", "school475",
         "bjjxy", "pattayamail", "schs", "boxdj", "hhflcp", "xianning", "posttoday", "tianjinwe", "casinopedia", "sufe",
         "mgronline", "vakiodaily"]


def esc(s):
    return html.escape(s, quote=False)


def byline(c, lang):
    d = c.get("byline_date") or c.get("date")
    parts = []
    zh = lang == "zh"
    trad = c["shell"] == "portal_trad"
    if zh:
        if d:
            parts.append(("發布時間:" if trad else "发布时间:") + d)
        parts.append(("來源:" if trad else "来源:") + (c.get("source") or ""))
        if c.get("author"):
            parts.append(("作者:" if trad else "作者:") + c["author"])
        if c.get("editor"):
            parts.append(("責任編輯:" if trad else "编辑:") + c["editor"])
        if c.get("views"):
            parts.append("浏览:" + c["views"])
    else:
        if d:
            parts.append(d)
        if c.get("author"):
            parts.append("By " + c["author"])
        if c.get("source"):
            parts.append(c["source"])
    return parts


def body_html(c):
    ps = ["<p>%s</p>" % esc(p) for p in c["paras"]]
    if c.get("inject_html"):
        ps.insert(c.get("inject_after", 1), c["inject_html"])
    return "\n".join(ps)


def render(c):
    lang = c["lang"]
    enc = c["encoding"]
    shown = c.get("shown_title") or c["title"]
    brand_label = c.get("brand_label", "")
    title_tag = c.get("title_tag") or (shown + ("_" + brand_label if brand_label else ""))
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % enc
    head = meta + "\n<title>%s</title>\n%s" % (esc(title_tag), c.get("head", ""))
    bl = byline(c, lang)
    art = body_html(c)
    top, bottom, after = c.get("top", ""), c.get("bottom", ""), c.get("after_article", "")
    sh = c["shell"]
    if sh == "news_id":
        doc = ('<!DOCTYPE html>\n<html lang="%s"><head>%s</head>\n<body>%s\n<header class="site"><nav>Home | News | Tech | Regional</nav></header>\n'
               '<main><article><h1 class="headline">%s</h1><div class="meta">%s</div>\n<div class="article-body">\n%s\n</div></article>%s\n'
               '<aside class="related"><h3>Berita Terkait</h3><ul><li>More stories</li></ul></aside></main>\n<footer>&copy; All rights reserved</footer>%s\n</body></html>\n'
               % (lang, head, top, esc(shown), " · ".join(esc(x) for x in bl), art, after, bottom))
    elif sh in ("portal_trad", "portal_simpl"):
        if sh == "portal_trad":
            nav, crumb, foot = "首頁 | 新聞 | 財經 | 體育", "當前位置: 首頁 &gt; 正文", "版權所有"
        else:
            nav, crumb, foot = "首页 | 新闻 | 财经 | 体育", "当前位置: 首页 &gt; 正文", "版权所有"
        doc = ('<!DOCTYPE html>\n<html><head>%s</head>\n<body>%s\n<div class="top">%s %s</div>\n<div class="main"><div class="crumb">%s</div>\n'
               '<h1 class="tit">%s</h1><div class="info">%s</div>\n<div class="content" id="content">\n%s\n</div>%s</div>\n<div class="foot">%s</div>%s\n</body></html>\n'
               % (head, top, esc(brand_label), nav, crumb, esc(shown), "&nbsp;&nbsp;".join(esc(x) for x in bl), art, after, foot, bottom))
    elif sh == "vsb_school":
        doc = ('<!DOCTYPE html>\n<html><head>%s</head>\n<body>%s\n<div class="header"><div class="logo"></div><ul class="nav"><li>首页</li><li>学校概况</li><li>新闻中心</li><li>学生园地</li></ul></div>\n'
               '<div class="container"><div class="position">当前位置: 首页 &gt; 新闻中心 &gt; 正文</div>\n<form name="_newscontent_fromname"><div class="arti-title"><h2>%s</h2></div>'
               '<div class="arti-meta">%s</div>\n<div id="vsb_content"><div class="v_news_content">\n%s\n</div></div></form>%s</div>\n<div class="footer">版权所有 Copyright</div>%s\n</body></html>\n'
               % (head, top, esc(shown), "&nbsp;&nbsp;".join(esc(x) for x in bl), art, after, bottom))
    elif sh == "gov_simpl":
        doc = ('<!DOCTYPE html>\n<html><head>%s</head>\n<body>%s\n<div class="gov-top">政府门户网站</div><div class="nav">首页 | 新闻中心 | 政务公开 | 政务服务 | 互动交流</div>\n'
               '<div class="wrap"><div class="loc">您的位置: 首页 &gt; 新闻中心 &gt; 详细内容</div>\n<div class="article"><h1>%s</h1><div class="property">%s 【字体: 大 中 小】</div>\n'
               '<div class="TRS_Editor" id="zoom">\n%s\n</div><div class="share">【打印正文】【关闭窗口】</div></div>%s</div>\n<div class="footer">主办单位</div>%s\n</body></html>\n'
               % (head, top, esc(shown), "&nbsp;".join(esc(x) for x in bl), art, after, bottom))
    else:  # asp_table
        doc = ('<html><head>%s</head>\n<body>%s\n<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="banner"></td></tr>'
               '<tr><td class="menu">网站首页 | 新闻动态 | 政策法规 | 联系我们</td></tr></table>\n<table width="980" align="center"><tr><td class="dh">您当前的位置: 首页 &gt;&gt; 正文</td></tr>\n'
               '<tr><td align="center"><font class="bt"><b>%s</b></font></td></tr><tr><td align="center" class="sj">%s</td></tr>\n<tr><td class="nr">\n%s\n</td></tr></table>%s\n'
               '<table width="980" align="center"><tr><td class="bq">Copyright</td></tr></table>%s\n</body></html>\n'
               % (head, top, esc(shown), "&nbsp;&nbsp;".join(esc(x) for x in bl), art, after, bottom))
    return doc


def truth_text(c):
    t = "\n".join(c["paras"])
    if c.get("brand"):
        t = t.replace(c["brand"], "")
    if c.get("strip_emoji"):
        t = EMOJI.sub("", t)
    return t


def main():
    cases = {c["key"]: c for c in CASES_A + CASES_B + CASES_C}
    assert sorted(cases) == sorted(ORDER), set(cases) ^ set(ORDER)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for i, k in enumerate(ORDER, 1):
        c = cases[k]
        rid = "rc14-%03d" % i
        doc = render(c)
        with open(os.path.join(OUT, "html", rid + ".html"), "wb") as f:
            f.write(doc.encode(c["encoding"], "xmlcharrefreplace"))
        hij = bool(c.get("spam"))
        rows.append(dict(id=rid, url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
                         text=truth_text(c), hijacked=hij, injections=c.get("injections", []), spam_strings=c.get("spam", []),
                         legit=not hij, lang=c["lang"], origin=c["origin"], kind=c["kind"], site=c["site"],
                         capture="text", encoding=c["encoding"], topic=c.get("topic")))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# real-cases-v14 sources\n\nEvery page's origin. Texts are verbatim from the `search` tool's stored captures (corpus `pages`), "
                "trimmed to whole paragraphs; injected material in the `real-injection-in-real-page` cases is quoted from public GitHub "
                "issue threads (corpus `issues`) or from captured spam pages/reports, and placed into a real clean page's captured text. "
                "All HTML shells are reconstructions (`build/make.py` from `build/cases_*.py`); where a wrapper, label or anchor text is a "
                "reconstruction the origin says so.\n\n| id | hijacked | legit | lang | kind | encoding | url | origin |\n|---|---|---|---|---|---|---|---|\n")
        for r in rows:
            f.write("| %s | %s | %s | %s | %s | %s | %s | %s |\n" % (r["id"], r["hijacked"], r["legit"], r["lang"], r["kind"],
                                                                   r["encoding"], r["url"], r["origin"].replace("|", "/")))


if __name__ == "__main__":
    main()
