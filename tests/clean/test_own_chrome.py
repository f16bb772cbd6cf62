"""English news and sports sites' own chrome is not an injection (dev-v19-articlex, v19 miss
patterns §2): a menu of the site's own betting section, a helpline disclaimer, GTM's unclosed
<noscript><iframe>, a phone redirect to the site's mobile edition on a sister domain, and grey
text on a translucent band. Each page keeps its flag when the same thing leads off the site."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.dom import parse_html
from scraper.clean.hidden import find_hidden
from tests.clean.conftest import kinds

URL = "https://techsite.example/vpn/free-vpns/"
_ARTICLE = ("<p>Free VPN services promise privacy at no cost, but most of them limit speed, data and the "
            "number of servers a user can reach, our tests over three weeks found.</p>"
            "<p>We measured download speeds on twelve services from four countries and compared their "
            "privacy policies with what their apps actually send home.</p>")


_SECTIONS = "".join(f"<li><a href='/{s}/'>{s.title()}</a></li>" for s in
                    "vpn laptops phones cameras gaming software security deals reviews news".split())


def _page(chrome: str, footer: str = "", head: str = "", url: str = URL) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>The best free VPNs - Tech Site</title>"
            f"<link rel='canonical' href='{url}'>{head}</head><body>"
            f"<header><nav><ul class='menu'>{_SECTIONS}{chrome}</ul></nav></header>"
            f"<article><h1>The best free VPNs</h1>{_ARTICLE}</article>"
            f"<footer><p>Copyright 2024 Tech Site</p>{footer}</footer></body></html>").encode()


def _menu(href: str) -> str:
    return (f"<li><a href='#'>Casino</a><ul class='sub-menu'>"
            f"<li><a href='{href}casino-apps/'>Best Casino Apps for Real Money</a></li>"
            f"<li><a href='{href}online-blackjack-casino/'>Best Online Blackjack Casinos</a></li></ul></li>")


def test_the_sites_own_casino_section_menu_is_chrome():
    a = clean_page(_page(_menu("https://techsite.example/gambling/")), url=URL)
    assert not a.hijacked, a.findings
    assert "our tests over three weeks found" in a.text


def test_the_same_menu_leading_to_another_site_still_sells():
    a = clean_page(_page(_menu("https://casino-reviews.example/")), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)


def test_a_parasite_page_of_the_site_in_a_short_list_still_sells():
    # a hacked CMS publishes the spam as one of its own pages and lists it (real-cases-v12 rc12-016)
    latest = ("<div class='side'><h3>Latest</h3><ul><li><a href='#'>About us</a></li><li><a href='/news_show.aspx?"
              "id=28671'>The Best Online Pharmacy. Buy Cialis Without Prescription</a></li></ul></div>")
    a = clean_page(_page("", footer=latest), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)


_HELPLINE = ("<p>GAMBLING PROBLEM? CALL 1-800-GAMBLER (1-800-426-2537) (NJ/PA/WV), (800) 327-5050 or visit "
             "gamblinghelplinema.org (MA).</p>")


def test_a_gambling_helpline_disclaimer_sells_nothing():
    a = clean_page(_page("", footer=_HELPLINE), url=URL)
    assert not a.hijacked, a.findings


def test_a_casino_offer_with_a_helpline_line_still_sells():
    offer = ("<p>Best online casino: claim your welcome bonus at casino-offers.example today. "
             "Gambling problem? Call 1-800-GAMBLER.</p>")
    a = clean_page(_page("", footer=offer), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)


def test_an_unclosed_iframe_in_noscript_does_not_swallow_the_page():
    # GTM's snippet as one Kinja template writes it: the <iframe> is never closed
    gtm = ("<noscript><iframe src='https://www.googletagmanager.com/ns.html?id=GTM-X' height='0' width='0' "
           "style='display:none;visibility:hidden'>\n</noscript><script id='kinja-data' type='application/json'>"
           "{\"meta\":{\"blog\":{\"name\":\"techsite\",\"displayName\":\"Tech Site\"}}}</script>")
    page = _page("").replace(b"<body>", f"<body>{gtm}".encode())
    a = clean_page(page, url=URL)
    assert not a.hijacked, a.findings
    assert "our tests over three weeks found" in a.text
    root = parse_html(page.decode())
    assert root is not None and root.find(".//script[@id='kinja-data']") is not None


_MOBILE = ("<script>function isMobile(){return /android.+mobile|iphone/i.test(navigator.userAgent);}"
           "if(isMobile()){window.location.href = 'https://m.{host}' + window.location.pathname;}</script>")
_PAPER = "https://timesofcity.citytimes.example/news/story.cms"


def _paper(mobile_host: str) -> bytes:
    return _page(f"<li><a href='https://m.{mobile_host}/news/other.cms'>Other story</a></li>",
                 head="<meta property='og:site_name' content='The Times of City'>"
                 + _MOBILE.replace("{host}", mobile_host), url=_PAPER)


def test_a_phone_redirect_to_the_sites_mobile_edition_is_its_own():
    # the paper's host timesofcity.citytimes.example; its mobile edition m.timesofcity.example
    a = clean_page(_paper("timesofcity.example"), url=_PAPER)
    assert not a.hijacked, a.findings
    a = clean_page(_paper("timesofcity.example"), url="http://127.0.0.1:8000/mirror/story.html")
    assert not a.hijacked, a.findings


def test_a_phone_redirect_to_an_unrelated_site_is_still_cloaking():
    a = clean_page(_paper("citycasino.example"), url=_PAPER)
    assert a.hijacked and "js_redirect" in kinds(a)


def _band(background: str) -> list:
    root = parse_html("<html><body><div style='background-color:#fff'>"
                      f"<div style='background-color:{background}'><span>Need help? "
                      "<a href='https://support.example/' style='color:rgba(153,153,153,1)'>Contact support</a>"
                      "</span></div></div></body></html>")
    return [el for el, _ in find_hidden(root)]


def test_grey_text_on_a_translucent_grey_band_is_seen():
    assert _band("rgba(153,153,153,0.4)") == []


def test_grey_text_on_an_opaque_band_of_its_colour_is_hidden():
    assert [el.tag for el in _band("rgba(153,153,153,1)")] == ["a"]
