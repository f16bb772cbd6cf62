#!/usr/bin/env python3
"""Generate synthetic-v32 (40 pages) next to this folder's parent: ../synthetic-v32/.
Fixed seed; byte-identical on re-run."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "synthetic-v32")
R = random.Random(3232)

# ---------------- article material ----------------
PLACES = ["岚溪县", "青峪镇", "柘塘街道", "梓桥乡", "临沣区", "双碛镇", "枫岗县", "苇湾村"]
DEPTS = ["县市场监管局", "区农业农村局", "镇综合执法队", "县退役军人事务局", "区税务局", "县图书馆", "镇卫生院", "区档案馆"]
ACTS = [
    ("开展{p}夏季食品安全专项检查", ["为切实保障群众“舌尖上的安全”，{d}近日组织执法人员对{p}辖区内农贸市场、小餐饮店和学校食堂开展专项检查。",
      "检查中，执法人员重点查看了经营许可证件、从业人员健康证明、食品原料进货查验记录以及后厨卫生状况，共检查经营主体{n}家，现场督促整改问题{m}处。",
      "下一步，{d}将持续加大监督检查力度，对检查中发现问题的经营户开展“回头看”，确保整改落实到位。"]),
    ("{p}召开秋季森林防火工作部署会", ["{month}月{day}日，{p}召开秋季森林防火工作部署会，{d}及各村（社区）负责同志参加会议。",
      "会议通报了近期森林防火形势，要求各单位压实属地责任，加强野外用火管控，做好巡山护林和隐患排查，确保不发生较大以上森林火灾。",
      "会议强调，要加强应急值守，严格执行24小时值班和领导带班制度，发现火情第一时间报告、第一时间处置。"]),
    ("{d}举办“书香{p}”全民阅读分享活动", ["为营造爱读书、读好书的良好氛围，{d}于{month}月{day}日在{p}文化活动中心举办“书香{p}”全民阅读分享活动。",
      "活动现场，{n}名读者代表围绕家乡历史、农业科技和家庭教育等主题分享了阅读心得，志愿者还为小读者们开展了绘本共读。",
      "据悉，今年以来该馆已累计开展各类阅读推广活动{m}场，惠及群众三千余人次。"]),
    ("{p}推进高标准农田建设项目", ["眼下正值施工黄金期，{p}高标准农田建设项目现场一片繁忙景象，挖掘机、运输车往来穿梭。",
      "该项目总投资约{n}00万元，涉及土地平整、灌溉排水、田间道路和农田防护等工程，建成后将新增和改善灌溉面积{m}00余亩。",
      "{d}相关负责人表示，将严把工程质量关和进度关，确保项目按期完工并发挥效益。"]),
    ("{d}开展退役军人就业创业政策宣讲", ["近日，{d}联合人社部门在{p}开展退役军人就业创业政策宣讲活动。",
      "宣讲人员围绕创业担保贷款、税费减免、技能培训补贴等政策进行了解读，并现场解答了{n}名退役军人提出的问题。",
      "活动还设置了岗位对接区，{m}家企业提供了适合退役军人的就业岗位，现场达成初步就业意向十余人。"]),
    ("{p}开展医保政策进村入户宣传", ["为提高群众对医保政策的知晓率，{d}组织工作人员深入{p}各村开展医保政策进村入户宣传。",
      "工作人员通过发放宣传手册、张贴海报和面对面讲解等方式，向群众介绍城乡居民医保参保缴费、异地就医备案和门诊慢特病待遇等内容。",
      "此次活动共发放宣传资料{n}00余份，解答群众咨询{m}0余人次。"]),
    ("{d}完成年度档案数字化扫描任务", ["记者从{d}获悉，今年该单位已完成馆藏档案数字化扫描{n}万余页，提前完成年度目标任务。",
      "数字化工作严格按照档案数字化技术规范实施，扫描图像经过质检、挂接和备份后纳入数字档案馆系统，方便社会各界查阅利用。",
      "下一步，{p}将继续推进民生档案和重大活动档案的数字化，力争在{m}年内实现馆藏重点档案全部数字化。"]),
    ("{p}组织开展防汛应急演练", ["{month}月{day}日上午，{p}在河道沿线组织开展防汛应急演练，{d}、消防救援站及各村民兵应急分队共{n}0余人参加。",
      "演练模拟了强降雨导致河水暴涨、低洼地带群众被困的场景，参演人员按照预案迅速开展人员转移、堤坝抢险和医疗救护。",
      "通过演练，进一步检验了应急预案的可操作性，提升了基层防汛抢险能力。"]),
    ("{d}开展纳税人学堂专题培训", ["为帮助新办企业尽快熟悉办税流程，{d}近日在{p}办税服务厅举办纳税人学堂专题培训。",
      "培训围绕电子税务局操作、发票开具和增值税申报等内容展开，授课人员结合实际案例进行讲解，{n}0余户新办企业财务人员参加。",
      "培训结束后，工作人员还通过问卷收集了纳税人的意见建议{m}条，将作为改进纳税服务的重要参考。"]),
    ("{p}卫生院开展老年人免费健康体检", ["近日，{p}卫生院组织医护人员为辖区65岁以上老年人开展免费健康体检。",
      "体检项目包括血常规、肝肾功能、心电图和腹部B超等，医护人员还为老人们建立了健康档案，并进行健康指导。",
      "截至目前，该院已为{n}00余名老年人完成体检，对发现的{m}0余名慢性病患者纳入规范管理。"]),
]
LEGIT = [
    ("{d}开展打击跨境赌博专项宣传", ["为进一步增强群众识赌、防赌、拒赌意识，{d}联合公安派出所在{p}集市开展打击跨境赌博专项宣传活动。",
      "民警通过典型案例向群众讲解网络赌博的危害，提醒群众不要轻信“稳赚不赔”“高额返利”等宣传，不要出租出借银行卡和手机卡。",
      "活动共发放宣传资料{n}00余份，现场接受群众咨询{m}0余人次。"]),
    ("{p}福利彩票销售站点年度检查结果公示", ["根据省福利彩票发行中心有关工作要求，{d}于近期对{p}辖区{n}家福利彩票销售站点开展年度检查。",
      "检查内容包括站点证照公示、未成年人禁止购彩提示、销售设备管理和责任彩票宣传等方面，检查结果均为合格。",
      "福利彩票销售站点不得向未成年人销售彩票，不得以赊销或信用方式销售彩票，欢迎社会各界监督。"]),
    ("{d}提醒：警惕网络“彩票代购”诈骗", ["近期，{p}发生多起以网络“彩票代购”为名实施的诈骗案件，{d}提醒广大群众提高警惕。",
      "根据国家有关规定，未经批准任何单位和个人不得利用互联网销售彩票，所谓“内部渠道”“计划导师”均为诈骗手段。",
      "群众如发现相关线索，可拨打110或向当地公安机关举报。"]),
    ("{p}召开体育彩票公益金使用情况通报会", ["{month}月{day}日，{p}召开体育彩票公益金使用情况通报会，{d}通报了上一年度公益金使用情况。",
      "上一年度，全县体彩公益金主要用于全民健身设施建设、青少年体育活动和老年人体育活动等方面，共建设村级健身路径{n}处。",
      "会议要求，公益金使用要做到专款专用、公开透明，接受社会监督。"]),
]
AUTHORS = ["林雪芃", "赵景和", "周若溪", "陈立岩", "吴思楠", "黄一帆", "马骁", "郑语桐", "孙宜", "杜兰青"]
SOURCES = ["本站原创", "{d}", "{p}融媒体中心", "{p}人民政府", "{d}办公室"]

def article(pool, i):
    t, ps = pool[i % len(pool)]
    p = R.choice(PLACES); d = R.choice(DEPTS)
    v = dict(p=p, d=d, n=R.randint(2, 9), m=R.randint(2, 9), month=R.randint(3, 11), day=R.randint(1, 28))
    title = t.format(**v)
    paras = [x.format(**v) for x in ps]
    src = R.choice(SOURCES).format(**v)
    return title, paras, src, R.choice(AUTHORS), "2025-%02d-%02d" % (v["month"], v["day"])

# ---------------- invented spam brands ----------------
BRANDS = ["瑧璘汇国际", "澳门鸿運坊", "霓澜棋牌", "苕溪汀体育", "雎岚真人", "银槎电竞", "凤鸣彩站", "鹭屿湾娱乐场"]
SPAMDOM = ["qv8-lj.top", "hy77k.vip", "xh-qp3.cc", "cx-ty9.net", "ccy5.bet", "yc-dj2.xyz", "fm-cz6.vip", "xwylc8.com"]

def inj(form, b, dom):
    """returns (where, html, spam_strings, title_override)"""
    if form == "hidden-link-block":
        s = [f"{b}官网", f"{b}开户注册", f"{b}手机APP下载"]
        h = '<div style="position:absolute;top:-8000px;left:-8000px">' + "".join(
            f'<a href="https://www.{dom}/?i={k}">{x}</a>' for k, x in enumerate(s)) + "</div>"
        return "body-top", h, s, None
    if form == "cloaking-script":
        h = ('<script type="text/javascript">(function(){var u=navigator.userAgent.toLowerCase(),r=document.referrer;'
             'if(/baiduspider|sogou|360spider|yisouspider/.test(u)){return;}'
             f'if(/baidu\\.com|sogou\\.com|so\\.com|sm\\.cn/.test(r)){{window.location.replace("https://m.{dom}/");}}}})();</script>')
        t = f"{b}-{b}官方网站-{b}老虎机平台"
        return "head", h, [t, f"{b}老虎机平台"], t
    if form == "hex-loader":
        src = "".join("\\x%02x" % ord(c) for c in f'<script src="https://js.{dom}/tj.js"></script>')
        h = f'<script>document.write("{src}");</script>'
        t = f"{b}真人百家乐_{b}在线投注"
        return "head", h, [t, f"{b}在线投注"], t
    if form == "document-write-links":
        s = [f"{b}体育投注", f"{b}彩票平台"]
        h = ("<script>document.write('<div style=\"display:none\">" + "".join(
            f'<a href="https://{dom}/{k}.html">{x}</a>' for k, x in enumerate(s)) + "</div>');</script>")
        return "after-content", h, s, None
    if form == "spam-title":
        t = f"{b}_{b}网址_{b}下载-首页"
        return "none", "", [t, f"{b}网址"], t
    if form == "sold-friend-links":
        s = [f"{b}", f"{b}注册送彩金", "正规网赌平台排行"]
        h = '<div class="yqlj"><span>友情链接：</span>' + "".join(f'<a href="https://{dom}/y{k}">{x}</a> ' for k, x in enumerate(s)) + "</div>"
        return "footer", h, s, None
    if form == "traditional-spam-line":
        s = [f"{b}線上娛樂城，首存即送百分百彩金，真人荷官二十四小時在線發牌"]
        h = f'<p style="font-size:0;color:#fff">{s[0]}</p>'
        return "mid-content", h, s, None
    if form == "porn-keyword-line":
        s = ["菡萏影院深夜专区", "成人午夜福利视频在线观看"]
        h = f'<p><span>{s[0]}</span> <a href="https://v.{dom}/">{s[1]}</a></p>'
        return "end-content", h, s, None
    if form == "brand-credit":
        s = [f"技术支持：{b}"]
        h = f'<p class="credit">技术支持：<a href="https://{dom}/">{b}</a></p>'
        return "footer", h, s, None
    if form == "meta-refresh":
        h = f'<meta http-equiv="refresh" content="0;url=https://www.{dom}/">'
        t = f"{b}官方入口【{b}欢迎您】"
        return "head", h, [t, f"{b}欢迎您"], t
    if form == "marquee-line":
        s = [f"{b}：足球篮球电竞全场滚球，注册即领888"]
        h = f'<marquee scrollamount="3" style="height:0;overflow:hidden">{s[0]}</marquee>'
        return "body-top", h, s, None
    raise ValueError(form)

# ---------------- templates ----------------
def bylineA(date, src, au, hits):
    return f'<div class="ty_info">发布时间：{date}&nbsp;&nbsp;来源：{src}&nbsp;&nbsp;作者：{au}&nbsp;&nbsp;浏览次数：{hits}</div>'

def tplA(site, page):  # county gov, info-disclosure metadata table
    s = site
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{page['ptitle']}</title>
{page['head']}<link rel="stylesheet" href="/static/tyzw/css/main.css"></head>
<body>{page['btop']}
<div class="ty_top"><div class="ty_logo"><img src="/static/tyzw/img/logo.png" alt="{s['name']}">{s['name']}</div>
<ul class="ty_nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进{s['short']}</a></li></ul></div>
<div class="ty_pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 工作动态</div>
<table class="xxgk_meta"><tr><th>索引号：</th><td>{page['idx']}</td><th>发布机构：</th><td>{page['src']}</td></tr>
<tr><th>主题分类：</th><td>工作动态</td><th>成文日期：</th><td>{page['date']}</td></tr>
<tr><th>标题：</th><td colspan="3">{page['title']}</td></tr></table>
<div class="ty_art"><h1 class="ty_tit">{page['title']}</h1>
{bylineA(page['date'], page['src'], page['author'], page['hits'])}
<div class="ty_con" id="zoom">{page['body']}</div>
<div class="ty_tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div></div>
<div class="ty_foot">{page['foot']}<p>主办：{s['name']}办公室&nbsp;&nbsp;网站标识码：{s['code']}</p><p>{s['icp']}</p></div>
</body></html>
"""

def tplB(site, page):  # school news, GBK
    s = site
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{page['ptitle']}</title>
{page['head']}</head>
<body>{page['btop']}
<div id="xw-head"><h2>{s['name']}</h2><div id="xw-menu"><a href="/">学校首页</a> | <a href="/xxgk/">学校概况</a> | <a href="/xwzx/">新闻中心</a> | <a href="/jxky/">教学科研</a> | <a href="/zsjy/">招生就业</a></div></div>
<div id="xw-main"><div id="xw-left"><div class="lm">新闻中心</div><ul><li>学校要闻</li><li>院系动态</li><li>通知公告</li></ul></div>
<div id="xw-right"><div class="xw-title">{page['title']}</div>
<div class="xw-sub">作者：{page['author']} &nbsp; 来源：{page['src']} &nbsp; 日期：{page['date']} &nbsp; 点击数：<span>{page['hits']}</span></div>
<div class="xw-body">{page['body']}</div>
<div class="xw-prev">上一篇：<a href="/xwzx/{page['n']-1}.htm">学校召开教学工作例会</a><br />下一篇：<a href="/xwzx/{page['n']+1}.htm">图书馆开展读书月活动</a></div>
</div></div>
<div id="xw-foot">{page['foot']}版权所有：{s['name']} &nbsp; 地址：{s['addr']} &nbsp; {s['icp']}</div>
</body></html>
"""

def tplC(site, page):  # township portal, bootstrap-ish, source/author after content
    s = site
    return f"""<!doctype html>
<html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
{page['head']}<title>{page['ptitle']}</title>
<link href="/assets/css/bootstrap.min.css" rel="stylesheet"></head>
<body>{page['btop']}
<header class="zc-header"><div class="container"><span class="zc-brand">{s['name']}</span>
<nav class="zc-nav"><a href="/">网站首页</a><a href="/xwdt/">新闻动态</a><a href="/tzgg/">通知公告</a><a href="/xxgk/">信息公开</a><a href="/msfw/">民生服务</a></nav></div></header>
<main class="container"><ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/xwdt/">新闻动态</a></li><li class="active">正文</li></ol>
<article class="zc-article"><h3 class="zc-h">{page['title']}</h3>
<p class="zc-date"><time datetime="{page['date']}">{page['date']}</time> · 阅读 {page['hits']}</p>
<section class="zc-text">{page['body']}</section>
<p class="zc-meta">（来源：{page['src']}　责任编辑：{page['author']}）</p></article></main>
<footer class="zc-footer">{page['foot']}<p>{s['name']}　版权所有　{s['icp']}</p></footer>
</body></html>
"""

def tplD(site, page):  # college department, table layout, bylines in one cell
    s = site
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{page['ptitle']}</title>{page['head']}
<style>td{{font-size:12px}}</style></head>
<body leftmargin="0" topmargin="0">{page['btop']}
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="banner"><img src="/images/banner_{s['short']}.jpg" alt="{s['name']}"></td></tr>
<tr><td class="menu"><a href="/">首 页</a>｜<a href="/yxgk/">院系概况</a>｜<a href="/szdw/">师资队伍</a>｜<a href="/xsgz/">学生工作</a>｜<a href="/djgz/">党建工作</a></td></tr></table>
<table width="1000" align="center"><tr><td width="220" valign="top" class="side">学院新闻<br>通知公告<br>学术交流</td>
<td valign="top"><table width="100%"><tr><td align="center" class="biaoti"><b>{page['title']}</b></td></tr>
<tr><td align="center" class="sj">[{page['date']}]&nbsp;&nbsp;文/{page['author']}&nbsp;&nbsp;审核：宣传办&nbsp;&nbsp;出处：{page['src']}&nbsp;&nbsp;阅读{page['hits']}次</td></tr>
<tr><td class="zw">{page['body']}</td></tr></table></td></tr></table>
<table width="1000" align="center"><tr><td class="bottom">{page['foot']}Copyright © {s['name']} {s['icp']}</td></tr></table>
</body></html>
"""

def tplE(site, page):  # municipal bureau, GB18030, definition list byline
    s = site
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>{page['ptitle']}</title>
{page['head']}</head>
<body>{page['btop']}
<div class="jg-wrap"><div class="jg-hd"><em>{s['name']}</em><span>政府信息公开 · 政民互动 · 便民服务</span></div>
<div class="jg-crumb">您现在的位置：首页 » 部门动态</div>
<div class="jg-doc"><h2>{page['title']}</h2>
<dl class="jg-by"><dt>信息来源</dt><dd>{page['src']}</dd><dt>发布日期</dt><dd>{page['date']}</dd><dt>撰稿</dt><dd>{page['author']}</dd><dt>访问量</dt><dd>{page['hits']}</dd></dl>
<div class="jg-txt">{page['body']}</div></div>
<div class="jg-ft">{page['foot']}<span>{s['name']}主办</span> <span>{s['icp']}</span></div></div>
</body></html>
"""

def tplF(site, page):  # vocational school, div-card, byline spans with icons
    s = site
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{page['ptitle']}</title>
{page['head']}<script src="/js/jquery-1.8.3.min.js"></script></head>
<body class="sub">{page['btop']}
<div class="hd-top"><div class="w1200"><a class="logo" href="/"><img src="/upload/logo.png" alt="{s['name']}"></a>
<ul class="mnav"><li><a href="/">首页</a></li><li><a href="/about/">学校简介</a></li><li><a href="/news/">校园动态</a></li><li><a href="/zyjs/">专业建设</a></li><li><a href="/contact/">联系我们</a></li></ul></div></div>
<div class="w1200 card"><div class="card-hd">校园动态</div>
<div class="news-show"><div class="ns-title">{page['title']}</div>
<div class="ns-attr"><span class="i-time">{page['date']}</span><span class="i-user">{page['author']}</span><span class="i-from">{page['src']}</span><span class="i-view">{page['hits']}</span></div>
<div class="ns-content">{page['body']}</div></div></div>
<div class="ft">{page['foot']}<div class="w1200">{s['name']} · {s['addr']} · {s['icp']}</div></div>
</body></html>
"""

TPL = {"A-county-xxgk": (tplA, "utf-8"), "B-school-gbk": (tplB, "gbk"), "C-township-bs": (tplC, "utf-8"),
       "D-college-table": (tplD, "utf-8"), "E-bureau-gb18030": (tplE, "gb18030"), "F-vocational-card": (tplF, "utf-8")}

SITES = [
    dict(host="www.lxx-tyx.gov.cn", name="岚溪县人民政府", short="岚溪", code="4311290017", icp="湘ICP备1203384号-2", addr="岚溪县政务中心", tpl="A-county-xxgk", inj="hex-loader", path="/zwgk/gzdt/2025/{n}.html"),
    dict(host="www.qyzx-zr.edu.cn", name="青峪镇中学", short="qyzx", code="", icp="赣ICP备09018822号", addr="青峪镇学府路8号", tpl="B-school-gbk", inj="sold-friend-links", path="/xwzx/{n}.htm"),
    dict(host="ztjd.linfeng.gov.cn", name="临沣区柘塘街道办事处", short="柘塘", code="", icp="皖ICP备05007731号", addr="柘塘路1号", tpl="C-township-bs", inj="traditional-spam-line", path="/xwdt/2025/c{n}.html"),
    dict(host="nxy.fgxy.edu.cn", name="枫岗学院农学院", short="nxy", code="", icp="桂ICP备11002456号-1", addr="枫岗大道66号", tpl="D-college-table", inj="cloaking-script", path="/info/1021/{n}.htm"),
]
SINGLES = [
    ("sjj.wanhe.gov.cn", "苇河市审计局", "E-bureau-gb18030"), ("www.shuangqi.gov.cn", "双碛镇人民政府", "A-county-xxgk"),
    ("www.zqzj.edu.cn", "梓桥职业技术学校", "F-vocational-card"), ("tyj.cenlu.gov.cn", "岑麓县体育局", "E-bureau-gb18030"),
    ("www.lfsyxx.edu.cn", "临沣实验小学", "B-school-gbk"), ("mzj.yuheng.gov.cn", "玉衡市民政局", "C-township-bs"),
    ("jgxy.hzsf.edu.cn", "菏州师范学院经济管理学院", "D-college-table"), ("www.cyzyjsxx.edu.cn", "澄源中等职业技术学校", "F-vocational-card"),
    ("nyj.jingtai.gov.cn", "靖泰县农业农村局", "E-bureau-gb18030"), ("www.baicheng-zgz.gov.cn", "柏城镇人民政府", "A-county-xxgk"),
]
LEGIT_SITES = [("gaj.cenlu.gov.cn", "岑麓县公安局", "C-township-bs"), ("mzj.wanhe.gov.cn", "苇河市民政局", "E-bureau-gb18030"),
               ("www.jingtai.gov.cn", "靖泰县人民政府", "A-county-xxgk"), ("tyj.yuheng.gov.cn", "玉衡市体育局", "F-vocational-card")]
SINGLE_FORMS = ["hidden-link-block", "document-write-links", "spam-title", "porn-keyword-line", "brand-credit",
                "meta-refresh", "marquee-line", "hex-loader", "cloaking-script", "sold-friend-links",
                "traditional-spam-line", "hidden-link-block", "spam-title", "brand-credit", "meta-refresh", "porn-keyword-line"]

def render(tplname, site, art, form, brand, dom, n, legit):
    title, paras, src, au, date = art
    page = dict(title=title, src=src, author=au, date=date, hits=R.randint(40, 3999), n=n,
                idx="%s-%04d-%05d" % (site.get("code") or "00000", 2025, n), head="", btop="", foot="")
    spam, forms, ptitle = [], [], f"{title}_{site['name']}"
    body = ["<p>　　%s</p>" % x for x in paras]
    if form:
        where, h, spam, tov = inj(form, brand, dom)
        forms = [form]
        if tov: ptitle = tov
        if where == "head": page["head"] = h
        elif where == "body-top": page["btop"] = h
        elif where == "footer": page["foot"] = h
        elif where == "mid-content": body.insert(1 + n % 2, h)
        elif where == "end-content": body.append(h)
        elif where == "after-content": body.append(h)
    page["ptitle"] = ptitle
    page["body"] = "\n".join(body)
    fn, enc = TPL[tplname]
    html = fn(site, page)
    return html, enc, dict(title=title, date=date, source=src, author=au, text="\n".join(paras),
                           hijacked=bool(form), injections=forms, spam_strings=spam, legit=legit)

def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows, k, ai, li = [], 0, 0, 0
    def emit(host, path, tplname, site, html, enc, t, origin):
        nonlocal k
        k += 1
        pid = "sv32-%03d" % k
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(html.encode(enc))
        rows.append(dict(id=pid, url="http://%s%s" % (host, path), lang="zh", origin=origin, kind="synthetic",
                         site=host, capture="html", encoding=enc, template=tplname, **t))
    for si, s in enumerate(SITES):
        brand, dom = BRANDS[si], SPAMDOM[si]
        for j in range(5):
            form = s["inj"] if j in (0, 2, 3) else None
            art = article(ACTS, ai); ai += 1
            n = 1200 + si * 37 + j
            html, enc, t = render(s["tpl"], s, art, form, brand, dom, n, False)
            emit(s["host"], s["path"].format(n=n), s["tpl"], s, html, enc, t,
                 "synthetic site %d page %d; %s" % (si + 1, j + 1, "site-shared injection " + form if form else "clean"))
    for i, form in enumerate(SINGLE_FORMS):
        host, name, tpl = SINGLES[i % len(SINGLES)]
        if i >= len(SINGLES):
            host = host.replace("www.", "w2.", 1) if host.startswith("www.") else "x" + host
        site = dict(host=host, name=name, short="s%d" % i, code="%010d" % (5100000000 + i * 7), icp="鄂ICP备%08d号" % (20250000 + i), addr=name + "院内")
        brand, dom = BRANDS[4 + i % 4], SPAMDOM[4 + i % 4]
        art = article(ACTS, ai); ai += 1
        n = 3300 + i * 11
        html, enc, t = render(tpl, site, art, form, brand, dom, n, False)
        emit(host, "/art/2025/%d.html" % n, tpl, site, html, enc, t, "synthetic single page; injection " + form)
    for i in range(4):
        host, name, tpl = LEGIT_SITES[i]
        site = dict(host=host, name=name, short="l%d" % i, code="%010d" % (6100000000 + i), icp="湘ICP备%08d号" % (30250000 + i), addr=name + "院内")
        art = article(LEGIT, li); li += 1
        n = 5100 + i * 13
        html, enc, t = render(tpl, site, art, None, None, None, n, True)
        emit(host, "/art/2025/%d.html" % n, tpl, site, html, enc, t, "synthetic legit page about gambling/lottery regulation")
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages ->", OUT)

if __name__ == "__main__":
    main()
