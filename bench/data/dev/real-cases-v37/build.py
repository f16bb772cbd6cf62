# -*- coding: utf-8 -*-
"""Build real-cases-v37: html/<id>.html + truth.jsonl + SOURCES.md from cases.py (deterministic)."""
import html
import json
import os
import re
import sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2640\u2642\uFE0F\u200D]")
E = html.escape


def truth_paras(c):
    paras = list(c["paras"])
    fix = c.get("text_fix")
    if fix == "pdy23":
        out = []
        for p in paras:
            p = p.replace("意昂4官网", "").replace("意昂4", "")
            out.append(EMOJI.sub("", p))
        return out
    for old, new in fix or []:
        paras = [p.replace(old, new) for p in paras]
    return paras


def head(c, extra_css=""):
    cs = c["encoding"]
    return (f'<!DOCTYPE html>\n<html lang="{c["lang"]}">\n<head>\n<meta charset="{cs}">\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{E(c["page_title"])}</title>\n<style>{extra_css}</style>\n</head>\n')


def paras_html(c, indent=True):
    out = []
    imgs = c.get("images_after", {})
    rel = c.get("inline_related")
    for i, p in enumerate(c["paras"]):
        style = ' style="text-indent:2em"' if indent else ""
        out.append(f"<p{style}>{E(p)}</p>")
        for k in range(imgs.get(i, 0)):
            out.append(f'<p style="text-align:center"><img src="/uploads/{c["id"]}-{i}-{k}.jpg" alt=""></p>')
        if rel and rel[0] == i:
            out.append(f'<p class="baca"><a href="/blog/related">{E(rel[1])}</a></p>')
    return "\n".join(out)


def chrome_html(lines, cls="crumb"):
    return "\n".join(f'<div class="{cls}">{E(x)}</div>' for x in lines)


def extras_after(c):
    out = []
    if c.get("editor_line"):
        out.append(f'<div class="editor">{E(c["editor_line"])}</div>')
    if c.get("credits"):
        out.append('<div class="credits">' + "".join(f"<p>{E(x)}</p>" for x in c["credits"]) + "</div>")
    if c.get("after_links"):
        out.append('<ul class="reports">' + "".join(
            f'<li>• <a href="/report/{i + 101}.html">{E(t)}</a></li>' for i, t in enumerate(c["after_links"])) + "</ul>")
    if c.get("sidebar"):
        name, items = c["sidebar"]
        out.append(f'<div class="hot"><h3>{E(name)}</h3><ul>' + "".join(
            f'<li><a href="/hot/{i + 1}.html">{E(t)}</a></li>' for i, t in enumerate(items)) + "</ul></div>")
    if c.get("related"):
        d, t = c["related"]
        out.append(f'<div class="related"><ul><li><span>{E(d)}</span> <a href="/works/2051.html">{E(t)}</a></li></ul></div>')
    return "\n".join(out)


def footer_html(c, default):
    lines = c.get("footer") or default
    return '<div class="footer">\n' + "\n".join(f"<p>{E(x)}</p>" for x in lines) + "\n</div>"


def render(c):
    shell = c["shell"]
    h1 = c.get("h1") or c["title"]
    parts = []
    if shell == "gov":
        parts.append(head(c, "body{font:14px SimSun;margin:0}.header{background:#b40000;color:#fff;padding:12px}"
                             "#zoom p{line-height:2}.footer{background:#eee;text-align:center;font-size:12px}"))
        parts.append("<body>\n<div class=\"header\"><div class=\"sitename\">政务公开</div>"
                     "<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
                     "<li><a href=\"/bsfw/\">办事服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li></ul></div>")
        if c.get("spam_top"):
            parts.append(c["spam_top"])
        parts.append(chrome_html(c["chrome"]))
        parts.append('<div class="article">')
        if h1:
            parts.append(f'<h1 class="title">{E(h1)}</h1>')
        if c.get("byline"):
            parts.append(f'<div class="info">{E(c["byline"])}</div>')
        parts.append(f'<div id="zoom">\n{paras_html(c)}\n</div>')
        parts.append(extras_after(c))
        parts.append("</div>")
        parts.append(footer_html(c, ["使用帮助 | 网站地图 | 联系我们"]))
    elif shell in ("hant", "portal", "school"):
        css = {"hant": "body{font:15px 'PMingLiU',serif}.kw,.kwline,.hotkw{font-size:12px;color:#666}",
               "portal": "body{font:15px sans-serif}.logo{font-size:22px;font-weight:bold}",
               "school": "body{font:14px 'Microsoft YaHei'}.banner{height:90px;background:#0a4a8c}"}[shell]
        parts.append(head(c, css + ".footer{font-size:12px;color:#888}"))
        parts.append("<body>")
        if shell == "school":
            parts.append('<div class="banner"></div><ul class="menu"><li><a href="/">首頁</a></li>'
                         '<li><a href="/xwzx/">新聞中心</a></li><li><a href="/jxky/">教學科研</a></li></ul>')
        if c.get("spam_top"):
            parts.append(c["spam_top"])
        parts.append(chrome_html(c["chrome"]))
        parts.append('<div class="main"><div class="content">')
        if c.get("category"):
            parts.append(f'<span class="cat">{E(c["category"])}</span>')
        if h1:
            parts.append(f"<h1>{E(h1)}</h1>")
        if c.get("byline"):
            parts.append(f'<div class="source">{E(c["byline"])}</div>')
        if c.get("chrome_after"):
            parts.append(chrome_html(c["chrome_after"], "tools"))
        if c.get("keyword_line"):
            parts.append(f'<div class="tags">{E(c["keyword_line"])}</div>')
        parts.append(f'<div class="article-body">\n{paras_html(c)}\n</div>')
        parts.append(extras_after(c))
        parts.append("</div></div>")
        parts.append(footer_html(c, ["關於我們 | 聯繫我們 | 版權聲明" if c["lang"] == "zh-Hant" else "关于我们 | 联系我们 | 版权声明"]))
    elif shell == "en":
        parts.append(head(c, "body{font:16px Georgia,serif;max-width:760px;margin:auto}"))
        parts.append("<body>\n<header>" + "".join(f'<div class="brand">{E(x)}</div>' for x in c["chrome"]) + "</header>")
        parts.append("<main><article>")
        if h1:
            parts.append(f"<h1>{E(h1)}</h1>")
        parts.append(f'<div class="entry-content">\n{paras_html(c, indent=False)}\n</div>')
        parts.append(extras_after(c))
        parts.append("</article></main>")
        parts.append(footer_html(c, ["Privacy | Terms | Contact"]))
    else:
        raise ValueError(shell)
    parts.append("</body>\n</html>\n")
    return "\n".join(p for p in parts if p)


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows, src = [], ["# SOURCES — real-cases-v37", "",
                     "Every page is rebuilt around text captured in the `search` tool's `pages` corpus (stored public web pages).",
                     "Article paragraphs, chrome lines and spam strings are verbatim from the capture; the HTML shell is a reconstruction.", ""]
    for c in CASES:
        page = render(c)
        with open(os.path.join(HERE, "html", c["id"] + ".html"), "w", encoding=c["encoding"], newline="\n") as f:
            f.write(page)
        t = dict(id=c["id"], url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
                 text="\n".join(truth_paras(c)), hijacked=c["hijacked"], injections=c["injections"],
                 spam_strings=c["spam_strings"], legit=c["legit"], lang=c["lang"], origin=c["origin"],
                 kind="rebuilt-from-text", site=urlsplit(c["url"]).hostname.removeprefix("www.").removeprefix("m."),
                 capture="text", encoding=c["encoding"])
        rows.append(t)
        src.append(f"- `{c['id']}` — {c['url']} — {'hijacked' if c['hijacked'] else 'clean'}"
                   f"{' + legit' if c['legit'] else ''}: {c['origin']}")
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in rows:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(src) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
