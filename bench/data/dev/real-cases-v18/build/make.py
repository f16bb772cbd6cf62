"""Rebuild real-cases-v18 (html/*.html + truth.jsonl) from cases_v18.py.

The HTML shells are reconstructions around verbatim captured text (see ../SOURCES.md).
Deterministic: python3 make.py  (writes ../html and ../truth.jsonl)
"""
import html
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_v18 import CASES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CHARSET = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}


def esc(s):
    if "<a " in s or "<br>" in s:
        return s
    return html.escape(s, quote=False)


def lang_attr(c):
    return {"zh": "zh-CN", "ko": "ko", "ja": "ja", "en": "en"}[c["lang"]]


def shell(i, c, body_article):
    """Five shell families, picked by position; all plain CMS-like layouts."""
    cs = CHARSET[c["enc"]]
    title = html.escape(c["shown_title"], quote=False)
    head_inj = c.get("head_inj", "")
    site = html.escape(c.get("site") or "", quote=False)
    canon = html.escape(c["url"], quote=True)
    top_inj = c.get("top_inj", "")
    bottom_inj = c.get("bottom_inj", "")
    style = i % 5
    if style == 0:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta}
<title>{title}</title>
<link rel="canonical" href="{canon}" />
{head_inj}
</head>
<body>
{top_inj}
<div id="header"><div class="logo">{site}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻动态</a></li><li><a href="/gk/">信息公开</a></li><li><a href="/lx/">联系我们</a></li></ul></div>
<div id="container"><div class="left-col"><h3>栏目导航</h3><ul><li><a href="/news/">综合新闻</a></li><li><a href="/tz/">通知公告</a></li></ul></div>
<div class="right-col">
{body_article}
</div></div>
<div id="footer">版权所有 &copy; {site}　技术支持:网站群平台</div>
{bottom_inj}
</body>
</html>
"""
    if style == 1:
        return f"""<!doctype html>
<html lang="{lang_attr(c)}">
<head>
<meta charset="{cs}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta property="og:url" content="{canon}">
{head_inj}
</head>
<body class="page-article">
{top_inj}
<header class="site-header"><a class="brand" href="/">{site}</a>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>
<main class="container">
{body_article}
</main>
<footer class="site-footer"><p>&copy; {site}</p></footer>
{bottom_inj}
</body>
</html>
"""
    if style == 2:
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}" />
<meta name="keywords" content="" />
<title>{title}</title>
<link rel="canonical" href="{canon}" />
{head_inj}
</head>
<body topmargin="0" leftmargin="0">
{top_inj}
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="top"><tr><td class="sitename">{site}</td><td align="right"><a href="/">网站首页</a> | <a href="/sitemap.html">网站地图</a></td></tr></table>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top" class="content-td">
{body_article}
</td></tr></table>
<table width="1000" align="center" class="bottom"><tr><td align="center">{site} 版权所有</td></tr></table>
{bottom_inj}
</body>
</html>
"""
    if style == 3:
        return f"""<!DOCTYPE html>
<html lang="{lang_attr(c)}">
<head>
<meta charset="{cs}">
<title>{title}</title>
<link rel="canonical" href="{canon}">
<link rel="stylesheet" href="/static/css/wp-content.css">
{head_inj}
</head>
<body class="single single-post">
{top_inj}
<div id="page" class="site"><div class="site-branding"><p class="site-title"><a href="/">{site}</a></p></div>
<div id="content" class="site-content"><div id="primary" class="content-area">
{body_article}
</div><aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">最新文章</h2><ul><li><a href="/archives/1">归档</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer">{site}</footer></div>
{bottom_inj}
</body>
</html>
"""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="url" content="{canon}">
{head_inj}
</head>
<body>
{top_inj}
<div class="wp_header"><div class="wp_logo">{site}</div><div class="wp_nav"><a href="/main.htm">首页</a><a href="/xwzx/list.htm">新闻中心</a></div></div>
<div class="wp_main"><div class="wp_column">当前位置: <a href="/main.htm">首页</a> &gt; 正文</div>
{body_article}
</div>
<div class="wp_footer">{site}</div>
{bottom_inj}
</body>
</html>
"""


def article(c):
    parts = ['<div class="article">']
    if c.get("extra_top"):
        parts.append('<div class="pre">%s</div>' % esc(c["extra_top"]))
    if c.get("h1"):
        parts.append("<h1>%s</h1>" % esc(c["h1"]))
    if c.get("byline"):
        parts.append('<div class="info">%s</div>' % esc(c["byline"]))
    parts.append('<div class="content">')
    mid_after = c.get("mid_after", 0)
    if c.get("extra_mid") and mid_after == -1:
        parts.append('<p class="pic-caption">%s</p>' % esc(c["extra_mid"]))
    for k, p in enumerate(c["paras"]):
        parts.append("<p>%s</p>" % esc(p))
        if c.get("extra_mid") and k == mid_after and mid_after >= 0:
            parts.append('<p class="pic-caption">%s</p>' % esc(c["extra_mid"]))
    parts.append("</div>")
    for e in c.get("extra", []):
        parts.append('<div class="credit">%s</div>' % esc(e))
    parts.append("</div>")
    return "\n".join(parts)


def truth_text(c):
    tp = c.get("truth_paras")
    paras = []
    for k, p in enumerate(c["paras"]):
        t = tp[k] if tp and k < len(tp) and tp[k] is not None else p
        paras.append(t)
    text = "\n".join(paras)
    for s in c["spam"]:
        text = text.replace(s, "")
    return text


def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for i, c in enumerate(CASES):
        page = shell(i, c, article(c))
        data = page.encode(CHARSET[c["enc"]])
        with open(os.path.join(OUT, "html", c["id"] + ".html"), "wb") as f:
            f.write(data)
        rows.append(dict(
            id=c["id"], url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
            text=truth_text(c), hijacked=c["hijacked"], injections=c["injections"], spam_strings=c["spam"],
            legit=c["legit"], lang=c["lang"], origin=c["origin"], kind=c["kind"], site=c.get("site"),
            capture=c["capture"], encoding=c["enc"],
            evidence=c.get("evidence") or ([html.escape(c["url"], quote=True)] if c["hijacked"] and not c["spam"] else []),
        ))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()


def sources():
    lines = ["# real-cases-v18 sources", "",
             "Every page's origin. Texts are verbatim from the `search` tool's stored captures (corpus `pages`), trimmed to whole "
             "paragraphs; the four `real-injection-in-real-page` cases quote their injected snippet verbatim from a public GitHub "
             "issue thread (corpus `issues`) or a public write-up in a repository (corpus `code`) and place it into a real clean "
             "page's captured text. All HTML shells are reconstructions (`build/make.py` from `build/cases_v18.py`); where a "
             "heading, label, <title> or date is a reconstruction the origin says so. `evidence` lists the bytes that show the "
             "injection when no injected string is visible (checked by `../validate_v18.py`).", "",
             "| id | hijacked | legit | lang | kind | encoding | url | origin |", "|---|---|---|---|---|---|---|---|"]
    for c in CASES:
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            c["id"], c["hijacked"], c["legit"], c["lang"], c["kind"], c["enc"], c["url"], c["origin"].replace("|", "\\|")))
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__" and "--sources" in sys.argv:
    sources()
