"""Build real-cases-v37b: html/<id>.html, truth.jsonl, SOURCES.md from cases.py + snippets.py.

Run: python3 build.py   (deterministic; no network)
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

GBK = {2}  # shells written in GBK (a shell choice, not captured)

NAV = {
    "edu": ["首页", "学院概况", "新闻动态", "通知公告", "教学科研", "学生工作", "党建工作"],
    "gov": ["首页", "政务公开", "政务服务", "互动交流", "工作动态", "专题专栏"],
    "news": ["首页", "时政", "社会", "法治", "教育", "视频"],
    "farm": ["首页", "最新", "热门", "排行"],
}
STYLE = {
    "edu": "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;background:#f3f5f8}.top{background:#8c1c13;color:#fff;padding:14px 40px;font-size:24px}.nav{background:#a52a1f}.nav a{color:#fff;padding:0 16px;line-height:40px;text-decoration:none}.wrap{width:1000px;margin:16px auto;background:#fff;padding:20px 30px}.crumb{color:#888;font-size:12px;border-bottom:1px solid #eee;margin-bottom:12px}h1{font-size:22px;text-align:center;color:#8c1c13}.info{text-align:center;color:#999;font-size:12px;border-bottom:1px dashed #ddd;padding-bottom:8px}.foot{text-align:center;color:#666;font-size:12px;padding:20px}",
    "gov": "body{margin:0;font:15px/1.9 SimSun,serif;background:#fff}.top{background:#1b4f93;color:#fff;padding:18px 40px;font-size:26px}.nav{background:#2563b0}.nav a{color:#fff;padding:0 20px;line-height:42px;text-decoration:none}.wrap{width:1000px;margin:16px auto;border:1px solid #d6e0ee;padding:20px 36px}.crumb{color:#555;font-size:13px}h1{font-size:22px;text-align:center;color:#c00}.info{text-align:center;color:#666;font-size:13px;background:#f4f7fb;padding:6px}.foot{border-top:3px solid #1b4f93;text-align:center;color:#555;font-size:12px;padding:18px}",
    "news": "body{margin:0;font:16px/1.8 sans-serif}.top{border-bottom:2px solid #c00;padding:12px 40px;font-size:22px;color:#c00}.nav a{padding:0 12px;line-height:36px;color:#333;text-decoration:none}.wrap{width:960px;margin:10px auto}.crumb{font-size:12px;color:#999}h1{font-size:26px}.info{color:#999;font-size:13px}.foot{background:#333;color:#ccc;font-size:12px;padding:16px;text-align:center}",
    "farm": "body{margin:0;font:14px/1.7 sans-serif;background:#fafafa}.top{padding:10px 30px;font-size:18px;background:#222;color:#eee}.nav a{padding:0 10px;line-height:32px;color:#555}.wrap{width:900px;margin:10px auto;background:#fff;padding:16px}.crumb{font-size:12px;color:#aaa}h1{font-size:20px}.info{color:#aaa;font-size:12px}.foot{font-size:12px;color:#999;padding:12px;text-align:center}",
}
FOOT = {
    "edu": "版权所有 &copy; {name} &nbsp; 地址、电话以学校公布为准",
    "gov": "主办单位:{name} &nbsp; 网站标识码 &nbsp; 建议使用1366×768分辨率浏览",
    "news": "&copy; {name} 版权所有 未经授权禁止转载",
    "farm": "",
}

PROVENANCE = """
## Code provenance (read with the search tools' `read_file`; ids are the stored file ids)

- tj.js (rc37b-002, and the Baidu Tongji lines reused on the clean pages), ag.js (rc37b-004), default.php/data
  lists (not used in the end): repository meikro/copy_web3, commit b38beee890b622721420d513117c3a4b5bbc1f0a.
- PHPCMS v9 template with the hex-array loader (rc37b-003): stored file id 23116506926.
- lazy-load js with the MrmaWg/qsAkLYeXeb loader appended (rc37b-005): stored file id 37016276901.
- server code holding the per-category loader strings and the gating (rc37b-006): stored file id 23576328168
  (the jc_6hecai_string literal).
- Joomla weblinks view with appended display:none links (rc37b-007): stored file id 27231082885.
- resold template footer include with the hidden backlink (rc37b-008): stored file id 11830568605.
- payload generator holding the String.fromCharCode line (rc37b-010): stored file id 39691901649.
- parasite-page generator writing dede.js (rc37b-014/015): stored file id 46433802019 (function writejs).
- honeypot footer link (rc37b-018): stored file id 25445347584.
- MutationObserver guard (rc37b-020): issue thread riotkkwok/blog#6.
- Baidu link-submit push snippet (rc37b-018): Baidu's published snippet (written from the public form).
"""


def page(c):
    shell = c["shell"]
    inj = c["inject"]
    name = c["site_name"]
    enc = "gbk" if c["n"] in GBK else "utf-8"
    title_field = c.get("title") or ""
    suffix = inj.get("title_suffix", "")
    html_title = c.get("html_title")
    if html_title is None:
        html_title = (H.escape(title_field) + suffix + " - " + H.escape(name)) if title_field else H.escape(name)
    else:
        html_title = H.escape(html_title)
    out = []
    out.append("<!DOCTYPE html>")
    out.append('<html lang="zh-CN">')
    out.append("<head>")
    out.append('<meta charset="%s">' % ("gb2312" if enc == "gbk" else "utf-8"))
    out.append("<title>%s</title>" % html_title)
    out.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    out.append("<style>%s</style>" % STYLE[shell])
    if inj.get("jquery"):
        out.append('<script src="/js/jquery-1.8.3.min.js"></script>')
    if inj.get("head_script"):
        out.append("<script>\n%s\n</script>" % inj["head_script"])
    if inj.get("head_raw"):
        out.append(inj["head_raw"])
    out.append("</head>")
    out.append("<body>")
    if inj.get("top_line"):
        out.append('<div class="kw">%s</div>' % H.escape(inj["top_line"]))
    out.append('<div class="top">%s</div>' % H.escape(name))
    out.append('<div class="nav">%s</div>' % "".join('<a href="#">%s</a>' % x for x in NAV[shell]))
    wrap_open = '<div class="wrap" id="contentlist">' if c.get("contentlist") else '<div class="wrap">'
    out.append(wrap_open)
    crumb = "当前位置:首页"
    if c.get("column"):
        crumb += " &gt; " + H.escape(c["column"]) + " &gt; 正文"
    out.append('<div class="crumb">%s</div>' % crumb)
    if c.get("h1"):
        out.append("<h1>%s</h1>" % H.escape(c["h1"]))
    elif title_field:
        out.append("<h1>%s%s</h1>" % (H.escape(title_field), suffix))
    if c.get("subtitle"):
        out.append('<h2 class="sub">%s</h2>' % H.escape(c["subtitle"]))
    if c.get("byline"):
        out.append('<div class="info">%s</div>' % c["byline"])
    out.append('<div class="article">')
    for p in c["paras"]:
        out.append("<p>%s</p>" % H.escape(p))
    out.append("</div>")
    if c.get("tail"):
        out.append('<div class="editor">%s</div>' % c["tail"])
    if inj.get("after_article_script"):
        out.append("<script>%s</script>" % inj["after_article_script"])
    out.append('<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>')
    out.append("</div>")
    if inj.get("before_footer_raw"):
        out.append(inj["before_footer_raw"])
    if c.get("before_footer_html"):
        out.append(c["before_footer_html"])
    foot = c.get("footer_text") or FOOT[shell].format(name=H.escape(name))
    footer_inner = foot
    if inj.get("footer_raw"):
        footer_inner += "\n" + inj["footer_raw"]
    out.append('<div class="foot">%s</div>' % footer_inner)
    if inj.get("push"):
        out.append(inj["push"])
    if inj.get("body_end_script"):
        out.append("<script>\n%s\n</script>" % inj["body_end_script"])
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n", enc


def truth(c, enc):
    text_paras = list(c["paras"])
    for s in c.get("strip_from_text", []):
        text_paras = [p.replace(s, "") for p in text_paras]
    hij = c.get("hijacked", True)
    kind = "real-injection-in-rebuilt-page"
    capture = "code+text"
    if "REBUILT" in c["origin_inj"]:
        kind = "rebuilt-injection-in-rebuilt-page"
    if not c["injections"] or c["inject"] == {} or c["origin_inj"].startswith("pages corpus capture (text; no code)"):
        kind, capture = "rebuilt-from-text", "text"
    if not hij:
        if c["inject"]:
            kind, capture = "real-page-with-lookalike-script", "text+code"
        else:
            kind, capture = "rebuilt-from-text", "text"
    origin = "%s; article: %s; placement: %s" % (c["origin_inj"], c["origin_art"], c["placement"])
    if c["n"] in GBK:
        origin += "; shell written in GBK (a shell choice, not captured)"
    return {
        "id": "rc37b-%03d" % c["n"],
        "url": c["url"],
        "title": c.get("title"),
        "date": c.get("date"),
        "source": c.get("source"),
        "author": c.get("author"),
        "text": "\n".join(text_paras),
        "hijacked": hij,
        "injections": c["injections"],
        "spam_strings": c["spam"],
        "legit": c.get("legit", False),
        "lang": "zh",
        "origin": origin,
        "kind": kind,
        "site": c["site"],
        "capture": capture,
        "encoding": enc,
    }


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    for c in sorted(CASES, key=lambda c: c["n"]):
        doc, enc = page(c)
        path = os.path.join(HERE, "html", "rc37b-%03d.html" % c["n"])
        with open(path, "wb") as f:
            f.write(doc.encode(enc))
        rows.append(truth(c, enc))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    src = ["# SOURCES — real-cases-v37b", "",
           "Where each page comes from. Article texts: the stored public web pages corpus (`search`, corpus "
           "`pages`), verbatim, with the search words given. Injected code: public repository files (`code` corpus, "
           "`find_string`/`read_file`) or CMS issue threads (`issues` corpus), verbatim unless marked REBUILT. "
           "Shells (chrome, nav, footer) are generic and written by build.py.", "",
           "Ids rc37b-001, rc37b-009 and rc37b-017 were removed on 2026-12-06 (they shared a host, a registrable "
           "domain or spam strings with dev/real-cases-v36b); the other ids keep their numbers, so the numbering "
           "has gaps.", ""]
    for r in rows:
        src.append("- **%s** — %s — kind `%s`, capture `%s`, %s%s, forms %s: %s" % (
            r["id"], r["url"], r["kind"], r["capture"],
            "hijacked" if r["hijacked"] else "not hijacked",
            ", legit" if r["legit"] else "",
            ", ".join(r["injections"]) or "none", r["origin"]))
    with open(os.path.join(HERE, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(src) + "\n" + PROVENANCE)
    print("built", len(rows))


if __name__ == "__main__":
    main()
