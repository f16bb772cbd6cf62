# -*- coding: utf-8 -*-
"""Build real-cases-v36b: html/rc36b-NNN.html + truth.jsonl + SOURCES.md from cases.py and src/.

Deterministic; run from anywhere:  python3 build.py
"""
import html
import json
import os
from urllib.parse import urlparse

from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
E = html.escape

# five shells: (css, nav, footer lines, crumb prefix, meta css class)
SHELLS = {
    "A": ("body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;background:#f2f4f7}.head{background:#0b4f8a;color:#fff;"
          "padding:18px 0 0}.head .w,.main,.foot .w{width:1100px;margin:0 auto}.logo{font-size:26px;font-weight:bold}"
          ".nav{margin-top:12px;background:#083d6b}.nav a{color:#fff;display:inline-block;padding:8px 18px}"
          ".crumb{font-size:12px;color:#888;padding:10px 0}.article{background:#fff;padding:24px 48px}"
          "h1{font-size:22px;text-align:center;color:#0b4f8a}.meta{text-align:center;color:#999;font-size:12px;border-bottom:1px dashed #ddd;padding-bottom:10px}"
          ".v_news_content p{text-indent:2em}.foot{background:#0b4f8a;color:#cfe0f0;font-size:12px;padding:16px 0;margin-top:20px}",
          ["首页", "学院概况", "新闻中心", "通知公告", "党建工作", "联系我们"], ["版权所有", "技术支持:信息化建设与管理中心"],
          "您的位置:"),
    "B": ("body{margin:0;font:15px/1.9 SimSun,serif}.top{background:#b70d0d;height:8px}.head .w,.main,.foot .w{width:1000px;margin:0 auto}"
          ".logo{font:bold 30px 'Microsoft YaHei';color:#b70d0d;padding:16px 0}.nav{background:#c8161d}.nav a{color:#fff;padding:8px 16px;display:inline-block}"
          ".crumb{font-size:13px;padding:8px 0;border-bottom:1px solid #e5e5e5}.article{padding:20px 40px}"
          "h1{font-size:24px;text-align:center}.meta{text-align:center;color:#666;font-size:13px}.TRS_Editor p{text-indent:2em}"
          ".foot{border-top:3px solid #c8161d;font-size:12px;color:#555;padding:14px 0;text-align:center}",
          ["首页", "政务公开", "时政要闻", "政务服务", "互动交流"], ["主办单位:本站", "网站标识码", "备案号"],
          "当前位置:"),
    "C": ("body{margin:0;font:12px/1.9 'SimSun';background:#e9e9e9}table.wrap{width:980px;margin:0 auto;background:#fff}"
          ".banner{background:#1f6b3a;color:#fff;font:bold 24px 'Microsoft YaHei';padding:20px}.menu td{background:#2a8a4c;padding:6px 14px}"
          ".menu a{color:#fff}.crumb{padding:6px 10px;color:#555}.title{font-size:18px;font-weight:bold;text-align:center;padding:12px}"
          ".content{font-size:14px;padding:10px 30px}.copy{text-align:center;color:#666;padding:10px;border-top:1px solid #ccc}",
          ["首页", "机构设置", "新闻动态", "教学管理", "下载中心"], ["Copyright © 版权所有", "地址 电话 邮编"],
          "当前位置:"),
    "D": ("body{margin:0;font:16px/1.8 'PingFang SC','Microsoft YaHei'}.hd{border-bottom:2px solid #222;padding:10px 0}"
          ".hd .w,.main,.ft .w{max-width:960px;margin:0 auto}.hd .brand{font-size:24px;font-weight:bold}.hd nav a{margin-right:16px;color:#333}"
          ".crumb{font-size:13px;color:#999;padding:10px 0}h1{font-size:26px}.info{color:#888;font-size:13px}"
          ".text p{margin:0 0 1em}.ft{background:#222;color:#aaa;font-size:12px;padding:20px 0;margin-top:30px}",
          ["首页", "新闻", "视频", "专题", "关于"], ["版权所有 未经授权不得转载"], ""),
    "E": ("body{margin:0;font:14px/2 'Microsoft YaHei'}.header{height:96px;background:#17456d;color:#fff}.header .w,.container,.footer .w{width:1200px;margin:0 auto}"
          ".sitename{font-size:28px;line-height:96px}.navbar{background:#f5f5f5;border-bottom:1px solid #ddd}.navbar a{padding:0 20px;line-height:42px}"
          ".path{font-size:12px;color:#999}.arti_title{font-size:20px;text-align:center;font-weight:bold}.arti_metas{text-align:center;color:#777;font-size:12px}"
          ".wp_articlecontent p{text-indent:2em}.footer{background:#17456d;color:#cfd8e2;padding:18px 0;font-size:12px}",
          ["首页", "本馆概况", "资源服务", "读者服务", "通知公告"], ["版权所有", "地址"], "当前位置:"),
}


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def page_title(c):
    return (c["headline"] + " - " + c["site_name"]) if c.get("headline") else c["site_name"]


def content_block(c):
    out = []
    subs = set(c.get("subheads") or [])
    caps = c.get("captions") or {}
    for i, p in enumerate(c["paras"]):
        if i in subs:
            out.append("<p><strong>%s</strong></p>" % E(p))
        else:
            out.append("<p>%s</p>" % E(p))
        for cap in caps.get(i, []):
            out.append('<p style="text-align:center;color:#666">%s</p>' % E(cap))
    return "\n".join(out)


def render(c):
    shell = c["shell"]
    css, nav, foot, crumb_label = SHELLS[shell]
    enc = c.get("encoding", "utf-8")
    title = page_title(c)
    head = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>',
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % enc,
            '<meta name="viewport" content="width=device-width, initial-scale=1" />']
    if c.get("head_src"):
        inj = read_src(c["head_src"]).replace("@@CLOAK_TITLE@@", title)
        if not c.get("replace_title"):
            head.append("<title>%s</title>" % E(title))
        head.append(inj.rstrip("\n"))
    else:
        head.append("<title>%s</title>" % E(title))
    head.append("<style>%s</style>" % css)
    if c.get("script_src"):
        head.append('<script type="text/javascript" src="/js/jquery.min.js"></script>')
    head.append("</head>")

    navhtml = " ".join('<a href="#">%s</a>' % E(n) for n in nav)
    crumb = " &gt; ".join(E(x) for x in c["crumb"])
    headline = "<h1>%s</h1>" % E(c["headline"]) if c.get("headline") else ""
    meta = '<div class="meta info arti_metas">%s</div>' % E(c["meta"]) if c.get("meta") else ""
    tops = "\n".join('<div class="tips">%s</div>' % E(t) for t in c.get("top_lines", []))
    after = "\n".join('<p class="editor">%s</p>' % E(t) for t in c.get("after", []))
    content = content_block(c)
    top_inj = read_src(c["top_src"]).rstrip("\n") if c.get("top_src") else ""
    body_inj = read_src(c["body_src"]).rstrip("\n") if c.get("body_src") else ""
    foot_inj = read_src(c["foot_src"]).rstrip("\n") if c.get("foot_src") else ""
    footer = " | ".join(E(f) for f in foot)
    site = E(c["site_name"])

    if shell in ("A", "B", "E"):
        cls = {"A": "v_news_content", "B": "TRS_Editor", "E": "wp_articlecontent"}[shell]
        body = ['<body>', tops,
                '<div class="head header"><div class="w"><div class="logo sitename">%s</div></div>' % site,
                '<div class="nav navbar"><div class="w">%s</div></div></div>' % navhtml,
                top_inj,
                '<div class="main container">',
                '<div class="crumb path">%s %s</div>' % (crumb_label, crumb)]
        if c.get("script_src"):
            body.append('<div id="contentlist">')
        body += ['<div class="article">', headline, meta,
                 '<div class="%s">' % cls, content, '</div>', body_inj, after, '</div>']
        if c.get("script_src"):
            body.append('</div>')
        body += ['<div class="links">友情链接:<a href="#">中国政府网</a> <a href="#">教育部</a></div>', foot_inj, '</div>',
                 '<div class="foot footer"><div class="w">%s</div></div>' % footer]
    elif shell == "C":
        body = ['<body>', tops, '<table class="wrap" cellspacing="0" cellpadding="0">',
                '<tr><td class="banner">%s</td></tr>' % site,
                '<tr><td><table class="menu"><tr>%s</tr></table></td></tr>' % "".join("<td>%s</td>" % ('<a href="#">%s</a>' % E(n)) for n in nav),
                '<tr><td>%s</td></tr>' % top_inj if top_inj else "",
                '<tr><td class="crumb">%s %s</td></tr>' % (crumb_label, crumb),
                '<tr><td>']
        if c.get("script_src"):
            body.append('<div id="contentlist">')
        body += ['<div class="title">%s</div>' % E(c["headline"]) if c.get("headline") else "", meta,
                 '<div class="content">', content, '</div>', body_inj, after]
        if c.get("script_src"):
            body.append('</div>')
        body += ['</td></tr>', '<tr><td>%s</td></tr>' % foot_inj if foot_inj else "",
                 '<tr><td class="copy">%s</td></tr>' % footer, '</table>']
    else:  # D
        body = ['<body>', tops,
                '<header class="hd"><div class="w"><span class="brand">%s</span> <nav>%s</nav></div></header>' % (site, navhtml),
                top_inj, '<main class="main">', '<div class="crumb">%s</div>' % crumb]
        if c.get("script_src"):
            body.append('<div id="contentlist">')
        body += ['<article>', headline, meta, '<div class="text">', content, '</div>', body_inj, after, '</article>']
        if c.get("script_src"):
            body.append('</div>')
        body += [foot_inj, '</main>', '<footer class="ft"><div class="w">%s</div></footer>' % footer]
    if c.get("script_src"):
        body.append('<script type="text/javascript">\n%s</script>' % read_src(c["script_src"]))
    body += ['</body>', '</html>', '']
    return "\n".join(x for x in head + body if x != "")


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows, sources = [], []
    for n, c in enumerate(CASES, 1):
        rid = "rc36b-%03d" % n
        enc = c.get("encoding", "utf-8")
        page = render(c)
        with open(os.path.join(HERE, "html", rid + ".html"), "wb") as f:
            f.write(page.encode(enc))
        t = c["truth"]
        text = "\n".join(c["paras"])
        row = dict(id=rid, url=c["url"], title=t["title"], date=t["date"], source=t["source"], author=t["author"],
                   text=text, hijacked=t["hijacked"], injections=t["injections"], spam_strings=t["spam_strings"],
                   legit=t["legit"], lang=t["lang"], origin=t["origin"], kind=t["kind"],
                   site=urlparse(c["url"]).hostname, capture=t["capture"], encoding=enc, template="shell-" + c["shell"])
        rows.append(row)
        srcs = [c.get(k) for k in ("head_src", "top_src", "body_src", "foot_src", "script_src") if c.get(k)]
        sources.append("- `%s` — %s. Text: pages corpus, %s. Injected material: %s." % (
            rid, "hijacked" if t["hijacked"] else "legit", c["url"], ", ".join("`src/%s`" % s for s in srcs) or "none"))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# SOURCES — real-cases-v36b\n\nEvery page: article text verbatim from the `search` tool's pages corpus "
                "(url below); injected markup/code verbatim from files of the `code` corpus (stored public GitHub files, "
                "cited by the index id that `read_file` opens; details and every keeper change in each truth line's "
                "`origin`). Shells (5 layouts) are the keeper's.\n\n")
        f.write("\n".join(sources) + "\n")


if __name__ == "__main__":
    main()
