#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build real-cases-v49b: html/<id>.html and truth.jsonl from cases.py + src/ (deterministic, no clock, no network).
Usage: python3 build.py            (writes html/ and truth.jsonl next to this file)
       python3 build.py --check    (builds in memory and reports whether the files on disk are byte-identical)"""
import html, json, os, sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

E = html.escape


def code_of(name):
    raw = open(os.path.join(HERE, 'src', name), encoding='utf-8').read().rstrip('\n')
    if name.endswith('.js'):
        return '<script type="text/javascript">' + raw + '</script>'
    return raw


def meta_line(c, style):
    parts = []
    if style == 'xq':
        if c['date_shown']:
            parts.append('时间: ' + E(c['date_shown']))
        if c['source']:
            parts.append('来源: ' + E(c['source']))
        if c.get('hits'):
            parts.append('点击数:' + E(c['hits']))
        return '&nbsp;&nbsp;'.join(parts)
    if style == 'news':
        if c['date_shown']:
            parts.append('<span class="pubtime">' + E(c['date_shown']) + '</span>')
        if c['source']:
            parts.append('<span class="origin">来源:' + E(c['source']) + '</span>')
        return ' '.join(parts)
    if style == 'table':
        if c['date_shown']:
            parts.append('发布日期:' + E(c['date_shown']))
        if c['source']:
            parts.append('信息来源:' + E(c['source']))
        return '　'.join(parts)
    if style == 'campus' or style == 'org':
        if c['date_shown']:
            parts.append('发布时间:' + E(c['date_shown']))
        if c['source']:
            parts.append('文章来源:' + E(c['source']))
        return ' | '.join(parts)
    if style == 'epaper':
        if c['date_shown']:
            parts.append(E(c['site_name'].split()[0]) + ' ' + E(c['date_shown']))
        return ' '.join(parts)
    return ''


def paras_html(c, tag='p', indent='      '):
    return '\n'.join('%s<%s>%s</%s>' % (indent, tag, E(p), tag) for p in c['paras'])


def place(c, where):
    if c['place'] != where:
        return ''
    return '\n'.join(code_of(n) for n in c['src']) + '\n'


def host_of(c):
    return urlparse(c['url']).hostname


def shell_xq_gov(c, charset):
    head_title = (c['title'] or c['channel']) + '_' + c['site_name']
    h = '<h1 class="xq-title">%s</h1>\n' % E(c['title']) if c['title'] else ''
    m = meta_line(c, 'xq')
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(head_title)}</title>
<link rel="stylesheet" href="/static/css/xq_main.css">
{place(c, 'head_end')}</head>
<body class="xq-body">
{place(c, 'body_start')}<div class="xq-top"><div class="xq-wrap"><span class="xq-logo">{E(c['site_name'])}</span>
<ul class="xq-nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="xq-wrap xq-crumb">当前位置:<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; {E(c['channel'])}</div>
<div class="xq-wrap xq-detail">
{h}<div class="xq-info">{m}</div>
<div class="xq-content" id="zoom">
{paras_html(c)}
</div>
<div class="xq-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="xq-foot"><div class="xq-wrap">
<p>主办单位:{E(c['site_name'])}办公室　网站标识码:无</p>
<p>技术支持:本站信息中心　建议使用1366×768分辨率浏览</p>
{place(c, 'footer')}</div></div>
{place(c, 'body_end')}</body>
</html>
'''


def shell_news_portal(c, charset):
    head_title = (c['title'] or c['channel']) + ' - ' + c['site_name']
    h = '<h1 class="art-h">%s</h1>\n' % E(c['title']) if c['title'] else ''
    m = meta_line(c, 'news')
    return f'''<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{E(head_title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/portal.css">
{place(c, 'head_end')}</head>
<body>
{place(c, 'body_start')}<header class="site-hd"><a class="brand" href="/">{E(c['site_name'])}</a>
<nav><a href="/">首页</a><a href="/news/">要闻</a><a href="/shehui/">社会</a><a href="/jishi/">纪实</a><a href="/tupian/">图片</a></nav></header>
<main class="site-main">
<div class="bread"><a href="/">首页</a> / <a href="#">{E(c['channel'])}</a></div>
<article class="art">
{h}<div class="art-meta">{m}</div>
<div class="art-body">
{paras_html(c)}
</div>
</article>
<aside class="side"><h3>热点推荐</h3><ul><li><a href="/news/">更多要闻</a></li><li><a href="/tupian/">图片新闻</a></li></ul></aside>
</main>
<footer class="site-ft"><p>版权所有 {E(c['site_name'])}　未经授权禁止复制或建立镜像</p>
{place(c, 'footer')}</footer>
{place(c, 'body_end')}</body>
</html>
'''


def shell_dept_table(c, charset):
    head_title = c['title'] or c['site_name']
    h = '<tr><td class="tit" align="center">%s</td></tr>\n' % E(c['title']) if c['title'] else ''
    m = meta_line(c, 'table')
    ps = '\n'.join('<p style="text-indent:2em">%s</p>' % E(p) for p in c['paras'])
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{E(head_title)}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css">
{place(c, 'head_end')}</head>
<body leftmargin="0" topmargin="0">
{place(c, 'body_start')}<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="topbg">
<tr><td height="90" class="sitename">{E(c['site_name'])}</td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="/list.aspx?c=1">{E(c['channel'])}</a> | <a href="/list.aspx?c=2">通知公告</a> | <a href="/list.aspx?c=3">专题专栏</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="pos">您现在的位置:<a href="/">首页</a> &gt;&gt; {E(c['channel'])}</td></tr>
{h}<tr><td class="info" align="center">{m}</td></tr>
<tr><td class="content">
{ps}
</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
<tr><td align="center">Copyright &copy; {E(c['site_name'])} 版权所有<br>
{place(c, 'footer')}</td></tr>
</table>
{place(c, 'body_end')}</body>
</html>
'''


def shell_campus(c, charset):
    head_title = (c['title'] or c['channel']) + '-' + c['site_name']
    h = '<h2 class="c-title">%s</h2>\n' % E(c['title']) if c['title'] else ''
    m = meta_line(c, 'campus')
    mdiv = '<div class="c-meta">%s</div>\n' % m if m else ''
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{E(head_title)}</title>
<link type="text/css" href="/style/campus.css" rel="stylesheet" />
{place(c, 'head_end')}</head>
<body>
{place(c, 'body_start')}<div id="c-header"><div class="c-inner"><div class="c-logo">{E(c['site_name'])}</div>
<ul class="c-menu"><li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwzx/">{E(c['channel'])}</a></li><li><a href="/jxky/">教学科研</a></li><li><a href="/zsjy/">招生就业</a></li></ul></div></div>
<div id="c-main" class="c-inner">
<div class="c-left"><div class="c-col">{E(c['channel'])}</div></div>
<div class="c-right">
<div class="c-path">当前位置: <a href="/">首页</a> » {E(c['channel'])} » 正文</div>
{h}{mdiv}<div class="c-article">
{paras_html(c)}
</div>
</div>
</div>
<div id="c-footer"><div class="c-inner">地址:本校校园　邮编:000000　{E(c['site_name'])} 版权所有
{place(c, 'footer')}</div></div>
{place(c, 'body_end')}</body>
</html>
'''


def shell_epaper(c, charset):
    head_title = c['title'] or c['site_name']
    h = '<h1 class="ep-main">%s</h1>\n' % E(c['title']) if c['title'] else ''
    sub = '<h3 class="ep-sub">%s</h3>\n' % E(c['subtitle']) if c.get('subtitle') else ''
    m = meta_line(c, 'epaper')
    mdiv = '<div class="ep-date">%s</div>\n' % m if m else ''
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{E(head_title)}</title>
<link rel="stylesheet" href="../../../static/epaper.css">
{place(c, 'head_end')}</head>
<body class="ep">
{place(c, 'body_start')}<div class="ep-head">{E(c['site_name'])}<span class="ep-ban">{E(c['channel'])}</span><a href="../../../index.htm">往期回顾</a></div>
<div class="ep-wrap">
<div class="ep-article">
{h}{sub}{mdiv}<div class="ep-text" id="ozoom">
{paras_html(c, tag='p', indent='')}
</div>
</div>
<div class="ep-nav"><a href="#">上一篇</a> <a href="#">下一篇</a> <a href="#">返回版面</a></div>
</div>
<div class="ep-foot">{E(c['site_name'])} 数字报刊平台
{place(c, 'footer')}</div>
{place(c, 'body_end')}</body>
</html>
'''


def shell_org_site(c, charset):
    head_title = (c['title'] or c['channel']) + '|' + c['site_name']
    h = '<div class="o-tit">%s</div>\n' % E(c['title']) if c['title'] else ''
    m = meta_line(c, 'org')
    mdiv = '<div class="o-sub">%s</div>\n' % m if m else ''
    return f'''<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="{charset}">
<title>{E(head_title)}</title>
<link rel="stylesheet" href="/template/org/css/common.css">
{place(c, 'head_end')}</head>
<body>
{place(c, 'body_start')}<div class="o-header"><div class="o-w"><b>{E(c['site_name'])}</b>
<div class="o-menu"><a href="/">网站首页</a><a href="/about/">机构概况</a><a href="/news/">{E(c['channel'])}</a><a href="/service/">服务指南</a><a href="/contact/">联系我们</a></div></div></div>
<div class="o-w o-page">
<div class="o-loc">您现在的位置:<a href="/">首页</a> - <a href="/news/">{E(c['channel'])}</a></div>
<div class="o-detail">
{h}{mdiv}<div class="o-con">
{paras_html(c)}
</div>
</div>
</div>
<div class="o-footer"><div class="o-w">{E(c['site_name'])} 版权所有
{place(c, 'footer')}</div></div>
{place(c, 'body_end')}</body>
</html>
'''


SHELLS = dict(xq_gov=shell_xq_gov, news_portal=shell_news_portal, dept_table=shell_dept_table,
              campus=shell_campus, epaper=shell_epaper, org_site=shell_org_site)
CHARSET = {'utf-8': 'utf-8', 'gbk': 'gbk', 'gb18030': 'gb18030'}


def truth_of(c):
    text = '\n'.join(c['paras'])
    hij = bool(c['injections'])
    origin = ('%s; placed by the keeper in a shell rebuilt around the verbatim article capture; acts: %s [src/%s; placement %s; shell %s]'
              % ('captured injected code: ' + ', '.join(c['src']) if hij else 'clean page with real vendor/look-alike code: ' + ', '.join(c['src']),
                 c['acts'], ', src/'.join(c['src']), c['place'], c['shell']))
    return dict(id=c['id'], url=c['url'], title=c['title'], date=c['date'], source=c['source'], author=c['author'],
                text=text, hijacked=hij, injections=c['injections'], spam_strings=c.get('spam', []), legit=False, lang='zh',
                origin=origin, kind='real-injection-in-rebuilt-page' if hij else 'rebuilt-from-text',
                site=host_of(c), capture='text', encoding=c['encoding'])


def build():
    out = {}
    for c in CASES:
        page = SHELLS[c['shell']](c, CHARSET[c['encoding']])
        if c['place'] == 'after_html':          # server-side output printed after the theme's closing tag
            page += '\n'.join(code_of(n) for n in c['src']) + '\n'
        out['html/%s.html' % c['id']] = page.encode(c['encoding'])
    lines = [json.dumps(truth_of(c), ensure_ascii=False) for c in CASES]
    out['truth.jsonl'] = ('\n'.join(lines) + '\n').encode('utf-8')
    return out


def main():
    out = build()
    if '--check' in sys.argv:
        bad = [k for k, v in out.items() if not os.path.exists(os.path.join(HERE, k)) or open(os.path.join(HERE, k), 'rb').read() != v]
        print('build.py --check:', 'byte-identical' if not bad else 'DIFFERS: ' + ', '.join(bad))
        sys.exit(1 if bad else 0)
    os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
    for k, v in out.items():
        with open(os.path.join(HERE, k), 'wb') as f:
            f.write(v)
    print('wrote %d html + truth.jsonl' % (len(out) - 1))


if __name__ == '__main__':
    main()
