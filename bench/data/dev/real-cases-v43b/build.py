#!/usr/bin/env python3
"""Deterministic builder of real-cases-v43b: wraps captured article texts (cases.py) in rebuilt CMS shells and places
the captured injected / look-alike code of src/ verbatim (a .js file is wrapped in one <script type="text/javascript">
element; .html/.txt files are inserted as they are). Writes html/<id>.html and truth.jsonl. No randomness, no clock."""
import json, os, html as H, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES

def code_block(name):
    raw = open(os.path.join(HERE, 'src', name), encoding='utf-8').read()
    if name.endswith('.js'):
        return '<script type="text/javascript">' + raw.rstrip('\n') + '</script>'
    return raw.rstrip('\n')

def meta_line(c):
    bits = []
    if c.get('date'): bits.append('发布时间:%s' % c['date'])
    if c.get('source'): bits.append('来源:%s' % H.escape(c['source']))
    if c.get('author'): bits.append('作者:%s' % H.escape(c['author']))
    return bits

def article_html(c):
    out = []
    for l in c.get('extra_before', []):
        out.append('<p class="byline-top">%s</p>' % H.escape(l))
    for p in c['paras']:
        out.append('<p>%s</p>' % H.escape(p))
    return '\n'.join(out)

def after_html(c):
    return '\n'.join('<p class="note">%s</p>' % H.escape(l) for l in c.get('extra_after', []))

NAV = {'county_portal': ['首页', '政务公开', '政务服务', '互动交流', '走进本县'],
       'xxgk_table': ['首页', '信息公开', '新闻中心', '便民服务'],
       'campus_news': ['首页', '学校要闻', '综合新闻', '校园文化', '媒体关注'],
       'epaper': ['上一版', '下一版', '往期回顾', '版面导航'],
       'news_portal': ['首页', '新闻', '本地', '民生', '专题'],
       'forum_print': []}

def shell(c, code):
    lay = c['layout']; place = c['place']; enc = c['encoding']
    charset = {'utf-8': 'utf-8', 'gbk': 'gbk', 'gb18030': 'gb18030'}[enc]
    title_txt = c['title'] or c['site_name']
    head_extra = code if place == 'head' else ''
    body_start = code if place == 'body_start' else ''
    art_end = code if place == 'article_end' else ''
    art_after = code if place == 'article_after' else ''
    body_end = code if place == 'before_body_end' else ''
    tail = code if place == 'after_html' else ''
    nav = ''.join('<li><a href="#">%s</a></li>' % n for n in NAV[lay])
    h1 = '<h1 class="art-title">%s</h1>' % H.escape(c['title']) if c['title'] else ''
    sub = '<h2 class="art-sub">%s</h2>' % H.escape(c['subtitle']) if c.get('subtitle') else ''
    meta = meta_line(c)
    if lay == 'xxgk_table':
        rows = ''.join('<tr><th>%s</th><td>%s</td></tr>' % tuple(m.split(':', 1)) for m in meta) or '<tr><th>公开方式</th><td>主动公开</td></tr>'
        metablock = '<table class="xxgk-meta">%s</table>' % rows
    elif lay == 'epaper':
        metablock = '<div class="paper-info">%s</div>' % ' '.join(meta) if meta else ''
    else:
        metablock = '<div class="info">%s</div>' % '&nbsp;&nbsp;'.join(meta) if meta else ''
    if lay == 'forum_print':
        body = ('<div class="printable"><b>%s</b><br>\n%s\n%s\n</div>' % (H.escape(c['site_name']), article_html(c), after_html(c)))
    else:
        body = ('<div class="header"><div class="site-name">%s</div><ul class="nav">%s</ul></div>\n'
                '<div class="main"><div class="crumb">当前位置:首页 &gt; 正文</div>\n'
                '<div class="article">%s%s%s\n<div class="content" id="zoom">\n%s\n%s</div>\n%s</div>\n%s\n</div>\n'
                '<div class="footer">版权所有:%s</div>') % (
                    H.escape(c['site_name']), nav, h1, sub, metablock, article_html(c), art_end, after_html(c), art_after,
                    H.escape(c['site_name']))
    doc = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="%s">\n<title>%s</title>\n'
           '<link rel="stylesheet" href="/css/style.css">\n%s\n</head>\n<body>\n%s\n%s\n%s\n</body>\n</html>\n%s') % (
               charset, H.escape(title_txt), head_extra, body_start, body, body_end, tail)
    return doc

def truth(c):
    text = '\n'.join(c['paras'])
    hij = c['hijacked']
    origin = ('%s. Article text: pages corpus capture of %s (verbatim; %s). Code: %s; placed by the keeper %s. '
              'What it does in a browser: %s.') % (
        'hijacked: real injected code placed in a page rebuilt around a real article' if hij else
        'not hijacked: clean page carrying a real vendor look-alike script',
        c['url'], 'headline not captured, null' if not c['title'] else 'headline as captured',
        c['origin_code'], {'head': 'inside <head>', 'body_start': 'right after <body>', 'article_end': 'at the end of the article body',
                            'article_after': 'after the article block', 'before_body_end': 'just before </body>',
                            'after_html': 'after the closing </html>'}[c['place']], c['acts'])
    extra = c.get('extra_before', []) + c.get('extra_after', [])
    if extra:
        origin += ' Captured lines shown on the page but not article text: %s.' % ' / '.join(extra)
    if c.get('note'):
        origin += ' Note: %s.' % c['note']
    host = c['url'].split('/')[2]
    return dict(id=c['id'], url=c['url'], title=c['title'], date=c['date'], source=c['source'], author=c['author'],
                text=text, hijacked=hij, injections=c['injections'], spam_strings=[], legit=False, lang='zh',
                origin=origin, kind='real-injection-in-rebuilt-page' if hij else 'rebuilt-from-text', site=host,
                capture='text+code', encoding=c['encoding'], template=c['layout'], code_file='src/' + c['code'])

# removed on 2026-12-07 when v42 became dev (ids keep their numbers): rc43b-002 and rc43b-016 have the url (and so the
# host) of a page in dev/real-cases-v42b; rc43b-012 and rc43b-013 carry injected code sharing a run of 120+ characters
# with a dev/real-cases-v42b page (validate_v43b.py). Their src/ files, used by no other page, are deleted.
REMOVED = {'rc43b-002', 'rc43b-012', 'rc43b-013', 'rc43b-016'}
# removed on 2026-12-07 by the tool library's rule (what the `fetch` tool brings is kept out of commits; its code is
# never committed): these pages carried code taken from a fetched repository (SOURCES.md); their src/ files, used by
# no other page, were deleted
REMOVED |= {'rc43b-001', 'rc43b-003', 'rc43b-004', 'rc43b-005', 'rc43b-006', 'rc43b-007', 'rc43b-008', 'rc43b-010', 'rc43b-015'}

def main():
    os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
    lines = []
    for c in CASES:
        if c['id'] in REMOVED:
            continue
        doc = shell(c, code_block(c['code']))
        with open(os.path.join(HERE, 'html', c['id'] + '.html'), 'wb') as f:
            f.write(doc.encode(c['encoding']))
        lines.append(json.dumps(truth(c), ensure_ascii=False))
    with open(os.path.join(HERE, 'truth.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print(len(lines), 'pages')

if __name__ == '__main__':
    main()
