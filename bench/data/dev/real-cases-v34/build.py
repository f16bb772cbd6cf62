# -*- coding: utf-8 -*-
"""Build real-cases-v34: html/rc34-NNN.html + truth.jsonl + SOURCES.md from cases.py.

Deterministic; run from anywhere:  python3 build.py
Every page is a rebuilt shell around verbatim captured text (capture "text").
"""
import html
import json
import os
from urllib.parse import urlparse

from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape

SHELLS = {
    # name: (site label, css, nav items, footer)
    "mirror_trad": ("", "body{font:14px/1.8 SimSun,serif;margin:0}.top{font-size:12px;color:#333;padding:4px 10px}"
                    ".nav{background:#a00;color:#fff;padding:4px 10px}.wrap{width:960px;margin:0 auto}"
                    "h1{font-size:22px;text-align:center}.info{text-align:center;color:#888;font-size:12px}"
                    ".pic-note{text-align:center;color:#555}.wm{color:#fff;font-size:1px}",
                    ["首頁", "新聞", "地方", "體育"], ["Copyright 版權所有 未經授權禁止複製"]),
    "school": ("新闻网", "body{font:14px/1.9 'Microsoft YaHei';margin:0;background:#f4f4f4}.head{background:#0b4f9c;color:#fff;padding:18px 30px;font-size:24px}"
               ".nav a{color:#fff;margin:0 12px}.nav{background:#083d7a;padding:6px 30px}.main{width:1000px;margin:10px auto;background:#fff;padding:20px 40px}"
               "h1{font-size:22px;color:#0b4f9c;text-align:center}.info{text-align:center;color:#999;font-size:12px}",
               ["首页", "学校概况", "新闻网", "综合新闻", "院系动态", "媒体关注"], ["版权所有 地址 邮编"]),
    "gov_gbk": ("信息公开", "body{font:12px/2 SimSun;margin:0}.head{height:90px;background:#1a5ba6;color:#fff;font-size:26px;padding:20px}"
                ".crumb{padding:6px 20px;border-bottom:1px solid #ccc}table.xxgk{width:100%;border-collapse:collapse}"
                "table.xxgk td{border:1px solid #ddd;padding:2px 6px}#zoom{padding:10px 40px;font-size:14px}"
                ".title{font-size:20px;font-weight:bold;text-align:center;color:#c00}",
                ["首页", "机构概况", "信息公开", "信息公开规定"], ["版权所有 ICP备案"]),
    "lottery_org": ("体彩资讯", "body{font:15px/1.8 sans-serif;margin:0}.head{background:#d71518;color:#fff;padding:14px 24px}"
                    ".main{width:960px;margin:0 auto}.content p{text-indent:2em}",
                    ["首页", "体彩资讯", "公益体彩", "责任彩票"], ["体育彩票管理中心 版权所有"]),
    "assoc_hant": ("協會", "body{font:15px/1.8 'PingFang TC',sans-serif}.main{max-width:880px;margin:0 auto}.date{color:#888}",
                   ["主頁", "關於我們", "活動", "會訊"], ["版權所有"]),
    "news_hant": ("週刊", "body{font:17px/1.9 sans-serif}.main{max-width:760px;margin:0 auto}figure{margin:0}figcaption{color:#777;font-size:14px}",
                  ["時事", "社會", "政治", "娛樂"], ["版權所有"]),
    "news_simpl": ("新闻", "body{font:17px/1.9 sans-serif}.main{max-width:760px;margin:0 auto}.src{color:#888}.rel li{color:#06c}",
                   ["首页", "要闻", "警事", "视频"], ["版权所有"]),
    "firm": ("律师事务所", "body{font:14px/2 'Microsoft YaHei'}.side{float:right;width:220px}.main{width:700px}",
             ["首页", "律所简介", "律师团队", "法律知识", "联系我们"], ["律师事务所 版权所有 ICP备"]),
    "news_id": ("Suara", "body{font:16px/1.8 Georgia,serif}.main{max-width:740px;margin:0 auto}.baca{font-weight:bold}",
                ["News", "Bisnis", "Lifestyle", "Bola"], ["Copyright © Suara. All Rights Reserved."]),
    "en_release": ("Newsroom", "body{font:16px/1.7 Arial}.main{max-width:800px;margin:0 auto}.byline{color:#666}",
                   ["Home", "Newsroom", "Press Releases"], ["All rights reserved."]),
    "en_blog": ("Gaming Law Blog", "body{font:16px/1.7 Georgia}.main{max-width:720px;margin:0 auto}",
                ["Home", "About", "Topics", "Subscribe"], ["Attorney Advertising."]),
    "epaper_gbk": ("晚报", "body{font:14px/1.8 SimSun}.ban{background:#eee;padding:4px}.main{width:700px;margin:0 auto}",
                   ["首页", "版面导航", "往期回顾"], []),
    "tax_portal": ("财税资讯", "body{font:14px/1.9 'Microsoft YaHei'}.main{width:900px;margin:0 auto}.content p{text-indent:2em}",
                   ["首页", "财税资讯", "政策法规", "办税指南"], ["版权所有"]),
    "forum": ("論壇", "body{font:14px/1.6 Verdana,sans-serif}.jammer{display:none}.t_f{font-size:14px}",
              ["論壇", "新聞", "時事"], ["Powered by Discuz!"]),
}


def site_of(url):
    return urlparse(url).hostname


def shell_page(c):
    t = c["truth"]
    label, css, nav, footer = SHELLS[c["shell"]]
    enc = c.get("encoding", "utf-8")
    brand = c.get("brand")
    site_name = brand if (brand and c["shell"] == "school" and c.get("brand_sitename", True)) else (label or site_of(c["url"]))
    if c.get("top_spam"):
        title = c["top_spam"]
    elif c.get("headline"):
        title = c["headline"] + ("_" + site_name if c["shell"] not in ("mirror_trad",) else "")
    else:
        title = site_name
    out = []
    out.append("<!DOCTYPE html>")
    out.append('<html lang="%s">' % ("zh-Hant" if t["lang"] == "zh-Hant" else t["lang"]))
    out.append("<head>")
    out.append('<meta charset="%s">' % enc)
    out.append("<title>%s</title>" % E(title))
    if c.get("top_spam"):
        out.append('<meta name="keywords" content="%s">' % E(c["top_spam"]))
    out.append("<style>%s</style>" % css)
    out.append("</head>")
    out.append("<body>")
    if c.get("top_spam"):
        out.append('<div class="top"><h1 class="logo-line">%s</h1></div>' % E(c["top_spam"]))
    if c.get("junk"):
        out.append('<ul class="odd">')
        for j in c["junk"]:
            out.append("<li>%s</li>" % E(j))
        out.append("</ul>")
    if c["shell"] == "school":
        out.append('<div class="head">%s</div>' % E(site_name))
    elif c["shell"] == "gov_gbk":
        out.append('<div class="head">%s</div>' % E(brand or label))
    elif c["shell"] not in ("mirror_trad",):
        out.append('<div class="head">%s</div>' % E(label))
    out.append('<div class="nav">%s</div>' % " ".join('<a href="#">%s</a>' % E(n) for n in nav))
    for line in c.get("chrome_top", []):
        out.append('<div class="crumb">%s</div>' % E(line))
    out.append('<div class="main wrap">')
    if c["shell"] == "gov_gbk":
        out.append('<table class="xxgk"><tr><td>索引号</td><td></td><td>分类</td><td>信息公开规定</td></tr>'
                   '<tr><td>发布机构</td><td>办公厅</td><td>发文日期</td><td></td></tr></table>')
    if c.get("headline"):
        cls = "title" if c["shell"] == "gov_gbk" else "art-title"
        out.append('<h1 class="%s">%s</h1>' % (cls, E(c["headline"])))
    if c.get("meta"):
        out.append('<div class="info">%s</div>' % E(c["meta"]))
    if c.get("meta2"):
        out.append('<div class="info">%s</div>' % E(c["meta2"]))
    if c.get("jammer"):
        out.append('<div class="t_f"><font class="jammer">%s</font></div>' % E(c["jammer"][0]))
    out.append('<div id="zoom" class="content">')
    if c.get("caption_first"):
        out.append('<p class="pic-note"><img src="/uploads/pic1.jpg" alt=""><br>%s</p>' % E(c["caption_first"]))
    inline_more = dict(c.get("inline_more", []))
    figs = set(c.get("figure_after", []))
    for i, para in enumerate(c["paras"]):
        wm = c.get("watermark")
        jam = ""
        if c.get("jammer") and i + 1 < len(c["jammer"]):
            jam = '<font class="jammer">%s</font>' % E(c["jammer"][i + 1])
        if wm:
            out.append('<p>%s<span class="wm">%s</span></p>' % (E(para), E(wm)))
        else:
            out.append("<p>%s%s</p>" % (E(para), jam))
        if i in figs:
            out.append('<p class="pic-note"><img src="/uploads/img%d.jpg" alt="圖片"><br>圖片</p>' % i)
        if i == 0 and c.get("caption_mid"):
            out.append('<figure><img src="/img/2.jpg" alt=""><figcaption>%s</figcaption></figure>' % E(c["caption_mid"]))
        if i in inline_more:
            out.append('<p class="baca"><a href="#">%s</a></p>' % E(inline_more[i]))
    out.append("</div>")
    for line in c.get("extra_after", []):
        out.append('<p class="editor">%s</p>' % E(line))
    if c.get("junk_after"):
        out.append('<div class="xgtj">%s</div>' % E(c["junk_after"]))
    if c.get("related"):
        out.append('<ul class="rel">%s</ul>' % "".join("<li>%s</li>" % E(r) for r in c["related"]))
    out.append("</div>")
    for f in footer + c.get("footer", []):
        out.append('<div class="footer">%s</div>' % E(f))
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n", enc


def truth_text(c):
    paras = list(c["paras"])
    if c.get("body_brand") and c.get("brand"):
        for b in c.get("extra_brands", []) + [c["brand"]]:
            paras = [p.replace(b, "") for p in paras]
    return "\n".join(paras)


def main():
    hdir = os.path.join(HERE, "html")
    os.makedirs(hdir, exist_ok=True)
    rows, src = [], []
    for n, c in enumerate(CASES, 1):
        cid = "rc34-%03d" % n
        page, enc = shell_page(c)
        with open(os.path.join(hdir, cid + ".html"), "wb") as f:
            f.write(page.encode(enc))
        t = dict(c["truth"])
        row = {
            "id": cid, "url": c["url"], "title": t["title"], "date": t["date"], "source": t["source"],
            "author": t["author"], "text": truth_text(c), "hijacked": t["hijacked"],
            "injections": t["injections"], "spam_strings": t["spam_strings"], "legit": t["legit"],
            "lang": t["lang"], "origin": t["origin"], "kind": t["kind"], "site": site_of(c["url"]),
            "capture": t["capture"], "encoding": enc,
        }
        rows.append(row)
        lab = "hijacked" + (" + legit" if t["legit"] else "") if t["hijacked"] else "legit"
        src.append("- **%s** — %s — kind `%s`, capture `%s`, %s: %s" % (cid, c["url"], t["kind"], t["capture"], lab, t["origin"]))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# SOURCES — real-cases-v34\n\n")
        f.write("Where each page comes from. \"pages corpus\" = the stored public web pages searched with the "
                "`search` tool; every page here is a capture of text (the search excerpt, verbatim) wrapped by "
                "`build.py` in a rebuilt shell (`capture: text`, `kind: rebuilt-from-text`).\n\n")
        f.write("\n".join(src) + "\n")
    print(len(rows), "cases")


if __name__ == "__main__":
    main()
