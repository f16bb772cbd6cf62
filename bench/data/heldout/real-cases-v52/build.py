#!/usr/bin/env python3
"""Build real-cases-v52 (pending-v52): html/<id>.html, truth.jsonl, SOURCES.md.

python3 build.py [OUTDIR]   (default: this folder).  No clock, no randomness: ids follow the sha1 of the
url, so a re-run into a scratch folder is byte-identical.
"""
import hashlib
import html
import json
import os
import sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES, GC_BOXES, JQUERY_TAG  # noqa: E402

E = html.escape

GC_TITLE = "Strategic Gambling &amp; Game Theory Hub"
GC_KEYWORDS = ("casino research, game theory, online gambling analysis, slot machine mechanics, gambling psychology, "
               "live casino behavior, responsible gambling, gambling systems, casino strategy, player behavior, "
               "RNG algorithms, gambling symbolism")
GC_DESC = ("...dedicated to exploring online casino systems, slot mechanics, and strategic gambling behavior through "
           "a symbolic and analytical lens.")


def host(url):
    return urlsplit(url).hostname


def read_src(path):
    with open(os.path.join(HERE, path), encoding="utf-8") as f:
        return f.read()


def injection_html(c):
    """The injected markup of a case, or '' (keyed by placement)."""
    inj = c.get("inject")
    if not inj:
        return {}
    k = inj["kind"]
    if k == "inline_js":
        body = read_src(inj["file"])
        code = ("<script type=\"text/javascript\">\n" + body + "</script>")
        if inj.get("jquery"):
            code = JQUERY_TAG + "\n" + code
        return {inj["where"]: code}
    if k == "raw":
        return {inj["where"]: inj["html"]}
    if k == "gc_boxes":
        parts = []
        for i in inj["boxes"]:
            lang, text = GC_BOXES[i]
            parts.append('<div class="wsite-multicol promo-box" lang="%s"><div class="paragraph">%s</div></div>'
                         % (lang, E(text, quote=False)))
        return {inj["where"]: "\n".join(parts)}
    if k == "gc_title":
        return {"head": ('<meta name="keywords" content="%s" />\n<meta name="description" content="%s" />'
                         % (GC_KEYWORDS, GC_DESC)),
                "title_override": GC_TITLE}
    raise ValueError(k)


def paras_html(c, tag="p", cls=None):
    out = []
    glue = c.get("glue", {})
    for i, p in enumerate(c["paras"]):
        t = E(p, quote=False) + E(glue.get(i, ""), quote=False)
        out.append("<%s%s>%s</%s>" % (tag, (' class="%s"' % cls) if cls else "", t, tag))
    return "\n".join(out)


def byline_bits(c):
    bits = []
    if c.get("date_shown"):
        bits.append(c["date_shown"])
    if c.get("source") and c.get("source_label") is not None and c["source"] not in (c.get("date_shown") or ""):
        bits.append(c["source_label"] + c["source"])
    if c.get("author") and c["author"] not in (c.get("date_shown") or ""):
        bits.append(c.get("author_label", "作者：") + c["author"])
    return bits


# ------------------------------------------------------------------ shells (written for this split)
def page(c, charset, lang_attr, site_title, css, body, inj):
    title = c.get("title")
    doc_title = inj.get("title_override") or (E(title, quote=False) + " - " + site_title if title else site_title)
    head_extra = inj.get("head", "")
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"%s\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n"
            "<style>%s</style>\n%s</head>\n<body>\n%s\n%s</body>\n</html>\n"
            % (lang_attr, charset, doc_title, css, (head_extra + "\n") if head_extra else "", body,
               (inj.get("body_end", "") + "\n") if inj.get("body_end") else ""))


def lines(items, cls):
    return "\n".join('<div class="%s">%s</div>' % (cls, E(x, quote=False)) for x in items)


def article_block(c, inj, h="h1", byline_cls="info", body_cls="content"):
    parts = []
    if inj.get("before_article"):
        parts.append(inj["before_article"])
    if c.get("title"):
        parts.append("<%s>%s</%s>" % (h, E(c["title"], quote=False), h))
    bits = byline_bits(c)
    if bits:
        parts.append('<div class="%s">%s</div>' % (byline_cls, " ".join('<span>%s</span>' % E(b, quote=False) for b in bits)))
    parts.append('<div class="%s">\n%s\n</div>' % (body_cls, paras_html(c)))
    if c.get("post"):
        parts.append(lines(c["post"], "tail"))
    if inj.get("after_article"):
        parts.append(inj["after_article"])
    return "\n".join(parts)


def s_mirror_gov_portal(c, inj):
    css = "body{font:14px SimSun,serif;margin:0}.kw{font-size:12px;color:#999}.top{background:#8b1a1a;color:#fff;padding:8px}.crumb{margin:8px 20px;color:#555}.wrap{width:960px;margin:0 auto}h1{font-size:24px;text-align:center}.info{text-align:center;color:#777}"
    body = (lines(c.get("pre", []), "kw") + '\n<div class="top">中國西藏網(wǎng)</div>\n<div class="wrap">\n'
            '<div class="crumb">%s</div>\n%s\n</div>\n<div class="foot">版權所有</div>' % (E(c["crumb"]), article_block(c, inj)))
    return page(c, "utf-8", "zh-Hant", "中國西藏網(wǎng)", css, body, inj)


def s_mirror_mobile(c, inj):
    css = "body{font:16px sans-serif;margin:0 10px}.kw{font-size:11px;color:#aaa;overflow:hidden}h1{font-size:20px}.nav a{margin-right:8px}"
    body = (lines(c.get("pre", []), "kw") + '\n<div class="nav"><a href="/">首頁</a><a href="/gonglve/">攻略</a><a href="/meishi/">美食</a></div>\n'
            '<section class="article">\n%s\n</section>\n<footer>手機版</footer>' % article_block(c, inj))
    return page(c, "utf-8", "zh-Hant", "旅遊攻略", css, body, inj)


def s_mirror_portal(c, inj):
    css = "body{font:14px Arial;margin:0}.kw{color:#888;font-size:12px}.head{border-bottom:2px solid #036;padding:6px}.main{width:900px;margin:auto}h1{font-size:22px}.info span{margin-right:12px;color:#666}.tail{color:#999}"
    crumb = ('<div class="crumb">%s</div>\n' % E(c["crumb"])) if c.get("crumb") else ""
    body = (lines(c.get("pre", []), "kw") + '\n<div class="head"><a href="/">首頁</a> | <a href="/news/">新聞</a> | <a href="/zhuanti/">專題</a></div>\n'
            '<div class="main">\n%s%s\n</div>\n<div class="foot">Copyright</div>' % (crumb, article_block(c, inj)))
    return page(c, "utf-8", "zh-Hant", "新聞中心", css, body, inj)


def s_mirror_peoplecn(c, inj):
    css = "body{font:14px 'Microsoft JhengHei';margin:0}.w1000{width:1000px;margin:auto}.path{color:#333;padding:6px 0}h1{font-size:26px}.box01 span{color:#666}.tail{font-size:12px;color:#bbb;word-break:break-all}"
    body = ('<div class="w1000">\n<div class="path">%s</div>\n%s\n<div class="edit">(責編:曹欣悅、崔譯戈)</div>\n</div>'
            % (E(c["crumb"]), article_block(c, inj, byline_cls="box01")))
    return page(c, "utf-8", "zh-Hant", "人民網(wǎng)", css, body, inj)


def s_mirror_plain(c, inj):
    css = "body{font:15px sans-serif;margin:20px}.hd{font-weight:bold}"
    body = '<div class="hd">资讯</div>\n<div class="art">\n%s\n</div>' % article_block(c, inj)
    return page(c, "utf-8", "zh-CN", "资讯", css, body, inj)


def s_mirror_crypto(c, inj):
    css = "body{background:#0f1115;color:#ddd;font:15px sans-serif}.container{max-width:760px;margin:auto}h1{color:#fff}.meta{color:#8a8f98}"
    body = ('<header><a href="/">CoinsDeep</a> <nav><a href="/article/">快訊</a> <a href="/market/">行情</a></nav></header>\n'
            '<div class="container">\n%s\n</div>\n<footer>風險提示:本文不構成投資建議</footer>' % article_block(c, inj, byline_cls="meta"))
    return page(c, "utf-8", "zh-Hant", "CoinsDeep", css, body, inj)


def s_mirror_company(c, inj):
    css = "body{font:14px sans-serif;margin:0}.logo{padding:10px;background:#e9f3ec}.ctn{width:1100px;margin:auto}h1{font-size:20px}"
    body = ('<div class="logo">Gensure Bio</div>\n<div class="menu"><a href="/">首頁</a> <a href="/p/">資訊</a> <a href="/about/">關於我們</a></div>\n'
            '<div class="ctn">\n%s\n</div>\n<div class="foot">© Gensure Bio</div>' % article_block(c, inj))
    return page(c, "utf-8", "zh-Hant", "Gensure Bio", css, body, inj)


def s_mirror_pageorama(c, inj):
    css = "body{font:16px Georgia,serif;max-width:700px;margin:30px auto}.pgr{font-size:12px;color:#888}"
    body = ('<div class="pgr">Created with Pageorama</div>\n<div class="pg-content">\n%s\n</div>\n'
            '<div class="pgr">Make your own page</div>' % article_block(c, inj))
    return page(c, "utf-8", "en", "Pageorama", css, body, inj)


def s_company_news(c, inj):
    css = "body{font:14px 'Microsoft YaHei';margin:0}.kw{background:#c00;color:#fff;padding:4px 10px}.nav{background:#145;padding:8px}.nav a{color:#fff;margin:0 10px}.pos{padding:8px 0;color:#666}.box{width:1200px;margin:auto}h1{font-size:20px}"
    body = (lines(c.get("pre", []), "kw") + '\n<div class="nav"><a href="/">首页</a><a href="/fluorosurfactant/">氟表面活性剂</a><a href="/products/">产品中心</a><a href="/contact/">联系我们</a></div>\n'
            '<div class="box">\n<div class="pos">%s</div>\n%s\n</div>\n<div class="foot">版权所有 技术支持</div>' % (E(c["crumb"]), article_block(c, inj)))
    return page(c, "utf-8", "zh-CN", "氟表面活性剂", css, body, inj)


def s_hospital_news(c, inj):
    css = "body{font:14px SimSun;margin:0}.toplinks{text-align:right;font-size:12px}.banner{height:90px;background:#0a6aa1;color:#fff;font-size:28px;padding:20px}.wz{padding:8px;border-bottom:1px solid #ddd}.nr{width:960px;margin:auto}h1{font-size:20px;text-align:center}.info{text-align:center;color:#888}"
    body = ('<div class="toplinks">微信 | 网站地图 | 联系我们 | 加入收藏</div>\n<div class="banner">医院</div>\n<div class="nr">\n'
            '<div class="wz">%s</div>\n<h2 class="lm">医院新闻</h2>\n%s\n</div>\n<div class="foot">版权所有</div>' % (E(c["crumb"]), article_block(c, inj)))
    return page(c, "utf-8", "zh-CN", "医院新闻", css, body, inj)


def s_hk_news(c, inj):
    css = "body{font:15px 'PMingLiU';margin:0}.hd{background:#003a70;color:#fff;padding:10px}.crumb{margin:10px}.main{width:980px;margin:auto}h1{font-size:24px}"
    body = ('<div class="hd">香港中通社</div>\n<div class="main">\n<div class="crumb">%s</div>\n%s\n<div class="share">分享到:</div>\n</div>\n'
            '<div class="foot">香港中國通訊社</div>' % (E(c["crumb"]), article_block(c, inj)))
    return page(c, "utf-8", "zh-Hant", "香港中通社", css, body, inj)


def s_sports_biz(c, inj):
    css = "body{font:14px 'PingFang SC';margin:0}.hd{background:#111;color:#ffd200;padding:12px}.wrap{width:820px;margin:auto}h1{font-size:24px}.info{color:#999}"
    body = ('<div class="hd">禹唐体育 | 体育营销 · 体育产业</div>\n<div class="wrap">\n%s\n<div class="share">分享</div>\n</div>\n'
            '<div class="foot">禹唐体育</div>' % article_block(c, inj))
    return page(c, "utf-8", "zh-CN", "禹唐体育", css, body, inj)


def s_car_column(c, inj):
    css = "body{font:16px 'Microsoft YaHei';margin:0}.top{border-bottom:3px solid #e60012;padding:8px}.col{width:720px;margin:auto;line-height:1.8}"
    body = ('<div class="top">新车评网 · 评论</div>\n<div class="col">\n%s\n</div>\n<div class="cmt">网友评论</div>' % article_block(c, inj))
    return page(c, "utf-8", "zh-CN", "新车评网", css, body, inj)


def s_unila(c, inj):
    css = "body{font:15px 'Open Sans',sans-serif;margin:0}.hdr{background:#0b6e3a;color:#fff;padding:14px}.container{max-width:900px;margin:auto}.entry-content p{line-height:1.7}"
    body = ('<div class="hdr">Universitas Lampung</div>\n<div class="container">\n<div class="breadcrumb">Home » Berita</div>\n'
            '<article class="post">\n%s\n</article>\n</div>\n<footer>Universitas Lampung · Jl. Prof. Dr. Sumantri Brojonegoro No. 1</footer>'
            % article_block(c, inj, h="h1", body_cls="entry-content"))
    return page(c, "utf-8", "id", "Universitas Lampung", css, body, inj)


def s_faculty_en(c, inj):
    css = "body{font:15px Roboto,sans-serif;margin:0}.bar{background:#002855;color:#fff;padding:12px}.grid{display:flex;max-width:1100px;margin:auto}.main{flex:3}.side{flex:1;padding:10px;background:#f4f4f4}"
    side = inj.get("sidebar", "")
    body = ('<div class="bar">FISIP Universitas Diponegoro</div>\n<div class="grid">\n<div class="main">\n%s\n</div>\n'
            '<aside class="side"><h3>Recent Posts</h3>\n%s\n</aside>\n</div>\n<footer>FISIP UNDIP</footer>' % (article_block(c, inj), side))
    return page(c, "utf-8", "en", "FISIP UNDIP", css, body, inj)


def s_dinkes(c, inj):
    css = "body{font:15px Poppins,sans-serif;margin:0}.head{background:#1d8f5f;color:#fff;padding:12px}.cat{font-size:12px;text-transform:uppercase;color:#1d8f5f}.post{max-width:840px;margin:auto}.author-box{border-top:1px solid #ddd;margin-top:20px;font-size:13px}"
    body = ('<div class="head">Dinas Kesehatan Kota Malang</div>\n<div class="post">\n<div class="cat">%s</div>\n%s\n'
            '<div class="author-box">About author<br>Dinas Kesehatan Kota Malang adalah salah satu perangkat daerah Pemerintah Kota Malang yang melaksanakan pembangunan di bidang kesehatan.</div>\n</div>'
            % (E(c["crumb"]), article_block(c, inj)))
    return page(c, "utf-8", "id", "Dinas Kesehatan Kota Malang", css, body, inj)


def s_school_en(c, inj):
    css = "body{font:16px Arial;margin:0}.skip{position:absolute;left:-999px}.hdr{background:#5a1f1f;color:#fff;padding:14px}.content{max-width:800px;margin:auto}"
    body = ('<a class="skip" href="#main">Skip To Main Content</a>\n<div class="hdr">La Grande High School</div>\n<div class="content" id="main">\n%s\n'
            '<div class="release">Release Date</div>\n</div>\n<footer>La Grande School District</footer>' % article_block(c, inj))
    return page(c, "utf-8", "en", "La Grande High School", css, body, inj)


def s_id_news(c, inj):
    css = "body{font:16px 'Source Sans Pro',sans-serif;margin:0}.masthead{border-bottom:1px solid #ccc;padding:10px}.read{max-width:760px;margin:auto;line-height:1.75}"
    name = host(c["url"]).replace("www.", "")
    body = ('<div class="masthead">%s</div>\n<main class="read">\n%s\n</main>\n<footer>© %s</footer>' % (E(name), article_block(c, inj), E(name)))
    return page(c, "utf-8", "id", name, css, body, inj)


def s_car_note(c, inj):
    css = "body{font:15px sans-serif;margin:0 12px}.app{background:#f2f2f2;padding:6px;font-size:12px}.note p{line-height:1.7}"
    body = ('<div class="app">太平洋汽车APP</div>\n<div class="note">\n%s\n</div>\n<div class="rel">相关推荐</div>' % article_block(c, inj))
    return page(c, "utf-8", "zh-CN", "太平洋汽车", css, body, inj)


def s_policy_en(c, inj):
    css = "body{font:16px 'Helvetica Neue',Arial;margin:0}.site{background:#213a6e;color:#fff;padding:12px}.policy{max-width:820px;margin:auto}.meta{font-size:13px;color:#555}"
    body = ('<div class="site">Sioux City Community School District</div>\n<div class="policy">\n%s\n<div class="meta">First Adoption: 1981-12-21<br>'
            'Revision Adoption: September 28, 1999/ March 22, 2000/ May 10, 2010/ July 20, 2015/ June 22, 2020<br>Reviewed Dates: May 26, 2020</div>\n'
            '<a href="/policies">Back to all policies</a>\n</div>' % article_block(c, inj))
    return page(c, "utf-8", "en", "Policies", css, body, inj)


def s_wp_blog(c, inj):
    css = "body{font:15px Georgia;margin:0;background:#fafafa}#header{padding:20px}.post{max-width:640px;margin:auto;background:#fff;padding:20px}"
    body = ('<div id="header"><h2 class="blog-title">一才</h2></div>\n<div class="post">\n%s\n<div class="postmetadata">Posted in 遊</div>\n</div>\n'
            '<div id="footer">Blog at WordPress.com.</div>' % article_block(c, inj, h="h2"))
    return page(c, "utf-8", "zh-Hant", "一才", css, body, inj)


def s_lottery_site(c, inj):
    css = "body{font:16px 'Noto Sans TC';margin:0}.nav{background:#b40000;color:#fff;padding:10px}.wrap{max-width:860px;margin:auto;line-height:1.8}"
    body = ('<div class="nav">台灣彩券通 | 今彩539 | 威力彩 | 大樂透</div>\n<div class="wrap">\n%s\n</div>'
            % article_block(c, inj))
    return page(c, "utf-8", "zh-Hant", "台灣彩券通", css, body, inj)


def s_casino_news(c, inj):
    css = "body{font:16px Lato,sans-serif;margin:0}.top{background:#222;color:#fc0;padding:12px}.news{max-width:780px;margin:auto}"
    body = ('<div class="top">Reviewed Casinos · News</div>\n<div class="news">\n%s\n</div>\n<footer>18+ Gamble responsibly.</footer>' % article_block(c, inj))
    return page(c, "utf-8", "en", "Reviewed Casinos", css, body, inj)


def s_explainer(c, inj):
    css = "body{font:16px sans-serif;margin:0}.hd{padding:10px;border-bottom:1px solid #eee}.art{max-width:760px;margin:auto}"
    body = ('<div class="hd">知识探秘</div>\n<div class="art">\n<p class="lead-label">引言</p>\n%s\n</div>' % article_block(c, inj))
    return page(c, "utf-8", "zh-CN", "知识探秘", css, body, inj)


def s_lottery_tips(c, inj):
    css = "body{font:15px sans-serif;margin:0}.nav{background:#d62828;color:#fff;padding:8px}.main{max-width:820px;margin:auto}"
    body = ('<div class="nav">首页 | 3D技巧 | 双色球 | 开奖公告</div>\n<div class="main">\n%s\n</div>' % article_block(c, inj))
    return page(c, "utf-8", "zh-CN", "彩票技巧", css, body, inj)


# ids of pages removed after the split was collected; the other ids keep their numbers (a gap is left).
RETIRED = {19}

SHELLS = {k[2:]: v for k, v in globals().items() if k.startswith("s_")}


def build(outdir):
    os.makedirs(os.path.join(outdir, "html"), exist_ok=True)
    cases = sorted(CASES, key=lambda c: hashlib.sha1(c["url"].encode()).hexdigest())
    nums = (n for n in range(1, 1000) if n not in RETIRED)
    rows = []
    for n, c in zip(nums, cases):
        cid = "rc52-%03d" % n
        inj = injection_html(c)
        doc = SHELLS[c["shell"]](c, inj)
        with open(os.path.join(outdir, "html", cid + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        t = dict(id=cid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
                 author=c.get("author"), text="\n".join(c["paras"]), hijacked=c["hijacked"],
                 injections=c["injections"], spam_strings=c["spam"], legit=c["legit"], lang=c["lang"],
                 origin=c["origin"], kind=c["kind"], site=c.get("site") or host(c["url"]), capture=c["capture"],
                 encoding="utf-8", form=c["form"], template=c["shell"], copy=bool(c.get("copy")),
                 markers=c.get("markers", []))
        rows.append(t)
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for t in rows:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "SOURCES.head.md"), encoding="utf-8") as f:
        head = f.read()
    out = [head.rstrip("\n"), "", "## Pages", ""]
    for t in rows:
        out.append("- **%s** `%s` — %s; %s; %s; lang %s. %s" % (
            t["id"], t["url"], t["kind"], "hijacked" if t["hijacked"] else ("legit" if t["legit"] else "clean"),
            t["form"], t["lang"], t["origin"]))
    with open(os.path.join(outdir, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else HERE)
