"""Build real-cases-v43: rebuild plausible CMS shells around captured text (cases_*.py), write html/ and truth.jsonl.

Deterministic (no clock, no randomness): `python3 build.py` rewrites html/ and truth.jsonl byte-identically.
The article text, spam lines, spam titles and replaced brands are verbatim from the captures; the shells
(header, navigation, footer, CSS, class names) are invented here.
"""
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

DECLARED = {"GB18030": "gbk", "utf-8": "utf-8"}
GB18030_DECL = {"gsd1adyacid.shchangye.com", "qjwb.thehour.cn"}  # these two declare gb18030 itself


def esc(s):
    return H.escape(s, quote=False).replace("&lt;br&gt;", "<br>")


def clean(p, spam):
    for s in sorted(spam, key=len, reverse=True):
        p = p.replace(s, "")
    p = p.replace("<br>", "")
    return re.sub(r"[ \t]+", " ", p).strip()


def meta_bits(c, labels):
    """Byline pieces as the page writes them."""
    out = []
    if c.get("date_shown"):
        out.append(c["date_shown"] if c["date_shown"].startswith(("時間", "Written")) else labels[0] + c["date_shown"])
    src = c.get("source_shown") or c.get("source")
    if src:
        out.append(labels[1] + src)
    if c.get("author_shown"):
        out.append(c["author_shown"])
    elif c.get("author"):
        out.append(labels[2] + c["author"])
    return out


def paras_html(c, tag="p", cls=None):
    a = f' class="{cls}"' if cls else ""
    return "\n".join(f"<{tag}{a}>{esc(p)}</{tag}>" for p in c["paras"])


def extra_html(c, cls):
    return "\n".join(f'<p class="{cls}">{esc(x)}</p>' for x in c.get("extra", []))


def head(c, charset, page_title, css):
    return (f'<!DOCTYPE html>\n<html lang="{ "zh-CN" if c["lang"] == "zh" else c["lang"] }">\n<head>\n'
            f'<meta charset="{charset}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(page_title)}</title>\n<style>\n{css}\n</style>\n</head>\n')


def top_line(c, cls):
    return f'<div class="{cls}">{esc(c["top"])}</div>\n' if c.get("top") else ""


# ---- shells -----------------------------------------------------------------------------------------
def t_farm(c, charset):
    h1 = c.get("shown_title") or c.get("title")
    bits = meta_bits(c, ("发布时间:", "来源: ", "作者:"))
    css = ".zx-top{background:#2b2b2b;color:#ddd;font-size:12px;padding:4px 12px}.zx-main{width:980px;margin:0 auto;display:flex;gap:20px}\n.zx-art{flex:1}.zx-art h1{font-size:22px}.zx-info{color:#888;font-size:12px}.zx-side{width:260px;font-size:13px}.zx-side li{margin:6px 0}"
    side = "".join(f"<li><a href=\"#\">{esc(x)}</a></li>" for x in c.get("extra", []) if len(x) > 14)
    cap = "".join(f'<p class="zx-cap">{esc(x)}</p>' for x in c.get("extra", []) if len(x) <= 14)
    return (head(c, charset, h1 or "资讯频道", css) + "<body>\n" + top_line(c, "zx-kw") +
            '<div class="zx-top">资讯 | 热点 | 专题 | 排行</div>\n<div class="zx-main">\n<div class="zx-art">\n'
            '<div class="zx-crumb">首页 &gt; 资讯 &gt; 正文</div>\n' +
            (f"<h1>{esc(h1)}</h1>\n" if h1 else "") +
            (f'<div class="zx-info">{" ".join(esc(b) for b in bits)}</div>\n' if bits else "") +
            f'<div class="zx-body">\n{paras_html(c)}\n{cap}\n</div>\n</div>\n'
            f'<div class="zx-side"><h3>相关阅读</h3><ul>{side}</ul></div>\n</div>\n'
            '<div class="zx-foot">本站部分内容来源于网络,如有侵权请联系删除</div>\n</body>\n</html>\n')


def t_edu(c, charset):
    h1 = c.get("shown_title") or c.get("title")
    css = "body{margin:0;font-family:SimSun,serif}.xb-head{background:#123d6b;color:#fff;padding:14px 30px;font-size:24px}\n.xb-nav a{color:#fff;margin-right:18px}.xb-box{width:1000px;margin:16px auto}.xb-title{text-align:center;font-size:20px}\n.xb-content p{text-indent:2em;line-height:1.9}.xb-pic{text-align:center;color:#555;font-size:12px}"
    return (head(c, charset, h1 or "学校新闻", css) + "<body>\n" + top_line(c, "xb-kw") +
            '<div class="xb-head">新闻网<div class="xb-nav"><a href="#">首页</a><a href="#">学校要闻</a><a href="#">院系动态</a><a href="#">媒体报道</a></div></div>\n'
            '<div class="xb-box">\n<div class="xb-where">当前位置:首页 &gt;&gt; 院系动态 &gt;&gt; 正文</div>\n' +
            (f'<h2 class="xb-title">{esc(h1)}</h2>\n' if h1 else "") +
            f'<div class="xb-content">\n{paras_html(c)}\n{extra_html(c, "xb-pic")}\n</div>\n</div>\n'
            '<div class="xb-foot">版权所有 地址:  邮编: </div>\n</body>\n</html>\n')


def t_vsb(c, charset):
    h1 = c.get("shown_title") or c.get("title")
    bits = meta_bits(c, ("发布时间:", "来源:", "作者:"))
    css = ".wp-hd{height:90px;background:linear-gradient(#7a0d0d,#a31515)}.wp-menu li{display:inline-block;padding:0 14px}\n.arti_metas{color:#999;text-align:center}.wp_articlecontent p{line-height:2;font-size:15px}.pic-note{text-align:center;font-size:13px}"
    return (head(c, charset, h1 or "新闻动态", css) + "<body>\n" + top_line(c, "wp-kw") +
            '<div class="wp-hd"></div>\n<ul class="wp-menu"><li>学校概况</li><li>机构设置</li><li>新闻动态</li><li>通知公告</li></ul>\n'
            '<div class="article">\n' + (f'<h1 class="arti_title">{esc(h1)}</h1>\n' if h1 else "") +
            (f'<p class="arti_metas">{"  ".join(esc(b) for b in bits)}</p>\n' if bits else "") +
            f'<div class="entry"><div class="wp_articlecontent">\n{paras_html(c)}\n{extra_html(c, "pic-note")}\n</div></div>\n</div>\n'
            '<div class="wp-foot">Copyright 版权所有</div>\n</body>\n</html>\n')


def t_gov(c, charset):
    h1 = c.get("shown_title") or c.get("title")
    css = ".gv-top{background:#b81c22;color:#fff;padding:6px 20px}.gv-main{width:1000px;margin:0 auto;border:1px solid #ddd;padding:20px}\n.gv-h{font-size:22px;text-align:center;color:#b81c22}.gv-txt p{font-size:16px;line-height:2;text-indent:2em}"
    return (head(c, charset, h1 or "政务动态", css) + "<body>\n" + top_line(c, "gv-kw") +
            '<div class="gv-top">政务公开 | 政务服务 | 互动交流 | 走进本地</div>\n<div class="gv-main">\n'
            '<div class="gv-pos">您所在的位置:首页 &gt; 政务公开 &gt; 工作动态</div>\n' +
            (f'<div class="gv-h">{esc(h1)}</div>\n' if h1 else "") +
            f'<div class="gv-txt">\n{paras_html(c)}\n</div>\n<div class="gv-tools">【打印本页】【关闭窗口】</div>\n</div>\n'
            '<div class="gv-foot">主办单位:  技术支持:  网站标识码: </div>\n</body>\n</html>\n')


def t_hospital(c, charset):
    css = ".yy-nav{background:#0a7d6e;color:#fff;padding:8px}.yy-art{width:960px;margin:0 auto}.yy-art h3{font-size:21px;text-align:center}\n.yy-by{font-size:12px;color:#777;text-align:center}.yy-con p{line-height:2}.yy-cap{text-align:center;font-size:12px}"
    by = (f'发布时间:{esc(c["date_shown"])}<br>来源:{esc(c["source"])} 供稿:<br>{esc(c["author"])} 摄影:<br>'
          f'{esc(c["author"])} 编审:{esc(c["author"])}<br>分享到:')
    return (head(c, charset, c["title"], css) + "<body>\n" +
            '<div class="yy-nav">医院概况 | 新闻中心 | 科室导航 | 党建文化 | 就医指南</div>\n<div class="yy-art">\n'
            f'<h3>{esc(c["title"])}</h3>\n<div class="yy-by">{by}</div>\n'
            f'<div class="yy-con">\n{paras_html(c)}\n{extra_html(c, "yy-cap")}\n</div>\n</div>\n'
            '<div class="yy-foot">版权所有 · 技术支持</div>\n</body>\n</html>\n')


def t_school(c, charset):
    h1 = c.get("shown_title") or c.get("title")
    css = ".sc-logo{font-size:26px;padding:12px;background:#f4b400}.sc-wrap{max-width:900px;margin:auto}.sc-news p{line-height:1.8}"
    return (head(c, charset, h1 or "校園新聞", css) + "<body>\n" + top_line(c, "sc-kw") +
            '<div class="sc-logo">校園新聞</div>\n<div class="sc-wrap">\n<div class="sc-bread">首頁 / 新聞動態</div>\n' +
            (f"<h1>{esc(h1)}</h1>\n" if h1 else "") +
            f'<div class="sc-news">\n{paras_html(c)}\n</div>\n</div>\n<div class="sc-foot">聯系我們 | 網站地圖</div>\n</body>\n</html>\n')


def t_corp(c, charset):
    shown = c.get("shown_title") or c.get("title")
    css = ".cp-bar{background:#004b87;color:#fff;padding:10px 24px}.cp-col{width:1100px;margin:0 auto}.cp-col h1{font-size:20px}\n.cp-txt p{line-height:1.85;color:#333}"
    return (head(c, charset, shown or "新闻动态", css) + "<body>\n" + top_line(c, "cp-kw") +
            '<div class="cp-bar">首页 | 关于我们 | 产品中心 | 新闻动态 | 联系我们</div>\n<div class="cp-col">\n'
            '<div class="cp-loc">首页 &gt; 新闻动态 &gt; 行业新闻</div>\n' +
            (f"<h1>{esc(shown)}</h1>\n" if shown else "") +
            f'<div class="cp-txt">\n{paras_html(c)}\n</div>\n<div class="cp-pn">上一篇:无 下一篇:无</div>\n</div>\n'
            '<div class="cp-foot">Copyright © 版权所有</div>\n</body>\n</html>\n')


def t_discuz(c, charset):
    css = "#hd{background:#1e5a8c;height:60px}#ct{width:960px;margin:0 auto}.ph{font-size:20px}#article_content p{line-height:1.8}"
    return (head(c, charset, "門戶 - Powered by Discuz!", css) + "<body>\n" +
            '<div id="hd"></div>\n<div id="ct">\n<div id="pt" class="bm cl"><a href="#">門戶</a> &rsaquo; <a href="#">資訊</a> &rsaquo; 查看內容</div>\n'
            '<div class="h hm"><p class="xg1">發布者: admin</p></div>\n'
            f'<div class="d"><div id="article_content">\n{paras_html(c)}\n</div></div>\n</div>\n'
            '<div id="ft">Powered by Discuz! X3.4</div>\n</body>\n</html>\n')


def t_pressroom(c, charset):
    h1 = c.get("title")
    css = ".pr-h{background:#111;color:#c9a44c;padding:16px 32px}.pr-c{max-width:860px;margin:30px auto}.pr-c h2{font-size:22px}.pr-c p{line-height:1.9}"
    return (head(c, charset, h1 or "新聞稿", css) + "<body>\n" +
            '<div class="pr-h">傳媒中心 · 新聞稿</div>\n<div class="pr-c">\n<div class="pr-kicker">新聞稿</div>\n' +
            (f"<h2>{esc(h1)}</h2>\n" if h1 else "") + f'{paras_html(c)}\n</div>\n<div class="pr-f">© 版權所有</div>\n</body>\n</html>\n')


def t_wpnews(c, charset):
    h1 = c.get("title")
    bits = meta_bits(c, ("", "Source: ", "By "))
    site = urlparse(c["url"]).hostname
    css = ".site-header{border-bottom:3px solid #c0392b;padding:12px}.site-content{max-width:780px;margin:auto}.entry-title{font-size:28px}\n.entry-meta{color:#777;font-size:13px}.entry-content p{line-height:1.7}.aside-note{font-size:13px;color:#555}"
    return (head(c, charset, (h1 + " – " + site) if h1 else site, css) + "<body class=\"single single-post\">\n" +
            f'<header class="site-header"><a class="site-title" href="/">{esc(site)}</a></header>\n<main class="site-content">\n<article class="post">\n' +
            (f'<h1 class="entry-title">{esc(h1)}</h1>\n' if h1 else "") +
            (f'<div class="entry-meta">{" · ".join(esc(b) for b in bits)}</div>\n' if bits else "") +
            f'<div class="entry-content">\n{paras_html(c)}\n{extra_html(c, "aside-note")}\n</div>\n</article>\n</main>\n'
            '<footer class="site-footer">Proudly powered by WordPress</footer>\n</body>\n</html>\n')


def t_epaper(c, charset):
    css = ".ep-mast{font-size:28px;color:#a00;padding:8px 20px}.ep-wrap{display:flex}.ep-list{width:220px;font-size:12px}.ep-art{flex:1}\n.ep-art h1{font-size:26px}.ep-art .sub{font-size:16px;color:#444}.ep-art p{line-height:1.9;text-indent:2em}"
    ex = c.get("extra", [])
    return (head(c, charset, c["title"], css) + "<body>\n" +
            '<div class="ep-mast">钱江晚报 数字报纸</div>\n<div class="ep-wrap">\n'
            f'<div class="ep-list"><b>{esc(ex[0])}</b><ul><li>版面导航</li><li>标题导航</li></ul></div>\n'
            f'<div class="ep-art">\n<h1>{esc(c["title"])}</h1>\n<div class="sub">{esc(ex[1])}</div>\n{paras_html(c)}\n</div>\n</div>\n'
            '<div class="ep-foot">数字报刊平台</div>\n</body>\n</html>\n')


def t_corpcasino(c, charset):
    css = ".mc-top{background:#0d1b2a;color:#e0c068;padding:14px}.mc-body{max-width:820px;margin:auto}.mc-body li{margin:4px 0}"
    return (head(c, charset, c["title"] + " | Monte-Carlo", css) + "<body>\n" +
            f'<div class="mc-top">{esc(c["extra"][0])}</div>\n<div class="mc-body">\n<h1>{esc(c["title"])}</h1>\n'
            f'{paras_html(c)}\n</div>\n<div class="mc-foot">© Monte-Carlo</div>\n</body>\n</html>\n')


TPL = dict(farm=t_farm, edu=t_edu, vsb=t_vsb, gov=t_gov, hospital=t_hospital, school=t_school, corp=t_corp,
           discuz=t_discuz, pressroom=t_pressroom, wpnews=t_wpnews, epaper=t_epaper, corpcasino=t_corpcasino)


# removed on 2026-12-07 when v42 became dev (ids keep their numbers, so the sequence has gaps): rc43-013's url (and so
# its host) is that of a page in dev/real-cases-v42 (validate_v43.py)
REMOVED = {"rc43-013"}


def main():
    out = os.path.join(HERE, "html")
    os.makedirs(out, exist_ok=True)
    rows = []
    cases = [(c, True) for c in HIJ] + [(c, False) for c in LEG]
    for n, (c, hij) in enumerate(cases, 1):
        cid = f"rc43-{n:03d}"
        if cid in REMOVED:
            continue
        host = urlparse(c["url"]).hostname
        enc = c["enc"]
        charset = "gb18030" if (enc == "GB18030" and host in GB18030_DECL) else DECLARED[enc]
        page = TPL[c["tpl"]](c, charset)
        with open(os.path.join(out, cid + ".html"), "wb") as f:
            f.write(page.encode("gb18030" if enc == "GB18030" else "utf-8"))
        spam = c.get("spam", [])
        text = "\n".join(t for t in (clean(p, spam) for p in c["paras"]) if t)
        rows.append(dict(
            id=cid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
            author=c.get("author"), text=text, hijacked=hij, injections=c.get("injections", []) if hij else [],
            spam_strings=spam, legit=bool(c.get("legit", not hij)), lang=c["lang"], origin=c["note"],
            kind="rebuilt-from-text", site=host, capture="text", encoding=enc, form=c["form"], template=c["tpl"]))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
