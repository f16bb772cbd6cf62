"""Links planted in an article's prose by comment and wiki spam bots (issue 11 §3, v10/v11 real
misses): a sentence selling a trade the page never writes about, or a bot's post writing its link
in forum markup too. Pages about that trade, and ordinary citations, keep their links."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds


def _page(*paragraphs: str, title: str = "Cache Tuning") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>Main Page</a> | <a href='/docs'>Documentation</a></div>"
            f"<div id='content'><h1>{title}</h1>{body}</div>"
            f"<div class='footer'>Privacy policy | About</div></body></html>").encode()


_ARTICLE = ("The cache module keeps recent responses in shared memory so that repeated requests are answered "
            "without reaching the backend servers, which lowers latency for busy sites considerably.")


def test_a_sentence_with_a_link_selling_a_trade_the_page_never_names_goes():
    raw = _page(_ARTICLE, "Many readers wondered about it, see <a href='http://poker-lucky.example.net/'>best online "
                "poker rooms for real money</a>, thanks.", "Entries expire after the configured time to live.")
    a = clean_page(raw, url="https://wiki.example.org/Cache_Tuning")
    assert a.hijacked and "spam_text" in kinds(a)
    assert "poker" not in everything(a).lower() and "Many readers" not in a.text
    assert "shared memory" in a.text and "time to live" in a.text


def test_a_bot_post_with_its_link_in_forum_markup_goes():
    raw = _page("qpwzkrtmvn, <a href='http://www.xkqjvbnrtl.example.com/'>mzrtqpvkwl</a>, "
                "[url=http://www.vbnqtrzkpw.example.com/]tkwqzrmvnb[/url], qpwzkrtmvn", _ARTICLE)
    a = clean_page(raw, url="https://wiki.example.org/Cache_Tuning")
    assert a.hijacked
    assert "[url=" not in a.text and "mzrtqpvkwl" not in everything(a)
    assert "shared memory" in a.text


def test_pages_about_the_trade_and_ordinary_citations_keep_their_links():
    casino = _page("The city's casino reopened on Monday after a year of repairs, its owners said.",
                   "Visitors can read the <a href='https://gaming-board.example.gov/'>casino licence conditions</a> "
                   "published by the regulator.", "The casino employs 1,200 people.", title="Casino reopens")
    a = clean_page(casino, url="https://news.example.com/casino-reopens")
    assert not a.hijacked and "casino licence conditions" in a.text
    cited = _page(_ARTICLE, "The design follows <a href='https://research.example.edu/paper'>a paper on "
                  "adaptive caching</a> published in 2019.", "The vendor also pushes <a href='https://news.example.org/"
                  "2014/lending'>sketchy, substandard loans</a> onto its customers.")
    b = clean_page(cited, url="https://wiki.example.org/Cache_Tuning")
    assert not b.hijacked and not b.findings and "adaptive caching" in b.text
