"""English story edges: a picture's caption in a plain <div> box is no text (as in a <figure>); a
byline setting the name in capitals and the author's bio above the story go; a blog's "Posted by …"
row right under the post names its author."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.byline import PIECE, _by_line, without_author_bio, without_byline_lines

_STORY = "".join(
    f"<p>Paragraph {k} of the story tells, in plain sentences, what the new law lets actors remove from"
    f" the database and why the industry's union asked for it.</p>" for k in range(6))


def test_caption_in_a_picture_box_is_not_text():
    # dev-v29-ceed news.com.au: <div><div class=frame><img></div><p>caption. Picture: … / AFP</p></div>
    box = ('<div class="module"><div class="frame"><img src="/a.jpg" alt=""></div><p class="caption">'
           '<span>The union president spearheaded the change. Picture: Alberto Rodriguez / AFP</span>'
           '<span><em>Source:</em>AFP</span></p></div>')
    html = f"<html><body><article><h1>The sneaky new law</h1>{_STORY[:400]}{box}{_STORY[400:]}</article></body></html>"
    a = clean_page(html.encode())
    assert "Paragraph 0 of the story" in a.text and "Paragraph 5 of the story" in a.text
    assert "spearheaded the change" not in a.text and "Source:AFP" not in a.text


def test_headed_picture_box_keeps_its_heading():
    # dev-v21-evanextract: a listicle's item "<h2>…</h2><picture>" keeps the heading its truth keeps
    item = ('<div class="item"><h2>With the virus sweeping the world, fans fear for the actor.</h2>'
            '<div class="frame"><img src="/b.jpg"></div><span>Instagram</span></div>')
    html = f"<html><body><article><h1>Fan theories</h1>{_STORY}{item}{_STORY}</article></body></html>"
    assert "fans fear for the actor" in clean_page(html.encode()).text


def test_capital_byline_and_bio_above_the_story_go():
    # dev-v29-ceed livestrong: "by ASHLEY MILLER Last Updated: Sep 02, 2015", then her bio, then the story
    lines = ["by ASHLEY MILLER Last Updated: Sep 02, 2015",
             "Ashley Miller is a licensed social worker and psychotherapist. She writes about health.",
             "Your mental health and well-being relies on several factors, including genetics and diet.",
             "Vitamin B-12, along with the other B vitamins, plays a crucial role in the nervous system."]
    kept = without_author_bio(without_byline_lines(lines, "2015-09-02", None, "Ashley Miller"), "Ashley Miller")
    assert kept == lines[2:]


def test_lead_naming_someone_else_stays():
    lines = ["Jane Roe, the city's mayor, said on Monday that the bridge would reopen within a week.",
             "The bridge was closed in March after inspectors found cracks in two of its supports."]
    assert without_author_bio(lines, "John Doe") == lines


def test_posted_by_row_under_the_post_names_the_author():
    # real-l3s-en 3197cc2b: Movable Type's meta row is the line right after the post's text
    byline = PIECE.join(["", "Wow, I really didn't see this one coming.", "for all the latest news.",
                         "\n\nPosted by Chris Cornwell on\nJanuary  9, 2008 in Games | Permalink\nTrackBack", ""])
    assert _by_line(byline) == "Chris Cornwell"


def test_bare_by_line_under_the_post_is_not_read():
    # a "By …" line below the body heads the next teaser, not this story
    byline = PIECE.join(["", "The story's first line.", "The story's last line.", "\nBy Jane Doe\nNext story", ""])
    assert _by_line(byline) is None
