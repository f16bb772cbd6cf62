#!/usr/bin/env python3
"""Generate pending-v28/synthetic-v28: 6 invented gov/edu sites x 6 pages (one template and one injection
form per site; 3 hijacked, 3 clean) + 4 single legit pages. Fixed seed; byte-identical re-runs."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "synthetic-v28")
rng = random.Random(2828)

SITES = [
    # host, institution, template, encoding, form, brand
    ("www.hxzx.lqs.gov.cn", "临泉市行政审批服务中心", "t_bluebar", "utf-8", "spam-clause-in-article-sentence", "九霄棋牌"),
    ("jwc.nbgzy.edu.cn", "南柏职业技术学院教务处", "t_cardgrid", "utf-8", "external-loader-plausible-host-docwrite", "澳星国际"),
    ("www.fyx.gov.cn", "丰裕县人民政府", "t_gkinfo", "gbk", "info-row-source-replaced", "银汐娱乐"),
    ("xxgk.tcnu.edu.cn", "桐川师范大学信息公开网", "t_sidecol", "gb18030", "referrer-cloak-redirect-title-rewrite", "朔方体育"),
    ("www.jhswj.gov.cn", "锦河市水务局", "t_flatred", "utf-8", "title-prefix-brand", "玄鹤娱乐"),
    ("www.sydj.ly.gov.cn", "沙原区党建网", "t_tabs", "utf-8", "css-class-hidden-friend-links", "云帆国际"),
]
LEGIT_HOSTS = [
    ("www.qfcp.gov.cn", "青丰市福利彩票发行中心", "t_bluebar", "utf-8", "lottery"),
    ("gaj.lanzhen.gov.cn", "澜镇市公安局", "t_gkinfo", "gbk", "police"),
    ("www.tyj.xiping.gov.cn", "西坪市体育局", "t_flatred", "utf-8", "sportslottery"),
    ("czj.hanyuan.gov.cn", "汉源县财政局", "t_sidecol", "gb18030", "welfarefund"),
]

PEOPLE = ["王建华", "李晓敏", "张志强", "刘雅婷", "陈国平", "杨丽萍", "赵文博", "周海燕", "吴俊杰", "孙静怡", "马立新", "朱慧敏"]
DEPTS = ["办公室", "综合科", "宣传科", "党政办", "政策法规科", "信息中心", "组织人事科", "学生工作部"]
TOPICS = [
    ("召开{y}年度安全生产工作推进会", ["会议传达学习了上级关于安全生产工作的部署要求，通报了上半年安全检查中发现的问题。",
        "会议要求各科室、各单位压实主体责任，对照问题清单逐项整改，确保整改到位。",
        "{p}在讲话中指出，安全生产事关群众切身利益，必须坚持底线思维，做到警钟长鸣。",
        "会后，与会人员分组对办公楼消防设施、配电房和档案室进行了实地检查。"]),
    ("开展“我为群众办实事”主题实践活动", ["活动中，工作人员走进社区和企业，面对面听取群众意见建议，现场解答政策问题。",
        "据统计，本次活动共收集意见建议四十余条，已办结三十一条，其余正在跟进办理。",
        "{p}表示，将把办实事与日常工作结合起来，建立长效机制，让群众有更多获得感。",
        "下一步，将持续优化服务流程，推动更多事项实现“一次办好”。"]),
    ("举办{y}年新入职人员岗前培训班", ["培训为期三天，内容涵盖政策法规、业务流程、公文写作和保密知识等方面。",
        "培训采取专题授课、案例研讨和现场教学相结合的方式，学员反响良好。",
        "{p}在开班仪式上勉励新同志尽快转变角色，扎实学习业务，在岗位上锤炼本领。",
        "结业时，全体学员参加了闭卷考试，成绩合格者颁发结业证书。"]),
    ("赴兄弟单位考察学习数字化建设经验", ["考察组一行先后参观了对方的政务服务大厅、数据中心和智慧监管平台。",
        "双方围绕数据共享、系统整合和线上服务等议题进行了深入交流。",
        "{p}表示，此次考察开阔了视野，要结合自身实际，加快推进信息化项目建设。",
        "双方约定今后加强沟通，在平台建设和人才培养方面开展合作。"]),
    ("组织开展防汛应急演练", ["演练模拟强降雨导致低洼地段积水、人员被困的险情，检验了应急预案的可操作性。",
        "各抢险小组接到指令后迅速集结，按分工开展排涝、转移和医疗救护等工作。",
        "演练结束后，{p}进行了点评，指出了通讯联络和物资调配方面存在的不足。",
        "通过演练，进一步提高了干部职工的应急处置能力和协同作战能力。"]),
    ("召开党风廉政建设专题会议", ["会议学习了有关党风廉政建设的文件精神，观看了警示教育片。",
        "会议对廉政风险点排查防控工作进行了再部署，要求聚焦重点岗位和关键环节。",
        "{p}强调，要严守纪律规矩，驰而不息纠治“四风”，营造风清气正的干事环境。",
        "与会人员结合岗位实际，交流了学习体会，签订了廉政承诺书。"]),
    ("完成{y}年度政务信息公开工作年报", ["年报从主动公开、依申请公开、政府信息管理等方面总结了全年工作情况。",
        "全年共主动公开各类政府信息一千二百余条，办理依申请公开事项二十六件，均在法定期限内答复。",
        "{p}介绍，下一步将进一步规范公开目录，提升政策解读质量。",
        "年报全文已在门户网站信息公开专栏发布，欢迎社会各界监督。"]),
    ("举行“书香机关”读书分享会", ["分享会上，六名干部职工结合所读书目，讲述了读书心得和工作感悟。",
        "大家一致认为，读书能够开阔眼界、提升素养，是做好本职工作的重要基础。",
        "{p}倡议全体人员养成多读书、读好书的习惯，推动学习型机关建设。",
        "活动现场还评选出了年度“读书之星”，并向获奖人员赠送了书籍。"]),
    ("开展节前安全大检查", ["检查组重点对辖区内人员密集场所、在建工地和危化品存储点进行了检查。",
        "对检查中发现的消防通道堵塞、应急照明损坏等隐患，当场下达整改通知。",
        "{p}要求，相关单位要在规定时限内完成整改，并将整改情况书面报告。",
        "检查组还将适时开展复查，确保隐患整改闭环。"]),
    ("召开课程思政建设研讨会", ["研讨会邀请了多名校内外专家，围绕课程思政的内涵与实施路径作主题发言。",
        "各二级学院代表分享了典型案例，展示了专业课程与思政元素有机融合的做法。",
        "{p}指出，要把立德树人融入教学全过程，形成协同育人格局。",
        "会议还发布了本年度课程思政示范课程立项名单。"]),
    ("启动{y}年暑期社会实践活动", ["今年共组建实践团队四十二支，参与学生六百余人，奔赴全省多个市县。",
        "实践内容包括乡村振兴调研、支教帮扶、文化宣讲和科技服务等。",
        "{p}在出征仪式上希望同学们在实践中受教育、长才干、作贡献。",
        "学校将对实践成果进行评比，并择优推荐参加省级评选。"]),
    ("召开政务服务“好差评”工作推进会", ["会议通报了近期“好差评”数据，整体好评率保持在百分之九十九以上。",
        "对群众反映较多的排队时间长、材料要求不清等问题，会议逐项分析原因并明确整改责任。",
        "{p}强调，要把群众评价作为改进服务的重要依据，做到差评必查、整改必果。",
        "会议还对窗口工作人员的服务礼仪进行了专项培训。"]),
]
LEGIT_ARTICLES = {
    "lottery": ("关于规范福利彩票销售站点管理的通知", ["为进一步加强福利彩票销售管理，维护彩票市场秩序，保护购彩者合法权益，现就有关事项通知如下。",
        "各销售站点须在醒目位置张贴“不向未成年人销售彩票”“理性购彩”等提示标识，不得向未成年人销售彩票。",
        "严禁销售站点以任何形式开展网络销售、电话销售彩票，严禁代购、赊账销售，严禁与赌博、私彩活动发生任何联系。",
        "市福彩中心将不定期开展巡查，对违规站点依据合同约定予以暂停销售、解除合同等处理。"]),
    "police": ("警方打掉一个跨境网络赌博犯罪团伙", ["近日，澜镇市公安局成功侦破一起跨境网络赌博案件，抓获犯罪嫌疑人十七名，冻结涉案资金八百余万元。",
        "经查，该团伙通过境外赌博网站发展代理，以高额返利引诱群众参赌，并利用多个银行账户为赌博网站转移资金。",
        "警方提醒，网络赌博“十赌九骗”，参与赌博不仅会造成财产损失，还可能触犯法律，请广大群众自觉远离。",
        "目前，犯罪嫌疑人已被依法采取刑事强制措施，案件正在进一步侦办中。"]),
    "sportslottery": ("体育彩票公益金资助项目建设情况公告", ["根据彩票公益金使用管理有关规定，现将本年度体育彩票公益金资助项目建设情况公告如下。",
        "本年度共使用体育彩票公益金一千三百万元，用于建设全民健身中心二处、社区健身路径一百二十条、笼式足球场八片。",
        "项目建成后，全部免费或低收费向社会开放，并在醒目位置标注“体育彩票公益金资助”字样。",
        "欢迎社会各界对公益金使用情况进行监督，监督电话在本局门户网站公开。"]),
    "welfarefund": ("县本级彩票公益金使用情况公告", ["按照财政部有关彩票公益金使用情况公告的规定，现将县本级彩票公益金使用情况公告如下。",
        "全年县本级共收到彩票公益金四百六十万元，其中用于养老服务设施建设一百八十万元，用于残疾人康复救助九十万元。",
        "用于困难群众临时救助和未成年人保护项目的资金，已按规定程序拨付到位。",
        "彩票公益金严格按照规定用途使用，不得用于弥补行政经费或其他支出。"]),
}
SOURCES = ["本站原创", "办公室", "宣传科", "信息中心", "党政办公室", "综合科", "新闻中心"]

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def article(i, inst):
    title_t, paras = TOPICS[i % len(TOPICS)]
    y = rng.choice(["2024", "2025"])
    p = rng.choice(PEOPLE)
    title = inst.split("信息公开网")[0] + title_t.format(y=y)
    body = [s.format(p=p) for s in paras]
    rng.shuffle(body[1:3]) if False else None
    return title, body

def date():
    return "20%02d-%02d-%02d" % (rng.choice([24, 25]), rng.randint(1, 12), rng.randint(1, 28))

NAV = ["首页", "机构概况", "新闻动态", "通知公告", "政务公开", "办事服务", "互动交流"]

def nav(cls):
    return "".join('<li class="%s"><a href="/%s/">%s</a></li>' % (cls, ["index", "jggk", "xwdt", "tzgg", "zwgk", "bsfw", "hdjl"][k], n) for k, n in enumerate(NAV))

def tpl(name, enc, host, inst, title, dt, src, author, paras, inj, page_title, views):
    """Each template returns the complete page; inj is a dict of slot -> markup."""
    g = inj.get
    ps = "\n".join("<p>%s</p>" % x for x in paras)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % enc
    if name == "t_bluebar":
        return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>{meta}
<title>{page_title}</title>{g('head','')}
<link rel="stylesheet" href="/static/css/bluebar.css"></head>
<body><div class="bb-top"><div class="bb-wrap"><span class="bb-date">今天是：<script>document.write(new Date().toLocaleDateString())</script></span><a href="/wza/">无障碍</a> | <a href="/en/">English</a></div></div>
<div class="bb-banner"><img src="/static/img/logo.png" alt="{inst}"><h2>{inst}</h2></div>
<ul class="bb-nav">{nav('bb-i')}</ul>
<div class="bb-wrap bb-main"><div class="bb-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a></div>
<div class="bb-art"><h1 class="bb-h">{title}</h1>
<div class="bb-info">发布日期：{dt}&nbsp;&nbsp;&nbsp;信息来源：{src}&nbsp;&nbsp;&nbsp;作者：{author}&nbsp;&nbsp;&nbsp;浏览次数：{views}</div>
<div class="bb-txt" id="zoom">{ps}</div>
<div class="bb-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div></div></div>
<div class="bb-foot">主办单位：{inst}　地址：中心大道88号　电话：0558-1234567<br>网站标识码：3412000001　<a href="https://beian.miit.gov.cn/">皖ICP备12003456号</a>{g('foot','')}</div>
</body></html>"""
    if name == "t_cardgrid":
        return f"""<!doctype html>
<html><head>{meta}<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{page_title}</title>{g('head','')}
<link rel="stylesheet" href="/_css/grid.min.css"></head>
<body class="cg">
<header class="cg-hd"><div class="cg-logo"><a href="/"><img src="/_img/jwc-logo.png" alt="教务处"></a></div>
<nav class="cg-nav"><a href="/">首页</a><a href="/jxyx/">教学运行</a><a href="/ksgl/">考试管理</a><a href="/jxjs/">教学建设</a><a href="/sjjx/">实践教学</a><a href="/xzzx/">下载中心</a></nav></header>
<main class="cg-body"><section class="cg-card">
<div class="cg-path"><a href="/">首页</a>/<a href="/tzgg/">通知公告</a>/正文</div>
<article><header><h3 class="cg-title">{title}</h3>
<p class="cg-meta"><time>{dt}</time> · 作者：{author} · 来源：{src} · 点击：<em>{views}</em></p></header>
<div class="v_news_content">{ps}</div></article>
<div class="cg-pn"><p>上一篇：<a href="/info/1012/3301.htm">关于调整部分课程考试时间的通知</a></p><p>下一篇：<a href="/info/1012/3305.htm">关于开展期中教学检查的通知</a></p></div>
</section></main>
<footer class="cg-ft"><p>版权所有 © {inst}</p><p>地址：学府路1号 邮编：315100</p></footer>
{g('foot','')}</body></html>"""
    if name == "t_gkinfo":
        return f"""<html>
<head>{meta}
<title>{page_title}</title>{g('head','')}
<style>.gk-tab td{{border:1px solid #cfd8e3;padding:4px 8px}}</style></head>
<body>
<table width="1000" align="center" class="gk-top"><tr><td><img src="/images/gk_head.jpg" alt="{inst}"></td></tr></table>
<table width="1000" align="center" class="gk-menu"><tr><td><a href="/">网站首页</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/zfxxgk/">政府信息公开</a></td><td><a href="/bsfw/">办事服务</a></td><td><a href="/gzcy/">公众参与</a></td></tr></table>
<table width="1000" align="center"><tr><td>
<table class="gk-tab" width="100%" cellspacing="0">
<tr><td>索 引 号：</td><td>11341225003{views}/2025-0{views%9+1}</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>{inst}</td><td>生成日期：</td><td>{dt}</td></tr>
<tr><td>来　　源：</td><td>{src}</td><td>作　　者：</td><td>{author}</td></tr>
<tr><td>名　　称：</td><td colspan="3">{title}</td></tr></table>
<div class="gk-t" align="center"><b>{title}</b></div>
<div id="gk-content" class="TRS_Editor">{ps}</div>
</td></tr></table>
<table width="1000" align="center" class="gk-bot"><tr><td>{inst}主办　县政府办公室承办　联系电话：0558-6543210<br><a href="https://beian.miit.gov.cn/">皖ICP备05001234号-1</a></td></tr></table>{g('foot','')}
</body>
</html>"""
    if name == "t_sidecol":
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>{meta}
<title>{page_title}</title>{g('head','')}
<link href="/css/sc_main.css" rel="stylesheet" type="text/css" /></head>
<body><div id="sc-head"><div class="sc-logo">{inst}</div><div class="sc-search"><form action="/search"><input name="q" /><button>检索</button></form></div></div>
<div id="sc-body"><div class="sc-left"><h4>信息公开</h4><ul><li><a href="/xxgkzn/">信息公开指南</a></li><li><a href="/xxgkml/">信息公开目录</a></li><li><a href="/xxgknb/">信息公开年报</a></li><li><a href="/ysqgk/">依申请公开</a></li></ul></div>
<div class="sc-right"><div class="sc-loc">您的位置：首页 &gt;&gt; 信息公开目录</div>
<h2 class="sc-tit">{title}</h2>
<div class="sc-sub"><span>时间：{dt}</span><span>发布者：{author}</span><span>来源：{src}</span><span>阅读：{views}次</span></div>
<div class="sc-con">{ps}</div></div></div>
<div id="sc-foot">Copyright &copy; {inst} 版权所有 地址：桐川市文昌路9号</div>{g('foot','')}
</body></html>"""
    if name == "t_flatred":
        return f"""<!DOCTYPE html>
<html><head>{meta}
<title>{page_title}</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{dt}"><meta name="ContentSource" content="{src}">{g('head','')}
<link rel="stylesheet" href="/res/fr.css"></head>
<body><div class="fr-hd"><h1 class="fr-site">{inst}</h1><div class="fr-nav">{nav('fr-n')}</div></div>
<div class="fr-ct"><div class="fr-pos">首页 » 工作动态 » 正文</div>
<div class="fr-h">{title}</div>
<div class="fr-by"><i>{dt}</i><i>【来源：{src}】</i><i>【作者：{author}】</i><i>【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</i></div>
<div class="fr-article">{ps}</div>
<div class="fr-share">分享到：<a href="#">微信</a> <a href="#">微博</a></div></div>
<div class="fr-ft"><span>{inst}版权所有</span><span>政府网站标识码：3301000012</span></div>{g('foot','')}
</body></html>"""
    if name == "t_tabs":
        return f"""<!DOCTYPE html>
<html lang="zh"><head>{meta}
<title>{page_title}</title>{g('head','')}
<link rel="stylesheet" href="/skin/tabs.css"></head>
<body><div class="tb-head"><div class="tb-flag"></div><div class="tb-name">{inst}</div></div>
<div class="tb-menu"><a href="/">首页</a><a href="/djyw/">党建要闻</a><a href="/jcdj/">基层党建</a><a href="/dyjy/">党员教育</a><a href="/lzjs/">廉政建设</a></div>
<div class="tb-main"><div class="tb-col"><div class="tb-tabs"><span class="on">正文</span><span>附件</span></div>
<div class="tb-article"><div class="tb-ti">{title}</div>
<ul class="tb-attr"><li>作者：{author}</li><li>来源：{src}</li><li>日期：{dt}</li><li>浏览：{views}</li></ul>
<div class="tb-text">{ps}</div></div></div></div>
<div class="tb-foot">{g('links','')}<p>{inst}　主办</p></div>{g('foot','')}
</body></html>"""
    raise ValueError(name)

def inject(form, brand, title, inst, paras, src):
    """Return (injection-slots, paras_shown, src_shown, page_title, spam_strings)."""
    slug = {"九霄棋牌": "jx", "澳星国际": "ax", "银汐娱乐": "yx", "朔方体育": "sf", "玄鹤娱乐": "xh", "云帆国际": "yf"}[brand]
    if form == "spam-clause-in-article-sentence":
        clause = "本次活动由%s官网独家赞助，" % brand
        shown = list(paras)
        shown[1] = clause + shown[1]
        return {}, shown, src, "%s-%s" % (title, inst), ["%s官网独家赞助" % brand]
    if form == "external-loader-plausible-host-docwrite":
        js = ("<script type=\"text/javascript\">(function(){var s=document.createElement('script');"
              "s.src='https://static.jwc-tongji-cdn.com/js/count.js?v=2.3';document.getElementsByTagName('head')[0].appendChild(s);"
              "document.write('<div style=\"position:fixed;top:-800px;left:-800px\"><a href=\"https://%s88.vip/\">%s官方网站</a>"
              "<a href=\"https://%s88.vip/app/\">%s平台注册</a></div>');})();</script>") % (slug, brand, slug, brand)
        return {"head": "\n" + js}, paras, src, "%s-%s" % (title, inst), ["%s官方网站" % brand, "%s平台注册" % brand]
    if form == "info-row-source-replaced":
        return {}, paras, "%s官网入口" % brand, "%s_%s" % (title, inst), ["%s官网入口" % brand]
    if form == "referrer-cloak-redirect-title-rewrite":
        js = ("<script>var r=document.referrer.toLowerCase();if(/baidu\\.com|sogou\\.com|so\\.com|sm\\.cn|bing\\.com/.test(r)){"
              "document.title='%s-官方指定投注平台';window.location.replace('https://www.%s2288.com/?from=tc');}</script>") % (brand, slug)
        return {"head": "\n" + js}, paras, src, "%s - %s" % (title, inst), ["%s-官方指定投注平台" % brand]
    if form == "title-prefix-brand":
        return {}, paras, src, "%s【官网】_%s - %s" % (brand, title, inst), ["%s【官网】" % brand]
    if form == "css-class-hidden-friend-links":
        links = ('<style>.tb-yq{height:1px;width:1px;overflow:hidden;opacity:0}</style><div class="tb-yq">友情链接：'
                 '<a href="https://%s.bet/">%s体育投注</a> <a href="https://%s.bet/live/">%s真人视讯</a></div>') % (slug, brand, slug, brand)
        return {"links": links}, paras, src, "%s - %s" % (title, inst), ["%s体育投注" % brand, "%s真人视讯" % brand]
    raise ValueError(form)

def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows, n, ti = [], 0, 0
    for si, (host, inst, tname, enc, form, brand) in enumerate(SITES):
        hij = set(rng.sample(range(6), 3))
        for k in range(6):
            n += 1
            pid = "syn28-%03d" % n
            title, paras = article(ti, inst if "学" in inst and "信息公开网" not in inst else "")
            title = title.strip()
            ti += 1
            dt, src, author, views = date(), rng.choice(SOURCES), rng.choice(PEOPLE), rng.randint(120, 3999)
            if k in hij:
                slots, shown, src_shown, ptitle, spam = inject(form, brand, title, inst, paras, src)
            else:
                slots, shown, src_shown, ptitle, spam = {}, paras, src, "%s - %s" % (title, inst), []
            url = "http://%s/%s/%s/t%s_%d.html" % (host, ["xwdt", "tzgg", "gzdt"][k % 3], dt[:7].replace("-", ""), dt.replace("-", ""), 1000 + n)
            html = tpl(tname, enc, host, inst, title, dt, src_shown, author, shown, slots, ptitle, views)
            open(os.path.join(OUT, "html", pid + ".html"), "wb").write(html.encode(enc))
            rows.append(dict(id=pid, url=url, title=title, date=dt, source=None if spam and form == "info-row-source-replaced" else src,
                             author=author, text="\n".join(paras), hijacked=bool(spam), injections=[form] if spam else [],
                             spam_strings=spam, legit=False, lang="zh", origin="synthetic:make_set.py", kind="synthetic",
                             site=host, capture="html", encoding=enc, template=tname))
    for host, inst, tname, enc, topic in LEGIT_HOSTS:
        n += 1
        pid = "syn28-%03d" % n
        title, paras = LEGIT_ARTICLES[topic]
        dt, src, author, views = date(), rng.choice(SOURCES), rng.choice(PEOPLE), rng.randint(120, 3999)
        url = "http://%s/tzgg/%s/t%s_%d.html" % (host, dt[:7].replace("-", ""), dt.replace("-", ""), 2000 + n)
        html = tpl(tname, enc, host, inst, title, dt, src, author, paras, {}, "%s - %s" % (title, inst), views)
        open(os.path.join(OUT, "html", pid + ".html"), "wb").write(html.encode(enc))
        rows.append(dict(id=pid, url=url, title=title, date=dt, source=src, author=author, text="\n".join(paras), hijacked=False,
                         injections=[], spam_strings=[], legit=True, lang="zh", origin="synthetic:make_set.py", kind="synthetic",
                         site=host, capture="html", encoding=enc, template=tname))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")

if __name__ == "__main__":
    main()
