"""Build real-cases-v31: html/<id>.html, truth.jsonl and SOURCES.md from cases_hijacked.py and cases_legit.py.

Every page is a reconstruction around captured text (capture "text"): the article text and the spam strings are
verbatim from the public capture named in `origin`; the HTML shell (layout, nav, footer) is rebuilt here.
Run: python3 build.py   (paths are relative to this file; deterministic output)
"""
import html
import json
import os
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import HIJACKED  # noqa: E402
from cases_legit import LEGIT  # noqa: E402

SPIDER_REDIRECT = (
    'var userAgent = navigator.userAgent;\n'
    'var spiderList = ["Baiduspider", "360Spider", "YisouSpider", "YandexBot", "Sogou inst spider", '
    '"Sogou web spider", "msnbot", "Bingbot", "Sogou spider", "GoogleBot", "Bing"];\n\n'
    'var isSpider = spiderList.some(function(spider) {\n'
    '    return userAgent.includes(spider);\n'
    '});\n\n'
    'if (!isSpider) {\n'
    '    window.location.href = "https://www.bfyer.com?id=395320273";\n'
    '}\n'
)
TONGJI = '<script src="http://js.tongji.linezing.com/2871480/tongji.js"></script>'

ENCODING = {  # per-page declared encodings (the rest are utf-8)
    "rc31-002": "gbk", "rc31-016": "gbk", "rc31-021": "gb18030", "rc31-030": "gb18030", "rc31-008": "gb18030",
}

EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2300-\u23FF\u2B00-\u2BFF\uFE0F\u200D\u2190-\u21FF]")

E = html.escape


def inject_code(c):
    if c.get("inject") == "spider_redirect":
        return "<script>\n" + SPIDER_REDIRECT + "</script>"
    if c.get("inject") == "tongji_loader":
        return TONGJI
    return ""


def truth_text(c):
    out = []
    for p in list(c["paras"]) + [s for s in c.get("captions", [])]:
        t = p
        for s in c.get("strip", []):
            t = t.replace(s, "")
        if c.get("strip_emoji"):
            t = EMOJI.sub("", t)
        t = t.strip()
        if t:
            out.append(t)
    return "\n".join(out)


def body_paras(c, tag="p", cls=None):
    a = f' class="{cls}"' if cls else ""
    parts = [f"<{tag}{a}>{E(p, quote=False)}</{tag}>" for p in c["paras"]]
    for cap in c.get("captions", []):
        parts.append(f'<p class="pic-cap" style="text-align:center">{E(cap, quote=False)}</p>')
    return "\n".join(parts)


def crumbs(c, sep=" &gt; "):
    return sep.join(E(x) for x in c.get("crumbs", []))


def page(c):
    shell = c["shell"]
    enc = ENCODING.get(c["id"], "utf-8")
    lang = {"zh": "zh-CN", "en": "en", "id": "id"}[c["lang"]]
    if c["lang"] == "zh" and shell in ("trad_news", "ngo_news", "univ_news", "mo_daily", "blog_hk"):
        lang = "zh-Hant"
    h1 = c.get("h1")
    title_tag = c.get("title_tag") or (f"{h1} - {c['site_label']}" if h1 else c["site_label"])
    inj = inject_code(c)
    pos = c.get("inject_pos")
    head_extra = inj if pos == "head" else ""
    body_start = inj if pos == "body_start" else ""
    body_end = inj if pos == "body_end" else ""
    byline = c.get("byline")
    tail = c.get("tail")
    label = E(c["site_label"])
    h1h = f"<h1>{E(h1, quote=False)}</h1>" if h1 else ""
    byh = f'<div class="info">{E(byline, quote=False)}</div>' if byline else ""
    tailh = f'<p class="editor">{E(tail, quote=False)}</p>' if tail else ""
    host = urlparse(c["url"]).hostname

    if shell in ("campus", "school_dede", "school_jsp", "univ_news"):
        main = f"""<div class="topbar"><a href="/">{label}</a> | <a href="#">设为首页</a> | <a href="#">加入收藏</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="#">学校概况</a></li><li><a href="#">新闻中心</a></li><li><a href="#">教育教学</a></li><li><a href="#">招生就业</a></li></ul></div>
<div class="wrap"><div class="position">当前位置: {crumbs(c)}</div>
<div class="article">{h1h}
{byh}
<div class="v_news_content" id="vsb_content">
{body_paras(c)}
</div>{tailh}
<div class="pagelink">上一篇:<a href="#">没有了</a> 下一篇:<a href="#">没有了</a></div></div></div>
<div class="footer">版权所有 {label} 地址:校园路1号 <span class="count">访问量: 10086</span></div>"""
    elif shell in ("dede", "mobile", "portal", "portal_ce", "gov_centre", "casino_news", "lottery_site"):
        main = f"""<div id="header"><div class="logo">{label}</div>
<div class="menu"><a href="/">首页</a><a href="#">新闻动态</a><a href="#">通知公告</a><a href="#">联系我们</a></div></div>
<div id="content"><div class="place">您现在的位置:{crumbs(c)}</div>
<div class="newsview">{h1h}
{byh}
<div class="newstext">
{body_paras(c)}
</div>{tailh}</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="#">更多新闻</a></li></ul></div></div>
<div id="footer"><p>Copyright &copy; {label} All Rights Reserved</p></div>"""
    elif shell == "sportsportal":
        main = f"""<div class="hd"><div class="logo">{label}</div><div class="user"><a href="#">{label}用户登录</a></div>
<div class="filter">赛事分类: <a href="#">足球</a> <a href="#">篮球</a> 热门球员: <a href="#">哈登</a></div></div>
<div class="quick">快速导航 <a href="#">关闭</a> 当前搜索 当前分类 子分类 实用工具 热门搜索</div>
<div class="crumb">{crumbs(c)}</div>
<div class="post">{h1h}
{byh}
<div class="post-body">
{body_paras(c)}
</div></div>
<div class="ft">{label} &copy; 2025</div>"""
    elif shell in ("trad_news", "mo_daily", "blog_hk", "ngo_news", "epaper"):
        main = f"""<div class="top">您好!今天是 <span id="today"></span> | <a href="#">設為主頁</a> <a href="#">收藏本頁</a></div>
<div class="head"><span class="sitename">{label}</span></div>
<div class="loc">您當前的位置:{crumbs(c, ' &gt; ')}</div>
<div class="art">{h1h}
{byh}
<div class="art-body">
{body_paras(c)}
</div>{tailh}</div>
<div class="foot">{label} 版權所有</div>"""
    elif shell in ("en_corp", "en_blog"):
        main = f"""<header><div class="brand">{label}</div><nav><a href="/">Home</a> <a href="#">News</a> <a href="#">About</a> <a href="#">Contact</a></nav></header>
<div class="breadcrumb">{crumbs(c, ' / ')}</div>
<article>{h1h}
{byh}
<div class="entry-content">
{body_paras(c)}
</div></article>
<footer>&copy; {label}. All rights reserved.</footer>"""
    elif shell == "id_news":
        main = f"""<header><div class="logo">{label}</div><nav><a href="/">Beranda</a> <a href="#">Nasional</a> <a href="#">Hukum</a> <a href="#">Daerah</a></nav></header>
<div class="breadcrumbs">{crumbs(c, ' » ')}</div>
<article class="post">{h1h}
<div class="entry-content">
{body_paras(c)}
{tailh}
</div></article>
<footer>&copy; 2024 {label}</footer>"""
    elif shell == "gov_open":
        main = f"""<div class="gov-top"><span class="gov-name">{label}</span> <a href="#">无障碍</a> <a href="#">长者模式</a></div>
<div class="gov-nav"><a href="/">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="gov-pos">当前位置:{crumbs(c)}</div>
<div class="gov-article">{h1h}
<div class="gov-meta">{E(byline, quote=False)} 字号:[ 大 中 小 ]</div>
<div class="TRS_Editor">
{body_paras(c)}
</div></div>
<div class="gov-foot">主办单位:{label} 网站标识码:530125000</div>"""
    else:
        raise ValueError(shell)

    doc = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}">
<title>{E(title_tag, quote=False)}</title>
<link rel="canonical" href="{E(c['url'])}">
{head_extra}
</head>
<body>
{body_start}
{main}
<script>var _site="{host}";</script>
{body_end}
</body>
</html>
"""
    return doc.encode(enc, errors="xmlcharrefreplace"), enc


def main():
    out_html = os.path.join(HERE, "html")
    os.makedirs(out_html, exist_ok=True)
    rows = []
    for c in HIJACKED + LEGIT:
        hijacked = c in HIJACKED
        data, enc = page(c)
        with open(os.path.join(out_html, c["id"] + ".html"), "wb") as f:
            f.write(data)
        row = dict(
            id=c["id"], url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
            author=c.get("author"), text=truth_text(c), hijacked=hijacked, injections=c["injections"],
            spam_strings=c.get("spam", []), legit=bool(c.get("legit", not hijacked)), lang=c["lang"],
            origin=c["origin"].format(url=c["url"]), kind=c.get("kind", "rebuilt-from-text"),
            site=urlparse(c["url"]).hostname, capture="text", encoding=enc,
        )
        code = inject_code(c)
        if code:
            row["injected_code"] = code if c.get("inject") == "tongji_loader" else SPIDER_REDIRECT
        rows.append(row)
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = [
        "# real-cases-v31: sources", "",
        "Every page is rebuilt around text captured in public web material (the session's `search` tool, corpus `pages`):",
        "the article text and any spam strings are verbatim from the capture; the HTML shell around them is a reconstruction",
        "made by `build.py` (`capture: text`). `real-injection-in-real-page` pages set injected code quoted verbatim in a",
        "public repository file (corpus `code`) or a public issue thread (corpus `issues`) into a real clean page's captured",
        "text. Data: `cases_hijacked.py`, `cases_legit.py`.", "",
        "| id | kind | lang | hijacked | legit | forms | origin |", "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['id']} | {r['kind']} | {r['lang']} | {r['hijacked']} | {r['legit']} | "
                     f"{', '.join(r['injections'])} | {r['origin'].replace('|', '/')} |")
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
