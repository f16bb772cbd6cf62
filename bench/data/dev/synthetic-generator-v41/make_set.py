"""Generate synthetic-v41: 40 pages (28 hijacked, 12 clean of which 4 legit) on 6 new CMS templates.

Usage: python3 make_set.py [OUTDIR]   (default: ../synthetic-v41). Fixed seed; re-runs are byte-identical.
"""
import html as H
import json
import os
import random
import sys

SEED = 4141
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v41")


def esc(s):
    return H.escape(s, quote=False)


# ----------------------------------------------------------------------------------------------
# article material (invented units and people; plain government / school / hospital news)
# ----------------------------------------------------------------------------------------------
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷黎史龙陶贺顾毛郝龚邵万钱覃武戴孔"
GIVEN = "建华国强海燕丽娟志刚秀英明辉晓东春梅文静俊杰雪松红霞立新玉兰永红德明学军宏伟淑芬亚军卫东晓峰慧敏振华桂芳云飞子涵思远"


def person():
    g = GIVEN[R.randrange(0, len(GIVEN) - 1, 2):][:2] if R.random() < 0.7 else GIVEN[R.randrange(len(GIVEN))]
    return SURN[R.randrange(len(SURN))] + g


EVENTS = [
    ("{u}召开{y}年安全生产工作部署会",
     ["{md}，{u}召开{y}年安全生产工作部署会，{p1}出席会议并讲话，{p2}主持会议。",
      "会议通报了上一阶段安全生产工作情况，分析了当前面临的风险隐患，对下一步重点任务作出安排。会议要求，各单位要压实主体责任，扎实开展隐患排查整治，坚决防范遏制各类事故发生。",
      "{p1}强调，要把安全生产摆在突出位置，健全值班值守和应急处置机制，做到早发现、早报告、早处置，切实保障人民群众生命财产安全。",
      "各科室（站所）负责人参加会议。"]),
    ("{u}开展“{th}”主题党日活动",
     ["为深入学习贯彻党的二十大精神，{md}，{u}党支部组织全体党员开展“{th}”主题党日活动。",
      "活动中，党员们重温入党誓词，集中学习了有关文件精神，并围绕本职工作交流了心得体会。{p1}结合工作实际，对下一步党建工作提出要求。",
      "大家表示，将以此次活动为契机，进一步增强责任意识和服务意识，把学习成果转化为推动工作的实际成效。"]),
    ("{u}举办{y}年度业务能力提升培训班",
     ["{md}，{u}举办{y}年度业务能力提升培训班，{n}余名干部职工参加培训。",
      "培训邀请相关领域专家授课，内容涵盖政策法规解读、业务流程规范、信息化系统操作等方面。培训采取专题讲座与案例分析相结合的方式，学员们认真听讲、积极交流。",
      "{p2}在开班仪式上要求，参训人员要珍惜学习机会，做到学以致用，切实提升依法履职和服务群众的能力水平。"]),
    ("{u}深入基层开展“{th}”调研活动",
     ["{md}，{p1}带队深入{place}，开展“{th}”专题调研。",
      "调研组一行实地察看了项目建设现场，详细了解工程进度、资金使用和群众需求等情况，并与基层干部群众座谈交流，听取意见建议。",
      "{p1}指出，要坚持问题导向，对调研中发现的问题建立台账、逐项销号，切实把好事办实、把实事办好。",
      "{u}相关科室负责人陪同调研。"]),
    ("{u}组织开展防汛应急演练",
     ["为进一步提高汛期突发事件应急处置能力，{md}，{u}在{place}组织开展防汛应急演练。",
      "演练模拟强降雨导致低洼地带积水、道路受阻等险情，参演人员迅速启动应急预案，开展人员转移、排涝抢险、物资调运等科目演练，各环节衔接有序。",
      "演练结束后，{p2}对演练情况进行点评，要求各单位查漏补缺，完善预案，确保安全度汛。"]),
    ("{u}召开{y}年度工作总结会",
     ["{md}，{u}召开{y}年度工作总结会，全面回顾一年来的工作成效，分析存在的不足，研究部署下一阶段重点任务。",
      "会上，各科室负责人依次汇报了年度重点工作完成情况。{p1}在讲话中充分肯定了一年来取得的成绩，并就抓好下一步工作提出三点要求：一要提高站位，二要聚焦重点，三要锤炼作风。",
      "会议号召全体干部职工凝心聚力、真抓实干，为完成全年各项目标任务打下坚实基础。"]),
    ("{u}开展“{th}”志愿服务活动",
     ["{md}，{u}组织志愿者走进{place}，开展“{th}”志愿服务活动。",
      "志愿者们分组开展政策宣讲、义务咨询、环境整治等服务，向群众发放宣传资料{n}余份，现场解答群众咨询问题。",
      "此次活动进一步拉近了与群众的距离，受到群众好评。下一步，{u}将推动志愿服务常态化、制度化开展。"]),
    ("{u}召开{y}年第{k}次理论学习中心组学习会",
     ["{md}，{u}召开{y}年第{k}次理论学习中心组（扩大）学习会，{p1}主持会议。",
      "会议集中学习了习近平总书记近期重要讲话精神和有关文件精神，与会人员结合分管工作作交流发言。",
      "会议强调，要把学习成果转化为推动高质量发展的思路举措，以更加务实的作风抓好各项工作落实。"]),
]
THEMES = ["我为群众办实事", "学思践悟强党性", "护航平安春节", "清廉机关建设", "文明城市共建", "科技助农", "健康进万家", "书香满校园"]
PLACES = ["城东社区", "新桥村", "河西片区", "工业园区", "滨江街道", "柳塘村", "北湖社区", "中心城区"]

LEGIT = [
    ("关于{y2}年度本级福利彩票公益金使用情况的公告",
     ["根据《彩票管理条例》《彩票管理条例实施细则》和财政部有关规定，现将{y2}年度本级福利彩票公益金使用情况公告如下。",
      "{y2}年度，本级共使用福利彩票公益金{n}万元，主要用于资助养老服务设施建设、困难残疾人康复救助、孤残儿童保障和社区公益服务等项目。",
      "其中，资助农村敬老院改造项目6个，资助社区居家养老服务站建设项目11个，为困难家庭残疾人适配辅助器具300余件。",
      "福利彩票公益金使用坚持“扶老、助残、救孤、济困”的宗旨，项目实施情况接受社会监督。"]),
    ("我院依法审结一起网络开设赌场案",
     ["近日，{u}依法审结一起网络开设赌场案，被告人郑某、钱某等4人分别被判处有期徒刑二年至四年不等，并处罚金。",
      "经审理查明，{y2}年以来，被告人郑某等人为境外赌博网站发展下级代理，招揽参赌人员通过手机客户端进行赌博，从中抽取佣金，情节严重。",
      "法院认为，被告人的行为均已构成开设赌场罪。综合考虑各被告人的犯罪事实、情节及认罪悔罪表现，依法作出上述判决。",
      "法官提醒：网络赌博危害大，广大群众要自觉抵制，远离赌博陷阱，发现涉赌线索及时向公安机关举报。"]),
    ("检察机关集中开展打击治理跨境赌博宣传活动",
     ["{md}，{u}联合公安、司法等部门在{place}集中开展打击治理跨境赌博法治宣传活动。",
      "活动现场，干警们通过设置咨询台、发放宣传手册、以案释法等方式，向群众讲解跨境赌博、网络赌博的常见手法和法律后果，提醒群众切勿出借、出售银行卡和手机卡。",
      "本次活动共发放宣传资料{n}余份，接受群众咨询80余人次，进一步增强了群众识赌防赌拒赌意识。"]),
    ("关于加强体育彩票销售网点规范管理的通知",
     ["各区县体育彩票管理分中心：",
      "为进一步规范体育彩票销售行为，维护彩票市场秩序，根据《彩票管理条例》等有关规定，现就加强销售网点规范管理有关事项通知如下。",
      "一、严禁向未成年人销售彩票和兑付奖金，各销售网点应在醒目位置张贴“不得向未成年人销售彩票”标识。",
      "二、严禁以诋毁同业者、虚假宣传等不正当手段销售彩票，严禁通过互联网等渠道违规销售彩票。",
      "三、各分中心要加强日常巡查，对发现的问题及时督促整改，整改情况于每季度末报送市中心。"]),
]

# ----------------------------------------------------------------------------------------------
# invented spam (checked by validate_v41.py against every dev/heldout spam string)
# ----------------------------------------------------------------------------------------------
BRANDS = ["鎏金湾娱乐", "琥珀岛体育", "黛岩棋牌", "铜雀台国际娱乐城", "犀角电竞竞猜", "砚池彩票", "麒澜体育平台",
          "玄霜娱乐", "萤川棋牌", "鲲澜国际", "柘林体育", "棠梨彩票网", "磐溪娱乐场", "浩渺体育官网"]
DOMAINS = ["ljw7788.vip", "hpd1396.top", "dyqp0520.cc", "tqtgj8833.com", "xjdj660.net", "yc6cp.app",
           "qltyp9.xyz", "xsyl3355.vip", "ycqp777.cc", "klgj2288.top", "zlty0808.com", "tl5cp.net", "pxylc66.vip", "hmty1199.cc"]
PORN = ["午夜剧场免费观看入口_无删减高清片源_成年人深夜福利站",
        "夜色影院在线看片_私密直播间免费进_深夜激情视频合集",
        "久久热精品视频在线播放_国产自拍免费看_夜夜爽高清影院",
        "成人午夜福利视频_全网独家无删减资源_深夜私人影院入口",
        "免费看片神器下载_高清无码片源合集_午夜撩人直播平台"]
TITLE_KW = ["{b}-{b}官网入口-{b}app下载-{b}注册送88元彩金",
            "{b}官方网站_{b}手机版_真人百家乐在线平台_{d}"]


def brand(i):
    return BRANDS[i % len(BRANDS)], DOMAINS[i % len(DOMAINS)]


# ----------------------------------------------------------------------------------------------
# six templates (W41a..W41f). Each returns (html_str, fields shown)
# ----------------------------------------------------------------------------------------------
def t_xxgk(site, a, inj):
    """W41a: county government 政务公开目录 page, attribute list of 信息索引/公开方式/… (GB18030)."""
    attrs = [("信息索引", a["idx"]), ("发布单位", esc(a["source"])), ("公开方式", "主动公开"), ("公开范围", "面向社会"),
             ("信息时效", "长期"), ("发布时间", a["date"])]
    lis = "".join(f"<li><b>{k}：</b><span>{v}</span></li>" for k, v in attrs)
    body = "".join(f"<p>{esc(p)}</p>\n" for p in inj.get("paras", a["paras"]))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>{esc(inj.get("title", a["title"] + "_" + site["name"]))}</title>
<meta name="SiteName" content="{esc(site["name"])}">
<meta name="ArticleTitle" content="{esc(a["title"])}">
<link rel="stylesheet" href="/gkml/css/gkml.css">
</head>
<body>
{inj.get("top", "")}<div class="gkml-banner"><div class="gkml-logo">{esc(site["name"])}人民政府</div><div class="gkml-sub">政务公开目录</div></div>
<div class="gkml-wrap">
<div class="gkml-left"><dl><dt>公开目录</dt><dd><a href="/gkml/jgzn/">机构职能</a></dd><dd><a href="/gkml/zcwj/">政策文件</a></dd><dd><a href="/gkml/gzdt/">工作动态</a></dd><dd><a href="/gkml/czzj/">财政资金</a></dd></dl></div>
<div class="gkml-right">
<ul class="gkml-attr">{lis}</ul>
<div class="gkml-h">{esc(a["title"])}</div>
<div class="gkml-zw" id="gkmlzw">
{inj.get("lead_block", "")}{body}</div>
{inj.get("after", "")}<div class="gkml-ops"><a href="javascript:window.print()">打印</a><a href="javascript:window.close()">关闭</a></div>
</div>
</div>
{inj.get("hidden", "")}<div class="gkml-foot">主办：{esc(site["name"])}人民政府办公室&nbsp;&nbsp;网站标识码：{site["code"]}&nbsp;&nbsp;{site["icp"]}{inj.get("footer", "")}</div>
</body>
</html>
"""


def t_eduportal(site, a, inj):
    """W41b: university news portal with side column; byline 作者/来源/发布时间/浏览次数 (utf-8)."""
    body = "".join(f'<p style="text-indent:2em">{esc(p)}</p>\n' for p in inj.get("paras", a["paras"]))
    side = "".join(f'<li><a href="/xww/{R.randrange(100, 999)}.htm">{t}</a></li>' for t in ["学校要闻", "综合新闻", "院部动态", "媒体关注", "校园人物"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(inj.get("title", a["title"] + "-" + site["name"] + "新闻网"))}</title>
<link rel="stylesheet" href="/_css/news-portal.css">
</head>
<body class="news-detail">
{inj.get("top", "")}<header class="np-head"><div class="np-logo"><a href="/"><img src="/_img/logo.png" alt="{esc(site["name"])}"></a><span>新闻网</span></div>
<nav class="np-nav"><a href="/">首页</a><a href="/xxyw/">学校要闻</a><a href="/zhxw/">综合新闻</a><a href="/ybdt/">院部动态</a><a href="/mtgz/">媒体关注</a></nav></header>
<div class="np-body">
<aside class="np-side"><h3>新闻导航</h3><ul>{side}</ul></aside>
<main class="np-main">
<div class="np-crumb">您现在的位置：<a href="/">首页</a> » <a href="/zhxw/">综合新闻</a> » 正文</div>
<article>
<h2 class="np-title">{esc(a["title"])}</h2>
<div class="np-info"><span>作者：{esc(a["author"])}</span><span>来源：{esc(a["source"])}</span><span>发布时间：{a["date"]}</span><span>浏览次数：<em id="hits">{a["hits"]}</em></span></div>
<div class="np-text">
{inj.get("lead_block", "")}{body}</div>
{inj.get("after", "")}<div class="np-editor">（编辑：{esc(a["editor"])}）</div>
</article>
</main>
</div>
{inj.get("hidden", "")}<footer class="np-foot">版权所有 © {esc(site["name"])} 党委宣传部&nbsp;&nbsp;{site["icp"]}{inj.get("footer", "")}</footer>
</body>
</html>
"""


def t_town(site, a, inj):
    """W41c: township government, table layout of an old CMS (GBK)."""
    body = "".join(f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</P>\n" for p in inj.get("paras", a["paras"]))
    return f"""<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gbk">
<TITLE>{esc(inj.get("title", site["name"] + "--" + a["title"]))}</TITLE>
<LINK href="/skin/town.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0>
{inj.get("top", "")}<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0>
<TR><TD><IMG src="/skin/top_banner.jpg" width=960 height=150></TD></TR>
<TR><TD class=menu><A href="/">网站首页</A> | <A href="/zwgk/">政务公开</A> | <A href="/xzdt/">乡镇动态</A> | <A href="/tzgg/">通知公告</A> | <A href="/bszn/">办事指南</A></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=8 width=960 align=center border=0 bgColor=#ffffff>
<TR><TD class=dqwz>您当前的位置：<A href="/">首页</A> -&gt; <A href="/xzdt/">乡镇动态</A></TD></TR>
<TR><TD align=center class=bt><B>{esc(a["title"])}</B></TD></TR>
<TR><TD align=center class=xx>发布日期：{a["date"]}&nbsp;&nbsp;&nbsp;信息来源：{esc(a["source"])}&nbsp;&nbsp;&nbsp;点击数：{a["hits"]}</TD></TR>
<TR><TD class=nr>
{inj.get("lead_block", "")}{body}</TD></TR>
{inj.get("after", "")}</TABLE>
{inj.get("hidden", "")}<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0>
<TR><TD class=foot align=center>{esc(site["name"])}人民政府 主办&nbsp;&nbsp;{site["icp"]}<BR>地址：{esc(site["addr"])}{inj.get("footer", "")}</TD></TR>
</TABLE>
</BODY>
</HTML>
"""


def t_health(site, a, inj):
    """W41d: health commission / hospital news; span list 时间/来源/作者 (utf-8)."""
    body = "".join(f"<p>{esc(p)}</p>\n" for p in inj.get("paras", a["paras"]))
    return f"""<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<title>{esc(inj.get("title", a["title"] + " | " + site["name"]))}</title>
<meta name="keywords" content="{esc(site["name"])},卫生健康,新闻动态">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
{inj.get("top", "")}<div class="topbar"><div class="w1200"><span>欢迎访问{esc(site["name"])}</span><a href="/wza/">无障碍</a><a href="/en/">English</a></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/static/img/logo.png" alt=""></a>
<ul class="mainnav"><li><a href="/">首页</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/jkkp/">健康科普</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="w1200 wsjk-detail">
<div class="loc"><a href="/">首页</a> / <a href="/xwdt/">新闻动态</a> / <span>工作动态</span></div>
<div class="wsjk-arttitle">{esc(a["title"])}</div>
<p class="art-props">时间：{a["date"]}<i>|</i>来源：{esc(a["source"])}<i>|</i>作者：{esc(a["author"])}</p>
<div class="wsjk-artbody">
{inj.get("lead_block", "")}{body}</div>
{inj.get("after", "")}</div>
{inj.get("hidden", "")}<div class="footer"><p>{esc(site["name"])} 版权所有</p><p>{site["icp"]}</p>{inj.get("footer", "")}</div>
</body>
</html>
"""


def t_k12(site, a, inj):
    """W41e: K-12 school site, card layout; 发布人/发布时间; credit line 供稿/审核 at the end (utf-8)."""
    body = "".join(f"<p>{esc(p)}</p>\n" for p in inj.get("paras", a["paras"]))
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{esc(inj.get("title", a["title"]))}</title>
<link href="/theme/school/style.css" rel="stylesheet">
</head>
<body>
{inj.get("top", "")}<div class="sch-banner"><h1 class="sch-name">{esc(site["name"])}</h1><p class="sch-motto">{esc(site["motto"])}</p></div>
<ul class="sch-menu"><li>学校概况</li><li>校园动态</li><li>教学教研</li><li>德育天地</li><li>家校共育</li></ul>
<div class="sch-card">
<div class="card-head"><span class="tag">校园动态</span><h2>{esc(a["title"])}</h2>
<p class="card-meta">发布人：{esc(a["poster"])}　发布时间：{a["date"]}　阅读：{a["hits"]}</p></div>
<div class="card-body">
{inj.get("lead_block", "")}{body}<p class="credit">（供稿：{esc(a["author"])}　审核：{esc(a["editor"])}）</p>
</div>
{inj.get("after", "")}</div>
{inj.get("hidden", "")}<div class="sch-foot">{esc(site["name"])}　地址：{esc(site["addr"])}　{site["icp"]}{inj.get("footer", "")}</div>
</body>
</html>
"""


def t_court(site, a, inj):
    """W41f: court / procuratorate news, font-size switcher, 来源/作者/时间 line (utf-8)."""
    body = "".join(f'<p class="MsoNormal">{esc(p)}</p>\n' for p in inj.get("paras", a["paras"]))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(inj.get("title", site["name"] + "-" + a["title"]))}</title>
<style>.jcy-article .MsoNormal{{text-indent:2em;line-height:2}}</style>
</head>
<body>
{inj.get("top", "")}<div class="jcy-header"><div class="jcy-emblem"></div><div class="jcy-sitename">{esc(site["name"])}</div></div>
<div class="jcy-nav"><a href="/">首页</a><a href="/fyxw/">新闻中心</a><a href="/sfgk/">司法公开</a><a href="/ssfw/">诉讼服务</a><a href="/fzxc/">法治宣传</a></div>
<div class="jcy-article">
<div class="jcy-path">首页 &gt;&gt; 新闻中心 &gt;&gt; 工作动态</div>
<h3 class="jcy-h">{esc(a["title"])}</h3>
<div class="jcy-src">来源：{esc(a["source"])}&emsp;作者：{esc(a["author"])}&emsp;时间：{a["date"]}&emsp;<span class="jcy-fs"><button type="button">A+</button><button type="button">A-</button></span></div>
<div class="jcy-txt">
{inj.get("lead_block", "")}{body}</div>
{inj.get("after", "")}</div>
{inj.get("hidden", "")}<div class="jcy-foot">{esc(site["name"])}&nbsp;版权所有&nbsp;&nbsp;{site["icp"]}{inj.get("footer", "")}</div>
</body>
</html>
"""


TEMPLATES = {"W41a": (t_xxgk, "gb18030"), "W41b": (t_eduportal, "utf-8"), "W41c": (t_town, "gbk"),
             "W41d": (t_health, "utf-8"), "W41e": (t_k12, "utf-8"), "W41f": (t_court, "utf-8")}

# ----------------------------------------------------------------------------------------------
# sites
# ----------------------------------------------------------------------------------------------
def mk_site(host, name, unit_pool, tpl, addr="", motto=""):
    return dict(host=host, name=name, units=unit_pool, tpl=tpl, addr=addr or name + "政务服务中心", motto=motto or "厚德 笃学 求真 创新",
                code=str(R.randrange(10**9, 10**10)), icp=f"{R.choice('湘赣皖鄂豫黔滇桂')}ICP备{R.randrange(10**7, 10**8)}号")


SITES = [
    mk_site("www.lanxiu.gov.cn", "岚秀县", ["岚秀县应急管理局", "岚秀县水利局", "岚秀县人民政府办公室", "岚秀县民政局"], "W41a"),
    mk_site("news.hnwlxy.edu.cn", "湖南文理职业学院", ["湖南文理职业学院", "湖南文理职业学院机电工程系", "湖南文理职业学院团委"], "W41b"),
    mk_site("www.shangpo.gov.cn", "上坡镇", ["上坡镇人民政府", "上坡镇党委", "上坡镇综治办"], "W41c", addr="上坡镇府前路8号"),
    mk_site("wjw.lanshan.gov.cn", "岚山区卫生健康局", ["岚山区卫生健康局", "岚山区人民医院", "岚山区疾病预防控制中心"], "W41d"),
]
SINGLES = [
    mk_site("xxgk.tongshan-x.gov.cn", "桐山县", ["桐山县交通运输局"], "W41a"),
    mk_site("www.xjzy.edu.cn", "西江职业技术学院", ["西江职业技术学院"], "W41b"),
    mk_site("www.heye.gov.cn", "荷叶乡", ["荷叶乡人民政府"], "W41c", addr="荷叶乡人民路2号"),
    mk_site("www.yzsrmyy.cn", "榆州市人民医院", ["榆州市人民医院"], "W41d"),
    mk_site("www.jmsyzx.cn", "金门山实验中学", ["金门山实验中学"], "W41e", addr="金门山镇学府路1号", motto="明德 尚学 健体 乐群"),
    mk_site("www.lqxfy.gov.cn", "临泉县人民法院", ["临泉县人民法院"], "W41f"),
    mk_site("www.nhjcy.gov.cn", "南华县人民检察院", ["南华县人民检察院"], "W41f"),
    mk_site("www.dsxx.cn", "东山小学", ["东山小学"], "W41e", addr="东山街道育才路6号", motto="快乐学习 健康成长"),
]
LEGIT_SITES = [  # (site, unit shown as 来源) for the four legit pages
    (mk_site("mzj.songbai.gov.cn", "松柏县", ["松柏县民政局"], "W41a"), "松柏县民政局"),
    (SINGLES[5], "临泉县人民法院"),
    (SINGLES[6], "南华县人民检察院"),
    (mk_site("tyj.yuzhou.gov.cn", "榆州市体育局", ["榆州市体育彩票管理中心"], "W41d"), "榆州市体育彩票管理中心"),
]


def mk_article(site, ev=None, legit=None):
    y = R.choice([2023, 2024, 2025])
    mo, d = R.randrange(1, 13), R.randrange(1, 29)
    u = R.choice(site["units"])
    f = dict(u=u, y=y, y2=y - 1, md=f"{mo}月{d}日", p1=person(), p2=person(), th=R.choice(THEMES), place=R.choice(PLACES),
             n=R.randrange(6, 90) * 10, k=R.randrange(2, 9))
    title_t, paras_t = legit if legit else (ev if ev else R.choice(EVENTS))
    title = title_t.format(**f)
    paras = [p.format(**f) for p in paras_t]
    return dict(title=title, paras=paras, date=f"{y}-{mo:02d}-{d:02d}", source=u if not legit or "通知" not in title_t else u,
                author=person(), editor=person(), poster=person(), hits=R.randrange(80, 4000),
                idx=f"{R.randrange(10**8, 10**9)}/{y}-{R.randrange(100, 999)}")


# ----------------------------------------------------------------------------------------------
# injection forms (modelled on the real cases of real-cases-v41 and common hijack write-ups)
# ----------------------------------------------------------------------------------------------
def inj_hidden_links(bi, style="display:none"):
    b1, d1 = brand(bi)
    b2, d2 = brand(bi + 1)
    anchors = [f"{b1}官网", f"{b2}注册", f"{b1}app下载"]
    block = (f'<div style="{style}">' + "".join(f'<a href="https://www.{d}/">{esc(t)}</a>' for t, d in zip(anchors, [d1, d2, d1])) + "</div>\n")
    return dict(hidden=block), anchors, ["hidden-link-block" if "none" in style else "offscreen-link-block"]


def inj_porn_top(pi):
    line = PORN[pi % len(PORN)]
    return dict(top=f'<div class="hdr-notice" style="font-size:12px;color:#999">{esc(line)}</div>\n'), [line], ["porn-keyword-line-top"]


def inj_porn_bottom(pi):
    line = PORN[pi % len(PORN)]
    return dict(after=f'<p class="foot-tags">{esc(line)}</p>\n'), [line], ["porn-keyword-line-bottom"]


def inj_friend_links(bi):
    b1, d1 = brand(bi)
    b2, d2 = brand(bi + 3)
    real = ['<a href="http://www.gov.cn/">中国政府网</a>', '<a href="http://www.people.com.cn/">人民网</a>']
    spam = [f"{b1}", f"{b2}手机版"]
    block = ('<div class="links-friend">友情链接：' + " ".join(real) + " " + " ".join(f'<a href="https://{d}/">{esc(s)}</a>' for s, d in zip(spam, [d1, d2])) + "</div>\n")
    return dict(footer=block), spam, ["friend-links-sold"]


def inj_brand_lead(bi, a):
    b, _ = brand(bi)
    paras = list(a["paras"])
    paras[0] = f"（{b}讯）" + paras[0]
    return dict(paras=paras), [b], ["brand-spliced-into-lead"]


def inj_brand_credit(bi):
    b, d = brand(bi)
    line = f"本文由{b}（{d}）协办发布"
    return dict(after=f'<p class="srcfrom">{esc(line)}</p>\n'), [line], ["brand-credit-line"]


def inj_title_kw(bi, a, site):
    b, d = brand(bi)
    t = TITLE_KW[bi % len(TITLE_KW)].format(b=b, d=d)
    return dict(title=t), [t], ["keyword-stuffed-title"]


def inj_spam_lines(bi, a):
    b, d = brand(bi)
    l1, l2 = f"{b}官方app", f"{b}最新网址{d}"
    paras = list(a["paras"])
    return dict(paras=paras, mix=[l1, 0, 1, l2] + list(range(2, len(paras)))), [l1, l2], ["spam-line-in-body"]


def inj_docwrite(bi):
    b, d = brand(bi)
    b2, _ = brand(bi + 5)
    s1, s2 = f"{b}真人娱乐", f"{b2}体育投注"
    js = ("<script type=\"text/javascript\">document.write('<div style=\"position:fixed;top:-1200px;left:0\">"
          f"<a href=\"https://{d}/\">{s1}</a><a href=\"https://{d}/ty/\">{s2}</a></div>');</script>\n")
    return dict(hidden=js), [s1, s2], ["document-write-spam"]


def inj_chaff_line(pi):
    line = PORN[pi % len(PORN)]
    chaff = '<sup id="k7q2m"></sup><tfoot id="k7q2m"><noscript id="k7q2m"></noscript></tfoot>\n'
    return dict(top=chaff + f'<div class="kwl">{esc(line)}</div>\n'), [line], ["empty-tag-chaff", "porn-keyword-line-top"]


def apply_mix(inj, a):
    """spam-line-in-body: interleave spam lines (str) and paragraph indexes (int)."""
    if "mix" not in inj:
        return inj
    out = []
    for el in inj.pop("mix"):
        out.append(a["paras"][el] if isinstance(el, int) else el)
    inj["paras"] = out
    return inj


# ----------------------------------------------------------------------------------------------
def build():
    pages = []
    # 4 sites x 5 pages: 3 hijacked sharing one injection, 2 clean
    site_forms = [("hidden", 0), ("porn_top", 0), ("friend", 2), ("brand_lead", 4)]
    evs = list(EVENTS)
    for s_i, (site, (form, k)) in enumerate(zip(SITES, site_forms)):
        order = [True, False, True, True, False] if s_i % 2 == 0 else [False, True, True, False, True]
        R.shuffle(evs)
        for j, hij in enumerate(order):
            a = mk_article(site, ev=evs[j % len(evs)])
            inj, spam, forms = {}, [], []
            if hij:
                if form == "hidden":
                    inj, spam, forms = inj_hidden_links(k)
                elif form == "porn_top":
                    inj, spam, forms = inj_porn_top(k)
                elif form == "friend":
                    inj, spam, forms = inj_friend_links(k)
                else:
                    inj, spam, forms = inj_brand_lead(k, a)
            pages.append((site, a, inj, spam, forms, hij, False))
    # 20 single pages: 16 hijacked + 4 legit clean
    singles_plan = [
        ("title_kw", 5), ("title_kw", 6), ("spam_lines", 7), ("spam_lines", 8), ("credit", 9), ("credit", 10),
        ("porn_bottom", 1), ("porn_bottom", 2), ("docwrite", 11), ("docwrite", 12), ("offscreen", 13), ("offscreen", 3),
        ("brand_lead", 6), ("brand_lead", 8), ("chaff", 3), ("hidden", 10),
        ("legit", 0), ("legit", 1), ("legit", 2), ("legit", 3),
    ]
    for n, (form, k) in enumerate(singles_plan):
        if form == "legit":
            site, unit = LEGIT_SITES[k]
            a = mk_article(site, legit=LEGIT[k])
            a["source"] = unit
            pages.append((site, a, {}, [], [], False, True))
            continue
        site = SINGLES[n % len(SINGLES)]
        a = mk_article(site)
        if form == "title_kw":
            inj, spam, forms = inj_title_kw(k, a, site)
        elif form == "spam_lines":
            inj, spam, forms = inj_spam_lines(k, a)
        elif form == "credit":
            inj, spam, forms = inj_brand_credit(k)
        elif form == "porn_bottom":
            inj, spam, forms = inj_porn_bottom(k)
        elif form == "docwrite":
            inj, spam, forms = inj_docwrite(k)
        elif form == "offscreen":
            inj, spam, forms = inj_hidden_links(k, style="position:absolute;left:-9999px;top:-9999px;width:1px;overflow:hidden")
        elif form == "brand_lead":
            inj, spam, forms = inj_brand_lead(k, a)
        elif form == "chaff":
            inj, spam, forms = inj_chaff_line(k)
        else:
            inj, spam, forms = inj_hidden_links(k)
        pages.append((site, a, inj, spam, forms, True, False))
    # interleave deterministically so site pages are not consecutive ids
    R.shuffle(pages)
    return pages


def main():
    pages = build()
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for i, (site, a, inj, spam, forms, hij, legit) in enumerate(pages, 1):
        pid = f"sv41-{i:03d}"
        inj = apply_mix(dict(inj), a)
        fn, enc = TEMPLATES[site["tpl"]]
        html = fn(site, a, inj)
        data = html.encode(enc)  # strict: every template's text must be encodable
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(data)
        path = {"W41a": "/xxgk/gzdt/", "W41b": "/info/1021/", "W41c": "/xzdt/", "W41d": "/xwdt/gzdt/",
                "W41e": "/xydt/", "W41f": "/fyxw/gzdt/"}[site["tpl"]]
        url = f"http://{site['host']}{path}{a['date'].replace('-', '')}_{R.randrange(1000, 99999)}.html"
        source = a["source"] if site["tpl"] != "W41e" else None
        author = a["author"] if site["tpl"] in ("W41b", "W41d", "W41f") else None
        if site["tpl"] == "W41e":
            author = None  # the credit line names a 供稿 unit person; no byline author
        rows.append(dict(id=pid, url=url, title=a["title"], date=a["date"], source=source, author=author,
                         text="\n".join(a["paras"]), hijacked=hij, injections=forms, spam_strings=spam, legit=legit,
                         lang="zh", origin=f"synthetic-generator-v41 template {site['tpl']}" + (
                             f"; injection {'+'.join(forms)}" if hij else ("; legit lottery/gambling-regulation article" if legit else "; clean page")),
                         kind="synthetic", site=site["host"], capture="html", encoding={"gb18030": "GB18030", "gbk": "GBK"}.get(enc, "utf-8"),
                         template=site["tpl"]))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages ->", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
