# -*- coding: utf-8 -*-
"""Build real-cases-v40: html/<id>.html + truth.jsonl + SOURCES.md from cases_hijacked.py / cases_legit.py.
Deterministic; re-running gives the same bytes. Shells are reconstructions around verbatim captured text."""
import html, json, os, re, sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import H
from cases_legit import L

# first captured line is a dateline/byline, shown above the text and kept out of it
DATELINE_FIRST = {
    "http://weixiaozhuxue.com/dzsz/p/1524232.html",
    "http://m.excel-2003.com.cn/news/show_4492231.html",
    "http://stone58.cn/dzzt/sddz/sd/202312/t20231204_13253279.html",
    "https://mascotbusiness.com/kepolisian-kota-sukabumi-berhasil-meringkus-jaringan-judi-online/",
    "https://www.ettoday.net/news/20181018/1284131.htm",
    "https://news.cts.com.tw/cts/society/201902/201902021950914.html",
}
DROP_FIRST = {"http://m.excel-2003.com.cn/news/show_4492231.html"}  # dateline held mangled bytes: not shown

E = html.escape
TRAD = set("來發時間編輯資訊網頁與點擊")


def is_trad(c):
    return any(ch in TRAD for ch in "".join(c.get("paras", [])[:2]))


def byline(c):
    if c.get("no_byline"):
        return ""
    if c.get("byline"):
        return '<div class="info">%s</div>' % E(c["byline"])
    if c.get("meta"):
        return '<div class="info">%s</div>' % " ".join(
            "<span>%s:%s</span>" % (E(k), E(v)) for k, v in c["meta"])
    parts = []
    t = is_trad(c)
    if c.get("date"):
        parts.append(("發布時間" if t else "发布时间", c["date"]))
    if c.get("source"):
        parts.append(("來源" if t else "来源", c["source"]))
    if c.get("author"):
        parts.append(("作者", c["author"]))
    if not parts:
        return ""
    if c["lang"] != "zh":
        return '<div class="info">%s</div>' % " | ".join(E(v) for _, v in parts)
    return '<div class="info">%s</div>' % "&nbsp;&nbsp;".join(
        "<span>%s:%s</span>" % (E(k), E(v)) for k, v in parts)


def page(c):
    host = urlsplit(c["url"]).hostname
    shown = c.get("shown") or c["paras"]
    dateline = c.get("dateline")
    ptitle = c["title"] or c.get("site_name") or host
    if c.get("title_spam") and c.get("top"):
        ptitle = c["top"] + (" - " + c["title"] if c["title"] else "")
    elif c.get("top") and c["shell"] == "farm":
        ptitle = c["top"].strip("⛤⛥")
    charset = {"gbk": "gbk", "gb18030": "gb18030"}.get(c["encoding"], "utf-8")
    lang = {"zh": "zh-CN", "en": "en", "id": "id"}.get(c["lang"], c["lang"])
    o = ['<!DOCTYPE html>', '<html lang="%s">' % lang, "<head>",
         '<meta charset="%s">' % charset,
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         "<title>%s</title>" % E(ptitle),
         '<link rel="stylesheet" href="/style/%s.css">' % c["shell"], "</head>", "<body>"]
    if c.get("top"):
        o.append('<div class="topline">%s</div>' % E(c["top"]))
    sn = c.get("site_name") or host
    if c["shell"] == "vsb":
        o += ['<div class="header"><div class="logo"><a href="/">%s</a></div>' % E(sn),
              '<ul class="menu"><li><a href="/">首页</a></li><li><a href="/xwzx.htm">新闻中心</a></li>'
              '<li><a href="/tzgg.htm">通知公告</a></li><li><a href="/xsdt.htm">学术动态</a></li></ul></div>',
              '<div class="main"><div class="position">当前位置: <a href="/">首页</a> &gt; <a href="#">%s</a> &gt; 正文</div>' % E(sn)]
    elif c["shell"] == "portal":
        o += ['<div id="top"><div class="w1000"><span class="site">%s</span>' % E(sn),
              '<div class="nav"><a href="/">首頁</a> <a href="/news/">新聞</a> <a href="/sh/">社會</a> <a href="/ty/">體育</a></div></div></div>',
              '<div class="w1000 content">']
    elif c["shell"] == "farm":
        o += ['<header class="hd"><h2 class="brand">%s</h2><nav><a href="/">首页</a> <a href="/news/">资讯</a></nav></header>' % E(sn),
              '<section class="wrap">']
    elif c["shell"] == "wp":
        o += ['<header id="masthead" class="site-header"><p class="site-title"><a href="/">%s</a></p>' % E(sn),
              '<nav class="main-navigation"><a href="/">Home</a> <a href="/category/news/">News</a> <a href="/category/business/">Business</a></nav></header>',
              '<div id="content" class="site-content"><article class="post">']
    else:  # news
        o += ['<div class="topbar"><a href="/">%s</a> | <a href="/society/">社會</a> | <a href="/finance/">財經</a></div>' % E(sn),
              '<div class="container"><div class="article">']
    for h in c.get("head", []):
        o.append('<div class="crumb">%s</div>' % E(h))
    for p in c.get("pre", []):
        o.append('<div class="desc">%s</div>' % E(p))
    if c["title"]:
        o.append('<h1 class="title">%s</h1>' % E(c["title"]))
    b = byline(c)
    if b:
        o.append(b)
    if dateline:
        o.append('<p class="dateline">%s</p>' % E(dateline))
    if c.get("caption"):
        o.append('<div class="pic"><img src="/upload/%s.jpg" alt=""><p class="caption">%s</p></div>'
                 % (c["id"], E(c["caption"])))
    o.append('<div class="article-content" id="vsb_content">')
    for p in shown:
        o.append("<p>%s</p>" % E(p))
    o.append("</div>")
    for t in c.get("tail", []):
        o.append('<div class="note">%s</div>' % E(t))
    o.append("</div>")
    if c.get("side"):
        o.append('<div class="side"><h3>%s</h3><ul>' % ("Related" if c["lang"] != "zh" else "相关阅读"))
        for s in c["side"]:
            o.append('<li><a href="#">%s</a></li>' % E(s))
        o.append("</ul></div>")
    o.append('<div class="footer">Copyright &copy; %s</div>' % E(sn))
    o += ["</body>", "</html>", ""]
    return "\n".join(o)


# removed on 2026-12-06 when v39 became dev (ids keep their numbers): rc40-030 shares its registrable domain with
# dev/real-cases-v39 (validate_v40.py)
REMOVED = {"rc40-030"}


def main():
    cases = [dict(c, hijacked=True) for c in H] + [dict(c, hijacked=False, legit=True, spam=[], forms=[]) for c in L]
    out_html = os.path.join(HERE, "html")
    os.makedirs(out_html, exist_ok=True)
    rows, src = [], []
    for i, c in enumerate(cases, 1):
        c["id"] = "rc40-%03d" % i
        if c["id"] in REMOVED:
            continue
        if c["url"] in DATELINE_FIRST:
            first = c["paras"][0]
            c["paras"] = c["paras"][1:]
            if c.get("shown"):
                c["shown"] = c["shown"][1:]
            if c["url"] not in DROP_FIRST:
                c["dateline"] = first
        doc = page(c)
        enc = c["encoding"]
        try:
            data = doc.encode(enc)
        except UnicodeEncodeError:
            enc = "utf-8"
            doc = doc.replace('<meta charset="%s">' % c["encoding"], '<meta charset="utf-8">')
            data = doc.encode(enc)
        with open(os.path.join(out_html, c["id"] + ".html"), "wb") as f:
            f.write(data)
        host = urlsplit(c["url"]).hostname
        rows.append(dict(
            id=c["id"], url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
            text="\n".join(c["paras"]), hijacked=c["hijacked"], injections=c["forms"], spam_strings=c["spam"],
            legit=bool(c.get("legit")), lang=c["lang"], origin=c["origin"], kind="rebuilt-from-text",
            site=host[4:] if host.startswith("www.") else host, capture="text", encoding=enc))
        src.append("| %s | %s | %s | %s | %s | %s |" % (
            c["id"], str(c["hijacked"]).lower(), str(bool(c.get("legit"))).lower(), c["lang"], c["url"],
            c["origin"].replace("|", "/")))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# SOURCES — real-cases-v40\n\n"
                "Every page was found with the session's `search` tool (corpus `pages`, stored public web pages) on 2026-12-06.\n"
                "All are `capture: text`: the article paragraphs and injected strings are verbatim from the stored capture; the\n"
                "HTML shell around them (header, nav, footer, class names, byline layout) is a reconstruction\n"
                "(`kind: rebuilt-from-text`) built by `build.py` from `cases_hijacked.py` / `cases_legit.py`. Where the capture was\n"
                "excerpt-length the page holds only the captured paragraphs; paragraphs holding mangled bytes are left out.\n"
                "Hosts, registrable domains, URLs and spam strings were checked against every dev split (`../validate_v40.py`).\n"
                "No real site yielded several pages free of dev overlap, so every real page is its own site (truth `site` = host).\n\n"
                "| id | hijacked | legit | lang | origin URL | what |\n|---|---|---|---|---|---|\n")
        f.write("\n".join(src) + "\n")


if __name__ == "__main__":
    main()
