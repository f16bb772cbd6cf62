"""Bylines outside the label grammar (issue 12, v42 §4/§6): an office under 作者, two labels joined by a
slash, "Name, Own outlet" on its own line under the headline, a company in the author meta."""
from __future__ import annotations

from scraper.clean import clean_page

ZH_BODY = ("<p>为切实加强节日期间的食品安全监管工作，进一步规范食品市场秩序，县市场监督管理局针对节日消费特点，"
           "深入开展各类食品安全专项整治，共出动执法人员四十人次，检查食品生产经营单位四十余家。</p>"
           "<p>此次专项整治对发现的问题当场责令整改，并对经营户开展了食品安全知识宣传，发放宣传资料二百余份。</p>")


def zh_page(info: str, closing: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>开展节日期间食品安全专项整治</title></head><body>"
            f"<div class='article'><h1>开展节日期间食品安全专项整治</h1><div class='art-info'>{info}</div>"
            f"<div class='art-con'>{ZH_BODY}{closing}</div></div></body></html>").encode()


def test_an_office_under_the_author_label_is_the_author():
    a = clean_page(zh_page("信息来源:永德县市场监督管理局&nbsp;&nbsp;作者:县市场监督管理局&nbsp;&nbsp;发布时间:2021-04-28"))
    assert (a.source, a.author) == ("永德县市场监督管理局", "县市场监督管理局")


def test_an_office_under_a_contributor_label_is_still_no_author():
    assert clean_page(zh_page("发布时间:2021-04-28&nbsp;&nbsp;供稿:宣传部")).author is None


def test_two_labels_joined_by_a_slash_credit_the_name_to_both():
    # the closing "(张玲)" used to win: the compound label was read as an empty 作者 and an editor
    page = zh_page("编辑日期:2010-05-18&nbsp;&nbsp;作者/编辑:鲁群&nbsp;&nbsp;阅读次数:12", closing="<p>(张玲)</p>")
    assert clean_page(page).author == "鲁群"


EN_PARAGRAPHS = [
    "The Senate committee questioned the gaming regulator's plan to open more casinos across the provinces, "
    "asking for the studies behind the expected revenue.",
    "Senators said the regulator had yet to present a roadmap for the offshore operators whose licences were "
    "cancelled last month, and asked for a full list of their workers.",
    "The regulator's chairman said the plan would be submitted to the committee before the end of the year.",
]


def en_page(byline: str, head: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    return (f"<html><head><title>Senators criticize casino plan - Harbour News</title>{head}</head><body>"
            "<header class='site'><a href='/'>Harbour News</a></header><main><article>"
            f"<h1>Senators criticize casino plan</h1>{byline}<div class='timestamp'>Posted at Nov 23 2022 08:49 PM</div>"
            f"<div class='article-body'>{body}</div></article></main></body></html>").encode()


URL = "https://news.harbour-news.com/news/11/23/22/senators-criticize-casino-plan"


def test_names_then_the_sites_own_name_under_the_headline_are_the_author():
    assert clean_page(en_page("<div class='byline'>Sherrie Ann Torres, Harbour News</div>"), url=URL).author == \
        "Sherrie Ann Torres"


def test_names_then_another_name_under_the_headline_are_not_read_as_a_credit():
    assert clean_page(en_page("<div class='byline'>Manila Bay, Pasay City</div>"), url=URL).author is None


def test_a_company_in_the_author_meta_is_no_author():
    head = '<meta name="author" content="HARBOUR DIGITAL INC.">'
    assert clean_page(en_page("", head=head), url=URL).author is None
    head = '<meta name="author" content="Emily Co">'
    assert clean_page(en_page("", head=head), url=URL).author == "Emily Co"
