"""Six page templates written for synthetic-v49 (families no dev generator names).

render(pg) returns the page as str. pg holds the site (name, host, nav, ...), the fields as shown (html_title,
header_name, h_title, date, time, source_shown, author_shown, views, ...), the body html and the injection slots
pg["inj"] (slot -> html; missing slots are empty): before_doctype, head, body_top, after_h1, after_body, footer,
end, tail (after </html>).
"""


def _i(pg, slot):
    return pg["inj"].get(slot, "")


def _nav(items, fmt):
    return "".join(fmt.format(href=h, name=n) for h, n in items)


# N1: PHP-Nuke-style county portal, gbk, table layout, modules.php?name=News&file=article&sid=
def render_N1(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{pg['html_title']}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta name="KEYWORDS" content="{pg['keywords']}">
<meta name="DESCRIPTION" content="{pg['desc']}">
<meta name="GENERATOR" content="PHP-Nuke Copyright (c) by Francisco Burzi.">
<link rel="StyleSheet" href="themes/{s['theme']}/style/style.css" type="text/css">
<script type="text/javascript" src="includes/javascript/nukefont.js"></script>
{_i(pg, 'head')}</head>
<body bgcolor="#ffffff" text="#000000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
{_i(pg, 'body_top')}<table class="nk-outer" width="980" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td class="nk-banner" height="120"><a href="index.php"><img src="themes/{s['theme']}/images/logo.jpg" width="980" height="120" border="0" alt="{pg['header_name']}"></a></td></tr>
<tr><td class="nk-menu" height="36"><table width="100%" cellpadding="0" cellspacing="0"><tr>
{_nav(s['nav'], '<td align="center"><a class="nk-mlink" href="{href}">{name}</a></td>' + chr(10))}</tr></table></td></tr>
<tr><td bgcolor="#f3f6fa" height="28">&nbsp;当前位置：<a href="index.php">{pg['header_name']}</a> &raquo; <a href="modules.php?name=News&amp;new_topic={pg['cid']}">{pg['column']}</a> &raquo; 正文</td></tr>
</table>
<table width="980" cellpadding="0" cellspacing="0" border="0" align="center"><tr valign="top">
<td class="nk-left" width="220">
<table class="nk-block" width="100%"><tr><td class="nk-blocktitle">栏目导航</td></tr>
{_nav(s['nav'][1:], '<tr><td class="nk-blockitem">&middot; <a href="{href}">{name}</a></td></tr>' + chr(10))}</table>
<table class="nk-block" width="100%"><tr><td class="nk-blocktitle">便民服务</td></tr>
<tr><td class="nk-blockitem">&middot; <a href="modules.php?name=Content&amp;pa=showpage&amp;pid=7">办事指南</a></td></tr>
<tr><td class="nk-blockitem">&middot; <a href="modules.php?name=Feedback">书记县长信箱</a></td></tr></table>
</td>
<td width="12">&nbsp;</td>
<td class="nk-center" width="748">
<table class="nk-story" width="100%" cellpadding="6"><tr><td align="center" class="nk-storytitle"><font class="title"><b>{pg['h_title']}</b></font></td></tr>
{_i(pg, 'after_h1')}<tr><td align="center" class="nk-storyinfo">发布时间：{pg['date']} {pg['time']}&nbsp;&nbsp;来源：{pg['source_shown']}&nbsp;&nbsp;作者：{pg['author_shown']}&nbsp;&nbsp;浏览次数：{pg['views']}&nbsp;&nbsp;[<a href="javascript:nukefont(16)">大</a> <a href="javascript:nukefont(14)">中</a> <a href="javascript:nukefont(12)">小</a>]</td></tr>
<tr><td class="nk-storytext" id="nkstory">
{pg['body']}
</td></tr>
{_i(pg, 'after_body')}<tr><td class="nk-storyfoot" align="right"><a href="modules.php?name=News&amp;file=print&amp;sid={pg['num']}">打印</a> | <a href="javascript:window.close()">关闭</a></td></tr></table>
</td></tr></table>
<table class="nk-footer" width="980" align="center" cellpadding="4"><tr><td align="center">
主办：{s['name']}人民政府办公室&nbsp;&nbsp;地址：{s['addr']}&nbsp;&nbsp;邮编：{s['zip']}<br>
网站标识码：{s['code']}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>&nbsp;&nbsp;{s['psb']}<br>
{_i(pg, 'footer')}</td></tr></table>
{_i(pg, 'end')}</body>
</html>
{_i(pg, 'tail')}"""


# P2: PyroCMS-style bureau site, utf-8, HTML5; 发布日期/信息来源/阅读 spans, （作者 责任编辑） after the body
def render_P2(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{pg['html_title']}</title>
<meta name="keywords" content="{pg['keywords']}">
<meta name="description" content="{pg['desc']}">
<meta name="generator" content="PyroCMS">
<link rel="stylesheet" href="/addons/shared_addons/themes/{s['theme']}/css/theme.css">
{_i(pg, 'head')}</head>
<body class="pyro-page module-blog">
{_i(pg, 'body_top')}<header class="pyro-header">
 <div class="pyro-wrap"><a class="pyro-brand" href="/"><img src="/uploads/default/files/{s['theme']}-logo.png" alt="{pg['header_name']}"><span>{pg['header_name']}</span></a>
 <form class="pyro-search" action="/search/results" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
 <nav class="pyro-nav"><ul class="pyro-wrap">
{_nav(s['nav'], '  <li><a href="{href}">{name}</a></li>' + chr(10))} </ul></nav>
</header>
<main class="pyro-wrap pyro-main">
 <p class="pyro-crumbs"><a href="/">首页</a> / <a href="/blog/category/{pg['cid']}">{pg['column']}</a> / 正文</p>
 <article class="pyro-post">
  <h1 class="pyro-post-title">{pg['h_title']}</h1>
{_i(pg, 'after_h1')}  <div class="pyro-post-meta"><span>发布日期：{pg['date_cn']}</span><span>信息来源：{pg['source_shown']}</span><span>阅读：{pg['views']}</span></div>
  <div class="pyro-post-body">
{pg['body']}
  </div>
  <p class="pyro-post-author">（作者：{pg['author_shown']}　责任编辑：{pg['editor']}）</p>
{_i(pg, 'after_body')} </article>
</main>
<footer class="pyro-footer"><div class="pyro-wrap">
 <p>{s['name']}版权所有　联系电话：{s['tel']}　地址：{s['addr']}</p>
 <p><a href="https://beian.miit.gov.cn/">{s['icp']}</a>　{s['psb']}　网站标识码：{s['code']}</p>
{_i(pg, 'footer')}</div></footer>
{_i(pg, 'end')}</body>
</html>
{_i(pg, 'tail')}"""


# X3: Xaraya-style 信息公开 page, gb18030, XHTML; metadata table (索引号/主题分类/发布机构/发文日期/名称/文号) above the title
def render_X3(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<?xml version="1.0" encoding="gb18030"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>{pg['html_title']}</title>
<meta name="keywords" content="{pg['keywords']}" />
<meta name="description" content="{pg['desc']}" />
<link rel="stylesheet" type="text/css" href="/themes/{s['theme']}/style/xar-style.css" />
{_i(pg, 'head')}</head>
<body>
{_i(pg, 'body_top')}<div id="xar-page">
<div id="xar-header"><h1 id="xar-sitename"><a href="/index.php">{pg['header_name']}</a></h1><p id="xar-slogan">政府信息公开专栏</p></div>
<ul id="xar-menu">
{_nav(s['nav'], '<li><a href="{href}">{name}</a></li>' + chr(10))}</ul>
<div id="xar-content">
<div class="xar-crumb">当前位置：<a href="/index.php">首页</a> &gt; <a href="/index.php?module=xxgk&amp;func=view&amp;catid={pg['cid']}">{pg['column']}</a></div>
<table class="xar-xxgk-meta" cellspacing="0" summary="信息公开元数据">
<tr><th>索 引 号：</th><td>{pg['index_no']}</td><th>主题分类：</th><td>{pg['column']}</td></tr>
<tr><th>发布机构：</th><td>{pg['publisher']}</td><th>发文日期：</th><td>{pg['date_cn0']}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{pg['h_title']}</td></tr>
<tr><th>文　　号：</th><td>{pg['doc_no']}</td><th>有 效 性：</th><td>有效</td></tr>
</table>
<h2 class="xar-title">{pg['h_title']}</h2>
{_i(pg, 'after_h1')}<div class="xar-subtitle">发布日期：{pg['date']}　信息来源：{pg['source_shown']}　浏览次数：{pg['views']}　【字体：<a href="javascript:xarZoom(18)">大</a> <a href="javascript:xarZoom(16)">中</a> <a href="javascript:xarZoom(14)">小</a>】</div>
<div class="xar-article" id="xar-zoom">
{pg['body']}
</div>
{_i(pg, 'after_body')}<div class="xar-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div id="xar-footer">
<p>主办单位：{s['name']}　承办：{s['name']}办公室　地址：{s['addr']}</p>
<p><a href="https://beian.miit.gov.cn/">{s['icp']}</a>　{s['psb']}　网站标识码：{s['code']}</p>
{_i(pg, 'footer')}</div>
</div>
{_i(pg, 'end')}</body>
</html>
{_i(pg, 'tail')}"""


# E4: Elxis-style university news portal, utf-8; 作者 | 来源 | 发布时间 Y/M/D | 点击 line; 摄影/审核 after the body
def render_E4(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE html>
<html lang="zh-cn" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>{pg['html_title']}</title>
<meta name="keywords" content="{pg['keywords']}">
<meta name="description" content="{pg['desc']}">
<meta name="generator" content="Elxis - Open Source CMS">
<link rel="stylesheet" href="/templates/{s['theme']}/css/template.css" type="text/css">
<script src="/includes/js/elxis.js"></script>
{_i(pg, 'head')}</head>
<body class="elx-body">
{_i(pg, 'body_top')}<div class="elx-top"><div class="elx-container"><span>{s['motto']}</span><a href="/en/">English</a> <a href="/oa/">办公系统</a></div></div>
<div class="elx-header"><div class="elx-container"><a href="/" class="elx-logo"><img src="/media/images/{s['theme']}_logo.png" alt="{pg['header_name']}"></a><span class="elx-sitename">{pg['header_name']}新闻网</span></div></div>
<div class="elx-menu"><div class="elx-container"><ul>
{_nav(s['nav'], '<li><a href="{href}">{name}</a></li>' + chr(10))}</ul></div></div>
<div class="elx-container elx-wrapper">
 <div class="elx-pathway">您的位置：<a href="/">首页</a> » <a href="/news/{pg['cid']}/">{pg['column']}</a> » 正文</div>
 <div class="elx-article">
  <h2 class="elx-article-title">{pg['h_title']}</h2>
{_i(pg, 'after_h1')}  <div class="elx-article-info">作者：{pg['author_shown']} | 来源：{pg['source_shown']} | 发布时间：{pg['date_slash']} | 点击：<span class="elx-hits">{pg['views']}</span></div>
  <div class="elx-article-text">
{pg['body']}
  </div>
  <div class="elx-article-credit">摄影：{pg['photog']}　审核：{pg['editor']}</div>
{_i(pg, 'after_body')} </div>
</div>
<div class="elx-footer"><div class="elx-container">
 <p>版权所有：{s['name']}　地址：{s['addr']}　邮编：{s['zip']}</p>
 <p><a href="https://beian.miit.gov.cn/">{s['icp']}</a>　{s['psb']}</p>
{_i(pg, 'footer')}</div></div>
{_i(pg, 'end')}</body>
</html>
{_i(pg, 'tail')}"""


# T5: TikiWiki-style school site, gbk; 【作者】【来源】【发布时间 Y年M月D日】【浏览 N次】 heading
def render_T5(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{pg['html_title']}</title>
<meta name="keywords" content="{pg['keywords']}" />
<meta name="description" content="{pg['desc']}" />
<link rel="stylesheet" href="styles/{s['theme']}.css" type="text/css" />
<script type="text/javascript" src="lib/tiki-js.js"></script>
{_i(pg, 'head')}</head>
<body class="tiki tiki_articles">
{_i(pg, 'body_top')}<div id="tiki-main">
<div id="tiki-top"><div class="tiki-sitelogo"><a href="tiki-index.php"><img src="img/{s['theme']}/logo.gif" alt="{pg['header_name']}" /></a></div><div class="tiki-sitetitle">{pg['header_name']}</div></div>
<div id="tiki-topmenu"><ul class="tiki-cssmenu">
{_nav(s['nav'], '<li><a href="{href}">{name}</a></li>' + chr(10))}</ul></div>
<div id="tiki-mid"><table id="tiki-midtbl" border="0" cellpadding="0" cellspacing="0" width="100%"><tr>
<td id="tiki-leftcol" valign="top"><div class="tiki-box"><h3>校园导航</h3>
{_nav(s['nav'][1:], '<div class="tiki-link"><a href="{href}">{name}</a></div>' + chr(10))}</div></td>
<td id="tiki-centercol" valign="top">
<div class="tiki-crumb">当前位置：<a href="tiki-index.php">首页</a> &gt; <a href="tiki-view_articles.php?topic={pg['cid']}">{pg['column']}</a></div>
<div class="tiki-articletitle"><h2>{pg['h_title']}</h2></div>
{_i(pg, 'after_h1')}<div class="tiki-articleheading">【作者：{pg['author_shown']}】【来源：{pg['source_shown']}】【发布时间：{pg['date_cn0']}】【浏览：{pg['views']}次】</div>
<div class="tiki-articlebody">
{pg['body']}
</div>
{_i(pg, 'after_body')}<div class="tiki-articletrailer"><a href="tiki-print_article.php?articleId={pg['num']}">打印</a> | <a href="javascript:window.close();">关闭</a></div>
</td></tr></table></div>
<div id="tiki-bot"><p>{s['name']}　地址：{s['addr']}　电话：{s['tel']}</p><p><a href="https://beian.miit.gov.cn/">{s['icp']}</a>　{s['psb']}</p>
{_i(pg, 'footer')}</div>
</div>
{_i(pg, 'end')}</body>
</html>
{_i(pg, 'tail')}"""


# H6: Habari-style college department blog, utf-8; <time datetime> · 来源 · 撰稿 line, （摄影 编辑） after the body
def render_H6(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<title>{pg['html_title']}</title>
<meta name="keywords" content="{pg['keywords']}">
<meta name="description" content="{pg['desc']}">
<meta name="generator" content="Habari">
<link rel="stylesheet" type="text/css" href="/user/themes/{s['theme']}/style.css" media="screen">
{_i(pg, 'head')}</head>
<body class="habari-single">
{_i(pg, 'body_top')}<div id="hb-page">
<div id="hb-masthead"><h1><a href="/">{pg['header_name']}</a></h1><p class="hb-tagline">{s['motto']}</p></div>
<ul id="hb-nav">
{_nav(s['nav'], '<li><a href="{href}">{name}</a></li>' + chr(10))}</ul>
<div id="hb-primary">
<div class="hb-entry" id="entry-{pg['num']}">
<h2 class="hb-entry-title">{pg['h_title']}</h2>
{_i(pg, 'after_h1')}<p class="hb-entry-meta"><time datetime="{pg['date']}T{pg['time']}+08:00">{pg['date']}</time> · 来源：{pg['source_shown']} · 撰稿：{pg['author_shown']}</p>
<div class="hb-entry-content">
{pg['body']}
</div>
<p class="hb-entry-foot">（摄影：{pg['photog']}　编辑：{pg['editor']}）</p>
{_i(pg, 'after_body')}</div>
</div>
<div id="hb-secondary"><h3>栏目</h3><ul>
{_nav(s['nav'][1:], '<li><a href="{href}">{name}</a></li>' + chr(10))}</ul></div>
<div id="hb-footer"><p>© {s['name']}　地址：{s['addr']}</p><p><a href="https://beian.miit.gov.cn/">{s['icp']}</a></p>
{_i(pg, 'footer')}</div>
</div>
{_i(pg, 'end')}</body>
</html>
{_i(pg, 'tail')}"""


RENDER = {"N1": render_N1, "P2": render_P2, "X3": render_X3, "E4": render_E4, "T5": render_T5, "H6": render_H6}
ENCODING = {"N1": "gbk", "P2": "utf-8", "X3": "gb18030", "E4": "utf-8", "T5": "gbk", "H6": "utf-8"}
FAMILY = {"N1": "PHP-Nuke", "P2": "PyroCMS", "X3": "Xaraya", "E4": "Elxis", "T5": "TikiWiki", "H6": "Habari"}
