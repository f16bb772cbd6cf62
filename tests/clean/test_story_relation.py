"""A copy's owner read from the relation between the story and the site serving it (session 29, cv29;
v37 §7.2; takeover.unrelated_subject_host): a district's or a town's report — its subject the place and
its office, acting by any verb — served with no source from a host that spells none of them, under a
chrome that names none of them, is somebody else's story on this site. The same story stating its
source (来源, a reporter's credit), under a news column, on a host spelling its place or under a chrome
naming it is a reprint or the place's own. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


REPORT = ("<p>为持续推动全区全民健身事业发展,青禾市东川区不断推动政务公开与全民健身融合并进,让公开成为激发群众健身活力的动力。</p>"
          "<p>一是体育设施信息全公开。广泛推动健身步道系统建设,充分利用现有空地和旧厂房,新建口袋公园12处。</p>"
          "<p>二是赛事活动信息全公开。全年组织社区运动会、健步走等活动40余场,参与群众超过3万人次。</p>")
# a reporter's credit with no outlet's mark (本报讯(记者…) is the site's own word for its own news, and states no
# source on a host the story does not relate to: test_copy_credits_host, session 46)
CREDITED = REPORT.replace("<p>为持续", "<p>(记者 林书远)为持续", 1)


def page(body: str, menu: str = "首页 政务公开 办事服务 互动交流", footer: str = "使用帮助 | 网站地图 | 联系我们",
         source: str = "") -> bytes:
    info = f"<div class='info'>来源：{source}</div>" if source else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政务公开</title></head>
<body><div class="header">{menu}</div><div class="crumb">首页 &gt; 政务公开</div>
<div class="article"><h1>东川区推动政务公开与全民健身融合并进</h1>{info}<div class="content">{body}</div></div>
<div class="footer">{footer}</div></body></html>""".encode()


def test_a_districts_report_on_a_site_naming_nothing_of_it_is_a_copy_kept_whole():
    a = clean_page(page(REPORT), url="https://dns-lumenapp.com/works/2052.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert "新建口袋公园12处" in a.text


def test_the_same_report_stating_its_source_or_standing_where_it_belongs_is_left_alone():
    cases = (
        (page(REPORT, source="青禾日报"), "https://dns-lumenapp.com/works/2052.html"),  # a 来源: an outlet
        (page(CREDITED), "https://dns-lumenapp.com/works/2052.html"),  # a reporter's credit
        (page(REPORT, menu="首页 时政 社会 法治新闻"), "https://dns-lumenapp.com/works/2052.html"),  # a news column
        (page(REPORT, footer="东川区融媒体中心 版权所有"), "https://dns-lumenapp.com/works/2052.html"),  # chrome names it
        (page(REPORT), "http://www.dongchuan.com/xwdt/2052.html"),  # the host spells 东川
        (page(REPORT), "http://www.dc.qinghe.gov.cn/zwgk/2052.html"),  # a government host
        (page(REPORT), "http://127.0.0.1:8000/mirror/2052.html"),  # a local mirror
        (page(REPORT), None),
    )
    for body, url in cases:
        a = clean_page(body, url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)


def bare_shell(body: str, masthead: str = "") -> bytes:
    """The story in a shell that writes nothing else: an empty header (or ``masthead``), the headline as <title>."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>东川区推动政务公开与全民健身融合并进</title></head>
<body><header>{masthead}</header><article><h1>东川区推动政务公开与全民健身融合并进</h1>{body}</article></body></html>""".encode()


def test_a_shell_naming_no_owner_is_no_evidence_of_a_copy():
    # (session 35, v42 rc42-032, v41 rc41-023: legit news in shells naming nobody) nothing of the site is
    # written, so nothing stands in "no relation" to the story; a shell showing a site still is judged
    a = clean_page(bare_shell(REPORT), url="https://dns-lumenapp.com/works/2052.html")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings
    a = clean_page(bare_shell(REPORT, masthead="首页 棋牌游戏 点击注册"), url="https://dns-lumenapp.com/works/2052.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
