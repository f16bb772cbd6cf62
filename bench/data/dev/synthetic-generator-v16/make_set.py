# -*- coding: utf-8 -*-
"""Generates synthetic-v16: 40 gov/edu pages in 6 CMS templates (J1-J6), 28 hijacked with 14 injection
forms modelled on real-cases-v16 (2 pages each, different templates and positions), 12 clean of which
4 legit (lotteries, gambling regulation). Fixed seed: a re-run writes byte-identical files.

Usage: python3 make_set.py [OUT_DIR]   (default: ../synthetic-v16)
       python3 make_set.py --check     (build twice into temp dirs and compare bytes)
"""
import hashlib
import html
import json
import os
import random
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles  # noqa: E402

SEED = 161603
DEV_GLOB = os.path.join(HERE, "..", "..", "dev")


def e(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


# --------------------------------------------------------------------------- invented spam material
BRANDS = ["琨岳体育", "澹台国际", "砺金棋牌", "朔风彩票", "芷汀娱乐", "楠溪电竞", "渊鹭真人", "岫云体育",
          "霈霖国际", "沅芷彩票", "琅嬛棋牌", "鹄立电竞", "湍濑真人", "苕华体育"]
DOMAINS = ["kunyue-ty.vip", "dantai88.cc", "lijin-qp.top", "shuofengcp.xyz", "zhiting-yl.club", "nanxi-dj.vip",
           "yuanlu-zr.cc", "xiuyun-ty.top", "peilin88.vip", "yuanzhi-cp.cc", "langhuan-qp.xyz", "huli-dj.top",
           "tuanlai-zr.club", "tiaohua-ty.vip"]
LOTTO = ["天天开奖结果查询今晚更新", "跑狗图今期正版资料", "三中三必中特码分析", "今晚开什么号码最准",
         "四不像今晚资料大全", "历史开奖记录免费查"]
PORN = ["夜莺剧场免费观看_午夜蔷薇在线播放_成人深夜剧场高清无删",
        "桃夭影院无码在线_深夜禁播片免费看_成人直播间不卡顿",
        "蔻丹视频高清免费_夜色剧场在线观看_成人写真无删减版"]
PLAN = ["稳赚计划群", "内部计划导师", "精准计划网"]
LEGIT_UNITS = {12: ["槐阳市民政局", "柘溪县民政局"], 13: ["柘溪县公安局", "桐冈区公安分局"],
               14: ["青柘中学", "溪台县第二实验小学"], 15: ["槐阳市体育局", "溪台县体育局"]}


# --------------------------------------------------------------------------- templates
def tpl_J1(p):
    """Adobe-AEM-style provincial/municipal portal page (UTF-8), core components."""
    meta = []
    if p["date_shown"]:
        meta.append(f'<span class="cmp-article-meta__date">发布日期:{e(p["date_shown"])}</span>')
    if p["source_shown"]:
        meta.append(f'<span class="cmp-article-meta__source">信息来源:{p["source_html"]}</span>')
    if p["author_shown"]:
        meta.append(f'<span class="cmp-article-meta__author">作者:{e(p["author_shown"])}</span>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{p['title_tag']}</title>
{p['head_extra']}<link rel="stylesheet" href="/etc.clientlibs/portal/clientlibs/clientlib-site.min.css" type="text/css" />
</head>
<body class="page basicpage">
{p['top']}<div class="root container responsivegrid">
<div id="container-header" class="cmp-container"><div class="cmp-image" data-cmp-is="image"><a class="cmp-image__link" href="/content/portal/zh/home.html">{e(p['sitename'])}</a></div>
<nav class="cmp-navigation"><ul><li class="cmp-navigation__item"><a href="/content/portal/zh/home.html">首页</a></li><li class="cmp-navigation__item"><a href="/content/portal/zh/news.html">新闻中心</a></li><li class="cmp-navigation__item"><a href="/content/portal/zh/xxgk.html">信息公开</a></li></ul></nav></div>
<div class="cmp-breadcrumb" data-cmp-data-layer=""><ol class="cmp-breadcrumb__list">{p['crumb_html']}</ol></div>
<main class="cmp-container">
<div class="title"><h1 class="cmp-title__text">{p['h1_html']}</h1></div>
{p['after_h1']}<div class="cmp-article-meta">{''.join(meta)}</div>
<div class="text"><div class="cmp-text" data-cmp-data-layer="{{&quot;text-1&quot;:{{&quot;@type&quot;:&quot;core/text&quot;}}}}">
{p['body_html']}
</div></div>
{p['after_body']}<div class="cmp-share"><span>分享到:</span><a href="#">微信</a> <a href="#">微博</a></div>
</main>
<footer class="cmp-container footer">{p['footer_extra']}<p>主办单位:{e(p['sitename'])} 网站标识码:3309000017</p></footer>
</div>
<script src="/etc.clientlibs/core/wcm/components/commons/site/clientlibs/container.min.js"></script>
<script>
window.adobeDataLayer = window.adobeDataLayer || [];
{p['script_tail']}
</script>
</body>
</html>
"""


def tpl_J2(p):
    """ThinkCMF-style county government article (GBK), one-line byline."""
    parts = []
    if p["date_shown"]:
        parts.append(f"发布时间:{e(p['date_shown'])} 10:{p['minute']:02d}")
    if p["source_shown"]:
        parts.append(f"来源:{p['source_html']}")
    if p["author_shown"]:
        parts.append(f"作者:{e(p['author_shown'])}")
    parts.append(f'浏览:<span id="hits">{p["hits"]}</span>次')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{p['title_tag']}</title>
<meta name="keywords" content="{a(p['keywords'])}" />
<meta name="description" content="{a(p['description'])}" />
{p['head_extra']}<link href="/themes/simpleboot3/public/assets/css/style.css" rel="stylesheet" />
</head>
<body>
{p['top']}<div class="tc-header"><div class="tc-logo"><a href="/">{e(p['sitename'])}</a></div>
<ul class="tc-nav"><li><a href="/">网站首页</a></li><li><a href="/portal/list/index/id/2.html">政务动态</a></li><li><a href="/portal/list/index/id/5.html">通知公告</a></li></ul></div>
<div class="tc-main">
<div class="tc-position">当前位置:{p['crumb_html']}</div>
<div class="article-box">
<h2 class="article-title">{p['h1_html']}</h2>
{p['after_h1']}<div class="article-infor">{'　'.join(parts)}</div>
<div class="article-content" id="article_content">
{p['body_html']}
</div>
{p['after_body']}<div class="article-page"><a href="/portal/article/index/id/{p['num'] - 1}.html">上一篇</a> <a href="/portal/article/index/id/{p['num'] + 1}.html">下一篇</a></div>
</div>
</div>
<div class="tc-footer">{p['footer_extra']}<p>版权所有:{e(p['sitename'])} 备案号:浙ICP备05012345号</p></div>
<script type="text/javascript" src="/static/js/jquery.js"></script>
<script type="text/javascript">
$.get('/portal/article/do_like/id/{p['num']}.html');
{p['script_tail']}
</script>
</body>
</html>
"""


def tpl_J3(p):
    """Magnolia-style university news page (UTF-8), <time>, credits line at the end."""
    src = f'<span class="news-source">来源:{p["source_html"]}</span>' if p["source_shown"] else ""
    time = f'<time datetime="{p["date_iso"]}">{e(p["date_cn"])}</time>' if p["date_shown"] else ""
    credit = f'<p class="news-credits">撰稿:{e(p["author_shown"])}　审核:{e(p["reviewer"])}</p>' if p["author_shown"] else ""
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>{p['title_tag']}</title>
{p['head_extra']}<link rel="stylesheet" href="/.resources/univ-theme/css/main~2024-03-11-08-12-41-000~cache.css">
</head>
<body id="news-detail">
{p['top']}<header class="site-header"><a class="brand" href="/home.html">{e(p['sitename'])}</a>
<nav><a href="/home.html">首页</a><a href="/news.html">新闻网</a><a href="/news/campus.html">校园动态</a></nav></header>
<div class="breadcrumbs">{p['crumb_html']}</div>
<article class="news-article">
<h1 class="news-headline">{p['h1_html']}</h1>
{p['after_h1']}<div class="news-meta">{time}{src}</div>
<div class="news-body">
{p['body_html']}
</div>
{credit}
{p['after_body']}</article>
<footer class="site-footer">{p['footer_extra']}<p>&copy; {e(p['sitename'])}</p></footer>
<script src="/.resources/univ-theme/js/main.js"></script>
<script>
{p['script_tail']}
</script>
</body>
</html>
"""


def tpl_J4(p):
    """Kentico-style 信息公开 page with a metadata table (GB18030)."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>{p['title_tag']}</title>
{p['head_extra']}<link href="/CMSPages/GetResource.ashx?stylesheetname=GovPortal" type="text/css" rel="stylesheet" />
</head>
<body class="LTR Chrome ZHCN">
<form method="post" action="./{p['num']}.aspx" id="form">
{p['top']}<div class="header"><span class="site-name">{e(p['sitename'])}</span></div>
<div class="path">您当前的位置:{p['crumb_html']}</div>
<table class="gk-meta" cellspacing="0" cellpadding="0">
<tr><th>索 引 号:</th><td>{p['index_no']}</td><th>主题分类:</th><td>{e(p['topic'])}</td></tr>
<tr><th>发布机构:</th><td>{e(p['unit'])}</td><th>生成日期:</th><td>{e(p['date_shown'] or '')}</td></tr>
<tr><th>来　　源:</th><td>{p['source_html'] if p['source_shown'] else ''}</td><th>文　　号:</th><td></td></tr>
</table>
<div class="detail">
<h2 class="detail-title">{p['h1_html']}</h2>
{p['after_h1']}<div class="detail-content" id="zoom">
{p['body_html']}
</div>
{p['after_body']}<div class="detail-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer">{p['footer_extra']}<p>{e(p['sitename'])} 主办</p></div>
</form>
<script type="text/javascript">
//<![CDATA[
var CMSContentManager = {{}};
{p['script_tail']}
//]]>
</script>
</body>
</html>
"""


def tpl_J5(p):
    """Astro static-site youth-league / school page (UTF-8), data-astro-cid attributes, dot byline."""
    cid = p["astro"]
    bits = []
    if p["date_shown"]:
        bits.append(e(p["date_cn"]))
    if p["author_shown"]:
        bits.append(f"作者 {e(p['author_shown'])}")
    if p["source_shown"]:
        bits.append(f"来源 {p['source_html']}")
    bits.append(f"阅读 {p['hits']}")
    return f"""<!DOCTYPE html><html lang="zh-CN" data-astro-cid-{cid}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{p['title_tag']}</title>{p['head_extra']}<link rel="stylesheet" href="/_astro/index.{cid}.css"></head>
<body data-astro-cid-{cid}>
{p['top']}<header class="site" data-astro-cid-{cid}><a href="/" class="logo" data-astro-cid-{cid}>{e(p['sitename'])}</a><nav data-astro-cid-{cid}><a href="/news/" data-astro-cid-{cid}>动态</a><a href="/notice/" data-astro-cid-{cid}>公告</a></nav></header>
<main data-astro-cid-{cid}><p class="crumbs" data-astro-cid-{cid}>{p['crumb_html']}</p>
<article class="post" data-astro-cid-{cid}>
<h1 data-astro-cid-{cid}>{p['h1_html']}</h1>
{p['after_h1']}<p class="meta" data-astro-cid-{cid}>{' · '.join(bits)}</p>
<div class="prose" data-astro-cid-{cid}>
{p['body_html']}
</div>
{p['after_body']}</article></main>
<footer data-astro-cid-{cid}>{p['footer_extra']}<p>{e(p['sitename'])}</p></footer>
<script type="module">
document.documentElement.dataset.theme = localStorage.getItem("theme") || "light";
{p['script_tail']}
</script>
</body></html>
"""


def tpl_J6(p):
    """FineCMS-style town page (GBK), 【】 byline with a hits script."""
    parts = []
    if p["source_shown"]:
        parts.append(f"【来源:{p['source_html']}】")
    if p["author_shown"]:
        parts.append(f"【作者:{e(p['author_shown'])}】")
    if p["date_shown"]:
        parts.append(f"【时间:{e(p['date_shown'])}】")
    parts.append(f'【点击数:<script type="text/javascript" src="/index.php?c=api&amp;m=hits&amp;id={p["num"]}"></script>】')
    parts.append('【字体:<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{p['title_tag']}</title>
<meta name="keywords" content="{a(p['keywords'])}" />
{p['head_extra']}<link href="/template/default/common/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
{p['top']}<div id="top"><div class="wrap"><a href="/">{e(p['sitename'])}</a></div></div>
<div class="wrap">
<div class="weizhi">您现在的位置:{p['crumb_html']}</div>
<div class="neirong">
<h1 class="neirong_title">{p['h1_html']}</h1>
{p['after_h1']}<div class="neirong_info">{''.join(parts)}</div>
<div class="neirong_txt" id="fontzoom">
{p['body_html']}
</div>
{p['after_body']}</div>
</div>
<div id="footer">{p['footer_extra']}<p>Copyright {e(p['sitename'])} All Rights Reserved</p></div>
<script type="text/javascript">
function fontZoom(size){{document.getElementById('fontzoom').style.fontSize=size+'px';}}
{p['script_tail']}
</script>
</body>
</html>
"""


TEMPLATES = {"J1": (tpl_J1, "utf-8"), "J2": (tpl_J2, "gbk"), "J3": (tpl_J3, "utf-8"),
             "J4": (tpl_J4, "gb18030"), "J5": (tpl_J5, "utf-8"), "J6": (tpl_J6, "gbk")}


# --------------------------------------------------------------------------- injection forms
# Each form edits the page dict p and returns (spam_strings, evidence, injection names).
def f_headline_splice(p, rng, k):
    phrase = LOTTO[k % len(LOTTO)]
    t = p["title"]
    cut = max(2, len(t) // 2 + rng.randint(-2, 2))
    spliced = t[:cut] + phrase + t[cut:]
    p["h1_html"] = e("原创 " + spliced if p["occ"] % 2 == 0 else spliced)
    p["title_tag"] = e(spliced)
    return [phrase], [phrase], ["lottery_phrase_inside_headline", "spam_title"]


def f_porn_line(p, rng, k):
    line = PORN[k % len(PORN)]
    p["title_tag"] = e(line)
    p["top"] = f'<div class="tkd" style="text-align:center"><p>{e(line)} ?</p></div>\n' + p["top"]
    pieces = line.split("_")
    return [line] + pieces, [line], ["porn_keyword_title", "porn_keyword_line_top"]


def f_brand_takeover(p, rng, k):
    b = p["brand"]
    p["crumb_html"] = e(f"{b}(中国)官方网站 - 登录入口") + " &gt; 新闻动态 &gt;"
    spam_h = f"{b}官网 {p['title'][:6]}-{b}(中国)官方网站 - 登录入口"
    p["after_h1"] = f'<h3 class="real-title">{e(p["title"])}</h3>\n' + p["after_h1"]
    p["h1_html"] = e(spam_h)
    p["title_tag"] = e(spam_h)
    p["sitename"] = f"{b}(中国)官方网站"
    p["truth_title_from"] = "after_h1"
    return [spam_h, f"{b}(中国)官方网站 - 登录入口", f"{b}官网"], [b], ["brand_breadcrumb", "brand_heading_takeover", "spam_title"]


def f_brand_inline(p, rng, k):
    b = p["brand"]
    word = f"{b}官网" if p["occ"] % 2 == 0 else f"{b}app下载"
    idx = [0, len(p["paras"]) - 1]
    for i in idx:
        s = p["shown"][i]
        pos = s.find(",", 6)
        pos = pos if pos > 0 else len(s) // 2
        p["shown"][i] = s[:pos] + word + s[pos:]
    return [word], [word], ["brand_inline_in_body"]


def f_name_swap(p, rng, k):
    b = p["brand"] + "集团"
    u = p["unit"]
    p["sitename"] = b
    p["title_tag"] = e(p["title"].replace(u, b) + "-" + b)
    p["h1_html"] = e(p["title"].replace(u, b))
    p["truth_title"] = None if u in p["title"] else p["title"]
    for i, s in enumerate(p["shown"]):
        p["shown"][i] = s.replace(u, b)
    p["truth_paras"] = [s.replace(u, "") for s in p["paras"]]
    if p["source_shown"] and u in p["source"]:
        p["source_html"] = e(p["source"].replace(u, b))
        p["truth_source"] = None
    return [b], [b], ["school_name_replaced_by_brand", "brand_site_name", "spam_title"]


def f_fake_source(p, rng, k):
    tok = f"sp{p['date_iso'].replace('-', '')}"
    p["source_shown"] = True
    p["source_html"] = e(tok)
    p["truth_source"] = None
    p["after_body"] += (f'<br />\n<b>Warning</b>: include(/www/wwwroot/{p["host"]}/runtime/cache/{tok}.php): failed to open stream: '
                        f'No such file or directory in <b>/www/wwwroot/{p["host"]}/index.php</b> on line <b>3</b><br />\n')
    return [tok], [tok, "failed to open stream"], ["fake_source_token", "parasite_page_on_hacked_server"]


def f_loader(p, rng, k):
    dom = DOMAINS[(k * 5) % len(DOMAINS)]
    key = hashlib.md5(f"{SEED}-{k}".encode()).hexdigest()[:20]
    js = (";(function(e,l,v,j,f){j=e.createElement(l);f=e.getElementsByTagName(l)[0];j.async=1;j.src=v;"
          f"f.parentNode.insertBefore(j,f);}})(document,'script','https://cdn.{dom}/{key}=');")
    p["script_tail"] += js + "\n"
    return [], [f"cdn.{dom}", "j.async=1;j.src=v;"], ["appended_script_loader", "async_external_loader"]


def f_padding_suffix(p, rng, k):
    b = p["brand"]
    suffix = f"{b}登录入口"
    p["title_tag"] = e(f"{p['title']}-{suffix}")
    pad = ["近日,多地气象部门提醒,受冷空气影响,未来三天气温将明显下降,请公众注意添衣保暖。",
           "据了解,今年以来全国铁路累计发送旅客人数同比增长,多条新线开通运营。"]
    p["after_body"] += '<div class="more-news">' + "".join(f"<p>{e(x)}</p>" for x in pad) + "</div>\n"
    p["footer_extra"] += f'<p class="links">{e(suffix)}</p>'
    return [suffix], [suffix], ["spam_title_suffix", "unrelated_padding_paragraphs", "brand_footer_line"]


def f_hidden_links(p, rng, k):
    bs = [BRANDS[(k + i) % len(BRANDS)] for i in range(1, 5)]
    texts = [f"{x}官方入口" for x in bs]
    links = "".join(f'<a href="https://www.{DOMAINS[(k + i) % len(DOMAINS)]}/">{e(t)}</a>' for i, t in enumerate(texts, 1))
    if p["occ"] % 2 == 0:
        block = f'<div style="position:absolute;left:-9999px;top:-9999px;">{links}</div>\n'
        p["top"] = block + p["top"]
    else:
        block = f'<div style="display:none">{links}</div>\n'
        p["after_body"] += block
    return texts, texts, ["hidden_link_block"]


def f_keyword_title(p, rng, k):
    bs = [BRANDS[(k + i) % len(BRANDS)] for i in range(3)]
    t = "_".join(bs) + "-正规平台在线注册"
    p["title_tag"] = e(t)
    p["keywords"] = ",".join(bs) + ",在线注册,官网入口"
    p["description"] = f"{bs[0]}为您提供正规平台在线注册服务"
    p["head_extra"] += f'<meta name="description" content="{a(p["description"])}" />\n' if p["tpl"] not in ("J2",) else ""
    return [t, f"{bs[0]}_{bs[1]}"], [t], ["keyword_stuffed_title", "keyword_stuffed_meta"]


def f_author_spam(p, rng, k):
    assert p["tpl"] != "J4", "J4 shows no author"
    w = f"{BRANDS[k % len(BRANDS)][:2]}{PLAN[k % len(PLAN)]}"
    p["author_shown"] = w
    p["truth_author"] = None
    return [w], [w], ["spam_author_field"]


def f_friend_links(p, rng, k):
    bs = [BRANDS[(k + i) % len(BRANDS)] for i in range(2, 6)]
    items = "".join(f'<li><a href="https://{DOMAINS[(k + i) % len(DOMAINS)]}/" target="_blank">{e(x)}</a></li>' for i, x in enumerate(bs, 2))
    credit = f"技术支持:{bs[0]}"
    p["footer_extra"] += f'<div class="friend-links"><span>友情链接:</span><ul>{items}</ul></div><p class="credit">{e(credit)}</p>'
    return bs + [credit], bs, ["sold_friend_links", "brand_credit"]


def f_docwrite(p, rng, k):
    bs = [BRANDS[(k + i) % len(BRANDS)] for i in range(3, 6)]
    anchors = "".join(f"<a href=\"https://{DOMAINS[(k + i) % len(DOMAINS)]}/\">{x}</a>" for i, x in enumerate(bs, 3))
    js = f"<script type=\"text/javascript\">document.write('<div style=\"display:none\">{anchors}</div>');</script>"
    pos = 1 if p["occ"] % 2 == 0 else len(p["shown"])
    p["body_inserts"].append((pos, js))
    return bs, bs, ["document_write_links"]


def f_referrer_cloak(p, rng, k):
    dom = DOMAINS[(k * 3 + 1) % len(DOMAINS)]
    js = ('(function(){var r=document.referrer;if(/baidu|sogou|so\\.com|sm\\.cn/i.test(r)&&/Mobile|Android|iPhone/i.test(navigator.userAgent)){'
          f'window.location.replace("https://m.{dom}/?f="+encodeURIComponent(location.host));}}}})();')
    p["script_tail"] += js + "\n"
    if p["occ"] % 2 == 1:
        p["head_extra"] += f'<noscript><meta http-equiv="refresh" content="0;url=https://m.{dom}/" /></noscript>\n'
    return [], [f"m.{dom}", "document.referrer"], ["referrer_cloaking_redirect", "mobile_ua_check"]


FORMS = [f_headline_splice, f_porn_line, f_brand_takeover, f_brand_inline, f_name_swap, f_fake_source, f_loader,
         f_padding_suffix, f_hidden_links, f_keyword_title, f_author_spam, f_friend_links, f_docwrite, f_referrer_cloak]


# --------------------------------------------------------------------------- assembly
def plan(rng):
    """40 pages: (template, article (vi, bi), form index or None, legit)."""
    normal = [(vi, bi) for bi in range(12) for vi in range(3 if bi < 10 else 2)]
    rng.shuffle(normal)
    legit_clean = [(0, bi) for bi in range(12, 16)]
    legit_hij = [(1, 12), (1, 13)]
    hij_articles = normal[:26] + legit_hij
    rng.shuffle(hij_articles)
    clean_articles = normal[26:34]
    tpls = list(TEMPLATES)
    pages = []
    for i in range(28):
        form = i // 2
        tpl = tpls[(form + (i % 2) * 3) % 6]
        pages.append((tpl, hij_articles[i], form, False))
    for i, art in enumerate(clean_articles):
        pages.append((tpls[i % 6], art, None, False))
    for i, art in enumerate(legit_clean):
        pages.append((tpls[(i + 2) % 6], art, None, True))
    order = list(range(40))
    rng.shuffle(order)
    return [pages[j] for j in order]


def fill(s, f):
    for k, v in f.items():
        s = s.replace("{" + k + "}", v)
    return s


def build(out_dir):
    rng = random.Random(SEED)
    os.makedirs(os.path.join(out_dir, "html"), exist_ok=True)
    rows = []
    seen = {}
    for n, (tpl, (vi, bi), form, legit) in enumerate(plan(rng), 1):
        base = articles.BASES[bi]
        units = articles.UNITS_EDU if base["kind"] == "edu" else articles.UNITS_GOV
        if base["kind"] == "legit":
            units = LEGIT_UNITS[bi]
        unit = units[(vi * 2 + bi) % len(units)]
        place = articles.PLACES[(vi * 3 + bi) % len(articles.PLACES)]
        year = 2023 + (vi + bi) % 3
        month = 3 + (bi * 5 + vi * 7) % 9
        day = 1 + (bi * 11 + vi * 13 + n) % 27
        f = {"U": unit, "P": place, "Y": str(year), "M": str(month), "D": str(day)}
        title = fill(base["title"], f)
        paras = [fill(x, f) for x in base["paras"]]
        pub_day = min(28, day + 1)
        date_iso = f"{year}-{month:02d}-{pub_day:02d}"
        author = articles.PEOPLE[(n * 7 + bi) % len(articles.PEOPLE)]
        source_opts = [unit, "办公室", "宣传部", "融媒体中心", "党政办"]
        source = source_opts[(n + vi) % len(source_opts)]
        if source in ("宣传部",) and base["kind"] != "edu":
            source = "综合办公室"
        host_stub = ["zx", "ls", "tg", "hy", "xt", "fd", "qz", "np"][(vi * 3 + bi) % 8]
        edu_like = base["kind"] == "edu" or unit in articles.UNITS_EDU
        host = f"www.{host_stub}{n:02d}.edu.cn" if edu_like else f"www.{host_stub}{n:02d}.gov.cn"
        show_author = (n % 4) != 0 and tpl != "J4"
        show_source = (n % 5) != 2 or tpl == "J4"
        p = dict(
            tpl=tpl, num=1000 + n * 17, title=title, paras=paras, shown=list(paras), unit=unit, brand=BRANDS[n % len(BRANDS)],
            title_tag=e(title + "-" + unit), h1_html=e(title), after_h1="", top="", head_extra="", after_body="",
            footer_extra="", script_tail="", sitename=unit, keywords=f"{unit},{place},新闻", description=title,
            date_iso=date_iso, date_cn=f"{year}年{month}月{pub_day}日", date_shown=date_iso, hits=str(120 + (n * 37) % 900),
            minute=(n * 7) % 60, source=source, source_shown=show_source, source_html=e(source),
            author_shown=author if show_author else "", reviewer=articles.PEOPLE[(n * 3 + 5) % len(articles.PEOPLE)],
            crumb_html='<a href="/">首页</a> &gt; <a href="/news/">新闻动态</a> &gt; 正文', host=host,
            index_no=f"1133{n:04d}/{year}-{n * 13:05d}", topic="综合政务" if base["kind"] != "edu" else "教育",
            astro=hashlib.md5(f"{SEED}{n}".encode()).hexdigest()[:8], body_inserts=[],
            truth_title=title, truth_source=source if show_source else None,
            truth_author=author if show_author else None,
        )
        spam, evidence, inj = [], [], []
        if form is not None:
            k = n
            p["occ"] = seen.get(form, 0)
            seen[form] = p["occ"] + 1
            spam, evidence, inj = FORMS[form](p, rng, k)
        truth_paras = p.get("truth_paras") or paras
        body = [f"<p>{e(x)}</p>" for x in p["shown"]]
        for pos, js in sorted(p["body_inserts"], reverse=True):
            body.insert(pos, js)
        p["body_html"] = "\n".join(body)
        fn, enc = TEMPLATES[tpl]
        doc = fn(p)
        data = doc.encode(enc, errors="xmlcharrefreplace")
        pid = f"syn16-{n:03d}"
        with open(os.path.join(out_dir, "html", pid + ".html"), "wb") as fh:
            fh.write(data)
        rows.append(dict(
            id=pid, url=f"https://{host}/news/{date_iso[:7].replace('-', '')}/t{date_iso.replace('-', '')}_{p['num']}.html",
            title=p["truth_title"], date=date_iso, source=p["truth_source"], author=p["truth_author"],
            text="\n".join(truth_paras), hijacked=form is not None, injections=inj, spam_strings=spam,
            legit=legit, lang="zh", origin="synthetic (make_set.py, seed %d)%s" % (SEED, "; modelled on real-cases-v16 form: " + FORMS[form].__name__[2:] if form is not None else ""),
            kind="synthetic", site=host, capture="html", encoding=enc, template=tpl, evidence=evidence,
            topic=base["kind"],
        ))
    with open(os.path.join(out_dir, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def dev_overlap(rows):
    """Every spam string of ours against every spam_strings entry of the dev truths: no overlap."""
    dev = set()
    base = os.path.normpath(DEV_GLOB)
    if not os.path.isdir(base):
        return ["dev folder not found: overlap not checked"]
    for d in sorted(os.listdir(base)):
        t = os.path.join(base, d, "truth.jsonl")
        if os.path.exists(t):
            for line in open(t, encoding="utf-8"):
                if line.strip():
                    dev.update(s for s in json.loads(line).get("spam_strings") or [] if s)
    bad = []
    mine = {s for r in rows for s in r["spam_strings"]} | set(BRANDS) | set(LOTTO) | set(PORN)
    for s in sorted(mine):
        for d in dev:
            if (len(d) >= 2 and d in s) or s in d:
                bad.append(f"{s!r} overlaps dev {d!r}")
    return bad


def main():
    if "--check" in sys.argv:
        t1, t2 = tempfile.mkdtemp(), tempfile.mkdtemp()
        build(t1)
        build(t2)
        same = all(open(os.path.join(t1, r, x), "rb").read() == open(os.path.join(t2, r, x), "rb").read()
                   for r in ("", "html") for x in os.listdir(os.path.join(t1, r)) if os.path.isfile(os.path.join(t1, r, x)))
        shutil.rmtree(t1)
        shutil.rmtree(t2)
        print("byte-identical:", same)
        sys.exit(0 if same else 1)
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v16")
    rows = build(out)
    bad = dev_overlap(rows)
    for b in bad:
        print("OVERLAP", b)
    print(len(rows), "pages,", sum(r["hijacked"] for r in rows), "hijacked,", sum(r["legit"] for r in rows), "legit")
    sys.exit(1 if bad and not bad[0].startswith("dev folder") else 0)


if __name__ == "__main__":
    main()
