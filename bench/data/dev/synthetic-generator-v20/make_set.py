# -*- coding: utf-8 -*-
"""Generate synthetic-v20: 40 gov/edu pages in 6 CMS templates (28 hijacked, 12 clean of which 4 legit).

Fixed seed, no clock: a re-run writes byte-identical files.   python3 make_set.py [--out DIR]
Injection forms are modelled on real-cases-v20 (each row's `origin` names the case). Brands and spam lines are
invented (brands.json) and checked here against every spam_strings entry of the other splits (dev/*, heldout/*,
pending-*/*, leaving out the v20 folders): any overlap aborts the run.
"""
import glob
import html
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import EDU_UNITS, GOV_UNITS, LEGIT, ORDINARY, POLICE_UNITS  # noqa: E402

DATA = os.path.dirname(os.path.dirname(HERE)) if os.path.basename(os.path.dirname(HERE)) == "pending-v20" else None
E = html.escape
SEED = 20
RNG = random.Random(SEED)


def data_dir():
    d = HERE
    while d and os.path.basename(d) != "data":
        d = os.path.dirname(d)
    return d


def mojibake(s):
    b = s.encode("gbk")
    assert all(x >= 0xA1 for x in b), s
    return b.decode("latin-1")


MOJI_BRAND = mojibake("夜色秘语")

# invented strings (every one is checked against the other splits' spam strings)
BR = dict(
    f1="金樽汇娱乐城",
    f2="霁川体育4在线", f2s="霁川4",
    f3="鸿泰坊官方入口",
    f4="英超积分榜实时更新",
    f5="Spin now at Harborlight Casino!",
    f6=MOJI_BRAND,
    f10a="猴鸡蛇马", f10b="(本期稳中)",
    f11a="SLOT TERANG88", f11b="DAFTAR SITUS RESMI TERANG88 PALING MANTAP",
    f12t="Bandar Pelangi77 Situs Permainan Daring Paling Dipercaya 2025",
    f12d="Pelangi77 adalah bandar permainan daring paling dipercaya dengan bonus harian dan proses penarikan kilat.",
    f13="KapalEmas99 : Link Masuk Resmi Hari Ini",
    f9path="jinzunhuiyulecheng",
)
BRANDS = [v for k, v in BR.items()]

TEMPLATES = ["V1", "V2", "V3", "V4", "V5", "V6"]
ENC = {"V1": "gb18030", "V2": "utf-8", "V3": "utf-8", "V4": "gbk", "V5": "utf-8", "V6": "gbk"}
TPL_KIND = {"V1": "gov", "V2": "edu", "V3": "edu", "V4": "edu", "V5": "gov", "V6": "gov"}
TPL_DESC = {
    "V1": "TRS-WCM-style 政府信息公开 page (GB18030, TRS_Editor, 索引号/发布机构/生成日期/所属主题/文号 table, 来源 after the text)",
    "V2": "Typecho-style youth-league blog post (UTF-8, post-meta 作者/时间/分类, 来源 line at the end of the post)",
    "V3": "Pelican-style static department news (UTF-8, abbr.published + address.vcard.author, 来源 in footer meta)",
    "V4": "Neos-style college news (GBK, neos-contentcollection, one-line 发布时间/来源/作者/浏览)",
    "V5": "Pimcore-style district portal (UTF-8, pimcore_area_content, dl 信息来源/发布日期/作者/浏览次数)",
    "V6": "Enonic-XP-style town news (GBK, xp-page regions, 【发布时间】【信息来源】【作者】【字号】 line)",
}

# 14 forms x 2 pages, each modelled on a real-cases-v20 page
FORMS = [
    ("brand_replaces_unit", "rc20-001/rc20-005"),
    ("brand_in_headline_emoji", "rc20-002"),
    ("brand_site_name_title", "rc20-009"),
    ("keyword_spliced_sentence", "rc20-006"),
    ("english_casino_cta_line", "rc20-007/rc20-008"),
    ("mojibake_brand_replaces_unit", "rc20-010"),
    ("copy_unrelated_host", "rc20-011/rc20-012"),
    ("fake_source_token_query_path", "rc20-013/rc20-014"),
    ("brand_path_segment", "rc20-016"),
    ("script_innerhtml_lottery_tips", "rc20-017"),
    ("slot_banner_after_text", "rc20-018"),
    ("spam_title_meta_description", "rc20-019"),
    ("spam_title_only", "rc20-020"),
    ("pinyin_glossed_traditional_copy", "rc20-015"),
]

GLOSS = {"河": "hé", "岸": "àn", "粮": "liáng", "收": "shōu", "购": "gòu", "馆": "guǎn", "读": "dú", "书": "shū",
         "会": "huì", "议": "yì", "员": "yuán", "社": "shè", "区": "qū", "食": "shí", "堂": "táng", "动": "dòng"}
TRAD = str.maketrans({"开": "開", "发": "發", "会": "會", "议": "議", "长": "長", "区": "區", "镇": "鎮", "县": "縣",
                      "书": "書", "馆": "館", "读": "讀", "动": "動", "为": "為", "们": "們", "这": "這", "进": "進",
                      "与": "與", "关": "關", "组": "組", "织": "織", "责": "責", "务": "務", "时": "時", "级": "級",
                      "问": "問", "题": "題", "记": "記", "录": "錄", "处": "處", "现": "現", "场": "場", "阳": "陽",
                      "门": "門", "间": "間", "业": "業", "华": "華", "园": "園", "办": "辦", "将": "將", "实": "實"})


def gloss(s):
    return "".join(ch + ("(%s)" % GLOSS[ch] if ch in GLOSS else "") for ch in s.translate(TRAD))


def fill(art, unit, md):
    return art["title"].format(unit=unit), [p.format(unit=unit, md=md) for p in art["paras"]]


HOST_GOV = ["qingxi.gov.cn", "shiqiao.gov.cn", "liuhe.gov.cn", "donghu.gov.cn", "guishan.gov.cn", "changning.gov.cn",
            "pingyang.gov.cn", "nanping.gov.cn"]
HOST_EDU = ["jdxy.hzu.edu.cn", "xhzx.edu.cn", "fxfx.sfxy.edu.cn", "cjxy.lnu.edu.cn", "syzx.edu.cn", "wgyxy.ncu.edu.cn"]
PEOPLE = ["王晓峰", "李静", "陈思远", "赵敏", "刘洋", "周婷", "孙浩", "吴倩", "郑凯", "何丽"]
UNRELATED = ["ledanbao.com", "tuvisual.net", "quhuowang.cn", "mingmutech.com", "zhouyiapp.net"]


# ---------------------------------------------------------------- templates
def body_paras(paras):
    return "\n".join("<p>%s</p>" % E(p) for p in paras)


def tpl_V1(c):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>{E(c['title_tag'])}</title>
<meta name="SiteName" content="{E(c['site'])}" />
<meta name="ArticleTitle" content="{E(c['h1'])}" />
<meta name="PubDate" content="{c['date']} {c['time']}" />
{c['head_extra']}<link rel="canonical" href="{E(c['url'])}" />
</head>
<body>
{c['body_top']}<div class="top"><div class="logo"><a href="{c['base']}/">{E(c['site'])}</a></div></div>
<div class="nav"><a href="{c['base']}/">首页</a><a href="{c['base']}/zwgk/">政务公开</a><a href="{c['base']}/xxgk/">信息公开</a><a href="{c['base']}/hdjl/">互动交流</a></div>
<div class="position">您当前的位置:<a href="{c['base']}/">首页</a> &gt; <a href="{c['base']}/xxgk/">信息公开</a> &gt; 工作动态</div>
<table class="xxgk_table" cellspacing="0">
<tr><td class="t">索 引 号:</td><td>{c['index_no']}</td><td class="t">发布机构:</td><td>{E(c['unit'])}</td></tr>
<tr><td class="t">生成日期:</td><td>{c['date']}</td><td class="t">所属主题:</td><td>工作动态</td></tr>
<tr><td class="t">文&nbsp;&nbsp;&nbsp;&nbsp;号:</td><td></td><td class="t">名&nbsp;&nbsp;&nbsp;&nbsp;称:</td><td>{E(c['h1'])}</td></tr>
</table>
<div class="article">
<h1 class="ti">{E(c['h1'])}</h1>
<div class="TRS_Editor">
{c['before']}{body_paras(c['paras'])}
</div>
<div class="laiyuan">来源:{E(c['source'])} &nbsp; 责任编辑:{E(c['editor'])} &nbsp; 访问量:<span id="hits">{c['hits']}</span></div>
{c['after']}</div>
<div class="footer">主办:{E(c['site'])} &nbsp; 网站标识码:{c['site_code']} &nbsp; <a href="{c['base']}/wzdt/">网站地图</a></div>
{c['tail']}</body>
</html>
"""


def tpl_V2(c):
    return f"""<!DOCTYPE HTML>
<html class="no-js">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(c['title_tag'])}</title>
<meta name="generator" content="Typecho 1.2.1" />
{c['head_extra']}<link rel="canonical" href="{E(c['url'])}" />
</head>
<body>
{c['body_top']}<header id="header" class="clearfix"><div class="container"><a id="logo" href="{c['base']}/">{E(c['site'])}</a>
<p class="description">共青团{E(c['unit'])}委员会</p></div></header>
<nav id="nav-menu"><a class="current" href="{c['base']}/">首页</a><a href="{c['base']}/category/news/">团学动态</a><a href="{c['base']}/about.html">关于</a></nav>
<div id="body"><div class="container"><div class="col-mb-12 col-8" id="main" role="main">
<article class="post" itemscope itemtype="http://schema.org/BlogPosting">
<h1 class="post-title" itemprop="name headline"><a itemprop="url" href="{E(c['url'])}">{E(c['h1'])}</a></h1>
<ul class="post-meta"><li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" href="{c['base']}/author/1/" rel="author">{E(c['author'])}</a></li>
<li>时间: <time datetime="{c['date']}T{c['time']}+08:00" itemprop="datePublished">{c['date_cn']}</time></li>
<li>分类: <a href="{c['base']}/category/news/">团学动态</a></li></ul>
<div class="post-content" itemprop="articleBody">
{c['before']}{body_paras(c['paras'])}
<p class="from">(来源:{E(c['source'])})</p>
</div>
<p itemprop="keywords" class="tags">标签: 团学</p>
</article>
{c['after']}</div>
<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary">{c['side']}<section class="widget"><h3 class="widget-title">最新文章</h3><ul class="widget-list"><li><a href="{c['base']}/archives/12/">团支部风采展示</a></li></ul></section></div>
</div></div>
<footer id="footer" role="contentinfo">&copy; {E(c['site'])}. 由 Typecho 强力驱动.</footer>
{c['tail']}</body>
</html>
"""


def tpl_V3(c):
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8" />
<title>{E(c['title_tag'])}</title>
<meta name="author" content="{E(c['author'])}" />
{c['head_extra']}<link rel="canonical" href="{E(c['url'])}" />
<link href="{c['base']}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="{E(c['site'])} Atom Feed" />
</head>
<body id="index" class="home">
{c['body_top']}<header id="banner" class="body"><h1><a href="{c['base']}/">{E(c['site'])}</a></h1>
<nav><ul><li><a href="{c['base']}/category/xyxw.html">学院新闻</a></li><li><a href="{c['base']}/category/tzgg.html">通知公告</a></li></ul></nav></header>
<section id="content" class="body">
<article>
<header><h1 class="entry-title"><a href="{E(c['url'])}" rel="bookmark" title="Permalink to {E(c['h1'])}">{E(c['h1'])}</a></h1></header>
<footer class="post-info"><abbr class="published" title="{c['date']}T{c['time']}+08:00">{c['date_cn']}</abbr>
<address class="vcard author">By <a class="url fn" href="{c['base']}/author/">{E(c['author'])}</a></address>
<p>In <a href="{c['base']}/category/xyxw.html">学院新闻</a> · 来源:{E(c['source'])}</p></footer>
<div class="entry-content">
{c['before']}{body_paras(c['paras'])}
</div>
</article>
{c['after']}</section>
<section id="extras" class="body">{c['side']}</section>
<footer id="contentinfo" class="body"><address id="about" class="vcard body">Proudly powered by Pelican · {E(c['site'])}</address></footer>
{c['tail']}</body>
</html>
"""


def tpl_V4(c):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{E(c['title_tag'])}</title>
{c['head_extra']}<link rel="canonical" href="{E(c['url'])}">
</head>
<body class="neos-page">
{c['body_top']}<div class="neos-contentcollection" data-node-path="header"><div class="brand"><a href="{c['base']}/">{E(c['site'])}</a></div>
<ul class="menu"><li><a href="{c['base']}/">学院首页</a></li><li><a href="{c['base']}/xwdt.html">新闻动态</a></li><li><a href="{c['base']}/xsgz.html">学生工作</a></li></ul></div>
<main class="neos-contentcollection" data-node-path="main">
<div class="news-header"><h2 class="news-title">{E(c['h1'])}</h2>
<div class="news-meta">发布时间:{c['date']} &nbsp;来源:{E(c['source'])} &nbsp;作者:{E(c['author'])} &nbsp;浏览:<span class="pv">{c['hits']}</span>次</div></div>
<div class="neos-nodetypes-text">
{c['before']}{body_paras(c['paras'])}
</div>
{c['after']}</main>
<aside class="neos-contentcollection" data-node-path="aside">{c['side']}<h4>相关链接</h4><a href="{c['base']}/tzgg.html">通知公告</a></aside>
<footer class="footer">Copyright &copy; {E(c['site'])} 版权所有</footer>
{c['tail']}</body>
</html>
"""


def tpl_V5(c):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(c['title_tag'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{c['head_extra']}<link rel="canonical" href="{E(c['url'])}">
</head>
<body class="pimcore-document">
{c['body_top']}<header class="portal-header"><div class="portal-logo"><a href="{c['base']}/">{E(c['site'])}</a></div>
<nav class="portal-nav"><a href="{c['base']}/">首页</a><a href="{c['base']}/xwzx">新闻中心</a><a href="{c['base']}/zwgk">政务公开</a><a href="{c['base']}/bsfw">办事服务</a></nav></header>
<div class="breadcrumb"><a href="{c['base']}/">首页</a> / <a href="{c['base']}/xwzx">新闻中心</a> / 工作动态</div>
<div class="pimcore_area_content"><div class="article-detail">
<h1>{E(c['h1'])}</h1>
<dl class="article-info"><dt>信息来源</dt><dd>{E(c['source'])}</dd><dt>发布日期</dt><dd>{c['date']}</dd><dt>作者</dt><dd>{E(c['author'])}</dd><dt>浏览次数</dt><dd>{c['hits']}</dd></dl>
<div class="pimcore_wysiwyg">
{c['before']}{body_paras(c['paras'])}
</div>
</div>
{c['after']}</div>
<aside class="portal-side">{c['side']}</aside>
<footer class="portal-footer">主办单位:{E(c['site'])} · 政府网站标识码:{c['site_code']}</footer>
{c['tail']}</body>
</html>
"""


def tpl_V6(c):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{E(c['title_tag'])}</title>
{c['head_extra']}<link rel="canonical" href="{E(c['url'])}">
</head>
<body>
{c['body_top']}<div class="xp-page" data-portal-component-type="page">
<div data-portal-region="header"><div class="town-logo"><a href="{c['base']}/">{E(c['site'])}</a></div>
<div class="town-nav"><a href="{c['base']}/">首页</a> | <a href="{c['base']}/zwdt/">政务动态</a> | <a href="{c['base']}/tzgg/">通知公告</a></div></div>
<div data-portal-region="main"><div data-portal-component-type="part" class="news-show">
<h3 class="show-title">{E(c['h1'])}</h3>
<div class="show-info">【发布时间:{c['date']} {c['time'][:5]}】【信息来源:{E(c['source'])}】【作者:{E(c['author'])}】【字号:<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="show-content">
{c['before']}{body_paras(c['paras'])}
</div>
{c['after']}</div></div>
<div data-portal-region="side">{c['side']}</div>
<div data-portal-region="footer"><p>版权所有:{E(c['site'])}</p></div>
</div>
{c['tail']}</body>
</html>
"""


TPL = dict(V1=tpl_V1, V2=tpl_V2, V3=tpl_V3, V4=tpl_V4, V5=tpl_V5, V6=tpl_V6)


# ---------------------------------------------------------------- overlap check
def other_spam():
    d = data_dir()
    out = set()
    for pat in ("dev/*/truth.jsonl", "heldout/*/truth.jsonl", "pending-*/*/truth.jsonl"):
        for p in glob.glob(os.path.join(d, pat)):
            if os.path.basename(os.path.dirname(p)).endswith("-v20"):
                continue
            for line in open(p, encoding="utf-8"):
                if line.strip():
                    out.update(s for s in json.loads(line).get("spam_strings") or [] if s)
    return out


def check_brands():
    old = other_spam()
    bad = [(b, o) for b in BRANDS for o in old if b in o or o in b]
    if bad:
        raise SystemExit("invented strings overlap other splits' spam strings: %r" % bad[:5])
    return len(old)


# ---------------------------------------------------------------- build
def plan():
    """40 page specs: 28 hijacked (14 forms x 2, on different templates), 8 ordinary clean, 4 legit."""
    specs = []
    for fi, (form, model) in enumerate(FORMS):
        for k in range(2):
            specs.append(dict(form=form, model=model, tpl=TEMPLATES[(fi * 2 + k * 3) % 6]))
    for i in range(8):
        specs.append(dict(form=None, tpl=TEMPLATES[(i + 1) % 6], art=ORDINARY[i]))
    for i in range(4):
        specs.append(dict(form=None, legit=True, tpl=TEMPLATES[(i * 2 + 1) % 6], art=LEGIT[i]))
    RNG.shuffle(specs)
    return specs


def build_page(n, sp):
    tpl = sp["tpl"]
    kind = TPL_KIND[tpl]
    enc = ENC[tpl]
    if sp.get("art"):
        art = sp["art"]
    else:
        pool = [a for a in ORDINARY if a["kind"] == kind]
        art = RNG.choice(pool)
    if art["key"] == "dubo":
        unit = RNG.choice(POLICE_UNITS)
    else:
        unit = RNG.choice(GOV_UNITS if art["kind"] == "gov" else EDU_UNITS)
    y = RNG.choice([2023, 2024, 2025])
    m = RNG.randint(1, 12)
    d = RNG.randint(1, 28)
    date = "%04d-%02d-%02d" % (y, m, d)
    md = "%d月%d日" % (m, d)
    title, paras = fill(art, unit, md)
    host = (HOST_GOV if art["kind"] == "gov" else HOST_EDU)[RNG.randrange(8 if art["kind"] == "gov" else 6)]
    base = "http://www." + host if host.count(".") == 2 else "http://" + host
    path = "/xwzx/%d%02d/t%d%02d%02d_%d.html" % (y, m, y, m, d, RNG.randint(100000, 999999))
    site = {"gov": unit + "人民政府", "edu": unit}[art["kind"]] if art["key"] != "dubo" else unit
    if art["kind"] == "edu" and not unit.endswith(("学", "院")):
        site = unit
    author = RNG.choice(PEOPLE)
    source = unit if RNG.random() < 0.5 else (unit + ("办公室" if art["kind"] == "gov" else "宣传部" if unit.endswith("学院") else "办公室"))
    c = dict(
        title_tag="%s-%s" % (title, site), site=site, h1=title, date=date, time="%02d:%02d:00" % (RNG.randint(8, 18), RNG.randint(0, 59)),
        date_cn="%d年%d月%d日" % (y, m, d), unit=unit, source=source, author=author, editor=RNG.choice(PEOPLE),
        hits=RNG.randint(80, 3000), index_no="%s-%04d-%06d" % ("".join(RNG.choice("0123456789ABCDEF") for _ in range(9)), y, RNG.randint(1, 999999)),
        site_code="%010d" % RNG.randint(10 ** 9, 10 ** 10 - 1), paras=list(paras), before="", after="", side="",
        head_extra="", body_top="", tail="", base=base, url=base + path,
    )
    truth = dict(title=title, text=list(paras), source=source, author=author, date=date)
    if tpl == "V1":
        truth["author"] = None  # 信息公开 page shows no author
    spam, ev, inj = [], [], []
    form = sp.get("form")
    if form == "brand_replaces_unit":
        b = BR["f1"]
        c["paras"] = [p.replace(unit, b) for p in paras]
        c["h1"] = title.replace(unit, b)
        c["title_tag"] = c["h1"] + "-" + b
        c["site"] = b
        truth["text"] = [p.replace(unit, "") for p in paras]
        truth["title"] = title.replace(unit, "")
        truth["source"] = None if source.startswith(unit) else source
        c["source"] = source.replace(unit, b)
        spam, inj = [b], ["brand_replaces_unit", "brand_site_name"]
    elif form == "brand_in_headline_emoji":
        b, bs = BR["f2"], BR["f2s"]
        emo = ["\U0001F3C0", "\u26BD", "\U0001F3AF", "\U0001F525", "\U0001F4B0"]
        c["h1"] = b + title.replace(unit, "")
        c["title_tag"] = c["h1"]
        new = []
        for i, p in enumerate(paras):
            q = p.replace(unit, b if i == 0 else bs)
            q = q.replace("。", "。" + emo[i % len(emo)], 1)
            q = q.replace(",", emo[(i + 2) % len(emo)] + ",", 1)
            new.append(q)
        c["paras"] = new
        truth["text"] = [p.replace(unit, "") for p in paras]
        truth["title"] = None
        truth["source"] = None if source.startswith(unit) else source
        c["source"] = source.replace(unit, bs)
        spam, inj = [b, bs], ["brand_in_headline", "brand_replaces_unit", "emoji_sprinkled"]
    elif form == "brand_site_name_title":
        b = BR["f3"]
        c["site"] = b
        c["title_tag"] = "%s | %s" % (title, b)
        spam, inj = [b], ["brand_site_name", "brand_title_tag"]
    elif form == "keyword_spliced_sentence":
        b = BR["f4"]
        p1 = paras[1]
        cut = p1.find(",") + 1 or len(p1) // 2
        c["paras"][1] = p1[:cut] + b + p1[cut:]
        spam, inj = [b], ["keyword_spliced_mid_sentence"]
    elif form == "english_casino_cta_line":
        b = BR["f5"]
        c["before"] = '<p class="cta"><a href="https://harborlight.example-casino.top/?ref=%d" rel="nofollow"><b>%s</b></a></p>\n' % (n, E(b))
        spam, inj = [b], ["casino_ad_line_before_text", "english_cta"]
    elif form == "mojibake_brand_replaces_unit":
        b = BR["f6"]
        c["paras"] = [p.replace(unit, b) for p in paras]
        c["site"] = b
        c["title_tag"] = title.replace(unit, b) + " - " + b
        c["h1"] = title.replace(unit, b)
        truth["text"] = [p.replace(unit, "") for p in paras]
        truth["title"] = title.replace(unit, "")
        truth["source"] = None if source.startswith(unit) else source
        c["source"] = source.replace(unit, b)
        spam, inj = [b], ["mojibake_porn_brand_replaces_unit", "brand_site_name"]
    elif form == "copy_unrelated_host":
        h = UNRELATED[n % len(UNRELATED)]
        c["url"] = "http://www.%s/html/%d.html" % (h, RNG.randint(10000, 99999))
        c["base"] = "http://www." + h
        ev, inj = [h], ["copy_on_unrelated_host"]
    elif form == "fake_source_token_query_path":
        tok = "sp%s" % date.replace("-", "")
        h = UNRELATED[(n + 2) % len(UNRELATED)]
        c["url"] = "http://%s/?%s=%s.html" % (h, "".join(RNG.choice("aZqXwP") for _ in range(5)), RNG.choice("KVMB"))
        c["base"] = "http://" + h
        c["source"] = tok
        truth["source"] = None
        ev, inj = [tok, h], ["copy_on_unrelated_host", "fake_source_token", "random_query_path"]
    elif form == "brand_path_segment":
        c["base"] = c["base"] + "/" + BR["f9path"]
        c["url"] = c["base"] + path
        ev, inj = [BR["f9path"]], ["betting_brand_path_segment"]
    elif form == "script_innerhtml_lottery_tips":
        c["side"] = '<div class="side-box"><div id="tipsbox"></div></div>'
        c["tail"] = ("<script type=\"text/javascript\">\nfunction tipshtml(){\ntipsbox.innerHTML='<div class=\"tp\"><p><label>088-092期 </label>%s <span>%s</span></p>"
                     "<p><label>089-093期 </label>07,19,28,36</p><p><label>090-094期 </label>三肖六码<span> (连中8期)</span></p></div>';\n};\ntipshtml();\n</script>\n") % (BR["f10a"], BR["f10b"])
        spam, inj = [BR["f10a"], BR["f10b"]], ["script_innerhtml_lottery_tips", "sidebar_widget"]
    elif form == "slot_banner_after_text":
        c["after"] = ('<div class="banner-x" style="background:linear-gradient(90deg,#053c4e,#080024);padding:30px 0;text-align:center">'
                      '<div style="color:red;font-weight:1000;font-size:48px;">%s</div><h2><b>%s</b></h2></div>\n') % (BR["f11a"], BR["f11b"])
        spam, inj = [BR["f11a"], BR["f11b"]], ["slot_block_after_text", "inline_styled_banner"]
    elif form == "spam_title_meta_description":
        c["title_tag"] = BR["f12t"]
        c["head_extra"] = '<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n' % (E(BR["f12d"]), E(BR["f12t"]))
        spam, inj = [BR["f12t"], BR["f12d"]], ["spam_title_tag", "spam_meta_description"]
    elif form == "spam_title_only":
        c["title_tag"] = BR["f13"]
        spam, inj = [BR["f13"]], ["spam_title_tag"]
    elif form == "pinyin_glossed_traditional_copy":
        h = UNRELATED[(n + 4) % len(UNRELATED)]
        c["url"] = "http://m.%s/article/%d.html" % (h, RNG.randint(100000, 999999))
        c["base"] = "http://m." + h
        c["paras"] = [gloss(p) for p in paras]
        c["h1"] = gloss(title)
        c["title_tag"] = c["h1"]
        truth["text"] = list(c["paras"])
        truth["title"] = c["h1"]
        truth["source"] = gloss(source)
        c["source"] = truth["source"]
        truth["author"] = None if tpl == "V1" else author
        ev, inj = [h], ["copy_on_unrelated_host", "script_conversion", "pinyin_glosses"]
    doc = TPL[tpl](c)
    data = doc.encode(enc, errors="xmlcharrefreplace")
    row = dict(
        id="syn20-%03d" % n, url=c["url"], title=truth["title"], date=truth["date"], source=truth["source"],
        author=truth["author"], text="\n".join(truth["text"]), hijacked=bool(form), injections=inj,
        spam_strings=spam, legit=bool(sp.get("legit")), lang="zh",
        origin=("synthetic: form '%s' modelled on real-cases-v20 %s" % (form, sp["model"])) if form else (
            "synthetic: clean %s page%s" % (art["kind"], " (legit: %s)" % art["key"] if sp.get("legit") else "")),
        kind="synthetic", site=c["url"].split("/")[2], capture="html", encoding=enc, evidence=ev, template=tpl,
    )
    return data, row


def main():
    out = os.path.join(os.path.dirname(HERE), "synthetic-v20")
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    n_old = check_brands()
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    for i, sp in enumerate(plan(), 1):
        data, row = build_page(i, sp)
        with open(os.path.join(out, "html", row["id"] + ".html"), "wb") as f:
            f.write(data)
        rows.append(row)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "brands.json"), "w", encoding="utf-8") as f:
        json.dump(BRANDS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d pages (%d hijacked, %d legit); brands checked against %d spam strings" % (
        len(rows), sum(r["hijacked"] for r in rows), sum(r["legit"] for r in rows), n_old))


if __name__ == "__main__":
    main()
