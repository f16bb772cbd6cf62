#!/usr/bin/env python3
"""Held-out v5 synthetic set: 40 gov/edu pages (28 hijacked, 12 clean of which 4 legit lottery/gambling articles).

Fixed seed, stdlib only, byte-identical output on re-run:
    python3 make_set.py [OUT_DIR]        (default: ../synthetic-v5)

Templates (none of them in generators v1-v4): X1 Big5-declared traditional-Chinese school page with <font> tags and
<br><br> paragraphs; X2 Jcms-like gov information-disclosure page (th/td metadata table, #zoom body, attachments);
X3 inline-style span soup (editor export pasted into a CMS: headline in a styled div, text split over <span>s);
X4 print view (打印本页 page: bare table, 【打印】【关闭】); X5 ASP.NET WebForms page (__VIEWSTATE, ctl00_* labels);
X6 Typecho-like teacher/department blog with a comment list.

Injection forms are modelled on real-cases-v5 (case ids in comments); brands are invented here, in shapes that are
not in the dev sets. Scripts use gates and encodings not used by generators v1-v4 (timezone+language, TextDecoder
bytes, JSON.parse unicode escapes with touch+width gate, base36 code points through new Function for bots,
requestIdleCallback sentence insertion, sessionStorage+weekday overlay). Hidden blocks: content-visibility, closed
<details>, 0x0 iframe srcdoc, hidden <textarea>, 0x0 svg foreignObject, z-index:-1 under a cover box.
"""
import html
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261205
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "synthetic-v5"
SPAM = re.compile(r"⟦(.*?)⟧", re.S)
R = random.Random(SEED)

SURN = "林 郑 邵 蒋 钟 叶 韦 罗 唐 贺 柯 潘 阎 戴 倪 汤 严 江 顾 黎".split()
GIVEN = "晓岚 振华 书航 静怡 卫东 思远 雨桐 海平 立群 婉清 国栋 文博 嘉宁 春燕 子谦 明辉".split()
COUNTIES = ["枫桥县", "岚溪县", "瑞禾县", "临渡县", "青岑县", "柘水县", "栖霞湾区", "沅北县"]
TOWNS = ["石門鎮", "双桥镇", "白鹭乡", "沙埠镇", "杉坪乡", "龙潭镇", "渔塘镇", "桂湾街道"]
SCHOOLS = ["溪山职业技术学院", "滨江师范学院", "北岭理工学院", "临渡县第二中学", "南湖实验小学", "青岑卫生学校"]


def person():
    return R.choice(SURN) + R.choice(GIVEN)


def ymd(y=2025):
    m = R.randint(1, 11)
    d = R.randint(1, 28)
    return y, m, d


def clean(s):
    return re.sub(r"[ \t]{2,}", " ", SPAM.sub("", s)).strip()


def shown(s):
    return html.escape(SPAM.sub(lambda m: m.group(1), s), quote=False)


# ---- articles ------------------------------------------------------------------------------------------------
# Each returns dict(title, org, paras) with {ORG} placeholders where the organisation is named in running text.

def a_pest(org, md, p):
    return dict(title=f"{org}开展秋季林业有害生物普查", paras=[
        f"{md},{{ORG}}组织技术人员分成4个小组,深入辖区重点林区开展秋季林业有害生物普查,重点调查松材线虫病、美国白蛾等危险性病虫害的发生情况。",
        f"普查人员采用线路踏查与标准地调查相结合的方式,对枯死松树逐株登记、取样,并利用手持终端实时上传坐标和照片。截至目前,共踏查林地面积1.2万亩,设立标准地36块。",
        f"{{ORG}}负责人{p}表示,将根据普查结果及时制定防控方案,对发现的疫情做到早发现、早报告、早处置,切实守护好全县森林资源安全。"])


def a_canteen(org, md, p):
    return dict(title=f"{org}开展学校食堂食品安全专项检查", paras=[
        f"为保障秋季开学后师生饮食安全,{md},{{ORG}}联合市场监管部门对辖区内23所中小学校食堂开展食品安全专项检查。",
        "检查组重点查看了食品原料采购索证索票、食品留样、餐具清洗消毒以及从业人员健康证明等情况,并对后厨“明厨亮灶”设备运行情况进行了抽查。",
        f"对检查中发现的留样记录不完整、个别冷藏设备温度偏高等问题,检查组当场下达整改意见,要求限期整改到位。{p}强调,各学校要严格落实校长陪餐制度,守牢食品安全底线。"])


def a_archive(org, md, p):
    return dict(title=f"{org}举办档案数字化工作培训班", paras=[
        f"{md},{{ORG}}举办档案数字化工作培训班,各科室档案管理员及业务骨干共40余人参加培训。",
        "培训邀请市档案馆专家授课,围绕纸质档案扫描质量要求、元数据著录规范、电子档案长期保存等内容进行了详细讲解,并现场演示了档案管理系统的操作流程。",
        f"{p}在总结时要求,各科室要对照培训内容查漏补缺,按照时间节点完成2019年以前文书档案的数字化任务,提升档案利用效率。"])


def a_water(org, md, p):
    return dict(title=f"{org}推进农村供水保障工程建设", paras=[
        f"今年以来,{{ORG}}把农村供水保障作为民生实事重点推进,计划投资3860万元,新建改造供水管网86公里,惠及12个行政村1.7万余人。",
        f"{md},记者在工程现场看到,施工人员正在铺设主管道,挖掘机、吊车来回穿梭。项目负责人{p}介绍,目前工程已完成总量的70%,预计年底前实现通水。",
        "工程完工后,将有效解决部分村组季节性缺水和水质不稳定问题,实现城乡供水“同源、同网、同质”。"])


def a_defense(org, md, p):
    return dict(title=f"{org}2025级新生军训圆满结束", paras=[
        f"{md}上午,{{ORG}}2025级新生军训总结表彰大会在田径场举行。校党委书记{p}、承训部队代表出席大会。",
        "为期14天的军训中,全体新生克服高温天气影响,认真完成了队列训练、内务整理、应急疏散演练和国防教育讲座等科目。大会现场,受阅方队依次通过主席台,展示了良好的精神面貌。",
        "大会对军训中涌现出的优秀连队、优秀学员和优秀教官进行了表彰。新生代表表示,将把军训中养成的优良作风带到今后的学习和生活中。"])


def a_library(org, md, p):
    return dict(title=f"{org}图书馆开展“书香校园”读书月活动", paras=[
        f"{md},{{ORG}}图书馆“书香校园”读书月活动正式启动。本次活动为期一个月,设有好书推荐、读书分享会、古籍修复体验等8项内容。",
        f"启动仪式上,图书馆馆长{p}介绍了馆藏资源和数字阅读平台的使用方法,并向学生读书社团赠送了图书。",
        "据统计,上一学年图书馆纸质图书借阅量达11.6万册次,电子资源访问量同比增长23%。图书馆将继续延长开放时间,为师生提供更好的阅读服务。"])


def a_internship(org, md, p):
    return dict(title=f"{org}与园区企业签订实习就业基地协议", paras=[
        f"{md},{{ORG}}与高新区9家企业举行校企合作签约仪式,共建学生实习就业基地。",
        f"根据协议,企业每年将为学生提供不少于200个实习岗位,并选派技术骨干担任兼职教师;{{ORG}}将为企业员工提供技能培训和技术咨询服务。副校长{p}表示,希望双方以此次签约为契机,在人才培养、技术研发等方面开展更深层次合作。",
        "签约仪式后,企业代表参观了学校实训中心,并与相关专业负责人就课程设置进行了交流。"])


def a_flood(org, md, p):
    return dict(title=f"{org}开展防汛应急演练", paras=[
        f"{md},{{ORG}}在河堤险段组织开展防汛应急演练,镇村干部、民兵应急分队等120余人参加。",
        "演练模拟强降雨导致河道水位暴涨、堤坝出现管涌险情,参演人员迅速完成险情报告、群众转移、抢筑围堰等科目,各环节衔接紧密、处置有序。",
        f"演练结束后,{p}进行了点评,要求各村进一步完善应急预案,做好物资储备和值班值守,确保安全度汛。"])


def a_elder(org, md, p):
    return dict(title=f"{org}为辖区老年人开展免费健康体检", paras=[
        f"{md}起,{{ORG}}在辖区各村卫生室为65岁以上老年人开展免费健康体检,预计服务3200余人。",
        "体检项目包括血压、血糖、血脂、肝肾功能、心电图和腹部B超等,体检结果将录入居民健康档案,家庭医生团队将对发现的慢性病患者进行跟踪随访。",
        f"负责体检工作的医生{p}说,为方便行动不便的老人,体检队还将上门提供服务。"])


def a_teacher(org, md, p):
    return dict(title=f"{org}举行青年教师教学能力比赛", paras=[
        f"{md},{{ORG}}第六届青年教师教学能力比赛决赛在学术报告厅举行,经过初赛选拔的14名青年教师参加决赛。",
        "比赛分为教学设计、课堂教学和教学反思三个环节,评委从教学内容、教学组织、语言表达和教学特色等方面进行综合评分。",
        f"最终,{p}等3名教师获得一等奖。教务处负责人表示,学校将以赛促教,持续提升青年教师的教学水平。"])


def a_tax(org, md, p):
    return dict(title=f"{org}开展“便民办税春风行动”", paras=[
        f"{md},{{ORG}}在政务服务中心办税大厅启动“便民办税春风行动”,推出延时服务、预约办税、“非接触式”办税等12项便民措施。",
        f"活动现场,税务干部{p}向前来办事的纳税人讲解了电子税务局新功能和小微企业税费优惠政策。",
        "据介绍,今年一季度全县已有96%的涉税事项实现网上办理,纳税人平均办税时间缩短了三成。"])


def a_vacc(org, md, p):
    return dict(title=f"{org}启动适龄女生HPV疫苗免费接种工作", paras=[
        f"{md},{{ORG}}启动适龄女生HPV疫苗免费接种工作,首批在辖区初中二年级女生中开展,采取知情自愿原则。",
        "接种点设在各乡镇卫生院预防接种门诊,接种前医生将进行健康询问,接种后需留观30分钟。",
        f"{p}提醒,家长可通过学校发放的告知书了解接种流程,如有疑问可拨打接种门诊咨询电话。"])


# Traditional-script articles (for X1 Big5 pages and the conversion form).
def t_sports(org, md, p):
    return dict(title=f"{org}舉行第三十屆陸運會", paras=[
        f"{md},{{ORG}}第三十屆陸運會在區內運動場舉行,全校近九百名學生參加,家長及校友亦到場打氣。",
        f"開幕禮由校長{p}主持。校長致辭時勉勵同學發揚體育精神,勝不驕、敗不餒,並感謝家長教師會及校友會的支持。",
        "是次陸運會共設六十多個項目,多項紀錄被刷新。閉幕禮上頒發了全場總冠軍及各組別最佳運動員獎項。"])


def t_reading(org, md, p):
    return dict(title=f"{org}推行「晨讀十五分鐘」計劃", paras=[
        f"為培養學生閱讀習慣,{{ORG}}由{md}起推行「晨讀十五分鐘」計劃,全校學生每天早上在班房內安靜閱讀。",
        f"圖書館主任{p}表示,學校已為每班添置約五十本圖書,並設閱讀紀錄冊,鼓勵學生分享讀後感。",
        "學校亦會於學期末舉辦書展及閱讀獎勵計劃,表揚積極閱讀的同學。"])


def t_visit(org, md, p):
    return dict(title=f"{org}師生赴內地交流學習", paras=[
        f"{md},{{ORG}}組織師生共四十人參加為期五天的交流團,參觀了當地的博物館、科技企業及姊妹學校。",
        f"帶隊老師{p}表示,同學透過實地考察,加深了對國家歷史文化及科技發展的認識。",
        "交流期間,同學與姊妹學校學生一同上課,並以小組形式完成專題研習報告。"])


# Legit lottery / gambling-regulation articles (must keep every sentence).
def l_lottery_rules(org, md, p):
    return dict(title=f"{org}开展体育彩票销售网点规范经营检查", paras=[
        f"{md},{{ORG}}组织工作人员对城区42个体育彩票销售网点开展规范经营检查。",
        "检查重点包括是否张贴“不得向未成年人销售彩票”警示标识、是否存在利用互联网销售彩票、是否违规组织合买和赊销彩票等情况。",
        f"{p}介绍,对检查中发现问题的3个网点已下发整改通知,并将检查结果纳入网点年度考核。他提醒购彩者理性购彩、量力而行,切勿相信“内部消息”“稳赚不赔”等虚假宣传。"])


def l_court(org, md, p):
    return dict(title=f"{org}公开宣判一起开设赌场案", paras=[
        f"{md},{{ORG}}公开宣判一起开设赌场案。被告人李某等4人利用境外网络赌博平台招揽参赌人员,以“百家乐”“真人视讯”等形式组织赌博,非法获利80余万元。",
        "法院审理认为,4名被告人以营利为目的,为赌博网站担任代理并接受投注,其行为均已构成开设赌场罪,依法判处有期徒刑一年六个月至三年不等,并处罚金。",
        f"承办法官{p}提醒,网络赌博“十赌九骗”,所谓“高额返水”“充值送彩金”都是诱人参赌的陷阱,广大群众切勿心存侥幸。"])


def l_police(org, md, p):
    return dict(title=f"{org}通报打击跨境赌博专项行动成果", paras=[
        f"{md},{{ORG}}召开新闻通报会,通报今年以来打击跨境赌博专项行动成果。",
        "专项行动中,共破获网络赌博案件37起,打掉为赌博平台提供支付结算的“跑分”团伙5个,冻结涉赌资金1200余万元。",
        f"{p}表示,一些赌博网站通过短视频、聊天群推送“注册送88元”“电子游戏包赢”等广告引流,群众发现相关线索可拨打110举报。"])


def l_campus(org, md, p):
    return dict(title=f"{org}开展“远离网络赌博”主题班会", paras=[
        f"{md},{{ORG}}各班级同步开展“远离网络赌博 守护青春梦想”主题班会。",
        "班会上,班主任结合真实案例,揭露了网络赌博平台“先让你赢、再让你输”的套路,以及学生因参与网络赌博、借校园贷而背上债务的教训。",
        f"学生处负责人{p}表示,学校将把防范网络赌博纳入安全教育内容,引导学生识别“网赌”“裸贷”等违法行为。"])


ARTICLES = [a_pest, a_canteen, a_archive, a_water, a_defense, a_library, a_internship, a_flood, a_elder, a_teacher,
            a_tax, a_vacc]
TRAD = [t_sports, t_reading, t_visit]
LEGIT = [l_lottery_rules, l_court, l_police, l_campus]

# ---- brands (invented; shapes not in the dev sets) -----------------------------------------------------------
BRANDS = [
    "鑫濠汇hx2299",            # CJK + latin initials + digits (rc5-001/003 shape family, new name)
    "38870金鼎阁",             # numeric prefix (rc5-009)
    "sunvegas澜湾城",           # latin word + CJK (rc5-002)
    "御玺·ysv7733",            # middle dot + code
    "澳汇国际(Macao)官网",       # paren tail (rc5-009 footer)
    "W77威澜娱乐",              # short latin+digits prefix
    "凯悦汇k9k9",              # CJK + repeated code
    "tyk5518恒润城",            # code first (rc5-004)
]
PORN_CHAIN = "夜色影院_国产自拍在线观看_无删减福利视频_成人午夜剧场"
MED_LINE = "仁泽男科医院哪家好 仁泽男科在线挂号 早泄阳痿治疗费用"
LOAN_LINES = ["星借花呗秒批口子", "黑户急用钱当天下款平台", "学生身份证借款5000不看征信"]
SPLICE_SRC = "银河直播吧"
TAG_WORDS = "彩霸王 6h2k 开奖直播"
GARBAGE = "qxwzmvbrtyeuiwopalskdjfhg"


def fake_host(i):
    return f"https://{''.join(R.choice('abcdefghkmnprstwxyz') for _ in range(6))}{i}.{R.choice(['top', 'xyz', 'cc', 'vip'])}"


# ---- script encoders -----------------------------------------------------------------------------------------

def js_str(s):
    return json.dumps(s)


def s_tz_lang_tilde(brand, url):
    # gate: China-region timezone + Chinese UI language; payload: %-escapes written with '~', decoded and inserted
    payload = f'<div class="notice-top"><a href="{url}">{brand}官方入口 点击进入</a></div>'
    enc = "".join("~%02X" % b for b in payload.encode("utf-8"))
    js = ("(function(){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone||'',l=(navigator.language||'').toLowerCase();"
          "if(/^Asia\\/(Shanghai|Chongqing|Urumqi|Harbin)$/.test(z)&&l.indexOf('zh')===0){"
          f"var s='{enc}';var h=decodeURIComponent(s.split('~').join('%'));"
          "var c=document.querySelector('.art,#zoom,.post-body,#ctl00_ContentPlaceHolder1_lblContent,.print-body,td.txt')||document.body;"
          "c.insertAdjacentHTML('afterbegin',h);}}catch(e){}})();")
    return f"<script>{js}</script>", [f"{brand}官方入口"]


def s_referrer_textdecoder(brand, url):
    payload = f"{brand}——注册即享首充返利,{brand}手机版下载"
    b = ",".join(str(x) for x in payload.encode("utf-8"))
    js = ("(function(){var r=document.referrer||'';var k=['bai','du','so','gou','sm.cn','bing'];"
          "if(!(new RegExp(k[0]+k[1]+'|'+k[2]+k[3]+'|'+k[4]+'|'+k[5])).test(r))return;"
          f"var t=new TextDecoder('utf-8').decode(Uint8Array.of({b}));"
          "var a=document.createElement('a');a.href=" + js_str(url) + ";a.textContent=t;"
          "a.style.cssText='display:block;text-align:center;font-size:18px;color:#c00';"
          "document.body.insertBefore(a,document.body.firstChild);})();")
    return f"<script type=\"text/javascript\">{js}</script>", [payload]


def s_touch_title_json(brand, url):
    t = f"{brand}(中国)官方网站-手机APP下载"
    esc = "".join("\\\\u%04x" % ord(ch) for ch in t)
    js = ("window.addEventListener('load',function(){var m=/Android|iPhone|HarmonyOS|Mobile/i.test(navigator.userAgent);"
          "if(m&&('ontouchstart' in window)&&screen.width<900){"
          f"document.title=JSON.parse('\"{esc}\"');"
          "setTimeout(function(){location.replace(" + js_str(url) + ")},1500);}});")
    return f"<script>{js}</script>", [t]


def s_bot_function_b36(brand, url):
    # gate: automation/crawler user agents only; payload: base36 code points decoded inside a Function body
    words = [f"{brand}", f"{brand}注册", f"{brand}登录网址", "真人视讯 电子游艺 体育投注"]
    payload = '<p class="kw">' + " ".join(words) + "</p>"
    nums = ".".join(_b36(ord(ch)) for ch in payload)
    body = ("var o='';var u=navigator.userAgent;if(!(navigator.webdriver||/bot|spider|crawl|slurp/i.test(u)))return;"
            "t.split('.').forEach(function(x){o+=String.fromCharCode(parseInt(x,36))});d.write(o);")
    js = "(new Function('d','t'," + json.dumps(body) + "))(document,'" + nums + "');"
    return f"<script>{js}</script>", [f"{brand}登录网址"]


def _b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = digits[r] + s
    return s or "0"


def s_idle_sentence(brand):
    sentence = f"(来源:{brand},更多精彩请访问{brand}官网)"
    raw = "".join("\\u%04x" % ord(ch) for ch in sentence)
    js = ("(window.requestIdleCallback||function(f){setTimeout(f,800)})(function(){"
          "var r=document.referrer;if(!r||r.indexOf(location.hostname)>-1)return;"
          f"var s=String.raw`{raw}`.replace(/\\\\u([0-9a-f]{{4}})/g,function(m,h){{return String.fromCharCode(parseInt(h,16))}});"
          "var ps=document.querySelectorAll('.art p,#zoom p,.post-body p,.print-body p,#ctl00_ContentPlaceHolder1_lblContent p');"
          "if(ps.length>1)ps[1].insertAdjacentText('beforeend',s);});")
    return f"<script>{js}</script>", [f"{brand}官网"]


def s_weekend_overlay(url):
    js = ("(function(){var d=new Date().getDay();if(d!==0&&d!==6)return;var n=+(sessionStorage.getItem('_pv')||0)+1;"
          "sessionStorage.setItem('_pv',n);if(n<2)return;var f=document.createElement('iframe');"
          f"f.src={js_str(url)};f.setAttribute('frameborder','0');"
          "f.style.cssText='position:fixed;left:0;top:0;width:100%;height:100%;z-index:2147483647;background:#fff';"
          "document.documentElement.appendChild(f);})();")
    return f"<script>{js}</script>", []


# ---- hidden blocks -------------------------------------------------------------------------------------------

def links(brand, host, extra=()):
    items = [f"{brand}", f"{brand}官网", f"{brand}网址"] + list(extra)
    return "".join(f'<a href="{host}/{i}.html">{w}</a> ' for i, w in enumerate(items)), items


def h_content_visibility(brand, host):
    l, items = links(brand, host)
    return f'<div style="content-visibility:hidden;contain-intrinsic-size:0 0">{l}</div>', items


def h_details(brand, host):
    l, items = links(brand, host, ["百家乐技巧"])
    return f'<details class="more"><summary></summary>{l}</details>', items


def h_srcdoc(brand, host):
    l, items = links(brand, host)
    return f'<iframe width="0" height="0" frameborder="0" srcdoc="{html.escape(l, quote=True)}"></iframe>', items


def h_textarea(brand, host):
    l, items = links(brand, host)
    return f'<textarea style="display:none" name="seo">{html.escape(l, quote=False)}</textarea>', items


def h_svg_fo(brand, host):
    l, items = links(brand, host)
    return (f'<svg width="0" height="0" style="position:absolute"><foreignObject width="1" height="1">'
            f'<div xmlns="http://www.w3.org/1999/xhtml">{l}</div></foreignObject></svg>'), items


def h_zindex_cover(brand, host):
    l, items = links(brand, host, LOAN_LINES[:1])
    return (f'<div style="position:relative;height:24px"><div style="position:absolute;top:0;left:0;z-index:-1;font-size:12px">{l}</div>'
            '<div style="position:absolute;top:0;left:0;width:100%;height:24px;background:#fff"></div></div>'), items


HIDDEN = dict(content_visibility_block=h_content_visibility, closed_details_links=h_details,
              zero_iframe_srcdoc_links=h_srcdoc, hidden_textarea_links=h_textarea, zero_svg_foreignobject_links=h_svg_fo,
              zindex_under_cover_links=h_zindex_cover)

# ---- templates -------------------------------------------------------------------------------------------------


def x1_big5(pg):
    """Big5-declared traditional-Chinese school page, <font> tags, <br><br> paragraphs."""
    body = "<br><br>\n".join(f'<font size="3">&nbsp;&nbsp;&nbsp;&nbsp;{shown(p)}</font>' for p in pg["paras"])
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=big5">\n<title>{shown(pg["title_html"])}</title>\n'
            f'{pg["head_inject"]}</head>\n<body bgcolor="#FFFFFF" topmargin="0">\n{pg["top"]}\n'
            '<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            f'<tr><td height="90" background="/images/top.jpg"><font size="5" color="#003366"><b>{html.escape(pg["site"])}</b></font></td></tr>\n'
            '<tr><td bgcolor="#336699"><font color="#FFFFFF" size="2">主頁 | 學校簡介 | 校園消息 | 家長專區 | 聯絡我們</font></td></tr>\n'
            f'<tr><td class="txt"><p align="center"><font size="4" color="#990000"><b>{shown(pg["h1"])}</b></font></p>\n'
            f'<p align="right"><font size="2" color="#666666">{shown(pg["meta"])}</font></p>\n{pg["pre"]}\n{body}\n<br><br>{pg["after"]}\n</td></tr>\n'
            f'<tr><td align="center"><font size="2">{shown(pg["footer"])}</font></td></tr>\n</table>\n{pg["end_inject"]}</body>\n</html>\n')


def x2_jcms(pg):
    """Jcms-like information-disclosure page: th/td metadata table, #zoom body, attachments, print/close."""
    m = pg["xxgk"]
    rows = "".join(f"<tr><th>{k}</th><td>{shown(v)}</td><th>{k2}</th><td>{shown(v2)}</td></tr>\n"
                   for (k, v), (k2, v2) in zip(m[0::2], m[1::2]))
    body = "\n".join(f"<p style=\"text-indent:2em\">{shown(p)}</p>" for p in pg["paras"])
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{shown(pg["title_html"])}</title>\n'
            f'<meta name="SiteName" content="{html.escape(pg["site"])}">\n<meta name="ColumnName" content="政府信息公开">\n'
            f'{pg["head_inject"]}</head>\n<body>\n{pg["top"]}\n<div class="bt-head"><span class="bt-logo">{html.escape(pg["site"])}</span></div>\n'
            '<div class="bt-position">您当前的位置:首页 &gt; 政府信息公开 &gt; 法定主动公开内容</div>\n'
            f'<table class="xxgk-table" cellspacing="0" cellpadding="0">\n{rows}</table>\n'
            f'<div class="bt-title">{shown(pg["h1"])}</div>\n{pg["pre"]}\n<div id="zoom">\n{body}\n</div>\n{pg["after"]}\n'
            '<div class="bt-attach">附件:无</div>\n<div class="bt-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>\n'
            f'<div class="bt-foot">{shown(pg["footer"])}</div>\n{pg["end_inject"]}</body>\n</html>\n')


def x3_span_soup(pg):
    """Editor export pasted into a CMS: inline styles everywhere, paragraphs split over <span>s."""
    def spans(p):
        parts = re.split(r"(?<=[,。;:])", p)
        return "".join(f'<span style="font-family:微软雅黑;font-size:16px;color:rgb(51,51,51)">{shown(x)}</span>' for x in parts if x)
    body = "\n".join(f'<section style="margin:0 0 12px;line-height:1.9"><p style="text-indent:2em;margin:0">{spans(p)}</p></section>'
                     for p in pg["paras"])
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{shown(pg["title_html"])}</title>\n{pg["head_inject"]}</head>\n'
            f'<body style="margin:0;background:#f4f4f4">\n{pg["top"]}\n<div style="background:#0b5ea8;color:#fff;padding:14px 20px;font-size:24px">{html.escape(pg["site"])}</div>\n'
            '<div style="width:1100px;margin:0 auto;background:#fff;padding:30px 60px">\n'
            f'<div style="font-size:26px;font-weight:bold;text-align:center;color:#222;line-height:1.5">{shown(pg["h1"])}</div>\n'
            f'<div style="text-align:center;color:#888;font-size:14px;border-bottom:1px dashed #ccc;padding:10px 0">{shown(pg["meta"])}</div>\n'
            f'{pg["pre"]}\n<div class="art" style="padding-top:20px">\n{body}\n</div>\n{pg["after"]}\n</div>\n'
            f'<div style="text-align:center;color:#999;font-size:12px;padding:20px">{shown(pg["footer"])}</div>\n{pg["end_inject"]}</body>\n</html>\n')


def x4_print(pg):
    """Print view of an article (打印本页)."""
    body = "\n".join(f"<p>{shown(p)}</p>" for p in pg["paras"])
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>{shown(pg["title_html"])}</title>\n'
            '<style>body{font-size:14px}.print-body p{text-indent:2em;line-height:2}@media print{.noprint{display:none}}</style>\n'
            f'{pg["head_inject"]}</head>\n<body>\n{pg["top"]}\n<table width="700" align="center"><tr><td>\n'
            f'<h3 align="center">{shown(pg["h1"])}</h3>\n<p align="center" style="color:#666">{shown(pg["meta"])}</p>\n<hr size="1">\n'
            f'{pg["pre"]}\n<div class="print-body">\n{body}\n</div>\n{pg["after"]}\n<hr size="1">\n'
            '<p class="noprint" align="center">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</p>\n'
            f'<p align="center" style="font-size:12px">{shown(pg["footer"])}</p>\n</td></tr></table>\n{pg["end_inject"]}</body>\n</html>\n')


def x5_aspnet(pg):
    """ASP.NET WebForms page: __VIEWSTATE, ctl00_* label ids."""
    vs = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(120))
    body = "".join(f"<p>{shown(p)}</p>" for p in pg["paras"])
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>\n\t{shown(pg["title_html"])}\n</title>\n'
            f'{pg["head_inject"]}</head>\n<body>\n<form method="post" action="./NewsShow.aspx?id={R.randint(1000, 9999)}" id="form1">\n'
            f'<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwU{vs}=" /></div>\n{pg["top"]}\n'
            f'<div id="ctl00_divHead" class="head">{html.escape(pg["site"])}</div>\n<div id="ctl00_divNav" class="nav">首页 | 机构设置 | 新闻中心 | 通知公告 | 办事指南</div>\n'
            f'<div class="newsview"><span id="ctl00_ContentPlaceHolder1_lblTitle" class="newstitle">{shown(pg["h1"])}</span>\n'
            f'<div class="newsinfo"><span id="ctl00_ContentPlaceHolder1_lblInfo">{shown(pg["meta"])}</span></div>\n{pg["pre"]}\n'
            f'<span id="ctl00_ContentPlaceHolder1_lblContent">{body}</span>\n{pg["after"]}\n</div>\n'
            f'<div id="ctl00_divFoot" class="foot">{shown(pg["footer"])}</div>\n</form>\n{pg["end_inject"]}</body>\n</html>\n')


def x6_typecho(pg):
    """Typecho-like department/teacher blog with comments."""
    body = "\n".join(f"<p>{shown(p)}</p>" for p in pg["paras"])
    c1, c2 = person(), person()
    return (f'<!DOCTYPE HTML>\n<html class="no-js">\n<head>\n<meta charset="UTF-8">\n<title>{shown(pg["title_html"])}</title>\n'
            f'<meta name="generator" content="Typecho 1.2.1" />\n{pg["head_inject"]}</head>\n<body>\n{pg["top"]}\n'
            f'<header id="header"><div class="site-name"><a id="logo" href="/">{html.escape(pg["site"])}</a><p class="description">工作动态与交流</p></div></header>\n'
            f'<div id="body"><div class="col-mb-12 col-8" id="main"><article class="post">\n<h1 class="post-title">{shown(pg["h1"])}</h1>\n'
            f'<ul class="post-meta"><li>{shown(pg["meta"])}</li></ul>\n{pg["pre"]}\n<div class="post-content post-body">\n{body}\n</div>\n</article>\n{pg["after"]}\n'
            f'<div id="comments"><h3>2 条评论</h3><ol class="comment-list"><li><div class="comment-author">{c1}</div><div class="comment-content"><p>活动很有意义,点赞!</p></div></li>'
            f'<li><div class="comment-author">{c2}</div><div class="comment-content"><p>希望以后多组织这样的活动。</p></div></li></ol></div>\n'
            f'</div></div>\n<footer id="footer">{shown(pg["footer"])}</footer>\n{pg["end_inject"]}</body>\n</html>\n')


TEMPLATES = dict(X1=x1_big5, X2=x2_jcms, X3=x3_span_soup, X4=x4_print, X5=x5_aspnet, X6=x6_typecho)

# ---- case plan -------------------------------------------------------------------------------------------------
# (template, kind, forms); kind: 'h' hijacked, 'c' clean, 'l' legit gambling/lottery article
PLAN = [
    ("X1", "h", ["trad_org_substitution", "zero_iframe_srcdoc_links"]),
    ("X1", "h", ["trad_org_substitution", "script_tz_lang_insert"]),
    ("X1", "h", ["footer_copyright_brand", "hidden_textarea_links"]),
    ("X1", "h", ["porn_chain_title_header"]),
    ("X1", "c", []),
    ("X1", "c", []),
    ("X2", "h", ["spliced_source_brand", "content_visibility_block"]),
    ("X2", "h", ["spliced_source_brand", "script_referrer_textdecoder"]),
    ("X2", "h", ["org_substitution", "script_touch_title_json"]),
    ("X2", "h", ["headline_brand_prefix", "closed_details_links"]),
    ("X2", "h", ["script_idle_sentence"]),
    ("X2", "l", []),
    ("X2", "c", []),
    ("X3", "h", ["org_substitution", "synonym_spin", "zero_svg_foreignobject_links"]),
    ("X3", "h", ["token_stuffing_header", "spam_tag_line"]),
    ("X3", "h", ["medical_keyword_line", "script_bot_function_b36"]),
    ("X3", "h", ["org_substitution", "brand_in_quoted_title", "script_weekend_overlay"]),
    ("X3", "h", ["headline_brand_prefix", "zindex_under_cover_links"]),
    ("X3", "l", []),
    ("X3", "c", []),
    ("X4", "h", ["org_substitution", "content_visibility_block"]),
    ("X4", "h", ["garbage_token_line", "brand_site_header"]),
    ("X4", "h", ["loan_keyword_block", "closed_details_links"]),
    ("X4", "h", ["script_tz_lang_insert", "footer_copyright_brand"]),
    ("X4", "c", []),
    ("X4", "c", []),
    ("X5", "h", ["org_substitution", "synonym_spin", "script_referrer_textdecoder"]),
    ("X5", "h", ["spliced_source_brand", "zero_iframe_srcdoc_links"]),
    ("X5", "h", ["porn_chain_title_header", "script_idle_sentence"]),
    ("X5", "h", ["token_stuffing_header", "hidden_textarea_links"]),
    ("X5", "l", []),
    ("X5", "c", []),
    ("X6", "h", ["org_substitution", "zero_svg_foreignobject_links"]),
    ("X6", "h", ["medical_keyword_line", "zindex_under_cover_links"]),
    ("X6", "h", ["garbage_token_line", "script_touch_title_json"]),
    ("X6", "h", ["headline_brand_prefix", "script_bot_function_b36"]),
    ("X6", "h", ["brand_site_header", "script_weekend_overlay"]),
    ("X6", "h", ["loan_keyword_block", "script_idle_sentence"]),
    ("X6", "l", []),
    ("X6", "c", []),
]

SPIN = [("学院", "公司"), ("学生", "员工"), ("院长", "经理"), ("校长", "董事长")]


def org_for(tpl, fn):
    if tpl == "X1":
        return R.choice(["聖若瑟書院", "培英中學", "德明小學", "恆信書院"])
    if fn in (a_defense, a_library, a_internship, a_teacher, l_campus):
        return R.choice(SCHOOLS[:3] if fn in (a_defense, a_internship, a_teacher) else SCHOOLS)
    if fn in (a_flood, a_elder):
        return R.choice(TOWNS[1:])
    if fn is l_court:
        return R.choice(COUNTIES) + "人民法院"
    if fn is l_police:
        return R.choice(COUNTIES) + "公安局"
    if fn is l_lottery_rules:
        return R.choice(COUNTIES) + "体育彩票管理中心"
    if fn is a_tax:
        return R.choice(COUNTIES) + "税务局"
    if fn in (a_canteen, a_vacc):
        return R.choice(COUNTIES) + ("教育局" if fn is a_canteen else "卫生健康局")
    if fn is a_water:
        return R.choice(COUNTIES) + "水利局"
    return R.choice(COUNTIES) + R.choice(["林业局", "档案馆", "农业农村局"])


def build_case(idx, tpl, kind, forms, art_fn, brand):
    y, m, d = ymd()
    md = f"{m}月{d}日"
    date = f"{y}-{m:02d}-{d:02d}"
    p = person()
    org = org_for(tpl, art_fn)
    a = art_fn(org, md, p)
    trad = tpl == "X1"
    host = fake_host(idx)
    spam, inj = [], list(forms)
    ORG = org
    paras = a["paras"]
    title = a["title"]
    # --- organisation substitution (rc5-001..011, rc5-016..018) ---
    if "org_substitution" in forms or "trad_org_substitution" in forms:
        ORG = f"⟦{brand}⟧"
        spam.append(brand)
    paras = [x.replace("{ORG}", ORG) for x in paras]
    if "synonym_spin" in forms:  # rc5-002/003/008/010: spun institution words stay in the truth
        for a1, b1 in SPIN:
            paras = [x.replace(a1, b1) for x in paras]
    if "brand_in_quoted_title" in forms:  # rc5-001/005: brand inside a quoted document title
        paras[-1] += f"会议印发了《⟦{brand}⟧2025年重点工作安排》。"
    source = org if kind != "h" or "spliced_source_brand" not in forms else None
    author = p if tpl in ("X3", "X6") else None
    meta_src = f"来源:{org}"
    if "spliced_source_brand" in forms:  # rc5-012
        meta_src = f"来源:⟦{SPLICE_SRC}⟧"
        spam.append(SPLICE_SRC)
    h1 = title
    title_html = f"{title}_{org}" if tpl != "X4" else title
    if "headline_brand_prefix" in forms:  # rc5-005
        h1 = f"⟦{brand}⟧{title}"
        title_html = f"⟦{brand}⟧{title}"
        spam.append(brand)
    top = pre = after = footer_extra = head_inject = end_inject = ""
    site = org if not trad else org
    footer = f"版权所有:{org}" if not trad else f"版權所有 {org}"
    if "footer_copyright_brand" in forms:  # rc5-009
        footer = f"版权所有:⟦{brand}·(Macao)官网⟧"
        spam.append(f"{brand}·(Macao)官网")
    if "porn_chain_title_header" in forms:  # porn keyword chain as <title> and site header (non-gambling spam)
        title_html = f"⟦{PORN_CHAIN}⟧"
        top = f'<div class="topline">⟦{PORN_CHAIN}⟧</div>'
        spam.append(PORN_CHAIN)
    if "token_stuffing_header" in forms:  # rc5-013
        toks = "| ".join("".join(R.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(4)) for _ in range(28))
        top = f'<div class="rnd">⟦{toks}|⟧</div>'
        spam.append(toks[:14])
    if "spam_tag_line" in forms:  # rc5-013
        after = f'<div class="tags">标签:⟦{TAG_WORDS}⟧</div>'
        spam.append(TAG_WORDS)
    if "brand_site_header" in forms:  # rc5-014
        top = f'<div class="brandbar">⟦{brand}⟧</div>'
        spam.append(brand)
    if "garbage_token_line" in forms:  # rc5-014
        pre = f'<p class="dateline">⟦当地时间{date},{GARBAGE},携手共进,共创美好未来⟧</p>'
        spam.append(GARBAGE)
    if "medical_keyword_line" in forms:  # rc5-015 (pharma line above the body), medical spam variant
        pre = f'<p>⟦{MED_LINE}⟧</p>'
        spam.append(MED_LINE.split()[0])
    if "loan_keyword_block" in forms:  # non-gambling spam: loan keyword list under the article
        after += '<ul class="hot">' + "".join(f"<li>⟦{w}⟧</li>" for w in LOAN_LINES) + "</ul>"
        spam.append(LOAN_LINES[0])
    for f in forms:
        if f in HIDDEN:
            blk, items = HIDDEN[f](brand, host)
            after += blk
            spam.append(f"{brand}网址")
        if f == "script_tz_lang_insert":
            s, sp = s_tz_lang_tilde(brand, host)
            end_inject += s + "\n"
            spam += sp
        if f == "script_referrer_textdecoder":
            s, sp = s_referrer_textdecoder(brand, host)
            head_inject += s + "\n"
            spam.append(f"{brand}手机版下载")
        if f == "script_touch_title_json":
            s, sp = s_touch_title_json(brand, host)
            head_inject += s + "\n"
            spam += sp
        if f == "script_bot_function_b36":
            s, sp = s_bot_function_b36(brand, host)
            after += s
            spam += sp
        if f == "script_idle_sentence":
            s, sp = s_idle_sentence(brand)
            end_inject += s + "\n"
            spam += sp
        if f == "script_weekend_overlay":
            s, _ = s_weekend_overlay(host + "/m/")
            end_inject += s + "\n"
    # metadata display
    if tpl == "X1":
        meta = f"發佈日期:{y}年{m}月{d}日"
    elif tpl == "X6":
        meta = f"作者:{p} 时间:{date}"
    elif tpl == "X3":
        meta = f"发布时间:{date}  {meta_src}  作者:{p}  浏览次数:{R.randint(100, 2000)}"
    else:
        meta = f"发布日期:{date}  {meta_src}"
    xxgk = [("索引号", f"{R.randint(10000000, 99999999)}/{y}-{R.randint(100, 999):05d}"), ("主题分类", "其他"),
            ("发布机构", org if "spliced_source_brand" not in forms else f"⟦{SPLICE_SRC}⟧"), ("生成日期", date),
            ("文号", "无"), ("有效性", "有效"), ("名称", title), ("关键词", "工作动态")]
    pg = dict(title_html=title_html, h1=h1, meta=meta, paras=paras, top=top, pre=pre, after=after, footer=footer,
              head_inject=head_inject, end_inject=end_inject, site=site, xxgk=xxgk)
    page = TEMPLATES[tpl](pg)
    # de-duplicate spam strings, keep order
    seen, spam_u = set(), []
    for s_ in spam:
        if s_ not in seen:
            seen.add(s_)
            spam_u.append(s_)
    text = "\n".join(clean(x) for x in paras)
    for s_ in spam_u:
        assert s_ not in text, (idx, s_)
    truth = dict(id=f"syn5-{idx:03d}", url=None, encoding="big5" if trad else "utf-8", lang="zh",
                 title=clean(h1), date=date, source=source if tpl in ("X2", "X3", "X4", "X5") else None,
                 author=author, text=text, hijacked=kind == "h", injections=inj, spam_strings=spam_u,
                 legit=kind == "l", origin=f"synthetic-generator-v5 (make_set.py, seed {SEED})",
                 kind=f"synthetic-{tpl}", site=org, template=tpl,
                 brand_shape=(brand if kind == "h" else None) and shape_of(brand))
    if "spliced_source_brand" in forms:
        truth["source"] = None
    return page, truth


def shape_of(b):
    if re.match(r"^\d", b):
        return "digits+cjk"
    if "·" in b:
        return "cjk+dot+code"
    if "(" in b:
        return "cjk+paren-tail"
    if re.match(r"^[a-z]+\d", b):
        return "code+cjk"
    if re.match(r"^[A-Za-z]", b):
        return "latin+cjk"
    return "cjk+latin+digits"


def main():
    (OUT / "html").mkdir(parents=True, exist_ok=True)
    arts = ARTICLES[:]
    R.shuffle(arts)
    ai = 0
    rows = []
    for i, (tpl, kind, forms) in enumerate(PLAN, 1):
        if kind == "l":
            fn = LEGIT[[j for j, x in enumerate(PLAN) if x[1] == "l"].index(i - 1)]
        elif tpl == "X1":
            fn = TRAD[(i - 1) % 3]
        else:
            fn = arts[ai % len(arts)]
            ai += 1
        brand = BRANDS[(i * 3) % len(BRANDS)]
        page, truth = build_case(i, tpl, kind, forms, fn, brand)
        enc = "big5" if tpl == "X1" else "utf-8"
        (OUT / "html" / f"{truth['id']}.html").write_bytes(page.encode(enc, errors="xmlcharrefreplace"))
        rows.append(truth)
    with open(OUT / "truth.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages;", sum(r["hijacked"] for r in rows), "hijacked;", sum(r["legit"] for r in rows), "legit")


if __name__ == "__main__":
    main()
