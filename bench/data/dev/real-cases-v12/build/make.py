# -*- coding: utf-8 -*-
"""Build real-cases-v12: html/<id>.html + truth.jsonl from cases.py (deterministic).
Run: python3 build/make.py  (from real-cases-v12/)."""
import html
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from cases import CASES  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..")
E = lambda s: html.escape(s, quote=False)  # noqa: E731

CHARSET = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}


def body_paras(c):
    ps = c.get("paras_shown") or c["paras"][(1 if c.get("lead") else 0):]
    return ps


def inj(c, where):
    i = c.get("inj")
    return i["html"] if i and i["where"] == where else ""


def head(c, title, extra_css=""):
    cs = CHARSET[c["encoding"]]
    return (f'<!DOCTYPE html>\n<html lang="{ "zh-CN" if c["lang"]=="zh" else c["lang"] }">\n<head>\n'
            f'<meta charset="{cs}">\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{E(title)}</title>\n'
            f'<style>body{{font-family:sans-serif;margin:0}}.wrap{{width:980px;margin:0 auto}}{extra_css}</style>\n'
            f'{inj(c, "head")}\n</head>\n')


def ptags(ps, cls=""):
    return "\n".join(f'<p{(" class=%s" % cls) if cls else ""}>{E(p)}</p>' for p in ps)


def page_title(c, site_name):
    if c.get("page_title"):
        return c["page_title"]
    if c.get("spam_title"):
        return c["spam_title"]
    return (c["title"] or "正文") + ("_" + site_name if site_name else "")


def side(c, items):
    lis = "\n".join(f'<li><a href="#">{E(t)}</a></li>' for t in items)
    return f'<div class="side"><h3>最新信息</h3><ul>\n{lis}\n{inj(c, "sidebar")}</ul></div>'


def comments(c):
    x = inj(c, "comments")
    return f'<div class="comments"><h4>评论</h4>\n{x}\n</div>' if x else ""


def shell_wp(c):
    t = page_title(c, "")
    h1 = c.get("spam_h1") or c["title"] or ""
    cat = f'<div class="cat-title"><span>Category:</span> <h2 class="archive">{E(c["category"])}</h2></div>' if c.get("category") else ""
    art_h = f'<h1 class="entry-title">{E(h1)}</h1>' if not c.get("category") else f'<h2 class="entry-title">{E(c["title"])}</h2>'
    lead = f'<p class="lead">{E(c["lead"])}</p>' if c.get("lead") else ""
    by = f'<span class="byline">By {E(c["author"])}</span>' if c.get("author") else ""
    return (head(c, t, ".site-header{background:#222;color:#fff;padding:10px}") +
            '<body class="post-template-default single">\n<header class="site-header"><div class="wrap">'
            f'<a class="logo" href="/">{E(c["site"])}</a><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></div></header>\n'
            f'<main class="wrap">{cat}<article class="post">\n{art_h}\n<div class="entry-meta">{by}</div>\n'
            f'<div class="entry-content">\n{lead}\n{ptags(body_paras(c))}\n{inj(c, "after")}\n</div></article>\n{comments(c)}\n'
            '<aside class="widget"><h3>Recent Posts</h3><ul><li><a href="#">Archives</a></li></ul></aside></main>\n'
            f'<footer class="site-footer"><div class="wrap">© {E(c["site"])} · Powered by WordPress</div></footer>\n{inj(c, "end")}\n</body>\n</html>\n')


def shell_zh_plain(c):
    t = page_title(c, "")
    top = f'<div class="topline">{E(c["top_line"])}</div>' if c.get("top_line") else ""
    by = f'<div class="info">{E(c["byline"])}</div>' if c.get("byline") else (f'<div class="info">{E(c["date"] or "")}</div>' if c.get("date") else "")
    after = f'<p class="from">{E(c["after"])}</p>' if c.get("after") else ""
    foot = f'<div class="copy">{E(c["footer_line"])}</div>' if c.get("footer_line") else ""
    h = f'<h1>{E(c["title"])}</h1>' if c.get("title") else ""
    return (head(c, t) + f'<body>\n{top}\n<div class="wrap"><div class="nav"><a href="/">首页</a> &gt; 正文</div>\n'
            f'<div class="article">\n{h}\n{by}\n<div class="content">\n{ptags(body_paras(c))}\n{after}\n</div>\n{inj(c, "after")}</div>\n'
            f'<div class="footer">{foot}<p>Copyright © {E(c["site"])}</p></div></div>\n{inj(c, "end")}\n</body>\n</html>\n')


def shell_asp_table(c):
    t = page_title(c, "")
    meta = []
    if c.get("source"):
        meta.append(f'来源:{c["source"]}')
    if c.get("author"):
        meta.append(f'作者:{c["author"]}')
    meta.append("浏览:1432次")
    if c.get("date"):
        meta.append(f'发布时间:{c["date"]}')
    return (head(c, t, "td{font-size:14px}") +
            '<body>\n<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="top"><img src="/images/banner.jpg" alt=""></td></tr>\n'
            '<tr><td class="nav"><a href="/">网站首页</a> | <a href="/list.asp?id=1">学校新闻</a> | <a href="/list.asp?id=2">通知公告</a></td></tr>\n'
            '<tr><td><table width="100%"><tr><td width="220" valign="top" class="left"><div class="lm">栏目导航</div></td>\n'
            f'<td valign="top"><table width="100%"><tr><td align="center" class="title"><b>{E(c["title"] or "")}</b></td></tr>\n'
            f'<tr><td align="center" class="info">{E(" ".join(meta))}</td></tr>\n'
            f'<tr><td class="content" id="zoom">\n{ptags(body_paras(c))}\n</td></tr>\n<tr><td>{inj(c, "after")}</td></tr></table></td></tr></table></td></tr>\n'
            f'<tr><td class="foot" align="center">版权所有 {E(c["site"])} 技术支持:网络中心</td></tr></table>\n{inj(c, "end")}\n</body>\n</html>\n')


def shell_sch_article(c):
    t = page_title(c, "")
    parts = [f'发布时间:{c["date"]}' if c.get("date") else "", "点击:", f'来源:{c["source"]}' if c.get("source") else "",
             f'录入者:{c["author"]}' if c.get("author") else ""]
    return (head(c, t) + '<body>\n<div class="header wrap"><div class="logo"></div></div>\n'
            '<div class="wrap"><div class="position">栏目列表 首页&gt;&gt;校园新闻&gt;&gt;新闻动态&gt;&gt;文章内容</div>\n'
            f'<div class="art"><h2 class="art-title">{E(c["title"] or "")}</h2>\n<div class="art-info">{E("   ".join(p for p in parts if p))}</div>\n'
            f'<div class="art-body v_news_content">\n{ptags(body_paras(c))}\n</div>\n{inj(c, "after")}\n'
            '<div class="art-tool"><a href="javascript:window.close()">关闭窗口</a> <a href="javascript:window.print()">打印文档</a></div></div></div>\n'
            f'<div class="footer">{E(c["site"])}</div>\n{inj(c, "end")}\n</body>\n</html>\n')


def shell_gov_art(c):
    t = page_title(c, "")
    return (head(c, t) + '<body>\n<div class="gov-top wrap"><span>政府门户网站</span> <a href="/">首页</a> <a href="/col/zwgk">政务公开</a></div>\n'
            f'<div class="wrap main"><div class="crumb">当前位置:首页 &gt; 政务动态</div>\n<table class="art-tab" width="100%"><tr><td class="title">{E(c["title"] or "")}</td></tr>\n'
            f'<tr><td class="meta">发布日期:{E(c["date"] or "")}  信息来源:{E(c.get("source") or "县政府办")}  浏览次数:</td></tr>\n'
            f'<tr><td><div id="zoom">\n{ptags(body_paras(c))}\n</div>\n{inj(c, "after")}</td></tr></table></div>\n'
            f'<div class="foot wrap">主办单位:人民政府办公室 网站标识码:3309220001</div>\n{inj(c, "end")}\n</body>\n</html>\n')


def shell_id_portal(c):
    t = page_title(c, "Portal Berita")
    h = f'<h2 class="itemTitle">{E(c["title"])}</h2>' if c.get("title") else ""
    return (head(c, t) + '<body class="k2">\n<div id="header" class="wrap">Portal Resmi Pemerintah Provinsi</div>\n'
            f'<div id="k2Container" class="wrap itemListView"><div class="catItemView">\n{h}\n<span class="catItemDateCreated">{E(c["date"] or "")}</span>\n'
            f'<div class="catItemIntroText">\n{ptags(body_paras(c))}\n</div>\n{inj(c, "after")}</div>\n'
            '<div class="k2Pagination"><a href="?start=20">Sebelumnya</a> <a href="?start=40">Berikutnya</a></div></div>\n'
            f'<div id="footer">Hak Cipta © {E(c["site"])}</div>\n{inj(c, "end")}\n</body>\n</html>\n')


def shell_zh_news(c):
    t = page_title(c, "")
    meta = " ".join(x for x in [c["date"] or "", f'来源:{c["source"]}' if c.get("source") else "",
                                f'作者:{c["author"]}' if c.get("author") else ""] if x)
    h = f'<h1>{E(c["title"])}</h1>' if c.get("title") else ""
    return (head(c, t) + '<body>\n<div class="top wrap"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/edu/">教育</a></div>\n'
            f'<div class="wrap"><div class="left"><div class="crumb">您当前的位置 :新闻 &gt; 正文</div>\n{h}\n<div class="meta">{E(meta)}</div>\n'
            f'<div class="TRS_Editor">\n{ptags(body_paras(c))}\n</div>\n{inj(c, "after")}\n{comments(c)}</div>\n'
            f'{side(c, ["关于我们", "联系我们"])}</div>\n<div class="foot">关于我们 | 广告服务 | 联系我们</div>\n{inj(c, "end")}\n</body>\n</html>\n')


def shell_discuz(c):
    t = page_title(c, "")
    return (head(c, t) + '<body id="nv_portal" class="pg_view">\n<div id="hd"><div class="wp">门户 | 论坛</div></div>\n'
            f'<div id="ct" class="wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">{E(c["title"] or "")}</h1>'
            f'<p class="xg1">{E(c["date"] or "")}</p></div>\n<div class="d"><table cellpadding="0" cellspacing="0"><tr><td id="article_content">\n{ptags(body_paras(c))}\n</td></tr></table>\n'
            f'{inj(c, "after")}</div></div></div></div>\n<div id="ft" class="wp">Powered by Discuz! © 2001-2025 Discuz! Team.</div>\n{inj(c, "end")}\n</body>\n</html>\n')


def shell_vi_news(c):
    t = page_title(c, "")
    cap = f'<figure><img src="/img/anh.jpg" alt=""><figcaption>{E(c["caption"])}</figcaption></figure>' if c.get("caption") else ""
    ps = body_paras(c)
    mid = ptags(ps[:2]) + "\n" + cap + "\n" + ptags(ps[2:])
    auth = f'<p class="author">{E(c["author"])}</p>' if c.get("author") else ""
    h = f'<h1 class="title-detail">{E(c["title"])}</h1>' if c.get("title") else ""
    return (head(c, t) + '<body>\n<header class="wrap"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a> <a href="/giao-duc">Giáo dục</a></header>\n'
            f'<div class="wrap"><article class="detail">{h}\n<div class="detail-content">\n{mid}\n{auth}\n</div>\n{inj(c, "after")}</article>\n'
            f'<div class="related"><h3>Tin liên quan</h3></div></div>\n<footer>Bản quyền thuộc về {E(c["site"])}</footer>\n{inj(c, "end")}\n</body>\n</html>\n')


SHELLS = dict(wp=shell_wp, zh_plain=shell_zh_plain, asp_table=shell_asp_table, sch_article=shell_sch_article,
              gov_art=shell_gov_art, id_portal=shell_id_portal, zh_news=shell_zh_news, discuz=shell_discuz, vi_news=shell_vi_news)


def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for n, c in enumerate(CASES, 1):
        cid = f"rc12-{n:03d}"
        doc = SHELLS[c["shell"]](c)
        with open(os.path.join(OUT, "html", cid + ".html"), "wb") as f:
            f.write(doc.encode(c["encoding"], "xmlcharrefreplace"))
        rows.append(dict(id=cid, url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
                         text="\n".join(c["paras"]), hijacked=c["hijacked"], injections=c["injections"],
                         spam_strings=c["spam_strings"], legit=c["legit"], lang=c["lang"], origin=c["origin"],
                         kind=c["kind"], site=c["site"], capture=c["capture"], encoding=c["encoding"]))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
