#!/usr/bin/env python3
"""Build real-cases-v44b (keeper k44b): html/<id>.html + truth.jsonl from cases.py and src/.
Deterministic (no randomness, no clock): a re-run gives identical bytes. The six shells are the keeper's
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


def paras(c, cls=''):
    at = (' class="%s"' % cls) if cls else ''
    return '\n'.join('<p%s>%s</p>' % (at, E(p)) for p in c['paras'])


def tpl_gov_xxgk(c, slot):
    m = c.get('meta') or {}
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={c['enc']}">
<title>{E(c['title'] or c['column'])}</title>
<meta name="SiteName" content="{E(c['site_name'])}">
<meta name="ColumnName" content="{E(c['column'])}">
<link rel="stylesheet" href="/tlx/css/xxgk.css">
{slot('head_end')}</head>
<body>
<div class="xxgk-top"><div class="xxgk-w"><span class="xxgk-name">{E(c['site_name'])}</span><span class="xxgk-sub">政府信息公开</span></div></div>
<div class="xxgk-w xxgk-crumb">首页 &gt; 信息公开 &gt; 重点领域信息公开 &gt; {E(c['column'])}</div>
<div class="xxgk-w">
<table class="xxgk-meta" cellspacing="0" cellpadding="0">
<tr><th>索 引 号 :</th><td>{E(m.get('index', ''))}</td><th>主题分类:</th><td>{E(m.get('topic', ''))}</td></tr>
<tr><th>发布机构:</th><td>{E(m.get('org', ''))}</td><th>成文日期:</th><td>{c.get('date') or ''}</td></tr>
<tr><th>标  题:</th><td colspan="3">{E(c['title'] or '')}</td></tr>
<tr><th>发文字号:</th><td></td><th>发布日期:</th><td>{c.get('date') or ''}</td></tr>
</table>
<div class="xxgk-article">
<h2 class="xxgk-h">{E(c['title'] or '')}</h2>
<div class="xxgk-body" id="UCAP-CONTENT">
{paras(c)}
{slot('in_article_end')}</div>
<div class="xxgk-tools"><a href="javascript:window.print();">[打印]</a> <a href="javascript:window.close();">[关闭]</a></div>
</div>
</div>
<div class="xxgk-foot"><div class="xxgk-w">主办单位:{E(c['site_name'])}办公室 &nbsp; 网站标识码 &nbsp; 公网安备
{slot('footer')}</div></div>
{slot('after_body')}</body>
</html>
'''


def tpl_gov_news(c, slot):
    info = []
    if c.get('date'):
        info.append('<span>日期:%s</span>' % c['date'])
    if c.get('source'):
        info.append('<span>来源:%s</span>' % E(c['source']))
    if c.get('author'):
        info.append('<span>作者:%s</span>' % E(c['author']))
    info.append('<span>字号:<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span>')
    h = ('<div class="news-tit">%s</div>\n' % E(c['title'])) if c.get('title') else ''
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{c['enc']}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(c['title']) + '-' if c.get('title') else ''}{E(c['column'])}-{E(c['site_name'])}</title>
<link rel="stylesheet" href="/images/2021/index.css">
{slot('head_end')}</head>
<body class="page-detail">
<div class="g-head"><div class="g-inner"><h1 class="g-logo">{E(c['site_name'])}</h1>
<ul class="g-menu"><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进辖区</a></li></ul></div></div>
<div class="g-inner g-loc">当前位置:<a href="/">首页</a> » <a href="./">{E(c['column'])}</a></div>
<div class="g-inner g-main">
{h}<div class="news-info">{' '.join(info)}</div>
<div class="news-txt TRS_Editor">
{paras(c)}
{slot('in_article_end')}</div>
<div class="news-share">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div>
<div class="g-foot"><div class="g-inner"><p>{E(c['site_name'])} 主办</p><p>网站纠错 | 联系我们 | 网站地图</p>
{slot('footer')}</div></div>
{slot('after_body')}</body>
</html>
'''


def tpl_lib_edu(c, slot):
    row = []
    if c.get('source'):
        row.append('来源:%s' % E(c['source']))
    if c.get('author'):
        row.append('作者:%s' % E(c['author']))
    if c.get('date'):
        row.append('发表时间:%s' % c['date'])
    h = ('<div class="ny-title">%s</div>\n' % E(c['title'])) if c.get('title') else ''
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={c['enc']}" />
<title>{E(c['title']) + '——' if c.get('title') else ''}{E(c['site_name'])}</title>
<link type="text/css" href="/dfiles/ny.css" rel="stylesheet" />
{slot('head_end')}</head>
<body>
<div id="banner"><div class="bn-in"><div class="bn-name">{E(c['site_name'])}</div><div class="bn-search"><input type="text" value="站内搜索" /></div></div></div>
<div id="navi"><a href="/">首页</a><a href="/gk/">概况</a><a href="/xw/">{E(c['column'])}</a><a href="/fw/">服务</a><a href="/zy/">资源</a></div>
<div id="ny-wrap">
<div class="ny-left"><div class="ny-lm">{E(c['column'])}</div>{slot('sidebar')}</div>
<div class="ny-right">
<div class="ny-pos">当前位置: <a href="/">首页</a> -&gt; <a href="#">{E(c['column'])}</a> -&gt; 正文</div>
{h}<div class="ny-info">{' &nbsp;&nbsp; '.join(row)}</div>
<div class="ny-con" id="vsb_content">
{paras(c)}
{slot('in_article_end')}</div>
</div>
</div>
<div id="ny-foot">Copyright &copy; {E(c['site_name'])}
{slot('footer')}</div>
{slot('after_body')}</body>
</html>
'''


def tpl_media_cms(c, slot):
    bits = []
    if c.get('date'):
        bits.append('<span class="m-time">%s</span>' % c['date'])
    if c.get('source'):
        bits.append('<span class="m-src">来源:%s</span>' % E(c['source']))
    if c.get('author'):
        bits.append('<span class="m-au">作者:%s</span>' % E(c['author']))
    h = ('<h1 class="m-title">%s</h1>\n' % E(c['title'])) if c.get('title') else ''
    return f'''<!doctype html>
<html>
<head>
<meta charset="{c['enc']}">
<meta name="renderer" content="webkit">
<title>{E(c['title']) + '_' if c.get('title') else ''}{E(c['column'])}_{E(c['site_name'])}</title>
<link href="/skin/m/css/detail.css" rel="stylesheet">
{slot('head_end')}</head>
<body>
<div class="m-top"><div class="m-wrap"><a class="m-logo" href="/">{E(c['site_name'])}</a>
<div class="m-channel"><a href="/">首页</a><a href="/news/">新闻</a><a href="/news/{E(c['column'])}/">{E(c['column'])}</a><a href="/zt/">专题</a><a href="/sp/">视频</a></div></div></div>
<div class="m-wrap m-body">
<div class="m-main">
<div class="m-path"><a href="/">首页</a> / <a href="#">{E(c['column'])}</a></div>
{h}<div class="m-bar">{''.join(bits)}</div>
<div class="m-article" id="article">
{paras(c)}
{slot('in_article_end')}</div>
<div class="m-next">上一篇 / 下一篇</div>
</div>
<div class="m-side"><div class="m-box"><h3>热门推荐</h3><ul><li>&nbsp;</li></ul></div>{slot('sidebar')}</div>
</div>
<div class="m-foot"><div class="m-wrap">{E(c['site_name'])} 版权所有 &nbsp; 违法和不良信息举报
{slot('footer')}</div></div>
{slot('after_body')}</body>
</html>
'''


def tpl_asp_doc(c, slot):
    return f'''<html>
<head>
<title>{E(c['site_name'])}--{E(c['column'])}</title>
<meta http-equiv="Content-Type" content="text/html; charset={c['enc']}">
<link rel="stylesheet" href="../../css/main.css" type="text/css">
{slot('head_end')}</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="../../images/top.jpg" width="900" height="110"></td></tr>
<tr><td class="dh" height="30">&nbsp;<a href="../../">首页</a> | <a href="../../DocHtml/1/">{E(c['column'])}</a> | <a href="../../DocHtml/2/">通知公告</a> | <a href="../../DocHtml/3/">教学研究</a></td></tr></table>
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center" class="k">
<tr><td width="200" valign="top" class="zb">{slot('sidebar')}<div class="zbt">{E(c['column'])}</div></td>
<td valign="top"><table width="96%" border="0" cellspacing="0" cellpadding="4" align="center">
<tr><td class="wz">您的位置:<a href="../../">{E(c['site_name'])}</a> &gt;&gt; {E(c['column'])}</td></tr>
<tr><td class="nr" style="line-height:180%">
{paras(c)}
{slot('in_article_end')}</td></tr>
<tr><td align="center"><a href="javascript:window.close()">【关闭本页】</a></td></tr></table></td></tr></table>
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td class="db" align="center">{E(c['site_name'])} 版权所有
{slot('footer')}</td></tr></table>
{slot('after_body')}</body>
</html>
'''


def tpl_epaper_founder(c, slot):
    h = ('<h2 class="art-h">%s</h2>\n' % E(c['title'])) if c.get('title') else ''
    sub = ('<h4 class="art-sub">%s</h4>\n' % E(c['subtitle'])) if c.get('subtitle') else ''
    dt = ('<div class="art-date">刊发日期:%s</div>\n' % c['date']) if c.get('date') else ''
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={c['enc']}">
<title>{E(c['site_name'])}-{E(c['column'])}</title>
<link href="../../../../css/layout.css" rel="stylesheet" type="text/css">
{slot('head_end')}</head>
<body>
<div id="paperhead"><span class="pname">{E(c['site_name'])}</span><span class="pnav"><a href="../../../../index.html">首页</a> <a href="#">版面导航</a> <a href="#">标题导航</a> <a href="#">往期回顾</a></span></div>
<div id="paperbody">
<div class="pleft"><div class="bmname">{E(c['column'])}</div><div class="bmimg"><img src="../../../../images/bm.jpg" usemap="#PagePicMap"></div>{slot('sidebar')}</div>
<div class="pright">
<founder-title>{h}</founder-title>{sub}{dt}<div class="art-content" id="ozoom">
<founder-content>
{paras(c)}
</founder-content>
{slot('in_article_end')}</div>
</div>
</div>
<div id="paperfoot">{E(c['site_name'])} 版权所有 未经书面授权 不得复制或建立镜像
{slot('footer')}</div>
{slot('after_body')}</body>
</html>
'''


TPL = dict(gov_xxgk=tpl_gov_xxgk, gov_news=tpl_gov_news, lib_edu=tpl_lib_edu, media_cms=tpl_media_cms,
           asp_doc=tpl_asp_doc, epaper=tpl_epaper_founder)

ORIGIN_CODE = {
    'codes_iframe_cookie_datauri_a.html': 'the "<!--codes_iframe-->" injection as stored in WordPress post bodies committed to public repositories (code corpus index ids 32103112940, 19315810339): getCookie("redirect") gate, then document.write of a <script> whose src is a data: URI that document.writes a remote script from a numeric-IP host; verbatim from <!--codes_iframe--> to <!--/codes_iframe-->',
    'codes_iframe_cookie_datauri_p.html': 'the same "<!--codes_iframe-->" injection, variant with another numeric-IP host, as quoted (inside its <p>) in a web-security case note committed to a public repository (code corpus index id 40060084517, "web security 案例": a WordPress post injected with it)',
    'snt2014_phanmemvuonxa.html': 'an injected "jquery.min.php" SEO-spam loader (c_utt=snt2014) found in a WordPress theme header.php committed to a public repository (code corpus index id 43972729659): for a visitor with a referrer it document.writes a remote <script> carrying the page title and referrer',
    'snt2014_oneteamus.html': 'the same "jquery.min.php" loader with another host, injected before </head> of a Joomla template file committed to a public repository (code corpus index id 13932092929)',
    'snt2014_adultwebmaster.html': 'the same "jquery.min.php" loader with another host, injected before </head> of a Joomla template committed to a public repository (code corpus index id 12973568808)',
    'cfgoid_cookie_jqueryminphp.html': 'a cookie-gated ("__cfgoid") variant of the "jquery.min.php" loader injected before </head> of a WordPress theme header committed to a public repository (code corpus index id 47583004279): on a first visit it document.writes a remote <script> carrying the host, url, keywords and referrer',
    'xor2_unescape_docwrite.html': 'an XOR-2 + unescape encoded loader between "<!-- ###: -->" markers injected after wp_head() in a WordPress theme header committed to a public repository (code corpus index id 43972729659, the same file as the snt2014 loader): it document.writes a script that, for a visitor with a referrer, writes a remote <script> on a random subdomain',
    'trackmyposs_charcode_eval.js': 'the "/*trackmyposs*/eval(String.fromCharCode(...))" injection (a 2022 campaign against JavaScript files with jquery in their name) prepended to a jQuery plugin file committed to public repositories (code corpus index ids 37326456579, 37111701802): unless a script with id "trackmyposs" exists it inserts a remote script; the prepended string is wrapped here in one <script> element',
    'fake_google_ad_tag.html': 'a remote <script> tag dressed as a Google ad (google_ad_format parameters) injected into all .asp pages of a site, quoted in a 52pojie virus-sample thread mirrored in a public repository (code corpus index id 69307583926; thread https://www.52pojie.cn/thread-20874-1-1.html); the markdown link wrapping of the capture is undone',
    'own_bdshare.js': 'Baidu Share (bdshare) embed code as used in a site file committed to a public repository (code corpus index id 32304123457): inserts share.js from bdimg.share.baidu.com with a cache-busting ~(-new Date()/36e5) expression; wrapped here in one <script> element',
    'own_clarity.js': 'the Microsoft Clarity tag as placed in a site layout committed to a public repository (code corpus index id 29056076256); wrapped here in one <script> element',
    'own_tawk.html': 'the Tawk.to live-chat embed as placed in a site page committed to a public repository (code corpus index id 33176264265)',
    'own_otto_datauri.html': 'the SearchAtlas OTTO optimisation pixel (a <script> whose src is a data: URI that inserts the vendor script) as kept in a site proxy committed to a public repository (code corpus index id 58552123801)',
    'own_adsense.html': 'the Google AdSense loader tag as placed in a site page committed to a public repository (code corpus index id 1924413)',
}

PLACE = dict(head_end='the end of <head>', after_body='the end of <body>, after the footer', footer='the site footer',
             in_article_end='the end of the article body', sidebar='the sidebar')

ACTS = {
    'codes-iframe-cookie-datauri': 'for a visitor without its "redirect" cookie, sets the cookie and document.writes a data: URI script that writes a remote script from a numeric-IP host',
    'jquery-min-php-seo-loader': 'document.writes a remote "jquery.min.php" script carrying the page title/keywords and referrer (the snt2014 variants only for a visitor with a referrer, the __cfgoid variant on a first visit)',
    'xor-unescape-docwrite-loader': 'decodes and document.writes a script that, for a visitor with a referrer, writes a remote script',
    'trackmyposs-charcode-eval': 'evaluates a char-code string that inserts a remote script before itself',
    'fake-google-ad-script-tag': 'loads a remote script from a non-Google host dressed as an ad tag',
}


def build_case(c):
    slots = {}
    for (where, kind, name) in c['inj']:
        slots.setdefault(where, []).append(snippet(kind, name))

    def slot(where):
        v = slots.get(where)
        return ('\n'.join(v) + '\n') if v else ''
    return TPL[c['tpl']](c, slot)


def truth_row(c):
    hij = bool(c.get('family'))
    host = urllib.parse.urlparse(c['url']).hostname
    codes = [n for (_, _, n) in c['inj']]
    places = [PLACE[w] for (w, _, _) in c['inj']]
    shell = ('only text was captured: the %s shell is the keeper\'s reconstruction; fields not captured are null' % c['tpl'])
    if hij:
        origin = ('real injected code in a rebuilt real page: %s; placed by the keeper at %s (placement and pairing with this '
                  'article are the keeper\'s; the injection acts on load: it %s). Article text: verbatim pages-corpus capture '
                  'of %s (%s)') % ('; '.join(ORIGIN_CODE[n] for n in codes), ', '.join(places), ACTS[c['family']], c['url'], shell)
    else:
        origin = ('clean real page with look-alike but legitimate vendor code: %s; placed by the keeper at %s (it reaches only '
                  'the vendor\'s own host). Article text: verbatim pages-corpus capture of %s (%s)') % (
            '; '.join(ORIGIN_CODE[n] for n in codes), ', '.join(places), c['url'], shell)
    if c.get('note'):
        origin += '. ' + c['note']
    return dict(id=c['id'], url=c['url'], title=c.get('title'), date=c.get('date'), source=c.get('source'),
                author=c.get('author'), text='\n'.join(c['paras']), hijacked=hij, injections=list(c.get('forms') or []),
                spam_strings=[], legit=False, lang='zh', origin=origin,
                kind='real-injection-in-real-page' if hij else 'real-page', site=host, capture='text+code',
                encoding=c['enc'], template=c['tpl'], family=c.get('family'))


# removed on 2026-12-07 when v43 became dev (ids keep their numbers): rc44b-011, rc44b-012 and rc44b-016 carry the
# trackmyposs char-code loader, whose injected code shares a run of 120+ characters with a dev/real-cases-v43b page and
# whose injected host is one of that split (validate_v44b.py); src/trackmyposs_charcode_eval.js, used by no other
# page, is deleted
REMOVED = {'rc44b-011', 'rc44b-012', 'rc44b-016'}


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
