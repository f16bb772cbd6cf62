# -*- coding: utf-8 -*-
"""Generate bench/data/heldout/synthetic-v12 (40 pages: 28 hijacked, 12 clean of which 4 legit
about lotteries / gambling enforcement). Fixed seed; a re-run is byte-identical.
Run from the repository root:  python3 bench/data/heldout/synthetic-generator-v12/make_set.py"""
import html
import json
import os
import random

SEED = 120312
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "synthetic-v12")
E = lambda s: html.escape(s, quote=False)  # noqa: E731

# ------------------------------------------------------------------ invented article texts
ART = [
    dict(t="区政务服务中心推行“一窗通办”改革", src="区行政审批局", au="林晓舟",
         p=["近日,区政务服务中心在一楼大厅全面推行“一窗通办”综合受理模式,将原有的二十三个专业窗口整合为八个综合窗口。",
            "改革后,群众办理不动产登记、社保参保、企业开办等高频事项只需在一个窗口递交材料,后台分类审批、限时办结。中心负责人介绍,试运行一个月以来,平均等候时间由二十五分钟缩短至九分钟。",
            "下一步,区行政审批局将继续梳理“一件事一次办”事项清单,推动更多事项实现线上预约、线下一次取件。"]),
    dict(t="学院举办2025年春季校园招聘双选会", src="招生就业处", au="周亦然",
         p=["3月22日,学院2025年春季校园招聘双选会在体育馆举行,来自智能制造、现代物流、健康服务等行业的一百四十余家企业进场招聘。",
            "本次双选会共提供岗位三千二百余个,现场设置简历诊断、政策咨询和线上直播带岗专区。据统计,当天共有二千余名毕业生入场,初步达成就业意向六百余人。",
            "招生就业处负责人表示,学院将持续开展“访企拓岗”行动,为毕业生搭建更多高质量就业平台。"]),
    dict(t="镇卫生院开展老年人免费健康体检", src="镇卫生院", au="黄敏",
         p=["为做好基本公共卫生服务工作,镇卫生院近日组织医护人员深入各村开展65岁以上老年人免费健康体检。",
            "体检项目包括血压、血糖、血脂、肝肾功能、心电图和腹部B超等,医护人员还为老人建立和更新了健康档案,并针对慢性病患者开展用药指导。",
            "截至目前,全镇已完成体检一千三百余人次,体检结果将通过家庭医生签约团队逐一反馈到户。"]),
    dict(t="市图书馆“书香进社区”流动服务点揭牌", src="市文化广电旅游局", au="陈可",
         p=["4月23日世界读书日当天,市图书馆“书香进社区”流动服务点在滨江社区党群服务中心揭牌。",
            "服务点首批配送图书二千册,实行与市图书馆通借通还,并定期开展亲子阅读、老年人智能手机使用培训等活动。",
            "市图书馆今年计划新建流动服务点十二个,进一步打通公共文化服务“最后一公里”。"]),
    dict(t="附属中学举行第十八届科技节开幕式", src="校团委", au="唐书宁",
         p=["11月8日下午,附属中学第十八届科技节在学校报告厅开幕,全校师生及部分家长代表参加开幕式。",
            "本届科技节为期两周,设置航模制作、机器人编程、水火箭发射、科普讲座等十余项活动。开幕式上,学生社团展示了自主设计的智能灌溉装置和垃圾分类识别小程序。",
            "校长在致辞中勉励同学们保持好奇心,在动手实践中培养科学精神和创新能力。"]),
    dict(t="县农业农村局部署秋粮收购和秸秆综合利用工作", src="县农业农村局", au="孙立伟",
         p=["9月26日,县农业农村局召开秋粮收购和秸秆综合利用工作推进会,各乡镇分管负责人参加会议。",
            "会议要求,各地要提前检修烘干设备,畅通售粮渠道,严防“打白条”和压级压价;同时要落实秸秆禁烧责任,推广秸秆还田和饲料化利用。",
            "会议还通报了今年以来高标准农田建设进度,对进度滞后的项目进行了督办。"]),
    dict(t="街道开展防汛应急演练", src="街道办事处", au="马骁",
         p=["6月12日上午,街道在清河泵站周边组织开展防汛应急演练,街道应急队、社区网格员和物业人员共八十余人参加。",
            "演练模拟强降雨导致低洼小区积水的情景,依次开展了险情报告、人员转移、沙袋封堵和抽排水等科目。",
            "街道负责人表示,将加强汛期值班值守,确保一旦发生险情能够第一时间响应、高效处置。"]),
    dict(t="学校召开新学期教学工作会议", src="教务处", au="许文静",
         p=["2月24日,学校召开新学期教学工作会议,校领导、各学院院长和教学副院长参加会议。",
            "会议总结了上学期课堂教学质量评价、课程思政示范课建设和教材选用审核等工作,部署了本学期专业认证、教学检查和实践教学基地建设任务。",
            "分管校领导强调,要把人才培养质量作为检验工作成效的根本标准,抓好开学第一课和教学秩序检查。"]),
]
LEGIT = [
    dict(t="关于2025年第三季度福利彩票公益金使用情况的公告", src="市民政局", au=None,
         p=["根据《彩票管理条例》和《彩票公益金管理办法》有关规定,现将我市2025年第三季度福利彩票公益金使用情况公告如下。",
            "本季度共使用福利彩票公益金一千八百六十万元,主要用于特困人员供养服务设施改造、城乡社区养老服务中心建设、困难残疾人生活补贴和儿童福利机构设备购置等项目。",
            "公益金使用情况接受社会监督,如有疑问可拨打市民政局监督电话咨询。"]),
    dict(t="县公安局破获一起利用网络平台组织赌博案件", src="县公安局", au="刘峥",
         p=["近日,县公安局网安大队在工作中发现,有人利用即时通信群组织他人参与境外网络赌博,并从中抽头渔利。",
            "经缜密侦查,警方在邻省将犯罪嫌疑人王某等三人抓获,当场查获作案手机六部、银行卡十余张,涉案资金流水达三百余万元。",
            "警方提醒,网络赌博是违法犯罪行为,所谓“稳赚不赔”“内部渠道”都是诈骗陷阱,广大群众发现相关线索请及时拨打110举报。"]),
    dict(t="体育彩票销售网点规范经营专项检查启动", src="市体育局", au="赵予安",
         p=["为规范体育彩票销售行为,市体育局联合市体彩分中心即日起开展为期两个月的销售网点规范经营专项检查。",
            "检查重点包括是否向未成年人销售彩票、是否通过互联网违规销售、是否存在“私彩”和信用销售等行为。对检查中发现的问题,将依规责令整改直至取消代销资格。",
            "市体育局表示,彩票是国家公益事业,购彩者应理性投注,量力而行。"]),
    dict(t="社区开展“远离赌博 珍爱家庭”主题宣传活动", src="社区居委会", au="吴佳",
         p=["为增强辖区居民拒赌防骗意识,社区近日联合辖区派出所在文化广场开展“远离赌博 珍爱家庭”主题宣传活动。",
            "民警结合真实案例,向居民讲解网络赌博的常见套路和危害,提醒居民不要轻信所谓“彩票内幕”“百分百中奖”等网络广告。",
            "活动共发放宣传资料四百余份,现场解答居民咨询五十余人次。"]),
]

# ------------------------------------------------------------------ invented brands (checked against every spent spam_strings)
BRANDS = ["鎏金湾娱乐城", "砚川体育官网", "翠羽棋牌下载", "云岫国际娱乐", "赤霄电竞竞猜", "琥珀湾真人平台", "银杏湖彩票网",
          "墨鲸体育APP", "霁月国际官方入口", "青蚨娱乐注册送"]
PORN = ["青蚨影院_久久午夜无码专区_免费成人视频在线观看入口", "夜蝶直播_无码高清精品视频一区_国产自拍在线播放"]
EN_PHARMA = [("tadora 20mg no prescription", "cheap sildalis overnight"), ("buy kamagrix online uk", "generic vilitrax best price")]
ID_SLOT = ["situs slot kancil99 gacor malam ini", "link alternatif rajatoto88 resmi"]
JS_HOSTS = ["https://cdn.jqs-static.top/jquery.min.3.7.js", "https://s.tongji-qx.cc/hm.js", "https://img.lfz9c.vip/static/flex.rem.js"]
REDIR = ["https://m.xlw520.vip/?ch=gov", "https://vip.yl9527.cc/reg.html", "https://go.sl0tku.xyz/d/88"]

FORMS = ["spam_title", "external_loader_script", "disguised_library_script", "offscreen_link", "cookie_gated_redirect",
         "hidden_pharma_links", "meta_refresh", "mobile_referrer_redirect", "spam_sidebar_item", "comment_spam",
         "link_block", "brand_credit_source", "porn_keyword_line", "spliced_keyword"]

SITES = {
    "A1": ["www.qhsz.gov.cn", "zwfw.lyx.gov.cn", "www.tdq.gov.cn", "www.hsjd.gov.cn"],
    "A2": ["www.sxxian.gov.cn", "www.pyx.gov.cn", "nyj.dcx.gov.cn"],
    "A3": ["news.sxvtc.edu.cn", "www.hnzyxy.edu.cn", "jwc.jsit.edu.cn"],
    "A4": ["xxgk.lcs.gov.cn", "www.ygq.gov.cn", "mzj.tzs.gov.cn"],
    "A5": ["www.fzsz.net", "www.hfyz.edu.cn", "www.qlsy.cn"],
    "A6": ["jd.nhq.gov.cn", "sq.bxq.gov.cn", "www.hcjd.gov.cn"],
}
ENC = {"A1": "utf-8", "A2": "gbk", "A3": "utf-8", "A4": "gb18030", "A5": "utf-8", "A6": "gbk"}
ORG = {"A1": ["青湖区人民政府", "临垣县政务服务网", "塔东区人民政府", "河沙街道办事处"],
       "A2": ["上溪县人民政府", "平垣县人民政府", "东川县农业农村局"],
       "A3": ["山西职业技术学院", "河南中原职业学院", "江山工业技术学院"],
       "A4": ["陵川市人民政府", "云岗区人民政府", "泰州市民政局"],
       "A5": ["福州第四中学", "合丰一中", "齐鲁实验中学"],
       "A6": ["南湖区新桥街道", "白溪区北苑社区", "海城街道办事处"]}
EDU = {"A3", "A5"}


def date_of(rng):
    y = rng.choice([2023, 2024, 2025])
    return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


# ------------------------------------------------------------------ injection builders: return (where, html, spam_strings, title_override, body_transform)
def make_inj(form, rng, k):
    b = BRANDS[k % len(BRANDS)]
    if form == "spam_title":
        t = f"{b}-{BRANDS[(k + 3) % len(BRANDS)]}-官方网站"
        return dict(where=None, html="", spam=[b, BRANDS[(k + 3) % len(BRANDS)]], title=t)
    if form == "external_loader_script":
        return dict(where="head", html=f'<script type="text/javascript" src="{JS_HOSTS[k % 3]}"></script>', spam=[])
    if form == "disguised_library_script":
        return dict(where="end", html=f'<script src="{JS_HOSTS[(k + 1) % 3]}" async></script>', spam=[])
    if form == "offscreen_link":
        return dict(where="after", html=f'<div style="position:absolute;top:-3000px;left:-3000px"><a href="https://www.{k}ljw.vip/">{b}</a></div>', spam=[b])
    if form == "cookie_gated_redirect":
        return dict(where="head", html='<script>(function(){if(/(^|; )_vstk=/.test(document.cookie))return;document.cookie="_vstk=1;max-age=43200;path=/";'
                    f'window.addEventListener("load",function(){{location.href="{REDIR[k % 3]}"}});}})();</script>', spam=[])
    if form == "hidden_pharma_links":
        a, c = EN_PHARMA[k % 2]
        sid = "s%06x" % rng.randint(0, 0xffffff)
        return dict(where="after", html=f'<style>#{sid}{{display:none}}</style><span id="{sid}">Patients can <a href="http://rx-{k}.example.net/a">{a}</a> or ask about <a href="http://rx-{k}.example.net/b">{c}</a> from a licensed seller.</span>', spam=[a, c])
    if form == "meta_refresh":
        return dict(where="head", html=f'<meta http-equiv="refresh" content="2;url={REDIR[(k + 1) % 3]}">', spam=[])
    if form == "mobile_referrer_redirect":
        return dict(where="end", html='<script>var u=navigator.userAgent,r=document.referrer;if(/Mobile|Android|iPhone/i.test(u)&&/baidu|sogou|so\\.com|sm\\.cn/.test(r)){'
                    f'top.location.replace("{REDIR[(k + 2) % 3]}")}}</script>', spam=[])
    if form == "spam_sidebar_item":
        s = f"{b}最新地址{rng.randint(100, 999)}"
        return dict(where="sidebar", html=f'<li><a href="/info/{rng.randint(1000, 9999)}.html">{s}</a></li>', spam=[s])
    if form == "comment_spam":
        s = ID_SLOT[k % 2]
        return dict(where="comments", html=f'<div class="cmt"><b>slotmania{k}</b><p>{s} — daftar sekarang bonus 100%</p></div>', spam=[s, "daftar sekarang bonus 100%"])
    if form == "link_block":
        names = [BRANDS[(k + i) % len(BRANDS)] for i in range(3)]
        lis = "".join(f'<a href="https://{i}{k}x.cc/" target="_blank">{n}</a> ' for i, n in enumerate(names))
        return dict(where="links", html=lis, spam=names)
    if form == "brand_credit_source":
        return dict(where="credit", html=f"本文来源:{b}", spam=[b])
    if form == "porn_keyword_line":
        return dict(where="top", html=PORN[k % 2], spam=[PORN[k % 2].split("_")[1]])
    if form == "spliced_keyword":
        return dict(where="splice", html=b, spam=[b])
    raise ValueError(form)


# ------------------------------------------------------------------ templates
def info_parts(a, date, views):
    return dict(date=date, src=a["src"], au=a["au"], views=views)


def ps(paras):
    return "\n".join(f"<p>{E(p)}</p>" for p in paras)


def head(enc, title, extra=""):
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={enc}">\n'
            f'<title>{E(title)}</title>\n{extra}\n</head>\n')


def tpl(code, site, org, a, paras, title, info, inj):
    enc = ENC[code]
    w = inj.get("where") if inj else None
    H = lambda where: inj["html"] if inj and w == where else ""  # noqa: E731
    top = f'<div class="kwline">{E(H("top"))}</div>' if w == "top" else ""
    credit = f'<p class="credit">{E(H("credit"))}</p>' if w == "credit" else ""
    side_extra = H("sidebar")
    cm = f'<div class="comment-list"><h4>网友评论</h4>{H("comments")}</div>' if w == "comments" else '<div class="comment-list"><h4>网友评论</h4><p>暂无评论</p></div>'
    links = '<a href="http://www.gov.cn/" target="_blank">中国政府网</a> <a href="http://www.moe.gov.cn/" target="_blank">教育部</a> ' + H("links")
    au = info["au"] or ""
    if code == "A1":  # PageAdmin-style ASP.NET district page
        return (head(enc, title, '<link rel="stylesheet" href="/templates/pa_default/css/style.css">') + f'<body class="pa-body">{top}\n'
                f'<form method="post" action="./detail.aspx" id="form1"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKLTQ{site[:4]}">\n'
                f'<div class="pa-header"><div class="pa-logo">{E(org)}</div><ul class="pa-nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>\n'
                f'<div class="pa-main"><div class="pa-location">您的位置:首页 &gt; 政务动态 &gt; 部门动态</div>\n'
                f'<div class="pa-article"><h1 class="pa-title">{E(a["t"])}</h1>\n'
                f'<div class="pa-info"><span>发布时间:{info["date"]}</span><span>来源:{E(info["src"])}</span>'
                f'<span>作者:{E(au)}</span><span>浏览次数:<em id="pa_hits">{info["views"]}</em></span></div>\n'
                f'<div class="pa-content" id="pa_content">\n{ps(paras)}\n{credit}</div>\n{H("after")}</div>\n'
                f'<div class="pa-side"><h3>热点信息</h3><ul><li><a href="#">政府工作报告</a></li>{side_extra}</ul></div></div>\n{cm}\n'
                f'<div class="pa-links">友情链接:{links}</div>\n<div class="pa-footer">主办:{E(org)}办公室 技术支持:PageAdmin</div></form>\n{H("end")}\n</body>\n</html>\n')
    if code == "A2":  # Foosun-style ASP county page, GBK, table layout
        return (head(enc, title) + f'<body>{top}\n<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">\n'
                f'<tr><td height="120" class="fs_top">{E(org)}门户网站</td></tr>\n<tr><td class="fs_nav">网站首页 | 政务公开 | 乡镇动态 | 公共服务</td></tr>\n'
                f'<tr><td><table width="100%"><tr><td width="250" valign="top"><div class="fs_lm">最新更新</div><ul>{side_extra}<li>2024年政府信息公开年报</li></ul></td>\n'
                f'<td valign="top"><table width="100%" class="fs_news"><tr><td align="center" class="fs_title">{E(a["t"])}</td></tr>\n'
                f'<tr><td align="center" class="fs_info">【<span id="fs_date">{info["date"]}</span>】【来源:<span id="fs_source">{E(info["src"])}</span>】'
                f'【作者:{E(au)}】【点击数:<span id="fs_click">{info["views"]}</span>】</td></tr>\n'
                f'<tr><td class="fs_content" id="fontzoom">\n{ps(paras)}\n{credit}</td></tr>\n<tr><td>{H("after")}</td></tr>\n'
                f'<tr><td>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>{cm}</td></tr></table></td></tr>\n'
                f'<tr><td class="fs_links">友情链接:{links}</td></tr>\n<tr><td class="fs_foot">版权所有:{E(org)} 网站标识码:1508{len(site)}0001</td></tr></table>\n{H("end")}\n</body>\n</html>\n')
    if code == "A3":  # PublicCMS-style college news, UTF-8, <time>/<address>
        return (head(enc, title, '<meta name="generator" content="PublicCMS">') + f'<body>{top}\n<header class="pc-head"><div class="pc-logo">{E(org)}</div>'
                f'<nav><a href="/">学院首页</a><a href="/xwzx/">新闻中心</a><a href="/tzgg/">通知公告</a></nav></header>\n'
                f'<div class="pc-container"><main><article class="pc-content" itemscope itemtype="http://schema.org/NewsArticle">\n'
                f'<h2 itemprop="headline">{E(a["t"])}</h2>\n<div class="pc-meta"><time datetime="{info["date"]}" itemprop="datePublished">{info["date"]}</time> · '
                f'<address class="pc-author">撰稿:{E(au)}</address> · <span class="pc-from">供稿单位:{E(info["src"])}</span> · <span class="pc-view">阅读 {info["views"]}</span></div>\n'
                f'<div class="pc-text" itemprop="articleBody">\n{ps(paras)}\n{credit}</div>\n{H("after")}</article>\n{cm}</main>\n'
                f'<aside><h3>相关新闻</h3><ul><li>学院召开教学工作会议</li>{side_extra}</ul></aside></div>\n'
                f'<footer class="pc-foot"><div class="pc-links">{links}</div>© {E(org)} 版权所有</footer>\n{H("end")}\n</body>\n</html>\n')
    if code == "A4":  # ezEIP-style (万户) 信息公开 page, GB18030, metadata table
        idx = f"11{len(site)}0{info['date'][:4]}-{int(info['views']) % 997:05d}"
        return (head(enc, title) + f'<body>{top}\n<div class="ez-top">{E(org)} 政府信息公开</div>\n<div class="ez-wrap"><div class="ez-crumb">首页 &gt; 信息公开 &gt; 法定主动公开内容</div>\n'
                f'<table class="ez-meta" border="1" cellspacing="0"><tr><th>索引号:</th><td>{idx}</td><th>主题分类:</th><td>综合政务</td></tr>\n'
                f'<tr><th>发布机构:</th><td>{E(info["src"])}</td><th>成文日期:</th><td>{info["date"]}</td></tr>\n'
                f'<tr><th>名称:</th><td colspan="3">{E(a["t"])}</td></tr></table>\n'
                f'<div class="ez-article"><div class="ez-title">{E(a["t"])}</div>\n<div class="ez-sub">发布日期:{info["date"]} 来源:{E(info["src"])} 作者:{E(au)} 访问量:{info["views"]}</div>\n'
                f'<div class="ez-body" id="ezeip_zoom">\n{ps(paras)}\n{credit}</div>\n{H("after")}</div>\n'
                f'<div class="ez-rel"><b>相关链接</b><ul>{side_extra}<li>政府信息公开指南</li></ul></div>{cm}</div>\n'
                f'<div class="ez-foot">{links}<br>主办单位:{E(org)}办公室 技术支持:万户网络 ezEIP</div>\n{H("end")}\n</body>\n</html>\n')
    if code == "A5":  # CmsEasy-style school site, UTF-8
        return (head(enc, title, '<meta name="author" content="CmsEasy">') + f'<body class="ce">{top}\n<div class="ce-top"><div class="ce-logo">{E(org)}</div>'
                f'<ul class="ce-menu"><li>学校概况</li><li>校园动态</li><li>德育之窗</li><li>教学科研</li></ul></div>\n'
                f'<div class="ce-main"><div class="ce-left"><div class="ce-show"><h1>{E(a["t"])}</h1>\n'
                f'<div class="ce-date">作者:{E(au)}  来源:{E(info["src"])}  时间:{info["date"]}  阅读:{info["views"]}</div>\n'
                f'<div class="ce-text">\n{ps(paras)}\n{credit}</div>\n{H("after")}<div class="ce-prev">上一篇:无</div></div>{cm}</div>\n'
                f'<div class="ce-right"><div class="ce-box"><h3>校园动态</h3><ul>{side_extra}<li>期中考试安排</li></ul></div></div></div>\n'
                f'<div class="ce-foot"><p>{links}</p><p>Copyright © {E(org)} Powered by CmsEasy</p></div>\n{H("end")}\n</body>\n</html>\n')
    if code == "A6":  # Zoomla-style street-office page, GBK
        return (head(enc, title) + f'<body>{top}\n<div id="zl_head"><span class="zl_org">{E(org)}</span><div class="zl_nav">首页|街道概况|工作动态|社区风采|便民服务</div></div>\n'
                f'<div id="zl_main"><div class="zl_path">当前位置:首页 → 工作动态</div>\n<div id="zl_title">{E(a["t"])}</div>\n'
                f'<div id="zl_info">信息来源:{E(info["src"])}|发布日期:{info["date"]}|撰稿:{E(au)}|阅读次数:{info["views"]}</div>\n'
                f'<div id="zl_body">\n{ps(paras)}\n{credit}</div>\n{H("after")}\n<div class="zl_side"><ul>{side_extra}<li>社区公告</li></ul></div>{cm}</div>\n'
                f'<div id="zl_foot">友情链接:{links}<br>{E(org)} 版权所有 Powered by Zoomla!逐浪CMS</div>\n{H("end")}\n</body>\n</html>\n')
    raise ValueError(code)


def main():
    rng = random.Random(SEED)
    codes = ["A1", "A2", "A3", "A4", "A5", "A6"]
    plan = []
    for i, f in enumerate(FORMS * 2):
        plan.append(("hij", f, codes[(i * 5 + i // 6) % 6]))
    for i in range(8):
        plan.append(("clean", None, codes[i % 6]))
    for i in range(4):
        plan.append(("legit", None, codes[(i + 2) % 6]))
    rng.shuffle(plan)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    ai = li = 0
    counters = {c: 0 for c in codes}
    for n, (kind, form, code) in enumerate(plan, 1):
        sid = f"syn12-{n:03d}"
        if kind == "legit":
            a = LEGIT[li % 4]; li += 1
        else:
            pool = [1, 4, 7] if code in EDU else [0, 2, 3, 5, 6]
            a = ART[pool[ai % len(pool)]]; ai += 1
        site = SITES[code][counters[code] % len(SITES[code])]
        org = ORG[code][counters[code] % len(ORG[code])]; counters[code] += 1
        date = date_of(rng)
        views = str(rng.randint(35, 4800))
        paras = list(a["p"])
        shown = list(paras)
        inj = make_inj(form, rng, n) if form else None
        title = f'{a["t"]}_{org}'
        if inj and inj.get("title"):
            title = inj["title"]
        if inj and inj["where"] == "splice":
            j = rng.randrange(len(shown))
            s = shown[j]
            cut = s.find(",", len(s) // 3)
            cut = cut if cut > 0 else len(s) // 2
            shown[j] = s[:cut] + inj["html"] + s[cut:]
        info = info_parts(a, date, views)
        doc = tpl(code, site, org, a, shown, title, info, inj)
        enc = ENC[code]
        with open(os.path.join(OUT, "html", sid + ".html"), "wb") as fh:
            fh.write(doc.encode(enc, "xmlcharrefreplace"))
        rows.append(dict(id=sid, url=f"https://{site}/art/{date[:4]}/{date[5:7]}/{n:03d}{rng.randint(10000, 99999)}.html",
                         title=a["t"], date=date, source=a["src"], author=a["au"], text="\n".join(paras),
                         hijacked=kind == "hij", injections=[form] if form else [], spam_strings=inj["spam"] if inj else [],
                         legit=kind == "legit", lang="zh", origin="synthetic (make_set.py, seed %d)" % SEED,
                         kind="synthetic", site=site, capture="html", encoding=enc, template=code))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
