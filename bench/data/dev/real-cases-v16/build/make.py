# -*- coding: utf-8 -*-
"""Builds real-cases-v16/html/*.html and truth.jsonl from cases_hijacked.py and cases_legit.py.
The texts are verbatim captures; the HTML shells below are reconstructions (see SOURCES.md).
Run: python3 make.py  (writes next to this folder's parent; deterministic)."""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cases_hijacked  # noqa: E402
import cases_legit  # noqa: E402


def e(s):
    return html.escape(s, quote=False)


def shown_paras(c):
    paras = list(c["paras"])
    for key in ("inline", "inline2"):
        for i, pair in (c.get(key) or {}).items():
            pairs = pair if isinstance(pair, list) else [pair]
            for a, b in pairs:
                assert a in paras[i], (c["key"], a)
                paras[i] = paras[i].replace(a, b, 1)
    return paras


def head(c, extra=""):
    enc = c["encoding"]
    t = c.get("page_title") or c.get("title") or ""
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={enc}" />\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1" />\n<title>{e(t)}</title>\n'
            f'<link rel="canonical" href="{html.escape(c["url"])}" />\n{extra}</head>\n')


def ps(paras, cls=None):
    return "\n".join(f"<p>{e(p)}</p>" for p in paras)


def shell_farm(c, paras):
    pad = "".join(f"<p>{e(p)}</p>\n" for p in c.get("padding") or [])
    return head(c, '<link rel="stylesheet" href="/static/css/style.css" />\n') + f"""<body>
<div class="top"><div class="w1200"><a href="/">首页</a> | <a href="/news/">资讯</a> | <a href="/sitemap.xml">网站地图</a></div></div>
<div class="w1200 main">
 <div class="left">
  <div class="article">
   <h1 class="art-title">{e(c['h1'])}</h1>
   <div class="art-info"><span class="views">阅读:<em id="hits">0</em></span></div>
   <div class="art-body">
{ps(paras)}
   </div>
   <div class="art-more">
{pad}   </div>
  </div>
 </div>
 <div class="right"><div class="box"><h3>热门推荐</h3><ul><li><a href="/post/1.html">相关阅读</a></li></ul></div></div>
</div>
<div class="footer"><p>本站部分内容来源于网络,如有侵权请联系删除</p></div>
</body>
</html>
"""


def shell_mirror(c, paras):
    top = f'<div class="tkd"><p>{e(c["top"])} ?</p></div>\n' if c.get("top") else ""
    crumb = f'<div class="crumb">{e(c["crumb"])}</div>\n' if c.get("crumb") else ""
    h1 = f'<h1 class="tit">{e(c["title"])}</h1>\n' if c.get("title") else ""
    meta = f'<div class="info">{e(c["meta"])}</div>\n' if c.get("meta") else ""
    return head(c) + f"""<body>
{top}<div class="wrap">
<div class="nav"><a href="/">首頁</a> <a href="/news/">新聞</a> <a href="/politics/">時政</a></div>
{crumb}<div class="article">
{h1}{meta}<div id="content" class="content">
{ps(paras)}
</div>
</div>
</div>
<div class="foot">Copyright &copy; All Rights Reserved</div>
</body>
</html>
"""


def shell_takeover(c, paras):
    parts = [f'<div class="position">{e(c["crumb"])}</div>']
    parts.append(f'<h1 class="page-title">{e(c["h1"])}</h1>')
    if c.get("meta"):
        parts.append(f'<div class="meta">{e(c["meta"])}</div>')
    if c.get("h2"):
        parts.append(f'<h2 class="sub">{e(c["h2"])}</h2>')
    if c.get("h3"):
        parts.append(f'<h3 class="news-title">{e(c["h3"])}</h3>')
    body = "\n".join(parts)
    return head(c, '<meta name="keywords" content="" />\n') + f"""<body>
<div class="header"><div class="logo"><a href="/">{e(c['crumb'].split(':', 1)[-1].split('>')[0].split('--')[0].strip())}</a></div></div>
<div class="container">
{body}
<div class="entry">
{ps(paras)}
</div>
<div class="prev-next"><a href="#">上一篇</a> <a href="#">下一篇</a></div>
</div>
<div class="footer">Copyright &copy; 2025 版权所有</div>
</body>
</html>
"""


def shell_wpnews(c, paras):
    cat = f'<span class="cat-links"><a href="#" rel="category tag">{e(c["category"])}</a></span>' if c.get("category") else ""
    h1 = f'<h1 class="entry-title">{e(c["title"])}</h1>' if c.get("title") else ""
    by = ""
    if c.get("byline_raw"):
        by = f'<div class="byline">{e(c["byline_raw"])}</div>'
    elif c.get("author"):
        by = f'<div class="byline"><span class="author vcard">{e(c["author"])}</span></div>'
    cap = f'<figure class="wp-block-image"><img src="/wp-content/uploads/photo.jpg" alt="" /><figcaption>{e(c["caption"])}</figcaption></figure>' if c.get("caption") else ""
    rel = ""
    if c.get("related"):
        rel = '<div class="share"><h4>Share</h4><ul>' + "".join(f"<li><a href=\"#\">{e(r)}</a></li>" for r in c["related"]) + "</ul></div>"
    bp = "".join(f"<p class=\"bp\">{e(b)}</p>" for b in c.get("boilerplate") or [])
    return head(c, '<link rel="stylesheet" id="theme-css" href="/wp-content/themes/news/style.css" media="all" />\n') + f"""<body class="post-template-default single single-post">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{e(c['site'])}</a></p></div>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>
<main id="primary" class="site-main">
<article class="post type-post status-publish">
<header class="entry-header">{cat}
{h1}
{by}</header>
{cap}
<div class="entry-content">
{ps(paras)}
</div>
{bp}
{rel}
</article>
</main>
<footer class="site-footer"><div class="site-info">&copy; {e(c['site'])}</div></footer>
</body>
</html>
"""


def shell_school(c, paras):
    h1 = f'<h1 class="arti_title">{e(c["title"])}</h1>' if c.get("title") else ""
    by = f'<p class="arti_metas">{e(c["byline"])}</p>' if c.get("byline") else ""
    tail = c.get("tail_script") or ""
    site = c.get("sitename") or ""
    notice = ""
    if c.get("notice"):
        notice = '<div class="notice">' + "".join(f"<p>{e(x)}</p>" for x in c["notice"]) + "</div>\n"
    return head(c, '<link type="text/css" href="/style/style.css" rel="stylesheet" />\n<script type="text/javascript" src="/system/resource/js/jquery/jquery-latest.min.js"></script>\n') + f"""<body>
<div class="header"><div class="logo"><a href="/">{e(site)}</a></div>
<div class="menu"><a href="/">首页</a><a href="/xwdt.htm">新闻动态</a><a href="/tzgg.htm">通知公告</a></div></div>
<div class="main">
<div class="position">当前位置: <a href="/">首页</a> &gt; <a href="/xwdt.htm">新闻动态</a> &gt; 正文</div>
{notice}<form name="_newscontent_fromname">
{h1}
<div id="vsb_content"><div class="v_news_content">
{ps(paras)}
</div></div>
{by}
</form>
</div>
<div class="footer"><p>版权所有 {e(site)}</p></div>
<script type="text/javascript">
var _hits = document.getElementById("hits");
{tail}
</script>
</body>
</html>
"""


def shell_gkml(c, paras):
    return head(c) + f"""<body>
<div class="header"><div class="logo">{e(c['page_title'])}</div></div>
<div class="content">
<div class="position">首页 &gt; 政府信息公开 &gt; 政府信息公开目录</div>
<table class="xxgk-meta" border="1" cellspacing="0">
<tr><td>发布机构:</td><td>{e(c['page_title'])}</td><td>主题分类:</td><td></td></tr>
<tr><td>成文日期:</td><td></td><td>发布日期:</td><td></td></tr>
</table>
<div class="article-content">
{ps(paras)}
</div>
</div>
<div class="footer">主办单位:{e(c['page_title'])}</div>
</body>
</html>
"""


def shell_jetso(c, paras):
    return head(c) + f"""<body>
<div id="header"><a href="/">choice88</a> <a href="/jetso/">著數</a></div>
<div class="jetso-detail">
<div class="label">{e(c['label'])}</div>
<div class="offer">{e(c['offer'])}</div>
<h1>{e(c['title'])}</h1>
<div class="detail-content">
{ps(paras)}
</div>
</div>
<div id="footer">&copy; choice88</div>
</body>
</html>
"""


def shell_portal(c, paras):
    return head(c) + f"""<body>
<div id="top"><a href="http://www.sohu.com/">搜狐首页</a> - <a href="http://news.sohu.com/">新闻</a></div>
<div id="contentA">
<div class="text" id="sohu_content">
{ps(paras)}
</div>
</div>
<div id="foot">Copyright &copy; 2004 Sohu.com Inc. All rights reserved.</div>
</body>
</html>
"""


def shell_blogspot(c, paras):
    shown = list(paras)
    if c.get("repeat_last"):
        shown.append(paras[-1])
    return head(c) + f"""<body>
<div class="header-outer"><h1 class="title"><a href="/">amusement-gaming-research-japan</a></h1></div>
<div class="post-outer"><div class="post">
<div class="post-body entry-content">
{ps(shown)}
</div>
<div class="comments"><h4>コメント</h4><p><a href="#">コメントを投稿</a></p></div>
</div></div>
</body>
</html>
"""


def shell_discuz(c, paras):
    return head(c) + f"""<body id="nv_forum">
<div id="hd"><div class="wp"><a href="/">论坛</a> <a href="member.php?mod=logging&amp;action=login">找回密码</a> <a href="member.php?mod=register">注册</a></div></div>
<div id="wp" class="wp">
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1000</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">0</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{e(c['title'])}</span></h1> <span class="xg1"><a href="#">[复制链接]</a></span></td></tr></table>
<div id="post_1"><div class="pti"><div class="authi"><em id="authorposton1">发表于 2009-2-13 23:45</em> | 显示全部楼层 |阅读模式</div></div>
<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1">
{"<br />".join("&nbsp;&nbsp;" + e(p) for p in paras)}
</td></tr></table></div></div>
</div>
<div class="pgs">您需要登录后才可以回帖 <a href="member.php?mod=logging">登录</a> | <a href="member.php?mod=register">注册</a></div>
</div>
<div id="ft" class="wp">小黑屋|手机版|Archiver|论坛<br />GMT+8, 2024-11-16 13:21 , Processed in 0.062718 second(s), 18 queries .<br />Powered by Discuz! X3.4<br />&copy; 2001-2017 Comsenz Inc.</div>
</body>
</html>
"""


def shell_parasite(c, paras):
    return head(c) + f"""<body>
<div class="news">
<h1>{e(c['title'])}</h1>
<p class="info">{e(c['meta'])}</p>
<div class="txt">
{ps(paras)}
</div>
<p class="editor">{e(c.get('editor') or '')}</p>
</div>
<br />
<b>{e(c['tail'].split(':', 1)[0])}</b>: {e(c['tail'].split(':', 1)[1].strip())}<br />
</body>
</html>
"""


def shell_brandnews(c, paras):
    return head(c) + f"""<body>
<div class="header"><div class="logo"><a href="/">{e(c['sitename'])}</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/Yazhoubei/">亚洲杯</a></li><li><a href="/zhongchao/">中超</a></li></ul></div>
<div class="main">
<div class="place">{e(c['crumb'])}</div>
<div class="article">
<h1>{e(c['title'])}</h1>
<div class="info">{e(c['meta'])}</div>
<div class="lead"><p>{e(c['lead'])}</p></div>
<div class="content">
<p>{e(c['pre'])}</p>
{ps(paras)}
</div>
</div>
</div>
<div class="footer"><p>{e(c['sitename'].split('|')[0].strip())} 版权所有</p></div>
</body>
</html>
"""


SHELLS = dict(brandnews=shell_brandnews, parasite=shell_parasite, farm=shell_farm, mirror=shell_mirror, takeover=shell_takeover, wpnews=shell_wpnews,
              school=shell_school, gkml=shell_gkml, jetso=shell_jetso, portal=shell_portal,
              blogspot=shell_blogspot, discuz=shell_discuz)


def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    cases = [(c, True) for c in cases_hijacked.CASES] + [(c, False) for c in cases_legit.CASES]
    for n, (c, hij) in enumerate(cases, 1):
        cid = f"rc16-{n:03d}"
        paras = shown_paras(c)
        doc = SHELLS[c["shell"]](c, paras)
        data = doc.encode(c["encoding"])
        with open(os.path.join(OUT, "html", cid + ".html"), "wb") as f:
            f.write(data)
        spam = list(c.get("spam") or [])
        rows.append(dict(
            id=cid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
            author=c.get("author"), text="\n".join(c["paras"]), hijacked=hij,
            injections=list(c.get("injections") or []), spam_strings=spam, legit=not hij,
            lang=c["lang"], origin=c["origin"],
            kind=c.get("kind") or "rebuilt-from-text", site=c["site"], capture="text",
            encoding=c["encoding"], evidence=list(c.get("evidence") or spam), shell=c["shell"],
        ))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# real-cases-v16 sources\n\n"
                "Every page's origin. Texts are verbatim from the `search` tool's stored captures (corpus `pages`), "
                "trimmed to whole paragraphs; the one `real-injection-in-real-page` case quotes its injected line "
                "verbatim from a public GitHub issue thread (corpus `issues`) and places it into a real clean page's "
                "captured text. All HTML shells are reconstructions (`build/make.py` from `build/cases_*.py`); where a "
                "heading, label, <title> or date is a reconstruction the origin says so. `evidence` lists the bytes "
                "that show the injection (checked by `../validate_v16.py`).\n\n"
                "| id | hijacked | legit | lang | kind | encoding | url | origin |\n|---|---|---|---|---|---|---|---|\n")
        for r in rows:
            f.write(f"| {r['id']} | {r['hijacked']} | {r['legit']} | {r['lang']} | {r['kind']} | {r['encoding']} | "
                    f"{r['url']} | {r['origin'].replace('|', '/')} |\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
