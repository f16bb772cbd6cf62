#!/usr/bin/env python3
"""Build real-cases-v52b (pending-v52): 20 pages = real captured code (src/) placed in rebuilt shells around
verbatim pages-corpus article texts (articles.py). Deterministic; `--check` rebuilds in memory and compares
byte for byte with html/ and truth.jsonl.

Layouts (5, the keeper's own): gov_portal, campus_news, xxgk_table, news_portal, epaper.
Placements: before_doctype, head_end, body_start, after_headline, in_article, article_end, footer, body_end,
after_html."""
import html
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

SRC = HERE / "src"

# campaign keys -> (src file, injections, reaches, origin note)
CODE = {
    "wp_lobby": ("wpbotnet_lobbydesires_index_tag.html", ["external_script_tag"], ["lobbydesires.com"]),
    "wp_lmp_index": ("wpbotnet_letsmakeparty3_index_tag.html", ["server_output_before_doctype", "external_script_tag"], ["letsmakeparty3.ga"]),
    "wp_lmp_db": ("wpbotnet_letsmakeparty3_db_tag.html", ["external_script_tag_in_post_content"], ["letsmakeparty3.ga"]),
    "wp_stiven": ("wpbotnet_stivenfernando_tag.html", ["external_script_tag"], ["ws.stivenfernando.com"]),
    "sqli": ("sqli_8f8el3l_appended.html", ["sql_injection_appended_script_tag"], ["8f8el3l.cn"]),
    "tcn": ("shortlink_tcn_two_tags.html", ["shortlink_external_script_tags"], ["t.cn"]),
    "ijk5": ("packed_eval_ijk5_redirect.js", ["packed_eval_loader", "js_redirect"], ["www.ijk5.cn"]),
    "kkdf8": ("xor_webkit_redirect_kkdf8.html", ["xor_charcode_decoder", "ua_gated_redirect", "anchor_click_redirect"], ["kkdf8.com"]),
    "v_live800": ("vendor_live800_float_monitor.html", [], ["chat16.live800.com", "www.live800.com"]),
    "v_51la": ("vendor_51la_hidden_div.html", [], ["js.users.51.la"]),
    "v_push": ("vendor_baidu_360_push.js", [], ["push.zhanzhang.baidu.com", "js.passport.qihucdn.com"]),
    "v_gwo": ("vendor_gwo_control_script.html", [], ["www.google-analytics.com", "ssl.google-analytics.com"]),
    "v_jiathis": ("vendor_jiathis_share_button.html", [], ["v3.jiathis.com", "www.jiathis.com"]),
}

# id, article, layout, encoding, code key, placements
CASES = [
    ("rc52b-001", "sues", "campus_news", "utf-8", "wp_lobby", ["head_end"]),
    ("rc52b-002", "niit", "campus_news", "utf-8", "wp_lmp_index", ["before_doctype"]),
    ("rc52b-003", "ahwang", "news_portal", "utf-8", "wp_lmp_db", ["article_end"]),
    ("rc52b-004", "gxufl", "campus_news", "gb18030", "wp_stiven", ["footer"]),
    ("rc52b-005", "miluo", "gov_portal", "gbk", "sqli", ["after_headline", "article_end"]),
    ("rc52b-006", "dongning", "xxgk_table", "gb18030", "sqli", ["article_end"]),
    ("rc52b-007", "shouxian", "gov_portal", "gbk", "sqli", ["article_end"]),
    ("rc52b-008", "lsrbs", "epaper", "utf-8", "tcn", ["head_end"]),
    ("rc52b-009", "gybctv", "news_portal", "gb18030", "tcn", ["after_html"]),
    ("rc52b-010", "hedong", "gov_portal", "utf-8", "tcn", ["body_start"]),
    ("rc52b-011", "xijiangtv", "news_portal", "utf-8", "ijk5", ["body_start"]),
    ("rc52b-012", "qcuwh", "xxgk_table", "gbk", "ijk5", ["in_article"]),
    ("rc52b-013", "dingxinwen", "news_portal", "utf-8", "kkdf8", ["body_start"]),
    ("rc52b-014", "shidiannet", "news_portal", "gbk", "kkdf8", ["body_end"]),
    ("rc52b-015", "usc", "xxgk_table", "utf-8", "kkdf8", ["in_article"]),
    ("rc52b-016", "jn001", "epaper", "utf-8", "v_live800", ["footer"]),
    ("rc52b-017", "crnews", "news_portal", "gbk", "v_51la", ["body_start"]),
    ("rc52b-018", "dljp", "gov_portal", "utf-8", "v_push", ["body_end"]),
    ("rc52b-019", "bbc", "campus_news", "utf-8", "v_gwo", ["head_end"]),
    ("rc52b-020", "ycit", "campus_news", "utf-8", "v_jiathis", ["article_end"]),
]

CAMPAIGN = {
    "wp_lobby": "wp-redirect-botnet-2019", "wp_lmp_index": "wp-redirect-botnet-2019",
    "wp_lmp_db": "wp-redirect-botnet-2019", "wp_stiven": "wp-redirect-botnet-2019",
    "sqli": "mssql-mass-sqli-8f8el3l", "tcn": "tamper-shortlink-bocai-2019",
    "ijk5": "tamper-packed-redirect-ijk5", "kkdf8": "tamper-xor-webkit-redirect-kkdf8",
}

ORIGIN_CODE = {
    "wp_lobby": "code: Guiomuh/WP_Redirect_Botnet_Cleaner payloads_file_to_test_fix.txt (file id 23887418850), 'index.php payloads // lobbydesires.com' tag, verbatim",
    "wp_lmp_index": "code: same file, 'index.php payloads // letsmakeparty3.ga': the PHP block runs server-side and prints nothing; the page carries what it outputs, the script tag after '?>' (placed before <!DOCTYPE> as the PHP output precedes the template)",
    "wp_lmp_db": "code: same file, 'Database Payloads' tag (appended to post content), verbatim",
    "wp_stiven": "code: same file, 'OLD Incomplete payload found // ws.stivenfernando.com' tag, verbatim",
    "sqli": "code: a cnblogs article on SQL injection stored in a public repository (file id 8311566580) quoting the hex-encoded mass-injection statement that appends the tag to every text column (RTRIM(CONVERT(VARCHAR(8000),...))+'<script ...>'); the tag is the hex decoded, byte for byte",
    "tcn": "code: write-up '页面篡改分析-短链接多级跳转' (2019-04-18) in a public repository (file id 55235654386), the tampered business page's two short-link script tags, verbatim (trailing space kept)",
    "ijk5": "code: write-up '页面篡改分析-js的eval加密方式跳转' (2025-03-04), file id 55152376700: the inline eval(function(p,a,c,k,e,r){e=String...}) redirect as the write-up prints it ('为了方便分析调整了下代码布局': line breaks are the author's); <script> wrapper the keeper's",
    "kkdf8": "code: write-up '页面篡改分析-服务器端重定向跳转' (2025-08-01), file id 55123795180: the <script> of the response the server returned to WebKit user agents (XOR-decoded URL; location.replace for AppleWebKit, else a clicked <a>), verbatim with its indentation",
}
ORIGIN_VENDOR = {
    "v_live800": "vendor: Live800 customer-service float button + monitor code with the vendor's hidden credit links, from a site template committed to a public repository (file id 38944197364), verbatim",
    "v_51la": "vendor: 51.la statistics script inside a display:none div, from a JSP page in a public repository (file id 14790307952), verbatim",
    "v_push": "vendor: Baidu 站长 auto-push + 360 push snippet (createElement script + document.write of a script) as quoted in write-up file id 55235654386 (the vendor part of a tampered js301.js; the redirect part after it is not used), wrapped in <script> by the keeper",
    "v_gwo": "vendor: Google Website Optimizer control script (d.write('<sc'+'ript src=...siteopt.js')), from a page template in a public repository (file id 19030852448), verbatim",
    "v_jiathis": "vendor: JiaThis share button (div + jia.js script), from a page fragment in a public repository (file id 12939046179), verbatim",
}

NAV = {
    "gov_portal": ["首页", "政务公开", "政务服务", "互动交流", "走进本地", "专题专栏"],
    "campus_news": ["学院首页", "学院概况", "新闻动态", "通知公告", "教学科研", "党建工作"],
    "xxgk_table": ["信息公开首页", "公开指南", "公开制度", "公开目录", "依申请公开", "年度报告"],
    "news_portal": ["首页", "要闻", "本地", "社会", "文化", "视频"],
    "epaper": ["往期回顾", "版面导航", "标题导航", "PDF下载"],
}


def esc(s):
    return html.escape(s, quote=False)


def code_text(key):
    return (SRC / CODE[key][0]).read_text(encoding="utf-8")


def snippet(key):
    """What the page carries: the src file; a bare .js is wrapped in a <script> element."""
    t = code_text(key)
    if CODE[key][0].endswith(".js"):
        return '<script type="text/javascript">\n' + t + "</script>\n"
    return t


def paras_html(a, inject_in=None, inject_end=None, into_text=True):
    out = []
    ps = a["paras"]
    for i, p in enumerate(ps):
        out.append("<p>" + esc(p) + "</p>")
        if inject_in is not None and i == min(1, len(ps) - 1) and len(ps) > 1:
            out.append(inject_in.rstrip("\n"))
    if inject_in is not None and len(ps) == 1:
        out.append(inject_in.rstrip("\n"))
    if a.get("tail_credit"):
        out.append('<p class="sign">' + esc(a["tail_credit"]) + "</p>")
    if inject_end is not None:
        # appended to the stored text field: directly after the last paragraph's text
        last = out.pop() if (into_text and not a.get("tail_credit")) else None
        if last is not None:
            out.append(last[:-4] + inject_end.rstrip("\n") + "</p>")
        else:
            out.append(inject_end.rstrip("\n"))
    return "\n".join(out)


def meta_line(a):
    if a.get("byline"):
        return esc(a["byline"])
    return ""


def render(case):
    cid, akey, layout, enc, ckey, places = case
    a = ARTICLES[akey]
    host = urlparse(a["url"]).netloc
    snip = snippet(ckey)
    P = set(places)
    inj_in = snip if "in_article" in P else None
    inj_end = snip if "article_end" in P else None
    title_html = esc(a["title"]) if a["title"] else ""
    if a["title"] and "after_headline" in P:
        title_html += snip.rstrip("\n")
    body_text = paras_html(a, inj_in, inj_end, into_text=ckey in ("sqli", "wp_lmp_db"))
    credit = ('<p class="credit">' + esc(a["credit"]) + "</p>\n") if a.get("credit") else ""
    site = esc(a["site_name"])
    page_title = (a["title"] + " - " + a["site_name"]) if a["title"] else a["site_name"]
    nav = "".join('<li><a href="/">%s</a></li>' % esc(n) for n in NAV[layout])
    charset = enc
    head_extra = snip if "head_end" in P else ""
    body_start = snip if "body_start" in P else ""
    footer_inj = snip if "footer" in P else ""
    body_end = snip if "body_end" in P else ""
    h1 = ("<h1>" + title_html + "</h1>\n") if title_html else ""
    ml = meta_line(a)
    if layout == "gov_portal":
        main = (
            '<div class="gp-wrap">\n<div class="gp-pos">当前位置: <a href="/">首页</a> &gt; 工作动态</div>\n'
            '<div class="gp-article">\n' + h1 + ('<div class="gp-info">' + ml + "</div>\n" if ml else "")
            + credit + '<div class="gp-content">\n' + body_text + "\n</div>\n"
            '<div class="gp-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>\n'
            "</div>\n</div>\n")
        top = '<div class="gp-top"><div class="gp-logo">' + site + '</div><ul class="gp-nav">' + nav + "</ul></div>\n"
        foot = '<div class="gp-foot">主办单位: ' + site + " 网站标识码 技术支持: 信息中心<br>" + footer_inj + "</div>\n"
    elif layout == "campus_news":
        main = (
            '<div class="cn-main"><div class="cn-side"><h3>新闻动态</h3><ul><li>学院新闻</li><li>通知公告</li><li>学术活动</li></ul></div>\n'
            '<div class="cn-body">\n' + h1 + ('<div class="cn-meta">' + ml + "</div>\n" if ml else "")
            + credit + '<div class="cn-text">\n' + body_text + "\n</div>\n</div></div>\n")
        top = '<div class="cn-head"><span class="cn-school">' + site + '</span><ul class="cn-menu">' + nav + "</ul></div>\n"
        foot = '<div class="cn-foot">版权所有 ' + site + " 地址 邮编 电话<br>" + footer_inj + "</div>\n"
    elif layout == "xxgk_table":
        rows = [("标 题", a["title"] or ""), ("发布机构", a["source"] or ""), ("发布日期", a["date"] or "")]
        tbl = "".join('<tr><th>%s</th><td>%s</td></tr>' % (esc(k), esc(v)) for k, v in rows)
        main = (
            '<div class="gk-box">\n<table class="gk-meta">' + tbl + "</table>\n" + h1
            + credit + '<div class="gk-text">\n' + body_text + "\n</div>\n</div>\n")
        top = '<div class="gk-top">' + site + ' · 信息公开</div><ul class="gk-nav">' + nav + "</ul>\n"
        foot = '<div class="gk-foot">' + site + " 版权所有<br>" + footer_inj + "</div>\n"
    elif layout == "news_portal":
        main = (
            '<div class="np-crumb">您的位置: <a href="/">首页</a> &gt; 正文</div>\n<div class="np-article">\n' + h1
            + ('<div class="np-source">' + ml + "</div>\n" if ml else "") + credit
            + '<div class="np-content">\n' + body_text + "\n</div>\n"
            '<div class="np-share">分享到: 微信 微博</div>\n</div>\n'
            '<div class="np-related"><h4>相关新闻</h4></div>\n')
        top = '<div class="np-bar"><b>' + site + '</b><ul class="np-channels">' + nav + "</ul></div>\n"
        foot = '<div class="np-foot">' + site + " 版权所有 违法和不良信息举报<br>" + footer_inj + "</div>\n"
    else:  # epaper
        main = (
            '<table class="ep-frame"><tr><td class="ep-left"><div class="ep-page">' + esc(a.get("page_name", "")) + "</div>"
            '<div class="ep-thumb">版面图</div></td>\n<td class="ep-right">\n<div class="ep-date">' + ml + "</div>\n" + h1
            + credit + '<div class="ep-text">\n' + body_text + "\n</div>\n</td></tr></table>\n")
        top = '<div class="ep-mast">' + site + ' 数字报</div><ul class="ep-tools">' + nav + "</ul>\n"
        foot = '<div class="ep-foot">' + site + " 版权所有<br>" + footer_inj + "</div>\n"
    parts = []
    if "before_doctype" in P:
        parts.append(snip)
    parts.append("<!DOCTYPE html>\n<html>\n<head>\n")
    parts.append('<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset)
    parts.append("<title>" + esc(page_title) + "</title>\n")
    parts.append('<link rel="stylesheet" href="/css/%s.css">\n' % layout)
    parts.append(head_extra)
    parts.append("</head>\n<body>\n")
    parts.append(body_start)
    parts.append(top)
    parts.append(main)
    parts.append(foot)
    parts.append(body_end)
    parts.append("</body>\n</html>\n")
    if "after_html" in P:
        parts.append(snip)
    page = "".join(parts)
    return page.encode(enc)


def truth(case):
    cid, akey, layout, enc, ckey, places = case
    a = ARTICLES[akey]
    hij = not ckey.startswith("v_")
    src_file, injections, reaches = CODE[ckey]
    text = "\n".join(a["paras"])
    if hij:
        origin = {"page": "article text: pages-corpus capture of the url (search tool, corpus pages); shell, pairing and placement the keeper's",
                  "injection": ORIGIN_CODE[ckey], "campaign": CAMPAIGN[ckey],
                  "acts": "see check_act_v52b.js (profiles desktop, search, mobile, msie, spider)"}
        kind = "real-injection-in-rebuilt-page"
    else:
        origin = {"page": "article text: pages-corpus capture of the url (search tool, corpus pages); shell, pairing and placement the keeper's",
                  "vendor_code": ORIGIN_VENDOR[ckey],
                  "label": "clean: real look-alike vendor code, no injection"}
        kind = "rebuilt-from-text"
    return {
        "id": cid, "url": a["url"], "title": a["title"], "date": a["date"], "source": a["source"],
        "author": a["author"], "text": text, "hijacked": hij, "injections": injections,
        "spam_strings": [], "legit": False, "lang": "zh", "origin": origin, "kind": kind,
        "site": urlparse(a["url"]).netloc, "capture": "text", "encoding": enc,
        "layout": layout, "placement": places, "src": src_file, "reaches": reaches,
    }


def build():
    files = {}
    for c in CASES:
        files["html/%s.html" % c[0]] = render(c)
    lines = [json.dumps(truth(c), ensure_ascii=False) for c in CASES]
    files["truth.jsonl"] = ("\n".join(lines) + "\n").encode("utf-8")
    return files


def main():
    files = build()
    if "--check" in sys.argv:
        bad = [k for k, v in files.items() if not (HERE / k).exists() or (HERE / k).read_bytes() != v]
        if bad:
            print("DIFF:", ", ".join(bad))
            sys.exit(1)
        print("build.py --check: %d files byte-identical" % len(files))
        return
    (HERE / "html").mkdir(exist_ok=True)
    for k, v in files.items():
        (HERE / k).write_bytes(v)
    print("wrote %d files" % len(files))


if __name__ == "__main__":
    main()
