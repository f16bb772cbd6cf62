"""The bundled demo site: 青山大学新闻网, a dozen news pages in three CMS looks, some hijacked.

``build_site()`` returns every URL path of the site with its response (status, headers, body).
It has two listing pages with pagination, a robots.txt that forbids /internal/, a GBK page
whose charset is only in the HTTP header, attachments, a redirected old URL, and pages hacked
the way gov/edu sites are: spam <title>, off-site banner, hidden link farms, cloaking scripts,
brands spliced into footers, disclaimers and sentences.
"""
from __future__ import annotations

import html
import tomllib
from dataclasses import dataclass, field
from importlib import resources

SITE_NAME = "青山大学"
LISTING = "/xwzx/list.htm"
LISTING_2 = "/xwzx/list2.htm"
PER_LISTING_PAGE = 6

# Spam as seen on hijacked sites; the last brand is deliberately in no lexicon: the cleaner must
# catch it by structure (hidden block, off-site links), not by name.
TITLE_BRANDS = {1001: "金宝搏188入口", 1010: "澳门葡京赌场官网"}
PREFIX_BRAND = "九游会j9真人娱乐"
FOOTER_BRAND = "华体会体育登录入口"
INBODY_BRAND = "天博体育官方网站"
LINK_FARM = [("https://jbb188.bet/", "金宝搏188入口"), ("https://pj-casino.vip/", "澳门葡京赌场官网"),
             ("https://bjl-kh.shop/", "百家乐在线开户"), ("https://hongyun-yl.top/", "鸿运国际娱乐城")]


@dataclass
class Response:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0  # seconds to wait before answering (slow servers, in tests)


@dataclass
class Article:
    id: int
    path: str
    template: str
    title: str
    date: str
    source: str
    paragraphs: list[str]
    author: str | None = None
    hijack: list[str] = field(default_factory=list)
    legit: bool = False
    encoding: str = "utf-8"
    charset_in: str = "meta"
    attachment: dict | None = None


def load_articles() -> list[Article]:
    data = tomllib.loads(resources.files("demo").joinpath("articles.toml").read_text("utf-8"))
    return [Article(**a) for a in data["article"]]


# -- page pieces ---------------------------------------------------------------------------------

NAV = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in [
    ("/", "首页"), ("/xxgk/index.htm", "学校概况"), (LISTING, "学校要闻"), ("/tzgg/index.htm", "通知公告"),
    ("/jxky/index.htm", "教学科研"), ("/xsgz/index.htm", "学生工作")])


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _title_tag(a: Article) -> str:
    if "title_replace" in a.hijack:
        return _esc(TITLE_BRANDS.get(a.id, "金宝搏188入口"))
    if "title_prefix" in a.hijack:
        # entity-encoded, as injectors do to slip past naive filters
        return "".join(f"&#{ord(c)};" for c in PREFIX_BRAND) + "_" + _esc(a.title) + f"-{SITE_NAME}"
    return f"{_esc(a.title)}-{SITE_NAME}"


def _head_extra(a: Article) -> str:
    if "meta_stuff" in a.hijack:
        return ('<meta name="keywords" content="九游会j9真人娱乐,百家乐在线开户,澳门葡京赌场官网,天博体育官方网站">'
                '<meta name="description" content="乐鱼体育官网，注册即送彩金，新用户注册即送88元体验金">')
    return f'<meta name="keywords" content="{SITE_NAME},新闻">'


def _banner(a: Article) -> str:
    if "banner" in a.hijack:
        return f'<div class="top-notice"><a href="https://jbb188.bet/" target="_blank"><b>{TITLE_BRANDS[a.id]}</b></a></div>'
    return ""


def _paragraphs(a: Article) -> str:
    paras = list(a.paragraphs)
    if "inbody" in a.hijack and len(paras) > 1:
        first, rest = paras[1].split("，", 1) if "，" in paras[1] else (paras[1], "")
        paras[1] = f'{first}，<a href="https://tb-ty.app/">{INBODY_BRAND}</a>{rest}'
    style = ' style="text-indent:2em;"'
    return "\n".join(f"<p{style}>{p if '<a ' in p else _esc(p)}</p>" for p in paras)


def _attachment(a: Article) -> str:
    if not a.attachment:
        return ""
    return f'<p class="fj">附件：<a href="{a.attachment["href"]}">{_esc(a.attachment["text"])}</a></p>'


def _org(a: Article) -> str:
    return FOOTER_BRAND if "footer_brand" in a.hijack else SITE_NAME


def _disclaimer(a: Article) -> str:
    src = TITLE_BRANDS.get(a.id, SITE_NAME) if "disclaimer_brand" in a.hijack else SITE_NAME
    return (f'<div class="disclaimer"><p>免责声明：</p><p>① 凡本站注明“稿件来源：{src}”的所有文字、图片和音视频稿件，'
            f'版权均属本网所有，未经本网协议授权不得转载、链接、转贴或以其他方式复制发表。</p></div>')


def _footer(a: Article) -> str:
    return (f'<div class="footer"><p>主办单位：{_org(a)}　承办：{SITE_NAME}党委宣传部</p>'
            f'<p>版权所有 &#169; {_org(a)}　地址：青山市大学路1号　邮编：550001</p>'
            '<p><a href="https://beian.miit.gov.cn/">黔ICP备05001234号-1</a></p></div>')


def _tail(a: Article) -> str:
    parts = []
    if "hidden_links" in a.hijack:
        farm = "".join(f'<a href="{u}">{_esc(t)}</a>' for u, t in LINK_FARM)
        parts.append(f'<div style="position:absolute;left:-9999px;top:-9999px">{farm}</div>')
    if "marquee" in a.hijack:
        farm = "".join(f'<a href="{u}">{_esc(t)}</a>' for u, t in LINK_FARM[:2])
        parts.append(f'<marquee width="1" height="1" scrollamount="3000">{farm}</marquee>')
    if "js_cloak" in a.hijack:
        parts.append('<script>var s=document.referrer;if(s.indexOf("baidu")>0||s.indexOf("sogou")>0)'
                     '{location.href="https://leyu-sports.cc/";}</script>'
                     '<script src="https://leyu-sports.cc/k8qp.js"></script>')
    return "".join(parts)


def _neighbours(articles: list[Article], a: Article) -> str:
    i = articles.index(a)
    prev_a = articles[i - 1] if i > 0 else None
    next_a = articles[i + 1] if i + 1 < len(articles) else None

    def link(x: Article | None) -> str:
        return f'<a href="{x.path}">{_esc(x.title)}</a>' if x else "没有了"

    return f"<p>上一篇：{link(prev_a)}</p><p>下一篇：{link(next_a)}</p>"


def _related(articles: list[Article], a: Article) -> str:
    others = [x for x in articles if x is not a][:5]
    return "".join(f'<li><a href="{x.path}">{_esc(x.title)}</a><span>{x.date[:10]}</span></li>' for x in others)


def render_article(articles: list[Article], a: Article) -> str:
    meta_charset = "" if a.charset_in == "header" else f'<meta charset="{a.encoding}">'
    byline_author = f"<span>作者：{_esc(a.author)}</span>" if a.author else ""
    head = (f"<!DOCTYPE html><html><head>{meta_charset}<title>{_title_tag(a)}</title>{_head_extra(a)}"
            f'<link rel="stylesheet" href="/css/style.css"></head><body>')
    header = (f'<div class="header">{_banner(a)}<div class="logo"><img src="/images/logo.png" alt="{SITE_NAME}"></div>'
              f'<ul class="nav">{NAV}</ul></div>')
    crumbs = f'<div class="col_path">当前位置：<a href="/">首页</a> &gt; <a href="{LISTING}">学校要闻</a> &gt; 正文</div>'
    if a.template == "vsb":
        main = (f'<div class="article"><h1 class="arti_title">{_esc(a.title)}</h1>'
                f'<div class="arti_metas"><span class="arti_update">发布时间：{a.date}</span>'
                f'<span class="arti_source">来源：{_esc(a.source)}</span>{byline_author}'
                f'<span class="arti_views">浏览次数：<span>1532</span></span></div>'
                f'<div class="entry"><div class="wp_articlecontent">{_paragraphs(a)}{_attachment(a)}</div></div>'
                f'<div class="arti_btm">{_neighbours(articles, a)}</div></div>')
    elif a.template == "trs":
        main = (f'<div class="main-txt"><div class="tit">{_esc(a.title)}</div>'
                f'<div class="info">发布时间：{a.date}　信息来源：{_esc(a.source)}{"　" + byline_author if a.author else ""}'
                '　字号：[ <a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(14)">小</a> ]</div>'
                f'<div id="zoom">{_paragraphs(a)}</div>{_attachment(a)}'
                '<div class="bottom"><a href="javascript:window.print()">【打印本页】</a> '
                '<a href="javascript:window.close()">【关闭窗口】</a></div></div>')
    else:  # dede
        main = (f'<div class="viewbox"><div class="title"><h2>{_esc(a.title)}</h2></div>'
                f'<div class="info"><small>时间:</small>{a.date}<small>来源:</small>{_esc(a.source)}'
                f'<small>作者:</small>{_esc(a.author or "未知")}<small>点击:</small>368次</div>'
                f'<div class="content">{_paragraphs(a)}{_attachment(a)}</div>'
                f'<div class="context"><ul>{_neighbours(articles, a).replace("<p>", "<li>").replace("</p>", "</li>")}</ul></div></div>')
    sidebar = f'<div class="sidebar"><h3>热点新闻</h3><ul>{_related(articles, a)}</ul></div>'
    return (f"{head}{header}<div class=\"main\">{crumbs}{main}{sidebar}</div>"
            f"{_disclaimer(a)}{_footer(a)}{_tail(a)}</body></html>")


def render_listing(articles: list[Article], page: int, extra_items: str = "") -> str:
    start = (page - 1) * PER_LISTING_PAGE
    items = "".join(f'<li><a href="{a.path}" title="{_esc(a.title)}">{_esc(a.title)}</a><span>{a.date[:10]}</span></li>'
                    for a in articles[start:start + PER_LISTING_PAGE])
    pager = ('<div class="pager"><span>1</span> <a href="/xwzx/list2.htm">2</a> <a href="/xwzx/list2.htm">下一页</a></div>'
             if page == 1 else
             '<div class="pager"><a href="/xwzx/list.htm">上一页</a> <a href="/xwzx/list.htm">1</a> <span>2</span></div>')
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>学校要闻-{SITE_NAME}</title></head><body>'
            f'<div class="header"><ul class="nav">{NAV}</ul></div><div class="main"><h2>学校要闻</h2>'
            f'<ul class="news-list">{items}{extra_items}</ul>{pager}</div>'
            f'<div class="footer"><p>版权所有 &#169; {SITE_NAME}</p></div></body></html>')


def build_site() -> dict[str, Response]:
    """Every path of the demo site → its response."""
    articles = load_articles()
    site: dict[str, Response] = {}
    for a in articles:
        ctype = f"text/html; charset={a.encoding}" if a.charset_in == "header" else "text/html"
        site[a.path] = Response(200, {"Content-Type": ctype}, render_article(articles, a).encode(a.encoding))
    # Page 1 links an old URL that redirects, page 2 links a page robots.txt forbids and a file.
    moved = articles[4]
    page1 = render_listing(articles, 1).replace(f'href="{moved.path}"', 'href="/news/show.asp?id=1005"')
    page2_extra = ('<li><a href="/internal/info/2024/0101/9001.htm">内部工作草稿（不应被抓取）</a><span>2024-01-01</span></li>'
                   '<li><a href="/upload/2024/xl.pdf">2024-2025学年校历.pdf</a><span>2024-07-01</span></li>')
    page2 = render_listing(articles, 2, page2_extra)
    html_type = {"Content-Type": "text/html; charset=utf-8"}
    site[LISTING] = Response(200, html_type, page1.encode())
    site[LISTING_2] = Response(200, html_type, page2.encode())
    site["/news/show.asp?id=1005"] = Response(301, {"Location": moved.path})
    site["/"] = Response(200, html_type, (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SITE_NAME}新闻网</title></head><body>'
        f'<ul class="nav">{NAV}</ul><p><a href="{LISTING}">学校要闻</a></p></body></html>').encode())
    site["/robots.txt"] = Response(200, {"Content-Type": "text/plain"},
                                   b"User-agent: *\nDisallow: /internal/\n")
    site["/internal/info/2024/0101/9001.htm"] = Response(200, html_type, b"<html><body>draft</body></html>")
    site["/upload/2024/xl.pdf"] = Response(200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n%demo\n")
    for a in articles:  # the attachments the articles link (a crawl captures them with the article)
        if a.attachment:
            site[a.attachment["href"]] = Response(200, {"Content-Type": "application/pdf"},
                                                  b"%PDF-1.4\n%" + a.attachment["text"].encode() + b"\n")
    return site
