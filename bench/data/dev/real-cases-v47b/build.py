#!/usr/bin/env python3
"""Build real-cases-v47b: html/<id>.html + truth.jsonl from cases.py + src/ (deterministic, no randomness).

Usage: python3 build.py            (writes html/ and truth.jsonl next to this file)
       python3 build.py --check    (rebuilds in memory and reports whether the files on disk are identical)
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

# removed on 2026-12-07 when v46 became dev (ids keep their numbers): rc47b-015 (hijacked; its url, and so its host, is
# that of a page of dev/real-cases-v46b; its src/ file also serves rc47b-005 and stays) and rc47b-018 (clean, look-alike
# vendor code; its host's registrable domain is that of a page of dev/real-cases-v46b; its src/ file, used by no other
# page, was deleted)
# removed on 2026-12-07 by the tool library's rule (what `fetch` brings is kept out of commits; its code never
# committed): the pages whose src/ file was a whole file of a fetched repository (geeksonsecurity/js-malicious-dataset:
# promarket_1x1_iframe.js (rc47b-003, -009), crimepack_iframe_sample9018/9036/9865.js (rc47b-004, -010, -014),
# rig_start_padded_flash_loader.js (rc47b-007); gwillem/magento-malware-scanner: magemarts_encrypt_skimmer.js
# (rc47b-006, -012)); the six src/ files were deleted
REMOVED = {'rc47b-015', 'rc47b-018',
           'rc47b-003', 'rc47b-004', 'rc47b-006', 'rc47b-007', 'rc47b-009', 'rc47b-010', 'rc47b-012', 'rc47b-014'}
CASES = [c for c in CASES if c['id'] not in REMOVED]

INJ_FORMS = {
    'adsformarket_prepended_loader.js': ['charcode-url', 'createelement-script', 'currentscript-insertbefore', 'prepended-to-site-js'],
    'coinhive_embed.html': ['remote-script-tag', 'cryptominer-start'],
    'gnugpl_tinymce_onload_loader.js': ['gnu-gpl-comment-marker', 'symbol-stripping-replace', 'onload-createelement-script', 'appended-to-site-js'],
    'gnugpl_52pojie_onload_loader.html': ['gnu-gpl-comment-marker', 'symbol-stripping-replace', 'onload-createelement-script'],
}

WHAT_IT_DOES = {
    'adsformarket_prepended_loader.js': 'builds a url with String.fromCharCode and inserts a remote <script> (snippet.adsformarket.com/same.js) before the running script on every view',
    'coinhive_embed.html': 'loads coinhive.min.js and starts a CoinHive.Anonymous miner for non-mobile visitors (the remote library loads on every view)',
    'gnugpl_tinymce_onload_loader.js': 'on window.onload strips junk symbols out of its strings and appends a deferred remote <script> (a chain of lookalike hosts on port 8080) to the body',
    'gnugpl_52pojie_onload_loader.html': 'on window.onload strips junk symbols out of its strings and appends a deferred remote <script> (a chain of lookalike hosts on port 8080) to the body',
}

SRC_NOTE = {
    'adsformarket_prepended_loader.js': 'code corpus index id 44830406865 (an infected SyntaxHighlighter shAutoloader.js committed to a public repository; the injected prefix, before the library code, verbatim)',
    'coinhive_embed.html': 'issues corpus, github keraf/NoCoin issue #90 (comment of 2017-11-09 quoting the miner markup found on a site; the view-source table pipes of the quote removed; the thread does not say whether the site owner or an intruder put it there, on these public-body pages it is foreign code)',
    'gnugpl_tinymce_onload_loader.js': 'code corpus index id 42591083233 (an infected TinyMCE plugin file committed to a public repository with the injection appended; the appended /*GNU GPL*/ tail verbatim; the same tail is in ids 42743571077, 42864137311, 42883961787, 42713055301)',
    'gnugpl_52pojie_onload_loader.html': 'code corpus index id 69215278916 (a public mirror of 52pojie thread 36347, 2009-12-29, quoting a sample found on a hijacked page; the markdown escapes of the comment asterisks undone)',
    'own_matomo_tracking.html': 'docs corpus, https://pastebin.com/rimvrCnR (a site\'s Matomo snippet; the list markers of the paste view removed)',
    'own_piwik_noscript.html': 'docs corpus, https://pastebin.com/cuSvcnAK (a site\'s Piwik snippet with its noscript pixel; the list markers of the paste view removed)',
    'own_crisp_chatbox.html': 'docs corpus, github codelitdev/medialit issue #111 (the Crisp chatbox embed code quoted there)',
    'own_hotjar_tracking.html': 'code corpus index id 26680859954 (a documentation page carrying its Hotjar tracking code)',
    'own_godaddy_host_monitor.html': 'issues corpus, github silexlabs/Silex issue #566 (the hosting provider monitoring tag that reappeared in a site\'s pages)',
}
CLEAN_WHAT = {
    'own_matomo_tracking.html': 'a Matomo analytics loader (_paq queue, createElement script from the site\'s own analytics host)',
    'own_piwik_noscript.html': 'a Piwik analytics loader with its noscript 1x1 tracking image',
    'own_crisp_chatbox.html': 'a Crisp live-chat widget loader (window.$crisp, createElement script from client.crisp.chat)',
    'own_hotjar_tracking.html': 'a Hotjar loader ((h,o,t,j,a,r) closure inserting a script from static.hotjar.com)',
    'own_godaddy_host_monitor.html': 'a web host\'s monitoring <script src> tag (GoDaddy gomez monitor) that the host adds to hosted pages',
}


def esc(s):
    return H.escape(s, quote=False)


def code_html(name):
    p = os.path.join(HERE, 'src', name)
    with open(p, encoding='utf-8') as f:
        c = f.read()
    if name.endswith('.js'):
        return '<script type="text/javascript">\n' + c.rstrip('\n') + '\n</script>'
    return c.rstrip('\n')


def site_label(c):
    return c['site_name']


# ---------------------------------------------------------------- templates

def head(c, inj_head):
    t = (c['title'] + ' - ' + site_label(c)) if c['title'] else (c['column'] + ' - ' + site_label(c))
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<title>' + esc(t) + '</title>',
           '<link rel="stylesheet" href="/static/css/site.css">']
    if inj_head:
        out.append(inj_head)
    out.append('</head>')
    return out


def article_body(c):
    return ['<p>' + esc(p) + '</p>' for p in c['paras']]


def extras(c, cls):
    return ['<p class="' + cls + '">' + esc(x) + '</p>' for x in c.get('extra', [])]


def render(c):
    inj = code_html(c['code'])
    pl = c['placement']
    inj_head = inj if pl == 'head_end' else None
    T = c['template']
    o = head(c, inj_head)
    if T == 'civic_portal':
        o += ['<body class="portal">', '<div class="top-bar"><span>' + esc(c['site_name']) + '</span>'
              + (('<em>' + esc(c['site_sub']) + '</em>') if c.get('site_sub') else '') + '</div>',
              '<ul class="menu"><li><a href="/">首页</a></li><li><a href="/list/1.html">工作动态</a></li><li><a href="/list/2.html">' + esc(c['column']) + '</a></li><li><a href="/list/3.html">通知公告</a></li></ul>',
              '<div class="wrap"><div class="crumbs">您的位置:<a href="/">首页</a> &gt; ' + esc(c['column']) + '</div>',
              '<div class="detail">']
        if c['title']:
            o.append('<h2 class="detail-title">' + esc(c['title']) + '</h2>')
        info = []
        if c['source']:
            info.append('来源:' + esc(c['source']))
        if c['date_shown']:
            info.append('发布时间:' + esc(c['date_shown']))
        if info:
            o.append('<div class="detail-info">' + '&nbsp;&nbsp;&nbsp;'.join(info) + '</div>')
        o.append('<div class="detail-text">')
        o += article_body(c)
        o += extras(c, 'credit')
        o.append('</div>')
        if pl == 'after_content':
            o.append(inj)
        o += ['</div></div>', '<div class="foot"><p>' + esc(c['site_name']) + ' 版权所有</p>']
        if pl == 'footer':
            o.append(inj)
        o.append('</div>')
    elif T == 'county_column':
        o += ['<body>', '<div id="header"><div class="logo">' + esc(c['site_name']) + '</div></div>',
              '<div id="nav"><a href="/">网站首页</a> | <a href="/xw/">新闻中心</a> | <a href="/zw/">政务公开</a> | <a href="/fw/">办事服务</a> | <a href="/hd/">互动交流</a></div>',
              '<div id="main"><div class="position">当前位置:首页 &raquo; ' + esc(c['column']) + '</div>',
              '<div class="article">']
        if c['title']:
            o.append('<h1>' + esc(c['title']) + '</h1>')
        info = []
        if c['date_shown']:
            info.append('发布时间:' + esc(c['date_shown']))
        if c['source']:
            info.append('来源:' + esc(c['source']))
        info.append('浏览次数:')
        o.append('<div class="info">' + '&nbsp;&nbsp;&nbsp;&nbsp;'.join(info) + '&nbsp;&nbsp;&nbsp;&nbsp;字号:[ 大 中 小 ]</div>')
        o.append('<div class="content">')
        o += article_body(c)
        o.append('</div>')
        o += extras(c, 'note')
        if pl == 'after_content':
            o.append(inj)
        o += ['<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>',
              '</div></div>', '<div id="footer">主办:' + esc(c['site_name'])]
        if pl == 'footer':
            o.append(inj)
        o.append('</div>')
    elif T == 'epaper_page':
        o += ['<body class="paper">', '<table class="paper-top" width="100%"><tr><td class="paper-name">' + esc(c['site_name']) + '</td>'
              '<td class="paper-date">' + (esc(c['date_shown']) if c['date_shown'] else '') + '</td></tr></table>',
              '<div class="paper-wrap"><div class="page-list"><a href="#">上一版</a> <a href="#">下一版</a> <span>' + esc(c['column']) + '</span></div>',
              '<div class="paper-article">']
        if c['title']:
            o.append('<h3 class="art-title">' + esc(c['title']) + '</h3>')
        o.append('<div class="art-body">')
        o += article_body(c)
        o += extras(c, 'byline')
        o.append('</div></div>')
        if pl == 'after_content':
            o.append(inj)
        o.append('</div>')
        o.append('<div class="paper-foot">' + esc(c['site_name']) + ' 电子版')
        if pl == 'footer':
            o.append(inj)
        o.append('</div>')
    elif T == 'campus_news':
        o += ['<body class="news">', '<header class="site-head"><div class="school">' + esc(c['site_name']) + '</div>'
              '<nav><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/tzgg/">通知公告</a><a href="/xsdt/">学术动态</a></nav></header>',
              '<main class="news-main"><div class="loc">首页 / ' + esc(c['column']) + '</div>', '<article class="news-art">']
        if c['title']:
            o.append('<h1 class="arti-title">' + esc(c['title']) + '</h1>')
        meta = []
        if c['date_shown']:
            meta.append('<span>发布日期:' + esc(c['date_shown']) + '</span>')
        if c['source']:
            meta.append('<span>来源:' + esc(c['source']) + '</span>')
        if c['author']:
            meta.append('<span>作者:' + esc(c['author']) + '</span>')
        if meta:
            o.append('<p class="arti-metas">' + ' '.join(meta) + '</p>')
        o.append('<div class="wp_articlecontent">')
        o += article_body(c)
        o.append('</div>')
        o += extras(c, 'arti-credit')
        o.append('</article>')
        if pl == 'after_content':
            o.append(inj)
        o.append('</main>')
        o.append('<footer class="site-foot">Copyright &copy; ' + esc(c['site_name']))
        if pl == 'footer':
            o.append(inj)
        o.append('</footer>')
    elif T == 'xxgk_sheet':
        o += ['<body>', '<div class="gk-head">' + esc(c['site_name']) + '</div>', '<div class="gk-body">',
              '<table class="gk-meta" border="1" cellspacing="0" cellpadding="4">']
        rows = c.get('meta_rows', [])
        for i in range(0, len(rows), 2):
            cells = ''.join('<th>' + esc(k) + '</th><td>' + esc(v) + '</td>' for k, v in rows[i:i + 2])
            o.append('<tr>' + cells + '</tr>')
        o.append('</table>')
        if c['title']:
            o.append('<h1 class="gk-title">' + esc(c['title']) + '</h1>')
        o.append('<div class="gk-text">')
        o += article_body(c)
        o.append('</div>')
        if pl == 'after_content':
            o.append(inj)
        o.append('</div>')
        o.append('<div class="gk-foot">')
        o += extras(c, 'gk-foot-line')
        if pl == 'footer':
            o.append(inj)
        o.append('</div>')
    elif T == 'court_notice':
        o += ['<body>', '<div class="court-top"><img src="/images/logo.png" alt=""><span>' + esc(c['site_name']) + '</span></div>',
              '<div class="court-menu"><a href="/">首页</a><a href="/fyxw/">法院新闻</a><a href="/sfgk/">司法公开</a><a href="/ssfw/">诉讼服务</a></div>',
              '<div class="court-box"><div class="court-path">' + esc(c['column']) + '</div>']
        if c['title']:
            o.append('<div class="court-title">' + esc(c['title']) + '</div>')
        if c['date_shown'] or c['source']:
            bits = []
            if c['date_shown']:
                bits.append('发布时间:' + esc(c['date_shown']))
            if c['source']:
                bits.append('来源:' + esc(c['source']))
            o.append('<div class="court-sub">' + ' '.join(bits) + '</div>')
        o.append('<div class="court-text">')
        o += article_body(c)
        o.append('</div>')
        o += extras(c, 'court-note')
        if pl == 'after_content':
            o.append(inj)
        o.append('</div>')
        o.append('<div class="court-foot">' + esc(c['site_name']))
        if pl == 'footer':
            o.append(inj)
        o.append('</div>')
    else:
        raise SystemExit('unknown template ' + T)
    if pl == 'body_end':
        o.append(inj)
    o += ['</body>', '</html>', '']
    return '\n'.join(o)


def truth(c):
    name = c['code']
    if c['hijacked']:
        what = WHAT_IT_DOES[name]
        origin = ('hijacked: real injected code placed in a page rebuilt around a real article. Article text: pages corpus capture of '
                  + c['url'] + ' (verbatim captured paragraphs; only text was captured, the shell is the keeper\'s). Code: src/' + name
                  + ' (' + SRC_NOTE[name] + '), placed by the keeper (' + c['placement'] + '). What it does in a browser: ' + what + '.')
        kind = 'real-injection-in-rebuilt-page'
        inj = INJ_FORMS[name]
    else:
        origin = ('not hijacked (clean, real look-alike vendor code): the page carries ' + CLEAN_WHAT[name] + ', copied from '
                  + SRC_NOTE[name] + ' and placed by the keeper (' + c['placement'] + '). Article text: pages corpus capture of '
                  + c['url'] + ' (verbatim captured paragraphs; only text was captured, the shell is the keeper\'s).')
        kind = 'rebuilt-from-text-with-vendor-code'
        inj = []
    if c.get('note'):
        origin += ' Note: ' + c['note'] + '.'
    from urllib.parse import urlparse
    return {
        'id': c['id'], 'url': c['url'], 'title': c['title'], 'date': c['date'], 'source': c['source'], 'author': c['author'],
        'text': '\n'.join(c['paras']), 'hijacked': c['hijacked'], 'injections': inj, 'spam_strings': [], 'legit': False,
        'lang': 'zh', 'origin': origin, 'kind': kind, 'site': urlparse(c['url']).hostname, 'capture': 'text+code',
        'encoding': 'utf-8', 'template': c['template'], 'code_file': 'src/' + name, 'placement': c['placement'],
    }


def build():
    files = {}
    lines = []
    for c in CASES:
        files[os.path.join('html', c['id'] + '.html')] = render(c).encode('utf-8')
        lines.append(json.dumps(truth(c), ensure_ascii=False))
    files['truth.jsonl'] = ('\n'.join(lines) + '\n').encode('utf-8')
    return files


def main():
    files = build()
    if '--check' in sys.argv:
        bad = [p for p, b in files.items() if not os.path.exists(os.path.join(HERE, p)) or open(os.path.join(HERE, p), 'rb').read() != b]
        print('build identical' if not bad else 'DIFFERS: ' + ', '.join(sorted(bad)))
        sys.exit(1 if bad else 0)
    os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
    for p, b in files.items():
        with open(os.path.join(HERE, p), 'wb') as f:
            f.write(b)
    print('wrote', len(files) - 1, 'pages + truth.jsonl')


if __name__ == '__main__':
    main()
