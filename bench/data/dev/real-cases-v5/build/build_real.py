#!/usr/bin/env python3
"""Rebuild real-cases-v5 (html/ + truth.jsonl + SOURCES.md table) from the captured texts. Deterministic.

Markup is the keeper's reconstruction in CMS-like shells (`template`); texts are verbatim captures.
⟦...⟧ in a captured line marks spam: shown on the page, dropped from the truth.
"""
import html
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cases_hijacked import HIJACKED  # noqa: E402
from cases_more import COMPOSITES, LEGIT  # noqa: E402

OUT = HERE.parent
SPAM = re.compile(r"⟦(.*?)⟧", re.S)


def shown(s):
    """Text as the page shows it (markers removed), HTML-escaped."""
    return html.escape(SPAM.sub(lambda m: m.group(1), s), quote=False)


def clean(s):
    s = SPAM.sub("", s)
    return re.sub(r"[ \t]{2,}", " ", s).strip()


def esc(s):
    return html.escape(s or "", quote=True)


def site_name(c):
    return urlparse(c["url"]).netloc if c.get("url") else ""


def body_paras(c, tag="p", attrs=""):
    return "\n".join(f"<{tag}{attrs}>{shown(p)}</{tag}>" for p in c["paras"])


def meta_line(c):
    if c.get("metalist"):
        return "".join(f"<span>{shown(m)}</span>" for m in c["metalist"])
    return shown(c.get("meta", ""))


def page_title(c):
    h1 = c.get("h1") or c.get("title")
    return shown(h1) if h1 else ""


def head(c, extra=""):
    charset = '<meta charset="utf-8">'
    t = page_title(c)
    inj = c.get("inject_head", "")
    return (f"<!DOCTYPE html>\n<html lang=\"{c['lang']}\">\n<head>\n{charset}\n<title>{t}</title>\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{extra}{inj}\n</head>\n")


def headline(c, tag="h1", cls="title"):
    h = c.get("h1") or c.get("title")
    return f'<{tag} class="{cls}">{shown(h)}</{tag}>' if h else ""


def extras_top(c):
    out = []
    if c.get("header"):
        out.append(f'<div class="topbar">{shown(c["header"])}</div>')
    return "\n".join(out)


def pre_body(c):
    return f'<p class="pre">{shown(c["pre_body"])}</p>' if c.get("pre_body") else ""


def tail(c):
    out = []
    if c.get("tagline"):
        out.append(f'<div class="tags">{shown(c["tagline"])}</div>')
    if c.get("related"):
        out.append('<ul class="related">' + "".join(f"<li><a href=\"#\">{shown(r)}</a></li>" for r in c["related"]) + "</ul>")
    return "\n".join(out)


def footer(c, default):
    f = c.get("footer")
    return shown(f) if f else default


def end(c):
    return c.get("inject_body_end", "") + "\n</body>\n</html>\n"


# ---- shells -------------------------------------------------------------------------------------------------

def t_vsb(c):
    crumb = shown(c.get("breadcrumb") or "当前位置: 首页 >> 新闻动态 >> 正文")
    return (head(c, '<link rel="stylesheet" href="/style/style.css">\n') +
            "<body>\n" + extras_top(c) + "\n<div class=\"header\"><div class=\"logo\"></div><ul class=\"nav\"><li>首页</li><li>学校概况</li>"
            "<li>新闻中心</li><li>教学科研</li><li>招生就业</li></ul></div>\n<div class=\"main\">\n"
            f"<div class=\"location\">{crumb}</div>\n<form name=\"_newscontent_fromname\">\n"
            f"{headline(c, 'h2', 'titlestyle')}\n<div class=\"timestyle\">{meta_line(c)}</div>\n{pre_body(c)}\n"
            f"<div id=\"vsb_content\"><div class=\"v_news_content\">\n{body_paras(c)}\n</div></div>\n{tail(c)}\n"
            "</form>\n</div>\n"
            f"<div class=\"footer\">{footer(c, '版权所有 地址 邮编 ICP备案号')}</div>\n" + end(c))


def t_webplus(c):
    return (head(c) + "<body>\n" + extras_top(c) +
            "\n<div id=\"container\"><div class=\"wp_column\">学院新闻</div>\n<div class=\"article\">\n"
            f"{headline(c, 'h1', 'arti_title')}\n<p class=\"arti_metas\">{meta_line(c)}</p>\n{pre_body(c)}\n"
            f"<div class=\"wp_articlecontent\">\n{body_paras(c)}\n</div>\n{tail(c)}\n</div></div>\n"
            f"<div id=\"footer\">{footer(c, 'Copyright')}</div>\n" + end(c))


def t_table(c):
    rows = "\n".join(f"<tr><td class=\"content\">{shown(p)}</td></tr>" for p in c["paras"])
    return (head(c) + "<body>\n" + extras_top(c) +
            "\n<table width=\"1000\" align=\"center\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\">\n"
            "<tr><td class=\"banner\" colspan=\"2\"></td></tr>\n"
            "<tr><td width=\"220\" valign=\"top\" class=\"left\"><ul><li>学院新闻</li><li>通知公告</li><li>学术动态</li></ul></td>\n"
            "<td valign=\"top\"><table width=\"100%\">\n"
            f"<tr><td align=\"center\">{headline(c, 'h3', 't')}</td></tr>\n<tr><td align=\"center\" class=\"info\">{meta_line(c)}</td></tr>\n"
            f"{('<tr><td>' + pre_body(c) + '</td></tr>') if c.get('pre_body') else ''}\n{rows}\n</table>{tail(c)}</td></tr>\n"
            f"<tr><td colspan=\"2\" class=\"foot\">{footer(c, '版权所有')}</td></tr>\n</table>\n" + end(c))


def t_trs(c):
    return (head(c, '<meta name="ArticleTitle" content="%s">\n' % esc(c.get("title") or "")) + "<body>\n" + extras_top(c) +
            "\n<div class=\"gov-head\">政务公开 | 政务服务 | 互动交流</div>\n"
            f"<div class=\"crumb\">{shown(c.get('breadcrumb') or '首页 > 工作动态')}</div>\n<div class=\"detail\">\n"
            f"{headline(c, 'h1', 'detail-title')}\n<div class=\"detail-info\">{meta_line(c)}</div>\n{pre_body(c)}\n"
            f"<div class=\"TRS_Editor\"><div class=\"TRS_UEDITOR\">\n{body_paras(c)}\n</div></div>\n{tail(c)}\n</div>\n"
            f"<div class=\"gov-foot\">{footer(c, '主办单位 网站标识码 备案号')}</div>\n" + end(c))


def t_phpcms(c):
    return (head(c) + "<body>\n" + extras_top(c) + "\n<div class=\"top\"></div>\n<div class=\"wrap\">\n"
            f"<div class=\"pos\">{shown(c.get('breadcrumb') or '首页 > 新闻动态 > 学校要闻')}</div>\n"
            f"<div class=\"show\">{headline(c, 'h1', 'show-title')}\n<ul class=\"show-info\">{meta_line(c)}</ul>\n{pre_body(c)}\n"
            f"<div class=\"show-content\">\n{body_paras(c)}\n</div>\n{tail(c)}</div>\n</div>\n"
            f"<div class=\"footer\">{footer(c, '版权所有')}</div>\n" + end(c))


def t_wp(c):
    return (head(c, '<link rel="stylesheet" href="/wp-content/themes/theme/style.css">\n') +
            "<body class=\"single single-post\">\n" + extras_top(c) +
            f"\n<header class=\"site-header\"><p class=\"site-title\">{esc(site_name(c))}</p></header>\n"
            "<main id=\"main\"><article class=\"post\">\n"
            f"<header class=\"entry-header\">{headline(c, 'h1', 'entry-title')}\n<div class=\"entry-meta\">{meta_line(c)}</div></header>\n"
            f"<div class=\"entry-content\">\n{pre_body(c)}\n{body_paras(c)}\n</div>\n{tail(c)}\n</article></main>\n"
            f"<footer class=\"site-footer\">{footer(c, 'Proudly powered by WordPress')}</footer>\n" + end(c))


def lead(c):
    return '<div class="lead">' + shown(c['lead']) + '</div>' if c.get('lead') else ''


def t_news(c):
    return (head(c) + "<body>\n" + extras_top(c) +
            f"\n<div class=\"masthead\">{esc(c.get('sitename') or site_name(c))}</div>\n"
            f"<div class=\"crumbs\">{shown(c.get('breadcrumb') or '')}</div>\n<div class=\"article\">\n"
            f"{headline(c, 'h1', 'headline')}\n<div class=\"byline\">{meta_line(c)}</div>\n"
            f"{lead(c)}\n{pre_body(c)}\n"
            f"<div class=\"article-body\">\n{body_paras(c)}\n</div>\n{tail(c)}\n</div>\n"
            f"<div class=\"footer\">{footer(c, '')}</div>\n" + end(c))


def t_mobile(c):
    return (head(c) + "<body class=\"amp\">\n" + extras_top(c) +
            f"\n<header class=\"amp-head\">{esc(site_name(c))}</header>\n<article>\n{headline(c, 'h1', 'amp-title')}\n"
            f"<div class=\"amp-meta\">{meta_line(c)}</div>\n{pre_body(c)}\n"
            f"<div class=\"amp-body\">\n{body_paras(c)}\n</div>\n{tail(c)}\n</article>\n"
            f"<footer>{footer(c, '')}</footer>\n" + end(c))


def t_corp(c):
    return (head(c) + "<body>\n" + extras_top(c) +
            "\n<div class=\"top\"><div class=\"logo\"></div><ul class=\"menu\"><li>首页</li><li>关于我们</li><li>产品中心</li>"
            "<li>新闻资讯</li><li>联系我们</li></ul></div>\n<div class=\"inner\"><div class=\"sidebar\">产品分类</div>\n"
            f"<div class=\"newsdetail\">{headline(c, 'h1', 'news-title')}\n<div class=\"news-info\">{meta_line(c)}</div>\n{pre_body(c)}\n"
            f"<div class=\"news-content\">\n{body_paras(c)}\n</div>\n{tail(c)}</div></div>\n"
            f"<div class=\"foot\">{footer(c, '')}</div>\n" + end(c))


def t_plain(c):
    return (head(c) + "<body>\n" + extras_top(c) +
            f"\n<div class=\"crumb\">{shown(c.get('breadcrumb') or '')}</div>\n{headline(c, 'h1', 'title')}\n"
            f"<div class=\"info\">{meta_line(c)}</div>\n{pre_body(c)}\n<div class=\"content\">\n{body_paras(c)}\n</div>\n{tail(c)}\n"
            f"<div class=\"foot\">{footer(c, '')}</div>\n" + end(c))


SHELLS = dict(vsb=t_vsb, webplus=t_webplus, table=t_table, trs=t_trs, phpcms=t_phpcms, wp=t_wp, news=t_news,
              mobile=t_mobile, corp=t_corp, plain=t_plain)

CAPTURE = ("text-only capture from the stored public-web-page corpus of the search tool (search excerpt, may stop "
           "mid-article); HTML markup is the keeper's reconstruction in a CMS-like template (`template`) around the "
           "captured lines, keeping their order; spam strings and article text are verbatim from the capture")


def truth_row(c, kind, hijacked, legit):
    text = "\n".join(clean(p) for p in c["paras"])
    row = dict(id=c["id"], url=c.get("url"), encoding="utf-8", lang=c["lang"], title=c.get("title"), date=c.get("date"),
               source=c.get("source"), author=c.get("author"), text=text, hijacked=hijacked,
               injections=c.get("injections", []), spam_strings=c.get("spam", []), legit=legit)
    origin = f"pages corpus capture of {c['url']}" if c.get("url") else "pages corpus result (no URL given)"
    origin += f" (search: '{c['query']}')"
    if kind == "real-injection-in-real-page":
        origin = f"injection: {c['script_origin']} (verbatim); page: " + origin
    row.update(origin=origin, kind=kind, site=site_name(c) or None, capture=CAPTURE, template=c["template"],
               note=c.get("note", ""))
    for s in row["spam_strings"]:
        assert s not in text, (c["id"], s)
    return row


def main():
    (OUT / "html").mkdir(exist_ok=True)
    rows = []
    for c in HIJACKED:
        rows.append((c, truth_row(c, "real-page", True, False)))
    for c in COMPOSITES:
        rows.append((c, truth_row(c, "real-injection-in-real-page", True, False)))
    for c in LEGIT:
        rows.append((c, truth_row(c, "real-page", False, True)))
    ids = [r["id"] for _, r in rows]
    assert len(ids) == len(set(ids))
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as f:
        for c, r in sorted(rows, key=lambda x: x[1]["id"]):
            page = SHELLS[c["template"]](c)
            (OUT / "html" / f"{r['id']}.html").write_text(page, encoding="utf-8")
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "cases")


if __name__ == "__main__":
    main()
