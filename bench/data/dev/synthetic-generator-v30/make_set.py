#!/usr/bin/env python3
"""Generate synthetic-v30: 40 gov/edu pages (28 hijacked, 12 clean of which 4 legit).

4 sites x 5 pages (one template per site, 3 hijacked sharing one injection + 2 clean)
+ 20 single pages (16 hijacked, 4 legit clean). Fixed seed; byte-identical on re-run.
Usage: python make_set.py OUTDIR
"""
import json
import os
import random
import sys

SEED = 30030
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "synthetic-v30")

SURN = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["建华", "晓燕", "志强", "丽萍", "海涛", "文静", "国栋", "雅琴", "春生", "明辉", "秀英", "振宇", "玉兰", "德胜", "慧敏", "立新", "红梅", "永刚", "佳怡", "俊杰", "淑贞", "子豪", "桂芳", "树林"]

# ---- article topics: (title pattern, paragraphs) ; slots {p} place, {d} dept, {n} numbers, {x} person
TOPICS = [
    ("{p}召开{y}年度秋粮收购工作部署会",
     ["{mo}月{da}日，{p}召开{y}年度秋粮收购工作部署会，分析当前粮食市场形势，安排部署秋粮收购各项工作。",
      "会议指出，今年全{u}秋粮播种面积稳定在{n1}万亩以上，预计收购量较上年增长{n2}个百分点。",
      "会议要求，各收储企业要严格执行国家收购政策，做到“五要五不准”，不得压级压价、拖欠农民售粮款。",
      "{x}在讲话中强调，要强化粮食质量安全监测，加快烘干设施建设，切实解决农民“卖粮难”问题。"]),
    ("{p}开展老旧小区加装电梯入户宣传",
     ["近日，{d}组织工作人员深入辖区{n1}个老旧小区，开展既有住宅加装电梯政策入户宣传。",
      "工作人员逐户发放政策解读手册，现场讲解财政补助标准、申请流程和所需材料，耐心解答居民疑问。",
      "截至目前，{p}已完成加装电梯{n2}部，另有{n3}个单元进入施工图审查阶段。",
      "下一步，{d}将继续做好协调服务，推动更多符合条件的小区实现“一键上楼”。"]),
    ("{p}举办{y}年职业技能竞赛",
     ["{mo}月{da}日至{da2}日，{y}年{p}职业技能竞赛在{p}职业技术学校举行，来自全{u}的{n1}名选手参加比赛。",
      "本次竞赛设置电工、焊工、中式烹调师、养老护理员等{n3}个项目，采取理论考试与实际操作相结合的方式进行。",
      "经过激烈角逐，共有{n2}名选手获得一、二、三等奖，其中成绩优异者将按规定晋升相应职业技能等级。",
      "{d}负责人表示，将以赛促学、以赛促训，持续壮大高技能人才队伍。"]),
    ("{p}启动汛前河道清障专项行动",
     ["为确保安全度汛，{d}近日启动汛前河道清障专项行动，对辖区主要河道开展拉网式排查。",
      "行动共出动人员{n1}人次、机械设备{n3}台班，清理河道垃圾和阻水障碍物{n2}余处。",
      "针对排查发现的问题，{d}建立问题清单，明确整改时限和责任人，实行销号管理。",
      "{x}表示，将把清障工作与河长制日常巡查结合起来，巩固清障成果，防止问题反弹。"]),
    ("{p}召开安全生产工作推进会",
     ["{mo}月{da}日，{p}召开安全生产工作推进会，通报前一阶段安全生产检查情况。",
      "会议通报，前一阶段共检查企业{n1}家，发现隐患{n2}处，目前已整改{n3}处，其余正在限期整改中。",
      "会议要求，各部门要压紧压实安全生产责任，聚焦燃气、消防、道路交通、建筑施工等重点领域，深入开展隐患排查整治。",
      "{x}强调，要以“时时放心不下”的责任感抓好安全生产各项工作，坚决防范遏制重特大事故发生。"]),
    ("{p}开展“世界读书日”主题阅读活动",
     ["4月23日是第{n3}个世界读书日。当天，{d}在市民广场举办主题阅读活动，吸引众多市民参与。",
      "活动现场设置了图书展销、好书交换、亲子共读等区域，共发放阅读推广资料{n1}余份。",
      "{x}介绍，今年以来{p}新建城市书房{n3}个，全年计划开展各类阅读推广活动{n2}场次。",
      "不少市民表示，希望今后多举办此类活动，让阅读成为日常生活的一部分。"]),
    ("{p}完成{y}年度义务兵征集体检工作",
     ["近日，{p}{y}年度义务兵征集体检工作顺利完成，共有{n1}名应征青年参加体检。",
      "体检严格按照《应征公民体格检查标准》进行，设置内科、外科、五官科等{n3}个科室。",
      "{d}全程实行封闭管理，严格落实纪律要求，确保体检工作公平公正。",
      "体检合格人员将进入政治考核和役前教育环节，择优确定批准入伍人选。"]),
    ("{p}召开食品安全示范创建工作推进会",
     ["{mo}月{da}日，{p}召开食品安全示范创建工作推进会，对照创建标准查找短板弱项。",
      "会上，{d}通报了创建工作进展情况。目前，全{u}已建成放心农贸市场{n3}个、阳光厨房{n2}家。",
      "会议要求，各单位要对照任务清单逐项抓落实，加强校园食品安全和农村集体聚餐管理。",
      "{x}指出，食品安全示范创建是一项民心工程，必须坚持高标准、严要求，确保创建工作取得实效。"]),
    ("{p}举办新时代文明实践志愿服务集中活动",
     ["{mo}月{da}日，{d}组织开展新时代文明实践志愿服务集中活动，{n1}余名志愿者走进社区、村组。",
      "志愿者们开展了义诊、政策宣讲、环境整治、关爱空巢老人等服务，受到群众欢迎。",
      "今年以来，{p}已注册志愿者{n2}人，累计开展志愿服务活动{n3}百余场次。",
      "{x}表示，将进一步完善志愿服务激励机制，推动志愿服务常态化、项目化发展。"]),
    ("{p}推进农村生活污水治理项目建设",
     ["眼下，{p}农村生活污水治理项目正在加紧施工，{n3}个行政村的管网铺设已基本完成。",
      "该项目总投资{n1}万元，新建污水处理终端{n3}座，铺设收集管网{n2}公里，建成后可覆盖农户四千余户。",
      "{d}派驻技术人员驻点指导，严把工程质量关，确保项目按期建成投用。",
      "项目建成后，将有效改善农村人居环境，促进乡村生态振兴。"]),
    ("{p}学校开展秋季学期开学安全检查",
     ["为保障秋季学期顺利开学，{d}近日组织专项检查组，对全{u}中小学校开展开学安全检查。",
      "检查组重点检查了校舍安全、消防设施、食堂卫生、校车管理等方面，共检查学校{n1}所。",
      "对检查发现的{n2}处问题，检查组当场反馈并要求限期整改，整改情况将纳入年度考核。",
      "{x}强调，学校安全无小事，各校要切实履行安全主体责任，为师生营造安全稳定的校园环境。"]),
    ("{p}召开优化营商环境工作座谈会",
     ["{mo}月{da}日，{p}召开优化营商环境工作座谈会，听取企业代表意见建议。",
      "座谈会上，{n3}家企业负责人围绕融资、用工、审批等方面提出意见建议{n2}条。",
      "{d}负责人对企业提出的问题逐一作了回应，并表示将建立问题台账，限时办结反馈。",
      "{x}表示，将持续深化“放管服”改革，让企业办事更便捷、发展更安心。"]),
    ("{p}举办秋季人才招聘会",
     ["{mo}月{da}日，{p}秋季人才招聘会在{p}人力资源市场举行，{n3}十余家用人单位进场招聘。",
      "招聘会提供就业岗位{n1}余个，涵盖制造、电商、物流、医疗等行业，现场达成初步就业意向{n2}人。",
      "现场还设置了政策咨询台，工作人员为求职者讲解就业创业补贴、社保补贴等政策。",
      "{d}表示，今后将定期举办专场招聘活动，为企业引才和群众就业搭建平台。"]),
    ("{p}开展高校毕业生就业见习岗位对接活动",
     ["近日，{d}组织开展高校毕业生就业见习岗位对接活动，发布见习岗位{n1}个。",
      "见习期间，见习人员可享受基本生活补助，见习单位可按规定申领见习补贴。",
      "活动现场，{n2}名高校毕业生与见习单位达成见习意向。",
      "{x}介绍，今年{p}计划募集见习岗位不少于{n3}百个，帮助毕业生积累工作经验、提升就业能力。"]),
    ("{p}组织开展防汛应急演练",
     ["{mo}月{da}日，{d}在{p}河段组织开展防汛应急演练，检验防汛应急预案的可操作性。",
      "演练模拟强降雨导致河水暴涨、群众被困等险情，设置险情报告、人员转移、抢险救援等{n3}个科目。",
      "参演人员{n1}余人，各环节衔接紧密、处置有序，达到了预期目的。",
      "{x}要求，要进一步完善预案、充实物资、强化值守，确保一旦发生险情能够快速有效处置。"]),
    ("{p}召开{y}年度基层医疗卫生工作会议",
     ["{mo}月{da}日，{p}召开{y}年度基层医疗卫生工作会议，总结上年工作，部署本年任务。",
      "去年，全{u}家庭医生签约服务覆盖{n1}余人，重点人群签约率达到{n2}%。",
      "会议要求，要持续推进紧密型县域医共体建设，提升基层首诊能力，让群众在家门口看好病。",
      "会上，{d}与各乡镇卫生院签订了年度目标责任书。"]),
]

LEGIT = [
    ("{p}福利彩票发行中心开展“公益体彩·快乐购”规范销售培训",
     ["{mo}月{da}日，{d}组织辖区{n1}名彩票销售站点业主开展规范销售培训。",
      "培训重点讲解了《彩票管理条例》及实施细则，强调严禁向未成年人销售彩票、严禁信用投注和网络销售。",
      "培训还通报了近期查处的违规销售典型案例，要求各站点在显著位置张贴“未成年人不得购买彩票”提示。",
      "{x}表示，福利彩票是国家为支持社会公益事业而特许发行的彩票，必须坚持公益属性，理性购彩。"]),
    ("{p}公安局破获一起网络赌博案 抓获犯罪嫌疑人{n3}名",
     ["近日，{d}成功破获一起利用境外网站组织网络赌博的案件，抓获犯罪嫌疑人{n3}名，冻结涉案资金{n2}余万元。",
      "经查，犯罪嫌疑人通过社交软件招揽参赌人员，以“投注返水”为诱饵，引诱他人在境外赌博网站注册下注。",
      "目前，犯罪嫌疑人已被依法采取刑事强制措施，案件正在进一步侦办中。",
      "警方提醒：网络赌博“十赌九骗”，切勿轻信所谓“稳赚不赔”的投注技巧，发现涉赌线索请及时举报。"]),
    ("{p}发布{y}年度体育彩票公益金使用情况公告",
     ["根据财政部有关规定，现将{p}{y}年度体育彩票公益金使用情况公告如下。",
      "{y}年度，{p}共使用体育彩票公益金{n1}万元，主要用于全民健身设施建设、青少年体育活动和体育赛事举办。",
      "其中，新建和更新全民健身路径{n3}十余条，资助举办群众性体育赛事{n2}项。",
      "公益金使用严格按照规定程序进行，接受财政、审计部门和社会公众监督。"]),
    ("{p}开展禁赌宣传进社区活动",
     ["为增强群众识赌、防赌、拒赌意识，{d}近日在辖区开展禁赌宣传进社区活动。",
      "民警通过悬挂横幅、发放宣传单、讲解典型案例等形式，向群众揭露赌博特别是网络赌博的危害。",
      "活动共发放宣传资料{n1}余份，接受群众咨询{n2}人次。",
      "{x}提醒，参与赌博不仅会造成经济损失，还可能触犯法律，广大群众要自觉抵制赌博活动。"]),
]

PLACES = ["澄江县", "梧溪区", "青苇镇", "临浦市", "石岭县", "松垣区", "白沙湾镇", "泸源县", "岭东区", "桐庐坪乡"]

# ---- invented brands (checked against every dev/heldout spam_strings entry by the validator)
BR = {
    "A": ["霁澜娱乐", "霁澜娱乐注册即送"],
    "B": ["溯辰国际", "溯辰国际官网入口"],
    "C": ["琥珀湾棋牌", "琥珀湾棋牌下载"],
    "D": ["青玦体育", "青玦体育APP"],
}
SINGLE_BRANDS = ["墨羽捕鱼", "澄沙百家乐", "嶂月真人", "漱汐电竞", "玖栖彩票", "沐砚娱乐城", "翎川体育",
                 "苍霖棋牌", "曜屿国际", "渚星娱乐", "栎阳彩票", "檀溪真人", "砚舟电玩", "芷汀体育", "绯澜国际", "蘅芜娱乐"]
PORN = ["嶂月视频 国产精品 午夜福利 无码在线观看", "翎川福利 自拍偷拍 成人视频在线"]

# ---------------------------------------------------------------- templates
# each returns full html (str); args: ctx dict with title/date/source/author/paras/site/inj
def byline_jcms(c):
    parts = [f"发布日期：{c['date']}"]
    if c["source"]:
        parts.append(f"信息来源：{c['source_shown']}")
    if c["author"]:
        parts.append(f"作者：{c['author']}")
    parts.append(f"访问量：{c['views']}")
    return "&nbsp;&nbsp;".join(parts)


def T_jcms(c):  # Hanweb-JCMS-like, GB18030
    i = c["inj"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
{i.get('head','')}<title>{c['title_tag']}</title>
<meta name="ArticleTitle" content="{c['title']}" />
<meta name="PubDate" content="{c['date']}" />
<link href="/jcms/jcms_files/jcms1/web{c['wid']}/site/css/main.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/jcms/jcms_files/jcms1/web{c['wid']}/site/js/jquery.js"></script>
</head>
<body>{i.get('body_top','')}
<div class="top_bg"><div class="top"><img src="/images/logo_{c['wid']}.png" alt="{c['sitename']}" /><span class="sname">{c['sitename']}</span></div></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/col/col{c['wid']}1/">政务动态</a></li><li><a href="/col/col{c['wid']}2/">政府信息公开</a></li><li><a href="/col/col{c['wid']}3/">政务服务</a></li><li><a href="/col/col{c['wid']}4/">互动交流</a></li></ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{c['wid']}1/">{c['column']}</a>{i.get('crumb','')}</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="article">
<tr><td class="title" align="center">{c['h1']}</td></tr>
<tr><td class="bt_info" align="center">{byline_jcms(c)}&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="bt_content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{c['body']}
<!--ZJEG_RSS.content.end--><meta name="ContentEnd">
</td></tr></table>
{i.get('after_article','')}
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">{i.get('footer','')}<p>主办单位：{c['sitename']} &nbsp; 地址：{c['place']}人民路{c['wid']}号</p><p>网站标识码：{c['bsm']} &nbsp; ICP备案号：{c['icp']}</p></div>
{i.get('body_end','')}</body></html>
"""


def T_metinfo(c):  # MetInfo-like enterprise/school CMS, GBK
    i = c["inj"]
    meta = " | ".join(x for x in [c['date'], (f"来源：{c['source_shown']}" if c['source'] else ''), (f"作者：{c['author']}" if c['author'] else ''), f"点击：{c['views']}次"] if x)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="content-type" content="text/html; charset=gbk">
<meta name="generator" content="MetInfo 5.3.19">
{i.get('head','')}<title>{c['title_tag']}</title>
<link rel="stylesheet" href="/templates/met007/css/metinfo.css">
</head>
<body>{i.get('body_top','')}
<header class="met-head"><div class="container"><a class="met-logo" href="/"><img src="/upload/logo.png" alt="{c['sitename']}"></a>
<nav><a href="/">首页</a><a href="/about/">学校概况</a><a href="/news/">新闻动态</a><a href="/notice/">通知公告</a><a href="/job/">招生就业</a></nav></div></header>
<div class="met-banner"></div>
<section class="met-shownews"><div class="container"><div class="row"><div class="col-md-9">
<div class="met-editor-wrap">
<section class="details-title"><h1 class="m-t-10 m-b-5">{c['h1']}</h1>
<div class="info"><span>{meta}</span></div></section>
<section class="met-editor clearfix">
{c['body']}
</section>
{i.get('after_article','')}
<div class="met-page"><a href="#">上一篇：{c['prev']}</a><a href="#">下一篇：{c['next']}</a></div>
</div></div>
<div class="col-md-3"><aside class="met-sidebar"><h3>{c['column']}</h3><ul><li><a href="/news/list_1.html">学校新闻</a></li><li><a href="/news/list_2.html">媒体关注</a></li></ul></aside></div>
</div></div></section>
<footer class="met-foot">{i.get('footer','')}<div class="container"><p>{c['sitename']} 版权所有 2008-2024</p><p>{c['icp']}</p><p>Powered by <b>MetInfo 5.3.19</b></p></div></footer>
{i.get('body_end','')}</body>
</html>
"""


def T_zblog(c):  # Z-BlogPHP-like department blog/news, utf-8
    i = c["inj"]
    by = []
    if c["author"]:
        by.append(f'<span class="author">撰稿：{c["author"]}</span>')
    by.append(f'<time datetime="{c["date"]}">{c["date_cn"]}</time>')
    if c["source"]:
        by.append(f'<span class="src">稿源：{c["source_shown"]}</span>')
    by.append(f'<span class="view">阅读({c["views"]})</span>')
    return f"""<!DOCTYPE html>
<html xml:lang="zh-Hans" lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="generator" content="Z-BlogPHP 1.7.3">
{i.get('head','')}<title>{c['title_tag']}</title>
<link rel="stylesheet" href="{c['base']}/zb_users/theme/tpure/style/style.css" type="text/css" media="all">
<script src="{c['base']}/zb_system/script/jquery-latest.min.js"></script>
</head>
<body class="single">{i.get('body_top','')}
<div id="header"><div class="wrap"><h2 id="sitename"><a href="{c['base']}/">{c['sitename']}</a></h2>
<ul id="menu"><li><a href="{c['base']}/">首页</a></li><li><a href="{c['base']}/category-1.html">工作动态</a></li><li><a href="{c['base']}/category-2.html">通知公告</a></li><li><a href="{c['base']}/category-3.html">党建工作</a></li></ul></div></div>
<div id="main"><div class="wrap">
<div class="mask"></div>
<div id="content"><div class="post single-post">
<div class="breadcrumb">您的位置：<a href="{c['base']}/">首页</a> » <a href="{c['base']}/category-1.html">{c['column']}</a> » 正文{i.get('crumb','')}</div>
<h1 class="post-title">{c['h1']}</h1>
<div class="post-meta">{' '.join(by)}</div>
<div class="post-body">
{c['body']}
</div>
{i.get('after_article','')}
<div class="post-tags">标签：<a href="#">{c['column']}</a></div>
<nav class="post-nav"><span>上一篇：<a href="#">{c['prev']}</a></span><span>下一篇：<a href="#">{c['next']}</a></span></nav>
</div></div>
<div id="sidebar"><dl class="function"><dt>最新文章</dt><dd><ul><li><a href="#">{c['prev']}</a></li><li><a href="#">{c['next']}</a></li></ul></dd></dl></div>
</div></div>
<div id="footer">{i.get('footer','')}<p>Copyright © {c['sitename']} · {c['icp']} · Powered By Z-BlogPHP</p></div>
{i.get('body_end','')}</body>
</html>
"""


def T_pboot(c):  # PbootCMS-like county portal, utf-8, byline as <ul><li>
    i = c["inj"]
    lis = [f"<li>时间：{c['date_time']}</li>"]
    if c["source"]:
        lis.append(f"<li>来源：{c['source_shown']}</li>")
    if c["author"]:
        lis.append(f"<li>编辑：{c['author']}</li>")
    lis.append(f"<li>浏览：<em>{c['views']}</em></li>")
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{i.get('head','')}<title>{c['title_tag']}</title>
<meta name="keywords" content="{c['keywords']}">
<link rel="stylesheet" href="/template/default/css/bootstrap.min.css">
<link rel="stylesheet" href="/template/default/css/aoyun.css?v=v1.3.5">
</head>
<body>{i.get('body_top','')}
<div class="head-top"><div class="container">欢迎访问{c['sitename']}！今天是<span id="today"></span></div></div>
<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/"><img src="/static/upload/image/logo.png" alt="{c['sitename']}"></a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">首页</a></li><li class="nav-item"><a class="nav-link" href="/?list_8/">要闻动态</a></li><li class="nav-item"><a class="nav-link" href="/?list_9/">乡镇信息</a></li><li class="nav-item"><a class="nav-link" href="/?list_10/">公示公告</a></li></ul></div></nav>
<div class="container pages">
<div class="position">当前位置：<a href="/">首页</a>&gt;<a href="/?list_8/">{c['column']}</a>{i.get('crumb','')}</div>
<h2 class="text-center fs-sm-28 fs-20 mt-3">{c['h1']}</h2>
<div class="text-center border-bottom text-secondary pb-2 mb-3"><ul class="list-inline">{''.join(lis)}</ul></div>
<div class="content">
{c['body']}
</div>
{i.get('after_article','')}
<div class="text-secondary lh-2"><p>上一篇：<a href="#">{c['prev']}</a></p><p>下一篇：<a href="#">{c['next']}</a></p></div>
</div>
<div class="footer mt-3 pt-3 border-top text-center text-secondary small">{i.get('footer','')}<p>Copyright © 2024 {c['sitename']} All Rights Reserved.</p><p><a href="https://beian.miit.gov.cn/">{c['icp']}</a></p></div>
{i.get('body_end','')}</body>
</html>
"""


def T_xxgk(c):  # information-disclosure page with 索引号 table, utf-8
    i = c["inj"]
    src = c['source_shown'] if c['source'] else ''
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{i.get('head','')}<title>{c['title_tag']}</title>
<link rel="stylesheet" type="text/css" href="/xxgk/css/gk.css">
</head>
<body>{i.get('body_top','')}
<div class="gk-head"><div class="w1200"><span class="logo">{c['sitename']}</span><span class="sub">政府信息公开</span></div></div>
<div class="w1200 gk-body">
<div class="gk-left"><div class="lm">公开目录</div><ul><li><a href="#">机构职能</a></li><li><a href="#">政策文件</a></li><li><a href="#">工作动态</a></li><li><a href="#">财政信息</a></li></ul></div>
<div class="gk-right">
<table class="gk-meta" cellpadding="0" cellspacing="0">
<tr><th>索 引 号：</th><td>{c['syh']}</td><th>主题分类：</th><td>{c['column']}</td></tr>
<tr><th>发布机构：</th><td>{src}</td><th>成文日期：</th><td>{c['date']}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{c['title']}</td></tr>
<tr><th>文　　号：</th><td></td><th>发布日期：</th><td>{c['date']}</td></tr>
</table>
<div class="gk-title">{c['h1']}</div>
<div class="gk-content" id="Zoom">
{c['body']}
{('<p class="auth">（责任编辑：' + c['author'] + '）</p>') if c['author'] else ''}
</div>
{i.get('after_article','')}
</div></div>
<div class="gk-foot">{i.get('footer','')}<p>{c['sitename']}主办　{c['icp']}　网站标识码：{c['bsm']}</p></div>
{i.get('body_end','')}</body>
</html>
"""


def T_mobile(c):  # mobile-first WeChat-like repost page, utf-8, byline in one <p>
    i = c["inj"]
    parts = [c['date']]
    if c['source']:
        parts.append(c['source_shown'])
    if c['author']:
        parts.append(f"文/{c['author']}")
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
{i.get('head','')}<title>{c['title_tag']}</title>
<style>body{{margin:0;font-size:16px}}.art{{padding:12px}}.m-meta{{color:#999;font-size:13px}}</style>
</head>
<body>{i.get('body_top','')}
<header class="m-bar"><a class="back" href="javascript:history.back()">‹</a><span>{c['sitename']}</span><a class="menu" href="/m/">☰</a></header>
<article class="art">
<h1 class="m-title">{c['h1']}</h1>
<p class="m-meta">{' &middot; '.join(parts)} &middot; <span class="rd">阅读 {c['views']}</span></p>
<section class="m-content">
{c['body']}
</section>
{i.get('after_article','')}
</article>
<footer class="m-foot">{i.get('footer','')}<p>{c['sitename']} · {c['icp']}</p><p><a href="/?pc=1">电脑版</a></p></footer>
{i.get('body_end','')}</body>
</html>
"""


TEMPLATES = {"k30_jcms": (T_jcms, "gb18030"), "k30_metinfo": (T_metinfo, "gbk"), "k30_zblog": (T_zblog, "utf-8"),
             "k30_pboot": (T_pboot, "utf-8"), "k30_xxgk": (T_xxgk, "utf-8"), "k30_mobile": (T_mobile, "utf-8")}

# ---------------------------------------------------------------- injections
# each returns (inj dict of slot->html, form name, spam_strings, title_tag override fn or None, h1 override, source override)


def inj_hidden_div(brand, url, where="footer"):
    html = (f'<div style="position:absolute;top:-9999px;left:-9999px;overflow:hidden">'
            f'<a href="{url}">{brand[0]}</a> <a href="{url}/reg">{brand[1]}</a> <a href="{url}/app">{brand[0]}官方网站</a></div>')
    return {where: html}, "hidden-offscreen-link-block", [brand[0], brand[1]]


def inj_docwrite(brand, url):
    js = (f'<script type="text/javascript">document.write(\'<div style="display:none"><a href="{url}" target="_blank">{brand[0]}</a>'
          f'|<a href="{url}/m">{brand[1]}</a></div>\');</script>')
    return {"body_end": js}, "document-write-hidden-links", [brand[0], brand[1]]


def inj_hexwrite(brand, url):
    payload = f'<p style="text-align:center"><a href="{url}">{brand[0]}</a> {brand[1]}</p>'
    hx = "".join("\\u%04x" % ord(ch) if ord(ch) > 127 else "\\x%02x" % ord(ch) for ch in payload)
    js = f'<script>var _k30=["{hx}"];document["write"](_k30[0]);</script>'
    return {"after_article": js}, "hex-escaped-document-write", [brand[0], brand[1]]


def inj_ref_cloak(brand, url):
    js = ('<script type="text/javascript">(function(){var r=document.referrer.toLowerCase();'
          'var s=["baidu","sogou","so.com","sm.cn","bing"];for(var i=0;i<s.length;i++){if(r.indexOf(s[i])>-1){'
          f'window.location.href="{url}/?from="+s[i];break;}}}}}})();</script>')
    head = f'<meta name="keywords" content="{brand[0]},{brand[1]}">\n'
    return {"head": head + js + "\n"}, "referrer-cloak-redirect", [brand[0], brand[1]]


def inj_ua_cloak(brand, url):
    js = ('<script>if(/baiduspider|sogou|360spider|yisouspider/i.test(navigator.userAgent)){'
          f'document.write("<h2>{brand[0]}——{brand[1]}</h2><a href=\\"{url}\\">{brand[0]}</a>");}}</script>')
    return {"body_top": js}, "ua-cloak-document-write", [brand[0], brand[1]]


def inj_meta_refresh(brand, url):
    return {"head": f'<meta http-equiv="refresh" content="0;url={url}/?k30">\n'}, "meta-refresh-redirect", [brand[0]]


def inj_friend_links(brand, url, others):
    items = "".join(f'<a href="{url}/{k}" target="_blank">{b}</a> ' for k, b in enumerate([brand[0]] + others))
    return {"footer": f'<div class="yqlj"><span>友情链接：</span>{items}</div>'}, "sold-friend-links", [brand[0]] + others


def inj_credit(brand, url):
    return {"footer": f'<p class="jszc">技术支持：<a href="{url}">{brand[0]}</a></p>'}, "footer-brand-credit", [brand[0]]


def inj_porn_line(line):
    return {"body_top": f'<div class="kw" style="font-size:12px">{line}</div>'}, "porn-keyword-line-top", [line]


def inj_marquee(brand, url):
    return {"after_article": f'<marquee scrollamount="2" width="1" height="1"><a href="{url}">{brand[0]}</a> <a href="{url}">{brand[1]}</a></marquee>'}, "tiny-marquee-links", [brand[0], brand[1]]


def inj_iframe_plus_title(brand, url):
    return {"body_end": f'<iframe src="{url}/k.html" width="0" height="0" frameborder="0" style="display:none"></iframe>'}, "hidden-iframe+spam-title-prefix", [brand[0], brand[1]]


def inj_bracket_js(brand, url):
    js = (f'<script>window["doc"+"ument"]["wr"+"ite"]("<div id=\\"k30\\" style=\\"height:0;overflow:hidden\\">'
          f'<a href=\\"{url}\\">{brand[0]}</a><a href=\\"{url}\\">{brand[1]}</a></div>");</script>')
    return {"footer": js}, "bracket-notation-js-write", [brand[0], brand[1]]


def inj_crumb(brand, url):
    return {"crumb": f' &gt; <a href="{url}">{brand[0]}</a>'}, "spam-breadcrumb", [brand[0]]


def inj_body_line(brand, url):
    return {"after_article": f'<p class="tj"><a href="{url}">{brand[1]}</a>，{brand[0]}官方推荐</p>'}, "spam-body-line-after-article", [brand[0], brand[1]]


# ---------------------------------------------------------------- generation

def fill(rng, pat, place, dept, person, y):
    u = "县" if place.endswith("县") else ("区" if place.endswith("区") else ("市" if place.endswith("市") else "镇"))
    mo = rng.randint(1, 11)
    da = rng.randint(1, 24)
    return pat.format(p=place, d=dept, x=person, y=y, u=u, mo=mo, da=da, da2=da + 2,
                      n1=rng.randint(120, 980), n2=rng.randint(12, 96), n3=rng.randint(3, 9))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


DEPTS = ["县农业农村局", "区住房和城乡建设局", "市人力资源和社会保障局", "县水利局", "县应急管理局", "区文化和旅游局",
         "县人民武装部", "市场监督管理局", "区委宣传部", "镇人民政府", "县教育局", "区发展和改革局", "县卫生健康局"]
COLUMNS = ["工作动态", "部门动态", "乡镇动态", "通知公告", "政务要闻"]


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    sites = [  # host, sitename, template, place, brand key, injection maker
        ("www.chengjiang-xian.gov.cn", "澄江县人民政府", "k30_jcms", "澄江县", "A", "hidden"),
        ("www.wxzj.edu.cn", "梧溪职业技术学校", "k30_metinfo", "梧溪区", "B", "docwrite"),
        ("nync.shiling.gov.cn", "石岭县农业农村局", "k30_zblog", "石岭县", "C", "refcloak"),
        ("www.songyuanqu.gov.cn", "松垣区人民政府", "k30_pboot", "松垣区", "D", "hexwrite"),
    ]
    singles_tpl = ["k30_xxgk", "k30_mobile", "k30_jcms", "k30_metinfo", "k30_zblog", "k30_pboot"]
    single_hosts = ["www.linpu.gov.cn", "m.bsw-zhen.gov.cn", "www.luyuan.gov.cn", "jyj.lingdong.gov.cn",
                    "www.tlpx.gov.cn", "xxgk.qingwei.gov.cn", "www.lpzx2.edu.cn", "m.lingdongqu.gov.cn",
                    "www.shilingzz.edu.cn", "rsj.linpu.gov.cn", "www.bswxx.edu.cn", "slj.luyuan.gov.cn",
                    "www.cjyz.edu.cn", "wlj.songyuan-qu.gov.cn", "m.wuxi-qu.gov.cn", "www.qwzx.edu.cn",
                    "gaj.chengjiang-xian.gov.cn", "czj.luyuan.gov.cn", "m.tlpxgaj.gov.cn", "www.lingdong-gaj.gov.cn"]
    single_forms = ["metarefresh", "porn", "friend", "credit", "uacloak", "marquee", "iframe_title", "bracket",
                    "crumb", "bodyline", "title_stuff", "spamsource", "hidden", "docwrite", "porn2", "h1prefix"]
    pages = []
    topic_order = list(range(len(TOPICS)))
    rng.shuffle(topic_order)
    tcount = [0]

    def next_topic():
        t = TOPICS[topic_order[tcount[0] % len(TOPICS)]]
        tcount[0] += 1
        return t

    n = 0
    for si, (host, sname, tpl, place, bk, form) in enumerate(sites):
        for k in range(5):
            hij = k in (0, 2, 3)
            pages.append(dict(host=host, sitename=sname, tpl=tpl, place=place, brand=BR[bk], form=form if hij else None,
                              topic=next_topic(), legit=False, site=True))
    li = 0
    for j in range(20):
        host = single_hosts[j]
        tpl = singles_tpl[j % 6]
        place = PLACES[j % len(PLACES)]
        sname = (place + "人民政府") if ".gov." in host else (place + "第二中学")
        if j in (4, 9, 14, 19):
            pages.append(dict(host=host, sitename=sname, tpl=tpl, place=place, brand=None, form=None,
                              topic=LEGIT[li], legit=True, site=False))
            li += 1
        else:
            f = single_forms[len([p for p in pages if not p["site"] and p["form"]])]
            b = SINGLE_BRANDS[len([p for p in pages if not p["site"] and p["form"]])]
            pages.append(dict(host=host, sitename=sname, tpl=tpl, place=place, brand=[b, b + "官网"], form=f,
                              topic=next_topic(), legit=False, site=False))
    truths = []
    for idx, p in enumerate(pages, 1):
        pid = f"syn30-{idx:03d}"
        y = rng.choice([2022, 2023, 2024])
        person = rng.choice(SURN) + rng.choice(GIVEN)
        author = rng.choice(SURN) + rng.choice(GIVEN) if rng.random() < 0.7 else None
        dept = p["place"] + rng.choice(DEPTS)[1:]
        source = dept if rng.random() < 0.8 else None
        tpat, paras = p["topic"]
        title = fill(rng, tpat, p["place"], dept, person, y)
        ptxt = [fill(rng, q, p["place"], dept, person, y) for q in paras]
        mo, da = rng.randint(1, 12), rng.randint(1, 28)
        date = f"{y}-{mo:02d}-{da:02d}"
        wid = rng.randint(10, 99)
        spam_url = "https://" + "".join(rng.choice("abcdefghkmnpqrstwxyz") for _ in range(6)) + rng.choice([".com", ".vip", ".cc", ".net"])
        if p["site"]:
            srng = random.Random(p["host"])
            spam_url = "https://" + "".join(srng.choice("abcdefghkmnpqrstwxyz") for _ in range(7)) + ".vip"
        c = dict(title=title, date=date, date_cn=f"{y}年{mo}月{da}日", date_time=f"{date} {rng.randint(8,18):02d}:{rng.randint(0,59):02d}:{rng.randint(0,59):02d}",
                 source=source, source_shown=source, author=author, views=rng.randint(35, 4800), sitename=p["sitename"],
                 wid=wid, column=rng.choice(COLUMNS), place=p["place"], bsm=str(rng.randint(3300000000, 5399999999)),
                 icp=f"{rng.choice('浙苏皖赣湘鄂豫川黔滇')}ICP备{rng.randint(10000000, 29999999)}号",
                 base=f"http://{p['host']}", prev=fill(rng, next_topic()[0], p["place"], dept, person, y),
                 next=fill(rng, TOPICS[idx % len(TOPICS)][0], p["place"], dept, person, y),
                 keywords=p["sitename"] + "," + c_kw(title), syh=f"{rng.randint(11330000,11539999)}X/{y}-{rng.randint(10000,99999):05d}",
                 title_tag=f"{title}_{p['sitename']}", h1=esc(title))
        c["body"] = "\n".join(f"<p style=\"text-indent:2em\">{esc(t)}</p>" for t in ptxt)
        inj, form, spam = {}, None, []
        b = p["brand"]
        f = p["form"]
        if f == "hidden":
            inj, form, spam = inj_hidden_div(b, spam_url, "footer" if p["site"] else "after_article")
        elif f == "docwrite":
            inj, form, spam = inj_docwrite(b, spam_url)
        elif f == "refcloak":
            inj, form, spam = inj_ref_cloak(b, spam_url)
        elif f == "hexwrite":
            inj, form, spam = inj_hexwrite(b, spam_url)
        elif f == "metarefresh":
            inj, form, spam = inj_meta_refresh(b, spam_url)
            c["title_tag"] = f"{b[0]}-{title}"
        elif f in ("porn", "porn2"):
            line = PORN[0] if f == "porn" else PORN[1]
            inj, form, spam = inj_porn_line(line)
        elif f == "friend":
            others = [SINGLE_BRANDS[-1], SINGLE_BRANDS[-2]]
            inj, form, spam = inj_friend_links(b, spam_url, others)
        elif f == "credit":
            inj, form, spam = inj_credit(b, spam_url)
        elif f == "uacloak":
            inj, form, spam = inj_ua_cloak(b, spam_url)
        elif f == "marquee":
            inj, form, spam = inj_marquee(b, spam_url)
        elif f == "iframe_title":
            inj, form, spam = inj_iframe_plus_title(b, spam_url)
            c["title_tag"] = f"{b[1]}_{b[0]}_{title}"
        elif f == "bracket":
            inj, form, spam = inj_bracket_js(b, spam_url)
        elif f == "crumb":
            inj, form, spam = inj_crumb(b, spam_url)
        elif f == "bodyline":
            inj, form, spam = inj_body_line(b, spam_url)
        elif f == "title_stuff":
            form, spam = "keyword-stuffed-title", [b[0], b[1]]
            c["title_tag"] = f"{b[0]}_{b[1]}_{b[0]}手机版_{b[0]}网址_{title}"
        elif f == "spamsource":
            form, spam = "spam-source-field", [b[0]]
            c["source_shown"] = b[0] if source else None
            if not source:
                c["source"] = "x"
                c["source_shown"] = b[0]
            source = None
        elif f == "h1prefix":
            form, spam = "headline-brand-prefix", [b[0]]
            c["h1"] = f"{b[0]}：" + esc(title)
            c["title_tag"] = f"{b[0]}：{title}"
        c["inj"] = inj
        fn, enc = TEMPLATES[p["tpl"]]
        html = fn(c)
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as fh:
            fh.write(html.encode(enc))
        path = "/".join(["art", str(y), f"{mo:02d}{da:02d}", f"art_{wid}{idx:03d}.html"])
        truths.append(dict(id=pid, url=f"http://{p['host']}/{path}", title=title, date=date, source=source,
                           author=author, text="\n".join(ptxt), hijacked=bool(form), injections=[form] if form else [],
                           spam_strings=spam, legit=p["legit"], lang="zh", origin="synthetic:make_set.py",
                           kind="synthetic", site=p["host"], capture="html", encoding=enc, template=p["tpl"]))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truths:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")


def c_kw(title):
    return title[:6]


if __name__ == "__main__":
    main()
