# -*- coding: utf-8 -*-
"""Six page shells for synthetic-v51 (families named k51s-*; written for this set).

render(tpl, pg, inj) -> str.  `pg` carries the article and the site's chrome; `inj` maps slot names to
injected HTML (empty for clean pages).  Slots: head, title, body_top, site_name, source, author, gk_kw,
gk_org, splice (para index, html), first_para, figure, art_end, side, footer, friend, after_html.
"""
import html as _h

E = _h.escape


def _paras(pg, inj, style=""):
    out = []
    if inj.get("first_para"):
        out.append(inj["first_para"])
    sp = inj.get("splice")
    for i, p in enumerate(pg["paras"]):
        txt = E(p)
        if sp and sp[0] == i:
            cut = len(p) // 2
            while cut < len(p) and p[cut - 1] not in "，。；、":
                cut += 1
            txt = E(p[:cut]) + sp[1] + E(p[cut:])
        out.append("<p%s>%s</p>" % (style, txt))
        if i == 0 and inj.get("figure"):
            out.append(inj["figure"])
    if inj.get("art_end"):
        out.append(inj["art_end"])
    return "\n".join(out)


def _title(pg, inj, sep):
    return inj.get("title") or (pg["title"] + sep + pg["site_name"])


def k1(pg, inj):
    """k51s-table-county: GBK county portal, 2000s table layout, one-line byline in a td."""
    name = inj.get("site_name") or pg["site_name"]
    src = inj.get("source") or E(pg["source"])
    au = inj.get("author") or (E(pg["author"]) if pg["author"] else "")
    by = "发布日期：%s %s&nbsp;&nbsp;&nbsp;信息来源：%s" % (pg["date"], pg["hm"], src)
    if au:
        by += "&nbsp;&nbsp;&nbsp;作者：%s" % au
    by += "&nbsp;&nbsp;&nbsp;浏览次数：%d&nbsp;&nbsp;【字号：<a href=\"javascript:doZoom(16)\">大</a> <a href=\"javascript:doZoom(14)\">中</a> <a href=\"javascript:doZoom(12)\">小</a>】" % pg["views"]
    nav = "".join('<td class="navtd"><a href="/col/col%d/index.html">%s</a></td>' % (pg["colbase"] + i, n)
                  for i, n in enumerate(pg["nav"]))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>%(title)s</title>
<meta name="SiteName" content="%(site)s" />
<meta name="ColumnName" content="%(col)s" />
<link href="/images/wzy.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
%(head)s</head>
<body bgcolor="#f2f2f2" leftmargin="0" topmargin="0">
%(top)s<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="topbg">
  <tr><td height="120" class="logotd"><span class="sitename">%(name)s</span></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="navbar"><tr>%(nav)s</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
  <tr><td class="weizhi">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col%(cb)d/index.html">%(col)s</a></td></tr>
  <tr><td class="wz_bt" align="center">%(h1)s</td></tr>
  <tr><td class="wz_xx" align="center">%(by)s</td></tr>
  <tr><td class="wz_hr"><hr size="1" color="#cccccc" /></td></tr>
  <tr><td class="wz_nr" id="zoom">
%(body)s
  </td></tr>
  <tr><td class="wz_tool" align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center">主办：%(owner)s&nbsp;&nbsp;承办：%(owner2)s<br />网站标识码：%(wsbs)s&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">%(icp)s</a>&nbsp;&nbsp;%(ga)s<br />%(foot)s</td></tr>
</table>
</body>
</html>
%(after)s""" % dict(title=E(_title(pg, inj, "_")), site=E(pg["site_name"]), col=pg["col"], head=inj.get("head", ""),
                    top=inj.get("body_top", ""), name=name, nav=nav, cb=pg["colbase"], h1=E(pg["title"]), by=by,
                    body=_paras(pg, inj, ' style="text-indent:2em;"'), owner=pg["owner"], owner2=pg["owner2"],
                    wsbs=pg["wsbs"], icp=pg["icp"], ga=pg["ga"], foot=inj.get("footer", ""),
                    after=inj.get("after_html", ""))


def k2(pg, inj):
    """k51s-dl-xxgk: GB18030 city-bureau 信息公开 page, metadata in a <dl>, no author."""
    org = inj.get("gk_org") or E(pg["source"])
    kw = inj.get("gk_kw") or E(pg["kw"])
    name = inj.get("site_name") or pg["site_name"]
    return """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="gb18030">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
<meta name="ArticleTitle" content="%(h1)s">
<meta name="PubDate" content="%(date)s">
<link rel="stylesheet" href="/xxgk/css/gk.css">
%(head)s</head>
<body class="gk-page">
%(top)s<div class="gk-head"><div class="gk-w"><b class="gk-logo">%(name)s</b><em>政府信息公开</em></div></div>
<div class="gk-w gk-loc">当前位置：<a href="/xxgk/">信息公开</a> / <a href="/xxgk/fdzdgknr/">法定主动公开内容</a> / <span>%(col)s</span></div>
<div class="gk-w">
  <div class="gk-meta">
    <dl><dt>索&ensp;引&ensp;号：</dt><dd>%(idx)s</dd><dt>主题分类：</dt><dd>%(col)s</dd></dl>
    <dl><dt>发布机构：</dt><dd>%(org)s</dd><dt>成文日期：</dt><dd>%(cn)s</dd></dl>
    <dl><dt>文&emsp;&emsp;号：</dt><dd>无</dd><dt>有&ensp;效&ensp;性：</dt><dd>有效</dd></dl>
    <dl class="wide"><dt>关&ensp;键&ensp;词：</dt><dd>%(kw)s</dd></dl>
  </div>
  <h1 class="gk-title">%(h1)s</h1>
  <div class="gk-sub">发布时间：%(cn)s<span class="gk-tools"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></span></div>
  <div class="gk-body" id="UCAP-CONTENT">
%(body)s
  </div>
</div>
<div class="gk-foot"><div class="gk-w">
  <p>%(owner)s&emsp;版权所有&emsp;地址：%(addr)s</p>
  <p><a href="https://beian.miit.gov.cn/">%(icp)s</a>&emsp;%(ga)s&emsp;网站标识码：%(wsbs)s</p>
  %(foot)s
</div></div>
</body>
</html>
%(after)s""" % dict(title=E(_title(pg, inj, " - ")), h1=E(pg["title"]), date=pg["date"], head=inj.get("head", ""),
                    top=inj.get("body_top", ""), name=name, col=pg["col"], idx=pg["idx"], org=org, cn=pg["date_cn0"],
                    kw=kw, body=_paras(pg, inj), owner=pg["owner"], addr=pg["addr"], icp=pg["icp"], ga=pg["ga"],
                    wsbs=pg["wsbs"], foot=inj.get("footer", ""), after=inj.get("after_html", ""))


def k3(pg, inj):
    """k51s-article-univ: UTF-8 university news, <article> with a <ul> of meta items and an editor footer."""
    src = inj.get("source") or E(pg["source"])
    au = inj.get("author") or (E(pg["author"]) if pg["author"] else "")
    items = ["<li>来源：%s</li>" % src]
    if au:
        items.append("<li>作者：%s</li>" % au)
    if pg.get("photo"):
        items.append("<li>摄影：%s</li>" % E(pg["photo"]))
    items.append('<li>发布时间：<time datetime="%s">%s</time></li>' % (pg["date"], pg["date"].replace("-", "/")))
    items.append('<li>阅读：<span class="hits">%d</span></li>' % pg["views"])
    nav = "".join('<a href="/%s/">%s</a>' % (s, n) for s, n in pg["navs"])
    return """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%(title)s</title>
<meta name="description" content="%(desc)s">
<link rel="stylesheet" href="/static/news/site.min.css">
%(head)s</head>
<body>
%(top)s<header class="u-top">
  <div class="u-brand"><img src="/static/news/logo.png" alt=""><span>%(name)s</span><small>新闻网</small></div>
  <nav class="u-nav">%(nav)s</nav>
</header>
<div class="u-wrap">
<article class="post">
  <header>
    <h2 class="post-title">%(h1)s</h2>
    <ul class="post-meta">%(items)s</ul>
  </header>
  <div class="post-body">
%(body)s
  </div>
  <footer class="post-foot">责任编辑：%(ed)s&emsp;审核：%(rv)s</footer>
</article>
%(side)s</div>
<footer class="u-foot">
  <p>%(owner)s 党委宣传部&ensp;版权所有&ensp;地址：%(addr)s</p>
  <p><a href="https://beian.miit.gov.cn/">%(icp)s</a></p>
  %(foot)s
</footer>
</body>
</html>
%(after)s""" % dict(title=E(_title(pg, inj, "-")), desc=E(pg["paras"][0][:40]), head=inj.get("head", ""),
                    top=inj.get("body_top", ""), name=inj.get("site_name") or pg["site_name"], nav=nav,
                    h1=E(pg["title"]), items="".join(items), body=_paras(pg, inj), ed=pg["editor"], rv=pg["reviewer"],
                    side=inj.get("side", ""), owner=pg["owner"], addr=pg["addr"], icp=pg["icp"],
                    foot=inj.get("footer", ""), after=inj.get("after_html", ""))


def k4(pg, inj):
    """k51s-grid-college: UTF-8 vocational college, CSS grid with side column, 时间|供稿|撰稿|点击 line."""
    src = inj.get("source") or E(pg["source"])
    au = inj.get("author") or (E(pg["author"]) if pg["author"] else "")
    info = "时间：%s<i>|</i>供稿：%s" % (pg["date_cn"], src)
    if au:
        info += "<i>|</i>撰稿：%s" % au
    info += "<i>|</i>点击：%d" % pg["views"]
    rel = "".join('<li><a href="/info/%d.htm">%s</a></li>' % (pg["relbase"] + i, E(t)) for i, t in enumerate(pg["related"]))
    side = '<aside class="col-side"><h4>相关新闻</h4><ul>%s%s</ul></aside>' % (rel, inj.get("side", ""))
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<title>%(title)s</title>
<style>.grid{display:grid;grid-template-columns:3fr 1fr;gap:24px}.art-info i{margin:0 8px;color:#bbb;font-style:normal}</style>
%(head)s</head>
<body>
%(top)s<div class="hd"><div class="hd-in"><a class="hd-logo" href="/">%(name)s</a><ul class="hd-menu">%(menu)s</ul></div></div>
<main class="grid">
  <section class="col-main">
    <div class="crumb"><a href="/">首页</a> » <a href="/xwzx.htm">新闻中心</a> » %(col)s</div>
    <h3 class="art-h">%(h1)s</h3>
    <p class="art-info">%(info)s</p>
    <div class="art-txt">
%(body)s
    </div>
    <div class="art-pn"><p>上一篇：<a href="/info/%(prev)d.htm">%(pt)s</a></p></div>
  </section>
  %(side)s
</main>
<div class="ft">
  <div class="ft-in">%(owner)s&ensp;地址：%(addr)s&ensp;<a href="https://beian.miit.gov.cn/">%(icp)s</a></div>
  %(foot)s
</div>
</body>
</html>
%(after)s""" % dict(title=E(_title(pg, inj, "-")), head=inj.get("head", ""), top=inj.get("body_top", ""),
                    name=inj.get("site_name") or pg["site_name"],
                    menu="".join("<li><a href=\"/%s.htm\">%s</a></li>" % (s, n) for s, n in pg["navs"]),
                    col=pg["col"], h1=E(pg["title"]), info=info, body=_paras(pg, inj), prev=pg["relbase"] - 3,
                    pt=E(pg["related"][0]), side=side, owner=pg["owner"], addr=pg["addr"], icp=pg["icp"],
                    foot=inj.get("footer", ""), after=inj.get("after_html", ""))


def k5(pg, inj):
    """k51s-h5-town: GBK township page in a phone-first layout (date/source as <em>s, 文字/编辑 line)."""
    src = inj.get("source") or E(pg["source"])
    au = inj.get("author") or (E(pg["author"]) if pg["author"] else "")
    ed = "文字：%s　编辑：%s" % (au, pg["editor"]) if au else "编辑：%s" % pg["editor"]
    links = "".join('<a href="%s">%s</a>' % (u, n) for u, n in pg["links"]) + inj.get("friend", "")
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>%(title)s</title>
<link rel="stylesheet" href="/m/css/m.css">
%(head)s</head>
<body class="m">
%(top)s<div class="m-top"><span class="m-logo">%(name)s</span><a class="m-menu" href="/m/nav.html">栏目</a></div>
<div class="m-art">
  <div class="m-h">%(h1)s</div>
  <div class="m-src"><em>%(dd)s</em><em>来源：%(src)s</em><em>阅读 %(views)d</em></div>
  <div class="m-con">
%(body)s
  </div>
  <div class="m-ed">%(ed)s</div>
</div>
<div class="m-links"><span>相关链接</span>%(links)s</div>
<div class="m-foot">%(owner)s　<a href="https://beian.miit.gov.cn/">%(icp)s</a><br>网站标识码：%(wsbs)s
%(foot)s</div>
</body>
</html>
%(after)s""" % dict(title=E(_title(pg, inj, "|")), head=inj.get("head", ""), top=inj.get("body_top", ""),
                    name=inj.get("site_name") or pg["site_name"], h1=E(pg["title"]), dd=pg["date"].replace("-", "."),
                    src=src, views=pg["views"], body=_paras(pg, inj), ed=ed, links=links, owner=pg["owner"],
                    icp=pg["icp"], wsbs=pg["wsbs"], foot=inj.get("footer", ""), after=inj.get("after_html", ""))


def k6(pg, inj):
    """k51s-wrapper-society: UTF-8 .org.cn society site, #wrapper/#masthead, '发布于 · 来源 · 作者' line."""
    src = inj.get("source") or E(pg["source"])
    au = inj.get("author") or (E(pg["author"]) if pg["author"] else "")
    info = "发布于 %s · 来源：%s" % (pg["date"], src)
    if au:
        info += " · 作者：%s" % au
    rel = "".join('<li><a href="/news/%d.html">%s</a></li>' % (pg["relbase"] + i, E(t)) for i, t in enumerate(pg["related"]))
    return """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>%(title)s</title>
<link rel="stylesheet" href="/assets/society.css">
%(head)s</head>
<body id="news-detail">
%(top)s<div id="wrapper">
<div id="masthead"><div class="mast-name">%(name)s</div><div class="mast-en">%(en)s</div></div>
<div id="menu"><a href="/">首页</a><a href="/about/">学会概况</a><a href="/news/">学会动态</a><a href="/kp/">科普园地</a><a href="/hy/">会员服务</a></div>
<div id="content">
  <h1 id="newsTitle">%(h1)s</h1>
  <p class="newsInfo">%(info)s</p>
  <div id="newsBody">
%(body)s
  </div>
</div>
<div id="related"><h4>相关推荐</h4><ul>%(rel)s%(side)s</ul></div>
<div id="footer">%(owner)s&emsp;地址：%(addr)s&emsp;<a href="https://beian.miit.gov.cn/">%(icp)s</a>
%(foot)s</div>
</div>
</body>
</html>
%(after)s""" % dict(title=E(_title(pg, inj, " | ")), head=inj.get("head", ""), top=inj.get("body_top", ""),
                    name=inj.get("site_name") or pg["site_name"], en=pg["en"], h1=E(pg["title"]), info=info,
                    body=_paras(pg, inj), rel=rel, side=inj.get("side", ""), owner=pg["owner"], addr=pg["addr"],
                    icp=pg["icp"], foot=inj.get("footer", ""), after=inj.get("after_html", ""))


RENDER = {"K1": k1, "K2": k2, "K3": k3, "K4": k4, "K5": k5, "K6": k6}
FAMILY = {"K1": "k51s-table-county", "K2": "k51s-dl-xxgk", "K3": "k51s-article-univ",
          "K4": "k51s-grid-college", "K5": "k51s-h5-town", "K6": "k51s-wrapper-society"}
ENCODING = {"K1": "gbk", "K2": "gb18030", "K3": "utf-8", "K4": "utf-8", "K5": "gbk", "K6": "utf-8"}
