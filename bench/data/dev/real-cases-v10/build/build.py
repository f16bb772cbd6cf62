# -*- coding: utf-8 -*-
"""Build real-cases-v10 (html/<id>.html + truth.jsonl) from cases.py. Deterministic; run from anywhere:
    python build.py
The HTML around the verbatim captured text is a reconstruction (see SOURCES.md)."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape

NAV = {
 "county": ("首页 | 政务公开 | 政务服务 | 互动交流 | 走进本区", "主办:本级人民政府办公室　网站标识码　ICP备案"),
 "portal": ("首页 新闻 社会 财经 体育 科技", "关于我们 | 联系方式 | 版权声明"),
 "portal_trad": ("首頁 要聞 國內 國際 財經 體育", "關於我們 | 聯繫方式 | 版權聲明"),
 "college": ("学校首页 | 学校概况 | 院系设置 | 新闻网", "版权所有 · 地址 · 邮编"),
 "company": ("首页 关于我们 新闻动态 产品中心 联系我们", "Copyright © 版权所有"),
 "xxgk": ("中国政府网 省政府网 English 市人大 市政协 市纪委监委", "主办单位:市人民政府办公室"),
 "epaper": ("版面导航 | 标题导航 | 往期回顾", "本网站所刊登的各种新闻、信息和各种专题专栏资料,均为版权所有"),
 "news_id": ("Home News Hukum Kriminal Ekonomi Olahraga", "Tentang Kami | Pedoman Media Siber | Kontak"),
 "news_en": ("Latest News Macau Asia Pacific Features", "About | Contact | Privacy"),
 "wiki": ("Main Page | Download | Documentation | Community", "Privacy policy | About | Disclaimers"),
 "forum": ("論壇首頁 › 新聞時事 › 兩岸新聞", "Powered by Discuz!"),
}

def shell(c):
    t = c["shell"]
    nav, foot = NAV[t]
    enc = c["encoding"]
    lang = {"zh": "zh-CN", "en": "en", "id": "id"}[c["lang"]]
    head = [f'<meta charset="{enc}">' if enc == "utf-8" else f'<meta http-equiv="Content-Type" content="text/html; charset={enc}">',
            f'<title>{E(c["shown_title"])}</title>']
    if c.get("inject_head"):
        head.append(c["inject_head"])
    body = []
    body.append(f'<div class="top-nav">{E(nav)}</div>')
    if c.get("raw_pre"):
        body.append(c["raw_pre"])
    if c.get("pre_block"):
        body.append('<div class="kw">' + "".join(f"<p>{E(x)}</p>" for x in c["pre_block"]) + "</div>")
    art = []
    if t == "wiki":
        art.append(f'<h1 id="firstHeading" class="firstHeading">{E(c["headline"])}</h1>')
        art.append('<div id="bodyContent"><div id="siteSub">From SEnginx</div>')
        art.append(f'<div id="jump-to-nav">{E(c["byline"])}</div><div id="mw-content-text">')
        if c.get("lead_spam"):
            art.append(f"<p>{c['lead_spam']}</p>")
        for p in c["paras"]:
            art.append(f"<p>{E(p)}</p>")
        if c.get("mid_spam"):
            art.append(f"<p>{c['mid_spam']}</p>")
        art.append("</div></div>")
    else:
        cls = {"county": "zw-article", "portal": "article", "portal_trad": "article", "college": "v_news_content",
               "company": "news-detail", "xxgk": "xxgk-content", "epaper": "ep-content", "news_id": "detail__body",
               "news_en": "entry-content", "forum": "t_f"}[t]
        if t == "xxgk" and c.get("meta_table"):
            art.append('<table class="xxgk-meta">' + "".join(
                f"<tr><th>{E(k)}</th><td>{E(v)}</td></tr>" for k, v in c["meta_table"]) +
                f'<tr><th>名称</th><td>{E(c["headline"])}</td></tr></table>')
        if c.get("headline"):
            art.append(f'<h1 class="title">{E(c["headline"])}</h1>')
        if c.get("sub_headline"):
            art.append(f'<h2 class="subtitle">{E(c["sub_headline"])}</h2>')
        if c.get("byline"):
            art.append(f'<div class="info">{E(c["byline"])}</div>')
        art.append(f'<div class="{cls}" id="zoom">')
        for p in c["paras"]:
            art.append(f"<p>{E(p)}</p>")
        for p in c.get("tail_paras", []):
            art.append(f"<p>{E(p)}</p>")
        art.append("</div>")
        if c.get("inject_after"):
            art.append(c["inject_after"])
    body.append('<div class="main">' + "\n".join(art) + "</div>")
    body.append(f'<div class="footer">{E(foot)}</div>')
    if c.get("inject_footer"):
        body.append(c["inject_footer"])
    if c.get("inject_tail"):
        body.append(c["inject_tail"])
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n" +
            "\n".join(body) + "\n</body>\n</html>\n")

def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for i, c in enumerate(CASES, 1):
        cid = f"rc10-{i:03d}"
        page = shell(c)
        with open(os.path.join(OUT, "html", cid + ".html"), "wb") as f:
            f.write(page.encode(c["encoding"]))
        paras = c.get("truth_paras") or c["paras"]
        rows.append(dict(id=cid, url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
                         text="\n".join(paras), hijacked=c["hijacked"], injections=c["injections"],
                         spam_strings=c["spam_strings"], legit=c["legit"], lang=c["lang"], origin=c["origin"],
                         kind=c["kind"], site=c["site"], capture=c["capture"], encoding=c["encoding"]))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")

if __name__ == "__main__":
    main()
