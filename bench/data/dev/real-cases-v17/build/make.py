# -*- coding: utf-8 -*-
"""Build real-cases-v17 (html/<id>.html, truth.jsonl, SOURCES.md) from cases_hijacked.py and
cases_legit.py. Deterministic: `python3 make.py` twice gives the same bytes.

The HTML shells are reconstructions around verbatim captured text (see SOURCES.md); they imitate
common CMS layouts (WebPlus page.htm, info/NNNN news pages, TRS-style #zoom pages, portal pages,
English news/government pages)."""
import html
import json
import os
import random
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cases_hijacked  # noqa: E402
import cases_legit  # noqa: E402

EMOJI = re.compile("[\U0001F000-\U0001FAFF\U00002600-\U000027BF\U00002B00-\U00002BFF"
                   "\U0000FE0F\U0000200D\U00013000-\U0001342F\U0000231A-\U000023FF]")
E = html.escape

SHELLS = {
    # name: (body class, header markup, article wrapper open, close, footer)
    "edu_info": ("list-page", '<div class="header"><div class="logo">{site}</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx.htm">新闻中心</a></li><li><a href="/tzgg.htm">通知公告</a></li></ul></div>\n<div class="location">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/xwzx.htm">新闻中心</a> &gt;&gt; 正文</div>',
                 '<form name="_newscontent_fromname"><div class="content-box">', '</div></form>',
                 '<div class="footer">版权所有 {site}</div>'),
    "edu_wp": ("wp-page", '<div id="header" frag="窗口1"><div class="site-name">{site}</div></div>\n<div class="nav" frag="窗口2"><a href="/main.htm">首页</a> <a href="/xwdt/list.htm">新闻动态</a></div>',
               '<div class="article" frag="窗口3"><div class="wp_articlecontent">', '</div></div>',
               '<div id="footer" frag="窗口9">Copyright © {site}</div>'),
    "edu_table": ("", '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="top-banner">{site}</td></tr></table>',
                  '<table width="1000" align="center"><tr><td class="article-td">', '</td></tr></table>',
                  '<table width="1000" align="center"><tr><td class="copyright">{footer}</td></tr></table>'),
    "farm_plain": ("", '', '<div class="main">', '</div>', ''),
    "farm_news": ("news", '<div class="top">{site}</div>', '<div class="news-detail">', '</div>', '<div class="foot">{site}</div>'),
    "gov_zoom": ("gov", '<div class="gov-head"><span class="gov-name">{site}</span></div>\n<div class="crumb">您当前的位置:首页 &gt; 政务动态</div>',
                 '<div class="detail"><div id="zoom">', '</div></div>',
                 '<div class="gov-foot">主办:{site} 网站标识码 ****</div>'),
    "portal_gb": ("portal", '<div class="topbar">{site}</div>', '<div class="content"><div class="text">', '</div></div>',
                  '<div class="bottom">{site}</div>'),
    "portal_utf": ("portal", '<header class="site-header"><a class="brand" href="/">{site}</a></header>', '<main><article class="post">', '</article></main>',
                   '<footer class="site-footer">{site}</footer>'),
    "en_news": ("article-page", '<header><div class="masthead">{site}</div><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>',
                '<main><article><div class="story-body">', '</div></article></main>', '<footer>&copy; {site}</footer>'),
    "en_gov": ("gov-release", '<header><div class="agency">{site}</div><nav><a href="/news-events">News &amp; Events</a></nav></header>',
               '<main><section class="release"><div class="release-body">', '</div></section></main>', '<footer>{site}</footer>'),
}


def truth_text(c):
    out = []
    for p in c["paras"]:
        t = p
        for s in sorted(c.get("strip") or [], key=len, reverse=True):
            t = t.replace(s, "")
        if c.get("strip_emoji"):
            t = EMOJI.sub("", t)
        t = re.sub(r"[ \t]{2,}", " ", t).strip()
        if t:
            out.append(t)
    return "\n".join(out)


def render(c):
    enc = c["encoding"]
    body_cls, header, a_open, a_close, footer = SHELLS[c["shell"]]
    site = c.get("site") or ""
    L = []
    L.append("<!DOCTYPE html>")
    lang = {"zh": "zh-CN", "en": "en", "vi": "vi"}[c["lang"]]
    L.append(f'<html lang="{lang}">')
    L.append("<head>")
    L.append(f'<meta charset="{enc}">' if c["shell"] not in ("portal_gb", "gov_zoom", "edu_table")
             else f'<meta http-equiv="Content-Type" content="text/html; charset={enc}">')
    L.append(f"<title>{E(c.get('shown_title') or '')}</title>")
    L.append(f'<link rel="canonical" href="{E(c["url"])}">')
    if c.get("head_inject"):
        L.append(c["head_inject"])
    L.append("</head>")
    L.append(f'<body class="{body_cls}">' if body_cls else "<body>")
    if c.get("body_start_inject"):
        L.append(c["body_start_inject"])
    if c.get("before_raw"):
        L.append(c["before_raw"])
    for line in c.get("before") or []:
        L.append(f'<div class="top-line">{E(line)}</div>')
    if header:
        L.append(header.format(site=E(site), footer=E(c.get("footer") or site)))
    L.append(a_open)
    if c.get("date_before_h1") and c.get("byline"):
        L.append(f'<p class="release-date">{E(c["byline"])}</p>')
    if c.get("shown_h1"):
        L.append(f'<h1 class="title">{E(c["shown_h1"])}</h1>')
    if c.get("subtitle"):
        L.append(f'<h2 class="subtitle">{E(c["subtitle"])}</h2>')
    if c.get("byline") and not c.get("date_before_h1"):
        L.append(f'<div class="info">{E(c["byline"])}</div>')
    for line in c.get("before_text") or []:
        L.append(f'<div class="extra">{E(line)}</div>')
    L.append('<div class="article-body">')
    for line in c.get("paras_prefix") or []:
        L.append(f'<p class="author-line">{E(line)}</p>')
    lst = set(c.get("list_paras") or [])
    caps = c.get("captions") or {}
    in_list = False
    for i, p in enumerate(c["paras"]):
        if i in lst and not in_list:
            L.append("<ul>")
            in_list = True
        if i not in lst and in_list:
            L.append("</ul>")
            in_list = False
        L.append(f"<li>{E(p)}</li>" if i in lst else f"<p>{E(p)}</p>")
        if i == 0 and c.get("caption_after_first"):
            L.append(f'<p class="caption">{E(c["caption_after_first"])}</p>')
        if i in caps:
            L.append(f'<p class="caption">{E(caps[i])}</p>')
    if in_list:
        L.append("</ul>")
    L.append("</div>")
    for line in c.get("after") or []:
        L.append(f'<p class="after">{E(line)}</p>')
    L.append(a_close)
    if footer:
        L.append(footer.format(site=E(site), footer=E(c.get("footer") or site)))
    if c.get("body_end_inject"):
        L.append(c["body_end_inject"])
    L.append("</body>")
    L.append("</html>")
    doc = "\n".join(L) + "\n"
    return doc.encode(enc)  # strict: every case's text must be encodable in its declared charset


def all_cases():
    hij = [dict(c, hijacked=True, legit=False) for c in cases_hijacked.CASES]
    leg = [dict(c, hijacked=False, legit=True, spam_strings=[], injections=[], evidence=[]) for c in cases_legit.CASES]
    cases = hij + leg
    random.Random(170417).shuffle(cases)
    for n, c in enumerate(cases, 1):
        c["id"] = f"rc17-{n:03d}"
    ids = {c["key"]: c["id"] for c in cases}
    for c in cases:
        c["origin"] = re.sub(r"\{id:(\w+)\}", lambda m: ids[m.group(1)], c["origin"])
    return cases


def main():
    cases = all_cases()
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for c in cases:
        data = render(c)
        with open(os.path.join(OUT, "html", c["id"] + ".html"), "wb") as f:
            f.write(data)
        rows.append(dict(
            id=c["id"], url=c["url"], title=c["truth_title"], date=c["truth_date"], source=c["truth_source"],
            author=c["truth_author"], text=truth_text(c), hijacked=c["hijacked"], injections=c["injections"],
            spam_strings=c["spam_strings"], legit=c["legit"], lang=c["lang"], origin=c["origin"],
            kind=c.get("kind", "rebuilt-from-text"), site=urlparse(c["url"]).hostname, capture="text",
            encoding=c["encoding"], evidence=c["evidence"], shell=c["shell"],
        ))
        if c.get("strip"):
            rows[-1]["deleted_from_text"] = c["strip"] + (["(emoji)"] if c.get("strip_emoji") else [])
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    S = ["# real-cases-v17 sources", "",
         "Every page's origin. Texts are verbatim from the `search` tool's stored captures (corpus `pages`), trimmed to whole "
         "paragraphs; the one `real-injection-in-real-page` case quotes its injected HTML verbatim from a public GitHub issue "
         "thread (corpus `issues`) and places it into a real clean page's captured text. All HTML shells are reconstructions "
         "(`build/make.py` from `build/cases_*.py`); where a heading, label, <title> or date is a reconstruction the origin says "
         "so. `evidence` lists the bytes that show the injection (checked by `../validate_v17.py`).", "",
         "| id | hijacked | legit | lang | kind | encoding | url | origin |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        o = r["origin"].replace("|", "/")
        S.append(f"| {r['id']} | {r['hijacked']} | {r['legit']} | {r['lang']} | {r['kind']} | {r['encoding']} | {r['url']} | {o} |")
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(S) + "\n")
    print(len(rows), "cases")


if __name__ == "__main__":
    main()
