"""The copy's site name glued before another outlet's dateline (session 31, nm32; v40 rc40-002): a
betting app's name of weight 0 and no brand shape (digits and a sport) stands as the page's <title>, masthead and footer
and opens the wire story's dateline (X中新网上海4月16日电), where the outlet's own name stands. It is
cut from the title and the text and the page flagged; a news site's own mark before its own dateline
(X网山西10月19日电) and a site whose name is not glued to the story keep every word. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything

URL = "https://lanxi-example.com/9279abcd.shtml"
WIRE = "中新网上海4月16日电 (谢梦圆)16日，记者从上海市人民政府新闻办公室获悉，城市形象推广活动在卢森堡市举办。"


def page(site: str, dateline: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{site}</title></head>
<body><div class="topline">{site}</div><header class="hd"><h2 class="brand">{site}</h2>
<nav><a href="/">首页</a> <a href="/news/">资讯</a></nav></header>
<div class="article"><div class="content">
<p>{dateline}</p>
<p>主办方特别为此次参训优秀选手准备了城市形象冰箱贴与徽章礼盒，进一步加深中欧青年以乒乓为纽带的情谊。</p>
<p>中国驻卢森堡大使在致辞中充分肯定欧洲分院为推动两国文化交流与体育事业发展作出的积极贡献。</p>
<p>这次活动特别设立优秀教练员奖、特别贡献奖、乒乓友谊之桥奖，多名教练员和运动员获奖。</p>
</div></div><div class="footer">Copyright &copy; {site}</div></body></html>""".encode()


def test_a_site_name_glued_before_another_outlets_dateline_is_cut():
    a = clean_page(page("66体育下载", "66体育下载" + WIRE), url=URL)
    assert a.hijacked, a.findings
    assert "66体育下载" not in everything(a)
    assert a.text.count("中新网上海4月16日电") == 1


def test_a_sites_own_dateline_and_a_site_name_apart_from_the_story_stay_clean():
    for site, dateline in (("记者观察网", "记者观察网山西10月19日电 为进一步净化社会风气，全省开展专项行动。"),
                           ("澜汐资讯", WIRE)):
        a = clean_page(page(site, dateline), url=URL)
        assert not a.hijacked, (site, a.findings)


GOV_URL = "http://news.qh8866.net/news/20241002/038.html"  # (qh: the county's initials)


def gov_page(top: str, lead: str, title_site: str = "青禾县人民政府") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>青禾县人民政府开展就业援助月活动 - {title_site}</title></head>
<body><div class="adtop"><a href="#">{top}</a></div>
<header><a id="siteTitle" href="/">青禾县人民政府</a><nav><a href="/">首页</a> <a href="/c2.html">工作动态</a></nav></header>
<div class="article"><h1>青禾县人民政府开展就业援助月活动</h1>
<p class="info">2024年10月2日 作者 张建国 信息来源 青禾县党政办</p>
<section class="content"><p>{lead}10月2日，青禾县人民政府开展就业援助月活动，县人社局工作人员、企业招聘代表参加。</p>
<p>在县人力资源市场举办专场招聘会，为就业困难人员提供岗位推荐和政策咨询。</p>
<p>下一步，青禾县人民政府将以此次活动为契机，持续抓好就业援助各项工作。</p></section></div>
<footer>主办：青禾县人民政府 版权所有</footer></body></html>""".encode()


def test_a_top_lines_name_as_the_leads_outlet_mark_is_cut():
    a = clean_page(gov_page("澜汐娱乐", "【澜汐娱乐】"), url=GOV_URL)
    assert a.hijacked, a.findings
    assert "澜汐娱乐" not in everything(a)
    assert a.text.startswith("10月2日，青禾县人民政府开展"), a.text[:40]


def test_the_sites_own_name_and_a_portals_column_tag_as_the_mark_stay():
    for top, lead, site in (("青禾资讯", "青禾资讯讯", "青禾资讯"), ("新春走基层", "【新春走基层】", "松花江网")):
        a = clean_page(gov_page(top, lead, title_site=site), url=GOV_URL)
        assert not a.hijacked, a.findings
        assert f"{lead}10月2日" in a.text, a.text[:40]


def labelled_page(rows: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>第十四期解说员志工培训课程 | 青禾县自然教育中心</title></head>
<body><header><a id="siteTitle" href="/">青禾县自然教育中心</a><nav><a href="/">首页</a> <a href="/c2.html">活动</a></nav></header>
<div class="article"><h1>第十四期解说员志工培训课程</h1>
<section class="content">{rows}
<p>报名后请于一周内缴清课程费用，逾期视同放弃，名额由候补学员依序递补。</p></section></div>
<footer>主办：青禾县自然教育中心 版权所有</footer></body></html>""".encode()


def test_a_bracketed_label_or_subtitle_ending_its_line_is_no_outlet_mark_s33():
    # dev-v38-twevent (two sites): an event's 【label】 rows, one label alone on its line (tw38-0010), and an
    # exhibition's name with its bracketed subtitle ending in 网 (tw38-0052): the line is the slot itself
    rows = ("<p>【主办单位】青禾县自然教育中心</p><p>【课程日期】2022年2月26日至2022年5月29日</p>"
            "<p>【课程费用】</p><p>一般学员新台币3000元，会员新台币2000元。</p><p>【注意事项】</p><p>请穿着轻便服装。</p>")
    subtitle = ("<p>青禾纸艺双年展【生命之网】</p><p>青禾纸艺双年展</p>"
                "<p>本届展览邀请国内外艺术家以纸纤维创作，探讨自然与人的关系。</p>")
    for body in (rows, subtitle):
        a = clean_page(labelled_page(body), url=GOV_URL)
        assert not a.hijacked, a.findings
