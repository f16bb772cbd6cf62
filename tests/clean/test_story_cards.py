"""Cards of other stories under an article (a "Most Popular" list: each card a linked headline, a
dek and an excerpt, no date) are not the article, however much prose their excerpts hold; an
article whose own section headings are links keeps its sections; a copy of the story run together in
one block (a print script's) is not read twice; a ticker over a story whose headline is an <h2> (the
page's <h1> its logo) is not the story's."""
from __future__ import annotations

from scraper.clean import clean_page

STORY = ("For the past few months the city council has praised the new night buses, and the riders "
         "seem to agree, filling the six lines that run every twenty minutes to the northern districts. ")
EXCERPT = ("Warnings that the budget would not stretch to the winter timetable were heard again on Tuesday, "
           "when the transport committee met to weigh the cost of drivers, fuel and the new depot. ")


def _page(cards: str) -> bytes:
    body = "".join(f"<p>{STORY}(Paragraph {i}.)</p>" for i in range(1, 5))
    return (f"<html><head><title>Night buses extended to the north</title></head><body>"
            f"<div id='site'><article><h1>Night buses extended to the north</h1>"
            f"<div class='text'>{body}</div></article>{cards}</div></body></html>").encode()


def _popular(n: int) -> str:
    items = "".join(
        f"<li class='pop-item'><a href='/city/{i}/'><h3>Another city story number {i}</h3></a>"
        f"<p class='dek'>What the committee said about line {i}.</p>"
        f"<div class='excerpt'><p>{EXCERPT}</p><p>{EXCERPT}(Story {i}.)</p></div></li>"
        for i in range(1, n + 1))
    return f"<div class='pop-wrap'><h2>Most Popular</h2><ul class='pop'>{items}</ul></div>"


def _four_by_four() -> str:
    lists = "".join(
        "<div class='two-col'><ul class='two-col-items'>" + "".join(
            f"<li class='two-col-item'><h5><a href='/op/{k}-{i}/'>An opinion on the buses, part {k}-{i}</a></h5>"
            f"<div class='desc'>{EXCERPT}</div></li>" for i in range(4)) + "</ul></div>"
        for k in range(4))
    return f"<div class='below'><h2>More from the paper</h2>{lists}</div>"


def test_a_most_popular_list_of_cards_under_the_article_is_not_its_text():
    a = clean_page(_page(_popular(10)))
    assert "(Paragraph 4.)" in a.text
    assert "Warnings that the budget" not in a.text
    assert "Another city story" not in a.text


def test_lists_of_four_cards_with_linked_headlines_are_not_the_article():
    a = clean_page(_page(_four_by_four()))
    assert "(Paragraph 1.)" in a.text and "(Paragraph 4.)" in a.text
    assert "Warnings that the budget" not in a.text


def test_an_article_whose_section_headings_are_links_keeps_its_sections():
    sections = "".join(f"<h3><a href='/line/{i}/'>Night bus line number {i}</a></h3><p>{STORY}(Line {i}.)</p>"
                       for i in range(1, 7))
    page = (f"<html><head><title>The six night bus lines</title></head><body><article>"
            f"<h1>The six night bus lines</h1><div class='text'>{sections}</div></article></body></html>").encode()
    a = clean_page(page)
    assert all(f"(Line {i}.)" in a.text for i in range(1, 7))


def test_a_flattened_copy_of_the_story_beside_its_paragraphs_is_not_read_twice():
    paragraphs = [f"{STORY}(Paragraph {i}.)" for i in range(1, 6)]
    copy = " ".join(paragraphs)  # a print script's copy, the whole story in one block
    page = ("<html><head><title>Night buses extended to the north</title></head><body><article>"
            "<h1>Night buses extended to the north</h1><div class='text'>"
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + f"</div><div style='display:none'><div>{copy}</div></div></article></body></html>").encode()
    a = clean_page(page)
    assert a.text.count("(Paragraph 3.)") == 1
    assert a.text.splitlines()[-1].endswith("(Paragraph 5.)")


def test_a_paragraph_that_names_a_product_several_times_is_kept():
    name = "Kensington Expert Mouse Wireless Trackball"
    para = (f"Users who want a mouse with a wrist rest: the {name} is a comfortable clicker in its own right, "
            f"and the {name} rest sets it apart; the {name} also comes in a wired version for the office. ") * 2
    page = (f"<html><head><title>The best mice</title></head><body><article><h1>The best mice</h1>"
            f"<p>{STORY}</p><h3>{name}</h3><p>{para}</p><h3>{name}</h3><p>{STORY}(Again.)</p>"
            f"</article></body></html>").encode()
    a = clean_page(page)
    assert para.strip() in a.text


def test_a_ticker_over_a_story_headed_by_an_h2_is_not_the_story():
    ticker = "".join(f"<li><a href='/t/{i}/'>Another headline of the day number {i}</a> CITY: {EXCERPT}</li>"
                     for i in range(3))
    body = "".join(f"<p>{STORY}(Paragraph {i}.)</p>" for i in range(1, 5))
    page = ("<html><head><title>Night buses extended to the north | The Paper</title></head><body>"
            "<div class='top'><h1>The Paper</h1></div><div class='main'>"
            f"<div class='ticker'><div>Breaking</div><ul>{ticker}</ul></div>"
            f"<div class='story'><h2>Night buses extended to the north</h2><div>{body}</div></div>"
            "</div></body></html>").encode()
    a = clean_page(page)
    assert "(Paragraph 1.)" in a.text and "(Paragraph 4.)" in a.text
    assert "Another headline of the day" not in a.text and "Warnings that the budget" not in a.text
