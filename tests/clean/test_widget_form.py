"""A form inside the article's box is a widget (a calculator, a sign-up box), not article text;
a form wrapping the whole page (ASP.NET) is the page's layout and its article is read. A JSON object
left as a text node is a script's data, not text."""
from __future__ import annotations

from scraper.clean import clean_page


def test_calculator_form_in_the_article_box_is_not_text(clean):
    # dev-v29-ceed livestrong page (trimmed): a MyPlate calorie calculator inside the <article>
    a = clean("en-form-widget-livestrong.html", url="https://www.livestrong.com/article/african-mango/")
    assert "It is possible to have an allergic reaction to African mango" in a.text
    for widget in ("Gain 1.5 pounds per week", "Maintain my current weight", "GENDER"):
        assert widget not in a.text


_PARAS = "".join(
    f"<p>Paragraph {k} of the story explains, in plain sentences, what the study found about the fruit"
    f" and why the researchers think the effect on weight is modest at best.</p>" for k in range(6))


def test_page_wide_form_keeps_the_article():
    html = (f'<html><head><title>Fruit study</title></head><body><form id="aspnetForm" action="/default.aspx">'
            f'<input type="hidden" name="__VIEWSTATE"><div class="story">{_PARAS}</div></form></body></html>')
    a = clean_page(html.encode())
    assert "Paragraph 0 of the story" in a.text and "Paragraph 5 of the story" in a.text


def test_json_data_in_hidden_spans_costs_nothing(clean):
    # dev-v29-ceed wikiHow page (trimmed): each step's picture link holds a JSON object in a span
    a = clean("en-howto-json-spans.html", url="https://www.wikihow.com/Whistle-Loudly")
    assert "Lick your lips." in a.text  # Part One's steps, not only the last section
    assert "Note the stages of whistling." in a.text
    assert "smallUrl" not in a.text


def test_prose_in_braces_is_text():
    body = "".join(f"<p>Sentence {k} of a story that reads as prose and ends with a full stop.</p>" for k in range(5))
    html = f"<html><body><article>{body}<p>{{ A note in braces: it is prose, not data. }}</p></article></body></html>"
    assert "A note in braces" in clean_page(html.encode()).text


def test_json_shown_in_a_code_block_is_text():
    body = "".join(f"<p>Sentence {k} of a post that reads as prose and ends with a full stop.</p>" for k in range(5))
    html = f'<html><body><article>{body}<pre>{{ "inputs": {{ "param": "value" }} }}</pre></article></body></html>'
    assert '"param": "value"' in clean_page(html.encode()).text
