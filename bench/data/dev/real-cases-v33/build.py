# -*- coding: utf-8 -*-
"""Build real-cases-v33: html/<id>.html + truth.jsonl from cases_hijacked.py and cases_legit.py.

The article text, chrome lines and spam strings are verbatim from the captures; the HTML shell around them is a
reconstruction (one small shell per kind of site seen in the captures). Deterministic: a re-run writes the same bytes.
Run: python3 build.py  (paths relative to this folder)
"""
import html
import json
import os
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import H  # noqa: E402
from cases_legit import L  # noqa: E402

EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")
E = html.escape


def truth_text(c):
    if c.get("truth_text") is not None:
        return c["truth_text"]
    out = []
    for p in c["paras"]:
        for s in sorted(c.get("spam", []), key=len, reverse=True):
            p = p.replace(s, "")
        p = EMOJI.sub("", p)
        p = re.sub(r"[ \u3000]{2,}", " ", p).strip()
        if p:
            out.append(p)
    return "\n".join(out)


def para_html(c, p):
    if c.get("linebreaks"):
        words = p.split(" ")
        lines = [" ".join(words[i:i + 4]) for i in range(0, len(words), 4)]
        return "<p>" + "<br>\n".join(E(x) for x in lines) + "</p>"
    return "<p>" + E(p) + "</p>"


def page_title(c):
    if c.get("title_tag"):
        return c["title_tag"]
    if c.get("top_line"):
        return c["top_line"]
    if c.get("h1") and c.get("site_name"):
        return c["h1"] + "_" + c["site_name"]
    if c.get("h1"):
        return c["h1"]
    if c.get("meta_lines"):
        return c["meta_lines"][2].split(":", 1)[-1] if len(c["meta_lines"]) > 2 else "正文"
    return {"zh": "正文", "ko": "기사", "en": "News"}.get(c["lang"], "正文")


CSS = {
    "school": "body{font:14px/1.8 'Microsoft YaHei',sans-serif;margin:0}.wp_articlecontent p{text-indent:2em}",
    "ko_news": "body{font:15px/1.7 'Malgun Gothic',sans-serif}#article-view-content-div p{margin:0 0 1em}",
    "ko_blog": "body{font:15px/1.7 sans-serif}.post-content p{margin:.8em 0}.tags{color:#888}",
    "company": "body{font:13px/1.8 SimSun,serif}.newsview p{text-indent:2em}",
    "dede": "body{font:12px/1.8 SimSun,serif}.content p{text-indent:2em}.info{color:#999}",
    "product": "body{font:14px/1.8 sans-serif}.pro_detail p{text-indent:2em}",
    "trad_portal": "body{font:14px/1.8 PMingLiU,serif}.box_con p{text-indent:2em}",
    "trad_company": "body{font:14px/1.8 serif}.article-body p{text-indent:2em}",
    "trad_plain": "body{font:14px/1.8 serif}.neirong p{text-indent:2em}",
    "empire": "body{font:12px/1.8 SimSun,serif}#text p{text-indent:2em}",
    "gov": "body{font:14px/1.9 'Microsoft YaHei',sans-serif}.TRS_Editor p{text-indent:2em}",
    "news_plain": "body{font:14px/1.8 sans-serif}.article p{text-indent:2em}",
    "en_gov": "body{font:15px/1.6 Arial,sans-serif}.speech p{margin:0 0 1em}",
    "en_news": "body{font:16px/1.6 Georgia,serif}.story p{margin:0 0 1em}",
    "lottery_portal": "body{font:12px/1.8 SimSun,serif}.news_con p{text-indent:2em}",
}

BODY_CLASS = {
    "school": "wp_articlecontent", "ko_news": "article-view-content-div", "ko_blog": "post-content",
    "company": "newsview", "dede": "content", "product": "pro_detail", "trad_portal": "box_con",
    "trad_company": "article-body", "trad_plain": "neirong", "empire": "text", "gov": "TRS_Editor",
    "news_plain": "article", "en_gov": "speech", "en_news": "story", "lottery_portal": "news_con",
}


def render(c):
    enc = c.get("encoding", "utf-8")
    charset = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}[enc]
    lang = {"zh": "zh-CN", "ko": "ko", "en": "en"}[c["lang"]]
    sh = c["shell"]
    bc = BODY_CLASS[sh]
    o = []
    o.append("<!DOCTYPE html>")
    o.append('<html lang="%s">' % lang)
    o.append("<head>")
    o.append('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset)
    o.append("<title>%s</title>" % E(page_title(c)))
    o.append("<style>%s</style>" % CSS[sh])
    o.append("</head>")
    o.append("<body>")
    if c.get("junk_tag"):
        o.append(c["junk_tag"])
    if c.get("top_line"):
        o.append('<div class="top-kw">%s</div>' % E(c["top_line"]))
    o.append('<div class="header">')
    if c.get("site_name"):
        o.append('<div class="logo">%s</div>' % E(c["site_name"]))
    if c.get("phone"):
        o.append('<div class="tel">%s</div>' % E(c["phone"]))
    if c.get("nav"):
        o.append('<ul class="nav">' + "".join('<li><a href="#">%s</a></li>' % E(n) for n in c["nav"]) + "</ul>")
    o.append("</div>")
    if c.get("crumb"):
        o.append('<div class="position">%s</div>' % E(c["crumb"]))
    o.append('<div class="main">')
    if c.get("h1"):
        o.append("<h1>%s</h1>" % E(c["h1"]))
    if c.get("byline_author"):
        o.append('<div class="author">%s</div>' % E(c["byline_author"]))
    for m in c.get("meta_lines", []):
        o.append('<div class="info">%s</div>' % E(m))
    if c.get("meta"):
        o.append('<div class="info">%s</div>' % E(c["meta"]))
    if c.get("lead"):
        o.append('<div class="summary">%s</div>' % E(c["lead"]))
    if c.get("figcaption"):
        o.append('<figure><img src="/news/photo/1.jpg" alt=""><figcaption>%s</figcaption></figure>' % E(c["figcaption"]))
    if c.get("spam_line"):
        o.append('<p class="kw"><strong>%s</strong></p>' % E(c["spam_line"]))
    o.append('<div id="%s" class="%s">' % (bc, bc))
    for p in c["paras"]:
        o.append(para_html(c, p))
    o.append("</div>")
    for cr in c.get("credits", []):
        o.append('<div class="editor">%s</div>' % E(cr))
    for a in c.get("after", []):
        o.append('<div class="after">%s</div>' % E(a))
    if c.get("tail"):
        o.append('<div class="tags">' + "".join("<p>%s</p>" % E(t) for t in c["tail"]) + "</div>")
    o.append("</div>")
    if c.get("bottom_line"):
        o.append('<div class="foot-kw">%s</div>' % E(c["bottom_line"]))
    o.append('<div class="footer">Copyright &copy; %s</div>' % E(urlparse(c["url"]).hostname or ""))
    if c.get("junk_tag"):
        o.append(c["junk_tag"])
    o.append("</body>")
    o.append("</html>")
    return ("\n".join(o) + "\n").encode(enc)


def truth(c, hijacked):
    host = (urlparse(c["url"]).hostname or "").lower()
    return {
        "id": c["id"], "url": c["url"], "title": c.get("title"), "date": c.get("date"),
        "source": c.get("source"), "author": c.get("author"), "text": truth_text(c),
        "hijacked": hijacked, "injections": c.get("injections", []) if hijacked else [],
        "spam_strings": c.get("spam", []) if hijacked else [],
        "legit": bool(c.get("legit", not hijacked)), "lang": c["lang"],
        "origin": "search corpus 'pages' capture of %s; %s" % (c["url"], c["origin"]),
        "kind": "rebuilt-from-text", "site": host, "capture": "text", "encoding": c.get("encoding", "utf-8"),
    } | ({"marker": c["marker"]} if c.get("marker") else {})


def main():
    out_html = os.path.join(HERE, "html")
    os.makedirs(out_html, exist_ok=True)
    rows = []
    for c in H:
        rows.append((c, truth(c, True)))
    for c in L:
        rows.append((c, truth(c, False)))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for c, t in rows:
            with open(os.path.join(out_html, c["id"] + ".html"), "wb") as h:
                h.write(render(c))
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()


def sources_md():
    rows = [truth(c, True) for c in H] + [truth(c, False) for c in L]
    out = ["# real-cases-v33: sources", "",
           "Every page is rebuilt around text captured in public web material (the session's `search` tool, corpus",
           "`pages`): the article text, chrome lines and any spam strings are verbatim from the capture; the HTML shell",
           "around them is a reconstruction made by `build.py` from `cases_hijacked.py` and `cases_legit.py`",
           "(`capture: text`, `kind: rebuilt-from-text`). Hosts, URLs and spam strings were checked against every",
           "`bench/data/dev/*` truth and SOURCES file (no host, URL or brand string reused).", "",
           "| id | kind | lang | hijacked | legit | forms | origin |", "|---|---|---|---|---|---|---|"]
    for t in rows:
        out.append("| %s | %s | %s | %s | %s | %s | %s |" % (
            t["id"], t["kind"], t["lang"], t["hijacked"], t["legit"], ", ".join(t["injections"]) or "legit",
            t["origin"].replace("|", "/")))
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__" and "--sources" in sys.argv:
    sources_md()
