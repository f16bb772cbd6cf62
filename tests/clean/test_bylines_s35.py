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
