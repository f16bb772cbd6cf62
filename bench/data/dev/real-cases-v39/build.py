# -*- coding: utf-8 -*-
"""Rebuild real-cases-v39: html/<id>.html + truth.jsonl from cases.py (deterministic, no network).

Run: python build.py   (from anywhere)
"""
import html as H
import json
import os
from urllib.parse import urlparse

from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
E = H.escape

SHELL_NAMES = {
    "portal": ("新聞中心", "首頁 | 新聞 | 國內 | 地方 | 專題 | 圖片"),
    "portal_s": ("新闻中心", "首页 | 要闻 | 社会 | 法治 | 教育 | 视频"),
    "corp": ("新聞資訊", "首頁 | 關於我們 | 產品中心 | 新聞資訊 | 聯系我們"),
    "gov_trs": ("政务公开", "首页 | 政务公开 | 政务服务 | 互动交流 | 走进本地"),
    "court": ("理論探討", "首頁 | 法院概況 | 審判執行 | 司法公開 | 便民服務"),
    "gov_gk": ("政務公開", "首頁 | 政務公開 | 辦事服務 | 互動交流"),
    "edu": ("新闻网", "学校首页 | 学校概况 | 工作动态 | 通知公告"),
    "b2b": ("最新資訊", "首頁 | 供應 | 求購 | 公司庫 | 最新資訊"),
    "forum": ("綜合討論區", "論壇 | 門戶 | 搜索 | 幫助"),
    "county": ("政府信息公开", "首页 | 走进泸西 | 政府信息公开 | 政务服务 | 互动交流"),
    "tv": ("政治新聞", "首頁 | 即時 | 政治 | 財經 | 社會 | 國際"),
    "en_law": ("What we think", "Home | People | Expertise | What we think | Contact"),
    "en_news": ("News", "Home | News | Regulation | Markets | Events"),
}

RANDOM_TAGS = ('<style id="utfaj"></style>\n<p id="utfaj"></p>\n'
               '<noscript id="utfaj"><meter id="utfaj"></meter></noscript><rp id="utfaj"><tbody id="utfaj"></tbody></rp>\n')


def page(c):
    sec, nav = SHELL_NAMES[c["shell"]]
    host = urlparse(c["url"]).hostname
    lang = "en" if c["lang"] == "en" else "zh-CN"
    enc = c["encoding"]
    title = c.get("title")
    if c.get("title_spam"):
        head_title = c["top"]
    elif c.get("sitename"):
        head_title = (title + "_" if title else "") + c["sitename"]
    elif title:
        head_title = title + c.get("title_suffix", "") + c.get("h1_suffix", "") + " - " + sec
    else:
        head_title = sec
    out = ['<!DOCTYPE html>', f'<html lang="{lang}">', '<head>', f'<meta charset="{enc}">',
           f'<meta http-equiv="Content-Type" content="text/html; charset={enc}">',
           f'<title>{E(head_title)}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<link rel="stylesheet" href="/css/style.css">', '</head>', '<body>']
    if c.get("random_tags"):
        out.append(RANDOM_TAGS)
    if c.get("top"):
        out.append(f'<div class="topline"><h1 class="seo">{E(c["top"])}</h1></div>')
    out.append('<div class="header">')
    if c.get("toplinks"):
        out.append(f'<div class="toplinks">{E(c["toplinks"])}</div>')
    if c.get("sitename"):
        out.append(f'<div class="logo"><a href="/">{E(c["sitename"])}</a></div>')
    out.append(f'<div class="nav">{E(nav)}</div>')
    out.append('</div>')
    simp = c["shell"] in ("portal_s", "gov_trs", "edu", "county")
    crumb = c.get("crumb") or ("Home > " + sec if c["lang"] == "en" else (("首页 > " if simp else "首頁 > ") + sec + " > 正文"))
    out.append(f'<div class="crumb">{E(crumb)}</div>')
    out.append('<div class="main"><div class="article">')
    if title:
        h1 = title + c.get("h1_suffix", "")
        out.append(f'<h2 class="art-title">{E(h1)}</h2>')
    if c.get("table"):
        out.append('<table class="xxgk">')
        rows = c["table"]
        for i in range(0, len(rows), 2):
            cells = ''.join(f'<th>{E(k)}</th><td>{E(v)}</td>' for k, v in rows[i:i + 2])
            out.append(f'<tr>{cells}</tr>')
        out.append('</table>')
    by = []
    if c.get("byline_raw"):
        by.append(c["byline_raw"])
    else:
        if c.get("time"):
            by.append(("發布時間:" if c["shell"] in ("portal", "corp", "court", "gov_gk") else "发布时间:") + c["time"])
        elif c.get("shown_date"):
            by.append(c["shown_date"])
        elif c.get("date") and not c.get("table"):
            by.append(("發布時間:" if c["shell"] in ("portal", "corp", "court", "gov_gk", "tv") else "发布时间:") + c["date"])
        if c.get("byline_source"):
            by.append(c["byline_source"])
        elif c.get("source") and c["lang"] != "en" and not c.get("endnote"):
            by.append(("來源:" if c["shell"] in ("portal", "corp", "gov_gk") else "来源:") + c["source"])
        if c.get("author") and not c.get("byline_raw"):
            by.append("作者:" + c["author"])
    if by:
        out.append(f'<div class="info">{E("  |  ".join(by))}</div>')
    if c.get("pre"):
        for line in c["pre"].split("\n"):
            out.append(f'<p class="reporter">{E(line)}</p>')
    out.append('<div class="content" id="zoom">')
    for p in c["paras"]:
        out.append(f'<p>{E(p)}</p>')
    out.append('</div>')
    if c.get("endnote"):
        out.append(f'<p class="endnote">{E(c["endnote"])}</p>')
    if c.get("editor_line"):
        for line in c["editor_line"].split("\n"):
            out.append(f'<div class="editor">{E(line)}</div>')
    if c.get("jammer"):
        out.append(f'<div class="jammer"><font class="jammer">{E(c["jammer"])}</font></div>')
    out.append('</div>')
    out.append('<div class="side"><h3>' + ("Related" if c["lang"] == "en" else "相關閱讀") + '</h3><ul><li><a href="/">'
               + ("More news" if c["lang"] == "en" else "更多") + '</a></li></ul></div>')
    out.append('</div>')
    if c["shell"] == "b2b":
        foot = ("關於我們 | About zj123 |法律聲明 | 友情鏈接 | 建議留言 | 網站地圖 | 聯系我們 | 最新資訊\n"
                "客服:0571-87896971 客服傳真:0571-87298208 543059767\n1091140425\n"
                "中國電子商務網站百強 © 2002-2012 zj123.com All Rights Reserved\n浙ICP備11047537號-1")
    elif c.get("sitename"):
        foot = "版权所有:" + c["sitename"]
    elif c["lang"] == "en":
        foot = "© " + host
    else:
        foot = "網站地圖 | 聯系我們 | 使用幫助" if c["shell"] in ("portal", "corp", "court", "gov_gk", "tv", "forum") else "网站地图 | 联系我们 | 使用帮助"
    out.append('<div class="footer">' + '<br>'.join(E(x) for x in foot.split("\n")) + '</div>')
    out.append('</body>')
    out.append('</html>')
    return "\n".join(out) + "\n"


# removed on 2026-12-06 when v38 became dev (ids keep their numbers): rc39-013, rc39-016 and rc39-024 share their
# url (and host) with pages of dev/real-cases-v38 (validate_v39.py)
REMOVED = {"rc39-013", "rc39-016", "rc39-024"}


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    for c in CASES:
        if c["id"] in REMOVED:
            continue
        doc = page(c)
        enc = c["encoding"]
        try:
            data = doc.encode(enc)
        except UnicodeEncodeError:
            raise SystemExit(f"{c['id']}: not encodable in {enc}")
        with open(os.path.join(HERE, "html", c["id"] + ".html"), "wb") as f:
            f.write(data)
        rows.append(dict(
            id=c["id"], url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
            author=c.get("author"), text="\n".join(c["paras"]), hijacked=c["hijacked"],
            injections=c["injections"], spam_strings=c["spam"], legit=c["legit"], lang=c["lang"],
            origin=c["origin"], kind="rebuilt-from-text", site=urlparse(c["url"]).hostname,
            capture="text", encoding=enc))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
