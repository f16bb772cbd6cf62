"""A writer's label ending its line, the name set on the next (v43 §1 R2, §6 bylines: 供稿:<br>陈启娟 摄影:<br>X),
and the near-forms that must stay as they are: an office or the article's first sentence after the label."""
from __future__ import annotations

from scraper.clean import clean_page

ZH_BODY = ("<p>在中秋国庆双节到来之际，9月28日下午，我院心血管内科联合第五党支部在住院部医生办公室开展主题党日活动，"
           "向病友及家属和科室同仁们致以美好的祝福及诚挚的问候。</p>"
           "<p>活动最后以品月饼、赏花灯、猜灯谜的传统文化来进行，营造了浓浓的节日氛围，也增进了同事们的感情。</p>")


def zh_page(info: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>第五党支部开展主题党日活动</title></head><body>"
            "<div class='nav'>医院概况 | 科室导航 | 就医指南</div>"
            f"<div class='article'><h3>第五党支部开展主题党日活动</h3><div class='by'>{info}</div>"
            f"<div class='con'>{ZH_BODY}</div></div></body></html>").encode()


def test_a_contributor_on_the_line_after_its_label_is_the_author():
    info = "发布时间:2023-09-30 17:58:42<br>来源:第五党支部 供稿:<br>陈启娟 摄影:<br>陈启娟 编审:陈启娟<br>分享到:"
    assert clean_page(zh_page(info)).author == "陈启娟"


def test_an_office_on_the_line_after_a_contributor_label_is_no_author():
    assert clean_page(zh_page("发布时间:2023-09-30<br>供稿:<br>宣传部")).author is None


def test_an_empty_author_label_before_the_text_takes_no_sentence():
    # the label ends its line and the article's first sentence follows: no name, no author
    assert clean_page(zh_page("发布时间:2023-09-30 作者:")).author is None
