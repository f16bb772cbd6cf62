"""Build real-cases-v47: CMS-like shells rebuilt around captured text (cases_*.py) -> html/ + truth.jsonl.

Deterministic (no clock, no randomness; page order is a sha1 of the url): `python3 build.py [OUTDIR]` rewrites
OUTDIR/html/ and OUTDIR/truth.jsonl (default: this folder) byte-identically.  Article text, spam lines, keywords
and replaced names are verbatim from the captures; the shells (header, navigation, footer, CSS, class names,
generic site labels) are the keeper's.
"""
import hashlib
import html as H
import json
import os
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import H as HIJ  # noqa: E402
from cases_legit import L as LEG  # noqa: E402

KW = re.compile(r"\[\[(.+?)\]\]")


def e(s):
    return H.escape(s, quote=False)


def paras(c):
    return [p for p in c["body"].split("\n") if p.strip()]


def render_p(p, tag="p", cls=None):
    a = f' class="{cls}"' if cls else ""
    out = []
    pos = 0
    for m in KW.finditer(p):
        out.append(e(p[pos:m.start()]))
        k = m.group(1)
        out.append(f'<a href="/tag/{e(k)}" class="tg">{e(k)}</a>')
        pos = m.end()
    out.append(e(p[pos:]))
    return f"<{tag}{a}>{''.join(out)}</{tag}>"


def body_html(c, tag="p", cls=None):
    return "\n".join(render_p(p, tag, cls) for p in paras(c))


def truth_text(c):
    t = c.get("keep") or c["body"]
    t = KW.sub("", t)
    return "\n".join(p.strip() for p in t.split("\n") if p.strip())


def head(c, charset, page_title, css, lang=None):
    lang = lang or {"zh": "zh-CN", "zh-Hant": "zh-TW"}.get(c["lang"], c["lang"])
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset={charset}">\n<meta name="viewport" content="width=device-width,initial-scale=1.0">\n'
            f"<title>{e(page_title)}</title>\n<style>\n{css}\n</style>\n</head>\n")


def shown_title(c):
    return c.get("shown_title") or c.get("title")


def opt(tag, cls, text):
    return f'<{tag} class="{cls}">{e(text)}</{tag}>\n' if text else ""


# ---- shells ---------------------------------------------------------------------------------------------
def t_rule_farm(c, cs):
    css = ("body{margin:0;background:#f4f1ea;font:15px/1.85 'Songti TC',serif;color:#2b2b2b}.sitewords{margin:0;"
           "padding:3px 10px;font-size:12px;color:#aaa;background:#fff}.mast{background:#5b3a1e;color:#f7e9d2;"
           "padding:14px 24px;font-size:22px}.mast small{font-size:13px;margin-left:14px}.lanes{background:#7a5230;"
           "padding:6px 24px}.lanes a{color:#fff;margin-right:18px;font-size:13px;text-decoration:none}.doc{max-width:"
           "820px;margin:18px auto;background:#fff;padding:22px 34px}.doc h1{font-size:21px;text-align:center}"
           ".doc-meta{text-align:center;color:#888;font-size:12px;border-bottom:1px dashed #ccc;padding-bottom:8px}"
           ".doc-body p{text-indent:2em;margin:.5em 0}.tail{text-align:center;font-size:12px;color:#999;padding:14px}")
    t = shown_title(c)
    return (head(c, cs, t, css) + "<body>\n" + opt("p", "sitewords", c.get("top")) +
            '<div class="mast">法規文庫<small>政策 · 條例 · 文件</small></div>\n<div class="lanes"><a href="/">首頁</a>'
            '<a href="/rule/">規章制度</a><a href="/law/">法律法規</a><a href="/tags/">專題</a></div>\n<div class="doc">\n'
            f"<h1>{e(t)}</h1>\n" + opt("div", "doc-meta", c.get("meta")) + '<div class="doc-body">\n' + body_html(c) +
            '\n</div>\n</div>\n<div class="tail">本站文件僅供參考,以正式文本為準</div>\n</body>\n</html>\n')


def t_party_farm(c, cs):
    css = ("body{margin:0;font:16px/1.8 -apple-system,'Microsoft JhengHei',sans-serif;background:#fff}.hot{margin:0;"
           "padding:4px 8px;font-size:12px;color:#b0b0b0}.mbar{background:#c40000;color:#fff;padding:10px 14px;"
           "display:flex;justify-content:space-between}.mbar span{font-size:12px}.cnt{padding:10px 16px}.cnt h1{"
           "font-size:20px;line-height:1.5}.tools{font-size:12px;color:#999;margin-bottom:10px}.tools b{color:#555;"
           "font-weight:normal;margin-right:10px}.topic{display:inline-block;background:#fbeaea;color:#c40000;"
           "font-size:12px;padding:1px 8px;margin-bottom:8px}.cnt p{margin:.6em 0}.mfoot{background:#f3f3f3;"
           "font-size:12px;color:#888;text-align:center;padding:12px}")
    return (head(c, cs, shown_title(c), css) + "<body>\n" + opt("p", "hot", c.get("top")) +
            '<div class="mbar"><b>手機版</b><span>歡迎使用手機瀏覽</span></div>\n<div class="cnt">\n'
            f"<h1>{e(shown_title(c))}</h1>\n"
            f'<div class="tools"><b>{e(c.get("meta_source") or "")}</b>打印 糾錯</div>\n'
            '<div class="topic">黨史學(xué)習(xí)教育專題</div>\n' + body_html(c) +
            '\n</div>\n<div class="mfoot">微信掃一掃 · 返回頂部</div>\n</body>\n</html>\n')


def t_wp_tw(c, cs):
    css = ("body{margin:0;font:16px/1.9 'Noto Sans TC',sans-serif;color:#333;background:#fafafa}.site-head{background:"
           "#fff;border-bottom:3px solid #2a9d8f;padding:16px 26px}.site-head .brand{font-size:20px;color:#2a9d8f}"
           ".site-head nav a{margin-right:14px;color:#555;font-size:14px;text-decoration:none}.wrap{max-width:760px;"
           "margin:24px auto;background:#fff;padding:24px 30px}.entry-content p{margin:0 0 1.1em}a.tg{color:#2a9d8f}"
           ".site-foot{text-align:center;color:#999;font-size:12px;padding:18px}")
    return (head(c, cs, "人資專欄", css) + "<body>\n"
            '<header class="site-head"><div class="brand">人資專欄</div><nav><a href="/">首頁</a><a href="/?cat=1">職場</a>'
            '<a href="/?cat=2">生活</a></nav></header>\n<main class="wrap"><article class="post">\n'
            '<div class="entry-content">\n' + body_html(c) + "\n</div>\n</article></main>\n"
            '<footer class="site-foot">Proudly powered by WordPress</footer>\n</body>\n</html>\n')


def t_mirror_info(c, cs):
    css = ("body{margin:0;font:14px/2 'Microsoft YaHei',sans-serif;background:#eef3f8;color:#333}.tophead{height:76px;"
           "background:linear-gradient(90deg,#0b3d6e,#1f6fb2);color:#fff;font-size:24px;padding:18px 40px;box-sizing:"
           "border-box}.menu{background:#0b3d6e;padding:0 40px}.menu a{color:#dfe9f5;line-height:38px;margin-right:22px;"
           "text-decoration:none}.main-wrap{width:1000px;margin:16px auto;background:#fff;padding:20px 40px}.ns-title{"
           "font-size:20px;font-weight:bold;text-align:center;color:#0b3d6e}.ns-info{text-align:center;color:#999;"
           "font-size:12px;margin:6px 0 14px}.ns-body p{text-indent:2em;margin:6px 0}.copyr{text-align:center;color:#777;"
           "font-size:12px;padding:16px}")
    info = c.get("date_shown") or ""
    return (head(c, cs, shown_title(c) or "新闻详情", css) + "<body>\n"
            '<div class="tophead">新闻网</div>\n<div class="menu"><a href="/">首页</a><a href="/info/">新闻动态</a>'
            '<a href="/info/">通知公告</a><a href="/info/">校园生活</a></div>\n<div class="main-wrap">\n'
            + opt("div", "ns-title", shown_title(c)) + opt("div", "ns-info", info) +
            '<div class="ns-body">\n' + body_html(c) + '\n</div>\n</div>\n<div class="copyr">版权所有 · 技术支持:网络中心</div>\n'
            "</body>\n</html>\n")


def t_mirror_cn(c, cs):
    css = ("body{margin:0;font:15px/1.9 'PingFang SC',sans-serif;color:#222;background:#fff}.hd{border-bottom:1px solid "
           "#e5e5e5;padding:12px 20px;font-size:18px;color:#9a1f1f}.detail{max-width:780px;margin:0 auto;padding:16px 18px}"
           ".detail h1{font-size:22px}.detail .when{color:#999;font-size:12px}.detail p{margin:.7em 0}.ft{background:#f5f5f5;"
           "color:#999;font-size:12px;text-align:center;padding:14px}")
    return (head(c, cs, shown_title(c) or "資訊", css) + "<body>\n"
            '<div class="hd">資訊頻道</div>\n<section class="detail">\n' +
            (f"<h1>{e(shown_title(c))}</h1>\n" if shown_title(c) else "") + opt("div", "when", c.get("date_shown")) +
            body_html(c) + '\n</section>\n<div class="ft">Copyright © 資訊頻道 All Rights Reserved</div>\n</body>\n</html>\n')


def t_news_trad(c, cs):
    css = ("body{margin:0;font:16px/1.9 'PMingLiU',serif;color:#1d1d1d;background:#f7f7f7}.bar{background:#1b4f8a;color:"
           "#fff;padding:8px 24px;font-size:13px}.crumbs{max-width:860px;margin:12px auto 0;font-size:12px;color:#666}"
           ".story{max-width:860px;margin:8px auto;background:#fff;padding:20px 36px}.story h1{font-size:24px;margin:.2em 0}"
           ".byl{color:#777;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:6px}.deck{color:#444;font-weight:"
           "bold;margin:12px 0}.pic{background:#eee;text-align:center;font-size:12px;color:#555;padding:30px 0 6px}"
           ".story p{margin:.8em 0}.bot{text-align:center;font-size:12px;color:#999;padding:16px}")
    byl = " ".join(x for x in [c.get("date_shown"), ("來源:" + c["source"]) if c.get("source") and not c.get("meta")
                                                        else None, c.get("meta")] if x)
    return (head(c, cs, shown_title(c) or "新聞", css) + "<body>\n"
            '<div class="bar">新聞中心 · 即時 · 社會 · 地方</div>\n' + opt("div", "crumbs", c.get("crumb")) +
            '<div class="story">\n' + (f"<h1>{e(shown_title(c))}</h1>\n" if shown_title(c) else "") +
            opt("div", "byl", byl) + opt("p", "deck", c.get("deck")) + opt("div", "pic", c.get("caption")) +
            body_html(c) + '\n</div>\n<div class="bot">轉載請注明出處</div>\n</body>\n</html>\n')


def t_id_read(c, cs):
    css = ("body{margin:0;font:17px/1.75 Georgia,serif;color:#222}.nav{background:#0d2b52;color:#fff;padding:12px 22px;"
           "font:bold 18px sans-serif}.nav span{font-weight:normal;font-size:13px;margin-left:16px}.read{max-width:720px;"
           "margin:20px auto;padding:0 16px}.read h1{font:bold 28px/1.3 sans-serif}.read .by{font:13px sans-serif;"
           "color:#666}.read figure{margin:14px 0;background:#eef;padding:40px 0 8px;font:12px sans-serif;color:#555;"
           "text-align:center}.read p{margin:0 0 1em}.also{font:italic 14px sans-serif;color:#0d2b52}.foot{border-top:"
           "1px solid #ddd;font:12px sans-serif;color:#888;text-align:center;padding:14px}")
    by = " | ".join(x for x in [c.get("author"), c.get("date_shown")] if x)
    ps = paras(c)
    mid = len(ps) // 2
    also = "".join(f'<p class="also">{e(x)}</p>\n' for x in c.get("readalso", []))
    body = "\n".join(render_p(p) for p in ps[:mid]) + "\n" + also + "\n".join(render_p(p) for p in ps[mid:])
    return (head(c, cs, shown_title(c), css) + "<body>\n"
            '<div class="nav">BERITA<span>Nasional · Teknologi · Hukum</span></div>\n<article class="read">\n'
            f"<h1>{e(shown_title(c))}</h1>\n" + opt("div", "by", by) +
            (f"<figure>{e(c['caption'])}</figure>\n" if c.get("caption") else "") + body +
            '\n</article>\n<div class="foot">Hak cipta dilindungi undang-undang</div>\n</body>\n</html>\n')


def t_county_copy(c, cs):
    css = ("body{margin:0;font:12px/1.9 SimSun,serif;background:#d9e4d0}table.frame{width:960px;margin:0 auto;"
           "background:#fff;border-collapse:collapse}td.logo{background:#3d7a2a;color:#fff;font-size:26px;height:80px;"
           "padding-left:30px}td.nv{background:#5d9b46;color:#fff;padding:4px 30px}td.txt{padding:18px 40px;font-size:"
           "14px}td.txt p{text-indent:2em;margin:4px 0}td.cp{background:#eef3ea;text-align:center;color:#666;padding:10px}")
    return (head(c, cs, "内容页", css) + "<body>\n<table class=\"frame\">\n<tr><td class=\"logo\">信息网</td></tr>\n"
            '<tr><td class="nv">首页 | 新闻动态 | 乡镇传真 | 科教卫生</td></tr>\n<tr><td class="txt">\n' + body_html(c) +
            '\n</td></tr>\n<tr><td class="cp">版权所有 未经许可 不得转载</td></tr>\n</table>\n</body>\n</html>\n')


def t_gov_dept(c, cs):
    css = ("body{margin:0;font:15px/2 'Microsoft YaHei',sans-serif;background:#fff;color:#333}.gbanner{background:#b71c1c;"
           "color:#ffd54f;font-size:26px;padding:20px 50px}.gnav{background:#8e0000;padding:0 50px}.gnav a{color:#fff;"
           "line-height:40px;margin-right:26px;text-decoration:none}.zw-con{width:980px;margin:20px auto;border:1px solid "
           "#eee;padding:24px 50px}.zw-con p{text-indent:2em;margin:4px 0}.gfoot{background:#f2f2f2;text-align:center;"
           "font-size:12px;color:#777;padding:14px}")
    return (head(c, cs, "警务资讯", css) + "<body>\n<div class=\"gbanner\">警务资讯</div>\n<div class=\"gnav\">"
            '<a href="/">首页</a><a href="/html/">警务动态</a><a href="/html/">便民服务</a><a href="/html/">警民互动</a></div>\n'
            '<div class="zw-con">\n' + body_html(c) + '\n</div>\n<div class="gfoot">主办单位:本站 · 建议使用IE9以上浏览器</div>\n'
            "</body>\n</html>\n")


def t_campus_cms(c, cs):
    css = ("body{margin:0;font:14px/1.9 'Microsoft YaHei',sans-serif;background:#f6f6f6;color:#333}.c-head{background:#fff;"
           "border-top:4px solid #6a1b9a;padding:14px 40px;font-size:22px;color:#6a1b9a}.c-nav{background:#6a1b9a;padding:"
           "0 40px}.c-nav a{color:#fff;line-height:36px;margin-right:20px;text-decoration:none}.c-pos{width:1000px;margin:"
           "10px auto;font-size:12px;color:#888}.article-box{width:1000px;margin:0 auto 20px;background:#fff;padding:"
           "24px 50px;box-sizing:border-box}.article-box h2{text-align:center;font-size:20px}.a-meta{text-align:center;"
           "color:#999;font-size:12px}.a-con p{text-indent:2em;margin:6px 0}.c-foot{text-align:center;font-size:12px;"
           "color:#999;padding:16px;background:#fff}")
    meta = " ".join(x for x in [c.get("date_shown"), c.get("meta")] if x)
    col = c.get("column")
    return (head(c, cs, shown_title(c) or "正文", css) + "<body>\n<div class=\"c-head\">院部新闻网</div>\n"
            '<div class="c-nav"><a href="/">首页</a><a href="/info/">综合新闻</a><a href="/info/">院部新闻</a>'
            '<a href="/info/">通知公告</a></div>\n' + opt("div", "c-pos", c.get("crumb")) +
            '<div class="article-box">\n' + (f'<div class="col">{e(col)}</div>\n' if col else "") +
            (f"<h2>{e(shown_title(c))}</h2>\n" if shown_title(c) else "") + opt("div", "a-meta", meta) +
            '<div class="a-con">\n' + body_html(c) + '\n</div>\n</div>\n<div class="c-foot">地址 · 邮编 · 电话</div>\n'
            "</body>\n</html>\n")


def t_tw_paper(c, cs):
    css = ("body{margin:0;font:18px/1.8 'Noto Serif TC',serif;color:#111}.ltop{background:#fff;border-bottom:2px solid "
           "#0a5;padding:10px 20px;font:bold 20px sans-serif;color:#0a5}.whitecon{max-width:700px;margin:18px auto;padding:"
           "0 14px}.time{font:14px sans-serif;color:#666}.photo{background:#ececec;padding:50px 0 8px;font:13px sans-serif;"
           "color:#444;text-align:center;margin:10px 0}.text p{margin:0 0 1em}.lfoot{font:12px sans-serif;color:#999;"
           "text-align:center;padding:16px}")
    return (head(c, cs, "即時新聞", css) + "<body>\n<div class=\"ltop\">財經 · 即時新聞</div>\n<div class=\"whitecon\">\n"
            + opt("span", "time", c.get("date_shown")) + opt("div", "photo", c.get("caption")) + '<div class="text">\n'
            + body_html(c) + '\n</div>\n</div>\n<div class="lfoot">不用抽 不用搶 現在用APP看新聞 保證天天中獎</div>\n'
            "</body>\n</html>\n")


def t_bank_lotto(c, cs):
    css = ("body{margin:0;font:15px/1.9 'Microsoft JhengHei',sans-serif;background:#f0f4f2}.bk{background:#006e51;color:#fff;"
           "padding:14px 30px;font-size:20px}.bk small{font-size:12px;margin-left:10px}.newsbox{max-width:760px;margin:20px "
           "auto;background:#fff;border:1px solid #cfe0d8;padding:20px 30px}.newsbox p{margin:.6em 0}.bkf{text-align:center;"
           "font-size:12px;color:#777;padding:14px}")
    return (head(c, cs, "彩券新聞", css) + "<body>\n<div class=\"bk\">公益彩券<small>最新消息</small></div>\n"
            '<div class="newsbox">\n' + body_html(c) + '\n</div>\n<div class="bkf">彩券發行機構 版權所有</div>\n</body>\n</html>\n')


def t_wx_arch(c, cs):
    css = ("body{margin:0;background:#ededed;font:17px/1.75 -apple-system,sans-serif;color:#333}.fw-top{background:#2e2e2e;"
           "color:#9ad49a;padding:10px 18px;font-size:15px}.rich{max-width:660px;margin:0 auto;background:#fff;padding:20px "
           "18px}.rich h1{font-size:22px;line-height:1.4}.rich p{margin:0 0 1em}.fw-foot{text-align:center;color:#999;"
           "font-size:12px;padding:16px}")
    return (head(c, cs, shown_title(c), css) + "<body>\n<div class=\"fw-top\">公众号文章存档</div>\n<div class=\"rich\">\n"
            f"<h1>{e(shown_title(c))}</h1>\n" + body_html(c) + '\n</div>\n<div class="fw-foot">本页为公众号文章存档</div>\n'
            "</body>\n</html>\n")


def t_law_firm(c, cs):
    css = ("body{margin:0;font:15px/1.9 'Songti SC',serif;color:#2a2a2a;background:#fff}.lf-head{border-bottom:1px solid "
           "#b8a16b;padding:16px 40px;font-size:20px;color:#6b5a2e}.lf-wrap{max-width:820px;margin:20px auto;padding:0 "
           "20px}.kick{color:#b8a16b;font-size:12px;letter-spacing:2px}.lf-wrap h1{font-size:22px}.lf-meta{color:#888;"
           "font-size:13px}.lf-wrap p{margin:.7em 0}.lf-foot{background:#2b2b2b;color:#aaa;font-size:12px;text-align:center;"
           "padding:14px}")
    return (head(c, cs, shown_title(c), css) + "<body>\n<div class=\"lf-head\">律师事务所 · 研究</div>\n<div class=\"lf-wrap\">\n"
            + opt("div", "kick", c.get("kicker")) + f"<h1>{e(shown_title(c))}</h1>\n" + opt("div", "lf-meta", c.get("date_shown"))
            + body_html(c) + '\n</div>\n<div class="lf-foot">本文仅供交流 不构成法律意见</div>\n</body>\n</html>\n')


def t_en_press(c, cs):
    css = ("body{margin:0;font:16px/1.7 'Helvetica Neue',Arial,sans-serif;color:#222}.masthead{background:#14213d;color:#fca311;"
           "padding:16px 30px;font-size:20px}.pg{max-width:780px;margin:24px auto;padding:0 18px}.kick{text-transform:"
           "uppercase;font-size:12px;color:#888}.pg h1{font-size:30px;line-height:1.25}.sf{font-style:italic;color:#555}"
           ".wb{font-size:13px;color:#666}.pg p{margin:0 0 1em}.ft{background:#eee;font-size:12px;color:#666;text-align:center;"
           "padding:14px}")
    wb = "Written by " + c["author"] + ("\n" + c["date_shown"] if c.get("date_shown") else "") if c.get("author") else None
    return (head(c, cs, shown_title(c), css) + "<body>\n<div class=\"masthead\">Solicitors</div>\n<div class=\"pg\">\n"
            + opt("div", "kick", c.get("kicker")) + f"<h1>{e(shown_title(c))}</h1>\n" + opt("p", "sf", c.get("standfirst"))
            + opt("div", "wb", wb) + body_html(c) + '\n</div>\n<div class="ft">Authorised and regulated</div>\n</body>\n</html>\n')


def t_en_univ(c, cs):
    css = ("body{margin:0;font:16px/1.65 'Source Sans Pro',Arial,sans-serif;color:#1b1b1b}.u-band{background:#13294b;color:#fff;"
           "padding:14px 28px;font-size:19px}.u-band span{color:#e84a27}.u-main{max-width:760px;margin:22px auto;padding:0 "
           "18px}.u-main p{margin:0 0 1em}.upd{font-size:13px;color:#666}.u-foot{border-top:4px solid #e84a27;font-size:12px;"
           "color:#666;padding:14px 28px}")
    return (head(c, cs, shown_title(c) or "University", css) + "<body>\n<div class=\"u-band\">University <span>News &amp; "
            "Policies</span></div>\n<main class=\"u-main\">\n" + (f"<h1>{e(shown_title(c))}</h1>\n" if shown_title(c) else "")
            + body_html(c) + "\n" + opt("p", "upd", c.get("updated")) + '</main>\n<div class="u-foot">Privacy · Accessibility</div>\n'
            "</body>\n</html>\n")


def t_en_radio(c, cs):
    css = ("body{margin:0;font:16px/1.7 Verdana,sans-serif;color:#222;background:#fdfdfd}.fm{background:#18453b;color:#fff;"
           "padding:12px 24px;font-size:18px}.post{max-width:720px;margin:20px auto;padding:0 16px}.post h1{font-size:26px}"
           ".au{font-size:13px;color:#18453b;font-weight:bold}.post p{margin:0 0 1em}.fmf{font-size:12px;color:#777;"
           "text-align:center;padding:14px}")
    return (head(c, cs, shown_title(c), css) + "<body>\n<div class=\"fm\">Student Radio · News</div>\n<article class=\"post\">\n"
            f"<h1>{e(shown_title(c))}</h1>\n" + opt("div", "au", c.get("author")) + body_html(c) +
            '\n</article>\n<div class="fmf">Listen live</div>\n</body>\n</html>\n')


def t_vi_news(c, cs):
    css = ("body{margin:0;font:17px/1.7 Arial,sans-serif;color:#222}.vh{background:#c62828;color:#fff;padding:12px 24px;"
           "font-size:20px;font-weight:bold}.vh span{font-weight:normal;font-size:13px;margin-left:12px}.vb{max-width:740px;"
           "margin:18px auto;padding:0 16px}.vd{color:#777;font-size:13px}.vb p{margin:0 0 1em}.rel{border-left:3px solid "
           "#c62828;padding-left:8px;font-size:14px;color:#c62828}.sig{text-align:right;font-weight:bold}.vf{background:"
           "#f1f1f1;font-size:12px;color:#777;text-align:center;padding:14px}")
    return (head(c, cs, shown_title(c) or "Tin tức", css) + "<body>\n<div class=\"vh\">TIN TỨC<span>Kinh tế · Chính sách"
            "</span></div>\n<div class=\"vb\">\n" + (f"<h1>{e(shown_title(c))}</h1>\n" if shown_title(c) else "") +
            opt("div", "vd", c.get("date_shown")) + body_html(c) + "\n" + opt("p", "rel", c.get("related")) +
            opt("p", "sig", c.get("signature")) + '</div>\n<div class="vf">Ghi rõ nguồn khi phát hành lại thông tin</div>\n'
            "</body>\n</html>\n")


def t_th_news(c, cs):
    css = ("body{margin:0;font:17px/1.8 Tahoma,'Sarabun',sans-serif;color:#222;background:#fafafa}.th-top{background:"
           "#283593;color:#fff;padding:12px 22px;font-size:19px}.th-path{max-width:760px;margin:10px auto 0;font-size:13px;"
           "color:#666}.th-box{max-width:760px;margin:8px auto;background:#fff;padding:18px 26px}.th-box h1{font-size:23px}"
           ".th-date{font-size:13px;color:#888}.th-box p{margin:0 0 1em}.th-foot{font-size:12px;color:#888;text-align:"
           "center;padding:14px}")
    return (head(c, cs, shown_title(c), css) + "<body>\n<div class=\"th-top\">ข่าวสาร</div>\n" +
            opt("div", "th-path", c.get("crumb")) + '<div class="th-box">\n' + f"<h1>{e(shown_title(c))}</h1>\n" +
            opt("div", "th-date", c.get("date_shown")) + body_html(c) +
            '\n</div>\n<div class="th-foot">สงวนลิขสิทธิ์</div>\n</body>\n</html>\n')


TPL = {n[2:]: f for n, f in globals().items() if n.startswith("t_")}


def host(u):
    return urlparse(u).hostname


# removed on 2026-12-07 when v46 became dev (ids keep their numbers, so the sequence has a gap): rc47-025, whose host's
# registrable domain is that of pages of three dev-* extraction sets
REMOVED = {"rc47-025"}


def main(out=HERE):
    cases = [dict(c, hijacked=True) for c in HIJ] + [dict(c, hijacked=False) for c in LEG]
    cases.sort(key=lambda c: hashlib.sha1(c["url"].encode()).hexdigest())
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    lines = []
    for i, c in enumerate(cases, 1):
        cid = f"rc47-{i:03d}"
        if cid in REMOVED:
            continue
        enc = c["enc"]
        page = TPL[c["tpl"]](c, enc)
        with open(os.path.join(out, "html", cid + ".html"), "wb") as f:
            f.write(page.encode(enc))
        t = dict(id=cid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
                 author=c.get("author"), text=truth_text(c), hijacked=c["hijacked"],
                 injections=c.get("injections", []) if c["hijacked"] else [],
                 spam_strings=c.get("spam", []) if c["hijacked"] else [], legit=bool(c.get("legit") or not c["hijacked"]),
                 lang=c["lang"], origin=c["origin"], kind="rebuilt-from-text", site=host(c["url"]), capture="text",
                 encoding=enc, form=c["form"], template=c["tpl"])
        lines.append(json.dumps(t, ensure_ascii=False))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} pages -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
