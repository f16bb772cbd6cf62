# -*- coding: utf-8 -*-
"""Generate synthetic-v37 (40 pages) — keeper k37, fixed seed, byte-identical on re-run.

    python make_set.py [OUT_DIR] [--check-dev DEV_DIR]

OUT_DIR defaults to ../synthetic-v37. With --check-dev, every spam string is checked against every
`spam_strings` entry of DEV_DIR/*/truth.jsonl (no substring overlap either way).
"""
import glob
import html
import json
import os
import random
import sys

SEED = 3737
E = html.escape

# ------------------------------------------------------------------ article material
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强".replace("欧阳", "")
GIVEN = ["文涛", "晓燕", "建华", "志强", "丽娟", "海峰", "雪梅", "国庆", "明轩", "思源", "春燕", "立新", "佳怡", "宏伟",
         "婷婷", "振宇", "秀兰", "俊杰", "雅琴", "德胜", "晨曦", "光辉", "玉洁", "子墨", "永红", "新民", "静怡", "浩然"]


def person(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def topic_farming(rng, p):
    n1, n2, n3 = rng.randint(12, 48), rng.randint(3, 9), rng.randint(60, 98)
    return (f"{p['place']}召开夏季田间管理现场推进会", p["place"] + "农业农村局", [
        f"{p['md']},{p['place']}在{p['town']}召开夏季田间管理现场推进会,各乡镇分管负责人、农技推广骨干{n1}人参加会议。",
        f"与会人员实地察看了{p['town']}水稻统防统治示范片和高标准农田建设项目,听取了病虫害监测预警、农机作业调度等情况介绍。今年全{p['unit']}已组建专业化服务队{n2}支,病虫害统防统治覆盖率达到{n3}%。",
        "会议要求,各地要抓住当前关键农时,落实科学施肥、水浆管理等关键技术措施,强化农资市场监管,确保全年粮食生产目标任务顺利完成。",
    ])


def topic_road(rng, p):
    km, inv = rng.randint(8, 36), rng.randint(2, 19)
    return (f"{p['town']}至{p['town2']}公路改造工程顺利通车", p["place"] + "交通运输局", [
        f"{p['md']},{p['town']}至{p['town2']}公路改造工程通过交工验收并正式通车。该工程全长{km}.{rng.randint(1,9)}公里,总投资{inv}.{rng.randint(1,9)}亿元,按二级公路标准建设。",
        "工程建设期间,项目部克服雨季施工、交通导改等困难,优化施工组织,实行“日调度、周通报”,确保了工程质量和安全。",
        f"道路通车后,{p['town']}到{p['unit']}城的车程将缩短约{rng.randint(15,40)}分钟,对改善沿线群众出行条件、带动特色农产品外销具有重要作用。",
    ])


def topic_health(rng, p):
    n = rng.randint(300, 2400)
    return (f"{p['place']}开展“健康义诊进乡村”志愿服务活动", p["place"] + "卫生健康局", [
        f"为进一步提升基层群众健康素养,{p['md']},{p['place']}卫生健康系统组织{rng.randint(20,60)}名医务人员走进{p['town']},开展“健康义诊进乡村”志愿服务活动。",
        f"活动现场,医务人员为群众免费测量血压、血糖,提供健康咨询,并发放健康宣传资料。活动累计服务群众{n}人次,发放宣传资料{rng.randint(1000,5000)}余份。",
        "下一步,将持续推进优质医疗资源下沉,常态化开展巡回义诊和家庭医生签约服务,让群众在家门口享受到便捷的医疗卫生服务。",
    ])


def topic_school_meet(rng, p):
    n, k = rng.randint(600, 2600), rng.randint(18, 46)
    return (f"{p['org']}第{k}届田径运动会开幕", p["org"] + "党委宣传部", [
        f"{p['md']}上午,{p['org']}第{k}届田径运动会在东校区体育场开幕,校领导和全体参赛师生出席开幕式。",
        f"开幕式上,各学院方阵依次入场,展示了昂扬向上的精神风貌。本届运动会共设{rng.randint(28,42)}个比赛项目,{n}名运动员报名参赛。",
        "校长在致辞中希望全体运动员发扬拼搏精神,赛出风格、赛出水平,全体裁判员公正执裁,共同办好一届文明、平安、精彩的运动会。",
    ])


def topic_school_research(rng, p):
    k = rng.randint(3, 9)
    return (f"{p['org']}获批{k}项省级教学改革研究项目", p["org"] + "教务处", [
        f"近日,省教育厅公布了{p['year']}年度普通高校教学改革研究项目立项名单,{p['org']}共有{k}个项目获批立项,其中重点项目{rng.randint(1,3)}项。",
        "立项项目涵盖课程思政、产教融合、实践教学体系建设等方向,体现了学校在人才培养模式改革方面的持续探索。",
        "教务处负责人表示,学校将加强项目过程管理,配套建设经费,推动研究成果在教学一线落地见效。",
    ])


def topic_school_job(rng, p):
    return (f"{p['org']}举办{p['year']}届毕业生秋季双选会", p["org"] + "招生就业处", [
        f"{p['md']},{p['org']}{p['year']}届毕业生秋季双选会在体育馆举行,{rng.randint(120,380)}家用人单位进校招聘,提供岗位{rng.randint(3000,9000)}余个。",
        f"双选会现场,学校设置了就业指导、简历诊断等服务台,当天共有{rng.randint(2000,6000)}余名毕业生入场求职,初步达成就业意向{rng.randint(600,1800)}余人次。",
        "学校将持续拓展就业市场,实施“一生一策”精准帮扶,全力促进毕业生高质量充分就业。",
    ])


def topic_edu_teacher(rng, p):
    return (f"{p['place']}举办新入职教师岗前培训", p["place"] + "教育局", [
        f"{p['md']},{p['place']}{p['year']}年新入职教师岗前培训班开班,全{p['unit']}{rng.randint(90,320)}名新教师参加培训。",
        "培训为期五天,采取专题讲座、课堂观摩、分组研讨等形式,内容涵盖师德师风、教育法规、课堂教学基本功等。",
        "教育局相关负责人勉励新教师坚守教育初心,尽快完成角色转变,做学生健康成长的引路人。",
    ])


def topic_edu_safety(rng, p):
    return (f"{p['place']}部署暑期学生安全教育工作", p["place"] + "教育局", [
        f"{p['md']},{p['place']}召开暑期学生安全工作会议,各中小学校长、安全专干参加会议。",
        "会议强调,各校要在放假前集中开展防溺水、交通安全、消防安全等专题教育,通过致家长一封信、家访等方式压实家庭监护责任。",
        f"据介绍,今年以来全{p['unit']}已开展校园安全隐患排查{rng.randint(3,8)}轮,整改隐患{rng.randint(40,160)}处。",
    ])


def topic_wjw_vaccine(rng, p):
    return (f"{p['place']}启动适龄女生HPV疫苗免费接种工作", p["place"] + "卫生健康局", [
        f"{p['md']},{p['place']}适龄女生HPV疫苗免费接种工作正式启动,首批{rng.randint(800,3000)}名初二年级女生在各接种点完成接种。",
        "为确保接种安全有序,各接种单位合理安排接种时段,落实接种前健康询问、接种后留观等要求。",
        "卫生健康部门提醒,家长可通过学校通知或社区卫生服务中心咨询接种安排,按程序完成全部剂次接种。",
    ])


def topic_wjw_elder(rng, p):
    return (f"{p['place']}推进医养结合服务能力提升", p["place"] + "卫生健康局", [
        f"今年以来,{p['place']}把医养结合作为民生实事重点推进,新增医养结合床位{rng.randint(60,300)}张,{rng.randint(6,20)}家养老机构与周边医疗机构签订合作协议。",
        f"在{p['town']},卫生院与敬老院实行“两院融合”,为入住老人建立健康档案,每周开展巡诊服务。",
        "下一步,将继续完善居家社区机构相协调、医养康养相结合的养老服务体系,提升老年人健康服务水平。",
    ])


def topic_culture(rng, p):
    k = rng.randint(3, 12)
    return (f"{p['town']}举办第{k}届乡村文化旅游节", p["place"] + "文化和旅游局", [
        f"{p['md']},{p['town']}第{k}届乡村文化旅游节开幕,吸引周边游客{rng.randint(1,5)}万余人次。",
        "活动期间,非遗展演、农特产品展销、民俗体验等项目轮番上演,让游客在游玩中感受乡村文化魅力。",
        f"近年来,{p['town']}依托山水资源和传统村落,发展民宿、研学等新业态,带动村民户均增收{rng.randint(3,9)}千余元。",
    ])


def topic_water(rng, p):
    return (f"{p['place']}完成{p['year']}年度农村饮水安全巩固提升工程", p["place"] + "水利局", [
        f"截至{p['mon']}月底,{p['place']}{p['year']}年度农村饮水安全巩固提升工程全部完工,新建改造供水管网{rng.randint(40,200)}公里,受益群众{rng.randint(1,6)}万余人。",
        "工程实施中,水利部门坚持城乡供水一体化思路,推进规模化水厂向周边村组延伸。",
        "水利局负责人表示,将健全工程长效运行管护机制,确保农村群众喝上放心水。",
    ])


def topic_school_lecture(rng, p):
    return (f"{p['org']}举办“名家讲坛”第{rng.randint(20,90)}讲", p["org"] + "科研处", [
        f"{p['md']}下午,{p['org']}“名家讲坛”在图书馆报告厅举行,特邀省社科院研究员作题为“数字时代的乡村文化传承”的专题报告。",
        f"报告从乡村文化资源的数字化保护、活化利用等方面展开,结合田野调查案例进行了深入浅出的讲解。{rng.randint(200,500)}余名师生到场聆听。",
        "互动环节,师生围绕非遗数字化、地方文献整理等问题踊跃提问,主讲人一一作答。",
    ])


def topic_school_volunteer(rng, p):
    return (f"{p['org']}青年志愿者开展暑期“三下乡”社会实践", p["org"] + "团委", [
        f"今年暑期,{p['org']}组建{rng.randint(12,40)}支社会实践团队,{rng.randint(300,900)}余名青年志愿者奔赴乡村开展“三下乡”社会实践活动。",
        "实践团队围绕支教助学、乡村振兴调研、科普宣传等主题,深入农村中小学和田间地头开展服务。",
        "校团委负责人表示,将把社会实践与专业学习相结合,引导青年学生在服务基层中增长才干。",
    ])


def topic_wjw_blood(rng, p):
    return (f"{p['place']}开展无偿献血进机关活动", p["place"] + "卫生健康局", [
        f"{p['md']},{p['place']}无偿献血进机关活动在区政务服务中心广场举行,{rng.randint(80,260)}名干部职工踊跃参与。",
        f"活动当天,采血车前排起长队,经健康征询和初筛合格后,共有{rng.randint(60,200)}人成功献血,献血量{rng.randint(20,60)}000毫升。",
        "卫生健康部门表示,将继续推动无偿献血进机关、进社区、进校园,保障临床用血需求。",
    ])


def topic_wjw_clinic(rng, p):
    return (f"{p['town']}社区卫生服务中心新院区投入使用", p["place"] + "卫生健康局", [
        f"{p['md']},{p['town']}社区卫生服务中心新院区正式投入使用。新院区建筑面积{rng.randint(4,12)}千余平方米,设置全科诊室、康复治疗室、预防接种门诊等功能区。",
        "新院区启用后,将同步开通与上级医院的远程会诊和检查结果互认服务,方便辖区群众就近就医。",
        f"据介绍,该中心服务辖区常住人口约{rng.randint(3,9)}万人,家庭医生签约服务覆盖率逐年提升。",
    ])


LEGIT_TOPICS = ["lottery_sales", "anti_gambling", "lottery_fund", "illegal_lottery"]


def topic_lottery_sales(rng, p):
    return (f"关于规范福利彩票销售场所管理的通知", p["place"] + "民政局", [
        f"为进一步规范福利彩票销售行为,维护购彩者合法权益,根据《彩票管理条例》及其实施细则,现就加强全{p['unit']}福利彩票销售场所管理有关事项通知如下。",
        "一、各销售场所应在显著位置张贴“不向未成年人销售彩票”标识,不得以赊销、信用方式销售彩票,不得通过互联网销售彩票。",
        "二、销售场所应当按规定公示彩票游戏规则和开奖结果,做好销售设备日常维护,配合开展年度检查。",
        f"三、{p['place']}福利彩票管理部门将会同有关部门开展不定期检查,对违规销售行为依法依规处理。",
    ])


def topic_anti_gambling(rng, p):
    return (f"{p['place']}开展防范学生参与网络赌博专题教育", p["place"] + "教育局", [
        f"{p['md']},{p['place']}教育局联合公安机关在全{p['unit']}中学开展防范学生参与网络赌博专题教育活动。",
        "民警结合真实案例,讲解了网络赌博的常见手法和危害,提醒学生不点击来历不明的链接,不出租、出借银行卡和手机卡。",
        f"活动期间共发放宣传手册{rng.randint(3000,9000)}余份,各校通过主题班会、家长群等渠道同步开展宣传。",
    ])


def topic_lottery_fund(rng, p):
    return (f"{p['place']}公示{p['year']}年度彩票公益金使用情况", p["place"] + "财政局", [
        f"根据彩票公益金使用情况公告制度要求,现将{p['place']}{p['year']}年度彩票公益金使用情况予以公示。",
        f"{p['year']}年,全{p['unit']}共安排彩票公益金{rng.randint(800,3000)}万元,主要用于养老服务、残疾人康复、全民健身设施建设等公益项目。",
        "公益金项目实行专款专用,接受审计和社会监督。对公示内容有异议的,可在公示期内向财政部门反映。",
    ])


def topic_illegal_lottery(rng, p):
    return (f"警惕“私彩”陷阱 远离非法彩票", p["place"] + "公安局", [
        f"近期,{p['place']}公安机关在工作中发现,个别不法分子通过社交软件群组兜售所谓“内部号码”“稳赚计划”,诱导群众参与非法彩票活动。",
        "警方提示,国家批准发行的彩票只有福利彩票和体育彩票两种,任何以“私彩”名义组织的投注活动均属违法行为。",
        f"群众如发现相关线索,可拨打110或向{p['place']}公安局治安大队举报。",
    ])


ORDINARY = [topic_farming, topic_road, topic_health, topic_culture, topic_water]
SCHOOL = [topic_school_meet, topic_school_research, topic_school_job, topic_school_lecture, topic_school_volunteer]
EDU = [topic_edu_teacher, topic_edu_safety]
WJW = [topic_wjw_vaccine, topic_wjw_elder, topic_health, topic_wjw_blood, topic_wjw_clinic]
LEGIT = {"lottery_sales": topic_lottery_sales, "anti_gambling": topic_anti_gambling,
         "lottery_fund": topic_lottery_fund, "illegal_lottery": topic_illegal_lottery}

# ------------------------------------------------------------------ injections (modelled on real-cases-v37)
PORN1 = "蜜色剧场午夜场_桃夭视频免费观看_深夜秘语高清在线_砂糖影院无删减版"
PORN2 = "月下剧场|萤火直播成人频道|夜航视频午夜福利|砂糖影院高清合集"
PORN3 = "桃夭视频_深夜秘语在线观看_"
BR = dict(luj="鎏金岛娱乐", xil="汐澜体育", xin="犀牛湾国际", yun="云栈彩票", niw="霓湾体育", yin="银枭电竞",
          jin="金蟾捕鱼", cha="潮汐真人", bei="北辰国际", hup="琥珀娱乐", wus="雾凇棋牌", yao="瑶光彩票",
          mo="墨鲸娱乐", shi="拾光体育")


def inj(kind, rng, **kw):
    """Return (name, spam_strings, dict of placement snippets)."""
    b = kw.get("brand")
    if kind == "porn-title-line":
        return kind, [PORN1], dict(title_prefix=PORN1 + "-", top=f'<div class="kw-strip">{PORN1}</div>')
    if kind == "brand-in-place":
        return kind, [b], dict(body_replace=b)
    if kind == "brand-credit-footer":
        return kind, [b + "官方网站"], dict(footer_org=b + "官方网站")
    if kind == "keyword-link-list":
        items = [f"{b}开奖直播现场", f"{b}APP下载安装", f"{b}官网注册送礼金", f"{b}手机版登录入口"]
        return kind, items[:2], dict(after="<div class=\"xg\"><h4>相关推荐</h4><ul>" + "".join(
            f'<li><a href="http://www.yz{i}776.com/">{x}</a></li>' for i, x in enumerate(items)) + "</ul></div>")
    if kind == "brand-line-top":
        return kind, [b], dict(top=f'<div class="ad-top"><a href="http://www.bc3388.cc/">{b}</a></div>')
    if kind == "brand-keyword-line":
        line = f"{b},{b}官网,{b}APP,{b}下载,{b}网页版,{b}真人,{b}电子"
        return kind, [f"{b}官网", "bc7733.vip"], dict(after_byline=f'<div class="kwd">{line}</div>', byline_prefix="bc7733.vip")
    if kind == "porn-links-sidebar":
        return kind, [PORN2], dict(sidebar=("热点推荐", [PORN2]))
    if kind == "porn-title-prefix":
        return kind, [PORN3], dict(h1_prefix=PORN3, title_prefix=PORN3)
    if kind == "brand-in-sentence":
        return kind, [b], dict(sentence=f"据{b}记者了解,")
    if kind == "emoji-spray":
        return kind, [b], dict(emoji=b)
    if kind == "hidden-link-block":
        links = "".join(f'<a href="http://www.{d}/">{t}</a>' for d, t in
                        [("hb5566.com", f"{b}官网"), ("hb5566.com/app", f"{b}APP"), ("qz818.net", "瑶光彩票计划群")])
        return kind, [f"{b}官网", "瑶光彩票计划群"], dict(end=f'<div style="display:none">{links}</div>')
    if kind == "friend-links":
        links = "".join(f'<a href="http://{d}/" target="_blank">{t}</a>' for d, t in
                        [("www.gov.cn", "中国政府网"), ("www.wm7799.com", f"{b}"), ("www.wm7799.com/ty", f"{b}体育投注")])
        return kind, [f"{b}体育投注"], dict(friend=links)
    if kind == "document-write-links":
        js = (f"document.write('<div class=\"flink\"><a href=\"http://www.jc2299.com/\">{b}</a> "
              f"<a href=\"http://www.jc2299.com/by\">{b}捕鱼游戏</a></div>');")
        return kind, [f"{b}捕鱼游戏"], dict(script_end=js)
    if kind == "meta-refresh":
        return kind, [f"{b}-官方入口"], dict(meta=f'<meta http-equiv="refresh" content="6;url=http://www.nh6677.com/">',
                                           title_prefix=f"{b}-官方入口-")
    if kind == "junk-tags-porn-title":
        junk = '<abbr id="q7xk2"></abbr><sup id="q7xk2"><tt id="q7xk2"></tt></sup><bdo id="q7xk2"></bdo>'
        return kind, [PORN1], dict(title_prefix=PORN1 + ",", top=junk + f'<p class="kw">{PORN1}</p>' + junk)
    if kind == "brand-as-source":
        return kind, [b], dict(source_override=b)
    if kind == "brand-title-suffix":
        return kind, [f"_{b}官网"], dict(title_suffix=f"_{b}官网")
    if kind == "spam-paragraph":
        return kind, [f"{b}官方入口"], dict(mid_para=f"{b}官方入口:注册即送88元体验金,真人视讯、体育投注一站畅玩。")
    if kind == "brand-as-sitename":
        return kind, [f"{b}官网首页"], dict(sitename=f"{b}官网首页")
    if kind == "title-tag-only":
        return kind, [f"{b}-{b}官网-{b}APP下载"], dict(title_only=f"{b}-{b}官网-{b}APP下载")
    raise ValueError(kind)


EMOJI = ["🎯", "🎰", "💰", "🏆", "🎲", "🔥", "🧧"]

# ------------------------------------------------------------------ templates


def page_T1(ctx):
    """Alpine.js + Tailwind county portal (x-data menus), utf-8."""
    c = ctx
    by = []
    if c["date"]:
        by.append(f'<span>发布时间：{c["date"]}</span>')
    if c["shown_source"]:
        by.append(f'<span>来源：{E(c["shown_source"])}</span>')
    if c["author"]:
        by.append(f'<span>作者：{E(c["author"])}</span>')
    by.append('<span>浏览次数：<em x-text="views">--</em></span>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
{c['meta']}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(c['page_title'])}</title>
<link rel="stylesheet" href="/static/css/tailwind.min.css">
<script defer src="/static/js/alpine.min.js"></script>
</head>
<body class="bg-slate-50 text-slate-800">
{c['top']}<header class="bg-red-800 text-white" x-data="{{ open: false }}">
  <div class="max-w-6xl mx-auto flex items-center justify-between py-4">
    <a href="/" class="text-2xl font-bold tracking-wide">{E(c['sitename'])}</a>
    <button class="md:hidden" @click="open = !open">菜单</button>
  </div>
  <nav class="max-w-6xl mx-auto" :class="open ? 'block' : 'hidden md:flex'">
    <a class="px-4 py-2" href="/">首页</a><a class="px-4 py-2" href="/zwdt/">政务动态</a><a class="px-4 py-2" href="/zfxxgk/">政府信息公开</a><a class="px-4 py-2" href="/zwfw/">政务服务</a><a class="px-4 py-2" href="/hdjl/">互动交流</a>
  </nav>
</header>
<main class="max-w-6xl mx-auto grid md:grid-cols-4 gap-6 py-6">
  <aside class="md:col-span-1">
    <div class="bg-white p-4"><h3 class="font-bold border-b">政务动态</h3><ul><li><a href="/zwdt/bmdt/">部门动态</a></li><li><a href="/zwdt/xzdt/">乡镇动态</a></li><li><a href="/zwdt/tzgg/">通知公告</a></li></ul></div>
{c['sidebar']}  </aside>
  <article class="md:col-span-3 bg-white p-6" x-data="{{ views: 0 }}">
    <div class="text-sm text-slate-500">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; 正文</div>
    <h1 class="text-2xl font-bold text-center my-4">{E(c['h1'])}</h1>
    <div class="flex flex-wrap justify-center gap-4 text-sm text-slate-500 border-b pb-2">{''.join(by)}</div>
{c['after_byline']}    <div class="prose max-w-none mt-4" id="zoom">
{c['body']}
    </div>
{c['after']}    <div class="text-right text-sm mt-6"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </article>
</main>
<footer class="bg-slate-800 text-slate-300 text-sm py-6 text-center">
  <p>主办：{E(c['footer_org'])}　承办：{E(c['sitename'])}办公室</p>
  <p>网站标识码：{c['bsm']}　{c['icp']}</p>
{c['friend']}</footer>
{c['end']}</body>
</html>
"""


def page_T2(ctx):
    """htmx university news (hx-get partials, <dl> byline), utf-8."""
    c = ctx
    dl = []
    if c["author"]:
        dl.append(f"<dt>作者</dt><dd>{E(c['author'])}</dd>")
    if c["shown_source"]:
        dl.append(f"<dt>来源</dt><dd>{E(c['shown_source'])}</dd>")
    if c["date"]:
        y, m, d = c["date"].split("-")
        dl.append(f"<dt>发布日期</dt><dd>{y}年{int(m)}月{int(d)}日</dd>")
    dl.append('<dt>点击</dt><dd hx-get="/api/hits" hx-trigger="load">0</dd>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
{c['meta']}<title>{E(c['page_title'])}</title>
<script src="/assets/htmx.min.js"></script>
<link rel="stylesheet" href="/assets/news.css">
</head>
<body hx-boost="true">
{c['top']}<div class="masthead"><img src="/assets/logo.png" alt="{E(c['sitename'])}"><span class="site">{E(c['sitename'])}新闻网</span></div>
<nav class="mainnav"><a href="/">首页</a><a href="/ywsd/">要闻速递</a><a href="/xykx/">校园快讯</a><a href="/mtsy/">媒体视野</a><a href="/xsgd/">学术动态</a></nav>
<div class="wrap">
<section class="news-detail">
  <header><h2 class="headline">{E(c['h1'])}</h2>
  <dl class="byline">{''.join(dl)}</dl></header>
{c['after_byline']}  <div class="v_news_content">
{c['body']}
  </div>
{c['after']}  <div class="prevnext" hx-get="/api/prevnext?id={c['n']}" hx-trigger="revealed"></div>
</section>
<aside class="side">
  <div class="box"><h3>要闻速递</h3><ul hx-get="/api/list?c=ywsd" hx-trigger="load"></ul></div>
{c['sidebar']}</aside>
</div>
<div class="foot">
  <p>版权所有：{E(c['footer_org'])}　地址：{E(c['addr'])}</p>
  <p>{c['icp']}</p>
{c['friend']}</div>
{c['end']}</body>
</html>
"""


def page_T3(ctx):
    """Web-components education-bureau site (custom elements with slots), utf-8."""
    c = ctx
    meta_slots = []
    if c["shown_source"]:
        meta_slots.append(f'<span slot="source">信息来源：{E(c["shown_source"])}</span>')
    if c["author"]:
        meta_slots.append(f'<span slot="author">撰稿：{E(c["author"])}</span>')
    if c["date"]:
        meta_slots.append(f'<time slot="date" datetime="{c["date"]}">{c["date"]}</time>')
    return f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
{c['meta']}<title>{E(c['page_title'])}</title>
<script type="module" src="/wc/site-elements.js"></script>
</head>
<body>
{c['top']}<edu-header site-name="{E(c['sitename'])}">
  <a slot="home" href="/">首页</a>
  <edu-nav><a href="/jyxw/">教育新闻</a><a href="/tzgg/">通知公告</a><a href="/zcwj/">政策文件</a><a href="/bszn/">办事指南</a></edu-nav>
</edu-header>
<edu-crumb path="首页/教育新闻/正文"></edu-crumb>
<edu-article>
  <h1 slot="title">{E(c['h1'])}</h1>
  <news-meta>{''.join(meta_slots)}</news-meta>
{c['after_byline']}  <div slot="body" class="TRS_Editor">
{c['body']}
  </div>
</edu-article>
{c['after']}{c['sidebar']}<edu-footer>
  <p>主办单位：{E(c['footer_org'])}　联系电话：{c['tel']}</p>
  <p>{c['icp']}　网站标识码：{c['bsm']}</p>
{c['friend']}</edu-footer>
{c['end']}</body>
</html>
"""


def page_T4(ctx):
    """SvelteKit-like health news (svelte-hash classes, data-sveltekit attrs), utf-8."""
    c = ctx
    bits = []
    if c["date"]:
        bits.append(f"{c['date']} {c['hm']}")
    if c["shown_source"]:
        bits.append(f"来源：{E(c['shown_source'])}")
    if c["author"]:
        bits.append(f"编辑：{E(c['author'])}")
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
{c['meta']}<title>{E(c['page_title'])}</title>
<link rel="modulepreload" href="/_app/immutable/entry/start.k37a.js">
</head>
<body data-sveltekit-preload-data="hover">
<div style="display: contents">
{c['top']}<header class="top svelte-1x7q2k"><a class="brand svelte-1x7q2k" href="/">{E(c['sitename'])}</a>
<nav class="svelte-1x7q2k"><a href="/news">工作动态</a><a href="/notice">通知公告</a><a href="/open">信息公开</a></nav></header>
<main class="svelte-9fz1dd">
<article class="post svelte-9fz1dd">
<h1 class="svelte-9fz1dd">{E(c['h1'])}</h1>
<p class="meta svelte-9fz1dd">{' · '.join(bits)}</p>
{c['after_byline']}<div class="body svelte-9fz1dd">
{c['body']}
</div>
{c['after']}</article>
{c['sidebar']}</main>
<footer class="svelte-1x7q2k"><p>{E(c['footer_org'])} 版权所有</p><p>{c['icp']}</p>
{c['friend']}</footer>
</div>
{c['end']}</body>
</html>
"""


def page_T5(ctx):
    """Classic ASP + eWebEditor table layout (font tags), GBK."""
    c = ctx
    row = []
    if c["author"]:
        row.append(f"作者：{E(c['author'])}")
    if c["shown_source"]:
        row.append(f"来源：{E(c['shown_source'])}")
    if c["date"]:
        y, m, d = c["date"].split("-")
        row.append(f"发布时间：{y}-{int(m)}-{int(d)}")
    row.append('点击数：<script src="/inc/count.asp?id=%d"></script>' % c["n"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
{c['meta']}<title>{E(c['page_title'])}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
{c['top']}<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="110" background="/images/top_bg.jpg"><font size="6" color="#FFFFFF"><b>{E(c['sitename'])}</b></font></td></tr>
  <tr><td class="menu"><a href="/">网站首页</a> | <a href="/news/class.asp?id=1">学校新闻</a> | <a href="/news/class.asp?id=2">教学教研</a> | <a href="/news/class.asp?id=3">德育天地</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top">{c['sidebar']}</td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="6">
        <tr><td align="center" class="title"><font size="4"><b>{E(c['h1'])}</b></font></td></tr>
        <tr><td align="center" class="info"><font color="#666666">{'&nbsp;&nbsp;'.join(row)}</font></td></tr>
        <tr><td>{c['after_byline']}</td></tr>
        <tr><td class="content" id="fontzoom">
{c['body']}
        </td></tr>
        <tr><td>{c['after']}</td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center"><tr><td align="center" class="copyright">
版权所有 {E(c['footer_org'])}　地址：{E(c['addr'])}<br>{c['icp']}
{c['friend']}</td></tr></table>
{c['end']}</body>
</html>
"""


def page_T6(ctx):
    """政府信息公开 detail with a metadata table (索引号/发布机构/…), GB18030."""
    c = ctx
    y, m, d = (c["date"] or "--").split("-") if c["date"] else ("", "", "")
    pub = f"{y}年{int(m)}月{int(d)}日" if c["date"] else ""
    src_line = f"信息来源：{E(c['shown_source'])}" if c["shown_source"] else ""
    au_line = f"　撰稿人：{E(c['author'])}" if c["author"] else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
{c['meta']}<title>{E(c['page_title'])}</title>
<link rel="stylesheet" href="/xxgk/css/xxgk.css">
</head>
<body>
{c['top']}<div class="xxgk-top"><span class="name">{E(c['sitename'])}</span><span class="sub">政府信息公开</span></div>
<div class="xxgk-main">
<table class="xxgk-meta" cellspacing="0" cellpadding="0">
<tr><th>索 引 号：</th><td>{c['index_no']}</td><th>主题分类：</th><td>卫生、体育</td></tr>
<tr><th>发布机构：</th><td>{E(c['org'])}</td><th>发文日期：</th><td>{pub}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{E(c['h1'])}</td></tr>
<tr><th>文　　号：</th><td>{c['doc_no']}</td><th>有 效 性：</th><td>有效</td></tr>
</table>
<div class="xxgk-title">{E(c['h1'])}</div>
<div class="xxgk-src">{src_line}{au_line}</div>
{c['after_byline']}<div class="xxgk-body">
{c['body']}
</div>
{c['after']}<div class="xxgk-tools"><a href="javascript:print()">打印</a> <a href="javascript:close()">关闭</a></div>
</div>
{c['sidebar']}<div class="xxgk-foot">{E(c['footer_org'])}主办　{c['icp']}
{c['friend']}</div>
{c['end']}</body>
</html>
"""


TEMPLATES = {"T1": (page_T1, "utf-8"), "T2": (page_T2, "utf-8"), "T3": (page_T3, "utf-8"),
             "T4": (page_T4, "utf-8"), "T5": (page_T5, "gbk"), "T6": (page_T6, "gb18030")}

# ------------------------------------------------------------------ sites and single pages
SITES = [
    dict(host="www.qingmuxian.gov.cn", tpl="T1", name="青木县人民政府", place="青木县", unit="县",
         towns=["柳塘镇", "石门乡", "沙湾镇", "鹤岭乡"], topics=ORDINARY, inj=("porn-title-line", None),
         hij=[1, 3, 4], legit={5: "lottery_sales"}, path="/art/{y}/{m}/{d}/art_{a}_{b}.html"),
    dict(host="news.yunxiu.edu.cn", tpl="T2", name="云岫师范学院", place="云岫", unit="校",
         towns=["东校区"], topics=SCHOOL, inj=("brand-in-place", "luj"), hij=[1, 2, 4], legit={},
         path="/info/{a}/{b}.htm"),
    dict(host="jyj.tonglan.gov.cn", tpl="T3", name="桐澜市教育局", place="桐澜市", unit="市",
         towns=["城东街道", "北湖镇", "桂林坪乡"], topics=EDU + [topic_culture, topic_culture, topic_water], inj=("brand-credit-footer", "xil"),
         hij=[2, 5], legit={3: "anti_gambling"}, path="/jyxw/{y}{m}/t{y}{m}{d}_{b}.html"),
    dict(host="wjj.jichuan.gov.cn", tpl="T6", name="霁川区卫生健康局", place="霁川区", unit="区",
         towns=["枫港街道", "白沙镇", "新桥镇"], topics=WJW, inj=("keyword-link-list", "yun"), hij=[1, 2, 4], legit={},
         path="/zfxxgk/{y}/{m}/{d}/content_{b}.html"),
]

SINGLES = [  # (host, template, name, place, unit, kind, brand, topic)
    ("www.baishuixiang.gov.cn", "T4", "白水乡人民政府", "白水乡", "乡", "brand-line-top", "xin", topic_farming),
    ("www.lanxi-zx.com", "T5", "澜溪中学", "澜溪中学", "校", "brand-keyword-line", "niw", topic_school_meet),
    ("www.heqiaozhen.gov.cn", "T1", "河桥镇人民政府", "河桥镇", "镇", "porn-links-sidebar", None, topic_road),
    ("xww.dongshan-tc.edu.cn", "T2", "东杉理工学院", "东杉理工学院", "校", "porn-title-prefix", None, topic_school_research),
    ("www.songyuan-rmt.cn", "T4", "松垣县融媒体中心", "松垣县", "县", "brand-in-sentence", "yin", topic_culture),
    ("www.nanpo-sy.com", "T2", "南坡实验小学", "南坡实验小学", "校", "emoji-spray", "jin", topic_school_meet),
    ("www.xiyangqu.gov.cn", "T6", "西阳区人民政府", "西阳区", "区", "hidden-link-block", "cha", topic_wjw_elder),
    ("jyj.fengqi.gov.cn", "T3", "丰溪县教育局", "丰溪县", "县", "friend-links", "bei", topic_edu_teacher),
    ("www.luoping-zf.gov.cn", "T1", "洛坪县人民政府", "洛坪县", "县", "document-write-links", "hup", topic_water),
    ("www.qinghe-zz.edu.cn", "T2", "清荷职业中专", "清荷职业中专", "校", "meta-refresh", "wus", topic_school_job),
    ("www.tanghu.gov.cn", "T4", "棠湖县人民政府", "棠湖县", "县", "junk-tags-porn-title", None, topic_health),
    ("jyj.linshui.gov.cn", "T3", "临澍区教育局", "临澍区", "区", "brand-as-source", "mo", topic_edu_safety),
    ("www.shuangfeng-wjw.gov.cn", "T6", "双枫县卫生健康局", "双枫县", "县", "brand-title-suffix", "shi", topic_wjw_vaccine),
    ("www.beiling-yz.com", "T5", "北岭一中", "北岭一中", "校", "spam-paragraph", "yao", topic_school_research),
    ("www.caoyuanxiang.gov.cn", "T1", "草垣乡人民政府", "草垣乡", "乡", "brand-as-sitename", "luj", topic_farming),
    ("www.lushanqu.gov.cn", "T4", "麓杉区人民政府", "麓杉区", "区", "title-tag-only", "xil", topic_road),
    ("www.chixi.gov.cn", "T6", "赤溪县民政局", "赤溪县", "县", "brand-line-top", "hup", topic_health),
    # clean singles
    ("www.yuntai-cz.gov.cn", "T4", "云台县财政局", "云台县", "县", None, None, "lottery_fund"),
    ("www.huaiyin-ga.gov.cn", "T5", "槐荫县公安局", "槐荫县", "县", None, None, "illegal_lottery"),
    ("www.jinsha-nyj.gov.cn", "T3", "金沙湾区农业农村局", "金沙湾区", "区", None, None, topic_water),
]


def md_str(date):
    y, m, d = date.split("-")
    return f"{int(m)}月{int(d)}日"


def build(rng, n, host, tpl, sitename, place, unit, towns, topic, kind, brand, site_host):
    year = rng.choice([2023, 2024, 2025])
    mon, day = rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year}-{mon:02d}-{day:02d}"
    p = dict(place=place, unit=unit, town=rng.choice(towns), town2=rng.choice(towns + ["城关镇"]),
             org=sitename.replace("新闻网", ""), md=md_str(date), year=year, mon=mon)
    if p["town2"] == p["town"]:
        p["town2"] = "城关镇"
    title, source, paras = topic(rng, p)
    author = person(rng) if rng.random() < 0.7 else None
    if rng.random() < 0.2:
        source = None
    name, spam, pl = (None, [], {})
    legit = topic in LEGIT.values()
    if kind:
        name, spam, pl = inj(kind, rng, brand=BR.get(brand))
    # page paragraphs vs truth paragraphs
    page_paras, truth_paras = list(paras), list(paras)
    if "body_replace" in pl:
        b = pl["body_replace"]
        page_paras = [x.replace(sitename, b) for x in page_paras]
        truth_paras = [x.replace(sitename, "") for x in truth_paras]
        if page_paras == paras:  # make sure the brand shows
            page_paras[0] = page_paras[0].replace(p["md"], p["md"] + "," + b, 1)
            truth_paras[0] = truth_paras[0].replace(p["md"], p["md"] + ",", 1)
    if "sentence" in pl:
        page_paras[1] = pl["sentence"] + page_paras[1]
        truth_paras[1] = "据记者了解," + truth_paras[1]
        page_paras[1] = page_paras[1]
    if "emoji" in pl:
        b = pl["emoji"]
        out = []
        for x in page_paras:
            parts = x.split(",")
            out.append(",".join(pt + (rng.choice(EMOJI) if i % 2 == 0 and i < len(parts) - 1 else "") for i, pt in enumerate(parts)))
        out[0] = out[0].replace(sitename, b + sitename, 1) if sitename in out[0] else b + out[0]
        page_paras = out
    if "mid_para" in pl:
        page_paras.insert(1, pl["mid_para"])
    body = "\n".join(f"<p>{E(x)}</p>" for x in page_paras)
    h1 = title
    page_title = f"{title}_{sitename}"
    if "title_prefix" in pl:
        page_title = pl["title_prefix"] + page_title
    if "h1_prefix" in pl:
        h1 = pl["h1_prefix"] + title
    if "title_suffix" in pl:
        page_title = title + pl["title_suffix"]
    if "title_only" in pl:
        page_title = pl["title_only"]
    shown_source = pl.get("source_override", source)
    truth_source = None if "source_override" in pl else source
    sidebar = ""
    if "sidebar" in pl:
        nm, items = pl["sidebar"]
        sidebar = f'<div class="hot"><h3>{nm}</h3><ul>' + "".join(f'<li><a href="/hot/{i}.html">{E(t)}</a></li>' for i, t in enumerate(items)) + "</ul></div>\n"
    after_byline = pl.get("after_byline", "")
    if after_byline:
        after_byline += "\n"
    byline_prefix = pl.get("byline_prefix")
    if byline_prefix:
        after_byline = f'<div class="host">{byline_prefix}</div>\n' + after_byline
    end = pl.get("end", "")
    if "script_end" in pl:
        end += f'<script type="text/javascript">{pl["script_end"]}</script>'
    friend = ""
    if "friend" in pl:
        friend = f'<div class="friend-links">友情链接：{pl["friend"]}</div>\n'
    ctx = dict(n=n, meta=(pl.get("meta", "") + "\n") if pl.get("meta") else "", page_title=page_title,
               top=(pl.get("top", "") + "\n") if pl.get("top") else "", sitename=pl.get("sitename", sitename),
               h1=h1, date=date, shown_source=shown_source, author=author, after_byline=after_byline, body=body,
               after=(pl.get("after", "") + "\n") if pl.get("after") else "", sidebar=sidebar,
               footer_org=pl.get("footer_org", sitename), bsm=f"{rng.randint(1000000000, 9999999999)}",
               icp=f"ICP备{rng.randint(10000000, 99999999)}号", friend=friend, end=(end + "\n") if end else "",
               addr=f"{place}{rng.choice(['建设路', '文昌路', '人民路', '学府路'])}{rng.randint(1, 299)}号",
               tel=f"0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}", hm=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
               index_no=f"{rng.randint(10000000, 99999999)}/{year}-{rng.randint(10000, 99999)}", org=sitename,
               doc_no=f"{place[:2]}卫〔{year}〕{rng.randint(1, 90)}号")
    fn, enc = TEMPLATES[tpl]
    page = fn(ctx)
    truth = dict(title=title, date=date, source=truth_source, author=author, text="\n".join(truth_paras),
                 hijacked=bool(kind), injections=[name] if name else [], spam_strings=spam, legit=legit,
                 lang="zh", kind="synthetic", site=site_host, capture="html", encoding=enc, template=tpl)
    return page, enc, truth, date


def main():
    args = sys.argv[1:]
    dev = None
    if "--check-dev" in args:
        i = args.index("--check-dev")
        dev = args[i + 1]
        del args[i:i + 2]
    out = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "synthetic-v37")
    rng = random.Random(SEED)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows, n = [], 0
    for s in SITES:
        kind, brand = s["inj"]
        topics = list(s["topics"])
        for k in range(1, 6):
            n += 1
            legit_topic = s["legit"].get(k)
            topic = LEGIT[legit_topic] if legit_topic else topics[(k - 1) % len(topics)]
            hij = k in s["hij"]
            page, enc, t, date = build(rng, n, s["host"], s["tpl"], s["name"], s["place"], s["unit"], s["towns"],
                                       topic, kind if hij else None, brand, s["host"])
            y, m, d = date.split("-")
            path = s["path"].format(y=y, m=m, d=d, a=rng.randint(1000, 9999), b=rng.randint(100000, 999999))
            rows.append((n, f"http://{s['host']}{path}", page, enc, t))
    for host, tpl, name, place, unit, kind, brand, topic in SINGLES:
        n += 1
        if isinstance(topic, str):
            topic = LEGIT[topic]
        page, enc, t, date = build(rng, n, host, tpl, name, place, unit, ["城关镇", "新华街道", "永安镇"], topic,
                                   kind, brand, host)
        rows.append((n, f"http://{host}/xwdt/{date.replace('-', '')}/{rng.randint(1000, 9999)}.html", page, enc, t))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, url, page, enc, t in rows:
            rid = f"sv37-{n:03d}"
            with open(os.path.join(out, "html", rid + ".html"), "w", encoding=enc, newline="\n") as g:
                g.write(page)
            row = dict(id=rid, url=url, **{k: t[k] for k in ("title", "date", "source", "author", "text", "hijacked",
                                                               "injections", "spam_strings", "legit", "lang")},
                       origin=f"synthetic-v37 (make_set.py, seed {SEED})", kind=t["kind"], site=t["site"],
                       capture=t["capture"], encoding=t["encoding"], template=t["template"])
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "pages ->", os.path.abspath(out))
    if dev:
        spams = set()
        for p in glob.glob(os.path.join(dev, "*", "truth.jsonl")):
            for line in open(p, encoding="utf-8"):
                if line.strip():
                    spams.update(json.loads(line).get("spam_strings") or [])
        bad = 0
        for _, _, _, _, t in rows:
            for s in t["spam_strings"]:
                hits = [d for d in spams if d and (d in s or s in d)]
                if hits:
                    bad += 1
                    print("overlap:", s, "<->", hits[:3])
        print("dev overlap check:", "clean" if not bad else f"{bad} overlaps")


if __name__ == "__main__":
    main()
