# -*- coding: utf-8 -*-
"""Build real-cases-v39b: html/<id>.html, truth.jsonl, SOURCES.md from cases.py + snippets.py.

Deterministic (no randomness, no clock). Run: python3 build.py
"""
import html
import json
import os

import snippets as S
from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))

# injection / look-alike -> (markup, kind of placement)
INJECTIONS = {
    "showclone_ua": "<script type=\"text/javascript\">\n" + S.SHOWCLONE_UA + "</script>",
    "stats_slot": S.STATS_SLOT_TAGS,
    "showclone_local": "<script>\n" + S.SHOWCLONE_LOCAL + "\n</script>",
    "showclone_mirror": "<script type=\"text/javascript\">\n" + S.SHOWCLONE_MIRROR + "\n</script>",
    "unescape_popup": S.UNESCAPE_POPUP_BLOCK,
    "unescape_ios": S.UNESCAPE_IOS_BLOCK,
    "hidden_strong": S.HIDDEN_STRONG_LINK,
    "reversed_hex": "<script>" + S.REVERSED_HEX_LOADER + "</script>",
    "charcode_append": S.CHARCODE_APPEND_BLOCK,
    "adlink_append": S.ADLINK_APPEND_BLOCK,
    "plugin_echo": S.PLUGIN_ECHO_TAG,
    # look-alikes
    "tongji": "<script>\n" + S.TONGJI + "\n</script>",
    "own_https_redirect": S.OWN_HTTPS_REDIRECT_BLOCK,
    "cnzz": S.CNZZ_BLOCK,
}

E = html.escape

SITE_CHROME = {
    # template: (site name, nav items, footer lines, css)
    "shportal": ("上海市人民政府", ["首页", "政务公开", "政务服务", "政民互动", "走进上海", "区政动态"],
                 ["主办:上海市人民政府办公厅", "沪ICP备05005392号"],
                 "body{margin:0;font-family:'Microsoft YaHei',sans-serif;background:#f4f6f9}.top{background:#b4252a;color:#fff;padding:14px 40px;font-size:24px}.nav a{display:inline-block;padding:10px 18px;color:#333}.main{width:1000px;margin:20px auto;background:#fff;padding:30px}.art h1{font-size:24px;text-align:center}.meta{color:#888;text-align:center}.foot{text-align:center;color:#666;font-size:12px;padding:20px}"),
    "fengxian": ("上海奉贤", ["首页", "新闻中心", "政务公开", "办事服务", "互动交流", "部门街镇"],
                 ["上海市奉贤区人民政府 版权所有", "主办:上海市奉贤区人民政府办公室"],
                 "body{margin:0;font-family:SimSun,serif}.hd{background:#0b5aa2;height:90px;color:#fff;font-size:28px;line-height:90px;padding-left:60px}.crumb{width:1100px;margin:10px auto;color:#555}.wrap{width:1100px;margin:0 auto;border:1px solid #dde}.con{padding:30px 60px}.con h2{text-align:center;color:#0b5aa2}.info{text-align:center;font-size:13px;color:#777;border-bottom:1px dashed #ccc;padding-bottom:8px}.ft{background:#0b5aa2;color:#fff;text-align:center;padding:18px;font-size:12px}"),
    "govblue": (None, ["网站首页", "政务要闻", "信息公开", "政务服务", "政民互动", "专题专栏"],
                ["版权所有", "技术支持:信息中心"],
                "body{margin:0;background:#eef3f8;font:14px/1.8 'Microsoft YaHei'}#header{background:#1d62b5;color:#fff;font-size:26px;padding:20px 50px}#menu{background:#13478a}#menu a{color:#fff;padding:8px 16px;display:inline-block}#container{width:980px;margin:16px auto;background:#fff;padding:24px 40px}.position{font-size:12px;color:#666}.article-title{font-size:22px;text-align:center;color:#1d62b5}.article-info{text-align:center;color:#999;font-size:12px}#footer{text-align:center;font-size:12px;color:#555;padding:16px}"),
    "edu": (None, ["学院首页", "学院概况", "新闻动态", "通知公告", "教学科研", "党建工作"],
            ["版权所有", "地址:校园路1号"],
            "body{margin:0;font-family:'Microsoft YaHei'}.banner{background:#7a1e1e;color:#fff;font-size:26px;padding:22px 50px}.menu{background:#5c1414}.menu a{color:#fff;padding:8px 14px;display:inline-block}.main{width:1000px;margin:0 auto;padding:20px}.lm{float:left;width:200px}.rm{margin-left:230px}.tit{font-size:20px;text-align:center;font-weight:bold}.sj{text-align:center;color:#888;font-size:12px}.v_news_content p{text-indent:2em}.bottom{clear:both;background:#7a1e1e;color:#fff;text-align:center;padding:14px;font-size:12px}"),
    "enlaw": (None, ["Home", "Services", "People", "Insights", "News", "Contact"],
              ["All rights reserved.", "Privacy | Cookies | Legal notices"],
              "body{margin:0;font-family:Georgia,serif;color:#222}header{border-bottom:1px solid #ddd;padding:18px 40px}nav a{margin-right:18px;color:#024}article{max-width:760px;margin:30px auto}article h1{font-size:30px}.date{color:#777}footer{border-top:1px solid #ddd;padding:20px 40px;font-size:12px;color:#666}"),
    "epaper": ("衡阳晚报", ["首页", "往期回顾", "版面导航", "标题导航"],
               ["衡阳日报社 版权所有", "未经授权不得转载"],
               "body{margin:0;background:#f7f3ea;font-family:SimSun}.paperhead{background:#a10000;color:#fff;padding:10px 30px;font-size:22px}.pagenav a{margin:0 8px}.paper{width:760px;margin:16px auto;background:#fff;padding:24px}.paper p{text-indent:2em;line-height:1.9}.paperfoot{text-align:center;font-size:12px;color:#777;padding:12px}"),
}

SITE_NAMES = {
    "www.shpt.gov.cn": "上海普陀", "xxmyq.gov.cn": "区人民政府门户网站", "www.jiangzhou.gov.cn": "新绛县人民政府",
    "www.qingcheng.gov.cn": "清远市清城区人民政府", "zwgk.shmh.gov.cn": "闵行区政府信息公开",
    "ydrd.yandu.gov.cn": "盐都人大", "wxcbxy.sasu.edu.cn": "文学与传播学院", "xcb.cdtc.edu.cn": "党委宣传部",
    "ggxy.ahut.edu.cn": "管理科学与工程学院", "xcb.czu.edu.cn": "党委宣传部", "news.dhu.edu.cn": "东华大学新闻网",
    "www.dzvtc.edu.cn": "学院新闻网", "www.macfarlanes.com": "Macfarlanes", "www.popall.co.uk": "Poppleston Allen",
    "alessa.com": "Alessa",
}


def paras_html(paras):
    return "\n".join("<p>%s</p>" % E(p, quote=False) for p in paras)


def extra_html(lines, cls):
    if not lines:
        return ""
    return "<div class=\"%s\">%s</div>" % (cls, "".join("<p>%s</p>" % E(x, quote=False) for x in lines))


def render(c):
    tpl = c["template"]
    name, nav, foot, css = SITE_CHROME[tpl]
    name = name or SITE_NAMES.get(c["site"], c["site"])
    charset = "gbk" if c["encoding"] == "gbk" else "utf-8"
    inj_key = c.get("injection") or c.get("lookalike")
    inj = INJECTIONS[inj_key] if inj_key else ""
    place = c.get("place")
    title_txt = c["title"] or c.get("page_title") or name
    head_title = "%s - %s" % (title_txt, name) if c["title"] else title_txt
    parts = {"head_start": "", "head_end": "", "body_start": "", "after_article": "", "footer": "", "body_end": ""}
    if inj:
        parts[place] = inj
    h1 = ""
    byline = c.get("byline")
    top = extra_html(c.get("extra_top"), "ext-top")
    bottom = extra_html(c.get("extra_bottom"), "ext-bottom")
    body = paras_html(c["paras"])
    navh = "".join("<a href=\"#\">%s</a>" % E(n) for n in nav)
    footh = "<br>".join(E(f) for f in foot)
    lang = "en" if c["lang"] == "en" else "zh-CN"

    head = ["<!DOCTYPE html>", "<html lang=\"%s\">" % lang, "<head>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">" % charset]
    if parts["head_start"]:
        head.append(parts["head_start"])
    head += ["<title>%s</title>" % E(head_title, quote=False),
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
             "<style>%s</style>" % css]
    if tpl == "fengxian":
        head.append("<script type=\"text/javascript\" src=\"/fxzf/js/jquery-1.11.3.min.js\"></script>")
    if parts["head_end"]:
        head.append(parts["head_end"])
    head.append("</head>")

    if tpl == "shportal":
        if c["title"]:
            h1 = "<h1>%s</h1>" % E(c["title"], quote=False)
        meta = ""
        if c["date"] or c["source"]:
            meta = "<div class=\"meta\">%s 来源:%s</div>" % (E(c["date"] or ""), E(c["source"] or ""))
        bodyh = ["<body>", parts["body_start"], "<div class=\"top\">%s</div>" % E(name), "<div class=\"nav\">%s</div>" % navh,
                 "<div class=\"main\"><div class=\"art\">", h1, meta, top, "<div class=\"Article_content\">", body, "</div>",
                 parts["after_article"], bottom, "</div></div>", "<div class=\"foot\">%s%s</div>" % (footh, parts["footer"]),
                 parts["body_end"], "</body>", "</html>"]
    elif tpl == "fengxian":
        if c["title"]:
            h1 = "<h2>%s</h2>" % E(c["title"], quote=False)
        info = "<div class=\"info\">%s</div>" % E(byline) if byline else ""
        bodyh = ["<body>", parts["body_start"], "<div class=\"hd\">%s</div>" % E(name), "<div class=\"crumb\">当前位置:首页 &gt; 新闻中心 &gt; 正文</div>",
                 "<div class=\"wrap\"><div class=\"con\">", h1, info, top, "<div id=\"zoom\">", body, "</div>", parts["after_article"], bottom,
                 "</div></div>", "<div class=\"ft\">%s%s</div>" % (footh, parts["footer"]), parts["body_end"], "</body>", "</html>"]
    elif tpl == "govblue":
        if c["title"]:
            h1 = "<div class=\"article-title\">%s</div>" % E(c["title"], quote=False)
        info = "<div class=\"article-info\">%s</div>" % E(byline) if byline else ""
        bodyh = ["<body>", parts["body_start"], "<div id=\"header\">%s</div>" % E(name), "<div id=\"menu\">%s</div>" % navh,
                 "<div id=\"container\"><div class=\"position\">您现在的位置:首页 &gt; 政务要闻 &gt; 正文</div>", h1, info, top,
                 "<div class=\"article-content\">", body, "</div>", parts["after_article"], bottom,
                 "<div class=\"share\">【打印本页】【关闭窗口】</div></div>",
                 "<div id=\"footer\">%s %s%s</div>" % (E(name), footh, parts["footer"]), parts["body_end"], "</body>", "</html>"]
    elif tpl == "edu":
        if c["title"]:
            h1 = "<div class=\"tit\">%s</div>" % E(c["title"], quote=False)
        info = "<div class=\"sj\">%s</div>" % E(byline) if byline else ""
        bodyh = ["<body>", parts["body_start"], "<div class=\"banner\">%s</div>" % E(name), "<div class=\"menu\">%s</div>" % navh,
                 "<div class=\"main\"><div class=\"lm\"><h3>栏目导航</h3><ul><li>新闻动态</li><li>通知公告</li></ul></div><div class=\"rm\">",
                 "<div class=\"dqwz\">当前位置: 首页 &gt;&gt; 正文</div>", h1, info, top, "<div class=\"v_news_content\">", body, "</div>",
                 parts["after_article"], bottom, "</div></div>",
                 "<div class=\"bottom\">%s %s%s</div>" % (E(name), footh, parts["footer"]), parts["body_end"], "</body>", "</html>"]
    elif tpl == "enlaw":
        if c["title"]:
            h1 = "<h1>%s</h1>" % E(c["title"], quote=False)
        info = "<p class=\"date\">%s</p>" % E(byline) if byline else ""
        bodyh = ["<body>", parts["body_start"], "<header><strong>%s</strong> <nav>%s</nav></header>" % (E(name), navh), top,
                 "<article>", h1, info, body, parts["after_article"], bottom, "</article>",
                 "<footer>&copy; %s. %s%s</footer>" % (E(name), footh, parts["footer"]), parts["body_end"], "</body>", "</html>"]
    elif tpl == "epaper":
        bodyh = ["<body>", parts["body_start"], "<div class=\"paperhead\">%s</div>" % E(name), "<div class=\"pagenav\">%s</div>" % navh,
                 "<div class=\"paper\">", top, "<founder-content>", body, "</founder-content>", parts["after_article"], bottom, "</div>",
                 "<div class=\"paperfoot\">%s%s</div>" % (footh, parts["footer"]), parts["body_end"], "</body>", "</html>"]
    else:
        raise ValueError(tpl)
    doc = "\n".join(x for x in head + bodyh if x) + "\n"
    return doc.encode("gbk" if c["encoding"] == "gbk" else "utf-8")


def truth(c):
    origin = "%s; article: pages corpus capture (search: '%s'): %s; placement: %s" % (
        ("code: " + c["code_src"]) if c["code_src"] != "none" else "no code", c["search"], c["article_note"], c["placement"])
    return dict(id=c["id"], url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
                text="\n".join(c["paras"]), hijacked=c["hijacked"], injections=c["injections"],
                spam_strings=c["spam_strings"], legit=c["legit"], lang=c["lang"], origin=origin, kind=c["kind"],
                site=c["site"], capture=c["capture"], encoding=c["encoding"])


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    for c in CASES:
        with open(os.path.join(HERE, "html", c["id"] + ".html"), "wb") as f:
            f.write(render(c))
        rows.append(truth(c))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = ["# SOURCES - real-cases-v39b", "",
             "Where each page comes from. Article texts: the stored public web pages corpus (`search`, corpus `pages`), "
             "verbatim, with the search words given. Injected code: public repository files (`code` corpus, `find_string`/"
             "`read_file`, cited by stored file index id) or GitHub issue threads (`issues` corpus), verbatim unless marked "
             "REBUILT. Shells (chrome, nav, footer) are generic and written by build.py.", ""]
    for r, c in zip(rows, CASES):
        flags = ", ".join(x for x in ["hijacked" if r["hijacked"] else "not hijacked", "legit" if r["legit"] else ""] if x)
        lines.append("- **%s** - %s - kind `%s`, capture `%s`, %s, forms %s: %s" % (
            r["id"], r["url"], r["kind"], r["capture"], flags, ", ".join(r["injections"]) or "none", r["origin"]))
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("built", len(rows), "pages")


if __name__ == "__main__":
    main()
