# -*- coding: utf-8 -*-
"""Rebuild the v38 real cases: verbatim captured text (cases_hijacked.py, cases_legit.py) inside a
plausible CMS shell; the injected strings sit where the capture showed them. Writes html/, truth.jsonl.
Run: python build.py   (deterministic; no network)."""
import html, json, os, sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import H  # noqa: E402
from cases_legit import L  # noqa: E402

E = html.escape

SHELLS = {
    # name: (site label, nav items, footer)
    "netease": ("網易號", ["首頁", "新聞", "體育", "娛樂", "財經"], "網易公司版權所有 ©1997-2024"),
    "beijiang": ("北疆新聞", ["客戶端", "官方微信", "官方微博", "今日頭條", "北疆觀察", "數字報刊"], "北疆新聞網 版權所有"),
    "vsb": ("新闻网", ["首页", "学校要闻", "院部动态", "校园看点", "媒体关注"], "版权所有 学院党委宣传部 地址:学院路1号"),
    "vsb2": ("学院新闻", ["首页", "学院概况", "新闻动态", "通知公告", "党建工作"], "Copyright © 学院办公室"),
    "plain": ("新闻中心", ["首页", "新闻中心", "通知公告"], "版权所有"),
    "trs": ("政务公开", ["首页", "政务公开", "政务服务", "互动交流"], "主办单位:人民政府办公室"),
    "zhibo": ("體育播報", ["首頁", "足球", "籃球", "綜合"], "版權所有"),
    "puyang": ("濮陽網", ["首頁", "新聞", "要聞", "縣區"], "濮陽網 版權所有"),
    "chinaz": ("业界资讯", ["首页", "资讯", "业界", "站长"], "Copyright"),
    "gdgov": ("政府信息公开", ["首頁", "政務公開", "政府信息公開目錄"], "主辦:區人民政府辦公室"),
    "ynnews": ("部門動態", ["首頁", "縣區新聞", "部門動態"], "版權所有"),
    "fjnews": ("縣域新聞", ["首頁", "泉州", "安溪"], "版權所有"),
    "ahnews": ("看點", ["首頁", "看點", "頭條"], "版權所有"),
    "jsgov": ("部门动态", ["首页", "政务公开", "部门动态"], "主办:市人民政府办公室"),
    "en_news": ("News", ["Home", "World", "Life", "Business"], "All rights reserved"),
    "ja_news": ("マカオ新聞", ["ホーム", "カジノ・IR", "社会", "経済"], "© マカオ新聞"),
    "wp": ("米河在线", ["首页", "民生", "本地"], "米河在线"),
    "id_news": ("Berita", ["Home", "Hukum", "Nasional", "Teknologi"], "Hak cipta dilindungi"),
    "xhedu": ("学校网站", ["首 页", "信息公开专栏", "学校概况", "德育园地"], "版权所有"),
    "en_law": ("Insights", ["Home", "Insights", "Publications"], "Holland & Knight LLP"),
    "scgov": ("民政新闻", ["首页", "工作动态", "民政新闻", "政务公开"], "主办:市民政局"),
    "shgov": ("工作动态", ["首页", "工作动态", "政务公开", "办事服务"], "主办:区民政局"),
    "hngov": ("政务新闻", ["网站首页", "政务新闻", "政务公开", "互动交流"], "主办单位:市人民政府"),
    "nmnews": ("正北方网", ["首页", "新闻", "社会", "法治"], "正北方网 版权所有"),
}


def paras_of(c):
    if "paras_raw" in c:
        out = []
        for p in c["paras_raw"]:
            if p.startswith("(作者"):
                continue
            for s in c.get("strip_list") or [c.get("strip")]:
                if s:
                    p = p.replace(s, "")
            out.append(p)
        return out
    return list(c["paras"])


def render(c, hijacked):
    label, nav, foot = SHELLS[c["shell"]]
    place = c.get("place", "")
    spam_line = c.get("spam_line")
    enc = c["encoding"]
    charset = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}[enc]
    title = c.get("title")
    site_name = label
    head_title = (title + " - " + label) if title else label
    if place == "site-name+title":
        site_name = spam_line
        head_title = title + "-" + spam_line
    if place == "brand-substitution":
        site_name = spam_line
        head_title = spam_line
    if place == "top-line+title-tag":
        head_title = spam_line
    if place == "title-splice":
        head_title = c["shown_title"] + " - " + label
    lang = {"zh": "zh-CN", "en": "en", "ja": "ja", "id": "id"}[c["lang"]]
    o = []
    o.append("<!DOCTYPE html>")
    o.append(f'<html lang="{lang}">')
    o.append("<head>")
    o.append(f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    o.append(f"<title>{E(head_title)}</title>")
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append('<link rel="stylesheet" href="/css/style.css">')
    o.append("</head>")
    o.append("<body>")
    if c.get("warnings"):
        o.append("<br />\n<b>Warning</b>:  mkdir(): No space left on device in <b>/www/wwwroot/test6.ixssj.com/qingqing/t.php</b> on line <b>59</b><br />")
        o.append("<br />\n<b>Warning</b>:  fopen(/www/wwwroot/test6.ixssj.com/qingqing/log/20250108/count.txt): failed to open stream: No such file or directory in <b>/www/wwwroot/test6.ixssj.com/qingqing/t.php</b> on line <b>74</b><br />")
    if place == "top-line+hidden-tags":
        o.append('<cite id="ffb66"></cite><cite id="ffb66"><track id="ffb66"></track></cite>')
        o.append('<legend id="ffb66"><li id="ffb66"></li></legend>')
    if place.startswith("top-line"):
        o.append(f'<div class="top-keywords"><h1 class="kw">{E(spam_line)}</h1></div>')
    o.append('<div class="header"><div class="wrap">')
    o.append(f'<div class="logo"><a href="/">{E(site_name)}</a></div>')
    o.append('<ul class="nav">' + "".join(f'<li><a href="#">{E(n)}</a></li>' for n in nav) + "</ul>")
    o.append("</div></div>")
    o.append('<div class="main wrap">')
    if c.get("crumb"):
        o.append(f'<div class="crumb">{E(c["crumb"])}</div>')
    o.append('<div class="article">')
    if c.get("cat"):
        o.append(f'<div class="cat">{E(c["cat"])}</div>')
    if place == "title-splice":
        o.append(f'<h1 class="title">{E(c["shown_title"])}</h1>')
    elif title:
        o.append(f'<h1 class="title">{E(title)}</h1>')
    if c.get("blog"):
        o.append(f'<div class="blog">{E(c["blog"])}</div>')
    if c.get("author") and c["shell"] in ("id_news", "en_law"):
        o.append(f'<div class="author">{E(c["author"])}</div>')
    for k in ("dateline", "byline"):
        if c.get(k):
            o.append(f'<div class="info">{E(c[k])}</div>')
    if c.get("outlet"):
        o.append(f'<div class="outlet">{E(c["outlet"])}</div>')
    if c.get("caption"):
        o.append(f'<figure><img src="/uploads/cover.jpg" alt=""><figcaption>{E(c["caption"])}</figcaption></figure>')
    if c.get("notice"):
        o.append(f'<p class="notice">{E(c["notice"])}</p>')
    o.append('<div class="content" id="vsb_content">')
    for p in c.get("pre", []):
        o.append(f'<p class="pic-note" style="text-align:center">{E(p)}</p>')
    for p in (c["paras_raw"] if "paras_raw" in c else c["paras"]):
        o.append(f"<p>{E(p)}</p>")
    for p in c.get("post", []):
        o.append(f'<p class="pic-note" style="text-align:center">{E(p)}</p>')
    o.append("</div>")
    if c.get("source_line"):
        o.append(f'<div class="src">{E(c["source_line"])}</div>')
    for t in c.get("trailer", []):
        o.append(f'<div class="editor">{E(t)}</div>')
    if c.get("tail_list"):
        o.append('<ul class="headlines">' + "".join(f"<li>{E(t)}</li>" for t in c["tail_list"]) + "</ul>")
    o.append("</div></div>")
    o.append(f'<div class="footer"><p>{E(foot)}</p></div>')
    o.append("</body>")
    o.append("</html>")
    return "\n".join(o) + "\n"


# removed on 2026-12-06 when v37 became dev (ids keep their numbers): rc38-001 shares its host with
# dev/real-cases-v37, rc38-032 its url (validate_v38.py)
REMOVED = {"rc38-001", "rc38-032"}


def main():
    out_html = os.path.join(HERE, "html")
    os.makedirs(out_html, exist_ok=True)
    rows = []
    n = 0
    for group, hij in ((H, True), (L, False)):
        for c in group:
            n += 1
            cid = f"rc38-{n:03d}"
            if cid in REMOVED:
                continue
            doc = render(c, hij)
            data = doc.encode(c["encoding"])  # strict: a character the declared charset lacks fails here
            with open(os.path.join(out_html, cid + ".html"), "wb") as f:
                f.write(data)
            host = urlsplit(c["url"]).hostname
            rows.append(dict(
                id=cid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
                author=c.get("author"), text="\n".join(paras_of(c)), hijacked=hij,
                injections=c.get("injections", []) if hij else [], spam_strings=c.get("spam", []) if hij else [],
                legit=bool(c.get("legit")) if hij else True, lang=c["lang"], origin=c["origin"],
                kind="rebuilt-from-text", site=host, capture="text", encoding=c["encoding"],
            ))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
