"""Generate synthetic-v43: 40 pages (28 hijacked, 12 clean of which 4 legit) on 6 CMS templates.

Usage: python3 make_set.py [OUTDIR]   (default: ../synthetic-v43). Fixed seed; a re-run is byte-identical.
Stdlib only. Everything (units, hosts, people, brands, spam hosts, scripts) is invented for this set.
"""
import html as H
import json
import os
import random
import sys

SEED = 43043
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v43")


def esc(s):
    return H.escape(s, quote=False)


def attr(s):
    return H.escape(s, quote=True)


# ---------------------------------------------------------------------------------------------
# people, dates
# ---------------------------------------------------------------------------------------------
SURN = "冉卜甘左牛房谷莫窦闵柏申包戚喻纪舒阮柯毕单司邢滕池乔练祁庞骆凌桑严麦尚蓝廉温班巫"
GIVEN = ["晓岚", "嘉禾", "思琪", "立群", "文轩", "雨桐", "博涛", "海宁", "庆丰", "婉清", "继光", "子墨", "新宇", "秋菊",
         "佳怡", "守仁", "春燕", "毅", "凯", "玲", "宏亮", "若溪", "振宇", "美琴", "泽民", "艳", "家豪", "宁"]


def person():
    return SURN[R.randrange(len(SURN))] + GIVEN[R.randrange(len(GIVEN))]


def rdate(y0=2022, y1=2025):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


# ---------------------------------------------------------------------------------------------
# article material (written for this set)
# ---------------------------------------------------------------------------------------------
GOV_EVENTS = [
    ("{u}召开{y}年耕地保护工作推进会",
     ["{md}，{u}召开{y}年耕地保护工作推进会，{p1}出席会议并讲话。",
      "会议通报了今年以来卫片执法检查发现问题的整改进展，对永久基本农田保护、撂荒地复耕复种和高标准农田建设等工作作了具体安排。",
      "{p1}要求，各乡镇（街道）要落实田长制责任，对新增问题做到早发现、早制止、早处置，坚决守住耕地保护红线。",
      "自然资源、农业农村等部门负责人参加会议。"]),
    ("{u}开展燃气安全入户排查",
     ["连日来，{u}组织工作人员会同燃气企业技术人员，对{place}餐饮门店和老旧小区居民用户开展燃气安全入户排查。",
      "排查人员逐户检查燃气软管是否老化、报警装置是否正常、连接部位是否漏气，现场向商户和居民讲解安全用气常识，共排查用户{n}户，当场整改隐患37处。",
      "对暂时无法整改的隐患，工作人员建立台账，明确整改时限，做到闭环管理。"]),
    ("{u}举办{y}年重点项目集中签约活动",
     ["{md}，{u}举办{y}年重点项目集中签约活动，共签约项目{k}个，涉及新材料、农产品精深加工、文旅康养等领域。",
      "签约仪式上，{p1}介绍了本地产业基础和营商环境，表示将为落地企业提供全程代办服务。",
      "参会企业代表表示，将加快推进项目前期工作，争取早开工、早投产、早见效。"]),
    ("{u}召开优化营商环境工作专题会",
     ["{md}，{u}召开优化营商环境工作专题会，听取近期政务服务改革和涉企问题办理情况汇报。",
      "会议指出，要持续推进“一件事一次办”，压缩审批时限，畅通政企沟通渠道，对企业反映的问题做到件件有回音、事事有着落。",
      "{p1}强调，各部门要主动靠前服务，以实打实的举措增强经营主体获得感。"]),
    ("{u}开展汛前水利工程安全检查",
     ["{md}，{p1}带队对{place}一带的小型水库、山塘和堤防开展汛前安全检查。",
      "检查组详细查看了溢洪道、放水设施和大坝坝体情况，查阅了巡查记录和防汛物资台账，对发现的问题当场交办。",
      "{p1}要求，要严格落实水库安全管理“三个责任人”制度，加密巡查频次，确保安全度汛。"]),
    ("{u}组织开展“{th}”集中宣传活动",
     ["{md}，{u}在{place}组织开展“{th}”集中宣传活动。",
      "活动现场设置咨询台和展板，工作人员向过往群众发放宣传折页、解答政策咨询，引导群众增强法治意识和自我保护能力。",
      "活动共发放宣传资料{n}余份，接受群众咨询200余人次。"]),
]
EDU_EVENTS = [
    ("{u}举行{y}年秋季运动会",
     ["{md}，{u}{y}年秋季运动会在学校田径场开幕，全体师生参加开幕式。",
      "本届运动会设田径、趣味接力和集体跳绳等项目，共有{n}余名学生报名参赛。赛场上，运动员们奋勇拼搏，啦啦队呐喊助威，现场气氛热烈。",
      "{p1}在开幕式上致辞，希望同学们赛出风格、赛出水平，在运动中锤炼意志、增进友谊。"]),
    ("{u}开展新教师课堂教学展示活动",
     ["为帮助青年教师尽快站稳讲台，{md}，{u}开展新教师课堂教学展示活动。",
      "活动中，{k}名新入职教师分别执教语文、数学、英语、物理等学科展示课，教研组长和骨干教师全程听课并逐一评课。",
      "{p1}指出，新教师要多听课、勤反思，在教学实践中不断提升专业素养。"]),
    ("{u}召开{y}届毕业生就业工作推进会",
     ["{md}，{u}召开{y}届毕业生就业工作推进会，{p1}出席会议并讲话。",
      "会议通报了当前毕业生去向落实情况，各二级学院汇报了访企拓岗、就业帮扶等工作进展。",
      "{p1}要求，要聚焦重点群体开展“一生一策”精准帮扶，持续拓展就业渠道，推动毕业生更加充分、更高质量就业。"]),
    ("{u}举办“{th}”主题读书分享会",
     ["{md}，{u}图书馆举办“{th}”主题读书分享会，{n}余名师生参加。",
      "分享会上，师生代表结合阅读经历，交流了对经典作品的理解和感悟，现场互动热烈。",
      "{p1}表示，学校将持续推进书香校园建设，引导学生养成爱读书、读好书的习惯。"]),
    ("{u}组织学生开展劳动实践周活动",
     ["{md}起，{u}组织学生在校内劳动实践基地开展为期一周的劳动实践活动。",
      "学生们在指导教师带领下学习翻土、播种、浇水和除草等农事技能，并记录作物生长情况，撰写劳动日志。",
      "{p1}介绍，学校将劳动教育纳入课程体系，让学生在实践中体会劳动的价值。"]),
]
SCHOOL_EVENTS = [e for e in EDU_EVENTS if "毕业生" not in e[0]] + [
    ("{u}召开{y}学年秋季家长会",
     ["{md}下午，{u}召开{y}学年秋季家长会，各年级{n}余名家长到校参会。",
      "会上，{p1}向家长介绍了学校近期教育教学工作和安全管理要求，各班班主任与家长就学生的学习习惯、心理健康等话题进行了交流。",
      "家长们纷纷表示，将积极配合学校做好家庭教育，共同促进孩子健康成长。"]),
]
COLLEGE_EVENTS = [e for e in EDU_EVENTS if "运动会" not in e[0] and "劳动实践" not in e[0]] + [
    ("{u}举办“{th}”学术讲座",
     ["{md}，{u}邀请兄弟院校专家作客“名师讲堂”，围绕“{th}”作专题学术讲座，{p1}主持讲座。",
      "讲座中，专家结合自身研究经历，介绍了相关领域的前沿动态和研究方法，并与现场师生进行了互动交流。",
      "本次讲座开阔了师生的学术视野，激发了青年教师和学生的科研兴趣。"]),
]
CIVIL_EVENTS = [
    ("{u}开展养老机构安全隐患排查整治",
     ["{md}起，{u}组织开展养老机构安全隐患排查整治，对全市{k}家养老机构逐一进行检查。",
      "检查组重点查看了消防设施、食品安全、用电用气和老年人照护服务等情况，对发现的问题下发整改通知书，限期整改到位。",
      "{p1}要求，各养老机构要落实安全主体责任，切实保障入住老年人生命财产安全。"]),
    ("{u}举办社会救助政策业务培训班",
     ["{md}，{u}举办社会救助政策业务培训班，各县（区）民政部门和乡镇（街道）社会救助经办人员{n}余人参加。",
      "培训围绕最低生活保障、特困人员救助供养、临时救助等政策进行了系统讲解，并对低收入人口动态监测信息平台操作进行了演示。",
      "{p1}强调，要坚持应保尽保、应退尽退，确保救助政策精准落地。"]),
    ("{u}开展“{th}”慈善募捐活动",
     ["{md}，{u}联合市慈善总会在{place}开展“{th}”慈善募捐活动。",
      "活动现场，爱心企业和市民群众踊跃捐款捐物，共募集善款{n}余万元，将全部用于困难群众帮扶。",
      "{u}负责人表示，将进一步规范慈善募捐活动，公开善款使用情况，接受社会监督。"]),
    ("{u}召开{y}年婚俗改革工作推进会",
     ["{md}，{u}召开{y}年婚俗改革工作推进会，通报婚俗改革实验区建设进展。",
      "会议要求，要持续推进婚姻登记颁证服务，倡导婚事新办、简办，抵制高价彩礼、大操大办等不良风气。",
      "各县（区）民政局分管负责人参加会议。"]),
]
MED_EVENTS = [
    ("{u}开展“{th}”义诊活动",
     ["{md}，{u}组织心内科、内分泌科、儿科等科室专家到{place}开展“{th}”义诊活动。",
      "义诊现场，专家们为群众测量血压、血糖，提供用药指导和健康咨询，共服务群众{n}余人次。",
      "{p1}表示，医院将把义诊活动常态化开展，让优质医疗服务更好惠及基层群众。"]),
    ("{u}顺利完成首例经皮冠状动脉介入手术",
     ["近日，{u}心血管内科团队顺利完成医院首例经皮冠状动脉介入手术，患者术后恢复良好。",
      "据介绍，患者因胸痛入院，经检查提示冠状动脉严重狭窄。科室团队在完善术前评估后实施手术，为患者植入支架一枚。",
      "该技术的开展，标志着医院胸痛救治能力迈上新台阶，辖区群众在家门口即可获得及时救治。"]),
    ("{u}举办{y}年院感防控知识培训",
     ["{md}，{u}举办{y}年医院感染防控知识培训，全院医护人员{n}余人参加。",
      "培训围绕手卫生规范、医疗废物管理、多重耐药菌防控等内容展开，授课老师结合典型案例进行讲解。",
      "培训结束后进行了现场考核，进一步提升了医务人员的院感防控意识。"]),
]
THEMES = {"宣传": ["法治宣传进万家", "全民国家安全教育日", "防范非法集资", "安全生产月"],
          "读书": ["书香润心田", "阅读点亮青春", "经典诵读伴成长"],
          "讲座": ["人工智能赋能教育教学", "科研项目申报与论文写作", "青年教师科研能力提升"],
          "义诊": ["健康中国行", "银龄健康", "医疗服务下基层"],
          "慈善": ["慈善一日捐", "温暖寒冬", "情暖夕阳"]}
PLACES = ["城关镇文化广场", "南岭社区", "东坝村", "新城街道", "石桥村", "湖畔社区", "西街农贸市场", "高新园区"]

LEGIT = {
    "fc_fund": ("{u}关于{y2}年度福利彩票公益金资助项目执行情况的公告",
                ["根据《彩票管理条例》和《彩票公益金管理办法》有关规定，现将{y2}年度我局使用福利彩票公益金资助项目执行情况公告如下。",
                 "{y2}年度，我局共使用本级福利彩票公益金{n}万元，资助居家养老服务站点运营、残疾人托养、困境儿童关爱和社会救助等项目14个。",
                 "全部项目均已按计划完成，资金使用情况已纳入年度审计，项目资料存档备查。",
                 "福利彩票公益金资助项目均标注“福利彩票公益金资助”字样，欢迎社会各界监督。"]),
    "police": ("{u}破获一起网络赌博案件 抓获犯罪嫌疑人9名",
               ["近日，{u}根据群众举报线索，成功破获一起利用网络平台组织赌博的案件，抓获犯罪嫌疑人9名，冻结涉案资金一批。",
                "经查，犯罪嫌疑人以“游戏充值”为幌子，通过聊天群组拉拢群众参与线上赌博，并从中抽头渔利。目前，案件正在进一步侦办中。",
                "警方提醒：网络赌博不仅违法，更易导致倾家荡产。广大群众要自觉抵制各类赌博活动，发现相关违法犯罪线索可及时向公安机关举报。"]),
    "tc_rules": ("{u}关于规范体育彩票实体销售网点经营行为的通知",
                 ["为进一步规范体育彩票实体销售网点经营行为，保障购彩者合法权益，根据《彩票管理条例》及其实施细则等规定，现就有关事项通知如下。",
                  "一、销售网点应当在醒目位置张贴销售许可证和“未成年人不得购买彩票”的提示，不得向未成年人销售彩票或兑奖。",
                  "二、销售网点不得以赊销或信用方式销售彩票，不得通过互联网、电话等方式代购或变相代购彩票。",
                  "三、各销售网点应当配合做好日常巡查和暗访检查工作，对违规网点将依规采取暂停销售、终止代销合同等措施。"]),
    "court": ("{u}公开宣判一起开设赌场案",
              ["{md}，{u}依法公开宣判一起开设赌场案，被告人韩某、闫某分别被判处有期徒刑三年六个月和二年，并处罚金，违法所得依法予以追缴。",
               "法院审理查明，被告人韩某伙同闫某在出租屋内设置赌博机，招揽他人参赌，从中营利，情节严重，其行为均已构成开设赌场罪。",
               "宣判后，承办法官对旁听群众进行了以案释法，提醒大家远离赌博，切勿以身试法。"]),
}


def fill(tpl, unit, y, m, d):
    ctx = dict(u=unit, y=y, y2=y - 1, md=f"{m}月{d}日", p1=person(), n=R.choice([120, 260, 380, 450, 600, 1200]),
               k=R.choice([4, 6, 8, 11]), place=R.choice(PLACES))
    key = next((k for k in THEMES if k in tpl[0]), "宣传")
    ctx["th"] = R.choice(THEMES[key])
    title, paras = tpl
    return title.format(**ctx), [p.format(**ctx) for p in paras]


# ---------------------------------------------------------------------------------------------
# injections: each returns hooks (positions in a template), spam_strings, marker, form name
# ---------------------------------------------------------------------------------------------
def inj_hidden_links(b, pos):
    links = "".join(f'<a href="https://{b["dom"]}/?c={i}">{t}</a>' for i, t in enumerate(
        [f'{b["name"]}官方网站', f'{b["name"]}app下载', f'{b["name"]}注册入口']))
    blk = f'<div style="display:none" class="hd-lk">{links}</div>'
    return {pos: blk}, [f'{b["name"]}官方网站', f'{b["name"]}app下载', f'{b["name"]}注册入口'], None, "hidden-link-block"


def inj_offscreen(b, pos="after_text"):
    blk = (f'<div style="position:absolute;top:-3100px;left:-2600px;height:10px;overflow:hidden">'
           f'<a href="https://{b["dom"]}/">{b["name"]}</a>｜<a href="https://{b["dom"]}/m/">{b["name"]}手机版</a>｜'
           f'<a href="https://{b["dom"]}/dl/">{b["name"]}客户端</a></div>')
    return {pos: blk}, [b["name"], f'{b["name"]}手机版'], None, "offscreen-link-block"


def inj_kw_title(b):
    t = f'{b["name"]}-{b["name"]}官方入口-{b["kw"]}'
    meta = f'<meta name="keywords" content="{b["name"]},{b["kw"]}">\n<meta name="description" content="{b["name"]}为您提供{b["kw"]}服务。">'
    return {"title": t, "head": meta}, [b["name"], f'{b["name"]}官方入口', b["kw"]], None, "keyword-stuffed-title"


def inj_porn_top(b):
    line = f'<div style="font-size:12px;line-height:18px;text-align:center">{b["line"]}</div>'
    return {"body_top": line}, b["line"].split("｜"), None, "porn-keyword-line-top"


def inj_porn_title_top(b):
    hooks, spam, marker, _ = inj_porn_top(b)
    hooks["title"] = b["line"].replace("｜", "_")
    return hooks, spam, marker, "porn-keyword-title+porn-keyword-line-top"


def inj_porn_bottom(b):
    line = f'<p style="font-size:12px;color:#999">{b["line"]}</p>'
    return {"end": line}, b["line"].split("｜"), None, "porn-keyword-line-bottom"


def inj_body_lines(b):
    l1 = f'{b["name"]}官方平台，{b["name"]}最新地址{b["dom"]}'
    l2 = f'{b["kw"]}就上{b["name"]}'
    return {"body_lines": [(1, l1), (2, l2)]}, [l1, l2, b["name"]], None, "spam-line-in-body"


def inj_source(b):
    return {"source": b["name"]}, [b["name"]], None, "brand-as-source"


def inj_author(b):
    return {"author": f'{b["name"]}小编'}, [f'{b["name"]}小编'], None, "brand-as-author"


def inj_outlet(b):
    return {"lead_prefix": f'（{b["name"]}讯）'}, [b["name"]], None, "outlet-mark-brand"


def inj_header(b):
    return {"site_suffix": f'-{b["name"]}', "title_suffix": f'_{b["name"]}'}, [b["name"]], None, "brand-in-site-name"


def inj_footer_credit(b):
    return ({"footer": f'技术支持：<a href="https://{b["dom"]}/">{b["name"]}</a>'}, [b["name"]], None,
            "footer-credit-brand")


def inj_friend_links(b):
    fl = [(f'https://{b["dom"]}/', b["name"]), (f'https://{b["dom"]}/ty/', f'{b["name"]}官网'),
          (f'https://{b["dom2"]}/', b["name2"])]
    return {"friend_links": fl}, [b["name"], f'{b["name"]}官网', b["name2"]], None, "friend-links-sold"


def inj_docwrite(b):
    s = (f'<script type="text/javascript">\n(function(){{var h=\'<div style="display:none">\';'
         f'h+=\'<a href="https://{b["dom"]}/">{b["name"]}</a>\';'
         f'h+=\'<a href="https://{b["dom"]}/zc/">{b["name"]}开户</a>\';'
         f'h+=\'</div>\';document.write(h);}})();\n</script>')
    return {"end": s}, [b["name"], f'{b["name"]}开户'], None, "document-write-links"


def _codes(s):
    return ",".join(str(ord(c)) for c in s)


def inj_ref_cloak(b):
    s = ('<script>\n(function(w,d){var q=d.referrer||"";'
         'var se=["baidu.","sogou.","so.com","sm.cn","bing."];'
         'for(var i=0;i<se.length;i++){if(q.indexOf(se[i])>-1){'
         f'var t=String.fromCharCode({_codes("https://" + b["dom"] + "/")});'
         'w.location.replace(t);break;}}})(window,document);\n</script>')
    return {"head": s}, [], f'String.fromCharCode({_codes("https://")}', "referrer-cloak-redirect"


def inj_ua_iframe(b):
    s = ('<script>\nvar __ua=navigator.userAgent.toLowerCase();\n'
         'if(/android|iphone|ipad|micromessenger/.test(__ua)){\n'
         f'document.write(\'<iframe src="https://{b["dom"]}/h5/" frameborder="0" '
         'style="position:fixed;left:0;top:0;width:100%;height:100%;z-index:99999;background:#fff"></iframe>\');\n'
         'document.documentElement.style.overflow="hidden";}\n</script>')
    return {"head": s}, [], f'https://{b["dom"]}/h5/', "ua-cloak-iframe-overlay"


def inj_meta_refresh(b):
    t = f'{b["name"]}_{b["kw"]}'
    m = f'<meta http-equiv="refresh" content="3;url=https://{b["dom"]}/">'
    return {"title": t, "head": m}, [b["name"], b["kw"]], None, "meta-refresh+spam-title"


def inj_marquee(b):
    m = f'<marquee scrollamount="3" style="color:#c00;font-size:12px">{b["trad"]}</marquee>'
    return {"after_header": m}, [b["trad"]], None, "traditional-marquee-line"


def inj_img_credit(b):
    return {"credit": f'图片来源：{b["name"]}'}, [f'图片来源：{b["name"]}', b["name"]], None, "image-credit-brand"


# ---------------------------------------------------------------------------------------------
# brands (invented; checked by ../validate_v43s.py against every dev spam_strings entry)
# ---------------------------------------------------------------------------------------------
BRANDS = {
    "A": dict(name="澈峰体育", dom="chefeng-ty.vip", kw="足彩竞猜在线投注"),
    "B": dict(name="蕤光棋牌", dom="rgqp520.cc", kw="手游斗地主赢话费"),
    "C": dict(name="珩屿娱乐", dom="hy-yule88.com", kw="真人视讯在线玩"),
    "D": dict(name="昀汐彩票", dom="yxcp-app.net", kw="快三计划群", name2="翀鹭电竞", dom2="chonglu-dj.top"),
    "s1": dict(name="璞岚电竞", dom="pulan-esp.vip", kw="电竞赛事押注"),
    "s2": dict(name="砺川国际", dom="lcgj-9.com", kw="线上百家博弈官网"),
    "s3": dict(name="", dom="", line="绮梦影视｜蔻色夜话直播｜免费成人视频在线观看"),
    "s4": dict(name="沚鹭体育", dom="zhilu-sport.cc", kw="世界杯投注app"),
    "s5": dict(name="煦峤棋牌", dom="xqqp-game.com", kw=""),
    "s6": dict(name="珺澄娱乐", dom="jcyl-1.top", kw=""),
    "s7": dict(name="翾云体育", dom="xuanyun-ty.com", kw=""),
    "s8": dict(name="黍禾电玩", dom="shuhe-dw.vip", kw=""),
    "s9": dict(name="", dom="qd-cheng7.com", kw=""),
    "s10": dict(name="柘浦彩站", dom="zhepu-cz.com", kw="极速赛车稳赢计划"),
    "s11": dict(name="", dom="hm-lux8.cc", kw=""),
    "s12": dict(name="", dom="", trad="琤瀾娛樂城線上開戶，真人視訊即時出款"),
    "s13": dict(name="鹞汀竞技", dom="yaoting-jj.com", kw=""),
    "s14": dict(name="", dom="", line="樱桃夜话视频｜野色短剧无删减｜闺房真人秀场"),
    "s15": dict(name="骐湾体育", dom="qiwan-ty.net", kw="英超滚球投注"),
    "s16": dict(name="苡岑真人", dom="yicen-zr.com", kw=""),
}

# ---------------------------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------------------------
CHARSET = {"Y1": "utf-8", "Y2": "gbk", "Y3": "gb18030", "Y4": "gbk", "Y5": "utf-8", "Y6": "utf-8"}


def body_paras(p, tag="p", cls=None, indent=False):
    out = []
    paras = list(p["paras"])
    if p["hooks"].get("lead_prefix"):
        paras[0] = p["hooks"]["lead_prefix"] + paras[0]
    ins = dict(p["hooks"].get("body_lines", []))
    for i, t in enumerate(paras):
        c = f' class="{cls}"' if cls else ""
        st = ' style="text-indent:2em"' if indent else ""
        out.append(f"<{tag}{c}{st}>{esc(t)}</{tag}>")
        if i in ins:
            out.append(f"<{tag}{c}{st}>{esc(ins[i])}</{tag}>")
    return "\n".join(out)


def hk(p, k):
    return p["hooks"].get(k, "")


def doc_title(p, sep):
    if p["hooks"].get("title"):
        return esc(p["hooks"]["title"])
    return esc(p["title"]) + sep + esc(p["site_name"]) + esc(hk(p, "title_suffix"))


def head_common(p, extra=""):
    return (f'<meta charset="{CHARSET[p["tpl"]]}">\n' if p["tpl"] in ("Y1", "Y5", "Y6") else
            f'<meta http-equiv="Content-Type" content="text/html; charset={CHARSET[p["tpl"]]}">\n') + extra + hk(p, "head")


def src_of(p):
    return p["hooks"].get("source", p["source"])


def auth_of(p):
    return p["hooks"].get("author", p["author"])


def friend_block(p, cls, own):
    fl = own + p["hooks"].get("friend_links", [])
    return f'<div class="{cls}"><b>友情链接：</b>' + "".join(
        f'<a href="{attr(u)}" target="_blank">{esc(t)}</a>' for u, t in fl) + "</div>"


def y1(p):
    """Pagekit-style county government portal: tm-/pk- classes, one-line byline with 浏览次数."""
    nav = "".join(f'<li><a href="/{a}/">{n}</a></li>' for a, n in
                  [("", "首页"), ("zwdt", "政务动态"), ("zfxxgk", "政府信息公开"), ("zmhd", "政民互动"), ("bmfw", "便民服务"), ("zjxq", "走进" + p["short"])])
    by = f'<span>发布时间：{p["date"]} {p["hm"]}</span><span>来源：{esc(src_of(p))}</span>'
    if auth_of(p):
        by += f'<span>作者：{esc(auth_of(p))}</span>'
    by += f'<span>浏览次数：<em id="pk-hits">{p["views"]}</em></span>'
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{head_common(p)}
<title>{doc_title(p, ' - ')}</title>
<link rel="stylesheet" href="/packages/theme-one/css/theme.css">
</head>
<body class="pk-site">
{hk(p, 'body_top')}
<div class="tm-toolbar tm-clearfix"><div class="tm-container"><span class="tm-today">今天是：<span id="pk-date"></span></span><a href="/wza/">无障碍</a> | <a href="/m/">手机版</a></div></div>
<header class="tm-header"><div class="tm-container"><a class="tm-logo" href="/"><img src="/storage/logo-gh.png" alt="国徽"><span>{esc(p["site_name"])}{esc(hk(p, 'site_suffix'))}</span></a></div>
<nav class="tm-navbar"><ul class="tm-nav">{nav}</ul></nav></header>
{hk(p, 'after_header')}
<main class="tm-container tm-main"><div class="tm-grid">
<div class="tm-col-main">
<ul class="pk-crumbs"><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li><span>{esc(p["column"])}</span></li></ul>
<article class="pk-article pk-blog-post">
<h1 class="pk-title">{esc(p["title"])}</h1>
<p class="pk-meta">{by}</p>
<div class="pk-content">
{body_paras(p, indent=True)}
{hk(p, 'after_text')}
</div>
<div class="pk-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</article>
</div>
<aside class="tm-col-side"><div class="tm-panel"><h3 class="tm-panel-title">热点专题</h3><ul><li><a href="/zt/yshj/">优化营商环境</a></li><li><a href="/zt/xczx/">乡村振兴</a></li><li><a href="/zt/cjwm/">创建文明城市</a></li></ul></div></aside>
</div></main>
<footer class="tm-footer"><div class="tm-container">
<p>主办单位：{esc(p["unit_host"])}　承办：{esc(p["short"])}融媒体中心</p>
<p>网站标识码：{p["bsm"]}　{p["icp"]}　{hk(p, 'footer')}</p>
</div></footer>
<script>document.getElementById("pk-date").innerHTML=new Date().toLocaleDateString();</script>
{hk(p, 'end')}
</body>
</html>
"""


def y2(p):
    """GetSimple-style middle-school site (GBK): #gs-wrap, 【作者】【来源】【日期】【点击】 byline."""
    menu = "".join(f'<li class="{a}"><a href="/index.php?id={a}">{n}</a></li>' for a, n in
                   [("index", "学校首页"), ("xxgk", "学校概况"), ("xyxw", "校园新闻"), ("jyjx", "教育教学"), ("dtgz", "党团工作"), ("jxzy", "家校之窗")])
    parts = []
    if auth_of(p):
        parts.append(f'【作者：{esc(auth_of(p))}】')
    parts.append(f'【来源：{esc(src_of(p))}】')
    parts.append(f'【日期：{p["y"]}年{p["m"]}月{p["d"]}日】')
    parts.append(f'【点击：{p["views"]}】')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{head_common(p)}
<title>{doc_title(p, ' | ')}</title>
<link href="/theme/Campus/style.css" rel="stylesheet" type="text/css" />
</head>
<body id="xyxw">
{hk(p, 'body_top')}
<div id="gs-wrap">
<div id="gs-header"><div class="gs-school">{esc(p["site_name"])}{esc(hk(p, 'site_suffix'))}</div><div class="gs-motto">厚德 笃学 求实 创新</div></div>
<ul id="gs-menu">{menu}</ul>
{hk(p, 'after_header')}
<div id="gs-maincontent">
<div class="gs-crumb">当前位置：<a href="/">学校首页</a> &gt; <a href="/index.php?id=xyxw">校园新闻</a></div>
<div class="gs-page">
<h2 class="gs-ptitle">{esc(p["title"])}</h2>
<div class="gs-pinfo">{'&nbsp;'.join(parts)}</div>
<div class="gs-pcontent">
{body_paras(p, indent=True)}
{hk(p, 'after_text')}
</div>
<div class="gs-prevnext">上一篇：<a href="/index.php?id=xyxw&amp;p={p["num"] - 3}">{esc(p["prev"])}</a><br />下一篇：无</div>
</div>
</div>
<div id="gs-sidebar"><h3>通知公告</h3><ul><li><a href="#">关于做好寒假安全工作的通知</a></li><li><a href="#">家长学校开课通知</a></li></ul></div>
{friend_block(p, "gs-links", [("http://www.moe.gov.cn/", "教育部"), ("/jyj/", "区教育局")])}
<div id="gs-footer">版权所有：{esc(p["site_name"])}　地址：{esc(p["addr"])}　{p["icp"]}<br />{hk(p, 'footer')}</div>
</div>
{hk(p, 'end')}
</body>
</html>
"""


def y3(p):
    """南大之星-style township 信息公开 page (GB18030): metadata table, 信息来源/发布日期 under the title."""
    pairs = [("索引号", p["syh"]), ("公开方式", "主动公开"), ("发布机构", p["source"]), ("公开时限", "长期公开"),
             ("生成日期", p["date"]), ("主题分类", p["column"]), ("文　　号", "无"), ("公开范围", "面向社会")]
    tb = ""
    for i in range(0, len(pairs), 2):
        (a, b), (c, d) = pairs[i], pairs[i + 1]
        tb += f'<tr><th>{a}</th><td>{esc(b)}</td><th>{c}</th><td>{esc(d)}</td></tr>'
    tb += f'<tr><th>名　　称</th><td colspan="3">{esc(p["title"])}</td></tr>'
    src_line = f'信息来源：{esc(src_of(p))}　　发布日期：{p["date"]}　　访问次数：<span class="nz-cnt">{p["views"]}</span>'
    return f"""<!DOCTYPE html>
<html>
<head>
{head_common(p)}
<title>{doc_title(p, '--')}</title>
<meta name="SiteName" content="{attr(p["site_name"])}">
<meta name="ArticleTitle" content="{attr(p["title"])}">
<meta name="PubDate" content="{p["date"]} {p["hm"]}">
<link rel="stylesheet" href="/nzstar/css/xxgk.css">
</head>
<body>
{hk(p, 'body_top')}
<div class="nz-top"><div class="nz-w"><div class="nz-logo">{esc(p["site_name"])}{esc(hk(p, 'site_suffix'))}</div><div class="nz-search"><input type="text" value="请输入关键字"><button>搜索</button></div></div></div>
<div class="nz-nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/xxgk/zn/">公开指南</a><a href="/xxgk/nb/">公开年报</a><a href="/ysqgk/">依申请公开</a></div>
{hk(p, 'after_header')}
<div class="nz-w nz-body">
<div class="nz-path">您现在的位置：首页 &gt; 信息公开 &gt; {esc(p["column"])}</div>
<table class="nz-meta" cellspacing="0" cellpadding="0">{tb}</table>
<div class="nz-article">
<h1>{esc(p["title"])}</h1>
<div class="nz-src">{src_line}</div>
<div class="nz-txt">
{body_paras(p, indent=True)}
{hk(p, 'after_text')}
</div>
</div>
</div>
<div class="nz-foot">主办：{esc(p["unit_host"])}　{p["icp"]}　网站标识码：{p["bsm"]}<br>{hk(p, 'footer')}</div>
{hk(p, 'end')}
</body>
</html>
"""


def y4(p):
    """Nikola-style static college-department site (GBK): <time> in the post header, 撰稿/审核 after the text."""
    cred = f'<p class="nk-credit">（撰稿：{esc(auth_of(p))}　审核：{esc(p["reviewer"])}）</p>' if auth_of(p) else ""
    src = f'<span class="nk-src">来源：{esc(src_of(p))}</span>'
    return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="zh">
<head>
{head_common(p)}
<title>{doc_title(p, ' | ')}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="../../assets/css/all-nocdn.css" rel="stylesheet" type="text/css">
</head>
<body>
{hk(p, 'body_top')}
<a href="#nk-content" class="sr-only sr-only-focusable">跳到主要内容</a>
<nav class="nk-navbar"><a class="nk-brand" href="/">{esc(p["site_name"])}{esc(hk(p, 'site_suffix'))}</a>
<ul><li><a href="/xygk/">学院概况</a></li><li><a href="/news/">学院新闻</a></li><li><a href="/jxky/">教学科研</a></li><li><a href="/xsgz/">学生工作</a></li></ul></nav>
{hk(p, 'after_header')}
<div class="nk-wrap" id="nk-content">
<article class="post-text" itemscope="itemscope" itemtype="http://schema.org/Article">
<header><h1 class="nk-post-title" itemprop="headline name">{esc(p["title"])}</h1>
<div class="metadata"><p class="dateline"><time class="published" datetime="{p["date"]}T{p["hm"]}:00+08:00" itemprop="datePublished">{p["y"]}-{p["m"]:02d}-{p["d"]:02d}</time> {src}</p></div></header>
<div class="nk-post-body" itemprop="articleBody text">
{body_paras(p)}
{cred}
{hk(p, 'after_text')}
</div>
<aside class="postpromonav"><ul class="pager"><li class="previous"><a href="../{p["num"] - 2}/" rel="prev">上一篇</a></li></ul></aside>
</article>
</div>
<footer id="nk-footer"><p>&copy; {p["y"]} {esc(p["site_name"])} · 地址：{esc(p["addr"])}</p><p>{hk(p, 'footer')}</p></footer>
{hk(p, 'end')}
</body>
</html>
"""


def y5(p):
    """mojoPortal-style ASP.NET bureau site (utf-8): modulecontent, 日期/来源/编辑/阅读 byline, 友情链接 select row."""
    by = f'日期：{p["y"]}/{p["m"]}/{p["d"]} {p["hm"]}&nbsp;&nbsp;来源：{esc(src_of(p))}'
    if auth_of(p):
        by += f'&nbsp;&nbsp;编辑：{esc(auth_of(p))}'
    by += f'&nbsp;&nbsp;阅读：{p["views"]}次'
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{head_common(p)}
<title>{doc_title(p, ' - ')}</title>
<link href="/Data/Sites/1/skins/civic/style.css" rel="stylesheet">
</head>
<body class="pagebody">
{hk(p, 'body_top')}
<form method="post" action="/news/thread.aspx?pageid=5&amp;ItemID={p["num"]}" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk{p["num"]}">
<div id="wrapwebsite">
<div class="sitelogo"><a class="siteheading" href="/">{esc(p["site_name"])}{esc(hk(p, 'site_suffix'))}</a></div>
<div class="topnav"><ul class="sf-menu"><li><a href="/">首页</a></li><li><a href="/jgzn/">机构职能</a></li><li><a href="/news/">工作动态</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
{hk(p, 'after_header')}
<div id="wrapcenter"><div class="center-rightmargin">
<div class="breadcrumbs"><a href="/">首页</a> &gt; <a href="/news/">{esc(p["column"])}</a></div>
<div class="module"><div class="modulecontent">
<h2 class="moduletitle blogtitle">{esc(p["title"])}</h2>
<div class="blogdate">{by}</div>
<div class="blogtext">
{body_paras(p)}
{hk(p, 'after_text')}
</div>
</div></div>
</div></div>
<div id="wrapfooter">
{friend_block(p, "mp-links", [("http://www.mca.gov.cn/", "中华人民共和国民政部"), ("/sz/", "市人民政府")])}
<div class="mp-copy">主办：{esc(p["unit_host"])}　地址：{esc(p["addr"])}　{p["icp"]}　{hk(p, 'footer')}</div>
</div>
</div>
</form>
{hk(p, 'end')}
</body>
</html>
"""


def y6(p):
    """Piranha-CMS-style hospital news (utf-8): block-based body, 发布日期 · 来源 · 作者 · 点击, 图片/编辑 credit."""
    meta = [f'<span class="pr-date">发布日期 {p["date"]}</span>', f'<span class="pr-src">来源 {esc(src_of(p))}</span>']
    if auth_of(p):
        meta.append(f'<span class="pr-auth">作者 {esc(auth_of(p))}</span>')
    meta.append(f'<span class="pr-hits">点击 {p["views"]}</span>')
    credit = hk(p, "credit")
    cr = f'<p class="pr-credit">{esc(credit)}　编辑：{esc(p["reviewer"])}</p>' if credit else f'<p class="pr-credit">编辑：{esc(p["reviewer"])}</p>'
    return f"""<!doctype html>
<html lang="zh-cn">
<head>
{head_common(p)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{doc_title(p, ' · ')}</title>
<link rel="stylesheet" href="/assets/css/style.min.css">
</head>
<body>
{hk(p, 'body_top')}
<header class="pr-header"><div class="pr-inner"><a class="pr-brand" href="/">{esc(p["site_name"])}{esc(hk(p, 'site_suffix'))}</a>
<nav class="pr-menu"><a href="/">首页</a><a href="/yygk">医院概况</a><a href="/news">新闻中心</a><a href="/ksdh">科室导航</a><a href="/jzzn">就诊指南</a><a href="/dwgk">院务公开</a></nav></div></header>
{hk(p, 'after_header')}
<main class="pr-main">
<article class="pr-post">
<header class="pr-post-head"><h1>{esc(p["title"])}</h1><p class="pr-meta">{' · '.join(meta)}</p></header>
<div class="pr-block pr-block-html">
{body_paras(p)}
</div>
<div class="pr-block pr-block-image"><figure><img src="/uploads/{p["num"]}/img01.jpg" alt=""></figure></div>
{cr}
{hk(p, 'after_text')}
</article>
</main>
<footer class="pr-footer"><p>{esc(p["site_name"])} 版权所有　地址：{esc(p["addr"])}　{p["icp"]}</p><p>{hk(p, 'footer')}</p></footer>
{hk(p, 'end')}
</body>
</html>
"""


TPL = {"Y1": y1, "Y2": y2, "Y3": y3, "Y4": y4, "Y5": y5, "Y6": y6}

# ---------------------------------------------------------------------------------------------
# units / sites
# ---------------------------------------------------------------------------------------------
# (template, site_name, short, host, path, events, column, source_name_for_articles, addr, kind)
SITES = {
    "A": ("Y1", "泷阳县人民政府", "泷阳", "www.longyang.gov.cn", "zwdt/xzdt", GOV_EVENTS, "乡镇动态", "泷阳县人民政府", "泷阳县城关镇府前路1号"),
    "B": ("Y2", "砚川市第二中学", "砚川二中", "www.ycez.edu.cn", "xyxw", SCHOOL_EVENTS, "校园新闻", "砚川市第二中学", "砚川市北园路46号"),
    "C": ("Y3", "枫渡镇人民政府", "枫渡", "fengdu.qianxi.gov.cn", "xxgk/gzdt", GOV_EVENTS, "工作动态", "枫渡镇人民政府", "黔溪县枫渡镇新街2号"),
    "D": ("Y5", "岷泾市民政局", "岷泾民政", "mzj.minjing.gov.cn", "news", CIVIL_EVENTS, "工作动态", "岷泾市民政局", "岷泾市人民路88号"),
}
SINGLE_UNITS = [
    # template, site_name, short, host, path, events, column, source, addr
    ("Y6", "蓟原县人民医院", "蓟原县医院", "www.jyxrmyy.com", "news/yydt", MED_EVENTS, "医院动态", "蓟原县人民医院", "蓟原县解放东路17号"),
    ("Y4", "澧川学院机电工程学院", "机电学院", "jdxy.lcxy.edu.cn", "news", COLLEGE_EVENTS, "学院新闻", "机电工程学院", "澧川市学府大道300号"),
    ("Y1", "汶桥区人民政府", "汶桥", "www.wenqiao.gov.cn", "zwdt/bmdt", GOV_EVENTS, "部门动态", "汶桥区应急管理局", "汶桥区政通路9号"),
    ("Y3", "蒲庄乡人民政府", "蒲庄", "puzhuang.yunze.gov.cn", "xxgk/gzdt", GOV_EVENTS, "工作动态", "蒲庄乡人民政府", "云泽县蒲庄乡"),
    ("Y2", "苕溪县实验小学", "苕溪实小", "www.txsyxx.cn", "xyxw", SCHOOL_EVENTS, "校园新闻", "苕溪县实验小学", "苕溪县文昌路5号"),
    ("Y5", "沅陵港市自然资源局", "沅陵港自然资源", "zrzyj.ylg.gov.cn", "news", GOV_EVENTS, "工作动态", "沅陵港市自然资源局", "沅陵港市滨河路12号"),
    ("Y6", "栖霞湾妇幼保健院", "栖霞湾妇幼", "www.qxwfy.org.cn", "news/yydt", MED_EVENTS, "医院动态", "栖霞湾妇幼保健院", "栖霞湾市育才路2号"),
    ("Y4", "鄞塘职业技术学院信息工程系", "信息工程系", "xxgc.ytvc.edu.cn", "news", COLLEGE_EVENTS, "系部新闻", "信息工程系", "鄞塘市职教园区"),
    ("Y1", "荥川县人民政府", "荥川", "www.xingchuan.gov.cn", "zwdt/xzdt", GOV_EVENTS, "乡镇动态", "荥川县人民政府办公室", "荥川县中山路1号"),
    ("Y5", "潞安湖市水利局", "潞安湖水利", "slj.luanhu.gov.cn", "news", GOV_EVENTS, "工作动态", "潞安湖市水利局", "潞安湖市水利路3号"),
    ("Y2", "柘城县第四中学", "柘城四中", "www.zcsz.net", "xyxw", SCHOOL_EVENTS, "校园新闻", "柘城县第四中学", "柘城县育英路20号"),
    ("Y3", "双碾镇人民政府", "双碾", "shuangnian.lixian.gov.cn", "xxgk/gzdt", GOV_EVENTS, "工作动态", "双碾镇人民政府", "栎县双碾镇"),
    ("Y6", "歙溪中医院", "歙溪中医院", "www.sxzyy.net", "news/yydt", MED_EVENTS, "医院动态", "歙溪中医院", "歙溪市中医路8号"),
    ("Y4", "邗江师范学院文学院", "文学院", "wxy.hjsf.edu.cn", "news", COLLEGE_EVENTS, "学院新闻", "文学院", "邗江师范学院"),
    ("Y5", "铜泽市住房和城乡建设局", "铜泽住建", "zjj.tongze.gov.cn", "news", GOV_EVENTS, "工作动态", "铜泽市住房和城乡建设局", "铜泽市建设路66号"),
    ("Y6", "杉岭县第二人民医院", "杉岭二院", "www.slxdermyy.cn", "news/yydt", MED_EVENTS, "医院动态", "杉岭县第二人民医院", "杉岭县和平街33号"),
]
SINGLE_FORMS = [
    ("s1", lambda b: inj_offscreen(b, "after_text")), ("s2", inj_kw_title), ("s3", inj_porn_title_top), ("s4", inj_body_lines),
    ("s5", inj_source), ("s6", inj_author), ("s7", inj_outlet), ("s8", inj_footer_credit), ("s9", inj_ref_cloak),
    ("s10", inj_meta_refresh), ("s11", inj_ua_iframe), ("s12", inj_marquee), ("s13", inj_img_credit),
    ("s14", inj_porn_bottom), ("s15", inj_body_lines), ("s16", inj_header),
]
LEGIT_SINGLES = [
    ("Y1", "蔚山县公安局", "蔚山公安", "gaj.weishan-x.gov.cn", "zwdt/jwdt", "police", "警务动态", "蔚山县公安局", "蔚山县平安大道6号"),
    ("Y3", "滦平湾市体育局", "滦平湾体育", "tyj.lpw.gov.cn", "xxgk/tzgg", "tc_rules", "通知公告", "滦平湾市体育局", "滦平湾市体育中心"),
    ("Y6", "峄阳县人民法院", "峄阳法院", "yyxfy.gov.cn", "fyxw", "court", "法院新闻", "峄阳县人民法院", "峄阳县法苑路1号"),
]
PLAIN_SINGLE = ("Y4", "泸沽师范高等专科学校外国语系", "外国语系", "wgyx.lgsz.edu.cn", "news", COLLEGE_EVENTS, "系部动态", "外国语系", "泸沽市学院路15号")


def base_page(tpl, site_name, short, host, path, column, source, addr, num, title, paras, y, m, d, author):
    hm = f"{R.randint(8, 18):02d}:{R.choice(['00', '05', '12', '20', '30', '41', '47', '55'])}"
    return dict(tpl=tpl, site_name=site_name, short=short, host=host, column=column, source=source, addr=addr,
                unit_host=site_name, num=num, title=title, paras=paras, y=y, m=m, d=d, hm=hm,
                date=f"{y}-{m:02d}-{d:02d}", author=author, reviewer=person(), views=R.randint(90, 4800),
                url=f"http://{host}/{path}/{y}{m:02d}/t{y}{m:02d}{d:02d}_{num}.html",
                icp=f"{R.choice('黔湘赣皖鲁豫晋冀陕桂')}ICP备{R.randint(10000000, 99999999)}号-{R.randint(1, 3)}", bsm=str(R.randint(1000000000, 9999999999)),
                syh=f"{R.randint(11000000, 99999999)}/{y}-{R.randint(100, 999):05d}", prev="", hooks={})


def main():
    pages = []
    # sites: 3 hijacked sharing one injection + 2 clean (site D: one clean is a legit welfare-lottery notice)
    site_inj = {"A": lambda b, i: inj_hidden_links(b, ["body_top", "end", "body_top"][i]),
                "B": lambda b, i: inj_header(b),
                "C": lambda b, i: inj_docwrite(b),
                "D": lambda b, i: inj_friend_links(b)}
    for key in "ABCD":
        tpl, sname, short, host, path, events, column, source, addr = SITES[key]
        evs = R.sample(events, min(5, len(events)))
        j = 0
        hij_slots = {"A": [0, 2, 3], "B": [1, 2, 4], "C": [0, 1, 3], "D": [0, 3, 4]}[key]
        for i in range(5):
            y, m, d = rdate()
            num = R.randint(1000, 99999)
            legit = key == "D" and i == 2
            if legit:
                title, paras = fill(LEGIT["fc_fund"], sname, y, m, d)
            else:
                title, paras = fill(evs[j], sname, y, m, d)
                j += 1
            author = person() if tpl != "Y3" and R.random() < 0.75 else None
            p = base_page(tpl, sname, short, host, path, column, source, addr, num, title, paras, y, m, d, author)
            p["prev"] = fill(R.choice(events), sname, y, m, d)[0]
            p["legit"] = legit
            if i in hij_slots:
                hooks, spam, marker, form = site_inj[key](BRANDS[key], hij_slots.index(i))
                p.update(hooks=hooks, spam=spam, marker=marker, forms=form.split("+"), hij=True)
            else:
                p.update(spam=[], marker=None, forms=[], hij=False)
            p["origin_extra"] = f"site {key}"
            pages.append(p)
    # single hijacked pages
    for (tpl, sname, short, host, path, events, column, source, addr), (bk, fn) in zip(SINGLE_UNITS, SINGLE_FORMS):
        y, m, d = rdate()
        title, paras = fill(R.choice(events), sname, y, m, d)
        author = person() if tpl != "Y3" else None
        if fn is inj_author and not author:
            author = person()
        p = base_page(tpl, sname, short, host, path, column, source, addr, R.randint(1000, 99999), title, paras, y, m, d, author)
        p["prev"] = fill(R.choice(events), sname, y, m, d)[0]
        hooks, spam, marker, form = fn(BRANDS[bk])
        p.update(hooks=hooks, spam=spam, marker=marker, forms=form.split("+"), hij=True, legit=False, origin_extra="single page")
        pages.append(p)
    # legit singles + one plain clean single
    for tpl, sname, short, host, path, lk, column, source, addr in LEGIT_SINGLES:
        y, m, d = rdate()
        title, paras = fill(LEGIT[lk], sname, y, m, d)
        author = person() if tpl != "Y3" else None
        p = base_page(tpl, sname, short, host, path, column, source, addr, R.randint(1000, 99999), title, paras, y, m, d, author)
        p["prev"] = "关于开展冬季安全检查的通知"
        p.update(hooks={}, spam=[], marker=None, forms=[], hij=False, legit=True, origin_extra="single page, legit")
        pages.append(p)
    tpl, sname, short, host, path, events, column, source, addr = PLAIN_SINGLE
    y, m, d = rdate()
    title, paras = fill(R.choice(events), sname, y, m, d)
    p = base_page(tpl, sname, short, host, path, column, source, addr, R.randint(1000, 99999), title, paras, y, m, d, person())
    p["prev"] = fill(R.choice(events), sname, y, m, d)[0]
    p.update(hooks={}, spam=[], marker=None, forms=[], hij=False, legit=False, origin_extra="single page, clean")
    pages.append(p)

    R.shuffle(pages)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for n, p in enumerate(pages, 1):
        pid = f"sv43-{n:03d}"
        doc = TPL[p["tpl"]](p)
        enc = CHARSET[p["tpl"]]
        data = doc.encode(enc)  # strict: every character must exist in the declared encoding
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(data)
        src = None if "source" in p["hooks"] else p["source"]
        auth = None if "author" in p["hooks"] else p["author"]
        what = "clean page" if not p["hij"] else "injection " + "+".join(p["forms"])
        if p["legit"]:
            what += " (legit: lawful lottery/gambling-regulation content)"
        row = dict(id=pid, url=p["url"], title=p["title"], date=p["date"], source=src, author=auth,
                   text="\n".join(p["paras"]), hijacked=p["hij"], injections=p["forms"], spam_strings=p["spam"],
                   legit=p["legit"], lang="zh",
                   origin=f"synthetic-generator-v43 template {p['tpl']}; {p['origin_extra']}; {what}",
                   kind="synthetic", site=p["host"], capture="html", encoding={"gbk": "GBK", "gb18030": "GB18030"}.get(enc, enc),
                   template=p["tpl"])
        if p["marker"]:
            row["marker"] = p["marker"]
        rows.append(row)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} pages to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
