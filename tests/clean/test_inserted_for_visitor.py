"""What an inline script inserts for every visitor alike, asked as an element (v14 §3): a hidden box
holding a link, a frame over the whole viewport, or code loaded from an address spelt only in
character codes (in one list, or across fromCharCode calls joined by "+"), to a host nothing else
of the page names, flags the page; the same overlay from a service the page names (a consent
dialog) does not."""
from __future__ import annotations

import base64
import re

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import everything, load

SHAPES = [
    # (fixture, the host the finding must name, what must not reach the reader)
    ("inserted-hidden-box.html", "lucky-harbor88.example", "皇冠体育"),
    ("inserted-cover-frame.html", "goldenreel-play.example", "goldenreel"),
    ("inserted-char-codes.html", "qz771.example", "qz771"),
    # the address spelt across two fromCharCode calls (through an alias of String) joined by "+":
    # the host is whole only in the joined string JS evaluates
    ("inserted-char-codes-split.html", "qz772.example", "qz772"),
]


@pytest.mark.parametrize("name, host, spam", SHAPES)
def test_a_script_inserting_for_an_unnamed_host_flags_the_page_and_names_it(clean, name, host, spam):
    a = clean(name)
    assert a.hijacked, a.findings
    assert any(host in f.evidence for f in a.findings), a.findings
    assert spam not in everything(a)
    assert "。" in a.text  # the article itself is kept


def test_a_consent_overlay_from_a_service_the_page_names_is_no_injection(clean):
    a = clean("inserted-legit-overlay.html", url="https://www.riverside-gazette.example/news/cycle-lanes")
    assert not a.hijacked, a.findings
    assert a.findings == []
    assert "protected cycle lanes" in a.text and "six months" in a.text


def test_the_same_overlay_from_a_host_the_page_never_names_is_flagged(clean):
    html = (load("inserted-legit-overlay.html")
            .replace(b'<script src="https://cdn.consentdesk.example/loader.js"></script>', b"")
            .replace(b'<a href="https://www.consentdesk.example/privacy">Privacy choices</a>', b""))
    a = clean_page(html, url="https://www.riverside-gazette.example/news/cycle-lanes")
    assert a.hijacked and any("consentdesk.example" in f.evidence for f in a.findings), a.findings


def test_a_frame_filling_a_written_full_page_box_with_the_page_hidden_is_flagged(clean):
    a = clean("inserted-takeover-box.html", url="https://www.qyz.gov.cn/zwdt/2024/0521.html")
    assert a.hijacked and any("lucky-reel-play.example" in f.evidence for f in a.findings), a.findings


def test_a_player_written_at_full_height_with_the_page_left_in_view_is_no_injection(clean):
    # the legit form any reading of the takeover above must leave alone: a full-height layout whose
    # script writes a 100%x100% player, nothing of the page hidden
    a = clean("inserted-player-full-height.html", url="https://www.jcvtc.edu.cn/xyxw/2024/0602.html")
    assert not a.hijacked, a.findings
    assert a.findings == []
    assert "开放日" in a.text and "八百余人次" in a.text


# A frame at 100%x100% of a fixed full-window box covers the window as the browser renders it:
# the cover is the wrapper's style, the page shown is the frame's (v44 §2 S1: the markup written
# from base64; the same box built element by element and put into the page).
@pytest.mark.parametrize("name", ["inserted-cover-wrapper.html", "inserted-cover-wrapper-built.html"])
def test_a_frame_filling_a_fixed_full_window_box_is_a_frame_over_the_viewport(clean, name):
    a = clean(name)
    assert a.hijacked, a.findings
    assert any("tidewin-play.example" in f.evidence for f in a.findings), a.findings
    assert "安全度汛" in a.text


def test_a_frame_filling_a_fixed_box_that_covers_part_of_the_window_is_no_injection(clean):
    # a support chat's panel in a corner and a bar along the bottom: fixed, the frame 100% of its
    # box, but the box is no cover
    a = clean("inserted-corner-widget.html")
    assert not a.hijacked, a.findings
    assert a.findings == []


@pytest.mark.parametrize("name", ["inserted-cover-wrapper.html", "inserted-cover-wrapper-built.html"])
def test_a_frame_filling_an_absolute_full_size_box_is_no_cover(name):
    # an absolute box at 100 % is as big as its container (a player's stage, a gallery), not the window
    html = load(name)
    if b"atob" in html:  # the written form: its markup is base64
        b64 = re.search(rb'var p="([^"]+)"', html).group(1)
        html = html.replace(b64, base64.b64encode(base64.b64decode(b64).replace(b"position:fixed", b"position:absolute")))
    else:
        html = html.replace(b"position:fixed", b"position:absolute")
    assert b"fixed" not in html
    a = clean_page(html, url="https://www.qingshan.gov.cn/info/2024/0316/2.htm")
    assert not any("viewport" in f.where for f in a.findings), a.findings
    if b"atob" in html:
        # written from base64 to a site the page spells nowhere: the address is concealed, whatever
        # the frame's size (test_concealed_loads.py)
        assert [f.where for f in a.findings] == [
            "script: inserts a frame whose address only running the code shows to a host nothing else of the page names"]
    else:
        assert not a.hijacked, a.findings
