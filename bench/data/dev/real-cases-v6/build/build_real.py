"""Rebuild real-cases-v6 (html/ + truth.jsonl) from the captured texts in cases_hijacked.py / cases_legit.py.

Deterministic: run it twice, get the same bytes. The markup is the keeper's reconstruction in CMS-like shells
(named by `template`); every displayed line is verbatim from the capture, in capture order.
Usage: python build_real.py   (writes ../html/*.html and ../truth.jsonl)
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cases_hijacked import HIJACKED, COMPOSITES, MORE  # noqa: E402
from cases_legit import LEGIT  # noqa: E402

OUT = HERE.parent
CAPTURE = ("text-only capture from the stored public-web-page corpus of the search tool (search excerpt, may stop "
           "mid-article); HTML markup is the keeper's reconstruction in a CMS-like template (`template`) around the "
           "captured lines, keeping their order; spam strings and article text are verbatim from the capture")

E = html.escape

# template -> (site header, nav, article wrapper open, close, footer); a few distinct CMS looks
SHELLS = {
    "vsb": ('<div class="header"><div class="logo"><img src="/images/logo.png" alt=""></div></div>\n'
            '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xwzx.htm">新闻中心</a></li>'
            '<li><a href="/xsgz.htm">学生工作</a></li><li><a href="/lxwm.htm">联系我们</a></li></ul></div>',
            '<div class="main"><div class="main-right">', '</div></div>',
            '<div class="footer"><p>版权所有 地址:<span>邮编:</span></p></div>'),
    "webplus": ('<div id="header"><div class="wp_logo"></div><div class="wp_nav"><a href="/main.htm">网站首页</a>'
                '<a href="/xwdt/list.htm">新闻动态</a><a href="/tzgg/list.htm">通知公告</a></div></div>',
                '<div id="container"><div class="infobox"><div class="article">', '</div></div></div>',
                '<div id="footer"><div class="foot_copy">Copyright All rights reserved</div></div>'),
    "gov": ('<div class="top-bar"><span>无障碍</span> | <span>长者模式</span></div>\n<div class="gov-head"></div>',
            '<div class="con-box"><div class="article-con">', '</div></div>',
            '<div class="bottom"><p>主办单位 网站标识码 ICP备案</p></div>'),
    "news": ('<header class="site-header"><a class="brand" href="/"></a><nav><a href="/">首页</a><a href="/news/">新闻</a>'
             '<a href="/video/">视频</a></nav></header>',
             '<main><article class="post">', '</article></main>',
             '<footer class="site-footer"><p>关于我们 | 联系我们 | 广告服务</p></footer>'),
    "wp": ('<header id="masthead" class="site-header"><p class="site-title"><a href="/"></a></p>'
           '<nav class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/opinion/">Opinion</a></li>'
           '<li><a href="/sports/">Sports</a></li></ul></nav></header>',
           '<div id="content" class="site-content"><article class="post type-post"><div class="entry-content">',
           '</div></article></div>',
           '<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer>'),
    "amp": ('<header class="amp-header"><a href="/"></a></header>',
            '<main id="content"><article class="read__content">', '</article></main>',
            '<footer class="amp-footer"><p>Copyright</p></footer>'),
    "table": ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="top"></td></tr>'
              '<tr><td class="menu"><a href="/">首页</a> | <a href="/news/">资讯</a></td></tr></table>',
              '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="content">',
              '</td></tr></table>',
              '<table width="1000" align="center"><tr><td class="copy">Copyright</td></tr></table>'),
    "discuz": ('<div id="hd"><div class="wp"><div class="hdc"><h2><a href="forum.php"></a></h2></div></div></div>',
               '<div id="ct" class="wp"><div id="postlist" class="pl"><table class="plhin"><tr><td class="plc">'
               '<div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1">',
               '</td></tr></table></div></div></td></tr></table></div></div>',
               '<div id="ft" class="wp"><p>Powered by Discuz!</p></div>'),
}
SHELL_OF = {"vsb": "vsb", "vsb_i": "vsb", "vsb_arrow": "vsb", "plain_edu": "vsb", "webplus": "webplus",
            "gd_gov": "gov", "court": "gov", "news_m": "news", "cms_news": "news", "news_cn": "news",
            "wp_zh": "wp", "wp_en": "wp", "news_id": "amp", "amp_id": "amp", "table_gov": "table",
            "plain_doc": "table", "discuz": "discuz"}


def render(c):
    shell = SHELLS[SHELL_OF[c["template"]]]
    lang = {"zh": "zh-CN", "en": "en", "id": "id"}[c["lang"]]
    out = ['<!DOCTYPE html>', f'<html lang="{lang}">', '<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<title>{E(c["head_title"])}</title>', '<link rel="stylesheet" href="/css/style.css">', '</head>', '<body>']
    for line in c.get("pre", []):
        out.append(f'<div class="top-text">{E(line)}</div>')
    out.append(shell[0])
    if c.get("crumbs"):
        out.append(f'<div class="position">{E(c["crumbs"])}</div>')
    out.append(shell[1])
    if c.get("h1"):
        out.append(f'<h1 class="title">{E(c["h1"])}</h1>')
    if c.get("fields"):
        out.append('<div class="info">' + " ".join(f'<span>{E(f)}</span>' for f in c["fields"].split("|")) + '</div>')
    out.append('<div class="v_news_content" id="vsb_content">')
    if c.get("body_start_html"):
        out.append(c["body_start_html"])
    for p in c["paras"]:
        out.append(f'<p>{E(p)}</p>')
    out.append('</div>')
    for line in c.get("post", []):
        out.append(f'<p class="extra">{E(line)}</p>')
    out.append(shell[2])
    out.append(shell[3])
    if c.get("body_end_script"):
        out.append('<script>' + c["body_end_script"] + '</script>')
    out += ['</body>', '</html>', '']
    return "\n".join(out)


def truth_text(c):
    if c.get("truth_paras"):
        paras = list(c["truth_paras"])
    else:
        paras = list(c["paras"])
        if c.get("truth_paras_drop_last"):
            paras = paras[:-1]
        for s in sorted(c.get("spam", []), key=len, reverse=True):
            paras = [p.replace(s, "") for p in paras]
    paras = [p.strip() for p in paras if p.strip()]
    return "\n".join(paras)


def record(c, kind, hijacked, legit):
    host = c["url"].split("/")[2] if c.get("url") else None
    if kind == "real-injection-in-real-page":
        origin = (f"injection: {c['injection_origin']} / host: pages corpus capture of {c['url']} "
                  f"(search: '{c['query']}')")
    else:
        where = f"pages corpus capture of {c['url']}" if c.get("url") else "pages corpus result (no URL given)"
        origin = f"{where} (search: '{c['query']}')"
    return {
        "id": c["id"], "url": c.get("url"), "encoding": "utf-8", "lang": c["lang"],
        "title": c.get("t_title"), "date": c.get("t_date"), "source": c.get("t_source"), "author": c.get("t_author"),
        "text": truth_text(c), "hijacked": hijacked, "injections": c.get("injections", []),
        "spam_strings": c.get("spam", []) if hijacked else [], "legit": legit, "origin": origin, "kind": kind,
        "site": host, "capture": CAPTURE, "template": c["template"], "note": c["note"],
    }


def main():
    rows = []
    for c in HIJACKED:
        rows.append((c, record(c, "real-page", True, False)))
    for c in MORE:
        rows.append((c, record(c, "real-page", True, False)))
    for c in COMPOSITES:
        rows.append((c, record(c, "real-injection-in-real-page", True, False)))
    for c in LEGIT:
        rows.append((c, record(c, "real-page", False, True)))
    (OUT / "html").mkdir(exist_ok=True)
    for c, r in rows:
        (OUT / "html" / f"{c['id']}.html").write_text(render(c), encoding="utf-8")
        page = render(c)
        for s in r["spam_strings"]:
            assert s in page, (c["id"], s)
            assert s not in r["text"], (c["id"], s)
    with (OUT / "truth.jsonl").open("w", encoding="utf-8") as f:
        for _, r in sorted(rows, key=lambda x: x[1]["id"]):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
