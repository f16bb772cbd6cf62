"""(Measured, not wired: see the note above second_opinion.choose_body.) A story the page marks as
its body (schema.org ``itemprop="articleBody"``) would replace a pick that keeps little of it, and a list
of short lines ending the story would keep its items; several marks pick nothing (kept: main's form)."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

STANDFIRST = "The singer is nominated for a record seven awards, while a veteran star is honoured as a global icon."
CATEGORIES = {
    "Album of the Year": ["Blur", "J Hus", "Little Simz", "Raye", "Young Fathers"],
    "Artist of the Year": ["Arlo Parks", "Central Cee", "Dave", "Dua Lipa", "Fred Again", "Jessie Ware"],
    "Group of the Year": ["Blur", "Chase and Status", "Jungle", "Young Fathers"],
    "Best New Artist": ["Mahalia", "Olivia Dean", "PinkPantheress", "Yussef Dayes"],
    "Dance Act": ["Barry Can't Swim", "Becky Hill", "Calvin Harris", "Romy"],
    "Rising Star": ["The Last Dinner Party - WINNER", "Caity Baser", "Sekou"],
}
MENU = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(12))


def _winners_page(marks: int = 1) -> bytes:
    lists = "".join(f"<h2>{name}</h2><ul>{''.join(f'<li>{x}</li>' for x in names)}</ul><hr>"
                    for name, names in CATEGORIES.items())
    mark = ' itemprop="articleBody"'
    second = f'<div{mark}><p>{STANDFIRST}</p></div>' if marks > 1 else ""
    return (f"<html><head><title>Awards 2024: full winners list</title></head><body>"
            f"<nav><ul>{MENU}</ul></nav><article>"
            f"<div class='grid'><h1>Awards 2024: full winners list</h1><p>{STANDFIRST}</p>"
            f"<p>Staff Reporters 2 March 2024 9:08pm</p></div>{second}"
            f"<div{mark}><h2>The nominations in full:</h2><p><strong>Winners are in bold</strong></p>{lists}</div>"
            f"</article><footer><p>Copyright (c) 2024 The Daily Example. All rights reserved.</p></footer>"
            f"</body></html>").encode()


@pytest.mark.xfail(strict=True, reason="co29's marked body and list tail measured, not wired (second_opinion.choose_body)")
def test_a_winners_list_in_the_marked_body_is_kept_whole():
    a = clean_page(_winners_page())
    *before, (last, names) = CATEGORIES.items()
    for name, items in before:
        assert name in a.text
        assert all(x in a.text for x in items)
    # the last category stays; its last short names ("Sekou": a stray line's length) may go
    assert last in a.text and names[0] in a.text


def test_several_body_marks_say_nothing_of_which_is_the_story():
    # a live blog marks each post: the marks do not pick the box, the page reads as before
    a = clean_page(_winners_page(marks=2))
    assert "Sekou" not in a.text
