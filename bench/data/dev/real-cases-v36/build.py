# -*- coding: utf-8 -*-
"""Build real-cases-v36: html/rc36-NNN.html + truth.jsonl + SOURCES.md from cases.py.

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

# name: (site label, lang attr hint, css, nav, footer lines)
SHELLS = {
    "epaper_hant": ("數字報", "body{font:14px/1.8 SimSun,serif;margin:0;background:#f7f3ea}.bar{background:#8b1a1a;color:#fff;padding:6px 16px}"
                    ".ban{font-size:12px;color:#555;padding:4px 16px}.art{width:760px;margin:0 auto;background:#fff;padding:18px 30px}"
                    "h1{font-size:24px;text-align:center}h2{font-size:16px;text-align:center;color:#444}.by{text-align:center;color:#666}",
                    ["首頁", "版面導航", "往期回顧", "PDF下載"], ["本報版權所有 未經授權禁止轉載"]),
    "mirror_news": ("", "body{font:15px/1.9 'Microsoft YaHei',sans-serif;margin:0}.top{font-size:13px;padding:4px 12px;color:#222}"
                    ".nav{background:#1d4e89;color:#fff;padding:5px 12px}.box{width:980px;margin:0 auto}h1{font-size:23px}"
                    ".meta{color:#888;font-size:13px}.cap{color:#666;text-align:center;font-size:13px}",
                    ["首頁", "新聞", "地方", "財經", "專題"], ["Copyright © All Rights Reserved"]),
    "mirror_simpl": ("", "body{font:15px/1.9 'PingFang SC',sans-serif;margin:0}.top{padding:4px 12px}.nav{background:#333;color:#eee;padding:5px 12px}"
                     ".box{max-width:900px;margin:0 auto}h1{font-size:22px}.meta{color:#999}",
                     ["首页", "资讯", "港澳", "教育", "社会"], ["版权所有 转载请注明出处"]),
    "school_news": ("新闻网", "body{font:14px/1.9 'Microsoft YaHei';margin:0;background:#eef2f6}.head{background:#2a5d34;color:#fff;padding:16px 28px;font-size:22px}"
                    ".nav{background:#1f4627;padding:6px 28px}.nav a{color:#fff;margin-right:14px}.main{width:1000px;margin:12px auto;background:#fff;padding:22px 40px}"
                    "h1{font-size:21px;text-align:center;color:#2a5d34}.meta{text-align:center;color:#999;font-size:12px}.cap{text-align:center;color:#555}",
                    ["首页", "学校概况", "新闻中心", "综合新闻", "学院动态", "通知公告"], ["版权所有 地址 邮编 备案号"]),
    "school_hant": ("新聞網", "body{font:14px/1.9 'Microsoft JhengHei';margin:0}.head{background:#5b2c6f;color:#fff;padding:16px 28px;font-size:22px}"
                    ".main{width:960px;margin:12px auto}h1{font-size:21px;text-align:center}.meta{text-align:center;color:#999}",
                    ["首頁", "學院概況", "新聞中心", "學生工作"], ["版權所有"]),
    "corp_news": ("新闻中心", "body{font:14px/1.8 Arial,'Microsoft YaHei';margin:0}.head{background:#0e5a8a;color:#fff;padding:14px 24px}"
                  ".main{width:960px;margin:0 auto}.crumb{color:#777;font-size:12px}h1{font-size:20px}.meta{color:#888;font-size:12px}",
                  ["首页", "关于我们", "新闻中心", "产品中心", "联系我们"], ["版权所有 ICP备案"]),
    "law_db": ("法律圖書館", "body{font:14px/1.9 SimSun;margin:0}.odd{font-size:12px;color:#333}.main{width:900px;margin:0 auto}"
               ".fld li{list-style:none}h1{font-size:20px;text-align:center}",
               ["首頁", "新法規速遞", "法規分類", "案例"], ["法律圖書館 版權所有"]),
    "forum_archive": ("精華區", "body{font:15px/1.6 monospace;background:#000;color:#ccc}.main{max-width:800px;margin:0 auto}",
                      ["看板", "精華區", "關於我們", "聯絡資訊"], []),
    "gov_record": ("立法院", "body{font:15px/1.8 'Microsoft JhengHei'}.main{max-width:960px;margin:0 auto}.fld dt{font-weight:bold}",
                   ["首頁", "議事及公報", "法律系統", "委員會"], ["立法院 版權所有"]),
    "univ_hant": ("法學院", "body{font:15px/1.8 'Microsoft JhengHei'}.main{max-width:920px;margin:0 auto}.en{font-family:Georgia}",
                  ["首頁", "學院簡介", "學術研究", "期刊論文"], ["國立大學 版權所有"]),
    "thesis_db": ("學位論文", "body{font:15px/1.7 sans-serif}.main{max-width:920px;margin:0 auto}.kw{color:#666}",
                  ["首頁", "期刊", "學位論文", "會議論文"], ["All rights reserved."]),
    "ja_pref": ("大阪府", "body{font:16px/1.8 'Meiryo',sans-serif}.main{max-width:960px;margin:0 auto}table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:4px}",
                ["ホーム", "くらし・環境", "府政運営", "IR推進局"], ["Copyright © Osaka Prefecture"]),
    "en_news": ("News", "body{font:17px/1.7 Georgia,serif}.main{max-width:760px;margin:0 auto}.byline{color:#666}",
                ["Home", "News", "Casino", "Regulation", "Asia"], ["All rights reserved."]),
    "id_news": ("Berita", "body{font:16px/1.8 Arial}.main{max-width:760px;margin:0 auto}.baca{font-weight:bold}",
                ["Home", "Nasional", "Hukum", "Teknologi"], ["Copyright © All Rights Reserved"]),
    "court_db": ("案例库", "body{font:14px/1.9 'Microsoft YaHei'}.main{width:960px;margin:0 auto}.info td{padding:2px 10px;color:#555}",
                 ["首页", "案例检索", "法规检索", "律师服务"], ["版权所有 ICP备"]),
    "zh_blog": ("知识", "body{font:16px/1.9 'PingFang SC'}.main{max-width:800px;margin:0 auto}h2{font-size:18px}",
                ["首页", "全部文章", "教育", "社会"], ["版权所有"]),
}


def site_of(url):
    return urlparse(url).hostname


def shell_page(c):
    t = c["truth"]
    label, css, nav, footer = SHELLS[c["shell"]]
    enc = c.get("encoding", "utf-8")
    site_name = c.get("site_name") or label or site_of(c["url"])
    if c.get("top_spam"):
        title = c["top_spam"]
    elif c.get("headline"):
        title = c["headline"] + " - " + site_name
    else:
        title = site_name
    out = ["<!DOCTYPE html>", '<html lang="%s">' % t["lang"], "<head>", '<meta charset="%s">' % enc,
           "<title>%s</title>" % E(title)]
    if c.get("top_spam"):
        out.append('<meta name="description" content="%s">' % E(c["top_spam"]))
    out.append("<style>%s</style>" % css)
    out.append("</head>")
    out.append("<body>")
    if c.get("top_spam"):
        out.append('<div class="top"><p class="sitetitle">%s</p></div>' % E(c["top_spam"]))
    if c.get("junk"):
        out.append('<ul class="odd">')
        for j in c["junk"]:
            out.append("<li>%s</li>" % E(j))
        out.append("</ul>")
    if site_name and not c.get("top_spam"):
        out.append('<div class="head bar">%s</div>' % E(site_name))
    out.append('<div class="nav">%s</div>' % " ".join('<a href="#">%s</a>' % E(n) for n in nav))
    for line in c.get("chrome_top", []):
        out.append('<div class="crumb ban">%s</div>' % E(line))
    out.append('<div class="main box art">')
    if c.get("fields"):
        out.append('<ul class="fld">%s</ul>' % "".join("<li>%s</li>" % E(f) for f in c["fields"]))
    if c.get("headline"):
        out.append("<h1>%s</h1>" % E(c["headline"]))
    if c.get("subhead"):
        out.append("<h2>%s</h2>" % E(c["subhead"]))
    for m in c.get("meta", []):
        out.append('<div class="meta by byline">%s</div>' % E(m))
    out.append('<div class="content" id="article">')
    caps = c.get("captions", {})
    for cap in caps.get(-1, []):
        out.append('<p class="cap"><img src="/uploads/p0.jpg" alt=""><br>%s</p>' % E(cap))
    for i, para in enumerate(c["paras"]):
        tag = "h3" if para in c.get("subheads", []) else "p"
        out.append("<%s>%s</%s>" % (tag, E(para), tag))
        for cap in caps.get(i, []):
            out.append('<p class="cap"><img src="/uploads/p%d.jpg" alt=""><br>%s</p>' % (i + 1, E(cap)))
    out.append("</div>")
    for line in c.get("extra_after", []):
        out.append('<p class="editor">%s</p>' % E(line))
    if c.get("related"):
        out.append('<ul class="rel">%s</ul>' % "".join("<li>%s</li>" % E(r) for r in c["related"]))
    out.append("</div>")
    for f in footer + c.get("footer", []):
        out.append('<div class="footer">%s</div>' % E(f))
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n", enc


def truth_text(c):
    paras = [p for p in c["paras"]]
    for b in sorted(c.get("brands", []), key=len, reverse=True):
        paras = [p.replace(b, "") for p in paras]
    return "\n".join(paras)


def main():
    hdir = os.path.join(HERE, "html")
    os.makedirs(hdir, exist_ok=True)
    rows, src = [], []
    for n, c in enumerate(CASES, 1):
        cid = "rc36-%03d" % n
        page, enc = shell_page(c)
        with open(os.path.join(hdir, cid + ".html"), "wb") as f:
            f.write(page.encode(enc))
        t = dict(c["truth"])
        row = {
            "id": cid, "url": c["url"], "title": t["title"], "date": t["date"], "source": t["source"],
            "author": t["author"], "text": truth_text(c), "hijacked": t["hijacked"],
            "injections": t["injections"], "spam_strings": t["spam_strings"], "legit": t["legit"],
            "lang": t["lang"], "origin": t["origin"], "kind": "rebuilt-from-text", "site": site_of(c["url"]),
            "capture": "text", "encoding": enc,
        }
        rows.append(row)
        lab = ("hijacked" + (" + legit" if t["legit"] else "")) if t["hijacked"] else "legit"
        src.append("- **%s** — %s — kind `rebuilt-from-text`, capture `text`, %s: %s" % (cid, c["url"], lab, t["origin"]))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# SOURCES — real-cases-v36\n\n")
        f.write("Where each page comes from. \"pages corpus\" = the stored public web pages searched with the "
                "`search` tool (corpus `pages`); every page here is a capture of text (the search excerpt, verbatim) "
                "wrapped by `build.py` in a rebuilt shell (`capture: text`, `kind: rebuilt-from-text`).\n\n")
        f.write("\n".join(src) + "\n")
    print(len(rows), "cases")


if __name__ == "__main__":
    main()
