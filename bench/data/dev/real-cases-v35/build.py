# -*- coding: utf-8 -*-
"""Build real-cases-v35: html/<id>.html + truth.jsonl from cases.py.

Article text, chrome lines and spam strings are verbatim from the captures; the HTML around them is a rebuilt shell
(one small shell per kind of site seen in the captures). Deterministic: a re-run writes the same bytes.
Run: python3 build.py
"""
import html
import json
import os
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import H, L  # noqa: E402

E = html.escape
ENC = {"rc35-019": "gbk", "rc35-023": "gbk", "rc35-015": "gb18030"}


def truth_text(c):
    out = []
    for p in c["paras"]:
        for s in sorted(c.get("spam", []), key=len, reverse=True):
            p = p.replace(s, "")
        p = re.sub(r"[ \u3000]{2,}", " ", p).strip()
        if p:
            out.append(p)
    return "\n".join(out)


def paras(c):
    return "\n".join("<p>" + E(p) + "</p>" for p in c["paras"])


def lines(xs, cls):
    return "\n".join('<div class="%s">%s</div>' % (cls, E(x)) for x in xs)


def head(c, title, css, charset):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="%s">\n<title>%s</title>\n<style>%s</style>\n</head>\n'
            % (c["lang"], charset, E(title), css))


def shell_vsb(c, cs):
    site = c.get("site_name")
    t = c.get("title")
    title = (t + "-" + site) if (t and site) else (t or site or "正文")
    h = head(c, title, "body{font:14px/1.8 SimSun,serif;margin:0}.hd{background:#8c1c13;color:#fff;padding:14px 30px}"
             ".main{width:980px;margin:0 auto}.info{color:#888;text-align:center}.v_news_content p{text-indent:2em}", cs)
    b = ['<body>', '<div class="hd"><div class="logo">%s</div></div>' % E(site or ""), '<div class="main">']
    b.append('<div class="pos">当前位置: 首页 &gt; 正文</div>')
    b.append('<form name="_newscontent_fromname"><div class="art">')
    if t:
        b.append('<h1 class="tit">%s</h1>' % E(t))
    b.append(lines(c.get("chrome", []), "info"))
    b.append('<div class="v_news_content">\n%s\n</div>' % paras(c))
    b.append(lines(c.get("tail", []), "credit"))
    b.append('</div></form></div>\n<div class="ft">版权所有 &copy; 地址 邮编</div>\n</body>\n</html>\n')
    return h + "\n".join(b)


def shell_portal_trad(c, cs):
    top = c.get("top")
    t = c.get("title")
    title = top or t or "正文"
    h = head(c, title, "body{font:14px/1.7 'PMingLiU',serif}#wrap{width:960px;margin:auto}.top{font-size:12px;color:#666}"
             "h1{font-size:24px;text-align:center}.left_zw p{text-indent:2em}", cs)
    b = ['<body>']
    if top:
        b.append('<div class="top">%s</div>' % E(top))
    if c.get("junk"):
        b.append(c["junk"])
    b.append('<div id="wrap">')
    if c.get("site_name"):
        b.append('<div class="logo">%s</div>' % E(c["site_name"]))
    if c.get("nav"):
        b.append('<div class="nav">%s</div>' % E(c["nav"]))
    if c.get("crumb"):
        b.append('<div class="crumb">%s</div>' % E(c["crumb"]))
    if t:
        b.append('<h1>%s</h1>' % E(t))
    b.append(lines(c.get("chrome", []), "box01"))
    b.append('<div class="left_zw">\n%s\n</div>' % paras(c))
    b.append(lines(c.get("tail", []), "edit"))
    b.append('</div>\n</body>\n</html>\n')
    return h + "\n".join(b)


def shell_gov_trad(c, cs):
    h = head(c, c.get("top") or c.get("title") or "正文", "body{margin:0;font:14px/1.8 serif}.gh{height:120px;background:#b30000;color:#fff}"
             ".gnav{background:#900;color:#fff}.article{width:1000px;margin:auto}.article-content p{text-indent:2em}", cs)
    b = ['<body>']
    if c.get("top"):
        b.append('<p class="sp">%s</p>' % E(c["top"]))
    b.append('<div class="gh"><span class="emblem">國徽</span><span class="gname">%s</span></div>' % E(c["site_name"]))
    b.append('<div class="gnav">%s</div>' % E(c["nav"]))
    b.append('<div class="article">')
    if c.get("title"):
        b.append('<h2 class="article-title">%s</h2>' % E(c["title"]))
    b.append(lines(c.get("chrome", []), "tools"))
    b.append('<div class="article-content">\n%s\n</div>' % paras(c))
    b.append('</div>\n<div class="gfoot">主辦:%s</div>\n</body>\n</html>\n' % E(c["site_name"]))
    return h + "\n".join(b)


def shell_hospital_trad(c, cs):
    h = head(c, c.get("title") or "新聞動態", "body{font:13px/1.8 serif}.sub_main{width:900px;margin:auto}", cs)
    return h + ('<body>\n<div class="sub_main">\n<div class="sub_pos">首頁 &gt; 新聞動態</div>\n<div class="sub_con">\n%s\n</div>\n'
                '</div>\n</body>\n</html>\n' % paras(c))


def shell_dede(c, cs):
    t = c.get("title")
    h = head(c, t or "正文", "body{font:14px/1.8 sans-serif}.w1000{width:1000px;margin:auto}.content p{text-indent:2em}", cs)
    b = ['<body>', '<div class="w1000">', '<div class="place">当前位置:<a href="/">主页</a> &gt; 新闻</div>']
    b.append(lines(c.get("chrome", []), "info"))
    b.append('<div class="content">\n%s\n</div>' % paras(c))
    b.append(lines(c.get("tail", []), "tail"))
    b.append('</div>\n</body>\n</html>\n')
    return h + "\n".join(b)


def shell_portal(c, cs):
    t = c.get("title")
    h = head(c, t or "正文", "body{font:15px/1.9 'Microsoft YaHei',sans-serif}.container{width:1000px;margin:auto}"
             ".article p{text-indent:2em}", cs)
    b = ['<body>', '<div class="container">']
    if c.get("crumb"):
        b.append('<div class="crumb">%s</div>' % E(c["crumb"]))
    if t:
        b.append('<h1 class="title">%s</h1>' % E(t))
    b.append(lines(c.get("chrome", []), "meta"))
    b.append('<div class="article">\n%s\n</div>' % paras(c))
    b.append(lines(c.get("tail", []), "editor"))
    b.append('</div>\n</body>\n</html>\n')
    return h + "\n".join(b)


def shell_epaper(c, cs):
    h = head(c, "电子版", "body{font:14px/1.8 serif}#ozoom p{text-indent:2em}", cs)
    return h + ('<body>\n<table width="100%%"><tr><td class="bmnr">版面导航</td><td>\n<div id="ozoom">\n%s\n</div>\n'
                '</td></tr></table>\n</body>\n</html>\n' % paras(c))


def shell_gov_xxgk(c, cs):
    h = head(c, c["title"], "body{font:14px/1.9 'Microsoft YaHei'}table.xxgk{border-collapse:collapse}table.xxgk td{border:1px solid #ccc;padding:3px 8px}"
             ".TRS_Editor p{text-indent:2em}", cs)
    rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (E(k), E(v)) for k, v in c["meta"])
    b = ['<body>', '<div class="hd">政府信息公开</div>', '<div class="pos">您的位置:首页 &gt; 信息公开</div>',
         '<table class="xxgk"><tr><td>名称</td><td>%s</td></tr>%s</table>' % (E(c["title"]), rows),
         '<h2 class="xxgk-title">%s</h2>' % E(c["title"]), lines(c.get("chrome", []), "wh"),
         '<div class="TRS_Editor">\n%s\n</div>' % paras(c), '</body>\n</html>\n']
    return h + "\n".join(b)


def shell_forum(c, cs):
    h = head(c, "帖子", "body{font:12px/1.6 Tahoma}.tpc_content{font-size:14px}", cs)
    return h + ('<body>\n<div id="main"><div class="t"><table><tr><td class="user">楼主</td><td>\n<div class="tpc_content">\n%s\n'
                '</div>\n</td></tr></table></div></div>\n</body>\n</html>\n' % "<br>\n".join(E(p) for p in c["paras"]))


def shell_en_news(c, cs):
    t = c.get("title")
    h = head(c, t or "News", "body{font:17px/1.6 Georgia,serif}main{max-width:720px;margin:auto}", cs)
    b = ['<body>', '<header class="site-header">News</header>', '<main>']
    if c.get("crumb"):
        b.append('<div class="breadcrumb">%s</div>' % E(c["crumb"]))
    if t:
        b.append('<h1>%s</h1>' % E(t))
    b.append(lines(c.get("chrome", []), "byline"))
    b.append('<article class="detail__body-text">\n%s\n</article>' % paras(c))
    b.append('</main>\n</body>\n</html>\n')
    return h + "\n".join(b)


def shell_kr_news(c, cs):
    t = c.get("title")
    h = head(c, t or "기사", "body{font:16px/1.7 'Malgun Gothic'}#article{width:760px;margin:auto}", cs)
    b = ['<body>', '<div id="article">']
    if t:
        b.append('<h3 class="tit">%s</h3>' % E(t))
    b.append(lines(c.get("chrome", []), "date"))
    b.append('<div id="articleBody">\n%s\n</div>' % paras(c))
    b.append('</div>\n</body>\n</html>\n')
    return h + "\n".join(b)


def shell_kr_board(c, cs):
    h = head(c, "뉴스 게시판", "body{font:13px/1.6 Dotum}", cs)
    return h + ('<body>\n<table class="board_view"><tr><td class="view_content">\n%s\n</td></tr></table>\n</body>\n</html>\n'
                % paras(c))


def shell_jp_school(c, cs):
    t = c.get("title")
    h = head(c, t or "おしらせ", "body{font:15px/1.8 'Hiragino Kaku Gothic ProN',Meiryo,sans-serif}.weblog{max-width:800px;margin:auto}", cs)
    b = ['<body>', '<div class="weblog">', '<div class="school-name">学校ブログ</div>']
    if t:
        b.append('<h2 class="entry-title">%s</h2>' % E(t))
    b.append('<ul class="entry-meta">%s</ul>' % "".join("<li>%s</li>" % E(x) for x in c.get("chrome", [])))
    b.append('<div class="entry-body">\n%s\n</div>' % paras(c))
    b.append('</div>\n</body>\n</html>\n')
    return h + "\n".join(b)


SHELLS = {k[6:]: v for k, v in globals().items() if k.startswith("shell_")}


def main():
    out = os.path.join(HERE, "html")
    os.makedirs(out, exist_ok=True)
    rows = []
    for c in sorted(H + L, key=lambda c: c["id"]):
        enc = ENC.get(c["id"], "utf-8")
        cs = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}[enc]
        doc = SHELLS[c["shell"]](c, cs)
        with open(os.path.join(out, c["id"] + ".html"), "wb") as f:
            f.write(doc.encode(enc))
        host = urlparse(c["url"]).hostname
        rows.append(dict(
            id=c["id"], url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"), author=c.get("author"),
            text=truth_text(c), hijacked=c["hijacked"], injections=[] if not c["hijacked"] else c["forms"],
            spam_strings=c.get("spam", []), legit=c["legit"], lang=c["lang"], origin="search corpus 'pages' capture of " + c["url"] + "; " + c["origin"],
            kind="rebuilt-from-text", site=host, capture="text", encoding=enc))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# real-cases-v35: sources\n\n"
                "Every page is rebuilt around text captured in public web material (the session's `search` tool, corpus `pages`): "
                "article text, chrome lines and spam strings are verbatim from the capture; the HTML shell is a reconstruction made by "
                "`build.py` from `cases.py` (`capture: text`, `kind: rebuilt-from-text`). Hosts, URLs and spam strings were checked "
                "against every `bench/data/dev/*` and `bench/data/heldout/*` truth and SOURCES file (none reused; `../validate_v35.py` "
                "repeats the host and spam-string checks).\n\n"
                "| id | lang | hijacked | legit | forms | encoding | origin |\n|---|---|---|---|---|---|---|\n")
        for r in rows:
            f.write("| %s | %s | %s | %s | %s | %s | %s |\n" % (r["id"], r["lang"], r["hijacked"], r["legit"],
                    ", ".join(r["injections"]) or "legit", r["encoding"], r["origin"].replace("|", "/")))
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
