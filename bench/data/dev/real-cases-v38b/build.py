# -*- coding: utf-8 -*-
"""Build real-cases-v38b: html/<id>.html and truth.jsonl from cases.py and src/.
Deterministic; re-run gives identical bytes. Shells are the keeper's; texts and injected
material are verbatim (see cases.py origins and SOURCES.md)."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape

def src(name):
    return open(os.path.join(HERE, 'src', name), encoding='utf-8').read()

def inline_js(body):
    # a '</script' inside the code would end an inline <script> element early (the code was served as a
    # .js file); written '<\\/script' it keeps the same JavaScript value and can sit inline
    return re.sub(r'</(script)', lambda m: '<\\/' + m.group(1), body, flags=re.I)

def piece(kind, name):
    body = src(name)
    if kind == 'js':
        return '<script type="text/javascript">\n' + inline_js(body) + '\n</script>'
    return body

def paras_html(c):
    return '\n'.join('<p>%s</p>' % E(p) for p in c['paras'])

def inj_at(c, where):
    return '\n'.join(piece(k, n) for (w, k, n) in c['inj'] if w == where)

def charset_meta(c):
    return {'gbk': 'gbk', 'gb18030': 'gb18030'}.get(c['enc'], 'utf-8')

def head(c, title_tag):
    return ('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n<link rel="stylesheet" href="/css/style.css">\n%s\n</head>'
            % (charset_meta(c), E(title_tag), inj_at(c, 'head')))

def shell_gov(c):
    t = c.get('title')
    info = []
    if c.get('shown_time'): info.append('时间:%s' % c['shown_time'])
    if c.get('author'): info.append('作者:%s' % c['author'])
    if c.get('source'): info.append('来源:%s' % c['source'])
    h1 = '<h1 class="art-title">%s</h1>' % E(t) if t else ''
    infoh = '<div class="art-info">%s</div>' % '&nbsp;&nbsp;'.join(E(x) for x in info) if info else ''
    return ('<body>\n%s\n<div class="top"><div class="logo">%s</div>\n<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>\n'
            '<div class="position">您的位置: %s %s</div>\n<div class="article">\n%s\n%s\n<div class="art-content" id="zoom">\n%s\n</div>\n%s\n</div>\n%s\n'
            '<div class="footer"><p>主办:%s&nbsp;&nbsp;版权所有</p><p><a href="/sitemap.html">网站地图</a> | <a href="/contact.html">联系我们</a></p></div>\n</body>'
            % (inj_at(c, 'body_start'), E(c['sitename']), E(c['crumb']), inj_at(c, 'breadcrumb'), h1, infoh, paras_html(c),
               inj_at(c, 'after_content'), inj_at(c, 'footer'), E(c['sitename'])))

def shell_edu(c):
    t = c.get('title')
    meta = []
    if c.get('shown_time'): meta.append('发布日期:%s' % c['shown_time'])
    if c.get('publisher'): meta.append('发布者:%s' % c['publisher'])
    if c.get('views'): meta.append('浏览次数:%s' % c['views'])
    h = '<h2 class="title">%s</h2>' % E(t) if t else ''
    m = '<div class="meta">%s</div>' % ' '.join(E(x) for x in meta) if meta else ''
    cap = '<p class="img-caption"><img src="/images/news.jpg" alt=""><br>%s</p>' % E(c['caption']) if c.get('caption') else ''
    cred = '<p class="credit">%s</p>' % E(c['credit']) if c.get('credit') else ''
    return ('<body>\n%s\n<div class="header"><div class="wrap"><a class="logo" href="/">%s</a></div></div>\n'
            '<div class="wrap"><div class="crumb">当前位置: %s %s</div>\n<div class="main">\n%s\n%s\n<div class="v_news_content">\n%s\n%s\n</div>\n%s\n</div>\n%s\n</div>\n%s\n'
            '<div class="foot"><p>Copyright &copy; %s</p></div>\n<div id="tongji"></div>\n</body>'
            % (inj_at(c, 'body_start'), E(c['sitename']), E(c['crumb']), inj_at(c, 'breadcrumb'), h, m, cap, paras_html(c), cred,
               inj_at(c, 'after_content'), inj_at(c, 'footer'), E(c['sitename'])))

def shell_zwgk(c):
    rows = ''.join('<tr><th>%s:</th><td>%s</td></tr>' % (E(k), E(v)) for k, v in c['meta'])
    return ('<body>\n<div class="head"><h1 class="site">%s</h1></div>\n<div class="crumb">%s %s</div>\n'
            '<table class="xxgk-meta">%s</table>\n<div class="xxgk-title">%s</div>\n<div class="xxgk-content">\n%s\n</div>\n%s\n'
            '<div class="footer">太湖县人民政府办公室 主办</div>\n</body>'
            % (E(c['sitename']), E(c['crumb']), inj_at(c, 'breadcrumb'), rows, E(c['title']), paras_html(c),
               inj_at(c, 'footer')))

def shell_epaper(c):
    return ('<body>\n<div class="epaper-top">%s</div>\n<div class="banci">%s</div>\n<div class="newsdetail">\n'
            '<h3 class="sub">%s</h3>\n<h1>%s</h1>\n<div class="content">\n%s\n<p class="zz">%s</p>\n</div>\n%s\n</div>\n'
            '<div class="pager"><a href="news-1-2.html">上一篇</a> <a href="news-1-4.html">下一篇</a></div>\n%s\n</body>'
            % (E(c['sitename']), E(c['crumb']), E(c.get('subtitle') or ''), E(c['title']), paras_html(c), E(c.get('credit') or ''),
               inj_at(c, 'after_content'), inj_at(c, 'footer')))

def shell_portal(c):
    t = c.get('title')
    by = c.get('byline_raw')
    if not by:
        bits = []
        if c.get('shown_time'): bits.append('日期:%s' % c['shown_time'])
        if c.get('author') and c['id'] in ('rc38b-009',): bits.append('作者:%s' % c['author'])
        by = '&nbsp;'.join(E(b) for b in bits)
    else:
        by = E(by)
    h = '<h1 class="ph">%s</h1>' % E(t) if t else ''
    return ('<body>\n%s\n<div id="hd"><div class="logo">%s</div></div>\n<div id="pt">%s %s</div>\n<div id="ct">\n%s\n<p class="xg1">%s</p>\n<div id="article_content" class="d">\n%s\n%s\n</div>\n%s\n</div>\n%s\n'
            '<div id="ft"><p>&copy; %s</p></div>\n</body>'
            % (inj_at(c, 'body_start'), E(c['sitename']), E(c['crumb']), inj_at(c, 'breadcrumb'), h, by, paras_html(c),
               ('<p class="credit">%s</p>' % E(c['credit'])) if c.get('credit') else '',
               inj_at(c, 'after_content'), inj_at(c, 'footer'), E(c['sitename'])))

def shell_wap(c):
    return ('<body>\n<div class="topbar"><a href="/">%s</a> <a class="dl" href="/app/">立即下载</a></div>\n<div class="con">\n<h1>%s</h1>\n<p class="time">%s 字号:</p>\n<div class="txt">\n%s\n</div>\n'
            '<p class="from">来源:</p>\n<p class="zz">作者:%s</p>\n<p class="bj">编辑:%s</p>\n</div>\n<div class="bot"><a href="/">回首页</a> <a href="javascript:history.back()">返 回</a></div>\n</body>'
            % (E(c['sitename']), E(c['title']), E(c['shown_time']), paras_html(c), E(c['author']), E(c['editor'])))

def shell_patidar(c):
    return ('<body>\n<header id="mu-header"><div class="container"><a class="navbar-brand" href="index.php">Patidar Gin Science College</a>'
            '<ul class="nav"><li><a href="index.php">Home</a></li><li><a href="trust.php">About Trust</a></li><li><a href="principal.php">Principal</a></li><li><a href="course.php">Courses</a></li><li><a href="contact.php">Contact</a></li></ul></div></header>\n'
            '<section id="mu-page-breadcrumb"><div class="container"><h2>About Trust</h2><ol class="breadcrumb"><li><a href="index.php">Home</a></li><li class="active">About Trust</li></ol></div></section>\n'
            '<section id="mu-course-content"><div class="container">\n%s\n</div></section>\n'
            '<footer id="mu-footer"><p>&copy; The Patidar Gin Science College, Bardoli, Dist. Surat, Gujarat</p></footer>\n</body>'
            % src('patidar_trust_content.html'))

def shell_en(c):
    cap = '<figure><img src="/wp-content/uploads/shot.jpg" alt=""><figcaption>%s</figcaption></figure>' % E(c['caption']) if c.get('caption') else ''
    ps = c['paras']
    body = []
    for i, p in enumerate(ps):
        if len(p) < 40 and not p.endswith('.'):
            body.append('<h3>%s</h3>' % E(p))
        else:
            body.append('<p>%s</p>' % E(p))
        if i == 3 and cap:
            body.append(cap)
    return ('<body>\n<header class="site-header"><a href="/">%s</a><nav><a href="/news/">News</a> <a href="/about/">About</a></nav></header>\n'
            '<main><article><h1 class="entry-title">%s</h1>\n<div class="entry-content">\n%s\n</div></article></main>\n'
            '<footer class="site-footer"><p>&copy; %s</p></footer>\n</body>'
            % (E(c['sitename']), E(c['title']), '\n'.join(body), E(c['sitename'])))

SHELLS = dict(gov=shell_gov, edu=shell_edu, zwgk=shell_zwgk, epaper=shell_epaper, portal=shell_portal,
              wap=shell_wap, patidar=shell_patidar, en=shell_en)

def page(c):
    lang = c.get('lang', 'zh')
    if c['tpl'] == 'patidar':
        title_tag = 'Patidar Gin Science College | About Trust'
    else:
        title_tag = (c.get('title') + ' - ' + c['sitename']) if c.get('title') else c['sitename']
    doc = ('<!DOCTYPE html>\n<html lang="%s">\n%s\n%s\n</html>\n'
           % ('en' if lang == 'en' else 'zh-CN', head(c, title_tag), SHELLS[c['tpl']](c)))
    pre = ''.join(piece(k, n) + '\n' for (w, k, n) in c['inj'] if w == 'prepend')
    return pre + doc

# removed on 2026-12-06 when v37 became dev (ids keep their numbers): rc38b-007 carries the injected snippet of
# dev/real-cases-v37b/rc37b-007 verbatim (src/cuasia_links.html, 469 characters) and three of its spam strings
REMOVED = {'rc38b-007'}
# removed on 2026-12-07 by the tool library's rule (what the `fetch` tool brings is kept out of commits; its code is
# never committed): these pages carried code taken from a fetched repository (SOURCES.md); their src/ files, used by
# no other page, were deleted
REMOVED |= {'rc38b-010', 'rc38b-011'}


def main():
    os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
    out = []
    for c in CASES:
        if c['id'] in REMOVED:
            continue
        doc = page(c)
        enc = {'gbk': 'gbk', 'gb18030': 'gb18030'}.get(c['enc'], 'utf-8')
        with open(os.path.join(HERE, 'html', c['id'] + '.html'), 'wb') as f:
            f.write(doc.encode(enc))
        lang = c.get('lang', 'zh')
        kind = 'real-injection-in-real-page' if c['hijacked'] else ('real-page-with-look-alike-code' if c['inj'] else 'real-page')
        out.append(dict(id=c['id'], url=c['url'], title=c.get('title'), date=c.get('date'), source=c.get('source'),
                        author=c.get('author'), text='\n'.join(c['paras']), hijacked=c['hijacked'],
                        injections=c['injections'], spam_strings=c['spam'], legit=c['legit'], lang=lang,
                        origin=c['origin'], kind=kind, site=c['site'],
                        capture=c.get('capture') or ('text+code' if c['inj'] else 'text'), encoding=enc, template='shell-' + c['tpl']))
    with open(os.path.join(HERE, 'truth.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', len(out))

if __name__ == '__main__':
    main()
