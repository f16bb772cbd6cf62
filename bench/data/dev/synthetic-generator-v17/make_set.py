# -*- coding: utf-8 -*-
"""Generate synthetic-v17: 40 gov/edu pages (28 hijacked, 12 clean of which 4 legit) in 6 CMS
templates (K1-K6), fixed seed, byte-identical on re-run.

    python3 make_set.py [OUT_DIR]      write ../synthetic-v17 (default)
    python3 make_set.py --check        build twice into temp dirs and compare bytes

Every invented brand and spam string is checked against every spam_strings entry of
bench/data/dev/*/truth.jsonl (no overlap either way); the run fails if one overlaps.
Characters a page's charset cannot encode are written as numeric character references."""
import filecmp
import glob
import hashlib
import html
import json
import os
import random
import re
import shutil
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles as A  # noqa: E402

SEED = 170417
E = html.escape
EMOJI_SETS = [("🎯", "🎲"), ("🔥", "💰"), ("🌟", "🎰"), ("⚡", "🏆")]
NOISE = ["🧑🏻‍💼", "🚴🏿", "🌅", "🛤", "🤽🏕", "📋", "⛳️", "🈴", "😶", "🕗", "🧩", "🪁"]
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\U00002600-\U000027BF\U00002B00-\U00002BFF"
                      "\U0000FE0F\U0000200D\U00013000-\U0001342F\U0000231A-\U000023FF]")

BRAND_HEAD = ["澜星", "曜石", "鎏光", "翠岭", "琥珀湾", "银杉", "赤霄", "云栈", "玄鲸", "霁川", "橙果", "青鸾阁", "蔚蓝港", "星槎"]
BRAND_TAIL = ["娱乐", "国际", "竞技", "游戏官网", "棋牌", "电竞平台", "互娱", "彩", "真人馆", "体育登录入口"]
SITE_PHRASES = ["十佳真人娱乐平台推荐", "靠谱网投平台排行榜", "正规线上棋牌大全", "热门电竞竞猜入口"]
PORN_WORDS = ["午夜影院在线看", "深夜福利短片", "成人小剧场", "午夜放映厅", "老司机影视", "无删减高清资源", "夜色剧场入口", "激情视频专区"]
FARM_WORDS = [("泉州商标查询", "标之家商标网"), ("佛山公司注册", "启辰财税")]
LOTTO_SLOGAN = ["{x}彩票 人人公益", "{x}彩票 公益同行"]
GLOSS = {"学": "xue", "院": "yuan", "会": "hui", "议": "yi", "发": "fa", "展": "zhan", "教": "jiao", "育": "yu",
         "作": "zuo", "国": "guo", "业": "ye", "县": "xian", "镇": "zhen", "区": "qu", "村": "cun", "工": "gong"}
FORMS = [
    ("brand_name_swap", "rc17 bv61/jinanmiaoxin/shoppingcall: institution name replaced by a brand"),
    ("emoji_brand_line", "rc17 zzsj: emoji-wrapped brand line on top, brand glued before the first sentence"),
    ("emoji_noise_swap", "rc17 noothershop/cqtjzx/krs998: a word replaced by a brand word, emoji inside sentences"),
    ("spam_site_name", "rc17 cnwzdjys: gambling keyword phrase as site heading and <title> suffix"),
    ("brand_byline", "rc17 shoppingcall: brand reporter line before the text, brand for the unit's name"),
    ("brand_prefix_in_body", "rc17 syycky: brand glued before the first word of the article"),
    ("porn_title_line", "rc17 585au: '_'-joined porn keyword line as <title> and top line, farm keyword heading"),
    ("click_overlay", "rc17 gxuwz (uAssets#8074): full-viewport nearly transparent fixed link"),
    ("random_id_tags", "rc17 ncccys: run of empty tags sharing one random id before the header"),
    ("mirror_gloss", "rc17 doplan/joyego: copy on an unrelated host with pinyin glosses and doubled commas"),
    ("lottery_site_name", "rc17 anhei888: lottery slogan as site name and <title> suffix"),
    ("hidden_links", "hidden/off-screen anchor block (classic form; not in rc17)"),
    ("referrer_cloak", "search-referrer + mobile-UA redirect script with hex-escaped target (classic form; not in rc17)"),
    ("friend_links", "sold 友情链接 block mixing brands with real-looking links (classic form; not in rc17)"),
]

TEMPLATES = {
    "K1": dict(name="Jekyll-style department news post", enc="utf-8", family="edu"),
    "K2": dict(name="Linewell-style 政府信息公开 page", enc="gb18030", family="gov"),
    "K3": dict(name="phpwind-style portal thread", enc="gbk", family="edu"),
    "K4": dict(name="SilverStripe-style college news", enc="utf-8", family="edu"),
    "K5": dict(name="Bitrix-style town news detail", enc="gbk", family="gov"),
    "K6": dict(name="Contao-style news reader", enc="utf-8", family="gov"),
}
HOSTS = {"云岫职业技术学院": "www.yunxiu-vtc.edu.cn", "澄江师范学院": "www.cjsfxy.edu.cn", "北麓理工学院": "www.beilu-tech.edu.cn",
         "汀州医学高等专科学校": "www.tzyz.edu.cn", "青槐中学": "www.qhzx.net.cn", "南屏县第二实验小学": "www.npex.net.cn",
         "青岚县人民政府": "www.qinglan.gov.cn", "临溪镇人民政府": "lx.qinglan.gov.cn", "柘川区卫生健康局": "wjj.zhechuan.gov.cn",
         "东坪街道办事处": "dp.zhechuan.gov.cn", "梧桐湾区农业农村局": "nyj.wtw.gov.cn", "白沙岭乡人民政府": "bsl.qinglan.gov.cn",
         "梧桐湾区民政局": "mzj.wtw.gov.cn", "柘川区公安分局": "gaj.zhechuan.gov.cn", "青岚县体育局": "tyj.qinglan.gov.cn"}
MIRROR_HOSTS = ["www.hengrui-valve.com", "m.jiadeqi88.cn", "www.lvyuan-paper.net", "qs.dongfangyx.com"]


def dev_strings():
    out = set()
    base = os.path.join(os.path.dirname(os.path.dirname(HERE)), "dev")
    for p in glob.glob(os.path.join(base, "*", "truth.jsonl")):
        for line in open(p, encoding="utf-8"):
            if line.strip():
                for s in json.loads(line).get("spam_strings") or []:
                    out.add(unicodedata.normalize("NFKC", s).lower())
    return out


DEV = dev_strings()


def overlaps(x):
    xs = unicodedata.normalize("NFKC", x).lower()
    return any(len(d) >= 2 and (d in xs or (len(xs) >= 2 and xs in d)) for d in DEV)


def ok(x):
    if overlaps(x):
        raise SystemExit(f"overlap with a dev spam string: {x!r}")
    return x


class Gen:
    def __init__(self):
        self.r = random.Random(SEED)
        self.used = set()

    def brand(self):
        for _ in range(200):
            b = self.r.choice(BRAND_HEAD) + self.r.choice(BRAND_TAIL)
            if b not in self.used and not overlaps(b):
                self.used.add(b)
                return b
        raise SystemExit("no brand")

    def date(self):
        y = self.r.choice([2023, 2024, 2025])
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return y, m, d


def fill(t, unit, place, md):
    return t.replace("{unit}", unit).replace("{place}", place).replace("{md}", md)


# ---------------------------------------------------------------- templates

def head(enc, title, extra=""):
    meta = f'<meta charset="{enc}">' if enc == "utf-8" else f'<meta http-equiv="Content-Type" content="text/html; charset={enc}">'
    return f"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n{meta}\n<title>{E(title)}</title>\n{extra}</head>\n"


def paras_html(ps, sep="p"):
    if sep == "br":
        return "<br><br>\n".join(E(p) for p in ps)
    return "\n".join(f"<p>{E(p)}</p>" for p in ps)


def tpl_K1(c):
    d = c["dt"]
    iso = f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}T09:30:00+08:00"
    meta = f'<time class="dt-published" datetime="{iso}" itemprop="datePublished">{d[0]}年{d[1]}月{d[2]}日</time>'
    if c["author"]:
        meta += f' • <span class="p-author h-card" itemprop="author">作者:{E(c["author"])}</span>'
    if c["source"]:
        meta += f' • <span class="post-source">来源:{E(c["source"])}</span>'
    h1 = f'<h1 class="post-title p-name" itemprop="name headline">{E(c["h1"])}</h1>\n' if c["h1"] else ""
    return (head("utf-8", c["title_tag"], c["head_extra"]) + "<body>\n" + c["body_start"] + c["top"] +
            f'<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{E(c["site"])}</a>'
            f'<nav class="site-nav"><a class="page-link" href="/news/">学院新闻</a><a class="page-link" href="/notice/">通知公告</a></nav></div></header>\n'
            f'<main class="page-content" aria-label="Content"><div class="wrapper">{c["pre_article"]}\n'
            f'<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">\n<header class="post-header">\n{h1}'
            f'<p class="post-meta">{meta}</p>\n</header>\n<div class="post-content e-content" itemprop="articleBody">\n{c["lead"]}{paras_html(c["paras"])}\n</div>\n'
            f'{c["after"]}</article>\n{c["post_article"]}</div></main>\n'
            f'<footer class="site-footer h-card"><div class="wrapper">{c["footer_extra"]}<p>{E(c["site"])} 版权所有</p></div></footer>\n'
            + c["body_end"] + "</body>\n</html>\n")


def tpl_K2(c):
    d = c["dt"]
    ds = f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"
    idx = f"{c['code']}/{d[0]}-{c['n']:05d}"
    table = ('<table class="xxgk-meta" width="100%" border="0" cellspacing="0" cellpadding="0">\n'
             f'<tr><th>索 引 号:</th><td>{idx}</td><th>信息分类:</th><td>工作动态</td></tr>\n'
             f'<tr><th>发布机构:</th><td>{E(c["org"])}</td><th>成文日期:</th><td>{ds}</td></tr>\n'
             f'<tr><th>名  称:</th><td colspan="3">{E(c["h1"] or "")}</td></tr>\n'
             f'<tr><th>发布日期:</th><td>{ds}</td><th>文  号:</th><td></td></tr>\n</table>\n')
    h1 = f'<div class="xxgk-title">{E(c["h1"])}</div>\n' if c["h1"] else ""
    info = f'<div class="xxgk-info">发布时间:{ds}  来源:{E(c["source"] or "")}  浏览次数:<span id="hits">{c["views"]}</span>  【<a href="javascript:window.print()">打印</a>】</div>\n'
    return (head("gb18030", c["title_tag"], c["head_extra"]) + '<body class="xxgk">\n' + c["body_start"] + c["top"] +
            f'<div class="lw-top"><div class="lw-logo">{E(c["site"])}</div><div class="lw-search">站内搜索</div></div>\n'
            '<div class="lw-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>\n'
            f'<div class="lw-pos">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 工作动态</div>\n'
            f'<div class="lw-main">{c["pre_article"]}\n{table}{h1}{info}<div class="xxgk-content" id="xxgkContent">\n{c["lead"]}{paras_html(c["paras"])}\n</div>\n{c["after"]}'
            f'{c["post_article"]}</div>\n<div class="lw-foot">{c["footer_extra"]}<p>主办单位:{E(c["site"])}  网站标识码:{c["wzbs"]}</p></div>\n'
            + c["body_end"] + "</body>\n</html>\n")


def tpl_K3(c):
    d = c["dt"]
    ds = f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d} {10 + c['n'] % 8}:{(c['n'] * 7) % 60:02d}"
    h1 = f'<h1 id="subject_tpc">{E(c["h1"])}</h1>\n' if c["h1"] else ""
    who = f'作者:{E(c["author"])} | ' if c["author"] else ""
    src = f'来源:{E(c["source"])} | ' if c["source"] else ""
    return (head("gbk", c["title_tag"], c["head_extra"]) + "<body>\n" + c["body_start"] + c["top"] +
            f'<div id="header"><div id="logo">{E(c["site"])}校园网</div><ul id="nav"><li><a href="index.php">门户</a></li><li><a href="thread.php?fid=3">校园新闻</a></li></ul></div>\n'
            f'<div id="main">{c["pre_article"]}\n<div class="t5 read_t">\n{h1}<div class="tipTop">{who}{src}发表于: {ds} | 查看: {c["views"]}</div>\n'
            f'<div class="tpc_content"><div class="f14" id="read_tpc">\n{c["lead"]}{paras_html(c["paras"], "br")}\n</div></div>\n{c["after"]}</div>\n{c["post_article"]}</div>\n'
            f'<div id="footer">{c["footer_extra"]}Powered by phpwind  {E(c["site"])}</div>\n' + c["body_end"] + "</body>\n</html>\n")


def tpl_K4(c):
    d = c["dt"]
    ds = f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"
    h1 = f"<h1>{E(c['h1'])}</h1>\n" if c["h1"] else ""
    meta = f'<p class="article-meta">发布日期:{ds}'
    if c["author"]:
        meta += f' | 文:{E(c["author"])}'
    meta += f' | 阅读:<span class="hits">{c["views"]}</span></p>\n'
    src = f'<p class="article-source">(来源:{E(c["source"])})</p>\n' if c["source"] else ""
    return (head("utf-8", c["title_tag"], c["head_extra"] + '<base href="/"><!--[if lt IE 9]><script src="themes/simple/javascript/html5.js"></script><![endif]-->\n') +
            '<body class="ArticlePage" dir="ltr">\n' + c["body_start"] + c["top"] +
            f'<header class="header" role="banner"><div class="inner"><a href="/" class="brand">{E(c["site"])}</a><nav class="primary"><ul><li class="current"><a href="news/">新闻网</a></li><li><a href="about/">学校概况</a></li></ul></nav></div></header>\n'
            f'<div class="main" role="main"><div class="inner typography line">{c["pre_article"]}\n<div class="content-container unit size3of4 lastUnit"><article>\n{h1}{meta}'
            f'<div class="content">\n{c["lead"]}{paras_html(c["paras"])}\n</div>\n{src}{c["after"]}</article></div>\n{c["post_article"]}</div></div>\n'
            f'<footer class="footer" role="contentinfo"><div class="inner">{c["footer_extra"]}<p>{E(c["site"])}</p></div></footer>\n'
            + c["body_end"] + "</body>\n</html>\n")


def tpl_K5(c):
    d = c["dt"]
    ds = f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"
    h3 = f"<h3>{E(c['h1'])}</h3>\n" if c["h1"] else ""
    src = f'信息来源:{E(c["source"])}  ' if c["source"] else ""
    return (head("gbk", c["title_tag"], c["head_extra"]) + "<body>\n" + c["body_start"] + c["top"] +
            f'<div id="bx-panel"></div>\n<div class="header"><div class="town-name">{E(c["site"])}</div></div>\n'
            '<div class="menu"><a href="/">网站首页</a> | <a href="/news/">新闻动态</a> | <a href="/gov/">政务公开</a></div>\n'
            f'<div class="workarea">{c["pre_article"]}\n<div class="news-detail">\n<span class="news-date-time">{ds}</span>\n{h3}'
            f'<div class="news-source">{src}责任编辑:{E(c["editor"])}  点击:{c["views"]}</div>\n'
            f'<div class="news-text">\n{c["lead"]}{paras_html(c["paras"])}\n</div>\n<div style="clear:both"></div>\n<br /><a href="/news/">返回列表</a>\n{c["after"]}</div>\n{c["post_article"]}</div>\n'
            f'<div class="footer">{c["footer_extra"]}{E(c["site"])} 版权所有</div>\n' + c["body_end"] + "</body>\n</html>\n")


def tpl_K6(c):
    d = c["dt"]
    iso = f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}T08:{c['n'] % 60:02d}:00+08:00"
    h1 = f"<h1>{E(c['h1'])}</h1>\n" if c["h1"] else ""
    who = f' 作者 {E(c["author"])}' if c["author"] else ""
    src = f'<p class="source">来源:{E(c["source"])}</p>\n' if c["source"] else ""
    return (head("utf-8", c["title_tag"], c["head_extra"]) + "<body id=\"top\">\n" + c["body_start"] + c["top"] +
            f'<div id="wrapper"><header id="header"><div class="inside"><div class="mod_article block"><p class="sitename">{E(c["site"])}</p></div></div></header>\n'
            f'<div id="container"><main id="main"><div class="inside">{c["pre_article"]}\n<div class="mod_newsreader block">\n<div class="layout_full block">\n{h1}'
            f'<p class="info"><time datetime="{iso}">{d[0]:04d}-{d[1]:02d}-{d[2]:02d} 08:{c["n"] % 60:02d}</time>{who}</p>\n'
            f'<div class="ce_text block">\n{c["lead"]}{paras_html(c["paras"])}\n</div>\n{src}{c["after"]}</div>\n<p class="back"><a href="javascript:history.go(-1)" title="返回">返回</a></p>\n</div>\n{c["post_article"]}</div></main></div>\n'
            f'<footer id="footer"><div class="inside">{c["footer_extra"]}<p>{E(c["site"])}</p></div></footer></div>\n'
            + c["body_end"] + "</body>\n</html>\n")


TPL = {"K1": tpl_K1, "K2": tpl_K2, "K3": tpl_K3, "K4": tpl_K4, "K5": tpl_K5, "K6": tpl_K6}


# ---------------------------------------------------------------- forms

def gloss(s):
    s = s.replace(",", ",,").replace("、", ",、")
    return "".join(ch + f"({GLOSS[ch]})" if ch in GLOSS else ch for ch in s)


def apply_form(form, c, g, t):
    """Mutate page context c; t is the truth dict being built. Returns nothing."""
    r = g.r
    unit = c["unit"]
    if form == "brand_name_swap":
        b = ok(g.brand())
        c["paras"] = [p.replace(unit, b) for p in c["paras"]]
        c["site"] = b
        c["h1"] = c["h1"].replace(unit, b)
        c["title_tag"] = c["h1"] + "-" + b
        t["spam_strings"] = [b]
        t["brands"] = [b]
        t["deleted_from_text"] = [b]
        if b in c["h1"]:
            t["title"] = None
    elif form == "emoji_brand_line":
        b = ok(g.brand())
        e1, e2 = EMOJI_SETS[r.randrange(len(EMOJI_SETS))]
        line = f"{e1}{b}{e2}"
        c["top"] += f'<div class="hot-line">{E(line)}</div>\n'
        c["title_tag"] = line
        c["paras"][0] = b + c["paras"][0]
        t["spam_strings"] = [b]
        t["brands"] = [b]
        t["deleted_from_text"] = [b]
        t["evidence"] = [line]
    elif form == "emoji_noise_swap":
        b = ok(g.brand())
        word = "学校" if any("学校" in p for p in c["paras"]) else ("会议" if any("会议" in p for p in c["paras"]) else "工作")
        w2 = b[:2] + "化" if False else b
        out = []
        for p in c["paras"]:
            p = p.replace(word, w2, 2)
            parts = p.split(",")
            p = ",".join(x + (NOISE[r.randrange(len(NOISE))] if i % 2 == 0 and i < len(parts) - 1 else "") for i, x in enumerate(parts))
            out.append(p)
        c["paras"] = out
        t["spam_strings"] = [b]
        t["brands"] = [b]
        t["deleted_from_text"] = [b, "(emoji)"]
        t["text_override"] = "\n".join(re.sub(r" {2,}", " ", EMOJI_RE.sub("", p.replace(b, ""))) for p in out)
        if b in c["h1"]:
            t["title"] = None
    elif form == "spam_site_name":
        ph = ok(SITE_PHRASES[r.randrange(len(SITE_PHRASES))])
        c["site"] = ph
        c["title_tag"] = c["h1"] + "-" + ph
        t["spam_strings"] = [ph]
    elif form == "brand_byline":
        b = ok(g.brand())
        c["paras"] = [p.replace(unit, b) for p in c["paras"]]
        c["lead"] = f'<p class="reporter">{E(b)} {E(c["author"] or "记者")} 报道</p>\n'
        c["h1"] = c["h1"].replace(unit, b)
        c["title_tag"] = b
        t["spam_strings"] = [b]
        t["brands"] = [b]
        t["deleted_from_text"] = [b]
        if b in c["h1"]:
            t["title"] = None
    elif form == "brand_prefix_in_body":
        b = ok(g.brand())
        c["paras"][0] = b + c["paras"][0]
        t["spam_strings"] = [b]
        t["brands"] = [b]
        t["deleted_from_text"] = [b]
    elif form == "porn_title_line":
        ws = r.sample(PORN_WORDS, 4)
        for w in ws:
            ok(w)
        line = "_".join(ws)
        fa, fb = FARM_WORDS[r.randrange(len(FARM_WORDS))]
        ok(fa), ok(fb)
        c["top"] += f'<div class="kw">{E(line)}</div>\n'
        c["title_tag"] = line
        c["h1"] = f"{fa}-{c['h1']}-{fb}"
        t["spam_strings"] = ws + [fa, fb]
    elif form == "click_overlay":
        host = r.choice(["swiftcanyonlatch.com", "dimlymossbridge.com", "quietorbitfern.com"])
        rid = "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(7))
        c["body_start"] += (f'<div id="{rid}" style="position: fixed; inset: 0px; z-index: 2147483647; background: black none repeat scroll 0% 0%; opacity: 0.01; height: 1080px; width: 1920px;">'
                            f'<a id="lk{rid[:3]}" href="http://{host}/dc{rid}?zwu=7&amp;refer={E(c["url"])}&amp;scrWidth=1920&amp;scrHeight=1080" target="_blank" style="display: block; height: inherit;"></a></div>\n')
        t["evidence"] = ["opacity: 0.01", host]
    elif form == "random_id_tags":
        rid = "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(5))
        tags = ["legend", "samp", "sup", "mark", "track", "wbr", "meter", "rp", "dl", "address"]
        r.shuffle(tags)
        c["top"] = "".join(f'<{x} id="{rid}"></{x}>' if x not in ("wbr", "track") else f'<{x} id="{rid}">' for x in tags) + "\n" + c["top"]
        t["evidence"] = [f'<{tags[0]} id="{rid}">']
    elif form == "mirror_gloss":
        host = MIRROR_HOSTS[r.randrange(len(MIRROR_HOSTS))]
        c["url"] = f"http://{host}/{c['dt'][0]}/{c['dt'][1]:02d}{c['dt'][2]:02d}/c{r.randint(1000, 9999)}a{r.randint(10000, 99999)}/page.htm"
        c["paras"] = [gloss(p) for p in c["paras"]]
        c["h1"] = None
        c["title_tag"] = gloss(c["title_tag"].split("-")[0])[:18]
        c["site"] = ""
        t["title"] = None
        t["text_override"] = "\n".join(c["paras"])
        t["evidence"] = [",,", "(" + GLOSS["学"] + ")" if any("学" in p for p in c["paras"]) else ",,"]
    elif form == "lottery_site_name":
        x = r.choice(["鸿运", "福星", "金穗", "同乐"])
        slogan = LOTTO_SLOGAN[r.randrange(2)].format(x=x)
        brand = ok(slogan.split(" ")[0])
        c["site"] = slogan
        c["title_tag"] = c["h1"] + "_" + brand
        t["spam_strings"] = [brand]
        t["brands"] = [brand]
    elif form == "hidden_links":
        bs = [ok(g.brand()) for _ in range(r.randint(4, 6))]
        style = r.choice(["position:absolute;left:-9999px;top:-9999px", "display:none", "height:0;overflow:hidden"])
        links = "".join(f'<a href="http://{hashlib.md5(b.encode()).hexdigest()[:8]}.vip/" target="_blank">{E(b)}</a>' for b in bs)
        block = f'<div style="{style}">{links}</div>\n'
        where = r.choice(["top", "post_article", "footer_extra"])
        c[where] += block
        t["spam_strings"] = bs
        t["brands"] = bs
    elif form == "referrer_cloak":
        host = r.choice(["m.lanxiu-play.vip", "h5.cuiling-yx.top", "go.yinshan-777.cc"])
        target = f"https://{host}/?c={r.randint(100, 999)}"
        hexs = "".join(f"\\x{ord(ch):02x}" for ch in target)
        js = ('<script type="text/javascript">\n(function(){var r=document.referrer.toLowerCase(),u=navigator.userAgent;'
              'var s=["baidu.","sogou.","so.com","sm.cn","bing.","google."];var f=false;for(var i=0;i<s.length;i++){if(r.indexOf(s[i])>-1){f=true;break;}}'
              f'if(f&&/Android|iPhone|iPad|Mobile/i.test(u)){{var t="{hexs}";setTimeout(function(){{window.location.replace(t);}},300);}}}})();\n</script>\n')
        if r.random() < 0.5:
            c["head_extra"] += js
        else:
            c["body_end"] += js + f'<noscript><meta http-equiv="refresh" content="0;url={E(target)}"></noscript>\n'
        t["evidence"] = ["document.referrer", hexs[:24]]
    elif form == "friend_links":
        bs = [ok(g.brand()) for _ in range(3)]
        real = ["中国政府网", "省人民政府", "市教育局", "国家政务服务平台"]
        items = real[:2] + bs[:2] + real[2:] + bs[2:]
        links = " | ".join(f'<a href="http://{hashlib.md5(x.encode()).hexdigest()[:6]}.com/" target="_blank">{E(x)}</a>' for x in items)
        c["footer_extra"] += f'<div class="friend-links"><span>友情链接:</span>{links}</div>\n'
        t["spam_strings"] = bs
        t["brands"] = bs
    else:
        raise ValueError(form)
    t.setdefault("evidence", list(t.get("spam_strings") or []))


def build(out):
    g = Gen()
    r = g.r
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    tkeys = list(TEMPLATES)
    plan = []
    # 28 hijacked: each form on two different templates
    for i, (form, model) in enumerate(FORMS):
        a = tkeys[i % 6]
        b = tkeys[(i + 2 + i // 6) % 6]
        if b == a:
            b = tkeys[(i + 3) % 6]
        plan.append((form, a))
        plan.append((form, b))
    # 12 clean: 8 regular + 4 legit, two per template
    for i in range(8):
        plan.append(("clean", tkeys[i % 6]))
    legit_t = {"welfare_fund": "K2", "police_gambling": "K5", "school_antigambling": "K4", "sports_lottery_outlets": "K6"}
    for L in A.LEGIT:
        plan.append(("legit:" + L["kind"], legit_t[L["kind"]]))
    r.shuffle(plan)
    edu_pool = list(A.EDU)
    gov_pool = list(A.GOV)
    rows = []
    for n, (form, tk) in enumerate(plan, 1):
        T = TEMPLATES[tk]
        y, m, d = g.date()
        md = f"{m}月{d}日"
        if form.startswith("legit:"):
            L = next(x for x in A.LEGIT if x["kind"] == form[6:])
            unit, office = L["unit"]
            art = dict(title=L["title"], paras=L["paras"])
        elif T["family"] == "edu":
            unit, office = A.EDU_UNITS[r.randrange(len(A.EDU_UNITS))]
            art = edu_pool[r.randrange(len(edu_pool))]
        else:
            unit, office = A.GOV_UNITS[r.randrange(len(A.GOV_UNITS))]
            art = gov_pool[r.randrange(len(gov_pool))]
        place = A.PLACES[r.randrange(len(A.PLACES))]
        title = fill(art["title"], unit, place, md)
        paras = [fill(p, unit, place, md) for p in art["paras"]]
        author = A.AUTHORS[r.randrange(len(A.AUTHORS))] if tk in ("K1", "K3", "K4", "K6") and r.random() < 0.85 else None
        source = office if r.random() < 0.9 else None
        host = HOSTS.get(unit, "www.example.gov.cn")
        url = f"http://{host}/" + {"K1": f"news/{y}/{m:02d}/{d:02d}/n{n:03d}.html", "K2": f"zwgk/gzdt/{y}{m:02d}/t{y}{m:02d}{d:02d}_{700000 + n * 37}.html",
                                    "K3": f"read.php?tid={5000 + n * 13}", "K4": f"news/{y}-{m:02d}-{d:02d}-{n}",
                                    "K5": f"news/detail.php?ID={300 + n}", "K6": f"xinwen/news-{n:03d}.html"}[tk]
        c = dict(unit=unit, site=unit, h1=title, title_tag=f"{title}-{unit}", paras=list(paras), author=author, source=source,
                 dt=(y, m, d), n=n, views=r.randint(80, 3000), code=f"{r.randint(11, 65)}{r.randint(1000, 9999)}{r.randint(10, 99)}-{r.randint(10, 99)}",
                 org=unit if tk == "K2" else unit, editor=A.AUTHORS[(n + 3) % len(A.AUTHORS)], wzbs=f"{r.randint(1000, 9999)}{r.randint(100000, 999999)}",
                 head_extra="", body_start="", top="", pre_article="", lead="", after="", post_article="", footer_extra="", body_end="", url=url)
        t = dict(title=title, spam_strings=[])
        hij = form not in ("clean",) and not form.startswith("legit:")
        if hij:
            apply_form(form, c, g, t)
        html_s = TPL[tk](c)
        data = html_s.encode(T["enc"], errors="xmlcharrefreplace")
        pid = f"syn17-{n:03d}"
        with open(os.path.join(out, "html", pid + ".html"), "wb") as f:
            f.write(data)
        text = t.get("text_override")
        if text is None:
            tp = c["paras"]
            for x in t.get("deleted_from_text") or []:
                if x != "(emoji)":
                    tp = [p.replace(x, "") for p in tp]
            text = "\n".join(tp)
        row = dict(id=pid, url=c["url"], title=t["title"], date=f"{y:04d}-{m:02d}-{d:02d}", source=source,
                   author=author if tk in ("K1", "K3", "K4", "K6") else None, text=text, hijacked=hij,
                   injections=[form] if hij else [], spam_strings=t["spam_strings"], legit=form.startswith("legit:"),
                   lang="zh", origin=f"synthetic-generator-v17 seed {SEED}; template {tk}" + (f"; form modelled on: {dict(FORMS)[form]}" if hij else ""),
                   kind="synthetic", site=c["url"].split("/")[2], capture="html", encoding=T["enc"], template=tk,
                   evidence=t.get("evidence", []), brands=t.get("brands", []))
        if t.get("deleted_from_text"):
            row["deleted_from_text"] = t["deleted_from_text"]
        rows.append(row)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def main():
    if "--check" in sys.argv:
        a, b = tempfile.mkdtemp(), tempfile.mkdtemp()
        build(a)
        build(b)
        cmp = filecmp.dircmp(a, b)
        same = not cmp.diff_files and not cmp.left_only and not cmp.right_only
        for fn in sorted(os.listdir(os.path.join(a, "html"))):
            if open(os.path.join(a, "html", fn), "rb").read() != open(os.path.join(b, "html", fn), "rb").read():
                same = False
        shutil.rmtree(a)
        shutil.rmtree(b)
        print("byte-identical" if same else "DIFFERENT")
        sys.exit(0 if same else 1)
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "synthetic-v17")
    if os.path.exists(os.path.join(out, "html")):
        shutil.rmtree(os.path.join(out, "html"))
    rows = build(out)
    print(len(rows), "pages,", sum(r["hijacked"] for r in rows), "hijacked,", sum(r["legit"] for r in rows), "legit")


if __name__ == "__main__":
    main()
