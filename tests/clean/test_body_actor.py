"""A public body's report in the third person on an unrelated host, its owner standing wherever the
lead puts it (session 28, cv28, issue 11; takeover._BODY_ACTOR read by unnamed_body_host): after a
dateline credit and purpose clauses, in traditional script, acting by a verb of effort or by a
court's acts. Served by a host that names itself no publisher, under no publisher's chrome, spelling
no name the page writes, it is the body's news on somebody else's host; on a news host, under a
publisher's chrome, on a host spelling the county or on a government host it is a reprint or the
body's own. Pages written here."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


POLICE = ("<p>青禾新聞網訊(通訊員 林書遠)為整治交通秩序,推進“平安青禾”建設,2024年4月8日,青禾縣公安積極組織開展了"
          "道路交通安全集中宣傳活動。</p><p>活動中,各派出所民警深入轄區學校、集市發放宣傳資料,向群眾講解交通安全知識。</p>"
          "<p>此次活動共發放宣傳資料3200余份,有效提高了群眾的交通安全意識。</p>")
COURT = ("<p>案情：2023年5月，王某在青禾县城区多次盗窃电动车电瓶，价值共计1.2万元。</p>"
         "<p>审理：经青禾县检察院提起公诉，青禾县法院审理认为，王某以非法占有为目的，多次盗窃他人财物，其行为构成盗窃罪，"
         "判处其有期徒刑一年。</p><p>评析：盗窃行为侵害他人财产权利，必将受到法律的制裁。</p>")


def page(body: str, site: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site or 'www'}</title></head>
<body><div class="header">{site}<a href="/">首頁</a> <a href="/news/">新聞</a></div>
<div class="article"><div class="content">{body}</div></div>
<div class="footer">{'版权所有 ' + site if site else 'Copyright © All Rights Reserved'}</div></body></html>""".encode()


@pytest.mark.xfail(strict=True, reason="cv28 left out (variant 64b95a7): a body's third-person report "
                                       "after a credit or purpose clauses is not read as its owner")
def test_a_bodys_third_person_report_on_an_unrelated_host_is_flagged_and_kept_whole():
    for body, url, kept in ((POLICE, "http://www.moonlitharbor.com/news/xianqu/2024-04-09/356131.html", "交通安全意識"),
                            (COURT, "http://m.527180.com/news/sm/3026541.html", "必将受到法律的制裁")):
        a = clean_page(page(body), url=url)
        assert a.hijacked and "mirror_copy" in kinds(a), (url, a.findings)
        assert kept in a.text


def test_the_same_report_on_a_news_host_a_publishers_chrome_or_its_own_host_is_left_alone():
    cases = (
        (page(POLICE), "http://news.moonlitharbor.com/xianqu/356131.html"),  # a host naming itself news
        (page(COURT), "http://www.dailylegal.com/sm/3026541.html"),  # ... or a daily
        (page(POLICE, site="东川新闻网"), "http://www.moonlitharbor.com/xianqu/356131.html"),  # a publisher's chrome
        (page(POLICE), "http://www.qinghexian.com/xwdt/356131.html"),  # the host spells 青禾县
        (page(COURT), "http://fy.qinghe.gov.cn/sm/3026541.html"),  # a government host
        (page(POLICE), "http://127.0.0.1:8000/mirror/356131.html"),  # a local mirror
        (page(COURT), None),
    )
    for body, url in cases:
        a = clean_page(body, url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)
