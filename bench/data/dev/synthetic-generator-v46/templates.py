"""Six page templates written for synthetic-v46 (families no dev generator names; see README.md).

render(tpl, page, inj) -> html text.  page: dict(title, date (datetime.date), time, source, author, paras, views,
host, url, site_name, site_kind, index_no, doc_no, topic).  inj: dict of injection slots (all optional):
  head, title (replaces <title> text), header, nav (extra nav html), after_title, author (replaces shown 作者),
  source (replaces shown 来源), lead (prefix of first paragraph), body_line (html after paragraph 1),
  body_top, after_body, footer, end (before </body>).
"""
import datetime

ENC = {"Z1": "gbk", "Q2": "utf-8", "W3": "gb18030", "G4": "utf-8", "P5": "gbk", "E6": "utf-8"}
WEEK = "星期一 星期二 星期三 星期四 星期五 星期六 星期日".split()


def _paras(page, inj, tag='<p style="text-indent:2em;">{}</p>'):
    out = []
    for i, t in enumerate(page["paras"]):
        if i == 0 and inj.get("lead"):
            t = inj["lead"] + t
        out.append(tag.format(t))
        if i == 0 and inj.get("body_line"):
            out.append(inj["body_line"])
    return "\n".join(out)


def z1(page, inj):
    d = page["date"]
    enc = ENC["Z1"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}" />
<title>{inj.get('title') or page['title'] + '_' + page['site_name']}</title>
<meta name="keywords" content="{page['site_name']},{page['column']}" />
<link rel="stylesheet" type="text/css" href="/zcms/skins/blue2019/css/zc_main.css" />
{inj.get('head', '')}
</head>
<body class="zc-body">
<div class="zc-top"><div class="zc-w1200"><span class="zc-today">{d.year}年{d.month}月{d.day}日 {WEEK[d.weekday()]}</span>
<a href="/zcms/search.html">站内搜索</a> | <a href="/jgwz/">无障碍浏览</a> | <a href="/m/">手机版</a></div></div>
<div class="zc-banner"><div class="zc-w1200"><img src="/zcms/skins/blue2019/images/logo.png" alt="{page['site_name']}" /></div></div>
{inj.get('header', '')}
<div class="zc-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进{page['place']}</a></li>{inj.get('nav', '')}</ul></div>
<div class="zc-w1200 zc-main">
<div class="zc-path">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; <a href="/zwdt/{page['col_path']}/">{page['column']}</a></div>
<div id="zcArticle" class="zc-article">
<h1 class="zc-title">{page['title']}</h1>
{inj.get('after_title', '')}
<div class="zc-info">发布时间：{d.isoformat()} {page['time']}&#12288;&#12288;来源：{inj.get('source') or page['source']}&#12288;&#12288;作者：{inj.get('author') or page['author']}&#12288;&#12288;浏览次数：<span id="zcHits">{page['views']}</span>&#12288;&#12288;【字号：<a href="javascript:zcFont(18)">大</a> <a href="javascript:zcFont(16)">中</a> <a href="javascript:zcFont(14)">小</a>】</div>
<div class="zc-content" id="zcContent">
{inj.get('body_top', '')}
{_paras(page, inj)}
</div>
{inj.get('after_body', '')}
<div class="zc-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="zc-foot"><div class="zc-w1200">
<p>主办单位：{page['site_name']}办公室&#12288;承办：{page['place']}融媒体中心</p>
<p>网站标识码：{page['site_code']}&#12288;<a href="https://beian.miit.gov.cn/">{page['icp']}</a></p>
{inj.get('footer', '')}
</div></div>
<script type="text/javascript" src="/zcms/skins/blue2019/js/zc_common.js"></script>
{inj.get('end', '')}
</body>
</html>
"""


def q2(page, inj):
    d = page["date"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{inj.get('title') or page['title'] + ' | ' + page['site_name']}</title>
<link rel="stylesheet" href="/__data/assets/css_file/0024/3517/sq-site.css">
{inj.get('head', '')}
</head>
<body class="sq-page sq-page--news">
<header class="sq-header">
<div class="sq-header__inner"><a class="sq-logo" href="/"><img src="/__data/assets/image/0013/1042/logo.svg" alt="{page['site_name']}"></a>
<nav class="sq-nav" aria-label="主导航"><a href="/xxgk/">学校概况</a><a href="/jyjx/">教育教学</a><a href="/kxyj/">科学研究</a><a href="/news/">新闻中心</a><a href="/zsjy/">招生就业</a>{inj.get('nav', '')}</nav></div>
{inj.get('header', '')}
</header>
<main class="sq-main" id="main-content">
<ol class="sq-breadcrumb"><li><a href="/">首页</a></li><li><a href="/news/">新闻中心</a></li><li>{page['column']}</li></ol>
<article class="sq-news">
<h1 class="sq-news__title">{page['title']}</h1>
{inj.get('after_title', '')}
<p class="sq-news__meta">文/<span class="sq-author">{inj.get('author') or page['author']}</span> · 来源：<span class="sq-unit">{inj.get('source') or page['source']}</span> · <time datetime="{d.isoformat()}">{d.year}年{d.month}月{d.day}日</time> · 浏览 <span class="sq-views">{page['views']}</span></p>
<div class="sq-news__body">
{inj.get('body_top', '')}
{_paras(page, inj, '<p>{}</p>')}
</div>
{inj.get('after_body', '')}
<p class="sq-news__share">分享到：<a href="#" class="sq-share-wx">微信</a> <a href="#" class="sq-share-wb">微博</a></p>
</article>
</main>
<footer class="sq-footer">
<p>地址：{page['address']}　邮编：{page['zip']}</p>
<p>版权所有 © {page['site_name']}　<a href="https://beian.miit.gov.cn/">{page['icp']}</a></p>
{inj.get('footer', '')}
</footer>
{inj.get('end', '')}
</body>
</html>
"""


def w3(page, inj):
    d = page["date"]
    enc = ENC["W3"]
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}">
<title>{inj.get('title') or page['title']}</title>
<meta name="ArticleTitle" content="{page['title']}">
<meta name="PubDate" content="{d.isoformat()} {page['time']}">
<link href="/statics/wz5/css/xxgk.css" rel="stylesheet" type="text/css">
{inj.get('head', '')}
</head>
<body>
<div class="wz-head"><div class="wz-logo"><img src="/statics/wz5/images/xxgk_logo.png" alt="{page['site_name']}信息公开"></div>
{inj.get('header', '')}
<div class="wz-menu"><a href="/xxgk/">信息公开首页</a><a href="/xxgk/zn/">公开指南</a><a href="/xxgk/zd/">公开制度</a><a href="/xxgk/nb/">公开年报</a><a href="/xxgk/ysq/">依申请公开</a>{inj.get('nav', '')}</div></div>
<div class="wz-main">
<table class="wz-meta" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr><td class="wz-k">索&nbsp;引&nbsp;号：</td><td class="wz-v">{page['index_no']}</td><td class="wz-k">发布机构：</td><td class="wz-v">{page['source']}</td></tr>
<tr><td class="wz-k">生成日期：</td><td class="wz-v">{d.year}年{d.month:02d}月{d.day:02d}日</td><td class="wz-k">主题分类：</td><td class="wz-v">{page['topic']}</td></tr>
<tr><td class="wz-k">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td class="wz-v">{page['doc_no']}</td><td class="wz-k">信息来源：</td><td class="wz-v">{inj.get('source') or page['source']}</td></tr>
<tr><td class="wz-k">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td class="wz-v" colspan="3">{page['title']}</td></tr>
</table>
<div class="wz-art">
<h2 class="wz-title">{page['title']}</h2>
{inj.get('after_title', '')}
<div class="wz-sub">撰稿：{inj.get('author') or page['author']}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script src="/api.php?op=count&amp;id={page['num']}&amp;modelid=1"></script>{page['views']}</div>
<div class="wz-text">
{inj.get('body_top', '')}
{_paras(page, inj, '<p>　　{}</p>')}
</div>
{inj.get('after_body', '')}
</div>
</div>
<div class="wz-foot">
<p>{page['site_name']}　版权所有　<a href="https://beian.miit.gov.cn/">{page['icp']}</a></p>
{inj.get('footer', '')}
</div>
{inj.get('end', '')}
</body>
</html>
"""


def g4(page, inj):
    d = page["date"]
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{inj.get('title') or page['site_name'] + ' - ' + page['title']}</title>
<link rel="stylesheet" type="text/css" href="/layout/professional_css/style.css.php?theme=bureau">
{inj.get('head', '')}
</head>
<body dir="ltr">
<div id="gl_header">
<div id="gl_sitename"><a href="/">{page['site_name']}</a></div>
{inj.get('header', '')}
<ul id="gl_menu"><li><a href="/index.php">首页</a></li><li><a href="/index.php?topic=news">工作动态</a></li><li><a href="/index.php?topic=notice">通知公告</a></li><li><a href="/staticpages/index.php?page=about">机构职能</a></li><li><a href="/search.php">搜索</a></li>{inj.get('nav', '')}</ul>
</div>
<div id="gl_container">
<div id="gl_centerblocks">
<div class="storytitle"><h2>{page['title']}</h2></div>
{inj.get('after_title', '')}
<div class="storybyline">由 <a class="storyauthor" href="/users.php?mode=profile&amp;uid={page['num']}">{inj.get('author') or page['author']}</a> 发表于 {d.year}年{d.month:02d}月{d.day:02d}日 {WEEK[d.weekday()]} {page['time']} &nbsp;|&nbsp; 来源：{inj.get('source') or page['source']} &nbsp;|&nbsp; 阅读 {page['views']} 次</div>
<div class="storytext">
{inj.get('body_top', '')}
{_paras(page, inj, '<p>{}</p>')}
</div>
{inj.get('after_body', '')}
<div class="storyfooter"><a href="/article.php?story={d.strftime('%Y%m%d')}{page['num']}&amp;mode=print">打印</a> · <a href="/profiles.php?sid={page['num']}">发送给朋友</a></div>
</div>
<div id="gl_rightblocks"><h3>最新动态</h3><ul><li><a href="/index.php?topic=news">更多工作动态</a></li></ul></div>
</div>
<div id="gl_footer">
<p>{page['site_name']} 主办　<a href="https://beian.miit.gov.cn/">{page['icp']}</a></p>
{inj.get('footer', '')}
</div>
{inj.get('end', '')}
</body>
</html>
"""


def p5(page, inj):
    d = page["date"]
    enc = ENC["P5"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}">
<title>{inj.get('title') or page['site_name'] + ' - 新闻 - ' + page['title']}</title>
<link rel="stylesheet" href="/themes/Campus/styles.css" type="text/css">
{inj.get('head', '')}
</head>
<body>
<table cellpadding="0" cellspacing="0" width="100%" class="full-header"><tr><td class="full-header-l"><a href="/news.php">{page['site_name']}</a></td></tr></table>
{inj.get('header', '')}
<table cellpadding="0" cellspacing="0" width="100%"><tr><td class="sub-header"><a href="/news.php" class="white">首页</a> · <a href="/articles.php" class="white">校园新闻</a> · <a href="/downloads.php" class="white">资料下载</a> · <a href="/contact.php" class="white">联系我们</a>{inj.get('nav', '')}</td></tr></table>
<table cellpadding="0" cellspacing="0" width="100%" class="main-bg"><tr>
<td valign="top" class="main-bg">
<table cellpadding="0" cellspacing="1" width="100%" class="tbl-border"><tr><td class="capmain">{page['title']}</td></tr>
<tr><td class="main-body">
{inj.get('after_title', '')}
<div class="news-info">信息来源：{inj.get('source') or page['source']} &nbsp; 撰稿人：{inj.get('author') or page['author']} &nbsp; 发布日期：{d.year}年{d.month:02d}月{d.day:02d}日 &nbsp; 阅读：{page['views']}</div>
<div class="news-body">
{inj.get('body_top', '')}
{_paras(page, inj)}
</div>
{inj.get('after_body', '')}
</td></tr></table>
</td></tr></table>
<table cellpadding="0" cellspacing="0" width="100%"><tr><td align="center" class="main-footer">{page['site_name']} 版权所有 &nbsp; {page['icp']}<br>
{inj.get('footer', '')}</td></tr></table>
{inj.get('end', '')}
</body>
</html>
"""


def e6(page, inj):
    d = page["date"]
    return f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<title>{inj.get('title') or page['title'] + ' / ' + page['site_name']}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/bundles/app/css/ezsite.min.css">
{inj.get('head', '')}
</head>
<body class="ez-layout">
<div class="ez-topbar"><a class="ez-brand" href="/">{page['site_name']}</a>
<ul class="ez-menu"><li><a href="/gzdt">工作动态</a></li><li><a href="/tzgg">通知公告</a></li><li><a href="/zcwj">政策文件</a></li><li><a href="/bszn">办事指南</a></li>{inj.get('nav', '')}</ul></div>
{inj.get('header', '')}
<div class="ez-content-view-full ez-article">
<div class="attribute-header"><h1>{page['title']}</h1></div>
{inj.get('after_title', '')}
<div class="attribute-byline"><time class="ez-date" datetime="{d.isoformat()}T{page['time']}:00+08:00">{d.year}-{d.month:02d}-{d.day:02d}</time></div>
<div class="attribute-body ezxmltext-field">
{inj.get('body_top', '')}
{_paras(page, inj, '<p>{}</p>')}
</div>
<p class="attribute-credit">（来源：{inj.get('source') or page['source']}　作者：{inj.get('author') or page['author']}　编辑：{page['editor']}）</p>
{inj.get('after_body', '')}
</div>
<div class="ez-footer"><p>{page['site_name']} 主办　<a href="https://beian.miit.gov.cn/">{page['icp']}</a></p>
{inj.get('footer', '')}
</div>
{inj.get('end', '')}
</body>
</html>
"""


RENDER = {"Z1": z1, "Q2": q2, "W3": w3, "G4": g4, "P5": p5, "E6": e6}
FAMILY = {"Z1": "ZCMS-like county portal", "Q2": "Squiz-Matrix-like university news",
          "W3": "五指CMS-like 信息公开 page", "G4": "Geeklog-like bureau story page",
          "P5": "PHP-Fusion-like school news", "E6": "eZ-Publish-like city bureau page"}


def render(tpl, page, inj):
    return RENDER[tpl](page, inj)
