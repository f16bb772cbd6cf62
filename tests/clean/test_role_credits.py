"""A writer's credit is read when other role credits share its bracket or line ("(文/李志阳 图/唐三珍)": v40 §4,
real-cases-v40b rc40b-009; the same form on rc5-009, rc6-011, rc7-018, rc19-002, rc27-018, rc28-018), and the
editor stands in only when no writer is credited."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

BODY = ("<p>11月5日下午，学院在报告厅举办学术文化节开幕式，全院三百余名师生参加，活动将持续一个月。</p>"
        "<p>本届文化节设置学术讲座、读书分享、科技竞赛等十余项活动，旨在拓宽学生视野，营造崇尚学术的浓厚氛围。</p>")


def page(credit: str) -> bytes:
    """A school's news page with ``credit`` closing its article."""
    return ("<html><head><meta charset='utf-8'><title>学院举办学术文化节</title></head><body><div class='main'>"
            f"<h1>学院举办学术文化节</h1><div class='art-text'>{BODY}{credit}</div></div></body></html>").encode()

@pytest.mark.parametrize("credit", ["<p>(文/李志阳 图/唐三珍)</p>", "<p>（文：李志阳 图：唐三珍）</p>",
                                    "<p>文/李志阳 摄影/唐三珍 编辑/王晓</p>", "<p>(文/李志阳 图/唐三珍 责任编辑/王晓)</p>",
                                    "<p>文／李志阳</p>"])  # (the full-width slash: synthetic-v42 dev, five pages)
def test_the_writer_is_read_when_other_role_credits_share_the_line(credit):
    assert clean_page(page(credit)).author == "李志阳"


def test_the_editor_stands_in_only_when_no_writer_is_credited():
    assert clean_page(page("<p>(图/唐三珍 责任编辑/王晓)</p>")).author == "王晓"


def test_a_picture_word_inside_prose_is_no_credit():
    assert clean_page(page("<p>如图/所示，开幕式现场座无虚席。</p>")).author is None
