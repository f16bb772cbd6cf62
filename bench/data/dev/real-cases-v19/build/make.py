"""Build real-cases-v19 (html/<id>.html, truth.jsonl, SOURCES.md) from cases_v19.py.

The article texts and injected strings/snippets in cases_v19.py are verbatim from public captures
(see each case's `origin`); the HTML shells around them are reconstructions made here.
Deterministic: no clock, no network.  python3 make.py
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cases_v19 import CASES  # noqa: E402

E = html.escape

CHARSET = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}


def byline(c):
    if c.get("meta") is not None:
        return c["meta"]
    bits = []
    if c.get("date"):
        bits.append("发布时间:" + c["date"])
    if c.get("source"):
        bits.append("来源:" + c["source"])
    if c.get("author"):
        bits.append("作者:" + c["author"])
    return "  ".join(bits)


def paras_html(c):
    out = []
    for p in c["paras"]:
        if p.startswith("<"):
            out.append(p)  # already html (inline injection kept verbatim)
        else:
            out.append("<p>" + E(p) + "</p>")
    return "\n".join(out)


def extra_html(lines, cls):
    if not lines:
        return ""
    return "\n".join('<p class="%s">%s</p>' % (cls, E(x)) for x in lines)


def shell(c):
    s = c.get("shell", "webplus")
    cs = CHARSET[c["encoding"]]
    site = c.get("site") or ""
    h1 = c.get("h1")
    h1 = E(h1) if h1 else ""
    ptitle = E(c.get("page_title") or (c.get("h1") or "") + ("_" + site if site else ""))
    head = c.get("head_inject", "")
    top = c.get("body_start_inject", "")
    after = c.get("after_text_inject", "")
    end = c.get("body_end_inject", "")
    meta = E(byline(c))
    body = paras_html(c)
    before = extra_html(c.get("before_lines"), "pic-note")
    below = extra_html(c.get("after_lines"), "credit")
    lang = {"zh": "zh-CN", "zh-hant": "zh-TW"}.get(c.get("html_lang", c["lang"]), c["lang"])
    if s == "webplus":
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<title>{ptitle}</title>
<link rel="stylesheet" href="/_css/_system/system.css">
{head}</head>
<body class="list-page">
{top}<div class="header"><div class="logo"><span class="site-name">{E(site)}</span></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx/list.htm">新闻中心</a></li><li><a href="/tzgg/list.htm">通知公告</a></li></ul></div>
<div class="main"><div class="position">当前位置:<a href="/">首页</a> &gt; <a href="/xwzx/list.htm">新闻中心</a> &gt; 正文</div>
<div class="article">
<h1 class="arti_title">{h1}</h1>
<p class="arti_metas">{meta}</p>
{before}
<div class="wp_articlecontent">
{body}
</div>
{below}
{after}
<div class="pagenav"><p>上一篇:<a href="#">无</a></p><p>下一篇:<a href="#">无</a></p></div>
</div></div>
<div class="footer"><p>版权所有 &copy; {E(site)}</p></div>
{end}</body>
</html>
"""
    if s == "gov":
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{cs}">
<title>{ptitle}</title>
<meta name="ArticleTitle" content="{h1}">
{head}</head>
<body>
{top}<div id="top"><div class="sitename">{E(site)}</div></div>
<div id="menu"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/gzdt/">工作动态</a> | <a href="/hdjl/">互动交流</a></div>
<div id="location">您当前的位置:首页 &gt; 工作动态</div>
<div id="content">
<div class="title">{h1}</div>
<div class="info">{meta} 【字体:大 中 小】 打印</div>
{before}
<div class="TRS_Editor">
{body}
</div>
{below}
{after}
<div class="share">扫一扫在手机打开当前页</div>
</div>
<div id="foot">主办:{E(site)} 网站标识码 版权所有</div>
{end}</body>
</html>
"""
    if s == "news":
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{cs}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{ptitle}</title>
{head}</head>
<body>
{top}<header class="site-header"><a class="brand" href="/">{E(site)}</a>
<nav><a href="/news/">News</a> <a href="/local/">Local</a> <a href="/world/">World</a> <a href="/business/">Business</a></nav></header>
<main class="layout"><article class="story">
<h1 class="headline">{h1}</h1>
<div class="byline">{meta}</div>
{before}
<div class="story-body">
{body}
</div>
{below}
{after}
</article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a/1">More news</a></li><li><a href="/a/2">Latest</a></li></ul></aside></main>
<footer class="site-footer">&copy; {E(site)}</footer>
{end}</body>
</html>
"""
    if s == "blog":
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{cs}">
<title>{ptitle}</title>
<meta name="generator" content="WordPress">
{head}</head>
<body class="single single-post">
{top}<div id="page"><header id="masthead"><p class="site-title"><a href="/">{E(site)}</a></p></header>
<div id="content"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">{h1}</h1>
<div class="entry-meta">{meta}</div></header>
{before}
<div class="entry-content">
{body}
</div>
{below}
{after}
</article>
<div id="secondary"><section class="widget"><h2 class="widget-title">近期文章</h2><ul><li><a href="/?p=1">文章</a></li></ul></section></div>
</div><footer id="colophon"><div class="site-info">{E(site)}</div></footer></div>
{end}</body>
</html>
"""
    raise ValueError(s)


EMOJI = __import__("re").compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u200D\uFE0F\u2640\u2642]")

FIELDS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings",
          "legit", "lang", "origin", "kind", "site", "capture", "encoding", "evidence"]


def truth_text(c):
    if c.get("truth_paras") is not None:
        ps = c["truth_paras"]
    else:
        ps = []
        import re
        for p in c["paras"]:
            if p.startswith("<"):
                p = html.unescape(re.sub(r"<[^>]+>", "", p))
            for d in c.get("drop", []):
                p = p.replace(d, "")
            if c.get("strip_emoji"):
                p = EMOJI.sub("", p)
            p = p.strip()
            if p:
                ps.append(p)
    return "\n".join(ps)


def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for c in CASES:
        page = shell(c)
        with open(os.path.join(OUT, "html", c["id"] + ".html"), "wb") as f:
            f.write(page.encode(CHARSET[c["encoding"]], errors="xmlcharrefreplace"))
        t = {
            "id": c["id"], "url": c["url"], "title": c.get("title"), "date": c.get("date"),
            "source": c.get("truth_source", c.get("source")), "author": c.get("truth_author", c.get("author")),
            "text": truth_text(c), "hijacked": c["hijacked"], "injections": c.get("injections", []),
            "spam_strings": c.get("spam_strings", []), "legit": c["legit"], "lang": c["lang"],
            "origin": c["origin"], "kind": c["kind"], "site": c.get("site"), "capture": c.get("capture", "text"),
            "encoding": c["encoding"], "evidence": c.get("evidence", []),
        }
        rows.append(t)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in rows:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    lines = ["# real-cases-v19 sources", "",
             "Every page's origin. Texts and injected strings are verbatim from the `search` tool's stored captures "
             "(corpus `pages`) or from public issue threads / repository files (corpora `issues`, `code`), trimmed to "
             "whole paragraphs; every HTML shell is a reconstruction by `build/make.py` from `build/cases_v19.py`. "
             "`evidence` lists the bytes that carry an injection when no injected string is shown.", "",
             "| id | hijacked | legit | lang | kind | encoding | url | origin |", "|---|---|---|---|---|---|---|---|"]
    for t in rows:
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            t["id"], t["hijacked"], t["legit"], t["lang"], t["kind"], t["encoding"], t["url"],
            t["origin"].replace("|", "/")))
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
