# -*- coding: utf-8 -*-
"""Build real-cases-v49 (keeper k49): CMS-like shells around text captured verbatim -> html/ + truth.jsonl + SOURCES.md.

Deterministic: no clock, no randomness; page order (and so ids) follows a sha1 of each url.
`python3 build.py [OUTDIR]` writes OUTDIR/html/, OUTDIR/truth.jsonl and OUTDIR/SOURCES.md (default: this folder);
a second run rewrites them byte-identically.  Paragraphs, headlines, bylines, spam lines and brand names come from
cases_hijacked.py / cases_legit.py (verbatim captures); the shells (markup, CSS, class names, generic labels) are the
keeper's, written for this split.
"""
import hashlib
import html as _h
import json
import os
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import H as HIJ  # noqa: E402
from cases_legit import L as LEG  # noqa: E402

LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def e(s):
    return _h.escape(s, quote=False)


def ea(s):
    return _h.escape(s, quote=True)


def para(p, tag="p", cls=None):
    a = f' class="{cls}"' if cls else ""
    out, pos = [], 0
    for m in LINK.finditer(p):
        out.append(e(p[pos:m.start()]))
        out.append(f'<a href="{ea(m.group(2))}" rel="nofollow">{e(m.group(1))}</a>')
        pos = m.end()
    out.append(e(p[pos:]))
    return f"<{tag}{a}>{''.join(out)}</{tag}>"


def paras(c, tag="p", cls=None, sep="\n"):
    return sep.join(para(p, tag, cls) for p in c["body"])


def truth_text(c):
    ps = c.get("keep") or c["body"]
    return "\n".join(LINK.sub(r"\1", p).strip() for p in ps if p.strip())


def headline(c):
    return c.get("shown_title") or c.get("title")


HTML_LANG = {"zh": "zh-CN", "zh-Hant": "zh-Hant", "en": "en", "id": "id", "th": "th", "vi": "vi"}


def head(c, cs, page_title, css, extra=""):
    return ("<!DOCTYPE html>\n"
            f'<html lang="{HTML_LANG[c["lang"]]}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            f"<title>{e(page_title)}</title>\n{extra}<style>\n{css}\n</style>\n</head>\n")


def opt(fmt, v):
    return fmt.format(e(v)) if v else ""


# ---------------------------------------------------------------------------------------------- shells
def s_en_portal(c, cs):
    css = ("body{margin:0;font:16px/1.6 Georgia,serif;color:#222;background:#fafafa}"
           ".kwline{font:12px/1.4 Arial,sans-serif;color:#777;padding:4px 12px;background:#fff;border-bottom:1px solid #eee}"
           ".edbar{background:#12355b;color:#fff;font:13px Arial,sans-serif;padding:8px 20px;letter-spacing:1px}"
           ".trail{font:12px Arial,sans-serif;color:#12355b;padding:10px 20px}"
           ".story{max-width:760px;margin:0 auto 30px;background:#fff;padding:20px 36px;box-shadow:0 0 3px #ccc}"
           ".story h1{font-size:30px;line-height:1.25;margin:.2em 0}.dateline{font:12px Arial;color:#888;margin-bottom:14px}"
           ".pic figcaption{font:italic 13px Arial;color:#555}.story-body p{margin:0 0 1em}"
           ".ftr{text-align:center;font:11px Arial;color:#aaa;padding:18px}")
    fig = opt('<figure class="pic"><div class="ph"></div><figcaption>{}</figcaption></figure>\n', c.get("caption"))
    return (head(c, cs, c["top"], css) + "<body>\n"
            f'<div class="kwline">{e(c["top"])}</div>\n'
            f'<div class="edbar">{e(c["nav"])}</div>\n<div class="trail">{e(c["crumb"])}</div>\n'
            f'<div class="story">\n<h1>{e(headline(c))}</h1>\n<div class="dateline">{e(c["meta"])}</div>\n'
            f'{fig}<div class="story-body">\n{paras(c)}\n</div>\n</div>\n'
            '<div class="ftr">Copyright. All rights reserved.</div>\n</body>\n</html>\n')


def s_tc_edu(c, cs):
    css = ("body{margin:0;background:#eef3f7;font:15px/1.9 'PMingLiU',serif}"
           "#seo{font-size:12px;color:#8a8a8a;padding:2px 10px}"
           "#logo{background:linear-gradient(#2f6f9f,#1d4d73);color:#fff;font-size:24px;padding:16px 30px}"
           "#menu{background:#163b58;padding:6px 30px}#menu span{color:#e6f0f8;margin-right:22px;font-size:14px}"
           "#main{width:880px;margin:16px auto;background:#fff;padding:20px 40px}#main h2{text-align:center;font-size:22px}"
           "#info{text-align:center;color:#999;font-size:12px;border-bottom:1px solid #ddd;padding-bottom:6px}"
           "#con p{text-indent:2em}#foot{text-align:center;color:#889;font-size:12px;padding:14px}")
    menu = "".join(f"<span>{e(x)}</span>" for x in c["nav"].split(" "))
    return (head(c, cs, c["top"], css) + "<body>\n"
            f'<div id="seo">{e(c["top"])}</div>\n<div id="logo">教育資訊</div>\n<div id="menu">{menu}</div>\n'
            f'<div id="main">\n<h2>{e(headline(c))}</h2>\n<div id="info">{e(c["meta"])}</div>\n'
            f'<div id="con">\n{paras(c)}\n</div>\n</div>\n<div id="foot">版權所有</div>\n</body>\n</html>\n')


def s_law_db(c, cs):
    css = ("body{margin:0;background:#f7f5ef;font:14px/1.8 'Microsoft JhengHei',sans-serif;color:#333}"
           ".hotwords{padding:3px 14px;font-size:12px;color:#999;background:#fff}"
           ".lawtop{background:#7b2d26;color:#fff;padding:12px 24px;font-size:20px}"
           ".lawwrap{display:flex;max-width:1000px;margin:16px auto;gap:16px}"
           ".lawtoc{width:200px;background:#fff;padding:10px 14px;font-size:13px}.lawtoc li{list-style:none;margin:4px 0}"
           ".lawdoc{flex:1;background:#fff;padding:18px 30px}.lawdoc h1{font-size:21px;text-align:center}"
           ".lawmeta{color:#8c8c8c;font-size:12px;text-align:center}.clause{margin:.4em 0}")
    toc = "".join(f"<li>{e(x)}</li>" for x in c.get("toc", []))
    return (head(c, cs, c["top"], css) + "<body>\n"
            f'<div class="hotwords">{e(c["top"])}</div>\n<div class="lawtop">法規查詢</div>\n'
            f'<div class="lawwrap">\n<ul class="lawtoc">{toc}</ul>\n<div class="lawdoc">\n<h1>{e(headline(c))}</h1>\n'
            f'<div class="lawmeta">{e(c["meta"])}</div>\n{paras(c, cls="clause")}\n</div>\n</div>\n</body>\n</html>\n')


def s_campus_bar(c, cs):
    css = ("body{margin:0;font:15px/1.85 'Microsoft YaHei',sans-serif;background:#f2f2f2}"
           ".masthead{height:86px;background:#8b0e12;color:#fff;display:flex;align-items:center;padding:0 40px;font-size:28px}"
           ".navline{background:#a51c21;padding:7px 40px}.navline a{color:#fff;text-decoration:none;margin-right:26px}"
           ".colhead{max-width:1000px;margin:18px auto 0;font-size:18px;color:#8b0e12;border-bottom:2px solid #8b0e12}"
           ".art{max-width:1000px;margin:0 auto 20px;background:#fff;padding:24px 50px}.art p{text-indent:2em}"
           ".foot{background:#333;color:#bbb;text-align:center;font-size:12px;padding:14px}")
    nav = "".join(f'<a href="#">{x}</a>' for x in ("首页", "学校概况", "新闻中心", "教育教学", "校园文化"))
    return (head(c, cs, f'{c["column"]}-{c["sitename"]}', css) + "<body>\n"
            f'<div class="masthead">{e(c["sitename"])}</div>\n<div class="navline">{nav}</div>\n'
            f'<div class="colhead">{e(c["column"])}</div>\n<div class="art">\n{paras(c)}\n</div>\n'
            f'<div class="foot">版权所有 {e(c["sitename"])}</div>\n</body>\n</html>\n')


def s_campus_item(c, cs):
    css = ("body{margin:0;font:14px/2 SimSun,serif;background:#e9eef2}"
           "#hd{background:#0d5f8c;color:#fff;padding:10px 24px;font-size:22px}"
           "#loc{max-width:960px;margin:10px auto;font-size:12px;color:#666}"
           "#bd{max-width:960px;margin:0 auto;background:#fff;border-top:3px solid #0d5f8c;padding:20px 44px}"
           "#bd p{text-indent:2em;margin:6px 0}#ft{text-align:center;color:#777;font-size:12px;padding:16px}")
    return (head(c, cs, c["sitename"], css) + "<body>\n"
            f'<div id="hd">{e(c["sitename"])}</div>\n<div id="loc">当前位置:首页 &gt; {e(c["sitename"])} &gt; 正文</div>\n'
            f'<div id="bd">\n{paras(c)}\n</div>\n<div id="ft">地址 邮编 电话</div>\n</body>\n</html>\n')


def s_corp_news(c, cs):
    css = ("body{margin:0;font:15px/1.8 'PingFang SC',sans-serif;color:#2a2a2a}"
           ".topstrip{background:#f39c12;height:6px}.brandrow{padding:14px 30px;font-size:20px;color:#444}"
           ".banner{background:#2c3e50;color:#ecf0f1;padding:28px 30px}.banner b{font-size:26px;display:block}"
           ".newsbox{max-width:900px;margin:20px auto;padding:0 20px}.cat{color:#f39c12;font-size:13px}"
           ".newsbox h1{font-size:22px;border-left:4px solid #f39c12;padding-left:10px}.newsbox p{text-indent:2em}"
           ".copy{background:#1b2631;color:#95a5a6;font-size:12px;text-align:center;padding:12px}")
    return (head(c, cs, headline(c), css) + "<body>\n"
            '<div class="topstrip"></div>\n<div class="brandrow">公司官网</div>\n'
            '<div class="banner"><b>新闻中心</b>News</div>\n'
            f'<div class="newsbox">\n<div class="cat">分类&gt;&gt;</div>\n<h1>{e(headline(c))}</h1>\n{paras(c)}\n</div>\n'
            '<div class="copy">版权所有</div>\n</body>\n</html>\n')


def s_old_college(c, cs):
    css = ("body{margin:0;background:#fff;font:12px/1.8 SimSun,serif}"
           "table.frame{width:778px;margin:0 auto;border-collapse:collapse}"
           "td.links{text-align:right;padding:3px 6px;background:#dbe7d3}td.logo{height:90px;background:#3c7a2d;color:#fff;font-size:24px;padding-left:20px}"
           "td.title{font-size:16px;font-weight:bold;text-align:center;padding-top:16px;color:#234}"
           "td.stamp{text-align:center;color:#777;border-bottom:1px dotted #999}td.content{padding:10px 24px;font-size:14px}"
           "td.content p{text-indent:2em}td.bottom{text-align:center;background:#dbe7d3;padding:8px}")
    return (head(c, cs, headline(c), css) + "<body>\n<table class=\"frame\">\n"
            '<tr><td class="links">网站地图 服务指南 校长信箱</td></tr>\n<tr><td class="logo">学院</td></tr>\n'
            f'<tr><td class="title">{e(headline(c))}</td></tr>\n<tr><td class="stamp">{e(c["meta"])}</td></tr>\n'
            f'<tr><td class="content">\n{paras(c)}\n</td></tr>\n<tr><td class="bottom">版权所有</td></tr>\n'
            "</table>\n</body>\n</html>\n")


def s_county_portal(c, cs):
    css = ("body{margin:0;background:#dfe6ee;font:14px/1.9 'Microsoft YaHei',sans-serif}"
           ".gov-top{background:#b5121b;color:#ffe9a8;font-size:26px;letter-spacing:4px;padding:18px 0;text-align:center}"
           ".gov-nav{background:#fff;text-align:center;padding:6px}.gov-nav i{font-style:normal;margin:0 14px;color:#b5121b}"
           ".gov-main{width:940px;margin:14px auto;background:#fff;padding:18px 40px;border:1px solid #c9d3de}"
           ".gov-main p{text-indent:2em}.gov-cap{text-align:center;color:#666;font-size:13px}"
           ".gov-foot{text-align:center;font-size:12px;color:#555;padding:12px}")
    nav = "".join(f"<i>{x}</i>" for x in ("首页", "要闻动态", "政务公开", "办事服务", "互动交流"))
    cap = opt('<p class="gov-cap">{}</p>\n', c.get("caption"))
    return (head(c, cs, "要闻动态", css) + "<body>\n"
            f'<div class="gov-top">新闻网</div>\n<div class="gov-nav">{nav}</div>\n'
            f'<div class="gov-main">\n{cap}{paras(c)}\n</div>\n<div class="gov-foot">主办 承办</div>\n</body>\n</html>\n')


def s_tc_copy(c, cs):
    css = ("body{margin:0;font:16px/1.9 'Noto Serif TC',serif;background:#fbfaf7;color:#303030}"
           ".hdr{border-bottom:1px solid #d8d2c4;padding:12px 26px;font-size:19px;color:#6b5b3e}"
           ".col{max-width:720px;margin:24px auto;padding:0 16px}.col p{margin:0 0 1.1em;text-indent:2em}"
           ".srcline{color:#7a7a7a;font-size:14px}.note{color:#b0b0b0;font-size:12px;text-align:center;margin-top:30px}")
    src = opt('<p class="srcline">{}</p>\n', c.get("credit"))
    note = opt('<div class="note">{}</div>\n', c.get("disclaimer"))
    return (head(c, cs, "資訊", css) + "<body>\n<div class=\"hdr\">資訊</div>\n"
            f'<div class="col">\n{paras(c)}\n{src}</div>\n{note}</body>\n</html>\n')


def s_tc_school(c, cs):
    css = ("body{margin:0;background:#f0ece4;font:15px/1.9 'Microsoft JhengHei',sans-serif}"
           ".band{background:#4a3b7a;color:#fff;padding:14px 28px;font-size:21px}"
           ".paper{width:820px;margin:18px auto;background:#fff;padding:22px 40px;border-radius:4px}"
           ".paper h3{text-align:center;font-size:20px;color:#4a3b7a}.paper p{text-indent:2em}"
           ".bottombar{text-align:center;color:#7b7b7b;font-size:12px;padding:10px}")
    h = opt('<h3>{}</h3>\n', headline(c))
    return (head(c, cs, headline(c) or "校園新聞", css) + "<body>\n<div class=\"band\">校園新聞</div>\n"
            f'<div class="paper">\n{h}{paras(c)}\n</div>\n<div class="bottombar">版權所有</div>\n</body>\n</html>\n')


def s_tc_lotto(c, cs):
    css = ("body{margin:0;font:15px/1.85 'Microsoft JhengHei',sans-serif;background:#f5f7f2}"
           ".lbar{background:#00843d;color:#fff;padding:12px 26px;font-size:22px}"
           ".counter{display:flex;gap:30px;background:#e3f1e7;padding:8px 26px;color:#00843d;font-weight:bold}"
           ".where{padding:8px 26px;font-size:12px;color:#666}"
           ".lart{max-width:860px;margin:10px auto 24px;background:#fff;padding:20px 40px}.lart h1{font-size:22px;text-align:center}"
           ".lmeta{text-align:center;font-size:12px;color:#999}.lart p{text-indent:2em}")
    w = "".join(f"<span>{e(x)}</span>" for x in c["widget"])
    return (head(c, cs, headline(c), css) + "<body>\n<div class=\"lbar\">體彩網</div>\n"
            f'<div class="counter">{w}</div>\n<div class="where">{e(c["crumb"])}</div>\n'
            f'<div class="lart">\n<h1>{e(headline(c))}</h1>\n<div class="lmeta">{e(c["meta"])}</div>\n{paras(c)}\n</div>\n'
            "</body>\n</html>\n")


def s_id_news(c, cs):
    css = ("body{margin:0;font:17px/1.7 'Source Sans Pro',Arial,sans-serif;color:#1f1f1f}"
           "header{background:#c0392b;color:#fff;padding:12px 20px;font-weight:bold;font-size:22px}"
           "main{max-width:700px;margin:20px auto;padding:0 14px}main h1{font-size:28px;line-height:1.2}"
           ".gn{background:#f4f4f4;font-size:14px;padding:10px;margin-top:24px}footer{text-align:center;font-size:12px;color:#999;padding:16px}")
    h = opt("<h1>{}</h1>\n", headline(c))
    gn = opt('<div class="gn">{}</div>\n', c.get("boiler"))
    return (head(c, cs, headline(c) or "Berita", css) + "<body>\n<header>Berita</header>\n"
            f"<main>\n{h}{paras(c)}\n{gn}</main>\n<footer>Hak cipta dilindungi</footer>\n</body>\n</html>\n")


def s_hk_ethics(c, cs):
    css = ("body{margin:0;background:#fffdf6;font:16px/1.9 'PMingLiU',serif;color:#2d2d2d}"
           ".crest{background:#5d4037;color:#fff3e0;padding:14px 30px;font-size:20px}"
           ".piece{max-width:760px;margin:20px auto;padding:0 20px}.piece h2{font-size:24px;color:#5d4037}"
           ".issue{color:#8d6e63;font-size:13px}.piece p{margin:.7em 0}")
    return (head(c, cs, headline(c), css) + "<body>\n<div class=\"crest\">倫理資料</div>\n"
            f'<div class="piece">\n<h2>{e(headline(c))}</h2>\n<div class="issue">{e(c["meta"])}</div>\n{paras(c)}\n</div>\n'
            "</body>\n</html>\n")


def s_epaper(c, cs):
    css = ("body{margin:0;background:#e8e4da;font:15px/1.9 SimSun,serif}"
           ".ep-head{background:#fff;border-bottom:3px double #9e1b1b;padding:10px 30px}"
           ".ep-name{font-size:30px;color:#9e1b1b;font-weight:bold}.ep-issue{font-size:13px;color:#555}"
           ".ep-page{width:760px;margin:16px auto;background:#fffef9;padding:20px 40px;border:1px solid #cfc8b6}"
           ".ep-page h1{text-align:center;font-size:24px}.ep-page p{text-indent:2em}")
    return (head(c, cs, headline(c), css) + "<body>\n"
            f'<div class="ep-head"><div class="ep-name">{e(c["paper"])}</div><div class="ep-issue">{e(c["date"])}</div></div>\n'
            f'<div class="ep-page">\n<h1>{e(headline(c))}</h1>\n{paras(c)}\n</div>\n</body>\n</html>\n')


def s_en_blognews(c, cs):
    css = ("body{margin:0;font:18px/1.65 'Merriweather',Georgia,serif;color:#262626;background:#fff}"
           ".site{border-bottom:4px solid #0a7d5a;padding:14px 24px;font:bold 20px Arial,sans-serif;color:#0a7d5a}"
           "article{max-width:680px;margin:28px auto;padding:0 16px}article h1{font:bold 34px/1.2 Arial,sans-serif}"
           ".deck{font-size:20px;color:#555;font-style:italic}article p{margin:0 0 1.05em}"
           ".site-foot{font:12px Arial;color:#888;text-align:center;padding:20px;border-top:1px solid #eee}")
    h = opt("<h1>{}</h1>\n", headline(c))
    d = opt('<p class="deck">{}</p>\n', c.get("deck"))
    return (head(c, cs, headline(c) or "News", css) + "<body>\n<div class=\"site\">News</div>\n"
            f"<article>\n{h}{d}{paras(c)}\n</article>\n<div class=\"site-foot\">All rights reserved</div>\n</body>\n</html>\n")


def s_en_trade(c, cs):
    css = ("body{margin:0;background:#111;color:#ddd;font:16px/1.7 Helvetica,Arial,sans-serif}"
           ".tn{background:#000;padding:12px 22px;color:#e6b800;font-weight:bold;letter-spacing:2px}"
           ".post{max-width:740px;margin:24px auto;background:#1b1b1b;padding:24px 34px}.post h1{color:#fff;font-size:28px}"
           ".post img{display:block;width:100%;height:180px;background:#333}.post p{margin:0 0 1em}"
           ".reply{margin-top:26px;border-top:1px solid #333;color:#888;font-size:14px;padding-top:10px}")
    img = f'<img src="/wp-content/uploads/{ea(c["img_alt"])}.jpg" alt="{ea(c["img_alt"])}">\n' if c.get("img_alt") else ""
    rep = opt('<div class="reply">{}</div>\n', c.get("boiler"))
    return (head(c, cs, headline(c), css) + "<body>\n<div class=\"tn\">GAMING NEWS</div>\n"
            f'<div class="post">\n<h1>{e(headline(c))}</h1>\n{img}{paras(c)}\n{rep}</div>\n</body>\n</html>\n')


def s_th_paper(c, cs):
    css = ("body{margin:0;font:17px/1.8 'Sarabun',Tahoma,sans-serif;background:#fdfdfd;color:#222}"
           ".thtop{background:#1a237e;color:#fff;padding:12px 24px;font-size:20px}"
           ".thbody{max-width:760px;margin:22px auto;padding:0 18px}.thbody h1{font-size:27px;color:#1a237e}"
           ".thbody p{margin:0 0 1em}")
    h = opt("<h1>{}</h1>\n", headline(c))
    return (head(c, cs, headline(c) or "ข่าว", css) + "<body>\n<div class=\"thtop\">ข่าว</div>\n"
            f'<div class="thbody">\n{h}{paras(c)}\n</div>\n</body>\n</html>\n')


def s_vi_news(c, cs):
    css = ("body{margin:0;font:17px/1.7 Arial,sans-serif;color:#202020}"
           ".vn-head{background:#0b3d91;color:#fff;padding:12px 22px;font-size:21px}"
           ".vn-art{max-width:720px;margin:20px auto;padding:0 16px}.vn-art p{margin:0 0 1em}")
    return (head(c, cs, "Tin tức", css) + "<body>\n<div class=\"vn-head\">Tin tức</div>\n"
            f'<div class="vn-art">\n{paras(c)}\n</div>\n</body>\n</html>\n')


SHELLS = {k[2:]: v for k, v in globals().items() if k.startswith("s_") and callable(v)}


def encode(c, page):
    """Encode with the case's charset; GBK falls back to GB18030, anything else to UTF-8 (and says so)."""
    want = c["encoding"]
    tries = [want] + (["gb18030"] if want == "gbk" else []) + (["utf-8"] if want != "utf-8" else [])
    for cs in tries:
        try:
            return cs, page(cs).encode(cs)
        except UnicodeEncodeError:
            continue
    raise SystemExit(f"cannot encode {c['url']}")


def main(out):
    cases = [dict(c, hijacked=True) for c in HIJ] + [dict(c, hijacked=False) for c in LEG]
    cases.sort(key=lambda c: hashlib.sha1(c["url"].encode()).hexdigest())
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth, src = [], []
    for i, c in enumerate(cases, 1):
        cid = f"rc49-{i:03d}"
        shell = SHELLS[c["shell"]]
        cs, data = encode(c, lambda cs, c=c, shell=shell: shell(c, cs))
        with open(os.path.join(out, "html", cid + ".html"), "wb") as f:
            f.write(data)
        host = urlparse(c["url"]).hostname.lower()
        legit = bool(c.get("legit")) or not c["hijacked"]
        rec = dict(id=cid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
                   author=c.get("author"), text=truth_text(c), hijacked=c["hijacked"],
                   injections=c.get("injections", []) if c["hijacked"] else [],
                   spam_strings=c.get("spam", []) + ([c["top"]] if c.get("top") else []),
                   legit=legit, lang=c["lang"], origin=c["origin"], kind="rebuilt-from-text", site=host,
                   capture="text", encoding=cs, form=c["form"], template=c["shell"])
        truth.append(json.dumps(rec, ensure_ascii=False))
        lab = ("hijacked and legit" if c["hijacked"] and legit else "hijacked" if c["hijacked"]
               else "legit (not hijacked)")
        src.append(f"- `{cid}` — {lab}; form `{c['form']}`; lang {c['lang']}; template `{c['shell']}`; encoding {cs}. "
                   f"Text: pages corpus, {c['url']}. {c['origin']}")
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(truth) + "\n")
    with open(os.path.join(HERE, "SOURCES.head.md"), encoding="utf-8") as f:
        headtxt = f.read()
    with open(os.path.join(out, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write(headtxt + "\n" + "\n".join(src) + "\n")
    print(f"{len(cases)} pages -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
