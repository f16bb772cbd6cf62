"""An embedded post inside a story does not push the story's lead out of the article."""
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


def _text(page: bytes) -> str:
    return clean_page(page).text


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
