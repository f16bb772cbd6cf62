# -*- coding: utf-8 -*-
"""Build real-cases-v34b: html/rc34b-NNN.html + truth.jsonl + SOURCES.md from cases.py.

Deterministic; run from anywhere:  python3 build.py
Every page is a rebuilt shell around verbatim captured text (capture "text", kind "rebuilt-from-text").
"""
import html
import json
import os
from urllib.parse import urlparse

from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape

SHELLS = {
    # name: (css, nav, html lang default)
    "school": ("body{font:14px/1.9 'Microsoft YaHei',sans-serif;margin:0;background:#eef1f5}"
               ".hd{background:#16427a;color:#fff;padding:16px 36px;font-size:26px;letter-spacing:2px}"
               ".nav{background:#0f3361;padding:6px 36px}.nav a{color:#dfe8f5;margin-right:18px;text-decoration:none}"
               ".wrap{width:1000px;margin:12px auto;background:#fff;padding:18px 40px}.crumb{color:#888;font-size:12px;"
               "border-bottom:1px solid #e3e3e3;padding-bottom:6px}h1{font-size:22px;color:#16427a;text-align:center}"
               ".meta{text-align:center;color:#999;font-size:12px}.art p{text-indent:2em}.art figure{text-align:center}"
               ".ft{text-align:center;color:#777;font-size:12px;padding:16px}",
               ["首页", "学校概况", "新闻中心", "教育教学", "科学研究", "校友之家"]),
    "school_trad": ("body{font:15px/1.9 'PingFang TC','Microsoft JhengHei',sans-serif;margin:0}"
                    ".hd{background:#7a1620;color:#fff;padding:16px 36px;font-size:24px}.nav{background:#5c1017;padding:6px 36px}"
                    ".nav a{color:#f3dada;margin-right:16px;text-decoration:none}.wrap{width:980px;margin:10px auto}"
                    ".crumb{color:#888;font-size:12px}.art p{text-indent:2em}.ft{text-align:center;color:#777;font-size:12px}",
                    ["首頁", "學院概況", "學院新聞", "黨建工作", "人才培養"]),
    "wenming": ("body{font:14px/2 SimSun,serif;margin:0}.top{font-size:12px;color:#333;padding:3px 10px;background:#f6f6f6}"
                ".banner{background:#c8161d;color:#fff;padding:10px 20px;font-size:22px}.pics span{display:inline-block;"
                "width:180px;height:60px;background:#eee;margin:4px;font-size:12px;color:#666;text-align:center}"
                ".wrap{width:960px;margin:0 auto}h1{font-size:20px;text-align:center;color:#c8161d}"
                ".meta{text-align:center;color:#666;font-size:12px;border-bottom:1px dashed #ccc}#zoom p{text-indent:2em}"
                ".ft{text-align:center;font-size:12px;color:#666;border-top:2px solid #c8161d;padding:8px}",
                ["首页", "文明动态", "志愿服务", "道德建设", "热点聚焦"]),
    "farm": ("body{font:15px/1.8 sans-serif;margin:0}.hd{border-bottom:2px solid #09c;padding:10px 24px;font-size:18px;color:#09c}"
             ".wrap{max-width:860px;margin:0 auto;padding:0 16px}h1{font-size:22px}.rel{font-size:14px;color:#06c}"
             ".rel li{list-style:none}", ["首页", "资讯", "体育", "财经", "娱乐"]),
    "qa_farm": ("body{font:15px/1.8 'PingFang SC',sans-serif;margin:0;background:#fafafa}.hd{background:#fff;border-bottom:1px solid #eee;"
                "padding:10px 24px;font-size:18px}.wrap{max-width:760px;margin:10px auto;background:#fff;padding:16px 24px}"
                "h1{font-size:22px}.meta{color:#999;font-size:13px}.best{color:#f60;font-weight:bold}.quote{color:#555}"
                ".pub{color:#999;font-size:12px}.ft{text-align:center;color:#aaa;font-size:12px}",
                ["首页", "问答", "资讯"]),
    "news_simpl": ("body{font:16px/1.9 'Microsoft YaHei',sans-serif;margin:0}.hd{background:#b3121b;color:#fff;padding:12px 30px;"
                   "font-size:22px}.nav{background:#8e0e15;padding:5px 30px}.nav a{color:#fff;margin-right:16px;text-decoration:none}"
                   ".wrap{max-width:820px;margin:0 auto}h1{font-size:24px}.meta{color:#888;font-size:13px}.art p{text-indent:2em}"
                   "figcaption{text-align:center;color:#666;font-size:13px}.ft{text-align:center;color:#999;font-size:12px}",
                   ["首页", "新闻", "体育", "彩票", "视频"]),
    "mirror_trad": ("body{font:14px/1.8 'Microsoft JhengHei',sans-serif;margin:0}.kw{font-size:12px;color:#444;padding:4px 10px}"
                    ".nav{background:#1c6e3d;color:#fff;padding:5px 12px}.nav a{color:#fff;margin-right:14px;text-decoration:none}"
                    ".wrap{width:960px;margin:0 auto}.crumb{font-size:12px;color:#888}h1{font-size:22px;text-align:center}"
                    ".meta{text-align:center;color:#999;font-size:12px}.art p{text-indent:2em}.pool{font-size:12px;color:#999}",
                    ["首頁", "足球", "籃球", "綜合", "視頻"]),
}


def site_of(url):
    return urlparse(url).hostname


def clean_text(c):
    out = []
    for p in c["paras"]:
        for r in c["remove"]:
            p = p.replace(r, "")
        out.append(p)
    return "\n".join(out)


def render(c):
    t = c["truth"]
    css, nav = SHELLS[c["shell"]]
    enc = c["encoding"]
    lang = t["lang"]
    o = ["<!DOCTYPE html>", '<html lang="%s">' % lang, "<head>", '<meta charset="%s">' % enc,
         "<title>%s</title>" % E(c["page_title"]),
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         "<style>%s</style>" % css, "</head>", "<body>"]
    shell = c["shell"]
    if shell == "wenming":
        for line in c["top"]:
            o.append('<div class="top">%s</div>' % E(line))
        o.append('<div class="banner">%s</div>' % E(c["sitename"]))
        o.append('<div class="pics">图片 ' + " ".join('<span>%s</span>' % E(c["sitename"]) for _ in range(4)) + "</div>")
        o.append('<div class="nav">' + " | ".join(E(n) for n in nav) + "</div>")
    elif shell == "mirror_trad":
        for line in c["top"]:
            o.append('<div class="kw">%s</div>' % E(line))
        o.append('<div class="nav">' + "".join('<a href="#">%s</a>' % E(n) for n in nav) + "</div>")
    elif shell in ("farm", "qa_farm"):
        o.append('<div class="hd">%s</div>' % E(c["sitename"]))
    else:
        o.append('<div class="hd">%s</div>' % E(c["sitename"]))
        o.append('<div class="nav">' + "".join('<a href="#">%s</a>' % E(n) for n in nav) + "</div>")
    o.append('<div class="wrap">')
    if c.get("crumb"):
        o.append('<div class="crumb">%s</div>' % E(c["crumb"]))
    if c.get("headline"):
        o.append("<h1>%s</h1>" % E(c["headline"]))
    for m in c["meta"]:
        o.append('<div class="meta">%s</div>' % E(m))
    for i, line in enumerate(c["pre"]):
        o.append('<div class="%s">%s</div>' % ("best" if i == 0 else "quote", E(line)))
    o.append('<div class="art" id="zoom">')
    for i, p in enumerate(c["paras"]):
        o.append("<p>%s</p>" % E(p))
        for alt in c["imgs"].get(i, []):
            cap = ""
            if isinstance(alt, tuple):
                alt, cap = alt
            o.append('<figure><img src="/__local/%s" alt="%s">%s</figure>' % (
                E(alt), E(alt), "<figcaption>%s</figcaption>" % E(cap) if cap else ""))
    o.append("</div>")
    if c["post"]:
        if c.get("post_list"):
            o.append('<ul class="rel">' + "".join("<li>%s</li>" % E(x) for x in c["post"]) + "</ul>")
        elif shell == "mirror_trad":
            for x in c["post"]:
                o.append('<div class="pool">%s</div>' % E(x))
        else:
            for x in c["post"]:
                o.append('<div class="pub">%s</div>' % E(x))
    o.append("</div>")
    for f in c["footer"]:
        o.append('<div class="ft">%s</div>' % E(f))
    o.append("</body>")
    o.append("</html>")
    return "\n".join(o) + "\n"


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    src = ["# SOURCES — real-cases-v34b", "",
           "Where each page comes from. \"pages corpus\" = the stored public web pages searched with the `search` "
           "tool; every page here is a capture of text (the search excerpt, verbatim) wrapped by `build.py` in a "
           "rebuilt shell (`capture: text`, `kind: rebuilt-from-text`). The search words that found each capture are "
           "given in `origin`.", ""]
    for n, c in enumerate(CASES, 1):
        rid = "rc34b-%03d" % n
        t = c["truth"]
        row = dict(id=rid, url=c["url"], title=t["title"], date=t["date"], source=t["source"], author=t["author"],
                   text=clean_text(c), hijacked=t["hijacked"], injections=t["injections"],
                   spam_strings=t["spam_strings"], legit=t["legit"], lang=t["lang"], origin=t["origin"],
                   kind="rebuilt-from-text", site=site_of(c["url"]), capture="text", encoding=c["encoding"])
        rows.append(row)
        page = render(c)
        with open(os.path.join(HERE, "html", rid + ".html"), "wb") as f:
            f.write(page.encode(c["encoding"]))
        lab = "hijacked" + (" + legit" if t["legit"] else "") if t["hijacked"] else ("legit" if t["legit"] else "clean")
        src.append("- **%s** — %s — kind `rebuilt-from-text`, capture `text`, %s, forms %s: %s" % (
            rid, c["url"], lab, ", ".join(t["injections"]) or "none", t["origin"]))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(src) + "\n")
    print("wrote %d pages" % len(rows))


if __name__ == "__main__":
    main()
