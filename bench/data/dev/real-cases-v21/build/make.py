"""Build real-cases-v21: html/<id>.html, truth.jsonl and SOURCES.md from cases_*.py.

The HTML around each verbatim text is a reconstruction in one of a dozen CMS-like shells. Run: python3 make.py
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import HIJACKED, PLAIN  # noqa: E402
from cases_more import MORE  # noqa: E402
from cases_legit import LEGIT  # noqa: E402

OUT = os.path.dirname(HERE)
E = lambda s: html.escape(s, quote=False)  # noqa: E731


CSS = {
    "webplus": "body{font:14px/1.8 'Microsoft YaHei',SimSun}.wp_article{width:960px;margin:0 auto}.Article_Title{font-size:22px;text-align:center}.Article_PublishDate{color:#888}",
    "college": "body{margin:0;font-size:14px}.ny-main{width:1100px;margin:auto}.news-title{font-size:24px}.news-info span{margin-right:14px}",
    "bulletin": "body{font:14px SimSun}.kx-head{border-bottom:3px double #c00;text-align:center;color:#c00}.kx-body{padding:10px 40px}",
    "portal": ".main_left{float:left;width:680px}.arc_title h1{font-size:26px}.arc_info{color:#999}.arc_content p{text-indent:2em}",
    "docsite": ".artcontent{width:800px;margin:auto}.toptip{font-size:12px;color:#999}.titlediv h1{font-size:20px}",
    "kr_news": "body{font-family:'Malgun Gothic'}#article-view-content-div{font-size:17px;line-height:1.7}.heading{font-size:30px}",
    "kr_amp": "body{font-family:sans-serif}.amp-title{font-size:24px}.amp-body p{margin:0 0 1em}",
    "school": ".content-box{width:1000px;margin:0 auto}.c-title{text-align:center;font-size:20px}.c-text p{text-indent:2em}",
    "govinfo": ".xxgk_table{width:100%;border-collapse:collapse}.xxgk_table td{border:1px solid #ddd;padding:4px}.zw-title{font-size:24px;text-align:center}",
    "en_news": "body{font-family:Georgia,serif}.article-title{font-size:34px}.article-body p{font-size:18px}",
    "vn_news": "body{font-family:Arial}.detail__title{font-size:28px}.detail__content p{margin-bottom:12px}",
}


def wrap_paras(ps):
    return "\n".join(f"<p>{E(p)}</p>" for p in ps)


def build_html(c, kind):
    sh = c["shell"]
    enc = c["encoding"]
    charset = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}[enc]
    head_extra = ""
    body_end = ""
    after_content = ""
    pre = c.get("raw_pre", "") + "".join(f'<div class="gg">{E(x)}</div>\n' for x in c.get("pre", []))
    chrome = "".join(f'<span class="tool">{E(x)}</span>' for x in c.get("chrome", []))
    site = E(c["site"]) if c.get("site") else ""
    crumb = f'<div class="position">{E(c["crumb"])}</div>' if c.get("crumb") else ""
    h1 = f'<h1 class="t">{E(c["h1"])}</h1>' if c.get("h1") else ""
    byline = f'<div class="info">{E(c["byline"])}</div>' if c.get("byline") else ""
    cap = f'<div class="caption">{E(c["pre_caption"])}</div>' if c.get("pre_caption") else ""
    tail = "".join(f'<div class="tail">{E(x)}</div>' for x in c.get("tail", []))
    footer = f'<div class="footer">{E(c["footer"])}</div>' if c.get("footer") else '<div class="footer">版权所有</div>' if c["lang"] == "zh" else ""
    meta_table = ""
    if c.get("meta_table"):
        cells = "".join(f"<tr><td>[ {E(k)} ]</td><td>{E(v)}</td></tr>" for k, v in c["meta_table"])
        meta_table = f'<table class="xxgk_table">{cells}</table>'
    paras = wrap_paras(c["paras"])
    if sh == "webplus":
        body = f'''<div class="header"><div class="logo">{site}</div></div>
<div class="wp_article">{crumb}
<form name="_newscontent_fromname"><div class="Article_Title">{h1}</div>{byline}
<div class="wp_articlecontent" id="vsb_content">{cap}{paras}</div>{after_content}</form>{tail}</div>'''
    elif sh == "college":
        body = f'''<div class="top"><div class="sitename">{site}</div><ul class="nav"><li>首页</li><li>新闻中心</li><li>团学</li></ul></div>
<div class="ny-main">{crumb}<div class="news-title">{h1}</div><div class="news-info">{byline}</div>
<div class="news-content v_news_content">{paras}</div>{after_content}{tail}</div>'''
    elif sh == "bulletin":
        body = f'''<div class="top">{site}</div><div class="main">{crumb}<div class="arc-title">{h1}</div>{byline}
<div class="kx-head">{pre}</div><div class="kx-body">{paras}</div>{after_content}{tail}</div>'''
        pre = ""
    elif sh == "portal":
        body = f'''<div class="topbar"><span class="site">{site}</span></div><div class="wrap">{crumb}
<div class="main_left"><div class="arc_title">{h1}</div><div class="arc_info">{byline}</div>
<div class="arc_content">{cap}{paras}</div>{after_content}{tail}</div><div class="main_right"><div class="hot">热点排行</div></div></div>'''
    elif sh == "docsite":
        body = f'''<div class="toptip">{chrome}</div><div class="artcontent"><div class="titlediv">{h1}</div>{byline}
<div id="artContent" class="articleContent">{paras}</div>{after_content}{tail}</div>'''
    elif sh == "kr_news":
        body = f'''<header class="header"><div class="logo">{site}</div></header><article class="article-veiw-body">
<h3 class="heading">{E(c["h1"]) if c.get("h1") else ""}</h3>{byline}
<div id="article-view-content-div" itemprop="articleBody">{cap}{paras}</div>{after_content}{tail}</article>'''
    elif sh == "kr_amp":
        body = f'''<amp-sidebar id="side" layout="nodisplay"></amp-sidebar><main><h1 class="amp-title">{E(c["h1"])}</h1>
<div class="amp-body">{paras}</div>{tail}</main>'''
    elif sh == "school":
        body = f'''<div class="head"><div class="schoolname">{site}</div></div><div class="content-box">{crumb}
<div class="c-title">{h1}</div>{byline}<div class="c-text">{paras}</div>{after_content}{tail}</div>'''
    elif sh == "govinfo":
        body = f'''<div class="gov-top"><div class="gov-name">{site}</div></div><div class="zw-wrap">{crumb}{meta_table}
<div class="zw-title">{h1}</div>{byline}<div class="zw-con" id="zoom">{paras}</div>{after_content}{tail}</div>'''
    elif sh == "en_news":
        body = f'''<header><div class="masthead">{site}</div><nav>{E(c.get("crumb") or "")}</nav></header><main>
<h1 class="article-title">{E(c["h1"])}</h1>{byline}<section class="article-body">{paras}</section>{tail}</main>'''
    elif sh == "vn_news":
        body = f'''<header><div class="logo">{site}</div><div class="cate">{E(c.get("crumb") or "")}</div></header><article>
<div class="detail__content">{paras}</div>{tail}</article>'''
    else:
        raise ValueError(sh)
    lang_attr = {"zh": "zh-CN", "ko": "ko", "en": "en", "vi": "vi"}[c["lang"]]
    doc = f'''<!DOCTYPE html>
<html lang="{lang_attr}"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{E(c["head_title"])}</title>
<style>{CSS[sh]}</style>
{head_extra}
</head>
<body>
{pre}{body}
{footer}
{body_end}
</body></html>
'''
    return doc.encode(enc)


def truth_text(c):
    if c.get("truth_text"):
        return c["truth_text"]
    t = "\n".join(c["paras"])
    for s in sorted(c.get("spam", []), key=len, reverse=True):
        t = t.replace(s, "")
    return t


def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    allc = [(c, "hijacked") for c in HIJACKED] + [(c, "plain") for c in PLAIN] + \
           [(c, "hijacked") for c in MORE] + [(c, "legit") for c in LEGIT]
    for c, kind in sorted(allc, key=lambda x: x[0]["id"]):
        data = build_html(c, kind)
        with open(os.path.join(OUT, "html", c["id"] + ".html"), "wb") as f:
            f.write(data)
        legit = kind == "legit"
        row = dict(
            id=c["id"], url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
            text=truth_text(c), hijacked=not legit, injections=[] if legit else c["injections"],
            spam_strings=[] if legit else c["spam"], legit=legit, lang=c["lang"], origin=c["origin"],
            kind={"hijacked": "rebuilt-from-text", "plain": "rebuilt-from-text",
                  "composite": "real-injection-in-real-page", "legit": "rebuilt-from-text"}[kind],
            site=c["url"].split("/")[2], capture="text", encoding=c["encoding"],
        )
        if c.get("evidence"):
            row["evidence"] = c["evidence"]
        if legit:
            row["topic"] = c["topic"]
        rows.append(row)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = ["# real-cases-v21 sources", "",
             "Every page's origin. Texts and injected strings are verbatim from the `search` tool's stored captures "
             "(corpus `pages`); every HTML shell is a reconstruction by "
             "`build/make.py` from `build/cases_*.py`. `evidence` (in truth.jsonl) lists the bytes that carry an injection "
             "when no injected string is shown.", "",
             "| id | hijacked | legit | lang | kind | encoding | url | origin |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        o = r["origin"] + ("; " + r["injection_source"] if r.get("injection_source") else "")
        lines.append(f"| {r['id']} | {r['hijacked']} | {r['legit']} | {r['lang']} | {r['kind']} | {r['encoding']} | {r['url']} | {o.replace('|', '/')} |")
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
