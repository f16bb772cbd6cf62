#!/usr/bin/env python3
"""Build real-cases-v11 from the verbatim captures in cases.py (shells are reconstructions)."""
import json, os, html as H
from cases import CASES
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def esc(s):
    return H.escape(s, quote=False)

def shell(c):
    t = c.get("shell", "A")
    title_tag = c.get("title_tag") or (c["title"] or "")
    top = c.get("top_html", "")
    head = c.get("head_html", "")
    site = c.get("site_shown") or c["site"]
    body = "\n".join(c.get("body_html") or [f"<p>{esc(p)}</p>" for p in c["paras"]])
    meta = esc(c.get("meta", ""))
    h1 = esc(c["headline"]) if c.get("headline") is not None else (esc(c["title"]) if c["title"] else "")
    foot = c.get("foot_html", "")
    crumb = esc(c.get("crumb", "首页 > 新闻中心 > 正文"))
    charset = {"utf-8": "utf-8", "gb18030": "gb18030", "gbk": "gbk"}[c["encoding"]]
    lang = {"zh": "zh-CN", "en": "en", "id": "id"}[c["lang"]]
    if t == "A":  # college news page (info/ style)
        return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(title_tag)}</title>{head}</head>
<body>{top}
<div class="header"><div class="logo">{esc(site)}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx.htm">新闻中心</a></li><li><a href="/tzgg.htm">通知公告</a></li></ul></div>
<div class="main"><div class="position">当前位置: {crumb}</div>
<form name="_newscontent_fromname"><div class="article">
<h1 class="arti_title">{h1}</h1>
<p class="arti_metas">{meta}</p>
<div id="vsb_content" class="v_news_content">
{body}
</div></div></form></div>
<div class="footer">版权所有 {esc(site)}</div>{foot}
</body></html>"""
    if t == "B":  # portal / mirror article
        return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{esc(title_tag)}</title>
<meta name="keywords" content="{esc(c["title"] or "")}">{head}</head>
<body>{top}
<div id="topbar"><span class="sitename">{esc(site)}</span> <a href="/">首页</a> | <a href="/news/">新闻</a></div>
<div class="wrap"><div class="crumbs">{crumb}</div>
<div class="left">
<div class="content-title"><h2>{h1}</h2></div>
<div class="content-info">{meta}</div>
<div class="content-body" id="article">
{body}
</div></div>
<div class="right"><h3>热点新闻</h3><ul><li><a href="/a/1.html">更多资讯</a></li></ul></div></div>
<div id="footer">Copyright {esc(site)}</div>{foot}
</body></html>"""
    if t == "C":  # en / id news blog
        return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{esc(title_tag)}</title>{head}</head>
<body class="single-post">{top}
<header class="site-header"><a class="site-title" href="/">{esc(site)}</a>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article class="post">
<h1 class="entry-title">{h1}</h1>
<div class="entry-meta">{meta}</div>
<div class="entry-content">
{body}
</div></article></main>
<footer class="site-footer">&copy; {esc(site)}</footer>{foot}
</body></html>"""
    if t == "D":  # forum-ish / government old table page
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}" /><title>{esc(title_tag)}</title>{head}</head>
<body>{top}
<table width="960" align="center"><tr><td class="banner">{esc(site)}</td></tr>
<tr><td class="dh"><a href="/">网站首页</a> | <a href="/list/">新闻动态</a></td></tr></table>
<table width="960" align="center" class="con"><tr><td class="wz">{crumb}</td></tr>
<tr><td align="center" class="bt"><b>{h1}</b></td></tr>
<tr><td align="center" class="xx">{meta}</td></tr>
<tr><td class="zw" id="zoom">
{body}
</td></tr></table>
<table width="960" align="center"><tr><td class="bq">{esc(site)} 版权所有</td></tr></table>{foot}
</body></html>"""
    raise ValueError(t)

KEYS = ["id", "url", "title", "date", "source", "author", "text", "hijacked", "injections", "spam_strings", "legit",
        "lang", "origin", "kind", "site", "capture", "encoding", "template", "note"]

def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for n, c in enumerate(CASES, 1):
        c["id"] = f"rc11-{n:03d}"
        page = shell(c)
        with open(os.path.join(OUT, "html", c["id"] + ".html"), "wb") as f:
            f.write(page.encode(c["encoding"]))
        if "text" not in c:
            c["text"] = "\n".join(c["paras"])
        c["template"] = c.get("shell", "A")
        c.setdefault("note", "")
        rows.append({k: c.get(k) for k in KEYS})
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
