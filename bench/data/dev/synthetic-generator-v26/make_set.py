#!/usr/bin/env python3
"""Synthetic v26: 5 invented sites x 6 pages, one CMS template per site, one injection per site."""
import json, os, random

SEED = 2626
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "synthetic-v26")

SITES = [
  dict(host="jyj.lutingxian.gov.cn", name="鹭汀县教育局", enc="utf-8", tpl="ql-county-edu", form="hidden-link-block",
       brand="翠鸟汇娱乐", legit=True, path="/ltjy/xwdt/2026{m:02d}/t{n}.shtml"),
  dict(host="www.hbsyzy.edu.cn", name="鹤北商业职业学院", enc="gb18030", tpl="hb-college-gbk", form="cloak-title-script",
       brand="汐岚玖鼎国际", legit=False, path="/xyxw/{n}.htm"),
  dict(host="sthjj.yunlongshi.gov.cn", name="云泷市生态环境局", enc="utf-8", tpl="yl-eco-portal", form="spam-line-above-article",
       brand="乌蓬湾棋牌", legit=False, path="/zwdt/gzdt/art/2026/{m}/{n}.html"),
  dict(host="www.xzsfxy.edu.cn", name="溪州师范学院", enc="gbk", tpl="xz-normal-gbk", form="brand-credit-source",
       brand="漱玉坊彩票", legit=False, path="/info/1046/{n}.htm"),
  dict(host="www.shanyinqu.gov.cn", name="杉茵区人民政府", enc="utf-8", tpl="sy-district-gov", form="sold-friendlink-block",
       brand="赤枫岭娱乐场", legit=True, path="/zwgk/tzgg/{n}.jhtml"),
]

SURN = "周吴郑王冯陈褚卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛范彭郎鲁韦昌马苗凤花方俞任袁柳"
GIVEN = ["立新", "晓燕", "海峰", "雅琴", "志远", "文博", "丽华", "建军", "思雨", "国庆", "慧敏", "春生", "玉兰", "子航", "明轩"]

TOPICS = {
 0: [("鹭汀县召开2026年秋季学期开学工作部署会", ["会议通报了全县中小学校舍维修、教材征订和师资调配情况。", "会议要求各校在开学前完成安全隐患排查，落实校车和食堂管理责任。", "县教育局将组成督导组，分片检查各校开学准备工作。"]),
     ("县教育局开展中小学课后服务质量督查", ["督查组随机抽查了城区和乡镇的十二所学校。", "从抽查情况看，课后服务覆盖率稳步提高，家长满意度较高。", "对发现的课程单一、师资不足等问题，督查组当场反馈并限期整改。"]),
     ("关于开展“远离赌博 健康成长”主题教育进校园活动的通知", ["为引导学生认清网络赌博和非法彩票的危害，县教育局联合县公安局在全县中小学开展主题教育活动。", "各校要通过主题班会、案例讲解和家长会等形式，讲清网络赌博的常见套路和法律后果。", "活动期间发现学生参与赌博或被诱导充值的，学校应及时与家长和属地派出所联系。"]),
     ("鹭汀县第三实验小学获评省级书香校园", ["该校坚持开展整本书阅读和师生共读活动，建成班级图书角四十余个。", "学校还与县图书馆合作，每月组织一次亲子阅读沙龙。", "县教育局号召全县学校学习借鉴其阅读推广经验。"]),
     ("全县乡村教师培训班在县教师发展中心开班", ["本期培训为期五天，共有一百二十名乡村教师参加。", "培训内容包括新课标解读、课堂教学设计和信息技术应用。", "培训结束后将进行考核，合格者计入继续教育学时。"]),
     ("县教育局部署学生防溺水安全教育工作", ["夏季是溺水事故高发期，各校要利用放学前五分钟开展安全提醒。", "各乡镇中心学校要配合村委会，对辖区内危险水域设立警示标志。", "县教育局将对工作落实不到位的学校进行通报。"])],
 1: [("我院举办2026届毕业生校园双选会", ["本次双选会吸引了省内外一百八十余家企业进校招聘，提供岗位三千余个。", "会场设置了电子商务、物流管理、会计等专业专区。", "学院就业指导中心现场为毕业生提供简历修改和面试咨询服务。"]),
     ("学院召开新学期教学工作会议", ["会议总结了上学期教学质量监测结果，部署本学期专业建设重点任务。", "各二级学院汇报了课程思政示范课建设进展。", "会议强调要进一步深化产教融合，扩大订单班培养规模。"]),
     ("电子商务专业学生在省职业院校技能大赛中获一等奖", ["我院代表队在直播电商赛项中表现突出，获得团体一等奖。", "参赛学生经过三个月集训，熟练掌握了选品、脚本策划和数据分析等技能。", "指导教师表示，将把比赛经验融入日常教学。"]),
     ("学院与鹤北市物流协会签订校企合作协议", ["根据协议，双方将共建现代物流实训基地，联合开发课程资源。", "协会会员企业每年为我院学生提供不少于二百个实习岗位。", "签约仪式后，双方就人才培养方案修订进行了座谈。"]),
     ("图书馆开展“世界读书日”系列活动", ["活动包括好书推荐、读书征文和经典诵读比赛。", "图书馆还延长了开放时间，方便学生课后借阅。", "活动共吸引一千余名师生参与。"]),
     ("学院组织开展消防应急疏散演练", ["演练在学生公寓区进行，模拟夜间突发火情。", "消防救援站官兵现场讲解了灭火器使用方法和逃生要点。", "全体参演学生在四分钟内全部疏散到安全区域。"])],
 2: [("云泷市开展入河排污口排查整治专项行动", ["市生态环境局组织技术人员对全市主要河流沿线进行拉网式排查。", "排查共发现各类排污口三百余个，已全部建立台账。", "下一步将按照“一口一策”原则分类推进整治。"]),
     ("市生态环境局召开重点排污单位环境信息公开培训会", ["培训会解读了企业环境信息依法披露的相关规定。", "全市八十余家重点排污单位的环保负责人参加培训。", "执法人员提醒企业按时在线填报年度环境信息。"]),
     ("云泷市6月份环境空气质量状况通报", ["6月份全市环境空气质量优良天数比例为百分之九十三点三。", "细颗粒物平均浓度同比下降百分之六点一。", "臭氧仍是影响空气质量的首要污染物。"]),
     ("市生态环境局开展六五环境日宣传活动", ["活动现场设置了垃圾分类互动、环保知识问答等展位。", "工作人员向市民发放宣传资料两千余份。", "多家企业开放了污水处理设施供市民参观。"]),
     ("云泷市完成年度土壤污染状况详查任务", ["详查覆盖全市重点行业企业用地和农用地。", "检测数据已录入全国土壤环境信息平台。", "市生态环境局将根据详查结果开展风险管控。"]),
     ("市生态环境执法支队查处一起违法排放案件", ["执法人员在夜间检查中发现某企业通过暗管排放生产废水。", "执法支队依法对该企业作出罚款并责令改正的决定。", "相关线索已移送公安机关进一步调查。"])],
 3: [("我校举行2026年教师节表彰大会", ["大会表彰了一批优秀教师、优秀教育工作者和师德标兵。", "校长在讲话中回顾了学校一年来的教学科研成果。", "受表彰教师代表作了发言，表示将继续立德树人、潜心育人。"]),
     ("教育科学学院开展师范生教学技能比赛", ["比赛分为教学设计、模拟授课和板书三个环节。", "来自八个专业的六十名师范生参加了决赛。", "评委由中小学一线名师和学院教师共同担任。"]),
     ("我校获批两项国家社会科学基金项目", ["获批项目分别涉及乡村教育振兴和地方文献整理研究。", "项目负责人表示将按计划组织团队开展调研。", "科研处将做好项目经费管理和过程服务。"]),
     ("学校召开本科教学审核评估整改推进会", ["会议通报了各单位整改任务完成情况。", "学校要求各单位对照问题清单逐项销号。", "教务处将开展专项检查，确保整改实效。"]),
     ("溪州师范学院与溪州市教育局共建教师发展学校", ["双方将在教师培训、教研合作和实习基地建设方面深化合作。", "首批共建学校共十所，覆盖城区和县域。", "学院将选派教师到共建学校开展驻校指导。"]),
     ("我校学生合唱团在省大学生艺术展演中获奖", ["合唱团演唱的两首作品获得声乐类一等奖。", "合唱团成立十年来坚持每周排练，多次参加省级展演。", "音乐学院表示将继续加强艺术实践育人。"])],
 4: [("杉茵区2026年上半年国民经济运行情况", ["上半年全区地区生产总值同比增长百分之五点八。", "规模以上工业增加值增长百分之七点二，社会消费品零售总额稳步回升。", "区统计局将加强对重点行业的监测分析。"]),
     ("关于进一步规范福利彩票销售网点管理的通知", ["根据国家彩票管理有关规定，区民政局会同福彩中心对辖区销售网点开展规范检查。", "销售网点不得向未成年人销售彩票，不得以赊账或透支方式销售。", "检查中发现违规销售行为的，将依法依规暂停直至取消其销售资格。"]),
     ("杉茵区开展老旧小区改造意见征集", ["今年全区计划改造老旧小区二十六个，涉及居民四千余户。", "各街道将通过入户走访和居民议事会听取群众意见。", "征集期为三十日，居民可通过政务服务热线反映诉求。"]),
     ("区政府召开安全生产工作专题会议", ["会议听取了汛期安全生产和自然灾害防范工作汇报。", "会议要求各部门压实责任，做好危化品、建筑施工等重点领域排查。", "区应急管理局将牵头开展督导检查。"]),
     ("杉茵区公布2026年民生实事项目进展", ["截至目前，二十项民生实事中已有九项完成年度目标。", "新增公办幼儿园学位六百个，社区食堂建成十五家。", "区政府将定期向社会公布项目进展。"]),
     ("区人社局举办退役军人专场招聘会", ["招聘会组织六十余家企业提供岗位一千二百个。", "现场达成初步就业意向三百余人。", "区人社局还开设了政策咨询台和职业指导台。"])],
}
LEGIT_IDX = {0: 2, 4: 1}   # site -> topic index of the legit article
SOURCES = {0: ["县教育局", "县教育局办公室", "县教研室"], 1: ["党委宣传部", "招生就业处", "教务处"],
           2: ["市生态环境局", "执法支队", "监测站"], 3: ["党委宣传部", "教务处", "科研处"], 4: ["区政府办公室", "区民政局", "区统计局"]}

HIDDEN_LINKS = ["{b}官网", "{b}注册送88", "{b}app下载", "{b}真人视讯", "{b}登录入口"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def injection(si, site, rng, pos):
    b = site["brand"]
    f = site["form"]
    if f == "hidden-link-block":
        links = "".join('<a href="https://www.cuiniaohui%d.vip/">%s</a>' % (i, t.format(b=b)) for i, t in enumerate(HIDDEN_LINKS))
        sty = ["display:none", "position:absolute;left:-9999px", "display:none;visibility:hidden"][pos]
        return '<div style="%s">%s</div>' % (sty, links), [t.format(b=b) for t in HIDDEN_LINKS]
    if f == "cloak-title-script":
        st = b + "_官方网站-真人百家乐首存优惠"
        js = ('<script>if(!/spider|bot|slurp/i.test(navigator.userAgent)){document.title="%s";}</script>')
        return (st, js), [st]
    if f == "spam-line-above-article":
        line = "【%s】线上开桌 斗地主麻将24小时在线 加微信wpw6688领体验金" % b
        return '<p style="font-size:12px;color:#fff">%s</p>' % line, [line]
    if f == "brand-credit-source":
        return b, [b]
    if f == "sold-friendlink-block":
        names = [b, "赤枫岭百家乐", "赤枫岭体育投注", "赤枫岭电子游艺"]
        lis = "".join('<li><a href="https://chifengling.bet/?r=%d" target="_blank">%s</a></li>' % (i, n) for i, n in enumerate(names))
        return lis, names


def page(si, site, k, art, hij, rng, n, date):
    title, paras = art
    src = rng.choice(SOURCES[si])
    auth = rng.choice(SURN) + rng.choice(GIVEN)
    hits = rng.randint(80, 3000)
    inj, spam = (injection(si, site, rng, k % 3) if hij else (None, []))
    body = "".join("<p>%s</p>\n" % esc(p) for p in paras)
    shown_src = src
    true_src = src
    if si == 0:
        top = ('<div class="lt-top"><span>欢迎访问鹭汀县教育局门户网站</span><a href="/">设为首页</a></div>\n'
               '<div class="lt-banner"><h1>鹭汀县教育局</h1></div>\n'
               '<ul class="lt-menu"><li><a href="/">首页</a></li><li><a href="/ltjy/xwdt/">教育动态</a></li><li><a href="/ltjy/tzgg/">通知公告</a></li><li><a href="/ltjy/zcfg/">政策法规</a></li><li><a href="/ltjy/xxgk/">信息公开</a></li></ul>\n')
        side = '<div class="lt-aside"><h4>热点专题</h4><ul><li>义务教育招生</li><li>学前教育普惠</li><li>双减工作</li></ul></div>\n'
        meta = '<div class="lt-info">发布日期：%s&nbsp;&nbsp;信息来源：%s&nbsp;&nbsp;作者：%s&nbsp;&nbsp;点击：%d</div>\n' % (date, esc(src), auth, hits)
        art_html = '<div class="lt-article"><h2 class="lt-h">%s</h2>\n%s<div class="lt-zw">\n%s</div></div>\n' % (esc(title), meta, body)
        foot = '<div class="lt-foot">主办：鹭汀县教育局　地址：鹭汀县迎宾路18号　备案号：鹭ICP备05012693号</div>\n'
        inner = top + '<div class="lt-mid">' + side + art_html + '</div>\n' + foot
        if inj:
            if k % 3 == 0: inner = inner.replace(foot, inj + "\n" + foot)
            elif k % 3 == 1: inner = inner + inj + "\n"
            else: inner = inner.replace('<div class="lt-mid">', inj + '\n<div class="lt-mid">')
        head = '<title>%s-鹭汀县教育局</title>' % esc(title)
    elif si == 1:
        top = ('<table class="hb-headtab" width="1000" align="center"><tr><td class="hb-logo">鹤北商业职业学院</td><td class="hb-quick"><a href="/">首页</a> | <a href="/yxsz/">院系设置</a> | <a href="/zsjy/">招生就业</a> | <a href="/xyxw/">学院新闻</a></td></tr></table>\n')
        meta = '<td class="hb-zz">作者：%s　　来源：%s　　发布时间：%s　　阅读：%d次</td>' % (auth, esc(src), date, hits)
        art_html = ('<table class="hb-body" width="1000" align="center"><tr><td class="hb-l" width="220">当前位置：首页 &gt; 学院新闻</td>'
                    '<td class="hb-r"><table><tr><td class="hb-bt">%s</td></tr><tr>%s</tr><tr><td class="hb-nr">\n%s</td></tr></table></td></tr></table>\n') % (esc(title), meta, body)
        foot = '<table class="hb-ft" width="1000" align="center"><tr><td>版权所有 鹤北商业职业学院　地址：鹤北市学府大道99号</td></tr></table>\n'
        inner = top + art_html + foot
        if inj:
            st, js = inj
            head = '<title>%s</title>%s' % (esc(st), js % esc(title))
            if k % 3 == 1:
                head = '<title>%s</title>' % esc(st)
                inner = inner + js % esc(title) + "\n"
        else:
            head = '<title>%s - 鹤北商业职业学院</title>' % esc(title)
    elif si == 2:
        top = ('<header class="yl-hd"><div class="yl-emblem">云泷市生态环境局</div><form class="yl-search"><input name="q"></form></header>\n'
               '<nav class="yl-daohang"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/hjzl/">环境质量</a><a href="/zfxxgk/">政府信息公开</a><a href="/hdjl/">互动交流</a></nav>\n')
        meta = ('<table class="yl-gkb"><tr><th>发文机构</th><td>%s</td><th>发布日期</th><td>%s</td></tr><tr><th>作者</th><td>%s</td><th>浏览次数</th><td>%d</td></tr></table>\n'
                % (esc(src), date, auth, hits))
        art_html = '<section class="yl-wz"><h1 class="yl-wzbt">%s</h1>\n%s<div class="yl-wznr">\n%s</div></section>\n' % (esc(title), meta, body)
        foot = '<footer class="yl-db">云泷市生态环境局 版权所有　网站标识码：5309000021</footer>\n'
        inner = top + art_html + foot
        if inj:
            if k % 3 == 0: inner = inner.replace('<div class="yl-wznr">\n', '<div class="yl-wznr">\n' + inj + "\n")
            elif k % 3 == 1: inner = inner.replace('<section class="yl-wz">', inj + '\n<section class="yl-wz">')
            else: inner = inner.replace(meta, meta + inj + "\n")
        head = '<title>%s_云泷市生态环境局</title>' % esc(title)
    elif si == 3:
        if inj:
            shown_src = inj
            true_src = None
        top = ('<div id="xz-top"><img alt="溪州师范学院" src="/images/logo.gif"></div>\n'
               '<div id="xz-menu"><a href="/">学校首页</a><a href="/xxgk.htm">学校概况</a><a href="/xwzx.htm">新闻中心</a><a href="/jxky.htm">教学科研</a></div>\n')
        meta = '<div id="xz-src">%s　来源：%s　编辑：%s　浏览：%d</div>\n' % (date, esc(shown_src), auth, hits)
        art_html = '<div id="xz-wz"><div id="xz-bt">%s</div>\n%s<div id="xz-nr">\n%s</div></div>\n' % (esc(title), meta, body)
        foot = '<div id="xz-foot">Copyright 溪州师范学院 地址：溪州市师院路1号</div>\n'
        if inj and k % 3 != 0:
            spam = spam + ["漱玉坊彩票网 www.shuyufang.cc"]
            foot = '<div id="xz-foot">Copyright 溪州师范学院 地址：溪州市师院路1号 技术支持：%s</div>\n' % spam[-1]
        inner = top + art_html + foot
        head = '<title>%s-溪州师范学院</title>' % esc(title)
    else:
        top = ('<div class="sy-tou"><div class="sy-mc">杉茵区人民政府</div><div class="sy-rq">今天是 2026年</div></div>\n'
               '<div class="sy-lm"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/gzcy/">公众参与</a><a href="/zjsy/">走进杉茵</a></div>\n')
        meta = '<div class="sy-sx"><span>来源：%s</span><span>作者：%s</span><span>发布时间：%s</span><span>访问量：%d</span></div>\n' % (esc(src), auth, date, hits)
        art_html = '<div class="sy-wenzhang"><h3 class="sy-timu">%s</h3>\n%s<div class="sy-zhengwen">\n%s</div></div>\n' % (esc(title), meta, body)
        gov_links = '<li><a href="#">国家政务服务平台</a></li><li><a href="#">省人民政府</a></li><li><a href="#">市人民政府</a></li>'
        if inj:
            gl = gov_links + inj if k % 3 != 2 else inj + gov_links
        else:
            gl = gov_links
        foot = '<div class="sy-yq"><span>友情链接：</span><ul>%s</ul></div>\n<div class="sy-bq">杉茵区人民政府办公室 主办</div>\n' % gl
        inner = top + art_html + foot
        head = '<title>%s - 杉茵区人民政府</title>' % esc(title)
    charset = site["enc"]
    html = ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s\n</head>\n<body>\n%s</body>\n</html>\n'
            % (charset, head, inner))
    truth = dict(id="sy26-%03d" % n, url="https://%s%s" % (site["host"], site["path"].format(m=int(date[5:7]), n=rng.randint(1000, 99999))),
                 title=title, date=date, source=true_src, author=auth, text="\n".join(paras), hijacked=bool(hij),
                 injections=[site["form"]] if hij else [], spam_strings=spam, legit=LEGIT_IDX.get(si) == k,
                 lang="zh", origin="synthetic-generator-v26", kind="synthetic", site=site["host"], capture="html",
                 encoding=charset, template=site["tpl"])
    return html, truth


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    n = 0
    for si, site in enumerate(SITES):
        arts = TOPICS[si]
        legit_k = LEGIT_IDX.get(si)
        cand = [k for k in range(6) if k != legit_k]
        hij = set(rng.sample(cand, 3))
        for k in range(6):
            n += 1
            date = "2026-%02d-%02d" % (rng.randint(1, 11), rng.randint(1, 28))
            html, t = page(si, site, k, arts[k], k in hij, rng, n, date)
            with open(os.path.join(OUT, "html", t["id"] + ".html"), "wb") as f:
                f.write(html.encode(site["enc"]))
            rows.append(t)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for t in rows:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
