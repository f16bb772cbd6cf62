#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild the v27 real-case pages (html/ + truth.jsonl) from cases.py: verbatim captured text set in a
plausible CMS shell (the shells are reconstructions; see README.md). Deterministic."""
import html as H
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

CAPTURED_TITLES = {"http://stoptrainingnow.com/info/1010/3554.html", "https://www.bionobile.com/info/1039/17289.html",
                   "https://westcoasthorsemen.com/xww/zhxw/jjxy/a148408.html", "https://hngsjz.com/contents/46/59526.html",
                   "https://hngsjz.com/contents/47/56084.html", "http://www.hqlesbianporno.com/article/87.html",
                   "http://cqsbzx.com/news/jjxy/87359.htm", "http://www.casadomeio.com/info/1134/4839.htm",
                   "https://macauhub.com.mo/2012/04/18/1st-quarter-gross-gaming-revenues-of-us9-324-billion-in-macau/",
                   "https://ggbnews.com/article/weekly-feature-numerous-states-still-working-to-get-sports-betting-approved/",
                   "https://bali.antaranews.com/berita/289925/polres-badung-tangkap-10-pengecer-judi-online",
                   "https://tempo.co/hukum/polda-metro-jaya-tangkap-66-tersangka-judi-online-periode-mei-juli-2024-33669"}


def e(s):
    return H.escape(s or "", quote=False)


def body(ps):
    return "\n".join("<p>%s</p>" % e(p) for p in ps)


def meta_line(c, sep="　"):
    bits = []
    if c["date"]:
        bits.append("发布时间：" + c["date"])
    if c.get("source_shown"):
        bits.append("来源：" + c["source_shown"])
    if c.get("author"):
        bits.append("作者：" + c["author"])
    bits.append("点击数：")
    return sep.join(e(b) for b in bits)


def shell(c):
    t, s = c["title_shown"], c["shell"]
    if s in ("vsb", "vsb-company"):
        unit = "新闻网" if s == "vsb" else "新闻中心"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{e(t)}-{unit}</title>
<META Name="keywords" Content="{e(t)}" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head><body>
<div class="header"><div class="logo"><img src="/images/logo.png" /></div><div class="nav"><ul><li><a href="/index.htm">首页</a></li><li><a href="/xwzx.htm">新闻中心</a></li><li><a href="/tzgg.htm">通知公告</a></li><li><a href="/xsgz.htm">学生工作</a></li></ul></div></div>
<div class="main"><div class="dqwz">当前位置: <a href="/index.htm">首页</a> &gt;&gt; <a href="/xwzx.htm">新闻中心</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname"><div class="content-title"><h1>{e(t)}</h1></div>
<div class="content-info">{meta_line(c, "&nbsp;&nbsp;&nbsp;")}<script>_showDynClicks("wbnews", 1, 1)</script></div>
<div class="v_news_content" id="vsb_content">
{body(c["paras"])}
</div></form>
<div class="fanhui"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div>
<div class="footer">版权所有　技术支持：信息化中心</div>
</body></html>
"""
    if s == "hngsjz":
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{e(t)}</title></head><body>
<div id="top"><div class="w"><span class="site">新闻网</span><a href="/">首页</a> | <a href="/contents/46/">综合新闻</a> | <a href="/contents/47/">国际交流</a> | <a href="/contents/48/">媒体报道</a></div></div>
<div class="w page"><div class="pos">您所在的位置：首页 &gt; 新闻中心</div>
<div class="art"><h2 class="art-title">{e(t)}</h2><div class="art-date">发布日期：{e(c["date"])}</div>
<div class="art-body">
{body(c["paras"])}
</div></div></div>
<div id="foot"><div class="w">地址：　邮编：　版权所有</div></div>
</body></html>
"""
    if s == "news-table":
        return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{e(t)}</title></head><body>
<table width="980" align="center" class="top"><tr><td><img src="/images/banner.jpg"></td></tr></table>
<table width="980" align="center"><tr><td class="weizhi">当前位置: 首页» 新闻</td></tr></table>
<table width="980" align="center" class="article"><tr><td class="titlestyle"><h1>{e(t)}</h1></td></tr>
<tr><td class="timestyle">{meta_line(c, " | ")}</td></tr>
<tr><td class="contentstyle">
{body(c["paras"])}
</td></tr></table>
<table width="980" align="center" class="copy"><tr><td>Copyright 版权所有</td></tr></table>
</body></html>
"""
    if s == "corp":
        return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(t)}</title></head><body>
<header class="hd"><nav><a href="/">首页</a><a href="/about/">关于我们</a><a href="/news/">新闻动态</a><a href="/contact/">联系我们</a></nav></header>
<section class="news-detail"><h1>{e(t)}</h1><div class="info">{meta_line(c)}</div>
<div class="detail-con">
{body(c["paras"])}
</div><div class="comments">查看更多(共0条)评论列表</div></section>
<footer class="ft">Copyright © All Rights Reserved</footer>
</body></html>
"""
    if s == "spamhead":
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{e(t)}</title>
<meta name="keywords" content="台湾365bet官网,365bet投注开户注册娱乐网站">
<meta name="description" content="{e(c["head"][:120])}">
</head><body>
<div class="header"><div class="intro">{e(c["head"])}</div></div>
<div class="main"><div class="post"><h1 class="post-title">{e(c["truth_title"])}</h1>
<ul class="post-meta"><li>时间:</li><li>浏览:14</li></ul>
<div class="post-content">
{body(c["paras"])}
</div></div></div>
<div class="footer">Copyright © 台湾365bet官网</div>
</body></html>
"""
    if s == "forum":
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{e(t)} - 民生 - 梅州论坛</title></head><body>
<div class="bbs-head"><a href="/">论坛首页</a> › <a href="/forum-ms.htm">民生</a></div>
<div class="thread"><h1 class="subject">{e(t)}</h1>
<div class="post-first"><div class="author-info">楼主</div>
<div class="message">
{body(c["paras"])}
</div></div>
<div class="reply-box">发表回复</div></div>
</body></html>
"""
    if s == "epaper":
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{e(t)}</title></head><body>
<div class="paper-top">数字报　<span class="date">{e(c["date"] or "")}</span>　<a>上一版</a> <a>下一版</a> <a>版面导航</a></div>
<div class="paper-main"><div class="article"><h1>{e(t)}</h1>
<div class="article-content">
{body(c["paras"])}
</div></div>
<div class="paper-side"><h4>本版新闻</h4><ul><li><a>本版其他新闻</a></li></ul></div></div>
</body></html>
"""
    if s == "en-news":
        return f"""<!DOCTYPE html>
<html lang="{c["lang"]}"><head><meta charset="utf-8"><title>{e(t)}</title>
<meta property="og:title" content="{e(t)}"></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About</a></nav></header>
<main><article><h1 class="entry-title">{e(t)}</h1>
<div class="entry-meta">{e(c["date"] or "")}</div>
<div class="entry-content">
{body(c["paras"])}
</div></article></main>
<footer class="site-footer">© All rights reserved.</footer>
</body></html>
"""
    raise ValueError(s)


def strip_spam(s, spam):
    for x in sorted(spam, key=len, reverse=True):
        s = s.replace(x, "")
    return s


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    for i, c in enumerate(CASES, 1):
        pid = "rc27-%03d" % i
        hij = c["t"] == "hijacked"
        spam = c.get("spam", [])
        page = shell(c)
        with open(os.path.join(HERE, "html", pid + ".html"), "wb") as f:
            f.write(page.encode("utf-8"))
        host = re.sub(r"^https?://([^/]+)/?.*$", r"\1", c["url"])
        site = host[4:] if host.startswith("www.") else host
        text = "\n".join(strip_spam(p, spam).strip() for p in c["paras"])
        rows.append(dict(id=pid, url=c["url"], title=c["truth_title"], date=c["date"], source=c["truth_source"], author=c["author"],
                         text=text, hijacked=hij, injections=c.get("injections", []), spam_strings=spam, legit=not hij,
                         lang=c["lang"], origin="search:pages", kind="rebuilt-from-text", site=site, capture="text", encoding="utf-8",
                         title_captured=c["url"] in CAPTURED_TITLES))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
