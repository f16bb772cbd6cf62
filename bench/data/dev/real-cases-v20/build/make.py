# -*- coding: utf-8 -*-
"""Build real-cases-v20: html/<id>.html + truth.jsonl + SOURCES.md from cases_hijacked.py / cases_legit.py.

Shells are reconstructions in a few CMS-like layouts; the texts and injected strings are verbatim (see each
case's `origin`). Deterministic: python3 make.py
"""
import html
import json
import os
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cases_hijacked import HIJACKED  # noqa: E402
from cases_legit import LEGIT  # noqa: E402

EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u200D\uFE0F]")
E = html.escape


def truth_paras(c):
    if c.get("truth"):
        return list(c["truth"])
    drop = set()
    for k in ("captions", "subheads"):
        pass
    out = []
    for p in c["shown"]:
        for s in sorted(c.get("spam") or [], key=len, reverse=True):
            p = p.replace(s, "")
        if c.get("strip_emoji"):
            p = EMOJI.sub("", p)
        p = re.sub(r"[ \t]{2,}", " ", p).strip()
        out.append(p)
    return [p for p in out if p]


def para_html(c):
    shown = c["shown"]
    lr = [c.get("list_range"), c.get("list_range2")]
    heads = set(c.get("heads") or ())
    caps = c.get("captions") or {}
    subs = c.get("subheads") or {}
    parts = []
    i = 0
    while i < len(shown):
        if i in subs:
            for line in subs[i].split("\n"):
                parts.append('<p class="subhead"><strong>%s</strong></p>' % E(line))
        rng = next((r for r in lr if r and r[0] == i), None)
        if rng:
            items = "".join("<li>%s</li>" % E(x) for x in shown[rng[0]:rng[1]])
            parts.append("<ul>%s</ul>" % items)
            i = rng[1]
            continue
        if i in heads:
            parts.append("<h2>%s</h2>" % E(shown[i]))
        else:
            parts.append("<p>%s</p>" % E(shown[i]))
        if i in caps:
            parts.append('<figure><img src="/uploads/img%02d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, E(caps[i])))
        i += 1
    return "\n".join(parts)


def after_html(c):
    out = ""
    if c.get("after"):
        out += "".join('<p class="note">%s</p>\n' % E(x) for x in c["after"].split("\n"))
    if c.get("after_html"):
        out += c["after_html"] + "\n"
    return out


def head(c, charset):
    t = c.get("title_tag") or c.get("h1") or c.get("site_shown") or ""
    extra = ""
    if c.get("meta_desc"):
        extra += '<meta name="description" content="%s">\n<meta property="og:description" content="%s">\n' % (
            E(c["meta_desc"]), E(c["meta_desc"]))
    if c.get("tpl") == "wp":
        extra += '<meta property="og:title" content="%s">\n' % E(t)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<title>%s</title>\n%s<link rel="canonical" href="%s">\n</head>\n') % (
        {"zh": "zh-CN", "en": "en", "id": "id", "vi": "vi"}[c["lang"]], charset, E(t), extra, E(c["url"]))


def page(c):
    charset = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}[c["encoding"]]
    u = urlparse(c["url"])
    base = "%s://%s" % (u.scheme, u.netloc)
    pb = ("/" + c["path_brand"]) if c.get("path_brand") else ""
    site = E(c.get("site_shown") or "")
    h1 = ('<h1 class="title">%s</h1>\n' % E(c["h1"])) if c.get("h1") else ""
    by = ('<div class="byline">%s</div>\n' % E(c["byline"])) if c.get("byline") else ""
    crumb = c.get("crumb")
    body_top = c.get("top_html", "")
    before = c.get("before", "")
    tail = ""
    if c.get("tail_script"):
        tail = '<script type="text/javascript">\n%s</script>\n' % c["tail_script"]
    side = c.get("sidebar_html", "")
    tpl = c["tpl"]
    paras = para_html(c)
    aft = after_html(c)
    if tpl == "webplus":
        body = f"""<body>
{body_top}<div class="header"><div class="wp-logo"><a href="{base}/">{site}</a></div>
<ul class="nav"><li><a href="{base}/index.htm">首页</a></li><li><a href="{base}/xwzx.htm">新闻中心</a></li><li><a href="{base}/tzgg.htm">通知公告</a></li></ul></div>
<div class="main"><div class="crumb">{E(crumb or "当前位置: 首页 >> 新闻动态 >> 正文")}</div>
<div class="left">{side}</div>
<div class="article"><form name="_newscontent_fromname">
{h1}{by}<div id="vsb_content"><div class="v_news_content">
{before}{paras}
</div></div>
{aft}</form></div></div>
<div class="footer">版权所有 {site}</div>
{tail}</body>
</html>
"""
    elif tpl == "zhcms":
        body = f"""<body>
{body_top}<div id="top"><span class="logo">{site}</span></div>
<div id="nav"><a href="{base}/">首页</a> | <a href="{base}/news/">新闻动态</a> | <a href="{base}/about/">关于我们</a></div>
<div id="main"><div class="position">{E(crumb or "当前位置:首页 > 新闻动态")}</div>
<div class="news_detail">
{h1}{by}<div class="content">
{before}{paras}
</div>
{aft}</div>
<div class="side">{side}<h3>相关新闻</h3><ul><li><a href="{base}/news/1.html">更多新闻</a></li></ul></div></div>
<div id="footer">Copyright &copy; {site} 版权所有</div>
{tail}</body>
</html>
"""
    elif tpl == "govzh":
        body = f"""<body>
{body_top}<div class="gov-head"><div class="gov-logo">{site}</div>
<div class="gov-nav"><a href="{base}{pb}/">首页</a><a href="{base}{pb}/zwgk/">政务公开</a><a href="{base}{pb}/xwdt/">新闻动态</a></div></div>
<div class="gov-main"><div class="gov-crumb">{E(crumb or "首页 > 新闻动态")}</div>
<div class="gov-article">
{h1}{by}<div class="gov-text" id="zoom">
{before}{paras}
</div>
{aft}<div class="gov-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div></div>
<div class="gov-foot">主办单位:{site} 网站标识码 <a href="{base}{pb}/wzdt/">网站地图</a></div>
{tail}</body>
</html>
"""
    elif tpl in ("wp", "news_en", "edu_en"):
        nav_extra = c.get("nav_extra", "")
        crumbs = ('<div class="breadcrumb"><a href="%s/">Home</a> &raquo; %s</div>\n' % (base, E(crumb))) if crumb else ""
        body = f"""<body class="single">
{body_top}<header class="site-header"><div class="site-title"><a href="{base}/">{site}</a></div>
<nav><ul class="menu"><li><a href="{base}/">Home</a></li><li><a href="{base}/news/">News</a></li><li><a href="{base}/about/">About</a></li>{nav_extra}</ul></nav></header>
<main id="main"><article class="post">
{crumbs}{h1}{by}<div class="entry-content">
{before}{paras}
</div>
</article>
{aft}</main>
<aside class="sidebar">{side}<h3>Recent Posts</h3><ul><li><a href="{base}/news/">More news</a></li></ul></aside>
<footer class="site-footer">&copy; {site}</footer>
{tail}</body>
</html>
"""
    elif tpl == "vinews":
        body = f"""<body>
{body_top}<header><div class="logo"><a href="{base}/">{site}</a></div>
<nav><a href="{base}/">Trang chủ</a> <a href="{base}/tin-tuc/">Tin tức</a> <a href="{base}/giao-duc/">Giáo dục</a></nav></header>
<div class="container"><div class="detail">
{h1}{by}<div class="detail-content">
{before}{paras}
</div>
{aft}</div></div>
<footer>&copy; {site}</footer>
{tail}</body>
</html>
"""
    elif tpl == "issue":
        body = f"""<body>
<div class="Header"><a href="https://github.com/">GitHub</a> / <a href="https://github.com/{E(c['site_shown'])}">{E(c['site_shown'])}</a></div>
<div class="gh-header">{h1}{by}</div>
<div class="timeline-comment"><div class="comment-body markdown-body">
{paras}
</div></div>
{aft}<div class="footer">&copy; GitHub</div>
</body>
</html>
"""
    else:
        raise ValueError(tpl)
    return head(c, charset) + body


def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for c in HIJACKED + LEGIT:
        hj = c in HIJACKED
        doc = page(c)
        data = doc.encode(c["encoding"])
        with open(os.path.join(OUT, "html", c["id"] + ".html"), "wb") as f:
            f.write(data)
        rows.append(dict(
            id=c["id"], url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
            author=c.get("author"), text="\n".join(truth_paras(c)), hijacked=hj,
            injections=c.get("injections", []) if hj else [], spam_strings=c.get("spam", []) if hj else [],
            legit=not hj, lang=c["lang"], origin=c["origin"], kind=c["kind"],
            site=urlparse(c["url"]).netloc, capture=c["capture"], encoding=c["encoding"],
            evidence=c.get("evidence", []) if hj else []))
    rows.sort(key=lambda r: r["id"])
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = ["# real-cases-v20 sources", "",
             "Every page's origin. Texts and injected strings are verbatim from the `search` tool's stored captures "
             "(corpora `pages`, `issues`) or public repository files (corpus `code`), trimmed to whole paragraphs; every "
             "HTML shell is a reconstruction by `build/make.py` from `build/cases_hijacked.py` and `build/cases_legit.py`. "
             "`evidence` lists the bytes that carry an injection when no injected string is shown.", "",
             "| id | hijacked | legit | lang | kind | encoding | url | origin |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["id"], r["hijacked"], r["legit"], r["lang"], r["kind"], r["encoding"], r["url"], r["origin"].replace("|", "/")))
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
