# -*- coding: utf-8 -*-
"""Ten CMS page structures for the held-out sets (none of them VSB, TRS, JCMS or DedeCMS).

Set A: phpcms (PHPCMS v9 news site), empire (帝国CMS county portal), ucap (开普云 gov
platform), wordpress (college site), bootstrap (department site on a responsive theme).
Set B: siteserver (SiteServer CMS), powereasy (动易 ASP, GBK), jeecms, epoint (新点 gov
portal), drupal (university news on Drupal).

Every template takes a page context P (built by make_sets.py) and returns unicode HTML.
Hooks: P["head_top"], P["head"], P["slots"][body_top|after_content|sidebar|before_footer|
body_end|after_html], P["friendlinks"], P["footer_extra"], P["disclaimer"].
"""
from html import escape


def e(s):
    return escape(s, quote=True)


def slot(P, name):
    return "\n".join(P["slots"].get(name, []))


def head_hooks(P):
    return "\n".join(P["head"])


def head_top(P):
    return "\n".join(P["head_top"])


def charset_meta(P, style="http-equiv"):
    cs = P["charset_decl"]
    if not cs:
        return ""
    if style == "short":
        return '<meta charset="%s">' % cs
    return '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % cs


def ul_related(items, li_fmt):
    return "\n".join(li_fmt.format(t=e(t), u=u, d=d) for t, u, d in items)


def friendlinks_html(P, fmt_item='<a href="{u}" target="_blank">{t}</a>', sep="\n"):
    return sep.join(fmt_item.format(u=u, t=t) for t, u in P["friendlinks"])


def footer_extra(P):
    return "\n".join(P["footer_extra"])


def attach_note(P):
    return P.get("below_content", "")


# ============================================================================ SET A
def phpcms(P):
    s, a, b = P["site"], P["art"], P["byline"]
    nav = "".join('<li><a href="%s"><span>%s</span></a></li><li class="line">|</li>' % (u, t) for t, u in s["nav"])
    author_part = "&nbsp;&nbsp;&nbsp;作者：%s" % b["author_html"] if b["author_label"] else ""
    related = ul_related(P["related"], '<li><span class="rt">{d}</span>·<a href="{u}" target="_blank">{t}</a></li>')
    hot = ul_related(P["sidebar_items"], '<li><span>{d}</span><a href="{u}" target="_blank">{t}</a></li>')
    prev, nxt = P["prevnext"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(P)}
{head_top(P)}
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{P["title_html"]}</title>
<meta name="keywords" content="{P["meta_kw"]}">
<meta name="description" content="{P["meta_desc"]}">
<link href="{s['home']}statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="{s['home']}statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{s['home']}statics/js/jquery.min.js"></script>
<script type="text/javascript" src="{s['home']}statics/js/jquery.sgallery.js"></script>
<script type="text/javascript" src="{s['home']}statics/js/search_common.js"></script>
{head_hooks(P)}
</head>
<body>
{slot(P, "body_top")}
<div class="body-top">
    <div class="content">
        <div id="announ"><ul><li><a href="{s['home']}index.php?m=announce&amp;c=index&amp;a=show&amp;aid=12">欢迎访问{e(s['site_title'])}</a></li></ul></div>
        <div class="login lh24 blue"><a href="{s['home']}index.php?m=member&amp;c=index&amp;a=login">登录</a><span> | </span><a href="{s['home']}index.php?m=member&amp;c=index&amp;a=register">注册</a></div>
    </div>
</div>
<div class="header">
    <div class="logo"><a href="/"><img src="{s['home']}statics/images/v9/logo.png" alt="{e(s['site_title'])}" /></a></div>
    <div class="search">
        <div class="tab" id="search"><a href="javascript:;" onclick="setmodel(1, $(this));" class="on">新闻</a><span> | </span><a href="javascript:;" onclick="setmodel(3, $(this));">图片</a></div>
        <div class="bd"><form action="{s['home']}index.php" method="get" target="_blank"><input type="hidden" name="m" value="search"/><input type="hidden" name="typeid" value="1" id="typeid"/><input type="text" class="text" name="q" id="q"/><input type="submit" value="搜 索" class="button" /></form></div>
    </div>
    <div class="banner"><img src="{s['home']}uploadfile/2023/0901/banner_news.jpg" width="650" height="60" alt="" /></div>
    <div class="bk3"></div>
    <div class="nav-bar"><map><ul class="nav-site">{nav}</ul></map></div>
</div>
<div class="main">
  <div class="col-left">
    <div class="crumbs"><a href="{s['home']}">首页</a><span> &gt; </span><a href="{s['home']}{P['column_path']}">{P['column']}</a> &gt;  正文</div>
    <div id="Article">
      <h1>{e(a['title'])}<br />
<span>{b['date_str']}{('&nbsp;&nbsp;&nbsp;更新时间：' + b['updated_str']) if b.get('updated_str') else ''}&nbsp;&nbsp;&nbsp;来源：{b['source_html']}{author_part}&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>
      <div class="content">
{P['body_html']}
      </div>
{attach_note(P)}
      <div id="pages" class="text-c"></div>
{slot(P, "after_content")}
      <div class="bk15"></div>
      <p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="{s['home']}index.php?m=content&amp;c=tag&amp;a=lists&amp;tag={e(P['column'])}" class="blue">{e(P['column'])}</a></p>
      <p class="f14"><strong>上一篇：</strong><a href="{prev[1]}">{e(prev[0])}</a><br />
      <strong>下一篇：</strong><a href="{nxt[1]}">{e(nxt[0])}</a></p>
      <div class="related"><h5 class="blue">延伸阅读：</h5>
        <ul class="list blue lh24 f14">
{related}
        </ul>
      </div>
      <div class="bk15"></div>
      <div class="copyright-note">{P['disclaimer']}</div>
    </div>
  </div>
  <div class="col-auto">
    <div class="box">
      <h5 class="title-2">频道总排行</h5>
      <ul class="content digg">
{hot}
      </ul>
    </div>
{slot(P, "sidebar")}
  </div>
</div>
{slot(P, "before_footer")}
<div class="footer">
  <div class="flinks"><strong>友情链接：</strong>{friendlinks_html(P, sep=" | ")}</div>
  <p class="info">
  <a href="{s['home']}about/">关于我们</a> | <a href="{s['home']}contact/">联系我们</a> | <a href="{s['home']}copyright/">版权声明</a><br />
  主办：{e(s['org'])}党委宣传部　地址：{e(s['address'])}　邮编：{s['postcode']}<br />
  Copyright &copy; 2008-2024 {e(s['org'])} All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>
  </p>
{footer_extra(P)}
</div>
{slot(P, "body_end")}
</body>
</html>
{slot(P, "after_html")}"""


def empire(P):
    s, a, b = P["site"], P["art"], P["byline"]
    nav = "\n".join('<td class="navtd"><a href="%s">%s</a></td>' % (u, t) for t, u in s["nav"])
    parts = ["发布时间：%s" % b["date_str"]]
    if b["source_label"]:
        parts.append("来源：%s" % b["source_html"])
    if b["author_label"]:
        parts.append("作者：%s" % b["author_html"])
    info = "　".join(parts)
    related = ul_related(P["related"], '<li><a href="{u}" target="_blank">{t}</a><span>[{d}]</span></li>')
    notices = "".join('<a href="%s">%s</a>　' % (u, e(t)) for t, u, d in P["sidebar_items"][:4])
    prev, nxt = P["prevnext"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(P)}
{head_top(P)}
<title>{P["title_html"]}</title>
<meta name="keywords" content="{P["meta_kw"]}" />
<meta name="description" content="{P["meta_desc"]}" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/default/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/e/data/js/ajax.js"></script>
{head_hooks(P)}
</head>
<body>
{slot(P, "body_top")}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr><td height="120" class="logo"><img src="/skin/default/images/logo.png" alt="{e(s['site_title'])}" /></td>
  <td class="date" align="right"><script type="text/javascript" src="/skin/default/js/date.js"></script></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>
{nav}
</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="notice"><tr><td width="90"><strong>通知公告：</strong></td>
<td><marquee direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{notices}</marquee></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="position">
  <tr><td>当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/{P['column_path']}">{P['column']}</a>&nbsp;&gt;&nbsp;正文</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="box">
  <tr><td class="showbox">
    <h1 class="newstitle">{e(a['title'])}</h1>
    <div class="newsinfo">{info}　浏览：<script src="/e/public/ViewClick/?classid={P['classid']}&amp;id={P['aid']}&amp;addclick=1"></script>次　【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</div>
    <div id="text" class="newstext">
{P['body_html']}
    </div>
{attach_note(P)}
{slot(P, "after_content")}
    <div class="newsfoot">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
    <div class="prenext">上一篇：<a href="{prev[1]}">{e(prev[0])}</a><br />下一篇：<a href="{nxt[1]}">{e(nxt[0])}</a></div>
    <div class="xgxw"><div class="xgtitle">相关信息</div><ul>
{related}
    </ul></div>
  </td></tr>
</table>
{slot(P, "sidebar")}
{slot(P, "before_footer")}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="links">
  <tr><td class="linktitle">友情链接：</td><td>{friendlinks_html(P, sep="　")}</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td align="center">
  <p>{P['disclaimer']}</p>
  <p>主办单位：{e(s['org'])}办公室　　承办：{e(s['org'])}信息中心</p>
  <p>地址：{e(s['address'])}　　联系电话：{s['phone']}</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>　　{s['gongan']}　　网站标识码：{s['bsm']}</p>
  <p><a href="https://bszs.conac.cn/sitename?method=show&amp;id={s['conac']}" target="_blank"><img src="/skin/default/images/red.png" alt="党政机关" /></a></p>
{footer_extra(P)}
  </td></tr>
</table>
<script id="_jiucuo_" sitecode="{s['bsm']}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
{slot(P, "body_end")}
</body>
</html>
{slot(P, "after_html")}"""


def gk_table(P, cls="xxgk-table"):
    s, a, b = P["site"], P["art"], P["byline"]
    ex = a["extra"]
    return f"""<table class="{cls}" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><th>索 引 号：</th><td>{ex.get('index_no', '')}</td><th>主题分类：</th><td>{e(ex.get('topic', ''))}</td></tr>
<tr><th>发布机构：</th><td>{e(P['publisher'])}</td><th>成文日期：</th><td>{P['written_str']}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{e(a['title'])}</td></tr>
<tr><th>文　　号：</th><td>{e(ex.get('docno', ''))}</td><th>发布日期：</th><td>{b['date_only_str']}</td></tr>
</table>"""


def gov_metas(P):
    s, a, b = P["site"], P["art"], P["byline"]
    m = [("SiteName", s["site_title"]), ("SiteDomain", s["domain"]), ("SiteIDCode", s["bsm"]),
         ("ColumnName", P["column"]), ("ColumnType", P["column"]), ("ArticleTitle", a["title"]),
         ("PubDate", b["meta_pubdate"])]
    if b.get("meta_source"):
        m.append(("ContentSource", b["meta_source"]))
    m.append(("Keywords", P["meta_kw_plain"]))
    if b.get("meta_author") is not None:
        m.append(("Author", b["meta_author"]))
    m.append(("Description", P["meta_desc_plain"]))
    m.append(("Url", P["url"]))
    return "\n".join('<meta name="%s" content="%s">' % (k, e(v)) for k, v in m)


def ucap(P):
    s, a, b = P["site"], P["art"], P["byline"]
    nav = "".join('<li><a href="%s" target="_blank">%s</a></li>' % (u, t) for t, u in s["nav"])
    spans = ['<span class="date">发布时间：%s</span>' % b["date_str"]]
    if b["source_label"]:
        spans.append('<span class="source">来源：%s</span>' % b["source_html"])
    if b["author_label"]:
        spans.append('<span class="author">作者：%s</span>' % b["author_html"])
    if b.get("updated_str"):
        spans.append('<span class="update">更新时间：%s</span>' % b["updated_str"])
    spans.append('<span>浏览次数：<i id="readcount">--</i></span>')
    spans.append('<span class="font">字号：<a href="javascript:void(0)" onclick="fontZoom(20)">大</a> <a href="javascript:void(0)" onclick="fontZoom(16)">中</a> <a href="javascript:void(0)" onclick="fontZoom(14)">小</a></span>')
    info = "\n".join(spans)
    related = ul_related(P["related"], '<li><a href="{u}" target="_blank" title="{t}">{t}</a><span class="time">{d}</span></li>')
    gk = gk_table(P) if P.get("gk") else ""
    prev, nxt = P["prevnext"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset_meta(P, "short")}
{head_top(P)}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{gov_metas(P)}
<title>{P["title_html"]}</title>
<meta name="keywords" content="{P["meta_kw"]}">
<meta name="description" content="{P["meta_desc"]}">
<link rel="stylesheet" href="/ucap/site/{s['key']}/css/common.css">
<link rel="stylesheet" href="/ucap/site/{s['key']}/css/article.css">
<script src="/ucap/js/jquery-1.12.4.min.js"></script>
<script src="/ucap/js/ucap.common.js"></script>
{head_hooks(P)}
</head>
<body>
{slot(P, "body_top")}
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问{e(s['site_title'])}！</span>
<div class="top-links"><a href="javascript:void(0)" id="toolbarBtn">无障碍浏览</a> <a href="javascript:void(0)" id="oldMode">长者模式</a> <a href="https://www.gov.cn/" target="_blank">中国政府网</a></div></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/ucap/site/{s['key']}/images/logo.png" alt="{e(s['site_title'])}"></a>
<div class="search-box"><form action="/search/index.html" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{P['column_path']}">{P['column']}</a> &gt; 正文</div>
<div class="w1200 article-wrap">
{gk}
<div class="article">
<h1 class="article-title">{e(a['title'])}</h1>
<div class="article-info">
{info}
</div>
<div class="article-content" id="UCAP-CONTENT">
{P['body_html']}
</div>
{attach_note(P)}
{slot(P, "after_content")}
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="article-nav"><p>上一篇：<a href="{prev[1]}">{e(prev[0])}</a></p><p>下一篇：<a href="{nxt[1]}">{e(nxt[0])}</a></p></div>
</div>
<div class="related-box"><div class="hd">相关阅读</div><ul>
{related}
</ul></div>
{slot(P, "sidebar")}
</div>
{slot(P, "before_footer")}
<div class="friend-links w1200"><span>相关链接：</span>
<select onchange="if(this.value)window.open(this.value)"><option value="">—— 国家部委网站 ——</option><option value="https://www.gov.cn/">中国政府网</option><option value="https://www.ndrc.gov.cn/">国家发展改革委</option><option value="https://www.mee.gov.cn/">生态环境部</option></select>
<div class="fl-list">{friendlinks_html(P, sep=" ")}</div></div>
<div class="footer"><div class="w1200">
<div class="disclaimer">{P['disclaimer']}</div>
<p>主办：{e(s['org'])}办公室　承办：{e(s['org'])}大数据中心　<a href="/wzdt/">网站地图</a>　<a href="/lxwm/">联系我们</a></p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>　{s['gongan']}　网站标识码：{s['bsm']}</p>
<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id={s['conac']}" target="_blank"><img src="/ucap/site/{s['key']}/images/red.png" alt="党政机关"></a>
<script id="_jiucuo_" sitecode="{s['bsm']}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
{footer_extra(P)}
</div></div>
<script src="https://hm.baidu.com/hm.js?{s['hm']}"></script>
{slot(P, "body_end")}
</body>
</html>
{slot(P, "after_html")}"""


def wordpress(P):
    s, a, b = P["site"], P["art"], P["byline"]
    en = a["lang"] == "en"
    menu = []
    for t, u in s["nav"]:
        menu.append('<li class="menu-item menu-item-type-taxonomy"><a href="%s">%s</a></li>' % (u, t))
    menu.insert(2, '<li class="menu-item menu-item-has-children"><a href="%sxygk/">%s</a>\n<ul class="sub-menu">'
                   '<li class="menu-item"><a href="%sxygk/xyjj/">%s</a></li><li class="menu-item"><a href="%sxygk/lsyg/">%s</a></li>'
                   '<li class="menu-item"><a href="%sxygk/xrld/">%s</a></li></ul></li>'
                % (s["home"], "About" if en else "学院概况", s["home"], "Overview" if en else "学院简介",
                   s["home"], "History" if en else "历史沿革", s["home"], "Leadership" if en else "现任领导"))
    menu = "\n".join(menu)
    if en:
        meta = (f'<span class="posted-on">Posted on <a href="{P["url"]}" rel="bookmark"><time class="entry-date published" datetime="{b["iso_attr"]}">{b["date_str"]}</time>'
                f'{b["updated_html"]}</a></span>')
        if b["author_label"]:
            meta += f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="{s["home"]}author/{P["author_slug"]}/">{b["author_html"]}</a></span></span>'
        if b["source_label"]:
            meta += f'<span class="source-info"> | Source: {b["source_html"]}</span>'
    else:
        meta = (f'<span class="posted-on">发布于 <a href="{P["url"]}" rel="bookmark"><time class="entry-date published" datetime="{b["iso_attr"]}">{b["date_str"]}</time>'
                f'{b["updated_html"]}</a></span>')
        if b["source_label"]:
            meta += f'<span class="source-info">　来源：{b["source_html"]}</span>'
        if b["author_label"]:
            meta += f'<span class="byline">　作者：<span class="author vcard"><a class="url fn n" href="{s["home"]}author/{P["author_slug"]}/">{b["author_html"]}</a></span></span>'
    recent = ul_related(P["sidebar_items"], '<li><a href="{u}">{t}</a> <span class="post-date">{d}</span></li>')
    rel = ul_related(P["related"], '<li class="jp-related"><a href="{u}">{t}</a><span class="jp-date">{d}</span></li>')
    prev, nxt = P["prevnext"]
    og_time = f'<meta property="article:published_time" content="{b["iso_attr"]}" />' if b["iso_attr"] else ""
    return f"""<!doctype html>
<html lang="{'en-US' if en else 'zh-CN'}">
<head>
{charset_meta(P, "short")}
{head_top(P)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{P["title_html"]}</title>
<meta name='robots' content='max-image-preview:large' />
<meta name="description" content="{P["meta_desc"]}" />
<meta name="keywords" content="{P["meta_kw"]}" />
<meta property="og:locale" content="{'en_US' if en else 'zh_CN'}" />
<meta property="og:type" content="article" />
{P['og_html']}
<meta property="og:url" content="{P["url"]}" />
<meta property="og:site_name" content="{e(s['site_title'])}" />
{og_time}
<link rel='dns-prefetch' href='//s.w.org' />
<link rel='stylesheet' id='wp-block-library-css' href='{s['home']}wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='bhzy-style-css' href='{s['home']}wp-content/themes/bhzy/style.css?ver=1.2.0' media='all' />
<script src='{s['home']}wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
{head_hooks(P)}
</head>
<body class="post-template-default single single-post postid-{P['aid']} single-format-standard">
{slot(P, "body_top")}
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">{'Skip to content' if en else '跳至内容'}</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="{s['home']}" rel="home">{e(s['site_title'])}</a></p><p class="site-description">{'Skills for life' if en else '厚德 强技 笃行 创新'}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">{'Menu' if en else '菜单'}</button>
<div class="menu-main-container"><ul id="primary-menu" class="menu">
{menu}
</ul></div></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-{P['aid']}" class="post-{P['aid']} post type-post status-publish format-standard hentry category-{P['column_path'].strip('/').split('/')[-1]}">
<header class="entry-header">
<h1 class="entry-title">{e(a['title'])}</h1>
<div class="entry-meta">{meta}</div>
</header>
<div class="entry-content">
{P['body_html']}
</div>
{attach_note(P)}
{slot(P, "after_content")}
<footer class="entry-footer"><span class="cat-links">{'Posted in' if en else '分类：'} <a href="{s['home']}{P['column_path']}" rel="category tag">{P['column']}</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="{'Posts' if en else '文章'}"><div class="nav-links"><div class="nav-previous"><a href="{prev[1]}" rel="prev">{e(prev[0])}</a></div><div class="nav-next"><a href="{nxt[1]}" rel="next">{e(nxt[0])}</a></div></div></nav>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">{'Related' if en else '相关文章'}</h3><ul>
{rel}
</ul></div>
</main>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{s['home']}"><label><span class="screen-reader-text">{'Search for:' if en else '搜索：'}</span><input type="search" class="search-field" name="s" /></label><input type="submit" class="search-submit" value="{'Search' if en else '搜索'}" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{'Recent Posts' if en else '近期文章'}</h2><ul>
{recent}
</ul></section>
{slot(P, "sidebar")}
</aside>
</div>
{slot(P, "before_footer")}
<footer id="colophon" class="site-footer">
<div class="footer-links"><h2 class="widget-title">{'Links' if en else '友情链接'}</h2><ul class="blogroll">{friendlinks_html(P, '<li><a href="{u}" target="_blank" rel="noopener">{t}</a></li>', "")}</ul></div>
<div class="site-info">
<p>{P['disclaimer']}</p>
<p>{'Address' if en else '地址'}：{e(s['address'])}　{'Tel' if en else '电话'}：{s['phone']}</p>
<p>&copy; 2024 {e(s['org'])}　<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">{s['icp']}</a>　Powered by WordPress</p>
{footer_extra(P)}
</div>
</footer>
</div>
<script src='{s['home']}wp-content/themes/bhzy/js/navigation.js?ver=1.2.0' id='bhzy-navigation-js'></script>
{slot(P, "body_end")}
</body>
</html>
{slot(P, "after_html")}"""


def bootstrap(P):
    s, a, b = P["site"], P["art"], P["byline"]
    nav_items = []
    for i, (t, u) in enumerate(s["nav"]):
        if i == 2:
            nav_items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{u}" data-toggle="dropdown">{t}</a>'
                             f'<div class="dropdown-menu"><a class="dropdown-item" href="{u}xyjj.htm">学院简介</a><a class="dropdown-item" href="{u}jgsz.htm">机构设置</a>'
                             f'<a class="dropdown-item" href="{u}xrld.htm">现任领导</a></div></li>')
        else:
            nav_items.append(f'<li class="nav-item"><a class="nav-link" href="{u}">{t}</a></li>')
    nav = "\n".join(nav_items)
    spans = []
    for lab, key in (("作者", "author"), ("摄影", "photo"), ("来源", "source")):
        if b.get(key + "_label"):
            spans.append(f'<span class="mr-3">{lab}：{b[key + "_html"]}</span>')
    spans.insert(b.get("date_pos", len(spans)), f'<span class="mr-3">发布时间：{b["date_str"]}</span>')
    if b.get("updated_str"):
        spans.append(f'<span class="mr-3">更新时间：{b["updated_str"]}</span>')
    spans.append('<span>阅读：<b id="hits">%d</b></span>' % P["views"])
    info = "\n".join(spans)
    side = ul_related(P["related"], '<li class="list-group-item"><a href="{u}">{t}</a><small class="text-muted d-block">{d}</small></li>')
    prev, nxt = P["prevnext"]
    metas = ""
    if b.get("meta_author") is not None:
        metas += f'<meta name="author" content="{e(b["meta_author"])}">\n'
    metas += f'<meta name="publishdate" content="{b["meta_pubdate"]}">'
    return f"""<!doctype html>
<html lang="zh-CN">
<head>
{charset_meta(P, "short")}
{head_top(P)}
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{P["title_html"]}</title>
<meta name="keywords" content="{P["meta_kw"]}">
<meta name="description" content="{P["meta_desc"]}">
{metas}
{P['og_html']}
<link rel="stylesheet" href="https://cdn.bootcdn.net/ajax/libs/twitter-bootstrap/4.6.2/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/style.css?v=20240301">
{head_hooks(P)}
</head>
<body>
{slot(P, "body_top")}
<div class="topbar bg-primary text-white small py-1"><div class="container d-flex justify-content-between">
<span>{e(s['motto'])}</span><span><a class="text-white" href="{s['parent_url']}" target="_blank">{e(s['parent_name'])}</a> | <a class="text-white" href="/en/">English</a></span></div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom"><div class="container">
<a class="navbar-brand" href="/"><img src="/static/img/logo.png" height="56" alt="{e(s['site_title'])}"></a>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ml-auto">
{nav}
</ul></div></div></nav>
<div class="container mt-3">
<nav aria-label="breadcrumb"><ol class="breadcrumb bg-light"><li class="breadcrumb-item"><a href="/">首页</a></li><li class="breadcrumb-item"><a href="/{P['column_path']}">{P['column']}</a></li><li class="breadcrumb-item active" aria-current="page">正文</li></ol></nav>
<div class="row">
<div class="col-lg-9">
<article class="news-detail">
<h2 class="news-title text-center">{e(a['title'])}</h2>
<p class="news-meta text-center text-muted small">
{info}
</p>
<hr>
<div class="news-content">
{P['body_html']}
</div>
{attach_note(P)}
{slot(P, "after_content")}
<div class="news-nav border-top pt-2 small"><p>上一条：<a href="{prev[1]}">{e(prev[0])}</a></p><p>下一条：<a href="{nxt[1]}">{e(nxt[0])}</a></p></div>
</article>
</div>
<aside class="col-lg-3">
<div class="card mb-3"><div class="card-header">相关阅读</div><ul class="list-group list-group-flush">
{side}
</ul></div>
{slot(P, "sidebar")}
</aside>
</div>
</div>
{slot(P, "before_footer")}
<footer class="footer bg-dark text-white-50 small mt-4 py-3"><div class="container">
<div class="row"><div class="col-md-8">
<p>{P['disclaimer']}</p>
<p>地址：{e(s['address'])}　电话：{s['phone']}　邮箱：{s['email']}</p>
<p>版权所有 &copy; {e(s['org'])}　<a class="text-white-50" href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a></p>
{footer_extra(P)}
</div>
<div class="col-md-4"><p class="text-white">友情链接</p><div class="flinks">{friendlinks_html(P, '<a class="text-white-50 d-inline-block mr-2" href="{u}" target="_blank">{t}</a>', "")}</div></div></div>
</div></footer>
<script src="https://cdn.bootcdn.net/ajax/libs/jquery/3.6.0/jquery.min.js"></script>
<script src="https://cdn.bootcdn.net/ajax/libs/twitter-bootstrap/4.6.2/js/bootstrap.bundle.min.js"></script>
<script>$.get('/system/resource/hits.jsp',{{id:{P['aid']}}},function(n){{$('#hits').text(n);}});</script>
{slot(P, "body_end")}
</body>
</html>
{slot(P, "after_html")}"""


# ============================================================================ SET B
def siteserver(P):
    s, a, b = P["site"], P["art"], P["byline"]
    nav = "".join('<li><a href="%s">%s</a></li>' % (u, t) for t, u in s["nav"])
    parts = []
    for lab, key in (("撰稿", "author"), ("摄影", "photo")):
        if b.get(key + "_label"):
            parts.append("%s：%s" % (lab, b[key + "_html"]))
    parts.insert(0, "发布时间：%s" % b["date_str"])
    if b["source_label"]:
        parts.append("来源：%s" % b["source_html"])
    if b.get("editor"):
        parts.append("编辑：%s" % e(b["editor"]))
    if b.get("updated_str"):
        parts.append("最后更新：%s" % b["updated_str"])
    info = "　".join(parts)
    hot = ul_related(P["sidebar_items"], '<li><a href="{u}" target="_blank">{t}</a><span>{d}</span></li>')
    related = ul_related(P["related"], '<li><span class="time">{d}</span><a href="{u}">{t}</a></li>')
    hits = ('点击数：<span id="stlhits"><script type="text/javascript" src="/api/sys/stl/actions/content_hits?siteId=1&amp;channelId=%s&amp;contentId=%s"></script></span>'
            % (P['classid'], P['aid']))
    if P.get("h1span"):
        head_block = '<h1 class="content_title">%s<br /><span class="content_info">%s　%s</span></h1>' % (e(a['title']), info, hits)
    else:
        head_block = '<div class="content_title">%s</div>\n<div class="content_info">%s　%s</div>' % (e(a['title']), info, hits)
    prev, nxt = P["prevnext"]
    return f"""<!DOCTYPE html>
<html>
<head>
{charset_meta(P, "short")}
{head_top(P)}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{P["title_html"]}</title>
<meta name="keywords" content="{P["meta_kw"]}">
<meta name="description" content="{P["meta_desc"]}">
<link rel="stylesheet" type="text/css" href="/css/style.css">
<link rel="stylesheet" type="text/css" href="/css/sub.css">
<script type="text/javascript" src="/sitefiles/assets/jquery/jquery-1.9.1.min.js"></script>
<script type="text/javascript" src="/js/slide.js"></script>
{head_hooks(P)}
</head>
<body>
{slot(P, "body_top")}
<div class="top"><div class="top_in"><a href="/" class="logo"><img src="/images/logo.png" alt="{e(s['site_title'])}"></a>
<div class="top_r"><a href="{s['parent_url']}" target="_blank">学校主页</a> | <a href="/channels/20.html">投稿须知</a>
<form class="search" action="/utils/search.html" method="get"><input type="text" name="word" class="s_txt"><input type="submit" value="" class="s_btn"></form></div></div></div>
<div class="menu"><ul>{nav}</ul></div>
<div class="main">
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/{P['column_path']}">{P['column']}</a> &gt; 正文</div>
<div class="left_box">
{head_block}
<div class="content_text" id="content">
{P['body_html']}
</div>
{attach_note(P)}
{slot(P, "after_content")}
<div class="fenxiang">分享到：<a href="javascript:void(0)" class="wx">微信</a><a href="javascript:void(0)" class="wb">微博</a><a href="javascript:void(0)" class="qq">QQ空间</a></div>
<div class="updown"><span>上一篇：<a href="{prev[1]}">{e(prev[0])}</a></span><span>下一篇：<a href="{nxt[1]}">{e(nxt[0])}</a></span></div>
<div class="xgxw"><div class="tit">相关新闻</div><ul>
{related}
</ul></div>
</div>
<div class="right_box"><div class="tit">热点新闻</div><ul>
{hot}
</ul>
{slot(P, "sidebar")}
</div>
</div>
{slot(P, "before_footer")}
<div class="foot"><div class="foot_in">
<div class="yqlj">友情链接：{friendlinks_html(P, sep="　")}</div>
<p>{P['disclaimer']}</p>
<p>{e(s['org'])}党委宣传部主办　地址：{e(s['address'])}　邮编：{s['postcode']}　电话：{s['phone']}</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>　{s['gongan']}</p>
{footer_extra(P)}
</div></div>
{slot(P, "body_end")}
</body>
</html>
{slot(P, "after_html")}"""


def powereasy(P):
    s, a, b = P["site"], P["art"], P["byline"]
    nav = "".join('<td align="center" class="menu_s"><a class="Class" href="%s">%s</a></td>' % (u, t) for t, u in s["nav"])
    author = b["author_html"] if b["author_label"] else ""
    related = ul_related(P["related"], '<li><a class="LinkArticleCorrelative" href="{u}" title="{t}" target="_blank">{t}</a>&nbsp;[{d}]</li>')
    hot = ul_related(P["sidebar_items"], '<li><a href="{u}" target="_blank">{t}</a></li>')
    prev, nxt = P["prevnext"]
    return f"""<html>
<head>
<title>{P["title_html"]}</title>
{charset_meta(P)}
{head_top(P)}
<meta name="keywords" content="{P["meta_kw"]}">
<meta name="description" content="{P["meta_desc"]}">
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript" src="/js/menu.js"></script>
<script language="JavaScript" type="text/JavaScript" src="/js/checklogin.js"></script>
{head_hooks(P)}
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
{slot(P, "body_top")}
<div id="menuDiv" style="Z-INDEX: 1000; VISIBILITY: hidden; WIDTH: 1px; POSITION: absolute; HEIGHT: 1px; BACKGROUND-COLOR: #9cc5f8"></div>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tdbgall">
  <tr><td><img src="/Skin/blue/top_banner.jpg" width="980" height="130" alt="{e(s['site_title'])}"></td></tr>
  <tr><td class="top_nav_menu"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall">
  <tr>
    <td width="760" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="main_title_760">您现在的位置：&nbsp;<a class="LinkPath" href="/">{e(s['site_title'])}</a>&nbsp;&gt;&gt;&nbsp;<a class="LinkPath" href="/Article/Index.asp">教育资讯</a>&nbsp;&gt;&gt;&nbsp;<a class="LinkPath" href="/Article/ShowClass.asp?ClassID={P['classid']}">{P['column']}</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
        <tr><td class="main_ArticleTitle">{e(a['title'])}</td></tr>
        <tr><td class="Article_tdbgall" align="center">作者：{author}&nbsp;&nbsp;&nbsp;&nbsp;文章来源：{b['source_html'] if b['source_label'] else ''}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID={P['aid']}"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{b['date_str']}&nbsp;&nbsp;&nbsp;&nbsp;</td></tr>
        <tr><td><table width="100%" border="0" cellpadding="0" cellspacing="5"><tr><td id="fontzoom" class="main_ArticleContent">
{P['body_html']}
        </td></tr></table></td></tr>
        <tr><td>{attach_note(P)}</td></tr>
        <tr><td>{slot(P, "after_content")}</td></tr>
        <tr><td class="main_tdbg_760" align="right">【<a href="/Article/Comment.asp?ArticleID={P['aid']}" target="_blank">发表评论</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
        <tr><td class="main_tdbg_760"><li>上一篇文章： <a class="LinkPrevArticle" href="{prev[1]}">{e(prev[0])}</a></li><li>下一篇文章： <a class="LinkNextArticle" href="{nxt[1]}">{e(nxt[0])}</a></li></td></tr>
        <tr><td class="main_title_760"><b>相关文章</b></td></tr>
        <tr><td class="main_tdbg_760"><ul>
{related}
        </ul></td></tr>
      </table>
    </td>
    <td width="10"></td>
    <td width="210" valign="top" class="right_tdbg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="right_title">热门文章</td></tr><tr><td class="right_tdbg"><ul>
{hot}
      </ul></td></tr></table>
{slot(P, "sidebar")}
    </td>
  </tr>
</table>
{slot(P, "before_footer")}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="links_tdbg"><tr><td>
<b>友情链接：</b>{friendlinks_html(P, sep="&nbsp;&nbsp;")}</td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="Bottom_tdbgall">
  <tr><td class="Bottom_Copyright" align="center">
  {P['disclaimer']}<br>
  主办：{e(s['org'])}　地址：{e(s['address'])}　电话：{s['phone']}<br>
  <a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>　网站标识码：{s['bsm']}　技术支持：县电教馆
{footer_extra(P)}
  </td></tr>
</table>
{slot(P, "body_end")}
</body>
</html>
{slot(P, "after_html")}"""


def jeecms(P):
    s, a, b = P["site"], P["art"], P["byline"]
    nav = "".join('<li><a href="%s">%s</a></li>' % (u, t) for t, u in s["nav"])
    spans = ["<span>发布时间：%s</span>" % b["date_str"]]
    if b["source_label"]:
        spans.append("<span>来源：%s</span>" % b["source_html"])
    if b["author_label"]:
        spans.append("<span>作者：%s</span>" % b["author_html"])
    if b.get("updated_str"):
        spans.append("<span>修改时间：%s</span>" % b["updated_str"])
    spans.append('<span>浏览次数：<span id="views"></span></span>')
    info = "".join(spans)
    related = ul_related(P["related"], '<li><a href="{u}" target="_blank">{t}</a><em>{d}</em></li>')
    prev, nxt = P["prevnext"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(P)}
{head_top(P)}
<title>{P["title_html"]}</title>
<meta http-equiv="keywords" content="{P["meta_kw"]}"/>
<meta http-equiv="description" content="{P["meta_desc"]}"/>
<link href="/r/cms/www/blue/css/layout.css" rel="stylesheet" type="text/css"/>
<link href="/r/cms/www/blue/css/detail.css" rel="stylesheet" type="text/css"/>
<script src="/r/cms/jquery.js" type="text/javascript"></script>
<script src="/r/cms/front.js" type="text/javascript"></script>
<script type="text/javascript">
$(function() {{
  Cms.attachment("", "{P['aid']}", "0", "attach");
  Cms.viewCount("", "{P['aid']}");
}});
</script>
{head_hooks(P)}
</head>
<body>
{slot(P, "body_top")}
<div class="w1000 header"><div class="logo"><a href="/"><img src="/r/cms/www/blue/img/logo.png" alt="{e(s['site_title'])}"/></a></div>
<div class="h-right"><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">加入收藏</a>
<form action="/search.jspx" target="_blank"><input type="text" name="q" class="s-ipt"/><input type="submit" class="s-btn" value="搜索"/></form></div></div>
<div class="w1000 nav"><ul>{nav}</ul></div>
<div class="w1000 position">当前位置：<a href="/">首页</a> &gt; <a href="/{P['column_path']}">{P['column']}</a> &gt; 正文</div>
<div class="w1000 clearfix">
<div class="detail fl">
<div class="d-title"><h2>{e(a['title'])}</h2></div>
<div class="d-info">{info}<span class="zoom">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span></div>
<div class="d-content" id="zoomcon">
{P['body_html']}
</div>
{attach_note(P)}
{slot(P, "after_content")}
<div class="d-prenext"><p>上一篇：<a href="{prev[1]}">{e(prev[0])}</a></p><p>下一篇：<a href="{nxt[1]}">{e(nxt[0])}</a></p></div>
<div class="d-tools"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="side fr"><div class="s-tit">相关信息</div><ul class="s-list">
{related}
</ul>
{slot(P, "sidebar")}
</div>
</div>
{slot(P, "before_footer")}
<div class="w1000 links"><span>友情链接：</span>{friendlinks_html(P, sep=" ")}</div>
<div class="footer"><div class="w1000">
<p>{P['disclaimer']}</p>
<p>主办单位：{e(s['org'])}　地址：{e(s['address'])}　联系电话：{s['phone']}</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>　{s['gongan']}　网站标识码：{s['bsm']}</p>
<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id={s['conac']}" target="_blank"><img src="/r/cms/www/blue/img/red.png" alt="党政机关"/></a></p>
{footer_extra(P)}
</div></div>
{slot(P, "body_end")}
</body>
</html>
{slot(P, "after_html")}"""


def epoint(P):
    s, a, b = P["site"], P["art"], P["byline"]
    nav = "".join('<li class="ewb-nav-item"><a href="%s" class="ewb-nav-link">%s</a></li>' % (u, t) for t, u in s["nav"])
    spans = ["<span>发布时间：%s</span>" % b["date_str"]]
    if b["source_label"]:
        spans.append("<span>信息来源：%s</span>" % b["source_html"])
    if b["author_label"]:
        spans.append("<span>作者：%s</span>" % b["author_html"])
    if b.get("updated_str"):
        spans.append("<span>更新日期：%s</span>" % b["updated_str"])
    spans.append('<span>浏览次数：<span id="infoViewCount"></span></span>')
    spans.append('<span class="ewb-font">【字号：<a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a>】</span>')
    info = "".join(spans)
    related = ul_related(P["related"], '<li class="ewb-relate-item"><a href="{u}" target="_blank" title="{t}">{t}</a><span class="ewb-date">{d}</span></li>')
    gk = gk_table(P, "ewb-gk-table") if P.get("gk") else ""
    prev, nxt = P["prevnext"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset_meta(P, "short")}
{head_top(P)}
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
{gov_metas(P)}
<title>{P["title_html"]}</title>
<meta name="keywords" content="{P["meta_kw"]}">
<meta name="description" content="{P["meta_desc"]}">
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/detail.css">
<script src="/js/lib/jquery.min.js"></script>
<script src="/js/lib/mini.js"></script>
{head_hooks(P)}
</head>
<body>
{slot(P, "body_top")}
<div class="ewb-top"><div class="ewb-container clearfix"><span class="l">今天是：<span id="today"></span></span>
<div class="r"><a href="javascript:;" id="wza">无障碍</a> | <a href="javascript:;" id="zhzs">长者模式</a> | <a href="/jtzw/">繁體</a></div></div></div>
<div class="ewb-header"><div class="ewb-container"><a href="/" class="ewb-logo"><img src="/images/logo.png" alt="{e(s['site_title'])}"></a>
<div class="ewb-search"><input type="text" class="ewb-search-input" placeholder="请输入关键字"><a href="javascript:;" class="ewb-search-btn">搜索</a></div></div></div>
<div class="ewb-nav"><ul class="ewb-nav-items ewb-container">{nav}</ul></div>
<div class="ewb-container">
<div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/{P['column_path']}">{P['column']}</a> &gt; 正文</div>
{gk}
<div class="ewb-article">
<h2 class="ewb-article-tt">{e(a['title'])}</h2>
<div class="ewb-article-sources">{info}</div>
<div class="ewb-article-info" id="mainContent">
{P['body_html']}
</div>
{attach_note(P)}
{slot(P, "after_content")}
<div class="ewb-article-operate"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="ewb-article-prenext"><p>上一篇：<a href="{prev[1]}">{e(prev[0])}</a></p><p>下一篇：<a href="{nxt[1]}">{e(nxt[0])}</a></p></div>
</div>
<div class="ewb-relate"><h4 class="ewb-relate-hd">相关文章</h4><ul class="ewb-relate-items">
{related}
</ul></div>
{slot(P, "sidebar")}
</div>
{slot(P, "before_footer")}
<div class="ewb-links"><div class="ewb-container"><span class="ewb-links-hd">友情链接</span><div class="ewb-links-bd">{friendlinks_html(P, sep=" ")}</div></div></div>
<div class="ewb-footer"><div class="ewb-container">
<p>{P['disclaimer']}</p>
<p>主办：{e(s['org'])}办公室　承办：{e(s['org'])}政务服务数据管理局　<a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>　{s['gongan']}　网站标识码：{s['bsm']}</p>
<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id={s['conac']}" target="_blank"><img src="/images/red.png" alt="党政机关"></a>
<script id="_jiucuo_" sitecode="{s['bsm']}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
{footer_extra(P)}
</div></div>
<script src="/js/pages/detail.js"></script>
{slot(P, "body_end")}
</body>
</html>
{slot(P, "after_html")}"""


def drupal(P):
    s, a, b = P["site"], P["art"], P["byline"]
    en = a["lang"] == "en"
    nav = "\n".join('<li class="menu-item"><a href="%s">%s</a></li>' % (u, t) for t, u in s["nav"])
    fields = []
    if b["source_label"]:
        fields.append(f'<div class="field field--name-field-source field--type-string field--label-inline"><div class="field__label">{"Source" if en else "来源"}</div><div class="field__item">{b["source_html"]}</div></div>')
    if b["author_label"]:
        fields.append(f'<div class="field field--name-field-writer field--type-string field--label-inline"><div class="field__label">{"Author" if en else "作者"}</div><div class="field__item">{b["author_html"]}</div></div>')
    if b.get("photo_label"):
        fields.append(f'<div class="field field--name-field-photo field--type-string field--label-inline"><div class="field__label">摄影</div><div class="field__item">{b["photo_html"]}</div></div>')
    if b.get("editor"):
        fields.append(f'<div class="field field--name-field-editor field--type-string field--label-inline"><div class="field__label">责任编辑</div><div class="field__item">{e(b["editor"])}</div></div>')
    fields = "\n".join(fields)
    label = "Posted" if en else "发布时间"
    related = ul_related(P["related"], '<div class="views-row"><span class="views-field views-field-title"><a href="{u}" hreflang="zh-hans">{t}</a></span> <span class="views-field views-field-created">{d}</span></div>')
    prev, nxt = P["prevnext"]
    return f"""<!DOCTYPE html>
<html lang="{'en' if en else 'zh-hans'}" dir="ltr">
<head>
{charset_meta(P, "short")}
{head_top(P)}
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="description" content="{P["meta_desc"]}" />
<meta name="keywords" content="{P["meta_kw"]}" />
<link rel="canonical" href="{P["url"]}" />
<link rel="shortlink" href="{s['home']}node/{P['aid']}" />
{P['og_html']}
<title>{P["title_html"]}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{P['csshash']}.css" />
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
{head_hooks(P)}
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">{'Skip to main content' if en else '跳转到主要内容'}</a>
{slot(P, "body_top")}
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header">
<div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/dlan/logo.svg" alt="{'Home' if en else '首页'}" /></a>
<div class="site-name"><a href="/" rel="home">{e(s['site_title'])}</a></div></div></div>
<nav role="navigation" aria-labelledby="block-dlan-main-menu-menu" id="block-dlan-main-menu">
<h2 class="visually-hidden" id="block-dlan-main-menu-menu">{'Main navigation' if en else '主导航'}</h2>
<ul class="menu">
{nav}
</ul></nav>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">{'Breadcrumb' if en else '面包屑'}</h2>
<ol><li><a href="/">{'Home' if en else '首页'}</a></li><li><a href="/{P['column_path']}">{P['column']}</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/node/{P['aid']}" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(a['title'])}</span></h1>
<div class="node__meta">
<div class="node__submitted">{label}: <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{b['iso_attr']}" title="{b['time_title']}" class="datetime">{b['date_str']}</time></span></div>
{fields}
</div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{P['body_html']}
</div>
{attach_note(P)}
</div>
{slot(P, "after_content")}
</article>
<nav class="pager-node"><span class="prev">{'Previous' if en else '上一篇'}：<a href="{prev[1]}">{e(prev[0])}</a></span> <span class="next">{'Next' if en else '下一篇'}：<a href="{nxt[1]}">{e(nxt[0])}</a></span></nav>
<div class="views-element-container block block-views"><h2>{'Related' if en else '相关阅读'}</h2><div class="view view-related-news"><div class="view-content">
{related}
</div></div></div>
{slot(P, "sidebar")}
</div></div>
</main>
{slot(P, "before_footer")}
<footer role="contentinfo" class="site-footer">
<div class="region region-footer">
<div class="block block-block-content block-links"><h2>{'Links' if en else '友情链接'}</h2><div class="field--name-body">{friendlinks_html(P, sep=" | ")}</div></div>
<div class="block block-copyright"><p>{P['disclaimer']}</p>
<p>{'Address' if en else '地址'}：{e(s['address'])}　{'Postcode' if en else '邮编'}：{s['postcode']}</p>
<p>&copy; {e(s['org'])}　<a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>　{s['gongan']}</p>
{footer_extra(P)}
</div></div>
</footer>
</div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/{P['aid']}","currentLanguage":"{'en' if en else 'zh-hans'}"}},"user":{{"uid":0}}}}</script>
<script src="/sites/default/files/js/js_{P['csshash']}.js"></script>
{slot(P, "body_end")}
</body>
</html>
{slot(P, "after_html")}"""


TEMPLATES = dict(phpcms=phpcms, empire=empire, ucap=ucap, wordpress=wordpress, bootstrap=bootstrap,
                 siteserver=siteserver, powereasy=powereasy, jeecms=jeecms, epoint=epoint, drupal=drupal)
