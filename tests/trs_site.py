"""A city government site in the TRS WCM look, for the complete-capture tests: a notice listing whose
pages are written by ``createPageHTML`` (17 notices over 4 pages, no page link in the HTML), notices
with a stylesheet, photos, a PDF attachment (one served by a download script, known only by its
Content-Type), an image robots.txt forbids, and what a hostile or careless page carries: scripts,
event handlers, a meta refresh, and things loaded from another site (``live``, a second server
that plays the live web: the capture view must never reach it).
"""
from __future__ import annotations

import struct
import zlib

from demo.site import Response

LISTING = "/xxgk/tzgg/index.htm"
PAGES = 4
PER_PAGE = 5
NOTICES = 17
HTML = {"Content-Type": "text/html; charset=utf-8"}
TITLE = "关于做好{n}号防汛准备工作的通知"
PDF_TEXT = "%PDF-1.4\n% 青山市人民政府办公室 通知 {n}\n"


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A real PNG of one colour (browsers decode it, so the test can see it was shown)."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def notice_path(n: int) -> str:
    return f"/xxgk/tzgg/202405/t202405{n:02d}_{1000 + n}.htm"


def listing_page(page: int) -> bytes:
    first = page * PER_PAGE + 1
    items = "".join(f'<li><a href="{notice_path(n)}" target="_blank">{TITLE.format(n=n)}</a><span>2024-05-{n:02d}</span></li>'
                    for n in range(first, min(first + PER_PAGE, NOTICES + 1)))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知公告_青山市人民政府</title>'
            f'<link rel="stylesheet" href="/css/main.css"></head><body><div class="header"><img src="/images/logo.png"></div>'
            f'<ul class="list">{items}</ul><div class="page">'
            f'<script language="JavaScript">\nvar countPage = {PAGES}//共多少页\n'
            f'createPageHTML(countPage, {page}, "index", "htm");</script></div></body></html>').encode()


def notice_page(n: int, live: str) -> bytes:
    """Notice n; ``live`` is the base URL of the server that plays the live web."""
    attachment = ""
    if n == 1:
        attachment = f'<p>附件：<a href="./W020240501_{n}.pdf">青山市防汛应急预案.pdf</a></p>'
    elif n == 2:
        attachment = '<p>附件：<a href="/download.jsp?id=2">防汛物资清单</a></p>'
    scripts = ""
    if n == 1:
        scripts = (f'<script>document.documentElement.setAttribute("data-script-ran", "yes"); '
                   f'alert("archived script ran");</script>'
                   f'<meta http-equiv="refresh" content="1;url={live}/refresh">'
                   f'<link rel="prefetch" href="{live}/prefetch"><link rel="stylesheet" href="{live}/live.css">'
                   f'<script src="{live}/tracker.js"></script>')
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE.format(n=n)}_青山市人民政府</title>'
            f'<link rel="stylesheet" href="/css/main.css">{scripts}</head>'
            f'<body onload="alert(\'onload ran\')"><div class="header"><img src="/images/logo.png" alt="青山市人民政府"></div>'
            f'<div class="nav"><a href="/">首页</a> <a href="{LISTING}">通知公告</a> <a href="{live}/news">外部新闻</a></div>'
            f'<div class="article"><h1>{TITLE.format(n=n)}</h1>'
            f'<div class="info">发布时间：2024-05-{n:02d} 09:00 来源：市政府办公室</div>'
            f'<div class="TRS_Editor"><p>各区人民政府，市政府各部门：为切实做好今年汛期各项准备工作，确保人民群众生命财产安全，'
            f'现将有关事项通知如下。</p><p><img src="./W020240501_{n}.png" alt="防汛演练现场{n}"></p>'
            f'<p>一、各单位要高度重视，严格落实防汛责任制，做好人员、物资和队伍准备，加强值班值守。</p>'
            f'<p><img src="/private/secret{n}.png" alt="内部图片"><img src="{live}/photo{n}.png" alt="外站图片"'
            f' onerror="alert(\'onerror ran\')"></p>'
            f'<p>二、加强隐患排查，对重点区域开展拉网式检查，发现问题立即整改。<a href="javascript:alert(4)">查看详情</a></p>'
            f'{attachment}<p><a href="{notice_path(n % NOTICES + 1)}">下一篇：{TITLE.format(n=n % NOTICES + 1)}</a></p>'
            f'</div></div><form action="{live}/form"><input name="q"><button>搜索</button></form>'
            f'<iframe src="{live}/frame"></iframe></body></html>').encode()


def build_trs_site(live: str) -> dict[str, Response]:
    site: dict[str, Response] = {
        "/robots.txt": Response(200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
        "/css/main.css": Response(200, {"Content-Type": "text/css"},
                                  b"body{font-family:sans-serif;background:url(../images/bg.png) repeat-x}"
                                  b".TRS_Editor p{line-height:2;color:#222}"),
        "/images/logo.png": Response(200, {"Content-Type": "image/png"}, png(120, 30, (180, 20, 20))),
        "/images/bg.png": Response(200, {"Content-Type": "image/png"}, png(4, 4, (240, 240, 250))),
        "/download.jsp": Response(200, {"Content-Type": "application/pdf",
                                        "Content-Disposition": "attachment; filename=\"" +
                                        "防汛物资清单.pdf".encode().decode("latin-1") + "\""},
                                  PDF_TEXT.format(n=2).encode() + b"0" * 2000),
    }
    for page in range(PAGES):
        site[LISTING if page == 0 else f"/xxgk/tzgg/index_{page}.htm"] = Response(200, HTML, listing_page(page))
    for n in range(1, NOTICES + 1):
        folder = notice_path(n).rsplit("/", 1)[0]
        site[notice_path(n)] = Response(200, HTML, notice_page(n, live))
        site[f"{folder}/W020240501_{n}.png"] = Response(200, {"Content-Type": "image/png"},
                                                        png(60, 40, (20, 60 + n * 8, 160)))
        site[f"/private/secret{n}.png"] = Response(200, {"Content-Type": "image/png"}, png(2, 2, (0, 0, 0)))
    site[notice_path(1).rsplit("/", 1)[0] + "/W020240501_1.pdf"] = Response(
        200, {"Content-Type": "application/pdf"}, PDF_TEXT.format(n=1).encode() + b"1" * 5000)
    return site


def empty_listing_site() -> dict[str, Response]:
    """A listing whose article links only a script could write (data the crawler cannot read): the
    run archives nothing and must say so."""
    script = ('<script>var items = JSON.parse(atob("W10=")); items.forEach(function (i) {'
              ' document.write("<a href=" + i.u + ">" + i.t + "</a>"); });</script>')
    body = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>公示公告</title></head><body>{script}</body></html>'
    return {"/gsgg/index.htm": Response(200, HTML, body.encode())}


def live_site() -> dict[str, Response]:
    """The live web, as far as the tests go: anything answers, and every request is counted."""
    page = Response(200, HTML, b"<html><body><h1>the live web</h1></body></html>")
    return {"/": page, "/news": page}
