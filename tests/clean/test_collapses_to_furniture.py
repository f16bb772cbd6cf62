"""Collapses a reader notices (issue 12, dev-v38): a short story lost to the site's tagline because
its layout row is named "with-sidebar", an agenda lost to a privacy notice in a closed modal, a
story its scripts load lost to the footer while its <noscript> copy held it."""
from __future__ import annotations

import lxml.html

from scraper.clean import clean_page
from scraper.clean.boxes import is_furniture_box
from scraper.clean.dom import text_of
from scraper.clean.second_opinion import paragraph_pick

STORY = ("Former officials picked Philadelphia for the campaign's national headquarters, the campaign "
         "announced on Thursday, calling the city the birthplace of American democracy. ")
MENU = "".join(f'<li><a href="/section/{i}">Section {i} of the site</a></li>' for i in range(40))
SIDE = "".join(f'<p><a href="/story/{i}">Another headline number {i} that links away</a> and a teaser line, '
               f'short and with a comma.</p>' for i in range(12))


def _with_sidebar(row_class: str) -> bytes:
    return (f"<html><head><title>Campaign picks Philadelphia - Daily</title></head><body>"
            f"<header><div class='sitelogo'>Reliable Reporting. The Right Opinion.</div><ul>{MENU}</ul></header>"
            f"<div class='container'><h1>Campaign picks Philadelphia</h1>"
            f"<div class='{row_class}'><section class='col-main'><article><div class='bigtext'>"
            f"<p>{STORY}</p><p>{STORY.replace('Former', 'Earlier')}</p><p>{STORY.replace('Former', 'Local')}</p>"
            f"</div></article></section><aside class='col-side'>{SIDE}</aside></div></div>"
            f"<footer><ul>{MENU}</ul></footer></body></html>").encode()


def test_a_story_in_a_row_named_with_sidebar_is_kept():
    a = clean_page(_with_sidebar("row three-column with-sidebar with-sidebar-primary"))
    assert STORY.strip() in a.text
    assert "Reliable Reporting" not in a.text


def test_a_box_named_sidebar_is_still_furniture():
    # the legit form: the sidebar itself, and a sidebar's own parts, stay furniture
    for name in ("sidebar", "sidebar-primary", "right-sidebar widget-area", "has-sidebar sidebar-box"):
        assert is_furniture_box(lxml.html.fromstring(f"<div class='{name}'>x</div>")), name
    assert not is_furniture_box(lxml.html.fromstring("<div class='row with-sidebar'>x</div>"))


NOTICE = ("本計畫為遵守個人資料保護法規定，在您提供個人資料前，依法告知下列事項：您可自由選擇是否提供您的個人資料，"
          "但若您所提供之個人資料不足以確認您的身份真實性，本計畫有權暫時停止提供服務，若有不便之處，敬請見諒。")


def _agenda_with_modal() -> bytes:
    rows = "".join(f"<tr><td>1{i}:00~1{i}:30</td><td>議程第{i}項</td><td>負責人{i}</td></tr>" for i in range(6))
    return ("<html><head><title>計畫推廣說明會議程</title></head><body><main><article class='editor'>"
            "<h1>計畫推廣說明會議程</h1><p>一、辦理單位：經濟部中小企業處</p><p>二、辦理日期：12月15日</p>"
            "<p>三、辦理方式：頻道直播</p>"
            f"<table>{rows}</table></article></main>"
            f"<div class='modal fade' id='modal-chatInfo'><div class='modal-dialog'><div class='modal-content'>"
            f"<div class='modal-body'><p>{NOTICE}</p><p>{NOTICE}</p><p>{NOTICE}</p></div></div></div></div>"
            "</body></html>").encode()


def test_a_closed_modal_notice_never_replaces_the_page_text():
    # the second vote, the one that lets boxes named like furniture back in (a layout wrapper named
    # "sidebar-layout"), still leaves out a box that opens over the page
    root = lxml.html.fromstring(_agenda_with_modal().decode())
    for strip_unlikely in (True, False):
        container, _ = paragraph_pick(root.find("body"), strip_unlikely)
        assert container is not None and "辦理單位" in text_of(container)


PARAGRAPHS = [f"Paragraph {i} of the diary: the senator said on Thursday that the budget talks had failed, "
              f"and that the shutdown would begin at midnight unless the house voted first." for i in range(6)]


def _lazy_story(copy_shown: bool) -> bytes:
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    shown = f"<div class='story-text'>{story}</div>" if copy_shown else ""
    links = "".join(f'<li><a href="/c/{i}">Community link number {i}</a></li>' for i in range(80))
    return ("<html><head><title>Senators react to the shutdown threat</title></head><body>"
            f"<nav><ul>{links}</ul></nav><h1>Senators react to the shutdown threat</h1>"
            f"<div class='story-intro'><div id='lazy-1'><noscript><div class='story-content'>{story}</div>"
            f"</noscript></div>{shown}</div>"
            "<footer><section>© Media, LLC. Site content may be used for any purpose without explicit "
            "permission unless otherwise specified.</section></footer></body></html>").encode()


def test_a_story_held_only_in_its_noscript_copy_is_read():
    a = clean_page(_lazy_story(copy_shown=False))
    assert PARAGRAPHS[0] in a.text and PARAGRAPHS[-1] in a.text


def test_a_noscript_copy_of_the_shown_story_is_not_read_twice():
    a = clean_page(_lazy_story(copy_shown=True))
    assert a.text.count(PARAGRAPHS[0]) == 1
