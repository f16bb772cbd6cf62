"""A frame or script the page's code writes, builds or creates, whose address's site is spelt
nowhere in the page as a reader sees it (no constant of its scripts, no markup): the page hides
where it sends its visitors, and only running the code shows it (v51b rc51b-005/-013: an
obfuscator's rotated string array resolves ``document["write"]`` and writes a visible frame to an
off-site host from a %-escaped string; inserted.inserted_for_visitor). A vendor's snippet spells
its host, or at least its site's name, in clear ("https://ssl" + ".google-analytics.com", CNZZ's
unescape()d tag, Parse.ly's "static." + p + ".com" handed "parsely"): it stays clean. A script
the code creates and loads is not asked so (vendors conceal those: inserted.py's measurement)."""
from __future__ import annotations

from scraper.clean import clean_page

from .conftest import load

URL = "https://hsdz.gov.cn/xxgk/fdzdgknr/zdmsxx/aqsc/202508/t20250819_1251784.html"
SITE = "http://www.qiaotou-town.gov.cn/xwdt/20241127/3086.html"

BODY = ("<p>11月26日,乔头镇召开乡村振兴专题协商会,围绕特色农业园区建设、人居环境整治等议题开展协商。</p>"
        "<p>会上,与会委员结合调研情况,就推进农业产业融合、完善基础设施建设提出意见建议十余条。</p>"
        "<p>镇党委书记在讲话中要求,要认真梳理吸纳委员意见,推动协商成果转化为工作实效。</p>")


def _page(tail: str) -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>乔头镇召开乡村振兴专题协商会_乔头镇人民政府</title>'
            '</head><body><header><a href="/">乔头镇人民政府</a><nav><a href="/">首页</a>'
            '<a href="/xwdt/">新闻动态</a></nav></header>'
            '<article><h1>乔头镇召开乡村振兴专题协商会</h1><div class="info">发布时间：2024-11-27 来源：乔头镇</div>'
            f'<div id="zoom">{BODY}</div></article>'
            f'<footer><p>主办：乔头镇人民政府</p></footer>{tail}</body></html>').encode()


def _escaped(markup: str) -> str:
    return "".join(f"%{b:02x}" for b in markup.encode())


def test_a_visible_frame_written_behind_a_string_array_is_spam():
    a = clean_page(load("concealed-written-frame.html"), url=URL)
    assert a.hijacked
    assert any(f.kind == "spam_script" and "s.rtcs.live" in f.evidence for f in a.findings), a.findings
    assert "区经信局成立安全生产检查组" in a.text


def test_a_frame_written_from_a_percent_escaped_string_by_a_bracketed_call_is_spam():
    frame = '<iframe width="100vh" height="100vh" src="https://s.kpvx-news.live/report"></iframe>'
    tail = f"<script>var w=['wr','ite'];document[w.join('')](unescape('{_escaped(frame)}'));</script>"
    a = clean_page(_page(tail), url=SITE)
    assert a.hijacked and any("kpvx-news.live" in f.evidence for f in a.findings), a.findings
    assert "乡村振兴" in a.text


def test_a_player_frame_spelt_in_split_literals_stays_clean():
    tail = ("<script>document.write('<iframe width=\"640\" height=\"360\" src=\"https://player.' + 'bilibili.com"
            "/player.html?bvid=BV1xx411c7mD\"></iframe>');</script>")
    a = clean_page(_page(tail), url=SITE)
    assert not a.hijacked, a.findings


def test_a_counter_unescaped_with_its_host_in_clear_stays_clean():
    tail = ("<script>var cnzz_protocol = ((\"https:\" == document.location.protocol) ? \"https://\" : \"http://\");"
            "document.write(unescape(\"%3Cspan id='cnzz_stat_icon_1279876543'%3E%3C/span%3E%3Cscript src='\" + "
            "cnzz_protocol + \"s9.cnzz.com/z_stat.php%3Fid%3D1279876543' type='text/javascript'%3E%3C/script%3E\"));"
            "</script>")
    a = clean_page(_page(tail), url=SITE)
    assert not a.hijacked, a.findings


def _built_frame(name_expr: str) -> str:
    return ('<div id="w-root"></div><script>(function (p, d) {var f = d.createElement("iframe");'
            'f.width = "300"; f.height = "250"; f.src = "https://embed." + p + ".com/w/1209";'
            f'd.getElementById("w-root").appendChild(f);}})({name_expr}, document);</script>')


def test_a_frame_built_from_its_sites_name_in_clear_stays_clean():
    # a widget's include hands its site's name to the code that builds the address (Parse.ly's
    # include does so for its script: "static." + p + ".com", p = "parsely")
    a = clean_page(_page(_built_frame('"vidwidget"')), url=SITE)
    assert not a.hijacked, a.findings


def test_the_same_frame_with_its_sites_name_decoded_at_run_time_is_spam():
    a = clean_page(_page(_built_frame('atob("dmlkd2lkZ2V0")')), url=SITE)
    assert a.hijacked and any("embed.vidwidget.com" in f.evidence for f in a.findings), a.findings

