"""A casino that is the story's subject is no brand spliced into its headline (real-cases-v44 rc44-025,
a legal explainer of an acquittal for online baccarat): the headline reports a court case and the
article's own sentences name the casino only in a report's grammar, so the headline keeps its words
and the page is not flagged. The same name set in a headline the article never takes up, or taken up
in a pitch, is still cut and flagged (these two hold without the reader too)."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

URL = "https://law.example.com.tw/news/31693.html"


def _page(title: str, body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div class='top'><a href='/'>首頁</a> | <a href='/news/'>法律新聞</a></div>"
            f"<div class='article'><h1>{title}</h1><div class='text'>{body}</div></div>"
            "<div class='bottom'><p>關於我們 | 聯繫我們 | 網站地圖</p></div></body></html>").encode()


_CASE = ("<p>高雄一名陳姓女子自2019年起在「{name}」網站註冊成為會員，涉嫌在該平台上下注百家樂並進行賭博，"
         "此事被警方查獲後遭檢方依賭博罪起訴。</p>"
         "<p>法院審理後指出，陳女在自家以手機連線下注，其活動並未在公共場所或公眾得出入之場所進行。</p>"
         "<p>法官最終依刑法規定判決陳女無罪，全案仍可上訴。</p>")
_NAME = "金鼎娛樂城"
_HEADLINE = f"在{_NAME}下注遭起訴 法院判決無罪"


@pytest.mark.xfail(strict=True, reason="os39's reported-subject reader left out (variant b7d0adbb): it clears "
                   "real-cases-v44 rc44-025 only; no other dev legit page has a brand word in its headline")
def test_a_casino_the_court_story_is_about_stays_in_its_headline():
    a = clean_page(_page(_HEADLINE, _CASE.format(name=_NAME)), url=URL)
    assert not a.hijacked, a.findings
    assert a.title == _HEADLINE
    assert f"「{_NAME}」" in a.text


def test_a_casino_the_article_never_names_is_still_cut_from_the_headline():
    a = clean_page(_page(_HEADLINE, _CASE.format(name="某博弈")), url=URL)
    assert a.hijacked, a.findings
    assert "娛樂城" not in (a.title or "")


def test_a_casino_the_article_names_in_a_pitch_is_still_cut_from_the_headline():
    pitch = f"<p>想玩百家樂請認準{_NAME}官網，客服微信：jd8888，註冊即送彩金。</p>"
    a = clean_page(_page(_HEADLINE, _CASE.format(name=_NAME) + pitch), url=URL)
    assert a.hijacked, a.findings
    assert "娛樂城" not in (a.title or "")
