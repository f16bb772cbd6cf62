"""Where a story ends: a stream of entries after it (readers' comments, a live page's updates in a
column beside it) is no part of it, whatever the kit names its boxes; a stream right under the
headline is the page's text. An embedded post inside the story does not push its lead out."""
from __future__ import annotations

from scraper.clean import clean_page

TITLE = "Talks on the harbour bridge resume in the capital"
STORY = [
    "Negotiators for the city and the two unions met again on Tuesday morning, after a week in which "
    "the talks on the harbour bridge had stalled over the cost of the night shifts.",
    "The mayor said she expected a first agreement before the end of the month, and that the works "
    "would start in spring if the council approved the budget in its next session.",
    "The unions asked for a written promise that no crew would work more than four nights in a row, "
    "a point the city had refused twice in the spring and accepted, in part, on Monday.",
    "Residents of the northern districts, who have waited eleven years for the bridge, followed the "
    "session from the public gallery and left before the vote, which was put off to Thursday.",
]
COMMENT = ("I have lived next to the old ferry for thirty years, and I will believe in this bridge when "
           "I can walk across it, not a day before. Every council says the same thing.")
UPDATE = ("Shares in the harbour operator rose after the news, and the index closed higher for a third "
          "day, with traders pointing to the talks and to the lower price of fuel.")


def _page(after: str, story: list[str] = STORY) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in story)
    return (f"<html><head><title>{TITLE} - City News</title></head><body>"
            f"<div class='main'><div class='col-a'><div class='storybox'><h1>{TITLE}</h1>{body}</div>"
            f"<div class='more'><a href='/a'>Other news from the city</a></div></div>{after}</div>"
            "</body></html>").encode()


def _entries(head, text: str, n: int, item: str = "li", box: str = "ul") -> str:
    items = "".join(f"<{item} class='entry'>{head(k)}<p>{text} ({k})</p></{item}>" for k in range(n))
    return f"<{box} class='stream-{k_name(box)}'>{items}</{box}>"


def k_name(box: str) -> str:
    return {"ul": "a", "ol": "b", "div": "c"}.get(box, "d")


def _text(page: bytes) -> str:
    return clean_page(page).text


def test_an_unnamed_comment_list_with_iso_stamps_after_the_story_is_not_article_text():
    comments = _entries(lambda k: f"<div class='user'>Reader {k} 2014-12-27T10:{k:02d}:48</div>", COMMENT, 12)
    text = _text(_page(f"<div class='col-b'><div class='box-talk'>Be the first to write {comments}</div></div>"))
    assert STORY[0] in text and STORY[-1] in text
    assert COMMENT not in text


def test_a_live_module_of_timed_updates_beside_the_story_does_not_take_its_place():
    # the live column scores higher than the story: 20 updates of prose
    live = _entries(lambda k: f"<div class='title'>{10 + k}:49: Market update</div>", UPDATE, 20, "li", "ol")
    text = _text(_page(f"<div class='col-b'><h2><a href='/live'>Live</a></h2>{live}</div>"))
    assert text.startswith(STORY[0]) and STORY[-1] in text
    assert UPDATE not in text


def test_comments_with_a_written_date_in_a_footer_head_are_not_article_text():
    # another kit: <article> items, the head a <footer> with the name and "May 3, 2019 at 10:12 pm"
    comments = _entries(lambda k: f"<footer><b>Name{k}</b> May {k + 1}, 2019 at 10:12 pm</footer>",
                        COMMENT, 6, "article", "div")
    text = _text(_page(f"<section class='talk'>{comments}</section>"))
    assert STORY[1] in text
    assert COMMENT not in text


def test_a_live_page_whose_updates_follow_the_headline_keeps_them():
    live = _entries(lambda k: f"<div class='title'>{10 + k}:15: Update</div>", UPDATE, 8, "li", "ol")
    page = (f"<html><head><title>{TITLE}: live</title></head><body><div class='main'><h1>{TITLE}: live</h1>"
            f"<p>Follow the talks as they happen.</p>{live}</div></body></html>").encode()
    assert UPDATE in _text(page)


def test_a_live_page_with_a_long_intro_keeps_the_updates_that_follow_it_in_its_box():
    # the intro (four paragraphs) and the entries are siblings in the body's box: the text goes on
    live = _entries(lambda k: f"<div class='entry-head'>{20 - k}:0{k} Reporter Name</div>", UPDATE, 8, "div", "div")
    intro = "".join(f"<p>{p}</p>" for p in STORY)
    page = (f"<html><head><title>{TITLE} LIVE</title></head><body><article><h1>{TITLE} LIVE</h1>"
            f"<div class='article-body'>{intro}<div class='live-box'>{live}</div></div></article></body></html>").encode()
    text = _text(page)
    assert STORY[0] in text and UPDATE in text


def test_a_timeline_inside_the_story_stays_in_it():
    dated = ("the city and the unions signed a first letter of intent on the bridge, which the council "
             "then sent back to its finance committee for a second reading")
    timeline = "".join(f"<li>2014-0{k + 1}-12: {dated}.</li>" for k in range(6))
    text = _text(_page("", STORY[:2] + [f"</p><ul>{timeline}</ul><p>{STORY[2]}"] + STORY[3:]))
    assert "2014-03-12" in text and STORY[-1] in text


def _embedded(lead: list[str], quote: str) -> bytes:
    links = " ".join(f"<a href='https://social.example/p/{k}'>#tag{k} photo link</a>" for k in range(30))
    embed = f"<blockquote class='{quote}'><p>{links}</p></blockquote>"
    lead_html = "".join(f"<p>{p}</p>" for p in lead)
    rest = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>{TITLE}</title></head><body><div class='page'><h1>{TITLE}</h1>"
            f"<div class='body'>{lead_html}<div class='read-all'><div class='embed'>{embed}</div>{rest}"
            f"{rest.replace('The ', 'Then the ')}</div></div></div></body></html>").encode()


def test_a_lead_before_an_embedded_post_is_kept():
    lead = ["(Wire) The harbour bridge talks resumed on Tuesday after a week of silence between the sides.",
            "The mayor had written to both unions on Sunday, asking them to come back to the table."]
    for kind in ("instagram-media", "twitter-tweet", "tiktok-embed"):
        text = _text(_embedded(lead, kind))
        assert text.startswith(lead[0]), kind
        assert "#tag3" not in text, kind
