#!/usr/bin/env python3
"""Build real-cases-v45b: html/<id>.html and truth.jsonl from cases.py and src/.
Deterministic (no time, no randomness): re-running gives byte-identical files.
A src/*.js file is wrapped in one <script type="text/javascript"> element; a src/*.html file
is inserted as it is. Nothing in the captured code is changed."""
import html as H
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
import sys
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

# removed on 2026-12-07 when v44 became dev (ids keep their numbers): rc45b-002 (hijacked; its host is that of a page of
# dev/real-cases-v44b), rc45b-018 (clean; its url, and so its host, is that of a page of dev/real-cases-v44b) and
# rc45b-015 (hijacked; registrable domain of pages of dev-* extraction sets); their src/ files, used by no other page,
# were deleted
REMOVED = {'rc45b-002', 'rc45b-015', 'rc45b-018'}
# removed on 2026-12-07 by the tool library's rule (what the `fetch` tool brings is kept out of commits; its code is
# never committed): these pages carried code taken from a fetched repository (SOURCES.md); their src/ files, used by
# no other page, were deleted
REMOVED |= {'rc45b-005', 'rc45b-006', 'rc45b-009', 'rc45b-010', 'rc45b-012', 'rc45b-013', 'rc45b-014'}
CASES = [c for c in CASES if c['id'] not in REMOVED]


def code_block(name):
    with open(os.path.join(HERE, 'src', name), encoding='utf-8') as f:
        s = f.read()
    if name.endswith('.js'):
        return '<script type="text/javascript">\n' + s.rstrip('\n') + '\n</script>'
    return s.rstrip('\n')


def esc(s):
    return H.escape(s, quote=False)


def byline(c, style):
    parts = []
    d = c.get('date_shown') or c.get('date')
    if d:
        parts.append(('发布时间', d))
    src = c.get('source_shown') or c.get('source')
    if src and not c.get('credit_line'):
        parts.append(('来源', src))
    if c.get('author') and not c.get('author_line') and not c.get('credit_line'):
        parts.append(('作者', c['author']))
    if not parts:
        return ''
    if style == 'table':
        return ''
    if style == 'spans':
        return '<div class="info">' + ''.join('<span>%s:%s</span>' % (k, esc(v)) for k, v in parts) + '</div>'
    return '<p class="byline">' + '&nbsp;&nbsp;'.join('%s:%s' % (k, esc(v)) for k, v in parts) + '</p>'


def article_html(c, code, style):
    title = c.get('title')
    out = []
    if title:
        h1 = esc(title)
        if c['place'] == 'after_title':
            h1 += code
        out.append('<h1 class="title">%s</h1>' % h1)
        if c.get('subtitle'):
            out.append('<h2 class="subtitle">%s</h2>' % esc(c['subtitle']))
    bl = byline(c, style)
    if bl:
        out.append(bl)
    body = ['<p>%s</p>' % esc(p) for p in c['paras']]
    if c.get('credit_line'):
        body.append('<p class="credit">%s</p>' % esc(c['credit_line']))
    if c.get('author_line'):
        body.append('<p class="author" style="text-align:right">%s</p>' % esc(c['author_line']))
    if c['place'] == 'in_content_end':
        body.append(code)
    out.append('<div class="article-content" id="zoom">\n' + '\n'.join(body) + '\n</div>')
    if c['credits']:
        out.append('<div class="editor">' + ' '.join(esc(x) for x in c['credits']) + '</div>')
    if c['place'] == 'after_content':
        out.append(code)
    return '\n'.join(out)


def meta_table(c):
    rows = [('索引号', '—'), ('发布机构', c['site_name']), ('发布日期', c.get('date') or ''), ('信息来源', c.get('source') or '')]
    return ('<table class="xxgk-meta">' + ''.join('<tr><th>%s</th><td>%s</td></tr>' % (k, esc(v)) for k, v in rows) + '</table>')


NAV = {
    'county_portal': ['首页', '政务公开', '政务服务', '互动交流', '走进本地'],
    'school_news': ['首页', '学校概况', '新闻动态', '教学科研', '党建工作'],
    'media_portal': ['首页', '本地新闻', '时政', '社会', '专题'],
    'xxgk_table': ['首页', '信息公开指南', '信息公开目录', '依申请公开', '信息公开年报'],
    'plain_cms': ['首页', '新闻资讯', '活动预告', '服务指南', '联系我们'],
}
CSS = {
    'county_portal': 'body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun;background:#f2f4f7}.top{background:#b71c1c;color:#fff;padding:18px 40px;font-size:26px}.nav{background:#8e1212}.nav a{color:#fff;display:inline-block;padding:8px 22px;text-decoration:none}.wrap{width:1000px;margin:12px auto;background:#fff;padding:24px 40px}.title{text-align:center;font-size:22px}.byline{text-align:center;color:#777;border-bottom:1px dashed #ccc}.foot{text-align:center;color:#666;padding:20px;font-size:12px}',
    'school_news': 'body{margin:0;font:15px/1.9 "PingFang SC","Microsoft YaHei";background:#fff}.top{background:#0b4f8a;color:#fff;padding:22px 60px;font-size:24px}.nav{border-bottom:3px solid #0b4f8a}.nav a{display:inline-block;padding:10px 18px;color:#0b4f8a;text-decoration:none}.wrap{width:960px;margin:0 auto;padding:20px}.crumb{color:#999;font-size:12px}.title{font-size:24px;color:#0b4f8a}.foot{background:#0b4f8a;color:#dfe;padding:18px;text-align:center;font-size:12px}',
    'media_portal': 'body{margin:0;font:16px/1.85 "Microsoft YaHei";color:#222}.top{border-bottom:4px solid #d40000;padding:14px 30px;font-size:28px;font-weight:bold;color:#d40000}.nav a{display:inline-block;padding:6px 14px;color:#333;text-decoration:none}.wrap{width:860px;margin:0 auto}.title{font-size:28px}.info span{margin-right:18px;color:#888;font-size:13px}.foot{border-top:1px solid #ddd;margin-top:30px;padding:16px;color:#888;font-size:12px;text-align:center}',
    'xxgk_table': 'body{margin:0;font:14px/1.8 SimSun,"Microsoft YaHei";background:#eef3f8}.top{background:#1f5fa8;color:#fff;padding:16px 36px;font-size:22px}.nav a{display:inline-block;padding:7px 16px;color:#1f5fa8}.wrap{width:980px;margin:10px auto;background:#fff;padding:20px 30px}.xxgk-meta{width:100%;border-collapse:collapse;margin-bottom:18px}.xxgk-meta th,.xxgk-meta td{border:1px solid #c9d6e6;padding:4px 8px;text-align:left}.xxgk-meta th{background:#f3f7fb;width:16%}.foot{text-align:center;font-size:12px;color:#555;padding:16px}',
    'plain_cms': 'body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#fafafa}.top{background:#2e7d32;color:#fff;padding:16px 30px;font-size:22px}.nav a{display:inline-block;padding:6px 15px;color:#2e7d32;text-decoration:none}.wrap{width:900px;margin:10px auto;background:#fff;padding:20px 36px;border:1px solid #e5e5e5}.title{font-size:22px}.views{color:#999;font-size:12px}.foot{text-align:center;font-size:12px;color:#777;padding:14px}',
}


def page(c):
    code = code_block(c['code'])
    t = c['template']
    style = 'spans' if t == 'media_portal' else ('table' if t == 'xxgk_table' else 'line')
    head_title = esc(c['title'] + '_' + c['site_name']) if c.get('title') else esc(c['site_name'])
    parts = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">']
    if c['place'] == 'head_start':
        parts.append(code)
    parts += ['<meta name="viewport" content="width=device-width, initial-scale=1">',
              '<title>%s</title>' % head_title, '<style>%s</style>' % CSS[t]]
    if c['place'] == 'head_end':
        parts.append(code)
    parts += ['</head>', '<body>']
    if c['place'] == 'body_start':
        parts.append(code)
    parts.append('<div class="top">%s</div>' % esc(c['site_name']))
    parts.append('<div class="nav">' + ''.join('<a href="#">%s</a>' % n for n in NAV[t]) + '</div>')
    parts.append('<div class="wrap">')
    parts.append('<div class="crumb">当前位置:首页 &gt; %s &gt; 正文</div>' % NAV[t][2])
    if t == 'xxgk_table':
        parts.append(meta_table(c))
    parts.append(article_html(c, code, style))
    if t == 'plain_cms':
        parts.append('<p class="views">【打印本页】【关闭窗口】</p>')
    parts.append('</div>')
    foot = '<div class="foot">%s 版权所有 &nbsp; 建议使用1280×800以上分辨率浏览' % esc(c['site_name'])
    if c['place'] == 'footer':
        foot += '\n' + code + '\n'
    foot += '</div>'
    parts.append(foot)
    if c['place'] == 'body_end':
        parts.append(code)
    parts += ['</body>', '</html>', '']
    return '\n'.join(parts)


def truth(c):
    clean = c.get('clean', False)
    origin_kind = ('clean page (not hijacked): real article text in a rebuilt page carrying real vendor look-alike code' if clean
                   else 'hijacked: real injected code placed in a page rebuilt around a real article')
    return {
        'id': c['id'], 'url': c['url'], 'title': c.get('title'), 'date': c.get('date'),
        'source': c.get('source'), 'author': c.get('author'),
        'text': '\n'.join(c['paras']),
        'hijacked': not clean, 'injections': [] if clean else c['injections'],
        'spam_strings': c.get('spam', []), 'legit': False, 'lang': 'zh',
        'origin': '%s. Article text: pages corpus capture of %s (verbatim captured paragraphs). Code: src/%s (see SOURCES.md), placed by the keeper (%s). What it does in a browser: %s' % (
            origin_kind, c['url'], c['code'], c['place'], c['does']),
        'kind': 'rebuilt-from-text' if clean else 'real-injection-in-rebuilt-page',
        'site': c['url'].split('/')[2], 'capture': 'text' if clean else 'text+code', 'encoding': 'utf-8',
        'template': c['template'], 'code_file': 'src/' + c['code'],
    }


def main():
    os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
    lines = []
    for c in CASES:
        with open(os.path.join(HERE, 'html', c['id'] + '.html'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(page(c))
        lines.append(json.dumps(truth(c), ensure_ascii=False))
    with open(os.path.join(HERE, 'truth.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    print('built', len(CASES), 'pages')


if __name__ == '__main__':
    main()
