"""A paywall's, login wall's or reuse desk's lines inside the article are no text (session 35)."""
from __future__ import annotations

from scraper.clean import clean_page

_BODY = ("<p>昇降式デスクを導入しました。毎日の作業が立ったままでもできるようになり、肩こりがかなり楽になったと感じています。</p>"
         "<p>天板の広さは百四十センチで、モニターを二枚並べても十分な余裕があります。高さの記憶ボタンも便利です。</p>"
         "<p>組み立てには一時間ほどかかりましたが、説明書がわかりやすく、一人でも問題なく作業できました。</p>")


def _page(body: str, *, head: str = "", stamp: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>デスクを導入しました</title>{head}</head><body>"
            f"<div class='nav'><a href='/'>トップ</a> <a href='/about'>概要</a></div>"
            f"<article><h1>デスクを導入しました</h1><div class='date'>{stamp}</div>"
            f"<div class='entry-content'>{body}</div></article></body></html>").encode()


def test_paywall_and_login_lines_inside_the_article_are_dropped():
    gates = ("<p>この記事は会員限定です。登録すると続きをお読みいただけます。</p><p>残り3032文字</p>"
             "<p>投稿にはログインが必要です。</p><p>無断転載・複製を禁じます</p>")
    text = clean_page(_page(_BODY + gates)).text
    assert "組み立てには一時間ほど" in text
    assert "会員限定" not in text and "残り" not in text and "ログイン" not in text and "無断転載" not in text


def test_english_subscribe_lines_are_dropped_and_a_sentence_naming_members_stays():
    body = ("<p>The council voted on Tuesday to expand the library's opening hours through the winter, "
            "citing a rise in evening visitors since the spring.</p>"
            "<p>Residents who hold a card can now borrow up to twenty items at once, the library said in a statement.</p>"
            "<p>Create an account or sign in to continue with your reading experience.</p>"
            "<p>The new reading room, which opened in March to members of the public and to visiting researchers "
            "from the university, will stay open until nine.</p>")
    page = (f"<html><head><meta charset='utf-8'><title>Library hours</title></head><body>"
            f"<article><h1>Library extends its hours</h1><div class='entry-content'>{body}</div></article>"
            f"</body></html>").encode()
    text = clean_page(page).text
    assert "sign in to continue" not in text
    assert "members of the public" in text
