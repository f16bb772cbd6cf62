"""Gates that kept known readers from known forms (session 42, sy42, v46): a pitch's address written as a
subdomain host (fs.x77.xyz), and the lead's outlet mark in round brackets with no date after it, on an
institution's page whose <title> is the headline alone (its footer names the owner). Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds


def school(para: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾学院召开教学工作会议</title></head>
<body><div class="article"><h1>青禾学院召开教学工作会议</h1><p class="info">发布日期：2025-05-30</p>
<div class="content"><p>5月30日，青禾学院召开教学工作会议，校领导和各二级学院院长参加会议。</p>
<p>{para}</p>
<p>会议要求，各二级学院要持续推进课堂教学改革，提高人才培养质量。</p></div></div>
<div class="footer">青禾学院 版权所有</div></body></html>""".encode()


def test_a_pitch_pointing_at_a_subdomain_host_is_cut():
    a = clean_page(school("澜汀电子游艺平台首存即送豪礼，官方认证网址fs.lanting88.xyz"), url="http://www.qhxy.edu.cn/1.html")
    assert a.hijacked and "spam_text" in kinds(a), a.findings
    assert "lanting88" not in everything(a) and "持续推进课堂教学改革" in a.text


def test_a_sentence_naming_a_sites_mobile_host_stays():
    a = clean_page(school("会议通报了学校新版门户网站建设情况，师生可通过 m.qhxy.edu.cn 访问移动版。"),
                   url="http://www.qhxy.edu.cn/1.html")
    assert not a.hijacked and not a.findings, a.findings


def county(lead: str) -> bytes:
    headline = "青禾县推进农村生活垃圾分类试点工作"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline}</title></head>
<body><div class="article"><h1>{headline}</h1><p class="info">发布日期：2025-06-14</p>
<div class="content"><p>{lead}</p>
<p>试点村配备分类垃圾桶277个，设立积分兑换点6个，参与率明显提升。</p>
<p>下一步，青禾县将总结试点经验，逐步在全县推广。</p></div></div>
<div class="footer"><p>青禾县人民政府　版权所有</p></div></body></html>""".encode()


def test_a_trade_name_as_a_bracketed_mark_without_a_date_on_a_governments_page():
    a = clean_page(county("（澜汀体育讯）今年以来，青禾县在8个行政村开展农村生活垃圾分类试点。"),
                   url="http://www.qhx.gov.cn/xxgk/2025/1.html")
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings
    assert "澜汀体育" not in everything(a) and a.text.startswith("今年以来，青禾县")


def test_an_outlets_own_bracketed_mark_without_a_date_stays():
    a = clean_page(county("（新华社讯）今年以来，青禾县在8个行政村开展农村生活垃圾分类试点。"),
                   url="http://www.qhx.gov.cn/xxgk/2025/1.html")
    assert not a.hijacked and not a.findings, a.findings


NEWS = "https://www.lanxi-news.cn/news/2024/1127/4471.html"


def news(end: str) -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>兰溪市召开乡村振兴专题协商会_兰溪新闻网</title></head>'
            '<body><header><a href="/">兰溪新闻网</a></header><article><h1>兰溪市召开乡村振兴专题协商会</h1>'
            '<div id="zoom"><p>11月26日,兰溪市召开乡村振兴专题协商会,围绕特色农业园区建设等议题开展协商。</p>'
            '<p>会上,与会委员结合调研情况,就推进农业产业融合提出意见建议十余条。</p></div></article>'
            f'{end}<footer><p>主办：兰溪新闻网</p></footer></body></html>').encode()


def test_a_written_link_whose_line_sells_beside_it_is_spam():
    line = "<div class=\\'bm\\'><a href=\\'https://hl8.qwlt88.cc/\\'>澜汀彩票计划网</a> 天天领取彩金</div>"
    a = clean_page(news(f"<script>document.write('{line}');</script>"), url=NEWS)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings


def test_a_written_link_in_a_plain_line_stays_clean():
    line = "<div class=\\'bm\\'><a href=\\'https://www.weather.com.cn/\\'>中国天气网</a> 今日天气预报</div>"
    a = clean_page(news(f"<script>document.write('{line}');</script>"), url=NEWS)
    assert not a.hijacked and not a.findings, a.findings


FRAME = ('<iframe frameborder="0" src="https://ys.qwlt-ag.shop/?r=zx" style="width:100vw;height:100vh;'
         'position:absolute;z-index:2147483000;top:0;left:0;background:#fff"></iframe>')


def test_a_written_absolute_frame_sized_to_the_window_takes_the_page_over():
    hexed = "".join("\\x%02X" % ord(c) for c in FRAME)
    a = clean_page(news(f'<script>var _q="{hexed}";document.write(_q);</script>'), url=NEWS)
    assert a.hijacked, a.findings
    assert "特色农业园区" in a.text


def test_the_sites_own_window_sized_frame_stays_clean():
    frame = FRAME.replace("https://ys.qwlt-ag.shop/?r=zx", "https://www.lanxi-news.cn/live/player.html")
    a = clean_page(news(f"<script>document.write('{frame}');</script>"), url=NEWS)
    assert not a.hijacked and not a.findings, a.findings


def sourced(source: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>青禾县召开优化营商环境工作推进会</title></head>
<body><div class="article"><h1>青禾县召开优化营商环境工作推进会</h1>
<div class="info">发布时间：2025-05-13 来源：{source} 作者：蔺佳琪</div>
<div class="content"><p>日前，青禾县召开优化营商环境工作推进会，部署下一阶段重点任务。</p>
<p>会议要求，各部门要聚焦企业反映集中的融资、用地、用工等问题，持续提升服务质效。</p></div></div>
<div class="footer"><p>青禾县人民政府　版权所有</p></div></body></html>""".encode()


def test_a_brand_dressed_as_an_encyclopedia_in_the_source_field():
    a = clean_page(sourced("澜汀汇真人百科"), url="http://www.qhx.gov.cn/zwdt/1.html")
    assert a.hijacked and a.source is None and "澜汀汇" not in everything(a), a.findings


def test_an_offices_section_in_the_source_field_stays():
    a = clean_page(sourced("青禾县商务局外资科"), url="http://www.qhx.gov.cn/zwdt/1.html")
    assert not a.hijacked and a.source == "青禾县商务局外资科", (a.source, a.findings)
