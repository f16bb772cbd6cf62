# -*- coding: utf-8 -*-
"""Generate synthetic-v39: 40 gov/edu pages (4 sites x 5 pages + 20 single pages) with truth.jsonl.

Fixed seed, no network, byte-identical on re-run:
    python make_set.py [OUTDIR]      (default: ../synthetic-v39 next to this folder)

Templates (one per site; single pages use T5/T6 and the site templates with other hosts):
  T1 we7-style county portal (utf-8): <dl> byline, share bar, 'section' layout
  T2 Django-CMS school site (GB18030): placeholder blocks, byline in a <ul class="meta">
  T3 开物 township station-group site (GBK): 信息公开 <ul> metadata list + 【字体】 bar
  T4 Wix-export university department site (utf-8): absolutely positioned comp-* divs, byline spans
  T5 Squarespace-like bureau blog (utf-8): <article> with <time datetime>, footer credits
  T6 readthedocs-like policy library (GBK): sidebar toc, rst-content, 'last updated' line
"""
import html as H
import json
import os
import random
import sys

SEED = 39039
E = H.escape

# ----------------------------------------------------------------- article bank
PLACES = ["临溪", "桐岭", "沅屏", "梓川", "鹤汀", "芦湾", "石牌", "柏舟", "青泥", "澄江"]
TOWNS = ["枫桥镇", "白沙乡", "槐安街道", "石门镇", "双溪乡", "龙田镇", "松坪乡", "杏塘镇"]
NAMES = ["周立群", "方晓岚", "郑国华", "韩玉梅", "谭志刚", "罗婉清", "贺建新", "钟丽娟", "唐卫东", "孔雪芬", "邵明", "袁海燕"]

TOPICS = [
    ("{p}县召开秋冬季森林防火工作部署会",
     ["{m}月{d}日,{p}县召开秋冬季森林防火工作部署会,县森林防火指挥部成员单位和各乡镇分管负责人{n}人参加会议。",
      "会议通报了今年以来全县森林防火工作情况,分析了当前火险形势,对野外用火管控、重点区域巡查、扑火队伍建设等工作作出安排。",
      "会议要求,各乡镇要严格落实网格化管理责任,加强清明、秋收等重点时段巡护,确保不发生重大森林火灾。"]),
    ("{t}开展老年助餐服务点运营情况督查",
     ["为提升老年助餐服务质量,{m}月{d}日,{p}县民政局对{t}{n}个老年助餐服务点运营情况开展督查。",
      "督查组通过查看台账、实地察看后厨、走访就餐老人等方式,了解食品安全、价格收取和服务满意度等情况,现场反馈问题{k}条。",
      "下一步,县民政局将建立问题清单,督促限期整改,推动助餐服务点规范运营、持续运营。"]),
    ("{p}县举办2024年春季高校毕业生专场招聘会",
     ["{m}月{d}日,{p}县人力资源和社会保障局在县体育馆举办春季高校毕业生专场招聘会,{n}家企业提供就业岗位{k}00余个。",
      "招聘会设置了政策咨询、职业指导、技能培训报名等服务区,工作人员现场解读就业创业补贴政策,帮助求职者了解岗位信息。",
      "据统计,当天入场求职人员1200余人次,初步达成就业意向{k}6人。"]),
    ("{p}县河长制办公室开展汛前河道巡查",
     ["{m}月{d}日,{p}县河长制办公室联合水利、生态环境等部门,对县域内{n}条主要河道开展汛前巡查。",
      "巡查组重点检查了河道行洪障碍、涉河工程度汛措施、入河排污口等情况,对发现的{k}处问题现场交办乡镇河长限期整改。",
      "县河长办负责人表示,将持续强化日常巡河管护,确保河道安全度汛。"]),
    ("{t}推进高标准农田建设项目",
     ["今年以来,{t}把高标准农田建设作为巩固粮食生产能力的重要抓手,计划新建高标准农田{k}000亩。",
      "项目实施中,镇里成立工作专班,逐村核实地块,配套建设灌排渠系{n}公里、机耕道路{k}公里,目前工程进度已完成六成。",
      "项目建成后,预计每亩可节约灌溉用水约三成,带动周边{n}个村的种粮大户增产增收。"]),
    ("{p}县图书馆举办“书香润童心”少儿阅读月活动",
     ["{m}月{d}日,{p}县图书馆“书香润童心”少儿阅读月活动启动,全县{n}所小学的师生代表参加启动仪式。",
      "活动期间,图书馆将开展绘本共读、小小讲解员、亲子阅读打卡等{k}项活动,并向乡镇分馆配送少儿图书3000余册。",
      "县图书馆负责人介绍,阅读月活动已连续举办五届,累计吸引少年儿童参与2万余人次。"]),
    ("{p}县疾控中心开展学校传染病防控专项检查",
     ["开学以来,{p}县疾病预防控制中心组织专业人员对全县{n}所中小学校开展传染病防控专项检查。",
      "检查组重点查看了晨午检记录、因病缺课追踪登记、校园环境卫生和饮用水卫生等情况,对{k}所学校提出整改建议。",
      "县疾控中心提醒,各校要落实好传染病报告制度,发现聚集性病例及时报告。"]),
    ("{p}县税务局开展“春风行动”进企业宣讲",
     ["{m}月{d}日,{p}县税务局“便民办税春风行动”宣讲小组走进县经济开发区,为{n}家企业财务人员讲解最新税费优惠政策。",
      "宣讲小组围绕研发费用加计扣除、小微企业所得税优惠等政策逐条解读,并现场解答企业提出的{k}个问题。",
      "县税务局相关负责人表示,将持续开展政策精准推送,让企业应享尽享。"]),
    ("{p}县消防救援大队开展高层建筑消防安全检查",
     ["{m}月{d}日起,{p}县消防救援大队对城区{n}栋高层住宅和商业综合体开展消防安全检查。",
      "检查人员逐栋查看消防控制室值班、自动消防设施运行、疏散通道畅通等情况,共发现火灾隐患{k}处,已全部督促整改。",
      "大队提醒广大群众,不要在楼道内停放电动自行车,发现火情第一时间拨打119报警。"]),
    ("{t}召开村级集体经济发展推进会",
     ["{m}月{d}日,{t}召开村级集体经济发展推进会,各村党组织书记和镇相关站所负责人{n}人参加。",
      "会上,{k}个村交流了发展光伏发电、农产品加工、物业租赁等集体经济项目的做法,镇党委对下一步工作作了部署。",
      "{t}党委书记强调,要因村施策,盘活闲置资源,力争年底前所有村集体经营性收入达到10万元以上。"]),
    ("{p}县第一中学举行秋季田径运动会",
     ["{m}月{d}日至{dd}日,{p}县第一中学第{k}届秋季田径运动会举行,全校{n}个班级的1600余名学生参加比赛。",
      "运动会设置了短跑、跳远、铅球、接力等项目,并首次增设了跳绳、拔河等集体项目,共有{k}人次打破校纪录。",
      "学校负责人表示,运动会既检阅了学校体育工作成果,也展示了学生积极向上的精神风貌。"]),
    ("{p}县开展燃气安全专项整治行动",
     ["为切实防范燃气安全事故,{p}县住房和城乡建设局牵头开展燃气安全专项整治行动,组织检查组{n}个。",
      "检查组对全县餐饮场所、瓶装燃气供应站和老旧小区燃气管道进行全面排查,督促{k}家餐饮企业安装可燃气体报警装置。",
      "专项整治将持续至年底,县住建局将对整改不到位的单位依法处理。"]),
    ("{p}县气象局发布秋季农业生产气象服务提示",
     ["近日,{p}县气象局发布秋季农业生产气象服务提示,预计未来{n}天全县以晴到多云天气为主,气温偏高。",
      "气象部门建议,各地抓住有利天气抓紧晾晒和收储已收获的粮食,做好秋播整地工作,同时注意防范局地秋旱对晚秋作物的影响。",
      "县气象局将加强天气监测预报,及时发布灾害性天气预警信息。"]),
    ("{p}县人民医院开展“健康义诊进社区”活动",
     ["{m}月{d}日,{p}县人民医院组织心内科、内分泌科、眼科等{n}个科室的医务人员走进{t},开展“健康义诊进社区”活动。",
      "活动现场,医务人员为居民免费测量血压、血糖,开展健康咨询,共服务群众{k}00余人次,发放健康宣传资料500余份。",
      "医院负责人表示,将常态化开展义诊活动,把优质医疗服务送到群众身边。"]),
    ("{p}县统计局开展统计法治宣传月活动",
     ["{m}月,{p}县统计局开展统计法治宣传月活动,通过进企业、进乡镇、进社区等形式宣传统计法律法规。",
      "活动期间,统计局工作人员深入{n}家规模以上企业,讲解统计数据报送要求和统计违法行为法律责任,发放宣传资料{k}00余份。",
      "县统计局将以此次活动为契机,持续提升统计数据质量。"]),
    ("{p}职业技术学校举行校企合作签约仪式",
     ["{m}月{d}日,{p}职业技术学校与县内{n}家企业举行校企合作签约仪式,共建实训基地{k}个。",
      "根据协议,企业将为学校提供实习岗位和技术骨干兼职授课,学校为企业定向培养机电、电子商务等专业技能人才。",
      "学校校长表示,校企合作将进一步提升学生实践能力,促进人才培养与产业需求精准对接。"]),
    ("{p}县文化馆举办非遗展演周活动",
     ["{m}月{d}日,{p}县文化馆“非遗展演周”活动开幕,{n}个非遗项目的传承人现场展示传统技艺。",
      "展演周期间,剪纸、竹编、木雕等非遗项目轮番亮相,市民可在体验区动手参与,现场还举办了非遗知识讲座{k}场。",
      "县文化馆负责人介绍,展演周旨在让更多群众了解非遗、传承非遗。"]),
    ("{p}县交通运输局推进农村公路“路长制”",
     ["今年以来,{p}县交通运输局全面推行农村公路“路长制”,明确县、乡、村三级路长{n}00余名。",
      "各级路长定期巡查路况,对路面破损、边沟堵塞等问题及时上报处置,今年以来累计处置问题{k}0余处。",
      "县交通运输局表示,将进一步完善考核机制,推动农村公路管护常态化。"]),
]

LEGIT = [
    ("{p}县民政局关于规范福利彩票销售网点管理的通知",
     ["为进一步加强福利彩票销售网点管理,维护购彩者合法权益,根据《彩票管理条例》有关规定,现就有关事项通知如下。",
      "一、各销售网点应在醒目位置张贴“未成年人不得购买彩票、不得兑奖”标识,不得向未成年人销售彩票,不得以赊销或者信用方式销售彩票。",
      "二、县福利彩票管理站要加强日常巡查,每季度对全县{n}个销售网点开展一次检查,发现违规行为依法依规处理。"]),
    ("{p}县公安局通报一起开设赌场案件查处情况",
     ["{m}月{d}日,{p}县公安局在日常巡查中发现,{t}一棋牌室存在聚众赌博行为,民警当场查获参赌人员{n}名,收缴赌资{k}000余元。",
      "经查,棋牌室经营者以营利为目的,为他人赌博提供场所并抽取“台费”,涉嫌开设赌场罪,已被依法采取刑事强制措施,其余参赌人员均被依法给予治安处罚。",
      "县公安局提醒广大群众,远离赌博,发现涉赌违法犯罪线索可拨打110举报。"]),
    ("{p}县2023年度体育彩票公益金使用情况公告",
     ["根据《彩票公益金管理办法》规定,现将{p}县2023年度体育彩票公益金使用情况公告如下。",
      "2023年,县本级共使用体育彩票公益金{k}6.5万元,主要用于全民健身路径更新、村级篮球场建设、青少年体育赛事和社会体育指导员培训等{n}个项目。",
      "各项目均已按计划实施完毕,资金使用情况接受社会监督。"]),
    ("{p}县开展打击治理跨境赌博宣传进校园活动",
     ["{m}月{d}日,{p}县公安局联合县教育局走进县职业中学,开展打击治理跨境赌博宣传进校园活动,{n}00余名师生参加。",
      "民警结合真实案例,讲解了网络赌博的常见套路和“跑分”“帮信”等违法犯罪行为的法律后果,提醒学生不出租、出借银行卡和手机卡。",
      "活动现场还发放了反赌宣传资料{k}00余份,引导师生自觉抵制赌博。"]),
]

SOURCES_BY_TOPIC = ["县应急管理局", "县民政局", "县人力资源和社会保障局", "县水利局", "县农业农村局", "县图书馆", "县疾控中心",
                    "县税务局", "县消防救援大队", "县委组织部", "县第一中学", "县住房和城乡建设局", "县气象局", "县人民医院",
                    "县统计局", "县职业技术学校", "县文化馆", "县交通运输局"]
LEGIT_SOURCES = ["县民政局", "县公安局", "县财政局", "县公安局"]


def fill(rng, tpl, p, t, month=None, day=None):
    vals = dict(p=p, t=t, m=rng.randint(3, 11), d=rng.randint(1, 27), dd=0, n=rng.randint(3, 19), k=rng.randint(2, 9))
    if month:
        vals["m"], vals["d"] = month, max(1, day - 1)
    vals["dd"] = vals["d"] + 1
    return tpl.format(**vals), vals


# ----------------------------------------------------------------- injections
BRANDS = ["鹭汀博汇", "栖梧竞彩坊", "雁回棋牌", "朔风电竞", "潮汐真人馆", "蓝鲸彩站", "沐辰体育", "霁月娱乐",
          "聚鑫彩票网", "星槎博彩", "橘洲竞技", "玄武娱乐会所", "鹿鸣真人", "泊岸体育", "白鹭洲电玩城", "翡冷翠娱乐",
          "青丘棋牌", "望舒竞彩"]
PORNLINES = ["夜色撩人午夜影视_深夜私密直播间_成年视频在线看_禁播片免费观看",
             "午夜蜜桃影院_成人私拍视频合集_免费看黄网站入口_夜夜撸在线视频",
             "深夜放映厅免费看_美女私密直播_成人激情视频在线_夜间福利影院"]


def shared_injection(form, brand, porn):
    """Return (head_title_override, top_html, footer_html, hidden_html, spam_strings, injections)."""
    if form == "porn-title":
        return porn, f'<div class="sitetop"><h1 class="seoline">{E(porn)}</h1></div>', "", "", [porn], ["porn-keyword-title", "porn-keyword-line-top"]
    if form == "brand-sitename":
        return None, "", "", "", [brand], ["brand-as-site-name", "brand-as-byline-source"]
    if form == "footer-credit":
        return None, "", f'<p class="host">主办:{E(brand)}官方网站 承办:{E(brand)}运营中心</p>', "", [brand + "官方网站", brand + "运营中心"], ["brand-footer-credit"]
    if form == "hidden-links":
        links = "".join(f'<a href="https://{h}.vip/">{E(brand)}{E(w)}</a> ' for h, w in (("lt88", "官网"), ("lt99", "注册"), ("lt66", "下载")))
        return None, "", "", f'<div style="position:absolute;left:-9999px;top:-9999px">{links}</div>', [brand + "官网", brand + "注册", brand + "下载"], ["hidden-link-block"]
    raise ValueError(form)


# ----------------------------------------------------------------- templates
def byline_text(tpl, date, source, author, views):
    if tpl == "T1":
        parts = [f"<dt>发布时间</dt><dd>{date}</dd>", f"<dt>信息来源</dt><dd>{E(source)}</dd>"]
        if author:
            parts.append(f"<dt>作者</dt><dd>{E(author)}</dd>")
        parts.append(f"<dt>浏览</dt><dd>{views}</dd>")
        return '<dl class="w7-meta">' + "".join(parts) + "</dl>"
    if tpl == "T2":
        li = [f"<li>时间:{date}</li>", f"<li>来源:{E(source)}</li>"]
        if author:
            li.append(f"<li>撰稿:{E(author)}</li>")
        li.append(f"<li>点击:{views}</li>")
        return '<ul class="meta">' + "".join(li) + "</ul>"
    if tpl == "T3":
        s = f"发布日期:{date}&nbsp;&nbsp;来源:{E(source)}"
        if author:
            s += f"&nbsp;&nbsp;作者:{E(author)}"
        s += f"&nbsp;&nbsp;浏览次数:{views}&nbsp;&nbsp;【字体:<a>大</a> <a>中</a> <a>小</a>】"
        return f'<div class="kw-info">{s}</div>'
    if tpl == "T4":
        s = f'<span class="c-date">{date}</span><span class="c-sep">/</span><span class="c-src">{E(source)}</span>'
        if author:
            s += f'<span class="c-sep">/</span><span class="c-au">文:{E(author)}</span>'
        return f'<div id="comp-meta" class="comp" style="position:absolute;top:212px;left:40px">{s}</div>'
    if tpl == "T5":
        s = f'<time datetime="{date}">{date}</time> · <span class="src">{E(source)}</span>'
        if author:
            s += f' · <span class="by">{E(author)}</span>'
        return f'<p class="entry-meta">{s}</p>'
    if tpl == "T6":
        s = f'<table class="docinfo"><tr><th>发布单位</th><td>{E(source)}</td><th>发布日期</th><td>{date}</td></tr>'
        if author:
            s += f'<tr><th>执笔</th><td>{E(author)}</td><th>阅读</th><td>{views}</td></tr>'
        return s + "</table>"
    raise ValueError(tpl)


def render(tpl, enc, site_name, host, title, date, source, author, views, paras, inj):
    """inj: dict with keys head_title, top, footer, hidden, sitename, byline_source, extra_head, body_prefix,
    body_suffix, h1_prefix, h1_suffix, para_inserts, links_block, title_only"""
    shown_site = inj.get("sitename") or site_name
    head_title = inj.get("head_title") or ((inj.get("title_only") or "") + (title or shown_site) + "_" + shown_site)
    h1 = (inj.get("h1_prefix") or "") + (title or "") + (inj.get("h1_suffix") or "")
    by = byline_text(tpl, date, inj.get("byline_source") or source, author, views)
    body = []
    for i, p in enumerate(paras):
        body.append(f"<p>{E(p)}</p>")
        ins = inj.get("para_inserts", {}).get(i)
        if ins:
            body.append(ins)
    body_html = "\n".join(body)
    head_extra = inj.get("extra_head", "")
    top = inj.get("top", "")
    hidden = inj.get("hidden", "")
    footer_extra = inj.get("footer", "")
    links_block = inj.get("links_block", "")
    if tpl == "T1":
        page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{enc}"><title>{E(head_title)}</title>
<meta name="keywords" content="{E(shown_site)}"><link rel="stylesheet" href="/static/w7/site.css">{head_extra}</head>
<body class="w7-body">{top}
<header class="w7-head"><div class="w7-logo"><img src="/static/w7/logo.png" alt=""><span>{E(shown_site)}</span></div>
<nav class="w7-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a><a href="/zjxq/">走进县情</a></nav></header>
<section class="w7-main"><div class="w7-loc">当前位置:首页 &gt; 政务公开 &gt; 工作动态</div>
<section class="w7-art"><h1 class="w7-title">{E(h1)}</h1>{by}
<div class="w7-share">分享到:<a>微信</a><a>微博</a></div>
<div class="w7-content">{inj.get('body_prefix', '')}
{body_html}
{inj.get('body_suffix', '')}</div>
<div class="w7-print"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</section></section>{hidden}{links_block}
<footer class="w7-foot"><p>主办:{E(site_name)}办公室 &nbsp;网站标识码:{host.split('.')[1].upper()}0001</p>{footer_extra}<p>备案号:{host.split('.')[1]}ICP备2019{views:04d}号</p></footer>
</body></html>
"""
    elif tpl == "T2":
        page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={enc}"><title>{E(head_title)}</title>{head_extra}
<link href="/static/cms/css/base.css" rel="stylesheet"></head>
<body class="cms-toolbar-expanded">{top}
<div class="cms-placeholder" id="ph-header"><div class="school-logo"><a href="/">{E(shown_site)}</a></div>
<ul class="menu"><li><a href="/">学校首页</a></li><li><a href="/xxgk/">学校概况</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/jyjx/">教育教学</a></li></ul></div>
<div class="cms-placeholder" id="ph-content"><div class="breadcrumb">您现在的位置: 首页 &gt; 新闻动态</div>
<div class="plugin-article"><h2>{E(h1)}</h2>{by}
<div class="plugin-text">{inj.get('body_prefix', '')}
{body_html}
{inj.get('body_suffix', '')}</div></div></div>{hidden}{links_block}
<div class="cms-placeholder" id="ph-footer"><p>地址:{E(site_name)}校区 &nbsp; 邮编:4{views:05d}</p>{footer_extra}<p>Copyright © {E(site_name)} 版权所有</p></div>
</body></html>
"""
    elif tpl == "T3":
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset={enc}" />
<title>{E(head_title)}</title>{head_extra}<link href="/kw/css/zq.css" rel="stylesheet" type="text/css" /></head>
<body>{top}
<div id="kw-top"><div class="kw-banner">{E(shown_site)}</div>
<div class="kw-menu"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xxgk/">信息公开</a> | <a href="/tzgg/">通知公告</a> | <a href="/msfw/">民生服务</a></div></div>
<div id="kw-body"><div class="kw-pos">您的位置:网站首页 &gt;&gt; 信息公开 &gt;&gt; 乡镇动态</div>
<ul class="kw-gk"><li><span>索 引 号:</span>{host.split('.')[1]}-{views:05d}/{date[:4]}-{views % 97:05d}</li><li><span>发布机构:</span>{E(source)}</li><li><span>公开方式:</span>主动公开</li><li><span>生成日期:</span>{date}</li></ul>
<div class="kw-title">{E(h1)}</div>{by}
<div class="kw-text" id="fontzoom">{inj.get('body_prefix', '')}
{body_html}
{inj.get('body_suffix', '')}</div></div>{hidden}{links_block}
<div id="kw-foot">{footer_extra}<p>{E(site_name)} 版权所有 技术支持:开物站群</p></div>
</body></html>
"""
    elif tpl == "T4":
        page = f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="{enc}"><meta name="generator" content="Wix.com Website Builder"><title>{E(head_title)}</title>{head_extra}</head>
<body><div id="SITE_CONTAINER">{top}
<div id="comp-header" class="comp" style="position:relative;height:120px"><p class="font_2">{E(shown_site)}</p>
<div id="comp-menu" class="comp"><a href="/">首页</a> <a href="/about">学院概况</a> <a href="/news">学院新闻</a> <a href="/teach">本科教学</a> <a href="/contact">联系我们</a></div></div>
<main id="PAGES_CONTAINER"><div id="comp-title" class="comp"><h1 class="font_0">{E(h1)}</h1></div>{by}
<div id="comp-rich" class="comp rich-text" style="margin-top:60px">{inj.get('body_prefix', '')}
{body_html}
{inj.get('body_suffix', '')}</div></main>{hidden}{links_block}
<div id="comp-footer" class="comp"><p class="font_9">© 2024 {E(site_name)}</p>{footer_extra}</div>
</div></body></html>
"""
    elif tpl == "T5":
        page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{enc}"><title>{E(head_title)}</title>{head_extra}
<link rel="stylesheet" href="https://static1.squarespace.example/site.css"></head>
<body id="collection-news" class="blog-item">{top}
<header id="header"><div class="header-title"><a href="/">{E(shown_site)}</a></div>
<nav class="header-nav"><a href="/news">机关动态</a><a href="/policy">政策文件</a><a href="/service">便民服务</a></nav></header>
<main id="page"><article class="blog-item-wrapper"><div class="blog-item-top"><h1 class="entry-title">{E(h1)}</h1>{by}</div>
<div class="blog-item-content sqs-html-content">{inj.get('body_prefix', '')}
{body_html}
{inj.get('body_suffix', '')}</div></article></main>{hidden}{links_block}
<footer id="footer"><div class="footer-blocks">{footer_extra}<p>{E(site_name)} · 地址与联系方式</p></div></footer>
</body></html>
"""
    elif tpl == "T6":
        page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={enc}"><title>{E(head_title)}</title>{head_extra}
<link rel="stylesheet" href="/_static/theme.css" type="text/css"></head>
<body class="wy-body-for-nav">{top}<div class="wy-grid-for-nav">
<nav class="wy-nav-side"><div class="wy-side-nav-search"><a href="/">{E(shown_site)}</a></div>
<div class="wy-menu"><p class="caption">政策文件库</p><ul><li class="toctree-l1"><a href="/gfxwj/">规范性文件</a></li><li class="toctree-l1"><a href="/tzgg/">通知公告</a></li><li class="toctree-l1"><a href="/zcjd/">政策解读</a></li></ul></div></nav>
<section class="wy-nav-content-wrap"><div class="wy-nav-content"><div role="navigation"><ul class="wy-breadcrumbs"><li><a href="/">首页</a> &gt;</li><li>通知公告</li></ul></div>
<div class="rst-content"><div class="section"><h1>{E(h1)}</h1>{by}
<div class="body">{inj.get('body_prefix', '')}
{body_html}
{inj.get('body_suffix', '')}</div></div></div>
<footer><p>最后更新于 {date}。</p>{footer_extra}<p>© {E(site_name)}</p></footer></div></section></div>{hidden}{links_block}
</body></html>
"""
    else:
        raise ValueError(tpl)
    return page


# ----------------------------------------------------------------- set
SITES = [
    # template, encoding, host, site name, place, form
    ("T1", "utf-8", "www.linxi-xian.gov.cn", "临溪县人民政府", "临溪", "porn-title"),
    ("T2", "gb18030", "www.tlyz.edu.cn", "桐岭县第一中学", "桐岭", "brand-sitename"),
    ("T3", "gbk", "fqz.yuanping.gov.cn", "沅屏县枫桥镇人民政府", "沅屏", "footer-credit"),
    ("T4", "utf-8", "sxy.zichuan-univ.edu.cn", "梓川学院商学院", "梓川", "hidden-links"),
]

SINGLE_FORMS = [
    # form, template, encoding
    ("keyword-suffix-title", "T5", "utf-8"),
    ("docwrite-links", "T6", "gbk"),
    ("meta-refresh", "T5", "utf-8"),
    ("ua-cloak-script", "T1", "utf-8"),
    ("brand-in-place", "T2", "gb18030"),
    ("porn-line-in-body", "T6", "gbk"),
    ("brand-line-top", "T3", "gbk"),
    ("sold-links-block", "T4", "utf-8"),
    ("copy-on-unrelated-host", "T5", "utf-8"),
    ("random-tags-porn-title", "T1", "utf-8"),
    ("spam-title-only", "T6", "gbk"),
    ("tech-support-credit", "T2", "gb18030"),
    ("fixed-iframe-takeover", "T4", "utf-8"),
    ("porn-h1-prefix", "T3", "gbk"),
    ("zero-font-text", "T5", "utf-8"),
    ("referrer-cloak-script", "T6", "gbk"),
]


def single_injection(form, rng, brand, porn, orig_url):
    inj = {}
    spam = []
    if form == "keyword-suffix-title":
        tag = brand + "资讯"
        inj["h1_suffix"] = "_" + tag
        inj["head_title"] = None
        spam = [tag]
        inj["title_only"] = ""
        inj["_title_suffix"] = "_" + tag
        return inj, spam, ["keyword-suffix-title"]
    if form == "docwrite-links":
        inj["body_suffix"] = ("<script type=\"text/javascript\">document.write('<div class=\"tj\"><a href=\"https://qw7788.top/\">"
                              + brand + "官方入口</a> <a href=\"https://qw7788.top/app\">" + brand + "APP下载</a></div>');</script>")
        return inj, [brand + "官方入口", brand + "APP下载"], ["document-write-links"]
    if form == "meta-refresh":
        inj["extra_head"] = '<meta http-equiv="refresh" content="3;url=https://lm2288.cc/?from=gov">'
        inj["top"] = f'<div class="notice">页面升级中,即将跳转至{E(brand)},3秒后自动进入</div>'
        return inj, ["即将跳转至" + brand], ["meta-refresh", "brand-line-top"]
    if form == "ua-cloak-script":
        inj["extra_head"] = ("<script>(function(){var u=navigator.userAgent.toLowerCase();"
                             "if(!/baiduspider|sogou|360spider|bingbot/.test(u)){document.title='" + brand + "-真人视讯-官方平台';"
                             "document.write('<div style=\"position:fixed;top:0;left:0;width:100%;height:100%;background:#fff;z-index:99999\">"
                             "<h1>" + brand + "</h1><p>真人视讯 电子游艺 体育投注</p></div>');}})();</script>")
        return inj, [brand + "-真人视讯-官方平台", brand], ["ua-cloak-script", "full-page-takeover"]
    if form == "brand-in-place":
        inj["_brand_in_place"] = brand
        return inj, [brand], ["brand-in-place"]
    if form == "porn-line-in-body":
        inj["para_inserts"] = {1: f"<p>{E(porn)}</p>"}
        return inj, [porn], ["porn-keyword-line-body"]
    if form == "brand-line-top":
        inj["top"] = f'<div class="ad-top"><a href="https://pa5566.net/">{E(brand)}·欢迎您</a></div>'
        return inj, [brand + "·欢迎您"], ["brand-line-top"]
    if form == "sold-links-block":
        links = " ".join(f'<a href="https://{h}/">{E(t)}</a>' for h, t in (("wz1.example.cn", "县融媒体中心"), ("ql8899.vip", brand + "网址"), ("ql8899.vip/reg", brand + "开户"), ("wz2.example.cn", "市政务服务网")))
        inj["links_block"] = f'<div class="friendlink"><b>友情链接:</b>{links}</div>'
        return inj, [brand + "网址", brand + "开户"], ["sold-friend-links"]
    if form == "copy-on-unrelated-host":
        inj["extra_head"] = f'<link rel="canonical" href="{orig_url}">'
        return inj, [], ["copy-on-unrelated-host"]
    if form == "random-tags-porn-title":
        inj["head_title"] = porn
        inj["top"] = ('<noscript id="k3v9q"><dfn id="k3v9q"></dfn></noscript><sup id="k3v9q"></sup>'
                      f'<div class="seo"><h1>{E(porn)}</h1></div>')
        return inj, [porn], ["random-id-empty-tags", "porn-keyword-title", "porn-keyword-line-top"]
    if form == "spam-title-only":
        kw = brand + "_" + brand + "官网_" + brand + "平台登录"
        inj["head_title"] = kw
        return inj, [kw], ["spam-title-only"]
    if form == "tech-support-credit":
        inj["footer"] = f'<p>技术支持:{E(brand)}网络科技</p>'
        return inj, [brand + "网络科技"], ["brand-footer-credit"]
    if form == "fixed-iframe-takeover":
        inj["hidden"] = ('<iframe src="https://yx3344.live/" style="position:fixed;top:0;left:0;width:100%;height:100%;border:0;z-index:2147483647"></iframe>'
                         f'<div style="position:fixed;bottom:0;width:100%;z-index:2147483647;background:#c00;color:#fff">{E(brand)}在线娱乐 注册即送</div>')
        return inj, [brand + "在线娱乐 注册即送"], ["fixed-iframe-takeover"]
    if form == "porn-h1-prefix":
        pre = porn.split("_")[0]
        inj["h1_prefix"] = pre + " "
        inj["head_title"] = None
        inj["_title_prefix"] = pre + " "
        return inj, [pre], ["porn-keyword-headline-prefix"]
    if form == "zero-font-text":
        inj["body_prefix"] = f'<p style="font-size:0;line-height:0;color:#fff">{E(brand)}最新网址 {E(brand)}手机版</p>'
        return inj, [brand + "最新网址", brand + "手机版"], ["zero-font-text"]
    if form == "referrer-cloak-script":
        inj["extra_head"] = ("<script type=\"text/javascript\">var r=document.referrer;if(r.indexOf('baidu')>-1||r.indexOf('sogou')>-1||r.indexOf('so.com')>-1)"
                             "{window.location.href='https://bt6677.com/?k=" + brand + "';}</script>")
        inj["top"] = f'<div class="gg">{E(brand)}客服热线 7x24小时</div>'
        return inj, [brand + "客服热线"], ["referrer-cloak-script", "brand-line-top"]
    raise ValueError(form)


def make(outdir):
    rng = random.Random(SEED)
    os.makedirs(os.path.join(outdir, "html"), exist_ok=True)
    topic_order = list(range(len(TOPICS)))
    rng.shuffle(topic_order)
    brands = BRANDS[:]
    rng.shuffle(brands)
    rows = []
    pid = 0
    ti = 0

    def article(place, town, legit_idx=None, date=None):
        nonlocal ti
        if legit_idx is not None:
            tpl_title, tpl_paras = LEGIT[legit_idx]
            src = LEGIT_SOURCES[legit_idx]
        else:
            k = topic_order[ti % len(topic_order)]
            ti += 1
            tpl_title, tpl_paras = TOPICS[k]
            src = SOURCES_BY_TOPIC[k]
        r2 = random.Random(rng.random())
        mo, dy = (int(date[5:7]), int(date[8:10])) if date else (None, None)
        title, _ = fill(r2, tpl_title, place, town, mo, dy)
        paras = [fill(r2, x, place, town, mo, dy)[0] for x in tpl_paras]
        return title, paras, place + src

    def emit(tpl, enc, host, site_name, title, date, source, author, views, paras, inj, spam, injections, hijacked, legit, site, origin, url):
        nonlocal pid
        pid += 1
        sid = f"sv39-{pid:03d}"
        page = render(tpl, enc, site_name, host, title, date, source, author, views, paras, inj)
        data = page.encode(enc, errors="xmlcharrefreplace")
        with open(os.path.join(outdir, "html", sid + ".html"), "wb") as f:
            f.write(data)
        rows.append(dict(id=sid, url=url, title=title, date=date, source=(None if inj.get("byline_source") else source),
                         author=author, text="\n".join(inj.get("_truth_paras") or paras), hijacked=hijacked, injections=injections,
                         spam_strings=spam, legit=legit, lang="zh", origin=origin, kind="synthetic", site=site,
                         capture="html", encoding=enc, template=tpl))

    # ---- 4 sites x 5 pages: pages 1, 3, 4 hijacked with the site's one injection; 2, 5 clean
    for si, (tpl, enc, host, site_name, place, form) in enumerate(SITES):
        brand = brands[si]
        porn = PORNLINES[0]
        head_title, top, footer, hidden, spam, injections = shared_injection(form, brand, porn)
        for pg in range(1, 6):
            town = TOWNS[(si * 5 + pg) % len(TOWNS)]
            date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(2, 28):02d}"
            title, paras, source = article(place, town, date=date)
            if tpl in ("T2", "T4"):
                source = site_name.replace("学院商学院", "学院") + ("办公室" if pg % 2 else "团委")
            author = rng.choice(NAMES) if rng.random() < 0.6 else None
            views = rng.randint(80, 4999)
            hij = pg in (1, 3, 4)
            inj = {}
            if hij:
                inj = dict(head_title=head_title, top=top, footer=footer, hidden=hidden)
                if form == "brand-sitename":
                    inj["sitename"] = brand
                    inj["byline_source"] = brand
            url = f"http://{host}/{'art' if tpl == 'T1' else 'info'}/2024/{pg:02d}{views:04d}.html"
            origin = (f"synthetic site {host} (template {tpl}, {enc}); page {pg} of 5; "
                      + (f"hijacked with the site's shared injection ({form})" if hij else "clean page of the same site"))
            emit(tpl, enc, host, site_name, title, date, source, author, views, paras, inj,
                 spam if hij else [], injections if hij else [], hij, False, host, origin, url)

    # ---- 20 single pages: 16 hijacked (one form each), 4 clean legit
    singles = []
    for i, (form, tpl, enc) in enumerate(SINGLE_FORMS):
        singles.append(("hij", form, tpl, enc, None))
    for j, (tpl, enc) in enumerate((("T5", "utf-8"), ("T6", "gbk"), ("T1", "utf-8"), ("T3", "gbk"))):
        singles.append(("legit", None, tpl, enc, j))
    order = list(range(len(singles)))
    rng.shuffle(order)
    for n, oi in enumerate(order):
        kind, form, tpl, enc, lj = singles[oi]
        place = PLACES[(n + 4) % len(PLACES)] if n < 6 else PLACES[n % len(PLACES)]
        town = TOWNS[n % len(TOWNS)]
        host_stub = f"{['hx', 'qn', 'bz', 'sp', 'cj', 'lw', 'yt', 'hd', 'xf', 'jn'][n % 10]}{n:02d}"
        if tpl in ("T2", "T4"):
            host = f"www.{host_stub}zx.edu.cn"
            site_name = place + ("县实验中学" if tpl == "T2" else "职业技术学院")
        elif tpl == "T3":
            host = f"{host_stub}.{host_stub}x.gov.cn"
            site_name = place + "县" + town + "人民政府"
        else:
            host = f"www.{host_stub}.gov.cn"
            site_name = place + "县人民政府"
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(2, 28):02d}"
        title, paras, source = article(place, town, legit_idx=lj, date=date)
        author = rng.choice(NAMES) if rng.random() < 0.5 else None
        views = rng.randint(60, 8999)
        url = f"http://{host}/{'art' if tpl in ('T1', 'T5') else 'info'}/{date[:4]}/{date[5:7]}{date[8:]}/{views}.html"
        if kind == "legit":
            emit(tpl, enc, host, site_name, title, date, source, author, views, paras, {}, [], [], False, True, host,
                 f"synthetic single page (template {tpl}, {enc}); clean, legit (lawful lottery/gambling-regulation or anti-gambling news)", url)
            continue
        brand = brands[4 + (n % (len(brands) - 4))]
        porn = PORNLINES[1 + n % 2]
        orig = f"http://www.{host_stub}orig.gov.cn/art/{date[:4]}/{views}.html"
        inj, spam, injections = single_injection(form, rng, brand, porn, orig)
        truth_title = title
        if form == "brand-in-place":
            # the school's name in the first sentence replaced by the brand; truth keeps the sentence without it
            p0 = paras[0]
            paras = [brand + "讯 " + p0] + paras[1:]
            inj["_truth_paras"] = [p0] + paras[1:]
        if form == "keyword-suffix-title":
            inj["head_title"] = title + inj["_title_suffix"] + "_" + site_name
        if form == "porn-h1-prefix":
            inj["head_title"] = inj["_title_prefix"] + title + "_" + site_name
        if form == "copy-on-unrelated-host":
            host = f"www.{host_stub}-news.com"
            url = f"http://{host}/p/{views}.html"
            site_name = place + "县人民政府"
        origin = f"synthetic single page (template {tpl}, {enc}); hijacked: {form}"
        if form == "copy-on-unrelated-host":
            origin += "; a county page copied whole onto an unrelated host (its canonical link still names the county site), no injected string, hijacked by the copy rule"
        emit(tpl, enc, host, site_name, truth_title, date, source, author, views, paras, inj, spam, injections, True, False, host, origin, url)

    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "synthetic-v39")
    rows = make(os.path.abspath(out))
    print(len(rows), "pages;", sum(r["hijacked"] for r in rows), "hijacked;", sum(r["legit"] for r in rows), "legit")
