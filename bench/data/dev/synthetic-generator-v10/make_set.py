# -*- coding: utf-8 -*-
"""Generate synthetic-v10: 40 gov/edu pages (28 hijacked, 12 clean of which 4 legit) in 6 CMS templates.
Fixed seed, byte-identical re-runs:  python make_set.py [--out DIR]   (default ../synthetic-v10)"""
import argparse, html, json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ORDINARY, LEGIT

SEED = 101010
E = html.escape

SITES = {
 "P1": dict(name="理学院", host="sci.hbnu-example.edu.cn", unit="理学院", enc="utf-8", kind="edu"),
 "C2": dict(name="临川区融媒体中心", host="www.lcrmt.gov.cn", unit="临川区融媒体中心", enc="gb18030", kind="gov"),
 "G3": dict(name="校学生科协", host="kx.nwsu-example.edu.cn", unit="校学生科协", enc="utf-8", kind="edu"),
 "D4": dict(name="市建材行业协会", host="www.jcxh-example.org.cn", unit="市建材行业协会", enc="gbk", kind="gov"),
 "T5": dict(name="外国语学院", host="wgy.sdfu-example.edu.cn", unit="外国语学院", enc="utf-8", kind="edu"),
 "S6": dict(name="县自然资源局", host="zrzyj.jxx.gov.cn", unit="县自然资源局", enc="utf-8", kind="gov"),
}

# invented brands (checked against every dev spam string by check_brands())
BRANDS = [
 ("鎏金汇", "ljhui7.vip"), ("渊澈国际", "yuanche-gj.cc"), ("澳辰国际", "aochen-gj.com"), ("金舵体育", "jinduo-ty.net"),
 ("云鼎棋牌", "yunding9.top"), ("玖鹭电竞", "jiulu-dj.vip"), ("沐风彩票", "mufengcp.app"), ("岚汀真人", "lanting88.live"),
 ("墨麟体育", "molin-ty.com"), ("汐悦娱乐", "xiyue77.cc"),
]

FORMS = ["title_suffix", "headline_prefix", "brand_substitution", "keyword_list_emoji", "keyword_infix",
         "takeover_headline", "ua_redirect", "repeated_loader", "charcode_writer", "defacement_title",
         "offscreen_block", "tiny_footer_text", "token_link_spam", "meta_refresh_title"]
MODEL = {
 "title_suffix": "rc10 county item with casino-app <title> suffix", "headline_prefix": "rc10 lottery-tips headline prefix",
 "brand_substitution": "rc10 university name replaced by a brand", "keyword_list_emoji": "rc10 emoji + app keyword list",
 "keyword_infix": "rc10 app name spliced mid-sentence", "takeover_headline": "rc10 brand headline over a real item",
 "ua_redirect": "maccms8#20 mobile-UA redirect", "repeated_loader": "maccms8#20 repeated script loader",
 "charcode_writer": "geocore#165 fromCharCode eval loader", "defacement_title": "grav-plugin-admin#2236 defacement title",
 "offscreen_block": "llama_index#3060 spam heading off-screen", "tiny_footer_text": "codespaces-jupyter#248 tiny white footer text",
 "token_link_spam": "SEnginx#4 random-token links", "meta_refresh_title": "redirect + brand title (takeover style)",
}

def fmt_date(d, style):
    y, m, dd = d
    return {"dash": f"{y}-{m:02d}-{dd:02d}", "cn": f"{y}年{m:02d}月{dd:02d}日", "slash": f"{y}/{m:02d}/{dd:02d}"}[style]

def charcodes(s):
    return ",".join(str(ord(ch)) for ch in s)

def inject(form, R, brand, dom, art):
    """Return dict of pieces: title, h1, pre, body_paras (list), head, after, footer, tail, spam, truth_paras."""
    paras = list(art["paras"])
    out = dict(title=art["title"], h1=art["title"], h2=None, pre="", head="", after="", footer="", tail="",
               paras=paras, truth=list(paras), spam=[])
    if form == "title_suffix":
        s = f"{brand}app官网开户"
        out["title"] = f'{art["title"]} -{s}'; out["spam"] = [s]
    elif form == "headline_prefix":
        s = f"{brand}免费资料大全"
        out["title"] = out["h1"] = f'原创 {s}{art["title"]}'; out["spam"] = [s]
    elif form == "brand_substitution":
        s = f"{brand}平台丨集团有限公司"
        i = R.randrange(len(paras))
        p = paras[i]
        cut = p.find(",", len(p) // 3)
        cut = cut if cut > 0 else len(p) // 2
        out["paras"] = paras[:i] + [p[:cut + 1] + s + p[cut + 1:]] + paras[i + 1:]
        out["spam"] = [s]
    elif form == "keyword_list_emoji":
        lines = [f"{brand}app官方网站", f"{brand}app下载安装", f"{brand}平台官网入口", f"{brand}官方免费下载正版"]
        out["pre"] = '<div class="tags">' + "".join(f"<p>{E(x)}</p>" for x in lines) + "</div>"
        out["emoji"] = True
        out["spam"] = [f"{brand}app官方网站", f"{brand}平台官网入口"]
    elif form == "keyword_infix":
        s = f"{brand}app"
        i = R.randrange(len(paras)); p = paras[i]
        cut = p.find(",", len(p) // 2)
        cut = cut if cut > 0 else len(p) // 2
        out["paras"] = paras[:i] + [p[:cut] + s + p[cut:]] + paras[i + 1:]
        out["spam"] = [s]
    elif form == "takeover_headline":
        s = f"{brand}(中国)官方网站"
        out["title"] = out["h1"] = f"{s}|以赛事思维赋能团队协作"; out["h2"] = art["title"]
        out["spam"] = [s, "以赛事思维赋能团队协作"]
    elif form == "ua_redirect":
        out["head"] = ('<script>var a=navigator["userAgent"]["toLowerCase"]()["match"](/(iphone|ipad|android|mobile|wap|symbian)/i)!=null;'
                       f'if(a){{window.location.href="https://m.{dom}/?c={R.randint(1000, 9999)}"}}</script>')
        out["spam"] = [dom]
    elif form == "repeated_loader":
        out["tail"] = f'<script src=https://js.{dom}/tj.js></script>' * R.randint(4, 7)
        out["spam"] = [dom]
    elif form == "charcode_writer":
        payload = f'document.write(\'<a href="https://{dom}/" style="display:none">{brand}官网</a>\')'
        mark = R.choice(["trkpos", "jqcache", "statfix"])
        out["tail"] = f'<script>/* {mark}*/eval(String.fromCharCode({charcodes(payload)}));</script>'
        out["spam"] = [mark]
    elif form == "defacement_title":
        s = f"Hacked by {R.choice(['xiaolang', 'h4x0r-tw', 'blackmoon'])}"
        out["title"] = s; out["spam"] = [s]
    elif form == "offscreen_block":
        s = f"{brand}官方入口 最新登录线路"
        out["after"] = (f'<div style="position:absolute;left:-9999px;top:-9999px"><h2>{E(s)}</h2>'
                        f'<p><a href="https://{dom}/">►👉立即注册 {E(brand)}</a></p></div>')
        out["spam"] = [s, f"立即注册 {brand}"]
    elif form == "tiny_footer_text":
        s = f"{brand}正规平台 安全稳定 官方直营"
        out["footer"] = f'<div class="copy-x" style="font-size:1px;color:#fff">{E(s)} <a href="https://{dom}/">{E(brand)}</a></div>'
        out["spam"] = [s]
    elif form == "token_link_spam":
        toks = ["".join(R.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(R.randint(9, 12))) for _ in range(3)]
        out["pre"] = f'<p>{toks[0]}, <a href="http://www.{toks[1]}.com/">{toks[1]}</a> , [url=http://{dom}/]{brand}[/url]</p>'
        out["pre_in_article"] = True
        out["spam"] = [toks[0], toks[1], brand]
    elif form == "meta_refresh_title":
        out["head"] = f'<meta http-equiv="refresh" content="{R.choice([2, 3, 5])};url=https://{dom}/">'
        s = f"{brand}-首页"
        out["title"] = f"{s}_{art['title']}"; out["spam"] = [s]
    return out

# ---------------------------------------------------------------- templates
def head_meta(enc):
    return f'<meta charset="{enc}">' if enc == "utf-8" else f'<meta http-equiv="Content-Type" content="text/html; charset={enc}">'

def paras_html(ps):
    return "\n".join(f"<p>{E(p)}</p>" for p in ps)

def t_p1(site, pg, inj):  # Plone-style faculty site
    a = inj
    return f'''<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-cn">
<head>{head_meta(site["enc"])}<title>{E(a["title"])} &mdash; {E(site["name"])}</title>{a["head"]}
<meta name="generator" content="Plone - http://plone.com" /></head>
<body class="template-newsitem_view portaltype-news-item site-sci">
<div id="portal-header"><a id="portal-logo" href="/">{E(site["name"])}</a>
<ul id="portal-globalnav"><li>首页</li><li>学院概况</li><li>师资队伍</li><li>新闻</li></ul></div>
<div id="portal-breadcrumbs">您在这里: 首页 &rarr; 新闻 &rarr; {E(pg["title"][:12])}…</div>
{a["pre"] if not a.get("pre_in_article") else ""}
<div id="content"><h1 class="documentFirstHeading">{E(a["h1"])}</h1>
{f'<h2>{E(a["h2"])}</h2>' if a["h2"] else ""}
<div class="documentByLine"><span class="documentAuthor">由 <a href="/author/{pg["aid"]}">{E(pg["author"])}</a> 发布</span>
<span class="documentModified">&mdash; 最后修改 {pg["date_s"]}</span></div>
<div id="parent-fieldname-text" class="plain">{a["pre"] if a.get("pre_in_article") else ""}
{paras_html(a["paras"])}
<p class="discreet">来源:{E(pg["source"])}</p></div></div>{a["after"]}
<div id="portal-footer">Copyright &copy; {E(site["name"])} 版权所有</div>{a["footer"]}
{a["tail"]}</body></html>
'''

def t_c2(site, pg, inj):  # CmsTop-style county media centre (GB18030)
    a = inj
    return f'''<!DOCTYPE html>
<html><head>{head_meta(site["enc"])}<title>{E(a["title"])}_{E(site["name"])}</title>{a["head"]}
<link rel="stylesheet" href="/templates/default/css/article.css"></head>
<body><div class="header"><div class="logo">{E(site["name"])}</div><div class="nav">首页 | 本地新闻 | 政务 | 民生 | 视听</div></div>
{a["pre"] if not a.get("pre_in_article") else ""}
<div class="column"><div class="main"><div class="position">当前位置:<a href="/">首页</a> &gt; 本地新闻</div>
<div class="article-content-wrap"><h1 class="article-title">{E(a["h1"])}</h1>
{f'<h2 class="subtitle">{E(a["h2"])}</h2>' if a["h2"] else ""}
<div class="article-infos"><span class="date">{pg["date_s"]}</span><span class="source">来源:{E(pg["source"])}</span>
<span class="editor">作者:{E(pg["author"])}</span> 浏览次数:<span id="pv" data-cmstop-pv="{pg["n"]}"></span></div>
<div class="article-content fontSizeSmall BSHARE_POP" id="article-content">{a["pre"] if a.get("pre_in_article") else ""}
{paras_html(a["paras"])}</div>
<div class="editor-name">[责任编辑:{E(pg["editor"])}]</div></div></div>
<div class="side"><h3>热点推荐</h3><ul><li>区政府召开常务会议</li><li>全区安全生产工作会议召开</li></ul></div></div>{a["after"]}
<div class="footer">{E(site["name"])} 版权所有 未经授权禁止复制</div>{a["footer"]}
<script src="/js/cmstop-pv.js"></script>{a["tail"]}</body></html>
'''

def t_g3(site, pg, inj):  # Ghost-style blog of a student association
    a = inj
    return f'''<!DOCTYPE html>
<html lang="zh"><head>{head_meta(site["enc"])}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])}</title>{a["head"]}<meta name="generator" content="Ghost 5.x"></head>
<body class="post-template"><div class="gh-viewport"><header class="gh-head"><a class="gh-head-logo" href="/">{E(site["name"])}</a>
<nav class="gh-head-menu"><a href="/">首页</a><a href="/tag/news/">动态</a><a href="/about/">关于</a></nav></header>
{a["pre"] if not a.get("pre_in_article") else ""}
<main class="gh-main"><article class="gh-article post"><header class="gh-article-header">
<a class="gh-article-tag" href="/tag/news/">社团动态</a><h1 class="gh-article-title">{E(a["h1"])}</h1>
{f'<p class="gh-article-excerpt">{E(a["h2"])}</p>' if a["h2"] else ""}
<div class="gh-article-meta"><span class="gh-article-author">{E(pg["author"])}</span> ·
<time class="gh-article-date" datetime="{pg["date_iso"]}">{pg["date_s"]}</time> · <span>阅读约 {pg["n"] % 5 + 2} 分钟</span></div></header>
<section class="gh-content gh-canvas">{a["pre"] if a.get("pre_in_article") else ""}
{paras_html(a["paras"])}
<p><em>信息来源:{E(pg["source"])}</em></p></section></article></main>{a["after"]}
<footer class="gh-foot">{E(site["name"])} © {pg["date_iso"][:4]} · Published with Ghost</footer>{a["footer"]}
{a["tail"]}</div></body></html>
'''

def t_d4(site, pg, inj):  # Destoon-style association news (GBK)
    a = inj
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>{head_meta(site["enc"])}<title>{E(a["title"])}_行业资讯_{E(site["name"])}</title>{a["head"]}
<meta name="generator" content="DESTOON B2B - www.destoon.com"/></head>
<body><div class="head"><div class="logo">{E(site["name"])}</div><div class="menu">网站首页 | 协会动态 | 行业资讯 | 政策法规 | 会员单位</div></div>
{a["pre"] if not a.get("pre_in_article") else ""}
<div class="m"><div class="left_box"><div class="pos">当前位置: <a href="/">首页</a> &raquo; <a href="/news/">行业资讯</a> &raquo; 正文</div>
<h1 class="title" id="title">{E(a["h1"])}</h1>
{f'<h2 class="subtitle">{E(a["h2"])}</h2>' if a["h2"] else ""}
<div class="info">发布日期:{pg["date_s"]}&nbsp;&nbsp;来源:{E(pg["source"])}&nbsp;&nbsp;作者:{E(pg["author"])}&nbsp;&nbsp;浏览次数:<span id="hits">{pg["n"]}</span></div>
<div class="content" id="article">{a["pre"] if a.get("pre_in_article") else ""}
{paras_html(a["paras"])}</div>
<div class="b10">&nbsp;</div><div class="np">上一篇:协会召开理事会 下一篇:无</div></div></div>{a["after"]}
<div class="foot">{E(site["name"])} 版权所有 | 备案号</div>{a["footer"]}
{a["tail"]}</body></html>
'''

def t_t5(site, pg, inj):  # TYPO3 tx_news single view
    a = inj
    return f'''<!DOCTYPE html>
<html lang="zh-CN"><head>{head_meta(site["enc"])}
<!--
	This website is powered by TYPO3 - inspiring people to share!
-->
<title>{E(a["title"])}: {E(site["name"])}</title>{a["head"]}<meta name="generator" content="TYPO3 CMS"></head>
<body id="p{pg["n"]}"><div id="page-header"><div class="brand">{E(site["name"])}</div>
<ul class="nav-main"><li>学院首页</li><li>学院新闻</li><li>通知公告</li><li>本科教学</li></ul></div>
{a["pre"] if not a.get("pre_in_article") else ""}
<div id="c{pg["n"] + 7}" class="frame frame-default frame-type-list"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h3 itemprop="headline">{E(a["h1"])}</h3></div>
{f'<div class="teaser-text" itemprop="description"><p>{E(a["h2"])}</p></div>' if a["h2"] else ""}
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{pg["date_iso"]}">{pg["date_s"]}</time></span>
<span class="news-list-author" itemprop="author">作者: {E(pg["author"])}</span></p></div>
<div class="news-text-wrap" itemprop="articleBody">{a["pre"] if a.get("pre_in_article") else ""}
{paras_html(a["paras"])}</div>
<div class="news-related-wrap">供稿单位:{E(pg["source"])}</div>
<div class="news-backlink-wrap"><a href="/xinwen/">返回</a></div></div></div></div>{a["after"]}
<div id="page-footer">© {E(site["name"])}</div>{a["footer"]}
{a["tail"]}</body></html>
'''

def t_s6(site, pg, inj):  # SharePoint-publishing-style 信息公开 page
    a = inj
    return f'''<!DOCTYPE html>
<html dir="ltr" lang="zh-CN"><head>{head_meta(site["enc"])}<meta name="GENERATOR" content="Microsoft SharePoint">
<title>{E(a["title"])}</title>{a["head"]}</head>
<body><form method="post" action="./{pg["n"]}.aspx" id="aspnetForm"><div id="s4-workspace"><div id="s4-titlerow">
<div class="ms-siteicon-a">{E(site["name"])}</div><div class="ms-breadcrumb">信息公开 &gt; 法定主动公开内容 &gt; 工作动态</div></div>
{a["pre"] if not a.get("pre_in_article") else ""}
<div id="contentBox"><table class="xxgk-table"><tr><th>索引号:</th><td>{pg["index_no"]}</td><th>主题分类:</th><td>工作动态</td></tr>
<tr><th>发布机构:</th><td>{E(site["unit"])}</td><th>发布日期:</th><td>{pg["date_s"]}</td></tr>
<tr><th>名称:</th><td colspan="3">{E(pg["title"])}</td></tr></table>
<div class="ms-rtestate-field"><h1 class="article-h">{E(a["h1"])}</h1>
{f'<h2>{E(a["h2"])}</h2>' if a["h2"] else ""}
<div class="ms-metadata">来源:{E(pg["source"])}　作者:{E(pg["author"])}　<span>浏览次数:</span><span id="viewcount"></span></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">{a["pre"] if a.get("pre_in_article") else ""}
{paras_html(a["paras"])}</div></div></div>{a["after"]}
<div id="footer">主办单位:{E(site["unit"])}　网站标识码:{pg["n"]}</div>{a["footer"]}
</div></form>{a["tail"]}</body></html>
'''

TEMPLATES = {"P1": t_p1, "C2": t_c2, "G3": t_g3, "D4": t_d4, "T5": t_t5, "S6": t_s6}
DATE_STYLE = {"P1": "dash", "C2": "dash", "G3": "cn", "D4": "dash", "T5": "slash", "S6": "cn"}
AUTHORS = ["王晓燕", "李建国", "张敏", "陈思远", "刘海涛", "赵婷", "周雪梅", "吴凯"]
EDITORS = ["孙丽", "郑浩", "黄静"]

def check_brands():
    import glob
    dev = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev")
    spam = set()
    for f in glob.glob(os.path.join(dev, "*", "truth.jsonl")):
        for l in open(f, encoding="utf-8"):
            if l.strip():
                spam.update(s.lower() for s in json.loads(l).get("spam_strings") or [])
    hits = []
    for b, d in BRANDS:
        for s in spam:
            for x in (b.lower(), d.lower()):
                if len(s) >= 2 and (s in x or x in s):
                    hits.append((b, d, s))
    return hits

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "synthetic-v10"))
    args = ap.parse_args()
    R = random.Random(SEED)
    out = os.path.abspath(args.out)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    plan = [("hij", f) for f in FORMS for _ in range(2)] + [("clean", None)] * 8 + [("legit", None)] * 4
    R.shuffle(plan)
    tids = list(TEMPLATES)
    rows = []
    ordinary = list(ORDINARY); R.shuffle(ordinary)
    legit = list(LEGIT); R.shuffle(legit)
    oi = li = 0
    for i, (what, form) in enumerate(plan, 1):
        tid = tids[(i - 1) % 6]
        site = SITES[tid]
        if what == "legit":
            title, paras = legit[li % len(legit)]; li += 1
        else:
            title, paras = ordinary[oi % len(ordinary)]; oi += 1
        if site["enc"] != "utf-8" and form in ("keyword_list_emoji", "offscreen_block"):
            pass  # emoji are replaced below for the GBK/GB18030 templates
        d = (R.choice([2023, 2024, 2025]), R.randint(1, 12), R.randint(1, 28))
        pg = dict(title=title, date_s=fmt_date(d, DATE_STYLE[tid]), date_iso=fmt_date(d, "dash"),
                  source=R.choice([site["unit"], site["unit"] + "办公室", "本站原创"]) if site["kind"] == "gov" else R.choice([site["unit"], "党政办公室", site["unit"] + "新闻中心"]),
                  author=R.choice(AUTHORS), editor=R.choice(EDITORS), n=R.randint(100, 9999), aid=R.randint(10, 99),
                  index_no=f"11360{R.randint(100, 999)}MB{R.randint(1000, 9999)}/{d[0]}-{R.randint(10000, 99999)}")
        art = dict(title=title, paras=paras)
        if what == "hij":
            brand, dom = BRANDS[(i * 7) % len(BRANDS)]
            inj = inject(form, R, brand, dom, art)
        else:
            inj = inject(None, R, None, None, art)
        if inj.get("emoji") and site["enc"] == "utf-8":
            inj["pre"] = '<p class="e">✦🎰✦</p>' + inj["pre"]
        page = TEMPLATES[tid](site, pg, inj)
        if site["enc"] != "utf-8":
            page = page.replace("►👉", "&#9658;&#128073;")
        pid = f"syn10-{i:03d}"
        with open(os.path.join(out, "html", pid + ".html"), "wb") as f:
            f.write(page.encode(site["enc"]))
        rows.append(dict(id=pid, url=f'https://{site["host"]}/{"xwzx" if site["kind"] == "gov" else "news"}/{pg["date_iso"][:7].replace("-", "")}/{pg["n"]}.html',
                         title=title, date=pg["date_iso"], source=pg["source"], author=pg["author"], text="\n".join(inj["truth"]),
                         hijacked=what == "hij", injections=[form] if form else [], spam_strings=inj["spam"],
                         legit=what == "legit", lang="zh", origin=f"synthetic-generator-v10 seed {SEED}; form modelled on: {MODEL.get(form, 'clean')}",
                         kind="synthetic", site=site["host"], capture="html", encoding=site["enc"], template=tid))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    hits = check_brands()
    print(len(rows), "pages;", "brand overlaps with dev spam strings:", hits or "none")

if __name__ == "__main__":
    main()
