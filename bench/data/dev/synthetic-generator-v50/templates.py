# -*- coding: utf-8 -*-
"""Six CMS shells for synthetic-v50 (k50s), written for this set.

Family names (none of them named by a dev generator): L1 Lepton-like county portal (gbk),
C2 Crafter-like city 信息公开 page (gb18030), M3 Mipcms-like university news (utf-8),
B4 b2evolution-like vocational-college news (utf-8), N5 Nucleus-like township page (gbk),
H6 Hippo-like association page (utf-8).

Each render(ctx) returns the page as text; make_set.py encodes it. Slots an injection may fill:
title_tag, head_extra, body_top, header_name, after_headline, source_shown, author_shown,
table_extra (C2), paras (list of html), photo, body_end, footer_extra, after_html.
"""
from html import escape

TEMPLATES = {
    "L1": dict(family="Lepton-like county portal", encoding="gbk", charset="gbk"),
    "C2": dict(family="Crafter-like city information-disclosure page", encoding="gb18030", charset="gb18030"),
    "M3": dict(family="Mipcms-like university news", encoding="utf-8", charset="utf-8"),
    "B4": dict(family="b2evolution-like vocational-college news", encoding="utf-8", charset="utf-8"),
    "N5": dict(family="Nucleus-like township page", encoding="gbk", charset="gbk"),
    "H6": dict(family="Hippo-like association page", encoding="utf-8", charset="utf-8"),
}


def e(s):
    return escape(s, quote=False)


def _g(ctx, k):
    return ctx.get(k) or ""


def _paras(ctx, tag="p", cls=None, indent="      "):
    out = []
    for ph in ctx["paras"]:
        if isinstance(ph, dict):  # an injected block, already markup
            out.append(ph["raw"])
            continue
        c = ' class="%s"' % cls if cls else ""
        out.append("%s<%s%s>%s</%s>" % (indent, tag, c, ph, tag))
    return "\n".join(out)


# ------------------------------------------------------------------ L1 county portal (gbk)
def render_L1(ctx):
    s = ctx["site"]
    info = ['<em>发布时间：%s %s</em>' % (ctx["date"], ctx["time"]),
            '<em>来源：%s</em>' % ctx["source_shown"]]
    if ctx.get("author_shown"):
        info.append('<em>作者：%s</em>' % ctx["author_shown"])
    info.append('<em>浏览次数：<b class="lpv">%d</b></em>' % ctx["hits"])
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="gbk">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%(title_tag)s</title>
<meta name="SiteName" content="%(sname)s">
<meta name="SiteDomain" content="%(host)s">
<meta name="ColumnName" content="%(column)s">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="%(date)s %(time)s">
<link rel="stylesheet" type="text/css" href="/lepton/themes/xianzheng/base.css">
<link rel="stylesheet" type="text/css" href="/lepton/themes/xianzheng/detail.css">
<script type="text/javascript" src="/lepton/modules/jquery/jquery-1.12.4.min.js"></script>
%(head_extra)s</head>
<body class="lp-body lp-detail">
%(body_top)s<div class="lp-strip">
  <div class="lp-w">
    <span class="lp-weather">%(place)s欢迎您</span>
    <span class="lp-quick"><a href="/">网站首页</a> | <a href="/wzdt/">网站地图</a> | <a href="/lepton/accessible/">无障碍浏览</a> | <a href="/mobile/">移动版</a></span>
  </div>
</div>
<div class="lp-head">
  <div class="lp-w">
    <a class="lp-emblem" href="/"><img src="/lepton/themes/xianzheng/img/guohui.png" alt=""><span class="lp-sitename">%(header_name)s</span></a>
    <form class="lp-find" action="/lepton/search/" method="get"><input type="text" name="kw" placeholder="请输入关键字"><button type="submit">搜索</button></form>
  </div>
</div>
<div class="lp-menu">
  <div class="lp-w">
    <a href="/">首页</a><a href="/zjxq/">走进%(place)s</a><a href="/zwyw/">政务要闻</a><a href="/zfxxgk/">政府信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a>
  </div>
</div>
<div class="lp-w lp-crumb">当前位置：<a href="/">首页</a> &raquo; <a href="/zwyw/">政务要闻</a> &raquo; <a href="/zwyw/%(colpath)s/">%(column)s</a></div>
<div class="lp-w lp-sheet">
  <div class="lp-sheet-hd">
    <h1>%(title)s</h1>
%(after_headline)s    <div class="lp-props">%(info)s</div>
  </div>
  <div class="lp-sheet-bd" id="lpContent">
%(photo)s%(paras)s
%(body_end)s  </div>
  <div class="lp-sheet-ft"><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="lp-foot">
  <div class="lp-w">
    <p>主办单位：%(sname)s办公室 &nbsp; 承办单位：%(place)s大数据发展中心</p>
    <p>地址：%(addr)s &nbsp; 邮编：%(zip)s &nbsp; 联系电话：%(tel)s</p>
    <p>网站标识码：%(wzbs)s &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">%(icp)s</a> &nbsp; %(gongan)s</p>
%(footer_extra)s  </div>
</div>
</body>
</html>
%(after_html)s""" % dict(
        title_tag=ctx["title_tag"], sname=s["name"], host=s["host"], column=ctx["column"], colpath=ctx["colpath"],
        title=e(ctx["title"]), date=ctx["date"], time=ctx["time"], head_extra=_g(ctx, "head_extra"),
        body_top=_g(ctx, "body_top"), place=s["place"], header_name=ctx["header_name"],
        after_headline=_g(ctx, "after_headline"), info=" ".join(info), photo=_g(ctx, "photo"),
        paras=_paras(ctx, indent="    "), body_end=_g(ctx, "body_end"), addr=s["addr"], zip=s["zip"], tel=s["tel"],
        wzbs=s["wzbs"], icp=s["icp"], gongan=s["gongan"], footer_extra=_g(ctx, "footer_extra"),
        after_html=_g(ctx, "after_html"))


# ------------------------------------------------------------------ C2 city 信息公开 (gb18030)
def render_C2(ctx):
    s = ctx["site"]
    rows = [("索 引 号", ctx["index_no"]), ("主题分类", ctx["theme"]),
            ("发布机构", ctx["source_shown"]), ("成文日期", ctx["date_cn"]),
            ("文　　号", ctx["doc_no"]), ("发布日期", ctx["date_cn"])]
    trs = []
    for i in range(0, len(rows), 2):
        a, b = rows[i], rows[i + 1]
        trs.append('      <tr><th>%s：</th><td>%s</td><th>%s：</th><td>%s</td></tr>' % (a[0], a[1], b[0], b[1]))
    trs.append('      <tr><th>名　　称：</th><td colspan="3">%s</td></tr>' % e(ctx["title"]))
    if ctx.get("table_extra"):
        trs.append(ctx["table_extra"])
    return """<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>%(title_tag)s</title>
<meta name="renderer" content="webkit">
<link href="/crafter-static/xxgk/css/disclosure.min.css" rel="stylesheet">
%(head_extra)s</head>
<body>
%(body_top)s<header class="cr-top">
  <section class="cr-inner">
    <h2 class="cr-brand"><a href="/">%(header_name)s</a><small>政府信息公开</small></h2>
    <nav class="cr-tabs"><a href="/xxgk/zn/">公开指南</a><a href="/xxgk/zd/">公开制度</a><a href="/xxgk/fdzdgknr/" class="on">法定主动公开内容</a><a href="/xxgk/ysqgk/">依申请公开</a><a href="/xxgk/nb/">公开年报</a></nav>
  </section>
</header>
<section class="cr-inner cr-wrap">
  <aside class="cr-side">
    <h3>公开目录</h3>
    <ul><li><a href="/xxgk/jgzn/">机构职能</a></li><li><a href="/xxgk/zcwj/">政策文件</a></li><li><a href="/xxgk/ghjh/">规划计划</a></li><li class="cur"><a href="/xxgk/%(colpath)s/">%(column)s</a></li><li><a href="/xxgk/czzj/">财政资金</a></li></ul>
  </aside>
  <article class="cr-doc">
    <table class="cr-meta" cellspacing="0">
%(trs)s
    </table>
    <h1 class="cr-doc-title">%(title)s</h1>
%(after_headline)s    <div class="cr-doc-text" id="UCAP-CONTENT">
%(photo)s%(paras)s
%(body_end)s    </div>
    <p class="cr-doc-op"><a href="javascript:void(0)" onclick="window.print()">[打印]</a> <a href="javascript:void(0)" onclick="window.close()">[关闭]</a></p>
  </article>
</section>
<footer class="cr-bottom">
  <section class="cr-inner">
    <p>%(sname)s办公室主办 &nbsp;|&nbsp; 地址：%(addr)s &nbsp;|&nbsp; 电话：%(tel)s</p>
    <p>%(icp)s &nbsp; %(gongan)s &nbsp; 政府网站标识码 %(wzbs)s</p>
%(footer_extra)s  </section>
</footer>
</body>
</html>
%(after_html)s""" % dict(
        title_tag=ctx["title_tag"], head_extra=_g(ctx, "head_extra"), body_top=_g(ctx, "body_top"),
        header_name=ctx["header_name"], colpath=ctx["colpath"], column=ctx["column"], trs="\n".join(trs),
        title=e(ctx["title"]), after_headline=_g(ctx, "after_headline"), photo=_g(ctx, "photo"),
        paras=_paras(ctx, indent="      "), body_end=_g(ctx, "body_end"), sname=s["name"], addr=s["addr"],
        tel=s["tel"], icp=s["icp"], gongan=s["gongan"], wzbs=s["wzbs"], footer_extra=_g(ctx, "footer_extra"),
        after_html=_g(ctx, "after_html"))


# ------------------------------------------------------------------ M3 university news (utf-8)
def render_M3(ctx):
    s = ctx["site"]
    meta = ['<span class="mp-src">来源：%s</span>' % ctx["source_shown"]]
    if ctx.get("author_shown"):
        meta.append('<span class="mp-au">作者：%s</span>' % ctx["author_shown"])
    meta.append('<span class="mp-ph">摄影：%s</span>' % ctx["photographer"])
    meta.append('<span class="mp-ed">编辑：%s</span>' % ctx["editor"])
    meta.append('<span class="mp-rv">审核：%s</span>' % ctx["reviewer"])
    meta.append('<span class="mp-dt">发布日期：%s</span>' % ctx["date_cn"])
    return """<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>%(title_tag)s</title>
<link rel="canonical" href="%(url)s">
<link rel="stylesheet" href="/template/mip_campus/static/css/news.css">
%(head_extra)s</head>
<body data-mip-page="article">
%(body_top)s<div class="mp-header">
  <div class="mp-in">
    <a href="/" class="mp-logo"><img src="/template/mip_campus/static/img/xiaohui.png" alt="">%(header_name)s<i>新闻网</i></a>
    <ul class="mp-nav"><li><a href="/">首页</a></li><li><a href="/ywjx/">要闻聚焦</a></li><li><a href="/zhxw/">综合新闻</a></li><li><a href="/xyfc/">学院风采</a></li><li><a href="/mtbd/">媒体报道</a></li><li><a href="/xsjt/">学术讲坛</a></li></ul>
  </div>
</div>
<div class="mp-in mp-where"><a href="/">首页</a><span>/</span><a href="/%(colpath)s/">%(column)s</a><span>/</span>正文</div>
<div class="mp-in mp-article">
  <h1 class="mp-title">%(title)s</h1>
%(after_headline)s  <div class="mp-meta">%(meta)s<span class="mp-hits">浏览：<mip-hits data-id="%(aid)s">%(hits)d</mip-hits></span></div>
  <div class="mp-content">
%(photo)s%(paras)s
%(body_end)s  </div>
  <div class="mp-pn"><p>上一篇：<a href="/%(colpath)s/%(prev)s.html">%(prevt)s</a></p></div>
</div>
<div class="mp-footer">
  <div class="mp-in">
    <p>版权所有 &copy; %(sname)s 党委宣传部 &nbsp; 地址：%(addr)s &nbsp; 邮编：%(zip)s</p>
    <p>%(icp)s</p>
%(footer_extra)s  </div>
</div>
</body>
</html>
%(after_html)s""" % dict(
        title_tag=ctx["title_tag"], url=ctx["url"], head_extra=_g(ctx, "head_extra"), body_top=_g(ctx, "body_top"),
        header_name=ctx["header_name"], colpath=ctx["colpath"], column=ctx["column"], title=e(ctx["title"]),
        after_headline=_g(ctx, "after_headline"), meta="".join(meta), aid=ctx["aid"], hits=ctx["hits"],
        photo=_g(ctx, "photo"), paras=_paras(ctx, indent="    "), body_end=_g(ctx, "body_end"),
        prev=ctx["aid"] - 7, prevt=ctx["prev_title"], sname=s["name"], addr=s["addr"], zip=s["zip"], icp=s["icp"],
        footer_extra=_g(ctx, "footer_extra"), after_html=_g(ctx, "after_html"))


# ------------------------------------------------------------------ B4 vocational-college news (utf-8)
def render_B4(ctx):
    s = ctx["site"]
    who = ('文/图：%s &nbsp;&nbsp; ' % ctx["author_shown"]) if ctx.get("author_shown") else ""
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>%(title_tag)s</title>
<meta name="generator" content="b2evo">
<link rel="stylesheet" href="/skins/zhiyuan_news/style.css" type="text/css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/index.php?tempskin=_rss2">
%(head_extra)s</head>
<body class="evo_bd coll_news">
%(body_top)s<div id="evo_masthead">
  <div class="evo_mh_logo"><a href="/"><img src="/media/shared/global/logo_rx.png" alt=""></a><div class="evo_mh_name">%(header_name)s</div></div>
  <div class="evo_mh_links"><a href="/zsw/">招生网</a><a href="/jyw/">就业网</a><a href="/xxgk/">信息公开</a><a href="/english/">English</a></div>
</div>
<div id="evo_menu"><a href="/">学校首页</a><a href="/news/">校园新闻</a><a href="/news/%(colpath)s/">%(column)s</a><a href="/jxky/">教学科研</a><a href="/xgzx/">学工在线</a><a href="/dqgz/">党群工作</a></div>
<div id="evo_wrap">
  <div class="evo_post" id="item_%(aid)s">
    <div class="evo_post_title"><h2>%(title)s</h2></div>
%(after_headline)s    <div class="evo_post_info">%(who)s发表于 %(date_slash)s &nbsp;&nbsp; 来源：%(source)s &nbsp;&nbsp; 阅读(%(hits)d)</div>
    <div class="evo_post_text">
%(photo)s%(paras)s
%(body_end)s    </div>
    <div class="evo_post_tags">标签：<a href="/news/?tag=%(column)s">%(column)s</a></div>
  </div>
  <div class="evo_side"><h4>最新动态</h4><ul><li><a href="/news/%(colpath)s/%(prev)s">%(prevt)s</a></li></ul></div>
</div>
<div id="evo_footer">
  <p>%(sname)s &nbsp; 地址：%(addr)s &nbsp; 邮编：%(zip)s</p>
  <p>%(icp)s &nbsp; %(gongan)s</p>
%(footer_extra)s</div>
</body>
</html>
%(after_html)s""" % dict(
        title_tag=ctx["title_tag"], head_extra=_g(ctx, "head_extra"), body_top=_g(ctx, "body_top"),
        header_name=ctx["header_name"], colpath=ctx["colpath"], column=ctx["column"], aid=ctx["aid"],
        title=e(ctx["title"]), after_headline=_g(ctx, "after_headline"), who=who, date_slash=ctx["date"].replace("-", "/"),
        source=ctx["source_shown"], hits=ctx["hits"], photo=_g(ctx, "photo"), paras=_paras(ctx, indent="      "),
        body_end=_g(ctx, "body_end"), prev=ctx["aid"] - 3, prevt=ctx["prev_title"], sname=s["name"], addr=s["addr"],
        zip=s["zip"], icp=s["icp"], gongan=s["gongan"], footer_extra=_g(ctx, "footer_extra"),
        after_html=_g(ctx, "after_html"))


# ------------------------------------------------------------------ N5 township page (gbk, table layout)
def render_N5(ctx):
    s = ctx["site"]
    line = '日期：%s &nbsp;&nbsp; 信息来源：%s' % (ctx["date_cn"], ctx["source_shown"])
    if ctx.get("author_shown"):
        line += ' &nbsp;&nbsp; 撰稿：%s' % ctx["author_shown"]
    line += ' &nbsp;&nbsp; 【字体：<a href="javascript:fs(16)">大</a> <a href="javascript:fs(14)">中</a> <a href="javascript:fs(12)">小</a>】'
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>%(title_tag)s</title>
<link href="/nucleus/skins/xiangzhen/xz.css" rel="stylesheet" type="text/css">
%(head_extra)s</head>
<body leftmargin="0" topmargin="0">
%(body_top)s<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="xz-top">
  <tr><td height="120" class="xz-banner"><span class="xz-name">%(header_name)s</span></td></tr>
  <tr><td class="xz-nav"><a href="/">首页</a> <a href="/xzgk/">镇情概况</a> <a href="/zwgk/">政务公开</a> <a href="/xczx/">乡村振兴</a> <a href="/bmfw/">便民服务</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="xz-body">
  <tr><td class="xz-loc">您的位置：<a href="/">首页</a> &gt;&gt; <a href="/%(colpath)s/">%(column)s</a></td></tr>
  <tr><td align="center" class="xz-tit">%(title)s</td></tr>
%(after_headline)s  <tr><td align="center" class="xz-info">%(line)s</td></tr>
  <tr><td class="xz-txt" id="xzText">
%(photo)s%(paras)s
%(body_end)s  </td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="xz-bot">
  <tr><td align="center">%(sname)s 版权所有 &nbsp; 地址：%(addr)s &nbsp; 电话：%(tel)s<br>%(icp)s &nbsp; 网站标识码：%(wzbs)s
%(footer_extra)s  </td></tr>
</table>
</body>
</html>
%(after_html)s""" % dict(
        title_tag=ctx["title_tag"], head_extra=_g(ctx, "head_extra"), body_top=_g(ctx, "body_top"),
        header_name=ctx["header_name"], colpath=ctx["colpath"], column=ctx["column"], title=e(ctx["title"]),
        after_headline=_g(ctx, "after_headline"), line=line, photo=_g(ctx, "photo"),
        paras=_paras(ctx, indent="    "), body_end=_g(ctx, "body_end"), sname=s["name"], addr=s["addr"],
        tel=s["tel"], icp=s["icp"], wzbs=s["wzbs"], footer_extra=_g(ctx, "footer_extra"),
        after_html=_g(ctx, "after_html"))


# ------------------------------------------------------------------ H6 association page (utf-8)
def render_H6(ctx):
    s = ctx["site"]
    dl = ['<dt>发布日期</dt><dd>%s</dd>' % ctx["date"].replace("-", "."),
          '<dt>稿件来源</dt><dd>%s</dd>' % ctx["source_shown"]]
    if ctx.get("author_shown"):
        dl.append('<dt>作者</dt><dd>%s</dd>' % ctx["author_shown"])
    dl.append('<dt>责任编辑</dt><dd>%s</dd>' % ctx["editor"])
    return """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>%(title_tag)s</title>
<meta name="description" content="%(sname)s官方网站">
<link rel="stylesheet" href="/site/binaries/content/assets/hx/main.css">
%(head_extra)s</head>
<body>
%(body_top)s<div class="hx-top"><div class="hx-c"><a class="hx-home" href="/">%(header_name)s</a><span class="hx-en">%(ename)s</span></div></div>
<div class="hx-bar"><div class="hx-c"><a href="/">首页</a><a href="/xhgk/">协会概况</a><a href="/xhdt/">协会动态</a><a href="/hyfw/">会员服务</a><a href="/zcfg/">政策法规</a><a href="/lxwm/">联系我们</a></div></div>
<main class="hx-c hx-main">
  <nav class="hx-trail"><a href="/">首页</a> / <a href="/%(colpath)s/">%(column)s</a></nav>
  <h1 class="hx-h">%(title)s</h1>
%(after_headline)s  <dl class="hx-facts">%(dl)s</dl>
  <section class="hx-rich">
%(photo)s%(paras)s
%(body_end)s  </section>
</main>
<div class="hx-foot"><div class="hx-c">
  <p>%(sname)s &nbsp; 地址：%(addr)s &nbsp; 电话：%(tel)s</p>
  <p>%(icp)s</p>
%(footer_extra)s</div></div>
</body>
</html>
%(after_html)s""" % dict(
        title_tag=ctx["title_tag"], sname=s["name"], head_extra=_g(ctx, "head_extra"), body_top=_g(ctx, "body_top"),
        header_name=ctx["header_name"], ename=s.get("ename", ""), colpath=ctx["colpath"], column=ctx["column"],
        title=e(ctx["title"]), after_headline=_g(ctx, "after_headline"), dl="".join(dl), photo=_g(ctx, "photo"),
        paras=_paras(ctx, indent="    "), body_end=_g(ctx, "body_end"), addr=s["addr"], tel=s["tel"], icp=s["icp"],
        footer_extra=_g(ctx, "footer_extra"), after_html=_g(ctx, "after_html"))


RENDER = {"L1": render_L1, "C2": render_C2, "M3": render_M3, "B4": render_B4, "N5": render_N5, "H6": render_H6}
