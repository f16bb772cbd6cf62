"""A frame the served markup pins over the whole viewport (position:fixed, full width and height,
top z-index) that loads a site nothing else of the page names replaces the page for every visitor
(v42 sv42-033, v39 sv39-028): it is judged as the same frame a script writes is (inserted.py), and
the article underneath is still read. A site's own full-screen frame, a vendor's frame whose host
the page names elsewhere, and a frame positioned inside its container stay clean."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "https://www.lanxi-news.cn/news/2024/1127/4471.html"

BODY = ("<p>11月26日,兰溪市召开乡村振兴专题协商会,围绕特色农业园区建设、人居环境整治等议题开展协商。</p>"
        "<p>会上,与会委员结合调研情况,就推进农业产业融合、完善基础设施建设提出意见建议十余条。</p>"
        "<p>市委书记在讲话中要求,要认真梳理吸纳委员意见,推动协商成果转化为工作实效。</p>")

COVER = "position:fixed;left:0;top:0;width:100%;height:100%;z-index:2147483647;border:0"
WHERE = "a frame over the whole viewport to a host nothing else of the page names"


def _page(top: str = "", head: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>兰溪市召开乡村振兴专题协商会_兰溪新闻网</title>'
            f'{head}</head><body>{top}<header><a href="/">兰溪新闻网</a><nav><a href="/">首页</a>'
            '<a href="/news/">新闻</a></nav></header>'
            '<article><h1>兰溪市召开乡村振兴专题协商会</h1><div class="info">发布时间：2024-11-27 来源：兰溪新闻网</div>'
            f'<div id="zoom">{BODY}</div></article>'
            '<footer><p>主办：兰溪新闻网</p></footer></body></html>').encode()


def _covering(a) -> bool:
    return any(f.where == WHERE for f in a.findings)


def test_a_static_frame_over_the_viewport_from_an_unnamed_host_is_a_hijack():
    a = clean_page(_page(f'<iframe src="https://fzo58c.xyz/index.html" style="{COVER}"></iframe>'), url=URL)
    assert a.hijacked and _covering(a)
    assert "特色农业园区" in a.text  # the site's article is still what is kept


def test_the_sites_own_full_screen_frame_is_clean():
    a = clean_page(_page(f'<iframe src="https://www.lanxi-news.cn/live/player.html" style="{COVER}"></iframe>'),
                   url=URL)
    assert not a.hijacked and not _covering(a)


def test_a_vendors_frame_whose_host_the_page_names_elsewhere_is_clean():
    head = '<script src="https://cdn.consentwall.io/sdk/v2/loader.js"></script>'
    a = clean_page(_page(f'<iframe src="https://cdn.consentwall.io/wall.html" style="{COVER}"></iframe>', head),
                   url=URL)
    assert not a.hijacked and not _covering(a)


def test_a_frame_covering_only_its_container_is_clean():
    style = "position:absolute;left:0;top:0;width:100%;height:100%;border:0"
    a = clean_page(_page(f'<div style="position:relative;padding-top:56%">'
                         f'<iframe src="https://player.vidhost.tv/embed/8812" style="{style}"></iframe></div>'), url=URL)
    assert not _covering(a)
