"""What a reader notices where the article body was chosen wrong on v9 dev pages' shapes: an
article in a layout box named like a sidebar, a registration popover, a comment thread beside the
story, a numbered slideshow inside it, a longer article appended under the story the <title> names."""
from __future__ import annotations

from scraper.clean import clean_page

EN = ("The city council approved on Tuesday a new plan for night buses to the northern districts, "
      "to start in March with six lines running every twenty minutes, the mayor said.")


MENU = "".join(f"<li><a href='/s{i}'>Section number {i}</a></li>" for i in range(40))


def _en(body: str, title: str = "Night buses extended to the north") -> bytes:
    return (f"<html><head><title>{title} - The Daily</title></head><body>"
            f"<nav><ul>{MENU}</ul></nav>{body}</body></html>").encode()


def test_an_article_in_a_layout_box_named_like_a_sidebar_is_read():
    story = "".join(f"<p>{EN} ({i})</p>" for i in range(3))
    page = _en("<div class='hero'><h1>Night buses extended to the north</h1></div>"
               f"<div class='l-sidebar-fixed'><div class='l-col__main'>{story}</div>"
               "<div class='l-col__sidebar'><a href='/x'>Subscribe</a></div></div>"
               f"<div class='site-map'><ul>{MENU * 3}</ul></div>")  # a page of menus: the story is a fifth of it
    a = clean_page(page)
    assert EN in a.text
    assert "Section number" not in a.text


def test_a_registration_popover_is_not_the_article():
    terms = " ".join(f"You may use the Website but are required to register as a user, term {i}." for i in range(30))
    story = "".join(f"<p>{EN} ({i})</p>" for i in range(8))
    page = _en(f"<div id='main'><h1>Night buses extended to the north</h1>{story}</div>"
               f"<div id='pop2' class='popover2'><form><p>{terms}</p></form></div>")
    a = clean_page(page)
    assert EN in a.text
    assert "register as a user" not in a.text


def test_a_comment_thread_beside_the_story_is_not_joined_to_it():
    story = "".join(f"<p>{EN} ({i})</p>" for i in range(2))
    comments = "".join(f"<li class='post'><p>Reader number {i} thinks this plan is great, and the buses "
                       f"should run all night long, every night, in every district.</p></li>" for i in range(25))
    teasers = "".join(f"<div class='small'><p>A teaser of another story, number {i}, that readers may enjoy, "
                      f"<a href='/t{i}'>read the whole story about it here</a>.</p></div>" for i in range(4))
    page = _en(f"<div class='container'><div class='page-headline'><h1>Night buses extended to the north</h1></div>"
               f"<div class='content-area'>{story}</div>"
               f"<div class='pull'>{teasers}<div class='content-comments' id='respond'><ul id='dsq-comments'>{comments}</ul></div></div>"
               f"<div class='bottom'>{teasers}</div></div>")
    a = clean_page(page)
    assert EN in a.text
    assert "Reader number" not in a.text


def test_a_numbered_slideshow_inside_the_story_is_left_out():
    slides = "".join(f"<li><h2><span class='counter'>{i}/12</span> {i} October 2017</h2>"
                     f"<p>Protesters gather outside the parliament building in the capital, picture {i}</p>"
                     f"<p class='credits'>Reuters</p></li>" for i in range(1, 13))
    before = "".join(f"<p>{EN} ({i})</p>" for i in range(3))
    after = "<p>The new lines will be reviewed after a year, a spokesman for the council added.</p>"
    page = _en(f"<div class='text-wrapper'><h1>Night buses extended to the north</h1>{before}"
               f"<div class='gallery'><h2>World news in pictures</h2><ul class='legends'>{slides}</ul></div>"
               f"{after}</div>")
    a = clean_page(page)
    assert EN in a.text and "reviewed after a year" in a.text
    assert "Protesters gather" not in a.text
    assert "3/12" not in a.text


def test_the_story_the_title_names_wins_over_a_longer_article_appended_under_it():
    mine = "".join(f"<p>Climbers will find new bins along the route to the summit this season, officials said ({i}).</p>"
                   for i in range(8))
    other = "".join(f"<p>{EN} ({i})</p>" for i in range(14))
    page = _en(f"<div class='main'><div id='server-articles'><article><header><h1>Bins placed along the summit route"
               f"</h1></header><div class='article-body'>{mine}</div></article></div>"
               f"<div id='bulletin'><article><header><h1>A sponsored story about something else</h1></header>"
               f"<div class='article-body'>{other}</div></article></div></div>",
               title="Bins placed along the summit route")
    a = clean_page(page)
    assert "Climbers will find new bins" in a.text
    assert EN not in a.text
