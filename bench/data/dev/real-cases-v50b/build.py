#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Deterministic builder for real-cases-v50b: html/<id>.html + truth.jsonl from articles.py, cases.py, src/.
   ./build.py          write the files
   ./build.py --check  rebuild in memory and compare byte for byte with the files on disk (exit 1 on difference)"""
import html, json, os, sys
from articles import ARTICLES
from cases import CASES, SNIPPETS

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape

def src(name):
    with open(os.path.join(HERE, 'src', name), encoding='utf-8', newline='') as f:
        return f.read()

def byline(a, style):
    parts = []
    if a.get('date'):
        d = a['date'] + ((' ' + a['time']) if a.get('time') else '')
        parts.append(('发布时间：', d))
    if a.get('source'):
        parts.append(('来源：', a['source']))
    if a.get('author'):
        parts.append(('作者：', a['author']))
    if style == 'spans':
        return ''.join('<span>%s%s</span>' % (k, E(v)) for k, v in parts) + '<span>浏览次数：<em id="hits">--</em></span>'
    if style == 'pipes':
        return ' | '.join('%s%s' % (k, E(v)) for k, v in parts) or '&nbsp;'
    return parts

def body_html(a, inject_mid=''):
    out = []
    for i, p in enumerate(a['paras']):
        out.append('<p>%s</p>' % E(p))
        if i == 1 and inject_mid:
            out.append(inject_mid)
    if len(a['paras']) < 2 and inject_mid:
        out.append(inject_mid)
    return '\n'.join(out)

def page_title(a):
    return (a['title'] + '_' + a['sitename']) if a.get('title') else a['sitename']

def gov_portal(a, cs, inj):
    h1 = '<h1 class="art-tit">%s</h1>\n' % E(a['title']) if a.get('title') else ''
    return (inj['before_doctype'] + '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n' + inj['head_start'] +
     '<meta charset="%s">\n<meta name="SiteName" content="%s">\n<title>%s</title>\n'
     '<link rel="stylesheet" href="/images/zwgk/style.css">\n' % (cs, E(a['sitename']), E(page_title(a))) + inj['head_end'] +
     '</head>\n<body>\n' + inj['body_start'] +
     '<div class="top-bar"><div class="w1200"><span>欢迎访问%s</span><a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/m/">手机版</a></div></div>\n'
     '<div class="header w1200"><div class="logo">%s</div><form class="sch" action="/search/"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>\n'
     '<ul class="nav w1200"><li><a href="/">网站首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>\n'
     '<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 正文</div>\n'
     '<div class="w1200 article">\n%s<div class="art-info">%s</div>\n<div class="art-con" id="zoom">\n%s\n</div>\n'
     '<div class="art-tool"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>\n</div>\n'
     % (E(a['sitename']), E(a['sitename']), h1, byline(a, 'spans'), body_html(a, inj['in_article'])) +
     '<div class="footer">\n<p>主办：%s办公室 &nbsp; 承办：%s信息中心</p>\n<p>建议使用1366×768分辨率浏览本站</p>\n' % (E(a['sitename']), E(a['sitename'])) + inj['footer'] +
     '</div>\n' + inj['body_end'] + '</body>\n</html>\n' + inj['after_html'])

def campus(a, cs, inj):
    h2 = '<h2 class="news-title">%s</h2>\n' % E(a['title']) if a.get('title') else ''
    return (inj['before_doctype'] + '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
     '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n' + inj['head_start'] +
     '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n<title>%s</title>\n<link href="/style/news.css" rel="stylesheet" type="text/css" />\n' % (cs, E(page_title(a))) +
     inj['head_end'] + '</head>\n<body>\n' + inj['body_start'] +
     '<div id="banner"><img src="/images/banner.jpg" alt="%s" /></div>\n'
     '<div id="menu"><a href="/">首页</a><a href="/xxgk/">学校概况</a><a href="/xwdt/">新闻动态</a><a href="/jxky/">教学科研</a><a href="/zsjy/">招生就业</a></div>\n'
     '<div id="main">\n<div id="left">\n<div class="lbox"><h3>新闻动态</h3><ul><li><a href="/xwdt/xxyw/">学校要闻</a></li><li><a href="/xwdt/tzgg/">通知公告</a></li><li><a href="/xwdt/mtbd/">媒体报道</a></li></ul></div>\n'
     % E(a['sitename']) + '<div class="lbox login"><h3>用户登录</h3>' + inj['sidebar'] + '<a href="/login/">统一身份认证</a></div>\n</div>\n'
     '<div id="right">\n<div class="where">您的位置：<a href="/">首页</a> &gt;&gt; 新闻动态</div>\n%s<div class="news-attr">%s</div>\n<div class="news-con">\n%s\n</div>\n</div>\n</div>\n'
     % (h2, byline(a, 'pipes'), body_html(a, inj['in_article'])) +
     '<div id="copyright">版权所有 &copy; %s &nbsp; 地址：—— &nbsp; 技术支持：网络中心\n' % E(a['sitename']) + inj['footer'] + '</div>\n' + inj['body_end'] +
     '</body>\n</html>\n' + inj['after_html'])

def news_portal(a, cs, inj):
    h1 = '<h1>%s</h1>\n' % E(a['title']) if a.get('title') else ''
    meta = []
    if a.get('date'): meta.append('<span class="time">%s</span>' % E(a['date'] + ((' ' + a['time']) if a.get('time') else '')))
    if a.get('source'): meta.append('<span class="source">来源：%s</span>' % E(a['source']))
    if a.get('author'): meta.append('<span class="author">作者：%s</span>' % E(a['author']))
    ed = ('<div class="editor">责任编辑：%s</div>\n' % E(a['editor'])) if a.get('editor') else ''
    cr = ''.join('<p class="credit">%s</p>' % E(c) for c in a.get('credits', []))
    return (inj['before_doctype'] + '<!doctype html>\n<html>\n<head>\n' + inj['head_start'] +
     '<meta charset="%s">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n<link rel="stylesheet" href="/static/css/detail.css">\n' % (cs, E(page_title(a))) +
     inj['head_end'] + '</head>\n<body class="detail">\n' + inj['body_start'] +
     '<header class="site-head"><a class="brand" href="/">%s</a><nav><a href="/news/">要闻</a><a href="/local/">本地</a><a href="/society/">社会</a><a href="/video/">视频</a><a href="/special/">专题</a></nav></header>\n'
     '<main class="wrap"><article>\n%s<div class="meta">%s</div>\n<div class="content" id="article-content">\n%s\n</div>\n%s%s</article>\n'
     '<aside class="side"><h4>热点推荐</h4><ol><li><a href="/news/">更多要闻</a></li><li><a href="/local/">本地新闻</a></li></ol></aside></main>\n'
     % (E(a['sitename']), h1, ''.join(meta), body_html(a, inj['in_article']), cr, ed) +
     '<footer class="site-foot"><p>%s 版权所有 未经授权禁止转载</p>\n' % E(a['sitename']) + inj['footer'] + '</footer>\n' + inj['body_end'] +
     '</body>\n</html>\n' + inj['after_html'])

def xxgk_table(a, cs, inj):
    rows = [('索引号：', '——'), ('发布机构：', a.get('source') or '——'), ('生成日期：', a.get('date') or '——'), ('主题分类：', '综合政务')]
    t = ''.join('<tr><th>%s</th><td>%s</td></tr>' % (k, E(v)) for k, v in rows)
    h1 = '<h1 class="xxgk-tit">%s</h1>\n' % E(a['title']) if a.get('title') else ''
    au = ('<p class="zz">来源：%s</p>\n' % E(a['source'])) if a.get('source') else ''
    au += ('<p class="zz">作者：%s</p>\n' % E(a['author'])) if a.get('author') else ''
    return (inj['before_doctype'] + '<!DOCTYPE html>\n<html>\n<head>\n' + inj['head_start'] +
     '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<title>%s</title>\n<link type="text/css" rel="stylesheet" href="/xxgk/css/xxgk.css">\n' % (cs, E(page_title(a))) +
     inj['head_end'] + '</head>\n<body>\n' + inj['body_start'] +
     '<div class="xxgk-head"><span>%s</span> 政府信息公开</div>\n<div class="xxgk-nav"><a href="/xxgk/">信息公开指南</a> <a href="/xxgk/zd/">信息公开制度</a> <a href="/xxgk/ml/">法定主动公开内容</a> <a href="/xxgk/nb/">信息公开年报</a></div>\n'
     '<div class="xxgk-main">\n<table class="xxgk-meta" border="1" cellspacing="0">%s</table>\n%s%s<div class="xxgk-text">\n%s\n</div>\n</div>\n'
     % (E(a['sitename']), t, h1, au, body_html(a, inj['in_article'])) +
     '<div class="xxgk-foot">%s 主办 &nbsp; <a href="/sitemap/">网站地图</a>\n' % E(a['sitename']) + inj['footer'] + '</div>\n' + inj['body_end'] +
     '</body>\n</html>\n' + inj['after_html'])

def dept_table(a, cs, inj):
    tt = ('<tr><td class="title" align="center"><b>%s</b></td></tr>\n' % E(a['title'])) if a.get('title') else ''
    info = byline(a, 'pipes')
    return (inj['before_doctype'] + '<html>\n<head>\n' + inj['head_start'] +
     '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<title>%s</title>\n<style type="text/css">td{font-size:12px;line-height:22px} .title{font-size:18px;color:#B00}</style>\n' % (cs, E(page_title(a))) +
     inj['head_end'] + '</head>\n<body topmargin="0" leftmargin="0">\n' + inj['body_start'] +
     '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">\n<tr><td height="90" bgcolor="#1E5BA8"><font color="#FFFFFF" size="5">&nbsp;%s</font></td></tr>\n'
     '<tr><td height="30" bgcolor="#E8EEF7">&nbsp;<a href="/">首 页</a> | <a href="/news/">工作动态</a> | <a href="/gk/">信息公开</a> | <a href="/zxly/">在线留言</a></td></tr>\n'
     '</table>\n<table width="960" border="0" align="center" cellpadding="8" cellspacing="0">\n%s<tr><td align="center" style="color:#666">%s</td></tr>\n<tr><td>\n%s\n</td></tr>\n</table>\n'
     % (E(a['sitename']), tt, info, body_html(a, inj['in_article'])) +
     '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td align="center" height="60" bgcolor="#E8EEF7">%s &nbsp; 版权所有\n' % E(a['sitename']) + inj['footer'] +
     '</td></tr></table>\n' + inj['body_end'] + '</body>\n</html>\n' + inj['after_html'])

def mobile(a, cs, inj):
    h1 = '<h1 class="m-title">%s</h1>\n' % E(a['title']) if a.get('title') else ''
    return (inj['before_doctype'] + '<!DOCTYPE html>\n<html>\n<head>\n' + inj['head_start'] +
     '<meta charset="%s">\n<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">\n<title>%s</title>\n<link rel="stylesheet" href="/m/css/m.css">\n' % (cs, E(page_title(a))) +
     inj['head_end'] + '</head>\n<body>\n' + inj['body_start'] +
     '<div class="m-head"><a class="back" href="javascript:history.back()">&lt;</a><span>%s</span><a class="home" href="/">首页</a></div>\n'
     '<div class="m-body">\n%s<div class="m-info">%s</div>\n<div class="m-text">\n%s\n</div>\n</div>\n'
     % (E(a['sitename']), h1, byline(a, 'pipes'), body_html(a, inj['in_article'])) +
     '<div class="m-foot"><a href="/">首页</a> | <a href="/?pc=1">电脑版</a>\n' + inj['footer'] + '</div>\n' + inj['body_end'] + '</body>\n</html>\n' + inj['after_html'])

LAYOUTS = dict(gov_portal=gov_portal, campus=campus, news_portal=news_portal, xxgk_table=xxgk_table, dept_table=dept_table, mobile=mobile)
PLACES = ['before_doctype', 'head_start', 'head_end', 'body_start', 'sidebar', 'in_article', 'footer', 'body_end', 'after_html']

def build():
    pages, truth = {}, []
    for cid, aid, layout, enc, kind, sname, place in CASES:
        a = ARTICLES[aid]
        code = src(sname)
        if not code.endswith('\n'):
            code += '\n'
        inj = {p: '' for p in PLACES}
        inj[place] = code
        doc = LAYOUTS[layout](a, enc, inj)
        pages[cid] = doc.encode(enc)
        forms, hosts = SNIPPETS[sname]
        hij = kind == 'H'
        origin = ('captured %s code: src/%s (see SOURCES.md), placed by the keeper (%s) in a %s shell rebuilt around the verbatim article text of a pages-corpus capture at the url'
                  % ('injected' if hij else 'vendor', sname, place, layout))
        truth.append(dict(id=cid, url=a['url'], title=a.get('title'), date=a.get('date'), source=a.get('source'), author=a.get('author'),
                          text='\n'.join(a['paras']), hijacked=hij, injections=forms if hij else [], spam_strings=[], legit=False, lang='zh',
                          origin=origin, kind='real-injection-in-rebuilt-page' if hij else 'rebuilt-from-text', site=a['site'],
                          capture='text', encoding=enc, layout=layout, placement=place, src=sname, reaches=hosts))
    tj = ''.join(json.dumps(t, ensure_ascii=False) + '\n' for t in truth).encode('utf-8')
    return pages, tj

def main():
    pages, tj = build()
    check = '--check' in sys.argv
    bad = 0
    os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
    items = [(os.path.join(HERE, 'html', cid + '.html'), b) for cid, b in sorted(pages.items())] + [(os.path.join(HERE, 'truth.jsonl'), tj)]
    for path, data in items:
        if check:
            try:
                same = open(path, 'rb').read() == data
            except FileNotFoundError:
                same = False
            if not same:
                print('DIFFERS', path); bad += 1
        else:
            with open(path, 'wb') as f:
                f.write(data)
    if check:
        print('build --check:', 'OK' if not bad else '%d differ' % bad)
        sys.exit(1 if bad else 0)
    print('wrote %d pages + truth.jsonl' % len(pages))

if __name__ == '__main__':
    main()
