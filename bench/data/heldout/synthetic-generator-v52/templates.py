"""Six page shells for synthetic-v52 (keeper k52s), families no dev generator names:
E1 Exponent-CMS-like county portal (gbk), Z2 ZZZCMS-like city 信息公开 page (gb18030),
O3 OctoberCMS-like university news (utf-8), R4 Radiant-CMS-like vocational-college news (utf-8),
A5 Automad-like township page (gbk), C6 Croogo-like bureau/association page (utf-8).
render(site, art, inj) -> str.  `inj` slots: head, title_text, body_top, sitename, h1_extra, src_shown,
author_shown, paras_insert [(i, html)], content_end, img_alt, links_extra, footer, body_end, after_html."""
from html import escape as E


def _paras(art, inj, ptag):
    ins = {}
    for i, h in inj.get("paras_insert", []):
        ins.setdefault(i, []).append(h)
    out = []
    for i, p in enumerate(art["paras"]):
        out.append(ptag.format(E(p, quote=False)))
        out.extend(ins.get(i, []))
    return "\n".join(out)


def _links(site, inj, fmt, sep="\n"):
    items = [fmt.format(href=h, text=E(t)) for t, h in site["links"]]
    items += inj.get("links_extra", [])
    return sep.join(items)


def _img(art, inj, fmt):
    if not art.get("img"):
        return ""
    alt = inj.get("img_alt", art["img"])
    return fmt.format(src=art["img_src"], alt=E(alt), cap=E(art["img"]))


def e1(site, art, inj):
    d = art["date"]
    name = inj.get("sitename", site["name"])
    title_text = inj.get("title_text", "%s_%s" % (art["title"], site["name"]))
    src = inj.get("src_shown", art["source"])
    au = inj.get("author_shown", art["author"])
    by = ['<span class="exp-pub">发布时间：%s %s</span>' % (d, art["time"]),
          '<span class="exp-src">来源：%s</span>' % E(src)]
    if au:
        by.append('<span class="exp-au">作者：%s</span>' % E(au))
    by.append('<span class="exp-hit">浏览次数：<em id="expHits">%d</em></span>' % art["views"])
    nav = "".join('<li class="exp-navitem"><a href="/%s/">%s</a></li>' % (s, t) for t, s in site["nav"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="zh-cn" lang="zh-cn" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta name="Generator" content="Exponent Site Builder 2.3" />
<title>{E(title_text)}</title>
<link rel="stylesheet" type="text/css" href="/themes/expcounty/css/exp-skin.css" />
{inj.get("head", "")}
</head>
<body class="exp-body exp-section-news">
{inj.get("body_top", "")}
<div id="exp-top"><div class="exp-w"><span class="exp-date-today">今天是：<script type="text/javascript" src="/themes/expcounty/js/today.js"></script></span><a href="/wza/" class="exp-aria">无障碍浏览</a> | <a href="/en/">English</a></div></div>
<div id="exp-banner"><div class="exp-w"><h2 class="exp-sitename"><a href="/">{E(name)}</a></h2><form class="exp-search" action="/search/" method="get"><input type="text" name="q" value="" /><input type="submit" value="站内搜索" /></form></div></div>
<ul id="exp-mainnav" class="exp-w">{nav}</ul>
<div class="exp-w exp-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{site["sec"][1]}/">{site["sec"][0]}</a> &gt; 正文</div>
<div class="exp-w exp-module exp-news-show">
<h1 class="exp-newstitle">{E(art["title"])}{inj.get("h1_extra", "")}</h1>
<div class="exp-newsinfo">{"&nbsp;&nbsp;".join(by)}</div>
<div class="exp-textbody" id="expText">
{_img(art, inj, '<p class="exp-pic"><img src="{src}" alt="{alt}" border="0" /></p><p class="exp-piccap">{cap}</p>')}
{_paras(art, inj, '<p style="text-indent:2em;">{}</p>')}
{inj.get("content_end", "")}
</div>
<div class="exp-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="exp-w exp-links"><b>相关链接：</b>{_links(site, inj, '<a href="{href}" target="_blank">{text}</a>', " ")}</div>
<div id="exp-foot"><div class="exp-w">
<p>主办：{E(site["owner"])}&nbsp;&nbsp;承办：{E(site["owner"])}办公室</p>
<p>{site["icp"]}&nbsp;&nbsp;{site["ga"]}&nbsp;&nbsp;网站标识码：{site["wzbs"]}</p>
{inj.get("footer", "")}
</div></div>
{inj.get("body_end", "")}
</body>
</html>
{inj.get("after_html", "")}"""


def z2(site, art, inj):
    y, m, dd = art["date"].split("-")
    name = inj.get("sitename", site["name"])
    title_text = inj.get("title_text", "%s - %s" % (art["title"], site["name"]))
    src = inj.get("src_shown", art["source"])
    nav = "".join('<a class="zz-nav-a" href="/%s/index.html">%s</a>' % (s, t) for t, s in site["nav"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="gb18030">
<meta name="renderer" content="webkit">
<meta name="ArticleTitle" content="{E(art["title"])}">
<meta name="PubDate" content="{art["date"]} {art["time"]}">
<title>{E(title_text)}</title>
<link href="/template/zzz_gov/css/zz-main.css" rel="stylesheet">
{inj.get("head", "")}
</head>
<body>
{inj.get("body_top", "")}
<header class="zz-head"><div class="zz-inner"><div class="zz-logo"><img src="/template/zzz_gov/images/emblem.png" alt=""><strong>{E(name)}</strong><small>政府信息公开</small></div></div>
<nav class="zz-nav"><div class="zz-inner">{nav}</div></nav></header>
<main class="zz-inner zz-xxgk">
<div class="zz-loc">您的位置：<a href="/">首页</a> / <a href="/xxgk/">政府信息公开</a> / <a href="/xxgk/{site["sec"][1]}/">{site["sec"][0]}</a></div>
<table class="zz-meta" cellspacing="0" cellpadding="0">
<tr><th>索 引 号：</th><td>{art["index_no"]}</td><th>主题分类：</th><td>{site["topic"]}</td></tr>
<tr><th>发布机构：</th><td>{E(src)}</td><th>成文日期：</th><td>{y}年{m}月{dd}日</td></tr>
<tr><th>名　　称：</th><td colspan="3">{E(art["title"])}</td></tr>
<tr><th>文　　号：</th><td>无</td><th>发布日期：</th><td>{y}年{m}月{dd}日</td></tr>
</table>
<div class="zz-article">
<h1 class="zz-title">{E(art["title"])}{inj.get("h1_extra", "")}</h1>
<div class="zz-artcon" id="zzContent">
{_img(art, inj, '<div class="zz-figure"><img src="{src}" alt="{alt}"><p>{cap}</p></div>')}
{_paras(art, inj, '<p>　　{}</p>')}
{inj.get("content_end", "")}
</div>
<div class="zz-share">【<a href="javascript:;" onclick="window.print()">打印</a>】【<a href="javascript:;" onclick="window.close()">关闭</a>】</div>
</div>
</main>
<footer class="zz-foot"><div class="zz-inner">
<div class="zz-flinks">{_links(site, inj, '<a href="{href}">{text}</a>', " | ")}</div>
<p>{E(site["owner"])}主办 &nbsp; {site["icp"]} &nbsp; {site["ga"]} &nbsp; 网站标识码：{site["wzbs"]}</p>
{inj.get("footer", "")}
</div></footer>
{inj.get("body_end", "")}
</body>
</html>
{inj.get("after_html", "")}"""


def o3(site, art, inj):
    d = art["date"]
    name = inj.get("sitename", site["name"])
    title_text = inj.get("title_text", "%s | %s新闻网" % (art["title"], site["name"]))
    src = inj.get("src_shown", art["source"])
    au = inj.get("author_shown", art["author"])
    nav = "".join('<li><a href="/%s">%s</a></li>' % (s, t) for t, s in site["nav"])
    meta = []
    if au:
        meta.append('<li class="oc-meta__author">作者：%s</li>' % E(au))
    meta.append('<li class="oc-meta__source">来源：%s</li>' % E(src))
    meta.append('<li class="oc-meta__date">发布时间：<time datetime="%s">%s</time></li>' % (d, d.replace("-", ".")))
    meta.append('<li class="oc-meta__views">浏览：<span data-request="onViews">%d</span></li>' % art["views"])
    return f"""<!doctype html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title_text)}</title>
<link rel="stylesheet" href="/themes/campus-news/assets/css/oc-theme.css">
{inj.get("head", "")}
</head>
<body class="layout-post">
{inj.get("body_top", "")}
<div class="oc-topbar"><div class="oc-container"><a href="https://{site["parent"]}/">学校主页</a><a href="/contact">投稿信箱</a></div></div>
<header class="oc-header"><div class="oc-container"><a class="oc-brand" href="/"><img src="/themes/campus-news/assets/images/logo.png" alt="">{E(name)}新闻网</a>
<ul class="oc-menu">{nav}</ul></div></header>
<div class="oc-container oc-layout">
<article class="oc-post" itemscope itemtype="https://schema.org/NewsArticle">
<p class="oc-post__cat"><a href="/{site["sec"][1]}">{site["sec"][0]}</a></p>
<h1 class="oc-post__title" itemprop="headline">{E(art["title"])}{inj.get("h1_extra", "")}</h1>
<ul class="oc-meta">{"".join(meta)}</ul>
<div class="oc-post__content" itemprop="articleBody">
{_img(art, inj, '<figure class="oc-figure"><img src="{src}" alt="{alt}"><figcaption>{cap}</figcaption></figure>')}
{_paras(art, inj, '<p>{}</p>')}
{inj.get("content_end", "")}
</div>
<p class="oc-post__editor">责任编辑：{E(art["editor"])}</p>
</article>
<aside class="oc-side"><h3>最新动态</h3><ul>{"".join('<li><a href="/%s/%d">%s</a></li>' % (site["sec"][1], 9000 + i * 7, E(t)) for i, t in enumerate(site["side"]))}</ul></aside>
</div>
<footer class="oc-footer"><div class="oc-container">
<div class="oc-footer__links">{_links(site, inj, '<a href="{href}" rel="noopener">{text}</a>')}</div>
<p>版权所有 © {E(site["owner"])} 地址：{E(site["addr"])} {site["icp"]}</p>
{inj.get("footer", "")}
</div></footer>
<script src="/modules/system/assets/js/framework.js"></script>
{inj.get("body_end", "")}
</body>
</html>
{inj.get("after_html", "")}"""


def r4(site, art, inj):
    y, m, dd = art["date"].split("-")
    name = inj.get("sitename", site["name"])
    title_text = inj.get("title_text", "%s-%s" % (site["name"], art["title"]))
    src = inj.get("src_shown", art["source"])
    au = inj.get("author_shown", art["author"])
    nav = "".join('<span class="rad-nav-item"><a href="/%s/">%s</a></span>' % (s, t) for t, s in site["nav"])
    credit = ""
    if au:
        credit = '<p class="rad-credit">（文/%s　审核/%s）</p>' % (E(au), E(art["editor"]))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(title_text)}</title>
<meta name="description" content="{E(art["paras"][0][:40])}">
<link rel="stylesheet" href="/stylesheets/rad-college.css" type="text/css">
{inj.get("head", "")}
</head>
<body id="rad-page-{art["num"]}">
{inj.get("body_top", "")}
<div id="rad-wrapper">
<div id="rad-masthead"><a href="/"><img src="/images/rad-logo.png" alt="logo"></a><span class="rad-site-title">{E(name)}</span><span class="rad-motto">{E(site["motto"])}</span></div>
<div id="rad-navigation">{nav}</div>
<div id="rad-main">
<div class="rad-sidebar"><h4>{site["sec"][0]}</h4><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (site["sec"][1], E(t)) for t in site["side"])}</ul></div>
<div class="rad-article">
<h2 class="rad-headline">{E(art["title"])}{inj.get("h1_extra", "")}</h2>
<div class="rad-byline">日期：{int(y)}年{int(m)}月{int(dd)}日 &nbsp;|&nbsp; 供稿单位：{E(src)} &nbsp;|&nbsp; 阅读：<span class="rad-count">{art["views"]}</span></div>
<div class="rad-body">
{_img(art, inj, '<div class="rad-photo"><img src="{src}" alt="{alt}" width="600"><span>{cap}</span></div>')}
{_paras(art, inj, '<p>{}</p>')}
{credit}
{inj.get("content_end", "")}
</div>
</div>
</div>
<div id="rad-friend"><span>友情链接：</span>{_links(site, inj, '<a href="{href}" target="_blank">{text}</a>', "")}</div>
<div id="rad-footer">
<p>{E(site["owner"])} 版权所有　地址：{E(site["addr"])}</p>
<p>{site["icp"]}</p>
{inj.get("footer", "")}
</div>
</div>
{inj.get("body_end", "")}
</body>
</html>
{inj.get("after_html", "")}"""


def a5(site, art, inj):
    d = art["date"].replace("-", "/")
    name = inj.get("sitename", site["name"])
    title_text = inj.get("title_text", "%s--%s" % (art["title"], site["name"]))
    src = inj.get("src_shown", art["source"])
    au = inj.get("author_shown", art["author"])
    nav = "".join('<a href="/%s">%s</a>' % (s, t) for t, s in site["nav"])
    credit = '<p class="amd-writer">撰稿：%s</p>' % E(au) if au else ""
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="gbk">
<title>{E(title_text)}</title>
<meta name="generator" content="Automad">
<link href="/packages/standard/dist/amd-light.css" rel="stylesheet">
{inj.get("head", "")}
</head>
<body>
{inj.get("body_top", "")}
<section class="amd-navbar"><div class="amd-container"><a class="amd-brand" href="/">{E(name)}</a><div class="amd-links">{nav}</div></div></section>
<section class="amd-container amd-content">
<div class="amd-breadcrumbs"><a href="/">首页</a> ＞ <a href="/{site["sec"][1]}">{site["sec"][0]}</a> ＞ 正文</div>
<div class="amd-block amd-page">
<h1>{E(art["title"])}{inj.get("h1_extra", "")}</h1>
<div class="amd-info">【发布日期：{d}】【信息来源：{E(src)}】【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="amd-text">
{_img(art, inj, '<p class="amd-img"><img src="{src}" alt="{alt}"></p><p class="amd-imgnote">{cap}</p>')}
{_paras(art, inj, '<p>　　{}</p>')}
{credit}
{inj.get("content_end", "")}
</div>
</div>
</section>
<section class="amd-footer"><div class="amd-container">
<div class="amd-friend">{_links(site, inj, '<a href="{href}">{text}</a>', " ")}</div>
<p>{E(site["owner"])}　联系电话：{site["tel"]}　{site["icp"]}</p>
{inj.get("footer", "")}
</div></section>
{inj.get("body_end", "")}
</body>
</html>
{inj.get("after_html", "")}"""


def c6(site, art, inj):
    y, m, dd = art["date"].split("-")
    name = inj.get("sitename", site["name"])
    title_text = inj.get("title_text", "%s :: %s" % (art["title"], site["name"]))
    src = inj.get("src_shown", art["source"])
    au = inj.get("author_shown", art["author"])
    nav = "".join('<li class="crg-menu-item"><a href="/%s">%s</a></li>' % (s, t) for t, s in site["nav"])
    meta = ['发表于 %d/%d/%d' % (int(y), int(m), int(dd)), '来源：%s' % E(src)]
    if au:
        meta.append('作者：%s' % E(au))
    meta.append('阅读 %d' % art["views"])
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{E(title_text)}</title>
<link rel="stylesheet" href="/theme/Unit/css/crg-unit.css">
{inj.get("head", "")}
</head>
<body class="crg-nodes crg-view">
{inj.get("body_top", "")}
<div class="crg-header"><div class="crg-wrap"><div class="crg-logo"><a href="/">{E(name)}</a></div><ul class="crg-menu">{nav}</ul></div></div>
<div class="crg-wrap crg-main">
<div id="node-{art["num"]}" class="node node-type-news">
<h2 class="crg-node-title">{E(art["title"])}{inj.get("h1_extra", "")}</h2>
<div class="crg-node-info">{" · ".join(meta)}</div>
<div class="crg-node-body">
{_img(art, inj, '<div class="crg-img"><img src="{src}" alt="{alt}"><em>{cap}</em></div>')}
{_paras(art, inj, '<p>{}</p>')}
{inj.get("content_end", "")}
</div>
<div class="crg-node-more"><a href="/{site["sec"][1]}">返回{site["sec"][0]}</a></div>
</div>
</div>
<div class="crg-footer"><div class="crg-wrap">
<p class="crg-blogroll">{_links(site, inj, '<a href="{href}">{text}</a>', " / ")}</p>
<p>{E(site["owner"])} · {E(site["addr"])} · {site["icp"]}</p>
{inj.get("footer", "")}
</div></div>
{inj.get("body_end", "")}
</body>
</html>
{inj.get("after_html", "")}"""


TEMPLATES = {"E1": (e1, "gbk"), "Z2": (z2, "gb18030"), "O3": (o3, "utf-8"),
             "R4": (r4, "utf-8"), "A5": (a5, "gbk"), "C6": (c6, "utf-8")}
FAMILY = {"E1": "Exponent-CMS-like county portal", "Z2": "ZZZCMS-like city 信息公开 page",
          "O3": "OctoberCMS-like university news", "R4": "Radiant-CMS-like vocational-college news",
          "A5": "Automad-like township page", "C6": "Croogo-like bureau/association page"}
