# -*- coding: utf-8 -*-
"""Six page templates for synthetic-v44, written for this split.

A  EmpireCMS-like county portal (table layout, /e/public/ViewClick counter)      gbk
B  Sitestar (建站之星)-like school/bureau site (mod_article URLs, art_info line)   utf-8
C  Kaipu-like government 信息公开 page (metadata table, zw-* blocks)             gb18030
D  Zikula-like university news (z-theme, module=News, news_meta line)             utf-8
E  Movable Type-like news blog (asset-header / asset-meta / asset-body)          utf-8
F  KingCMS-like hospital/town page (k_* blocks, <dl> info list)                   gbk

Every template takes the same slots (``inj`` dict): head (end of <head>), top (first thing in <body>),
header (inside the masthead), after_title, para (list of (index, html) inserted after paragraph index),
after_body, links (friend-link block items), footer (inside the footer), end (before </body>), and
overrides: title_tag, source_html, author_html.
"""
from html import escape


def _paras(art, inj, open_tag="<p>", close_tag="</p>"):
    out = []
    extra = dict(inj.get("para", []))
    for i, p in enumerate(art["paras"]):
        out.append(f"{open_tag}{escape(p, quote=False)}{close_tag}")
        if i in extra:
            out.append(extra[i])
    return "\n".join(out)


def _src(art, inj):
    if "source_html" in inj:
        return inj["source_html"]
    return escape(art["source"] or "")


def _auth(art, inj):
    if "author_html" in inj:
        return inj["author_html"]
    return escape(art["author"] or "")


def tpl_A(site, art, inj, meta):
    """EmpireCMS-like, GBK."""
    t = inj.get("title_tag", f"{art['title']}-{site['name']}")
    nav = "".join(f'<td class="navtd"><a href="/{p}/">{n}</a></td>' for n, p in site["nav"])
    links = "".join(f'<option value="{u}">{n}</option>' for n, u in site["links"])
    auth = _auth(art, inj)
    auth_part = f"&nbsp;&nbsp;作者：{auth}" if auth else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{escape(t, quote=False)}</title>
<meta name="keywords" content="{escape(site['name'])}">
<meta name="description" content="{escape(art['title'])}">
<link href="/skin/lpgov/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/skin/lpgov/js/jquery-1.7.2.min.js"></script>
{inj.get('head', '')}
</head>
<body topmargin="0" leftmargin="0">
{inj.get('top', '')}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="toptb">
  <tr><td height="30" class="topbar">今天是：<span id="today"></span>&nbsp;&nbsp;<a href="/e/member/login/">用户登录</a> | <a href="/e/tool/feedback/?bid=1">在线留言</a></td></tr>
  <tr><td height="120" class="banner"><img src="/skin/lpgov/images/banner.jpg" width="1000" height="120" alt="{escape(site['name'])}">{inj.get('header', '')}</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="navtb"><tr>{nav}</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="maintb">
  <tr>
    <td class="weizhi">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/{site['col'][1]}/">{site['col'][0]}</a>&nbsp;&gt;&nbsp;正文</td>
  </tr>
  <tr>
    <td class="showbox">
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr><td align="center" class="showtitle"><h2>{escape(art['title'], quote=False)}</h2></td></tr>
        {inj.get('after_title', '')}
        <tr><td align="center" class="title_info">发布时间：{art['date']} {meta['time']}&nbsp;&nbsp;来源：{_src(art, inj)}{auth_part}&nbsp;&nbsp;点击：<script src="/e/public/ViewClick/?classid={meta['classid']}&id={meta['id']}&addclick=1"></script>次&nbsp;&nbsp;【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
        <tr><td class="newstext" id="text">
{_paras(art, inj)}
        </td></tr>
        {inj.get('after_body', '')}
        <tr><td class="fenye">上一篇：<a href="/{site['col'][1]}/{meta['prev_path']}">{escape(meta['prev_title'])}</a><br>下一篇：<a href="/{site['col'][1]}/{meta['next_path']}">{escape(meta['next_title'])}</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="linktb">
  <tr><td>相关链接：<select onchange="if(this.value)window.open(this.value)"><option value="">--政府网站--</option>{links}</select>{inj.get('links', '')}</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foottb">
  <tr><td align="center">主办：{escape(site['name'])}办公室&nbsp;&nbsp;承办：{escape(site['name'])}信息中心<br>地址：{escape(site['addr'])}&nbsp;&nbsp;网站标识码：{site['code']}&nbsp;&nbsp;{site['icp']}<br>{inj.get('footer', '')}</td></tr>
</table>
<script>var d=new Date();document.getElementById("today").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";</script>
{inj.get('end', '')}
</body>
</html>
"""


def tpl_B(site, art, inj, meta):
    """Sitestar-like, utf-8."""
    t = inj.get("title_tag", f"{art['title']} - {site['name']}")
    nav = "\n".join(f'<li><a href="index.php?_m=mod_article&amp;_a=fullist&amp;caa_id={i + 1}">{n}</a></li>' for i, (n, _) in enumerate(site["nav"]))
    auth = _auth(art, inj)
    links = "".join(f'<a href="{u}" target="_blank">{n}</a>' for n, u in site["links"])
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{escape(t, quote=False)}</title>
<meta name="keywords" content="{escape(site['name'])},{escape(site['col'][0])}">
<meta name="description" content="{escape(art['paras'][0][:60])}">
<meta name="generator" content="SiteStar">
<link rel="stylesheet" type="text/css" href="template/edu_blue/css/style.css">
<script type="text/javascript" src="script/jquery.min.js"></script>
<script type="text/javascript" src="script/popup/jquery.ui.custom.js"></script>
{inj.get('head', '')}
</head>
<body>
{inj.get('top', '')}
<div id="wrapper">
<div id="header">
  <div class="top"><div id="logo"><a href="index.php"><img src="upload/image/logo_{meta['logo']}.png" alt="{escape(site['name'])}"></a></div>
  <div class="top_r"><a href="index.php?_m=frontpage&amp;_a=index&amp;_l=cn">设为首页</a> | <a href="index.php?_m=mod_static&amp;_a=view&amp;sc_id=3">联系我们</a></div>{inj.get('header', '')}</div>
  <div id="nav"><ul class="mainnav">
<li><a href="index.php">网站首页</a></li>
{nav}
</ul></div>
</div>
<div id="main_div">
  <div id="left">
    <div class="list_box"><h3 class="list_tit">{escape(site['col'][0])}</h3><ul class="list_bar">{''.join(f'<li><a href="index.php?_m=mod_article&amp;_a=fullist&amp;caa_id={i + 11}">{n}</a></li>' for i, (n, _) in enumerate(site['nav'][:4]))}</ul></div>
  </div>
  <div id="right">
    <div class="curpos">您现在的位置：<a href="index.php">首页</a> &gt; <a href="index.php?_m=mod_article&amp;_a=fullist&amp;caa_id=2">{escape(site['col'][0])}</a> &gt; 正文</div>
    <div class="art_content">
      <div class="art_title"><h1>{escape(art['title'], quote=False)}</h1></div>
      {inj.get('after_title', '')}
      <div class="art_info">{'作者：' + auth + '&nbsp;&nbsp;&nbsp;' if auth else ''}来源：{_src(art, inj)}&nbsp;&nbsp;&nbsp;日期：{art['date']}&nbsp;&nbsp;&nbsp;阅读：{meta['views']}次</div>
      <div class="art_body" id="article_content">
{_paras(art, inj, '<p style="text-indent:2em;">')}
      </div>
      {inj.get('after_body', '')}
      <div class="art_page"><span class="prev">上一篇：<a href="index.php?_m=mod_article&amp;_a=article_content&amp;article_id={meta['id'] - 3}">{escape(meta['prev_title'])}</a></span><span class="next">下一篇：<a href="index.php?_m=mod_article&amp;_a=article_content&amp;article_id={meta['id'] + 2}">{escape(meta['next_title'])}</a></span></div>
    </div>
  </div>
</div>
<div class="flinks"><span>友情链接：</span>{links}{inj.get('links', '')}</div>
<div id="footer">
  <p>Copyright &copy; {site['name']} 版权所有 &nbsp; 地址：{escape(site['addr'])} &nbsp; 电话：{site['tel']}</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">{site['icp']}</a></p>
  {inj.get('footer', '')}
</div>
</div>
{inj.get('end', '')}
</body>
</html>
"""


def tpl_C(site, art, inj, meta):
    """Kaipu-like 信息公开 page, GB18030."""
    t = inj.get("title_tag", f"{art['title']}_{site['name']}")
    nav = "".join(f'<a href="/{p}/" class="nav-item">{n}</a>' for n, p in site["nav"])
    auth = _auth(art, inj)
    rows = [("索 引 号", meta["index_no"]), ("发布机构", site["name"]), ("公开方式", "主动公开"),
            ("成文日期", meta["made"]), ("发布日期", art["date"]), ("主题分类", meta["topic"]),
            ("文　　号", meta["doc_no"] or "　"), ("信息来源", _src(art, inj))]
    cells = []
    for i in range(0, len(rows), 2):
        (a, b), (c, d) = rows[i], rows[i + 1]
        cells.append(f'<tr><th>{a}：</th><td>{b}</td><th>{c}：</th><td>{d}</td></tr>')
    table = "\n".join(cells)
    auth_row = f'<span class="zw-author">撰稿：{auth}</span>' if auth else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{escape(t, quote=False)}</title>
<meta name="SiteName" content="{escape(site['name'])}">
<meta name="ArticleTitle" content="{escape(art['title'])}">
<meta name="PubDate" content="{art['date']} {meta['time'][:5]}">
<link rel="stylesheet" href="/kpstatic/css/xxgk-detail.css">
<script src="/kpstatic/js/kp-common.js"></script>
{inj.get('head', '')}
</head>
<body class="kp-page">
{inj.get('top', '')}
<div class="kp-header"><div class="kp-w1200">
  <div class="kp-logo"><img src="/kpstatic/img/logo-{meta['logo']}.png" alt="{escape(site['name'])}"></div>
  <div class="kp-search"><form action="/kpsearch/search.do" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
  {inj.get('header', '')}
</div></div>
<div class="kp-nav"><div class="kp-w1200"><a href="/" class="nav-item">首页</a>{nav}</div></div>
<div class="kp-w1200 kp-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/{meta['colpath']}/">{escape(site['col'][0])}</a></div>
<div class="kp-w1200 kp-detail">
  <table class="xxgk-meta" cellspacing="0" cellpadding="0">
{table}
    <tr><th>名　　称：</th><td colspan="3">{escape(art['title'], quote=False)}</td></tr>
  </table>
  <div class="zw-title"><h1>{escape(art['title'], quote=False)}</h1></div>
  {inj.get('after_title', '')}
  <div class="zw-info">{auth_row}<span class="zw-fontsize">字号：<a href="javascript:kpFont(18)">大</a> <a href="javascript:kpFont(16)">中</a> <a href="javascript:kpFont(14)">小</a></span><span class="zw-views">浏览次数：<em id="kpHits">{meta['views']}</em></span></div>
  <div class="zw-con" id="zoomcon">
{_paras(art, inj, '<p style="text-indent:2em">')}
  </div>
  {inj.get('after_body', '')}
  <div class="zw-tools"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
</div>
<div class="kp-links kp-w1200"><span class="kp-links-t">相关网站</span>{''.join(f'<a href="{u}" target="_blank">{n}</a>' for n, u in site['links'])}{inj.get('links', '')}</div>
<div class="kp-footer"><div class="kp-w1200">
  <p>主办单位：{escape(site['name'])}　地址：{escape(site['addr'])}　联系电话：{site['tel']}</p>
  <p>网站标识码：{site['code']}　<a href="https://beian.miit.gov.cn/">{site['icp']}</a>　<img src="/kpstatic/img/jiucuo.png" alt="政府网站找错"></p>
  {inj.get('footer', '')}
</div></div>
{inj.get('end', '')}
</body>
</html>
"""


def tpl_D(site, art, inj, meta):
    """Zikula-like university news, utf-8."""
    t = inj.get("title_tag", f"{art['title']} :: {site['name']}")
    nav = "\n".join(f'<li class="z-menuitem"><a href="index.php?module=Content&amp;type=user&amp;func=view&amp;pid={i + 3}">{n}</a></li>' for i, (n, _) in enumerate(site["nav"]))
    auth = _auth(art, inj)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh" lang="zh" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(t, quote=False)}</title>
<meta name="description" content="{escape(site['name'])}新闻网" />
<meta name="generator" content="Zikula Application Framework" />
<link rel="stylesheet" href="themes/JzNews/style/style.css" type="text/css" media="screen,projection" />
<link rel="stylesheet" href="modules/News/style/style.css" type="text/css" />
<script type="text/javascript" src="javascript/ajax/proto_scriptaculous.combined.min.js"></script>
{inj.get('head', '')}
</head>
<body class="z-theme">
{inj.get('top', '')}
<div id="theme_page_container">
  <div id="theme_header"><h1 class="z-sitename"><a href="index.php">{escape(site['name'])}新闻网</a></h1><h2 class="z-slogan">{escape(site['slogan'])}</h2>{inj.get('header', '')}</div>
  <div id="theme_navigation_bar"><ul class="z-menulinks">
<li class="z-menuitem"><a href="index.php">首页</a></li>
{nav}
</ul></div>
  <div id="theme_content">
    <div class="z-maincontent">
      <div id="news_articlecontent">
        <h3 class="news_title">{escape(art['title'], quote=False)}</h3>
        {inj.get('after_title', '')}
        <div class="news_meta z-sub">{'撰稿：' + auth + ' | ' if auth else ''}来源：{_src(art, inj)} | 发布于 {art['date']} {meta['time'][:5]} | 阅读 {meta['views']} 次</div>
        <div class="news_body">
{_paras(art, inj)}
        </div>
        {inj.get('after_body', '')}
        <p class="news_footer"><span class="z-sub">分类：<a href="index.php?module=News&amp;type=user&amp;func=view&amp;prop=Main&amp;cat={meta['cat']}">{escape(site['col'][0])}</a></span> | <a href="index.php?module=News&amp;type=user&amp;func=display&amp;sid={meta['id']}&amp;theme=Printer">打印本页</a></p>
      </div>
    </div>
    <div class="z-block z-blockposition-right"><h4>近期新闻</h4><ul>
<li><a href="index.php?module=News&amp;type=user&amp;func=display&amp;sid={meta['id'] - 2}">{escape(meta['prev_title'])}</a></li>
<li><a href="index.php?module=News&amp;type=user&amp;func=display&amp;sid={meta['id'] + 3}">{escape(meta['next_title'])}</a></li>
</ul>{inj.get('links', '')}</div>
  </div>
  <div id="theme_footer"><p>{escape(site["name"])}主办 &middot; 地址：{escape(site['addr'])} &middot; {site['icp']}</p>{inj.get('footer', '')}</div>
</div>
{inj.get('end', '')}
</body>
</html>
"""


def tpl_E(site, art, inj, meta):
    """Movable Type-like, utf-8."""
    t = inj.get("title_tag", f"{art['title']} - {site['name']}")
    auth = _auth(art, inj)
    cats = "".join(f'<li class="widget-list-item"><a href="{site["base"]}/{p}/">{n}</a></li>' for n, p in site["nav"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="Movable Type Pro 7.9" />
<link rel="stylesheet" href="{site['base']}/styles.css" type="text/css" />
<link rel="start" href="{site['base']}/" title="Home" />
<link rel="alternate" type="application/atom+xml" title="Recent Entries" href="{site['base']}/atom.xml" />
<title>{escape(t, quote=False)}</title>
<meta property="og:title" content="{escape(art['title'])}" />
{inj.get('head', '')}
</head>
<body id="classic-blog" class="mt-entry-archive layout-wt">
{inj.get('top', '')}
<div id="container"><div id="container-inner">
  <div id="header"><div id="header-inner"><div id="header-content">
    <div id="header-name"><a href="{site['base']}/" accesskey="1">{escape(site['name'])}</a></div>
    <div id="header-description">{escape(site['slogan'])}</div>{inj.get('header', '')}
  </div></div></div>
  <div id="content"><div id="content-inner">
    <div id="alpha"><div id="alpha-inner">
      <div id="entry-{meta['id']}" class="entry-asset asset hentry">
        <div class="asset-header">
          <h1 id="page-title" class="asset-name entry-title">{escape(art['title'], quote=False)}</h1>
          {inj.get('after_title', '')}
          <div class="asset-meta"><span class="byline">{'作者：<span class="vcard author">' + auth + '</span> | ' if auth else ''}<abbr class="published" title="{art['date']}T{meta['time']}+08:00">{meta['cn_date']} {meta['time'][:5]}</abbr></span> <span class="separator">|</span> <span class="source">信息来源：{_src(art, inj)}</span></div>
        </div>
        <div class="asset-content entry-content">
          <div class="asset-body">
{_paras(art, inj)}
          </div>
        </div>
        {inj.get('after_body', '')}
        <div class="asset-footer"><span class="post-footers">分类：<a href="{site['base']}/{site['col'][1]}/">{escape(site['col'][0])}</a></span></div>
      </div>
      <div class="content-nav"><a href="{site['base']}/{meta['prev_path']}">&laquo; {escape(meta['prev_title'])}</a> | <a href="{site['base']}/">首页</a> | <a href="{site['base']}/{meta['next_path']}">{escape(meta['next_title'])} &raquo;</a></div>
    </div></div>
    <div id="beta"><div id="beta-inner">
      <div class="widget-categories widget"><h3 class="widget-header">栏目</h3><div class="widget-content"><ul class="widget-list">{cats}</ul></div></div>
      <div class="widget-links widget"><h3 class="widget-header">链接</h3><div class="widget-content"><ul class="widget-list">{''.join(f'<li class="widget-list-item"><a href="{u}">{n}</a></li>' for n, u in site['links'])}{inj.get('links', '')}</ul></div></div>
    </div></div>
  </div></div>
  <div id="footer"><div id="footer-inner"><div id="footer-content">
    <div class="widget-powered"><div class="widget-content">{escape(site['name'])} &copy; 版权所有 &nbsp; {site['icp']}</div></div>
    {inj.get('footer', '')}
  </div></div></div>
</div></div>
{inj.get('end', '')}
</body>
</html>
"""


def tpl_F(site, art, inj, meta):
    """KingCMS-like, GBK."""
    t = inj.get("title_tag", f"{art['title']}|{site['name']}")
    nav = "".join(f'<li><a href="/{p}/">{n}</a></li>' for n, p in site["nav"])
    auth = _auth(art, inj)
    info = [f"<dt>发布日期</dt><dd>{art['date']}</dd>", f"<dt>信息来源</dt><dd>{_src(art, inj)}</dd>"]
    if auth:
        info.append(f"<dt>撰稿</dt><dd>{auth}</dd>")
    info.append(f'<dt>浏览</dt><dd><span id="k_hits">{meta["views"]}</span></dd>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{escape(t, quote=False)}</title>
<meta name="keywords" content="{escape(art['title'])}" />
<link href="/page/system/inc/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/page/system/inc/king.js"></script>
{inj.get('head', '')}
</head>
<body>
{inj.get('top', '')}
<div class="k_top"><div class="k_logo"><a href="/"><img src="/images/{meta['logo']}.gif" alt="{escape(site['name'])}" /></a></div>{inj.get('header', '')}</div>
<div class="k_menu"><ul><li><a href="/">首页</a></li>{nav}</ul></div>
<div class="k_main">
  <div class="k_path">位置：<a href="/">首页</a> &raquo; <a href="/{site['col'][1]}/">{escape(site['col'][0])}</a></div>
  <div class="k_article">
    <div class="k_title"><h1>{escape(art['title'], quote=False)}</h1></div>
    {inj.get('after_title', '')}
    <dl class="k_info">{''.join(info)}</dl>
    <div class="k_content">
{_paras(art, inj)}
    </div>
    {inj.get('after_body', '')}
    <div class="k_pn"><p>上一篇：<a href="/{site['col'][1]}/{meta['prev_path']}">{escape(meta['prev_title'])}</a></p><p>下一篇：<a href="/{site['col'][1]}/{meta['next_path']}">{escape(meta['next_title'])}</a></p></div>
  </div>
</div>
<div class="k_links">{''.join(f'<a href="{u}" target="_blank">{n}</a>' for n, u in site['links'])}{inj.get('links', '')}</div>
<div class="k_foot">
  <p>{escape(site['name'])} 版权所有　地址：{escape(site['addr'])}　电话：{site['tel']}</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">{site['icp']}</a></p>
  {inj.get('footer', '')}
</div>
{inj.get('end', '')}
</body>
</html>
"""


TEMPLATES = {"A": (tpl_A, "gbk"), "B": (tpl_B, "utf-8"), "C": (tpl_C, "gb18030"),
             "D": (tpl_D, "utf-8"), "E": (tpl_E, "utf-8"), "F": (tpl_F, "gbk")}
