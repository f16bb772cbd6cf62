# -*- coding: utf-8 -*-
"""Build bench/data/dev/synthetic-v44/ (40 pages; pending-v44/ at collection, heldout/ until v44 was spent,
2026-12-07) from the templates and articles next to this file.

Fixed seed, no clock, no environment: a re-run writes the same bytes.
Usage: python3 make_set.py [OUT_DIR]   (default: ../synthetic-v44)
"""
import base64
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import SITE_ARTICLES, SINGLE_ARTICLES  # noqa: E402
from templates import TEMPLATES  # noqa: E402

SEED = 4444
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v44")

# Invented brand stems (each checked against every dev spam string by validate_v44s.py).
BRANDS = ["澜沧汇", "霁虹体育", "砚洲国际", "暮色私享", "鹤庐真人", "玄鸮影视", "玳瑁国际", "极光真人", "昆吾体育",
          "丹枫棋牌", "琉光电竞", "岱宗体育", "檀宫", "溯光体育", "棠棣棋牌", "璃月电竞", "瀚宸", "星岚电竞",
          "虹猫直播", "翎羽电竞", "溟海体育", "曜石国际", "苇渡", "北辰体育"]


def js_hex2(s):
    out = []
    for c in s:
        o = ord(c)
        out.append("\\x%02x" % o if o < 128 else "\\u%04x" % o)
    return "".join(out)


# ---------------------------------------------------------------- sites
SITES = {
    "S1": dict(tpl="A", host="www.lipixian.gov.cn", name="澧陂县人民政府", col=("工作动态", "xwzx/gzdt"),
               nav=[("政务要闻", "xwzx"), ("政府信息公开", "zwgk"), ("政务服务", "zwfw"), ("政民互动", "hdjl"), ("走进澧陂", "zjlp")],
               links=[("省人民政府", "http://www.gov.cn/"), ("市人民政府", "/link/sz.html")],
               addr="澧陂县城关镇府前路1号", code="4310270011", icp="湘ICP备05007213号", tel="0736-5212001",
               url=lambda m: f"https://www.lipixian.gov.cn/xwzx/gzdt/{m['date']}/{m['id']}.html"),
    "S2": dict(tpl="C", host="czj.tangzhou.gov.cn", name="棠州市财政局", col=("通知公告", "tzgg"),
               nav=[("机构概况", "jggk"), ("政府信息公开", "xxgk"), ("财政资金直达", "zjzd"), ("政策解读", "zcjd"), ("互动交流", "hdjl")],
               links=[("中华人民共和国财政部", "http://www.mof.gov.cn/"), ("棠州市人民政府", "/link/tz.html")],
               addr="棠州市新华路218号", code="3607000023", icp="赣ICP备06001388号-2", tel="0797-8120315",
               url=lambda m: f"https://czj.tangzhou.gov.cn/xxgk/tzgg/{m['date'][:7].replace('-', '')}/{m['uid']}.shtml"),
    "S3": dict(tpl="D", host="news.jzlgxy.edu.cn", name="江渚理工学院", col=("学院要闻", ""), slogan="明德 精工 求是 创新",
               nav=[("学院要闻", ""), ("教学科研", ""), ("校园动态", ""), ("媒体江理", ""), ("专题专栏", "")],
               links=[], addr="江渚市高新区学府大道66号", icp="苏ICP备07018844号", tel="0519-8621001",
               url=lambda m: f"https://news.jzlgxy.edu.cn/index.php?module=News&type=user&func=display&sid={m['id']}"),
    "S4": dict(tpl="B", host="www.wxerzhong.com", name="汶溪市第二中学", col=("校园新闻", ""),
               nav=[("学校概况", ""), ("校园新闻", ""), ("教学教研", ""), ("德育天地", ""), ("招生信息", "")],
               links=[("汶溪市教育局", "http://jyj.wenxi.gov.cn/"), ("国家中小学智慧教育平台", "https://basic.smartedu.cn/")],
               addr="汶溪市建设路128号", icp="闽ICP备12004520号-1", tel="0595-2271083",
               url=lambda m: f"http://www.wxerzhong.com/index.php?_m=mod_article&_a=article_content&article_id={m['id']}"),
}
SITE_HIJACKED = {"S1": [0, 1, 3], "S2": [1, 4], "S3": [0, 1, 3], "S4": [1, 3]}
SITE_LEGIT = {("S1", 2), ("S2", 2)}


def site_injection(key):
    """One injection per site, the same bytes on each hijacked page of it."""
    if key == "S1":  # off-screen link block in the footer
        items = ["澜沧汇体育", "澜沧汇体育网页版登录", "澜沧汇在线买球", "澜沧汇电子游艺大厅"]
        block = ('<div style="position:absolute;top:0;left:-7321px;width:600px;height:1px;overflow:hidden">'
                 + "".join(f'<a href="https://www.lch{i}77.top/" title="{t}">{t}</a>' for i, t in enumerate(items))
                 + "</div>")
        return dict(footer=block), items, ["offscreen-link-block"], None
    if key == "S2":  # keyword-stuffed <title> (the article's title kept at the end) + keywords meta
        stuffed = "霁虹体育官网入口_霁虹体育APP最新版_霁虹体育在线滚球"
        return (dict(title_tag_fmt=stuffed + "_{title}",
                     head='<meta name="keywords" content="霁虹体育,霁虹体育官网入口,霁虹体育在线滚球">'),
                [stuffed, "霁虹体育"], ["keyword-stuffed-title"], None)
    if key == "S3":  # spider cloak (links written for crawlers) + search-referrer redirect, in <head>
        links = "".join(f"<a href=\\'https://yz{i}.yanzhou-guoji.vip/\\'>{t}</a>" for i, t in enumerate(["砚洲国际", "砚洲国际真人视讯", "砚洲国际体育投注站"]))
        js = ("<script type=\"text/javascript\">\n"
              "(function(){var ua=navigator.userAgent.toLowerCase(),rf=document.referrer.toLowerCase();\n"
              "if(/baiduspider|sogou web spider|360spider|bytespider|yisouspider/.test(ua)){\n"
              f"document.write('<div id=\\'zk_nl\\'>{links}</div>');return;}}\n"
              "if(/(baidu|sogou|so|sm|toutiao)\\.(com|cn)/.test(rf)){setTimeout(function(){window.location.replace('https://yz0.yanzhou-guoji.vip/?from=jz');},300);}\n"
              "})();\n</script>")
        return dict(head=js), ["砚洲国际", "砚洲国际真人视讯", "砚洲国际体育投注站"], ["spider-cloak-links", "referrer-redirect"], None
    if key == "S4":  # porn keyword line above the masthead, and the same words as <title>
        line = "暮色私享频道_深夜剧场高清版_成年视频免费看_两性私房话题"
        top = f'<h1 style="font-size:14px;text-align:center;margin:0">{line}</h1>'
        return dict(top=top, title_tag_fmt=line), [line], ["porn-keyword-line-top", "porn-title"], None
    raise KeyError(key)


# ---------------------------------------------------------------- single pages
SINGLE_TPL = ["E", "A", "C", "D", "F", "B", "E", "A", "D", "F", "B", "C", "E", "A", "B", "D", "C", "F", "E", "B"]
SINGLE_CLEAN = {2, 5}  # both legit (court verdict on online gambling, sports-lottery outlet rules)


def single_injection(i, art, rng):
    """Return (inj, spam_strings, forms, marker, truth_overrides, url_host_override)."""
    t = art["title"]
    if i == 0:
        s = "鹤庐真人视讯_鹤庐真人官方网址"
        return dict(title_tag=f"{t}-{s}", head=f'<meta name="description" content="{s}，鹤庐真人荷官在线">'), [s, "鹤庐真人荷官在线"], ["title-suffix-spam"], None, {}, None
    if i == 1:
        line = "玄鸮影视_深夜高清无删减_私密成人频道"
        top = f'<div style="background:#fff;color:#333;font-size:12px;line-height:20px;text-align:left">{line}</div>'
        return dict(top=top), [line], ["porn-keyword-line-top"], None, {}, None
    if i == 3:
        s = "玳瑁国际·老牌平台·日结提现"
        return dict(author_html=s), [s], ["spam-byline-author"], None, {"author": None}, None
    if i == 4:
        s = "极光真人荷官实时发牌，首充返水百分之二十，详询极光真人客服。"
        return dict(para=[(0, f"<p>{s}</p>")]), [s], ["body-spam-line"], None, {}, None
    if i == 6:
        html = ('<div style="position:fixed;left:0;right:0;bottom:0;z-index:99999;background:#c00;text-align:center;padding:8px">'
                '<a href="https://m.kunwu-ty.com/reg?c=2207" style="color:#fff;font-size:18px">昆吾体育 新用户首存百分百返利 点击领取</a></div>')
        js = f'<script language="javascript">document.write("{js_hex2(html)}");</script>'
        return dict(end=js), [], ["hex-docwrite-banner"], js_hex2(html)[:48], {}, None
    if i == 7:
        s = "丹枫棋牌 赢现金"
        return dict(source_html=s), [s], ["spam-source"], None, {"source": None}, None
    if i == 8:
        js = ("<script>\n"
              "var _lg_k='lg_seen';\n"
              "if(document.cookie.indexOf(_lg_k)<0){var _lg_r=document.referrer;\n"
              "if(_lg_r&&/\\/\\/(www\\.|m\\.)?(baidu|sogou|so|sm|bing)\\./i.test(_lg_r)){document.cookie=_lg_k+'=1;path=/;max-age=86400';\n"
              "window.top.location.href='https://liuguang-dj.net/go.php?s='+encodeURIComponent(location.host);}}\n"
              "</script>")
        return dict(head=js), [], ["referrer-cloak-redirect"], "liuguang-dj.net/go.php", {}, None
    if i == 9:
        s = "技术支持：岱宗体育"
        return dict(footer=f'<p class="k_tech"><a href="https://www.daizong-sports.cc/" target="_blank">{s}</a></p>'), [s], ["brand-credit-footer"], None, {}, None
    if i == 10:
        s = "檀宫娱乐场_檀宫线上真人_檀宫电子"
        blk = f'<h2 style="text-indent:-9999px;height:0;margin:0;overflow:hidden">{s}</h2>'
        return dict(after_title=blk), [s], ["text-indent-hidden-heading"], None, {}, None
    if i == 11:
        items = [("溯光体育", "https://www.suguang-ty.com/"), ("棠棣棋牌", "https://www.tangdi-qp.com/"), ("璃月电竞", "https://www.liyue-dj.com/"), ("溯光体育app", "https://app.suguang-ty.com/")]
        links = "".join(f'<a href="{u}" target="_blank">{n}</a>' for n, u in items)
        return dict(links=links), [n for n, _ in items], ["friend-links-sold"], None, {}, None
    if i == 12:
        nav = "".join(f'<a href="https://www.hanchen-yl.com/{p}">{n}</a> ' for n, p in [("瀚宸娱乐首页", ""), ("瀚宸真人", "zr/"), ("瀚宸体育", "ty/")])
        return (dict(top=f'<div class="mirror-nav">{nav}</div>', title_tag=f"{t}_瀚宸资讯"),
                ["瀚宸娱乐首页", "瀚宸真人", "瀚宸体育", "瀚宸资讯"], ["mirror", "mirror-nav-links"], None, {},
                "www.hanchen-yl.com")
    if i == 13:
        target = "https://xl.xinglan-esports.cn/m/?from="
        codes = ",".join(str(ord(c)) for c in target)
        js = ("<script type=\"text/javascript\">\n"
              "if(/android|iphone|ipad|mobile/i.test(navigator.userAgent)){var _xl=[" + codes + "];\n"
              "var _u='';for(var k=0;k<_xl.length;k++){_u+=String.fromCharCode(_xl[k]);}\n"
              "location.replace(_u+encodeURIComponent(location.pathname));}\n</script>")
        return dict(head=js), [], ["charcode-mobile-redirect"], "String.fromCharCode(_xl[k])", {}, None
    if i == 14:
        return dict(head='<meta http-equiv="refresh" content="2;url=https://www.hongmao-zb.live/?r=ys">'), [], ["meta-refresh-takeover"], "hongmao-zb.live/?r=ys", {}, None
    if i == 15:
        s = "翎羽电竞竞猜 LPL赛事实时赔率 翎羽电竞下注"
        blk = f'<marquee width="1" height="1" scrollamount="2">{s}</marquee>'
        return dict(after_body=blk), [s], ["marquee-1px"], None, {}, None
    if i == 16:
        html = ('<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:2147483647;background:#000">'
                '<iframe src="https://www.minghai-sports.com/h5/" style="width:100%;height:100%;border:0"></iframe></div>')
        b64 = base64.b64encode(html.encode("utf-8")).decode("ascii")
        js = f'<script>(function(d){{var p="{b64}";d.write(window.atob(p));}})(document);</script>'
        return dict(end=js), [], ["atob-fullscreen-iframe"], b64[:40], {}, None
    if i == 17:
        payload = "if(/(baidu|sogou|sm|so)\\./.test(document.referrer)&&/mobile|android|iphone/i.test(navigator.userAgent)){top.location.href='https://h5.yaoshi-guoji.com/?a=88';}"
        rev = payload[::-1].replace("\\", "\\\\").replace("'", "\\'")
        js = f"<script type=\"text/javascript\">new Function('{rev}'.split('').reverse().join(''))();</script>"
        return dict(footer=js), [], ["reversed-function-loader"], ".split('').reverse().join(''))()", {}, None
    if i == 18:
        kws = "苇渡体育_苇渡体育官网_苇渡真人在线"
        blk = f'<div style="display:none">{kws}。苇渡体育提供足球、篮球、电竞赛事投注，苇渡真人在线，支持多种方式存取款。</div>'
        return (dict(after_body=blk, title_tag=f"{kws}-{t}"),
                [kws, "苇渡体育提供足球、篮球、电竞赛事投注", "支持多种方式存取款"], ["display-none-keyword-block", "keyword-stuffed-title"], None, {}, None)
    if i == 19:
        s = "本文转自：北辰体育资讯"
        js = '<script>document.title="北辰体育资讯_北辰体育官方平台";</script>'
        return (dict(after_body=f'<p class="outlet" style="text-align:right;color:#999">{s}</p>', end=js),
                [s, "北辰体育资讯_北辰体育官方平台"], ["outlet-mark", "title-rewrite-script"], None, {}, None)
    raise KeyError(i)


SINGLE_HOSTS = ["zjj.qiaoyang.gov.cn", "www.meijiang.gov.cn", "hcqfy.gov.cn", "www.lfzyjsxy.edu.cn", "www.lanqiao-zhen.gov.cn",
                "tyj.pingpu.gov.cn", "www.yxxzyy.com", "tyjrswj.xunzhou.gov.cn", "news.tingze.edu.cn", "www.jiaxiangaj.gov.cn",
                "www.shayulib.org.cn", "zjj.ruicheng-x.gov.cn", "xww.lxsfxy.edu.cn", "scjgj.zhuyang.gov.cn", "www.yishuiyiyuan.com",
                "www.tongxixian.gov.cn", "mzj.jizhou-s.gov.cn", "kx.luzhou-s.org.cn", "jyj.yueyangxian-ly.gov.cn", "www.chengpu.gov.cn"]

ADDR = ["{}政务服务中心", "{}人民路{}号", "{}建设大道{}号", "{}新城区{}号"]


def site_for_single(i, art, tpl, rng):
    unit = art["unit"]
    host = SINGLE_HOSTS[i]
    nav_sets = {
        "gov": [("机构概况", "jggk"), ("新闻动态", "xwdt"), ("信息公开", "xxgk"), ("办事服务", "bsfw"), ("互动交流", "hdjl")],
        "edu": [("学校概况", "xxgk"), ("新闻中心", "xwzx"), ("教育教学", "jyjx"), ("招生就业", "zsjy"), ("校园文化", "xywh")],
        "hos": [("医院概况", "yygk"), ("新闻动态", "xwdt"), ("科室导航", "ksdh"), ("就医指南", "jyzn"), ("健康科普", "jkkp")],
    }
    kind = "edu" if ("学院" in unit or "大学" in unit) else "hos" if "医院" in unit else "gov"
    nav = nav_sets[kind]
    prov = rng.choice(["湘", "赣", "皖", "鄂", "浙", "闽", "桂", "黔", "滇", "豫"])
    site = dict(host=host, name=unit, col=(nav[1][0], nav[1][1]), nav=nav,
                links=[("中国政府网", "http://www.gov.cn/")] if kind == "gov" else [("教育部", "http://www.moe.gov.cn/")] if kind == "edu" else [("国家卫生健康委员会", "http://www.nhc.gov.cn/")],
                addr=(rng.choice(ADDR).format(unit[:3], rng.randint(8, 300))), code=str(rng.randint(10 ** 9, 10 ** 10 - 1)),
                icp=f"{prov}ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号", tel=f"0{rng.randint(710, 899)}-{rng.randint(2000000, 8999999)}",
                slogan="厚德 博学" if kind == "edu" else "服务群众 务实高效", base=f"https://{host}/news")
    return site, kind


def single_url(tpl, host, art, meta):
    d = art["date"]
    if tpl == "A":
        return f"https://{host}/{meta['colpath']}/{d}/{meta['id']}.html"
    if tpl == "B":
        return f"https://{host}/index.php?_m=mod_article&_a=article_content&article_id={meta['id']}"
    if tpl == "C":
        return f"https://{host}/xxgk/{meta['colpath']}/{d[:7].replace('-', '')}/{meta['uid']}.shtml"
    if tpl == "D":
        return f"https://{host}/index.php?module=News&type=user&func=display&sid={meta['id']}"
    if tpl == "E":
        return f"https://{host}/news/{d[:4]}/{d[5:7]}/post-{meta['id']}.html"
    return f"https://{host}/{meta['colpath']}/{d[:4]}/{d[5:7]}{d[8:]}/{meta['id']}.html"


def make_meta(rng, art, others):
    pid = rng.randint(1200, 98000)
    prev_t, next_t = others
    return dict(id=pid, time=f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                classid=rng.randint(2, 40), views=rng.randint(120, 4800), logo=rng.randint(100, 999),
                uid="".join(rng.choice("0123456789abcdef") for _ in range(16)),
                index_no=f"{rng.randint(10 ** 8, 10 ** 9 - 1)}/{art['date'][:4]}-{rng.randint(100, 9999):05d}",
                made=art["date"], topic=rng.choice(["财政、金融、审计", "财政、金融、审计", "综合政务"]) if "财" in art.get("source", "") + art["title"] else "综合政务",
                doc_no=(f"棠财发〔{art['date'][:4]}〕{rng.randint(2, 40)}号" if art["title"].endswith("通知") else ""),
                cat=rng.randint(2, 9), prev_title=prev_t, next_title=next_t,
                prev_path=f"{pid - rng.randint(1, 9)}.html", next_path=f"{pid + rng.randint(1, 9)}.html",
                cn_date=f"{int(art['date'][:4])}年{int(art['date'][5:7])}月{int(art['date'][8:])}日", colpath="")


def render(tpl, site, art, inj, meta):
    inj = dict(inj)
    if "title_tag_fmt" in inj:
        inj["title_tag"] = inj.pop("title_tag_fmt").format(title=art["title"])
    fn, enc = TEMPLATES[tpl]
    return fn(site, art, inj, meta), enc


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    n = 0
    all_titles = [a["title"] for k in sorted(SITE_ARTICLES) for a in SITE_ARTICLES[k]] + [a["title"] for a in SINGLE_ARTICLES]
    for key in ["S1", "S2", "S3", "S4"]:
        site = SITES[key]
        arts = SITE_ARTICLES[key]
        inj_site, spam_site, forms_site, marker_site = site_injection(key)
        for j, art in enumerate(arts):
            n += 1
            pid = f"sv44-{n:03d}"
            meta = make_meta(rng, art, (arts[j - 1]["title"], arts[(j + 1) % len(arts)]["title"]))
            meta["colpath"] = site["col"][1]
            hij = j in SITE_HIJACKED[key]
            html, enc = render(site["tpl"], site, art, inj_site if hij else {}, meta)
            url = site["url"](dict(meta, date=art["date"]))
            rows.append(dict(pid=pid, html=html, enc=enc, truth=dict(
                id=pid, url=url, title=art["title"], date=art["date"], source=art["source"], author=art["author"],
                text="\n".join(art["paras"]), hijacked=hij, injections=forms_site if hij else [],
                spam_strings=spam_site if hij else [], legit=(key, j) in SITE_LEGIT, lang="zh",
                origin=(f"synthetic: site {key} ({site['host']}), template {site['tpl']}, "
                        + (f"hijacked page sharing the site's injection ({'+'.join(forms_site)})" if hij else
                           ("clean page, legit lottery/gambling-regulation topic" if (key, j) in SITE_LEGIT else "clean page"))),
                kind="synthetic", site=site["host"], capture="html", encoding=enc, template=site["tpl"],
                marker=marker_site if hij else None)))
    for i, art in enumerate(SINGLE_ARTICLES):
        n += 1
        pid = f"sv44-{n:03d}"
        tpl = SINGLE_TPL[i]
        site, kind = site_for_single(i, art, tpl, rng)
        meta = make_meta(rng, art, (all_titles[(n + 7) % len(all_titles)], all_titles[(n + 13) % len(all_titles)]))
        meta["colpath"] = site["col"][1]
        art2 = dict(art)
        if i in SINGLE_CLEAN:
            inj, spam, forms, marker, over, host2 = {}, [], [], None, {}, None
        else:
            inj, spam, forms, marker, over, host2 = single_injection(i, art, rng)
        host = host2 or site["host"]
        if host2:
            site = dict(site, host=host2, base=f"https://{host2}/news")
        html, enc = render(tpl, site, art2, inj, meta)
        url = single_url(tpl, host, art, meta)
        truth = dict(id=pid, url=url, title=art["title"], date=art["date"], source=art["source"], author=art["author"],
                     text="\n".join(art["paras"]), hijacked=i not in SINGLE_CLEAN, injections=forms, spam_strings=spam,
                     legit=i in SINGLE_CLEAN, lang="zh",
                     origin=(f"synthetic: {kind} page on invented host, template {tpl}, "
                             + ("clean page, legit lottery/gambling-regulation topic" if i in SINGLE_CLEAN else
                                ("mirror: the unit's page copied whole onto an unrelated betting host with its nav links (hijacked, not legit)"
                                 if "mirror" in forms else f"injection {'+'.join(forms)}"))),
                     kind="synthetic", site=host, capture="html", encoding=enc, template=tpl, marker=marker)
        truth.update(over)
        rows.append(dict(pid=pid, html=html, enc=enc, truth=truth))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            data = r["html"].encode(r["enc"])  # strict: a char the charset lacks stops the build
            with open(os.path.join(OUT, "html", r["pid"] + ".html"), "wb") as h:
                h.write(data)
            f.write(json.dumps(r["truth"], ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} pages to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
