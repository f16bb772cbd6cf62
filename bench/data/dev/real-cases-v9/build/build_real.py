#!/usr/bin/env python3
"""Rebuild real-cases-v9 (html/ + truth.jsonl) from cases.py. Deterministic: re-running gives identical bytes."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENC = {"gov": "gb18030", "paper": "gb18030"}
E = html.escape

def resolve(p, fills, spam):
    for k, (dirty, clean) in (fills or {}).items():
        p = p.replace("{%s}" % k, dirty if spam else clean)
    return p

def para_html(p, c):
    t = E(resolve(p, c.get("fills"), True), quote=False)
    for word, rep in (c.get("spam_inline") or {}).items():
        t = t.replace(E(word, quote=False), rep)
    return t

def para_text(p, c):
    t = resolve(p, c.get("fills"), False)
    for word in (c.get("spam_inline") or {}):
        t = t.replace(word, "")
    return t

def slot(c, name):
    return "".join(h for s, h in c.get("spam", []) if s == name)

def page(c):
    shell = c["shell"]; enc = ENC.get(shell, "utf-8")
    title = c.get("title") or ""
    t_tag = E(slot(c, "title_prefix") + title + slot(c, "title_suffix"), quote=False) or E(c.get("site") or "", quote=False)
    h1 = (E(slot(c, "h1_prefix") + title + slot(c, "h1_suffix"), quote=False)) if title else ""
    site = E(c.get("site") or "", quote=False)
    byline = E(c["byline"], quote=False) if c.get("byline") else ""
    body = "\n".join("<p>%s</p>" % para_html(p, c) for p in c["paras"])
    meta = ""
    if c.get("meta"):
        meta = "<table class=\"xxgk\">" + "".join("<tr><th>%s:</th><td>%s</td></tr>" % (E(k), E(v)) for k, v in c["meta"]) + "</table>\n"
    head = '<meta charset="%s">\n<meta name="viewport" content="width=device-width">\n' % enc + slot(c, "head")
    top = slot(c, "top") + slot(c, "nav_brand")
    if shell == "edu":
        inner = ('<div id="header"><div class="logo">%s</div><ul class="nav"><li>首页</li><li>学院概况</li><li>新闻动态</li><li>通知公告</li></ul></div>\n'
                 '<div class="main"><div class="position">当前位置: 首页 &gt; 新闻动态 &gt; 正文</div>\n<form name="_newscontent_fromname">\n'
                 '%s<div class="titlebox">%s</div>\n<div class="info">%s</div>\n<div id="vsb_content"><div class="v_news_content">\n%s\n</div></div>\n%s</form></div>\n'
                 '<div id="footer">版权所有 %s</div>') % (site, "", ("<h2>%s</h2>" % h1) if h1 else "", byline, body, slot(c, "after_content"), site)
    elif shell == "gov":
        inner = ('<div class="top">%s</div><div class="dh"><a>首页</a> | <a>政务公开</a> | <a>政民互动</a></div>\n<div class="zw">\n%s'
                 '%s<div class="fbxx">%s</div>\n<div class="zoom">\n%s\n</div>\n%s</div>\n<div class="bottom">主办单位:%s</div>') % (
                 site, meta, ("<h1 class=\"bt\">%s</h1>\n" % h1) if h1 else "", byline, body, slot(c, "after_content"), site)
    elif shell == "paper":
        inner = ('<table width="960" align="center"><tr><td class="mast">%s</td></tr>\n<tr><td>\n%s<div class="date">%s</div>\n'
                 '<div id="ozoom">\n%s\n</div>%s</td></tr>\n<tr><td class="copy">Copyright %s</td></tr></table>') % (
                 site, ("<h1>%s</h1>\n" % h1) if h1 else "", byline, body, slot(c, "after_content"), site)
    elif shell == "wp":
        inner = ('<header class="site-header"><p class="site-title">%s</p><nav><a>Home</a> <a>News</a></nav></header>\n<main><article class="post">\n'
                 '%s<div class="entry-meta">%s</div>\n<div class="entry-content">\n%s\n</div>%s</article>\n<aside class="widget"><h3>Recent Posts</h3><ul><li>…</li></ul></aside></main>\n'
                 '<footer>Proudly powered by WordPress</footer>') % (site, ("<h1 class=\"entry-title\">%s</h1>\n" % h1) if h1 else "", byline, body, slot(c, "after_content"))
    elif shell == "blog":
        inner = ('<div id="blog-header">%s</div>\n<div class="post">%s<div class="post-body">\n%s\n</div>%s</div>\n<div class="sidebar">标签: 互联网</div>') % (
                 site, ("<h3>%s</h3>" % h1) if h1 else "", body, slot(c, "after_content"))
    else:  # portal
        inner = ('<div class="topbar">%s | 首页 | 新闻中心 | 社会 | 财经</div>\n<div class="w1000"><div class="left">\n%s<div class="source">%s</div>\n'
                 '<div class="article-content">\n%s\n</div>%s</div>\n<div class="right"><h4>热点排行</h4></div></div>\n<div class="foot">关于我们 | 联系方式</div>') % (
                 site, ("<h1>%s</h1>\n" % h1) if h1 else "", byline, body, slot(c, "after_content"))
    doc = '<!DOCTYPE html>\n<html>\n<head>\n%s<title>%s</title>\n</head>\n<body>\n%s%s\n%s</body>\n</html>\n' % (head, t_tag, top, inner, slot(c, "bottom"))
    return doc.encode(enc), enc

def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    lines = []
    for i, c in enumerate(CASES, 1):
        cid = "rc9-%03d" % i
        data, enc = page(c)
        with open(os.path.join(OUT, "html", cid + ".html"), "wb") as f:
            f.write(data)
        rec = dict(id=cid, url=c.get("url"), title=c.get("title"), date=c.get("date"), source=c.get("source"), author=c.get("author"),
                   text="\n".join(para_text(p, c) for p in c["paras"]), hijacked=not c["legit"] and bool(c["injections"]),
                   injections=c["injections"], spam_strings=c["spam_strings"], legit=c["legit"], lang=c["lang"], origin=c["origin"],
                   kind=c["kind"], site=c.get("site"), capture=c["capture"], encoding=enc, template=c["shell"], note=c.get("note"))
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "pages")

if __name__ == "__main__":
    main()
