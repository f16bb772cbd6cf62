"""What stands beside an English story and is not its text: the author's box after it, a picture's caption."""
from __future__ import annotations

import lxml.html

from scraper.clean import clean_page
from scraper.clean.byline import without_author_bio
from scraper.clean.lines import lines_of
from tests.clean.test_english_bylines import PARAGRAPHS, URL, page

STORY_START = "The holidays are a time for giving"
STORY_END = "whether the plan is holding or needs a cut."


def test_author_box_after_the_story_is_not_article_text(clean):
    a = clean("en-story-author-box.html", url="https://life.example.com/money/avoid-overspending")
    assert a.author == "Meredith Dietz"
    assert a.text.startswith(STORY_START)
    assert a.text.endswith(STORY_END)
    assert "Northeastern University" not in a.text
    assert "Since then, Meredith" not in a.text


def test_picture_caption_and_credit_are_not_article_text(clean):
    a = clean("en-story-author-box.html", url="https://life.example.com/money/avoid-overspending")
    assert "Shoppers on the first weekend" not in a.text
    assert "Shutterstock" not in a.text
    assert "Start with a number." in a.text


def test_a_story_that_opens_with_its_authors_name_keeps_it():
    # the story stands before a bio: a sentence naming the author early in the text is the story's
    lines = ["Jane Roe is running for mayor, she told supporters on Tuesday evening.",
             "Her campaign will focus on housing and transport."]
    assert without_author_bio(lines, "Jane Roe") == lines


def test_bio_line_and_its_role_line_go_when_the_story_precedes_them():
    story = ["A long paragraph of the story that tells what happened at the council meeting on Tuesday."] * 3
    lines = [*story, "Senior Finance Writer", "Jane Roe is a senior finance writer who covers household budgets."]
    assert without_author_bio(lines, "Jane Roe") == story


def test_a_one_word_author_is_no_bio_name():
    lines = ["A paragraph of the story, long enough to stand before the next line of it here.",
             "Reuters reported the figures on Monday."]
    assert without_author_bio(lines, "Reuters") == lines


def test_caption_in_a_plain_div_of_a_picture_is_not_article_text():
    figure = ("<figure><img src='/p.jpg' alt='Night bus'><div class='caption'>FILE - A night bus leaves the "
              "depot, May 4, 2023. (AP Photo/Jane Roe)</div></figure>")
    html = page().replace(b"<div class='story'>", f"<div class='story'>{figure}".encode())
    assert clean_page(html, url=URL).text.split("\n") == PARAGRAPHS


def test_han_caption_of_a_notice_picture_is_kept():
    box = lxml.html.fromstring("<div><p>经学校学术委员会评审，现将立项结果公布如下。</p><figure><img src='/1.jpg'>"
                               "<figcaption>图为项目评审会现场</figcaption><span>摄影：王明</span></figure></div>")
    assert [line.text for line in lines_of(box)] == ["经学校学术委员会评审，现将立项结果公布如下。", "图为项目评审会现场"]


def test_a_standings_table_after_a_short_intro_is_kept():
    rows = "".join(f"<tr><td>{k}</td><td>Driver {chr(64 + k)} Smith</td><td>{5000 - 7 * k}</td><td>{k % 4}</td>"
                   f"<td>{k % 3}</td></tr>" for k in range(1, 13))
    html = ("<html><head><title>Season standings | Example Racing</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/results'>Results</a></nav>"
            "<h1>Season standings</h1><div class='article'>"
            "<p>On this page you will always find the standings, updated after the last race of the season!</p>"
            "<p>Final standings of the series after 36 races:</p>"
            f"<table><tr><th>Pos.</th><th>Driver</th><th>Points</th><th>Wins</th><th>Poles</th></tr>{rows}</table>"
            "</div><footer><a href='/about'>About us</a></footer></body></html>").encode()
    text = clean_page(html, url="https://racing.example.com/standings/").text
    assert "Final standings of the series after 36 races:" in text
    assert "1 Driver A Smith 4993 1 1" in text
    assert "12 Driver L Smith 4916 0 0" in text


def test_a_table_of_figures_alone_is_not_taken_for_the_story():
    rows = "".join(f"<tr><td>{40 - k}</td><td>{20 + k}</td><td>.{700 - 9 * k}</td><td>{k}-{k + 3}</td></tr>"
                   for k in range(12))
    html = ("<html><head><title>League notes | Example Sports</title></head><body><h1>League notes</h1>"
            "<div class='story'><p>The league confirmed on Monday that the season will resume next week, after a "
            "two-week break for the holidays, with every club playing twice before the end of the month.</p></div>"
            f"<div class='stats'><table>{rows}</table></div></body></html>").encode()
    text = clean_page(html, url="https://sports.example.com/league-notes").text
    assert text.startswith("The league confirmed on Monday")
    assert ".700" not in text
