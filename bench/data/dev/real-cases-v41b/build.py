# -*- coding: utf-8 -*-
"""Build real-cases-v41b: html/<id>.html and truth.jsonl from cases.py and src/ (keeper k41b).
Deterministic: a re-run gives identical bytes. Shells (7 layouts) are the keeper's; article texts and injected /
look-alike code are verbatim (see cases.py origins and SOURCES.md). Run: python3 build.py"""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES

# removed on 2026-12-07 by the tool library's rule (what the `fetch` tool brings is kept out of commits; its code is
# never committed): these pages carried code taken from a fetched repository (SOURCES.md); their src/ files, used by
# no other page, were deleted
REMOVED = {'rc41b-001', 'rc41b-002', 'rc41b-003', 'rc41b-004', 'rc41b-005', 'rc41b-006', 'rc41b-007', 'rc41b-008', 'rc41b-009', 'rc41b-010', 'rc41b-011', 'rc41b-012', 'rc41b-013', 'rc41b-015', 'rc41b-016', 'rc41b-017', 'rc41b-018', 'rc41b-019', 'rc41b-020'}
CASES = [c for c in CASES if c['id'] not in REMOVED]

E = lambda s: html.escape(s, quote=False)


def src(name):
    with open(os.path.join(HERE, 'src', name), encoding='utf-8') as f:
        return f.read()


def piece(kind, name):
    body = src(name)
    if kind == 'js':
        return '<script type="text/javascript">\n' + body.rstrip('\n') + '\n</script>'
    if kind == 'sqli':
        return body
    return body.rstrip('\n')


def at(c, slot):
    return '\n'.join(piece(k, n) for (w, k, n) in c['inj'] if w == slot)


def sqli(c):
    return ''.join(piece(k, n) for (w, k, n) in c['inj'] if w == 'sqli')


def charset(c):
    return {'gbk': 'gbk', 'gb18030': 'gb18030'}.get(c['enc'], 'utf-8')


def title_tag(c):
    t = (c['title'] + '_' if c.get('title') else '') + c['sitename']
    if sqli(c):
        t = c['title'] + sqli(c) + '_' + c['sitename']   # RCDATA: the string shows in the tab as text
        return '<title>%s</title>' % t.replace('&', '&amp;')
    return '<title>%s</title>' % E(t)


def heading(c, tag='h1', cls='art-title'):
    if not c.get('title'):
        return ''
    t = c['title'] + sqli(c)        # the CMS prints the heading column escaped
    h = '<%s class="%s">%s</%s>' % (tag, cls, E(t), tag)
    if c.get('subtitle'):
        h += '\n<h3 class="art-sub">%s</h3>' % E(c['subtitle'])
    return h


def paras(c, extra=''):
    ps = list(c['paras'])
    out = ['<p%s>%s</p>' % (extra, E(p)) for p in ps]
    if sqli(c):
        out[-1] = out[-1][:-4] + sqli(c) + '</p>'   # the body column keeps live markup
    return '\n'.join(out) + ('\n' + at(c, 'content_tail') if at(c, 'content_tail') else '')


def when(c):
    return c.get('shown_time') or c.get('date') or ''


def byline(c, sep='&nbsp;&nbsp;'):
    bits = []
    if when(c):
        bits.append('发布时间：' + E(when(c)))
    if c.get('source') or c.get('show_empty_source'):
        bits.append('来源：' + E(c.get('source') or ''))
    if c.get('author'):
        bits.append('作者：' + E(c['author']))
    if c.get('dept'):
        bits.append('创建部门：' + E(c['dept']))
    if c.get('views'):
        bits.append('浏览次数：' + E(c['views']))
    return sep.join(bits)


def crumb(c, sep=' &gt; '):
    return sep.join('<a href="#">%s</a>' % E(x) for x in c['crumb'])


def page(c, body, css, lang='zh-CN'):
    pre = at(c, 'prepend')
    head = ('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n%s\n'
            '<meta name="keywords" content="%s">\n<link rel="stylesheet" href="%s">\n%s</head>'
            % (charset(c), title_tag(c), E(c['sitename']), css, (at(c, 'head') + '\n') if at(c, 'head') else ''))
    doc = '<!DOCTYPE html>\n<html lang="%s">\n%s\n%s\n</html>\n' % (lang, head, body)
    app = at(c, 'append')
    return (pre + '\n' if pre else '') + doc + (app + '\n' if app else '')


def tail(c):
    t = at(c, 'body_end')
    return (t + '\n') if t else ''


def hdr(c):
    t = at(c, 'header_after')
    return (t + '\n') if t else ''


def t_xxgk_table(c):
    rows = ''
    if c.get('meta'):
        items = list(c['meta'].items())
        cells = []
        for i in range(0, len(items), 2):
            pair = items[i:i + 2]
            cells.append('<tr>' + ''.join('<th>%s</th><td>%s</td>' % (E(k), E(v)) for k, v in pair) + '</tr>')
        rows = '<table class="gk-meta" cellspacing="0">\n%s\n</table>' % '\n'.join(cells)
    body = ('<body class="gk">\n<div class="gk-top"><div class="gk-logo">%s</div><ul class="gk-nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>\n%s'
            '<div class="gk-pos">当前位置：%s</div>\n<div class="gk-box">\n%s\n%s\n<div class="gk-info">%s</div>\n<div class="gk-text" id="zoom">\n%s\n</div>\n'
            '<div class="gk-tool">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>\n</div>\n'
            '<div class="gk-foot">主办：%s　网站标识码：略</div>\n%s</body>'
            % (E(c['sitename']), hdr(c), crumb(c), rows, heading(c, 'h2', 'gk-title'), byline(c), paras(c), E(c['sitename']), tail(c)))
    return page(c, body, '/static/gk/css/article.css')


def t_county_portal(c):
    body = ('<body>\n<div id="header"><div class="wrap"><h1 class="logo">%s</h1><div class="search"><input type="text" name="q"><button>搜索</button></div></div></div>\n'
            '<div id="menu"><a href="#">首页</a><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">办事服务</a><a href="#">互动交流</a></div>\n%s'
            '<div class="wrap main"><div class="location">您现在所在的位置：%s</div>\n<div class="article">\n%s\n<div class="property">%s</div>\n'
            '<div class="content">\n%s\n</div>\n<div class="share">分享至：</div>\n</div></div>\n<div id="footer">版权所有：%s</div>\n%s</body>'
            % (E(c['sitename']), hdr(c), crumb(c), heading(c, 'h2', 'title'), byline(c), paras(c), E(c['sitename']), tail(c)))
    return page(c, body, '/templets/default/style/main.css')


def t_campus_dept(c):
    body = ('<body>\n<div class="header"><img src="/images/logo.png" alt="%s"></div>\n<div class="nav"><ul><li>首页</li><li>机构概况</li><li>通知公告</li><li>工作动态</li><li>下载专区</li></ul></div>\n%s'
            '<div class="main"><div class="lm-name">%s</div><div class="dqwz">当前位置: %s</div>\n<form name="_newscontent_fromname">\n%s\n<div class="xx">%s</div>\n'
            '<div class="v_news_content">\n%s\n</div>\n</form></div>\n<div class="footer">Copyright %s</div>\n%s</body>'
            % (E(c['sitename']), hdr(c), E(c['crumb'][-1]), crumb(c, '&gt;&gt;'), heading(c, 'h1', 'bt'), byline(c), paras(c), E(c['sitename']), tail(c)))
    return page(c, body, '/style/dept.css')


def t_campus_news(c):
    body = ('<body>\n<div class="top-bar"><div class="site-name">%s</div><div class="links">旧版 | 投稿系统</div></div>\n%s'
            '<div class="container"><div class="crumbs">当前位置：%s</div>\n<div class="news-detail">\n%s\n<div class="news-meta">%s</div>\n'
            '<div class="news-body">\n%s\n</div>\n</div></div>\n<div class="bottom">%s 版权所有</div>\n%s</body>'
            % (E(c['sitename']), hdr(c), crumb(c), heading(c, 'h1', 'news-title'), byline(c, '　'), paras(c), E(c['sitename']), tail(c)))
    return page(c, body, '/_css/news.css')


def t_epaper(c):
    body = ('<body>\n<div class="paper-head">%s · 数字报</div>\n%s<div class="paper-nav">%s</div>\n<table class="paper" width="100%%"><tr>'
            '<td class="left" width="30%%"><div class="ban">版面导航</div></td><td class="right">\n<div class="article">\n%s\n<div class="content" id="ozoom">\n%s\n</div>\n</div>\n'
            '</td></tr></table>\n<div class="paper-foot">%s</div>\n%s</body>'
            % (E(c['sitename']), hdr(c), crumb(c, ' | '), heading(c, 'h1', 'h1'), paras(c), E(c['sitename']), tail(c)))
    return page(c, body, '/css/paper.css')


def t_portal_article(c):
    body = ('<body id="portal">\n<div id="hd"><div class="wp"><h2><a href="#">%s</a></h2></div></div>\n%s<div id="pt" class="bm cl"><div class="z">%s</div></div>\n'
            '<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw">\n<div class="h hm">\n%s\n<p class="xg1">%s</p>\n</div>\n'
            '<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">\n%s\n</td></tr></table></div>\n</div></div></div>\n'
            '<div id="ft" class="wp cl">Powered by portal</div>\n%s</body>'
            % (E(c['sitename']), hdr(c), crumb(c, ' <em>&rsaquo;</em> '), heading(c, 'h1', 'ph'), byline(c, ' | '), paras(c), tail(c)))
    return page(c, body, 'data/cache/style_portal.css')


def t_hospital(c):
    body = ('<body>\n<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="toplogo">%s</td></tr></table>\n%s'
            '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bk">\n<tr><td class="weizhi">您现在的位置：%s</td></tr>\n'
            '<tr><td class="ntitle">%s</td></tr>\n<tr><td class="ninfo">%s</td></tr>\n<tr><td class="ncontent">\n%s\n</td></tr>\n</table>\n'
            '<table width="1000" align="center"><tr><td class="foot">医院简介 | 联系方式 | 在线留言</td></tr></table>\n%s</body>'
            % (E(c['sitename']), hdr(c), crumb(c), heading(c, 'h2', 'nt'), byline(c), paras(c), tail(c)))
    return page(c, body, '/css/yy.css')


TPL = dict(xxgk_table=t_xxgk_table, county_portal=t_county_portal, campus_dept=t_campus_dept, campus_news=t_campus_news,
           epaper=t_epaper, portal_article=t_portal_article, hospital=t_hospital)


def truth(c):
    return dict(id=c['id'], url=c['url'], title=c['title'], date=c['date'], source=c['source'], author=c['author'],
                text='\n'.join(c['paras']), hijacked=c['hijacked'], injections=c['injections'], spam_strings=c['spam'],
                legit=False, lang='zh', origin=c['origin'],
                kind='real-injection-in-real-page' if c['hijacked'] else 'real-page', site=c['site'],
                capture='text+code' if c['inj'] else 'text', encoding=charset(c), template=c['tpl'])


def main():
    os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
    lines = []
    for c in CASES:
        doc = TPL[c['tpl']](c)
        with open(os.path.join(HERE, 'html', c['id'] + '.html'), 'wb') as f:
            f.write(doc.encode(charset(c)))
        lines.append(json.dumps(truth(c), ensure_ascii=False))
    with open(os.path.join(HERE, 'truth.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('built', len(CASES))


if __name__ == '__main__':
    main()
