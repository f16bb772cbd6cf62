# -*- coding: utf-8 -*-
"""Build real-cases-v40b: html/<id>.html and truth.jsonl from cases.py and src/.
Deterministic (re-run gives identical bytes). Shells are the keeper's; texts and injected / look-alike
material are verbatim (see cases.py origins and SOURCES.md). Run: python build.py"""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES

E = html.escape


def src(name):
    return open(os.path.join(HERE, 'src', name), encoding='utf-8').read()


def piece(kind, name):
    body = src(name)
    if kind == 'js':
        return '<script type="text/javascript">\n' + re.sub(r'</(script)', r'<\\/\1', body, flags=re.I) + '\n</script>'
    return body


def at(c, slot):
    return ''.join(piece(k, n) for (w, k, n) in c['inj'] if w == slot)


def paras(c, tag='p', extra=''):
    out = ['<%s%s>%s</%s>' % (tag, extra, E(p, quote=False), tag) for p in c['paras']]
    return '\n'.join(out)


def charset(c):
    return {'gbk': 'gbk', 'gb18030': 'gb18030'}.get(c['enc'], 'utf-8')


def title_tag(c):
    if c.get('title_tag'):
        return E(c['title_tag'], quote=False)
    t = (c.get('title') + '_' if c.get('title') else '') + c['sitename']
    return E(t, quote=False)


def head(c, css):
    """<title> may carry a field injection (title_field); the keywords meta may carry one (keywords_field).
    A template comment follows both so an injected '<!--' closes inside the head."""
    if c.get('title_field'):
        t = '<title>%s%s</title>' % (E(c['title'], quote=False), at(c, 'title_field'))
    else:
        t = '<title>%s</title>' % title_tag(c)
    kw = '<meta name="keywords" content="%s%s">' % (E(c.get('keywords') or c['sitename']), at(c, 'keywords_field'))
    return ('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s\n%s\n'
            '<meta name="description" content="%s">\n<!-- 公共样式 -->\n<link rel="stylesheet" type="text/css" href="%s">\n%s\n</head>'
            % (charset(c), t, kw, E(c['sitename']), css, at(c, 'head')))


def doc(c, body, css, lang='zh-CN'):
    pre = at(c, 'prepend')
    return (pre + ('\n' if pre else '') + '<!DOCTYPE html>\n<html lang="%s">\n%s\n%s\n</html>\n'
            % (lang, head(c, css), body))


def content_block(c):
    return paras(c) + at(c, 'content_tail')


def byline_zh(c, order):
    bits = []
    for key, label in order:
        v = c.get(key)
        if v:
            bits.append('%s：%s%s' % (label, E(v, quote=False), at(c, 'source_field') if key == 'source' else ''))
    return '&nbsp;&nbsp;'.join(bits)


def t_asp_table(c):
    h1 = '<tr><td align="center" class="newstitle"><b>%s</b></td></tr>' % E(c['title'], quote=False) if c.get('title') else ''
    info = '<tr><td align="center" class="newsinfo">%s&nbsp;&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>' % (
        ('更新时间：' + c['shown_time']) if c.get('shown_time') else '')
    body = ('<body leftmargin="0" topmargin="0">\n%s\n<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            '<tr><td height="90" class="banner">%s</td></tr>\n<tr><td class="menu"><a href="/">网站首页</a> | <a href="/news.asp">新闻动态</a> | <a href="/notice.asp">通知公告</a> | <a href="/about.asp">机构介绍</a></td></tr>\n'
            '<tr><td class="where">您现在的位置：%s</td></tr>\n</table>\n'
            '<table width="960" border="0" align="center" cellpadding="6" cellspacing="0" class="newsbox">\n%s\n%s\n'
            '<tr><td class="newscontent" id="fontzoom">\n%s\n</td></tr>\n</table>\n'
            '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="copy" align="center">版权所有：%s&nbsp;&nbsp;技术支持：信息中心</td></tr></table>\n%s\n</body>'
            % (at(c, 'body_start'), E(c['sitename']), E(c['crumb']), h1, info, content_block(c), E(c['sitename']), at(c, 'footer') + at(c, 'body_end')))
    return doc(c, body, '/css/css.css')


def t_dept_portal(c):
    h1 = '<h1 class="detail-title">%s</h1>' % E(c['title'], quote=False) if c.get('title') else ''
    meta = byline_zh(c, [('issuer', '发文机构'), ('source', '来源'), ('shown_time', '发布时间'), ('author', '作者')])
    metah = '<div class="detail-meta">%s&nbsp;&nbsp;<a href="javascript:window.print()">打印</a></div>' % meta if meta else ''
    body = ('<body>\n%s\n<div class="top-bar"><div class="w1200"><span>%s</span><a href="/wza/">无障碍</a> <a href="/m/">手机版</a></div></div>\n'
            '<div class="header w1200"><div class="logo">%s</div></div>\n<div class="nav w1200"><a href="/">首页</a><a href="/gzdt/">工作动态</a><a href="/xxgk/">信息公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div>\n'
            '<div class="w1200 location">当前位置：%s</div>\n<div class="w1200 detail">\n%s\n%s\n<div class="detail-content TRS_Editor">\n%s\n</div>\n</div>\n'
            '<div class="footer"><p>主办单位：%s</p><p><a href="/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a></p></div>\n%s\n</body>'
            % (at(c, 'body_start'), E(c['sitename']), E(c['sitename']), E(c['crumb']), h1, metah, content_block(c), E(c['sitename']), at(c, 'footer') + at(c, 'body_end')))
    return doc(c, body, '/images/style.css')


def t_campus_news(c):
    h = '<h3 class="arti-title">%s</h3>' % E(c['title'], quote=False) if c.get('title') else ''
    cap = '<p class="pic-desc"><img src="/_upload/article/images/01.jpg" alt=""><br>%s</p>' % E(c['caption']) if c.get('caption') else ''
    cred = '<p class="arti-credit" style="text-align:right">%s</p>' % E(c['credit']) if c.get('credit') else ''
    att = at(c, 'attach')
    atth = '<div class="arti-attach">附件：%s</div>' % att if att else ''
    body = ('<body>\n%s\n<div id="header"><div class="inner"><a class="sitelogo" href="/">%s</a><ul class="menu"><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/jxky/">教学科研</a></li><li><a href="/xsgz/">学生工作</a></li></ul></div></div>\n'
            '<div class="inner"><div class="col_path">%s</div>\n<div class="infobox">\n%s\n<div class="arti-metas">点击：<span id="clicks"></span></div>\n'
            '<div class="wp_articlecontent">\n%s\n%s\n%s\n</div>\n%s\n</div></div>\n<div id="footer"><div class="inner">Copyright &copy; %s 版权所有</div></div>\n%s\n</body>'
            % (at(c, 'body_start'), E(c['sitename']), E(c['crumb']), h, cap, content_block(c), cred, atth, E(c['sitename']), at(c, 'footer') + at(c, 'body_end')))
    return doc(c, body, '/_css/_system/system.css')


def t_county_article(c):
    h = '<h2 class="art-title">%s</h2>\n' % E(c['title'], quote=False) if c.get('title') else ''
    if c.get('shown_time'):
        h += '<div class="art-time">时间:%s</div>\n' % E(c['shown_time'])
    body = (('<body>\n%s\n<div class="head"><div class="head-in"><img src="/images/logo.png" alt="%s"></div></div>\n'
            '<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zmhd/">政民互动</a></li></ul></div>\n'
            '<div class="main"><div class="crumbs">%s</div>\n<div class="article">\n') + h.replace('%', '%%') + ('<div class="art-tools">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>\n'
            '<div class="art-con" id="zoom">\n%s\n</div>\n<div class="art-qr">扫一扫在手机打开当前页</div>\n</div></div>\n<div class="foot">%s&nbsp;版权所有</div>\n%s\n</body>')) % (
        at(c, 'body_start'), E(c['sitename']), E(c['crumb']), content_block(c), E(c['sitename']), at(c, 'footer') + at(c, 'body_end'))
    return doc(c, body, '/css/index.css')


def t_epaper(c):
    h = '<h2 class="art-h">%s</h2>' % E(c['title'], quote=False) if c.get('title') else ''
    au = '<p class="art-author">%s</p>' % E(c['author']) if c.get('author') else ''
    body = ('<body>\n%s\n<div class="paper-top"><span class="paper-name">%s</span><a href="../../../index.html">返回首页</a> <a href="javascript:history.back()">上一版</a> <a href="#">下一版</a></div>\n'
            '<div class="paper-main"><div class="ban-list"><div class="ban">%s</div><a href="#">上一篇</a> <a href="#">下一篇</a></div>\n<div class="art-box">\n%s\n'
            '<div class="art-body" id="ozoom">\n%s\n</div>\n%s\n</div></div>\n<div class="paper-foot">版权所有 &copy; %s</div>\n%s\n</body>'
            % (at(c, 'body_start'), E(c['sitename']), E(c['crumb']), h, content_block(c), au, E(c['sitename']), at(c, 'footer') + at(c, 'body_end')))
    return doc(c, body, '/paper/pc/css/layout.css')


def t_hospital_cms(c):
    body = ('<body>\n%s\n<div class="top"><div class="logo">%s</div><div class="tel">急诊电话：120</div></div>\n'
            '<div class="nav"><a href="/">网站首页</a><a href="/html/yyjj/">医院简介</a><a href="/html/dongtai/">新闻中心</a><a href="/html/ksjs/">科室介绍</a><a href="/html/zjjs/">专家介绍</a></div>\n'
            '<div class="pos">您现在的位置：%s</div>\n<div class="con"><h1>%s</h1>\n<div class="info">发布于：%s&nbsp;&nbsp;&nbsp;文字：【大】【中】【小】</div>\n'
            '<div class="content">\n%s\n</div></div>\n<div class="foot"><a href="/html/yyjj/">医院简介</a>| <a href="/html/lxfs/">联系方式</a>| <a href="/plus/guestbook.php">在线留言</a>|</div>\n%s\n</body>'
            % (at(c, 'body_start'), E(c['sitename']), E(c['crumb']), E(c['title'], quote=False), E(c['shown_time']), content_block(c), at(c, 'footer') + at(c, 'body_end')))
    return doc(c, body, '/templets/default/style/dedecms.css')


def t_mobile_portal(c):
    tail = '<p class="note">%s</p>' % E(c['tail_note'], quote=False) if c.get('tail_note') else ''
    body = ('<body>\n%s\n<header class="m-head"><a class="back" href="javascript:history.back()">返回</a><span>%s</span><a class="home" href="/">首页</a></header>\n'
            '<div class="m-crumb">%s</div>\n<article class="m-article">\n<section class="m-text">\n%s\n%s\n</section>\n</article>\n'
            '<footer class="m-foot"><p>%s</p><p>违法和不良信息举报</p>\n%s\n</footer>\n%s\n</body>'
            % (at(c, 'body_start'), E(c['sitename']), E(c['crumb']), content_block(c), tail, E(c['sitename']), at(c, 'footer'), at(c, 'body_end')))
    return doc(c, body, '/static/m/css/article.css')


def t_en_blog(c):
    h = '<h1 class="entry-title">%s</h1>' % E(c['title'], quote=False) if c.get('title') else ''
    src_line = '<p class="entry-source">Source: %s</p>' % E(c['source']) if c.get('source') else ''
    body = ('<body class="single">\n%s\n<header class="site-header"><a class="site-title" href="/">%s</a><nav><a href="/">Home</a> <a href="/about/">About</a> <a href="/contact/">Contact</a></nav></header>\n'
            '<div class="breadcrumbs">%s</div>\n<main><article class="post">\n%s\n<div class="entry-content">\n%s\n%s\n</div>\n'
            '<footer class="entry-footer"><a href="/category/news/">News</a></footer>\n</article></main>\n<footer class="site-footer">&copy; %s</footer>\n%s\n</body>'
            % (at(c, 'body_start'), E(c['sitename']), E(c['crumb']), h, content_block(c), src_line, E(c['sitename']), at(c, 'footer') + at(c, 'body_end')))
    return doc(c, body, '/wp-content/themes/site/style.css', lang='en')


def t_forum_thread(c):
    body = ('<body id="nv_forum">\n%s\n<div id="hd"><div class="wp"><h2><a href="/">%s</a></h2></div></div>\n'
            '<div id="pt" class="bm"><div class="z">%s</div></div>\n<div id="ct" class="wp">\n<div id="postlist" class="pl">\n'
            '<table class="plhin"><tr><td class="pls"><div class="authi">楼主</div></td>\n<td class="plc"><div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f">\n%s\n</td></tr></table></div></div></td></tr></table>\n'
            '</div></div>\n<div id="ft" class="wp">%s &copy; <a href="/archiver/">Archiver</a>\n%s\n</div>\n%s\n</body>'
            % (at(c, 'body_start'), E(c['sitename']), E(c['crumb']), content_block(c), E(c['sitename']), at(c, 'footer'), at(c, 'body_end')))
    return doc(c, body, 'data/cache/style_1_common.css')


TPL = {'asp_table': t_asp_table, 'dept_portal': t_dept_portal, 'campus_news': t_campus_news,
       'county_article': t_county_article, 'epaper': t_epaper, 'hospital_cms': t_hospital_cms,
       'mobile_portal': t_mobile_portal, 'en_blog': t_en_blog, 'forum_thread': t_forum_thread}


# removed on 2026-12-06 when v39 became dev (ids keep their numbers): rc40b-007 carries an injected snippet
# (src/charcode_tracking_loader.html, deleted) already in dev/real-cases-v39b, with its injected host; rc40b-016's
# page host is that of a page in dev/real-cases-v39 (validate_v40b.py)
REMOVED = {'rc40b-007', 'rc40b-016'}
# removed on 2026-12-07 by the tool library's rule (what the `fetch` tool brings is kept out of commits; its code is
# never committed): these pages carried code taken from a fetched repository (SOURCES.md); their src/ files, used by
# no other page, were deleted
REMOVED |= {'rc40b-008', 'rc40b-009'}


def main():
    os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
    rows = []
    for c in CASES:
        if c['id'] in REMOVED:
            continue
        page = TPL[c['tpl']](c)
        with open(os.path.join(HERE, 'html', c['id'] + '.html'), 'wb') as f:
            f.write(page.encode(c['enc']))
        nofile = not c['inj']
        rows.append(dict(
            id=c['id'], url=c['url'], title=c.get('title'), date=c.get('date'), source=c.get('source'),
            author=c.get('author'), text='\n'.join(c['paras']), hijacked=c['hijacked'], injections=c['injections'],
            spam_strings=c['spam'], legit=c['legit'], lang=c.get('lang', 'zh'), origin=c['origin'],
            kind='real-injection-in-real-page' if c['hijacked'] else 'real-page', site=c['site'],
            capture='text+code' if not nofile else 'text', encoding=c['enc'], template=c['tpl']))
    with open(os.path.join(HERE, 'truth.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('built', len(rows))


if __name__ == '__main__':
    main()
