# -*- coding: utf-8 -*-
"""v38 synthetic set: 40 gov/edu pages (28 hijacked, 12 clean of which 4 legit) in 6 CMS templates.

  4 sites x 5 pages (one template per site, 2-3 hijacked pages sharing one injection, the rest clean;
  truth `site` = the site's host) + 20 single pages. Fixed seed; a re-run writes the same bytes.

Templates (families no dev generator used):
  S1 SupeSite/UCHome-style county portal   (GBK)
  A2 AnqiCMS-style college site            (UTF-8)
  P3 PHPOK-style township 信息公开 page    (GB18030)
  Z4 ZenTao-Chanzhi(蝉知)-style news site (UTF-8)
  C5 CMS Made Simple-style bureau site     (UTF-8)
  M6 Mambo-1.x-style table layout          (UTF-8)
Injection forms are modelled on real-cases-v38 (porn keyword line, hidden empty tags, brand substituted for
the unit's name, betting brand as site name/<title>, keyword spliced into a headline, PHP warning debris,
whole-page copies on unrelated hosts) plus the usual sold-link/hidden-link/document.write/meta-refresh forms.

Usage: python make_set.py OUT_DIR      (writes OUT_DIR/html/<id>.html and OUT_DIR/truth.jsonl)
"""
import html
import json
import os
import random
import sys

SEED = 38
E = html.escape

# ---------------------------------------------------------------- invented strings (checked against dev)
BRANDS = ["鸿禧真人馆", "旭腾体育", "嘉禾彩讯网", "宸瑞国际", "昆仑棋牌城", "岚山电竞", "榕湾娱乐城", "泰和博彩",
          "瑞丰娱乐网", "锦绣真人", "盛唐体育", "富源棋牌", "银川湾娱乐", "恒丰彩讯", "御龙娱乐", "凤鸣体育",
          "龙腾彩票网", "海蓝真人", "腾云竞技", "紫金娱乐", "天朗体育", "隆兴棋牌", "祥云娱乐城", "宝鼎真人",
          "翡翠湾娱乐", "帝豪棋牌", "君临体育", "梧桐真人", "琼华娱乐", "苍穹体育", "乾坤棋牌"]
PORN = ["成人夜场视频", "午间私密影院", "少妇私拍合集", "熟女视频专区", "免费大片在线播放", "欧美激情影视",
        "日韩情色电影", "夜色撩人视频", "私人影院免费看", "美女直播秀场", "福利姬合集", "两性影院",
        "情趣直播间", "丝袜美腿视频", "成人漫画免费", "黄色小说网", "激情小说在线"]

# ---------------------------------------------------------------- article material
PEOPLE = ["张建国", "李红梅", "王志强", "刘晓燕", "陈立新", "杨文华", "赵国平", "黄海涛", "周丽娟", "吴宏伟",
          "徐春生", "孙雅琴", "马晓东", "朱红霞", "胡建军", "郭敏", "何振宇", "高玉兰", "林秀珍", "罗志刚"]
GOV_TOPICS = [
    ("召开森林防火工作推进会", "森林防火", ["各乡镇分管负责同志", "县应急管理局、县林业局相关人员"],
     ["会议通报了今冬明春森林防火形势", "部署了重点时段野外用火管控和巡山护林工作"],
     ["压紧压实林长责任", "加强野外火源管控", "做好扑火物资储备"]),
    ("开展农村饮水安全专项排查", "农村饮水安全", ["县水利局技术人员", "各村饮水工程管护员"],
     ["对全县集中供水工程逐一进行了水质检测", "对管网漏损和水源地保护情况进行了现场核查"],
     ["建立问题清单", "落实管护经费", "确保群众喝上放心水"]),
    ("举办高素质农民培训班", "农民培训", ["各村种养大户", "家庭农场负责人"],
     ["邀请农技专家围绕设施蔬菜栽培、病虫害绿色防控等内容进行授课", "组织学员到示范基地进行现场观摩"],
     ["把课堂搬到田间地头", "提高农民科学种养水平", "带动更多群众增收致富"]),
    ("召开安全生产工作例会", "安全生产", ["县直有关部门负责人", "重点企业安全管理人员"],
     ["会议传达了上级关于安全生产工作的部署要求", "通报了近期安全生产检查中发现的问题"],
     ["紧盯重点行业领域", "强化隐患排查整治", "坚决遏制各类事故发生"]),
    ("推进城乡环境卫生整治", "环境卫生整治", ["各乡镇环卫所负责人", "县城市管理局执法人员"],
     ["对主次干道、背街小巷和农贸市场周边进行了集中清理", "清运各类垃圾杂物"],
     ["建立长效保洁机制", "发动群众共同参与", "巩固整治成果"]),
    ("开展就业援助月活动", "就业援助", ["县人力资源和社会保障局工作人员", "辖区企业招聘代表"],
     ["在县人力资源市场举办专场招聘会", "为就业困难人员提供岗位推荐和政策咨询"],
     ["精准对接用工需求", "落实就业补贴政策", "帮助困难群众实现稳定就业"]),
    ("召开河长制工作推进会", "河长制", ["县级河长联系部门负责人", "各乡镇河长办主任"],
     ["会议总结了上半年河湖长制工作", "对河道清四乱、水质监测等工作作出安排"],
     ["加强日常巡河", "严厉打击非法采砂", "推动河湖面貌持续改善"]),
    ("开展老年人防诈骗宣传进社区活动", "防诈骗宣传", ["社区网格员", "派出所民警"],
     ["通过发放宣传册、现场讲解典型案例等方式", "向辖区老年人普及防范电信网络诈骗知识"],
     ["守好老年人的钱袋子", "提高群众识骗防骗能力", "营造平安和谐的社区环境"]),
    ("组织开展秋粮收购政策宣传", "秋粮收购", ["县发展和改革局工作人员", "粮食收储企业负责人"],
     ["深入各村讲解最低收购价政策", "公布收购网点和咨询电话"],
     ["做到应收尽收", "不让农民卖粮难", "保护种粮农民利益"]),
    ("召开农村集体经济发展座谈会", "集体经济", ["各村党组织书记", "县农业农村局相关科室负责人"],
     ["与会人员交流了发展壮大村级集体经济的做法", "分析了存在的困难和问题"],
     ["因村施策盘活资源", "培育特色产业", "不断增强村级造血功能"]),
    ("开展汛前地质灾害隐患点巡查", "地质灾害防治", ["县自然资源局技术人员", "乡镇监测员"],
     ["对辖区内地质灾害隐患点逐一进行了实地巡查", "更新了隐患点防灾明白卡"],
     ["落实群测群防责任", "做好汛期值班值守", "确保人民群众生命财产安全"]),
    ("举行新时代文明实践志愿服务集中活动", "志愿服务", ["各新时代文明实践站志愿者", "机关党员干部"],
     ["开展了义诊、政策宣讲、理发、家电维修等志愿服务", "为群众办实事解难题"],
     ["推动志愿服务常态化", "打通宣传群众服务群众最后一公里", "弘扬文明新风"]),
]
EDU_TOPICS = [
    ("举办2024年教学能力比赛", "教学能力比赛", ["各二级学院教师代表", "教务处工作人员"],
     ["参赛教师围绕课程设计、课堂实录和现场答辩展开角逐", "评委从教学理念、教学实施和教学效果等方面进行评分"],
     ["以赛促教、以赛促改", "提升教师信息化教学水平", "推动课堂教学改革"]),
    ("召开学生工作推进会", "学生工作", ["各学院党委副书记", "辅导员代表"],
     ["会议总结了上学期学生教育管理工作", "部署了新学期学风建设和心理健康教育工作"],
     ["坚持立德树人", "加强学生日常管理", "做好家校沟通"]),
    ("开展实验室安全专项检查", "实验室安全", ["实验室与设备管理处工作人员", "各学院实验中心负责人"],
     ["检查组对危险化学品存放、用电安全和消防设施配备情况进行了检查", "查阅了安全检查台账"],
     ["落实实验室安全责任", "及时整改安全隐患", "保障教学科研活动顺利开展"]),
    ("举行校园招聘会", "校园招聘", ["来自省内外的用人单位", "应届毕业生"],
     ["招聘会提供了智能制造、电子信息、现代服务等领域的岗位", "现场设置了就业政策咨询台"],
     ["搭建供需对接平台", "拓宽毕业生就业渠道", "促进毕业生高质量就业"]),
    ("举办第十届大学生科技文化节", "科技文化节", ["各学院学生代表", "校团委工作人员"],
     ["科技文化节设置了创新创业大赛、科普展览、学术讲座等活动", "吸引了众多师生参与"],
     ["营造崇尚科学的校园氛围", "激发学生创新热情", "提升学生综合素质"]),
    ("召开教材建设工作会议", "教材建设", ["各专业负责人", "教材选用委员会成员"],
     ["会议解读了教材管理有关规定", "交流了校本教材编写经验"],
     ["严把教材选用关", "鼓励编写特色教材", "服务人才培养"]),
    ("开展新生入学教育", "入学教育", ["全体新生", "各学院辅导员"],
     ["入学教育包括校史校情教育、安全教育、心理健康测评等内容", "帮助新生尽快适应大学生活"],
     ["系好人生第一粒扣子", "明确学习目标", "做好学业规划"]),
    ("举行图书馆读书月启动仪式", "读书月", ["图书馆工作人员", "学生读者代表"],
     ["本届读书月将开展经典诵读、好书推荐、阅读打卡等系列活动", "持续至月底"],
     ["倡导全民阅读", "建设书香校园", "引导学生多读书读好书"]),
    ("组织教职工开展健步走活动", "健步走", ["校工会会员", "各部门教职工"],
     ["参加活动的教职工沿校园环线步行约五公里", "活动现场气氛热烈"],
     ["倡导健康生活方式", "增强教职工体质", "增进部门间交流"]),
    ("开展毕业生离校服务工作", "离校服务", ["学生工作部工作人员", "后勤服务中心人员"],
     ["设立一站式离校服务大厅", "集中办理档案转递、户口迁移等手续"],
     ["让毕业生少跑腿", "做好离校服务保障", "温暖送别毕业生"]),
    ("举办职业技能竞赛", "技能竞赛", ["各专业学生选手", "企业技术专家"],
     ["竞赛设置数控加工、电气安装、网络布线等赛项", "由企业专家担任裁判"],
     ["以赛促学、以赛促训", "检验实践教学成果", "培养高素质技术技能人才"]),
    ("召开教代会代表提案征集动员会", "提案征集", ["教代会代表", "工会委员"],
     ["会议对提案征集的范围、要求和时间节点作了说明", "代表们围绕学校发展建言献策"],
     ["发挥民主管理作用", "提高提案质量", "推动学校事业发展"]),
]
LEGIT_TOPICS = [
    ("关于开展打击网络赌博违法犯罪专项宣传的通知", "gov",
     ["为深入贯彻落实上级关于打击治理跨境赌博工作部署,进一步增强群众识赌防赌拒赌意识,经研究,决定在全县范围内开展打击网络赌博违法犯罪专项宣传活动。",
      "各乡镇、各部门要通过村村响广播、微信群、宣传栏等渠道,广泛宣传网络赌博的危害和相关法律法规,揭露网络赌博“十赌九骗”的本质。",
      "对宣传中发现的涉赌线索,要及时向公安机关报告。县公安局举报电话:0000-1234567。"]),
    ("福利彩票公益金资助项目公示", "gov",
     ["根据《彩票管理条例》《彩票公益金管理办法》有关规定,现将2024年度本级福利彩票公益金资助项目情况予以公示。",
      "本年度福利彩票公益金共资助项目6个,主要用于农村互助幸福院运营补助、困难残疾人康复辅具配置、社区儿童之家建设等。",
      "公示期为7个工作日。如有异议,请在公示期内向县民政局反映。"]),
    ("学院开展防范网络赌博主题教育活动", "edu",
     ["为帮助学生认清网络赌博的危害,筑牢校园安全防线,学院近日开展防范网络赌博主题教育活动,邀请辖区派出所民警走进课堂。",
      "民警结合近年来大学生参与网络赌博、出租出借银行卡被追究刑事责任的真实案例,讲解了网络赌博的常见形式和诱骗手段。",
      "学院将把防范网络赌博教育纳入日常安全教育,引导学生远离赌博,珍惜大学时光。"]),
    ("体育彩票公益金支持全民健身设施建设", "gov",
     ["今年以来,镇里利用体育彩票公益金新建和更新了一批全民健身设施,包括3处健身路径、2块笼式足球场和1个门球场。",
      "体育彩票公益金“来之于民、用之于民”,已成为支持基层全民健身事业的重要资金来源。",
      "镇文化站将加强设施日常管护,定期开展安全检查,让群众在家门口就能享受便利的健身服务。"]),
]


def paragraphs(rng, topic, place, unit, date_cn):
    title, key, who, did, aims = topic
    a, b = rng.sample(who, 2)
    p1 = f"{date_cn},{unit}{title}。{a}、{b}等参加{ '会议' if '会' in title else '活动'}。"
    p2 = f"{did[0]},{did[1]}。{place}现场秩序井然,各项工作有序推进。"
    p3 = f"{rng.choice(PEOPLE)}在讲话中指出,做好{key}工作事关群众切身利益,要{aims[0]},{aims[1]},{aims[2]}。"
    p4 = f"下一步,{unit}将以此次{ '会议' if '会' in title else '活动'}为契机,持续抓好{key}各项工作,确保取得实效。"
    return [p1, p2, p3, p4]


# ---------------------------------------------------------------- templates
def t_s1(pg):
    """SupeSite-style county portal, GBK, table-ish header, byline block 'xspace-'."""
    o = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml">', "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />',
         f"<title>{E(pg['head_title'])}</title>",
         '<meta name="generator" content="SupeSite 7.5" />',
         '<link rel="stylesheet" type="text/css" href="templates/default/css/common.css" />',
         pg.get("head_extra", ""), "</head>", "<body>", pg.get("body_top", ""),
         '<div id="header"><div class="headerbox">',
         f'<h2 id="logo"><a href="index.php">{E(pg["site_name"])}</a></h2>',
         '<ul id="topmenu">' + "".join(f'<li><a href="channel.php?id={i}">{E(n)}</a></li>' for i, n in enumerate(pg["nav"], 1)) + "</ul>",
         "</div></div>", '<div id="wrap">',
         f'<div id="path">您的位置:<a href="index.php">首页</a> &gt;&gt; <a href="#">{E(pg["column"])}</a> &gt;&gt; 正文</div>',
         '<div id="xspace-showmessage" class="xspace-showmessage">',
         f'<h1 class="xspace-title">{E(pg["shown_title"])}</h1>' if pg["shown_title"] else "",
         f'<p class="xspace-smalltxt">{pg["byline_html"]}</p>',
         '<div id="articlebody" class="xspace-itemmessage">', pg["body_html"], "</div>",
         pg.get("after_body", ""),
         '<div class="xspace-itemlink">上一篇:<a href="#">返回列表</a></div>', "</div></div>",
         f'<div id="footer"><p>{E(pg["footer"])}</p>{pg.get("footer_extra", "")}</div>',
         pg.get("body_end", ""), "</body>", "</html>"]
    return o


def t_a2(pg):
    """AnqiCMS-style college site, UTF-8, <article> with meta spans and <time>."""
    o = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         f"<title>{E(pg['head_title'])}</title>",
         '<meta name="viewport" content="width=device-width,initial-scale=1">',
         '<link href="/static/default/css/main.css" rel="stylesheet">', pg.get("head_extra", ""), "</head>",
         '<body class="layout-archive">', pg.get("body_top", ""),
         '<header class="site-header"><div class="container">',
         f'<a class="site-logo" href="/"><img src="/uploads/logo.png" alt="{E(pg["site_name"])}"><span>{E(pg["site_name"])}</span></a>',
         '<nav class="main-nav"><ul>' + "".join(f'<li><a href="/{i}.html">{E(n)}</a></li>' for i, n in enumerate(pg["nav"], 1)) + "</ul></nav>",
         "</div></header>", '<main class="container archive-detail">',
         f'<div class="breadcrumb"><a href="/">首页</a> / <a href="#">{E(pg["column"])}</a> / 正文</div>',
         '<article class="archive">',
         f'<h1 class="archive-title">{E(pg["shown_title"])}</h1>' if pg["shown_title"] else "",
         f'<div class="archive-meta">{pg["byline_html"]}</div>',
         '<div class="archive-content">', pg["body_html"], "</div>", pg.get("after_body", ""),
         '<div class="archive-prenext"><span>上一篇:无</span><span>下一篇:无</span></div>',
         "</article></main>",
         f'<footer class="site-footer"><div class="container"><p>{E(pg["footer"])}</p>{pg.get("footer_extra", "")}</div></footer>',
         pg.get("body_end", ""), "</body>", "</html>"]
    return o


def t_p3(pg):
    """PHPOK-style township 信息公开 page, GB18030, metadata table + body."""
    o = ['<!DOCTYPE html>', '<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=gb18030">',
         f"<title>{E(pg['head_title'])}</title>", '<meta name="author" content="phpok.com">',
         '<link rel="stylesheet" href="tpl/www/css/style.css">', pg.get("head_extra", ""), '</head>', '<body>',
         pg.get("body_top", ""),
         f'<div class="top"><div class="logo">{E(pg["site_name"])}</div>',
         '<div class="menu">' + " | ".join(f'<a href="index.php?id={i}">{E(n)}</a>' for i, n in enumerate(pg["nav"], 1)) + "</div></div>",
         f'<div class="position">当前位置:<a href="index.php">首页</a> &raquo; {E(pg["column"])} &raquo; 详细内容</div>',
         '<div class="main"><table class="xxgk-meta" cellspacing="0" cellpadding="4" border="1">', pg["meta_table"], "</table>",
         f'<h1 class="content-title">{E(pg["shown_title"])}</h1>' if pg["shown_title"] else "",
         f'<div class="content-info">{pg["byline_html"]}</div>',
         '<div class="content" id="content">', pg["body_html"], "</div>", pg.get("after_body", ""),
         '<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>',
         "</div>", f'<div class="foot">{E(pg["footer"])}{pg.get("footer_extra", "")}</div>', pg.get("body_end", ""),
         "</body>", "</html>"]
    return o


def t_z4(pg):
    """Chanzhi(蝉知)-style news site, UTF-8, 'article-detail' panel with dl info."""
    o = ["<!DOCTYPE html>", "<html lang='zh-cn'>", "<head>", "<meta charset='utf-8'>",
         "<meta http-equiv='X-UA-Compatible' content='IE=edge'>", f"<title>{E(pg['head_title'])}</title>",
         "<meta name='generator' content='chanzhiEPS 7.7'>", "<link rel='stylesheet' href='/theme/default/default/all.css' type='text/css' media='screen' />",
         pg.get("head_extra", ""), "</head>", "<body>", pg.get("body_top", ""),
         "<div class='page-container'><header id='header'>",
         f"<div id='headTitle'><div class='wrapper'><a id='siteTitle' href='/'>{E(pg['site_name'])}</a></div></div>",
         "<nav id='navbar' class='navbar'><ul class='nav navbar-nav'>" + "".join(f"<li><a href='/article/c{i}.html'>{E(n)}</a></li>" for i, n in enumerate(pg['nav'], 1)) + "</ul></nav>",
         "</header><div class='page-wrapper'><div class='page-content'>",
         f"<ul class='breadcrumb'><li><a href='/'>首页</a></li><li><a href='#'>{E(pg['column'])}</a></li></ul>",
         "<div class='article' id='article'><header>",
         f"<h1>{E(pg['shown_title'])}</h1>" if pg["shown_title"] else "",
         f"<dl class='dl-inline'>{pg['byline_html']}</dl>", "</header>",
         "<section class='article-content'>", pg["body_html"], "</section>", pg.get("after_body", ""),
         "<footer><p class='keywords'>关键词: 工作动态</p></footer></div>",
         "</div></div>", f"<footer id='footer'><div class='wrapper'>{E(pg['footer'])}{pg.get('footer_extra', '')}</div></footer></div>",
         pg.get("body_end", ""), "</body>", "</html>"]
    return o


def t_c5(pg):
    """CMS Made Simple-style bureau site, UTF-8, div#content with NewsSummary/NewsDetail classes."""
    o = ['<!DOCTYPE html>', '<html lang="zh-CN">', "<head>", '<meta charset="utf-8" />',
         f"<title>{E(pg['head_title'])}</title>", '<meta name="Generator" content="CMS Made Simple - Copyright (C) 2004-2023. All rights reserved." />',
         '<base href="/" />', '<link rel="stylesheet" type="text/css" href="stylesheet.php?cssid=52" />', pg.get("head_extra", ""),
         "</head>", '<body>', pg.get("body_top", ""), '<div id="pagewrapper">',
         f'<header id="header"><h1 class="sitename"><a href="/">{E(pg["site_name"])}</a></h1></header>',
         '<nav id="menu_vert"><ul>' + "".join(f'<li><a href="index.php?page=p{i}">{E(n)}</a></li>' for i, n in enumerate(pg["nav"], 1)) + "</ul></nav>",
         f'<div class="crbk"><div class="breadcrumbs">您在这里: <a href="/">首页</a> &raquo; <span class="lastitem">{E(pg["column"])}</span></div></div>',
         '<div id="content"><div class="NewsDetail">',
         f'<h2 class="NewsDetailTitle">{E(pg["shown_title"])}</h2>' if pg["shown_title"] else "",
         f'<div class="NewsDetailPostdate">{pg["byline_html"]}</div>',
         '<div class="NewsDetailContent">', pg["body_html"], "</div>", pg.get("after_body", ""),
         '<div class="NewsDetailReturnLink"><a href="#">返回</a></div>', "</div></div>",
         f'<footer id="footer"><p>{E(pg["footer"])}</p>{pg.get("footer_extra", "")}</footer></div>', pg.get("body_end", ""),
         "</body>", "</html>"]
    return o


def t_m6(pg):
    """Mambo-1.x-style table layout, UTF-8, contentheading / createdate / small author rows."""
    o = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', "<html>", "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', f"<title>{E(pg['head_title'])}</title>",
         '<meta name="Generator" content="Mambo - Copyright 2000 - 2008 Miro International Pty Ltd.  All rights reserved.">',
         '<link href="templates/rhuk_solarflare_ii/css/template_css.css" rel="stylesheet" type="text/css">', pg.get("head_extra", ""),
         "</head>", '<body>', pg.get("body_top", ""),
         '<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">',
         f'<tr><td class="title_bar" colspan="2"><div class="sitename">{E(pg["site_name"])}</div></td></tr>',
         '<tr><td class="mainmenu" colspan="2">' + " | ".join(f'<a href="index.php?option=com_content&amp;task=section&amp;id={i}" class="mainlevel-nav">{E(n)}</a>' for i, n in enumerate(pg["nav"], 1)) + "</td></tr>",
         f'<tr><td class="pathway" colspan="2"><span class="pathway"><a href="index.php" class="pathway">首页</a> &gt; {E(pg["column"])}</span></td></tr>',
         '<tr><td valign="top" width="200" class="leftcol"><div class="moduletable"><h3>栏目导航</h3><a href="#">政务动态</a><br><a href="#">通知公告</a></div></td>',
         '<td valign="top" class="maincol"><table class="contentpaneopen">',
         f'<tr><td class="contentheading" width="100%">{E(pg["shown_title"])}</td></tr>' if pg["shown_title"] else "",
         f'<tr><td valign="top" colspan="2">{pg["byline_html"]}</td></tr>',
         '<tr><td valign="top" colspan="2">', pg["body_html"], "</td></tr>", pg.get("after_body", ""),
         '<tr><td colspan="2" align="left" class="modifydate">最后更新 ( 2025-01-06 )</td></tr>',
         "</table></td></tr>",
         f'<tr><td colspan="2" class="footer" align="center">{E(pg["footer"])}{pg.get("footer_extra", "")}</td></tr>',
         "</table>", pg.get("body_end", ""), "</body>", "</html>"]
    return o


TEMPLATES = {"S1": (t_s1, "gbk"), "A2": (t_a2, "utf-8"), "P3": (t_p3, "gb18030"), "Z4": (t_z4, "utf-8"),
             "C5": (t_c5, "utf-8"), "M6": (t_m6, "utf-8")}


def byline(tpl, date, source, author, views, rng):
    """Return (html, ) for the template's byline layout; fields only shown when given."""
    y, m, d = date.split("-")
    if tpl == "S1":
        parts = [f"发布时间:{date} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"]
        parts.append(f"来源:{E(source)}" if source else "来源:")
        if author:
            parts.append(f"作者:{E(author)}")
        parts.append(f"浏览次数:{views}")
        return "&nbsp;&nbsp;".join(parts)
    if tpl == "A2":
        s = []
        if author:
            s.append(f'<span class="meta-author">作者:{E(author)}</span>')
        if source:
            s.append(f'<span class="meta-source">来源:{E(source)}</span>')
        s.append(f'<time datetime="{date}">{date}</time>')
        s.append(f'<span class="meta-views">阅读:{views}</span>')
        return " ".join(s)
    if tpl == "P3":
        s = [f"发布日期:{y}年{int(m)}月{int(d)}日"]
        if source:
            s.append(f"信息来源:{E(source)}")
        if author:
            s.append(f"撰稿:{E(author)}")
        s.append(f"访问量:{views}")
        return "&nbsp;&nbsp;&nbsp;".join(s)
    if tpl == "Z4":
        s = [f"<dd><i class='icon-time'></i> {y}年{int(m)}月{int(d)}日</dd>"]
        if author:
            s.append(f"<dd><i class='icon-user'></i> 作者 {E(author)}</dd>")
        if source:
            s.append(f"<dd><i class='icon-link'></i> 信息来源 {E(source)}</dd>")
        s.append(f"<dd><i class='icon-eye-open'></i> 阅读 {views}</dd>")
        return "".join(s)
    if tpl == "C5":
        s = [f"时间:{date}"]
        s.append(f"来源:{E(source)}" if source else "来源:本站")
        if author:
            s.append(f"作者:{E(author)}")
        s.append(f"点击:{views}")
        return " | ".join(s)
    if tpl == "M6":
        wk = "一二三四五六日"[rng.randint(0, 6)]
        s = []
        if author:
            s.append(f'<span class="small">作者:{E(author)}</span><br>')
        s.append(f'<span class="createdate">{y}年{int(m)}月{int(d)}日 星期{wk}</span>')
        return "".join(s)
    raise KeyError(tpl)


def body_html(paras, tpl, source=None):
    inner = "\n".join(f"<p>{E(p)}</p>" for p in paras)
    if tpl == "M6" and source:
        inner += f'\n<p class="src" align="right">(来源:{E(source)})</p>'
    return inner


def meta_table(pg, date, source):
    y, m, d = date.split("-")
    rows = [("索引号", pg["index_no"]), ("发布机构", pg["unit"]), ("发文日期", f"{y}年{int(m)}月{int(d)}日"),
            ("主题分类", pg["column"])]
    cells = "".join(f"<tr><th>{E(a)}</th><td>{E(b)}</td></tr>" for a, b in rows)
    return cells


# ---------------------------------------------------------------- injections
def inj_apply(form, pg, rng, brand=None, porn=None):
    """Mutate pg to carry the injection; return (spam_strings, injections, marker)."""
    if form == "brand-site-name-title":
        line = f"{brand}-官方网站-首页"
        pg["site_name"] = line
        pg["head_title"] = f"{pg['real_title']}_{line}"
        return [line, brand], ["brand-as-site-name", "brand-in-title-tag"], None
    if form == "porn-line-hidden-tags":
        line = ",".join(porn)
        pg["body_top"] = ('<cite id="q3x1k"></cite><cite id="q3x1k"><track id="q3x1k"></track></cite>\n'
                          '<legend id="q3x1k"><li id="q3x1k"></li></legend>\n'
                          f'<div class="kw-bar"><h1>{E(line)}</h1></div>')
        return list(porn), ["porn-keyword-line", "hidden-empty-tag-spam"], None
    if form == "porn-line-top":
        line = "_".join(porn)
        pg["body_top"] = f'<p class="toptext" style="font-size:12px">{E(line)}</p>'
        pg["head_title"] = line
        return list(porn), ["porn-keyword-line", "porn-keywords-in-title-tag"], None
    if form == "brand-substitution":
        unit = pg["unit"]
        pg["body_html"] = pg["body_html"].replace(unit, brand)
        pg["site_name"] = brand
        pg["head_title"] = brand
        pg["text_paras"] = [p.replace(unit, "") for p in pg["text_paras"]]
        pg["title"] = None  # the headline names the unit too; shown with the brand
        pg["shown_title"] = pg["real_title"].replace(unit, brand) if unit in pg["real_title"] else pg["shown_title"]
        if unit not in pg["real_title"]:
            pg["title"] = pg["real_title"]
        return [brand], ["brand-substitution-for-unit-name", "brand-as-page-title"], None
    if form == "headline-splice":
        kw = brand
        t = pg["real_title"]
        cut = len(t) // 2
        shown = t[:cut] + kw + t[cut:]
        pg["shown_title"] = shown
        pg["head_title"] = shown
        pg["title"] = None
        return [kw], ["keyword-spliced-into-headline"], None
    if form == "php-warning-splice":
        kw = brand
        t = pg["real_title"]
        cut = len(t) // 3
        shown = t[:cut] + kw + t[cut:]
        pg["shown_title"] = shown
        pg["head_title"] = shown
        pg["title"] = None
        pg["body_top"] = ("<br />\n<b>Warning</b>:  file_put_contents(/www/wwwroot/cache/log/count.txt): failed to open stream: "
                          "No such file or directory in <b>/www/wwwroot/seo/t.php</b> on line <b>70</b><br />")
        return [kw], ["keyword-spliced-into-headline", "php-warning-debris"], None
    if form == "hidden-link-block":
        links = "".join(f'<a href="https://{rng.choice(["m","www","app"])}.{rng.randint(100,999)}{["kk","vv","tt"][i%3]}.com/">{E(b)}</a>' for i, b in enumerate(brand))
        pg["after_body"] = f'<div style="position:absolute;left:-9999px;top:-9999px;">{links}</div>'
        return list(brand), ["hidden-link-block", "offscreen-position"], None
    if form == "sold-friend-links":
        items = "".join(f'<a href="https://www.{rng.randint(1000,9999)}hy.com/" target="_blank">{E(b)}</a> ' for b in brand)
        pg["footer_extra"] = f'<div class="flink"><b>友情链接:</b>{items}</div>'
        return list(brand), ["sold-friend-links"], None
    if form == "document-write":
        items = "".join(f"<li><a href=\\'https://{i}{rng.randint(10,99)}bet.vip/\\'>{b}</a></li>" for i, b in enumerate(brand))
        pg["body_end"] = ('<script type="text/javascript">\n'
                          f"document.write('<div class=\"hotlinks\"><ul>{items}</ul></div>');\n"
                          "</script>")
        return list(brand), ["document-write-spam-links"], None
    if form == "meta-refresh-title":
        line = "".join(brand)
        pg["head_title"] = line
        pg["head_extra"] = (f'<meta http-equiv="refresh" content="0;url=https://www.{rng.randint(100,999)}yl.vip/">\n'
                            '<script>if(/baidu|sogou|360|bing/i.test(document.referrer)){location.href="https://www.'
                            f'{rng.randint(100,999)}yl.vip/";}}</script>')
        return list(brand), ["meta-refresh-redirect", "referrer-check-redirect", "keyword-stuffed-title"], None
    if form == "stuffed-title":
        line = "|".join(brand)
        pg["head_title"] = f"{line}|{pg['real_title']}"
        pg["head_extra"] = f'<meta name="keywords" content="{E(",".join(brand))}">'
        return list(brand), ["keyword-stuffed-title", "spam-meta-keywords"], None
    if form == "inline-spam":
        b = brand
        paras = pg["paras_shown"]
        i = 1
        words = paras[i]
        k = words.index(",") + 1 if "," in words else len(words) // 2
        paras[i] = words[:k] + b + words[k:]
        pg["body_html"] = body_html(paras, pg["tpl"], pg.get("m6_src"))
        return [b], ["brand-spliced-into-body-sentence"], None
    if form == "brand-in-source":
        pg["byline_html"] = pg["byline_html"].replace(f"来源:{E(pg['source'])}", f"来源:{E(brand)}") \
            .replace(f"信息来源 {E(pg['source'])}", f"信息来源 {E(brand)}").replace(f"信息来源:{E(pg['source'])}", f"信息来源:{E(brand)}")
        pg["source"] = None
        return [brand], ["brand-as-source"], None
    if form == "brand-credit":
        pg["after_body"] = (f'<p class="credit">(来源:{E(brand)} 责任编辑:{E(rng.choice(PEOPLE))})</p>'
                            f'<p><img src="/uploads/ad.gif" alt="{E(brand)}" title="{E(brand)}"></p>')
        return [brand], ["brand-credit-line", "brand-in-img-alt"], None
    if form == "mirror-traditional":
        marker = pg["mirror_marker"]
        pg["footer_extra"] = f'<p class="id">{E(marker)}</p>'
        return [], ["gov-mirror-unrelated-host", "traditional-conversion"], marker
    if form == "mirror-traditional-porn":
        marker = pg["mirror_marker"]
        line = ",".join(porn)
        pg["body_top"] = f'<div class="hdline">{E(line)}</div>'
        pg["footer_extra"] = f'<p class="id">{E(marker)}</p>'
        return list(porn), ["porn-keyword-line", "gov-mirror-unrelated-host", "traditional-conversion"], marker
    if form == "mirror-simplified":
        marker = pg["mirror_marker"]
        pg["footer_extra"] = f'<p class="id">{E(marker)}</p>'
        return [], ["edu-mirror-unrelated-host"], marker
    if form == "brand-dateline-mirror":
        marker = pg["mirror_marker"]
        pg["body_top"] = f'<div class="adtop"><a href="#">{E(brand)}</a></div>'
        pg["paras_shown"][0] = f"【{brand}】" + pg["paras_shown"][0]
        pg["body_html"] = body_html(pg["paras_shown"], pg["tpl"], pg.get("m6_src"))
        pg["footer_extra"] = f'<p class="id">{E(marker)}</p>'
        return [brand], ["casino-brand-top-line", "brand-in-dateline", "gov-mirror-unrelated-host"], marker
    raise KeyError(form)


TRAD = str.maketrans({
    "发": "發", "会": "會", "议": "議", "开": "開", "县": "縣", "镇": "鎮", "乡": "鄉", "农": "農", "组": "組",
    "织": "織", "工": "工", "作": "作", "进": "進", "推": "推", "门": "門", "关": "關", "员": "員", "领": "領",
    "导": "導", "讲": "講", "话": "話", "实": "實", "现": "現", "场": "場", "务": "務", "动": "動", "长": "長",
    "区": "區", "报": "報", "应": "應", "急": "急", "设": "設", "备": "備", "检": "檢", "查": "查", "问": "問",
    "题": "題", "对": "對", "国": "國", "业": "業", "众": "眾", "传": "傳", "级": "級", "责": "責", "压": "壓",
    "强": "強", "项": "項", "为": "為", "处": "處", "经": "經", "济": "濟", "这": "這", "时": "時",
    "从": "從", "与": "與", "卫": "衛", "环": "環", "境": "境", "垃": "垃", "圾": "圾", "运": "運", "治": "治",
    "机": "機", "制": "制", "续": "續", "确": "確", "效": "效", "将": "將", "以": "以", "此": "此", "次": "次",
    "齐": "齊", "办": "辦", "护": "護", "火": "火", "灾": "災", "险": "險", "隐": "隱", "患": "患", "质": "質",
    "测": "測", "点": "點", "资": "資", "讯": "訊", "网": "網", "络": "絡", "诈": "詐", "骗": "騙", "宣": "宣",
    "册": "冊", "识": "識", "钱": "錢", "袋": "袋", "书": "書", "记": "記", "说": "說", "们": "們", "见": "見",
    "条": "條", "规": "規", "划": "劃", "尽": "盡", "购": "購", "粮": "糧", "价": "價", "难": "難", "卖": "賣",
    "体": "體", "济": "濟", "产": "產", "业": "業", "带": "帶", "华": "華", "丰": "豐", "厂": "廠",
    "举": "舉", "训": "訓", "专": "專", "饮": "飲", "兴": "興", "养": "養", "帮": "幫", "乐": "樂", "东": "東", "车": "車", "给": "給", "结": "結", "绿": "綠", "亲": "親", "听": "聽", "观": "觀", "积": "積", "极": "極", "计": "計", "认": "認", "让": "讓", "热": "熱", "设": "設", "师": "師", "试": "試", "术": "術", "树": "樹", "岁": "歲", "态": "態", "头": "頭", "图": "圖", "团": "團", "维": "維", "无": "無", "习": "習", "协": "協", "写": "寫", "选": "選", "学": "學", "样": "樣", "药": "藥", "艺": "藝", "义": "義", "优": "優", "远": "遠", "云": "雲", "杂": "雜", "战": "戰", "张": "張", "证": "證", "执": "執", "职": "職", "总": "總", "广": "廣", "庆": "慶", "库": "庫", "异": "異", "录": "錄", "愿": "願", "户": "戶", "扩": "擴", "拥": "擁", "择": "擇", "据": "據", "损": "損", "换": "換", "数": "數", "断": "斷", "旧": "舊", "杀": "殺", "来": "來", "杨": "楊", "构": "構", "标": "標", "档": "檔", "欢": "歡", "气": "氣", "汇": "匯", "汉": "漢", "没": "沒", "泽": "澤", "洁": "潔", "浅": "淺", "满": "滿", "灭": "滅", "灯": "燈", "灵": "靈", "炼": "煉", "烟": "煙", "爱": "愛", "状": "狀", "独": "獨", "电": "電", "画": "畫", "畅": "暢", "疗": "療", "盘": "盤", "码": "碼", "础": "礎", "离": "離", "种": "種", "称": "稱", "稳": "穩", "穷": "窮", "笔": "筆", "筑": "築", "简": "簡", "类": "類", "红": "紅", "纪": "紀", "约": "約", "纯": "純", "线": "線", "练": "練", "细": "細", "统": "統", "继": "繼", "绩": "績", "综": "綜", "编": "編", "罗": "羅", "联": "聯", "胜": "勝", "脑": "腦", "节": "節", "获": "獲", "营": "營", "虑": "慮", "补": "補", "装": "裝", "视": "視", "览": "覽", "觉": "覺", "订": "訂", "讨": "討", "许": "許", "论": "論", "访": "訪", "评": "評", "诉": "訴", "词": "詞", "诚": "誠", "该": "該", "详": "詳", "语": "語", "请": "請", "读": "讀", "课": "課", "调": "調", "谈": "談", "谋": "謀", "贡": "貢", "财": "財", "败": "敗", "货": "貨", "贴": "貼", "费": "費", "赛": "賽", "践": "踐", "转": "轉", "轮": "輪", "软": "軟", "轻": "輕", "载": "載", "辅": "輔", "边": "邊", "达": "達", "过": "過", "还": "還", "连": "連", "递": "遞", "遗": "遺", "邮": "郵", "邻": "鄰", "释": "釋", "钟": "鐘", "铁": "鐵", "银": "銀", "锋": "鋒", "错": "錯", "键": "鍵", "间": "間", "闻": "聞", "阅": "閱", "队": "隊", "阶": "階", "际": "際", "陈": "陳", "随": "隨", "雾": "霧", "静": "靜", "顺": "順", "须": "須", "预": "預", "频": "頻", "颜": "顏", "风": "風", "飞": "飛", "饭": "飯", "馆": "館", "驻": "駐", "验": "驗", "鱼": "魚", "鸟": "鳥", "鸡": "雞", "麦": "麥", "龙": "龍", "层": "層", "岗": "崗", "荣": "榮", "献": "獻", "紧": "緊", "严": "嚴", "筹": "籌", "馈": "饋", "响": "響", "贯": "貫", "彻": "徹", "儿": "兒", "残": "殘", "闲": "閒", "滨": "濱", "牵": "牽", "侦": "偵", "缴": "繳", "汤": "湯", "轨": "軌", "须": "須", "签": "簽", "园": "園", "乱": "亂", "医": "醫", "划": "劃", "剧": "劇", "历": "歷", "参": "參", "双": "雙", "发": "發", "变": "變", "叶": "葉", "号": "號", "后": "後", "吗": "嗎", "员": "員", "围": "圍", "坚": "堅", "块": "塊", "坏": "壞", "夺": "奪", "奋": "奮", "妇": "婦", "孙": "孫", "宁": "寧", "宝": "寶", "实": "實", "宾": "賓", "审": "審", "宽": "寬", "对": "對", "寻": "尋", "导": "導", "尔": "爾", "尽": "盡", "届": "屆", "岭": "嶺", "币": "幣", "帅": "帥", "师": "師", "带": "帶", "干": "幹", "庄": "莊", "废": "廢", "录": "錄", "径": "徑", "忆": "憶", "怀": "懷", "态": "態", "总": "總", "恒": "恆", "恶": "惡", "悬": "懸", "惊": "驚", "惯": "慣", "戏": "戲", "战": "戰", "扑": "撲", "执": "執", "扫": "掃", "扬": "揚", "扰": "擾", "抢": "搶", "护": "護", "报": "報", "担": "擔", "拟": "擬", "挥": "揮", "挤": "擠", "挡": "擋", "据": "據", "掷": "擲", "摄": "攝", "摆": "擺", "敌": "敵", "斗": "鬥", "无": "無", "显": "顯", "晋": "晉", "晓": "曉", "暂": "暫", "术": "術", "杂": "雜", "权": "權", "条": "條", "杰": "傑", "松": "鬆", "板": "闆", "枪": "槍", "柜": "櫃", "栏": "欄", "树": "樹", "样": "樣", "桥": "橋", "梦": "夢", "检": "檢", "楼": "樓", "横": "橫", "欧": "歐", "毕": "畢", "汇": "匯", "沟": "溝", "泪": "淚", "洒": "灑", "浆": "漿", "浇": "澆", "济": "濟", "涨": "漲", "渔": "漁", "温": "溫", "湾": "灣", "滚": "滾", "滞": "滯", "潜": "潛", "灾": "災", "烧": "燒", "热": "熱", "焕": "煥", "爷": "爺", "牺": "犧", "犹": "猶", "猪": "豬", "环": "環", "玛": "瑪", "珑": "瓏", "瓯": "甌", "疮": "瘡", "疯": "瘋", "痒": "癢", "盏": "盞", "监": "監", "矿": "礦", "砖": "磚", "硕": "碩", "礼": "禮", "祸": "禍", "离": "離", "秃": "禿", "稣": "穌", "窃": "竊", "竞": "競", "笼": "籠", "粮": "糧", "紧": "緊", "纠": "糾", "纤": "纖", "纳": "納", "纵": "縱", "纷": "紛", "纸": "紙", "纹": "紋", "纺": "紡", "绍": "紹", "绕": "繞", "绘": "繪", "绝": "絕", "绞": "絞", "绣": "繡", "绳": "繩", "绵": "綿", "缓": "緩", "缔": "締", "缩": "縮", "罚": "罰", "职": "職", "肠": "腸", "肤": "膚", "肿": "腫", "胆": "膽", "胶": "膠", "脉": "脈", "脏": "髒", "腾": "騰", "舰": "艦", "艰": "艱", "苏": "蘇", "苹": "蘋", "范": "範", "茧": "繭", "荐": "薦", "药": "藥", "莱": "萊", "获": "獲", "萝": "蘿", "蓝": "藍", "蔼": "藹", "虏": "虜", "虽": "雖", "蚀": "蝕", "蚁": "蟻", "蛮": "蠻", "衔": "銜", "袄": "襖", "袭": "襲", "觅": "覓", "誉": "譽", "计": "計", "讯": "訊", "讲": "講", "讽": "諷", "访": "訪", "诀": "訣", "诈": "詐", "诗": "詩", "诞": "誕", "询": "詢", "误": "誤", "诱": "誘", "说": "說", "谊": "誼", "谜": "謎", "谢": "謝", "谣": "謠", "谨": "謹", "谱": "譜", "贝": "貝", "贞": "貞", "负": "負", "贩": "販", "贪": "貪", "贫": "貧", "购": "購", "贯": "貫", "贱": "賤", "贵": "貴", "贷": "貸", "贸": "貿", "贺": "賀", "贼": "賊", "贿": "賄", "赁": "賃", "赌": "賭", "赔": "賠", "赖": "賴", "赚": "賺", "赞": "贊", "赠": "贈", "赵": "趙", "趋": "趨", "跃": "躍", "踪": "蹤", "躯": "軀", "轨": "軌", "轰": "轟", "较": "較", "辉": "輝", "辑": "輯", "输": "輸", "辞": "辭", "辩": "辯", "迁": "遷", "迈": "邁", "适": "適", "逊": "遜", "递": "遞", "逻": "邏", "遥": "遙", "郑": "鄭", "酝": "醞", "酿": "釀", "钓": "釣", "钢": "鋼", "钥": "鑰", "钩": "鉤", "钻": "鑽", "铃": "鈴", "铅": "鉛", "铜": "銅", "铺": "鋪", "链": "鏈", "销": "銷", "锁": "鎖", "锅": "鍋", "锐": "銳", "锦": "錦", "镜": "鏡", "闭": "閉", "闯": "闖", "闸": "閘", "阀": "閥", "阁": "閣", "阳": "陽", "阵": "陣", "阴": "陰", "陆": "陸", "陕": "陝", "隶": "隸", "雏": "雛", "韦": "韋", "韩": "韓", "页": "頁", "顶": "頂", "顷": "頃", "顾": "顧", "颁": "頒", "颂": "頌", "颇": "頗", "领": "領", "颗": "顆", "额": "額", "饥": "飢", "饰": "飾", "饱": "飽", "饲": "飼", "饶": "饒", "驰": "馳", "驱": "驅", "驶": "駛", "驾": "駕", "骂": "罵", "骄": "驕", "骑": "騎", "骗": "騙", "骤": "驟", "鲁": "魯", "鲜": "鮮", "鸣": "鳴", "鸭": "鴨", "鹅": "鵝", "鹰": "鷹", "黄": "黃", "齿": "齒",
})


def to_trad(s):
    return s.translate(TRAD)


# ---------------------------------------------------------------- plan
SITES = [
    dict(key="A", tpl="S1", host="www.qinglanxian.gov.cn", name="青岚县人民政府", kind="gov",
         nav=["首页", "政务公开", "政务动态", "乡镇动态", "公众参与"], footer="主办:青岚县人民政府办公室 承办:青岚县大数据中心 网站标识码:3609990001",
         form="brand-site-name-title", hij=[0, 2, 3], legit=[4]),
    dict(key="B", tpl="A2", host="www.hcvtc.edu.cn", name="泓川职业技术学院", kind="edu",
         nav=["首页", "学院概况", "新闻中心", "教育教学", "招生就业"], footer="泓川职业技术学院 版权所有 地址:泓川市学府路88号",
         form="porn-line-hidden-tags", hij=[1, 2, 4], legit=[]),
    dict(key="C", tpl="P3", host="www.tongxizhen.gov.cn", name="桐溪镇人民政府", kind="gov",
         nav=["首页", "政府信息公开", "镇务动态", "便民服务"], footer="主办:桐溪镇人民政府 地址:桐溪镇新街1号",
         form="document-write", hij=[0, 3], legit=[2]),
    dict(key="D", tpl="Z4", host="news.lysfxy.edu.cn", name="临岳师范学院新闻网", unit="临岳师范学院", kind="edu",
         nav=["首页", "学校要闻", "院部传真", "媒体临师", "图片新闻"], footer="临岳师范学院党委宣传部 主办",
         form="brand-credit", hij=[1, 4], legit=[3]),
]

SINGLES = [  # (template, host, unit name, kind, form or None, legit)
    ("C5", "www.mashanxian.gov.cn", "麻山县市场监督管理局", "gov", "porn-line-top", False),
    ("M6", "www.beihexiang.gov.cn", "北河乡人民政府", "gov", "porn-line-hidden-tags", False),
    ("A2", "www.jzgcxy.edu.cn", "建州工程学院", "edu", "brand-substitution", False),
    ("C5", "www.pingyuxian.gov.cn", "平峪县农业农村局", "gov", "brand-site-name-title", False),
    ("M6", "www.liuxijy.edu.cn", "柳溪县教育局", "gov", "headline-splice", False),
    ("Z4", "www.ncxy.edu.cn", "南岑学院", "edu", "php-warning-splice", False),
    ("P3", "www.gtdz518.com", "高塘镇人民政府", "gov", "mirror-traditional-porn", False),
    ("C5", "www.wsbjv.cn", "云岭县水利局", "gov", "mirror-traditional", False),
    ("M6", "mp.hsrdk.com", "禾山职业学院", "edu", "mirror-simplified", False),
    ("S1", "www.shihexian.gov.cn", "石河县人民政府", "gov", "hidden-link-block", False),
    ("A2", "www.qyzyxy.edu.cn", "清源职业学院", "edu", "sold-friend-links", False),
    ("P3", "www.lanqiaozhen.gov.cn", "蓝桥镇人民政府", "gov", "document-write", False),
    ("Z4", "www.dfsfxy.edu.cn", "东汾师范学院", "edu", "meta-refresh-title", False),
    ("C5", "www.yanshanxian.gov.cn", "雁山县文化广电和旅游局", "gov", "stuffed-title", False),
    ("M6", "www.jiangkouxian.gov.cn", "江口县卫生健康局", "gov", "inline-spam", False),
    ("S1", "www.taoyuanxian-zf.gov.cn", "桃源县人力资源和社会保障局", "gov", "brand-in-source", False),
    ("A2", "www.bhlgxy.edu.cn", "北海理工学院", "edu", "brand-credit", False),
    ("Z4", "news.xq8866.net", "西岐县人民政府", "gov", "brand-dateline-mirror", False),
    ("C5", "www.fengqiaoxian.gov.cn", "枫桥县民政局", "gov", None, False),
    ("M6", "www.yunduxian.gov.cn", "云渡县公安局", "gov", None, True),
]


def make_page(rng, pid, tpl, host, unit, kind, date, topic=None, legit_topic=None):
    """Build the page dict (clean); injections applied afterwards."""
    if legit_topic:
        title, _, paras = legit_topic
        title_full = title if title.startswith(("关于", "福利")) else (unit.replace("人民政府", "") + title if not title.startswith("学院") else title)
        real_title = title_full
    else:
        t = topic
        real_title = unit + t[0]
        y, m, d = date.split("-")
        paras = paragraphs(rng, t, rng.choice(["会议", "活动", "检查"]), unit, f"{int(m)}月{int(d)}日")
    author = rng.choice(PEOPLE) if rng.random() < 0.7 else None
    source = rng.choice([unit, unit.replace("人民政府", "党政办"), "本站原创", unit + "办公室"]) if rng.random() < 0.8 else None
    views = rng.randint(60, 4800)
    return dict(id=pid, tpl=tpl, host=host, unit=unit, kind=kind, date=date, real_title=real_title,
                title=real_title, shown_title=real_title, author=author, source=source, views=views,
                paras_shown=list(paras), text_paras=list(paras))


def finish(pg, rng, site_name, nav, footer, column, head_suffix):
    tpl = pg["tpl"]
    if tpl == "M6":
        pg["m6_src"] = pg["source"]
    pg.setdefault("site_name", site_name)
    pg["nav"] = nav
    pg["footer"] = footer
    pg["column"] = column
    pg["head_title"] = f"{pg['real_title']} - {head_suffix}"
    pg["byline_html"] = byline(tpl, pg["date"], pg["source"] if tpl != "M6" else None, pg["author"], pg["views"], rng)
    pg["body_html"] = body_html(pg["paras_shown"], tpl, pg.get("m6_src"))
    pg["index_no"] = f"{rng.randint(100000000, 999999999)}/{pg['date'][:4]}-{rng.randint(10000, 99999)}"


def render(pg):
    fn, enc = TEMPLATES[pg["tpl"]]
    if pg["tpl"] == "P3":
        pg["meta_table"] = meta_table(pg, pg["date"], pg["source"])
    lines = [x for x in fn(pg) if x != ""]
    return ("\n".join(lines) + "\n").encode(enc), enc


def rand_date(rng):
    return f"{rng.choice([2023, 2024, 2025])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def main(out):
    rng = random.Random(SEED)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    brands = list(BRANDS)
    rng.shuffle(brands)
    porn = list(PORN)
    gov_topics = list(GOV_TOPICS)
    edu_topics = list(EDU_TOPICS)
    rng.shuffle(gov_topics)
    rng.shuffle(edu_topics)
    legit_pool = list(LEGIT_TOPICS)
    rows = []
    n = 0
    bi = 0

    def next_brand():
        nonlocal bi
        b = brands[bi % len(brands)]
        bi += 1
        return b

    ti = {"gov": 0, "edu": 0}

    def next_topic(kind):
        lst = gov_topics if kind == "gov" else edu_topics
        t = lst[ti[kind] % len(lst)]
        ti[kind] += 1
        return t

    # ---- 4 sites x 5 pages
    for s in SITES:
        shared_brand = next_brand()
        shared_porn = rng.sample(porn, 4)
        shared_list = [next_brand() for _ in range(4)]
        for k in range(5):
            n += 1
            pid = f"sv38-{n:03d}"
            date = rand_date(rng)
            lt = None
            if k in s["legit"]:
                lt = LEGIT_TOPICS[{"A": 1, "C": 3, "D": 2}[s["key"]]]
            pg = make_page(rng, pid, s["tpl"], s["host"], s.get("unit", s["name"]), s["kind"], date,
                           topic=None if lt else next_topic(s["kind"]), legit_topic=lt)
            col = rng.choice(s["nav"][1:])
            finish(pg, rng, s["name"], s["nav"], s["footer"], col, s["name"])
            spam, inj, marker = [], [], None
            if k in s["hij"]:
                arg = shared_list if s["form"] in ("document-write", "hidden-link-block", "sold-friend-links") else shared_brand
                spam, inj, marker = inj_apply(s["form"], pg, rng, brand=arg, porn=shared_porn)
            rows.append((pg, spam, inj, marker, k in s["hij"], bool(lt), s["host"]))
    # ---- 20 single pages
    for tpl, host, unit, kind, form, legit in SINGLES:
        n += 1
        pid = f"sv38-{n:03d}"
        date = rand_date(rng)
        lt = None
        if legit:
            lt = LEGIT_TOPICS[0]
        pg = make_page(rng, pid, tpl, host, unit, kind, date, topic=None if lt else next_topic(kind), legit_topic=lt)
        mirror = form and form.startswith(("mirror", "brand-dateline"))
        if mirror:
            pg["mirror_marker"] = f"网站标识码:{rng.randint(3000000000, 5399999999)}  备案号:{unit[:2]}ICP备{rng.randint(10000000, 99999999)}号"
            if form in ("mirror-traditional", "mirror-traditional-porn"):
                pg["paras_shown"] = [to_trad(p) for p in pg["paras_shown"]]
                pg["text_paras"] = list(pg["paras_shown"])
                pg["real_title"] = to_trad(pg["real_title"])
                pg["title"] = pg["shown_title"] = pg["real_title"]
                if pg["source"]:
                    pg["source"] = to_trad(pg["source"])
        nav = ["首页", "政务公开", "工作动态", "通知公告"] if kind == "gov" else ["首页", "学校概况", "新闻中心", "通知公告"]
        col = nav[2]
        if mirror:
            footer = f"主办:{unit} 版权所有"
        else:
            footer = f"{unit} 版权所有"
        finish(pg, rng, unit, nav, footer, col, unit)
        spam, inj, marker = [], [], None
        if form:
            if form in ("document-write", "hidden-link-block", "sold-friend-links", "meta-refresh-title", "stuffed-title"):
                arg = [next_brand() for _ in range(4)]
            else:
                arg = next_brand()
            spam, inj, marker = inj_apply(form, pg, rng, brand=arg, porn=rng.sample(porn, 5))
            if form == "brand-dateline-mirror":
                pg["text_paras"] = list(pg["paras_shown"])
                pg["text_paras"][0] = pg["text_paras"][0].replace(f"【{arg}】", "")
        rows.append((pg, spam, inj, marker, bool(form), bool(lt), host))
    assert n == 40, n
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for pg, spam, inj, marker, hij, legit, site in rows:
            data, enc = render(pg)
            with open(os.path.join(out, "html", pg["id"] + ".html"), "wb") as h:
                h.write(data)
            row = dict(id=pg["id"], url=f"http://{pg['host']}/{'art' if pg['tpl'] in ('S1', 'M6') else 'news'}/{pg['date'].replace('-', '')}/{pg['id'][-3:]}.html",
                       title=pg["title"], date=pg["date"], source=pg["source"], author=pg["author"],
                       text="\n".join(pg["text_paras"]), hijacked=hij, injections=inj, spam_strings=spam,
                       legit=legit, lang="zh", origin="synthetic (make_set.py, seed 38)", kind="synthetic",
                       site=site, capture="html", encoding=enc, template=pg["tpl"])
            if marker:
                row["marker"] = marker
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "pages to", out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "synthetic-v38"))
