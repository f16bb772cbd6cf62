#!/usr/bin/env python3
"""Build real-cases-v51b pages (deterministic). `./build.py` writes html/ and truth.jsonl;
`./build.py --check` rebuilds in memory and compares byte for byte with what is on disk."""
import html
import json
import os
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ARTICLES  # noqa: E402
from cases import CASES, SNIPPETS, VENDORS  # noqa: E402

E = html.escape
SITE_NAME_OVERRIDE = {"hsdz": "区人民政府网站", "henance": "新闻网", "scgw": "县人民政府"}


def src(name):
    with open(os.path.join(HERE, "src", name), encoding="utf-8") as f:
        return f.read()


def as_html(name):
    code = src(name)
    if name.endswith(".js"):
        return '<script type="text/javascript">' + code + "</script>"
    return code


def byline(a, sep):
    parts = []
    if a["date"]:
        parts.append("发布时间：" + a["date"])
    if a["source"]:
        parts.append("来源：" + E(a["source"]))
    if a["author"]:
        parts.append("作者：" + E(a["author"]))
    for k, v in a["shown"].items():
        parts.append(E(k) + "：" + E(v))
    return sep.join(parts)


def body_paras(a, tag="p", attr=""):
    return "\n".join("<%s%s>%s</%s>" % (tag, attr, E(p), tag) for p in a["paras"])


def page_title(a, name):
    return (E(a["title"]) + " - " + E(name)) if a["title"] else E(name)


def layout_gov_portal(a, name, cs, inj):
    h1 = '<h1 class="art-tit">%s</h1>' % E(a["title"]) if a["title"] else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>{inj.get('head_start','')}
<meta charset="{cs}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{page_title(a, name)}</title>
<link rel="stylesheet" href="/static/css/portal.css">
{inj.get('head_end','')}</head>
<body class="gp">{inj.get('body_start','')}
<div class="gp-top"><div class="w1200"><span class="gp-logo">{E(name)}</span><form class="gp-search" action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<ul class="gp-nav w1200"><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<div class="w1200 gp-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; 正文</div>
<div class="w1200 gp-main">
{h1}
<div class="art-info">{byline(a, '&nbsp;&nbsp;')}</div>
<div class="art-con" id="zoom">
{body_paras(a)}
{inj.get('in_article','')}</div>
<div class="art-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="gp-foot"><p>主办：{E(name)}　　技术支持：信息中心</p><p>网站标识码　　备案号</p>{inj.get('footer','')}</div>
{inj.get('body_end','')}</body>
</html>
"""


def layout_xxgk_table(a, name, cs, inj):
    rows = []
    fields = []
    if a["title"]:
        fields.append(("名称", E(a["title"])))
    for k, v in a["shown"].items():
        fields.append((E(k), E(v)))
    if a["date"]:
        fields.append(("发布日期", a["date"]))
    if a["source"]:
        fields.append(("来源", E(a["source"])))
    for i in range(0, len(fields), 2):
        pair = fields[i:i + 2]
        cells = "".join("<th>%s</th><td>%s</td>" % kv for kv in pair)
        if len(pair) == 1:
            cells += "<th></th><td></td>"
        rows.append("<tr>%s</tr>" % cells)
    h2 = '<h2 class="xx-title">%s</h2>' % E(a["title"]) if a["title"] else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>{inj.get('head_start','')}
<meta http-equiv="Content-Type" content="text/html; charset={cs}" />
<title>{page_title(a, name)}</title>
<link href="/xxgk/css/xxgk.css" rel="stylesheet" type="text/css" />
{inj.get('head_end','')}</head>
<body>{inj.get('body_start','')}
<table class="xx-head" width="1000" align="center"><tr><td class="xx-logo">{E(name)}　政府信息公开</td></tr></table>
<table class="xx-wrap" width="1000" align="center"><tr><td>
<div class="xx-crumb">您所在的位置：政府信息公开 &gt;&gt; 信息浏览</div>
<table class="xx-meta" width="100%" border="1" cellspacing="0">
{chr(10).join(rows)}
</table>
{h2}
<div class="xx-body">
{body_paras(a)}
{inj.get('in_article','')}</div>
</td></tr></table>
<table class="xx-foot" width="1000" align="center"><tr><td>{E(name)}　版权所有{inj.get('footer','')}</td></tr></table>
{inj.get('body_end','')}</body>
</html>
"""


def layout_dept_plain(a, name, cs, inj):
    h3 = '<h3 class="t">%s</h3>' % E(a["title"]) if a["title"] else ""
    return f"""<!doctype html>
<html>
<head>{inj.get('head_start','')}
<meta charset="{cs}">
<title>{page_title(a, name)}</title>
<link rel="stylesheet" href="/css/dept.css">
{inj.get('head_end','')}</head>
<body>{inj.get('body_start','')}
<div id="hd"><div class="bn">{E(name)}</div><div class="mn"><a href="/">网站首页</a> | <a href="/gzdt/">工作动态</a> | <a href="/tzgg/">通知公告</a> | <a href="/zcfg/">政策法规</a></div></div>
<div id="bd">
<div class="lm">工作动态</div>
<div class="ct">
{h3}
<div class="sx">{byline(a, ' | ')}</div>
<div class="nr">
{body_paras(a)}
{inj.get('in_article','')}</div>
</div>
</div>
<div id="ft">Copyright &copy; {E(name)} All Rights Reserved{inj.get('footer','')}</div>
{inj.get('body_end','')}</body>
</html>
"""


def layout_campus(a, name, cs, inj):
    h2 = '<h2 class="arti_title">%s</h2>' % E(a["title"]) if a["title"] else ""
    return f"""<!DOCTYPE html>
<html>
<head>{inj.get('head_start','')}
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="renderer" content="webkit">
<title>{page_title(a, name)}</title>
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet">
{inj.get('head_end','')}</head>
<body class="list">{inj.get('body_start','')}
<div class="header"><div class="inner"><div class="sitelogo">{E(name)}</div>
<div class="nav"><a href="/">首页</a><a href="/xxyw/">学校要闻</a><a href="/jxky/">教学科研</a><a href="/tzgg/">通知公告</a><a href="/xygk/">学院概况</a></div></div></div>
<div class="main"><div class="inner">
<div class="col_path">当前位置：<a href="/">首页</a> &gt; 新闻动态</div>
<div class="article">
{h2}
<p class="arti_metas">{byline(a, ' ')}</p>
<div class="entry"><div class="read">
{body_paras(a)}
{inj.get('in_article','')}</div></div>
</div>
</div></div>
<div class="footer"><div class="inner"><p>版权所有 &copy; {E(name)}</p>{inj.get('footer','')}</div></div>
<script type="text/javascript">var _navIndex = 1;</script>
{inj.get('body_end','')}</body>
</html>
"""


def layout_news_portal(a, name, cs, inj):
    h1 = '<h1>%s</h1>' % E(a["title"]) if a["title"] else ""
    return f"""<!DOCTYPE html>
<html>
<head>{inj.get('head_start','')}
<meta charset="{cs}">
<meta name="keywords" content="{E(name)}">
<title>{page_title(a, name)}</title>
<link rel="stylesheet" href="/assets/news.css">
{inj.get('head_end','')}</head>
<body>{inj.get('body_start','')}
<header class="site-header"><a class="brand" href="/">{E(name)}</a><nav><a href="/">首页</a><a href="/news/">新闻</a><a href="/local/">地方</a><a href="/opinion/">评论</a><a href="/special/">专题</a></nav></header>
<main class="layout">
<article class="story">
{h1}
<div class="story-meta">{byline(a, '<span class="sep">|</span>')}</div>
<section class="story-body">
{body_paras(a)}
{inj.get('in_article','')}</section>
</article>
<aside class="rail"><h4>热点推荐</h4><ul><li><a href="/news/">更多新闻</a></li></ul></aside>
</main>
<footer class="site-footer">{E(name)} 版权所有 未经授权禁止复制{inj.get('footer','')}</footer>
{inj.get('body_end','')}</body>
</html>
"""


def layout_epaper(a, name, cs, inj):
    h2 = '<h2>%s</h2>' % E(a["title"]) if a["title"] else ""
    return f"""<html>
<head>{inj.get('head_start','')}
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<title>{page_title(a, name)}</title>
<link href="../../../style/paper.css" rel="stylesheet" type="text/css">
{inj.get('head_end','')}</head>
<body bgcolor="#f2f2f2">{inj.get('body_start','')}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="paperhead">{E(name)}　数字报</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300" valign="top" class="pagelist"><a href="node_1.htm">第01版：要闻</a><br><a href="node_2.htm">第02版：综合</a><br><a href="node_3.htm">第03版：经济</a></td>
<td valign="top" class="artbox">
{h2}
<div id="ozoom">
<founder-content>
{body_paras(a)}
</founder-content>
{inj.get('in_article','')}</div>
</td></tr></table>
<table width="1000" border="0" align="center"><tr><td class="paperfoot">{E(name)}社 版权所有{inj.get('footer','')}</td></tr></table>
{inj.get('body_end','')}</body>
</html>
"""


LAYOUTS = {
    "gov_portal": layout_gov_portal, "xxgk_table": layout_xxgk_table, "dept_plain": layout_dept_plain,
    "campus": layout_campus, "news_portal": layout_news_portal, "epaper": layout_epaper,
}


def build():
    pages, rows = {}, []
    for sid, key, layout, enc, code, placement in CASES:
        a = dict(ARTICLES[key])
        name = SITE_NAME_OVERRIDE.get(key, a["site_name"])
        cs = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}[enc]
        inj = {}
        after = ""
        if placement == "head_start+head_end":
            inj["head_start"] = src("allyouwant_head_start.html")
            inj["head_end"] = src("allyouwant_head_end.html") + "\n"
        elif placement == "after_html":
            after = as_html(code) + "\n"
        else:
            inj[placement] = ("\n" if placement in ("footer", "in_article") else "") + as_html(code) + "\n"
        doc = LAYOUTS[layout](a, name, cs, inj) + after
        pid = "rc51b-" + sid
        pages[pid] = doc.encode(enc)
        hijacked = code in SNIPPETS
        host = urlparse(a["url"]).hostname
        if hijacked:
            fam, forms, reaches = SNIPPETS[code]
            srcs = [code] if placement != "head_start+head_end" else ["allyouwant_head_start.html", "allyouwant_head_end.html"]
            origin = ("captured injected code: src/%s (see SOURCES.md), placed by the keeper (%s) in a %s shell "
                      "rebuilt around the verbatim article text of a pages-corpus capture at the url"
                      % ("+".join(srcs), placement, layout))
            kind = "real-injection-in-rebuilt-page"
        else:
            desc, reaches = VENDORS[code]
            forms, srcs = [], [code]
            origin = ("clean page: real vendor code src/%s (%s), placed by the keeper (%s) in a %s shell rebuilt "
                      "around the verbatim article text of a pages-corpus capture at the url" % (code, desc, placement, layout))
            kind = "rebuilt-from-text"
        rows.append({
            "id": pid, "url": a["url"], "title": a["title"], "date": a["date"], "source": a["source"],
            "author": a["author"], "text": "\n".join(a["paras"]), "hijacked": hijacked, "injections": forms,
            "spam_strings": [], "legit": False, "lang": "zh", "origin": origin, "kind": kind, "site": host,
            "capture": "text", "encoding": enc, "layout": layout, "placement": placement, "src": srcs,
            "reaches": reaches,
        })
    truth = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    return pages, truth


def main():
    pages, truth = build()
    hd = os.path.join(HERE, "html")
    if "--check" in sys.argv:
        bad = 0
        for pid, b in pages.items():
            p = os.path.join(hd, pid + ".html")
            if not os.path.exists(p) or open(p, "rb").read() != b:
                print("DIFF", pid)
                bad += 1
        if open(os.path.join(HERE, "truth.jsonl"), "rb").read() != truth:
            print("DIFF truth.jsonl")
            bad += 1
        extra = set(os.listdir(hd)) - {k + ".html" for k in pages}
        if extra:
            print("EXTRA", sorted(extra))
            bad += 1
        print("check:", "OK" if not bad else "%d differences" % bad)
        sys.exit(1 if bad else 0)
    os.makedirs(hd, exist_ok=True)
    for pid, b in pages.items():
        with open(os.path.join(hd, pid + ".html"), "wb") as f:
            f.write(b)
    with open(os.path.join(HERE, "truth.jsonl"), "wb") as f:
        f.write(truth)
    print("built", len(pages), "pages")


if __name__ == "__main__":
    main()
