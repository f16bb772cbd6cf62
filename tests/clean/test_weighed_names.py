"""A name the lexicon weighs standing where the institution's name stands (session 28, nv28, issue 11;
v36 §7.2; the reader, slots._weighed_fillers, is measured and left out: variant e61f656): a porn term or a gambling slogan put before a school's unit or as
an event's organiser has no trade ending, so no brand shape, yet the vocabulary or the lexicon knows
it. It is cut where it stands and the page is flagged; a lottery centre's or a court's news naming
the trade in its own sentences keeps every word. Pages written here."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds


def school_page(name: str, more: str = "") -> bytes:
    title = f"{name}召开2024届毕业生就业工作推进会"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-青禾学院</title></head>
<body><div class="header">青禾学院 <a href="/">首页</a> <a href="/xwzx/">新闻中心</a></div>
<div class="article"><h1>{title}</h1><p class="info">发布时间：2024-05-08</p>
<div class="content"><p>5月7日下午，{name}召开2024届毕业生就业工作推进会，学院党委书记、各系主任及辅导员参加会议。</p>
<p>会议通报了当前毕业生就业进展，分析了存在的困难，并对下一阶段的访企拓岗工作作出部署。{more}</p>
<p>会议要求，各系要压实责任，做好困难毕业生的精准帮扶，确保就业工作平稳有序推进。</p></div></div>
<div class="footer">版权所有 青禾学院</div></body></html>""".encode()


@pytest.mark.xfail(strict=True, reason="nv28's weighed-filler reader left out (variant e61f656): it gains "
                                       "the studied v36 only (sv36-024), one dev split")
def test_a_porn_term_as_the_units_name_is_cut_and_the_page_flagged():
    a = clean_page(school_page("欧洲成人影视"), url="http://www.qhxy.edu.cn/xwzx/2024/0508/1201.html")
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings
    assert "成人影视" not in everything(a)
    assert "召开2024届毕业生就业工作推进会" in a.text and "确保就业工作平稳有序推进" in a.text


def test_a_lottery_centres_own_news_keeps_its_name():
    # the lottery centre's name ends as an institution's does, and its news names the trade in its sentences
    page = school_page("省体育彩票管理中心", more="会议还通报了全省体育彩票销量和公益金筹集情况。")
    a = clean_page(page, url="http://www.lottery.gov.cn/xwzx/1201.html")
    assert not a.hijacked and not a.findings, a.findings
    assert "省体育彩票管理中心召开2024届毕业生就业工作推进会" in a.text


def test_a_name_on_a_page_about_the_trade_is_left_alone():
    # the rest of the article speaks of gambling: a report, not a replaced name
    page = school_page("欧洲成人影视", more="会议还提醒毕业生警惕网络赌博和色情网站的招聘陷阱。")
    a = clean_page(page, url="http://www.qhxy.edu.cn/xwzx/2024/0508/1201.html")
    assert "spliced_brand" not in kinds(a), a.findings
