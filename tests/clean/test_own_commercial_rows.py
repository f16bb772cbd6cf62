"""A news site's own commercial links are its template, not an injection (fp25's Western sports
pages, dev-v6-fundus and dev-v3-htmldate): a row of buttons into the group's betting subdomain in a
<div> (no list), and a footer menu's entry into the owner's pools carrying the site's campaign tag.
Each still sells when it leads elsewhere or lacks the tag."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds

URL = "https://www.paper.example/sport/football/cup-final-report/"
_ARTICLE = ("<p>The home side won the cup final two goals to one after extra time on Saturday, their "
            "first title in eleven seasons, in front of a sold-out crowd.</p>"
            "<p>The coach said after the match that the squad had trained all week for penalties and was "
            "glad it never came to that.</p>")
_OWN = "".join(f"<li><a href='https://www.paper.example/{s}/'>{s.title()}</a></li>" for s in
               "news sport politics money travel health science weather about contact".split())


def _page(chrome: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>Cup final report - Paper</title>"
            f"<link rel='canonical' href='{URL}'></head><body><header><nav><ul>{_OWN}</ul></nav></header>"
            f"<article><h1>Cup final report</h1>{_ARTICLE}</article>"
            f"<footer>{chrome}<p>Copyright 2024 Paper</p></footer></body></html>").encode()


_BUTTONS = ("Paper Deals", "Paper Shop", "Paper Sportwetten", "Wettbonus", "Wettanbieter Vergleich",
            "Sportwetten mit PayPal", "bet365 Bonus", "bwin Bonus", "Steuererklärung", "VPN Vergleich",
            "Broker Vergleich")


def _row(host: str) -> str:
    links = "".join(f"<a href='https://{host}/{i}/'><span>{t}</span></a>" for i, t in enumerate(_BUTTONS))
    return f"<div class='partners'><p>Partner offers</p><div class='slider'>{links}</div></div>"


def test_a_row_of_buttons_into_the_sites_own_betting_subdomain_is_its_template():
    a = clean_page(_page(_row("sportwetten.paper.example")), url=URL)
    assert not a.hijacked, a.findings
    assert "sold-out crowd" in a.text


def test_the_same_row_into_another_site_still_sells():
    a = clean_page(_page(_row("sportwetten-bonus.example")), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)


def _footer(href: str) -> str:
    own = "".join(f"<li><a href='https://www.paper.example/{s}/'>{s.title()}</a></li>" for s in
                  "about-us contact-us privacy cookies terms corrections complaints subscribe jobs".split())
    return f"<nav class='footer'><ul><li><a href='{href}'>Sports Betting &amp; Casino</a></li>{own}</ul></nav>"


def test_a_footer_entry_into_the_owners_pools_with_the_sites_campaign_tag_is_its_own():
    a = clean_page(_page(_footer("https://play.pools.example/sportsbook/?utm_medium=site-footer&amp;"
                                 "utm_source=paper-group&amp;utm_campaign=pools-footer")), url=URL)
    assert not a.hijacked, a.findings


def test_the_same_footer_entry_without_a_campaign_tag_still_sells():
    a = clean_page(_page(_footer("https://play.pools.example/sportsbook/")), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)
