"""What a page's own widgets leave in it is not an injection (issue 12, clean pages flagged; studied on
dev-v38-twevent): a chat widget's <noscript> fallback, "powered by" its vendor in the vendor's
language, links to the site the widget's script loads from; a festival's rule that a video be on
"YouTube or Vimeo" offers a choice in brackets and credits no one. An injected noscript farms sites
no script of the page names, and a bracketed credit names one advertiser.

Measured, not wired (fp29, variant f6bec70): both readings clear one false flag each on the studied
dev-v38-twevent and change nothing else on dev (hijack corpora, other clean sets): one set gains.
The noscript reading is wired since tw33, widened to any hidden box of a widget whose code the page
loads (hijack._PageLinks.widget_box; tests/clean/test_widget_boxes.py); the bracket one is not."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import kinds
from tests.clean.test_structural import BODY, URL, page

# a chat widget's loader, its vendor's address written plainly, and the fallback it leaves; the tests
# write the fallback before the loader: main flags that (as it flags tw38-0002's nested noscript after
# its loader), while a single noscript written right after this loader main already spares (not traced)
CHAT = ('<script>window.chatw||(function(c){var s=document.createElement("script");'
        's.src="https://static.chatvendor.com/jsclient/loader0.js";document.body.appendChild(s);})();'
        'chatw.identify("3583-784-10-1619");</script>')
FALLBACK = ('<noscript><a href="https://www.chatvendor.com/site/3583-784-10-1619/contact" title="Contact us">'
            'Questions? Feedback?</a> powered by <a href="http://www.chatvendor.com?welcome">Chatvendor live chat '
            'software</a></noscript>')


def test_a_chat_widgets_english_noscript_fallback_on_a_chinese_page_is_no_hijack():
    a = clean_page(page(body=BODY + FALLBACK + CHAT), url=URL)
    assert not a.hijacked, a.findings
    assert "区长主持会议" in a.text


def test_the_same_english_noscript_links_without_the_widgets_script_still_flag_the_page():
    # nothing the page runs names the site: words hidden for crawlers in a language the page never writes
    a = clean_page(page(body=BODY + FALLBACK), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings


@pytest.mark.xfail(strict=True, reason="fp29 reader measured, not wired (variant f6bec70): clears false flags on the studied dev-v38-twevent only")
def test_a_bracketed_choice_of_platforms_is_no_brand_credit():
    body = BODY + "<p>作品請上傳至影音平台（須為YouTube 或 Vimeo平台），並於報名表填寫連結。</p>"
    a = clean_page(page(body=body), url=URL)
    assert not a.hijacked, a.findings
    assert "Vimeo" in a.text


def test_a_bracketed_credit_of_one_betting_platform_still_goes():
    body = BODY + "<p>会议强调要抓好落实（本文由鸿运娱乐平台提供）。</p>"
    a = clean_page(page(body=body), url=URL)
    assert a.hijacked and "鸿运娱乐" not in a.text, a.findings
