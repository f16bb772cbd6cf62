"""Chrome a reader reaches is no hidden injection (issue 12, issue 11 §9): a collapsed accordion
whose panel a button opens, a consent panel's table of cookie names, an ad-recovery loader's error
modal built from an answer no server gave. Invented pages after dev-v10-webbench2026 solostove and
avsforum and dev-v2-trafilatura orsted; each test keeps the injected form of the same shape flagged."""
from __future__ import annotations

from scraper.clean import brands, clean_page
from scraper.clean.sandbox import run_scripts
from tests.clean.conftest import kinds

URL = "https://www.emberforge-x.com/eu/p/summit"
_ARTICLE = ("<h1>Summit Smokeless Fire Pit</h1><div class='article'>"
            "<p>The Summit burns wood twice: air drawn through the base feeds the fire, and heated air rising "
            "between the walls re-burns the smoke before it leaves the rim, so the flame stays bright.</p>"
            "<p>A cone in the centre lights the kindling in seconds, and the stand lets you use the pit on "
            "decks and grass. Its stainless steel body will not rust, and the ash pan lifts out for cleaning.</p>"
            "<p>Every Summit comes with a lifetime warranty and free shipping across the European Union.</p></div>")
# the sister brands' links, in a collapse wrapper (height 0, opacity 0) around the panel
_FOLDED = ("<div class='collapse' style='overflow:hidden;display:none;opacity:0;height:0px'>"
           "<div role='region' id='panel-brands'{labelled}><div class='stack'>"
           "<a href='https://www.shortsmaker-x.com/'>Shortsmaker</a>"
           "<a href='https://paddleboards-x.com/'>Isle Paddle Boards</a>"
           "<a href='https://www.foldkayak-x.com/'>Fold Kayak</a></div></div></div>")
_BUTTON = ("<button type='button' id='button-brands' aria-expanded='false' aria-controls='panel-brands'>"
           "Shop Our Brands</button>")


def _page(body: str, head: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>Summit Smokeless Fire Pit | Emberforge</title>{head}</head>"
            f"<body><div class='nav'><a href='/eu/'>Home</a> <a href='/eu/c/fire-pits'>Fire pits</a></div>"
            f"{_ARTICLE}{body}</body></html>").encode()


def test_a_collapsed_accordion_wrapper_whose_panel_a_button_opens_is_the_sites_own():
    a = clean_page(_page("<footer>" + _BUTTON + _FOLDED.format(labelled=" aria-labelledby='button-brands'")
                         + "</footer>"), url=URL)
    assert not a.hijacked, a.findings
    assert "hidden_links" not in kinds(a) and "spam_link" not in kinds(a)
    assert "re-burns the smoke" in a.text


def test_the_same_wrapper_that_no_control_opens_is_still_a_hidden_farm():
    a = clean_page(_page("<footer>" + _FOLDED.format(labelled="") + "</footer>"), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
    assert "re-burns the smoke" in a.text


def test_a_wrapper_holding_a_controlled_menu_among_other_blocks_is_not_opened_by_it():
    # the control names one panel inside; the farm beside it is no part of what it opens
    farm = ("<div style='position:absolute;left:-9999px'><div id='panel-brands'><a href='/eu/help'>Help</a></div>"
            "<p>Best partners</p><a href='https://casino-bonus-x.top/'>casino bonus</a>"
            "<a href='https://slots-free-x.top/'>free slots</a></div>")
    a = clean_page(_page("<footer>" + _BUTTON + farm + "</footer>"), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings


def test_cookie_names_in_a_hidden_consent_panel_are_no_domains():
    panel = ("<div id='consentOverlay' role='banner' aria-hidden='true' style='display: none;'>"
             "<h2>This website uses cookies</h2><p>Read our <a href='/eu/cookie-policy'>cookie policy</a> and "
             "<a href='/eu/privacy'>privacy notice</a>.</p>"
             "<p>Name: _sp_ses.xxx Provider: emberforge-x.com Purpose: counts visits. "
             "<a href='https://tracker-analytics-x.com/privacy'>Privacy policy</a></p>"
             "<p>Name: _sp_id.xxx Provider: emberforge-x.com Expiry: 2 years.</p></div>")
    a = clean_page(_page(panel), url=URL)
    assert not a.hijacked, a.findings
    assert "re-burns the smoke" in a.text


def test_a_throwaway_domain_is_still_read_where_no_underscore_makes_it_a_name():
    assert brands.promo_spans("sp_ses.xxx _ga_x.top") == []
    assert brands.promo_spans("spses.xxx") == ["spses.xxx"]


_LOADER = ("<script>fetch('https://www.emberforge-x.com/loader-check').then(function(r){return r.text()})"
           ".then(function(id){var f=document.createElement('iframe');f.setAttribute('style','width: 100vw; "
           "height: 100vh; z-index: 2147483647; position: fixed; left: 0; top: 0;');f.src={addr};"
           "document.body.appendChild(f)});</script>")


def _navs(addr: str) -> set[str]:
    code = _LOADER.replace("{addr}", addr).removeprefix("<script>").removesuffix("</script>")
    run = run_scripts([(0, code)], URL)
    return {e.value for effects in run.effects.values() for e in effects if e.kind == "nav"}


def test_an_error_modal_built_from_the_sandboxs_stand_in_answer_sends_nobody_away():
    addr = "'https://report.bugnotice-x.com/modal?eventId='+id+'&error='+btoa('Failed')"
    assert _navs(addr) == set()
    a = clean_page(_page(_LOADER.replace("{addr}", addr)), url=URL)
    assert "js_redirect" not in kinds(a) and not a.hijacked, a.findings


def test_a_full_window_frame_to_a_fixed_address_is_still_a_navigation():
    assert _navs("'https://www.casino-bonus-x.top/?ref=1'") == {"https://www.casino-bonus-x.top/?ref=1"}
