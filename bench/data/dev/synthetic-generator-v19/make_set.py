#!/usr/bin/env python3
"""Generate ../synthetic-v19/ (40 pages: 28 hijacked, 12 clean of which 4 legit) with a fixed seed.

stdlib only, no clock, no network.  python3 make_set.py [--out DIR] [--check]
--check builds twice into temporary folders and confirms the bytes are identical.
Refuses (exit 2) any invented string that overlaps (substring either way) a spam_strings entry of
bench/data/{dev,heldout,pending-*}/*/truth.jsonl (v19's own folders left out); writes the invented strings to brands.json.
"""
import filecmp
import glob
import html
import json
import os
import random
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))  # bench/data
sys.path.insert(0, HERE)
import articles as A  # noqa: E402

SEED = 190419
E = html.escape

# ------------------------------------------------------------------ invented strings (per form)
INV = {
    "brand_replaces_unit": ["蘅芜官网平台", "苍梧体育官方网站"],
    "keyword_pair_replaces_unit": ["篮球彩票,中国篮球彩票网", "时时彩,重庆时时彩开奖网"],
    "phrase_spliced_in_headline": ["2024新澳门天天开", "今晚澳门开什么码"],
    "splice_plus_filler": ["香港二四六天天彩", "澳门天天好彩资料"],
    "site_name_lottery_phrase": ["七号彩票注册开户", "彩票app下载安装送彩金"],
    "headline_subject_keyword": ["即时比分网", "足彩赔率即时查询"],
    "brand_in_closing_sentence": ["澳门星汇娱乐网站", "苍梧国际娱乐网址"],
    "emoji_noise_brand": ["泠泉官网平台", "琮玉体育官网平台"],
    "brand_as_source": ["昱泽体育(中国)官方网站", "珩璟娱乐(中国)有限公司官网"],
}
SHORT_OF = {"泠泉官网平台": "泠泉", "琮玉体育官网平台": "琮玉"}  # emoji form also swaps the short word
HOSTS = {
    "copy_on_betting_brand_host": ["web-cn-cangwusports.com", "m-hengwu-yule.com"],
    "parasite_subdomain_copy": ["q7xk.lingquantea.com", "w2nd.morrowcabins.com"],
    "off_topic_channel_copy": ["m.chongaiwang.cn", "www.meishipu8.com"],
    "mirror_traditional_gloss": ["www.hkjiadian.com", "fuzhuangpifa.net"],
}
EMOJI = ["👩🏻\u200d🦯", "📣", "💸", "🤙🏿", "✍🏿", "🏂🏿", "⛩", "👉🏿", "🛡", "🚵\u200d♂️", "🙆🏽\u200d♂️", "🔆", "🪯"]
FORMS = ["brand_replaces_unit", "keyword_pair_replaces_unit", "phrase_spliced_in_headline", "splice_plus_filler",
         "site_name_lottery_phrase", "headline_subject_keyword", "brand_in_closing_sentence", "emoji_noise_brand",
         "random_attr_empty_tags", "mirror_traditional_gloss", "copy_on_betting_brand_host",
         "parasite_subdomain_copy", "off_topic_channel_copy", "brand_as_source"]
MODEL = {
    "brand_replaces_unit": "rc19-011 (a betting-brand login phrase replacing the school's name)",
    "keyword_pair_replaces_unit": "rc19-012 (a comma-joined lottery keyword pair replacing the school/party-committee name)",
    "phrase_spliced_in_headline": "rc19-009 (a lottery-result phrase spliced into a name in the headline)",
    "splice_plus_filler": "rc19-009 (headline splice plus unrelated filler paragraphs after the text)",
    "site_name_lottery_phrase": "rc19-001 (a lottery sign-up phrase as site name and <title> suffix)",
    "headline_subject_keyword": "rc19-002 (a live-score keyword as the headline's subject)",
    "brand_in_closing_sentence": "rc19-016 (a casino-site name replacing the institution once, in the closing sentence)",
    "emoji_noise_brand": "rc19-010 (a platform brand and its short form replacing the unit, emoji scattered in the text)",
    "random_attr_empty_tags": "rc19-006 (a run of empty label/del/i/meter tags sharing a random id)",
    "mirror_traditional_gloss": "rc19-003/013 (traditional-script copy with pinyin glosses on an unrelated host)",
    "copy_on_betting_brand_host": "rc19-008 (a copy on a host named after a betting brand)",
    "parasite_subdomain_copy": "rc19-017 (a copy on a random subdomain of an unrelated host)",
    "off_topic_channel_copy": "rc19-018 (a copy filed in an unrelated channel of an unrelated host)",
    "brand_as_source": "rc19-011 (brand phrase as the page's institution label; here in the 来源 field)",
}
EVIDENCE_ONLY = {"random_attr_empty_tags", "mirror_traditional_gloss", "copy_on_betting_brand_host",
                 "parasite_subdomain_copy", "off_topic_channel_copy"}

TEMPLATES = {"T1": "utf-8", "T2": "gbk", "T3": "utf-8", "T4": "gb18030", "T5": "utf-8", "T6": "gbk"}
TNAME = {"T1": "Joomla-style county/college news article (com_content item-page, article-info dl)",
         "T2": "Z-Blog-style school blog post (GBK, post-date/post-footer)",
         "T3": "Hugo-style static department page (post-meta with <time> · author · 来源)",
         "T4": "JeeSite-style 信息公开 page (GB18030, metadata table, 信息来源/责任编辑 after the text)",
         "T5": "Nuxt-style district news page (__nuxt, data-v-* spans 发布时间/来源/作者/阅读)",
         "T6": "Orchard-Core-style college news (GBK, content-item blogpost, meta line 文/来源/审核)"}


# ------------------------------------------------------------------ helpers
def person(rng):
    return rng.choice(A.SURNAMES) + rng.choice(A.GIVEN)


def fill(base, rng, ctx):
    def f(s):
        return s.format(**ctx)
    return f(base["title"]), [f(p) for p in base["paras"]]


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


def enc_check(s, enc):
    return s.encode(enc, errors="xmlcharrefreplace")


# ------------------------------------------------------------------ templates
def render(t, p):
    enc = TEMPLATES[t]
    paras = "\n".join(p["paras_html"])
    head = p.get("head", "")
    top = p.get("top", "")
    after = p.get("after", "")
    filler = "\n".join("<p>%s</p>" % E(x) for x in p.get("filler", []))
    site, h1, title_tag = E(p["site"]), E(p["h1"]), E(p["title_tag"])
    ch = E(p["channel"])
    date, src, au, views = p["date"], E(p["source_shown"] or ""), E(p["author_shown"] or ""), p["views"]
    canon = p.get("canonical")
    canon_tag = f'<link rel="canonical" href="{E(canon)}">\n' if canon else ""
    if t == "T1":
        return f"""<!DOCTYPE html>
<html lang="zh-cn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{title_tag}</title>
{canon_tag}<link href="/templates/protostar/css/template.css" rel="stylesheet">
{head}</head>
<body class="site com_content view-article no-layout no-task itemid-{p['n1']}">
{top}<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="{site}">{site}</span></a></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills"><li class="item-101"><a href="/">首页</a></li><li class="item-102"><a href="/index.php/news">新闻动态</a></li><li class="item-103"><a href="/index.php/notice">通知公告</a></li><li class="item-104"><a href="/index.php/about">机构概况</a></li></ul></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>当前位置: &#160;</li><li itemprop="itemListElement"><a href="/" class="pathway">首页</a></li><li itemprop="itemListElement"><a href="/index.php/news" class="pathway">{ch}</a></li><li class="active">正文</li></ul></div>
<main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="zh-CN">
<div class="page-header"><h2 itemprop="headline">{h1}</h2></div>
<dl class="article-info muted">
<dt class="article-info-term">详细信息</dt>
{f'<dd class="createdby" itemprop="author">作者: <span itemprop="name">{au}</span></dd>' if au else ''}
<dd class="category-name">分类: <a href="/index.php/news" itemprop="genre">{ch}</a></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="{date}T09:{p['n2']:02d}:00+08:00" itemprop="datePublished">发布时间: {date}</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{views}">点击数: {views}</dd>
</dl>
<div itemprop="articleBody">
{paras}
{filler}
</div>
{f'<p class="article-source">来源:{src}</p>' if src else ''}
{after}<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">上一篇</a></li><li class="next"><a href="#" rel="next">下一篇</a></li></ul>
</div></main>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><p>&copy; {site} 版权所有</p><p class="pull-right"><a href="#top" id="back-top">返回顶部</a></p></div></footer>
</body>
</html>
"""
    if t == "T2":
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk"/>
<meta name="generator" content="Z-BlogPHP"/>
<title>{title_tag}</title>
{canon_tag}<link rel="stylesheet" href="/zb_users/theme/default/style/default.css" type="text/css" media="all"/>
<script src="/zb_system/script/jquery-2.2.4.min.js" type="text/javascript"></script>
{head}</head>
<body class="single article">
{top}<div id="divAll"><div id="divPage"><div id="divMiddle">
<div id="divTop"><h1 id="BlogTitle"><a href="/">{site}</a></h1><h3 id="BlogSubTitle">{ch}</h3></div>
<div id="divNavBar"><ul><li><a href="/">首页</a></li><li><a href="/category-1.html">校园动态</a></li><li><a href="/category-2.html">{ch}</a></li></ul></div>
<div id="divMain">
<div class="post single-post cate2 auth1">
<h4 class="post-date">{cn_date(date)}</h4>
<h2 class="post-title">{h1}</h2>
<div class="post-body">
{paras}
{filler}
</div>
{after}<h5 class="post-tags"></h5>
<h6 class="post-footer">{('作者:' + au + ' | ') if au else ''}分类:{ch}{(' | 来源:' + src) if src else ''} | 浏览:<span id="spn{p['n1']}"></span> | 评论:0</h6>
</div>
<div class="post pagebar"><a href="#">&laquo; 上一篇</a> <a href="#">下一篇 &raquo;</a></div>
</div>
<div id="divSidebar"><dl class="function" id="divPrevious"><dt class="function_t">最近发表</dt><dd><ul><li><a href="#">校园动态</a></li></ul></dd></dl></div>
<div id="divBottom"><p id="BlogCopyRight">Copyright {site}. Some Rights Reserved.</p><p id="BlogPowerBy">Powered By Z-BlogPHP</p></div>
</div><div class="clear"></div></div></div>
<script>$.get("/zb_system/cmd.php?act=misc&type=vrs&id={p['n1']}",function(d){{$("#spn{p['n1']}").text(d);}});</script>
</body>
</html>
"""
    if t == "T3":
        return f"""<!DOCTYPE html>
<html lang="zh-cn" dir="auto">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.121.1">
<title>{title_tag}</title>
{canon_tag}<meta name="description" content="{E(p['desc'])}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.min.css" rel="preload stylesheet" as="style">
{head}</head>
<body id="top">
{top}<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="{site} (Alt + H)">{site}</a></div>
<ul id="menu"><li><a href="/news/" title="{ch}"><span>{ch}</span></a></li><li><a href="/notice/" title="通知公告"><span>通知公告</span></a></li><li><a href="/about/" title="部门概况"><span>部门概况</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="/">首页</a>&nbsp;»&nbsp;<a href="/news/">{ch}</a></div>
<h1 class="post-title entry-hint-parent">{h1}</h1>
<div class="post-meta"><span title="{date} 10:{p['n2']:02d}:00 +0800 CST"><time datetime="{date}">{date}</time></span>{('&nbsp;·&nbsp;<span>' + au + '</span>') if au else ''}{('&nbsp;·&nbsp;<span>来源:' + src + '</span>') if src else ''}</div>
</header>
<div class="post-content">
{paras}
{filler}
</div>
{after}<footer class="post-footer"><nav class="paginav"><a class="prev" href="#"><span class="title">« 上一页</span></a><a class="next" href="#"><span class="title">下一页 »</span></a></nav></footer>
</article>
</main>
<footer class="footer"><span>&copy; {site}</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a></span></footer>
</body>
</html>
"""
    if t == "T4":
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<meta name="renderer" content="webkit">
<title>{title_tag}</title>
{canon_tag}<meta name="SiteName" content="{site}">
<meta name="ArticleTitle" content="{E(p['meta_title'])}">
<meta name="PubDate" content="{date} 15:{p['n2']:02d}">
<link rel="stylesheet" href="/static/jeesite/css/cms.css">
{head}</head>
<body>
{top}<div class="header"><div class="container"><div class="logo"><span class="site-name">{site}</span></div></div></div>
<div class="nav"><div class="container"><a href="/f/index.html">首页</a><a href="/f/list-11.html">政务公开</a><a href="/f/list-12.html">{ch}</a><a href="/f/list-13.html">政务服务</a><a href="/f/list-14.html">互动交流</a></div></div>
<div class="container"><div class="breadcrumb">您现在的位置:<a href="/f/index.html">首页</a> &gt; <a href="/f/list-11.html">政务公开</a> &gt; {ch}</div>
<table class="xxgk_table" cellpadding="0" cellspacing="0" border="1">
<tr><th>索引号:</th><td>{p['index_no']}</td><th>信息分类:</th><td>{ch}</td></tr>
<tr><th>发布机构:</th><td>{E(p['publisher'])}</td><th>生成日期:</th><td>{date}</td></tr>
<tr><th>名称:</th><td colspan="3">{E(p['meta_title'])}</td></tr>
<tr><th>文号:</th><td></td><th>关键词:</th><td>{E(p['keywords'])}</td></tr>
</table>
<div class="article">
<div class="article_title"><h1>{h1}</h1></div>
<div class="article_con" id="zoom">
{paras}
{filler}
</div>
<div class="article_info">{('信息来源:' + src + '&nbsp;&nbsp;&nbsp;') if src else ''}责任编辑:{E(p['editor'])}&nbsp;&nbsp;&nbsp;浏览次数:<span id="hits">{views}</span></div>
{after}<div class="article_tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div></div>
<div class="footer"><div class="container"><p>主办单位:{site}&nbsp;&nbsp;网站标识码:{p['site_code']}</p><p>Powered By JeeSite</p></div></div>
</body>
</html>
"""
    if t == "T5":
        v = p["vhash"]
        return f"""<!doctype html>
<html lang="zh-CN" data-n-head-ssr>
<head>
<meta data-n-head="ssr" charset="utf-8">
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<title>{title_tag}</title>
{canon_tag}<link rel="preload" href="/_nuxt/{v}.js" as="script">
{head}</head>
<body>
{top}<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-{v} class="app-wrap">
<div data-v-{v} class="top-bar"><div data-v-{v} class="site-name">{site}</div><ul data-v-{v} class="menu"><li data-v-{v}><a data-v-{v} href="/">首页</a></li><li data-v-{v}><a data-v-{v} href="/news">{ch}</a></li><li data-v-{v}><a data-v-{v} href="/gk">信息公开</a></li></ul></div>
<div data-v-{v} class="crumbs">当前位置:<a data-v-{v} href="/">首页</a> &gt; <a data-v-{v} href="/news">{ch}</a></div>
<div data-v-{v} class="news-detail">
<h1 data-v-{v} class="news-title">{h1}</h1>
<div data-v-{v} class="news-meta"><span data-v-{v}>发布时间:{date} {p['n3']:02d}:{p['n2']:02d}</span>{('<span data-v-' + v + '>来源:' + src + '</span>') if src else ''}{('<span data-v-' + v + '>作者:' + au + '</span>') if au else ''}<span data-v-{v}>阅读:{views}</span></div>
<div data-v-{v} class="rich-text">
{paras}
{filler}
</div>
{after}<div data-v-{v} class="prev-next"><p data-v-{v}>上一篇:<a data-v-{v} href="#">无</a></p><p data-v-{v}>下一篇:<a data-v-{v} href="#">无</a></p></div>
</div>
<div data-v-{v} class="footer">版权所有:{site}</div>
</div></div></div>
<script>window.__NUXT__=(function(a,b){{return {{layout:"default",data:[{{id:{p['n1']}}}],fetch:{{}},error:null,serverRendered:true}}}}(null,0));</script>
<script src="/_nuxt/{v}.js" defer></script>
</body>
</html>
"""
    if t == "T6":
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title_tag}</title>
{canon_tag}<link rel="stylesheet" href="/TheTheme/css/site.css">
{head}</head>
<body dir="ltr">
{top}<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/">{site}</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">首页</a></li><li class="nav-item"><a class="nav-link" href="/news">{ch}</a></li><li class="nav-item"><a class="nav-link" href="/notice">通知公告</a></li></ul></div></nav>
<div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">首页</a></li><li class="breadcrumb-item"><a href="/news">{ch}</a></li><li class="breadcrumb-item active">正文</li></ol>
<article class="content-item blogpost">
<header><h1>{h1}</h1>
<p class="meta">{date}{(' | 文/' + au) if au else ''}{(' | 来源:' + src) if src else ''} | 审核:{E(p['editor'])}</p></header>
<section class="html-body">
{paras}
{filler}
</section>
{after}</article>
<div class="pager"><a href="#">上一条</a> <a href="#">下一条</a></div>
</div>
<footer class="footer"><div class="container"><p>{site} &copy; 版权所有 &nbsp; Powered by Orchard Core</p></div></footer>
</body>
</html>
"""
    raise ValueError(t)


HOST_T = {"T1": "www.{h}.gov.cn/index.php/news/{n1}-{slug}", "T2": "www.{h}.edu.cn/post/{n1}.html",
          "T3": "{h}.edu.cn/news/{y}/{slug}/", "T4": "www.{h}.gov.cn/f/view-12-{hexid}.html",
          "T5": "www.{h}.gov.cn/news/detail/{n1}", "T6": "news.{h}.edu.cn/news/{n1}"}
PINYIN = {"栎阳职业技术学院": "lyzy", "清溪师范高等专科学校": "qxsz", "南屏工程职业学院": "npgc",
          "桐江卫生职业学院": "tjws", "岚山第二中学": "lsez", "澄湖电子信息职业学院": "chdx",
          "白沙镇": "baisha", "石门镇": "shimen", "龙潭镇": "longtan", "青坪镇": "qingping", "柳溪镇": "liuxi",
          "云岗镇": "yungang", "东城街道": "dongcheng", "河西区": "hexi", "临江县": "linjiang", "望川市": "wangchuan",
          "南湖街道": "nanhu", "长垣区": "changyuan", "溪山县": "xishan", "永和县": "yonghe"}
TRAD = {"栎阳职业技术学院": "櫟陽職業(yè)技術(shù)學(xué)院", "清溪师范高等专科学校": "清溪師範高等專科學(xué)校",
        "白沙镇": "白沙鎮(zhèn)", "石门镇": "石門鎮(zhèn)"}


def build(out):
    rng = random.Random(SEED)
    # plan: 14 forms x 2 on two different templates, 8 general clean, 4 legit
    tnames = sorted(TEMPLATES)
    slots = []
    for i, f in enumerate(FORMS):
        a = tnames[(2 * i) % 6]
        b = tnames[(2 * i + 3) % 6]
        slots += [(f, a, 0), (f, b, 1)]
    for i in range(8):
        slots.append(("clean", tnames[(i + 1) % 6], i))
    for i in range(4):
        slots.append(("legit", tnames[(i * 2 + 1) % 6], i))
    rng.shuffle(slots)

    gen_pool = list(range(len(A.GENERAL)))
    rows, pages = [], []
    for k, (form, t, j) in enumerate(slots):
        n = k + 1
        pid = f"syn19-{n:03d}"
        if form == "legit":
            base = A.LEGIT[j]
        elif form == "mirror_traditional_gloss":
            base = A.MIRROR[j]
        elif form == "brand_in_closing_sentence":
            base = [b for b in A.GENERAL if ("{short}" in b["paras"][-1] or "{place}" in b["paras"][-1]
                                             or "{town}" in b["paras"][-1])][j * 2 % 3]
        else:
            base = A.GENERAL[gen_pool[(k * 7) % len(gen_pool)]]
        kind = base.get("kind", "edu")
        unit = rng.choice(A.UNITS_EDU)
        town = rng.choice(A.TOWNS)
        place = rng.choice(A.PLACES if form != "legit" else A.COUNTIES)
        ctx = dict(unit=unit, short=A.UNITS_EDU_SHORT[unit], place=place, town=town, leader=person(rng),
                   leader2=person(rng), person=person(rng), m=rng.randint(3, 11), d=rng.randint(1, 20),
                   d2=rng.randint(21, 28), n=rng.randint(12, 300), n2=rng.randint(2, 9), n3=rng.randint(20, 90) * 200,
                   y=rng.choice([2023, 2024, 2025]),
                   unit_t=TRAD.get(unit, "櫟陽職業(yè)技術(shù)學(xué)院"), town_t=TRAD.get(town, "白沙鎮(zhèn)"))
        ctx["y0"] = ctx["y"] - 1
        if form == "mirror_traditional_gloss":
            ctx["unit_t"], ctx["town_t"] = ("櫟陽職業(yè)技術(shù)學(xué)院", "白沙鎮(zhèn)")
        year = ctx["y"]
        date = f"{year}-{ctx['m']:02d}-{min(ctx['d'] + 1, 28):02d}"
        # the unit/town/place named by the base is the page's owner
        if "{unit}" in base["title"] or "{unit}" in "".join(base["paras"]) or "{unit_t}" in base["title"]:
            owner = unit
            owner_kind = "edu"
        elif "{town}" in base["title"] or "{town_t}" in base["title"]:
            owner = town
            owner_kind = "gov"
        else:
            owner = place
            owner_kind = "gov"
        title, paras = fill(base, rng, ctx)
        site = owner + ("" if owner_kind == "edu" else "人民政府") if form != "legit" else owner + ("民政局" if "民政" in title else ("公安分局" if "公安" in title else ("体育彩票管理中心" if "体育彩票" in title else "人民政府")))
        if form == "mirror_traditional_gloss":
            site = ""
        source_true = rng.choice(["党委宣传部", "办公室", "学生工作处", "党政办", "综合办公室", "新闻中心"]) if owner_kind == "edu" else rng.choice(["党政办", "综合办公室", "融媒体中心", "政府办"])
        author_true = person(rng)
        channel = rng.choice(["工作动态", "新闻动态", "综合新闻", "校园新闻"] if owner_kind == "edu" else ["工作动态", "部门动态", "乡镇动态", "政务动态"])
        views = rng.randint(80, 3000)
        p = dict(site=site, h1=title, title_tag=f"{title}-{site}" if site else title, channel=channel, date=date,
                 source_shown=source_true, author_shown=author_true if t != "T4" else None, views=views,
                 n1=rng.randint(1000, 99999), n2=rng.randint(0, 59), n3=rng.randint(8, 18),
                 vhash="%08x" % rng.getrandbits(32), desc=paras[0][:60], meta_title=title,
                 index_no=f"{rng.randint(11000000, 11999999)}/{year}-{rng.randint(10, 999):05d}",
                 publisher=site or "办公室", keywords=channel, editor=person(rng), site_code=str(rng.randint(1000000000, 9999999999)))
        truth_title, truth_source, truth_author = title, source_true, (author_true if t != "T4" else None)
        shown = list(paras)
        tpar = list(paras)
        spam, evidence, inj = [], [], []
        hijacked = form not in ("clean", "legit")
        host_fmt = HOST_T[t]
        hkey = PINYIN.get(owner, "site")
        url = "https://" + host_fmt.format(h=hkey, n1=p["n1"], slug=f"n{p['n1'] % 997}", y=year,
                                           hexid="%032x" % rng.getrandbits(128))
        if hijacked:
            inj.append(form)
        if form in INV:
            s = INV[form][j]
        if form == "brand_replaces_unit" or form == "emoji_noise_brand":
            shown = [x.replace(owner, s) for x in shown]
            p["h1"] = title.replace(owner, s)
            p["site"] = s
            p["title_tag"] = p["h1"]
            p["publisher"] = s
            if form == "emoji_noise_brand":
                short = SHORT_OF[s]
                sh = ctx["short"] if owner_kind == "edu" else "镇"
                out_p = []
                for x in shown:
                    x = x.replace(sh + "党委", short + "党委").replace(sh + "工会", short + "工会").replace(sh + "团委", short + "团委")
                    parts = x.split(",")
                    x = ",".join(pt + (rng.choice(EMOJI) if i2 % 3 == 1 and i2 < len(parts) - 1 else "")
                                 for i2, pt in enumerate(parts))
                    out_p.append(x)
                shown = out_p
                spam = [s, short]
            else:
                spam = [s]
            tpar = [strip_all(x, spam) for x in shown]
            truth_title = None
        elif form == "keyword_pair_replaces_unit":
            sh = ctx["short"] if owner_kind == "edu" else ("镇" if "镇" in owner or "乡" in owner else "")
            cnt = 0
            new = []
            for x in shown:
                if owner in x and cnt < 2:
                    x = x.replace(owner, s, 1)
                    cnt += 1
                new.append(x)
            shown = new
            spam = [s]
            tpar = [strip_all(x, spam) for x in shown]
        elif form in ("phrase_spliced_in_headline", "splice_plus_filler"):
            cut = max(1, len(owner) // 2)
            spliced = owner[:cut] + s + owner[cut:]
            p["h1"] = title.replace(owner, spliced, 1)
            p["title_tag"] = p["h1"]
            p["meta_title"] = p["h1"]
            spam = [s]
            if form == "splice_plus_filler":
                other = A.GENERAL[(gen_pool[(k * 7) % len(gen_pool)] + 3) % len(A.GENERAL)]
                ctx2 = dict(ctx, unit=A.UNITS_EDU[(A.UNITS_EDU.index(unit) + 2) % 6], town=A.TOWNS[(A.TOWNS.index(town) + 3) % 6],
                            place=A.PLACES[(A.PLACES.index(place) + 1) % 6] if place in A.PLACES else A.PLACES[0],
                            leader=person(rng), leader2=person(rng), m=rng.randint(3, 11))
                ctx2["short"] = A.UNITS_EDU_SHORT[ctx2["unit"]]
                ot, op = fill(other, rng, ctx2)
                p["filler"] = op[:2]
                inj.append("unrelated_filler_paragraphs")
        elif form == "site_name_lottery_phrase":
            p["site"] = s
            p["title_tag"] = f"{title} - {s}"
            p["publisher"] = s
            spam = [s]
        elif form == "headline_subject_keyword":
            p["h1"] = title.replace(owner, s, 1) if owner in title else s + title
            p["title_tag"] = p["h1"]
            p["meta_title"] = p["h1"]
            truth_title = None
            spam = [s]
        elif form == "brand_in_closing_sentence":
            last = shown[-1]
            for w in (ctx["short"], place, town, owner):
                if w in last:
                    shown[-1] = last.replace(w, s, 1)
                    break
            spam = [s]
            tpar = [strip_all(x, spam) for x in shown]
        elif form == "brand_as_source":
            p["source_shown"] = s
            truth_source = None
            spam = [s]
        elif form == "random_attr_empty_tags":
            rid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
            ev = f'<label id="{rid}"><del id="{rid}"></del></label>\n    <i id="{rid}"><meter id="{rid}"></meter></i>'
            p["top"] = ev + "\n"
            evidence = [f'<label id="{rid}"><del id="{rid}"></del></label>']
        elif form in ("mirror_traditional_gloss", "copy_on_betting_brand_host", "parasite_subdomain_copy",
                      "off_topic_channel_copy"):
            host = HOSTS[form][j]
            path = {"mirror_traditional_gloss": f"/article/{p['n1']}.html",
                    "copy_on_betting_brand_host": f"/news-{p['n1'] % 300}",
                    "parasite_subdomain_copy": f"/Html/News/Articles/{p['n1']}.html",
                    "off_topic_channel_copy": f"/html/mengchong/{date.replace('-', '')}/{p['n1']}.htm"}[form]
            url = "http://" + host + path
            p["canonical"] = url
            evidence = [host]
            if form == "off_topic_channel_copy":
                p["channel"] = "萌宠"
                p["site"] = ""
                p["title_tag"] = title
            if form == "mirror_traditional_gloss":
                truth_source, truth_author = None, None
                p["source_shown"], p["author_shown"] = None, None
                p["title_tag"] = title
        p["paras_html"] = ["<p>" + E(x) + "</p>" for x in shown]
        if form in ("clean", "legit") or form in EVIDENCE_ONLY or form in ("phrase_spliced_in_headline",
                                                                             "splice_plus_filler",
                                                                             "site_name_lottery_phrase",
                                                                             "headline_subject_keyword",
                                                                             "brand_as_source"):
            tpar = list(shown)
        page = render(t, p)
        enc = TEMPLATES[t]
        pages.append((pid, enc_check(page, enc)))
        rows.append(dict(
            id=pid, url=url, title=truth_title, date=date, source=truth_source, author=truth_author,
            text="\n".join(tpar), hijacked=hijacked, injections=inj, spam_strings=spam,
            legit=form == "legit", lang="zh",
            origin=("synthetic (keeper-invented text); form modelled on " + MODEL[form]) if hijacked else
                   ("synthetic (keeper-invented text); clean" + (", legit topic (lottery / gambling regulation)" if form == "legit" else "")),
            kind="synthetic", site=p["site"] or None, capture="generated", encoding=enc, template=t,
            evidence=evidence))
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    for pid, b in pages:
        with open(os.path.join(out, "html", pid + ".html"), "wb") as f:
            f.write(b)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


EMO_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u200D\uFE0F\u2640\u2642]")


def strip_all(x, spam):
    for s in sorted(spam, key=len, reverse=True):
        x = x.replace(s, "")
    return EMO_RE.sub("", x)


def invented():
    out = []
    for v in INV.values():
        out += v
    out += list(SHORT_OF.values())
    for v in HOSTS.values():
        out += v
    return sorted(set(out))


def overlap_check():
    old = set()
    for pat in ("dev/*/truth.jsonl", "heldout/*/truth.jsonl", "pending-*/*/truth.jsonl"):
        for path in glob.glob(os.path.join(DATA, pat)):
            if "-v19" in path:  # v19 itself, wherever it sits (pending-v19/, heldout/, dev/)
                continue
            for line in open(path, encoding="utf-8"):
                if line.strip():
                    old.update(s for s in json.loads(line).get("spam_strings") or [] if s)
    bad = [(b, o) for b in invented() for o in old if b in o or o in b]
    return bad


def main():
    out = os.path.join(os.path.dirname(HERE), "synthetic-v19")
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    bad = overlap_check()
    if bad:
        for b, o in bad:
            print("overlap:", b, "<->", o)
        sys.exit(2)
    with open(os.path.join(HERE, "brands.json"), "w", encoding="utf-8") as f:
        json.dump(invented(), f, ensure_ascii=False, indent=0)
        f.write("\n")
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            build(a)
            build(b)
            fa = sorted(os.listdir(os.path.join(a, "html")))
            same = filecmp.cmp(os.path.join(a, "truth.jsonl"), os.path.join(b, "truth.jsonl"), shallow=False) and all(
                filecmp.cmp(os.path.join(a, "html", x), os.path.join(b, "html", x), shallow=False) for x in fa)
            print("identical" if same else "DIFFERENT")
            sys.exit(0 if same else 1)
    rows = build(out)
    h = sum(r["hijacked"] for r in rows)
    print(len(rows), "pages,", h, "hijacked,", sum(r["legit"] for r in rows), "legit")


if __name__ == "__main__":
    main()
