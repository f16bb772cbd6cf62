"""The article's edges a reader notices: a paragraph whose links cost more than its words stays with the
article it borders; a date-and-time stamp heading the body is the byline, not text."""
from __future__ import annotations

from scraper.clean import clean_page

PARA = ("The county court heard on Monday that the new bridge over the river will open in the spring, "
        "after two years of delays caused by flooding and a shortage of steel. ")


def _card(name: str) -> str:
    heads = "".join(f'<a href="/news/{i}">Headline number {i} about {name} and the latest vote in the chamber</a> '
                    for i in range(4))
    return (f'<span class="rollover"><a href="/people/{name}">{name}</a><span class="card">'
            f'<a href="/people/{name}">{name}</a>{heads}<a href="/people/{name}">MORE</a></span></span>')


def test_a_paragraph_whose_person_card_is_all_links_still_belongs_to_the_article():
    lead = (f"<p>A man pleaded guilty on Monday to threatening to kill Rep. {_card('Jane Doe')} (D-Minn.), "
            "the prosecutor's office for the western district announced in a statement to the press.</p>")
    last = (f"<p>Rep. {_card('John Roe')} (D-N.Y.) said shortly after the arrest that the threats followed weeks "
            "of coverage on cable news, and asked the court for a sentence that fits the crime.</p>")
    closing = "<p>The sentencing is set for February, when the judge will also hear from the victims' families.</p>"
    body = lead + "".join(f"<p>{PARA}(Part {i}.)</p>" for i in range(5)) + last + closing
    page = (f"<html><head><title>Man pleads guilty</title></head><body><div id='nav'><a href='/'>Home</a></div>"
            f"<article><h1>Man pleads guilty</h1><div class='field-item'>{body}</div></article>"
            "<footer><a href='/about'>About us</a></footer></body></html>").encode()
    a = clean_page(page)
    assert "The sentencing is set for February" in a.text
    assert "(Part 4.)" in a.text



ZH = "多米尼加现任总统阿比纳德尔19日晚在竞选总部宣布，他在当天举行的总统选举首轮投票中获胜，成功连任。"


def test_a_date_and_time_stamp_heading_the_body_is_not_article_text():
    body = ("<p>2024-05-20 14:33·新华社</p>" + "".join(f"<p>{ZH}（第{i}段）</p>" for i in range(4))
            + "<p>会议安排如下：</p><p>2024-05-21 09:30 报到</p><p>请各单位按时参加。</p>")
    page = (f"<html><head><title>阿比纳德尔宣布赢得总统选举</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            f"<div class='article'><h1>阿比纳德尔宣布赢得总统选举</h1>{body}</div></body></html>").encode()
    a = clean_page(page)
    assert "14:33" not in a.text
    assert a.text.startswith(ZH)
    assert "2024-05-21 09:30 报到" in a.text  # a schedule's line inside the notice stays
    assert str(a.published or "").startswith("2024-05-20")


EN = ("The county court heard on Monday that the new bridge over the river will open in the spring, after two "
      "years of delays caused by flooding and a shortage of steel, the council's engineer told the hearing.")


def test_an_english_stamp_with_its_weekday_and_labels_heading_the_body_is_not_article_text():
    for stamp in ("Updated 1:39 am EST, Wednesday, November 20, 2019",
                  "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019",
                  "Published November 20th, 2019 - 07:29 GMT", "Last Updated · January 28, 2026", "Nov. 19, 2019"):
        body = (f"<p>{stamp}</p>" + "".join(f"<p>{EN} (Part {i}.)</p>" for i in range(4))
                + "<p>November 18, 2019</p><p>The council met again to hear the families.</p>")
        page = (f"<html><head><title>Bridge to open in spring</title></head><body><div class='nav'><a href='/'>Home</a>"
                f"</div><article><h1>Bridge to open in spring</h1>{body}</article></body></html>").encode()
        a = clean_page(page)
        assert a.text.startswith(EN), stamp
        assert "November 18, 2019\nThe council met again" in a.text  # a date line further down stays
