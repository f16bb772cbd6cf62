# -*- coding: utf-8 -*-
"""Build html/ and truth.jsonl of real-cases-v15 from cases_*.py (deterministic: fixed order seed)."""
import html, json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_hij import CASES_HIJ
from cases_comp import CASES_COMP
from cases_legit import CASES_LEGIT

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAV = {"zh": ["首页", "新闻中心", "通知公告", "信息公开", "互动交流"], "ko": ["홈", "뉴스", "사회", "경제"],
       "vi": ["Trang chủ", "Thời sự", "Pháp luật", "Công nghệ"], "ru": ["Главное", "Россия", "Интернет и СМИ"],
       "en": ["Home", "News", "Business", "About"], "id": ["Beranda", "Nasional", "Ekonomi", "Kontak"],
       "sk": ["Domov", "Slovensko", "Ekonomika", "Šport"]}


def e(s):
    return html.escape(s, quote=False)


def paras_html(c, cls="p"):
    out = []
    for i, p in enumerate(c["paras"]):
        out.append("<p>%s</p>" % e(p))
        if c.get("inj_after_p") and c["inj_after_p"][0] == i + 1:
            out.append(c["inj_after_p"][1])
        if c.get("captions") and c.get("caption_after") == i + 1:
            out += ['<p class="img-caption" style="text-align:center">%s</p>' % e(x) for x in c["captions"]]
        if c.get("amp_line") and c["amp_line"][0] == i + 1:
            out.append('<div class="promo"><a href="#">%s</a></div>' % e(c["amp_line"][1]))
        if c.get("photo_lines") and i < len(c["paras"]) - 1 and i < 2:
            out.append('<div class="photo"><img src="/img/%d.jpg"><span>%s</span></div>' % (i, e(c["photo_lines"])))
    return "\n".join(out)


def nav(c):
    return "".join('<li><a href="#">%s</a></li>' % n for n in NAV.get(c["lang"], NAV["en"]))


def shell_edu(c):
    cap = ""
    if c.get("captions") and c["shell"] == "edu_news" and "caption_after" not in c:
        cap = "".join('<p class="vsbcontent_img" style="text-align:center">%s</p>' % e(x) for x in c["captions"])
    body = ['<div class="top"><div class="logo">%s</div><div class="banner">%s</div></div>' % (e(c["site"]), e(c.get("banner", ""))),
            '<div class="nav"><ul>%s</ul></div>' % nav(c),
            '<div class="main"><div class="lm_left"><h3>%s</h3></div><div class="lm_right">' % e(c["column"]),
            '<div class="position">%s</div>' % e(c.get("crumb", "")),
            '<form name="_newscontent_fromname"><div class="content-title"><h1>%s</h1></div>' % e(c["h1"]),
            '<div class="content-info">%s</div>' % e(c.get("meta", "")),
            '<div id="vsb_content"><div class="v_news_content">', paras_html(c), cap, '</div></div>']
    if c.get("inj_after_content"):
        body.append(c["inj_after_content"])
    body.append('</form></div></div>')
    return body


def shell_gov_news(c):
    body = ['<div class="header"><div class="wrap"><span class="sitename">%s</span></div></div>' % e(c["site"]),
            '<div class="menu"><ul>%s</ul></div>' % nav(c),
            '<div class="wrap detail"><div class="dqwz">当前位置：首页 &gt; %s</div>' % e(c["column"]),
            '<div class="article"><h2 class="art-title">%s</h2>' % e(c["h1"]),
            '<div class="art-info">%s</div>' % e(c.get("meta", "")),
            '<div class="art-con" id="zoom">', paras_html(c), '</div>']
    if c.get("inj_after_content"):
        body.append(c["inj_after_content"])
    body.append('<div class="art-tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div></div>')
    if c.get("inj_after_article"):
        body.append(c["inj_after_article"])
    body.append('</div>')
    return body


def shell_xxgk(c):
    rows = []
    xx = c["xxgk"]
    for k in range(0, len(xx), 2):
        cells = "".join("<th>%s</th><td>%s</td>" % (e(a), e(b)) for a, b in xx[k:k + 2])
        rows.append("<tr>%s</tr>" % cells)
    body = ['<div class="head"><div class="w1200">%s</div></div>' % e(c["site"]),
            '<div class="nav"><ul>%s</ul></div>' % nav(c),
            '<div class="w1200"><div class="location">当前位置: 首页 &gt; 政府信息公开 &gt; %s</div>' % e(c["column"]),
            '<table class="xxgk-table" border="1" cellspacing="0">%s</table>' % "".join(rows),
            '<div class="xxgk-title"><h1>%s</h1></div>' % e(c["h1"])]
    if c.get("meta"):
        body.append('<div class="xxgk-info">%s</div>' % e(c["meta"]))
    body += ['<div class="xxgk-content" id="zoom">', paras_html(c), '</div>']
    for l in c.get("after_lines", []):
        body.append('<div class="bianji">%s</div>' % e(l))
    body.append('</div>')
    return body


def shell_mirror(c):
    body = ['<div class="headtop">%s</div>' % e(c["site"]),
            '<div class="navbar"><ul>%s</ul></div>' % nav(c),
            '<div class="container"><div class="weizhi">%s</div>' % e(c.get("crumb", "")),
            '<div class="newsbox"><h3 class="lanmu">%s</h3>' % e(c["column"]),
            '<h1 class="newstitle">%s</h1>' % e(c["h1"])]
    if c.get("meta"):
        body.append('<div class="newsinfo">%s</div>' % e(c["meta"]))
    body += ['<div class="newscon">', paras_html(c), '</div></div>',
             '<div class="related"><h4>相關閱讀</h4><ul><li><a href="#">更多新聞</a></li></ul></div></div>']
    return body


def shell_news_cn(c):
    body = ['<div id="header"><div class="logo">%s</div><ul class="channel">%s</ul></div>' % (e(c["site"]), nav(c))]
    if c.get("crumb"):
        body.append('<div class="crumbs">%s</div>' % e(c["crumb"]))
    body += ['<div id="main"><div class="col-l"><div class="post">',
             '<h1 class="post-title">%s</h1>' % e(c["h1"]),
             '<div class="post-info">%s</div>' % e(c.get("meta", "")) if c.get("meta") else '',
             '<div class="post-body">', paras_html(c), '</div>']
    for l in c.get("after_lines", []):
        body.append('<p class="sign" style="text-align:right">%s</p>' % e(l))
    if c.get("inj_after_content"):
        body.append(c["inj_after_content"])
    body.append('</div></div><div class="col-r"><div class="box"><h3>热门推荐</h3><ul><li><a href="#">更多资讯</a></li></ul></div>')
    if c.get("inj_sidebar"):
        body.append(c["inj_sidebar"])
    body.append('</div></div>')
    return body


def shell_news_intl(c):
    body = ['<header class="site-header"><a class="brand" href="/">%s</a><nav><ul>%s</ul></nav></header>' % (e(c["site"]), nav(c)),
            '<main class="container"><article class="article">',
            '<div class="category">%s</div>' % e(c["column"])]
    if c.get("pre_h1"):
        body.append('<div class="kw-top"><strong>%s</strong></div>' % e(c["pre_h1"]))
    body.append('<h1 class="article-title">%s</h1>' % e(c["h1"]))
    if c.get("subtitle"):
        body.append('<h2 class="article-sapo">%s</h2>' % e(c["subtitle"]))
    if c.get("meta"):
        body.append('<div class="article-meta">%s</div>' % e(c["meta"]))
    body += ['<div class="article-body">', paras_html(c), '</div>']
    for l in c.get("after_lines", []):
        body.append('<p class="credit"><em>%s</em></p>' % e(l))
    body.append('</article><aside class="sidebar"><h3>Most read</h3><ul><li><a href="#">…</a></li></ul></aside></main>')
    return body


def shell_discuz(c):
    body = ['<div id="hd"><div class="wp"><h2>%s</h2><ul class="nv">%s</ul></div></div>' % (e(c["site"]), nav(c)),
            '<div id="wp" class="wp"><div id="pt" class="bm cl">论坛 › %s › 查看内容</div>' % e(c["column"]),
            '<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls">楼主</td><td class="plc">',
            '<div class="ts"><span id="thread_subject">%s</span></div>' % e(c["h1"]),
            '<div class="authi"><em>发表于 </em></div>',
            '<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1">',
            "<br />\n".join(e(p) for p in c["paras"]), '</td></tr></table>']
    if c.get("inj_after_content"):
        body.append(c["inj_after_content"])
    body.append('</div></td></tr></table></div></div>')
    return body


SHELLS = {"edu_news": shell_edu, "gov_news": shell_gov_news, "gov_xxgk": shell_xxgk, "mirror": shell_mirror,
          "news_cn": shell_news_cn, "news_intl": shell_news_intl, "discuz": shell_discuz}


def build(c):
    enc = c["enc"]
    title_tag = c.get("title_tag") or c["h1"]
    head = ['<meta http-equiv="Content-Type" content="text/html; charset=%s">' % enc,
            "<title>%s</title>" % e(title_tag)]
    if c.get("meta_keywords"):
        head.append('<meta name="keywords" content="%s">' % html.escape(c["meta_keywords"]))
    head.append('<link rel="stylesheet" type="text/css" href="/style/style.css">')
    if c.get("inj_head"):
        head.append(c["inj_head"])
    body = []
    for k in ("inj_top", "inj_body_start"):
        if c.get(k):
            body.append(c[k])
    if c.get("top_line"):
        body.append('<div class="topkw">%s</div>' % e(c["top_line"]))
    body += SHELLS[c["shell"]](c)
    foot = c.get("footer") or ("版权所有：" + c["site"] if c["lang"] == "zh" else "© " + c["site"])
    body.append('<div class="footer"><p>%s</p></div>' % e(foot))
    if c.get("inj_body_end"):
        body.append(c["inj_body_end"])
    lang = {"zh": "zh-CN"}.get(c["lang"], c["lang"])
    doc = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n'
           % (lang, "\n".join(head), "\n".join(x for x in body if x)))
    return doc.encode(enc, errors="xmlcharrefreplace")


def truth_text(c):
    ps = list(c.get("truth") or c["paras"])
    for k, v in (c.get("truth_edit") or {}).items():
        ps[k] = v
    return "\n".join(ps)


def main():
    cases = [dict(x, hijacked=True) for x in CASES_HIJ + CASES_COMP] + [dict(x, hijacked=False) for x in CASES_LEGIT]
    order = list(range(len(cases)))
    random.Random(15).shuffle(order)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for n, idx in enumerate(order, 1):
        c = cases[idx]
        cid = "rc15-%03d" % n
        with open(os.path.join(OUT, "html", cid + ".html"), "wb") as f:
            f.write(build(c))
        host = c["url"].split("/")[2]
        rows.append(dict(
            id=cid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"), author=c.get("author"),
            text=truth_text(c), hijacked=c["hijacked"], injections=c.get("injections", []) if c["hijacked"] else [],
            spam_strings=c.get("spam", []) if c["hijacked"] else [], legit=not c["hijacked"], lang=c["lang"],
            origin=c["origin"], kind=c["kind"], site=host, capture="text", encoding=c["enc"],
            script="traditional" if c.get("mirror") else None, topic=c.get("topic")))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# real-cases-v15 sources\n\nEvery page's origin. Texts are verbatim from the `search` tool's stored captures "
                "(corpus `pages`), trimmed to whole paragraphs; injected material in the `real-injection-in-real-page` cases is "
                "quoted from public GitHub issue threads (corpus `issues`) or from captured spam pages and news reports, and placed "
                "into a real clean page's captured text. All HTML shells are reconstructions (`build/make.py` from "
                "`build/cases_*.py`); where a wrapper, label or headline is a reconstruction the origin says so.\n\n"
                "| id | hijacked | legit | lang | kind | encoding | url | origin |\n|---|---|---|---|---|---|---|---|\n")
        for r in rows:
            f.write("| %s | %s | %s | %s | %s | %s | %s | %s |\n" % (r["id"], r["hijacked"], r["legit"], r["lang"], r["kind"],
                                                               r["encoding"], r["url"], r["origin"].replace("|", "/")))
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
