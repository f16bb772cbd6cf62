#!/usr/bin/env python3
"""Build real-cases-v46b: html/<id>.html and truth.jsonl from cases.py and src/ (deterministic, stdlib).

Usage: python3 build.py   (re-running rewrites byte-identical files)
"""
import html
import json
import os
from urllib.parse import urlparse

from cases import ARTICLES, CASES, ORIGIN

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "rc46b-"
SKIP = set()  # ids removed later keep their numbers; list them here
# removed on 2026-12-07 when v45 became dev (ids keep their numbers): rc46b-008 (hijacked; its registrable domain is that
# of a page of dev/real-cases-v45b) and rc46b-009 (hijacked; its url, and so its host, is that of a page of
# dev/real-cases-v45b); their src/ files, used by no other page, were deleted
SKIP |= {"008", "009"}


def esc(s):
    return html.escape(s, quote=False)


def src(name):
    with open(os.path.join(HERE, "src", name), encoding="utf-8") as f:
        code = f.read()
    if name.endswith(".js"):
        return '<script type="text/javascript">\n' + code.rstrip("\n") + "\n</script>\n"
    return code


def byline(a, style):
    parts = []
    if a["date"]:
        parts.append(("发布时间", a["date"]) if style != "court" else ("发布日期", a["date"]))
    if a["source"]:
        parts.append(("来源", a["source"]))
    if a["author"]:
        lab = a.get("author_label", "作者")
        parts.append((lab, a["author"]))
    if not parts:
        return ""
    if style == "school":
        return '<div class="info">' + " &nbsp; ".join(
            (f"{k}：{esc(v)}" if k else esc(v)) for k, v in parts) + " &nbsp; 点击：<span id=\"hits\">--</span></div>\n"
    if style == "epaper":
        return '<div class="author">' + "　".join((f"{k} {esc(v)}" if k else esc(v)) for k, v in parts) + "</div>\n"
    return '<div class="byline">' + "".join(
        (f"<span>{k}：{esc(v)}</span>" if k else f"<span>{esc(v)}</span>") for k, v in parts) + "</div>\n"


def article_body(a):
    return "".join(f"<p>{esc(p)}</p>\n" for p in a["paras"])


def page(a, shell, enc, inj, where):
    host = urlparse(a["url"]).hostname
    charset = {"utf-8": "utf-8", "gbk": "gbk", "gb18030": "gb18030"}[enc]
    t = a["title"]
    doc_title = (esc(t) + " - " if t else "") + esc(a["site_name"])
    h1 = f"<h1>{esc(t)}</h1>\n" if t else ""
    head_inj = inj if where == "head_end" else ""
    after_art = inj if where == "after_article" else ""
    foot_inj = inj if where == "footer" else ""
    body_end = inj if where == "body_end" else ""
    crumbs = esc(a["crumbs"])
    name = esc(a["site_name"])
    body = article_body(a)
    if shell == "gov_dept":
        return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n<title>{doc_title}</title>\n'
                f'<meta name="SiteName" content="{name}">\n<link rel="stylesheet" href="/images/style.css">\n{head_inj}</head>\n<body>\n'
                f'<div class="top"><div class="wrap"><span class="logo">{name}</span><a href="/">首页</a> | <a href="#">无障碍</a></div></div>\n'
                f'<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="#">新闻中心</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul></div>\n'
                f'<div class="wrap"><div class="location">当前位置：{crumbs}</div>\n<div class="article">\n{h1}{byline(a, "gov")}'
                f'<div class="content" id="zoom">\n{body}</div>\n{after_art}<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n</div></div>\n'
                f'<div class="footer"><p>主办：{name}</p><p><a href="https://beian.miit.gov.cn/">ICP备案</a></p>\n{foot_inj}</div>\n{body_end}</body>\n</html>\n')
    if shell == "gov_xxgk":
        rows = [("索引号", "—"), ("发布机构", a["source"] or "—"), ("发布日期", a["date"] or "—")]
        table = "".join(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>" for k, v in rows)
        return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>{doc_title}</title>\n{head_inj}</head>\n<body>\n'
                f'<div id="header"><div class="banner">{name}</div></div>\n<div id="menu"><a href="/">网站首页</a><a href="#">政府信息公开</a><a href="#">政策文件</a><a href="#">办事服务</a></div>\n'
                f'<div id="main"><div class="pos">{crumbs}</div>\n<table class="xxgk">{table}</table>\n'
                f'<div class="xl">\n{h1}{byline(a, "gov")}<div class="TRS_Editor">\n{body}</div>\n{after_art}</div>\n'
                f'<div class="qrcode">扫一扫在手机上查看当前页面</div></div>\n<div id="footer">版权所有：{name}\n{foot_inj}</div>\n{body_end}</body>\n</html>\n')
    if shell == "school":
        return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n<title>{doc_title}</title>\n{head_inj}</head>\n<body>\n'
                f'<table width="1000" align="center" class="head"><tr><td class="logo">{name}</td><td class="links"><a href="/">学校首页</a> | <a href="#">校园动态</a> | <a href="#">教育教学</a> | <a href="#">联系我们</a></td></tr></table>\n'
                f'<table width="1000" align="center" class="main"><tr><td class="left" valign="top"><div class="col">栏目导航</div><ul><li><a href="#">学校概况</a></li><li><a href="#">校园动态</a></li><li><a href="#">通知公告</a></li></ul></td>\n'
                f'<td class="right" valign="top"><div class="path">您现在的位置：{crumbs}</div>\n<div class="show">\n{h1}{byline(a, "school")}<div class="con">\n{body}</div>\n{after_art}</div></td></tr></table>\n'
                f'<div class="copyright">Copyright &copy; {name} 版权所有\n{foot_inj}</div>\n{body_end}</body>\n</html>\n')
    if shell == "court":
        return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{charset}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{doc_title}</title>\n'
                f'<link href="/public/css/detail.css" rel="stylesheet">\n{head_inj}</head>\n<body>\n'
                f'<div class="court-top"><div class="court-name">{name}</div><div class="court-nav"><a href="/">首页</a><a href="#">法院新闻</a><a href="#">审判执行</a><a href="#">司法公开</a><a href="#">诉讼服务</a></div></div>\n'
                f'<div class="detail"><div class="crumb">{crumbs}</div>\n{h1}{byline(a, "court")}<div class="detail-body">\n{body}</div>\n{after_art}</div>\n'
                f'<div class="court-foot">{name} 版权所有 技术支持：河南法院网\n{foot_inj}</div>\n{body_end}</body>\n</html>\n')
    if shell == "news_portal":
        return (f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="{charset}">\n<title>{doc_title}</title>\n<meta name="keywords" content="{name}">\n{head_inj}</head>\n<body>\n'
                f'<header class="site"><a class="brand" href="/">{name}</a><nav><a href="/">首页</a><a href="#">要闻</a><a href="#">本地</a><a href="#">专题</a></nav></header>\n'
                f'<main><div class="bread">{crumbs}</div>\n<article>\n{h1}{byline(a, "news")}<section class="text">\n{body}</section>\n{after_art}</article>\n'
                f'<aside><h3>相关阅读</h3><ul><li><a href="#">更多资讯</a></li></ul></aside></main>\n<footer>{name}　版权所有，未经许可不得转载\n{foot_inj}</footer>\n{body_end}</body>\n</html>\n')
    if shell == "epaper":
        return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>{doc_title}</title>\n{head_inj}</head>\n<body>\n'
                f'<div class="paper-head">{name} 数字报</div>\n<div class="paper-nav">{crumbs} <a href="#">上一版</a> <a href="#">下一版</a></div>\n'
                f'<div class="paper-article">\n{h1}{byline(a, "epaper")}<div id="ozoom">\n{body}</div>\n{after_art}</div>\n'
                f'<div class="paper-foot">{name}社 版权所有\n{foot_inj}</div>\n{body_end}</body>\n</html>\n')
    raise ValueError(shell)


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    lines = []
    for cid, key, srcname, where, shell, enc, forms, fam in CASES:
        if cid in SKIP:
            continue
        a = ARTICLES[key]
        inj = src(srcname)
        doc = page(a, shell, enc, inj, where)
        pid = PREFIX + cid
        with open(os.path.join(HERE, "html", pid + ".html"), "wb") as f:
            f.write(doc.encode(enc))
        hijacked = fam != "clean"
        lines.append(json.dumps({
            "id": pid, "url": a["url"], "title": a["title"], "date": a["date"], "source": a["source"],
            "author": a["author"], "text": "\n".join(a["paras"]), "hijacked": hijacked,
            "injections": forms, "spam_strings": [], "legit": False, "lang": "zh",
            "origin": ORIGIN[fam] + f" [src/{srcname}; placement {where}; shell {shell}]",
            "kind": "real-injection-in-rebuilt-page" if hijacked else "rebuilt-from-text",
            "site": urlparse(a["url"]).hostname, "capture": "text", "encoding": enc,
        }, ensure_ascii=False))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "pages")


if __name__ == "__main__":
    main()
