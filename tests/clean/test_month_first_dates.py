"""A date written month and day first, with the words that say so (01月22日2024年 17:25), is a date, and
the name beside it in a byline row is the author."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.dates import parse_date


@pytest.mark.parametrize("text, iso", [
    ("01月22日2024年 17:25", "2024-01-22T17:25:00+08:00"),
    ("1月2日 2024年", "2024-01-02"),
    ("2024年01月22日", "2024-01-22"),
    ("1月22日", None),  # no year: a day in the text, not a date of publishing
    ("2月30日2024年", None),
])
def test_month_first_date_forms(text, iso):
    assert parse_date(text) == iso


def test_a_name_beside_a_month_first_date_is_the_author():
    text = "".join(f"<p>澳門社會文化司司長指出，若賽馬場條件許可，亦會考慮舉行演唱會活動，並研究未來的舉辦形式。({i})</p>"
                   for i in range(4))
    page = ("<html><head><meta charset='utf-8'><title>政府：若賽馬場條件許可或用作舉辦演唱會</title></head><body>"
            "<div class='nav'><a href='/'>首頁</a></div><h1>政府：若賽馬場條件許可或用作舉辦演唱會</h1>"
            f"<div class='meta'><span>陳嘉俊</span> <span>01月22日2024年 17:25</span></div>"
            f"<div class='content'>{text}</div></body></html>").encode()
    a = clean_page(page)
    assert a.author == "陳嘉俊"
    assert a.published == "2024-01-22T17:25:00+08:00"
