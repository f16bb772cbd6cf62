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
