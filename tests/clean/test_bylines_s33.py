"""English bylines a reader finds under a deck, and over a template's own name given as the author."""
from __future__ import annotations

from scraper.clean import clean_page

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the night bus service to the northern districts, ending a "
    "two-year dispute over the cost of the late routes.",
    "Supporters said the change would help shift workers, students and the hospital staff who finish after "
    "midnight, many of whom now walk home or pay for taxis.",
    "Opponents argued that the money should have gone to repairing the bus depot, which inspectors described "
    "last spring as unsafe in places.",
    "The new timetable starts in March, and the council will review the ridership figures after six months.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
URL = "https://www.northgazette.com/2024/03/12/night-buses.html"


def page(inner: str, head: str = "") -> bytes:
    return ("<html><head><title>Night buses extended to the north | North Gazette</title>"
            f"{head}</head><body><div class='top'>North Gazette</div>"
            f"<div class='wrap'><div class='crumb'>City / Transport</div>{inner}<div class='art'>{BODY}</div></div>"
            "<footer><a href='/about'>About us</a> <a href='/contact'>Contact</a></footer></body></html>").encode()


def test_byline_under_a_deck_under_the_headline_names_the_author():
    inner = ("<h1>Night buses extended to the north after a two-year dispute over the late routes</h1>"
             "<h2>Shift workers and hospital staff will no longer have to walk home or pay for taxis after midnight</h2>"
             "<div class='meta'>By JANE ROE (North Gazette) Updated: 2024-03-12 07:56</div>")
    assert clean_page(page(inner), url=URL).author == "JANE ROE"


def test_byline_of_a_person_wins_over_the_site_name_labelled_as_author():
    inner = ("<h1>Night buses extended to the north</h1>"
             "<p>By Mike Dennison (Wire News)</p>"
             "<p><time>March 12, 2024</time> By <span class='entry-author'>North Gazette</span></p>")
    head = "<meta property='og:site_name' content='North Gazette'>"
    assert clean_page(page(inner, head), url=URL).author == "Mike Dennison"


def test_site_name_labelled_as_author_stays_when_no_one_else_is_named():
    inner = ("<h1>Night buses extended to the north</h1>"
             "<p><time>March 12, 2024</time> By <span class='entry-author'>North Gazette</span></p>")
    head = "<meta property='og:site_name' content='North Gazette'>"
    assert clean_page(page(inner, head), url=URL).author == "North Gazette"
