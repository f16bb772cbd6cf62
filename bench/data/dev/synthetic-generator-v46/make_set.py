"""Make bench/data/dev/synthetic-v46/ (pending-v46/ at collection, held out from 2026-12-07, dev since v46 was spent, 2026-12-07; 40 pages, 28 hijacked, 12 clean of which 4 legit).

python3 make_set.py [OUT]   (default: ../synthetic-v46).  Seed 4646; no clock, environment or file read besides
the two modules beside this one, so a re-run writes the same bytes.
"""
import base64
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import TOPICS, LEGIT, SURNAMES, GIVEN  # noqa: E402
import templates  # noqa: E402

SEED = 4646
# invented brand stems (validate_v46s.py checks them and every spam string against the dev spam strings)
BRANDS = ["箬岙", "鹄岭", "荇洲", "篁湾", "楸城", "蒹葭汇", "榧山", "芫沙", "蓁岛", "柞湖", "荻港", "枳园",
          "菰城", "藜原", "苎萝", "蕨溪", "杉屿", "莼湖", "槲寨", "栝楼", "荠湾"]
# invented hosts the injections point at (checked against the dev html too)
SPAM_HOSTS = ["m.ruoao-ty.vip", "hl8.hulingyl.cc", "xz.xingzhou-intl.net", "hw.huangwan365.top", "qc.qiucheng-qp.com",
              "jj.jianjiahui.live", "fs.feishan77.xyz", "ys.yuansha-ag.shop", "zd.zhendao-sport.icu",
              "zh.zuohu-dj.club", "dg.digang-zr.site", "zy.zhiyuan-ty.fun", "gc.guchengcp.win", "ly.liyuan88.bet",
              "zl.zhuluo-vip.cc", "jx.juexi-ds.com", "sy.shanyu-yl.vip", "ch.chunhu-bf.top", "hz.huzhai-tyc.com",
              "gl.gualou-cp.net", "jw.jiwan-dz.vip", "cl7.cl-redir.top", "www.sanmu-news.com"]
# S1 S2 S3 S4 hosts: 0, 17 (cloak), -, 2; single form k: host SPAM_HOSTS[SINGLE_HOST[k]]; mirror copy host: last
SINGLE_HOST = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 1]

rnd = random.Random(SEED)


def person():
    return rnd.choice(SURNAMES) + rnd.choice(GIVEN)


def nums():
    return dict(n1=rnd.randint(6, 19), n2=rnd.randint(21, 88), n3=round(rnd.uniform(1.2, 9.8), 1),
                n4=rnd.randint(3, 18), n5=rnd.randint(120, 980), n6=rnd.randint(86, 99), n7=rnd.randint(1100, 6800))


def fill(topic, place, date):
    kind, tt, src, paras = topic
    v = nums()
    v["p"] = place
    v["d"] = f"{date.month}月{date.day}日"
    return (tt.format(**v), src.format(**v), [p.format(**v) for p in paras])


# ---------------------------------------------------------------- sites and single hosts
SITES = [
    # id, template, host, site name, place, column, col_path, hijacked page numbers (1-5), legit page number
    ("S1", "Z1", "www.qiaoshan.gov.cn", "峤山县人民政府", "峤山县", "部门动态", "bmdt", (1, 3, 4), 5),
    ("S2", "Q2", "www.chengling.edu.cn", "澄岭学院", "澄岭学院", "综合新闻", "zhxw", (2, 4), None),
    ("S3", "W3", "xxgk.lanxi-qu.gov.cn", "澜溪区人民政府", "澜溪区", "政府信息公开", "xxgk", (1, 2, 5), 3),
    ("S4", "G4", "ajj.tongfeng.gov.cn", "桐丰县应急管理局", "桐丰县", "工作动态", "gzdt", (1, 3), None),
]
SINGLE_PLACES = ["岷阳县", "苍岑县", "汶渚县", "棠浦县", "溧坝县", "柘湾县", "琼台市", "栖岭县", "沂湾县",
                 "泸渡县", "枫泾县", "潼口市", "渠北县", "鹤台县", "乌浦县", "凤台县", "瓯湾市", "涧西县",
                 "巩台县", "蓝湾县"]


def single_site(i, tpl):
    # invented hosts/names for single pages
    pin = ["minyang", "cangcen", "wenzhu", "tangpu", "liba", "zhewan", "qiongtai", "qiling",
           "yiwan", "ludu", "fengjing", "tongkou", "qubei", "hetai", "wupu", "fengtai",
           "ouwan", "jianxi", "gongtai", "lanwan"][i]
    place = SINGLE_PLACES[i]
    if tpl in ("Q2", "P5"):
        name = place.rstrip("县市乡镇区") + "职业技术学院"
        host = f"www.{pin}zx.edu.cn"
        return host, name, name
    return f"www.{pin}.gov.cn", place + "人民政府", place


# ---------------------------------------------------------------- injections
def H(i):
    return SPAM_HOSTS[i]


def links_block(brand, host, words, style):
    a = "".join(f'<a href="https://{host}/{k}.html">{brand}{w}</a>' for k, w in enumerate(words))
    return f'<div style="{style}">{a}</div>', [brand + w for w in words]


def site_injection(sid):
    """one injection per site, shared by its hijacked pages"""
    if sid == "S1":  # links pushed far off the viewport, after the footer text
        html, ss = links_block(BRANDS[0], H(0), ["体育", "体育app下载", "视讯厅", "电竞投注"],
                               "position:fixed;top:-1200px;left:-1200px;width:1px;overflow:hidden")
        return dict(footer=html), ss, None, ["fixed-offscreen-links"]
    if sid == "S2":  # referrer + UA cloak in <head>: visitors from a search engine on a phone go to the spam host
        js = ("<script>(function(){var r=document.referrer||'',u=navigator.userAgent||'';"
              "var se=/(baidu|sogou|so\\.com|sm\\.cn|bing)\\./i.test(r),mb=/(iphone|android|mobile)/i.test(u);"
              "if(se&&mb){var h=['cl7','cl-redir','top'];window.location.replace('https://'+h[0]+'.'+h[1]+'.'+h[2]+'/?c=cl');}"
              "})();</script>")
        return dict(head=js), [], "var se=/(baidu|sogou|so\\.com|sm\\.cn|bing)\\./i.test(r)", ["search-mobile-cloak-redirect"]
    if sid == "S3":  # keyword-stuffed <title> (the headline stays in the metadata table and the h2)
        t = f"{BRANDS[1]}娱乐官网_{BRANDS[1]}娱乐平台注册_{BRANDS[1]}棋牌手机版下载"
        return dict(title=t), [f"{BRANDS[1]}娱乐官网", f"{BRANDS[1]}娱乐平台注册", f"{BRANDS[1]}棋牌手机版下载"], None, ["keyword-stuffed-title"]
    if sid == "S4":  # a notice strip in the header and a matching credit in the footer
        b = BRANDS[2]
        return (dict(header=f'<div class="gl_notice">【公告】{b}国际官方网站入口已更新，请牢记最新地址 {H(2)}</div>',
                     footer=f'<p>合作伙伴：<a href="https://{H(2)}/">{b}国际娱乐</a></p>'),
                [f"{b}国际官方网站入口已更新", f"{b}国际娱乐", H(2)], None, ["header-notice-line", "brand-credit-footer"])


def single_injection(k, page):
    """k-th single hijacked form -> inj, spam_strings, marker, forms, flags"""
    b = BRANDS[3 + k]
    h = SPAM_HOSTS[SINGLE_HOST[k]]
    flags = {}
    if k == 0:  # brand suffix on the <title>
        return dict(title=f"{page['title']}-{b}体育官方网站-{b}体育登录入口"), [f"{b}体育官方网站", f"{b}体育登录入口"], None, ["title-suffix-spam"], flags
    if k == 1:  # 作者 slot holds the brand
        flags["author_null"] = True
        return dict(author=f"{b}棋牌官网"), [f"{b}棋牌官网"], None, ["spam-byline-author"], flags
    if k == 2:  # 来源 slot holds the brand
        flags["source_null"] = True
        return dict(source=f"{b}真人百科"), [f"{b}真人百科"], None, ["spam-source"], flags
    if k == 3:  # one body line between paragraphs
        s = f"{b}电子游艺平台首存即送豪礼，官方认证网址{h}"
        return dict(body_line=f'<p style="text-indent:2em;">{s}</p>'), [s], None, ["body-spam-line"], flags
    if k == 4:  # hex-escaped document.write of a full-window iframe (code only)
        payload = (f'<iframe frameborder="0" scrolling="no" data-k="q1" src="https://{h}/?r=zx" '
                   f'style="width:100vw;height:100vh;position:absolute;z-index:2147483000;top:0;left:0;background:#fff"></iframe>')
        hexs = "".join("\\x%02X" % ord(c) for c in payload)
        js = f'<script type="text/javascript">var _0xq1="{hexs}";document.write(_0xq1);</script>'
        return dict(end=js), [], hexs[:120], ["hex-docwrite-iframe"], flags
    if k == 5:  # fromCharCode redirect for phones (code only), placed in the footer
        url = f"https://{h}/m/"
        codes = ",".join(str(ord(c)) for c in url)
        js = (f"<script>if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent)){{"
              f"setTimeout(function(){{top.location.href=String.fromCharCode({codes});}},300);}}</script>")
        return dict(footer=js), [], codes[:60], ["charcode-mobile-redirect"], flags
    if k == 6:  # meta refresh whole-page takeover (code only)
        m = f'<meta http-equiv="refresh" content="0;url=https://{h}/index.html?f=gov">'
        return dict(head=m), [], m, ["meta-refresh-takeover"], flags
    if k == 7:  # sold friend links under the article
        words = ["彩票开奖直播", "体育比分预测", "棋牌游戏中心"]
        html = '<div class="flink"><b>友情链接：</b>' + " | ".join(
            f'<a href="https://{h}/{i}/" target="_blank">{b}{w}</a>' for i, w in enumerate(words)) + "</div>"
        return dict(after_body=html), [b + w for w in words], None, ["friend-links-sold"], flags
    if k == 8:  # brand credit in the footer
        return dict(footer=f'<p class="tech">技术支持：<a href="https://{h}/">{b}娱乐城</a></p>'), [f"{b}娱乐城"], None, ["brand-credit-footer"], flags
    if k == 9:  # text-indent hidden heading right after the title
        s = f"{b}体育投注网站_{b}体育手机版"
        return dict(after_title=f'<h3 style="text-indent:-9999em;height:0;overflow:hidden">{s}</h3>'), [s], None, ["text-indent-hidden-heading"], flags
    if k == 10:  # porn keyword line at the top of the body text
        s = f"{b}午夜影视成人频道免费观看"
        return dict(body_top=f'<p><strong>{s}</strong></p>'), [s], None, ["porn-keyword-line-top"], flags
    if k == 11:  # outlet mark before the first paragraph, like a wire-service lead
        s = f"（{b}体育讯）"
        return dict(lead=s), [f"{b}体育讯"], None, ["outlet-mark-lead"], flags
    if k == 12:  # atob loader appending a full-screen iframe (code only), in <head>
        enc = base64.b64encode(f"https://{h}/?from=gov".encode()).decode()
        js = ("<script>window.addEventListener&&0;(function(){var s=atob('" + enc + "');"
              "var f=document.createElement('iframe');f.src=s;f.style.cssText='position:fixed;inset:0;width:100%;height:100%;border:0;z-index:2147483647';"
              "document.body.appendChild(f);})();</script>")
        return dict(end=js), [], enc, ["atob-fullscreen-iframe"], flags
    if k == 13:  # 1px marquee of links under the footer
        words = ["赛事直播", "捕鱼达人", "老虎机"]
        a = "".join(f'<a href="https://{h}/">{b}{w}</a> ' for w in words)
        return dict(footer=f'<marquee height="1" width="1" scrollamount="9999">{a}</marquee>'), [b + w for w in words], None, ["marquee-1px-links"], flags
    if k == 14:  # title rewritten by script for search visitors, plus a noscript link for spiders
        t = f"{b}竞猜官网-{b}竞猜APP"
        js = (f"<script>if(/baidu|sogou|360|sm\\.cn/.test(document.referrer)){{document.title='{t}';}}</script>"
              f'<noscript><a href="https://{h}/">{b}竞猜官网</a></noscript>')
        return dict(head=js), [f"{b}竞猜官网", f"{b}竞猜APP"], None, ["title-rewrite-script", "noscript-link"], flags
    if k == 15:  # display:none keyword block before the body
        words = ["电玩城", "捕鱼游戏", "斗地主赢钱"]
        s = "，".join(b + w for w in words)
        return dict(body_top=f'<div style="display:none">{s}</div>'), [b + w for w in words], None, ["display-none-keyword-block"], flags
    if k == 16:  # mirror: the page copied onto an unrelated host with its nav rewritten to spam links
        flags["mirror"] = True
        nav = f'<li><a href="https://{h}/">{b}体彩</a></li><li><a href="https://{h}/app/">{b}下载</a></li>'
        return dict(nav=nav), [f"{b}体彩", f"{b}下载"], None, ["mirror", "mirror-nav-links"], flags
    if k == 17:  # document.write of a visible link line from a script at the end of the body
        s = f"{b}彩票计划网"
        js = f"<script>document.write('<div class=\"bm\"><a href=\"https://{h}/\">{s}</a> 天天领取彩金</div>');</script>"
        return dict(after_body=js), [s, "天天领取彩金"], None, ["docwrite-link-line"], flags
    raise ValueError(k)


# ---------------------------------------------------------------- build
CLASSES = [("农业", "农业、林业、水利/农业"), ("水利", "农业、林业、水利/水利"), ("林业", "农业、林业、水利/林业"),
           ("河长", "农业、林业、水利/水利"), ("发展和改革", "综合政务/营商环境"), ("人力资源", "劳动、人事、监察/就业"),
           ("住房", "城乡建设、环境保护/村镇建设"), ("民政", "民政、扶贫、救灾/社会福利"), ("统计", "综合政务/统计"),
           ("应急", "公安、安全、司法/安全生产监管"), ("公安", "公安、安全、司法/公安"), ("体育", "科技、教育/体育"),
           ("法院", "公安、安全、司法/司法")]


def make_page(num, tpl, host, site_name, place, column, col_path, topic, date, site_kind):
    title, src, paras = fill(topic, place, date)
    author = person()
    page = dict(num=num, title=title, date=date, time="%02d:%02d" % (rnd.randint(8, 17), rnd.randint(0, 59)),
                source=src, author=author, paras=paras, views=rnd.randint(60, 4200), host=host,
                site_name=site_name, place=place, column=column, col_path=col_path, site_kind=site_kind,
                index_no="%s-%02d-%04d-%04d" % ("".join(str(rnd.randint(0, 9)) for _ in range(9)) + "X",
                                                 rnd.randint(1, 30), date.year, rnd.randint(1, 999)),
                doc_no=rnd.choice(["无", f"{place[:2]}政办发〔{date.year}〕{rnd.randint(2, 40)}号"]),
                topic=next((v for k, v in CLASSES if k in src), "综合政务/其他"),
                icp=f"{rnd.choice('湘赣黔桂滇闽皖鄂蜀渝')}ICP备{rnd.randint(10000000, 99999999)}号", editor=person(),
                address=f"{place}学府路{rnd.randint(1, 300)}号", zip=str(rnd.randint(400000, 699999)),
                site_code=str(rnd.randint(1000000000, 9999999999)))
    page["url"] = {
        "Z1": f"https://{host}/zwdt/{col_path}/{date.strftime('%Y%m')}/t{date.strftime('%Y%m%d')}_{rnd.randint(100000, 999999)}.html",
        "Q2": f"https://{host}/news/{col_path}/{date.year}/{date.strftime('%m%d')}/c{rnd.randint(1000, 9999)}a{rnd.randint(10000, 99999)}/page.htm",
        "W3": f"https://{host}/xxgk/{col_path}/{date.year}/{rnd.randint(1000, 9999)}.html",
        "G4": f"https://{host}/article.php?story={date.strftime('%Y%m%d')}{rnd.randint(100000, 999999)}",
        "P5": f"https://{host}/news.php?readmore={rnd.randint(100, 2999)}",
        "E6": f"https://{host}/gzdt/{date.year}/{rnd.choice(['a', 'b', 'c'])}{rnd.randint(100, 999)}-{rnd.randint(10, 99)}",
    }[tpl]
    return page


# removed on 2026-12-07 when v45 became dev (ids keep their numbers; every page is still generated, so the others keep
# their bytes): sv46-011 to sv46-015, the five pages of one site, whose host's registrable domain is that of pages of
# dev/synthetic-v15 and dev/synthetic-v29
REMOVED = {"sv46-011", "sv46-012", "sv46-013", "sv46-014", "sv46-015"}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "synthetic-v46")
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    gov = [t for t in TOPICS if t[0] == "gov"]
    edu = [t for t in TOPICS if t[0] == "edu"]
    rows = []
    num = 0
    legit_iter = iter(LEGIT)
    base = datetime.date(2025, 2, 17)
    # sites
    for sid, tpl, host, sname, place, col, cp, hij, legit_no in SITES:
        inj, ss, marker, forms = site_injection(sid)
        chrome = dict(icp=f"{rnd.choice('湘赣黔桂滇闽皖鄂蜀渝')}ICP备{rnd.randint(10000000, 99999999)}号",
                      address=f"{place}学府路{rnd.randint(1, 300)}号", zip=str(rnd.randint(400000, 699999)),
                      site_code=str(rnd.randint(1000000000, 9999999999)))
        pool = list(edu if tpl == "Q2" else gov)
        rnd.shuffle(pool)
        for j in range(1, 6):
            num += 1
            date = base + datetime.timedelta(days=num * 3 + rnd.randint(0, 2))
            is_legit = (j == legit_no)
            topic = next(legit_iter) if is_legit else pool[j - 1]
            page = make_page(num, tpl, host, sname, place, col, cp, topic, date, "site")
            page.update(chrome)  # one footer per site
            h = j in hij
            rows.append((page, tpl, sid, h, is_legit, inj if h else {}, ss if h else [], marker if h else None,
                         forms if h else [], {}))
    # single pages: 18 hijacked forms + 2 clean legit
    tpls = ["Z1", "Q2", "W3", "G4", "P5", "E6"]
    plan = list(range(18)) + ["L", "L"]
    gi, ei = 0, 2
    order = [0, 7, 14, 1, 8, 15, 2, 9, "L", 16, 3, 10, 17, 4, 11, "L", 5, 12, 6, 13]
    assert sorted(map(str, order)) == sorted(map(str, plan))
    for i, k in enumerate(order):
        num += 1
        tpl = tpls[i % 6]
        host, sname, place = single_site(i, tpl)
        date = base + datetime.timedelta(days=60 + i * 4 + rnd.randint(0, 3))
        if k == "L":
            topic = next(legit_iter)
            page = make_page(num, tpl, host, sname, place, "通知公告", "tzgg", topic, date, "single")
            rows.append((page, tpl, None, False, True, {}, [], None, [], {}))
            continue
        if tpl in ("Q2", "P5"):
            topic = edu[ei % len(edu)]
            ei += 1
        else:
            topic = gov[(gi * 3) % len(gov)]
            gi += 1
        page = make_page(num, tpl, host, sname, place, "工作动态", "gzdt", topic, date, "single")
        inj, ss, marker, forms, flags = single_injection(k, page)
        if flags.get("mirror"):
            # copied whole onto a host unrelated to the body; the url and host are the copy's
            page["url"] = f"https://{SPAM_HOSTS[-1]}/html/{rnd.randint(100, 999)}/{rnd.randint(10000, 99999)}.html"
            page["host"] = page["url"].split("/")[2]
        rows.append((page, tpl, None, True, False, inj, ss, marker, forms, flags))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as tf:
        for page, tpl, sid, h, legit, inj, ss, marker, forms, flags in rows:
            pid = "sv46-%03d" % page["num"]
            enc = templates.ENC[tpl]
            html = templates.render(tpl, page, inj)
            if pid in REMOVED:  # every page is still generated and rendered, so the others keep their bytes
                continue
            with open(os.path.join(out, "html", pid + ".html"), "wb") as hf:
                hf.write(html.encode(enc))  # strict: every character must exist in the encoding
            if sid:
                origin = (f"synthetic: site {sid} ({page['host']}), template {tpl}, " +
                          (f"hijacked page sharing the site's injection ({', '.join(forms)})" if h else
                           "clean page" + (", legit lottery/gambling-regulation topic" if legit else "")))
            elif flags.get("mirror"):
                origin = (f"synthetic: single page, template {tpl}; a mirror: a county government page copied whole onto "
                          f"an unrelated host whose nav was rewritten to spam links, so hijacked ({', '.join(forms)})")
            else:
                origin = (f"synthetic: single page, template {tpl}, " +
                          (f"hijacked ({', '.join(forms)})" if h else "clean page, legit lottery/gambling-regulation topic"))
            row = dict(id=pid, url=page["url"], title=page["title"], date=page["date"].isoformat(),
                       source=None if flags.get("source_null") else page["source"],
                       author=None if flags.get("author_null") else page["author"],
                       text="\n".join(page["paras"]), hijacked=h, injections=forms, spam_strings=ss,
                       legit=legit, lang="zh", origin=origin, kind="synthetic",
                       site=page["url"].split("/")[2], capture="html", encoding=enc, template=tpl, marker=marker)
            tf.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
