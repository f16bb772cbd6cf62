"""Generate synthetic-v31: 40 invented gov/edu pages (28 hijacked, 12 clean of which 4 legit).

Layout (brief item 5): 4 invented sites x 5 pages (one template per site, shared header/nav/footer; the hijacked pages
of a site share one injection) + 20 single pages on two further templates. Injection forms are modelled on
real-cases-v31 (the row's `origin` names the real case). Fixed seed; re-runs are byte-identical.
Usage: python3 make_set.py [--out DIR]   (default: ../synthetic-v31 next to this folder)
"""
import argparse
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import EDU, EN, GOV, LEGIT, TRAD  # noqa: E402

SEED = 310531
E = html.escape

SURN = list("陈林黄周吴郑王刘张李杨赵孙朱胡郭何高罗梁宋谢韩唐冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ["立新", "建华", "晓峰", "海燕", "振宇", "文静", "国强", "丽娟", "志勇", "春梅", "卫东", "秀英", "明轩", "思远",
         "雨欣", "宏伟", "俊杰", "玉兰", "永刚", "晓玲", "德明", "雪梅", "家豪", "慧敏", "成林", "红霞", "子涵", "学军",
         "佳怡", "正平", "凤英", "锦程", "宁", "涛", "敏", "静", "磊", "洁", "军", "芳"]
TOWNS = ["青石镇", "柳塘乡", "东湖街道", "白沙镇", "龙泉镇", "马岭乡", "新港街道", "西园街道", "石门镇", "桃源乡"]
PLACES_GOV = ["县行政中心三楼会议室", "体育中心广场", "人力资源市场", "便民服务中心", "县文化馆", "高新区管委会会议室"]
PLACES_EDU = ["学校报告厅", "体艺馆", "图书馆学术报告厅", "行政楼会议室", "田径场"]
FIRMS = ["远航智能装备有限公司", "恒信物流集团", "华科电子科技有限公司", "绿源食品有限公司"]
WEEK = "一二三四五六日"
GOV_SRC = {"flood": "应急管理局", "village": "农业农村局", "business": "发展和改革局", "safety": "应急管理局",
           "jobs": "人力资源和社会保障局", "oldtown": "住房和城乡建设局", "fitness": "文化体育和旅游局", "grain": "发展和改革局",
           "river": "水利局", "elderly": "民政局", "forest": "林业局"}

# ---------------------------------------------------------------- sites and single-page hosts
SITES = {
    "A": dict(host="www.lushui.gov.cn", name="渌水县人民政府", short="渌水县", unit="县", topic="gov", tpl="T1", enc="utf-8",
              column="政务要闻", path="/modules/news/article.php?storyid={n}"),
    "B": dict(host="www.xlzx.edu.cn", name="西岭中学", short="西岭中学", unit="校", topic="edu", tpl="T2", enc="gbk",
              column="校园新闻", path="/Article/ShowArticle.asp?ArticleID={n}"),
    "C": dict(host="news.tcvtc.edu.cn", name="桐川职业技术学院", short="桐川职院", unit="院", topic="edu", tpl="T3", enc="utf-8",
              column="学院要闻", path="/news/article/{n}"),
    "D": dict(host="www.baiyu.gov.cn", name="白屿市人民政府", short="白屿市", unit="市", topic="gov", tpl="T4", enc="gb18030",
              column="部门动态", path="/bysrmzf/bmdt/{y}{m2}/t{y}{m2}{d2}_{n}.html"),
}
TPL_ENC = {"T1": "utf-8", "T2": "gbk", "T3": "utf-8", "T4": "gb18030", "T5": "utf-8", "T6": "gbk"}
TPL_NAME = {"T1": "xoops-news-module", "T2": "sitefactory-school", "T3": "expressionengine-college",
            "T4": "episerver-xxgk-portal", "T5": "backdrop-district-page", "T6": "publii-static-post"}

# site injections (one per site, shared by its hijacked pages)
SITE_PLAN = {
    "A": dict(inj="spider_head", hij=3, clean=2, legit=0),
    "B": dict(inj="brand_org_source", hij=3, clean=2, legit=0, brand="星朔娱乐"),
    "C": dict(inj="emoji_brand", hij=2, clean=3, legit=1, brand="沐金体育"),
    "D": dict(inj="column_brand", hij=2, clean=3, legit=1, brand="鹏博国际"),
}

# single pages: (template, host, org, topic, injection, extra)
SINGLES = [
    ("T5", "www.fengyuetang.com", "东坪县人民政府", "gov", "brand_org", dict(brand="恒耀娱乐")),
    ("T6", "www.hzqiaoyun.net", "南郊实验学校", "edu", "brand_org", dict(brand="凯锐体育")),
    ("T5", "www.jinxi.gov.cn", "金溪县人民政府", "gov", "brand_source", dict(brand="御龙棋牌")),
    ("T6", "www.ylzyxy.edu.cn", "云岭职业学院", "edu", "brand_source", dict(brand="金棠国际")),
    ("T5", "www.dayuanmachine.com", None, "gov", "en_copy", dict(brand="昊天体育")),
    ("T6", "m.chenxiangtea.com", "宁远县水利局", "gov", "spun", dict(brand="云麓彩票")),
    ("T5", "www.guoshanwood.com", "城南第二中学", "edu", "spun", dict(brand="青澜娱乐城")),
    ("T5", "www.kaijiemuye.com", None, "gov", "trad_mirror", dict(art=0)),
    ("T6", "www.ruixiangbag.net", None, "edu", "trad_mirror", dict(art=1)),
    ("T6", "www.qianshan.gov.cn", "千山县人民政府", "gov", "tongji_head", {}),
    ("T5", "www.hsxx.edu.cn", "红山小学", "edu", "spider_end", {}),
    ("T5", "www.lanqiaoke.com", "临川师范学院", "edu", "emoji_brand", dict(brand="拓岚体育")),
    ("T6", "www.shuyuanjiaju.com", "枫林中学", "edu", "portal_chrome", dict(brand="朔风体育", player="欧文")),
    ("T5", "www.mingshizx.edu.cn", "明石中学", "edu", "headline_brand", dict(brand="霁月彩票")),
    ("T6", "www.lianhe-yule.com", "清河县", "gov", "casino_section", dict(brand="澄江娱乐")),
    ("T5", "www.tianlubag.com", "海宁师范大学", "edu", "tipster_org", dict(brand="旺角内幕彩讯")),
    ("T6", "www.wenhuajie88.com", None, "gov", "punct_mirror", dict(art=2)),
    ("T6", "www.ganquan.gov.cn", "甘泉县人民政府", "gov", "title_tag_brand", dict(brand="北辰娱乐", brand2="琅轩国际")),
    ("T5", "www.shiquan.gov.cn", "石泉县", "gov", "clean_legit", dict(legit="lottery_fund")),
    ("T6", "www.yanxi.gov.cn", "雁溪县", "gov", "clean_legit", dict(legit="antigamble_police")),
]

MODEL = {  # injection -> the real case it is modelled on
    "spider_head": "rc31-015", "spider_end": "rc31-016", "tongji_head": "rc31-017", "brand_org": "rc31-002",
    "brand_org_source": "rc31-002/rc31-006", "brand_source": "rc31-006", "emoji_brand": "rc31-005",
    "column_brand": "rc31-020", "en_copy": "rc31-007", "spun": "rc31-008", "trad_mirror": "rc31-010/rc31-013",
    "portal_chrome": "rc31-009", "headline_brand": "rc31-019", "casino_section": "rc31-020",
    "tipster_org": "rc31-001", "punct_mirror": "rc31-014", "title_tag_brand": "rc31-019/rc31-009",
}
FORM = {
    "spider_head": ["crawler-cloaking-redirect-script"], "spider_end": ["crawler-cloaking-redirect-script"],
    "tongji_head": ["stats-lookalike-external-loader"], "brand_org": ["brand-in-institution-place"],
    "brand_org_source": ["brand-in-institution-place", "brand-as-source-field"], "brand_source": ["brand-as-source-field"],
    "emoji_brand": ["brand-in-institution-place", "emoji-interleaving"], "column_brand": ["brand-as-column-heading"],
    "en_copy": ["brand-as-source-field", "machine-translated-copy"], "spun": ["synonym-spun-copy", "brand-in-institution-place"],
    "trad_mirror": ["traditional-mirror-on-unrelated-host"], "portal_chrome": ["betting-portal-chrome-over-copied-news",
    "player-name-byline", "keyword-wrapped-headline"], "headline_brand": ["brand-in-headline-only"],
    "casino_section": ["casino-site-section-over-copied-news"], "tipster_org": ["lottery-tipster-phrase-in-institution-place"],
    "punct_mirror": ["traditional-mirror-on-unrelated-host", "punctuation-noise"],
    "title_tag_brand": ["brand-in-title-tag"],
}

SPUN = [("会议", "聚会"), ("工作", "事情"), ("计划", "妄想"), ("情况", "情形"), ("下午", "下昼"), ("部署", "安排"),
        ("召开", "举行"), ("要求", "要求"), ("强调", "强调"), ("指出", "指出"), ("任务", "使命"), ("领导", "向导")]
EMOJIS = ["🍀", "🎯", "🚀", "🌟", "🧩", "🎈", "🪁", "🧭", "🛎", "🎲", "🏅", "🪄"]


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.used_names = set()

    def name(self):
        while True:
            n = self.rng.choice(SURN) + self.rng.choice(GIVEN)
            if n not in self.used_names:
                self.used_names.add(n)
                return n

    def date(self):
        y = self.rng.choice([2022, 2023, 2024, 2025])
        m = self.rng.randint(1, 12)
        d = self.rng.randint(1, 27)
        return y, m, d

    def fill(self, base, org, short, unit, topic):
        y, m, d = self.date()
        slots = dict(org=org, short=short, unit=unit, y=y, m=m, d=d, d2=d + 1,
                     a=self.name(), b=self.name(), c=self.name(),
                     n1=self.rng.randint(3, 60), n2=self.rng.randint(5, 60), n3=self.rng.randint(2, 40),
                     n4=self.rng.randint(2, 40), n5=self.rng.randint(1, 9), n6=self.rng.randint(3, 15),
                     big=self.rng.randint(200, 1500), town=self.rng.choice(TOWNS),
                     place=self.rng.choice(FIRMS if base["key"] == "intern" else (PLACES_GOV if topic == "gov" else PLACES_EDU)))
        title = base["title"].format(**slots)
        paras = [p.format(**slots) for p in base["paras"]]
        pm, pd = (m, d) if self.rng.random() < 0.5 else (m, min(d + 1, 28))
        return dict(title=title, paras=paras, y=y, m=pm, d=pd, slots=slots)


def iso(a):
    return f"{a['y']:04d}-{a['m']:02d}-{a['d']:02d}"


def spider_script(variant):
    if variant == 0:
        return ('<script>\nvar ua = navigator.userAgent;\nvar bots = ["Baiduspider", "Sogou web spider", "360Spider", '
                '"YisouSpider", "Bytespider", "Googlebot", "bingbot"];\nvar isBot = bots.some(function (b) { return ua.indexOf(b) > -1; });\n'
                'if (!isBot) {\n    window.location.href = "https://m.xs-jump8.com/?c=31";\n}\n</script>')
    return ('<script type="text/javascript">\n(function () {\n  var u = navigator.userAgent.toLowerCase();\n'
            '  var list = ["baiduspider", "sogou", "360spider", "yisouspider", "googlebot"];\n'
            '  for (var i = 0; i < list.length; i++) { if (u.indexOf(list[i]) !== -1) { return; } }\n'
            '  location.replace("https://www.hz-dao77.com/r?s=hs");\n})();\n</script>')


TONGJI = '<script type="text/javascript" src="http://js.tj-count.net/31107/count.js"></script>'


# ---------------------------------------------------------------- templates
def render(tpl, ctx):
    """ctx: host, site_name, column, logo, title_tag, h1, date (y,m,d), author, source, views, paras, hooks, enc, lang."""
    h = ctx["hooks"]
    y, m, d = ctx["date"]
    au = ctx.get("author_shown")
    so = ctx.get("source_shown")
    views = ctx["views"]
    paras = "\n".join(f"<p>{E(p, quote=False)}</p>" for p in ctx["paras"])
    h1 = E(ctx["h1"], quote=False)
    logo = E(ctx["logo"])
    col = E(ctx["column"])
    lang = ctx["lang"]
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={ctx['enc']}">
<title>{E(ctx['title_tag'], quote=False)}</title>
{h.get('head', '')}
"""
    if tpl == "T1":  # Xoops news module
        by = (f'<span class="itemPoster">投稿人:{E(au)}</span> ' if au else '') + f'<span class="itemPostDate">发布于 {y}/{m}/{d} 09:{(d * 7) % 60:02d}</span> <span class="itemStats">(阅读 {views} 次)</span>'
        src = f'<div class="itemSource">来源:{E(so)}</div>' if so else ""
        body = f"""<link rel="stylesheet" href="/themes/xbootstrap/style.css">
</head>
<body id="xoops-news">
{h.get('body_start', '')}
<div id="xo-banner"><div class="xo-logo">{logo}</div><div class="xo-search"><form action="/search.php"><input name="query" type="text"><input type="submit" value="搜索"></form></div></div>
<div id="xo-globalnav"><ul><li><a href="/">首页</a></li><li><a href="/modules/news/">{col}</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul></div>
<div id="xo-content"><div class="news-breadcrumb"><a href="/">首页</a> &raquo; <a href="/modules/news/">{col}</a></div>
<div class="item"><div class="itemHead"><h2 class="itemTitle">{h1}</h2></div>
<div class="itemInfo">{by}</div>{src}
<div class="itemText">
{paras}
</div>
<div class="itemFoot"><a href="/modules/news/print.php">打印</a> | <a href="/modules/news/article.php">上一条</a></div></div></div>
{h.get('before_footer', '')}
<div id="xo-footer">主办:{E(ctx['site_name'])} 承办:县政务服务数据管理局 <span class="xo-powered">Powered by XOOPS</span></div>
"""
    elif tpl == "T2":  # SiteFactory (动易) school site
        au_s = E(au) if au else ""
        by = f'作者:{au_s}&nbsp;&nbsp;&nbsp;&nbsp;来源:{E(so) if so else "本站原创"}&nbsp;&nbsp;&nbsp;&nbsp;点击数:<span id="hits">{views}</span>&nbsp;&nbsp;&nbsp;&nbsp;更新时间:{y}-{m}-{d}'
        body = f"""<link href="/Skin/school_blue/style.css" rel="stylesheet" type="text/css">
</head>
<body>
{h.get('body_start', '')}
<table class="top" width="980" align="center"><tr><td class="logo">{logo}</td><td class="toplink"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">联系我们</a></td></tr></table>
<table class="menu" width="980" align="center"><tr><td><a href="/">网站首页</a></td><td><a href="#">学校概况</a></td><td><a href="/Article/">{col}</a></td><td><a href="#">德育园地</a></td><td><a href="#">教学教研</a></td><td><a href="#">招生信息</a></td></tr></table>
<table width="980" align="center" class="main_table"><tr><td class="left_nav" valign="top"><div class="class_title">{col}</div><ul><li>学校动态</li><li>通知公告</li><li>教研动态</li></ul></td>
<td valign="top"><div class="location">您现在的位置:&nbsp;<a href="/">{E(ctx['site_name'])}</a>&nbsp;&gt;&gt;&nbsp;<a href="/Article/">{col}</a>&nbsp;&gt;&gt;&nbsp;正文</div>
<div class="article_title">{h1}</div>
<div class="article_info">{by}</div>
<div class="article_content" id="fontzoom">
{paras}
</div>
<div class="article_prevnext">上一篇文章:<a href="#">没有了</a><br>下一篇文章:<a href="#">没有了</a></div></td></tr></table>
{h.get('before_footer', '')}
<table class="bottom" width="980" align="center"><tr><td>Copyright &copy; {E(ctx['site_name'])} 版权所有 技术支持:动易网络</td></tr></table>
"""
    elif tpl == "T3":  # ExpressionEngine college news
        meta = []
        if au:
            meta.append(f'撰稿:<span class="author">{E(au)}</span>')
        meta.append(f'<time datetime="{y:04d}-{m:02d}-{d:02d}">{y}年{m}月{d}日</time>')
        if so:
            meta.append(f"来源:{E(so)}")
        body = f"""<link rel="stylesheet" href="/themes/user/site/default/css/news.css">
</head>
<body class="channel-news">
{h.get('body_start', '')}
<header class="site-header"><a class="site-title" href="/">{logo}</a><nav class="primary"><a href="/">首页</a><a href="/news/">{col}</a><a href="#">院系专业</a><a href="#">招生就业</a></nav></header>
<main class="news-entry"><p class="crumbs"><a href="/">首页</a> / <a href="/news/">{col}</a></p>
<article><h1 class="entry-title">{h1}</h1>
<p class="entry-meta">{' | '.join(meta)}</p>
<div class="entry-body">
{paras}
</div></article></main>
{h.get('before_footer', '')}
<footer class="site-footer"><p>{E(ctx['site_name'])} 党委宣传部主办</p></footer>
"""
    elif tpl == "T4":  # Episerver portal with 信息公开 metadata table
        body = f"""<link rel="stylesheet" href="/static/css/epi.css">
</head>
<body class="ArticlePage">
{h.get('body_start', '')}
<div class="header"><div class="gov-logo">{logo}</div><div class="header-tools"><a href="#">无障碍浏览</a> <a href="#">长者模式</a></div></div>
<div class="mainnav"><a href="/">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">{col}</a></div>
<div class="bread">当前位置:<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; {col}</div>
<table class="xxgk-meta"><tr><th>索引号</th><td>11{(views * 37) % 100000:05d}/{y}-{views:05d}</td><th>主题分类</th><td>综合政务</td></tr>
<tr><th>发布机构</th><td>{E(so) if so else E(ctx['site_name'])}</td><th>生成日期</th><td>{y:04d}-{m:02d}-{d:02d}</td></tr>
<tr><th>名称</th><td colspan="3">{h1}</td></tr></table>
<div class="epi-article"><h1>{h1}</h1>
<div class="epi-info">来源:{E(so) if so else ""} {('作者:' + E(au) + ' ') if au else ''}发布日期:{y:04d}-{m:02d}-{d:02d} 【字体:大 中 小】</div>
<div class="epi-body">
{paras}
</div></div>
{h.get('before_footer', '')}
<div class="footer">主办单位:{E(ctx['site_name'])}办公室 网站标识码:3509000031</div>
"""
    elif tpl == "T5":  # Backdrop CMS district page
        wd = WEEK[(y * 3 + m * 5 + d) % 7]
        if lang == "en":
            sub = (f'Submitted by {E(au)} ' if au else 'Submitted ') + f'on {y:04d}-{m:02d}-{d:02d}'
            src = f'<div class="field field-name-field-source"><div class="field-items">{E(so)}</div></div>' if so else ""
        else:
            sub = (f'由 {E(au)} ' if au else '') + f'提交于 {y}年{m}月{d}日 星期{wd}'
            src = f'<div class="field field-name-field-source"><div class="field-label">信息来源:&nbsp;</div><div class="field-items">{E(so)}</div></div>' if so else ""
        body = f"""<link rel="stylesheet" href="/core/themes/basis/css/component/header.css">
</head>
<body class="page node-type-article">
{h.get('body_start', '')}
<header class="l-header"><div class="l-header-inner"><a href="/" class="logo">{logo}</a>
<nav class="menu-dropdown"><a href="/">首页</a> <a href="#">{col}</a> <a href="#">通知公告</a> <a href="#">办事服务</a></nav></div></header>
<div class="l-messages"></div>
<main class="l-content"><nav class="breadcrumb"><a href="/">首页</a> » {col}</nav>
<article class="node node-article"><h1 class="page-title">{h1}</h1>
<footer><div class="submitted">{sub}</div></footer>
{src}
<div class="field field-name-body"><div class="field-items">
{paras}
</div></div></article></main>
{h.get('before_footer', '')}
<footer class="l-footer"><div class="block-system-powered-by">Powered by Backdrop CMS</div><p>{E(ctx['site_name'])}</p></footer>
"""
    elif tpl == "T6":  # Publii static post
        parts = [f"<time>{y}.{m:02d}.{d:02d}</time>"]
        if au:
            parts.append(f"作者 {E(au)}")
        if so:
            parts.append(f"来源 {E(so)}")
        parts.append(f"阅读 {views}")
        body = f"""<link rel="stylesheet" href="/assets/css/style.css">
</head>
<body class="post-template">
{h.get('body_start', '')}
<header class="header"><a class="logo" href="/">{logo}</a><nav class="navbar"><ul><li><a href="/">首页</a></li><li><a href="/tags/news/">{col}</a></li><li><a href="#">关于</a></li></ul></nav></header>
<main class="main post"><article class="content">
<header class="content__header"><h1 class="content__title">{h1}</h1>
<div class="post__meta">{' · '.join(parts)}</div></header>
<div class="content__inner"><div class="content__entry">
{paras}
</div></div>
<footer class="content__footer"><div class="content__tags"><a href="/tags/news/">{col}</a></div></footer></article></main>
{h.get('before_footer', '')}
<footer class="footer"><div class="footer__copyright">{E(ctx['site_name'])} · Powered by Publii</div></footer>
"""
    else:
        raise ValueError(tpl)
    return head + body + f"{h.get('body_end', '')}\n</body>\n</html>\n"


# ---------------------------------------------------------------- injections
def apply(inj, art, org, extra, g, variant=0):
    """Return (shown, truth_over, hooks, spam, injected_code, marker)."""
    brand = extra.get("brand")
    shown = dict(title_tag=None, h1=art["title"], paras=list(art["paras"]), author=art["author"], source=art["source"],
                 logo=None, column=None, lang="zh")
    tru = dict(title=art["title"], author=art["author"], source=art["source"], strip=[], strip_emoji=False)
    hooks, spam, code, marker = {}, [], None, None
    if inj in ("spider_head", "spider_end"):
        code = spider_script(0 if inj == "spider_head" else 1)
        hooks["head" if inj == "spider_head" else "body_end"] = code
    elif inj == "tongji_head":
        code = TONGJI
        hooks["head"] = code
    elif inj in ("brand_org", "brand_org_source", "tipster_org", "emoji_brand", "spun"):
        ps = []
        for i, p in enumerate(shown["paras"]):
            if inj == "spun":
                if i == len(shown["paras"]) - 1:
                    p = p + f"{brand}控股集团主要负责同志表示,将把会议精神传达到每一位职工。"
                for a, b in SPUN:
                    p = p.replace(a, b)
            else:
                p = p.replace(org, brand)
            if inj == "emoji_brand":
                parts = p.split(",")
                p = ",".join(x + (g.rng.choice(EMOJIS) if k % 2 == 0 and k < len(parts) - 1 else "") for k, x in enumerate(parts))
            ps.append(p)
        if inj != "spun" and not any(brand in p for p in ps):  # make sure the brand shows at least once
            ps[0] = brand + ps[0]
        shown["paras"] = ps
        spam = [brand]
        tru["strip"] = [brand]
        tru["strip_emoji"] = inj == "emoji_brand"
        if inj == "spun":
            t = art["title"]
            for a, b in SPUN:
                t = t.replace(a, b)
            shown["h1"] = t
            tru["title"] = t
        if inj == "brand_org_source":
            shown["source"] = brand + "官网"
            tru["source"] = None
            spam = [brand]
    elif inj == "brand_source":
        shown["source"] = brand + "官方网站"
        tru["source"] = None
        spam = [brand + "官方网站"]
    elif inj == "column_brand":
        shown["column"] = brand + "新闻"
        shown["title_tag"] = f"{art['title']}_{brand}"
        spam = [brand]
    elif inj == "en_copy":
        shown["source"] = f"Source:{brand} {brand} Development Group"
        tru["source"] = None
        shown["lang"] = "en"
        spam = [brand]
    elif inj in ("trad_mirror", "punct_mirror"):
        m_ = re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "".join(art["paras"]))
        marker = m_.group(0) if (inj == "trad_mirror" and m_) else ",,"
    elif inj == "portal_chrome":
        shown["logo"] = brand
        shown["h1"] = f"学校活动新闻稿( {art['title']})"
        shown["author"] = extra["player"]
        tru["author"] = None
        tru["source"] = None
        shown["source"] = None
        shown["column"] = "球员资料"
        spam = [brand, extra["player"]]
    elif inj == "headline_brand":
        shown["h1"] = art["title"].replace(org, brand) if org in art["title"] else brand + art["title"]
        shown["title_tag"] = shown["h1"]
        tru["title"] = None
        spam = [brand]
    elif inj == "casino_section":
        shown["logo"] = brand + "官网"
        shown["column"] = brand + "新闻"
        shown["author"] = "admin"
        tru["author"] = None
        shown["source"] = None
        tru["source"] = None
        spam = [brand]
    elif inj == "title_tag_brand":
        shown["title_tag"] = f"{extra['brand']}-{art['title']}-{extra['brand2']}"
        spam = [extra["brand"], extra["brand2"]]
    return shown, tru, hooks, spam, code, marker


EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")


def truth_text(paras, strip, strip_emoji):
    out = []
    for p in paras:
        for s in strip:
            p = p.replace(s, "")
        if strip_emoji:
            p = EMOJI_RE.sub("", p)
        p = p.strip()
        if p:
            out.append(p)
    return "\n".join(out)


def build(out):
    g = Gen()
    rows, pages = [], []
    n = 0
    pid = 0

    def emit(tpl, host, site_name, column, url, art, inj, extra, org, topic, site_key, legit, model):
        nonlocal pid
        pid += 1
        rid = f"sy31-{pid:03d}"
        if inj in ("clean", "clean_legit"):
            shown, tru, hooks, spam, code, marker = apply("none", art, org, extra, g)
        else:
            shown, tru, hooks, spam, code, marker = apply(inj, art, org, extra, g)
        enc = TPL_ENC[tpl]
        lang = shown["lang"]
        ctx = dict(host=host, site_name=site_name, column=shown["column"] or column, logo=shown["logo"] or site_name,
                   title_tag=shown["title_tag"] or f"{shown['h1']}-{site_name}", h1=shown["h1"],
                   date=(art["y"], art["m"], art["d"]), author_shown=shown["author"], source_shown=shown["source"],
                   views=g.rng.randint(30, 4000), paras=shown["paras"], hooks=hooks, enc=enc,
                   lang="en" if lang == "en" else ("zh-Hant" if inj in ("trad_mirror", "punct_mirror") else "zh-CN"))
        doc = render(tpl, ctx)
        data = doc.encode(enc, errors="xmlcharrefreplace")
        hijacked = inj not in ("clean", "clean_legit")
        row = dict(id=rid, url=url, title=tru["title"], date=iso(art), source=tru["source"], author=tru["author"],
                   text=truth_text(shown["paras"], tru["strip"], tru["strip_emoji"]), hijacked=hijacked,
                   injections=FORM.get(inj, []) if hijacked else [], spam_strings=spam, legit=legit, lang=lang,
                   origin=(f"synthetic; injection modelled on real-cases-v31 {model}" if hijacked else
                           ("synthetic clean page" + (" (legit: lottery / anti-gambling content)" if legit else ""))),
                   kind="synthetic", site=host, capture="html", encoding=enc, template=TPL_NAME[tpl])
        if code:
            row["injected_code"] = code
        if marker:
            row["marker"] = marker
        rows.append(row)
        pages.append((rid, data))

    # --- sites
    for key in "ABCD":
        s = SITES[key]
        plan = SITE_PLAN[key]
        pool = [b for b in (GOV if s["topic"] == "gov" else EDU) if not (b["key"] == "intern" and "学院" not in s["name"])]
        g.rng.shuffle(pool)
        legit_bases = [b for b in LEGIT if b["topic"] == s["topic"]]
        kinds = ["hij"] * plan["hij"] + ["clean"] * (plan["clean"] - plan["legit"]) + ["legit"] * plan["legit"]
        g.rng.shuffle(kinds)
        for i, k in enumerate(kinds):
            base = g.rng.choice(legit_bases) if k == "legit" else pool[i]
            org = s["short"] if s["topic"] == "gov" else s["name"]
            art = g.fill(base, org, s["short"], s["unit"], s["topic"])
            art["author"] = g.name() if g.rng.random() < 0.7 else None
            art["source"] = (s["unit"] + GOV_SRC[base["key"]]) if s["topic"] == "gov" and base["key"] in GOV_SRC else \
                g.rng.choice(["县融媒体中心", "县政府办公室"]) if key == "A" else \
                g.rng.choice(["校办公室", "政教处", "教务处", "本站原创"]) if key == "B" else \
                g.rng.choice(["党委宣传部", "教务处", "学生工作处", "团委"]) if key == "C" else \
                g.rng.choice(["市体育局", "市民政局", "市农业农村局", "市城市管理局"])
            if k == "legit":
                art["source"] = {"lottery_fund": "市体育局", "antigamble_police": "市公安局", "lottery_welfare": "市民政局",
                                 "antigamble_edu": "学生工作处"}[base["key"]]
            n += 1
            url = "http://" + s["host"] + s["path"].format(n=1000 + n * 17, y=art["y"], m2=f"{art['m']:02d}", d2=f"{art['d']:02d}")
            inj = plan["inj"] if k == "hij" else ("clean_legit" if k == "legit" else "clean")
            emit(s["tpl"], s["host"], s["name"], s["column"], url, art, inj, dict(brand=plan.get("brand")), org,
                 s["topic"], key, k == "legit", MODEL.get(plan["inj"], ""))

    # --- single pages
    used = set()
    for tpl, host, org, topic, inj, extra in SINGLES:
        if inj in ("trad_mirror", "punct_mirror"):
            base = TRAD[extra["art"]]
            art = g.fill(base, "", "", "市", topic)
            art["author"] = None
            art["source"] = None
            site_name, column = "資訊中心", "本地新聞"
        elif inj == "en_copy":
            art = dict(title=EN["title"], paras=list(EN["paras"]), y=2023, m=7, d=7)
            art["author"] = None
            art["source"] = None
            site_name, column = "Company news", "News"
        elif inj == "clean_legit":
            base = [b for b in LEGIT if b["key"] == extra["legit"]][0]
            art = g.fill(base, org, org, "县", topic)
            art["author"] = None
            art["source"] = "县体育事业发展中心" if base["key"] == "lottery_fund" else "县公安局"
            site_name, column = org + "人民政府", "通知公告" if base["key"] == "lottery_fund" else "部门动态"
        elif inj == "casino_section":
            base = [b for b in LEGIT if b["key"] == "antigamble_police"][0]
            art = g.fill(base, org, org, "县", topic)
            art["author"] = None
            art["source"] = None
            site_name, column = extra["brand"], "新闻"
        else:
            allb = [b for b in (GOV if topic == "gov" else EDU) if not (b["key"] == "intern" and "学院" not in org)]
            pool = [b for b in allb if b["key"] not in used] or allb
            base = g.rng.choice(pool)
            used.add(base["key"])
            short = org.replace("人民政府", "")
            org_txt = short if topic == "gov" else org
            art = g.fill(base, org_txt, short, "县" if topic == "gov" else "校", topic)
            if org_txt not in art["title"] and inj == "headline_brand":
                art["title"] = org_txt + art["title"]
            art["author"] = g.name() if g.rng.random() < 0.6 else None
            art["source"] = g.rng.choice(["本站", "办公室", "宣传部", "融媒体中心"]) if g.rng.random() < 0.8 else None
            site_name = org if topic == "edu" else org
            column = "新闻动态" if topic == "edu" else "工作动态"
            if inj in ("brand_org", "spun", "emoji_brand", "tipster_org", "portal_chrome"):
                site_name = "新闻资讯"
        n += 1
        url = f"http://{host}/{'news' if tpl == 'T5' else 'posts'}/{art['y']}{art['m']:02d}/{1000 + n * 13}.html"
        legit = inj in ("clean_legit", "casino_section")
        text_org = (org or "").replace("人民政府", "") if topic == "gov" else (org or "")
        emit(tpl, host, site_name, column, url, art, "clean_legit" if inj == "clean_legit" else inj, extra, text_org,
             topic, None, legit, MODEL.get(inj, ""))

    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    for rid, data in pages:
        with open(os.path.join(out, "html", rid + ".html"), "wb") as f:
            f.write(data)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "synthetic-v31"))
    a = ap.parse_args()
    rows = build(a.out)
    h = sum(r["hijacked"] for r in rows)
    print(f"{len(rows)} pages, hijacked {h}, clean {len(rows) - h}, legit {sum(r['legit'] for r in rows)}")


if __name__ == "__main__":
    main()
