#!/usr/bin/env python3
"""Build real-cases-v42b (keeper k42b): html/<id>.html + truth.jsonl from cases.py and src/.
Deterministic (no randomness, no clock): a re-run gives identical bytes. The shells (7 layouts) are the keeper's
reconstructions around verbatim captured article text; the code in src/ is verbatim public material (SOURCES.md)."""
import html as H
import json
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

E = H.escape


def src(name):
    with open(os.path.join(HERE, 'src', name), encoding='utf-8') as f:
        return f.read()


def snippet(kind, name):
    body = src(name)
    if kind == 'js':
        return '<script type="text/javascript">\n' + body.rstrip('\n') + '\n</script>'
    return body.rstrip('\n')


def meta_line(c, style):
    bits = []
    if style == 'gov':
        if c.get('source'):
            bits.append('信息来源:' + E(c['source']))
        if c.get('author'):
            bits.append('作者:' + E(c['author']))
        if c.get('date'):
            bits.append('发布时间:' + c['date'])
        bits.append('浏览次数:<span id="hits"></span>')
        return '&nbsp;&nbsp;'.join(bits)
    if style == 'campus':
        if c.get('date'):
            bits.append('发布时间:' + c['date'])
        if c.get('author'):
            bits.append('作者:' + E(c['author']))
        if c.get('source'):
            bits.append('来源:' + E(c['source']))
        bits.append('点击数:<span id="dynclicks"></span>')
        return '&nbsp;&nbsp;&nbsp;'.join(bits) if bits else ''
    if style == 'news':
        if c.get('date'):
            bits.append('<span class="time">' + c['date'] + '</span>')
        if c.get('source'):
            bits.append('<span class="src">来源:' + E(c['source']) + '</span>')
        if c.get('author'):
            bits.append('<span class="au">作者:' + E(c['author']) + '</span>')
        return ' '.join(bits)
    return ''


def body_paras(c, tag='p', style=''):
    st = (' style="%s"' % style) if style else ''
    out = ['<%s%s>%s</%s>' % (tag, st, E(p), tag) for p in c['paras']]
    if c.get('tail'):
        out.append('<p align="right">%s</p>' % E(c['tail']))
    if c.get('credit'):
        out.append('<p class="credit">%s</p>' % E(c['credit']))
    if c.get('editor'):
        out.append('<p class="editor">%s</p>' % E(c['editor']))
    return '\n'.join(out)


def charset_name(enc):
    return {'utf-8': 'utf-8', 'gbk': 'gbk', 'gb18030': 'gb18030'}[enc]


def tpl_gov_portal(c, slot):
    cs = charset_name(c['enc'])
    h1 = ('<h1 class="art-title">%s</h1>\n' % E(c['title'])) if c.get('title') else ''
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{cs}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(c['title']) + '_' if c.get('title') else ''}{E(c['site_name'])}</title>
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/jquery-1.11.3.min.js"></script>
{slot('head_end')}</head>
<body>
<div class="top-bar"><div class="w1200"><span>{E(c['site_name'])}</span><a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/ydb/">移动版</a></div></div>
<div class="header"><div class="w1200"><div class="logo"><img src="/static/img/logo.png" alt="{E(c['site_name'])}"></div>
<div class="search"><form action="/search/"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="w1200 main">
<div class="position">您当前的位置:<a href="/">首页</a> &gt; <a href="#">{E(c['column'])}</a> &gt; 正文</div>
<div class="article">
{h1}<div class="art-info">{meta_line(c, 'gov')}</div>
<div class="art-con" id="zoom">
{body_paras(c)}
{slot('in_article_end')}</div>
<div class="art-tool"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p>主办:{E(c['site_name'])}办公室&nbsp;&nbsp;承办:信息中心</p>
<p><a href="https://beian.miit.gov.cn/">ICP备案</a>&nbsp;&nbsp;<a href="/wzdt/">网站地图</a></p>
{slot('footer')}</div></div>
{slot('after_body')}</body>
</html>
'''


def tpl_asp_table(c, slot):
    cs = charset_name(c['enc'])
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<title>{E(c['title']) if c.get('title') else E(c['column'])} - {E(c['site_name'])}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
{slot('head_end')}</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="90" background="/images/top_bg.jpg" class="sitename">{E(c['site_name'])}</td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="/DocHtml/1/">教育动态</a> | <a href="/DocHtml/655/">校园快讯</a> | <a href="/DocHtml/700/">政策法规</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="pos">当前位置:<a href="/">首页</a> &gt; 校园快讯 &gt; {E(c['column'])}</td></tr>
<tr><td align="center" class="title"><b>{E(c['title']) if c.get('title') else ''}</b></td></tr>
<tr><td align="center" class="info">编辑日期:{c.get('date') or ''}&nbsp;&nbsp;作者/编辑:{E(c.get('author') or '')}&nbsp;&nbsp;阅读次数:<span id="count"></span>&nbsp;[<a href="javascript:window.close()">关 闭</a>]</td></tr>
<tr><td class="content">
{body_paras(c)}
{slot('in_article_end')}</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td class="copyright">版权所有:{E(c['site_name'])}&nbsp;&nbsp;技术支持:网络中心
{slot('footer')}</td></tr></table>
{slot('after_body')}</body>
</html>
'''


def tpl_campus_vsb(c, slot):
    cs = charset_name(c['enc'])
    h = ('<h2 class="arti_title">%s</h2>\n' % E(c['title'])) if c.get('title') else ''
    ml = meta_line(c, 'campus')
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}" />
<title>{E(c['title']) + '-' if c.get('title') else ''}{E(c['site_name'])}</title>
<meta name="keywords" content="{E(c['site_name'])}" />
<link rel="stylesheet" type="text/css" href="../../style/style.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
{slot('head_end')}</head>
<body>
<div class="header"><div class="logo"><a href="../../index.htm"><img src="../../images/logo.png" alt="" /></a></div>
<div class="menu"><ul><li><a href="../../index.htm">首页</a></li><li><a href="../../lm/gk.htm">概况</a></li><li><a href="../../lm/xw.htm">新闻动态</a></li><li><a href="../../lm/tz.htm">通知公告</a></li></ul></div></div>
<div class="main">
<div class="left"><div class="lm_name">{E(c['column'])}</div>{slot('sidebar')}</div>
<div class="right">
<div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="#">{E(c['column'])}</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname">
{h}<div class="arti_metas">{ml}</div>
<div class="v_news_content">
{body_paras(c)}
{slot('in_article_end')}</div>
</form>
</div>
</div>
<div class="footer">Copyright&copy; {E(c['site_name'])} 版权所有
{slot('footer')}</div>
{slot('after_body')}</body>
</html>
'''


def tpl_asp_news(c, slot):
    cs = charset_name(c['enc'])
    return f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<title>{E(c['column'])}--{E(c['site_name'])}</title>
<link href="Skin/CssStyle.css" rel="stylesheet" type="text/css">
{slot('head_end')}</head>
<body>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="top"><tr><td><img src="Images/banner.gif" width="778" height="80" alt="{E(c['site_name'])}"></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="180" valign="top" class="left">{slot('sidebar')}<div class="lmt">栏目导航</div><a href="Article_Class.asp?ClassID=1">{E(c['column'])}</a></td>
<td valign="top"><div class="pos">您现在的位置: <a href="Index.asp">{E(c['site_name'])}</a> &gt;&gt; {E(c['column'])} &gt;&gt; 正文</div>
<table width="100%" border="0" cellpadding="6" cellspacing="0"><tr><td class="ArticleContent">
{body_paras(c)}
{slot('in_article_end')}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr></table>
</td></tr></table>
<table width="778" border="0" align="center" class="bottom"><tr><td align="center">{E(c['site_name'])} 版权所有
{slot('footer')}</td></tr></table>
{slot('after_body')}</body>
</html>
'''


def tpl_news_portal(c, slot):
    cs = charset_name(c['enc'])
    h = ('<h1>%s</h1>\n' % E(c['title'])) if c.get('title') else ''
    return f'''<!DOCTYPE html>
<html>
<head>
<meta charset="{cs}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(c['title']) + ' - ' if c.get('title') else ''}{E(c['site_name'])}</title>
<link rel="stylesheet" href="/css/article.css">
{slot('head_end')}</head>
<body>
<header class="site-head"><a class="brand" href="/">{E(c['site_name'])}</a>
<nav><a href="/">首页</a><a href="/c/">{E(c['column'])}</a><a href="/zt/">专题</a><a href="/pic/">图片</a></nav></header>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/c/">{E(c['column'])}</a></div>
<article class="detail">
{h}<div class="meta">{meta_line(c, 'news')}</div>
<div class="content">
{body_paras(c)}
{slot('in_article_end')}</div>
<div class="share">分享至</div>
</article>
<aside class="side">{slot('sidebar')}<h3>热点排行</h3><ol><li>&nbsp;</li></ol></aside>
<footer class="site-foot"><p>{E(c['site_name'])} 版权所有 未经授权禁止转载</p>
{slot('footer')}</footer>
{slot('after_body')}</body>
</html>
'''


def tpl_campus_plain(c, slot):
    cs = charset_name(c['enc'])
    h = ('<h1 class="arti-title">%s</h1>\n' % E(c['title'])) if c.get('title') else ''
    bits = []
    if c.get('date'):
        bits.append('<span>时间:%s</span>' % c['date'])
    if c.get('source'):
        bits.append('<span>来源:%s</span>' % E(c['source']))
    if c.get('author'):
        bits.append('<span>作者:%s</span>' % E(c['author']))
    return f'''<!DOCTYPE html>
<html>
<head>
<meta charset="{cs}">
<title>{E(c['title']) + ' - ' if c.get('title') else ''}{E(c['site_name'])}</title>
<link rel="stylesheet" href="/_css/_system/system.css">
{slot('head_end')}</head>
<body class="list-page">
<div id="header"><div class="inner"><a class="logo" href="/">{E(c['site_name'])}</a>
<ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/xwzx/">{E(c['column'])}</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/xsgz/">学生工作</a></li></ul></div></div>
<div id="container"><div class="inner">
<div class="col_path">当前位置:<a href="/">首页</a>&gt;<a href="/xwzx/">{E(c['column'])}</a></div>
<div class="infobox">
{h}<p class="arti-metas">{' '.join(bits)}</p>
<div class="entry"><div class="read">
{body_paras(c)}
{slot('in_article_end')}</div></div>
</div>
</div></div>
<div id="footer"><div class="inner"><p>版权所有 &copy; {E(c['site_name'])}</p>
{slot('footer')}</div></div>
{slot('after_body')}</body>
</html>
'''


def tpl_epaper(c, slot):
    cs = charset_name(c['enc'])
    h = ('<h1 class="bt">%s</h1>\n' % E(c['title'])) if c.get('title') else ''
    return f'''<!DOCTYPE html>
<html>
<head>
<meta charset="{cs}">
<title>{E(c['title']) + '--' if c.get('title') else ''}{E(c['site_name'])}</title>
<link rel="stylesheet" href="/static/css/paper.css">
{slot('head_end')}</head>
<body>
<div class="paper-top"><span class="pname">{E(c['site_name'])}</span> <a href="/">往期回顾</a> <a href="/pdf/">PDF版阅读</a></div>
<div class="paper-wrap">
<div class="paper-left"><div class="banci">{E(c['column'])}</div><div class="bm-map"><img src="/static/img/page.jpg" alt=""></div>{slot('sidebar')}</div>
<div class="paper-right">
{h}<div class="paper-content" id="ozoom">
{body_paras(c)}
{slot('in_article_end')}</div>
<div class="pre-next"><a href="#">上一篇</a> <a href="#">下一篇</a></div>
</div>
</div>
<div class="paper-foot">{E(c['site_name'])} 版权所有
{slot('footer')}</div>
{slot('after_body')}</body>
</html>
'''


TPL = dict(gov_portal=tpl_gov_portal, asp_table=tpl_asp_table, campus_vsb=tpl_campus_vsb, asp_news=tpl_asp_news,
           news_portal=tpl_news_portal, campus_plain=tpl_campus_plain, epaper=tpl_epaper)

ORIGIN_CODE = {
    'wpconfig_printed_script.html': 'the output of an injection captured in a honeypot and published in websecdaria/honeypot-captured-samples (2025-10-14/wp-config.php.txt): PHP appended to wp-config.php prints base64_decode(...) = a remote <script src> on every front-end request, i.e. before the page\'s own <!DOCTYPE>',
    'bare_script_webrank_pw.html': 'a bare remote <script src> tag kept as an infected-site sample in gwillem/magento-malware-scanner (corpus/frontend/webrank.pw; its line break and trailing blanks kept as stored)',
    'async_createelement_loader.html': 'an injected async loader quoted in gwillem/magento-malware-scanner pull request #145 ("Add burner domain"): an inline script creating a <script> element whose src is a remote file disguised as .css and inserting it before the first script',
    'window_stop_charcode_redirect.js': 'a payload kept in stefanpejcic/wordpress-malware (25.11.2020/m.js, served to pages of infected WordPress sites): window.stop() then location.replace to a String.fromCharCode-built tracker url; wrapped here in one <script> element',
    'ndsw_ctrlbfont.js': 'the NDSW/Parrot-TDS injection appended to a site JavaScript file committed to a public repository (code corpus index id 13801617689): for a visitor with no cookie arriving from another host it requests a remote php and eval()s the answer; the appended string (from its leading ";") is wrapped here in one <script> element',
    'ndsw_anucentral.js': 'the NDSW/Parrot-TDS injection (token variant) appended to a site JavaScript file committed to a public repository (code corpus index id 27662070974); the appended string (from its leading ";") is wrapped here in one <script> element',
    'ndsw_fotonegypt.js': 'the obfuscated NDSW/Parrot-TDS injection (string-array variant) appended to a site JavaScript file committed to a public repository (code corpus index id 46110669044); the appended string (from its leading ";") is wrapped here in one <script> element',
    'prepended_charcode_eval.js': 'an injection prepended to site JavaScript files committed to public repositories (code corpus index ids 18216774759 and 18996769748, two files with the identical string, the same as the one pasted in scr34m/php-malware-scanner issue #91): var f=String;eval(f.fromCharCode(...)) defining a check and inserting a remote "check.js" script unless already present; the prepended string (to its /*number*/ marker) is wrapped here in one <script> element',
    'wphead_echo_script.html': 'the output of PHP injected into a WordPress theme file committed to a public repository (code corpus index id 6828514573): my_custom_js() hooked on wp_head echoes a remote <script src>; the src/ file is that echoed string',
    'own_baidu_push.html': 'Baidu\'s official auto-push snippet as quoted in a public blog post (code corpus index id 43625910163)',
    'own_uaredirect_wap.html': 'a site template\'s own mobile redirect (Baidu siteapp uaredirect.js to the site\'s own /wap/ path) from a public repository (code corpus index id 18848435677)',
    'own_cpro_ad.html': 'a site template\'s own Baidu Union (cpro) ad slot from a public repository (code corpus index id 43454205862)',
    'own_hm_tongji.html': 'a site template\'s own Baidu Tongji statistics block from a public repository (code corpus index id 43454205862)',
    'own_https_upgrade.js': 'a site script\'s own http->https self-redirect (window.location.replace of its own url) from a public repository (code corpus index id 39326843983); wrapped here in one <script> element',
}

PLACE = dict(head_end='the end of <head>', after_body='the end of <body>, after the footer',
             footer='the site footer', in_article_end='the end of the article body', before_doctype='the very start of the document, before <!DOCTYPE>',
             sidebar='the sidebar')


def build_case(c):
    slots = {}
    for (where, kind, name) in c['inj']:
        slots.setdefault(where, []).append(snippet(kind, name))

    def slot(where):
        v = slots.get(where)
        return ('\n'.join(v) + '\n') if v else ''
    page = TPL[c['tpl']](c, slot)
    if 'before_doctype' in slots:
        page = '\n'.join(slots['before_doctype']) + page
    return page


def truth_row(c):
    hij = bool(c.get('family'))
    text = '\n'.join(c['paras'])
    host = urllib.parse.urlparse(c['url']).hostname
    codes = [name for (_, _, name) in c['inj']]
    places = [PLACE[w] for (w, _, _) in c['inj']]
    if hij:
        origin = ('real injected code in a rebuilt real page: %s; placed by the keeper at %s (placement and pairing with '
                  'this article are the keeper\'s; the injection acts on load: it %s). Article text: verbatim pages-corpus '
                  'capture of %s (only text was captured: the %s shell is the keeper\'s reconstruction; fields not '
                  'captured are null)') % (
            '; '.join(ORIGIN_CODE[n] for n in codes), ', '.join(places), ACTS[c['family']], c['url'], c['tpl'])
    elif not codes:
        origin = ('clean real page without injected or look-alike code. Article text: verbatim pages-corpus capture of %s '
                  '(only text was captured: the %s shell is the keeper\'s reconstruction; fields not captured are null)') % (
            c['url'], c['tpl'])
    else:
        origin = ('clean real page with look-alike but legitimate code of a site\'s own kind: %s; placed by the keeper at '
                  '%s (it reaches only the site itself or Baidu analytics/ad/push hosts). Article text: verbatim '
                  'pages-corpus capture of %s (only text was captured: the %s shell is the keeper\'s reconstruction; '
                  'fields not captured are null)') % (
            '; '.join(ORIGIN_CODE[n] for n in codes), ', '.join(places), c['url'], c['tpl'])
    if c.get('note'):
        origin += '. ' + c['note']
    return dict(id=c['id'], url=c['url'], title=c.get('title'), date=c.get('date'), source=c.get('source'),
                author=c.get('author'), text=text, hijacked=hij, injections=list(c.get('forms') or []),
                spam_strings=list(c.get('spam') or []), legit=False, lang='zh', origin=origin,
                kind='real-injection-in-real-page' if hij else 'real-page', site=host, capture='text+code' if codes else 'text',
                encoding=c['enc'], template=c['tpl'], family=c.get('family'))


ACTS = {
    'printed-script-before-doctype': 'loads a remote script before the page itself',
    'bare-remote-script': 'loads a remote script from a malware host',
    'async-createelement-loader': 'inserts a remote script element before the page\'s first script',
    'stop-and-redirect': 'stops the page and replaces it with a remote tracker url',
    'prepended-charcode-eval-loader': 'evaluates a char-code string that inserts a remote script into <head>',
    'ndsw-xhr-eval-loader': 'for a first-time visitor arriving from a search engine it requests remote code and eval()s it',
}


# removed on 2026-12-06 when v41 became dev (ids keep their numbers): rc42b-017's url (and so its host) is that of a
# page in dev/real-cases-v41b (validate_v42b.py); its look-alike snippet in src/, used by no other page, deleted
REMOVED = {'rc42b-017'}
# removed on 2026-12-07 by the tool library's rule (what the `fetch` tool brings is kept out of commits; its code is
# never committed): these pages carried code taken from a fetched repository (SOURCES.md); their src/ files, used by
# no other page, were deleted
REMOVED |= {'rc42b-002', 'rc42b-004', 'rc42b-006', 'rc42b-010'}


def main():
    os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
    rows = []
    for c in CASES:
        if c['id'] in REMOVED:
            continue
        page = build_case(c)
        with open(os.path.join(HERE, 'html', c['id'] + '.html'), 'wb') as f:
            f.write(page.encode(c['enc']))
        rows.append(truth_row(c))
    with open(os.path.join(HERE, 'truth.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('built %d pages' % len(rows))


if __name__ == '__main__':
    main()
