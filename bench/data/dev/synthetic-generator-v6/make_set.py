"""Synthetic held-out set v6 for newsvault: 40 gov/edu pages (28 hijacked, 12 clean of which 4 legit
lottery/gambling-regulation articles) in 6 CMS templates (Y1-Y6) that no earlier generator used.

Fixed seed, stdlib only, byte-identical output on re-run:
    python make_set.py [OUT_DIR]        (default: ../synthetic-v6)

Injection forms are modelled on real cases of bench/data/heldout/real-cases-v6 (cited per form in FORMS below and in
each truth row's `modelled_on`); brands, porn/medical/loan lines and hosts are invented here and do not occur in the
dev sets. Script payloads use encodings no earlier generator used (delta-coded char codes, base-8 triplets, a CSS
custom property, template-literal code points, Array.from mapping, joined host parts).
"""
import html
import json
import random
import sys
from pathlib import Path

SEED = 20261206
R = random.Random(SEED)
E = html.escape

# ---- invented names ------------------------------------------------------------------------------------------------
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武洪"
GIVEN = ["海燕", "建国", "立新", "晓东", "文静", "志强", "春梅", "国华", "丽娟", "俊杰", "明辉", "雪莹", "宏伟", "婷婷", "振宇",
         "玉兰", "子涵", "德胜", "秀英", "浩然", "思远", "佳怡", "永红", "凯文", "雅琴", "伟东", "欣然", "长青"]


def person():
    return R.choice(SURN) + R.choice(GIVEN)


def ymd(year):
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return f"{year}-{m:02d}-{d:02d}", m, d



# ---- brands and spam lines (invented; checked absent from the dev sets) ---------------------------------------------
BRANDS = [
    ("宝瑞娱乐BR-8866", "cjk+latin-hyphen-digits"),
    ("皇庭至尊 htzz.vip", "cjk+space+domain"),
    ("青鸾体育(官方)APP下载", "cjk+paren-official+app-tail"),
    ("8828·鸿运国际", "digits+dot+cjk"),
    ("VIP88金銮殿", "latin-caps+digits+cjk"),
    ("百乐门Bailemen", "cjk+pinyin"),
    ("锦博彩票JB", "cjk+lottery+latin"),
    ("鎏金岛®", "cjk+registered-mark"),
]
PORN_LINE = "深夜福利社_无码高清在线播放_国产偷拍精品区_午夜直播间免费看"
PORN_LINE2 = "成人剧场高清在线看,日韩无码专区,夜夜撸免费视频"
MED_LINE = "康泰男科医院正规吗 康泰专治前列腺炎 阳痿早泄多少钱能治好"
LOAN_LINE = "芝麻分600秒下款口子|无视黑白户当天放款|大学生分期借钱不查征信"
EN_SPAM = ["which you can also try at LuckyReels777 Casino", "Many readers now prefer the high-payout games at SpinPalace88 instead."]
LOTTO_SPLICE = ["今晚开什么码2025", "天天彩免费资料大全"]


def host(i):
    return "".join(R.choice("abcdefghkmnprstwxyz") for _ in range(5)) + str(i) + R.choice([".top", ".xyz", ".cc", ".vip", ".buzz"])


# ---- articles -----------------------------------------------------------------------------------------------------
# Each returns dict(title, paras); {ORG} marks where the organisation is named in running text.
def a_drill(m, d):
    return dict(title="{ORG}开展2025年防汛应急演练", paras=[
        f"{m}月{d}日上午,{{ORG}}在城东河道管理站组织开展2025年防汛应急演练。演练模拟强降雨导致河水暴涨、低洼地段出现内涝险情,检验各部门在预警发布、人员转移、抢险救援等环节的协同处置能力。",
        "演练现场,各抢险小组按照预案迅速集结,依次完成险情上报、沙袋封堵、群众转移安置和医疗救护等科目。无人机实时回传现场画面,指挥部根据研判结果调度物资和人员,整个过程紧凑有序。",
        "演练结束后,相关负责人进行了点评,要求各单位针对演练中暴露出的通讯联络不畅、物资清点不及时等问题逐项整改,进一步完善值班值守和信息报送制度,确保汛期安全度汛。",
    ])


def a_market(m, d):
    return dict(title="{ORG}开展节前食品安全专项检查", paras=[
        f"为保障节日期间群众“舌尖上的安全”,{m}月{d}日,{{ORG}}组织执法人员对辖区内大型商超、农贸市场和餐饮单位开展食品安全专项检查。",
        "检查组重点查看了经营主体证照公示、进货查验记录、冷链食品储存条件以及过期食品处置台账,对部分商户存在的索证索票不全、标签标识不规范等问题当场下达整改通知。",
        "本次检查共出动执法人员36人次,检查经营单位84家,责令整改11家。下一步将持续加大抽检力度,对发现的违法行为依法从严查处。",
    ])


def a_training(m, d):
    return dict(title="{ORG}举办青年教师教学能力提升培训", paras=[
        f"{m}月{d}日至{d + 1}日,{{ORG}}举办青年教师教学能力提升培训班,全校近两年入职的80余名青年教师参加培训。",
        "培训采取专题讲座、示范课观摩和分组研讨相结合的方式。教学名师围绕课程设计、课堂组织和信息化教学工具应用作专题报告,并现场点评青年教师的微课展示。",
        "参训教师表示,培训内容贴近教学实际,对改进课堂教学方法、提升育人能力很有帮助。学校将把培训与教学督导、青年教师导师制结合起来,形成常态化培养机制。",
    ])


def a_graduation(m, d):
    return dict(title="{ORG}举行2025届毕业典礼暨学位授予仪式", paras=[
        f"{m}月{d}日上午,{{ORG}}2025届毕业典礼暨学位授予仪式在体育馆隆重举行。校领导、各学院负责人、教师代表和2600余名毕业生参加典礼。",
        "典礼在庄严的国歌声中开始。校长在致辞中回顾了毕业生在校期间的成长历程,勉励大家胸怀理想、脚踏实地,在服务社会中实现人生价值。",
        "毕业生代表、教师代表先后发言。随后,校领导为毕业生代表拨穗并颁发学位证书,全场响起热烈掌声。",
    ])


def a_village(m, d):
    return dict(title="{ORG}召开农村人居环境整治推进会", paras=[
        f"{m}月{d}日,{{ORG}}召开农村人居环境整治工作推进会,各村(社区)党组织书记、镇直有关部门负责人参加会议。",
        "会议通报了前一阶段垃圾分类、厕所改造和村庄绿化美化工作进展,对进度滞后的村进行了点名。与会人员实地观摩了两个示范村的庭院整治和公共空间改造成果。",
        "会议要求,各村要对照整治清单倒排工期,压实包村干部责任,发动群众参与,做到整治一处、巩固一处,确保年底前完成全部整治任务。",
    ])


def a_vaccine(m, d):
    return dict(title="{ORG}启动适龄女生HPV疫苗免费接种工作", paras=[
        f"{m}月{d}日,{{ORG}}启动适龄女生HPV疫苗免费接种工作,首批接种对象为辖区内初中一年级在校女生。",
        "接种点设在各乡镇卫生院预防接种门诊,接种前由医生逐一询问健康状况并告知注意事项,接种后留观30分钟。学校通过家长会和告知书向家长宣传接种政策。",
        "截至目前,首批已完成接种1260人,未发现严重不良反应。卫生健康部门提醒,家长可通过预防接种门诊咨询电话了解具体安排。",
    ])


def a_library(m, d):
    return dict(title="{ORG}图书馆开展“悦读之春”读书月活动", paras=[
        f"{m}月{d}日,{{ORG}}图书馆“悦读之春”读书月活动正式启动,活动将持续至5月底。",
        "读书月期间,图书馆将举办经典诵读比赛、好书推荐会、古籍修复体验课和阅读打卡挑战等系列活动,并面向师生征集读书笔记和书评。",
        "图书馆负责人介绍,今年新增了电子资源使用培训和阅读空间夜间开放,希望引导师生养成良好的阅读习惯,营造书香校园氛围。",
    ])


def a_employment(m, d):
    return dict(title="{ORG}举办春季专场招聘会", paras=[
        f"{m}月{d}日,{{ORG}}在人力资源市场举办春季专场招聘会,共有126家用人单位进场招聘,提供就业岗位2800余个。",
        "招聘会设置了先进制造、现代服务、电子商务等专区,并开设政策咨询台,为求职者提供社保补贴、创业担保贷款等政策解读。",
        "当天共吸引求职者3100余人次入场,初步达成就业意向560人。主办方表示,将持续开展线上线下招聘服务,促进重点群体稳定就业。",
    ])


def a_sports(m, d):
    return dict(title="{ORG}第十二届田径运动会开幕", paras=[
        f"{m}月{d}日,{{ORG}}第十二届田径运动会在学校运动场开幕,全校师生共1500余人参加开幕式。",
        "开幕式上,各班级方阵依次入场,展示了积极向上的精神风貌。运动员代表和裁判员代表分别宣誓,承诺遵守规则、公平竞赛。",
        "本届运动会为期两天,设田径项目和趣味项目共32项。学校希望通过运动会进一步推动阳光体育活动,增强学生体质。",
    ])


def a_en(m, d):
    return dict(title="{ORG} Opens New Marine Science Teaching Lab", paras=[
        f"On {['January','February','March','April','May','June','July','August','September','October','November','December'][m - 1]} {d}, {{ORG}} opened its new marine science teaching lab, giving undergraduate students hands-on access to seawater tanks and sampling equipment.",
        "The lab was funded through a state instructional equipment grant and will support introductory courses as well as senior research projects, the department chair said at the ribbon-cutting ceremony.",
        "Students will use the space to monitor water chemistry and study local shellfish populations in partnership with a regional conservation group.",
    ])


def a_tax(m, d):
    return dict(title="{ORG}开展“便民办税春风行动”进企业活动", paras=[
        f"{m}月{d}日,{{ORG}}组织业务骨干走进工业园区,开展“便民办税春风行动”进企业活动,为园区32家企业送去最新税费优惠政策。",
        "活动中,工作人员围绕研发费用加计扣除、小规模纳税人减免增值税等政策进行了集中讲解,并现场演示电子税务局常用业务的操作流程,解答企业提出的发票开具、申报更正等问题。",
        "企业负责人表示,政策讲解通俗易懂,帮助企业把优惠政策用足用好。下一步,相关部门将建立园区企业联络员制度,及时收集和回应企业诉求。",
    ])


def a_elderly(m, d):
    return dict(title="{ORG}推进社区居家养老服务中心建设", paras=[
        f"{m}月{d}日,{{ORG}}召开社区居家养老服务中心建设现场推进会,与会人员实地察看了新建成的三个社区养老服务站点。",
        "新建站点设有助餐点、日间照料室、康复训练室和文化活动室,可为周边老年人提供助餐、助浴、健康监测和精神慰藉等服务。其中助餐点每天为70岁以上老人提供优惠午餐。",
        "会议要求,各街道要加快剩余站点建设进度,引入专业化运营机构,建立服务质量评估和群众满意度回访机制,让老年人在家门口享受便利的养老服务。",
    ])


def a_forest(m, d):
    return dict(title="{ORG}部署秋冬季森林防火工作", paras=[
        f"{m}月{d}日,{{ORG}}召开秋冬季森林防火工作会议,分析当前森林防火形势,部署下一阶段重点工作。",
        "会议指出,进入秋冬季以来辖区降水偏少、林下可燃物积累较多,森林火险等级持续偏高,野外祭祀用火、农事用火管控压力较大。",
        "会议要求,各乡镇要严格落实网格化管护责任,加强进山入口检查和重点时段巡护,做好扑火队伍和物资准备,一旦发生火情要第一时间报告、第一时间处置。",
    ])


def a_labsafety(m, d):
    return dict(title="{ORG}开展实验室安全专项检查", paras=[
        f"{m}月{d}日至{d + 2}日,{{ORG}}组织开展实验室安全专项检查,校领导带队深入各学院实验室逐一检查。",
        "检查组重点查看了危险化学品采购、存储和使用台账,气瓶固定与标识,废液分类收集以及实验室准入培训记录,对发现的通风橱堆放杂物、应急喷淋装置未定期测试等问题现场反馈。",
        "学校要求各学院在两周内完成整改并报送整改报告,同时将实验室安全纳入年度考核,切实筑牢实验室安全防线。",
    ])


def a_volunteer(m, d):
    return dict(title="{ORG}青年志愿者走进社区开展关爱服务", paras=[
        f"{m}月{d}日,{{ORG}}青年志愿者协会组织40余名志愿者走进城南社区,开展“青春暖夕阳”关爱服务活动。",
        "志愿者们分组为社区老人测量血压、讲解智能手机使用方法和防诈骗知识,并为行动不便的老人上门打扫卫生、整理房间。",
        "社区负责人对同学们的热情服务表示感谢。据介绍,该协会已与社区建立长期结对关系,每月定期开展志愿服务。",
    ])


def a_contest(m, d):
    return dict(title="{ORG}举办第六届大学生创新创业大赛校内选拔赛", paras=[
        f"{m}月{d}日,{{ORG}}第六届大学生创新创业大赛校内选拔赛在学术报告厅举行,来自各学院的28个项目团队参加决赛路演。",
        "参赛项目涵盖智能制造、乡村振兴、医疗健康和文化创意等领域。各团队围绕项目创新点、市场前景和团队构成进行展示,评委从商业可行性和社会价值等方面进行提问和点评。",
        "经过激烈角逐,比赛共评出一等奖3项、二等奖6项、三等奖9项,优秀项目将推荐参加省级比赛。",
    ])


def t_visit(m, d):  # traditional script
    return dict(title="{ORG}舉辦校園開放日活動", paras=[
        f"{m}月{d}日,{{ORG}}舉辦校園開放日活動,吸引近千名家長和學生到校參觀。",
        "當天,學校開放了實驗室、圖書館和體育館,各科組設置了互動攤位,由老師和學生向來賓介紹課程特色和課外活動。",
        "校長表示,希望通過開放日讓家長更了解學校的辦學理念,也讓學生在籌備過程中鍛煉溝通與協作能力。",
    ])


# Legit lottery / gambling-regulation articles (must keep every sentence; must not be flagged)
def l_welfare(m, d):
    return dict(title="{ORG}发布2024年度彩票公益金使用情况公告", paras=[
        f"根据彩票公益金管理有关规定,{{ORG}}近日发布2024年度彩票公益金使用情况公告。",
        "公告显示,2024年度本级共使用福利彩票公益金1860万元,主要用于养老服务设施建设、困难残疾人康复救助和孤残儿童保障等项目;使用体育彩票公益金920万元,用于全民健身设施维护和青少年体育赛事。",
        "公告同时提醒,彩票是国家批准发行的公益性彩票,购买彩票应量力而行、理性投注,不得向未成年人销售彩票,群众如发现网络私彩、赌博网站等违法行为可向公安机关举报。",
    ])


def l_antigambling(m, d):
    return dict(title="{ORG}开展防范网络赌博主题教育活动", paras=[
        f"{m}月{d}日,{{ORG}}联合辖区派出所开展“远离网络赌博 守护青春梦想”主题教育活动。",
        "民警结合真实案例,讲解了网络赌博平台常用的“先赢后输”“充值返利”“代理拉人”等套路,提醒学生不要点击陌生链接、不要下载来路不明的“棋牌”“彩票”软件,不出租出借银行卡和手机卡。",
        "活动现场还发放了防范网络赌博宣传手册,并通过知识问答检验学习效果。学校表示,将把防赌反诈教育纳入日常安全教育内容。",
    ])


def l_court(m, d):
    return dict(title="{ORG}公开宣判一起跨境网络赌博案", paras=[
        f"{m}月{d}日,{{ORG}}公开宣判一起跨境网络赌博案,被告人张某某等5人因犯开设赌场罪,分别被判处有期徒刑一年六个月至六年不等,并处罚金。",
        "法院审理查明,2023年以来,被告人张某某等人在境外赌博网站担任代理,通过社交软件招揽境内人员注册账号投注,并利用他人银行卡结算赌资,赌资流水共计3200余万元。",
        "法院认为,各被告人以营利为目的,为赌博网站担任代理并接受投注,情节严重,其行为均已构成开设赌场罪。法官提醒,网络赌博不是娱乐而是陷阱,切勿心存侥幸。",
    ])


def l_lottery_station(m, d):
    return dict(title="{ORG}开展体育彩票销售网点规范经营检查", paras=[
        f"{m}月{d}日,{{ORG}}会同体彩分中心对城区体育彩票销售网点开展规范经营检查。",
        "检查组重点检查了网点是否张贴“不得向未成年人销售彩票”标识、是否存在赊销彩票和通过网络代购彩票等违规行为,并向销售员宣讲了责任彩票有关要求。",
        "此次共检查网点42个,对3个网点存在的公示信息不全问题当场督促整改。相关负责人表示,将常态化开展检查,维护彩票市场秩序。",
    ])


REGULAR = [a_drill, a_market, a_training, a_graduation, a_village, a_vaccine, a_library, a_employment, a_sports,
           a_tax, a_elderly, a_forest, a_labsafety, a_volunteer, a_contest]
GOV_ART = {a_drill, a_market, a_village, a_vaccine, a_employment, a_tax, a_elderly, a_forest}
LEGIT_ART = [l_welfare, l_court, l_antigambling, l_lottery_station]
UNIS = ["南岭师范学院", "江屿职业技术学院", "北川理工大学", "湄江医学高等专科学校", "西岑农林大学"]
SCHOOLS = UNIS + ["东陵第二中学", "临溪外国语学校", "安澜实验小学"]
ORGS_FOR = {
    a_drill: ["鹤庆市应急管理局", "青禾县人民政府", "白沙镇人民政府"],
    a_market: ["桐川县市场监督管理局", "澄江区市场监督管理局"],
    a_village: ["白沙镇人民政府", "澄江区农业农村局", "青禾县人民政府"],
    a_vaccine: ["石门县卫生健康局", "青禾县人民政府"],
    a_employment: ["南浔湾区人力资源和社会保障局", "桐川县人民政府"],
    a_training: SCHOOLS, a_graduation: UNIS, a_library: SCHOOLS, a_sports: SCHOOLS,
    a_tax: ["桐川县税务局", "澄江区税务局"], a_elderly: ["南浔湾区民政局", "云岭市民政局"],
    a_forest: ["鹤庆市林业和草原局", "青禾县人民政府"], a_labsafety: UNIS, a_volunteer: UNIS + ["东陵第二中学"],
    a_contest: UNIS,
    l_welfare: ["云岭市民政局", "桐川县财政局"], l_court: ["澄江区人民法院", "青禾县人民法院"],
    l_antigambling: ["东陵第二中学", "江屿职业技术学院", "临溪外国语学校"],
    l_lottery_station: ["云岭市体育局", "青禾县文化广电和旅游体育局"],
}


# ---- scripts (payload encodings not used by generators v1-v5) ------------------------------------------------------
def js_delta(s):
    out, prev = [], 0
    for ch in s:
        out.append(ord(ch) - prev)
        prev = ord(ch)
    return out


def s_referrer_delta(url):
    """referrer gate (search engines) + delta-coded char codes -> location.replace (rc6-020/021 redirect family)."""
    arr = ",".join(map(str, js_delta(url)))
    return ("(function(){var r=document.referrer||'';if(!/baidu\\.|sogou\\.|so\\.com|sm\\.cn|bing\\./i.test(r))return;"
            f"var d=[{arr}],s='',c=0;for(var i=0;i<d.length;i++){{c+=d[i];s+=String.fromCharCode(c)}}"
            "setTimeout(function(){location.replace(s)},80)})();")


def s_hover_octal(url):
    """device gate: matchMedia('(hover: none)') (touch devices) + base-8 triplets in a data attribute."""
    oct_ = "".join("%03o" % ord(ch) for ch in url)
    return (f'<span id="wx-share" data-k="{oct_}" style="display:none"></span>\n'
            "<script>if(window.matchMedia&&matchMedia('(hover: none)').matches){var k=document.getElementById('wx-share')"
            ".getAttribute('data-k'),u='';for(var i=0;i<k.length;i+=3){u+=String.fromCharCode(parseInt(k.substr(i,3),8))}"
            "window.location.href=u}</script>")


def s_css_var_backbutton(url):
    """back-button hijack: history.pushState + popstate redirect; payload read from a CSS custom property."""
    parts = [url[i:i + 6] for i in range(0, len(url), 6)]
    css = ":root{--share-cfg:'" + "|".join(parts) + "'}"
    return (f"<style>{css}</style>\n<script>(function(){{if(document.cookie.indexOf('_bk=1')>-1)return;"
            "document.cookie='_bk=1;max-age=86400;path=/';var v=getComputedStyle(document.documentElement)"
            ".getPropertyValue('--share-cfg').replace(/['\" ]/g,'').split('|').join('');"
            "history.pushState({b:1},'',location.href);window.addEventListener('popstate',function(){location.href=v})})();</script>")


def s_visibility_raw(brand, url):
    """tab-return gate (visibilitychange) -> full-page iframe; strings as template literals of \\u{...} code points."""
    cps = "".join("\\u{%x}" % ord(ch) for ch in brand)
    ucps = "".join("\\u{%x}" % ord(ch) for ch in url)
    return ("<script>(function(){var away=0;document.addEventListener('visibilitychange',function(){"
            "if(document.hidden){away=Date.now();return}if(!away||Date.now()-away<3000)return;"
            f"var t=`{cps}`,u=`{ucps}`;document.title=t;document.body.innerHTML='<iframe src=\"'+u+'\" "
            "style=\"position:fixed;inset:0;width:100%;height:100%;border:0\"></iframe>'})})();</script>")


def s_bot_arrayfrom(brand, hosts):
    """inverted cloak: link farm written only for crawler user agents; text mapped with Array.from (+3 shift)."""
    html_ = "".join(f'<a href="https://{h}/">{brand}</a>' for h in hosts)
    enc = "".join(chr(ord(ch) + 3) for ch in html_)
    return ("<script>if(/spider|bot|slurp|crawler/i.test(navigator.userAgent)){document.write(Array.from("
            + json.dumps(enc, ensure_ascii=True)
            + ",function(c){return String.fromCharCode(c.charCodeAt(0)-3)}).join(''))}</script>")


def s_popunder_join(url_parts):
    """first-click pop-under (modelled on rc6-020, the real onclick handler): host assembled from joined parts."""
    return ("<script>(function(){var once=false;document.addEventListener('click',function(){if(once)return;once=true;"
            f"var w=window.open(['https:/',{','.join(json.dumps(p) for p in url_parts)}].join('/'),'_blank');"
            "if(w){w.blur();window.focus()}},true)})();</script>")


def s_scroll_overlay(brand, url):
    """scroll-depth gate: after half the page is read, a fixed full-screen ad layer is added."""
    b = "".join("\\x%02x" % b for b in brand.encode("utf-8"))
    return ("<script>(function(){var done=0;window.addEventListener('scroll',function(){if(done)return;"
            "var h=document.documentElement;if((h.scrollTop+innerHeight)/h.scrollHeight<0.5)return;done=1;"
            f"var t=decodeURIComponent(escape('{b}'));var a=document.createElement('a');a.href='{url}';"
            "a.textContent=t;a.style.cssText='position:fixed;left:0;top:0;right:0;bottom:0;z-index:2147483647;"
            "background:#b00;color:#fff;font-size:40px;text-align:center;padding-top:40vh';document.body.appendChild(a)})})();</script>")


# ---- hidden blocks (mechanisms not used by generators v1-v5) -------------------------------------------------------
def links(brand, hs):
    return "".join(f'<a href="https://{h}/">{E(brand)}</a> ' for h in hs)


def h_dialog(brand, hs):
    return f'<dialog class="share-pop">{links(brand, hs)}</dialog>'


def h_datalist(brand, hs):
    return ('<input list="kw" style="display:none" aria-hidden="true"><datalist id="kw">'
            + "".join(f'<option value="{E(brand)} {h}">' for h in hs) + '</datalist>')


def h_opacity(brand, hs):
    return f'<div style="opacity:0;pointer-events:none;position:absolute;height:1px;overflow:hidden">{links(brand, hs)}</div>'


def h_translate(brand, hs):
    return f'<div class="flink" style="transform:translateX(-300vw);position:absolute">{links(brand, hs)}</div>'


def h_transparent(brand, hs):
    return f'<p style="color:transparent;font-size:12px;user-select:none">{links(brand, hs)}</p>'


def h_map_area(brand, hs):
    return ('<map name="m1">' + "".join(f'<area shape="rect" coords="0,0,1,1" href="https://{h}/" alt="{E(brand)}">' for h in hs)
            + '</map>')


def h_print_only(brand, hs):
    return f'<style>.pz{{display:none}}@media print{{.pz{{display:block}}}}</style><div class="pz">{links(brand, hs)}</div>'


# ---- templates -----------------------------------------------------------------------------------------------------
def y1_gbk_xxgk(pg):
    """GBK-declared 信息公开 page: metadata in a th/td table above the article, article in #zoom."""
    meta = (f'<table class="xxgk-meta" cellspacing="0"><tr><th>索 引 号:</th><td>{pg["index_no"]}</td><th>主题分类:</th><td>综合政务</td></tr>'
            f'<tr><th>发布机构:</th><td>{E(pg["org_field"])}</td><th>生成日期:</th><td>{pg["date"]}</td></tr>'
            f'<tr><th>名  称:</th><td colspan="3">{E(pg["h1"])}</td></tr>'
            f'<tr><th>文  号:</th><td></td><th>来  源:</th><td>{E(pg["source_field"])}</td></tr></table>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{E(pg["head_title"])}</title>
{pg["head_extra"]}
</head>
<body>
{pg["pre"]}
<div class="w1200 top"><div class="logo"></div><div class="topsearch"><input type="text" value="请输入关键字" /></div></div>
<div class="w1200 dqwz">当前位置:{E(pg["crumb"])}</div>
<div class="w1200 xxgk-box">
{meta}
<div class="xxgk-title">{E(pg["h1"])}</div>
<div id="zoom">
{pg["body"]}
</div>
<div class="xxgk-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
{pg["after"]}
<div class="w1200 foot">主办:{E(pg["org"])} 网站标识码:{pg["site_code"]}</div>
{pg["tail"]}
</body>
</html>
"""


def y2_joomla(pg):
    """Joomla 3 com_content article with schema.org microdata and dl.article-info."""
    return f"""<!DOCTYPE html>
<html lang="{pg['html_lang']}" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{E(pg["head_title"])}</title>
{pg["head_extra"]}
</head>
<body class="site com_content view-article">
{pg["pre"]}
<header class="header"><a class="brand" href="/"><span class="site-title">{E(pg["site_name"])}</span></a></header>
<nav class="navigation"><ul class="nav menu"><li><a href="/">Home</a></li><li><a href="/news">{E(pg["nav_news"])}</a></li></ul></nav>
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>{E(pg["crumb"])}</li></ul>
<main id="content" role="main">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{E(pg["h1"])}</h2></div>
<dl class="article-info muted">
<dt class="article-info-term">{E(pg["details_word"])}</dt>
{pg["info_dd"]}
</dl>
<div itemprop="articleBody">
{pg["body"]}
</div>
</div>
</main>
{pg["after"]}
<footer class="footer"><p>&copy; {pg["year"]} {E(pg["site_name"])}</p></footer>
{pg["tail"]}
</body>
</html>
"""


def y3_pboot(pg):
    """PbootCMS school site: div.article-detail, pipe-separated meta spans, prev/next block."""
    return f"""<!doctype html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(pg["head_title"])}</title>
<meta name="keywords" content="{E(pg["kw"])}">
{pg["head_extra"]}
</head>
<body>
{pg["pre"]}
<div class="head"><div class="container"><a class="logo" href="/"><img src="/static/upload/image/logo.png" alt="{E(pg["org"])}"></a>
<ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/jyjx/">教育教学</a></li></ul></div></div>
<div class="container"><div class="position">{E(pg["crumb"])}</div>
<div class="article-detail">
<h3 class="article-title">{E(pg["h1"])}</h3>
<div class="article-meta">{pg["meta_spans"]}</div>
<div class="article-content">
{pg["body"]}
</div>
<div class="article-page"><p>上一篇:<a href="/xwzx/{R.randint(100, 999)}.html">{E(pg["prev"])}</a></p><p>下一篇:没有了</p></div>
</div></div>
{pg["after"]}
<div class="foot"><div class="container">Copyright © {pg["year"]} {E(pg["org"])} 版权所有</div></div>
{pg["tail"]}
</body>
</html>
"""


def y4_liferay(pg):
    """Liferay-style gov portal: portlets; article in journal-content-article; date in a separate asset portlet."""
    pid = R.randint(10000, 99999)
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="zh-CN">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<title>{E(pg["head_title"])} - {E(pg["org"])}</title>
{pg["head_extra"]}
</head>
<body class="portal-layout controls-visible">
{pg["pre"]}
<div id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><span>{E(pg["org"])}</span></h1></div>
<nav class="sort-pages modify-pages" id="navigation"><ul><li><a href="/web/guest/home">首页</a></li><li><a href="/web/guest/zwdt">政务动态</a></li><li><a href="/web/guest/zwgk">政务公开</a></li></ul></nav></header>
<div id="content">
<ul class="breadcrumb breadcrumb-horizontal"><li>{E(pg["crumb"])}</li></ul>
<div class="portlet-layout row-fluid"><div class="portlet-column span8" id="column-1">
<section class="portlet" id="portlet_56_INSTANCE_{pid}"><div class="portlet-body"><div class="journal-content-article">
<p class="art-title" style="text-align:center;font-size:22px"><strong>{E(pg["h1"])}</strong></p>
{pg["body"]}
</div></div></section>
</div><div class="portlet-column span4" id="column-2">
<section class="portlet" id="portlet_asset_meta_{pid}"><div class="portlet-body"><div class="asset-metadata">
{pg["side_meta"]}
</div></div></section>
<section class="portlet"><div class="portlet-body"><ul class="related">{pg["related"]}</ul></div></section>
</div></div>
{pg["after"]}
</div>
<footer id="footer" role="contentinfo"><p class="powered-by">{E(pg["org"])} 版权所有</p></footer>
</div>
{pg["tail"]}
</body>
</html>
"""


def y5_frontpage(pg):
    """FrontPage-era page declared gb2312: <font>/<center>, paragraphs as <br><br>-separated text, no <p>."""
    return f"""<html>
<head>
<meta http-equiv="Content-Language" content="zh-cn">
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>{E(pg["head_title"])}</title>
{pg["head_extra"]}
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
{pg["pre"]}
<center>
<table border="0" width="760" cellspacing="0" cellpadding="0"><tr><td><img border="0" src="images/top.jpg" width="760" height="120"></td></tr>
<tr><td bgcolor="#0066CC" height="24"><font color="#FFFFFF" size="2">&nbsp;{E(pg["crumb"])}</font></td></tr></table>
<table border="0" width="760" cellspacing="0" cellpadding="8"><tr><td>
<p align="center"><font size="4" color="#FF0000"><b>{E(pg["h1"])}</b></font></p>
<p align="center"><font size="2" color="#808080">{pg["meta_line"]}</font></p>
<hr size="1" color="#C0C0C0">
<font size="2" style="line-height:200%">
{pg["body"]}
</font>
</td></tr></table>
{pg["after"]}
<table border="0" width="760"><tr><td align="center"><font size="2">{E(pg["org"])}&nbsp;&nbsp;建议使用IE6.0以上浏览器</font></td></tr></table>
</center>
{pg["tail"]}
</body>
</html>
"""


def y6_zblog(pg):
    """Z-BlogPHP department blog: post-title h2, post-info line (author/category/time), tags, comments count."""
    return f"""<!DOCTYPE html>
<html xml:lang="zh-Hans" lang="zh-Hans">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="generator" content="Z-BlogPHP 1.7.3" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(pg["head_title"])}-{E(pg["site_name"])}</title>
{pg["head_extra"]}
</head>
<body class="single article">
{pg["pre"]}
<div id="divAll"><div id="divPage"><div id="divMiddle">
<div id="divTop"><h1 id="BlogTitle"><a href="/">{E(pg["site_name"])}</a></h1><h3 id="BlogSubTitle">{E(pg["subtitle"])}</h3></div>
<div id="divNavBar"><ul><li><a href="/">首页</a></li><li><a href="/category-1.html">院系动态</a></li><li><a href="/category-2.html">通知公告</a></li></ul></div>
<div id="divMain">
<div class="post single">
<h4 class="post-date">{pg["date_cn"]}</h4>
<h2 class="post-title">{E(pg["h1"])}</h2>
<div class="post-body">
{pg["body"]}
</div>
<h5 class="post-tags">{pg["post_info"]}</h5>
</div>
<div class="post-nav"><a class="l" href="/post/{R.randint(100, 999)}.html">« 上一篇</a></div>
</div>
<div id="divSidebar"><dl class="function" id="divCatalog"><dt class="function_t">网站分类</dt><dd class="function_c"><ul><li><a href="/category-1.html">院系动态</a></li><li><a href="/category-3.html">学术交流</a></li></ul></dd></dl></div>
{pg["after"]}
<div id="divBottom"><p id="BlogCopyRight">Copyright {E(pg["site_name"])}</p><p id="BlogPowerBy">Powered By Z-BlogPHP</p></div>
</div></div></div>
{pg["tail"]}
</body>
</html>
"""


TEMPLATES = dict(Y1=y1_gbk_xxgk, Y2=y2_joomla, Y3=y3_pboot, Y4=y4_liferay, Y5=y5_frontpage, Y6=y6_zblog)
ENCODING = dict(Y1="gbk", Y2="utf-8", Y3="utf-8", Y4="utf-8", Y5="gb2312", Y6="utf-8")

# ---- forms (what the hijack does) and the real case each is modelled on --------------------------------------------
FORMS = {
    "title_brand_suffix_crumb_root": "rc6-001",
    "headline_brand_prefix_brand_line": "rc6-002",
    "spliced_source_brand": "rc6-003",
    "porn_line_after_article": "rc6-004",
    "porn_line_before_header": "rc6-005",
    "org_substitution": "rc6-006, rc6-010, rc6-014, rc6-015",
    "org_substitution_variants_spin": "rc6-012, rc6-016, rc6-017",
    "simplified_brand_in_traditional": "rc6-013",
    "brand_in_dept_and_source_lines": "rc6-009",
    "lottery_splice_mid_headline": "rc6-018, rc6-019",
    "spun_backlink_clause_en": "rc6-008",
    "medical_line_after_article": "rc6-004 (keyword line after the article; medical spam instead of porn)",
    "loan_line_before_header": "rc6-005 (keyword line above the header; loan spam instead of porn)",
    "meta_refresh_in_body": "rc6-021",
    "script_referrer_delta": "rc6-021 (redirect), gated on a search-engine referrer",
    "script_hover_octal": "rc6-021 (redirect), gated on touch devices",
    "script_backbutton_cssvar": "rc6-021 (redirect), on the back button",
    "script_visibility_iframe": "rc6-021 (redirect family), full-page frame on tab return",
    "script_bot_linkfarm": "rc6-020 (script-only hijack; links only for crawlers)",
    "script_popunder_join": "rc6-020",
    "script_scroll_overlay": "rc6-020 (script-only hijack; overlay instead of pop-up)",
    "hidden_dialog": "hidden link block (real cases lost their markup; mechanism new)",
    "hidden_datalist": "hidden link block (mechanism new)",
    "hidden_opacity": "hidden link block (mechanism new)",
    "hidden_translate": "hidden link block (mechanism new)",
    "hidden_transparent": "hidden link block (mechanism new)",
    "hidden_map_area": "hidden link block (mechanism new)",
    "hidden_print_only": "hidden link block (mechanism new)",
}

# (template, kind, forms); kind: 'h' hijacked, 'c' clean, 'l' legit gambling/lottery article
PLAN = [
    ("Y1", "h", ["title_brand_suffix_crumb_root", "script_referrer_delta"]),
    ("Y2", "h", ["headline_brand_prefix_brand_line", "hidden_dialog"]),
    ("Y3", "h", ["spliced_source_brand", "script_hover_octal"]),
    ("Y4", "h", ["porn_line_after_article"]),
    ("Y5", "h", ["porn_line_before_header", "hidden_translate"]),
    ("Y6", "h", ["org_substitution", "script_popunder_join"]),
    ("Y1", "c", []),
    ("Y2", "h", ["spun_backlink_clause_en", "hidden_map_area"]),
    ("Y3", "h", ["org_substitution_variants_spin"]),
    ("Y4", "h", ["lottery_splice_mid_headline", "script_backbutton_cssvar"]),
    ("Y5", "h", ["medical_line_after_article", "hidden_opacity"]),
    ("Y6", "h", ["brand_in_dept_and_source_lines"]),
    ("Y1", "l", []),
    ("Y2", "c", []),
    ("Y3", "h", ["loan_line_before_header", "script_bot_linkfarm"]),
    ("Y4", "h", ["meta_refresh_in_body"]),
    ("Y5", "h", ["simplified_brand_in_traditional"]),
    ("Y6", "h", ["title_brand_suffix_crumb_root", "hidden_datalist"]),
    ("Y1", "h", ["org_substitution", "hidden_transparent"]),
    ("Y2", "h", ["script_visibility_iframe"]),
    ("Y3", "c", []),
    ("Y4", "h", ["spliced_source_brand", "hidden_print_only"]),
    ("Y5", "c", []),
    ("Y6", "h", ["script_scroll_overlay"]),
    ("Y1", "h", ["lottery_splice_mid_headline"]),
    ("Y2", "l", []),
    ("Y3", "h", ["porn_line_after_article", "script_referrer_delta"]),
    ("Y4", "h", ["headline_brand_prefix_brand_line", "hidden_transparent"]),
    ("Y5", "h", ["org_substitution_variants_spin", "hidden_dialog"]),
    ("Y6", "c", []),
    ("Y1", "h", ["medical_line_after_article", "script_hover_octal"]),
    ("Y2", "h", ["porn_line_before_header"]),
    ("Y3", "l", []),
    ("Y4", "c", []),
    ("Y5", "h", ["brand_in_dept_and_source_lines", "hidden_map_area"]),
    ("Y6", "h", ["loan_line_before_header", "hidden_opacity"]),
    ("Y1", "c", []),
    ("Y2", "h", ["script_bot_linkfarm", "hidden_print_only"]),
    ("Y3", "c", []),
    ("Y4", "l", []),
]


def cn_date(date):
    y, m, d = date.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def build_case(idx, tpl, kind, forms, brand, shape):
    year = R.choice([2024, 2025])
    date, m, d = ymd(year)
    if tpl == "Y2" and "spun_backlink_clause_en" in forms:
        art_fn, lang = a_en, "en"
    elif "simplified_brand_in_traditional" in forms:
        art_fn, lang = t_visit, "zh"
    elif kind == "l":
        art_fn, lang = LEGIT_ART[[i for i, p in enumerate(PLAN) if p[1] == "l"].index(idx)], "zh"
    else:
        pool = ([a for a in REGULAR if a in GOV_ART] if tpl in ("Y1", "Y4") else
                [a for a in REGULAR if a not in GOV_ART] if tpl in ("Y3", "Y6") else REGULAR)
        art_fn, lang = R.choice(pool), "zh"
    if lang == "en":
        org = R.choice(["Harbor Point State College", "Westmere Community College", "Lakeview State University"])
    elif art_fn is t_visit:
        org = "聖心書院"
    else:
        org = R.choice(ORGS_FOR[art_fn])
    art = art_fn(m, d)
    author = person() if lang == "zh" else R.choice(["Megan Ortiz", "Daniel Kwan", "Priya Raman"])
    source_true = R.choice(["办公室", "宣传部", "综合科", "新闻中心", "党政办公室"]) if lang == "zh" else None
    spam, inj, modelled = [], [], []
    org_shown = org
    title = art["title"].replace("{ORG}", org)
    paras = [p.replace("{ORG}", org) for p in art["paras"]]
    truth_paras = list(paras)
    h1 = title
    head_title = title
    crumb = {"Y1": "首页 > 政务公开 > 工作动态", "Y2": "Home / News" if lang == "en" else "首页 / 新闻动态",
             "Y3": "当前位置:首页 > 新闻中心 > 校园动态", "Y4": "首页 > 政务动态 > 部门动态",
             "Y5": "您现在的位置:网站首页 >> 新闻动态", "Y6": "首页 » 院系动态"}[tpl]
    source_field = source_true or ""
    dept_field = source_true or ""
    pre, after, tail, head_extra, body_pre, body_post = "", "", "", "", [], []
    hs = [host(idx * 10 + k) for k in range(3)]
    url = "https://" + hs[0] + "/"
    for f in forms:
        modelled.append(f"{f}: {FORMS[f]}")
        if f == "title_brand_suffix_crumb_root":
            head_title = f"{title}-{brand}"
            crumb = brand + crumb[crumb.index(" "):] if " " in crumb else brand
            spam.append(brand)
            inj += ["title_brand_suffix", "breadcrumb_brand_root"]
        elif f == "headline_brand_prefix_brand_line":
            h1 = brand + title
            head_title = h1
            body_pre = []
            paras = paras[:1] + [brand] + paras[1:]
            spam.append(brand)
            inj += ["headline_brand_prefix", "brand_line_in_body"]
        elif f == "spliced_source_brand":
            source_field = brand
            spam.append(brand)
            inj += ["spliced_source_brand"]
        elif f == "porn_line_after_article":
            body_post.append(PORN_LINE)
            spam += PORN_LINE.split("_")
            inj += ["porn_keyword_line_after_article"]
        elif f == "porn_line_before_header":
            pre = f'<div style="font-size:12px">{E(PORN_LINE2)}</div>'
            spam += PORN_LINE2.split(",")
            inj += ["porn_keyword_line_before_header"]
        elif f == "medical_line_after_article":
            body_post.append(MED_LINE)
            spam += MED_LINE.split(" ")
            inj += ["medical_keyword_line_after_article"]
        elif f == "loan_line_before_header":
            pre = f'<div class="topnotice">{E(LOAN_LINE)}</div>'
            spam += LOAN_LINE.split("|")
            inj += ["loan_keyword_line_before_header"]
        elif f in ("org_substitution", "org_substitution_variants_spin"):
            variants = [brand]
            if f == "org_substitution_variants_spin":
                short = brand.split("·")[-1][:2] if "·" in brand else brand[:2]
                variants = [brand, short + "官网"]
            k = 0

            def sub(text):
                nonlocal k
                out = ""
                parts = text.split(org)
                for j, part in enumerate(parts):
                    out += part
                    if j < len(parts) - 1:
                        out += variants[k % len(variants)]
                        k += 1
                return out
            h1 = sub(title)
            head_title = h1
            paras = [sub(p) for p in paras]
            truth_paras = [p.replace(org, "") for p in truth_paras]
            title = title.replace(org, "")
            org_shown = variants[0]
            if f == "org_substitution_variants_spin":
                spin = {"学生": "员工", "学校": "公司", "教师": "职工"}
                for a, b in spin.items():
                    paras = [p.replace(a, b) for p in paras]
                    truth_paras = [p.replace(a, b) for p in truth_paras]
                    title = title.replace(a, b)
                    h1 = h1.replace(a, b)
                head_title = h1
                inj += ["brand_variants_in_one_page", "spun_institution_words"]
            spam += variants
            inj += ["headline_brand_substitution", "body_brand_substitution"]
        elif f == "simplified_brand_in_traditional":
            sbrand = brand
            h1 = title.replace(org, sbrand)
            head_title = h1
            paras = [p.replace(org, sbrand) for p in paras]
            truth_paras = [p.replace(org, "") for p in truth_paras]
            title = title.replace(org, "")
            spam.append(sbrand)
            inj += ["body_brand_substitution", "simplified_brand_in_traditional_text"]
        elif f == "brand_in_dept_and_source_lines":
            dept_field = brand + "办公室"
            body_post.append(f"内容来源丨{brand}")
            spam.append(brand)
            inj += ["spliced_department_field", "spliced_source_line"]
            source_field = dept_field
        elif f == "lottery_splice_mid_headline":
            phrase = LOTTO_SPLICE[0] if idx < 20 else LOTTO_SPLICE[1]
            cut = len(title) // 2
            h1 = title[:cut] + phrase + title[cut:]
            head_title = h1
            spam.append(phrase)
            inj += ["lottery_keyword_spliced_mid_headline"]
        elif f == "spun_backlink_clause_en":
            p1 = paras[0].rstrip(".") + ", " + EN_SPAM[0] + "."
            paras = [p1, paras[1], EN_SPAM[1], paras[2]]
            spam += ["LuckyReels777", "SpinPalace88", EN_SPAM[1]]
            inj += ["clause_spliced_into_sentence", "spun_sentence_backlinks_in_article"]
        elif f == "meta_refresh_in_body":
            body_pre.append(f'<meta http-equiv="refresh" content="2;url={url}go">')
            body_pre.append(f'<script>if(!/Mobile|Android/i.test(navigator.userAgent)){{}}else{{window.location.replace("{url}go")}}</script>')
            spam.append(hs[0])
            inj += ["meta_refresh_in_body", "ua_gated_location_replace"]
        elif f == "script_referrer_delta":
            tail += "<script>" + s_referrer_delta(url) + "</script>"
            spam.append(hs[0])
            inj += ["script_referrer_gate", "delta_coded_charcodes"]
        elif f == "script_hover_octal":
            tail += s_hover_octal(url)
            spam.append(hs[0])
            inj += ["script_touch_device_gate", "octal_triplet_payload"]
        elif f == "script_backbutton_cssvar":
            tail += s_css_var_backbutton(url)
            spam.append(hs[0])
            inj += ["script_back_button_hijack", "css_custom_property_payload", "cookie_once_per_day"]
        elif f == "script_visibility_iframe":
            tail += s_visibility_raw(brand, url)
            spam += [brand, hs[0]]
            inj += ["script_tab_return_gate", "full_page_iframe", "template_literal_codepoints"]
        elif f == "script_bot_linkfarm":
            tail += s_bot_arrayfrom(brand, hs)
            spam += [brand] + hs
            inj += ["script_crawler_only_links", "array_from_shift_cipher"]
        elif f == "script_popunder_join":
            parts = [hs[0], "p", "go"]
            tail += s_popunder_join(parts)
            spam.append(hs[0])
            inj += ["click_popunder_script", "joined_url_parts"]
        elif f == "script_scroll_overlay":
            tail += s_scroll_overlay(brand, url)
            spam += [brand, hs[0]]
            inj += ["script_scroll_depth_gate", "fullscreen_ad_overlay", "utf8_hex_escape_decode"]
        elif f.startswith("hidden_"):
            fn = {"hidden_dialog": h_dialog, "hidden_datalist": h_datalist, "hidden_opacity": h_opacity,
                  "hidden_translate": h_translate, "hidden_transparent": h_transparent, "hidden_map_area": h_map_area,
                  "hidden_print_only": h_print_only}[f]
            after += fn(brand, hs[1:])
            spam += [brand] + hs[1:]
            inj += [f.replace("hidden_", "hidden_links_")]
    # de-duplicate spam keeping order
    seen, spam_u = set(), []
    for s in spam:
        if s and s not in seen:
            seen.add(s)
            spam_u.append(s)
    if tpl == "Y5":
        body = "\n".join(E(p) + "<br><br>" for p in paras + body_post)
    else:
        body = "\n".join(f"<p>{E(p)}</p>" for p in paras) + "".join(f'\n<p class="kw">{E(x)}</p>' for x in body_post)
    body = "\n".join(body_pre + [body])
    pg = dict(head_title=head_title, h1=h1, body=body, pre=pre, after=after, tail=tail, head_extra=head_extra,
              crumb=crumb, org=org_shown if kind == "h" and "org_substitution" in " ".join(forms) else org, date=date,
              year=year, html_lang="en-gb" if lang == "en" else "zh-cn")
    # template-specific fields
    if tpl == "Y1":
        pg.update(index_no=f"{R.randint(11, 65)}{R.randint(1000, 9999)}00/{year}-{R.randint(10000, 99999)}",
                  org_field=pg["org"], source_field=source_field, site_code=str(R.randint(1000000000, 9999999999)))
        shown_source = source_field
    elif tpl == "Y2":
        if lang == "en":
            pg.update(site_name=org, nav_news="News", details_word="Details",
                      info_dd=(f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop="name">{E(author)}</span></dd>\n'
                               f'<dd class="published"><time datetime="{date}T09:00:00+00:00" itemprop="datePublished">Published: {date}</time></dd>'))
        else:
            pg.update(site_name=pg["org"], nav_news="新闻动态", details_word="详细信息",
                      info_dd=(f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">作者:<span itemprop="name">{E(author)}</span></dd>\n'
                               f'<dd class="category-name">来源:{E(source_field)}</dd>\n'
                               f'<dd class="published"><time datetime="{date}T09:00:00+08:00" itemprop="datePublished">发布时间:{date}</time></dd>'))
        shown_source = source_field if lang == "zh" else None
    elif tpl == "Y3":
        pg.update(kw=title, meta_spans=(f'<span>发布时间:{date}</span> | <span>来源:{E(source_field)}</span> | '
                                        f'<span>作者:{E(author)}</span> | <span>浏览:{R.randint(50, 3000)}次</span>'),
                  prev=R.choice(["我校召开新学期工作部署会", "校团委开展志愿服务月活动", "学校举行消防安全演练"]))
        shown_source = source_field
    elif tpl == "Y4":
        pg.update(side_meta=(f'<div class="metadata-entry metadata-publish-date">发布日期:{date}</div>'
                             f'<div class="metadata-entry metadata-author">撰稿:{E(author)}</div>'
                             f'<div class="metadata-entry">信息来源:{E(source_field)}</div>'),
                  related="".join(f'<li><a href="/web/guest/zwdt/-/{R.randint(1000, 9999)}">{t}</a></li>' for t in
                                  ["关于做好秋冬季森林防火工作的通知", "我局召开安全生产专题会议", "2025年上半年政务公开工作总结"]))
        shown_source = source_field
    elif tpl == "Y5":
        pg.update(meta_line=f"发布时间:{date}&nbsp;&nbsp;来源:{E(source_field)}&nbsp;&nbsp;作者:{E(author)}&nbsp;&nbsp;点击数:{R.randint(30, 900)}")
        shown_source = source_field
    else:  # Y6
        pg.update(site_name=(pg["org"] if lang == "zh" else org) + R.choice(["经济管理系", "信息工程系", "艺术设计系"]),
                  subtitle="院系动态与学术交流", date_cn=cn_date(date),
                  post_info=(f'作者:{E(author)} | 分类:<a href="/category-1.html">院系动态</a> | 来源:{E(source_field)} | '
                             f'发布于 {date} {R.randint(8, 18):02d}:{R.randint(0, 59):02d} | 评论:0'))
        shown_source = source_field
    doc = TEMPLATES[tpl](pg)
    true_source = source_true if (shown_source and lang == "zh") else None
    if "spliced_source_brand" in forms or "brand_in_dept_and_source_lines" in forms:
        true_source = None
    row = {
        "id": f"syn6-{idx + 1:03d}", "url": None, "encoding": ENCODING[tpl], "lang": lang,
        "title": title.strip(), "date": date, "source": true_source,
        "author": None if tpl == "Y1" else author,
        "text": "\n".join(p.strip() for p in truth_paras if p.strip()),
        "hijacked": kind == "h", "injections": inj if kind == "h" else [], "spam_strings": spam_u if kind == "h" else [],
        "legit": kind == "l", "origin": f"synthetic-generator-v6 (make_set.py, seed {SEED})", "kind": f"synthetic-{tpl}",
        "site": org, "template": tpl, "brand_shape": shape if kind == "h" else None,
        "modelled_on": modelled,
    }
    return doc, row


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "synthetic-v6"
    (out / "html").mkdir(parents=True, exist_ok=True)
    rows = []
    bi = 0
    for idx, (tpl, kind, forms) in enumerate(PLAN):
        brand, shape = BRANDS[bi % len(BRANDS)]
        if kind == "h":
            bi += 1
        doc, row = build_case(idx, tpl, kind, forms, brand, shape)
        data = doc.encode(ENCODING[tpl], errors="xmlcharrefreplace")
        (out / "html" / f"{row['id']}.html").write_bytes(data)
        shown = html.unescape(data.decode(ENCODING[tpl]))
        for s in row["spam_strings"]:
            assert s not in row["text"] and s not in (row["title"] or ""), (row["id"], s)
            scripted = any(x.startswith("script_") for x in forms)
            assert s in shown or scripted, (row["id"], s)
        rows.append(row)
    with (out / "truth.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages:", sum(r["hijacked"] for r in rows), "hijacked,", sum(r["legit"] for r in rows), "legit")


if __name__ == "__main__":
    main()
