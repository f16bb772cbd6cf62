"""Six page templates written for synthetic-v48 (families no dev generator names).

Each render_XX(pg) returns the page as str; pg holds the site (name, host, nav), the article fields as shown,
the body html and the injection slots (pg["inj"]: dict slot -> html, empty string when unused).
"""


def _i(pg, slot):
    return pg["inj"].get(slot, "")


def _nav(items, fmt):
    return "".join(fmt.format(href=h, name=n) for h, n in items)


# X1: XYHCMS-like county portal, gbk, XHTML transitional; 时间/来源/作者/阅读 line under an <h2>
def render_X1(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" />
<title>{pg['html_title']}</title>
<meta name="keywords" content="{s['name']},{pg['column']}" />
<meta name="description" content="{pg['desc']}" />
<link href="/Public/Home/{s['theme']}/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Public/Home/{s['theme']}/js/jquery.min.js"></script>
{_i(pg, 'head')}</head>
<body>
{_i(pg, 'header_top')}<div class="xyh-topbar"><div class="xyh-w">
  <span class="fl">欢迎访问{s['name']}门户网站</span>
  <span class="fr"><a href="javascript:;" id="xyh-wza">无障碍浏览</a> | <a href="javascript:;" id="xyh-zz">长者模式</a> | <a href="/index.php?s=/Search/index">站内搜索</a></span>
</div></div>
<div class="xyh-banner"><div class="xyh-w"><a href="/" class="xyh-logo"><img src="/Uploads/logo/{s['theme']}_logo.png" alt="{s['name']}" /></a></div></div>
<div class="xyh-nav"><div class="xyh-w"><ul>
{_nav(s['nav'], '  <li><a href="{href}">{name}</a></li>' + chr(10))}</ul></div></div>
<div class="xyh-w xyh-main">
 <div class="xyh-crumb">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/index.php?s=/List/index/cid/{pg['cid']}.html">{pg['column']}</a> &gt;&gt; 正文</div>
 <div class="xyh-show">
  <h2 class="xyh-show-title">{pg['h_title']}</h2>
{_i(pg, 'after_h1')}  <div class="xyh-show-info">时间：{pg['date']} {pg['time']}&nbsp;&nbsp;&nbsp;来源：{pg['source_shown']}&nbsp;&nbsp;&nbsp;作者：{pg['author_shown']}&nbsp;&nbsp;&nbsp;阅读：<span id="xyh-hits">{pg['views']}</span>次&nbsp;&nbsp;&nbsp;<a href="javascript:window.print();">[打印本页]</a></div>
  <div class="xyh-show-content" id="xyh-content">
{pg['body']}
  </div>
{_i(pg, 'after_body')}  <div class="xyh-show-pn"><p>上一篇：<a href="/index.php?s=/Show/index/cid/{pg['cid']}/id/{pg['num'] - 3}.html">{pg['prev']}</a></p><p>下一篇：<a href="/index.php?s=/Show/index/cid/{pg['cid']}/id/{pg['num'] + 5}.html">{pg['next']}</a></p></div>
 </div>
</div>
<div class="xyh-foot"><div class="xyh-w">
 <p>主办单位：{s['name']}人民政府办公室&nbsp;&nbsp;承办单位：{s['name']}融媒体中心</p>
 <p>网站标识码：{s['code']}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>&nbsp;&nbsp;{s['psb']}</p>
{_i(pg, 'footer')} <p class="xyh-jiucuo"><img src="/Uploads/jiucuo.png" alt="政府网站找错" /></p>
</div></div>
{_i(pg, 'end')}</body>
</html>
"""


# S2: SPIP-like college news, utf-8, HTML5; info-publi (date, author) under the title, 稿件来源 in a "ps" note after the text
def render_S2(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE html>
<html dir="ltr" lang="zh" class="ltr zh no-js">
<head>
<meta charset="utf-8">
<title>{pg['html_title']}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{pg['desc']}">
<link rel="alternate" type="application/rss+xml" title="{s['name']}新闻网" href="spip.php?page=backend">
<link rel="stylesheet" href="squelettes/css/theme.css?1709{pg['num']}" type="text/css">
{_i(pg, 'head')}</head>
<body class="page_article">
{_i(pg, 'header_top')}<div class="page">
 <div class="header" id="header">
  <a rel="start home" href="https://{s['host']}/" class="spip_logo_site"><img src="IMG/logo/siteon0.png" alt="{s['name']}新闻网"></a>
  <p class="slogan">{s['motto']}</p>
 </div>
 <div class="nav clearfix" id="nav"><ul class="menu-liste menu-items">
{_nav(s['nav'], '  <li class="menu-entree item"><a href="{href}">{name}</a></li>' + chr(10))} </ul></div>
 <div class="wrapper"><div class="content" id="content">
  <p class="arbo"><a href="https://{s['host']}/">首页</a> &gt; <a href="spip.php?rubrique{pg['cid']}">{pg['column']}</a> &gt; <strong class="on">正文</strong></p>
  <div class="cartouche">
   <h1 class="surlignable crayon article-titre-{pg['num']}">{pg['h_title']}</h1>
{_i(pg, 'after_h1')}   <p class="info-publi"><abbr class="published" title="{pg['date']}T{pg['time']}:00Z">{pg['date_cn']}</abbr><span class="sep">，</span><span class="auteurs">作者：<span class="vcard author"><a class="url fn spip_in" href="spip.php?auteur{pg['num'] % 97}">{pg['author_shown']}</a></span></span><span class="sep">，</span>浏览 {pg['views']} 次</p>
  </div>
  <div class="surlignable crayon article-texte-{pg['num']} texte">
{pg['body']}
  </div>
  <div class="ps surlignable"><h2 class="h2">附注</h2><p>稿件来源：{pg['source_shown']}　审核：{pg['reviewer']}</p></div>
{_i(pg, 'after_body')} </div>
 <div class="aside" id="aside"><h2>最新文章</h2><ul class="liste-items">
  <li class="item"><a href="spip.php?article{pg['num'] - 2}">{pg['prev']}</a></li>
  <li class="item"><a href="spip.php?article{pg['num'] + 4}">{pg['next']}</a></li>
 </ul></div></div>
 <div class="footer clearfix" id="footer">
  <p class="colophon">{s['name']}党委宣传部 版权所有　地址：{s['addr']}　邮编：{s['zip']}</p>
  <p class="colophon"><a href="https://beian.miit.gov.cn/">{s['icp']}</a></p>
{_i(pg, 'footer')} </div>
</div>
{_i(pg, 'end')}</body>
</html>
"""


# T3: TerminalFour-like university news, utf-8; <dl class="news-meta"> with 发布日期/撰稿/摄影/来源/编辑
def render_T3(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{pg['html_title']}</title>
<link rel="stylesheet" href="/media/{s['theme']}/style-assets/css/main.css">
<meta property="og:title" content="{pg['h_title']}">
<meta property="og:type" content="article">
{_i(pg, 'head')}</head>
<body class="t4-page news-article">
{_i(pg, 'header_top')}<a class="skip-link" href="#main-content">跳到主要内容</a>
<header class="global-header">
 <div class="global-header__brand"><a href="https://{s['host']}/"><img src="/media/{s['theme']}/style-assets/images/logo.svg" alt="{s['name']}"></a><span class="global-header__sub">新闻网</span></div>
 <nav class="global-nav" aria-label="主导航"><ul>
{_nav(s['nav'], '  <li class="global-nav__item"><a href="{href}">{name}</a></li>' + chr(10))} </ul></nav>
</header>
<main id="main-content">
 <ol class="breadcrumbs"><li><a href="https://{s['host']}/">首页</a></li><li><a href="/news/{pg['slug_col']}/">{pg['column']}</a></li><li aria-current="page">正文</li></ol>
 <article class="news-article__body">
  <h1 class="news-article__title">{pg['h_title']}</h1>
{_i(pg, 'after_h1')}  <dl class="news-meta">
   <dt>发布日期</dt><dd><time datetime="{pg['date']}">{pg['date_slash']}</time></dd>
   <dt>撰稿</dt><dd>{pg['author_shown']}</dd>
   <dt>摄影</dt><dd>{pg['photographer']}</dd>
   <dt>来源</dt><dd>{pg['source_shown']}</dd>
   <dt>编辑</dt><dd>{pg['editor']}</dd>
  </dl>
  <div class="news-article__content">
{pg['body']}
  </div>
{_i(pg, 'after_body')} </article>
 <aside class="related-news"><h2>相关新闻</h2><ul>
  <li><a href="/news/{pg['slug_col']}/{pg['num'] - 1}.html">{pg['prev']}</a></li>
  <li><a href="/news/{pg['slug_col']}/{pg['num'] + 2}.html">{pg['next']}</a></li>
 </ul></aside>
</main>
<footer class="global-footer">
 <p>Copyright &copy; {s['name']} 党委宣传部　地址：{s['addr']}</p>
 <p><a href="https://beian.miit.gov.cn/">{s['icp']}</a>　{s['psb']}</p>
{_i(pg, 'footer')}</footer>
{_i(pg, 'end')}</body>
</html>
"""


# E4: ESPCMS-like 信息公开 page, gb18030; metadata table (信息索引号/公开目录/信息来源/成文日期/标题/文号/发布日期/主题词)
def render_E4(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>{pg['html_title']}</title>
<link rel="stylesheet" type="text/css" href="/templates/{s['theme']}/css/xxgk.css">
<script type="text/javascript" src="/templates/{s['theme']}/js/espcms.common.js"></script>
{_i(pg, 'head')}</head>
<body>
{_i(pg, 'header_top')}<div id="esp-head"><div class="esp-logo"><a href="/"><img src="/upfile/logo/{s['theme']}.png" alt="{s['name']}"></a></div>
<div class="esp-search"><form action="/index.php" method="get"><input type="hidden" name="ac" value="search"><input type="text" name="keyword" value=""><input type="submit" value="搜索"></form></div></div>
<div id="esp-menu">
{_nav(s['nav'], '<a href="{href}">{name}</a>' + chr(10))}</div>
<div id="esp-main">
<div class="esp-place">当前位置：<a href="/">首页</a> &raquo; <a href="/index.php?ac=article&amp;at=list&amp;tid=9">信息公开</a> &raquo; <a href="/index.php?ac=article&amp;at=list&amp;tid={pg['cid']}">{pg['column']}</a></div>
<table class="esp-xxgk" cellspacing="0" cellpadding="0" border="0">
<tr><th>信息索引号：</th><td>{pg['index_no']}</td><th>公开目录：</th><td>{pg['column']}</td></tr>
<tr><th>信息来源：</th><td>{pg['source_shown']}</td><th>成文日期：</th><td>{pg['date_written']}</td></tr>
<tr><th>标　　题：</th><td colspan="3">{pg['h_title']}</td></tr>
<tr><th>文　　号：</th><td>{pg['doc_no']}</td><th>发布日期：</th><td>{pg['date']}</td></tr>
<tr><th>主 题 词：</th><td colspan="3">{pg['kw_cell']}</td></tr>
</table>
<div class="esp-article">
<h1 class="esp-title">{pg['h_title']}</h1>
{_i(pg, 'after_h1')}<div class="esp-attr">发布时间：{pg['date']} {pg['time']}　浏览次数：<span id="esp-hits">{pg['views']}</span>　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="esp-content" id="zoom">
{pg['body']}
<p class="esp-writer">（撰稿：{pg['author_shown']}　责任编辑：{pg['editor']}）</p>
</div>
{_i(pg, 'after_body')}</div>
</div>
<div id="esp-foot">
<p>{s['name']}　版权所有　联系电话：{s['tel']}</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">{s['icp']}</a>　网站标识码：{s['code']}</p>
{_i(pg, 'footer')}</div>
{_i(pg, 'end')}</body>
</html>
"""


# J5: Jadu-like city bureau page, gbk; article-info spans (发布/信息来源/作者/访问量) and a 星期 date
def render_J5(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE html>
<html lang="zh">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{pg['html_title']}</title>
<link rel="stylesheet" href="/site/styles/generic/base.css" media="screen">
<link rel="stylesheet" href="/site/styles/{s['theme']}/theme.css" media="screen">
{_i(pg, 'head')}</head>
<body id="site" class="jadu-news">
{_i(pg, 'header_top')}<div id="mast">
 <div id="mast-inner"><a href="/site/index.php" id="mast-logo"><img src="/site/images/{s['theme']}/logo.gif" alt="{s['name']}"></a>
 <p id="mast-date">{pg['date_cn']} {pg['weekday']}</p></div>
</div>
<div id="navigation"><ul class="nav-main">
{_nav(s['nav'], '<li><a href="{href}">{name}</a></li>' + chr(10))}</ul></div>
<div id="wrapper">
 <p id="breadcrumb">您在这里：<a href="/site/index.php">首页</a> / <a href="/news/category/{pg['cid']}">{pg['column']}</a> / 正文</p>
 <div id="content" class="news-item">
  <h1 class="news-title">{pg['h_title']}</h1>
{_i(pg, 'after_h1')}  <div class="article-info"><span class="ai-date">发布：{pg['date_cn']} {pg['weekday']}</span><span class="ai-src">信息来源：{pg['source_shown']}</span><span class="ai-auth">作者：{pg['author_shown']}</span><span class="ai-hit">访问量：<em>{pg['views']}</em></span></div>
  <div class="byEditor">
{pg['body']}
  </div>
{_i(pg, 'after_body')}  <ul class="news-tools"><li><a href="javascript:window.print()">打印本页</a></li><li><a href="javascript:window.close()">关闭窗口</a></li></ul>
 </div>
 <div id="supplements"><h3>相关链接</h3><ul><li><a href="/news/article/{pg['num'] - 6}/">{pg['prev']}</a></li><li><a href="/news/article/{pg['num'] + 3}/">{pg['next']}</a></li></ul></div>
</div>
<div id="footer">
 <ul class="footer-links"><li><a href="/site/scripts/site_map.php">网站地图</a></li><li><a href="/site/scripts/contact.php">联系我们</a></li><li><a href="/site/scripts/terms.php">使用说明</a></li></ul>
 <p>主办：{s['name']}　地址：{s['addr']}　<a href="https://beian.miit.gov.cn/">{s['icp']}</a></p>
{_i(pg, 'footer')}</div>
{_i(pg, 'end')}</body>
</html>
"""


# V6: Vignette-like provincial department page, utf-8; 【来源：】【作者：】【日期：yyyy.mm.dd】 line, vgnextoid URLs
def render_V6(pg):
    s = pg["site"]
    return f"""{_i(pg, 'before_doctype')}<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{pg['html_title']}</title>
<meta name="SiteName" content="{s['name']}">
<meta name="ColumnName" content="{pg['column']}">
<link rel="stylesheet" href="/vgn-ext-templating/{s['theme']}/css/portal.css">
{_i(pg, 'head')}</head>
<body>
{_i(pg, 'header_top')}<div class="vgn-header"><div class="vgn-inner">
 <div class="vgn-logo"><a href="/portal/site/{s['code']}/"><img src="/vgn-ext-templating/{s['theme']}/images/logo.png" alt="{s['name']}"></a></div>
 <div class="vgn-links"><a href="/portal/site/{s['code']}/menuitem.e1/">English</a> | <a href="/portal/site/{s['code']}/menuitem.f2/">繁體</a></div>
</div></div>
<div class="vgn-menu"><ul>
{_nav(s['nav'], '<li><a href="{href}">{name}</a></li>' + chr(10))}</ul></div>
<div class="vgn-body vgn-inner">
 <div class="vgn-path">当前位置：<a href="/portal/site/{s['code']}/">首页</a> &gt; <a href="/portal/site/{s['code']}/menuitem.{pg['mi']}/">{pg['column']}</a></div>
 <div class="vgn-article">
  <div class="vgn-title">{pg['h_title']}</div>
{_i(pg, 'after_h1')}  <div class="vgn-source"><span>【来源：{pg['source_shown']}】</span><span>【作者：{pg['author_shown']}】</span><span>【日期：{pg['date_dot']}】</span><span>【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span></div>
  <div class="vgn-content">
{pg['body']}
  </div>
{_i(pg, 'after_body')}  <div class="vgn-share"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
 </div>
</div>
<div class="vgn-footer"><div class="vgn-inner">
 <p>主办：{s['name']}　承办：{s['name']}信息中心</p>
 <p>网站标识码：{s['code']}　<a href="https://beian.miit.gov.cn/">{s['icp']}</a>　{s['psb']}</p>
{_i(pg, 'footer')}</div></div>
{_i(pg, 'end')}</body>
</html>
"""


RENDER = {"X1": render_X1, "S2": render_S2, "T3": render_T3, "E4": render_E4, "J5": render_J5, "V6": render_V6}
ENCODING = {"X1": "gbk", "S2": "utf-8", "T3": "utf-8", "E4": "gb18030", "J5": "gbk", "V6": "utf-8"}
