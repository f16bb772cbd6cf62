# -*- coding: utf-8 -*-
"""Build html/ and truth.jsonl of real-cases-v13 from cases.py (deterministic)."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from cases import CASES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAV = {"zh": ["首页", "新闻中心", "通知公告", "信息公开", "联系我们"], "ja": ["ホーム", "ニュース", "お問い合わせ"],
       "ko": ["홈", "뉴스", "오피니언"], "th": ["หน้าแรก", "ข่าว", "ติดต่อเรา"], "en": ["Home", "News", "About"],
       "tl": ["Home", "Aklan News", "Contact"], "id": ["Beranda", "Berita", "Kontak"]}
CLS = {"gov": ("zw-wrap", "zw-title", "zw-info", "zw-content"), "edu": ("article-box", "article-tit", "article-meta", "v_news_content"),
       "news": ("left_zw", "main_title", "time-source", "content_zw"), "portal": ("wrap", "hd", "info", "text"),
       "forum": ("t_fsz", "ts", "authi", "t_f"), "blog": ("post", "entry-title", "entry-meta", "entry-content"),
       "archive": ("viewbox", "title", "info", "content"), "org": ("news-detail", "news-title", "news-date", "news-body"),
       "journal": ("article", "art-title", "art-authors", "art-body")}
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u200d\ufe0f\u2b00-\u2bff]")

def esc(s): return html.escape(s, quote=False)

def build(i, c):
    lang = c["lang"]; enc = c["enc"]
    wrap, tcls, mcls, ccls = CLS[c["shell"]]
    ps = ["<p>%s</p>" % esc(p) for p in c["paras"]]
    inj, pos = c.get("inj"), c.get("pos")
    if inj and pos and pos.startswith("after_p"):
        k = int(pos[7:]); ps.insert(min(k, len(ps)), inj)
    body = []
    if c.get("top_line"):
        body.append('<div class="topbar"><span>%s</span></div>' % esc(c["top_line"]))
    body.append('<div class="header"><div class="logo"><a href="/">%s</a></div><ul class="nav">%s</ul></div>'
                % (esc(c["site"]), "".join('<li><a href="#">%s</a></li>' % n for n in NAV.get(lang, NAV["en"]))))
    if c.get("crumb"):
        body.append('<div class="crumb">%s</div>' % esc(c["crumb"]))
    body.append('<div class="%s">' % wrap)
    if c.get("pre_title"):
        body.append('<h2 class="sub">%s</h2>' % esc(c["pre_title"]))
    body.append('<h1 class="%s">%s</h1>' % (tcls, esc(c["shown_title"])))
    if c.get("byline"):
        body.append('<div class="%s">%s</div>' % (mcls, esc(c["byline"])))
    for p in c.get("pre", []):
        body.append('<div class="authors">%s</div>' % esc(p))
    body.append('<div class="%s">\n%s\n</div>' % (ccls, "\n".join(ps)))
    if c.get("after"):
        body.append('<div class="editor">%s</div>' % esc(c["after"]))
    body.append("</div>")
    side = '<div class="sidebar"><h3>%s</h3><ul><li><a href="#">%s</a></li></ul>' % (
        {"zh": "相关链接"}.get(lang, "Links"), {"zh": "返回首页"}.get(lang, "Home"))
    if inj and pos == "sidebar":
        side += inj
    body.append(side + "</div>")
    foot = '<div class="footer">%s' % esc(c.get("footer") or ("版权所有 " + c["site"] if lang == "zh" else "© " + c["site"]))
    if inj and pos == "footer":
        foot += inj
    body.append(foot + "</div>")
    if inj and pos == "body_end":
        body.append(inj)
    head = ['<meta charset="%s">' % enc, "<title>%s</title>" % esc(c["shown_title"] + c.get("title_suffix", ""))]
    if c.get("meta_desc"):
        head.append('<meta name="description" content="%s">' % html.escape(c["meta_desc"]))
    head.append('<link rel="stylesheet" href="/css/style.css">')
    doc = "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n" % (
        lang, "\n".join(head), "\n".join(body))
    if inj and pos == "before_doctype":
        doc = inj + doc
    return doc

def truth_text(c):
    t = "\n".join(c["paras"])
    for a, b in c.get("truth_replace", []):
        assert a in t, (c["url"], a); t = t.replace(a, b)
    for s in c.get("truth_strip", []):
        t = t.replace(s, "")
    if c.get("truth_strip_emoji"):
        t = EMOJI.sub("", t)
    return t

def main():
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    rows = []
    for i, c in enumerate(CASES, 1):
        cid = "rc13-%03d" % i
        doc = build(i, c)
        with open(os.path.join(OUT, "html", cid + ".html"), "wb") as f:
            f.write(doc.encode(c["enc"]))
        legit = bool(c.get("legit"))
        rows.append(dict(id=cid, url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
                         text=truth_text(c), hijacked=not legit, injections=c["injections"], spam_strings=c["spam"],
                         legit=legit, lang=c["lang"], origin=c["origin"], kind=c["kind"], site=c["site"],
                         capture=c["capture"], encoding=c["enc"]))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")

if __name__ == "__main__":
    main()
