#!/usr/bin/env python3
"""v29 synthetic set: 4 sites x 6 pages (3 hijacked sharing one injection, 3 clean incl. 1 legit)
+ 16 single hijacked pages = 40 pages (28 hijacked, 12 clean, 4 legit). Fixed seed; byte-identical re-run.
Usage: make_set.py OUTDIR"""
import json, os, random, sys, html

SEED = 290529
R = random.Random(SEED)

SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["建国", "海燕", "文博", "雅琴", "志强", "思远", "丽娟", "晓东", "佳怡", "国庆", "春梅", "明辉", "嘉欣", "永刚", "慧敏", "宏伟", "雪莲", "子涵", "立新", "秀兰"]

def person():
    return R.choice(SURN) + R.choice(GIVEN)

TOPICS = [
    ("召开{y}年防汛抗旱工作部署会", ["会议分析了当前汛期形势，部署了防汛抗旱重点工作。", "会议强调，要压紧压实各级防汛责任，落实领导干部包片联系制度。", "各乡镇要对辖区内山塘水库、地质灾害隐患点开展拉网式排查。", "会议要求严格执行二十四小时值班和领导带班制度，确保信息畅通。", "{p}指出，要提前转移危险区域群众，坚决避免人员伤亡。"]),
    ("开展春季校园安全隐患排查", ["检查组先后来到教学楼、学生宿舍、食堂和实验室，逐一查看消防器材配备情况。", "对发现的问题，检查组当场反馈并提出整改意见，明确整改时限。", "{p}表示，校园安全无小事，要把安全责任落实到每个岗位、每个人。", "下一步，学校将建立隐患台账，实行销号管理，确保隐患动态清零。"]),
    ("举办基层医务人员能力提升培训班", ["本次培训为期三天，共有来自各乡镇卫生院的一百二十余名医务人员参加。", "培训邀请了市级医院专家，围绕慢病管理、急诊急救和合理用药进行专题授课。", "培训采取理论授课与实操演练相结合的方式，学员们纷纷表示收获很大。", "{p}要求参训人员学以致用，切实提升基层医疗服务水平。"]),
    ("调研高标准农田建设工作", ["调研组深入田间地头，实地查看了灌溉渠系、机耕道路等基础设施建设情况。", "在座谈环节，调研组听取了项目实施进度、资金使用和后期管护等情况汇报。", "{p}强调，要严把工程质量关，确保建一片、成一片、见效一片。", "今年全县计划新建高标准农田三万亩，目前已完成总工程量的六成以上。"]),
    ("组织开展“一老一小”关爱服务活动", ["志愿者们走进社区养老服务站，为老人们测量血压、讲解防诈骗知识。", "在儿童之家，社工为孩子们开展了手工制作和绘本阅读活动。", "活动现场还设置了政策咨询台，解答居民关于医保、养老的相关问题。", "{p}介绍，今年以来已累计开展各类关爱活动四十余场，服务群众两千余人次。"]),
    ("召开学科建设推进会", ["会议总结了上一阶段学科建设取得的成效，分析了存在的短板与不足。", "各学院负责人围绕学科定位、团队建设和平台培育作了交流发言。", "{p}指出，学科建设是学校发展的龙头，要坚持特色发展、错位发展。", "会议要求各单位对照目标任务，细化举措，确保各项指标按期完成。"]),
    ("完成年度不动产登记档案数字化", ["此次数字化工作共扫描纸质档案一百八十余万页，建立电子目录十二万条。", "档案数字化后，群众查询不动产登记信息的时间由原来的半天缩短至十分钟以内。", "{p}表示，下一步将推进档案查询“跨区通办”，进一步方便企业和群众。"]),
    ("举行新生开学典礼", ["典礼在学校体育馆举行，全体校领导、教师代表和三千余名新生参加。", "教师代表寄语新生珍惜时光、勤学善思，在大学阶段打下扎实基础。", "{p}在致辞中勉励同学们志存高远、脚踏实地，做有担当的新时代青年。", "典礼最后，全体新生庄严宣誓，现场气氛热烈。"]),
    ("推进农村生活污水治理", ["今年全镇计划完成十二个行政村的生活污水治理，目前已有九个村完工。", "工程采用集中处理与分散处理相结合的方式，因地制宜选择工艺。", "{p}要求施工单位加强质量监管，落实运维责任，确保设施长效运行。"]),
    ("开展打击非法集资宣传月活动", ["活动期间，工作人员在广场、集市设置宣传点，发放宣传资料五千余份。", "工作人员结合典型案例，向群众讲解非法集资的常见手法和识别方法。", "{p}提醒广大群众，要提高警惕，远离高息诱惑，守好自己的“钱袋子”。"]),
    ("召开重点项目建设调度会", ["会议逐一听取了各重点项目的建设进度、存在问题及下一步计划。", "对土地报批、资金筹措等方面的困难，会议现场明确了责任单位和办结时限。", "{p}强调，要倒排工期、挂图作战，确保项目早竣工、早投产、早见效。"]),
    ("举办职业技能竞赛", ["本次竞赛设电工、焊工、中式烹调师等六个项目，共有两百余名选手参赛。", "竞赛分理论考试和实际操作两个环节，全面检验选手的专业技能。", "获奖选手将按规定晋升相应职业技能等级，并推荐参加市级竞赛。", "{p}表示，将以赛促学、以赛促训，培养更多高素质技能人才。"]),
    ("开展图书馆阅读推广周活动", ["活动周期间，图书馆推出了经典诵读、读书分享会和古籍修复体验等项目。", "读书分享会邀请了三位教师分享阅读心得，吸引了百余名师生参加。", "{p}介绍，图书馆今年新增馆藏图书一万二千册，电子资源访问量同比增长三成。"]),
    ("部署秋冬季森林防火工作", ["会议通报了近年来森林火灾发生情况，分析了今冬明春的防火形势。", "会议要求加强野外用火管控，严禁在林区烧荒、烧纸、燃放烟花爆竹。", "各护林员要加强巡山护林，做到早发现、早报告、早处置。", "{p}强调，要备足扑火物资，加强专业扑火队伍建设和实战演练。"]),
    ("召开就业创业工作推进会", ["会议通报了今年以来城镇新增就业和重点群体就业情况。", "今年以来，全区已举办各类招聘会二十三场，提供就业岗位一万余个。", "{p}要求，要聚焦高校毕业生、退役军人和农民工等重点群体，强化精准帮扶。"]),
    ("开展食品安全专项检查", ["检查组重点检查了学校食堂、农贸市场和大型商超的食品经营情况。", "检查中发现部分经营户存在进货查验记录不全等问题，已责令限期整改。", "{p}表示，将持续加大监督抽检力度，守护群众“舌尖上的安全”。"]),
    ("举办科研项目申报辅导讲座", ["讲座邀请了两位曾多次主持国家级项目的教授，分享申报经验。", "专家从选题凝练、研究基础和技术路线设计等方面进行了详细讲解。", "科研处负责人介绍了今年各类纵向项目的申报时间节点和注意事项。", "{p}希望青年教师积极申报，以项目带动团队成长。"]),
    ("推进政务服务“一网通办”", ["目前，全县已有一千二百余个政务服务事项实现网上可办。", "群众通过手机即可查询办事指南、提交申请材料、查看办理进度。", "{p}表示，下一步将继续优化办事流程，推动更多高频事项“掌上办”。"]),
    ("召开退役军人服务保障工作会议", ["会议总结了退役军人服务中心站建设、走访慰问和权益维护等工作。", "会议要求进一步做好退役军人就业创业扶持和困难帮扶工作。", "{p}强调，要用心用情用力做好服务保障，让退役军人更有获得感、荣誉感。"]),
    ("组织学生开展暑期社会实践", ["今年暑期，学校共组建社会实践团队八十六支，参与学生一千余人。", "实践团队深入乡村、社区和企业，开展支教、调研和志愿服务活动。", "{p}表示，社会实践是青年学生了解国情、增长才干的重要途径。"]),
    ("召开耕地保护工作专题会", ["会议传达了上级关于耕地保护和粮食安全的决策部署。", "会议通报了卫片执法检查中发现的问题图斑及整改情况。", "{p}要求坚决遏制耕地“非农化”，严格落实耕地占补平衡制度。"]),
    ("开展城乡环境卫生集中整治", ["整治行动重点清理背街小巷、城乡结合部的积存垃圾和乱堆乱放。", "行动中共清运垃圾三百余吨，拆除违规广告牌六十余块。", "{p}表示，将建立长效管理机制，巩固整治成果，防止问题反弹。"]),
    ("举办校园招聘双选会", ["本次双选会共吸引了一百六十余家用人单位进校招聘，提供岗位三千余个。", "招聘岗位涵盖制造、信息技术、教育、医疗等多个行业。", "据统计，现场初步达成就业意向八百余人次。", "{p}表示，学校将持续拓展就业渠道，做好毕业生就业服务。"]),
    ("开展安全生产月宣传咨询日活动", ["活动现场通过展板展示、发放资料、现场答疑等方式宣传安全生产知识。", "应急救援队伍还进行了灭火器使用和心肺复苏现场演示。", "{p}指出，要增强全民安全意识，营造人人讲安全、个个会应急的良好氛围。"]),
]

LEGIT = [
    ("关于福利彩票公益金使用情况的公告", ["根据《彩票管理条例》及其实施细则的规定，现将上一年度本级福利彩票公益金使用情况公告如下。", "本年度共使用福利彩票公益金一千二百六十万元，主要用于养老服务、儿童福利和残疾人康复等项目。", "其中，资助农村互助幸福院建设四十六所，为困难残疾人配置辅助器具一千余件。", "公益金项目均按规定标注“福彩公益金资助”标识，接受社会监督。"]),
    ("关于开展打击跨境网络赌博专项行动的通告", ["为依法严厉打击跨境网络赌博违法犯罪活动，维护社会治安秩序，现就有关事项通告如下。", "严禁任何单位和个人组织、参与网络赌博，严禁为网络赌博提供支付结算、推广引流等帮助。", "对主动投案自首、如实供述违法犯罪事实的，依法从轻或者减轻处罚。", "欢迎广大群众积极举报网络赌博违法犯罪线索，对提供重要线索的依规给予奖励。"]),
    ("体育彩票销售网点规范管理培训会召开", ["培训会对体育彩票销售网点日常管理规范进行了解读。", "会议强调，各销售网点严禁向未成年人销售彩票，严禁以赊账、透支等方式销售彩票。", "培训还通报了近期暗访中发现的不规范经营问题，并提出整改要求。", "与会代表表示，将倡导理性购彩，守护体育彩票公益形象。"]),
    ("学院开展“远离网络赌博”主题教育讲座", ["讲座邀请了辖区派出所民警，结合真实案例讲解网络赌博的危害。", "民警介绍，网络赌博平台往往以“高返利”“稳赚不赔”为诱饵，诱导学生充值下注。", "讲座还提醒同学们不要出租、出借银行卡和电话卡，以免沦为赌博团伙的“工具人”。", "学院将把防范网络赌博纳入学生安全教育常态化内容。"]),
]

ORGS = ["办公室", "宣传科", "综合股", "党政办", "新闻中心", "融媒体中心", "政务服务科", "团委", "教务处", "应急管理股"]

# invented brands (checked against every dev/heldout spam_strings entry by the validator)
BRANDS = {
    "hidden": "苍梧棋牌", "cloak": "银沙娱乐城", "title": "鎏金电竞竞猜", "friend": "乘风彩票计划网",
    "s_refresh": "赤隼竞技投注", "s_docwrite": "北斗六合资料", "s_bodyline": "凯旋捕鱼官网", "s_credit": "星瀚网络",
    "s_trad": "澳門銀濤娛樂", "s_porn": "晚枫影院", "s_iframe": "麒麟百家乐", "s_hexjs": "海蓝快三平台",
}

SITES = [
    # host, name, template, encoding, form
    ("www.qingtan.gov.cn", "青潭县人民政府", "t_ribbon", "utf-8", "hidden-offscreen-link-block"),
    ("jyj.yunshuo.gov.cn", "云朔市教育局", "t_dualcol_gbk", "gbk", "referrer-cloak-title-redirect"),
    ("www.hdxy.edu.cn", "衡东学院", "t_campus_gb18030", "gb18030", "keyword-stuffed-spam-title"),
    ("www.baishixiang.gov.cn", "白石乡人民政府", "t_xxgk_table", "utf-8", "sold-friend-links-block"),
]
SINGLE_HOSTS = [
    ("www.lanxi-qu.gov.cn", "澜溪区人民政府"), ("rsj.tongyuan.gov.cn", "桐源市人力资源和社会保障局"), ("www.xzzyxy.edu.cn", "西州职业学院"),
    ("wjw.dongling.gov.cn", "东陵县卫生健康委员会"), ("www.caihe.gov.cn", "彩河镇人民政府"), ("tw.mkdx.edu.cn", "明康大学团委"),
    ("sthj.pingchuan.gov.cn", "平川市生态环境局"), ("www.guanshan.gov.cn", "观山县人民政府"), ("jwc.nhsy.edu.cn", "南华师范学院教务处"),
    ("zrzy.heyang.gov.cn", "河阳县自然资源局"), ("www.songling.gov.cn", "松岭县人民政府"), ("xgb.ldzy.edu.cn", "岭东职业技术学院学生工作部"),
    ("yjj.lushan-x.gov.cn", "鹿山县应急管理局"), ("www.qiaodong.gov.cn", "桥东街道办事处"), ("kjc.jzgy.edu.cn", "江州工业学院科技处"),
    ("fgw.mingyang.gov.cn", "明阳市发展和改革委员会"),
]
SINGLE_FORMS = [("meta-refresh-spam-title", "s_refresh"), ("document-write-spam-links", "s_docwrite"),
                ("spam-line-in-body", "s_bodyline"), ("brand-credit-footer", "s_credit"),
                ("traditional-spam-lines", "s_trad"), ("porn-keyword-line", "s_porn"),
                ("hidden-iframe-with-spam-caption", "s_iframe"), ("hex-js-loader-with-noscript-links", "s_hexjs")]
TEMPLATES = ["t_ribbon", "t_dualcol_gbk", "t_campus_gb18030", "t_xxgk_table", "t_leftnav", "t_minimal_card"]

def esc(s):
    return html.escape(s, quote=True)

def date():
    y = R.choice([2023, 2024, 2025]); m = R.randint(1, 12); d = R.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d)

def article(topic, y):
    t, paras = topic
    p = person()
    return t.format(y=y), [x.format(p=p) for x in paras]

def byline(tpl, dt, src, au, views):
    if tpl == "t_ribbon":
        return '<div class="art-meta"><span>发布时间：%s</span><span>来源：%s</span><span>作者：%s</span><span>浏览次数：%d</span></div>' % (dt, esc(src), esc(au), views)
    if tpl == "t_dualcol_gbk":
        return '<p class="info">%s&nbsp;&nbsp;来源:%s&nbsp;&nbsp;编辑:%s&nbsp;&nbsp;点击:<i>%d</i></p>' % (dt.replace("-", "/"), esc(src), esc(au), views)
    if tpl == "t_campus_gb18030":
        return '<div class="sub"><em>作者：%s</em> | <em>来源：%s</em> | <em>日期：%s</em> | <em>阅读：%d</em></div>' % (esc(au), esc(src), dt, views)
    if tpl == "t_xxgk_table":
        return ('<table class="xxgk"><tr><th>索引号</th><td>11%06d/2025-%05d</td><th>发布机构</th><td>%s</td></tr>'
                '<tr><th>发文日期</th><td>%s</td><th>撰稿人</th><td>%s</td></tr><tr><th>主题分类</th><td>综合政务</td><th>访问量</th><td>%d</td></tr></table>') % (R.randint(0, 999999), R.randint(0, 99999), esc(src), dt, esc(au), views)
    if tpl == "t_leftnav":
        return '<div class="time">【发布日期：%s】【信息来源：%s】【责任编辑：%s】</div>' % (dt, esc(src), esc(au))
    return '<ul class="meta"><li>%s</li><li>来源 / %s</li><li>文 / %s</li></ul>' % (dt, esc(src), esc(au))

CSS = {
    "t_ribbon": "body{margin:0;font:14px/1.8 SimSun}.ribbon{background:#b31b1b;color:#fff;height:36px}.wrap{width:1000px;margin:0 auto}.art-meta span{margin-right:18px;color:#888}",
    "t_dualcol_gbk": "body{font:12px/1.7 Tahoma}#left{float:left;width:240px}#main{float:right;width:720px}.info{color:#999;text-align:center}",
    "t_campus_gb18030": "body{background:#f4f1ea}.hdr{background:#14532d;color:#fff}.sub em{font-style:normal;color:#666}.post{background:#fff;padding:24px}",
    "t_xxgk_table": "table.xxgk{border-collapse:collapse;width:100%}table.xxgk th,table.xxgk td{border:1px solid #ccd;padding:4px}.zw{padding:20px 40px}",
    "t_leftnav": "body{font-family:Microsoft YaHei}.lnav{width:200px;float:left}.cont{margin-left:220px}.time{color:#777;border-bottom:1px dashed #ccc}",
    "t_minimal_card": "body{max-width:820px;margin:auto}.card{box-shadow:0 1px 3px #aaa;padding:30px}ul.meta li{display:inline;margin-right:12px}",
}
NAV = ["首页", "机构概况", "新闻动态", "通知公告", "政务公开", "办事服务", "互动交流"]

def page(tpl, enc, host, sitename, title, paras, dt, src, au, inj):
    """inj: dict with optional keys head, title_override, top, body_first, after_text, footer, friend"""
    ptitle = inj.get("title_override") or ("%s_%s" % (title, sitename))
    views = R.randint(40, 4800)
    charset = enc if enc != "utf-8" else "utf-8"
    body_html = "".join("<p>%s</p>\n" % esc(p) for p in paras)
    if inj.get("body_first"):
        body_html = inj["body_first"] + "\n" + body_html
    nav = "".join('<a href="/%s/">%s</a>' % (i, n) for i, n in enumerate(NAV))
    friend = inj.get("friend") or '<div class="links">友情链接：<a href="http://www.gov.cn/">中国政府网</a> <a href="http://www.moe.gov.cn/">教育部</a></div>'
    footer = inj.get("footer") or ""
    by = byline(tpl, dt, src, au, views)
    if tpl == "t_ribbon":
        core = ('<div class="ribbon"><div class="wrap">%s</div></div><div class="wrap"><div class="nav">%s</div>%s'
                '<div class="crumb">当前位置：首页 &gt; 新闻动态</div><h1 class="art-title">%s</h1>%s<div class="art-body" id="zoom">\n%s</div>%s'
                '<div class="foot">主办：%s 地址：县府路1号 <a href="https://beian.miit.gov.cn/">备案号</a>%s</div></div>')
        bodyx = core % (esc(sitename), nav, inj.get("top", ""), esc(title), by, body_html, inj.get("after_text", ""), esc(sitename), footer)
        bodyx += friend
    elif tpl == "t_dualcol_gbk":
        bodyx = ('<div id="top"><img src="/images/logo.gif" alt="%s"></div><div id="menu">%s</div>%s<div id="left"><h3>栏目导航</h3><ul><li>工作动态</li><li>通知公告</li></ul></div>'
                 '<div id="main"><div class="title"><h2>%s</h2></div>%s<div class="content">\n%s</div>%s</div>%s<div id="bottom">版权所有：%s%s</div>') % (
            esc(sitename), nav, inj.get("top", ""), esc(title), by, body_html, inj.get("after_text", ""), friend, esc(sitename), footer)
    elif tpl == "t_campus_gb18030":
        bodyx = ('<div class="hdr"><b>%s</b><span>%s</span></div>%s<div class="post"><h1>%s</h1>%s<div class="entry">\n%s</div>%s</div>%s<footer>Copyright %s %s</footer>') % (
            esc(sitename), nav, inj.get("top", ""), esc(title), by, body_html, inj.get("after_text", ""), friend, esc(sitename), footer)
    elif tpl == "t_xxgk_table":
        bodyx = ('<header><h2>%s</h2><nav>%s</nav></header>%s<section class="xxgk-wrap">%s<h1 class="zwtitle">%s</h1><div class="zw">\n%s</div>%s</section>%s<div class="bottom">%s 版权所有 %s</div>') % (
            esc(sitename), nav, inj.get("top", ""), by, esc(title), body_html, inj.get("after_text", ""), friend, esc(sitename), footer)
    elif tpl == "t_leftnav":
        bodyx = ('<div class="head">%s</div><div class="lnav">%s</div>%s<div class="cont"><div class="bt">%s</div>%s<div class="TRS_Editor">\n%s</div>%s</div>%s<div class="foot">%s%s</div>') % (
            esc(sitename), nav, inj.get("top", ""), esc(title), by, body_html, inj.get("after_text", ""), friend, esc(sitename), footer)
    else:
        bodyx = ('<div class="brand">%s</div><nav>%s</nav>%s<article class="card"><h1>%s</h1>%s\n%s%s</article>%s<p class="cp">&copy; %s%s</p>') % (
            esc(sitename), nav, inj.get("top", ""), esc(title), by, body_html, inj.get("after_text", ""), friend, esc(sitename), footer)
    doc = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s<title>%s</title>\n<style>%s</style></head>\n<body>\n%s\n</body></html>\n') % (
        charset, inj.get("head", ""), esc(ptitle), CSS[tpl], bodyx)
    return doc

def site_injection(form, brand, host):
    dom = "http://www.%s.com/" % (R.choice(["cyqp", "ysyl", "ljdj", "cfcp"]) + str(R.randint(100, 999)))
    if form == "hidden-offscreen-link-block":
        s = [brand, brand + "注册送彩金"]
        return {"top": '<div style="position:absolute;left:-9999px;top:-9999px"><a href="%s">%s</a> <a href="%sreg/">%s</a></div>' % (dom, s[0], dom, s[1])}, s
    if form == "referrer-cloak-title-redirect":
        t = brand + "官方网址"
        js = ('<script type="text/javascript">var r=document.referrer;if(/baidu|sogou|so\\.com|sm\\.cn/i.test(r)){document.title="%s";window.location.href="%s";}</script>\n' % (t, dom))
        return {"head": js}, [t]
    if form == "keyword-stuffed-spam-title":
        t = "%s-%s下注-%s手机版" % (brand, brand[:2], brand)
        return {"title_override": t}, [t, brand]
    if form == "sold-friend-links-block":
        s = [brand, brand + "开奖直播"]
        fr = '<div class="links">友情链接：<a href="http://www.gov.cn/">中国政府网</a> <a href="%s">%s</a> <a href="%slive/">%s</a></div>' % (dom, s[0], dom, s[1])
        return {"friend": fr}, s
    raise ValueError(form)

def single_injection(form, brand):
    dom = "http://%s.%s/" % (R.choice(["m", "www", "vip"]), R.choice(["lj88.com", "bdzl.net", "kxby.cc", "xhwl.top", "amjs.vip", "yesy.xyz", "qlbjl.com", "hlk3.net"]))
    if form == "meta-refresh-spam-title":
        t = brand + "-官方唯一指定网站"
        return {"head": '<meta http-equiv="refresh" content="0;url=%s">\n' % dom, "title_override": t}, [t]
    if form == "document-write-spam-links":
        s = brand + "大全"
        return {"after_text": '<script>document.write(\'<div style="display:none"><a href="%s">%s</a></div>\');</script>' % (dom, s)}, [s]
    if form == "spam-line-in-body":
        s = "%s：%s，首充即送百分百彩金" % (brand, dom.rstrip("/"))
        return {"body_first": "<p>%s</p>" % esc(s)}, [s]
    if form == "brand-credit-footer":
        s = "技术支持：" + brand
        return {"footer": ' <a href="%s">%s</a>' % (dom, s)}, [brand]
    if form == "traditional-spam-lines":
        s1 = brand + "官方網站"; s2 = "線上真人百家樂，註冊即送體驗金"
        return {"after_text": '<div class="tags"><p>%s</p><p>%s</p></div>' % (s1, s2)}, [s1, s2]
    if form == "porn-keyword-line":
        s = "%s 免费在线观看 成人高清视频" % brand
        return {"top": '<p class="kw">%s</p>' % esc(s)}, [s]
    if form == "hidden-iframe-with-spam-caption":
        s = brand + "真人开户"
        return {"after_text": '<div style="height:0;overflow:hidden"><iframe src="%s" width="1" height="1"></iframe><a href="%s">%s</a></div>' % (dom, dom, s)}, [s]
    if form == "hex-js-loader-with-noscript-links":
        s = brand + "计划群"
        url = dom + "js/t.js"
        hx = "".join("\\x%02x" % ord(c) for c in url)
        return {"head": '<script>(function(){var s=document.createElement("script");s.src="%s";document.getElementsByTagName("head")[0].appendChild(s);})();</script>\n<noscript><a href="%s">%s</a></noscript>\n' % (hx, dom, s)}, [s]
    raise ValueError(form)

def main(out):
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    topics = TOPICS[:]
    R.shuffle(topics)
    ti = 0; n = 0
    legit_i = 0
    def emit(host, sitename, tpl, enc, title, paras, dt, src, au, inj, hijacked, forms, spam, legit):
        nonlocal n
        n += 1
        pid = "syn29-%03d" % n
        url = "http://%s/%s/%s/t%s_%d.html" % (host, R.choice(["xwdt", "tzgg", "gzdt", "zwgk"]), dt[:7].replace("-", ""), dt.replace("-", ""), 3000 + n)
        doc = page(tpl, enc, host, sitename, title, paras, dt, src, au, inj)
        with open(os.path.join(out, "html", pid + ".html"), "wb") as f:
            f.write(doc.encode(enc))
        rows.append({"id": pid, "url": url, "title": title, "date": dt, "source": src, "author": au,
                     "text": "\n".join(paras), "hijacked": hijacked, "injections": forms, "spam_strings": spam,
                     "legit": legit, "lang": "zh", "origin": "synthetic:make_set.py", "kind": "synthetic",
                     "site": host, "capture": "html", "encoding": enc, "template": tpl})
    for (host, name, tpl, enc, form), bkey in zip(SITES, ["hidden", "cloak", "title", "friend"]):
        inj, spam = site_injection(form, BRANDS[bkey], host)
        pattern = [True, False, True, False, True, False]
        R.shuffle(pattern)
        legit_slot = [i for i, h in enumerate(pattern) if not h][R.randint(0, 2)]
        for i, hj in enumerate(pattern):
            dt = date(); src = R.choice(ORGS); au = person()
            if i == legit_slot:
                t, paras = LEGIT[legit_i]; legit_i += 1
                emit(host, name, tpl, enc, t, paras, dt, src, au, {}, False, [], [], True)
                continue
            title, paras = article(topics[ti % len(topics)], dt[:4]); ti += 1
            if hj:
                emit(host, name, tpl, enc, title, paras, dt, src, au, inj, True, [form], list(spam), False)
            else:
                emit(host, name, tpl, enc, title, paras, dt, src, au, {}, False, [], [], False)
    encs = {"t_ribbon": "utf-8", "t_dualcol_gbk": "gbk", "t_campus_gb18030": "gb18030", "t_xxgk_table": "utf-8", "t_leftnav": "utf-8", "t_minimal_card": "utf-8"}
    for k, (host, name) in enumerate(SINGLE_HOSTS):
        form, bkey = SINGLE_FORMS[k % len(SINGLE_FORMS)]
        tpl = TEMPLATES[(k * 5 + 4) % len(TEMPLATES)] if k % 3 else TEMPLATES[4 + (k // 3) % 2]
        enc = encs[tpl]
        inj, spam = single_injection(form, BRANDS[bkey])
        dt = date(); src = R.choice(ORGS); au = person()
        title, paras = article(topics[ti % len(topics)], dt[:4]); ti += 1
        emit(host, name, tpl, enc, title, paras, dt, src, au, inj, True, [form], spam, False)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "synthetic-v29")
