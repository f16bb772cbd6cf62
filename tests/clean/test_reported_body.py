"""A public body's report in the third person, credited to nobody, on an unrelated host (session 27,
cp27, issue 11; takeover.reported_body_host): a copy whose voice words (我县, 我校) are gone still
reports what a body did, and a page that credits nobody with it — no 来源, no reporter, no outlet's
dateline, no publisher in its chrome — on a host naming no publisher and spelling no name the page
writes is the body's news on somebody else's host. The same report under a reporter's credit, a
dateline, a publisher's chrome, on a news host or on a host spelling the county is a reprint or the
body's own. Pages written here."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


REPORT = ("<p>{lead}清明节前后，为保障群众出行安全，青禾县交通运输局在全县范围内组织开展道路安全隐患排查整治行动，"
          "共排查国省干道及农村公路120余公里。</p>"
          "<p>排查中，工作人员重点对急弯陡坡、临水临崖路段的护栏和警示标志进行检查，发现隐患当场登记、限期整改。</p>"
          "<p>下一步，该局将持续加强道路巡查，确保群众出行平安顺畅。</p>")


def report_page(lead: str = "", site: str = "", info: str = "") -> bytes:
    title = "县交通运输局开展道路安全隐患排查整治"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}{'_' + site if site else ''}</title></head>
<body><div class="header">{site}<a href="/">首页</a> <a href="/news/">资讯</a></div>
<div class="article"><h1>{title}</h1><p class="info">发布时间：2024-04-08 {info}</p>
<div class="content">{REPORT.format(lead=lead)}</div></div>
<div class="footer">{'版权所有 ' + site if site else ''}</div></body></html>""".encode()


@pytest.mark.xfail(strict=True, reason="cp27 left out (variant 5f50fdb): a body's third-person report "
                                       "credited to nobody is not read as its owner")
def test_a_bodys_report_credited_to_nobody_on_an_unrelated_host_is_flagged_and_kept_whole():
    a = clean_page(report_page(), url="http://www.moonlitharbor.com/24hot/2024/0408/51733.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert any("青禾县交通运输局" in f.evidence and "moonlitharbor" in f.evidence for f in a.findings)
    assert "确保群众出行平安顺畅" in a.text


def test_the_same_report_credited_or_on_its_own_or_a_publishers_host_is_left_alone():
    cases = (
        (report_page(lead="记者 林书远 通讯员 王青 报道："), "http://www.moonlitharbor.com/24hot/51733.html"),  # a reporter
        # (本报讯（记者…）, the site's own word for its own news, states none: test_copy_credits_host, session 46)
        (report_page(lead="东川日报4月8日讯 "), "http://www.moonlitharbor.com/24hot/51733.html"),  # an outlet's dateline
        (report_page(info="来源：东川日报"), "http://www.moonlitharbor.com/24hot/51733.html"),  # a 来源
        (report_page(site="东川新闻网"), "http://www.moonlitharbor.com/24hot/51733.html"),  # a publisher's chrome
        (report_page(), "http://news.moonlitharbor.com/24hot/51733.html"),  # a host naming itself news
        (report_page(), "http://bbs.moonlitharbor.com/read-51733.html"),  # a forum
        (report_page(), "http://www.qinghexian.com/xwdt/51733.html"),  # the host spells 青禾县
        (report_page(), "http://jtj.qinghe.gov.cn/xwdt/51733.html"),  # a government host
        (report_page(), "http://127.0.0.1:8000/mirror/51733.html"),  # a local mirror
        (report_page(), None),
    )
    for body, url in cases:
        a = clean_page(body, url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)
        assert "确保群众出行平安顺畅" in a.text
