# -*- coding: utf-8 -*-
"""Build real-cases-v8/html/*.html and truth.jsonl from cases.py (deterministic).

python3 build_real.py   (run from any directory)
The displayed strings are verbatim captures; the markup is a reconstruction in CMS-like shells."""
import html
import json
import os
import re
import sys
from urllib.parse import urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u200d\ufe0f\u2B00-\u2BFF]")


def clean(p, c):
    for s in sorted(c.get("remove", []) + c.get("spam", []), key=len, reverse=True):
        p = p.replace(s, "")
    p = EMOJI.sub("", p)
    return p.strip()


def paras(c):
    out = []
    rel = list(c.get("related", []))
    for i, p in enumerate(c["body"]):
        out.append("<p>%s</p>" % E(p))
        if rel and i < 2:
            r = rel.pop(0)
            out.append('<div class="related-inline"><a href="#">%s</a></div>' % E(r))
    return "\n".join(out)


def headline(c):
    if c.get("headline_override"):
        return c["headline_override"]
    if c.get("title"):
        return c.get("headline_prefix", "") + c["title"]
    return None


def page_title(c):
    if c.get("title_spam"):
        return c["title_spam"]
    if c.get("page_title"):
        return c["page_title"]
    return c.get("title") or "新闻中心"


def meta_html(c, cls="info"):
    m = c.get("meta") or []
    return "\n".join('<div class="%s">%s</div>' % (cls, E(x)) for x in m)


def inj(c, where):
    if c.get("inject") and c.get("inject_where") == where:
        return c["inject"] + "\n"
    return ""


def shell_edu(c):
    h = headline(c)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{E(page_title(c))}</title>
<meta name="keywords" content="学院新闻">
<link rel="stylesheet" href="/_css/_system/system.css">
{inj(c, 'head')}</head>
<body>
{inj(c, 'body_start')}<div class="header"><div class="logo"><img src="/images/logo.png" alt="logo"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xygk.htm">学院概况</a></li><li><a href="/xwdt.htm">新闻动态</a></li><li><a href="/jxky.htm">教学科研</a></li><li><a href="/djgz.htm">党建工作</a></li></ul></div>
<div class="main"><div class="left"><h3>新闻动态</h3><ul><li><a href="#">学院新闻</a></li><li><a href="#">通知公告</a></li></ul></div>
<div class="right"><div class="position">当前位置: <a href="/">首页</a> &gt; <a href="#">新闻动态</a> &gt; 正文</div>
<form name="_newscontent_fromname"><div class="content">
{('<h1 class="titlestyle">%s</h1>' % E(h)) if h else ''}
{meta_html(c, 'timestyle')}
<div id="vsb_content"><div class="v_news_content">
{paras(c)}
</div></div>
{inj(c, 'after_body')}<div class="page-nav"><p>上一条: <a href="#">关于做好学生体质健康测试工作的通知</a></p><p>下一条: <a href="#">学院召开本学期教学工作会议</a></p></div>
</div></form></div></div>
<div class="footer"><p>版权所有 地址: 邮编: 电话:</p></div>
{inj(c, 'body_end')}</body></html>
"""


def shell_journal(c):
    h = headline(c)
    lead = c.get("lead_spam")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{E(page_title(c))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
{('<div class="top-line">%s</div>' % E(lead)) if lead else ''}
<div class="wrap"><div class="article">
<h1>{E(h) if h else ''}</h1>
{meta_html(c, 'art-info')}
<div class="art-body">
{paras(c)}
</div></div>
<div class="side"><h4>相关文章</h4><ul><li><a href="#">期刊导读</a></li><li><a href="#">更多文章</a></li></ul></div></div>
<div class="foot">Copyright</div>
</body></html>
"""


def shell_portal(c):
    h = headline(c)
    src = c.get("source_line")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{E(page_title(c))}</title>
</head>
<body>
<div id="topnav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/shehui/">社会</a> | <a href="/tiyu/">体育</a> | <a href="/caijing/">财经</a></div>
<div id="main"><div class="crumb"><a href="/">首页</a> &gt; 正文</div>
<div class="artbox">
{('<h1 class="art-title">%s</h1>' % E(h)) if h else ''}
{meta_html(c, 'art-meta')}
<div class="art-content">
{paras(c)}
{('<p class="art-source">%s</p>' % E(src)) if src else ''}
</div></div>
<div class="hotlist"><h3>热点推荐</h3><ul><li><a href="#">今日关注</a></li><li><a href="#">图片新闻</a></li></ul></div></div>
<div id="footer">关于我们 | 联系方式 | 网站声明</div>
</body></html>
"""


def shell_corp(c):
    h = headline(c)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{E(page_title(c))}</title>
</head>
<body>
<header><div class="brand">中国海外集团</div><nav><a href="#">oa登陆</a> <a href="#">中海集团家族网站</a> <a href="#">en</a></nav></header>
<section class="news-detail"><div class="sub-nav">新闻中心 / 集团要闻 / 文章详情</div>
<h2 class="detail-title">{E(h) if h else ''}</h2>
{meta_html(c, 'detail-meta')}
<div class="detail-body">
{paras(c)}
</div></section>
<footer>版权所有</footer>
</body></html>
"""


def shell_blog(c):
    h = headline(c)
    lead = c.get("lead_spam")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{E(page_title(c))}</title>
</head>
<body>
{('<div class="spam-top">%s</div>' % E(lead)) if lead else ''}
<div id="header"><h1 class="blogname">{E(c.get('blog_name', ''))}</h1></div>
<div id="main"><div class="post">
<h2 class="postTitle"><a href="#">{E(h) if h else ''}</a></h2>
<div class="postbody">
{paras(c)}
</div>
<div class="postfoot">posted on 2007-09-27 | 阅读 | 评论</div></div>
<div id="sidebar"><h3>随笔分类</h3><ul><li><a href="#">C++</a></li><li><a href="#">游戏编程</a></li></ul></div></div>
</body></html>
"""


def shell_wp(c):
    h = headline(c)
    body = []
    if c.get("lead_promo"):
        body.append('<p class="lead">%s</p>' % E(c["lead_promo"]))
    if c.get("subhead"):
        body.append("<h2>%s</h2>" % E(c["subhead"]))
    body.append(paras(c))
    if c.get("tail_promo"):
        body.append("<p>%s</p>" % E(c["tail_promo"]))
    body = "\n".join(body)
    lang = c["lang"]
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="UTF-8">
<title>{E(page_title(c))}</title>
<link rel="stylesheet" href="/wp-content/themes/newsup/style.css">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site"><header class="site-header"><div class="site-branding"><a href="/" rel="home">Home</a></div>
<nav class="main-navigation"><ul><li><a href="#">News</a></li><li><a href="#">Regional</a></li><li><a href="#">Opinion</a></li></ul></nav></header>
<main id="main"><article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{E(h) if h else ''}</h1>
{meta_html(c, 'entry-meta')}</header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="#">News</a></span></footer>
</article></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="#">Archives</a></li></ul></section></aside>
<footer class="site-footer"><p>Proudly powered by WordPress</p></footer></div>
</body></html>
"""


def shell_info(c):
    h = headline(c)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{E(page_title(c))}</title>
</head>
<body>
<div class="top">四川省慈善联合总会</div>
<div class="nav"><a href="/">首页</a> <a href="#">总会动态</a> <a href="#">通知公告</a></div>
<div class="pos">当前位置:<a href="/">首页</a> &gt; 总会动态 &gt; 通知公告</div>
<div class="con">
<h1>{E(h) if h else ''}</h1>
{meta_html(c, 'conmeta')}
<div class="context">
{paras(c)}
</div></div>
<div class="bottom">版权所有:四川省慈善联合总会 未经授权禁止复制或建立镜像</div>
</body></html>
"""


SHELLS = dict(edu=shell_edu, journal=shell_journal, portal=shell_portal, corp=shell_corp,
              blog=shell_blog, wp=shell_wp, info=shell_info)


def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for c in CASES:
        doc = SHELLS[c["shell"]](c)
        with open(os.path.join(OUT, "html", c["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        hij = bool(c.get("spam"))
        kind = c.get("kind", "rebuilt-from-text")
        rows.append(dict(
            id=c["id"], url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
            author=c.get("author"), text="\n".join(x for x in (clean(p, c) for p in c["body"]) if x),
            hijacked=hij, injections=c.get("injections", []), spam_strings=c.get("spam", []),
            legit=bool(c.get("legit")), lang=c["lang"], origin=c["origin"], kind=kind,
            site=urlparse(c["url"]).hostname, capture="text", encoding="utf-8",
            template=c["shell"], note=c.get("note", "")))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
